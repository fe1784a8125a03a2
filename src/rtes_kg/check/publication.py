"""The named graphs a build publishes, as Oxigraph triples, made one fiche at a time.

The same graphs as ``corpus.publication_graphs`` (each fiche's own triples, the organisations that
fiches name described once, the reference), without making rdflib terms: the dumps, VoID and the
site read them through pyoxigraph, and 10,000 fiches stay a few hundred megabytes of N-Triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.term import Node

from rtes_kg.check.checked import CheckedFiche
from rtes_kg.model.convert import from_oxigraph, to_oxigraph
from rtes_kg.vocab import ORG, RDF

RDF_TYPE = ox.NamedNode(str(RDF.type))
ORGANIZATION = ox.NamedNode(str(ORG.Organization))

OxGraph = tuple[str, list[ox.Triple]]


def oxigraph_triples(fiche) -> list[ox.Triple]:
    """A fiche's triples (a ``CheckedFiche`` or a ``MappedFiche``) as Oxigraph triples."""
    if isinstance(fiche, CheckedFiche):
        return fiche.oxigraph_triples()
    return [ox.Triple(*map(to_oxigraph, triple)) for triple in fiche.graph]


def oxigraph_graphs(fiches: Iterable, reference: Graph, reference_iri: URIRef,
                    organisations_iri: URIRef) -> Iterator[OxGraph]:
    """(graph IRI, triples) of each fiche, then of the organisations they name, then of the
    reference; every triple in exactly one graph."""
    fiches = list(fiches)
    members = {ox.NamedNode(str(fiche.org)) for fiche in fiches}
    shared: dict[ox.Triple, None] = {}  # ordered, and each triple once
    for fiche in fiches:
        triples = oxigraph_triples(fiche)
        named = {t.subject for t in triples if t.predicate == RDF_TYPE and t.object == ORGANIZATION
                 and t.subject not in members}
        own = []
        for triple in triples:
            if triple.subject in named:
                shared[triple] = None
            else:
                own.append(triple)
        yield str(fiche.graph_iri), own
    if shared:
        yield str(organisations_iri), list(shared)
    yield str(reference_iri), [ox.Triple(*map(to_oxigraph, triple)) for triple in reference]


def value(fiche, subject: URIRef, predicate: URIRef) -> Node | None:
    """``fiche.graph.value(subject, predicate)``, without making an rdflib graph of a checked fiche."""
    if isinstance(fiche, CheckedFiche):
        return fiche.value(subject, predicate)
    return fiche.graph.value(subject, predicate)


def rdflib_graphs(graphs: Iterable[OxGraph]) -> tuple[tuple[URIRef, tuple[tuple, ...]], ...]:
    return tuple((URIRef(iri), tuple(tuple(map(from_oxigraph, t)) for t in triples))
                 for iri, triples in graphs)
