"""Wrong numbers and roles found by the sixteenth round of outside audit (fiches of members never
read before, dense in figures and amounts). Each text is written for these tests in the style of
the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles
from rtes_kg.extract.figures import find_quantities
from rtes_kg.parse.amounts import euro_amounts
from rtes_kg.parse.document import parse_text


def figures(text: str) -> list[tuple[str, str]]:
    """(value, counted noun as written) of every figure the text states."""
    return [(str(q.value), q.unit_text) for q in find_quantities(text, HERE)]


def budget_lines(line: str) -> list[tuple[str | None, int | None, str | None, str | None, str | None]]:
    """(euros, year, section, status, scope) of every amount of a budget section holding ``line``."""
    fiche, = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{line}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros) if a.euros is not None else None, a.year, a.section, a.status, a.scope)
            for a in fiche.budget_amounts]


# --- a dot that groups thousands -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("L'atelier reconditionne 1.200 vélos et compte 2.300 adhérents.", [("1200", "vélos"), ("2300", "adhérents")]),
    ("La ressourcerie a réemployé 1.500 tonnes d'objets.", [("1500", "tonnes")]),
    ("Le festival a réuni 1.200.000 visiteurs.", [("1200000", "visiteurs")]),
    ("L'épicerie emploie 2.5 ETP.", [("2.5", "ETP")]),  # one decimal: a decimal
])
def test_a_dot_followed_by_three_digits_groups_thousands_in_a_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "euros"), [
    ("1.250 k€", "1250000"), ("15.000 €", "15000"), ("1.5 k€", "1500"), ("6.1 M€", "6100000"),
    ("1.250 M€", "1250000"),  # after M, a decimal: nobody's ESS budget is 1 250 M€
])
def test_before_k_euros_a_dot_and_three_digits_group_thousands(text, euros):
    assert [str(a.euros) for a in euro_amounts(text)] == [euros]


def test_a_budget_in_k_euros_with_a_dot_is_not_a_thousand_times_too_small():
    assert budget_lines("Budget 2024 : 1.250 k€.") == [("1250000", 2024, None, None, None)]


# --- what will be, or could be, is no figure of what is --------------------------------------------

@pytest.mark.parametrize("text", [
    "Une nouvelle recyclerie, portée par l'association Rebond, devrait ouvrir en 2026 avec 150 adhérents.",
    "À terme, la ressourcerie Le Réemploi emploiera 20 personnes.",
    "La future halle pourrait accueillir 200 familles.",
    "L'objectif de la recyclerie Le Grenier est d'atteindre 50 salariés en insertion en 2026.",
    "Un deuxième chantier de 12 postes doit ouvrir en 2025.",
    "Ouverture prévue en 2026 avec 10 à 12 emplois.",
    "L'épicerie prévoit d'accueillir dès 2025 plus de 300 familles.",
])
def test_a_future_a_conditional_or_a_plan_publishes_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("La recyclerie, qui doit déménager en 2026, emploie 12 salariés.", [("12", "salariés")]),
    ("La recyclerie emploie 12 salariés et devrait en recruter 5 de plus.", [("12", "salariés")]),
    ("Le chantier emploie 14 personnes et doit déménager en 2025.", [("14", "personnes")]),
    ("L'épicerie compte 150 adhérents qui pourraient devenir bénévoles.", [("150", "adhérents")]),
    ("La SCOP, qui sera relocalisée, emploie 8 salariés.", [("8", "salariés")]),
])
def test_a_figure_of_today_beside_a_plan_of_another_clause_is_kept(text, expected):
    assert figures(text) == expected


# --- years, ratios, parts, totals of a whole network -----------------------------------------------

@pytest.mark.parametrize("text", ["L'épicerie a servi 15 000 repas en 2023-2024.",
                                  "L'épicerie a servi 15 000 repas en 2023/24."])
def test_a_period_of_two_years_dates_no_figure(text):
    assert [q.year for q in find_quantities(text, HERE)] == [None]


def test_one_year_still_dates_its_figure():
    assert [q.year for q in find_quantities("L'épicerie a servi 15 000 repas en 2023.", HERE)] == [2023]


@pytest.mark.parametrize("text", [
    "L'association accompagne vers l'emploi 1 personne sur 3.",
    "Dans la SCOP, 2 salariés sur 3 sont des femmes.",
    "Le chantier emploie 1 salarié pour 10 bénévoles.",
])
def test_a_ratio_counts_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("La coopérative crée 40 emplois sur 3 sites.", ("40", "emplois")),
    ("Le centre propose 12 ateliers pour 200 enfants.", ("200", "enfants")),
])
def test_a_count_over_places_or_for_people_is_no_ratio(text, expected):
    assert expected in figures(text)


def test_a_part_in_parentheses_narrows_its_whole():
    assert figures("Le chantier emploie 40 salariés (dont 30 en insertion).") == [
        ("40", "salariés"), ("30", "salariés en insertion")]


def test_a_preposition_after_a_number_is_no_counted_noun():
    assert ("12", "dans") not in figures("La régie emploie 40 salariés, dont 12 dans la vallée.")


@pytest.mark.parametrize("text", [
    "Le Département soutient l'antenne locale de la Croix-Rouge, qui compte 60 000 bénévoles au niveau national.",
    "Le réseau emploie 1 500 salariés en France.",
])
def test_a_nationwide_total_is_no_figure_of_the_member_s_action(text):
    assert figures(text) == []


# --- a budget line's comparisons and periods ------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Budget 2024 : 210 000 € (en hausse de 25 000 €).", [("210000", 2024, None, None, None)]),
    ("270 000 euros en 2024 (contre 240 000 euros en 2023).", [("270000", 2024, None, None, None)]),
    ("Budget 2024 : 100 000 € (multiplié par 2 depuis 2020).", [("100000", 2024, None, None, None)]),
    ("Budget 2024 : 75 000 € (voté au BP).", [("75000", 2024, None, "vote", None)]),
    # the comparison's status is not the line's: a forecast stays a forecast
    ("Budget prévisionnel 2025 : 200 000 € (contre 180 000 € réalisés en 2024).",
     [("200000", 2025, None, "previsionnel", None)]),
])
def test_a_comparison_in_parentheses_gives_a_budget_line_no_scope_nor_status(line, expected):
    assert budget_lines(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Budget 2024 : 0,75 M€ (fonctionnement), 1,2 M€ sur 3 ans (investissement).",
     [("750000", 2024, "fonctionnement", None, None), ("1200000", None, "investissement", None, "sur 3 ans")]),
    ("Enveloppe pluriannuelle de 1 M€ pour le mandat.", [("1000000", None, None, None, "pluriannuelle")]),
    ("Budget 2024 : 25 000 € par an pendant 3 ans.", [("25000", 2024, None, None, None)]),
])
def test_an_envelope_over_several_years_is_no_year_s_budget(line, expected):
    assert budget_lines(line) == expected


# --- roles: a creation of jobs is no creation of the body they are in ----------------------------

@pytest.mark.parametrize(("sentence", "role"), [
    ("La Ville soutient le projet de la SCIC Les Ateliers du Bocage, qui prévoit de créer 40 emplois au sein "
     "de la SCIC d'ici 2027.", "soutenu"),
    ("La Ville a soutenu la création de 12 postes dans la SCIC Les Ateliers du Bocage.", "soutenu"),
    ("La Ville a soutenu la création d'un atelier au sein de la SCIC Les Ateliers du Bocage.", "soutenu"),
])
def test_creating_jobs_or_a_workshop_within_a_body_does_not_create_the_body(sentence, role):
    assert roles(sentence) == [("Les Ateliers du Bocage", role)]


def test_the_creation_of_a_body_in_a_year_is_still_a_creation():
    assert roles("La Ville a soutenu la création en 2021 de la SCIC Les Ateliers du Bocage.") == [
        ("Les Ateliers du Bocage", "cree")]



# --- a rate written as an adjective ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit", "per"), [
    ("L'épicerie sert 200 repas quotidiens.", "nombre", "jour"),
    ("La ferme livre 50 paniers hebdomadaires.", "nombre", "semaine"),
    ("Le tiers-lieu organise 12 ateliers mensuels.", "nombre", "mois"),
    ("La recyclerie collecte 300 tonnes annuelles.", "tonne-par-an", None),
    ("La conserverie produit 80 000 bocaux par année.", "nombre-par-an", None),  # the unit says the year once
])
def test_a_rate_written_as_an_adjective_is_the_figure_s_rate(text, unit, per):
    assert [(q.unit, q.per) for q in find_quantities(text, HERE)] == [(unit, per)]


def test_a_total_after_its_lines_gives_them_its_year_and_status():
    fiche, = parse_text("Ville de Laval\n\nBudget consacré à l’ESS :\nFonctionnement : 1,85 M€\nInvestissement : 0,4 M€\n"
                        "Total 2024 : 2,25 M€ (budget voté).\n\nType de collectivité\nCommune\n", "test.txt")
    assert [(str(a.euros), a.year, a.section, a.status) for a in fiche.budget_amounts] == [
        ("1850000", 2024, "fonctionnement", "vote"), ("400000", 2024, "investissement", "vote")]


@pytest.mark.parametrize(("text", "euros"), [("La SCIC a reçu un million d'euros.", ["1000000"]),
                                             ("La SCIC a reçu deux millions d'euros en 2023.", ["2000000"]),
                                             ("La SCIC a reçu des millions d'euros.", [])])
def test_millions_written_in_words_are_an_amount(text, euros):
    assert [str(a.euros) for a in euro_amounts(text)] == euros
