"""Serialises graphs to bytes, sorted and through pyoxigraph, so that a dump is byte-stable and fast.

rdflib's Turtle writer is quadratic on our hierarchical IRIs (16 min for 1M triples, see DESIGN.md);
pyoxigraph writes the same triples in about a second. Sorting the statements first makes the output
depend on the data only, never on insertion or hash order.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from rtes_kg import formats
from rtes_kg.model.convert import from_oxigraph, to_oxigraph
from rtes_kg.vocab import PREFIXES, compact_iri

__all__ = ["from_oxigraph", "to_oxigraph"]  # re-exported for the dumps' readers

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

Statement = tuple[Node, Node, Node]
GraphStatements = tuple[URIRef, Iterable[Statement]]
OxStatement = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal]


def dump_order(triple: ox.Triple | ox.Quad) -> tuple[str, ...]:
    """The order of statements in every dump: rdf:type first within a subject reads best;
    everything else in plain lexical order."""
    predicate = triple.predicate.value
    return (str(triple.subject), "" if predicate == RDF_TYPE else predicate, str(triple.object))


_order = dump_order


def serialize_triples(statements: Iterable[Statement], fmt: str = "ttl") -> bytes:
    """One graph (duplicates removed) as Turtle or N-Triples, sorted."""
    return write_sorted(sort_triples(statements), fmt)


def sort_triples(statements: Iterable[Statement]) -> list[ox.Triple]:
    """The statements as Oxigraph triples, duplicates removed, in dump order."""
    return sorted({ox.Triple(*_terms(statement)) for statement in statements}, key=_order)


def _terms(statement: Statement) -> OxStatement:
    subject, predicate, obj = map(to_oxigraph, statement)
    if isinstance(subject, ox.Literal) or not isinstance(predicate, ox.NamedNode):
        raise TypeError(f"not an RDF statement: {statement!r}")
    return subject, predicate, obj


def write_sorted(ordered: list[ox.Triple], fmt: str) -> bytes:
    """Triples already sorted by ``sort_triples`` in one syntax (JSON-LD compacted)."""
    return _write(ordered, formats.by_name(fmt))


def serialize_quads(graphs: Iterable[GraphStatements], fmt: str = "trig") -> bytes:
    """Named graphs as TriG or N-Quads, graphs in IRI order, statements sorted inside each."""
    return write_sorted_quads(sort_quads(graphs), fmt)


def sort_quads(graphs: Iterable[GraphStatements]) -> list[ox.Quad]:
    quads: set[ox.Quad] = set()
    for graph_iri, statements in graphs:
        name = ox.NamedNode(str(graph_iri))
        quads.update(ox.Quad(*_terms(statement), name) for statement in statements)
    return sorted(quads, key=lambda quad: (_graph_iri(quad), *_order(quad)))


def _graph_iri(quad: ox.Quad) -> str:
    graph = quad.graph_name
    if not isinstance(graph, ox.NamedNode):
        raise TypeError(f"not in a named graph: {quad}")
    return graph.value


def write_sorted_quads(ordered: list[ox.Quad], fmt: str) -> bytes:
    """Quads already sorted by ``sort_quads`` in one syntax (JSON-LD compacted)."""
    return _write(ordered, formats.by_name(fmt))


def _write(ordered: list[ox.Triple] | list[ox.Quad], syntax: formats.RdfSyntax) -> bytes:
    if syntax is formats.JSONLD:
        return compact_jsonld(json.loads(_serialize(ordered, syntax)))
    return _serialize(ordered, syntax, prefixes=PREFIXES if syntax.prefixes else None)


def _serialize(ordered: list[ox.Triple] | list[ox.Quad], syntax: formats.RdfSyntax,
               prefixes: dict[str, str] | None = None) -> bytes:
    data = ox.serialize(ordered, format=syntax.oxigraph, prefixes=prefixes)
    assert data is not None  # given no output, Oxigraph returns the bytes
    return data


# --- statement keys --------------------------------------------------------------------------
# The graphs come as lines of N-Triples (the ``str`` of each Oxigraph triple: check/publication.py).
# A statement's key is one string whose order is the dumps' order (``dump_order``: the parts
# joined by NUL, which sorts below every character of a term, so that comparing the strings
# compares the tuples). The dumps are made from them a piece at a time (publish/pieces.py).

SEP = "\0"


def statement_key(line: str) -> str:
    """The key of a line of N-Triples (without its final " .")."""
    subject, predicate, obj = line.split(" ", 2)
    predicate = predicate[1:-1]
    return f"{subject}{SEP}{'' if predicate == RDF_TYPE else predicate}{SEP}{obj}"


def key_lines(keys: list[str], quads: bool) -> Iterator[str]:
    """The N-Triples (or N-Quads: the graph IRI first in the key) line of each sorted key, each
    once, in order."""
    previous = None
    for key in keys:
        if key == previous:
            continue
        previous = key
        if quads:
            graph, subject, predicate, obj = key.split(SEP, 3)
            yield f"{subject} <{predicate or RDF_TYPE}> {obj} <{graph}> .\n"
        else:
            subject, predicate, obj = key.split(SEP, 2)
            yield f"{subject} <{predicate or RDF_TYPE}> {obj} .\n"


def serialize_jsonld(graphs: Iterable[GraphStatements]) -> bytes:
    """Named graphs as expanded JSON-LD, sorted like the other dumps and indented for reading."""
    flat = json.loads(serialize_quads(graphs, "jsonld"))
    return _json_bytes(flat)


# --- compacted JSON-LD -----------------------------------------------------------------------
# pyoxigraph writes expanded JSON-LD. Compacting against a context of prefixes only is a pure
# rewrite of IRIs into CURIEs (no term definitions, no @vocab, arrays kept), so it is done here,
# deterministically, rather than through a JSON-LD processor that would fetch contexts.

JSONLD_CONTEXT = {"@context": dict(PREFIXES)}
# As every JSON-LD file writes it: indented, which Python's JSON encoder does in pure Python (about
# half the time of a page's JSON-LD file when it was written again for each).
CONTEXT_TEXT = json.dumps(JSONLD_CONTEXT["@context"], ensure_ascii=False, indent=2)


def context_jsonld() -> bytes:
    """The published ``context.jsonld``: the prefixes every JSON-LD file of the release uses."""
    return _json_bytes(JSONLD_CONTEXT)


def serialize_triples_jsonld(statements: Iterable[Statement]) -> bytes:
    """One graph (no named graph) as compacted JSON-LD."""
    return write_sorted(sort_triples(statements), "jsonld")


def compact_jsonld(expanded: list) -> bytes:
    """One node per line: indenting every value would make the file twice as slow to write
    (Python's JSON encoder is pure Python when it indents) for little reading comfort."""
    nodes = [compact_node(node) for node in expanded]
    lines = ",\n".join(json.dumps(node, ensure_ascii=False, separators=(",", ":"))
                       for node in nodes)
    return f'{{\n"@context": {CONTEXT_TEXT},\n"@graph": [\n{lines}\n]\n}}\n'.encode("utf-8")


def compact_node(node: dict) -> dict:
    compacted: dict = {}
    for key, value in node.items():
        if key == "@id":
            compacted["@id"] = compact_iri(value)
        elif key == "@graph":
            compacted["@graph"] = [compact_node(child) for child in value]
        elif key == RDF_TYPE and all(set(item) == {"@id"} for item in value):
            compacted["@type"] = [compact_iri(item["@id"]) for item in value]
        else:
            compacted[compact_iri(key)] = [_compact_value(item) for item in value]
    return compacted


def _compact_value(value: dict) -> dict:
    if "@id" in value:
        return {"@id": compact_iri(value["@id"])}
    if "@type" in value:
        return {**value, "@type": compact_iri(value["@type"])}
    return value


def _json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def gzipped(data: bytes) -> bytes:
    """gzip without a file name and with a zero time stamp, so the archive is byte-stable."""
    return gzip.compress(data, compresslevel=6, mtime=0)
