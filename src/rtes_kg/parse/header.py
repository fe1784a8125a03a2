"""What the head of a fiche says of the member on lines of no section: under its title or under its
kind, "Commune", "12 345 habitants", "Commune de 3 412 habitants", "Membre depuis 2003".

Only the lines of the fiche's head are read here (between the title and the first heading, or under
the kind's value), never an action's: "12 000 habitants" in an action is a figure of the action.
A fact its own section states is not taken again from such a line.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import replace

from rtes_kg.parse.fields import read_population, read_year, states_population
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import Source, Text, Year
from rtes_kg.parse.titles import (
    CLAUSE_BREAK,
    JOINED,
    MEMBER_SINCE,
    is_kind_alone,
    kind_and_areas,
    opens_with_a_body_word,
)

_KIND_BEFORE = re.compile(r"(?P<kind>\D{3,60}?)(?:\s+(?:de|d['’])\s*|\s*[,–—-]\s*|\s*\(\s*)"
                          r"(?=\d|environ|plus|près|pres|moins|quelque|quasiment|presque)", re.IGNORECASE)

# fact -> the section that states it
_SECTION_OF = {"population": "population", "kind": "kind", "membership_year": "membership"}


def joining_year(line: Line, file: str) -> Year | None:
    """The year of joining a line of the head or under a field's value says, or None."""
    match = JOINED.search(line.key)
    return Year(match.group(1), Source(file, line.no)) if match else None


def _facts(line: Line, file: str) -> dict[str, object]:
    """The facts one line of the head states, by field of the Fiche."""
    facts = _stated(line, file)
    if "membership_year" not in facts and (year := joining_year(line, file)) is not None:
        facts["membership_year"] = year
    return facts


def _parts(line: Line, file: str) -> list[tuple[Line, dict[str, object]]]:
    """A line of the head as the parts it states facts in, each with its facts: the whole line, or,
    when only its first clause states the population ("Commune de 2 841 habitants, membre du CA du
    RTES depuis 2015"), that clause and the rest of the line (which may state the year of joining);
    or its parts between dashes or commas when each states one ("Département – 191 000 habitants –
    adhérent depuis 2019", under the title as on its line)."""
    pieces = _pieces(line)
    if len(pieces) > 1 and all(stated := [_facts(piece, file) for piece in pieces]):
        return list(zip(pieces, stated))
    if (tagged := kind_and_areas(line.text)) is not None:  # "Commune – Bretagne – Finistère": its kind, and
        kind, areas = tagged  # the areas that tell which commune it is when no address says it ("Montreuil")
        return [(line, {"kind": Text(kind, Source(file, line.no)), "areas_named": areas})]
    whole = _facts(line, file)
    clauses = CLAUSE_BREAK.split(line.text, maxsplit=1)
    if "population" in whole or len(clauses) < 2:
        return [(line, whole)]
    first, rest = (replace(line, text=text, key=fold(text)) for text in clauses)
    opening = _stated(first, file)
    if "population" not in opening:
        return [(line, whole)]
    return [(first, opening), (rest, _facts(rest, file))]


def _stated(line: Line, file: str) -> dict[str, object]:
    if MEMBER_SINCE.match(line.key):
        return {"membership_year": read_year([line], file)[0]}
    if is_kind_alone(line.text):
        return {"kind": Text(line.text, Source(file, line.no))}
    key, kind = line.key, None
    before = _KIND_BEFORE.match(line.text)
    if before is not None and (said := _kind_of(before.group("kind"))):  # "Commune de 3 412 habitants"
        kind, key = Text(said, Source(file, line.no)), fold(line.text[before.end():])
        key = key[:-1] if key.endswith(")") and line.text[before.end() - 1: before.end()] == "(" else key
    if not states_population(key):
        return {}
    population, issues = read_population([line], file)
    if population is None or population.value is None or issues:
        return {}
    return {"population": population, **({"kind": kind} if kind is not None else {})}


def _kind_of(text: str) -> str | None:
    """The kind of member a text names, alone or with its area: "Commune", "Commune du Morbihan –"
    (its département), "Communauté de communes du Pays de Retz"."""
    if is_kind_alone(text):
        return text
    return next((text[: of.start()] for of in _OF.finditer(text) if is_kind_alone(text[: of.start()])), None)


_OF = re.compile(r"\s+(?:de|du|des|d['’])\s*")


def head_facts(lines: list[Line], file: str, stated: Set[str]) -> tuple[dict[str, object], list[Line]]:
    """The facts the lines of a fiche's head give that no section of it gives nor any field already
    read (``stated``: names of sections and of fields), and the lines, or parts of a line, that gave
    none (reported by the caller)."""
    values: dict[str, object] = {}
    unread = []
    for part, facts in (part for line in lines for part in _parts(line, file)):
        found = {field: value for field, value in facts.items()
                 if not {field, _SECTION_OF.get(field, field)} & stated and field not in values}  # (areas_named: none)
        if not found:
            unread.append(part)  # (of a line read in part, the part that gave none: "membre du CA depuis 2015")
        values.update(found)
    return values, unread


_TITLE_PARTS = re.compile(r"\s+[–—-]\s+|\s*[,;]\s+")


def head_on_the_title_line(line: Line) -> list[Line]:
    """A title that carries its head on its line ("Ville de Lodève – Commune – 7 500 habitants – membre
    du RTES depuis 2012": too long for a title, the fiche was untitled) as the title and one line per
    fact, all with its number; any other line alone."""
    title, *facts = _pieces(line)
    if not facts or not opens_with_a_body_word(title.key) or not all(_facts(fact, "") for fact in facts):
        return [line]
    return [title, *facts]


def _pieces(line: Line) -> list[Line]:
    """The line's parts between dashes or commas, each a line of its own with its number."""
    return [replace(line, text=text, key=fold(text)) for text in _TITLE_PARTS.split(line.text)]
