"""Whose support a passive gift is: "Une subvention régionale de 10 000 € a été accordée à X", "Une
aide de la Région a été versée à X" in a commune's fiche tell the Région's support of X, not the
member's (docs/extraction.md, "Whose support")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import MEMBER_WORDS, boundary
from rtes_kg.extract.cuewords import SUPPORTED
from rtes_kg.extract.lexicon import HELPED, KIND_ADJECTIVES, OF_WORDS, Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import GIFTS, NEVER_MEMBER, kind_at

_BEFORE_NAME = DEFINITE | {"les", "un", "une", "des"}
_TO = frozenset({"a", "au", "aux"})
# Acts that give, besides the gifts' nouns: "la mise à disposition d'un local à X"
_GIVING_ACTS = frozenset({"disposition", "location", "cession", "don", "dons"})


def given_by_another(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                     explicit: Sequence[set[str]], member: Callable[[Found], bool],
                     names_member: Callable[[str], bool]) -> list[tuple[int, int | None]]:
    """(receiver, giver) where what was given to a name is another body's: its own adjective
    ("une subvention régionale"), kind word ("une aide de la Région") or name ("une subvention de
    la Région Bretagne") says so; the giver None when only its kind names it. Not "une subvention
    de la Ville a été accordée à X", the member's."""
    pairs: list[tuple[int, int | None]] = []
    for n in range(len(found)):
        if explicit[n] and SUPPORTED not in explicit[n]:
            continue  # (a partner's, a carrier's role said otherwise stays)
        among = _among_another_s(text, words, spans, n, found, member)
        if among is not None:
            pairs.append((n, among))  # "14 entreprises ont été financées par France Active, parmi lesquelles X"
            continue
        given = _given_to(text, words, spans[n][0])
        if given is None:
            continue
        k = given - 1
        while k >= 0 and given - k < 15 and not boundary(text, words[k], words[k + 1]):
            owner = spans.owner(k)
            if owner is not None and owner != n:  # the giver's name ("de la Région Bretagne"), no further
                k = spans[owner][0] - 1
                k -= k >= 0 and words[k].key in DEFINITE
                if _given_by(words, k):  # "Un prêt a été accordé par Initiative Mayenne à X": its own
                    if not member(found[owner]):
                        pairs.append((n, owner))
                    break
                if k < 0 or words[k].key not in OF_WORDS:
                    break  # (not past another name: "La Ville verse à A une aide et à B…")
            elif owner is None and _given_by(words, k - 1 - (k >= 1 and words[k - 1].key in DEFINITE)) \
                    and (kind := kind_at(words, k)[0]) is not None and words[k].key in MEMBER_WORDS:
                if not names_member(kind):  # "… a été accordée par la Région à X" in a commune's fiche
                    pairs.append((n, None))
                break
            elif words[k].key in _GIVEN and k + 1 == given and (whose := _agent_after(
                    text, words, spans, spans[n][1] + 1, member, found, names_member)) is not None:
                pairs.append((n, None if whose is True else whose))  # "Le terrain cédé à X par la Région"
                break
            elif words[k].key in GIFTS or words[k].key in _GIVING_ACTS:
                whose = _whose_gift(words, spans, k + 1, given, member, found, names_member)
                if whose is None:  # "Prêt d'un terrain à X par la Ville de Y", in another's fiche
                    whose = _agent_after(text, words, spans, spans[n][1] + 1, member, found, names_member)
                if whose is not None:
                    pairs.append((n, None if whose is True else whose))
                break
            k -= 1
    return pairs


def _among_another_s(text: str, words: Sequence[Token], spans: Spans, n: int, found: Sequence[Found],
                     member: Callable[[Found], bool]) -> int | None:
    """The body whose support a plural's participle says, when the name ``n`` is listed among them by
    "parmi lesquelles", "dont", "notamment": "14 entreprises ont été financées par France Active,
    parmi lesquelles la SCOP X et la SCIC Y" (X and Y France Active's, not the member's); else None."""
    k = spans[n][0] - 1
    while k >= 0 and (spans.owner(k) is not None or words[k].key in _LISTING) \
            and not boundary(text, words[k], words[k + 1]):
        k -= 1  # back over the items listed before it
    if k < 1 or not (words[k].key in {"lesquels", "lesquelles"} and words[k - 1].key == "parmi"
                     or words[k].key in {"dont", "notamment"}):
        return None
    k -= words[k - 1].key == "parmi"
    by = next((j for j in range(k - 1, max(0, k - _AGENT_WORDS), -1) if words[j].key == "par"), None)
    if by is None or words[by - 1].key not in HELPED:
        return None
    agents = [owner for j in range(by + 1, k) if (owner := spans.owner(j)) is not None]
    if not agents or any(member(found[a]) for a in agents) or any(words[j].key in MEMBER_WORDS for j in range(by, k)):
        return None
    return agents[0]


_LISTING = frozenset({"et", "la", "le", "les", "l", "d", "de", "du", "des"})
_AGENT_WORDS = 8  # "financées par France Active Pays de la Loire, parmi lesquelles"


def _given_by(words: Sequence[Token], k: int) -> bool:
    """Whether "par" at ``k`` follows a participle of giving: "accordé par", "versée par" (not
    "complétée par", nor "portée par")."""
    return k >= 1 and words[k].key == "par" and words[k - 1].key in _GIVEN


_GIVEN = frozenset(f"{stem}{end}" for stem in ("accorde", "verse", "octroye", "attribue", "consenti", "alloue",
                                               "prete", "donne", "offert", "cede", "loue", "vendu")
                   for end in ("", "e", "s", "es"))


def _given_to(text: str, words: Sequence[Token], start: int) -> int | None:
    """Where "à" stands before the name at ``start``: "versée à l'association X", "… et une aide
    régionale à la SCOP Y"."""
    through = False  # past one "noun de": "à la créatrice de la boutique X" (another's gift only: no role lent)
    for k in range(start - 1, max(0, start - 7), -1):
        if boundary(text, words[k], words[k + 1]):
            return None
        if words[k].key in _TO and k > 0 and words[k - 1].key not in {"il", "elle", "qui"}:
            return k  # (not the verb: "elle a")
        if words[k].key in OF_WORDS and k > 0 and words[k - 1].key == "disposition":
            return k  # "mis à disposition de la recyclerie X"
        if words[k].key in OF_WORDS and not through and k > 1 and words[k - 1].raw.islower() \
                and words[k - 1].key not in _BEFORE_NAME and words[k - 2].key in _BEFORE_NAME | _TO:
            through = True
            continue
        if words[k].key not in _BEFORE_NAME and not (through and words[k + 1].key in OF_WORDS):
            return None
    return None


def _whose_gift(words: Sequence[Token], spans: Spans, k: int, end: int, member: Callable[[Found], bool],
                found: Sequence[Found], names_member: Callable[[str], bool]) -> bool | int | None:
    """After the gift's noun: True when another collectivité's adjective or kind word gives it, the
    giver's index when another body's name does, None when nothing (or the member) does."""
    if k < end and words[k].key in KIND_ADJECTIVES:
        adjective = KIND_ADJECTIVES[words[k].key]
        return True if adjective in NEVER_MEMBER or not names_member(adjective) else None
    if k < end and words[k].key in OF_WORDS:
        at = k + 1 + (k + 1 < end and words[k + 1].key in DEFINITE)
        owner = spans.owner(at) if at < end else None
        if owner is not None:
            return None if member(found[owner]) else owner
        kind = kind_at(words, at)[0] if at < end else None
        if kind is not None and words[at].key in MEMBER_WORDS | {"conseil"}:
            return None if names_member(kind) else True
        if at < end and words[at].key in NEVER_MEMBER:
            return True
    return None


def _agent_after(text: str, words: Sequence[Token], spans: Spans, k: int, member: Callable[[Found], bool],
                 found: Sequence[Found], names_member: Callable[[str], bool]) -> bool | int | None:
    """Who gives, named by "par" right after the receiver: another body's index, True for another
    collectivité by its kind word alone, None when there is no such agent or the member is one of
    them ("par la Ville de Bègles et le Département" in the Département's fiche)."""
    if k >= len(words) or words[k].key != "par" or boundary(text, words[k - 1], words[k]):
        return None
    giver: bool | int | None = None
    for j in range(k + 1, min(len(words), k + 20)):
        if boundary(text, words[j - 1], words[j]):
            break
        owner = spans.owner(j)
        kind = kind_at(words, j)[0]
        if owner is not None:
            if member(found[owner]):
                return None
            giver = owner if giver is None else giver
        elif kind is not None:
            if names_member(kind):
                return None
            giver = True if giver is None else giver
    return giver
