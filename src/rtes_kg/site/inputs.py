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
    from)), a digest of each page's triples and of each named graph's. The same triples in any
    order give the same digests."""
    own: dict[str, list[Triple]] = defaultdict(list)
    incoming: dict[str, set[tuple[str, str]]] = defaultdict(set)
    rows_of: dict[str, list[str]] = defaultdict(list)
    by_graph: dict[str, str] = {}
    pages: dict[str, str | None] = {}  # a node's page, worked out once
    for graph, triples in [*graphs, ("", tuple(described))]:
        rows = []
        for triple in triples:
            subject, predicate, obj = map(str, triple)
            # a triple as text that tells any two apart: repr of plain strings, not of rdflib terms
            literal = triple[2]
            if isinstance(literal, Literal):
                row = repr((subject, predicate, obj, literal.language, str(literal.datatype or "")))
            else:
                row = repr((subject, predicate, type(literal).__name__, obj))
            rows.append(row)
            page = pages[subject] if subject in pages else pages.setdefault(subject, entity_of(subject, base))
            if page is None:
                continue
            own[page].append(triple)
            rows_of[page].append(row)
            if isinstance(literal, URIRef):
                target = pages[obj] if obj in pages else pages.setdefault(obj, entity_of(obj, base))
                if target is not None and target != page:
                    incoming[target].add((predicate, page))
        if graph:
            by_graph[graph] = _digest(rows)
    return own, incoming, {page: _digest(rows) for page, rows in rows_of.items()}, by_graph


def _digest(rows: list[str]) -> str:
    rows.sort()
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
