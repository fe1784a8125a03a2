"""A fiche written without capitals (typed in haste, or lowered by a tool; its acronyms aside:
"adjointe à l'ESS"): its lines open with one, as every line of a fiche does, so that its title is
one; its names are published as a name is written ("ville de lorient": "Ville de Lorient"), and a
contact's holder is a person only when shaped as one once cased."""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.contacts import looks_like_person, names_a_person, opens_with_a_unit_word
from rtes_kg.parse.fields import title_case_city
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import Contact
from rtes_kg.parse.sections import section_of
from rtes_kg.parse.titles import with_its_kind_cased

# A word that opens with a capital, as names and lines do: "Ville", "Lorient" (not "ESS", "RTES", "SCIC")
_CAPITALISED = re.compile(r"\b[^\W\d_](?<=[A-ZÀ-Ý])[a-zà-ÿ]")


def without_capitals(text: str) -> bool:
    """Whether a text has words and not one that opens with a capital (its acronyms aside)."""
    return any(char.isalpha() for char in text) and not _CAPITALISED.search(text)


def opening_with_a_capital(line: Line) -> Line:
    """The line with its first letter in capital: "ville de lorient" is "Ville de lorient"."""
    at = next((index for index, char in enumerate(line.text) if char.isalpha()), None)
    if at is None:
        return line
    return replace(line, text=line.text[:at] + line.text[at].upper() + line.text[at + 1:])


def with_its_holder_cased(line: Line) -> Line:
    """A contact's line of a text without capitals with its holder cased, when the holder is a
    person's name once cased ("élu référent : pierre soulier, vice-président…" is "… : Pierre
    Soulier, vice-président…"): the contacts are read from it as from any fiche, where such a line
    under the address was a line of the address and its contact lost."""
    role, colon, rest = line.text.rpartition(":")
    holder, comma, title = rest.partition(",")
    if not colon or not holder.strip() or _nobody(_as_a_person(holder.strip())):
        return line
    cased = replace(line, text=f"{role}:{holder.replace(holder.strip(), _as_a_person(holder.strip()))}{comma}{title}")
    last_role = role.rpartition(":")[2]
    return cased if names_a_person(replace(cased, text=f"{last_role}:{cased.text[len(role) + 1:]}")) \
        or section_of(fold(last_role)) == "contact" else line


def _nobody(name: str) -> bool:
    """Whether a name, cased, names no one: "Le Cabinet du Maire", "Service Développement…"."""
    words = name.casefold().replace("'", " ").split()
    return not words or words[0] in _ARTICLES or any(opens_with_a_unit_word(word) for word in words) \
        or not looks_like_person(name)


def as_a_name(text: str) -> str:
    """A name written in lower case, cased as a name is: "ville de pantin-sur-mer" is "Ville de
    Pantin-sur-Mer", "les sables-d'olonne" "Les Sables-d'Olonne", "communauté de communes du pays de
    lunel" "Communauté de communes du Pays de Lunel"."""
    return with_its_kind_cased(title_case_city(text.upper()))


def cased_holder(contact: Contact) -> Contact | None:
    """A contact of a text without capitals, whose holder could not be told a person by its capitals
    ("élue référente : marie le bihan, adjointe" read "marie le bihan" as a service): a person when
    it is shaped as one once cased, a service when it opens with a unit's word ("service
    développement économique"), else None (who holds the post is not known: nothing is published)."""
    if contact.person is not None or contact.service is None or opens_with_a_unit_word(contact.service):
        return contact
    name = _as_a_person(contact.service)
    return None if _nobody(name) else replace(contact, person=name, service=None)  # "le cabinet du maire": none


_ARTICLES = frozenset({"le", "la", "les", "l", "un", "une"})


_PARTICLES = frozenset({"de", "du", "des", "d"})


def _as_a_person(text: str) -> str:
    """A person's name written in lower case, cased: "marie le bihan" is "Marie Le Bihan" (the article
    of a family name takes its capital; "de", "du", "des", "d'" after the first name do not)."""
    parts = re.split(r"([\s'’-]+)", text)
    return "".join(part if index % 2 or (index and part in _PARTICLES) else part[:1].upper() + part[1:]
                   for index, part in enumerate(parts))
