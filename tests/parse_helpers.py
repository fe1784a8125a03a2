"""Helpers shared by the parse rounds' tests: the one fiche a text holds, and its findings' types."""

from __future__ import annotations

from rtes_kg.parse.document import parse_text


def one(text: str):
    """The fiche of a text that holds exactly one."""
    (only,) = parse_text(text, "f.txt")
    return only


def issue_types(fiche) -> list[str]:
    return [found.type for found in fiche.issues]
