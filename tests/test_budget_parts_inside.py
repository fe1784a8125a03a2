"""The amounts in a parenthesis after a budget's amount are its parts when the parenthesis says so
("dont", the budget's sections) even when they do not add up to it: "500 000 € (200 000 € en
fonctionnement et 150 000 € en investissement)" gave three budgets of their own, which the queries
that add up a year's lines counted twice (parse/budget_breakdown._parts_inside)."""

from __future__ import annotations

import pytest

from extraction_helpers import budget_lines


@pytest.mark.parametrize("text, expected", [
    ("Budget ESS 2024 : 500 000 € (200 000 € en fonctionnement et 150 000 € en investissement)",
     [("500000", 2024, False), ("200000", 2024, True), ("150000", 2024, True)]),
    ("Budget ESS : 500 000 € (dont fonctionnement 200 000 €, investissement 150 000 €)",
     [("500000", None, False), ("200000", None, True), ("150000", None, True)]),
    ("Budget ESS : 500 000 € (dont 100 000 € pour l'IAE)", [("500000", None, False), ("100000", None, True)]),
    # adding up, as before
    ("Budget ESS : 500 000 € (fonctionnement 350 000 €, investissement 150 000 €)",
     [("500000", None, False), ("350000", None, True), ("150000", None, True)]),
])
def test_a_parenthesis_of_parts_gives_parts(text, expected):
    assert [(euros, year, part) for euros, year, _, _, part in budget_lines(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # parts that add up to more than the whole: no part is sure
    ("Budget ESS : 500 000 € (fonctionnement 300 000 €, investissement 250 000 €)",
     [("500000", False), ("300000", False), ("250000", False)]),
    # an amount compared, no part
    ("Budget ESS : 500 000 € (contre 600 000 € en 2022)", [("500000", False)]),
])
def test_a_parenthesis_of_no_parts_gives_none(text, expected):
    assert [(euros, part) for euros, _, _, _, part in budget_lines(text)] == expected
