"""A budget written as a table ("| Poste | 2022 | 2023 | Total |"): a cell's column is the number of
pipes before it; the header's years date the cells under them, and a "Total" column or row adds up
the others, no line of its own (counted twice otherwise); a section heading a column ("| Année |
Fonctionnement | Investissement |") is the section of the cells under it."""

from __future__ import annotations

import re

from rtes_kg.parse.naming import fold

_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?!\d)")
_TOTAL = re.compile(r"(?:sous[- ])?totale?s?\b|ensemble\b|cumul")


def header_columns(text: str) -> dict[int, str] | None:
    """The folded cells of a table's header line, by column; None when the line is no such header
    (no pipe, or no cell that is a year or a total)."""
    if "|" not in text:
        return None
    columns = {column: fold(cell) for column, cell in enumerate(text.split("|"))}
    if not any(_YEAR.fullmatch(cell) or _TOTAL.match(cell) or _SECTION.fullmatch(cell) for cell in columns.values()):
        return None
    return columns


# A column of one budget section: "| Année | Fonctionnement | Investissement |"
_SECTION = re.compile(r"\s*(?:(?:en|section(?: de)?|budget de|credits de|depenses de)\s+)?"
                      r"(fonctionnement|investissement)\s*(?:\(\s*(?:€|eur|euros)\s*\)|en (?:€|euros))?\s*")


def column_section(columns: dict[int, str] | None, column: int) -> str | None:
    """The budget section heading the column ("Fonctionnement"), if any."""
    section = _SECTION.fullmatch(columns.get(column, "")) if columns else None
    return section.group(1) if section else None


def column_of(text: str, at: int) -> int:
    return text.count("|", 0, at)


def column_year(columns: dict[int, str] | None, column: int) -> int | None:
    """The year heading the column ("2023"), if any."""
    year = _YEAR.fullmatch(columns.get(column, "")) if columns else None
    return int(year.group(1)) if year else None


def a_total_column(columns: dict[int, str] | None, column: int) -> bool:
    return columns is not None and bool(_TOTAL.match(columns.get(column, "")))


def a_total_row(text: str) -> bool:
    """Whether the table row's first cell says a total ("| Total | 120 000 € | …")."""
    first = next((cell for cell in text.split("|") if cell.strip()), "")
    return "|" in text and bool(_TOTAL.match(fold(first)))
