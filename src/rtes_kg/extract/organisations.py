"""Organisations named in a free text: the curated list, patterns ("l'association X"), roles.

See docs/extraction.md. Pure functions over text; the curated list (data/reference/organisations.ttl)
and the kind words (ontology/concepts.ttl) are read once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rtes_kg.extract.concepts import scheme_labels
from rtes_kg.extract.curated import STRUCTURE, ReferenceEntry, reference
from rtes_kg.extract.lexicon import ARTICLES, CONNECTORS, Lexicon, Token, phrase_keys, sentence_bounds, tokens
from rtes_kg.parse.naming import normalise_label
from rtes_kg.parse.naming import slug as name_slug
from rtes_kg.parse.records import OrgMention, Source
from rtes_kg.vocab import SCHEME_KIND, SCHEME_TYPE_STRUCTURE

COLLECTIVITE = "collectivite"
CARRIER, PARTNER = "porteur", "partenaire"
FROM_REFERENCE, FROM_PATTERN = "reference", "motif"

__all__ = ["ReferenceEntry", "reference"]  # re-exported: the curated list is read here

# The kinds of collectivité that announce a named collectivité in prose. "Pays" and "Autre" name
# territories or nothing; a one-word kind ("Région") must be capitalised to count.
_COLLECTIVITE_KINDS = frozenset({"commune", "communaute-de-communes", "communaute-d-agglomeration",
                                 "communaute-urbaine", "metropole", "departement", "region",
                                 "syndicat-mixte", "syndicat-intercommunal",
                                 "etablissement-public-territorial"})
_NAME_MAX_WORDS = 8
_JOIN = re.compile(r"^[ \-'’&]*$")  # what may stand between two words of one name
_QUOTED = re.compile(r"\s*[«\"“]\s*([^»\"”\n]{1,60}?)\s*[»\"”]")
_ENUMERATION = re.compile(r"^\s*(?:,|et|,\s*et|ainsi que)\s*$")
_APPOSITION = re.compile(r"[,(]\s*$")
# Words of the clause before a name that say its role.
_PARTNER_CUES = frozenset({"avec", "partenariat", "partenaire", "partenaires", "aupres", "cotes",
                           "lien", "conjointement", "convention"})
_FUNDING_VERBS = frozenset({"finance", "financee", "finances", "financees", "cofinance",
                            "soutenu", "soutenue", "soutenus", "soutenues", "subventionne",
                            "subventionnee", "abonde", "abondee", "abondement"})
_CARRIER_CUES = (("sous", "traitant"), ("prestataire",), ("confie", "a"), ("confiee", "a"))
_FILLERS = ARTICLES | {"aujourd", "hui", "notamment", "directement", "desormais", "actuellement"}


@dataclass(frozen=True)
class _Trigger:
    code: str  # concept code of the kind
    keys: tuple[str, ...]  # the words of the label as written, to tell a plural use


@functools.cache
def _structure_words() -> tuple[Lexicon[_Trigger], Lexicon[_Trigger]]:
    """(the words that announce a structure's name, the words that a structure's name contains)."""
    announce, inside = [], []
    for code, label, kind in scheme_labels(SCHEME_TYPE_STRUCTURE):
        keys = phrase_keys(label)
        (inside if kind == "hidden" else announce).append((keys, _Trigger(code, keys)))
    return Lexicon(announce, plural_blind=True), Lexicon(inside)


@functools.cache
def _collectivite_words() -> Lexicon[_Trigger]:
    entries = []
    for code, label, _kind in scheme_labels(SCHEME_KIND):
        if code in _COLLECTIVITE_KINDS:
            keys = phrase_keys(re.sub(r"\([^)]*\)", " ", label))
            entries.append((keys, _Trigger(code, keys)))
    return Lexicon(entries, plural_blind=True)


@functools.cache
def _kind_label(code: str) -> str:
    return next(label for c, label, kind in scheme_labels(SCHEME_KIND) if c == code and kind == "pref")


def collectivite_key(kind: str, name: str) -> str:
    """What two mentions of one collectivité share: "region|bourgogne franche comte" for "la Région
    Bourgogne-Franche-Comté" and for "Conseil régional Bourgogne Franche Comté"."""
    words = normalise_label(name).split()
    while words and words[0] in CONNECTORS:
        words = words[1:]
    return f"{kind}|{' '.join(words)}"


def collectivite_keys(name: str, declared_kind: str | None = None) -> set[str]:
    """The keys under which a member's own name is found: its kind word read from the name
    ("Communauté de communes des Portes…", "Dijon Métropole"), or its declared kind."""
    words = tokens(name)
    keys = set()
    lexicon = _collectivite_words()
    if words:
        start = lexicon.match_at(words, 0)
        if start is not None and start.last + 1 < len(words):
            keys.add(collectivite_key(start.payload.code, name[words[start.last + 1].start:]))
        end = lexicon.match_at(words, len(words) - 1)
        if end is not None and len(words) > 1:
            keys.add(collectivite_key(end.payload.code, name[: words[-1].start]))
    if declared_kind is not None and not keys:
        keys.add(collectivite_key(declared_kind, name))
    return keys


