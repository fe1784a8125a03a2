"""Where the project's own files are (ontology, shapes, query examples, shipped data), and the one
Jinja environment that renders every page and text: the site, the report and ``serve``."""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

import jinja2

from rtes_kg.errors import ResourceError
from rtes_kg.escaping import without_reordering

DEFAULT_BASE_IRI = "https://w3id.org/rtes/"


@functools.cache
def project_root() -> Path:
    """The folder that holds ``ontology/``, ``shapes/``, ``queries/`` and ``data/``: the copy that
    setup.py packs into the wheel as ``rtes_kg/_project``, else (an editable install) the checkout
    around ``src/rtes_kg``. The packaged copy wins: it always matches the installed code, even
    when the environment sits inside some checkout."""
    packaged = resources.files("rtes_kg") / "_project"
    if isinstance(packaged, Path) and packaged.is_dir():  # pip installs a wheel unzipped: a real folder
        return packaged
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "ontology").is_dir() and (checkout / "shapes").is_dir():
        return checkout
    raise ResourceError(
        "ontology/ and shapes/ not found: neither packaged with rtes_kg nor beside its sources",
        hint="reinstall rtes-kg: `pip install .` or, from its checkout, `pip install -e .`",
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


_BASE_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f]+[/#]")


def is_base_iri(value: str) -> bool:
    """An absolute http(s) IRI ending with "/" or "#", with no character an IRI may not hold: every
    IRI of the data starts with it."""
    return bool(_BASE_IRI.fullmatch(value))


@functools.cache
def environment() -> jinja2.Environment:
    """The one Jinja environment. Autoescape for HTML, XML and SVG only: escaping a text report
    would turn "l'adresse" into "l&#39;adresse". StrictUndefined: a variable missing from the
    context fails the render instead of vanishing. No auto_reload: the templates are the
    package's, and looking at each one's file at each page costs a tenth of a build's pages."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("rtes_kg", "templates"), auto_reload=False,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "xml", "svg", "html.j2", "xml.j2"), default_for_string=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, finalize=without_reordering,
    )
