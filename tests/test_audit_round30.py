"""Wrong facts of the thirtieth round: a name cut before its lower-case last word when a number is
its verb's object, a gift of other bodies read as the member's, and a subject that acts losing the
carrier's role to a support clause of the member's. Each text is written for these tests in the
style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Namespace, URIRef

from extraction_helpers import converted, mentions

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
     [("DREETS Pays de la Loire", "partenaire"), ("Vélo vert", "porteur")]),
    ("L'association Atelier Bleu répare des vélos ; la Région finance un poste d'animateur.",
     [("Atelier Bleu", "porteur")]),
    ("L'association Atelier Bleu répare des vélos ; l'État et le Département ont financé deux postes.",
     [("Atelier Bleu", "porteur")]),
    # the member among the givers: its support
    ("L'association Atelier Bleu répare des vélos ; la CAF et la Ville financent deux postes.",
     [("Atelier Bleu", "soutenu"), ("CAF", "partenaire")]),
])
def test_a_gift_whose_subject_is_other_bodies_is_not_the_member_s(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_the_member_s_own_kind_word_as_the_subject_gives():
    actions = mentions("L'association Atelier Bleu répare des vélos ; la Région finance deux postes.",
                       member="Région Pays de la Loire", kind="Région", address="1 rue de la Loire\n44000 Nantes")
    assert sorted({(name, role) for name, _, role in actions[0]}) == [("Atelier Bleu", "soutenu")]


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
     [("Atelier Bleu", "porteur")]),
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
