"""The lines of a contact section that are a structure's contact, not the member's ("Contact : Léa
Martin, coordinatrice de la recyclerie", "Contact de l'association : …"): a detail of the action
above when the section follows the actions, else left out and reported (never the member's)."""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.action_contacts import said_of_a_structure_kind
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import Action, ParseIssue

# A role that opens on a kind of structure: "Recyclerie La Trouvaille : Léa Martin".
_STRUCTURE_ROLE = re.compile(r"(?:association|recyclerie|ressourcerie|epicerie|scic|scop|cooperative|tiers-lieu|"
                             r"regie de quartier|chantier d'insertion|atelier|jardin|ferme|cafe|garage)\b")


def _role_of_a_structure(role: str) -> bool:
    folded = fold(role).strip(" :")
    return bool(_STRUCTURE_ROLE.match(folded)) or said_of_a_structure_kind(folded)


def a_structure_s_contact(text: str) -> bool:
    """Whether a contact line is a structure's: its role or its post names a kind of structure."""
    role, colon, value = text.partition(":")
    return bool(colon) and _role_of_a_structure(role) or said_of_a_structure_kind(value or role)


def structure_lines(role: str, body: list[Line]) -> tuple[list[Line], list[Line]]:
    """The member's lines of a contact section and the structures' (``role``: the section's)."""
    if _role_of_a_structure(role):
        return [], body
    mine = [line for line in body if not a_structure_s_contact(line.unbulleted)]
    return mine, [line for line in body if line not in mine]


def placed(lines: list[Line], actions: tuple[Action, ...], after_actions: bool,
           file: str) -> tuple[tuple[Action, ...], list[ParseIssue]]:
    """The actions with the structures' contact lines joined to the last one, when they follow it
    (``after_actions``); else the actions as they are, and the lines reported."""
    if after_actions and actions:
        last = actions[-1]
        numbers = (*(last.line_numbers or (last.source.line,)), *(line.no for line in lines))
        text = "\n".join([last.text, *(line.text for line in lines)])
        return (*actions[:-1], replace(last, text=text, line_numbers=numbers)), []
    return actions, [issue("contact-de-structure", file, line.no, line.text) for line in lines]
