"""What a name found by its shape alone (``FROM_PATTERN``) is not, or is without: the name of the
scheme, project or event written right before it ("le projet Cantine Bio"), an acronym's elided
article ("L'ARDEAR Occitanie"), the end of a name in quotes (« Yonne Initiative ESS »).
``organisations.find_organisations`` asks it of each find."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rtes_kg.extract.lexicon import ARTICLES, SCHEMES_AND_EVENTS, Token, joined
from rtes_kg.extract.names import FROM_PATTERN, Found
from rtes_kg.parse.naming import slug as name_slug


def acronym_s_article_dropped(text: str, words: Sequence[Token], cand: Found) -> Found:
    """A name found by its shape that opens with an acronym's elided article, without it: "L'ARDEAR
    Occitanie, association d'agriculteurs, a reçu…" names the ARDEAR Occitanie (a word's own article
    stays: "L'Atelier Paysan")."""
    first = cand.first
    if cand.confidence != FROM_PATTERN or first >= cand.last or words[first].raw not in {"L", "l"} \
            or text[words[first].end: words[first].end + 1] not in {"'", "’"}:
        return cand
    acronym = words[first + 1]
    prefix = text[words[first].start: acronym.start]
    if not (acronym.raw.isupper() and len(acronym.raw) >= 2 and cand.name.startswith(prefix)):
        return cand
    name = cand.name[len(prefix):]
    return replace(cand, first=first + 1, name=name, slug=name_slug(name))


def a_scheme_s_name(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` is the name of the scheme, project or event written right before
    it, with its article or first in the text: "le projet Cantine Bio", "du dispositif Cap Jeunes",
    "Projet Cantine Bio : …" (no body: "Le projet Cantine Bio a été lancé par l'association X" names
    X only)."""
    head = first - 1
    if head < 0 or words[head].key not in SCHEMES_AND_EVENTS or text[words[head].end: words[first].start].strip():
        return False
    if head == 0:
        return True  # "Projet Cantine Bio : la Ville soutient…", the text's title
    return words[head].raw[:1].islower() and words[head - 1].key in _DETERMINERS \
        and joined(text, words[head - 1], words[head])


_DETERMINERS = ARTICLES | {"au", "aux", "cet"}  # ("du dispositif Cap Jeunes", "au projet X")


def in_a_quoted_name(text: str, words: Sequence[Token], cand: Found) -> bool:
    """Whether ``cand`` starts after the first word of a name in quotes (« Yonne Initiative ESS »),
    or opens the quoted title of a scheme or an event (le prix « Initiative ESS »)."""
    opening = text.rfind("«", max(0, words[cand.first].start - 80), words[cand.first].start)
    if opening < 0 or "»" in text[opening: words[cand.first].start]:
        return False
    head = cand.first - 1  # the word before the quote (within 80 characters: a few words back)
    while head >= 0 and words[head].end > opening:
        head -= 1
    return bool(text[opening + 1: words[cand.first].start].strip()) or (
        head >= 0 and not text[words[head].end: opening].strip() and any(
            words[k].key in SCHEMES_AND_EVENTS for k in range(max(0, head - 1), head + 1)))  # ("le festival ESS « X »")
