"""The lines that date a fiche or say it unfinished: "Dernière mise à jour : …", "Fiche en cours de rédaction"."""

from __future__ import annotations

import re

from rtes_kg.parse.fields import MONTH_OF_A_YEAR
from rtes_kg.parse.lines import Line

_UPDATED = re.compile(r"^(?:(?:date de (?:la )?)?(?:derniere )?(?:mise a jour|mis a jour|maj|actualisee?|actualisation)"
                      r"|(?:date de (?:la )?)?derniere modification|date de (?:la )?modification|modifiee? le"
                      r"|fiche (?:mise a jour|actualisee|modifiee))\b")
_IN_PROGRESS = re.compile(r"\ben cours (?:de redaction|de construction|d'actualisation)\b")


def is_update_marker(line: Line) -> bool:
    """ "Dernière mise à jour : 16/09/2025", "Mise à jour le 16 septembre 2025"."""
    return len(line.key.split()) <= 10 and bool(_UPDATED.match(line.key))


def is_bare_date(line: Line) -> bool:
    """ "12/09/2024", "2024-09-12", "12 septembre 2024" alone on a line; "mars 2024" too (a date
    without its day, which the report asks for)."""
    return bool(_BARE_DATE.fullmatch(line.key) or MONTH_OF_A_YEAR.fullmatch(line.key))


_BARE_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)? [a-z]+ \d{4}")


def is_in_progress_marker(line: Line) -> bool:
    return len(line.key.split()) <= 8 and bool(_IN_PROGRESS.search(line.key))


def first_unmarked(markers: list[bool]) -> list[int]:
    """For each line (and the end), the first line from it that is no marker, from one walk back: a walk
    forward at each of thousands of markers in a row took seconds."""
    found = [len(markers)] * (len(markers) + 1)
    for index in range(len(markers) - 1, -1, -1):
        found[index] = found[index + 1] if markers[index] else index
    return found
