"""When an item of a build is its former self in the identifier ledger: how alike two contents
are, kind by kind (``similarity``), and which former entries an item may take at all
(``may_take``). ``model.keep`` matches the best pairs first with these scores (docs/model.md,
"How IRIs are minted and kept").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rtes_kg.model.ledger import ACTION, BUDGET_LINE, MEMBER, ORGANISATION, POST, Entry

# The least similarity of content (difflib's ratio, 0 to 1) for an item to be its former self.
# Names are short and alike ("Communauté de communes du Val de Morteau / … de Moselle": 0.9),
# so organisations need a near copy; an action's text or a budget line survives an edit.
THRESHOLDS = {MEMBER: 0.95, ORGANISATION: 0.9, ACTION: 0.6, BUDGET_LINE: 0.6, POST: 0.5}


def similarity(kind: str, old: str, new: str) -> float:
    """How alike two contents are. A budget line of another year, or a member with another SIREN
    or governing another territory, is another thing whatever the words; one with the same is the
    same member."""
    if kind == BUDGET_LINE and _year(old) != _year(new):
        return 0.0
    if kind == MEMBER and member_identifier(old) and member_identifier(new):
        return 1.0 if member_identifier(old) == member_identifier(new) else 0.0
    old, new = old.casefold(), new.casefold()
    if old == new:
        return 1.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    # the cheap upper bounds first: most pairs of a fiche's items are far apart
    if matcher.real_quick_ratio() < THRESHOLDS[kind] or matcher.quick_ratio() < THRESHOLDS[kind]:
        return 0.0
    return matcher.ratio()


def may_take(entry: Entry, content: str) -> bool:
    """Whether an item of this content may take the entry's IRI. A retired IRI (it answers 410)
    comes back only for the same thing: the same content, or a member of the same SIREN or
    territory; anything merely alike gets a new IRI, so that one IRI never names two things in turn."""
    if entry.live or entry.content.casefold() == content.casefold():
        return True
    identifier = member_identifier(entry.content) if entry.kind == MEMBER else ""
    return bool(identifier) and identifier == member_identifier(content)


def member_identifier(content: str) -> str:
    """What identifies a member in its content (``keep.member_content``): "SIREN 200040715",
    "territoire departement/93"; "" when the content gives neither."""
    rest = content.rpartition(" · ")[2]
    return rest if rest.startswith(("SIREN ", "territoire ")) else ""


def _year(content: str) -> str:
    first = content.split(" ", 1)[0]
    return first if first.isdigit() and len(first) == 4 else ""
