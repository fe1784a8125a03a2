"""IRI → representation: the description of a document in RDF syntaxes (sorted, byte-stable) or HTML."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib.term import Node

from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.publish import dumps
from rtes_kg.serve.conneg import HTML, Offer
from rtes_kg.serve.http import strong_etag
from rtes_kg.serve.loading import Release
from rtes_kg.serve.pages import PageRenderer
from rtes_kg.serve.summaries import StoreFacts, StoreLabels
from rtes_kg.site.names import fragment_labels
from rtes_kg.site.resource import LABEL_PREDICATES, UNLISTED_INBOUND, Labels

LABELS = tuple(ox.NamedNode(str(predicate)) for predicate in LABEL_PREDICATES)
MAX_INBOUND = 500  # links listed on an HTML page; a hub (the RTES itself) has one per member


@dataclass(frozen=True)
class Representation:
    body: bytes
    media_type: str

    @functools.cached_property
    def etag(self) -> str:
        return strong_etag(self.body)


class Describer:
    """Turns a document IRI into its representations; results are cached (the release is read-only)."""

    def __init__(self, release: Release, pages: PageRenderer, cache_size: int = 4096):
        self.release = release
        self.pages = pages
        self.represent = functools.lru_cache(maxsize=cache_size)(self._represent)

    def document_for(self, path: str) -> str | None:
        """The document IRI a request path names, or None: ``/org/x`` → ``{base}org/x``."""
        rest = path.lstrip("/")
        if not rest:
            return None
        for base in dict.fromkeys((self.release.base, DEFAULT_BASE_IRI)):
            iri = base + rest
            known = self.release.subjects(iri) or iri in self.release.graphs
            if known and (base == self.release.base or _vocabulary(iri)):
                return iri
        return None

    def _represent(self, document: str, offer: Offer) -> Representation:
        if offer is HTML:
            page = self.site_page(document)
            if page is not None:
                return Representation(page.read_bytes(), HTML.content_type)
            return Representation(self.html(document), HTML.content_type)
        statements = [_from_oxigraph(triple) for triple in self.triples(document)]
        return Representation(dumps.serialize_triples(statements, offer.name), offer.content_type)

    def site_folder(self, document: str) -> bool:
        """The release's site has a page for this IRI at ``{path}/index.html``."""
        page = self.site_page(document)
        return page is not None and page.name == "index.html"

    def site_page(self, document: str) -> Path | None:
        """The static page the release's site has for this IRI, when there is one."""
        if not document.startswith(self.release.base):
            return None
        site = self.release.dist / "site"
        rest = document[len(self.release.base):]
        for candidate in (site / rest / "index.html", site / f"{rest}.html"):
            if candidate.is_file() and candidate.resolve().is_relative_to(site.resolve()):
                return candidate
        return None

    def triples(self, document: str) -> list[ox.Triple]:
        """The document's subjects' triples (blank nodes followed), plus the labels of the nodes
        they point at, so that a client can show a link without dereferencing it."""
        store = self.release.store
        if document in self.release.graphs:  # a named graph: its triples
            return sorted((ox.Triple(q.subject, q.predicate, q.object) for q in
                           store.quads_for_pattern(None, None, None, ox.NamedNode(document))), key=str)
        found: set[ox.Triple] = set()
        todo: list[ox.NamedNode | ox.BlankNode] = [ox.NamedNode(iri) for iri in self.release.subjects(document)]
        seen = set(todo)
        linked: set[ox.NamedNode] = set()
        while todo:
            subject = todo.pop()
            for quad in store.quads_for_pattern(subject, None, None, None):
                found.add(ox.Triple(quad.subject, quad.predicate, quad.object))
                if isinstance(quad.object, ox.BlankNode) and quad.object not in seen:
                    seen.add(quad.object)
                    todo.append(quad.object)
                elif isinstance(quad.object, ox.NamedNode) and quad.object not in seen:
                    linked.add(quad.object)
        for node in linked:
            for predicate in LABELS:
                for quad in store.quads_for_pattern(node, predicate, None, None):
                    found.add(ox.Triple(quad.subject, quad.predicate, quad.object))
        return sorted(found, key=str)

    def inbound(self, document: str) -> list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]]:
        """(subject, predicate, object) of the links from other documents to this one, but those
        a page does not list (``UNLISTED_INBOUND``)."""
        links = set()
        for iri in self.release.subjects(document):
            target = ox.NamedNode(iri)
            for quad in self.release.store.quads_for_pattern(None, None, target, None):
                if isinstance(quad.subject, ox.NamedNode) and not quad.subject.value.startswith(document) \
                        and quad.predicate.value not in UNLISTED_INBOUND:
                    links.add((quad.subject, quad.predicate, target))
        return sorted(links, key=lambda link: tuple(map(str, link)))[:MAX_INBOUND]

    def html(self, document: str) -> bytes:
        triples, inbound = self.triples(document), self.inbound(document)
        named = {term.value for triple in triples for term in triple if isinstance(term, ox.NamedNode)}
        named.update(iri for subject, predicate, _ in inbound
                     for iri in (predicate.value, subject.value.partition("#")[0]))
        labels = self.labels(named)
        facts = StoreFacts(self.release.store)
        own = [_from_oxigraph(triple) for triple in triples if isinstance(triple.subject, ox.NamedNode)
               and triple.subject.value.partition("#")[0] == document]
        labels.add(fragment_labels(own, facts))
        return self.pages.resource(document, triples, inbound, labels, facts)

    def labels(self, iris: Iterable[str]) -> Labels:
        """The labels of these IRIs, from the store (the release and the vocabulary), chosen as the
        site chooses them."""
        found: list[ox.Quad] = []
        for iri in iris:
            for predicate in LABELS:
                found.extend(self.release.store.quads_for_pattern(ox.NamedNode(iri), predicate, None, None))
        return StoreLabels([[_from_oxigraph(quad) for quad in found]], self.release.store)


def _from_oxigraph(statement: ox.Triple | ox.Quad) -> tuple[Node, Node, Node]:
    subject, predicate, obj = statement.subject, statement.predicate, statement.object
    if isinstance(subject, ox.Triple) or isinstance(obj, ox.Triple):
        raise TypeError(f"a quoted triple is no RDF term here: {statement}")  # from_oxigraph's error too
    return dumps.from_oxigraph(subject), dumps.from_oxigraph(predicate), dumps.from_oxigraph(obj)


def _vocabulary(iri: str) -> bool:
    return iri.startswith((f"{DEFAULT_BASE_IRI}ontology", f"{DEFAULT_BASE_IRI}shapes",
                           f"{DEFAULT_BASE_IRI}concept/"))
