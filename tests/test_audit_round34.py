"""Wrong and lost facts of the thirty-fourth round: a verb and its preposition swallowed into a name
("Vélo Cité met à"), names cut before "de quartier", "de campagne" or "en commun", and the carrier
lost beside the support a structure receives. Each text is written for these tests in the style of
the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import roles

# --- 1. a verb and its preposition end a name -----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L’association Vélo Cité met à disposition des vélos aux habitants du centre-ville.",
     [("Vélo Cité", "porteur")]),
    ("L’association Les Amis du Vélo met à disposition des vélos aux habitants.",
     [("Les Amis du Vélo", "porteur")]),
    ("L’association Roue Libre met à disposition 40 vélos à assistance électrique.",
     [("Roue Libre", "porteur")]),
    ("L’association Vélo Cité tient à remercier ses 80 bénévoles.", [("Vélo Cité", "porteur")]),
    ("L’association Cycles Rouges tient à jour un atelier de réparation ouvert à tous.",
     [("Cycles Rouges", "porteur")]),
    ("L’association Jardins Nomades procède à la plantation de 200 arbres.", [("Jardins Nomades", "porteur")]),
])
def test_a_verb_and_its_preposition_end_the_name(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # lower-case words of the name before its verb stay the name's
    ("L’association Atelier mécanique solidaire répare des vélos.", [("Atelier mécanique solidaire", "porteur")]),
    ("La SCIC Bois énergie du Ségala approvisionne 12 chaufferies.", [("Bois énergie du Ségala", "porteur")]),
    ("L’association Le Panier solidaire participe à la collecte des invendus.",
     [("Le Panier solidaire", "porteur")]),
    ("L’association Tous en selle anime des ateliers de remise en selle.", [("Tous en selle", "porteur")]),
    ("L’association Entraide Laval tient depuis 2016 une épicerie solidaire.", [("Entraide Laval", "porteur")]),
])
def test_the_lower_case_words_of_a_name_stay_before_its_verb(sentence, expected):
    assert roles(sentence) == expected


# --- 1. names cut before "de quartier", "de campagne", "en commun" ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L’association Graines de quartier cultive 20 parcelles au pied des immeubles.",
     [("Graines de quartier", "porteur")]),
    ("La SCIC Le Pain de campagne transforme la farine de 12 paysans du canton.",
     [("Le Pain de campagne", "porteur")]),
    ("La Ville soutient l’association Graines de quartier.", [("Graines de quartier", "soutenu")]),
    ("La Ville soutient l’association Graines de quartier, qui cultive 20 parcelles.",
     [("Graines de quartier", "soutenu")]),
    ("L’association Solidarité de village accueille 40 familles.", [("Solidarité de village", "porteur")]),
    ("L’association Fabrique en commun, qui anime un atelier de couture, accueille 60 personnes par an.",
     [("Fabrique en commun", "porteur")]),
    ("L’association Cycles pour tous, qui répare des vélos, emploie 3 salariés.",
     [("Cycles pour tous", "porteur")]),
    ("Tiers-lieu La Forge : l’association Fabrique en commun, qui gère le lieu, accueille 40 événements par an.",
     [("Fabrique en commun", "porteur")]),
])
def test_a_name_goes_on_through_its_own_complement(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "du quartier", with its article, says where the structure acts
    ("L’association Alpha du quartier anime un jardin partagé.", [("Alpha", "porteur")]),
    ("La SCOP Menuiserie du quartier a été reprise en 2021.", [("Menuiserie", "porteur")]),
    # what the member helps an object for is no part of its name
    ("La Ville soutient l’association Alpha pour son projet, qui réunit 30 familles.", [("Alpha", "soutenu")]),
    ("La Région finance la SCOP Alpha en fonctionnement, qui emploie 12 salariés.", [("Alpha", "soutenu")]),
    # an adverb's phrase or an article after the preposition
    ("L’association Alpha sur place, qui accueille les familles, anime un jardin.", [("Alpha", "porteur")]),
    ("L’association Alpha dans le quartier, qui anime un jardin, accueille 30 familles.", [("Alpha", "porteur")]),
    ("L’association Alpha pour les habitants, qui anime un jardin, accueille 30 familles.",
     [("Alpha", "porteur")]),
])
def test_no_place_or_purpose_is_taken_into_a_name(sentence, expected):
    assert roles(sentence) == expected
