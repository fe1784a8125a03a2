"""Budget audit (helperL): the facts a member's "Budget dédié à l'ESS" section gives, each from its own
words: a part's section."""

from __future__ import annotations

import pytest

from rtes_kg.parse.document import parse_text


def lines(text: str) -> list[tuple[str | None, str | None, str | None, str | None, bool]]:
    """(euros, section, qualifier, per, part of the line before) of each budget line of ``text``."""
    fiche, = parse_text(f"Commune de Guingamp\n\nBudget dédié à l'ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros) if a.euros is not None else None, a.section, a.qualifier, None, a.part_of_previous)
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
