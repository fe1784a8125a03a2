"""Headings written as questions ("Quel type de collectivité ? Commune", "Depuis quand adhérente au
RTES ?", "Où nous trouver ?", "Qui contacter ?"), read as the headings they ask for.

A question is a heading when what it asks names a section: its words after the interrogative are a
heading's ("type de collectivité", "habitants", "adhérente au RTES", "budget pour l'ESS", "actions"),
or it asks where the member is, whom to contact or what it does. Any other question ("Comment
réduire nos déchets ? …", in an action) is left as it is; "Qui sommes-nous ?" heads a section of its
own, which presents the member (``headings``, ``presentation``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.headings import names_a_section
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.sections import section_of

_QUESTION = re.compile(r"(?P<asked>[^?:]{3,80}?)\s*\?\s*(?P<value>.*)$")
_ASKED_WORDS = 8
_VALUE_WORDS = 14  # a value after the question, not a paragraph that answers a question of its own
# The interrogative, its verb and the article or possessive after it: "Quelle est la", "Quelles sont vos",
# "Depuis quand êtes-vous".
_INTERROGATIVE = re.compile(r"(?:quel(?:le)?s?|combien(?: d'| de)?|depuis quand|a quand|quand|ou|qui|que|quoi)\s*"
                            r"(?:(?:etes-vous|sommes-nous|est-elle|est-il|est-on|avez-vous|avons-nous|est|sont)\s+)?"
                            r"(?:(?:le|la|les|vos|nos|votre|notre|son|sa|ses)\s+|l')?")
# What a question asks when its words are no heading's: where, whom, what the member does, who it is.
_ASKS = (
    ("kind", re.compile(r"quelle (?:collectivite|sorte de collectivite)|quel (?:statut|echelon)")),
    # (of the member: the RTES named, or "vous"/"nous"; not "Quand la ressourcerie a-t-elle adhéré à …")
    ("membership", re.compile(r"(?=.*(?:\brtes\b|-vous\b|-nous\b))"
                              r"(?:en quelle annee|depuis quand|depuis combien de temps|quand)\b.*"
                              r"\b(?:adhere\w*|adhesion|adherente?s?|membres?)\b.*")),
    ("address", re.compile(r"ou (?:nous |me |les )?(?:trouver|joindre|ecrire|rencontrer)|ou sommes-nous|"
                           r"ou se trouve")),
    ("contact", re.compile(r"qui (?:contacter|joindre|appeler|solliciter)|a qui (?:s'adresser|ecrire)|"
                           r"qui sont (?:nos|vos|les) (?:contacts|interlocuteurs|referents)")),
    ("actions", re.compile(r"que (?:faisons-nous|fait-elle|fait-il|fait la collectivite)|"
                           r"qu'avons-nous (?:fait|realise)")),
)
# The heading each section is written with, for the line the question becomes.
_HEADING_OF = {"kind": "Type de collectivité", "population": "Nombre d'habitants", "membership": "Année d'adhésion",
               "address": "Adresse", "contact": "Contact public", "budget": "Budget ESS",
               "actions": "Exemples d'actions", "programme": "Programme d'intervention", "panorama": "Panorama"}


def _asks_for(asked: str) -> str | None:
    """The section a folded question asks for, or None."""
    for section, words in _ASKS:
        if words.fullmatch(asked):
            return section
    rest = _INTERROGATIVE.sub("", asked, count=1) if _INTERROGATIVE.match(asked) else ""
    return section_of(rest) if rest else None


def as_heading(line: Line) -> Line:
    """A question that asks for a section as that section's heading, its value after it ("Quel type
    de collectivité ? Commune" is "Type de collectivité : Commune"); any other line as it is."""
    question = _QUESTION.match(line.unbulleted) if not line.bullet else None
    if question is None or len(question.group("asked").split()) > _ASKED_WORDS \
            or len(question.group("value").split()) > _VALUE_WORDS:
        return line
    section = _asks_for(fold(question.group("asked")))
    if section is None:
        return line
    value = question.group("value").strip()
    text = f"{_HEADING_OF[section]} : {value}" if value else _HEADING_OF[section]
    return replace(line, text=text, key=fold(text))


_QUESTIONS_AS_HEADINGS = 2


def as_headings(lines: list[Line]) -> list[Line]:
    """The lines with their questions as headings (``as_heading``) when the file writes its headings
    as questions, two at least; a lone question that asks for a section is an action's words
    ("Combien d'habitants ? 300 familles." under an action made 300 the population)."""
    asked = [as_heading(line) for line in lines]
    questions = sum(heading is not line for heading, line in zip(asked, lines))
    if questions >= _QUESTIONS_AS_HEADINGS:
        return asked
    # a lone one that the heading reader takes whole for a heading keeps its value apart: "Quel type de
    # collectivité ? Métropole" among headings that are no questions (its section was empty)
    return [heading if heading is not line and names_a_section(line) else line for heading, line in zip(asked, lines)]
