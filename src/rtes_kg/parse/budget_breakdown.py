"""A whole amount and its parts written right after it: "5,8 M€ (fonctionnement : 4,3 M€ ; investissement :
1,5 M€)", "2 M€ (1,5 M€ en fonctionnement et 500 000 € en investissement)". Its parts are no wholes of their
own (the queries that add up a year's lines would count the money twice)."""

from __future__ import annotations

import re

from rtes_kg.parse.amounts import EuroAmount
from rtes_kg.parse.naming import fold

_BREAKDOWN = re.compile(r"\s*(?:en\s+(?:19|20)\d\d\s*)?(?:\(|[–—-]|:)\s*(?:dont\s+)?(?:en\s+)?"
                        r"(?:fonctionnement|investissement)\s*:")  # ("6,1 M€ en 2024 (fonctionnement : …")
_PARENTHESIS_AFTER = re.compile(r"\s*(?:en\s+(?:19|20)\d\d\s*)?\(")


def _parts_inside(text: str, amounts: list[EuroAmount], index: int) -> bool:
    """Whether the parenthesis right after amount ``index`` holds its parts, and no amount of the line
    follows it: two amounts or more that add up to it ("2 M€ (1,5 M€ en fonctionnement et 500 000 € en
    investissement)"), or amounts that the parenthesis says are parts ("dont", or the budget's sections)
    and that add up to less ("500 000 € (200 000 € en fonctionnement et 150 000 € en investissement)":
    the rest is unsaid, and no part is a whole of its own)."""
    opening = _PARENTHESIS_AFTER.match(text, amounts[index].end)
    closing = text.find(")", opening.end()) if opening else -1
    whole = amounts[index].euros
    if opening is None or closing < 0 or whole is None:
        return False
    later = amounts[index + 1:]
    inside = [amount.euros for amount in later if amount.end <= closing]
    if not inside or len(inside) != len(later) or None in inside:
        return False
    total = sum(filter(None, inside))
    if len(inside) >= 2 and total == whole:
        return True
    return total < whole and _SAYS_PARTS.search(fold(text[opening.end(): closing])) is not None


_SAYS_PARTS = re.compile(r"\b(?:dont|fonctionnement|investissement)\b")


def broken_down(text: str, amounts: list[EuroAmount], outside: list[bool]) -> int | None:
    """The index of the line's amount that its next ones break down, if any (the first)."""
    return next((index for index, amount in enumerate(amounts[:-1]) if not outside[index] and (
        _BREAKDOWN.match(fold(text[amount.end:])) or _parts_inside(text, amounts, index))), None)