# --- finding names -------------------------------------------------------------------------------

def _joined(text: str, left: Token, right: Token) -> bool:
    return bool(_JOIN.match(text[left.end: right.start]))


def _name_forward(text: str, words: Sequence[Token], first: int) -> int | None:
    """The index of the last word of a capitalised name that starts at ``first``, or None."""
    if first >= len(words) or not words[first].capitalised:
        return None
    last, k = first, first + 1
    while k < len(words) and k - first < _NAME_MAX_WORDS and _joined(text, words[k - 1], words[k]):
        if words[k].capitalised or (words[k].raw[0].isdigit() and k == last + 1):
            last = k
        elif words[k].key not in CONNECTORS:
            break
        k += 1
    if all(words[i].key in ARTICLES for i in range(first, last + 1)):
        return None
    return last


def _name_backward(text: str, words: Sequence[Token], last: int) -> int | None:
    """The index of the first word of a capitalised name that ends at ``last``, or None."""
    if last < 0 or not (words[last].capitalised or words[last].raw[0].isdigit()):
        return None
    first, k = None, last
    while k >= 0 and last - k < _NAME_MAX_WORDS:
        if k < last and not _joined(text, words[k], words[k + 1]):
            break
        if words[k].capitalised:
            first = k
        elif not (words[k].key in CONNECTORS or (k == last and words[k].raw[0].isdigit())):
            break
        k -= 1
    if first is not None and first < last and _sentence_start(text, words[first].start) \
            and words[first + 1].key in CONNECTORS:
        # "Soutien à Tri Martolod, entreprise d'insertion": a capital that only opens the sentence
        first = next((i for i in range(first + 1, last + 1)
                      if words[i].key not in CONNECTORS and words[i].capitalised), None)
    return first


@dataclass(frozen=True)
class _Found:
    first: int  # the name's words
    last: int
    context: int  # where the words that may say the role end (before the kind word, if first)
    name: str
    slug: str
    category: str
    kind: str | None
    confidence: str
    priority: int  # on equal length: the curated list, then collectivités, then patterns


