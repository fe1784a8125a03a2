"""When an item of a build is its former self in the identifier ledger: how alike two contents
are, kind by kind (``similarity``), and which former entries an item may take at all
(``may_take``). ``model.keep`` matches the best pairs first with these scores (docs/model.md,
"How IRIs are minted and kept").
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rtes_kg.extract.concepts import scheme_labels
from rtes_kg.model.ledger import ACTION, BUDGET_LINE, MEMBER, ORGANISATION, POST, Entry
from rtes_kg.once import table
from rtes_kg.parse.naming import fold_word, words
from rtes_kg.vocab import SCHEME_SECTION, SCHEME_TYPE_STRUCTURE

# The least similarity of content (0 to 1) for an item to be its former self: difflib's ratio,
# but for organisations (``organisation_likeness``). Members' names are short and alike
# ("Communauté de communes du Val de Morteau / … de Moselle": 0.9), so they need a near copy; an
# action's text or a budget line survives an edit.
THRESHOLDS = {MEMBER: 0.95, ORGANISATION: 0.5, ACTION: 0.6, BUDGET_LINE: 0.6, POST: 0.5}
# What a pair of actions loses when their proper names conflict (``names_conflict``): enough for
# the real correction to win over a look-alike sibling of a template-written fiche (0.94 both),
# not so much that an action whose partner alone was corrected loses its IRI.
NAMES_CONFLICT_PENALTY = 0.25
# Articles and prepositions: they tell no name from another.
LINKING_WORDS = frozenset({"a", "au", "aux", "avec", "chez", "d", "de", "des", "du", "en", "et", "l", "la", "le",
                           "les", "par", "pour", "sous", "sur", "un", "une"})
_WORD = re.compile(r"[^\W_]+")  # as parse.naming.words reads words: apostrophes and hyphens part them
_SENTENCE_ENDS = ".!?:;•–—"


def similarity(kind: str, old: str, new: str) -> float:
    """How alike two contents are. A budget line of another year or section (its IRI spells both
    out: ``#budget-2024-fonctionnement-85000``), or a member with another SIREN
    or governing another territory, is another thing whatever the words; one with the same is the
    same member. Two actions whose proper names conflict are less alike than their letters say."""
    if kind == BUDGET_LINE and (_year(old) != _year(new) or _section(old) != _section(new)):
        return 0.0
    if kind == MEMBER and member_identifier(old) and member_identifier(new):
        return 1.0 if member_identifier(old) == member_identifier(new) else 0.0
    if kind == ORGANISATION:
        return organisation_likeness(old, new)
    old_text, new_text = old, new
    old, new = old.casefold(), new.casefold()
    if old == new:
        return 1.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    # the cheap upper bounds first: most pairs of a fiche's items are far apart
    if matcher.real_quick_ratio() < THRESHOLDS[kind] or matcher.quick_ratio() < THRESHOLDS[kind]:
        return 0.0
    if kind == ACTION and names_conflict(old_text, new_text):
        return matcher.ratio() - NAMES_CONFLICT_PENALTY
    return matcher.ratio()


def may_take(entry: Entry, content: str) -> bool:
    """Whether an item of this content may take the entry's IRI. A retired IRI (it answers 410)
    comes back only for the same thing: the same content, or a member of the same SIREN or
    territory; anything merely alike gets a new IRI, so that one IRI never names two things in turn."""
    if entry.live or entry.content.casefold() == content.casefold():
        return True
    identifier = member_identifier(entry.content) if entry.kind == MEMBER else ""
    return bool(identifier) and identifier == member_identifier(content)


# --- actions: the proper names they state ------------------------------------------------------

def names_conflict(old: str, new: str) -> bool:
    """Two texts that each state a proper name the other lacks (``proper_names``): "… à la Régie de
    quartier Est Romans" / "… Centre Romans", "avec la CRESS …" / "avec la DREETS …". A year, an
    amount or a count changed is no conflict: the yearly update of an action is that action."""
    only_old, only_new, _ = unpaired(proper_names(old), proper_names(new))
    return bool(only_old and only_new)


def proper_names(text: str) -> tuple[str, ...]:
    """The capitalised words of a text that do not open it or a sentence, as ``distinctive_words``
    compares them, but articles ("Le Grenier") and the one-word kinds of structure ("Association").

    >>> proper_names("Subvention à l’association Régie de quartier Est Romans. Elle emploie 14 salariés.")
    ('regie', 'est', 'roman')
    """
    found = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[:match.start()].rstrip()
        if not word[0].isupper() or not before or before[-1] in _SENTENCE_ENDS:
            continue
        stem = _singular(fold_word(word))
        if stem not in LINKING_WORDS and (stem,) not in _kind_labels():
            found.append(stem)
    return tuple(dict.fromkeys(found))


# --- organisations: the distinctive part of a name ----------------------------------------------

def organisation_likeness(old: str, new: str) -> float:
    """How surely two names name one body, by their distinctive words (``distinctive_words``):
    0 when each has one the other lacks ("Jardin de Cocagne de Valence" / "… de Vienne", "Régie de
    quartier Est Romans" / "… Centre Romans"), else the share of the longer name's words the other
    has ("Le Grenier Vénissian" / "Recyclerie du Grenier Vénissian": 1), a typo fixed counting
    nearly as one. A name of generic words only ("la recyclerie") is told by its whole words."""
    old_words, new_words = distinctive_words(old), distinctive_words(new)
    if not old_words or not new_words:
        return 1.0 if _stems(old) == _stems(new) else 0.0
    only_old, only_new, near = unpaired(old_words, new_words)
    if only_old and only_new:
        return 0.0
    shared = len(old_words) - len(only_old)
    return (shared - 0.1 * near) / max(len(old_words), len(new_words))


def distinctive_words(name: str) -> tuple[str, ...]:
    """The words that tell a name from others of its kind: accent- and case-free, singular,
    without articles and prepositions, without the labels of the kinds of ESS structure written in
    it (ontology/concepts.ttl: "Régie de quartier", "Jardin de Cocagne", "association"), nor the
    head noun of a kind opening it ("Les Jardins de Parilly", "Épicerie Le Panier").

    >>> distinctive_words("l’association Régie de quartier Est Romans")
    ('est', 'roman')
    """
    stems = _stems(name)
    generic = {0} if stems and stems[0] in _kind_heads() else set()
    for label in _kind_labels():
        for start in range(len(stems) - len(label) + 1):
            if stems[start:start + len(label)] == label:
                generic.update(range(start, start + len(label)))
    return tuple(dict.fromkeys(stem for index, stem in enumerate(stems) if index not in generic))


def unpaired(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[list[str], list[str], int]:
    """(the words of ``old`` that ``new`` lacks, those of ``new`` that ``old`` lacks, how many were
    paired as near-identical words, "Vénissian" / "Venisian")."""
    only_old = [word for word in old if word not in new]
    only_new = [word for word in new if word not in old]
    near = 0
    for word in list(only_old):
        twin = next((other for other in only_new if near_identical(word, other)), None)
        if twin is not None:
            only_old.remove(word)
            only_new.remove(twin)
            near += 1
    return only_old, only_new, near


def near_identical(one: str, other: str) -> bool:
    """Two words of four letters or more, one letter apart (one added, dropped, changed, or two
    swapped): a typo fixed, not another word ("Valence" / "Vienne", "Romans" / "Roanne")."""
    if min(len(one), len(other)) < 4 or abs(len(one) - len(other)) > 1:
        return False
    return _edits(one, other) <= 1


def _edits(one: str, other: str) -> int:
    """The optimal string alignment distance (Levenshtein with transpositions)."""
    rows = [list(range(len(other) + 1))]
    for i, a in enumerate(one, start=1):
        row = [i]
        for j, b in enumerate(other, start=1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _stems(text: str) -> tuple[str, ...]:
    """The words of a text, folded and singular, without articles and prepositions."""
    return tuple(_singular(word) for word in words(text) if word not in LINKING_WORDS)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


@table
def _kind_labels() -> tuple[tuple[str, ...], ...]:
    """The French labels of the kinds of ESS structure, as stems, the longest first."""
    labels = {_stems(label) for _, label, _ in scheme_labels(SCHEME_TYPE_STRUCTURE)}
    return tuple(sorted((label for label in labels if label), key=lambda label: (-len(label), label)))


@table
def _kind_heads() -> frozenset[str]:
    return frozenset(label[0] for label in _kind_labels())


def member_identifier(content: str) -> str:
    """What identifies a member in its content (``keep.member_content``): "SIREN 200040715",
    "territoire departement/93"; "" when the content gives neither."""
    rest = content.rpartition(" · ")[2]
    return rest if rest.startswith(("SIREN ", "territoire ")) else ""


def _year(content: str) -> str:
    first = content.split(" ", 1)[0]
    return first if first.isdigit() and len(first) == 4 else ""


def _section(content: str) -> str:
    """The budget section of a line's content ("2024 · fonctionnement · 85 000 €"), "" if none."""
    parts = content.split(" · ")
    return parts[1] if len(parts) > 1 and parts[1] in _section_codes() else ""


@table
def _section_codes() -> frozenset[str]:
    return frozenset(code for code, _, _ in scheme_labels(SCHEME_SECTION))
