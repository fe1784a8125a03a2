"""A name that one text of a fiche announces, read again where another text of the fiche writes it
bare: "la Ville soutient l'association Les Écossolies" in one action, then "le Solilab … est géré
par les Écossolies" in another, where no kind word says that "Écossolies" is a body's name.

Only names announced by a kind word ("l'association", "la SCOP", "l'entreprise d'insertion") are
read again, as written: the same words with the same capitals, a whole name (no capitalised word
joined before or after it). A name of one word is read only after a word of its sentence, never
as the sentence's first word ("Partage" opens a sentence as a verb's noun would)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rtes_kg.extract.chapters import chapters
from rtes_kg.extract.clause import boundary
from rtes_kg.extract.collectivites import COLLECTIVITE, collectivite_words
from rtes_kg.extract.curated_finds import from_reference
from rtes_kg.extract.lexicon import Lexicon, Token, joined, tokens
from rtes_kg.extract.names import FROM_PATTERN, LOWER_ARTICLES, Found, structure_words
from rtes_kg.extract.tails import initials_hold
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import OrgMention

_ANNOUNCED = frozenset({"structure-ess", "entreprise", "reseau"})
_PRIORITY = 4  # after every other finder's, on equal length: they know what the words are


@dataclass(frozen=True)
class Known:
    """A name the fiche announced: the words that find it again (as written) and the body's identity."""

    written: tuple[str, ...]
    mention: OrgMention


@dataclass(frozen=True)
class KnownNames:
    lexicon: Lexicon[Known]
    firsts: frozenset[str]  # the first word of each, as written

    def may_be_in(self, text: str) -> bool:
        """Whether ``text`` may write one of them (a cheap test before reading it again)."""
        return any(word in text for word in self.firsts)


def announced_names(mentions: Iterable[OrgMention], member: OrgMention | None = None,
                    texts: Sequence[str] = ()) -> KnownNames | None:
    """The names ``mentions`` announced by a kind word, to be found again, the acronyms ``texts``
    write in parentheses after one of them (``_acronyms``), and the initials of the ``member``
    (``member_initials``); None when there are none."""
    mentions = list(mentions)
    entries = [] if member is None else _initials_entry(member)
    entries += _acronyms(mentions, texts)
    seen = set()
    for mention in mentions:
        if mention.confidence != FROM_PATTERN or mention.kind is None or mention.category not in _ANNOUNCED \
                or mention.slug in seen:
            continue
        seen.add(mention.slug)
        words = tokens(mention.name)
        if words and words[0].key in LOWER_ARTICLES and len(words) > 1:
            words = words[1:]  # "Les Écossolies" is also "les Écossolies", "des Écossolies"
        if words and any(w.raw[0].isupper() for w in words) and len(mention.name) >= 3:
            entries.append(([w.key for w in words], Known(tuple(w.raw for w in words), mention)))
    if not entries:
        return None
    return KnownNames(Lexicon(entries), frozenset(item.written[0] for _, item in entries))


def _acronyms(mentions: Sequence[OrgMention], texts: Sequence[str]) -> list[tuple[list[str], Known]]:
    """The acronym a text writes in parentheses right after a name it found, when the acronym's letters
    are the name's initials: "la Métropole Européenne de Lille (MEL)" then "la MEL et la Ville les
    soutiennent" in another action (not one the curated list, a network's chapters or a kind know)."""
    by_length: dict[int, dict[str, OrgMention]] = {}
    for mention in mentions:  # (the names by their length: a text's end is looked up, not each name tried)
        by_length.setdefault(len(mention.name), {}).setdefault(mention.name, mention)
    entries = []
    for text in texts:
        for written in _ACRONYM_AFTER.finditer(text) if by_length else ():
            acronym, end = written.group(1), written.start()
            while end and text[end - 1].isspace():
                end -= 1
            named = next((m for length, names in by_length.items()
                          if length <= end and (m := names.get(text[end - length: end]))
                          and initials_hold(acronym, tokens(m.name))), None)
            if named is not None and not _taken(acronym):
                entries.append(([acronym.lower()], Known((acronym,), named)))
    return entries


_ACRONYM_AFTER = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,7})\s*\)")


