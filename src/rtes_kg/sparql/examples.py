"""The SPARQL query examples: reads their headers and runs them on Oxigraph (fast) or rdflib (reference)."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from rtes_kg import formats
from rtes_kg.errors import InputError, UsageError
from rtes_kg.project import queries_dir

HEADER_LINE = re.compile(r"^#\s*([a-z-]+)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class Query:
    """A query example: ``name`` is its file stem, the header fields come from its leading comments."""

    name: str
    title: str
    description_fr: str
    description_en: str
    tags: tuple[str, ...]
    text: str
    path: Path


@dataclass(frozen=True)
class Answer:
    """A SELECT answer: variable names and rows of plain strings (None where a variable is unbound)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def read_query(path: Path) -> Query:
    text = path.read_text(encoding="utf-8")
    headers: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = HEADER_LINE.match(line)
        if match:
            headers[match.group(1)] = match.group(2)
    return Query(
        name=path.stem,
        title=headers.get("title", path.stem),
        description_fr=headers.get("description-fr", ""),
        description_en=headers.get("description-en", ""),
        tags=tuple(tag.strip() for tag in headers.get("tags", "").split(",") if tag.strip()),
        text=text,
        path=path,
    )


def examples() -> list[Query]:
    return [read_query(path) for path in sorted(queries_dir().glob("*.rq"))]


def find_query(name_or_path: str) -> Query:
    """A ``.rq`` file path, or the name of an example of ``queries/`` (with or without ``.rq``)."""
    path = Path(name_or_path)
    if path.suffix == ".rq" or len(path.parts) > 1:
        if not path.is_file():
            raise InputError("fichier de requête introuvable", name_or_path, hint="vérifiez le chemin")
        return read_query(path)
    example = queries_dir() / f"{path.stem}.rq"
    if example.is_file():
        return read_query(example)
    names = ", ".join(query.name for query in examples())
    raise UsageError(f"requête « {name_or_path} » introuvable",
                     hint=f"donnez un fichier .rq ou un exemple parmi : {names}")


def load_store(path: Path) -> ox.Store:
    """An in-memory Oxigraph store holding a dump (gzipped or not)."""
    if path.is_dir():
        raise InputError("est un dossier", str(path), hint="donnez le fichier du dump, par ex. dist/rtes.ttl")
    compressed = path.suffix == ".gz"
    if compressed:
        path = path.with_suffix("")  # the format is the suffix under .gz; the file is read below
    syntax = formats.by_suffix(path)
    if syntax is None:
        raise UsageError(f"format RDF inconnu pour {path.name}", hint="donnez un .ttl, .nt, .trig ou .nq")
    store = ox.Store()
    source = Path(f"{path}.gz") if compressed else path
    try:
        with (gzip.open(source) if compressed else open(source, "rb")) as stream:
            store.load(stream, format=syntax.oxigraph)
    except FileNotFoundError:
        raise InputError("données introuvables", str(source),
                         hint="lancez d’abord `rtes-kg build` ou donnez --data FICHIER") from None
    except (SyntaxError, OSError, EOFError) as error:
        raise InputError(f"RDF illisible : {error}", str(source)) from None
    return store


def run_oxigraph(store: ox.Store, text: str) -> Answer:
    try:
        solutions = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise UsageError(f"requête SPARQL invalide : {error}") from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise UsageError("seules les requêtes SELECT sont affichées en tableau",
                         hint="écrivez une requête SELECT")
    variables = tuple(variable.value for variable in solutions.variables)
    try:
        rows = tuple(tuple(_plain(solution[variable]) for variable in variables)
                     for solution in solutions)
    except OSError as error:  # evaluation errors surface while the rows are read
        raise UsageError(f"requête impossible à évaluer : {error}") from None
    return Answer(variables, rows)


def run_rdflib(dataset: rdflib.Dataset, text: str) -> Answer:
    """The reference engine, used by the tests to check that Oxigraph gives the same rows."""
    result = dataset.query(text)
    variables = tuple(str(variable) for variable in result.vars or ())
    rows = tuple(tuple(None if value is None else str(value) for value in row) for row in result)
    return Answer(variables, rows)


def _plain(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str | None:
    return None if term is None else term.value
