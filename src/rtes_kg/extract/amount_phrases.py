"""An amount written between a word of support and what it is said of: "finance à hauteur de
40 000 € le tiers-lieu X", "une subvention de 8 000 € de la Ville" (the € sign is no word)."""

from __future__ import annotations

from collections.abc import Sequence

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
