"""Locates the project's own files: ontology, shapes, query examples and the shipped data."""

from __future__ import annotations

import functools
from pathlib import Path

from .errors import ResourceError

DEFAULT_BASE_IRI = "https://w3id.org/rtes/"


@functools.cache
def project_root() -> Path:
    """The checkout that holds ``ontology/`` and ``shapes/`` (the package is installed from it)."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "ontology").is_dir() and (folder / "shapes").is_dir():
            return folder
    raise ResourceError(
        "ontology/ and shapes/ not found beside the rtes_kg package",
        hint="install rtes-kg from its checkout with `pip install -e .`",
    )


def ontology_dir() -> Path:
    return project_root() / "ontology"


def shapes_dir() -> Path:
    return project_root() / "shapes"


def queries_dir() -> Path:
    return project_root() / "queries"


def data_dir() -> Path:
    return project_root() / "data"


def turtle_files(folder: Path) -> list[Path]:
    """The ``.ttl`` files of a folder, sorted so that loading order never changes an output."""
    return sorted(folder.glob("*.ttl"))
