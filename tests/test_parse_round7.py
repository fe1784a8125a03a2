"""Parse round 7: fiches the parser had never seen. The texts are written for the tests (fictitious
small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one
from rtes_kg.parse.action_labels import action_label, action_year

HEAD = "Ville de Saint-Aignan\nType de collectivité : Commune\nNombre d'habitants : 2 841\n"
PLACE = "Adresse : 3 place de la Mairie, 41110 Saint-Aignan\n"


# ---------------------------------------------------------------- numbered actions


@pytest.mark.parametrize("number", ["1. ", "1) ", "a) ", "1 / ", "1 - "])
def test_a_numbered_action_is_published_without_its_number(number):
    second = number.replace("1", "2").replace("a", "b").replace("I", "II")
    text = HEAD + PLACE + (
        "\nExemples d'actions\n"
        f"{number}La Ville soutient la recyclerie Les Trois Roues par une subvention de 15 000 €.\n"
        f"{second}Tiers-lieu La Ruche : accompagnement de 20 porteurs de projets en 2024.\n")
    actions = one(text).actions
    # was: "1. La Ville soutient…", "2) Tiers-lieu La Ruche…": the list's number in the published text
    assert [action.text for action in actions] == [
        "La Ville soutient la recyclerie Les Trois Roues par une subvention de 15 000 €.",
        "Tiers-lieu La Ruche : accompagnement de 20 porteurs de projets en 2024."]
    assert action_label(actions[1].text) == "Tiers-lieu La Ruche"


def test_a_numbered_action_keeps_its_year_and_its_details():
    text = HEAD + PLACE + (
        "\nExemples d'actions\n"
        "1. 2023 : ouverture de l'épicerie solidaire Le Panier, portée par l'association Entraide.\n"
        "2. La Ville accompagne la SCIC Bois Local dans la création d'une chaufferie collective.\n"
        "Contact : Léa Martin, coordinatrice de la SCIC\n")
    first, second = one(text).actions
    assert first.text.startswith("2023 : ouverture") and action_year(first.text) == 2023
    assert second.text == ("La Ville accompagne la SCIC Bois Local dans la création d'une chaufferie collective.\n"
                           "Contact : Léa Martin, coordinatrice de la SCIC")


# ---------------------------------------------------------------- the year of joining said in a sentence


@pytest.mark.parametrize("where", ["under the population", "under the title", "under the address"])
def test_the_year_of_joining_said_in_a_sentence_is_read(where):
    joined = "Adhérente au RTES depuis 2009, membre du CA depuis 2015\n"
    text = {"under the population": HEAD + joined + PLACE,
            "under the title": "Ville de Saint-Aignan\n" + joined + HEAD.split("\n", 1)[1] + PLACE,
            "under the address": HEAD + PLACE + joined}[where]
    fiche = one(text)
    # was: under the population, no year and no message (the line joined the population's raw text);
    # under the title or the address, ligne-ignoree or a line of the address
    assert fiche.membership_year is not None and fiche.membership_year.raw == "2009"
    assert fiche.population.value == 2841 and fiche.population.raw == "2 841"
    assert fiche.address.post_name == "Saint-Aignan" and "ligne-ignoree" not in issue_types(fiche)


def test_a_seat_on_a_board_is_no_year_of_joining():
    fiche = one(HEAD + "Membre du conseil d'administration du RTES depuis 2015\n" + PLACE)
    assert fiche.membership_year is None
    joined = "Adhérente au RTES depuis 2009, membre du CA depuis 2015\n"
    fiche = one(HEAD + joined + PLACE + "Année d'adhésion : 2011\n")
    assert fiche.membership_year.raw == "2011"  # the section's own year wins, the other is told
    assert fiche.population.raw == "2 841" and issue_types(fiche) == ["ligne-ignoree"]
