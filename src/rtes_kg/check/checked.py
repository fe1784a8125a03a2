"""A mapped fiche in a compact, picklable form: its triples as N-Triples bytes, its origins pickled.

A worker process maps fiches and hands them back in this form; the cache keeps it on disk; the
release reads the triples with pyoxigraph. The rdflib graph (what pySHACL and the tests read) is
made from the bytes on demand: 10,000 fiches held as rdflib graphs take 1.7 GB, as bytes 0.3 GB.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from rtes_kg.model.convert import from_oxigraph, oxigraph_triple
from rtes_kg.parse.records import Source
from rtes_kg.vocab import PREFIXES

Origins = Mapping[tuple[Node, URIRef | None], Source]
NEWLINE = ord("\n")


@dataclass(frozen=True)
class Summary:
    """The nodes of a fiche (IRIs as plain strings), what a check across fiches needs to know."""

    subjects: frozenset[str]
    objects: frozenset[str]  # IRIs in object position
    keyed: frozenset[str]  # nodes with an origin (a line of the fiche)
    incoming: frozenset[str]  # objects of the predicates a check reads from their object's side

    @property
    def nodes(self) -> frozenset[str]:
        return self.subjects | self.keyed | self.incoming


@dataclass(frozen=True, eq=False)
class CheckedFiche:
    """One mapped fiche: its IRIs, its triples and origins, a summary of its nodes.

    Reads like ``model.mapping.MappedFiche`` (``slug``, ``org``, ``graph_iri``, ``record``,
    ``graph``, ``origins``)."""

    slug: str
    org: URIRef
    graph_iri: URIRef
    record: URIRef
    ntriples: bytes  # N-Triples as pyoxigraph writes them (each line: str(triple) + " ."), in the mapping's order
    origins_blob: bytes
    summary: Summary

    @functools.cached_property
    def graph(self) -> Graph:
        graph = Graph(bind_namespaces="core")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        graph.addN((*triple, graph) for triple in rdflib_triples(self.ntriples))
        return graph

    @property
    def origins(self) -> Origins:
        return pickle.loads(self.origins_blob)

    def oxigraph_triples(self, predicates: frozenset[str] | None = None) -> list[ox.Triple]:
        """The triples, in their order; with ``predicates``, only those with one of them (picked
        from the lines before parsing: the checks across fiches read a quarter of the triples,
        and making Python objects of the others took most of their time)."""
        data = self.ntriples
        if predicates is not None:
            wanted = _bracketed(predicates)  # a line's second term: its subject holds no space
            data = b"\n".join([line for line in data.split(b"\n") if line and line.split(b" ", 2)[1] in wanted])
        return [quad.triple for quad in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

    def lines(self) -> list[str]:
        """The triples as N-Triples lines without their final " ." (``str`` of an Oxigraph triple)."""
        return [line[:-2] for line in self.ntriples.decode("utf-8").split("\n") if line]

    def value(self, subject: URIRef, predicate: URIRef) -> Node | None:
        """Like ``Graph.value``, without making the graph (a record's source, date, title): the
        line is found in the bytes, as decoding and splitting them all took a millisecond a call (and
        a pattern made for each call, compiled each time, as long)."""
        data, start = self.ntriples, f"<{subject}> <{predicate}> ".encode("utf-8")
        at = data.find(start)
        while at > 0 and data[at - 1] != NEWLINE:  # the subject of a line, not an object's IRI
            at = data.find(start, at + 1)
        if at < 0:
            return None
        end = data.find(b"\n", at)
        return next(rdflib_triples(data[at:] if end < 0 else data[at:end]))[2]


def checked(slug: str, org: URIRef, graph_iri: URIRef, record: URIRef, graph: Graph,
            origins: Origins, incoming: frozenset[URIRef]) -> CheckedFiche:
    """The compact form of a mapped fiche; ``incoming`` as in ``check.shapeplan.ShapePlan``."""
    triples = list(graph)  # walking an rdflib graph is slow: once
    subjects = {str(s) for s, _, _ in triples}
    objects, reached = set(), set()
    for _, p, o in triples:
        if not isinstance(o, Literal):
            objects.add(str(o))
            if p in incoming:
                reached.add(str(o))
    summary = Summary(frozenset(subjects), frozenset(objects),
                      frozenset(str(node) for node, _ in origins), frozenset(reached))
    ntriples = ox.serialize(list(map(oxigraph_triple, triples)), format=ox.RdfFormat.N_TRIPLES) or b""
    return CheckedFiche(slug, org, graph_iri, record, ntriples,
                        pickle.dumps(dict(origins), protocol=pickle.HIGHEST_PROTOCOL), summary)


def rdflib_triples(ntriples: bytes) -> Iterator[tuple[Node, Node, Node]]:
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        yield _term(triple.subject), _term(triple.predicate), _term(triple.object)


@functools.lru_cache(maxsize=1 << 16)
def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    return from_oxigraph(term)


@functools.lru_cache(maxsize=4)
def _bracketed(predicates: frozenset[str]) -> frozenset[bytes]:
    """The predicates as N-Triples writes them (pyoxigraph: one space between terms, and an IRI or
    a blank node's label never holds a space)."""
    return frozenset(f"<{iri}>".encode("utf-8") for iri in predicates)
