"""Budget audit (helperL): the facts a member's "Budget dédié à l'ESS" section gives, each from its own
words: a part's section, the bound of a restated share, a year's amount ("par an")."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, Namespace
from rdflib.namespace import RDF

from extraction_helpers import converted
from rtes_kg.parse.document import parse_text

RTES = Namespace("https://w3id.org/rtes/ontology#")
SCHEMA = Namespace("https://schema.org/")


def lines(text: str) -> list[tuple[str | None, str | None, str | None, str | None, bool]]:
    """(euros, section, qualifier, per, part of the line before) of each budget line of ``text``."""
    fiche, = parse_text(f"Commune de Guingamp\n\nBudget dédié à l'ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros) if a.euros is not None else None, a.section, a.qualifier, a.per, a.part_of_previous)
            for a in fiche.budget_amounts]


# 1. A part's section comes from its own words, or from its whole's: never from the part before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Budget ESS 2024 : 1,2 M€, dont 400 000 € d'investissement et 150 000 € pour le fonds de soutien aux "
     "tiers-lieux",
     [("1200000", None, None, None, False), ("400000", "investissement", None, None, True),
      ("150000", None, None, None, True)]),
    ("Budget 2023 : 900 000 €, dont 250 000 € en fonctionnement et 80 000 € pour la monnaie locale",
     [("900000", None, None, None, False), ("250000", "fonctionnement", None, None, True),
      ("80000", None, None, None, True)]),
    # guards: a part of a whole of one section is of that section; a part that says its own keeps it
    ("Budget 2024 : 800 000 € de fonctionnement, dont 150 000 € pour l'appel à projets ESS",
     [("800000", "fonctionnement", None, None, False), ("150000", "fonctionnement", None, None, True)]),
    ("Budget ESS 2024 : 1,2 M€, dont 400 000 € d'investissement et 150 000 € en investissement pour les "
     "tiers-lieux",
     [("1200000", None, None, None, False), ("400000", "investissement", None, None, True),
      ("150000", "investissement", None, None, True)]),
])
def test_a_part_takes_no_section_from_the_part_before_it(text, expected):
    assert lines(text) == expected


# 2. The sum a share comes to keeps the share's bound, and is the ESS's money, not the whole budget's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Environ 1 % du budget de la ville, soit 600 000 €", [("600000", None, "environ", None, False)]),
    ("Plus de 2 % du budget communal, soit 1,1 M€", [("1100000", None, "plus-de", None, False)]),
    ("Près de 3 € par habitant, soit 21 000 €", [("21000", None, "environ", None, False)]),
    # guards: a share said exactly stays exact; an average's sum is no average; a bound of the
    # amount itself is kept
    ("1 % du budget de la ville, soit 600 000 €", [("600000", None, None, None, False)]),
    ("En moyenne 30 € par habitant, soit 210 000 €", [("210000", None, None, None, False)]),
    ("1 % du budget de la ville, soit plus de 600 000 €", [("600000", None, "plus-de", None, False)]),
    # a count is no share of the money
    ("Plus de 40 structures aidées, soit 300 000 €", [("300000", None, None, None, False)]),
    # another sentence's bound is not restated
    ("La Ville compte environ 7 000 habitants. Budget ESS : soit 40 000 €", [("40000", None, None, None, False)]),
])
def test_a_restated_share_keeps_its_bound(text, expected):
    assert lines(text) == expected


@pytest.mark.parametrize("text", ["Sur un budget communal de 40 M€, 600 000 € sont dédiés à l'ESS",
                                  "Budget communal : 40 M€. Budget ESS : 600 000 €"])
def test_the_whole_budget_s_amount_is_still_no_line(text):
    assert lines(text) == [("600000", None, None, None, False)]


# 3. A year's amount says it, as an action's amount does.
@pytest.mark.parametrize(("text", "expected"), [
    ("270 000 euros par an", [("270000", None, None, "an", False)]),
    ("Enveloppe de 60 000 €/an pour le fonds ESS", [("60000", None, None, "an", False)]),
    ("Entre 500 000 et 600 000 € par an", [("500000", None, None, "an", False)]),
    ("300 000 € annuels en fonctionnement", [("300000", "fonctionnement", None, "an", False)]),
    ("120 000 € (fonctionnement) par an", [("120000", "fonctionnement", None, "an", False)]),
    ("Près de 2 M€ par an, dont 500 000 € d'investissement",
     [("2000000", None, "environ", "an", False), ("500000", "investissement", None, None, True)]),
    ("Budget annuel : 120 000 € (fonctionnement)", [("120000", "fonctionnement", None, "an", False)]),
    ("Enveloppe annuelle 2024 : 60 000 €", [("60000", None, None, "an", False)]),
    # guards: no year said, or another rate, or another clause's label
    ("Budget annuel : 120 000 € ; programme 2021-2026 : 700 000 €",
     [("120000", None, None, "an", False), ("700000", None, None, None, False)]),
    ("Budget 2024 : 270 000 €", [("270000", None, None, None, False)]),
    ("270 000 € pour l'accompagnement par animateur", [("270000", None, None, None, False)]),
])
def test_a_year_s_amount_is_per_year(text, expected):
    assert lines(text) == expected


def test_a_year_s_budget_line_says_par_an_in_the_graph(tmp_path: Path):
    graph = converted(tmp_path, "Commune de Guingamp\n\nBudget dédié à l'ESS :\n270 000 euros par an\n\n"
                                "Type de collectivité\nCommune\n")
    money = [node for node in graph.subjects(RDF.type, SCHEMA.MonetaryAmount)]
    assert len(money) == 1
    assert list(graph.objects(money[0], RTES.par)) == [Literal("an")]
    assert (None, RTES.montant, money[0]) in graph


def test_a_budget_line_with_no_rhythm_says_none_in_the_graph(tmp_path: Path):
    graph = converted(tmp_path, "Commune de Guingamp\n\nBudget dédié à l'ESS :\nBudget 2024 : 270 000 €\n\n"
                                "Type de collectivité\nCommune\n")
    assert list(graph.objects(None, RTES.par)) == []


def sections(text: str) -> list[tuple[str | None, int | None, str | None]]:
    fiche, = parse_text(f"Commune de Guingamp\n\nBudget dédié à l'ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros), a.year, a.section) for a in fiche.budget_amounts]


# A table whose columns are the budget sections gives each cell its column's section.
@pytest.mark.parametrize(("text", "expected"), [
    ("| Année | Fonctionnement | Investissement |\n| 2022 | 300 000 € | 50 000 € |\n| 2023 | 320 000 € | 80 000 € |",
     [("300000", 2022, "fonctionnement"), ("50000", 2022, "investissement"),
      ("320000", 2023, "fonctionnement"), ("80000", 2023, "investissement")]),
    ("| Exercice | Fonctionnement | Investissement | Total |\n| 2024 | 410 000 € | 90 000 € | 500 000 € |",
     [("410000", 2024, "fonctionnement"), ("90000", 2024, "investissement")]),
    # guards: years as columns and the section in the row's first cell; a column of something else
    ("| Section | 2022 | 2023 |\n| Fonctionnement | 300 000 € | 320 000 € |\n| Investissement | 50 000 € | 80 000 € |",
     [("300000", 2022, "fonctionnement"), ("320000", 2023, "fonctionnement"),
      ("50000", 2022, "investissement"), ("80000", 2023, "investissement")]),
    ("| Année | Subventions | Fonctionnement |\n| 2022 | 120 000 € | 300 000 € |",
     [("120000", 2022, None), ("300000", 2022, "fonctionnement")]),
])
def test_a_table_s_section_columns_give_their_section(text, expected):
    assert sections(text) == expected


# A bound between "dont" and the part's figure leaves it a part: else it is a whole, added to the total.
@pytest.mark.parametrize(("text", "expected"), [
    ("La Ville mobilise plus de 8 M€ pour l'ESS, dont environ 2 M€ pour l'IAE et 600 000 € pour les tiers-lieux.",
     [("8000000", None, "plus-de", None, False), ("2000000", None, "environ", None, True),
      ("600000", None, None, None, True)]),
    ("Budget 2024 : 1,5 M€ (dont près de 400 000 € en investissement)",
     [("1500000", None, None, None, False), ("400000", "investissement", "environ", None, True)]),
    # guard: a bound with no "dont" is no part
    ("Budget 2024 : 1,5 M€ ; environ 400 000 € en 2025", [("1500000", None, None, None, False),
                                                         ("400000", None, "environ", None, False)]),
])
def test_a_part_with_a_bound_is_a_part(text, expected):
    assert lines(text) == expected


# Amounts in a parenthesis after a whole that add up to it are its parts, not wholes added to it.
@pytest.mark.parametrize(("text", "expected"), [
    ("Budget 2024 : 2 M€ (1,5 M€ en fonctionnement et 500 000 € en investissement)",
     [("2000000", None, None, None, False), ("1500000", "fonctionnement", None, None, True),
      ("500000", "investissement", None, None, True)]),
    ("Budget ESS 2023 : 640 000 € (400 000 € pour l'IAE, 240 000 € pour les tiers-lieux)",
     [("640000", None, None, None, False), ("400000", None, None, None, True), ("240000", None, None, None, True)]),
    # parts named by their sections that add up to less: parts still, the rest unsaid
    # (tests/test_budget_parts_inside.py)
    ("Budget 2024 : 2 M€ (1,2 M€ en fonctionnement et 500 000 € en investissement)",
     [("2000000", None, None, None, False), ("1200000", "fonctionnement", None, None, True),
      ("500000", "investissement", None, None, True)]),
    # guards: amounts that do not add up to it and are not said to be parts, or another amount after
    # the parenthesis
    ("Budget 2024 : 2 M€ (1,2 M€ et 500 000 €)",
     [("2000000", None, None, None, False), ("1200000", None, None, None, False),
      ("500000", None, None, None, False)]),
    ("2023 : 2 M€ (1,5 M€ et 500 000 €) ; 2024 : 2 M€",
     [("2000000", None, None, None, False), ("1500000", None, None, None, False),
      ("500000", None, None, None, False), ("2000000", None, None, None, False)]),
])
def test_a_parenthesis_that_adds_up_to_its_amount_holds_its_parts(text, expected):
    assert lines(text) == expected
