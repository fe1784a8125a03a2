"""What each page of the site is made from, worked out in one pass over the published graphs: its
triples, the links into it, and a digest of its triples for its ``inputs`` key (site/writer.py),
made without sorting or printing a single rdflib term per page.

The build compares these keys with the former release's before it forks a worker or makes a
page: at 1,000 fiches, hashing each page's triples in ``repr`` in the workers cost about as much as
a one-fiche edit's whole site.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg.site.resource import entity_of

Triple = tuple[Node, Node, Node]


def page_index(graphs: Iterable[tuple[str, tuple[Triple, ...]]], described: Iterable[Triple], base: str
               ) -> tuple[dict[str, list[Triple]], dict[str, set[tuple[str, str]]], dict[str, str], dict[str, str]]:
    """In one pass over the published graphs and the release's description: the triples of each
    page (those whose subject it shows), the links into each page ((predicate, page it comes
    from)), a digest of each named graph's triples; then, page by page, a digest of each page's.
    The same triples in any order give the same digests."""
    own: dict[str, list[Triple]] = defaultdict(list)
    incoming: dict[str, set[tuple[str, str]]] = defaultdict(set)
    by_graph: dict[str, str] = {}
    pages: dict[str, str | None] = {}  # a node's page, worked out once
    predicates: dict[str, str] = {}  # one string per predicate, shared by the links that have it
    for graph, triples in [*graphs, ("", tuple(described))]:
        rows = []
        for triple in triples:
            subject, predicate, obj = map(str, triple)
            if graph:
                rows.append(_row(triple, subject, predicate, obj))
            page = pages[subject] if subject in pages else pages.setdefault(subject, entity_of(subject, base))
            if page is None:
                continue
            own[page].append(triple)
            if isinstance(triple[2], URIRef):
                target = pages[obj] if obj in pages else pages.setdefault(obj, entity_of(obj, base))
                if target is not None and target != page:
                    incoming[target].add((predicates.setdefault(predicate, predicate), page))
        if graph:
            by_graph[graph] = _digest(rows)
    # A page's rows are made again from its triples, one page at a time: kept for every page until
    # the end of the pass, they took 62 MB more of the build's process at 2,000 fiches.
    digests = {page: _digest([_row(triple, *map(str, triple)) for triple in found]) for page, found in own.items()}
    return own, incoming, digests, by_graph


def _row(triple: Triple, subject: str, predicate: str, obj: str) -> str:
    """A triple (and its terms as text) as text that tells any two apart: repr of plain strings,
    not of rdflib terms."""
    literal = triple[2]
    if isinstance(literal, Literal):
        return repr((subject, predicate, obj, literal.language, str(literal.datatype or "")))
    return repr((subject, predicate, type(literal).__name__, obj))


def _digest(rows: list[str]) -> str:
    rows.sort()
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
