"""Parse round 3: fiche layouts the parser had never seen. The texts are written for the tests (fictitious
small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one
from rtes_kg.parse.document import parse_text

ADDRESS = "Adresse\n2 place de la Halle\n28270 Brézolles\n"


# ---------------------------------------------------------------- a stray population line in the head


@pytest.mark.parametrize(("head", "population", "qualifier"), [
    ("Ville de Brézolles\nCommune\n3 412 habitants\n", 3412, None),  # under a kind line, no heading
    ("Ville de Brézolles\n3 412 habitants\nType de collectivité : Commune\n", 3412, None),  # under the title
    ("Ville de Brézolles\nType de collectivité\nCommune\n3 412 habitants (INSEE 2021)\n", 3412, None),
    ("Brézolles\nPlus de 3 400 habitants\nType de collectivité : Commune\n", 3400, "plus-de"),
    ("Communauté de communes du Perche Vert\nType de collectivité : Communauté de communes\n"
     "Environ 28 500 hab.\n", 28500, "environ"),
    ("Ville de Brézolles\n3 412 habitants en 2021\nType de collectivité : Commune\n", 3412, None),
])
def test_a_stray_population_line_in_the_head_is_the_population(head, population, qualifier):
    found = one(head + "\nBudget dédié à l'ESS : 20 000 €\n\n" + ADDRESS)
    assert found.population is not None
    assert (found.population.value, found.population.qualifier) == (population, qualifier)
    assert found.kind is not None and found.kind.text.startswith("Commun")
    assert "ligne-ignoree" not in issue_types(found) and "section-inconnue" not in issue_types(found)


@pytest.mark.parametrize(("title", "line"), [
    ("Brézolles", "Commune de 3 412 habitants"),
    ("Ville de Brézolles", "Commune – 3 412 habitants"),
    ("Ville de Brézolles", "Commune, 3 412 habitants"),
    ("Ville de Brézolles", "Commune (3 412 habitants)"),
])
def test_a_kind_and_population_line_under_the_title_gives_both_and_keeps_the_title(title, line):
    found = one(f"{title}\n{line}\n\n" + ADDRESS)
    assert found.name is not None and found.name.text == title  # was the title "Commune – 3 412 habitants"
    assert found.kind is not None and found.kind.text == "Commune"
    assert found.population is not None and found.population.value == 3412


def test_a_kind_alone_under_the_title_is_the_kind():
    found = one("Département de l'Eure-et-Loir\nDépartement\n\nBudget dédié à l'ESS : 1,2 M€\n\n" + ADDRESS)
    assert found.kind is not None and found.kind.text == "Département"
    assert "ligne-ignoree" not in issue_types(found)


def test_a_population_line_does_not_override_its_section():
    found = one("Ville de Brézolles\n3 400 habitants\nNombre d'habitants : 3 412\nType de collectivité : Commune\n")
    assert found.population is not None and found.population.value == 3412
    assert "ligne-ignoree" in issue_types(found)  # the second figure is reported, not taken


@pytest.mark.parametrize("line", [
    "Bassin de vie de 45 000 habitants",  # another territory's population
    "12 000 habitants accompagnés",  # a figure of something else
])
def test_a_line_that_says_more_than_a_population_gives_none(line):
    found = one(f"Ville de Brézolles\n{line}\nType de collectivité : Commune\n\n" + ADDRESS)
    assert found.population is None
    assert found.name is not None and found.name.text == "Ville de Brézolles"


def test_a_population_line_inside_the_actions_stays_the_actions():
    found = one("Ville de Brézolles\nType de collectivité : Commune\n\nExemples d'actions\n"
                "Café associatif Le Relais\n3 400 habitants\n\n" + ADDRESS)
    assert found.population is None
    assert any("3 400 habitants" in action.text for action in found.actions)


# ---------------------------------------------------------------- an update date without its day


@pytest.mark.parametrize("line", [
    "Dernière mise à jour : mars 2024", "Dernière mise à jour : Mars 2024", "Mise à jour en septembre 2024",
    "Dernière mise à jour : sept. 2024", "Dernière mise à jour : 03/2024", "Dernière mise à jour : 2024-03",
    "Dernière mise à jour\nmars 2024", "Dernière mise à jour : 2024",
])
def test_an_update_date_without_its_day_is_reported_as_such_and_no_day_is_made_up(line):
    found = one(f"Ville de Brézolles\n{line}\nType de collectivité : Commune\n")
    assert found.updated is None
    assert issue_types(found) == ["date-sans-jour"]
    (reported,) = found.issues
    assert "sans jour" in reported.message_fr and "JJ/MM/AAAA" in reported.message_fr


def test_a_month_that_does_not_exist_is_impossible():
    found = one("Ville de Brézolles\nDernière mise à jour : 13/2024\nType de collectivité : Commune\n")
    assert issue_types(found) == ["date-impossible"]


def test_a_whole_date_is_still_read():
    found = one("Ville de Brézolles\nDernière mise à jour : 12 mars 2024\nType de collectivité : Commune\n")
    assert str(found.updated) == "2024-03-12" and issue_types(found) == []


# ---------------------------------------------------------------- a programme heading with its year


PROGRAMME_TAIL = "La Ville soutient les tiers-lieux.\n\nExemples d'actions\n- Café associatif Le Relais\n"


@pytest.mark.parametrize("heading", [
    "Programme d'intervention 2023", "Programme d’intervention 2023 :", "PROGRAMME D’INTERVENTION 2024",
    "Programme d'intervention dans le champ de l'ESS 2023", "Programme d’intervention – 2023",
])
def test_a_programme_heading_with_a_year_opens_the_programme(heading):
    found = one(f"Ville de Brézolles\nType de collectivité : Commune\n\n{heading}\n{PROGRAMME_TAIL}")
    assert found.programme is not None and found.programme.text == "La Ville soutient les tiers-lieux."
    assert [action.text for action in found.actions] == ["Café associatif Le Relais"]
    assert "ligne-ignoree" not in issue_types(found)


def test_a_dated_programme_heading_keeps_its_value():
    found = one("Ville de Brézolles\nType de collectivité : Commune\n"
                "Programme d'intervention 2023 : soutien aux coopératives.\n")
    assert found.programme is not None and found.programme.text == "soutien aux coopératives."


def test_a_named_programme_with_a_year_is_no_heading():
    found = one("Ville de Brézolles\nType de collectivité : Commune\n\nExemples d'actions\n"
                "Programme Impulsion 2030\nLa Ville finance dix projets.\n")
    assert found.programme is None


# ---------------------------------------------------------------- a page's label before the title


@pytest.mark.parametrize(("first", "name"), [
    ("Fiche membre : Ville de Brézolles", "Ville de Brézolles"),
    ("Fiche adhérent RTES – Communauté de communes du Perche Vert", "Communauté de communes du Perche Vert"),
    ("Fiche RTES : Département de l'Eure-et-Loir", "Département de l'Eure-et-Loir"),
    ("Fiche membre du RTES - Ville de Brézolles", "Ville de Brézolles"),
])
def test_a_page_label_before_the_title_leaves_the_member_its_name(first, name):
    found = one(f"{first}\nType de collectivité : Commune\nNombre d'habitants : 3 412\n")
    assert found.name is not None and found.name.text == name
    assert "titre-absent" not in issue_types(found) and "texte-ignore" not in issue_types(found)


# ---------------------------------------------------------------- budget sections written otherwise


def amounts_of(budget: str) -> list[tuple[int, str | None, bool]]:
    found = one(f"Ville de Brézolles\nType de collectivité : Commune\n{budget}\n")
    return [(int(amount.euros), amount.section, amount.part_of_previous) for amount in found.budget_amounts]


@pytest.mark.parametrize("budget", [
    "Budget ESS : 120 000 € (fonctionnement) et 40 000 € (investissement)",
    "Budget ESS : 120 000€ (fonct.) et 40 000€ (invest.)",
    "Budget ESS : 120 000 € en fonct. et 40 000 € en invest.",
    "Budget ESS : fonctionnement 120 000 €, investissement 40 000 €",  # the first was "investissement"
    "Budget ESS : fonctionnement : 120 000 €, investissement : 40 000 €",
    "Budget dédié à l'ESS\nFonctionnement 120 000 € et investissement 40 000 €",
])
def test_each_amount_has_its_own_budget_section(budget):
    assert amounts_of(budget) == [(120000, "fonctionnement", False), (40000, "investissement", False)]


def test_a_section_after_the_amount_is_still_its_own():
    assert amounts_of("Budget ESS : 120 000 €, fonctionnement") == [(120000, "fonctionnement", False)]


def test_an_amount_after_a_closed_parenthesis_of_parts_is_no_part():
    assert amounts_of("Budget ESS : 120 000 € (dont 20 000 € pour les tiers-lieux) et 40 000 € (investissement)") \
        == [(120000, None, False), (20000, None, True), (40000, "investissement", False)]


# ---------------------------------------------------------------- found on new whole fiches


def test_a_contact_among_the_lines_of_the_coordinates_is_a_contact_not_lost():
    found = one("Communauté de communes du Pays de Landivisiau\nType de collectivité : Communauté de communes\n\n"
                "Coordonnées\nZone de Kerven\n29400 Landivisiau\n"
                "Élue référente : Mme Anne Le Gall, vice-présidente à l'économie\nTél. : 02 98 68 42 41\n")
    assert [(c.role, c.person, c.titles) for c in found.contacts] == [
        ("Élue référente", "Anne Le Gall", ("vice-présidente à l'économie",))]
    assert found.address is not None
    assert (found.address.thoroughfare, found.address.post_code) == ("Zone de Kerven", "29400")
    assert "Le Gall" not in repr(found.address)


@pytest.mark.parametrize("line", ["Service ESS : 3 rue du Port", "Tél. : 02 98 68 42 41", "Site internet : www.x.fr"])
def test_a_labelled_line_of_the_address_is_no_contact(line):
    found = one(f"Ville de Brézolles\nType de collectivité : Commune\nAdresse\n{line}\n2 place de la Halle\n"
                "28270 Brézolles\n")
    assert found.contacts == ()


@pytest.mark.parametrize("budget_heading", ["Le budget", "Budget dédié à l'ESS"])
def test_three_lines_of_the_head_leave_the_title_its_name(budget_heading):
    found = one(f"Ville de Mâcon\nCommune\n33 900 habitants\nMembre depuis 2005\n\n{budget_heading}\n"
                "Budget dédié à l'ESS : 45 000 €\n\n" + ADDRESS)
    assert found.name is not None and found.name.text == "Ville de Mâcon"  # was "Le budget"
    assert (found.kind.text, found.population.value, found.membership_year.raw) == ("Commune", 33900, "2005")
    assert [int(amount.euros) for amount in found.budget_amounts] == [45000]


@pytest.mark.parametrize("bullet", ["- ", "• "])
def test_a_head_written_with_bullets_gives_kind_population_and_year(bullet):
    for marker in ("Dernière mise à jour : 01/10/2024\n", ""):
        found = one(f"Communauté urbaine Creusot Montceau\n{marker}{bullet}Type de collectivité : Communauté urbaine\n"
                    f"{bullet}Nombre d'habitants : 92 000\n{bullet}Année d'adhésion au RTES : 2008\n"
                    "Budget dédié à l'ESS : 370 000 €\n")
        assert found.name is not None and found.name.text == "Communauté urbaine Creusot Montceau"
        assert (found.kind.text, found.population.value, found.membership_year.raw) == (
            "Communauté urbaine", 92000, "2008")
        assert issue_types(found) == []


def test_bulleted_identity_words_inside_the_actions_stay_actions():
    found = one("Ville de Brézolles\nType de collectivité : Commune\nExemples d'actions :\n"
                "- Café associatif Le Relais\n- Nombre d'habitants : 450 accueillis\n"
                "- Contact : Marie Dupont, présidente\n" + ADDRESS)
    assert len(found.actions) == 3 and found.contacts == () and found.population is None


def test_a_fiche_whose_head_lines_say_what_it_is_is_not_called_incomplete():
    found = one("Ville de Brézolles\nCommune\n3 412 habitants\n\nBudget dédié à l'ESS : 120 000 €\n")
    assert "fiche-incomplete" not in issue_types(found)  # "ni type, ni population…" was said
    assert "fiche-incomplete" in issue_types(one("Ville de Brézolles\n\nBudget dédié à l'ESS\n120 000 €\n"))


@pytest.mark.parametrize("detail", ["Population : 300 bénéficiaires", "Adresse : 12 rue du Port, 29000 Quimper",
                                    "Contact : Marie Dupont", "Programme : ateliers mensuels",
                                    "  Adresse : 12 rue du Port, 29000 Quimper"])
def test_a_heading_word_between_two_bulleted_actions_opens_no_section(detail):
    fiches = parse_text("Ville de Brézolles\nType de collectivité : Commune\nNombre d'habitants : 3 412\n"
                        f"Exemples d'actions :\n- Atelier vélo La Roue\n{detail}\n- Épicerie La Brouette\n"
                        "Adresse : 1 place de la Halle, 28270 Brézolles\nContact public : Maire : Jean Roy\n", "f.txt")
    (found,) = fiches  # the detail split the fiche in two, the second one untitled
    assert found.population is not None and found.population.value == 3412
    assert found.address is not None and found.address.post_code == "28270"
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Jean Roy")]
    assert found.programme is None
    assert [action.text.split("\n")[0] for action in found.actions] == ["Atelier vélo La Roue", "Épicerie La Brouette"]


def test_a_heading_after_the_last_bulleted_action_still_opens_its_section():
    found = one("Ville de Brézolles\nType de collectivité : Commune\nExemples d'actions :\n- Atelier vélo La Roue\n"
                "Adresse : 1 place de la Halle, 28270 Brézolles\n")
    assert found.address is not None and found.address.post_code == "28270"
