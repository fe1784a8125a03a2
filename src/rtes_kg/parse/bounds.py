"""Bounds on a section of a fiche: a real one holds a few dozen lines, never thousands, whose
reading grows with them (a budget of 20,000 lines took 35 s and 1.2 GB, a list of 20,000
contacts 12 s, for a file under a megabyte). Past the bound, the section is cut and the fiche
is refused until it is shortened, as for too many actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.records import ParseIssue

MAX_SECTION_LINES = 1_000
MAX_SECTION_CHARS = 100_000  # the longest programme of the fiches we know: about 5,000


class _Section(Protocol):
    heading: Line
    body: list[Line]


def bound_sections(sections: Sequence[_Section], file: str) -> list[ParseIssue]:
    """Cut each section's body at the bounds, in place; the issue of each section cut."""
    issues = []
    for section in sections:
        characters = 0
        for index, line in enumerate(section.body):
            characters += len(line.text)
            if index >= MAX_SECTION_LINES or characters > MAX_SECTION_CHARS:
                del section.body[index:]
                issues.append(issue("rubrique-trop-longue", file, line.no, section.heading.text.rstrip(" :\u00a0")))
                break
    return issues
