"""The VoID description of the release: statistics, partitions, dumps, examples and linksets."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import FOAF, RDF, XSD
from rdflib.term import Node

from rtes_kg.model import mint
from rtes_kg.publish.catalog import TITLE
from rtes_kg.publish.release import DUMP_FORMATS, ReleaseInfo, ReleaseOptions
from rtes_kg.vocab import PREFIXES, VOID, compact_iri

# Plain URIRefs: a DefinedNamespace attribute is a slow lookup, and these sit in hot loops.
RDF_TYPE = RDF.type

# Outside datasets we link to: name -> (IRI of the dataset, its URI space).
LINK_TARGETS = {
    "wikidata": ("http://www.wikidata.org/", "http://www.wikidata.org/entity/"),
    "insee": ("http://id.insee.fr/", "http://id.insee.fr/"),
    "essglobal": ("http://purl.org/essglobal/", "http://purl.org/essglobal/"),  # the concepts' alignments
    "qudt": ("http://qudt.org/", "http://qudt.org/vocab/"),
}
EXAMPLES = 3


def void_graph(options: ReleaseOptions, release: ReleaseInfo, stats: Stats) -> Graph:
    """The VoID description; ``stats``: the release's triples counted (``Stats.add``)."""
    graph = Graph()
    add = graph.add
    dataset = mint.dataset_iri(options.base_iri)

    add((dataset, RDF_TYPE, VOID.Dataset))
    for lang, text in TITLE.items():
        add((dataset, DCT.title, Literal(text, lang=lang)))
    add((dataset, DCT.license, URIRef(options.licence)))
    if options.site:  # a release built with --no-site has no home page to give
        add((dataset, FOAF.homepage, URIRef(options.url("site/"))))
    add((dataset, VOID.uriSpace, Literal(options.base)))
    add((dataset, VOID.triples, _count(stats.triples)))
    add((dataset, VOID.entities, _count(len(stats.subjects))))
    add((dataset, VOID.distinctSubjects, _count(len(stats.subjects))))
    add((dataset, VOID.distinctObjects, _count(len(stats.objects))))
    add((dataset, VOID.classes, _count(len(stats.classes))))
    add((dataset, VOID.properties, _count(len(stats.properties))))
    add((dataset, VOID.rootResource, mint.rtes_iri(options.base_iri)))
    for fmt in DUMP_FORMATS:
        add((dataset, VOID.dataDump, URIRef(options.url(fmt.latest + ".gz"))))
        add((dataset, VOID.dataDump, URIRef(options.url(fmt.latest))))
    for example in stats.examples()[:EXAMPLES]:
        add((dataset, VOID.exampleResource, example))
    for namespace in sorted(stats.vocabularies()):
        add((dataset, VOID.vocabulary, URIRef(namespace)))
    if options.sparql_url:
        add((dataset, VOID.sparqlEndpoint, URIRef(options.sparql_url)))
    for rdf_class, count in sorted(stats.classes.items()):
        part = mint.dataset_part_iri(f"classe-{_token(rdf_class)}", options.base_iri)
        add((dataset, VOID.classPartition, part))
        add((part, VOID["class"], rdf_class))
        add((part, VOID.entities, _count(count)))
    for prop, count in sorted(stats.properties.items()):
        part = mint.dataset_part_iri(f"propriete-{_token(prop)}", options.base_iri)
        add((dataset, VOID.propertyPartition, part))
        add((part, VOID.property, prop))
        add((part, VOID.triples, _count(count)))
    for name, (target, space) in LINK_TARGETS.items():
        links = stats.links.get(space)
        if not links:
            continue
        add((target_node := URIRef(target), RDF_TYPE, VOID.Dataset))
        add((target_node, VOID.uriSpace, Literal(space)))
        for predicate, count in sorted(links.items()):
            linkset = mint.dataset_part_iri(f"liens-{name}-{_token(predicate)}", options.base_iri)
            add((linkset, RDF_TYPE, VOID.Linkset))
            add((dataset, VOID.subset, linkset))
            add((linkset, VOID.subjectsTarget, dataset))
            add((linkset, VOID.objectsTarget, target_node))
            add((linkset, VOID.linkPredicate, predicate))
            add((linkset, VOID.triples, _count(count)))
    return graph


class Stats:
    """What VoID counts, gathered one triple at a time: each triple of the union once (a triple
    that two named graphs state, a commune's, is one triple of rtes.nt)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.triples = 0
        self.subjects: set[str] = set()
        self.objects: set[str] = set()
        self._classes: Counter[str] = Counter()
        self._properties: Counter[str] = Counter()
        self._links: dict[str, Counter[str]] = defaultdict(Counter)
        self._members: set[str] = set()
        self._ours: list[str] = []  # the smallest IRIs under the base, for examples
        self._rdf_type = str(RDF_TYPE)
        self._collectivite = PREFIXES["rtes"] + "Collectivite"

    def add(self, line: str) -> None:
        """Count one triple, given as a line of ``check.publication.line_graphs``."""
        subject, predicate, obj = line.split(" ", 2)
        predicate = predicate[1:-1]
        self.triples += 1
        self.subjects.add(subject)
        self.objects.add(obj)
        self._properties[predicate] += 1
        iri = subject[1:-1] if subject.startswith("<") else None
        if predicate == self._rdf_type:
            if obj.startswith("<"):  # a class partition is named after an IRI
                self._classes[obj[1:-1]] += 1
            if obj[1:-1] == self._collectivite and iri is not None:
                self._members.add(iri)
        elif obj.startswith("<"):
            for _, space in LINK_TARGETS.values():
                if obj.startswith(space, 1):
                    self._links[space][predicate] += 1
        if iri is not None and (len(self._ours) < EXAMPLES or iri < self._ours[-1]):
            if iri.startswith(self.base) and iri not in self._ours:
                self._ours = sorted([*self._ours, iri])[:EXAMPLES]

    def merge(self, other: Stats) -> None:
        """Count ``other``'s triples too: those of other subjects (a dump's pieces, each counted
        apart: publish/pieces.py)."""
        self.triples += other.triples
        self.subjects |= other.subjects
        self.objects |= other.objects
        self._classes.update(other._classes)
        self._properties.update(other._properties)
        for space, found in other._links.items():
            self._links[space].update(found)
        self._members |= other._members
        self._ours = sorted({*self._ours, *other._ours})[:EXAMPLES]

    @property
    def classes(self) -> dict[URIRef, int]:
        return {URIRef(iri): count for iri, count in self._classes.items()}

    @property
    def properties(self) -> dict[URIRef, int]:
        return {URIRef(iri): count for iri, count in self._properties.items()}

    @property
    def links(self) -> dict[str, dict[URIRef, int]]:
        return {space: {URIRef(iri): count for iri, count in found.items()}
                for space, found in self._links.items()}

    def examples(self) -> list[URIRef]:
        """Members first (the collectivités), then any other resource of ours, in IRI order."""
        return [URIRef(iri) for iri in sorted(self._members) or self._ours]

    def vocabularies(self) -> set[str]:
        used = {*self._classes, *self._properties}
        return {namespace for namespace in PREFIXES.values()
                if any(term.startswith(namespace) for term in used)}


def _count(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _token(term: Node) -> str:
    """``rtes:Collectivite`` -> ``rtes-Collectivite``: case kept, so distinct terms stay distinct."""
    return re.sub(r"[^A-Za-z0-9]+", "-", compact_iri(str(term))).strip("-")