def _plural(words: Sequence[Token], first: int, trigger: _Trigger) -> bool:
    return tuple(w.key for w in words[first: first + len(trigger.keys)]) != trigger.keys


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:;•\n(«\""


def _from_reference(text: str, words: Sequence[Token]) -> list[_Found]:
    found = []
    for match in reference().lexicon.find(words):
        # One-word names must be capitalised ("avisé" is not Avise); longer ones are distinctive.
        if match.first < match.last or words[match.first].capitalised:
            entry = match.payload
            found.append(_Found(match.first, match.last, words[match.first].start, entry.label,
                                entry.slug, entry.category, entry.kind, FROM_REFERENCE, 0))
    return found


def _pattern(text: str, words: Sequence[Token], first: int, last: int, context: int,
             kind: str) -> _Found:
    name = text[words[first].start: words[last].end]
    return _Found(first, last, context, name, name_slug(name), STRUCTURE, kind, FROM_PATTERN, 2)


def _announced(text: str, words: Sequence[Token]) -> list[_Found]:
    """ "l'association La Marmite Solidaire", "la SCIC « Y »", "ID'EES R&V, structure d'insertion"."""
    announce, inside = _structure_words()
    found = []
    for match in announce.find(words):
        trigger, kind = words[match.first], match.payload.code
        plural = _plural(words, match.first, match.payload)
        after = match.last + 1
        # up to two plain adjectives between the kind word and the name: "la recyclerie citoyenne Re Bon"
        skip = 0
        while (skip < 2 and after + skip < len(words) and not words[after + skip].capitalised
               and words[after + skip].key not in CONNECTORS | ARTICLES
               and words[after + skip].key.isalpha() and len(words[after + skip].key) > 3
               and _joined(text, words[after + skip - 1], words[after + skip])):
            skip += 1
        start = after + skip
        quoted = _QUOTED.match(text, words[start - 1].end)
        if quoted and not plural:
            inner = [i for i, w in enumerate(words) if quoted.start(1) <= w.start < quoted.end(1)]
            if inner:
                found.append(_pattern(text, words, inner[0], inner[-1], trigger.start, kind))
            continue
        if (not plural and start < len(words) and _joined(text, words[start - 1], words[start])
                and text[words[start - 1].end: words[start].start].strip(" ") == ""):
            last = _name_forward(text, words, start)
            if last is not None:
                own = (skip == 0 and trigger.raw[:1].isupper() and not trigger.raw.isupper()
                       and not _sentence_start(text, trigger.start))
                found.append(_pattern(text, words, match.first if own else start, last,
                                      trigger.start, kind))
                continue
        if match.first > 0 and _APPOSITION.search(text[words[match.first - 1].end: trigger.start]):
            first = _name_backward(text, words, match.first - 1)
            if first is not None:
                found.append(_pattern(text, words, first, match.first - 1, words[first].start, kind))
    for match in inside.find(words):
        if not words[match.first].capitalised:
            continue
        first = _name_backward(text, words, match.first) or match.first
        last = _name_forward(text, words, match.first) or match.last
        capitals = sum(words[i].capitalised for i in range(first, last + 1))
        if capitals >= 2:
            found.append(_pattern(text, words, first, last, words[first].start, match.payload.code))
    return found


def _collectivites(text: str, words: Sequence[Token]) -> list[_Found]:
    """ "la Région Bourgogne-Franche-Comté", "les communautés de communes des Portes du Haut-Doubs,
    du Plateau du Russey et du Val de Morteau" (one mention per item of the enumeration)."""
    found = []
    for match in _collectivite_words().find(words):
        kind = match.payload.code
        if match.first == match.last and not words[match.first].capitalised:
            continue  # "la région", "la commune": a territory, not a named body
        plural = _plural(words, match.first, match.payload)
        position, context = match.last + 1, words[match.first].start
        while True:
            start = position
            while (start < len(words) and words[start].key in CONNECTORS - {"a", "en", "sur", "sous"}
                   and (start == position or _joined(text, words[start - 1], words[start]))):
                start += 1
            if start >= len(words) or (start > position and
                                       not _joined(text, words[start - 1], words[start])):
                break
            if start == position and position > match.last + 1:
                break  # an item of an enumeration starts with "du", "de la"…
            last = _name_forward(text, words, start)
            if last is None:
                break
            connector = text[words[position].start: words[start].start].strip().lower() \
                if start > position else ""
            written = text[words[start].start: words[last].end]
            name = " ".join(part for part in (_kind_label(kind), connector, written) if part)
            name = name.replace("' ", "'").replace("’ ", "’")
            found.append(_Found(start, last, context, name, name_slug(name), COLLECTIVITE, kind,
                                FROM_PATTERN, 1))
            if not plural or last + 1 >= len(words):
                break
            if not _ENUMERATION.match(text[words[last].end: words[last + 1].start]) and \
                    words[last + 1].key != "et":
                break
            position = last + 2 if words[last + 1].key == "et" else last + 1
            context = words[last].end
    return found


def _resolve(candidates: list[_Found]) -> list[_Found]:
    """Overlapping finds: the longest name wins, then the curated list, then collectivités."""
    taken: set[int] = set()
    kept = []
    for cand in sorted(candidates, key=lambda c: (c.first - c.last, c.priority, c.first)):
        span = set(range(cand.first, cand.last + 1))
        if span & taken:
            continue
        taken |= span
        kept.append(cand)
    return sorted(kept, key=lambda c: c.first)


def _role(text: str, words: Sequence[Token], cand: _Found, previous: tuple[_Found, str] | None,
          sentence_start: int) -> str:
    gap_start = sentence_start
    if previous is not None:
        gap_start = max(sentence_start, words[previous[0].last].end)
    gap = text[gap_start: cand.context]
    keys = [w.key for w in tokens(gap)]
    while keys and keys[-1] in _FILLERS:
        keys.pop()
    if previous is not None and not keys and _ENUMERATION.match(re.sub(r"\b(?:l|la|le|les|d|de|du|des)\b['’]?", " ", gap.lower())):
        return previous[1]
    if keys and keys[-1] == "par":
        return PARTNER if len(keys) > 1 and keys[-2] in _FUNDING_VERBS else CARRIER
    tail = tuple(keys[-3:])
    if any(tail[i: i + len(cue)] == cue for cue in _CARRIER_CUES for i in range(len(tail))):
        return CARRIER
    if _PARTNER_CUES & set(keys):
        return PARTNER
    return CARRIER if cand.category == STRUCTURE else PARTNER


def find_organisations(text: str, source: Source,
                       words: Sequence[Token] | None = None) -> tuple[OrgMention, ...]:
    """The organisations a text names, each once, in order of first mention.

    >>> [(m.name, m.role) for m in find_organisations("Un atelier piloté par l’association La Marmite Solidaire, avec SUEZ.", Source("f", 1))]
    [('La Marmite Solidaire', 'porteur'), ('SUEZ', 'partenaire')]
    """
    words = tokens(text) if words is None else words
    if not words:
        return ()
    kept = _resolve([*_from_reference(text, words), *_collectivites(text, words),
                     *_announced(text, words)])
    bounds = sentence_bounds(text)
    roles: dict[str, str] = {}
    order: dict[str, _Found] = {}
    previous: tuple[_Found, str] | None = None
    sentence = -1
    for cand in kept:
        index = next(i for i, (start, end) in enumerate(bounds) if start <= cand.context < end or i == len(bounds) - 1)
        if index != sentence:
            previous, sentence = None, index
        role = _role(text, words, cand, previous, bounds[index][0])
        previous = (cand, role)
        order.setdefault(cand.slug, cand)
        if roles.get(cand.slug) != CARRIER:
            roles[cand.slug] = role
    return tuple(
        OrgMention(name=cand.name, slug=cand.slug, category=cand.category, kind=cand.kind,
                   role=roles[cand.slug],
                   confidence=cand.confidence, source=source)
        for cand in order.values())
