"""The lines of the actions that are a detail of one action, not a section of the fiche: a heading's
words with their value written between two paragraphs ("Contact : Marie Dupont"), a line under a
bullet ("Ouvert le samedi matin")."""

from __future__ import annotations

import re

from rtes_kg.parse.contacts import names_a_person
from rtes_kg.parse.fields import is_postal_line
from rtes_kg.parse.headings import IDENTITY_SECTIONS, read_heading
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold

# A paragraph of the actions tells something: a sentence of a few words that ends ("La Ville a créé
# l'épicerie La Brouette avec le CCAS."), never a name, a title or a postal line.
_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def tells_an_action(line: Line) -> bool:
    """Whether a line reads as a paragraph of the actions: a sentence, not a contact ("Élue
    référente : Anne Le Gall"), an address ("1 place de la Halle") or a link."""
    text = line.unbulleted
    return (len(text.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(text))
            and not line.is_url and not names_a_person(line) and not is_postal_line(text))


def shares_a_name(value: str, text: str) -> bool:
    """Whether a sentence names a capitalised word of a heading's value ("Contact : Marie Dupont" then
    "Marie Dupont anime le réseau…"): it tells of that value, the fiche's contact, not of an action."""
    names = {fold(word) for word in _NAME_WORD.findall(value) if word[:1].isupper()}
    return bool(names & {fold(word) for word in _NAME_WORD.findall(text)})


def is_detail(line: Line) -> bool:
    """A heading's words with their value inside the actions ("Contact : Marie Dupont, présidente",
    "Adresse : 12 rue du Port, 29000 Quimper"): a detail of the action above, never an action."""
    if line.bullet:
        return False
    heading = read_heading(line)
    return heading is not None and heading.section in IDENTITY_SECTIONS and bool(heading.inline)
