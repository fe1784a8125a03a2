"""The summaries of `serve`'s own resource pages (when the release's site has no page for an IRI),
read from the Oxigraph store as the site reads its triples: same Facts, same labels."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from rtes_kg.model.convert import from_oxigraph, to_oxigraph
from rtes_kg.site.resource import LABEL_PREDICATES, Labels

_LABELS = tuple(ox.NamedNode(str(predicate)) for predicate in LABEL_PREDICATES)


class StoreFacts:
    """``site.summary.Facts`` over a store: the union of its graphs, as rdflib terms."""

    def __init__(self, store: ox.Store):
        self.store = store

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        node = to_oxigraph(subject)
        if isinstance(node, ox.Literal):
            return []
        quads = self.store.quads_for_pattern(node, ox.NamedNode(str(predicate)), None, None)
        return sorted({from_oxigraph(quad.object) for quad in quads if not isinstance(quad.object, ox.Triple)},
                      key=str)

    def subjects(self, predicate: URIRef, obj: Node) -> list[Node]:
        quads = self.store.quads_for_pattern(None, ox.NamedNode(str(predicate)), to_oxigraph(obj), None)
        return sorted({from_oxigraph(quad.subject) for quad in quads if not isinstance(quad.subject, ox.Triple)},
                      key=str)


class StoreLabels(Labels):
    """Labels given up front, and for any other IRI its label in the store, looked up when asked."""

    def __init__(self, sources: Iterable[Iterable[tuple[Node, Node, Node]]], store: ox.Store):
        super().__init__(sources)
        self.store = store
        self._looked: set[str] = set()

    def _look_up(self, iri: str) -> None:
        if iri in self._looked or Labels.has(self, iri):
            return
        self._looked.add(iri)
        try:
            node = ox.NamedNode(iri)
        except ValueError:  # not an IRI (a blank node's label): nothing to look up
            return
        self.add((URIRef(iri), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
                 for predicate in _LABELS for quad in self.store.quads_for_pattern(node, predicate, None, None)
                 if not isinstance(quad.object, ox.Triple))

    def has(self, iri: str) -> bool:
        self._look_up(iri)
        return super().has(iri)

    def __call__(self, iri: str) -> str:
        self._look_up(iri)
        return super().__call__(iri)
