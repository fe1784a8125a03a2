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


def _adds_up_inside(text: str, amounts: list[EuroAmount], index: int) -> bool:
    """Whether the parenthesis right after amount ``index`` holds two amounts or more that add up to it,
    and no amount of the line follows it: "2 M€ (1,5 M€ en fonctionnement et 500 000 € en investissement)"."""
    opening = _PARENTHESIS_AFTER.match(text, amounts[index].end)
    closing = text.find(")", opening.end()) if opening else -1
    if opening is None or closing < 0 or amounts[index].euros is None:
        return False
    later = amounts[index + 1:]
    inside = [amount.euros for amount in later if amount.end <= closing]
    return len(inside) == len(later) >= 2 and None not in inside and sum(filter(None, inside)) == amounts[index].euros


def broken_down(text: str, amounts: list[EuroAmount], outside: list[bool]) -> int | None:
    """The index of the line's amount that its next ones break down, if any (the first)."""
    return next((index for index, amount in enumerate(amounts[:-1]) if not outside[index] and (
        _BREAKDOWN.match(fold(text[amount.end:])) or _adds_up_inside(text, amounts, index))), None)
