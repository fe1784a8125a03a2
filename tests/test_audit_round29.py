"""Wrong or lost facts of the twenty-ninth round: the State's directorates written as acronyms, a
name after an elided article opening a sentence, a name cut before its lower-case last word, a
local currency merged with the association that issues it, a count whose noun was said before or is
a noun phrase, and a year said right after each of several figures. Each text is written for these
tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Namespace, URIRef

from extraction_helpers import HERE, converted, mentions
from rtes_kg.extract.figures import find_quantities

RTES = Namespace("https://w3id.org/rtes/ontology#")
ORG = "https://w3id.org/rtes/org/"


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


def figures(text: str) -> list[tuple[str, str, str | None, int | None, bool]]:
    """(value, unit as written, what it counts, year, whether it is a part of the figure before)."""
    return [(str(q.value), q.unit_text, q.counted, q.year, q.part_of is not None)
            for q in find_quantities(text, HERE)]


# --- 1. the State's directorates written as acronyms -------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCOP Les Ateliers du Lin, financée par la DRAC, restaure des métiers à tisser.",
     [("DRAC", "partenaire"), ("Les Ateliers du Lin", "porteur")]),
    ("Avec le soutien de la DRAJES, l'association Bouge en Ville organise des tournois de quartier.",
     [("Bouge en Ville", "porteur"), ("DRAJES", "partenaire")]),
    ("Le projet alimentaire a reçu l'appui de la DRAAF et de la DREAL.",
     [("DRAAF", "partenaire"), ("DREAL", "partenaire")]),
    ("L'entreprise d'insertion Repar'Tout, conventionnée par la DDTM, entretient le littoral.",
     [("DDTM", "partenaire"), ("Repar'Tout", "porteur")]),
    # the long name is the same body
    ("L'atelier de la SCOP Les Tréteaux est cofinancé par la Direction régionale des affaires culturelles.",
     [("DRAC", "partenaire"), ("Les Tréteaux", "porteur")]),
])
def test_a_state_directorate_written_as_its_acronym_is_a_public_body(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_a_directorate_is_published_as_a_public_body(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• L'association Les Tréteaux, financée par la DRAC, anime des ateliers de théâtre.\n\n"
                                "Type de collectivité\nCommune\n")
    drac = URIRef(ORG + "drac")
    assert (None, RTES.partenaire, drac) in graph
    assert (drac, None, URIRef("http://data.europa.eu/m8g/PublicOrganisation")) in graph


@pytest.mark.parametrize("sentence", [
    "Le chantier d'insertion entretient les berges du Drac.",  # a river, after a masculine article
    "Le sentier longe le Drac jusqu'à la confluence.",
])
def test_a_river_of_the_same_name_is_no_directorate(sentence):
    assert in_a_commune_s_fiche(sentence) == []


# --- 2. a name after an elided article that opens a sentence ------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'Adess Cornouaille porte le pôle de coopération territoriale.", [("Adess Cornouaille", "porteur")]),
    ("La Ville soutient le pôle ESS. L'Adess Pays de Brest anime le réseau des acteurs.",
     [("Adess Pays de Brest", "porteur")]),
    ("L'Atelier Grain de Sel anime des ateliers de couture.", [("L'Atelier Grain de Sel", "porteur")]),
])
def test_a_name_after_an_elided_article_opening_a_sentence_is_found(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "L'Accompagnement Renforcé Jeunes porte ses fruits.",  # an act, no body
    "L'Économie Sociale et Solidaire compte 12 % des emplois du territoire.",  # no verb of running
    "L'Europe Sociale anime les débats.",  # a head of no ESS body
])
def test_a_capitalised_phrase_after_an_elided_article_is_no_body_without_a_verb_of_running(sentence):
    assert in_a_commune_s_fiche(sentence) == []


# --- 3. a lower-case word that ends the name -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Atelier vert répare des vélos.", [("Atelier vert", "porteur")]),
    ("La Ville soutient l'association Atelier vert, qui répare des vélos.", [("Atelier vert", "soutenu")]),
    ("La Ville soutient la SCOP Menuiserie bleue.", [("Menuiserie bleue", "soutenu")]),
    ("La Ville soutient la SCOP Bois brut en Mayenne.", [("Bois brut", "soutenu")]),
    ("La Ville travaille avec l'association Terre vivante à Laval.", [("Terre vivante", "partenaire")]),
    ("La Ville soutient l'association Le Bon Coin vélo qui répare des vélos.", [("Le Bon Coin vélo", "soutenu")]),
])
def test_a_name_keeps_the_lower_case_word_it_ends_with(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb with its object
    ("L'association Les Amis du Bourg accueille des familles.", [("Les Amis du Bourg", "porteur")]),
    ("L'association Alpha Solidarité sensibilise les collégiens.", [("Alpha Solidarité", "porteur")]),
    # a subject whose next word may be its verb
    ("L'association Alpha Solidarité recrute, forme et accompagne des jeunes.", [("Alpha Solidarité", "porteur")]),
    ("L'association Alpha Solidarité répare en atelier.", [("Alpha Solidarité", "porteur")]),
    # words after an object that are no part of its name
    ("La Ville soutient l'association Alpha Solidarité présente à Laval.", [("Alpha Solidarité", "soutenu")]),
    ("La Ville soutient l'association Alpha Solidarité grâce à une subvention.", [("Alpha Solidarité", "soutenu")]),
    ("La Ville soutient l'association Alpha Solidarité depuis 2019.", [("Alpha Solidarité", "soutenu")]),
    ("La Ville soutient l'association Alpha Solidarité implantée à Laval.", [("Alpha Solidarité", "soutenu")]),
])
def test_a_verb_or_a_word_after_the_name_is_no_part_of_it(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- 4. a local currency and the association that issues it --------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient la monnaie locale la Pive, émise par l'association Les Amis de la Pive.",
     [("Les Amis de la Pive", "porteur"), ("Les Amis de la Pive", "soutenu")]),
    ("La Ville verse 8 000 € à la monnaie locale la Pive, émise par l'association Les Amis de la Pive.",
     [("Les Amis de la Pive", "porteur"), ("Les Amis de la Pive", "soutenu")]),
    ("La monnaie locale Le Galais, gérée par l'association Galais Solidaire, compte 300 adhérents.",
     [("Galais Solidaire", "porteur")]),
])
def test_a_currency_issued_by_a_named_body_is_no_organisation(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_a_currency_and_its_association_of_the_same_name_are_one_association(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• La Ville soutient la monnaie locale Buzuk, portée par l'association Buzuk.\n\n"
                                "Type de collectivité\nCommune\n")
    buzuk = URIRef(ORG + "buzuk")
    kinds = set(graph.objects(buzuk, URIRef("http://www.w3.org/ns/org#classification")))
    assert kinds == {URIRef("https://w3id.org/rtes/concept/type-structure/association")}
    assert (None, RTES.porteePar, buzuk) in graph and (None, RTES.beneficiaire, buzuk) in graph


def test_a_currency_no_body_issues_stays_what_the_member_supports():
    assert in_a_commune_s_fiche("La Ville soutient la monnaie locale Buzuk.") == [("Buzuk", "soutenu")]


# --- 5. and 6. a name joined by "et"; the subject that carries the action --------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Bois et Forêts.", [("Bois et Forêts", "soutenu")]),
    ("La SCOP Bois et Forêts, financée par la DRAC, a rénové 12 logements.",
     [("Bois et Forêts", "porteur"), ("DRAC", "partenaire")]),
    ("La Ville finance les associations Alpha Solidarité et Beta Services.",
     [("Alpha Solidarité", "soutenu"), ("Beta Services", "soutenu")]),
    ("Habitat et Humanisme accompagne les familles logées par la Ville.", [("Habitat et Humanisme", "porteur")]),
])
def test_names_joined_by_et_and_the_subject_that_carries(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- 7. figures -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("La ressourcerie a accueilli 350 visiteurs en 2022 et 410 en 2023.",
     [("350", "visiteurs", None, 2022, False), ("410", "visiteurs", None, 2023, False)]),
    ("L'épicerie a servi 1 200 familles en 2022, 1 350 en 2023.",
     [("1200", "familles", "foyers", 2022, False), ("1350", "familles", "foyers", 2023, False)]),
    ("Le chantier a employé 18 salariés en insertion en 2021, 220 en 2022 et 250 en 2023.",
     [("18", "salariés en insertion", "salaries-en-insertion", 2021, False),
      ("220", "salariés en insertion", "salaries-en-insertion", 2022, False),
      ("250", "salariés en insertion", "salaries-en-insertion", 2023, False)]),
])
def test_a_bare_count_with_its_year_repeats_the_noun_of_the_figure_before(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no year after the first figure, only "et" before the bare number: it repeats the noun, and the
    # year is its own (round 32: the 300 had the year 2023 and the 410 was left out)
    ("La ressourcerie compte 300 adhérents et 410 en 2023.",
     [("300", "adhérents", None, None, False), ("410", "adhérents", None, 2023, False)]),
    # more than "et" between: the bare number's noun is not sure
    ("La ressourcerie compte 300 adhérents et elle en comptait 410 en 2023.",
     [("300", "adhérents", None, None, False)]),
    # another sentence
    ("La ressourcerie compte 300 adhérents. Elle en comptait 410 en 2023.", [("300", "adhérents", None, None, False)]),
])
def test_a_bare_number_whose_noun_is_not_sure_is_left_out(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le chantier emploie 45 salariés, dont 30 en insertion.",
     [("45", "salariés", "salaries", None, False),
      ("30", "salariés en insertion", "salaries-en-insertion", None, True)]),
    ("La plateforme a accompagné 80 porteurs de projet, dont 25 femmes.",
     [("80", "porteurs de projet", None, None, False), ("25", "femmes", None, None, True)]),
])
def test_a_part_is_no_second_total(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("L'association a accompagné 45 demandeurs d'emploi en 2023.", [("45", "demandeurs d'emploi", None, 2023, False)]),
    ("La coopérative a lancé 12 chantiers de rénovation.", [("12", "chantiers de rénovation", None, None, False)]),
    # and the adjective of its complement, not a participle nor a verb
    ("Le syndicat gère deux pôles d’économie circulaire qui réunissent la déchèterie et la recyclerie.",
     [("2", "pôles d’économie circulaire", None, None, False)]),
    ("Le dispositif a suivi 45 demandeurs d'emploi accompagnés par la Mission locale.",
     [("45", "demandeurs d'emploi", None, None, False)]),
    ("La Ville a installé 12 bornes de réparation libre-service.",
     [("12", "bornes de réparation libre-service", None, None, False)]),
    # an article opens no complement of the noun
    ("La ressourcerie a reçu 300 visiteurs de la commune.", [("300", "visiteurs", None, None, False)]),
])
def test_a_counted_noun_keeps_its_complement(text, expected):
    assert figures(text) == expected


def test_a_clause_of_another_subject_keeps_its_year_to_itself():
    assert figures("L'association compte 12 salariés, elle en comptait 8 en 2020.") == [
        ("12", "salariés", "salaries", None, False)]


# --- found on new texts: a passive incise read as the verb of the name before it, its last agent as a subject ---

@pytest.mark.parametrize(("sentence", "expected"), [
    # "financé" (masculine) is no "finance": the DDETS funds the chantier, not the reverse
    ("Le chantier d'insertion Les Sentiers, financé par la DDETS, entretient les chemins de randonnée.",
     [("DDETS", "partenaire"), ("Les Sentiers", "porteur")]),
    ("Le chantier d'insertion Mer et Littoral, financé par la DDTM et la DREAL, entretient le littoral.",
     [("DDTM", "partenaire"), ("DREAL", "partenaire"), ("Mer et Littoral", "porteur")]),
    # the last agent of the list is no subject of the verb after the incise
    ("L'association Alpha Solidarité, financée par la CAF et l'ADEME, entretient des jardins.",
     [("ADEME", "partenaire"), ("Alpha Solidarité", "porteur"), ("CAF", "partenaire")]),
    ("L'association Alpha Solidarité, financée par l'ADEME et la CAF, entretient des jardins.",
     [("ADEME", "partenaire"), ("Alpha Solidarité", "porteur"), ("CAF", "partenaire")]),
])
def test_the_agents_of_a_passive_incise_fund_the_name_before_it(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "par an" is no agent: the name after it is the subject of its verb
    ("La ressourcerie Le Grenier produit 20 tonnes par an et l'association Alpha Solidarité gère la boutique.",
     [("Alpha Solidarité", "porteur"), ("Le Grenier", "porteur")]),
    # the name the sentence opens with keeps its verb
    ("La SCOP Les Sentiers finance la formation de ses salariés.", [("Les Sentiers", "partenaire")]),
])
def test_a_name_outside_an_agent_phrase_keeps_its_verb(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- found on new texts: a name cut at a possessive, a plural verb of support not read -------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les associations Trait d'Union et Bouge ta Ville ont reçu chacune 3 000 €.",
     [("Bouge ta Ville", "soutenu"), ("Trait d'Union", "soutenu")]),
    ("La Ville soutient l'association Bouge ta Ville.", [("Bouge ta Ville", "soutenu")]),
    ("Les associations Mon Quartier et Nos Jardins ont reçu 2 000 €.",
     [("Mon Quartier", "soutenu"), ("Nos Jardins", "soutenu")]),
    # "pour" before another body still ends the name
    ("La Ville soutient l'association Un Toit pour Tous.", [("Un Toit pour Tous", "soutenu")]),
])
def test_a_possessive_before_a_capital_is_inside_the_name(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département et la Ville cofinancent le poste de coordinatrice du PTCE Léon Solidaire.",
     [("Département de la Mayenne", "partenaire"), ("Léon Solidaire", "soutenu")]),
    ("Le Département et la Ville cofinancent l'épicerie solidaire Le Panier du Léon.",
     [("Département de la Mayenne", "partenaire"), ("Le Panier du Léon", "soutenu")]),
])
def test_several_subjects_with_the_member_that_cofinance_support(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- found on new texts: another body's shares told in an incise --------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a accompagné la création de la SCIC Le Champ Commun, devenue sociétaire de la coopérative Coop Maine.",
     [("Le Champ Commun", "cree")]),
    ("La Ville soutient l'association Alpha Solidarité, devenue actionnaire de la SCOP Beta Services.",
     [("Alpha Solidarité", "soutenu")]),
    # the member's own shares, told the same way
    ("La Ville, devenue sociétaire de la SCIC Le Champ Commun, siège à son conseil d'administration.",
     [("Le Champ Commun", "actionnaire")]),
])
def test_shares_an_incise_gives_to_the_name_before_it_are_not_the_member_s(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- found on new texts: a price read as a prize ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville loue à prix réduit un local à la recyclerie Ressource'Léon.", [("Ressource'Léon", "soutenu")]),
    ("La Ville cède à prix coûtant un terrain à la SCIC Habitat Partagé.", [("Habitat Partagé", "soutenu")]),
    # a prize's giver is still one
    ("L'association Alpha Solidarité, lauréate du prix de l'innovation sociale de la Macif, anime un atelier.",
     [("Alpha Solidarité", "porteur"), ("Macif", "partenaire")]),
])
def test_a_price_is_no_prize(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected
