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


class PageIndex:
    """The pages of the published graphs (made in one pass over them, in ``__init__``), to which
    the release's description is added once it is written (``add``): the build makes the first
    while the dumps are written (build.py)."""

    def __init__(self, graphs: Iterable[tuple[str, tuple[Triple, ...]]], base: str) -> None:
        self.base = base
        self.own: dict[str, list[Triple]] = defaultdict(list)
        self.incoming: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.graphs: dict[str, str] = {}
        # Kept for this pass only: at 10,000 fiches, a million nodes the pages' workers need not inherit.
        pages: dict[str, str | None] = {}  # a node's page, worked out once
        predicates: dict[str, str] = {}  # one string per predicate, shared by the links that have it
        for graph, triples in graphs:
            rows = []
            for triple in triples:
                terms = tuple(map(str, triple))
                rows.append(_row(triple, *terms))
                self._place(triple, terms, pages, predicates)
            self.graphs[graph] = _digest(rows)
        # A page's rows are made again from its triples, one page at a time: kept for every page
        # until the end of the pass, they took 62 MB more of the build's process at 2,000 fiches.
        self.digests = {page: _page_digest(found) for page, found in self.own.items()}

    def add(self, triples: Iterable[Triple]) -> None:
        """Triples outside the named graphs (the release's description): the pages they give
        triples to have their digests made again."""
        pages: dict[str, str | None] = {}
        touched = {self._place(triple, tuple(map(str, triple)), pages, {}) for triple in triples}
        for page in touched:
            if page is not None:
                self.digests[page] = _page_digest(self.own[page])

    def _place(self, triple: Triple, terms: tuple[str, ...], pages: dict[str, str | None],
               predicates: dict[str, str]) -> str | None:
        """Give the triple to the page of its subject, and its link to the page of its object."""
        subject, predicate, obj = terms
        page = pages[subject] if subject in pages else pages.setdefault(subject, entity_of(subject, self.base))
        if page is None:
            return None
        self.own[page].append(triple)
        if isinstance(triple[2], URIRef):
            target = pages[obj] if obj in pages else pages.setdefault(obj, entity_of(obj, self.base))
            if target is not None and target != page:
                self.incoming[target].add((predicates.setdefault(predicate, predicate), page))
        return page


def page_index(graphs: Iterable[tuple[str, tuple[Triple, ...]]], described: Iterable[Triple], base: str
               ) -> tuple[dict[str, list[Triple]], dict[str, set[tuple[str, str]]], dict[str, str], dict[str, str]]:
    """The triples of each page (those whose subject it shows), the links into each page
    ((predicate, page it comes from)), a digest of each page's triples and of each named graph's,
    from the published graphs and the release's description. The same triples in any order give
    the same digests."""
    index = PageIndex(graphs, base)
    index.add(described)
    return index.own, index.incoming, index.digests, index.graphs


def _row(triple: Triple, subject: str, predicate: str, obj: str) -> str:
    """A triple (and its terms as text) as text that tells any two apart: repr of plain strings,
    not of rdflib terms."""
    literal = triple[2]
    if isinstance(literal, Literal):
        return repr((subject, predicate, obj, literal.language, str(literal.datatype or "")))
    return repr((subject, predicate, type(literal).__name__, obj))


def _page_digest(triples: list[Triple]) -> str:
    return _digest([_row(triple, *map(str, triple)) for triple in triples])


def _digest(rows: list[str]) -> str:
    rows.sort()
    return hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
