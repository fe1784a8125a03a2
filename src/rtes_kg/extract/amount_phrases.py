"""An amount written between a word of support and what it is said of: "finance à hauteur de
40 000 € le tiers-lieu X", "une subvention de 8 000 € de la Ville" (the € sign is no word); and an amount
for a body: "dont 150 000 € pour la CAE X"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.cuewords import SUPPORTED, Cue
from rtes_kg.extract.lexicon import RATE_NOUNS, Token, phrase_keys

# What an amount is per, after "par": "45 000 € par an", "2 € par jour"
RATE_KEYS = frozenset(key for noun in RATE_NOUNS for key in phrase_keys(noun, plural_blind=True))

# The words of an amount past its digits: "1,5 M€", "300 K€", "270 000 euros", "2 millions"
AMOUNT_WORDS = frozenset({"m", "k", "euros", "euro", "eur", "million", "millions"})


def before_an_amount(words: Sequence[Token], last: int) -> int | None:
    """Where the words before an amount that ends at ``last`` end, its preposition read too ("de
    40 000 €", "à hauteur de 1,5 M€", "d'un montant de 5 000 euros", its rate too: "… € par an"); None
    when no amount ends there."""
    j = last
    if j >= 1 and words[j - 1].key == "par" and words[j].skey in RATE_KEYS:
        j -= 2  # "finance à hauteur de 45 000 € par an le réseau X"
    while j >= 0 and (words[j].key.isdigit() or words[j].key in AMOUNT_WORDS):
        j -= 1
    if j < 0 or not any(w.key.isdigit() for w in words[j + 1: last + 1]) or words[j].key not in {"de", "d"}:
        return None
    j -= 1
    if j >= 1 and words[j].key == "hauteur" and words[j - 1].key == "a":
        j -= 2
    elif j >= 2 and words[j].key == "montant" and words[j - 1].key == "un" and words[j - 2].key in {"d", "de"}:
        j -= 3
    return j


def money_for(text: str, words: Sequence[Token], k: int) -> tuple[Cue, int] | None:
    """The cue of an amount given for the body after "pour" at ``k``: "Budget 2024 : 420 000 €, dont 150 000 €
    pour la CAE X et 60 000 € pour la CRESS" (supported, as "consacre 150 000 € à X"); else None."""
    if words[k].key != "pour" or k == 0 or not _AN_AMOUNT_ENDS.search(text, max(0, words[k].start - 24),
                                                                       words[k].start):
        return None
    return _FOR_A_BODY, k


_AN_AMOUNT_ENDS = re.compile(r"\d\s*(?:[kKM]\s*)?(?:€|euros?)(?:\s+par\s+an)?\s*$")
_FOR_A_BODY = Cue(SUPPORTED, "prep")
