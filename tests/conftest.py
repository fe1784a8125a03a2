"""Shared fixtures: the shipped seed fiches, as one document and as one file per member."""

from __future__ import annotations

from pathlib import Path

import pytest

from rtes_kg.extract.findings import read_fiches
from rtes_kg.project import data_dir

SEED_DOCUMENT = data_dir() / "fiches" / "rtes-fiches-2025.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_DOCUMENT.read_text(encoding="utf-8")


def split_document(text: str) -> dict[str, str]:
    """The seed document cut at each fiche's title line: {slug-ish name: fiche text}."""
    lines = text.splitlines()
    fiches = read_fiches(text, "seed")
    starts = [fiche.source.line - 1 for fiche in fiches] + [len(lines)]
    return {fiche.name.text: "\n".join(lines[start:end]) + "\n"
            for fiche, start, end in zip(fiches, starts, starts[1:])}


@pytest.fixture()
def seed_data_dir(tmp_path: Path, seed_text: str) -> Path:
    """A data folder holding the seed document as published."""
    folder = tmp_path / "data" / "fiches"
    folder.mkdir(parents=True)
    (folder / "rtes-fiches-2025.txt").write_text(seed_text, encoding="utf-8")
    return tmp_path / "data"
