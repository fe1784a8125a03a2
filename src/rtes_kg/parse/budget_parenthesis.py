"""A parenthesis left open on a line of the budget ("300 K€ (hors ESS en 2024, dont 50 K€…"): read
as if it were not there, and reported."""

from __future__ import annotations

from dataclasses import replace

from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.records import ParseIssue


def _unclosed(text: str) -> list[int]:
    """Where the parentheses that no ")" closes on the line open."""
    opened: list[int] = []
    for at, character in enumerate(text):
        if character == "(":
            opened.append(at)
        elif character == ")" and opened:
            opened.pop()
    return opened


def without_open_parentheses(lines: list[Line], file: str) -> tuple[list[Line], list[ParseIssue]]:
    """The lines with each unclosed "(" blanked out (same length: what follows is read as the rest of
    the line, not swallowed into the parenthesis, and the amounts keep their places), and the lines
    that had one, reported."""
    read, issues = [], []
    for line in lines:
        opened = _unclosed(line.text)
        if opened:
            text = "".join(" " if at in opened else character for at, character in enumerate(line.text))
            line = replace(line, text=text)
            issues.append(issue("parenthese-ouverte", file, line.no, line.text[opened[0]:].strip()))
        read.append(line)
    return read, issues
