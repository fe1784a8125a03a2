"""Euro amounts in French prose ("6.1 M€", "614 000€", "2 millions d'euros", "plus de 8 M€")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rtes_kg.parse.naming import fold

# Thousands are grouped with a space, a no-break space, a narrow no-break space, a thin space or a
# dot ("15.000"); the decimal mark is a comma or, in "6.1 M€", a dot.
_SEP = r"[ \u00a0\u202f\u2009.]"
_NUMBER = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_MULTIPLIER = r"milliards?|mds?|millions?|mns?|mille|[mk]"
_CURRENCY = r"€|\beur\b|\beuros?\b"  # "\b": the "eur" of "en faveur" is no currency
# Not inside a run of digit groups ("1 111 111 …" with no currency after it): a match tried from
# each group would read the rest of the run each time, in time the square of its length. After a
# group of four digits or more ("2024 1 000 €"), a new number may start.
_NOT_IN_A_RUN = "".join(rf"(?<!\D{digits}{_SEP})(?<!^{digits}{_SEP})" for digits in (r"\d", r"\d\d", r"\d\d\d"))
AMOUNT = re.compile(
    rf"(?<![\d.,]){_NOT_IN_A_RUN}(?P<number>{_NUMBER})\s*(?:(?P<multiplier>{_MULTIPLIER})\.?\s*)?"
    rf"(?:d['’]\s*|de\s+)?(?P<currency>{_CURRENCY})",
    re.IGNORECASE,
)
# The currency first, as a spreadsheet or an English text writes it: "€ 150 000", "EUR 1,2 M".
_CURRENCY_FIRST = re.compile(
    rf"(?<![\w\d.,])(?:€|\bEUR\b)\s?(?P<number>{_NUMBER})(?!\d|[.,]\d)(?:\s*(?P<multiplier>{_MULTIPLIER})\b\.?)?",
    re.IGNORECASE)
# Millions written in words: "un million d'euros", "deux milliards d'euros"
_NUMBER_WORDS = {"un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6",
                 "sept": "7", "huit": "8", "neuf": "9", "dix": "10"}
_WORDED = re.compile(rf"\b(?P<number>{'|'.join(_NUMBER_WORDS)})\s+(?P<multiplier>millions?|milliards?)\s+"
                     rf"(?:d['’]\s*|de\s+)(?P<currency>euros?)\b", re.IGNORECASE)
CURRENCY_WORD = re.compile(_CURRENCY, re.IGNORECASE)
_FACTORS = {"k": 10**3, "mille": 10**3, "m": 10**6, "mn": 10**6, "mns": 10**6, "million": 10**6,
            "millions": 10**6, "md": 10**9, "mds": 10**9, "milliard": 10**9, "milliards": 10**9}

# What the words just before a figure say about it, read on folded text (no accents, lowercase).
_QUALIFIERS = (
    ("plus-de", re.compile(r"(?:\bplus de|\bplus d'|au moins|superieure? a|au-dela de|>)\s*$")),
    # (not "s'organise autour de trois filières": built around them, three exactly)
    ("environ", re.compile(r"(?:environ|env|(?<!au)pres de|approximativement|quelque|"
                           r"(?<!organise )(?<!organisee )(?<!organisent )(?<!articule )(?<!articulee )"
                           r"(?<!articulent )(?<!structure )(?<!structuree )(?<!construit )(?<!construite )"
                           r"(?<!centre )(?<!centree )(?<!axe )(?<!axee )autour de|de l'ordre de|~)\s*$")),
    ("moins-de", re.compile(r"(?:moins de|moins d'|inferieure? a|<)\s*$")),
    ("jusqu-a", re.compile(r"(?:jusqu'a|au maximum|maximum|plafonnee? a|dans la limite de)\s*$")),
    # an average, not a sum: "soit en moyenne 13 600 € par structure", "un ticket moyen de 80 000 €"
    ("moyenne", re.compile(r"(?:en moyenne|moyen(?:ne)?(?: annuel(?:le)?)?(?: (?:est|etait))? de|moyenne d')\s*$")),
)
_LOOKBEHIND = 30


# The lower bound written before an amount: "entre 600 000 et 650 000 €", "entre 1 et 2 M€",
# "de 5 000 € à 10 000 €", "5 000 à 10 000 €". Read backwards from the amount, so anchored at $.
_RANGE_LOW = re.compile(
    rf"(?:\b(?P<lead>entre|de)\s+)?(?P<number>{_NUMBER})\s*(?:(?P<multiplier>{_MULTIPLIER})\.?\s*)?"
    rf"(?P<currency>(?:d['’]\s*|de\s+)?(?:{_CURRENCY})\s*)?(?:(?P<join>et|à|a)\s+|(?P<dash>[–—-])\s*)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class EuroAmount:
    """One amount found in a text: its value in euros, the words as written and where they are.
    A range ("entre 5 000 et 10 000 €") has its lower bound in ``euros`` and a ``maximum``."""

    euros: Decimal | None
    raw: str
    start: int
    end: int
    qualifier: str | None
    maximum: Decimal | None = None
    absurd: bool = False  # more euros than any budget: no value, and a violation of its own


# Ten thousand billion euros, three times France's GDP: an amount with more digits is a typo (or
# worse), and it would not even fit Decimal's default 28 digits of precision.
MAX_EURO_DIGITS = 13


def too_large(number: str, multiplier: str | None) -> bool:
    """Whether the amount has more than MAX_EURO_DIGITS digits in whole euros, multiplier included."""
    whole = re.split(r"[,]|\.(?=\d{1,2}\D*$|\d{4,})", re.sub(r"[\s\u00a0\u202f\u2009]", "", number))[0]
    factor = _FACTORS.get((multiplier or "").casefold(), 1)
    return len(whole.replace(".", "").lstrip("0")) + len(str(factor)) - 1 > MAX_EURO_DIGITS


# The multipliers after which "1.250" groups thousands (nobody writes euros to three decimals of
# a thousand): none, k, mille. After M or Md it is a decimal: "1.250 M€" is 1,25 M€.
_THOUSANDS_OR_NONE = {"": True, "k": True, "mille": True}


def _to_decimal(number: str, multiplier: str | None) -> Decimal | None:
    number = _NUMBER_WORDS.get(number.casefold(), number)
    if too_large(number, multiplier):
        return None
    digits = re.sub(r"[\s\u00a0\u202f\u2009]", "", number)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif digits.count(".") > 1 or (_THOUSANDS_OR_NONE.get((multiplier or "").casefold(), False)
                                   and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits)):
        digits = digits.replace(".", "")  # "15.000 €", "1.250 k€" group thousands; "6.1 M€" is a decimal
    try:
        value = Decimal(digits) * _FACTORS.get((multiplier or "").casefold(), 1)
    except InvalidOperation:
        return None
    # Decimal("6.1") * 10**6 is Decimal("6100000.0"): give whole euros as whole numbers.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _qualifier(text: str, at: int) -> str | None:
    """What the words just before ``at`` say of the figure there (only they are read: a line
    holds thousands of amounts at worst)."""
    tail = fold(text[max(0, at - _LOOKBEHIND):at])
    for name, pattern in _QUALIFIERS:
        if pattern.search(tail):
            return name
    return None


def qualifier_before(before: str) -> str | None:
    """What the words just before a figure say of it: "plus-de", "environ", "moins-de", "jusqu-a",
    "moyenne"."""
    return _qualifier(before, len(before))


def euro_amounts(text: str) -> list[EuroAmount]:
    """Every euro amount written in ``text``, in order, with its qualifier ("plus de 8 M€"); a
    range is one amount with both bounds.

    >>> [str(a.euros) for a in euro_amounts("6.1 M€ en fonctionnement + 614 000€")]
    ['6100000', '614000']
    >>> [(str(a.euros), str(a.maximum)) for a in euro_amounts("entre 1 et 2 M€, de 5 000 € à 10 000 €")]
    [('1000000', '2000000'), ('5000', '10000')]
    """
    found: list[EuroAmount] = []
    for m in _matches(text):
        value = _to_decimal(m["number"], m["multiplier"])
        low = _RANGE_LOW.search(text, max(0, m.start() - 60), m.start())
        minimum = _lower_bound(low, m, value) if low is not None and _is_range(low, found) else None
        if low is not None and minimum is not None:
            if low["currency"] and found and found[-1].start >= low.start("number"):
                found.pop()  # "de 5 000 € à 10 000 €": the lower bound was read as an amount
            start = low.start()
            found.append(EuroAmount(minimum, text[start:m.end()], start, m.end(), _qualifier(text, start), value))
            continue
        qualifier = _qualifier(text, m.start()) or ("environ" if _ABOUT_AFTER.match(text, m.end()) else None)
        found.append(EuroAmount(value, m.group(0), m.start(), m.end(), qualifier,
                                absurd=too_large(m["number"], m["multiplier"])))
    return found


# "environ" said after the amount, past its rate: "1 M€ environ", "1 M€ par an environ" (not
# "500 000 €, environ 3 % du budget": of the next figure)
_ABOUT_AFTER = re.compile(r"\s*(?:(?:par|/)\s*(?:an|année|annee|mois)\s*)?environ\b(?!\s*\d)", re.IGNORECASE)


def _matches(text: str) -> list[re.Match[str]]:
    """The amounts written number first, and those written currency first where none of the
    former is ("2022 : € 150 000"), in the order of the text."""
    usual = list(AMOUNT.finditer(text))
    if "€" not in text and "eur" not in text.casefold():
        return usual
    if "illi" in text:  # "un million d'euros"
        usual = sorted([*usual, *_WORDED.finditer(text)], key=lambda m: m.start())
    ends = [m.end() for m in usual]  # the usual matches are in order and apart: one search each
    first = [m for m in _CURRENCY_FIRST.finditer(text)
             if (at := bisect.bisect_right(ends, m.start())) >= len(usual) or usual[at].start() >= m.end()]
    return sorted(usual + first, key=lambda m: m.start()) if first else usual


def _lower_bound(low: re.Match, high: re.Match, maximum: Decimal | None) -> Decimal | None:
    """The lower bound's value, with the upper bound's multiplier when it has none of its own
    ("entre 1 et 2 M€"); None when it is no lower bound ("de 2021 à 2 M€")."""
    multiplier = low["multiplier"] or (None if low["currency"] else high["multiplier"])
    value = _to_decimal(low["number"], multiplier)
    if value is not None and multiplier is None and not low["currency"]:
        value *= _thousands_shared(low["number"], high["number"])
    return value if value is not None and maximum is not None and value < maximum else None


def _thousands_shared(low: str, high: str) -> int:
    """What the lower bound is to be multiplied by when it shares the upper bound's thousands: "de 2
    à 5 000 €", "entre 10 et 15 000 €" are 2 000 to 5 000 €, 10 000 to 15 000 € (as "entre 1 et 2 M€"
    shares its millions); "de 500 à 3 000 €" is 500 €, the lower bound being more than 3."""
    groups = _GROUPS.split(high.strip())
    if len(groups) < 2 or not all(len(group) == 3 for group in groups[1:]) or not low.strip().isdigit():
        return 1
    return 1000 ** (len(groups) - 1) if int(low) < int(groups[0]) else 1


_GROUPS = re.compile(r"[\s\u00a0\u202f.]")


def _is_range(low: re.Match, found: list[EuroAmount]) -> bool:
    """"entre N et", "de N à", "N à", "N € à" and "N – " are ranges; "N € et" (two amounts) is not."""
    if low["dash"]:
        return not low["lead"]  # "70 000 € – 80 000 €", "90 000-95 000 €"
    join = low["join"].casefold()
    if re.fullmatch(r"(?:19|20)\d{2}", low["number"]) and not (low["multiplier"] or low["currency"]) \
            and re.search(r"\b(?:en|depuis|année|annee)\s*$", low.string[max(0, low.start() - 12): low.start()],
                          re.IGNORECASE):
        return False  # "100 000 € en 2020 à 300 000 € en 2024": a year, no lower bound
    if low["lead"]:
        return (low["lead"].casefold() == "entre") == (join == "et")
    return join in ("à", "a")  # "50 000 € à 60 000 €" too
