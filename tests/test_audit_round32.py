"""Wrong facts of the thirty-second round: a name cut before a comma and its incise or before a row
of verbs, a bare number after "et" that lost its noun and lent its year to the figure before, and
the kind said by one mention of a name lost when another mention of it comes first. Each text is
written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import ORG

from extraction_helpers import HERE, converted, mentions
from rtes_kg.extract.figures import find_quantities


def figures(text: str) -> list[tuple[str, str, str | None, int | None, bool]]:
    return [(str(q.value), q.unit_text, q.counted, q.year, q.part_of is not None) for q in find_quantities(text, HERE)]


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


# --- 1. what follows the last word of a name: a comma and an incise, or a row of verbs ------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a comma and "qui": the word before is the name's, even an adverb's ending
    ("L'association Bâtir autrement, qui rénove des logements vacants, accueille 30 familles.",
     [("Bâtir autrement", "porteur")]),
    ("L'association Jardin vert, qui cultive des parcelles, accueille 30 familles.", [("Jardin vert", "porteur")]),
    # a comma and a participle: the word before is the name's, even a participle's ending
    ("La ressourcerie Objets retrouvés, soutenue par la Ville, collecte 90 tonnes d'objets par an.",
     [("Objets retrouvés", "porteur"), ("Objets retrouvés", "soutenu")]),  # it collects: carrier too (round 33)
    # a row of verbs, the last with its object: the word before the first is the name's
    ("L'association Roues vertes recrute, forme et accompagne des jeunes mécaniciens.",
     [("Roues vertes", "porteur")]),
])
def test_a_word_before_an_incise_or_a_row_of_verbs_is_the_name_s(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adverb after an object says how the member helps, not the name
    ("La Ville aide l'association Relais financièrement, qui répare des vélos.", [("Relais", "soutenu")]),
    # the verb right after the name opens the row: no word of the name
    ("L'association Relais héberge, forme et accompagne des jeunes.", [("Relais", "porteur")]),
])
def test_an_adverb_after_an_object_or_a_first_verb_is_no_part_of_the_name(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- 2. a bare number after "et" repeats the noun before it, with its own year -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("L'épicerie solidaire compte 250 adhérents et 320 en 2024.",
     [("250", "adhérents", None, None, False), ("320", "adhérents", None, 2024, False)]),
    # two figures with their own nouns keep the sentence's year
    ("La recyclerie compte 12 salariés et 30 bénévoles en 2023.",
     [("12", "salariés", "salaries", 2023, False), ("30", "bénévoles", "benevoles", 2023, False)]),
])
def test_a_bare_number_after_et_is_the_figure_before_s_noun_in_its_own_year(text, expected):
    assert figures(text) == expected


# --- 7. the kind said by one mention of a name reaches the organisation --------------------------

def test_the_kind_of_a_second_mention_reaches_the_organisation_named_first_bare(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                      "• Cuisine partagée La Bonne Pâte à Saint-Berthevin : la SCIC La Bonne Pâte, créée en 2022 "
                      "avec l’appui de la Ville, loue sa cuisine professionnelle à 30 traiteurs.\n\n"
                      "Type de collectivité\nCommune\nAdresse\nPlace du 11 novembre\n53000 Laval\n")
    org = URIRef("https://w3id.org/rtes/org/la-bonne-pate")
    assert set(graph.objects(org, ORG.classification)) == {URIRef("https://w3id.org/rtes/concept/type-structure/scic")}
    assert (org, URIRef("https://schema.org/location"), None) in graph  # the bare mention's place kept


# --- 4. who founded a structure, counted, is no figure of the action -----------------------------

@pytest.mark.parametrize("text", [
    "Le tiers-lieu La Grange a été créé en 2020 par quatre habitants, avec le soutien de la Ville.",
    "L'épicerie solidaire Le Cabas, fondée par 3 bénévoles, ouvre deux jours par semaine.",
])
def test_the_founders_counted_are_no_figure(text):
    assert figures(text) == []


def test_what_an_event_made_is_still_counted():
    assert figures("La SCIC a créé 9 emplois en 2022.") == [("9", "emplois", "emplois", 2022, False)]


# --- 5. a currency no named body issues never carries the action ---------------------------------

def test_a_currency_whose_issuer_is_unnamed_is_what_the_member_supports():
    assert in_a_commune_s_fiche("La monnaie locale le Galet circule dans 150 commerces ; la Ville a adhéré "
                                "à l'association qui la gère.") == [("Galet", "soutenu")]


# --- 6. a change dated at both ends gives two figures of a noun the sentence says ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("La régie de quartier compte des salariés passés de 18 en 2021 à 24 en 2023.",
     [("18", "salariés", "salaries", 2021, False), ("24", "salariés", "salaries", 2023, False)]),
    ("Les bénévoles sont passés de 40 en 2022 à 55 en 2024.",
     [("40", "bénévoles", "benevoles", 2022, False), ("55", "bénévoles", "benevoles", 2024, False)]),
])
def test_both_dated_ends_of_a_change_are_figures_of_their_year(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Les salariés sont passés de 12 à 30.",  # no year at each end: the first is no figure of today
    "Les tarifs sont passés de 3 en 2022 à 4 en 2023.",  # no noun of the scheme: not sure it counts
])
def test_a_change_without_its_years_or_a_sure_noun_gives_no_two_figures(text):
    assert [f for f in figures(text) if f[0] in ("3", "12")] == []


# --- 3. the member's support told in an incise after the name --------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle of support and the member after "par"
    ("L'épicerie solidaire La Huche, accompagnée par la Ville, accueille 90 familles.",
     [("La Huche", "porteur"), ("La Huche", "soutenu")]),
    # a network in a place the member lends: it does the work with the member's support
    ("Le Secours populaire, installé dans un local prêté par la Ville, distribue des colis.",
     [("Secours populaire français", "porteur"), ("Secours populaire français", "soutenu")]),
])
def test_a_support_of_the_member_s_in_an_incise_makes_the_subject_carrier_and_supported(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_an_incise_of_another_body_s_support_leaves_the_subject_carrier_only():
    assert in_a_commune_s_fiche("L'épicerie solidaire La Huche, accompagnée par la Région, accueille 90 "
                                "familles.") == [("La Huche", "porteur"), ("Région Pays de la Loire", "partenaire")]


# --- 3. the member joined by "et" to another body as the agent of a support ------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'épicerie solidaire Le Cabas accueille 90 foyers ; elle est financée par la CAF et la Ville.",
     [("CAF", "partenaire"), ("Le Cabas", "porteur"), ("Le Cabas", "soutenu")]),
    ("La ressourcerie La Trouvaille collecte 60 tonnes avec le soutien de l'ADEME et de la Ville.",
     [("ADEME", "partenaire"), ("La Trouvaille", "porteur"), ("La Trouvaille", "soutenu")]),
])
def test_the_member_after_another_funder_gives_its_support_too(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_another_collectivite_after_another_funder_gives_no_support_of_the_member_s():
    assert in_a_commune_s_fiche("La ressourcerie La Trouvaille collecte 60 tonnes avec le soutien de l'ADEME et "
                                "de la Région.") == [("ADEME", "partenaire"), ("La Trouvaille", "porteur"),
                                                     ("Région Pays de la Loire", "partenaire")]


# --- found with new texts: a day of the week counted is a rhythm, no figure -------------------------

@pytest.mark.parametrize("text", [
    "La Ville met une salle à disposition de l’association Répar’Tout deux samedis par mois.",
    "L’atelier de la ressourcerie ouvre 3 mercredis par mois.",
])
def test_days_of_the_week_counted_are_a_rhythm(text):
    assert figures(text) == []


# --- found with new texts: who took a structure over, counted; a collectivité before the member ----

@pytest.mark.parametrize("text", [
    "La SCOP Menuiserie du Val, reprise en 2022 par 7 de ses salariés, fabrique des meubles.",
    "La SCOP Imprimerie Bleue, reprise par ses 11 salariés en 2019, imprime les documents de la Ville.",
])
def test_who_took_a_structure_over_counted_is_no_figure(text):
    assert figures(text) == []


def test_the_member_after_another_collectivite_among_the_agents_supports():
    assert in_a_commune_s_fiche("L’association Laval Solidaires, financée par la Région et la Ville, forme 60 "
                                "bénévoles par an.") == [("Laval Solidaires", "porteur"),
                                                         ("Laval Solidaires", "soutenu"),
                                                         ("Région Pays de la Loire", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a pronoun of the subject after ";": its clause goes on about the structure that acts
    ("L'épicerie solidaire Le Cabas accueille 90 foyers ; elle est financée par la Ville.",
     [("Le Cabas", "porteur"), ("Le Cabas", "soutenu")]),
    # the member's own clause after ";" gives to what it supports (acting.py)
    ("L'épicerie solidaire Le Cabas accueille 90 foyers ; la Ville lui prête un local.", [("Le Cabas", "soutenu")]),
    # another body's support after the pronoun: the carrier only
    ("L'épicerie solidaire Le Cabas accueille 90 foyers ; elle est financée par la Région.",
     [("Le Cabas", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_a_pronoun_after_a_semicolon_carries_the_support_to_the_structure_that_acts(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected
