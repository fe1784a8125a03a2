"""The member among a company's shareholders: "La SCIC X réunit 300 sociétaires, dont Alès
Agglomération (10 000 € de parts)", "ses associés (la Ville, la Région et 40 habitants)". The
member is listed, not the subject: no verb of its own says the shares ("la Ville y a pris des
parts" is ``anaphora``'s), the list of the company's holders does."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.clause import MEMBER_WORDS
from rtes_kg.extract.collectivites import COLLECTIVITE
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.spans import Spans

__all__ = ["member_among_holders"]

_HOLDERS = frozenset({"societaires", "associes", "actionnaires", "cooperateurs"})
_OPENING = frozenset({"dont", "parmi", "lesquels", "lesquelles", "notamment"})
_WITH_CAPITAL = frozenset({"scic", "scop", "cooperative", "cae", "sem", "entreprise-esus", "entreprise-insertion",
                           "entreprise-adaptee"})
_SHARES_ASIDE = re.compile(r"\s*\([^()]{0,40}\b(?:parts?|capital)\b[^()]{0,20}\)")  # "(10 000 € de parts)"
_LIST_LENGTH = 40  # words of a list of holders read, at most
_NAMES_BACK = 12  # names before a list of holders where its company is looked for


def member_among_holders(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                         is_member: Callable[[Found], bool],
                         names_member: Callable[[str], bool]) -> list[int]:
    """The companies (indices of ``found``) whose holders, as the text lists them, include the
    member: by its name (``is_member``) or its kind word ("la Ville", ``names_member``)."""
    held = []
    lasts = [name.last for name in found]
    for k, word in enumerate(words):
        if word.key not in _HOLDERS:
            continue
        items = _list_after(text, words, k)
        if items and any(_names_it(words, j, found, spans, is_member, names_member) for j in items):
            company = _company_before(text, words, found, lasts, k)
            if company is not None:
                held.append(company)
    for n, name in enumerate(found):  # "dont Alès Agglomération (10 000 € de parts)": its own shares
        if name.category == COLLECTIVITE and is_member(name) and _SHARES_ASIDE.match(text, words[spans[n][1]].end):
            company = _company_before(text, words, found, lasts, spans[n][0])
            if company is not None:
                held.append(company)
    return sorted(set(held))


def _list_after(text: str, words: Sequence[Token], k: int) -> range | None:
    """The words of the list of holders that the noun at ``k`` opens: "sociétaires, dont A, B",
    "associés (A, B)", "sociétaires parmi lesquels A"; None when no list follows."""
    j = k + 1
    while j < len(words) and j - k <= 3 and words[j].key in _OPENING:
        j += 1
    opened = j > k + 1 or (j < len(words) and text[words[k].end: words[j].start].strip() in {"(", ":"})
    if not opened or j >= len(words):
        return None
    last = j
    while last + 1 < len(words) and last - j < _LIST_LENGTH and not re.search(
            r"[.;!?\n)]", text[words[last].end: words[last + 1].start]):
        last += 1
    return range(j, last + 1)


def _names_it(words: Sequence[Token], j: int, found: Sequence[Found], spans: Spans,
              is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> bool:
    owner = spans.owner(j)
    if owner is not None:
        return found[owner].category == COLLECTIVITE and is_member(found[owner])
    return words[j].key in MEMBER_WORDS and j > 0 and words[j - 1].key in {"la", "le", "l"} \
        and names_member(words[j].key)


def _company_before(text: str, words: Sequence[Token], found: Sequence[Found], lasts: list[int],
                    k: int) -> int | None:
    """The nearest company named before word ``k`` in its sentence, one that has a capital first
    (among the last few names: a walk over all would make a text of many lists quadratic)."""
    sentence = max(text.rfind(stop, 0, words[k].start) for stop in ".;!?\n")
    last = bisect.bisect_left(lasts, k)  # (the finds' last words, in text order)
    before = [n for n in range(max(0, last - _NAMES_BACK), last) if found[n].category == STRUCTURE
              and words[found[n].first].start > sentence]
    with_capital = [n for n in before if found[n].kind in _WITH_CAPITAL]
    chosen = with_capital or before
    return chosen[-1] if chosen else None
