"""Wrong and lost facts of the forty-eighth round: "l'Association Girondine pour l'Insertion par
l'Économique (AGIE)" cut at its "par"; "le réseau des ressourceries normandes" published as the national
network; "le Groupement d'Intérêt Économique (GIE) Les Cuisines Solidaires" lost; "L'AFIP Occitanie et
l'Adie animent…" the first of two subjects lost; "ont ouvert une épicerie sociale, l'Épi Creusois" no
creation; "Soutien à l'ARDES Normandie" lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import bodies, roles_in_a_fiche

GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles de Gaulle\n33000 Bordeaux"}
NORMANDIE = {"member": "Région Normandie", "kind": "Région", "address": "Abbaye aux Dames\n14000 Caen"}
GERS = {"member": "Département du Gers", "kind": "Département", "address": "81 route de Pessan\n32000 Auch"}
GUERET = {"member": "Communauté d'agglomération du Grand Guéret", "kind": "Communauté d'agglomération",
          "address": "9 avenue Charles de Gaulle\n23000 Guéret"}
LILLE = {"member": "Métropole Européenne de Lille", "kind": "Métropole",
         "address": "2 boulevard des Cités Unies\n59000 Lille"}


# --- where a name ends ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("Soutien à l’Association Girondine pour l'Insertion par l'Économique (AGIE), qui gère 4 chantiers "
     "d'insertion.", "Association Girondine pour l'Insertion par l'Économique"),
    ("Le Département soutient l'association Ensemble pour l'Insertion par l'Activité Économique.",
     "Ensemble pour l'Insertion par l'Activité Économique"),
])
def test_a_name_goes_on_through_the_means_of_its_aim(sentence, name):
    assert [found[0] for found in bodies(sentence, **GIRONDE)] == [name]


@pytest.mark.parametrize("sentence", [
    # guards: "par" before a body is its agent, not a word of the name
    "Soutien à l'association Les Amis du Jardin, accompagnée par la Région.",
    "La recyclerie est portée par l'association Les Amis du Jardin par l'intermédiaire de son président.",
])
def test_par_before_a_body_or_a_common_noun_ends_the_name(sentence):
    assert "Les Amis du Jardin" in [found[0] for found in bodies(sentence, **GIRONDE)]


# --- a network's regional one ---------------------------------------------------------------------

def test_a_network_named_with_a_regional_adjective_is_the_regions():
    found = bodies("La plateforme Réemploi Normand est portée par le réseau des ressourceries normandes.",
                   **NORMANDIE)
    assert ("Réseau des ressourceries normandes", "reseau", None, "porteur") in found
    assert "Réseau national des ressourceries et recycleries" not in [name for name, *_ in found]


@pytest.mark.parametrize(("sentence", "name"), [
    # guards: the national network by its own name, a verb after it, and plural heads (many bodies,
    # none of them the one a regional adjective would name)
    ("Partenariat avec le Réseau des ressourceries.", "Réseau national des ressourceries et recycleries"),
    ("Le Réseau des ressourceries accompagne la recyclerie.", "Réseau national des ressourceries et recycleries"),
])
def test_the_national_network_stays_without_a_regional_adjective(sentence, name):
    assert name in [found[0] for found in bodies(sentence, **NORMANDIE)]


# --- kinds of bodies ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La MEL finance le Groupement d’Intérêt Économique (GIE) Les Cuisines Solidaires, qui réunit trois "
    "entreprises d’insertion.",
    "La MEL finance le GIE Les Cuisines Solidaires.",
])
def test_an_economic_interest_group_announces_its_name(sentence):
    assert bodies(sentence, **LILLE) == [("Les Cuisines Solidaires", "entreprise", None, "soutenu")]


# --- subjects and what they do --------------------------------------------------------------------

def test_two_subjects_of_one_plural_verb_both_carry():
    assert roles_in_a_fiche("L'AFIP Occitanie et l'Adie animent avec le Département le dispositif "
                            "« Gers Entreprendre Solidaire ».", **GERS) == [
        ("AFIP Occitanie", "porteur"), ("Adie", "porteur")]


@pytest.mark.parametrize("sentence", [
    # guards: a singular verb after the second name is not theirs together, nor is a verbless phrase
    "L'AFIP Occitanie et la Ville anime un jardin.",
    "L'AFIP Occitanie et le Département, partenaires du projet.",
])
def test_a_second_subject_needs_a_plural_verb(sentence):
    assert "AFIP Occitanie" not in [name for name, _ in roles_in_a_fiche(sentence, **GERS)]


def test_a_body_the_member_opened_it_made():
    assert roles_in_a_fiche("L'Agglomération et le CIAS ont ouvert une épicerie sociale, l'Épi Creusois, gérée "
                            "par le Secours populaire de la Creuse.", **GUERET) == [
        ("CIAS", "partenaire"), ("Secours populaire de la Creuse", "porteur"), ("Épi Creusois", "cree")]


def test_a_body_another_opened_is_not_the_members_creation():
    found = roles_in_a_fiche("L'association Les Amis du Jardin a ouvert une boutique solidaire, la Boutique "
                             "du Coin, avec le soutien de l'Agglomération.", **GUERET)
    assert ("Boutique du Coin", "cree") not in found and ("Les Amis du Jardin", "cree") not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à l'ARDES Normandie pour l'accompagnement des porteurs de projets.",
     [("ARDES Normandie", "soutenu")]),
    ("La Région soutient l'ADESS Pays de Caux et l'URIOPSS Normandie.",
     [("ADESS Pays de Caux", "soutenu"), ("URIOPSS Normandie", "soutenu")]),
])
def test_an_acronym_and_its_territory_after_support_is_a_body(sentence, expected):
    assert roles_in_a_fiche(sentence, **NORMANDIE) == expected


@pytest.mark.parametrize("sentence", [
    # guards: an acronym alone, a territory's contract, a plan: no body
    "La Région soutient l'AFIP.",
    "Subvention au CRTE Pays de Caux.",
    "La Région finance le SCOT Pays de Caux.",
])
def test_an_acronym_without_a_territory_or_a_contract_is_no_body(sentence):
    assert roles_in_a_fiche(sentence, **NORMANDIE) == []
