"""Wrong facts of the thirtieth round: a name cut before its lower-case last word when a number is
its verb's object, a gift of other bodies read as the member's, and a subject that acts losing the
carrier's role to a support clause of the member's. Each text is written for these tests in the
style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Namespace, URIRef

from extraction_helpers import HERE, converted, mentions
from rtes_kg.extract.figures import find_quantities

RTES = Namespace("https://w3id.org/rtes/ontology#")
ORG = "https://w3id.org/rtes/org/"


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


# --- 1. a verb whose object is a number ends the name before it --------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Vélo vert répare 800 vélos par an avec 25 bénévoles.", [("Vélo vert", "porteur")]),
    ("La recyclerie Tri malin collecte 12 000 objets chaque année.", [("Tri malin", "porteur")]),
    ("L'association Jardins ouverts cultive 40 parcelles en bas des immeubles.", [("Jardins ouverts", "porteur")]),
    # a name that ends with a number keeps it: what follows the number is its verb
    ("L'association Cycles 53 répare des vélos.", [("Cycles 53", "porteur")]),
])
def test_a_number_after_a_lower_case_word_makes_it_a_verb(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- 2. other bodies' gifts are not the member's ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Vélo vert répare 800 vélos par an ; la DREETS et la Région financent 2 postes.",
     [("DREETS Pays de la Loire", "partenaire"), ("Région Pays de la Loire", "partenaire"), ("Vélo vert", "porteur")]),
    ("L'association Atelier Bleu répare des vélos ; la Région finance un poste d'animateur.",
     [("Atelier Bleu", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("L'association Atelier Bleu répare des vélos ; l'État et le Département ont financé deux postes.",
     [("Atelier Bleu", "porteur"), ("Département de la Mayenne", "partenaire")]),
    # the member among the givers: its support, to what carries its work (roles.py: acts_on_its_own)
    ("L'association Atelier Bleu répare des vélos ; la CAF et la Ville financent deux postes.",
     [("Atelier Bleu", "porteur"), ("Atelier Bleu", "soutenu"), ("CAF", "partenaire")]),
])
def test_a_gift_whose_subject_is_other_bodies_is_not_the_member_s(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_the_member_s_own_kind_word_as_the_subject_gives():
    actions = mentions("L'association Atelier Bleu répare des vélos ; la Région finance deux postes.",
                       member="Région Pays de la Loire", kind="Région", address="1 rue de la Loire\n44000 Nantes")
    assert sorted({(name, role) for name, _, role in actions[0]}) == [("Atelier Bleu", "porteur"),
                                                                       ("Atelier Bleu", "soutenu")]


# --- 3. a subject that acts with the member's support carries the action, supported -----------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCOP Bâtir ensemble a rénové 14 logements sociaux, avec le soutien de la Ville (25 000 €).",
     [("Bâtir ensemble", "porteur"), ("Bâtir ensemble", "soutenu")]),
    ("L'association Les Ateliers du Canal a ouvert une recyclerie en 2023 grâce à l'aide de la Ville.",
     [("Les Ateliers du Canal", "porteur"), ("Les Ateliers du Canal", "soutenu")]),
    ("L'association Atelier Bleu gère un jardin partagé avec le soutien financier de la Ville.",
     [("Atelier Bleu", "porteur"), ("Atelier Bleu", "soutenu")]),
    # another body's support: the subject carries, the member's is unsaid
    ("L'association Atelier Bleu gère un jardin partagé avec le soutien de la Région.",
     [("Atelier Bleu", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    # a passive: the subject does nothing of its own
    ("L'association Atelier Bleu a été labellisée en 2022 avec le soutien de la Ville.",
     [("Atelier Bleu", "soutenu")]),
    # the member's own clause gives to it: supported, as the fiches' readers read it
    ("Le jardin d'insertion Les Potagers du Val emploie 8 salariés ; la Ville lui prête un terrain.",
     [("Les Potagers du Val", "soutenu")]),
])
def test_a_subject_that_acts_with_the_member_s_support_carries_the_action(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_the_carrier_and_the_supported_are_published(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• La SCOP Bâtir ensemble a rénové 14 logements sociaux pour le bailleur Habitat "
                                "de la Mayenne, avec le soutien de la Ville (25 000 €).\n\n"
                                "Type de collectivité\nCommune\n")
    scop = URIRef(ORG + "batir-ensemble")
    assert (None, RTES.porteePar, scop) in graph
    assert (None, RTES.beneficiaire, scop) in graph


# --- 3b. a network that opens its sentence with a work of its own carries it -----------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Secours populaire distribue des colis alimentaires aux familles du quartier.",
     [("Secours populaire français", "porteur")]),
    ("Les Restos du Cœur distribuent 12 000 repas par an.", [("Les Restos du Cœur", "porteur")]),
    # a network's help or gift: a partner's
    ("La Fondation Macif verse 10 000 € au projet.", [("Fondation Macif", "partenaire")]),
    ("Le Réseau Cocagne forme les encadrants techniques.", [("Réseau Cocagne", "partenaire")]),
])
def test_a_network_that_opens_its_sentence_with_its_own_work_carries_it(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- 3c. found with new texts: a unit as the verb's object, a support incise before the verb -----------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Jardin vert cultive 3 000 m² de potagers.", [("Jardin vert", "porteur")]),
    ("L'association Mobilité douce prête 60 vélos électriques aux salariés.", [("Mobilité douce", "porteur")]),
    ("Le Secours populaire, avec l'aide de la Ville, distribue des colis à 300 familles.",
     [("Secours populaire français", "porteur"), ("Secours populaire français", "soutenu")]),
    ("L'association Atelier Bleu, avec le soutien de la Ville, a ouvert une boutique.",
     [("Atelier Bleu", "porteur"), ("Atelier Bleu", "soutenu")]),
    ("L'association Atelier Bleu, avec le soutien de la Région, a ouvert une boutique.",
     [("Atelier Bleu", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("L'association Atelier Bleu, avec France Active, a ouvert une boutique.",
     [("Atelier Bleu", "porteur"), ("France Active", "partenaire")]),
])
def test_new_texts_a_unit_object_and_a_support_incise(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- 4. figures: each its own year, a bare number repeating a unit --------------------------------------

def figures(text: str) -> list[tuple[str, str, str | None, int | None]]:
    """(value, unit code, unit as written, year) of every figure of the text."""
    return [(str(q.value), q.unit, q.unit_text, q.year) for q in find_quantities(text, HERE)]


@pytest.mark.parametrize(("text", "expected"), [
    # a number after "en 2022 et" is no second year: two dated figures
    ("Le jardin emploie 22 salariés en 2022 et 25 en 2023.",
     [("22", "nombre", "salariés", 2022), ("25", "nombre", "salariés", 2023)]),
    ("La régie accueille 22 bénévoles en 2022 et 25 bénévoles en 2023.",
     [("22", "nombre", "bénévoles", 2022), ("25", "nombre", "bénévoles", 2023)]),
    # a bare number repeats the unit of the figure before, past its participle
    ("La recyclerie compte 210 tonnes collectées en 2022 et 260 en 2023.",
     [("210", "tonne", "tonnes", 2022), ("260", "tonne", "tonnes", 2023)]),
    ("La ressourcerie a réemployé 210 tonnes en 2022 et 260 en 2023.",
     [("210", "tonne", "tonnes", 2022), ("260", "tonne", "tonnes", 2023)]),
    # the year said after a figure is not the next figure's
    ("La recyclerie a réemployé 200 tonnes en 2023 et 11 salariés en insertion y travaillent.",
     [("200", "tonne", "tonnes", 2023), ("11", "nombre", "salariés en insertion", None)]),
    # a period of two years stays no one year
    ("Elle accueille 40 bénévoles en 2022 et 2023.", [("40", "nombre", "bénévoles", None)]),
    ("Elle accueille 40 bénévoles en 2022-23.", [("40", "nombre", "bénévoles", None)]),
])
def test_each_figure_keeps_its_own_year(text, expected):
    assert figures(text) == expected
