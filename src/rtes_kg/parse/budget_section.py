"""Which budget section (fonctionnement, investissement) a budget amount is of, from the words around it:
"6.1 M€ en fonctionnement", "(investissement)", "fonctionnement 120 000 €, investissement 40 000 €",
"120 000 € (fonct.)"; "hors investissement", a fund's name or the collectivité's whole budget name none."""

from __future__ import annotations

import re

from rtes_kg.parse.amounts import EuroAmount
from rtes_kg.parse.naming import fold

# What names no section of the amount: "hors investissement", "(dont 45 % en investissement)", a fund's
# name ("pour le fonds d'investissement", "fonds de fonctionnement"), the whole budget's section ("soit 3 %
# du budget de fonctionnement de la collectivité").
_NO_SECTION = re.compile(r"\bhors\s+(?:(?:l'|le |la |les |des |de |d')?\w+\s+(?:a |aux |de |d'|du |des )?)?"
                         r"(?:l'|le |la |les )?\w+|\bdont \d+(?:[,.]\d+)? ?%[^)]*|\bfonds d['e] ?\w+|"
                         r"\b(?:du|de son|de leur) budget (?:total |global |annuel )?d['e] ?\w+")
# The sections as a budget table or a hurried line abbreviates them: "(fonct.)", "invest.", "fonctt".
_ABBREVIATED = ((re.compile(r"\bfonct(?:t|ionnt)?\b\.?"), "fonctionnement"),
                (re.compile(r"\binvest\b\.?|\binvt\b\.?"), "investissement"))
# The next amount's own label, written before it after a break: "120 000 €, investissement 40 000 €".
_NEXT_LABEL = re.compile(r"(?:[,;]|\bet\b|\s[+/–—-])\s*(?:(?:en|section|credits|depenses)\s+(?:de\s+|d')?)?"
                         r"(?:fonctionnement|investissement)\s*:?\s*$")


def _spelt_out(folded: str) -> str:
    for pattern, section in _ABBREVIATED:
        folded = pattern.sub(section, folded)
    return folded


def section_of_amount(text: str, amount: EuroAmount, clause: tuple[int, int], following: int | None) -> str | None:
    """Read what follows the figure first, up to the next amount (``following``, its start; None: the
    line's end): "6.1 M€ en fonctionnement", "(fonctionnement et investissement confondus)": none;
    then what precedes it. A section written just before the next amount is that amount's."""
    end = len(text) if following is None else following
    hard = re.search(r"[;|]| / ", text[amount.end: end])  # "100 000 € ; investissement : 50 000 €"
    after = _spelt_out(fold(text[amount.end: amount.end + hard.start() if hard else end]))
    if following is not None and hard is None:
        after = _NEXT_LABEL.sub(" ", after)  # "120 000 €, investissement 40 000 €": the second's
    for part in (after, _spelt_out(fold(text[clause[0]: amount.start]))):
        folded = _NO_SECTION.sub(" ", part)
        named = [name for name in ("fonctionnement", "investissement") if name in folded]
        if named:
            return named[0] if len(named) == 1 else None  # "(fonctionnement et investissement)"
    return None
