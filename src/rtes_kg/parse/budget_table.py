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
    columns = {column: _unit_of(cell) or fold(cell) for column, cell in enumerate(text.split("|"))}
    if not any(_YEAR.fullmatch(cell) or _TOTAL.match(cell) or _SECTION.fullmatch(cell) or cell in _UNIT_CELLS
               for cell in columns.values()):
        return None
    return columns


# A column of amounts whose cells say no unit: "| Poste | Montant (€) |", "Montant en K€", "Euros"
_UNIT_HEADER = re.compile(r"[^|()]{0,40}?(?:\(\s*(?:en\s+)?(?P<a>k€|m€|€|keur|meur|eur|euros|milliers d['’]euros)\s*\)"
                          r"|\ben\s+(?P<b>k€|m€|€|euros|milliers d['’]euros)|^\s*(?P<c>€|euros)\s*$)\s*", re.IGNORECASE)
_UNITS = {"€": "€", "eur": "€", "euros": "€", "k€": "k€", "keur": "k€", "milliers d'euros": "k€",
          "milliers d’euros": "k€", "m€": "M€", "meur": "M€"}
_UNIT_CELLS = frozenset(_UNITS.values())  # what a header's cell of a unit becomes in its columns


def _unit_of(cell: str) -> str | None:
    found = _UNIT_HEADER.fullmatch(cell.strip())
    return None if found is None else _UNITS[(found["a"] or found["b"] or found["c"]).lower()]


def with_units(text: str, columns: dict[int, str] | None) -> str:
    """A table row whose amounts its header gives the unit of, each with its unit: "| IAE | 80 000 |"
    under "| Poste | Montant (€) |" is "| IAE | 80 000 € |" (the amount was lost)."""
    if not columns or "|" not in text or not _UNIT_CELLS & set(columns.values()):
        return text
    cells = text.split("|")
    for column, cell in enumerate(cells):
        unit = columns.get(column)
        if unit in _UNIT_CELLS and _BARE_NUMBER.fullmatch(cell):
            cells[column] = f"{cell.rstrip()} {unit}{cell[len(cell.rstrip()):]}"
    return "|".join(cells)


_BARE_NUMBER = re.compile(r"\s*\d{1,3}(?:[ \u00a0\u202f.]?\d{3})*(?:,\d+)?\s*")


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
