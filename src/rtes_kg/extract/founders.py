"""The bodies the member founded, said after their name: "le PTCE X, dont la Ville est membre
fondateur", "la SCIC Y, dont Laval Agglomération est cofondatrice" (the cue "membre fondateur de X"
is ``cuewords``'; "La Région est membre fondateur de X", another's, is ``whose``')."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.clause import MEMBER_KEYS
from rtes_kg.extract.collectivites import COLLECTIVITE
from rtes_kg.extract.cuewords import CREATED
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import LOWER_ARTICLES, Found
from rtes_kg.extract.spans import Spans

_FOUNDER = re.compile(r"\s+(?:est|était|a été)\s+(?:(?:l['’]\s*)?une?\s+des\s+)?(?:membres?\s+)?"
                      r"(?:co-?)?fondat(?:eur|rice)s?\b", re.IGNORECASE)


def founded_by_member(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                      is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(name, CREATED) for each body whose relative clause says the member founded it (not "dont la
    Région est membre fondateur" in a commune's fiche, nor "dont la Ville est membre": no founding)."""
    created = []
    for k, word in enumerate(words[1:-1], start=1):
        if word.key != "dont" or "," not in text[words[k - 1].end: word.start]:
            continue
        j = k + 1 + (words[k + 1].key in LOWER_ARTICLES)
        owner = spans.owner(j) if j < len(words) else None
        if owner is not None and found[owner].category == COLLECTIVITE and is_member(found[owner]):
            end = spans[owner][1]
        elif owner is None and j < len(words) and words[j].key in MEMBER_KEYS and names_member(words[j].key):
            end = j  # "dont la Ville"
        else:
            continue
        body = spans.owner(k - 1)
        if body is not None and found[body].category != COLLECTIVITE and _FOUNDER.match(text, words[end].end):
            created.append((body, CREATED))
    return created
