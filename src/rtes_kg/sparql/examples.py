"""The SPARQL query examples: reads their headers and runs them on Oxigraph (fast, in the runner's
worker processes for the site) or rdflib (reference)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.query import ResultRow

from rtes_kg.errors import InputError, UsageError
from rtes_kg.project import queries_dir
from rtes_kg.sparql.answers import BadQuery, Job, NoFormat, Outcome, answer, solutions
from rtes_kg.sparql.runner import START_TIMEOUT, Busy, NotStarted, Overrun, Pool, RunnerError, Stopped
from rtes_kg.sparql.store import load_store

HEADER_LINE = re.compile(r"^#\s*([a-z-]+)\s*:\s*(.*?)\s*$")
# Per example query at build time: a guard against a query that explodes on some data, far above
# what an example takes (the slowest, 25,001 rows at 10,000 fiches, ~5 s on a loaded machine), so that
# a page of the site does not depend on the machine's load
BUDGET_SECONDS = 30.0
NOT_LOADED = "données non chargées à temps"
QUERY_SECONDS = 600.0  # a query of the command line: long, not endless
QUERY_MEMORY = 2 * 1024**3  # bytes a query's worker may add to its loaded store (the endpoint's: 1 GiB)


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
    count: int | None = None  # every row's, when ``rows`` holds only the first of them

    @property
    def total(self) -> int:
        return len(self.rows) if self.count is None else self.count


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


def run_oxigraph(store: ox.Store, text: str) -> Answer:
    """A SELECT query's answer, here and now (no time limit: see run_examples for one)."""
    return _select(functools.partial(answer, store), text)


def run_apart(dump: Path, text: str, timeout: float = QUERY_SECONDS) -> Answer:
    """A query of the command line run as the endpoint runs one: in a worker process that can open
    no connection (a SERVICE reaches no server), stopped after ``timeout`` seconds or past
    ``QUERY_MEMORY``. A query that
    crashes Oxigraph (a stack overflow) ends the worker, not this process: a one-line error."""
    try:
        pool = Pool(dump, workers=1, timeout=timeout, wait=START_TIMEOUT, memory=QUERY_MEMORY)
    except NotStarted as error:
        load_store(dump)  # says why in one line, naming the file and the fix (the same checks first)
        raise InputError(str(error), str(dump)) from None
    try:
        return _select(pool.run, text)
    except RunnerError as error:
        raise UsageError(str(error), hint="simplifiez la requête (moins imbriquée, plus sélective)") from None
    finally:
        pool.close()


def run_examples(texts: list[str], dump: Path, budget: float = BUDGET_SECONDS,
                 shown: int | None = None) -> list[Answer | str]:
    """Each query's answer on ``dump``, or why there is none: one worker process, killed (and
    replaced for the next query) when a query runs past ``budget`` seconds. Never raises for a
    query: an example that explodes on some data (a cross product) must not hang the build.
    ``shown``: the rows to return of each answer (the others are only counted: ``Answer.total``)."""
    try:
        pool = Pool(dump, workers=1, timeout=budget, wait=START_TIMEOUT, memory=QUERY_MEMORY)
    except NotStarted:
        return [NOT_LOADED] * len(texts)
    results: list[Answer | str] = []
    try:
        for text in texts:
            try:
                results.append(_select(pool.run, text, shown))
            except UsageError as error:
                results.append(str(error))
            except Overrun:
                results.append(f"plus de {budget:.0f} s : non calculée à la construction")
            except Stopped:
                results.append("évaluation interrompue")
            except Busy:  # the replacement of a killed worker did not load the dump in time
                return results + [NOT_LOADED] * (len(texts) - len(results))
    finally:
        pool.close()
    return results


def _select(run: Callable[[Job], Outcome], text: str, shown: int | None = None) -> Answer:
    """The answer of a SELECT query run by ``run`` (in this process or in a worker), its first
    ``shown`` rows (None: all); a UsageError says what the query must fix."""
    try:
        return _answer(run(Job(text, "json", None, max_rows=shown, count_past=shown is not None)))
    except BadQuery as error:
        raise UsageError(str(error)) from None
    except NoFormat:
        raise _not_a_table() from None


def _answer(outcome: Outcome) -> Answer:
    """The rows of a SELECT outcome in SPARQL JSON, as plain strings (None where unbound)."""
    variables, bindings, boolean = solutions(outcome)
    if boolean is not None or outcome.kind != "solutions":
        raise _not_a_table()
    return Answer(tuple(variables), tuple(tuple(row[name]["value"] if name in row else None for name in variables)
                                          for row in bindings), outcome.count if outcome.truncated else None)


def _not_a_table() -> UsageError:
    return UsageError("seules les requêtes SELECT sont affichées en tableau", hint="écrivez une requête SELECT")


def run_rdflib(dataset: rdflib.Dataset, text: str) -> Answer:
    """The reference engine, used by the tests to check that Oxigraph gives the same rows."""
    result = dataset.query(text)
    if result.type != "SELECT":
        raise _not_a_table()
    variables = tuple(str(variable) for variable in result.vars or ())
    rows = tuple(tuple(None if value is None else str(value) for value in row)
                 for row in result if isinstance(row, ResultRow))  # every row of a SELECT
    return Answer(variables, rows)
