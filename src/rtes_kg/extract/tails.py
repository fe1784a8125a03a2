"""Where a name announced by its kind word ends when it goes on in lower case: "la SCIC Énergies
citoyennes en Pays de Vilaine (EPV)", "la SCIC Le Champ commun (Augan)"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.lexicon import Token, joined
from rtes_kg.parse.naming import unaccented

# Words an acronym leaves out: "Énergies citoyennes en Pays de Vilaine" is EPV.
_SMALL_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "e", "y", "et", "en", "a", "au", "aux"})
_TAIL_WORDS = 6
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")


def lower_case_tail(text: str, words: Sequence[Token], first: int, last: int) -> int:
    """The last word of a name announced by its kind that goes on in lower case: up to its acronym
    in parentheses ("la SCIC Énergies citoyennes en Pays de Vilaine (EPV)", the acronym's letters
    among the words' initials), or one word before a parenthesis ("la SCIC Le Champ commun (Augan)")."""
    k = last + 1
    while k < len(words) and k - last <= _TAIL_WORDS and joined(text, words[k - 1], words[k]) \
            and words[k].raw[:1].isalpha() and not words[k].raw.isupper():
        k += 1
    acronym = _ACRONYM_AFTER.match(text, words[k - 1].end) if k > last + 1 else None
    if acronym and _initials_hold(acronym.group(1), words[first: k]):
        return k - 1
    gap = text[words[last + 1].end: words[last + 1].end + 3] if last + 1 < len(words) else ""
    if last + 1 < len(words) and words[last + 1].raw[:1].islower() and len(words[last + 1].raw) > 2 \
            and joined(text, words[last], words[last + 1]) and gap.lstrip(" ").startswith("("):
        return last + 1
    return last


def _initials_hold(acronym: str, name: Sequence[Token]) -> bool:
    """Whether the acronym's letters are, in order, initials of the name's words, the first and the
    last among them ("EPV": Énergies citoyennes en Pays de Vilaine), and few words left out."""
    initials = [_initial(w.raw) for w in name if w.key not in _SMALL_WORDS]
    letters = [letter.lower() for letter in acronym]
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    if len(initials) > len(letters) + 2:
        return False  # "Pistes Solidaires l'animation du Point information jeunesse (PIJ)": two names
    remaining = iter(initials)
    return all(letter in remaining for letter in letters)


def _initial(word: str) -> str:
    return unaccented(word[:1]).lower()
