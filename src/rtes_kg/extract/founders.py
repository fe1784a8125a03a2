"""Who founded a body. The member, said after the body's name: "le PTCE X, dont la Ville est membre
fondateur", "la SCIC Y, dont Laval Agglomération est cofondatrice" (the cue "membre fondateur de X"
is ``cuewords``'; "La Région est membre fondateur de X", another's, is ``whose``'), or the subject of
a relative clause after it ("X, que la Ville a contribué à créer"). Others, said as the subject of the
verb: "Des habitants ont créé l'association X" (no creation of the member's)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import opened_by_the_member
from rtes_kg.extract.clause import MEMBER_KEYS, MEMBER_WORDS, boundary
from rtes_kg.extract.collectivites import COLLECTIVITE
from rtes_kg.extract.cuewords import CREATED, CREATION, PARTNER, SHAREHOLDER
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import LOWER_ARTICLES, PUBLIC, Found
from rtes_kg.extract.spans import Spans

_FOUNDER = re.compile(r"\s+(?:est|était|a été)\s+(?:(?:l['’]\s*)?une?\s+des\s+)?(?:membres?\s+)?"
                      r"(?:co-?)?fondat(?:eur|rice)s?\b", re.IGNORECASE)


def founded_or_joined_by_member(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                      is_member: Callable[[Found], bool], names_member: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(name, CREATED) for each body whose relative clause says the member founded it (not "dont la
    Région est membre fondateur" in a commune's fiche), (name, PARTNER) for one it says the member
    belongs to or sits on the board of ("dont la Ville est membre", "… est administratrice"), and
    (name, SHAREHOLDER) when that body is a cooperative, whose members hold its shares."""
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
        elif body is not None and found[body].category != COLLECTIVITE and _SEATED.match(text, words[end].end):
            # "l'association X, dont la Ville est membre du conseil d'administration"; of a cooperative,
            # its shares: "la SCIC X, dont la Ville est membre"
            created.append((body, SHAREHOLDER if found[body].kind in _BY_SHARES else PARTNER))
    return created


_BY_SHARES = frozenset({"scic", "cooperative"})  # whose members hold its shares
# The member on a body's board, or a member of it: a partner ("dont la Ville est sociétaire" is ``shares``')
_SEATED = re.compile(r"\s+(?:est|était)\s+(?:(?:un\s+des\s+|l['’]\s*un\s+des\s+)?membres?|administrat(?:eur|rice)|"
                     r"adhérente?)\b(?!\s+fondat)", re.IGNORECASE)


def founded_by_others(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans, start: int,
                      member_at: Callable[[int], bool], names_member: Callable[[str], bool]) -> bool:
    """Whether the body named at ``start`` is the object of a verb of founding whose subject is not
    the member, a plural one or a named body that is no public one: "Des habitants ont créé
    l'association X", "L'association Y a créé la SCIC X", "Dix communes et la coopérative Y ont
    fondé en 2017 la SCIC X" (not "La Ville et la CAF ont créé X"; "dix communes de la CC": the CC
    only qualifies them)."""
    k = start - 1
    while k > 0 and start - k <= 6 and words[k].key not in CREATION and not boundary(text, words[k - 1], words[k]):
        k -= 1  # past the object's article and a date: "ont fondé en 2017 la SCIC X"
    if words[k].key not in CREATION or k < 2 or words[k - 1].key not in _AUXILIARIES:
        return False
    first = k - 1
    while first > 0 and k - first < _SUBJECT_REACH and not boundary(text, words[first - 1], words[first]) \
            and "," not in text[words[first - 1].end: words[first].start]:
        first -= 1  # the subject: "En 2019, trois agriculteurs ont fondé…"
    subject = range(first, k - 1)
    if words[k - 1].key in _SINGULAR_AUXILIARIES and not any(
            (owner := spans.owner(j)) is not None and found[owner].category not in PUBLIC for j in subject):
        return False  # "La Ville a créé X", "Elle a fondé X": a named body must be the one subject (a public
        # one's creation is its own act, ``whose.another_body_s_support``: "La Région a créé la SCIC X")
    return first < k - 1 and not any(
        (member_at(j) or spans.owner(j) is None and words[j].key in MEMBER_KEYS and names_member(words[j].key))
        and not _qualifies(words, j) for j in subject)


_SINGULAR_AUXILIARIES = frozenset({"a", "avait"})  # "L'association X a créé la SCIC Y": X's creation
_AUXILIARIES = _SINGULAR_AUXILIARIES | {"ont", "avaient"}
_SUBJECT_REACH = 24  # words: a bounded walk back, a long text without commas stays linear


def _qualifies(words: Sequence[Token], j: int) -> bool:
    """Whether the word at ``j`` is a complement after "de": "Dix communes de la CC"."""
    before = j - 1 - (j >= 1 and words[j - 1].key in {"la", "l", "le"})
    return before >= 0 and words[before].key in {"de", "du", "des", "d"}


def the_member_relates(text: str, words: Sequence[Token], spans: Spans, que: int, verb: int,
                        names_member: Callable[[str], bool], member_at: Callable[[int], bool]) -> bool:
    """Whether the subject of the relative clause from "que" to its verb is the member: "que la
    Communauté de communes a créée", "que Laval Agglomération a créée", "qu'elle a contribué à créer"
    in a sentence the member opens (not "que des habitants ont créée", "que l'association Y a créée")."""
    between = range(que + 1, verb)
    if any(spans.owner(j) is not None and not member_at(j) for j in between):
        return False
    return any(member_at(j) or words[j].key in MEMBER_WORDS and names_member(words[j].key) for j in between) or (
        words[que + 1].key in {"il", "elle"} and opened_by_the_member(text, words, que, names_member, member_at))
