"""The members a verb of gathering lists: "la SCIC X, qui associe 4 agriculteurs, la Ville, des
habitants et l'association Y", "le PTCE réunit des habitants, la SCOP A et l'association B": each
named item is one of its members, a partner of the action. ``cues.back_cue`` reads a verb's object
right after it; these are items further down its list, past common nouns and commas."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import boundary
from rtes_kg.extract.cuewords import cue_ending_at
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import LOWER_ARTICLES
from rtes_kg.extract.spans import Spans

_REACH = 30  # words between the verb and the name, at most
_GATHERING = frozenset({"reunit", "regroupe", "rassemble", "associe", "federe", "reunissant", "regroupant",
                        "rassemblant", "associant", "federant"})  # (cuewords: the partners' verbs of these)


def gathered_members(text: str, words: Sequence[Token], spans: Spans, roles: Sequence[set[str]]) -> list[int]:
    """The finds (by index in ``spans``) with no role yet that are items of what the nearest verb
    before them in their clause gathers."""
    return [n for n, (start, _) in enumerate(spans) if not roles[n] and _gathered(text, words, start)]


def _gathered(text: str, words: Sequence[Token], start: int) -> bool:
    for k in range(start - 1, max(-1, start - _REACH), -1):
        if boundary(text, words[k], words[k + 1]):
            return False
        if cue_ending_at(words, k) is not None:  # the nearest verb decides
            return words[k].key in _GATHERING and _an_item(text, words, k, start)
    return False


def _an_item(text: str, words: Sequence[Token], verb: int, start: int) -> bool:
    """Whether the name at ``start`` follows "et" or a comma past its article, with no relative
    clause, verb or preposition between it and the verb at ``verb`` ("réunit les habitants qui
    soutiennent Y": Y is no member)."""
    before = start - 1
    while before > verb and words[before].key in LOWER_ARTICLES:
        before -= 1
    if verb and words[verb - 1].key == "qui" and before > verb and words[before].key == "et" \
            and "," in text[words[before - 1].end: words[before].start]:
        return False  # "soutient la coopérative X, qui rassemble 120 producteurs, et l'association Y": the outer list's
    return before > verb and (words[before].key == "et" or "," in text[words[before].end: words[before + 1].start]) \
        and not _RELATIVE_OR_VERB.search(text, words[verb].end, words[start].start)


_RELATIVE_OR_VERB = re.compile(r"\b(?:qui|que|qu['’]|dont|où|avec|pour|par|est|sont|a|ont)\b", re.IGNORECASE)
