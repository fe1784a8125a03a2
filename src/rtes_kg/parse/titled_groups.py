"""A title line over the bullets that detail one action, no group of actions: "La ferme de la
Marionnais" then "• Espace test agricole géré par…", "• 3,5 ETP, 6 porteurs de projets…",
"• Budget : 60 000 €". The title names something (a capitalised word past its first; not a
theme: "Alimentation", "1. Agriculture et alimentation"), and its bullets give the action's
fields ("Partenaires :", "Porteur :", "Budget :") or its figures, not actions of their own ("1.
Alimentation" then "• L'épicerie X : …", "• Soutien à la SCIC Y" stay a group)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from rtes_kg.parse.details import ACTION_FIELD
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.numbering import NUMBER

_FIELD = re.compile(rf"(?:{ACTION_FIELD}|contacts?)\s*:")
_FIGURE = re.compile(r"\d[\d\s.,]*\s*(?!\d)[^\W\d]")  # "3,5 ETP", "400 objets réparés" (not "2023 : …")
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}\b")


def titled_groups(lines: Sequence[Line], groups: Collection[int]) -> set[int]:
    """The lines among ``groups`` (the group headings of a bulleted section) that title one action
    whose bullets are its details."""
    titled = set()
    for index, line in enumerate(lines):
        if line.no not in groups:
            continue
        under = []
        k = index + 1
        while k < len(lines) and (lines[k].is_url or lines[k].bullet):  # (its own bullets only: linear)
            if not lines[k].is_url:
                under.append(lines[k].unbulleted)
            k += 1
        if under and _names_something(line.text) and any(_FIELD.match(fold(item)) or (
                _FIGURE.match(item) and not _YEAR_FIRST.match(item)) for item in under):
            titled.add(line.no)
    return titled


def _names_something(text: str) -> bool:
    words = NUMBER.sub("", text).split()
    return any(word[:1].isupper() for word in words[1:])
