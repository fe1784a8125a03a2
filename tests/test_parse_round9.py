"""Parse round 9: fiches the parser had never seen (a presentation in prose, grouping headings, a web
page's menu, questions as headings, a fiche all in lower case). The texts are written for the tests
(fictitious small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import one

ARRAS = "Communauté urbaine d'Arras\n\nPrésentation\n"
ARRAS_REST = ("\nAdresse : 3 rue Frédéric Degeorge, 62026 Arras Cedex\n\n"
              "Exemples d'actions\n- Soutien à la ressourcerie La Malle aux trésors.\n")


# ---------------------------------------------------------------- a presentation in prose


@pytest.mark.parametrize("prose", [
    "La Communauté urbaine d'Arras regroupe 46 communes et 108 000 habitants. Elle est membre du RTES depuis 2018.",
    "La Communauté urbaine compte 108 000 habitants. Elle a adhéré au RTES en 2018.",
    "La Communauté urbaine d'Arras, créée en 1965, rassemble 108 000 habitants. Elle adhère au RTES depuis 2018.",
    "Arras Communauté urbaine regroupe 108 000 habitants et est membre du RTES depuis 2018.",
])
def test_the_member_s_population_and_joining_told_in_its_presentation_are_read(prose):
    fiche = one(ARRAS + prose + "\n" + ARRAS_REST)
    # was: neither read (the presentation kept whole as an other section)
    assert fiche.population.value == 108000 and fiche.population.raw == "108 000 habitants"
    assert fiche.membership_year.raw == "2018" and fiche.membership_year.source.line == 4


@pytest.mark.parametrize("prose", [
    "La Ville d'Arras compte 41 000 habitants. Elle est membre du RTES depuis 2018.",  # another body
    "Le quartier des Hauts-de-Scarpe compte 8 000 habitants.",
    "La Communauté urbaine soutient 12 associations qui accompagnent 3 000 habitants.",
    "La Communauté urbaine accueille chaque année 2 000 nouveaux habitants.",
    "L'association Lien solidaire regroupe 300 habitants. Elle est membre du RTES depuis 2015.",
    "La Communauté urbaine est membre du réseau France Active depuis 2010.",
    "La Communauté urbaine est membre depuis 2010 du conseil de développement.",
])
def test_a_figure_or_a_joining_that_is_not_the_member_s_is_not_read(prose):
    fiche = one(ARRAS + prose + "\n" + ARRAS_REST)
    assert fiche.population is None and fiche.membership_year is None


def test_a_section_s_population_and_year_win_over_the_presentation():
    text = ("Communauté urbaine d'Arras\nNombre d'habitants : 110 000\nAnnée d'adhésion : 2017\n\nPrésentation\n"
            "La Communauté urbaine regroupe 108 000 habitants. Elle est membre du RTES depuis 2018.\n" + ARRAS_REST)
    fiche = one(text)
    assert fiche.population.value == 110000 and fiche.membership_year.raw == "2017"


def test_a_sentence_of_an_action_gives_no_population():
    fiche = one("Communauté urbaine d'Arras\nType de collectivité : Communauté urbaine\n\nExemples d'actions\n"
                "- La Communauté urbaine regroupe 46 communes et 108 000 habitants autour du projet.\n")
    assert fiche.population is None
