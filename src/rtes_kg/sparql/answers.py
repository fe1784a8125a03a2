"""Answers one SPARQL query on a store: runs it, caps the rows, writes the result in the format
asked for (SPARQL JSON/XML/CSV/TSV for solutions, an RDF syntax for graphs)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from rtes_kg import formats


class BadQuery(Exception):
    """A query that cannot run: malformed, or failing on evaluation. The message says why."""


class NoFormat(Exception):
    """No format was asked for this kind of result: ``str()`` is "solutions" or "graph"."""




@dataclass(frozen=True)
class Job:
    query: str
    solutions_format: str | None  # "html": SPARQL JSON, which a page shows as a table
    graph_format: str | None
    max_rows: int | None  # None: every row
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    max_bytes: int | None = None  # of the values returned, about; None: no cap
    count_past: bool = False  # count the rows past max_rows, without returning them (Outcome.count)


@dataclass(frozen=True)
class Outcome:
    kind: str          # "solutions", "boolean" or "graph"
    format: str        # the offer name the body is in
    body: bytes
    truncated: bool
    count: int
    cut_by: str = ""  # the limit that cut a truncated result: "max-rows=N" or "max-bytes=N"


def answer(store: ox.Store, job: Job) -> Outcome:
    """Run one job; raise BadQuery or NoFormat for what the client must fix. Pure apart from the store."""
    options: dict = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    try:
        result = store.query(job.query, **options)
        if isinstance(result, ox.QueryBoolean):
            return _boolean(bool(result), job)
        if isinstance(result, ox.QuerySolutions):
            return _solutions(result, job)
        return _graph(result, job)
    except SyntaxError as error:
        raise BadQuery(f"requête SPARQL invalide : {error}") from None
    except OSError as error:  # evaluation errors surface while the results are read
        raise BadQuery(f"requête impossible à évaluer : {error}") from None


def _wanted(name: str | None, kind: str) -> str:
    if name is None:
        raise NoFormat(kind)
    return "json" if name == "html" else name


def _boolean(value: bool, job: Job) -> Outcome:
    fmt = _wanted(job.solutions_format, "solutions")
    data = {"head": {}, "boolean": value}
    return Outcome("boolean", fmt, _convert(data, fmt), False, 1)


def _solutions(result: ox.QuerySolutions, job: Job) -> Outcome:
    fmt = _wanted(job.solutions_format, "solutions")
    variables = [variable.value for variable in result.variables]
    rows: list[dict] = []
    budget = _Budget(job)
    for solution in result:
        row = {name: _term(solution[name]) for name in variables if solution[name] is not None}
        if not budget.take(row.values(), len(rows)):
            break
        rows.append(row)
    count = len(rows)
    if job.count_past and budget.cut_by.startswith("max-rows"):
        count += 1 + sum(1 for _ in result)  # the row that did not fit, and those after it: not made
    data = {"head": {"vars": variables}, "results": {"bindings": rows}}
    return Outcome("solutions", fmt, _convert(data, fmt), bool(budget.cut_by), count, budget.cut_by)


def _graph(result, job: Job) -> Outcome:
    if job.graph_format is None:
        raise NoFormat("graph")
    triples: list[ox.Triple] = []
    budget = _Budget(job)
    for triple in result:
        if not budget.take([_term(triple.subject), _term(triple.predicate), _term(triple.object)], len(triples)):
            break
        triples.append(triple)
    truncated = bool(budget.cut_by)
    if job.graph_format == "html":  # SPARQL JSON of the triples, which a page shows as a table
        rows = [{"s": _term(t.subject), "p": _term(t.predicate), "o": _term(t.object)} for t in triples]
        data = {"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": rows}}
        return Outcome("graph", "json", _json(data), truncated, len(triples), budget.cut_by)
    body = ox.serialize(triples, format=formats.by_name(job.graph_format).oxigraph)
    return Outcome("graph", job.graph_format, body or b"", truncated, len(triples), budget.cut_by)


class _Budget:
    """Counts the rows and the bytes of a result as it is read; says where to cut it."""

    PER_VALUE = 48  # the markup around one value, about, in the bulkiest format (SPARQL XML)

    def __init__(self, job: Job):
        self.job = job
        self.size = 0
        self.cut_by = ""

    def take(self, values: Iterable[dict], rows: int) -> bool:
        """Whether one more row of these (SPARQL JSON) values fits; if not, remember why."""
        if self.job.max_rows is not None and rows >= self.job.max_rows:
            self.cut_by = f"max-rows={self.job.max_rows}"
            return False
        self.size += sum(self.PER_VALUE + _size(value) for value in values)
        if self.job.max_bytes is not None and self.size > self.job.max_bytes:
            self.cut_by = f"max-bytes={self.job.max_bytes}"
            return False
        return True


def _size(term: dict) -> int:
    value = term["value"]
    if isinstance(value, dict):  # a quoted triple
        return sum(_size(part) for part in value.values())
    return len(value) + len(term.get("datatype", "")) + len(term.get("xml:lang", ""))


def _term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "triple", "value": {"subject": _term(term.subject),
                                        "predicate": _term(term.predicate), "object": _term(term.object)}}


def _json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _convert(data: dict, fmt: str) -> bytes:
    """SPARQL JSON, then pyoxigraph's own serialiser for the other result formats."""
    body = _json(data)
    if fmt == "json":
        return body
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(
        format=formats.results_by_name(fmt).oxigraph) or b""


def solutions(outcome: Outcome) -> tuple[list[str], list[dict], bool | None]:
    """Variables, rows (SPARQL JSON bindings) and boolean of an outcome in SPARQL JSON."""
    data = json.loads(outcome.body)
    if "boolean" in data:
        return [], [], data["boolean"]
    return data["head"]["vars"], data["results"]["bindings"], None
