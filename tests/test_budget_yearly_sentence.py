"""A budget amount in a sentence that opens with "chaque année" is a year's: "Chaque année, la Ville
consacre 350 000 € à l'ESS" gave no rtes:par "an" (only the words right after the amount, or its
label, said so; parse/budget_words.per_of)."""

from __future__ import annotations

import pytest

from rtes_kg.parse.document import parse_text


def _pers(budget: str) -> list[tuple[int, str | None]]:
    fiche, = parse_text(f"Ville de Vierzon\n\nBudget dédié à l’ESS :\n{budget}\n\nType de collectivité : Commune\n",
                        "f.txt")
    return [(int(a.euros), a.per) for a in fiche.budget_amounts]


@pytest.mark.parametrize("budget, expected", [
    ("Chaque année, la Ville consacre 350 000 € à l’ESS.", [(350000, "an")]),
    ("Tous les ans, 120 000 € sont consacrés aux structures de l’ESS.", [(120000, "an")]),
    ("Budget 2023 : 90 000 €. Annuellement, la Ville verse 15 000 € au PTCE.", [(90000, None), (15000, "an")]),
])
def test_a_sentence_opening_with_each_year_gives_a_yearly_amount(budget, expected):
    assert _pers(budget) == expected


@pytest.mark.parametrize("budget, expected", [
    # another sentence, or another amount, stands between
    ("Chaque année, la Ville réunit ses partenaires. Budget 2024 : 350 000 €.", [(350000, None)]),
    ("Budget 2024 : 350 000 €", [(350000, None)]),
])
def test_no_yearly_word_in_the_amount_s_sentence_gives_none(budget, expected):
    assert _pers(budget) == expected
