"""Renders a query answer as an aligned text table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

from rtes_kg.escaping import printable
from rtes_kg.sparql.examples import Answer

MAX_CELL = 60  # a table on a terminal stays readable; csv and json keep the full values


def render_answer(answer: Answer, fmt: str, for_terminal: bool = False) -> str:
    """The answer as a table, CSV or JSON; on a terminal, CSV with its control characters escaped
    (a value of a hostile dump must not drive the terminal; a file gets the values as they are)."""
    if fmt == "csv":
        text = _csv(answer)
        return "\n".join(printable(line) for line in text.split("\n")) if for_terminal else text
    if fmt == "json":
        rows = [dict(zip(answer.variables, row)) for row in answer.rows]
        return json.dumps({"variables": list(answer.variables), "rows": rows},
                          ensure_ascii=False, indent=2) + "\n"
    return _table(answer)


def _csv(answer: Answer) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(answer.variables)
    writer.writerows(["" if value is None else value for value in row] for row in answer.rows)
    return out.getvalue()


def _table(answer: Answer) -> str:
    cells = [list(answer.variables)] + [[_cell(value) for value in row] for row in answer.rows]
    widths = [max(_width(row[column]) for row in cells) for column in range(len(answer.variables))]
    lines = []
    for index, row in enumerate(cells):
        lines.append("  ".join(_pad(value, width) for value, width in zip(row, widths)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    count = len(answer.rows)
    lines.append(f"({count} ligne{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(value: str | None) -> str:
    text = "" if value is None else printable(" ".join(value.split()))  # data may hold escape sequences
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _width(text: str) -> int:
    # Combining accents take no column on a terminal.
    return sum(1 for char in text if not unicodedata.combining(char))


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
