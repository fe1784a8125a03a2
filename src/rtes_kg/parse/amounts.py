"""Euro amounts in French prose ("6.1 M€", "614 000€", "2 millions d'euros", "plus de 8 M€")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import MoneyAmount, ParseIssue, Source

# Thousands are grouped with a space, a no-break space, a narrow no-break space, a thin space or a
# dot ("15.000"); the decimal mark is a comma or, in "6.1 M€", a dot.
_SEP = r"[ \u00a0\u202f\u2009.]"
_NUMBER = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_MULTIPLIER = r"milliards?|mds?|millions?|mns?|mille|[mk]"
_CURRENCY = r"€|eur\b|euros?\b"
AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<number>{_NUMBER})\s*(?:(?P<multiplier>{_MULTIPLIER})\.?\s*)?"
    rf"(?:d['’]\s*|de\s+)?(?P<currency>{_CURRENCY})",
    re.IGNORECASE,
)
_CURRENCY_WORD = re.compile(_CURRENCY, re.IGNORECASE)
_FACTORS = {"k": 10**3, "mille": 10**3, "m": 10**6, "mn": 10**6, "mns": 10**6, "million": 10**6,
            "millions": 10**6, "md": 10**9, "mds": 10**9, "milliard": 10**9, "milliards": 10**9}

# What the words just before a figure say about it, read on folded text (no accents, lowercase).
_QUALIFIERS = (
    ("plus-de", re.compile(r"(?:plus de|plus d'|au moins|superieure? a|au-dela de|>)\s*$")),
    ("environ", re.compile(r"(?:environ|env|pres de|approximativement|quelque|autour de|"
                           r"de l'ordre de|~)\s*$")),
    ("moins-de", re.compile(r"(?:moins de|moins d'|inferieure? a|<)\s*$")),
    ("jusqu-a", re.compile(r"(?:jusqu'a|au maximum|maximum|plafonnee? a|dans la limite de)\s*$")),
)
_LOOKBEHIND = 30


@dataclass(frozen=True, slots=True)
class EuroAmount:
    """One amount found in a text: its value in euros, the words as written and where they are."""

    euros: Decimal | None
    raw: str
    start: int
    end: int
    qualifier: str | None


def _to_decimal(number: str, multiplier: str | None) -> Decimal | None:
    digits = re.sub(r"[\s\u00a0\u202f\u2009]", "", number)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif digits.count(".") > 1 or (not multiplier and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits)):
        digits = digits.replace(".", "")  # "15.000 €" groups thousands; "6.1 M€" is a decimal
    try:
        value = Decimal(digits) * _FACTORS.get((multiplier or "").casefold(), 1)
    except InvalidOperation:
        return None
    # Decimal("6.1") * 10**6 is Decimal("6100000.0"): give whole euros as whole numbers.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _qualifier(before: str) -> str | None:
    tail = fold(before[-_LOOKBEHIND:]) if before.strip() else ""
    for name, pattern in _QUALIFIERS:
        if pattern.search(tail):
            return name
    return None


def qualifier_before(before: str) -> str | None:
    """What the words just before a figure say of it: "plus-de", "environ", "moins-de", "jusqu-a"."""
    return _qualifier(before)


def euro_amounts(text: str) -> list[EuroAmount]:
    """Every euro amount written in ``text``, in order, with its qualifier ("plus de 8 M€").

    >>> [str(a.euros) for a in euro_amounts("6.1 M€ en fonctionnement + 614 000€")]
    ['6100000', '614000']
    """
    return [
        EuroAmount(_to_decimal(m["number"], m["multiplier"]), m.group(0), m.start(), m.end(),
                   _qualifier(text[: m.start()]))
        for m in AMOUNT.finditer(text)
    ]


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?!\d)")
# Where one statement about an amount ends: "6.1 M€ en fonctionnement + 614 000€ …",
# "1 M€ en investissement et 2025 : 2 M€". Only searched between figures, so the comma of
# "1,5 M€" is never taken for a break.
_CLAUSE_BREAK = re.compile(r"[;+|]| / |, | et ")


def _years(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(position, year) of the years in ``text`` that are not digits of an amount."""
    return [(m.start(), int(m.group(0))) for m in _YEAR.finditer(text)
            if not any(start <= m.start() < end for start, end in spans)]


def _clause(text: str, amounts: list[EuroAmount], index: int) -> tuple[int, int]:
    """The stretch of ``text`` that speaks about amount ``index``: up to its neighbours or a "+"/";"."""
    amount = amounts[index]
    left = amounts[index - 1].end if index else 0
    right = amounts[index + 1].start if index + 1 < len(amounts) else len(text)
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, left, amount.start)]
    after = _CLAUSE_BREAK.search(text, amount.end, right)
    return (breaks_before[-1] if breaks_before else left), (after.start() if after else right)


def _section(text: str, amount: EuroAmount, clause: tuple[int, int]) -> str | None:
    # Read what follows the figure first ("6.1 M€ en fonctionnement"), then what precedes it.
    for part in (text[amount.end: clause[1]], text[clause[0]: amount.start]):
        folded = fold(part)
        if "fonctionnement" in folded:
            return "fonctionnement"
        if "investissement" in folded:
            return "investissement"
    return None


def _year(years: list[tuple[int, int]], clause: tuple[int, int], position: int,
          context: int | None) -> int | None:
    inside = [(abs(pos - position), year) for pos, year in years if clause[0] <= pos < clause[1]]
    if inside:
        return min(inside)[1]
    if len({year for _, year in years}) == 1:
        return years[0][1]
    before = [year for pos, year in years if pos < position]
    return before[-1] if before else context


def budget_amounts(lines: list[Line], file: str,
                   context_year: int | None = None) -> tuple[tuple[MoneyAmount, ...], list[ParseIssue]]:
    """The amounts of a budget section, each with its year, section and qualifier.

    ``context_year`` is a year given by the heading ("Budget 2023 consacré à l'ESS"); a line that
    states a year and no amount ("En 2023 :") gives the year of the lines after it.
    """
    found: list[MoneyAmount] = []
    issues: list[ParseIssue] = []
    for line in lines:
        text = line.text
        amounts = euro_amounts(text)
        spans = [(a.start, a.end) for a in amounts]
        years = _years(text, spans)
        if not amounts and len({year for _, year in years}) == 1:
            context_year = years[0][1]
        for index, amount in enumerate(amounts):
            clause = _clause(text, amounts, index)
            found.append(MoneyAmount(
                euros=amount.euros, raw=amount.raw,
                year=_year(years, clause, amount.start, context_year),
                section=_section(text, amount, clause), qualifier=amount.qualifier,
                source=Source(file, line.no)))
            if amount.euros is None:
                issues.append(issue("montant-illisible", file, line.no, amount.raw))
        for word in _CURRENCY_WORD.finditer(text):
            if not any(start <= word.start() < end for start, end in spans):
                # A currency with no figure before it: keep it so that validation reports it.
                raw = text[max(0, word.start() - 20): word.end()].strip()
                found.append(MoneyAmount(None, raw, None, None, None, Source(file, line.no)))
                issues.append(issue("montant-illisible", file, line.no, raw))
    return tuple(found), issues
