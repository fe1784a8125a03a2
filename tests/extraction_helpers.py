"""What the audit tests of extraction share: a place for what they read, and the roles found in a
sentence, sorted so that a test lists them in any order it likes."""

from __future__ import annotations

from rtes_kg.extract.organisations import find_organisations
from rtes_kg.parse.records import Source

HERE = Source("test.txt", 1)


def roles(text: str) -> list[tuple[str, str]]:
    """(name, role) of every organisation the sentence names, sorted."""
    return sorted((m.name, m.role) for m in find_organisations(text, HERE))
