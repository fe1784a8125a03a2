"""Wrong facts found by the seventeenth round of outside audit, which tried to break the rules
the sixteenth round brought (tests/test_audit_round16.py). Each text is written for these tests
in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.document import parse_text


def figures(text: str) -> list[tuple[str, str, int | None]]:
    """(value, counted noun as written, year) of every figure the text states."""
    return [(str(q.value), q.unit_text, q.year) for q in find_quantities(text, HERE)]


def fiche_roles(sentence: str) -> list[tuple[str, str]]:
    """(name, role) of the organisations of the one action of a Département's fiche."""
    text = ("Département de la Dordogne\n\nExemples d’actions soutenues par la collectivité :\n\n"
            f"• {sentence}\n\nType de collectivité\nDépartement\nAdresse\n2 rue Paul Louis Courier\n24000 Périgueux\n")
    fiche, = read_fiches(text, "test.txt")
    return sorted((m.name, m.role) for m in fiche.actions[0].mentions)


def budget_lines(text: str) -> list[tuple[str | None, int | None, str | None, str | None]]:
    fiche, = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros) if a.euros is not None else None, a.year, a.status, a.scope) for a in fiche.budget_amounts]


# --- a plan's year, a plan's figure --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("La SCIC Mor Glaz compte 80 sociétaires et vise 150 sociétaires en 2026.", [("80", "sociétaires", None)]),
    ("La SCOP a permis la création de 14 emplois, qui seront pérennisés en 2025.", [("14", "emplois", None)]),
    ("La Quincaillerie accueille 25 entreprises et doit accueillir en 2025 un fablab.", [("25", "entreprises", None)]),
    # a plan that was not carried out is no figure; what was done keeps its year
    ("La SCOP Ar Gegin, qui prévoyait 10 embauches, a finalement recruté 14 salariés en 2023.",
     [("14", "salariés", 2023)]),
    ("La ressourcerie emploie 10 salariés ; elle devrait ouvrir en 2026 une seconde boutique avec 6 salariés "
     "supplémentaires.", [("10", "salariés", None)]),
    ("Les 12 salariés de la SCOP Ar Gegin devraient être 20 en 2026.", [("12", "salariés", None)]),
    # an objective met is no plan
    ("La recyclerie a dépassé l'objectif prévu et réemployé 620 tonnes en 2023.", [("620", "tonnes", 2023)]),
])
def test_a_plan_dates_no_figure_of_today_and_is_no_figure_itself(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Au niveau national, l'association mobilise 20 000 bénévoles.",
    "Les ateliers accueillent 1 personne sur 5 orientée par France Travail.",
])
def test_a_nationwide_total_opening_its_sentence_and_a_ratio_with_a_participle_count_nothing(text):
    assert figures(text) == []


# --- denials: only of the member, only of what they name ------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département finance l'association Périgord Répit, qui n'est pas financée par la Région.",
     [("Périgord Répit", "soutenu")]),
    ("L'association Périgord Répit n'est pas financée par le Département.", []),
])
def test_help_denied_by_another_body_is_not_denied_by_the_member(sentence, expected):
    assert fiche_roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Lot Vélo sans pour autant financer la SCOP Les Ateliers du Lot.",
     [("Lot Vélo", "soutenu")]),
    ("La Ville soutient l'association Lot Vélo sans financer directement ses salariés.", [("Lot Vélo", "soutenu")]),
    ("La Ville oriente les travailleurs vers l'ESAT Les Ateliers du Chassezac, sans financer l'établissement.", []),
])
def test_sans_financer_denies_what_it_names_or_points_back_to(sentence, expected):
    assert roles(sentence) == expected


# --- founders -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Mor Glaz, fondée par l'association Sauvegarde 56 et la coopérative Le Marin du Golfe, est soutenue "
     "par la Ville.", [("Le Marin du Golfe", "partenaire"), ("Mor Glaz", "soutenu"), ("Sauvegarde 56", "partenaire")]),
    ("La SCIC Mor Glaz, cofondée par l'association Sauvegarde 56, est soutenue par la Ville.",
     [("Mor Glaz", "soutenu"), ("Sauvegarde 56", "partenaire")]),
    ("La Ville a accompagné la création de la SCIC Daoulas Bois Énergie, fondée par 14 agriculteurs et la commune "
     "de Daoulas.", [("Commune de Daoulas", "partenaire"), ("Daoulas Bois Énergie", "cree")]),
])
def test_every_founder_of_a_body_is_a_partner(sentence, expected):
    assert roles(sentence) == expected


# --- budget lines -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Budget 2024 : 300 000 € (2023 : 250 000 €).", [("300000", 2024, None, None)]),
    ("Budget 2024 : 300 000 € (réalisé : 280 000 €).", [("300000", 2024, None, None)]),
    ("Budget 2024 : 300 000 € (en baisse, hors fonds européens).", [("300000", 2024, None, "hors fonds européens")]),
])
def test_another_year_s_or_status_s_amount_in_parentheses_is_said_of_nothing_else(line, expected):
    assert budget_lines(line) == expected


def test_a_total_that_is_not_the_sum_of_the_lines_above_it_dates_none_of_them():
    lines = "Fonctionnement 2024 : 100 000 €\nInvestissement : 50 000 €\nTotal 2023 : 140 000 € (réalisé)"
    assert budget_lines(lines) == [("100000", 2024, None, None), ("50000", None, None, None)]


# --- names ---------------------------------------------------------------------------------------------

def test_agglomerations_are_found_by_their_brands_as_written():
    assert roles("La Ville travaille avec Nevers Agglomération, Brest métropole et Lisieux Normandie.") == [
        ("Brest métropole", "partenaire"), ("Lisieux Normandie", "partenaire"), ("Nevers Agglomération", "partenaire")]


def test_breton_and_is_inside_a_name():
    assert roles("L'Agglomération soutient l'association Tud ha Bro.") == [("Tud ha Bro", "soutenu")]


def test_the_cress_written_d_economie_is_the_local_one():
    assert fiche_roles("Le Département travaille avec la Chambre régionale d'économie sociale et solidaire.") == [
        ("CRESS Nouvelle-Aquitaine", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "sans aide publique" is said of La Louve: Les 400 Coop keeps the Ville's support
    ("Contrairement à Paris, où l'épicerie coopérative La Louve s'est développée sans aide publique, la Ville "
     "soutient l'épicerie participative Les 400 Coop.", [("Les 400 Coop", "soutenu")]),
    ("La Maison de l'emploi du Thouarsais, que la Communauté de communes a créée en 2005, accompagne des chômeurs.",
     [("Maison de l'emploi du Thouarsais", "cree"), ("Maison de l'emploi du Thouarsais", "porteur")]),
])
def test_what_the_denials_and_the_creations_must_not_take(sentence, expected):
    assert sorted(roles(sentence)) == sorted(expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient les associations Guéret Solidarité et Creuse Mobilité.",
     [("Creuse Mobilité", "soutenu"), ("Guéret Solidarité", "soutenu")]),
    ("Les associations Guéret Solidarité, La Pépinière Creusoise et Creuse Mobilité ont reçu 12 000 € de la Ville.",
     [("Creuse Mobilité", "soutenu"), ("Guéret Solidarité", "soutenu"), ("La Pépinière Creusoise", "soutenu")]),
    ("La Ville soutient les associations du quartier.", []),
])
def test_the_names_right_after_a_plural_kind_are_each_of_that_kind(sentence, expected):
    assert roles(sentence) == expected
