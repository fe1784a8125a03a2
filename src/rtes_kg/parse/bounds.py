"""Bounds on a fiche and its sections: a real section holds a few dozen lines and a fiche a few
hundred, never thousands, whose reading grows with them (a budget of 20,000 lines took 35 s and
1.2 GB, 10,000 "Contact public" sections of one line each 7 s and 370 MB, for files under a
megabyte). Past a bound, the text is cut and the fiche refused until it is shortened, as for too
many actions."""

from __future__ import annotations

from typing import Protocol, TypeVar

from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.records import ParseIssue

MAX_SECTION_LINES = 1_000
MAX_SECTION_CHARS = 100_000  # the longest programme of the fiches we know: about 5,000
MAX_FICHE_LINES = 3_000  # the longest fiche we know: under 200


class _Section(Protocol):
    heading: Line
    body: list[Line]


S = TypeVar("S", bound=_Section)


def bound_sections(sections: list[S], file: str) -> list[ParseIssue]:
    """Cut each section's body at the bounds, and the sections past the fiche's bound, in place;
    the issues of what was cut."""
    issues: list[ParseIssue] = []
    seen = 0  # lines of the fiche's sections so far, headings included
    for at, section in enumerate(sections):
        seen += 1
        if seen > MAX_FICHE_LINES:
            del sections[at:]
            return [*issues, issue("fiche-trop-longue", file, section.heading.no)]
        characters = 0
        for index, line in enumerate(section.body):
            characters += len(line.text)
            if seen + index >= MAX_FICHE_LINES:  # it would be the fiche's line MAX_FICHE_LINES + 1
                del section.body[index:], sections[at + 1:]
                return [*issues, issue("fiche-trop-longue", file, line.no)]
            if index >= MAX_SECTION_LINES or characters > MAX_SECTION_CHARS:
                del section.body[index:]
                issues.append(issue("rubrique-trop-longue", file, line.no, section.heading.text.rstrip(" :\u00a0")))
                break
        seen += len(section.body)
    return issues
