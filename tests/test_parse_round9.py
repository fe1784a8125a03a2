"""Parse round 9: fiches the parser had never seen (a presentation in prose, grouping headings, a web
page's menu, questions as headings, a fiche all in lower case). The texts are written for the tests
(fictitious small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one

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


# ---------------------------------------------------------------- headings that group the sections under them


@pytest.mark.parametrize("group", ["1. Présentation", "I. IDENTITÉ", "Identité", "A) Informations générales",
                                   "Chiffres clés", "Présentation"])
def test_a_heading_that_groups_the_sections_under_it_is_no_lost_line(group):
    fiche = one(f"Commune de Ploërmel\n\n{group}\nType de collectivité : Commune\nNombre d'habitants : 10 000\n"
                "Année d'adhésion : 2020\n\n2. Coordonnées\nAdresse : 10 place de la Mairie, 56800 Ploërmel\n")
    # was: ligne-ignoree (numbered) or section-vide (a warning), though nothing under it is lost
    assert fiche.kind.text == "Commune" and fiche.population.value == 10000
    assert fiche.membership_year.raw == "2020" and fiche.address.post_name == "Ploërmel"
    assert not [found for found in fiche.issues if found.severity != "info"]


def test_chiffres_cles_over_the_population_is_no_empty_section():
    fiche = one("Communauté de communes du Pays de Lunel\n\nChiffres clés\nPopulation : 50 000 habitants\n"
                "Type de collectivité : Communauté de communes\nAdresse : 152 chemin des Merles, 34400 Lunel\n")
    assert fiche.population.value == 50000 and "section-vide" not in issue_types(fiche)


def test_an_empty_section_that_groups_nothing_is_still_reported():
    fiche = one("Commune de Ploërmel\nType de collectivité : Commune\n\nBudget ESS\n\nExemples d'actions\n"
                "- Soutien à l'épicerie sociale Le Grenier.\n")
    assert "section-vide" in issue_types(fiche)


@pytest.mark.parametrize("action", ["Présentation du projet aux habitants du quartier.",
                                    "Identité visuelle de la monnaie locale, créée avec 3 associations."])
def test_an_action_that_opens_on_a_grouping_word_stays_an_action(action):
    fiche = one("Commune de Ploërmel\nType de collectivité : Commune\n\nExemples d'actions\n"
                f"1. Soutien à l'épicerie sociale Le Grenier.\n2. {action}\n3. Appui au tiers-lieu La Forge.\n")
    assert len(fiche.actions) == 3 and not fiche.other_sections


# ---------------------------------------------------------------- a web page's menu


PAGE = ("Le RTES\n{entry}\nNos membres\nAgenda\nRechercher\nAccueil > Nos membres > Ville de Quimperlé\n"
        "Ville de Quimperlé\nPartager\nType de collectivité : Commune\nNombre d'habitants : 12 000\n")


@pytest.mark.parametrize("entry", ["Le réseau", "Le réseau\nNos engagements", "Qui sommes-nous"])
def test_an_entry_of_the_page_s_menu_is_navigation_whatever_its_words(entry):
    fiche = one(PAGE.format(entry=entry))
    # was: texte-ignore (a warning) for the entries no list of links knows, among those it knows
    assert fiche.name.text == "Ville de Quimperlé" and fiche.population.value == 12000
    assert "texte-ignore" not in issue_types(fiche)
    assert issue_types(fiche).count("navigation-ignoree") == 7 + entry.count("\n")


def test_text_above_a_page_s_breadcrumb_that_is_no_menu_entry_is_still_reported():
    fiche = one(PAGE.format(entry="Le réseau rassemble 160 collectivités engagées pour l'ESS."))
    assert issue_types(fiche).count("texte-ignore") == 1
