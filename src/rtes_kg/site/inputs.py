"""What each page of the site is made from, worked out in one pass over the published graphs: its
triples, the links into it, and a digest of its triples for its ``inputs`` key (site/writer.py),
made from their N-Triples lines, without sorting or printing a single rdflib term.

The build compares these keys with the former release's before it forks a worker or makes a
page: at 1,000 fiches, hashing each page's triples in ``repr`` in the workers cost about as much as
a one-fiche edit's whole site.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import URIRef
from rdflib.term import Node

from rtes_kg.model.convert import oxigraph_triple
from rtes_kg.publish.snapshot import Digest
from rtes_kg.site.resource import UNLISTED_INBOUND, entity_of

Triple = tuple[Node, Node, Node]


class PageIndex:
    """The pages of the published graphs (made in one pass over them, in ``__init__``), to which
    the release's description is added once it is written (``add``): the build makes the first
    while the dumps are written (build.py).

    A digest is of a set of lines whatever their order (``publish.snapshot.Digest``), added up line
    by line in the pass (sorting each page's lines would keep them all until its end: some 300 MB at
    10,000 fiches)."""

    def __init__(self, graphs: Iterable[tuple[str, list[str], tuple[Triple, ...]]], base: str) -> None:
        self.base = base
        self.own: dict[str, list[Triple]] = defaultdict(list)
        self.incoming: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.graphs: dict[str, str] = {}
        self.documents: dict[str, set[str]] = defaultdict(set)  # graph -> the pages it gives triples to
        self._sums: dict[str, Digest] = defaultdict(Digest)  # page -> the digest of its lines
        # Kept for this pass only: at 10,000 fiches, a million nodes the pages' workers need not inherit.
        pages: dict[str, str | None] = {}  # a node's page, worked out once
        predicates: dict[str, str] = {}  # one string per predicate, shared by the links that have it
        for graph, lines, triples in graphs:
            whole, documents = Digest(), self.documents[graph]
            for line, triple in zip(lines, triples, strict=True):
                hashed = Digest.hash_of(line)  # once, for the graph's digest and its page's
                whole.add_hash(hashed)
                page = self._place(triple, line, hashed, pages, predicates)
                if page is not None:
                    documents.add(page)
            self.graphs[graph] = whole.text()
        self.digests = {page: found.text() for page, found in self._sums.items()}

    def add(self, triples: Iterable[Triple]) -> None:
        """Triples outside the named graphs (the release's description): the pages they give
        triples to have their digests made again."""
        pages: dict[str, str | None] = {}
        touched = {self._place(triple, line, Digest.hash_of(line), pages, {})
                   for triple in triples for line in (str(oxigraph_triple(triple)),)}
        for page in touched:
            if page is not None:
                self.digests[page] = self._sums[page].text()

    def _place(self, triple: Triple, line: str, hashed: int, pages: dict[str, str | None],
               predicates: dict[str, str]) -> str | None:
        """Give the triple to the page of its subject, and its link to the page of its object
        (unless pages do not list such links, ``UNLISTED_INBOUND``)."""
        subject, predicate, obj = line.split(" ", 2)
        subject = subject[1:-1] if subject.startswith("<") else subject  # a blank node: no page
        page = pages[subject] if subject in pages else pages.setdefault(subject, entity_of(subject, self.base))
        if page is None:
            return None
        self.own[page].append(triple)
        self._sums[page].add_hash(hashed)
        if isinstance(triple[2], URIRef):
            obj, predicate = obj[1:-1], predicate[1:-1]
            target = pages[obj] if obj in pages else pages.setdefault(obj, entity_of(obj, self.base))
            if target is not None and target != page and predicate not in UNLISTED_INBOUND:
                self.incoming[target].add((predicates.setdefault(predicate, predicate), page))
        return page


def page_index(graphs: Iterable[tuple[str, list[str], tuple[Triple, ...]]], described: Iterable[Triple], base: str
               ) -> tuple[dict[str, list[Triple]], dict[str, set[tuple[str, str]]], dict[str, str], dict[str, str]]:
    """The triples of each page (those whose subject it shows), the links into each page
    ((predicate, page it comes from)), a digest of each page's triples and of each named graph's,
    from the published graphs (their lines and triples) and the release's description. The same
    triples in any order give the same digests."""
    index = PageIndex(graphs, base)
    index.add(described)
    return index.own, index.incoming, index.digests, index.graphs
