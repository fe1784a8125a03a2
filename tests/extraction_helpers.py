"""What the audit tests of extraction share: a place for what they read, the roles found in a
sentence, sorted so that a test lists them in any order it likes, a fiche's graph as `convert`
writes it, the organisations of a member's actions, its budget lines and the amounts a text states."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

from rtes_kg.cli import main
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.extract.stated import find_amounts
from rtes_kg.parse.document import parse_text
from rtes_kg.parse.records import OrgMention, Source

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


def report_types(tmp_path: Path, text: str) -> list[str]:
    """The types of the results `rtes-kg validate` reports on a fiche file holding ``text``, sorted."""
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted(item["type"] for item in json.loads(result.stdout)["results"])


def mentions(*sentences: str, member: str = "Ville de Laval", kind: str = "Commune",
             address: str = "Place du 11 novembre\n53000 Laval") -> list[list[tuple[str, str, str]]]:
    """(name, slug, role) of the organisations of each action of a member's fiche."""
    actions = "".join(f"• {sentence}\n" for sentence in sentences)
    text = (f"{member}\n\nExemples d’actions soutenues par la collectivité :\n\n{actions}\n"
            f"Type de collectivité\n{kind}\nAdresse\n{address}\n")
    fiche, = read_fiches(text, "test.txt")
    return [sorted((m.name, m.slug, m.role) for m in action.mentions) for action in fiche.actions]


def roles_in_a_fiche(*sentences: str, **member: str) -> list[tuple[str, str]]:
    """(name, role) of the organisations of one action of a member's fiche (``mentions``: Laval's by
    default), the sentences its text, sorted, each once."""
    (found,) = mentions(" ".join(sentences), **member)
    return sorted({(name, role) for name, _, role in found})


def budget_lines(text: str) -> list[tuple[str | None, int | None, str | None, str | None, bool]]:
    fiche, = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros) if a.euros is not None else None, a.year, a.status, a.scope, a.part_of_previous)
            for a in fiche.budget_amounts]


def amounts(text: str) -> list[tuple[str, str | None, str | None]]:
    """(euros, what it is per, the amount it is a part of) of every amount the text states."""
    return [(str(a.euros), a.per, a.part_of.raw if a.part_of else None) for a in find_amounts(text, HERE)]


def action_mentions(sentence: str, member: str = "Ville de Lyon", kind: str = "Commune",
                    address: str = "1 place de la Comédie\n69001 Lyon") -> tuple[OrgMention, ...]:
    """The organisations of the one action of a member's fiche, the sentence its text."""
    text = (f"{member}\n\nExemples d’actions soutenues par la collectivité :\n\n• {sentence}\n\n"
            f"Type de collectivité\n{kind}\nAdresse\n{address}\n")
    fiche, = read_fiches(text, "test.txt")
    (action,) = fiche.actions
    return action.mentions


def bodies(sentence: str, **member: str) -> list[tuple[str, str, str | None, str]]:
    """(name, family, kind, role) of the organisations of a one-action fiche, sorted."""
    return sorted({(m.name, m.category, m.kind, m.role) for m in action_mentions(sentence, **member)})
