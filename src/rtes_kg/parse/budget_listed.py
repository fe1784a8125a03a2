"""The amounts a parenthesis lists after what the budget leaves out: "1,2 M€ (hors fonds européens,
200 000 € pour l'IAE, 50 000 € pour les tiers-lieux)". Each is a part of the amount before the
parenthesis when it says what it is for; one that does not ("(hors FSE, 200 000 €)") is unsure."""

from __future__ import annotations

import re

from rtes_kg.parse.amounts import EuroAmount

PART, UNSURE = "part", "unsure"

# Between the whole and its parenthesis, a few words at most: "1,2 M€ en 2024 (hors …".
_TO_THE_PARENTHESIS = re.compile(r"[^.;:()€]{0,25}\(\s*hors\b")
# Right before a listed amount, after the exclusion's comma: nothing, or a word that adds it to the list.
_LISTED_LEAD = re.compile(r"(?:,|;|\bet\b)\s*(?:dont|et|avec|notamment|parmi lesquels)?\s*$")
# What the amount is for, right after it: "pour l'IAE", "consacrés aux tiers-lieux", "d'aides aux SCIC".
_FOR = re.compile(r"\s*(?:pour|au|aux|à la|à l['’]|consacrée?s? |dédiée?s? |destinée?s? |affectée?s? |réservée?s? |"
                  r"d['’]aides? |de subventions? |en faveur d)", re.IGNORECASE)


def _opening(text: str, start: int) -> int | None:
    """Where the innermost parenthesis still open at ``start`` opens."""
    opened: list[int] = []
    for at in range(start):
        if text[at] == "(":
            opened.append(at)
        elif text[at] == ")" and opened:
            opened.pop()
    return opened[-1] if opened else None


def listed_after_an_exclusion(text: str, amounts: list[EuroAmount]) -> list[str | None]:
    """For each amount of the line ``text``: PART when it is listed, with what it is for, in a
    parenthesis that opens on an exclusion right after another amount; UNSURE when it is listed
    there without saying what it is for; None otherwise (read as any amount)."""
    return [_listed(text, amounts[:index], amount) for index, amount in enumerate(amounts)]


def _listed(text: str, before: list[EuroAmount], amount: EuroAmount) -> str | None:
    opening = _opening(text, amount.start)
    wholes = [] if opening is None else [earlier for earlier in before if earlier.end <= opening]
    if not wholes:
        return None
    to_it = _TO_THE_PARENTHESIS.match(text, wholes[-1].end)  # "1,2 M€ (hors", not "1,2 M€ pour X (hors"
    if to_it is None or text.rfind("(", 0, to_it.end()) != opening \
            or not _LISTED_LEAD.search(text, opening, amount.start):  # (not "hors 200 000 €", "soit 200 000 €")
        return None
    return PART if _FOR.match(text, amount.end) else UNSURE