def found_again(text: str, words: Sequence[Token], known: KnownNames | None) -> list[Found]:
    """Where ``text`` writes a known name, as the finders' ``Found`` of that same body."""
    if known is None:
        return []
    found = []
    for match in known.lexicon.find(words):
        item = match.payload
        span = words[match.first: match.last + 1]
        if tuple(w.raw for w in span) != item.written or not _whole(text, words, match.first, match.last):
            continue
        mention = item.mention
        priority = 1 if mention.category == COLLECTIVITE else _PRIORITY  # (a collectivité's, as its finder's:
        # "Partenaires : la CUD" is the member, no structure "CUD" that a list's finder makes of it)
        found.append(Found(match.first, match.last, words[match.first].start, mention.name, mention.slug,
                           mention.category, mention.kind, FROM_PATTERN, priority, parent=mention.parent))
    return found


def _whole(text: str, words: Sequence[Token], first: int, last: int) -> bool:
    """Whether the words are a whole name: none capitalised joined on either side (an article that
    opens the sentence aside: "La CUA a adhéré…"), and a one-word name not its sentence's first word
    (but initials: "Partenaires financiers : CUD (80 000 €)")."""
    before = words[first - 1] if first > 0 else None
    after = words[last + 1] if last + 1 < len(words) else None
    if before is not None and before.capitalised and before.key not in LOWER_ARTICLES \
            and joined(text, before, words[first]):
        return False
    if after is not None and after.capitalised and joined(text, words[last], after):
        return False
    return first < last or words[first].raw.isupper() and len(words[first].raw) > 2 \
        or (before is not None and not boundary(text, before, words[first]))  # (initials anywhere: ": CUD (…)")


@functools.cache
def member_initials(name: str) -> str | None:
    """The initials a fiche may write its member by, of three to six letters: "CUA" for the
    Communauté urbaine d'Arras, "CAPB" for the Communauté d'agglomération du Pays Basque (the small
    words left out); None for a short name, or initials that are another body's or a kind's
    ("CAF", "SCIC"): the curated list and the kinds know those. The initials the name writes itself
    come first: "Communauté d'agglomération du Centre de la Martinique (CACEM)" is "CACEM"."""
    if written := _WRITTEN_INITIALS.search(name):
        initials = written.group(1) or written.group(2)
    else:
        parts = [part for part in re.split(r"[\s'’-]+", name) if part and fold(part) not in _SMALL_WORDS]
        initials = "".join(part[0] for part in parts).upper()
    if not 3 <= len(initials) <= 6 or not initials.isalpha():
        return None
    return None if _taken(initials) else initials


def _taken(initials: str) -> bool:
    """Whether initials name another body or a kind: the curated list's, a network's chapters', a kind's."""
    words = tokens(initials)
    return bool(from_reference(initials, words) or chapters(initials, words)) \
        or structure_words()[0].match_at(words, 0) is not None \
        or collectivite_words().match_at(words, 0) is not None


_WRITTEN_INITIALS = re.compile(r"(?:\(\s*([A-Z]{3,6})\s*\)|\s[–—-]\s+([A-Z]{3,6}))\s*$")
_SMALL_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous", "a", "au", "aux"})


def _initials_entry(member: OrgMention) -> list[tuple[list[str], Known]]:
    """The member's initials as a known name: "La CUA finance…" names the member, as "la Ville" does;
    and its own name after its kind ("Plaine Commune" of "Établissement public territorial Plaine
    Commune"): "Financement de Plaine Commune : 120 000 €" is the member's."""
    initials = member_initials(member.name)
    entries = [] if initials is None else [([initials.lower()], Known((initials,), member))]
    own = _own_name(member.name)  # and its first words, three at least: "Grand Paris Sud" of "… Seine-Essonne-Sénart"
    for words in dict.fromkeys(tuple(own[:end]) for end in range(min(len(own), _SHORTEST_OWN), len(own) + 1) if own):
        entries.append(([w.key for w in words], Known(tuple(w.raw for w in words), member)))
    return entries


_SHORTEST_OWN = 3  # words of the beginning of a member's own name that still name it


def _own_name(name: str) -> list[Token]:
    """The words of a grouping's name after its kind when they make a name of their own, each
    capitalised: "Plaine Commune", "Grand Paris Sud"; none of one word, nor a complement ("Européenne
    de Lille"), nor a région's or a commune's ("Pays de la Loire" is a territory too)."""
    words = tokens(_WRITTEN_INITIALS.sub("", name))
    kind = collectivite_words().match_at(words, 0)
    own = words[kind.last + 1:] if kind is not None and kind.payload.code not in _TERRITORIES else []
    return own if len(own) >= 2 and all(w.capitalised for w in own) else []


_TERRITORIES = frozenset({"commune", "departement", "region"})
