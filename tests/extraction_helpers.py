"""What the audit tests of extraction share: a place for what they read, the roles found in a
sentence, sorted so that a test lists them in any order it likes, and a fiche's graph as `convert`
writes it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

from rtes_kg.cli import main
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.parse.records import Source

HERE = Source("test.txt", 1)


def roles(text: str) -> list[tuple[str, str]]:
    """(name, role) of every organisation the sentence names, sorted."""
    return sorted((m.name, m.role) for m in find_organisations(text, HERE))


def converted(tmp_path: Path, text: str) -> Graph:
    """The graph `rtes-kg convert` prints for a fiche file holding ``text``."""
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "--format", "nt"])
    assert result.exit_code == 0, result.output
    return Graph().parse(data=result.stdout, format="nt")
