"""The member page a submitted fiche (or RDF file) would publish, laid out as the site lays it out:
its summary, then its facts, from the submission's own triples and the reference data."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.term import Node

from rtes_kg.check.contribution import context_graph, parse_rdf
from rtes_kg.check.corpus import map_all
from rtes_kg.check.terms import ontology_graph
from rtes_kg.errors import InputError
from rtes_kg.extract.findings import read_fiches
from rtes_kg.inputs import InputFile
from rtes_kg.model.mapping import reference_graph
from rtes_kg.site.names import fragment_labels
from rtes_kg.site.resource import Labels, Links, Resource, describe
from rtes_kg.site.summary import COLLECTIVITE, RDF_TYPE, Summary, TripleFacts, summarise

MAX_PAGES = 5  # a file of many fiches previews its first ones


@dataclass(frozen=True)
class Preview:
    """One page as it would be published: the facts of the resource and its summary."""

    resource: Resource
    summary: Summary | None


@functools.cache
def _reference(base_iri: str) -> tuple[tuple[Node, Node, Node], ...]:
    return tuple(reference_graph(base_iri))


def preview_of(item: InputFile, base_iri: str) -> tuple[Preview, ...]:
    """The pages of the members a submission describes (at most ``MAX_PAGES``)."""
    if item.rdf_format is None:
        mapped, _ = map_all(read_fiches(item.text, item.label), base_iri)
        own = [triple for fiche in mapped[:MAX_PAGES] for triple in fiche.graph]
        members = [fiche.org for fiche in mapped[:MAX_PAGES]]
        context: list = list(_reference(base_iri))
    else:
        try:
            data = parse_rdf(item)
        except InputError:
            return ()
        own = list(data)
        members = sorted({s for s, p, o in own if p == RDF_TYPE and o == COLLECTIVITE
                          and isinstance(s, URIRef)})[:MAX_PAGES]
        context = list(context_graph(base_iri))
    facts = TripleFacts([*own, *context])
    labels = Labels([ontology_graph(), context, own, fragment_labels(own, facts)])
    links = Links((base_iri,), "/", folders=False)
    return tuple(_page(str(member), own, facts, labels, links) for member in members)


def _page(iri: str, own: list, facts: TripleFacts, labels: Labels, links: Links) -> Preview:
    triples = [triple for triple in own if str(triple[0]).partition("#")[0] == iri]
    resource = describe(iri, triples, (), labels, links, ())
    return Preview(resource, summarise(iri, facts, labels, links))
