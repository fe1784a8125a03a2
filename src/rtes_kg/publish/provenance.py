"""PROV-O for a build: the software, its inputs with checksums, its time (from the data), and each
fiche record derived from its source file."""

from __future__ import annotations

from datetime import datetime, timezone

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from rtes_kg import __version__
from rtes_kg.model import mint
from rtes_kg.publish.catalog import add_checksum
from rtes_kg.publish.release import ReleaseInfo, ReleaseOptions


def activity_iri(options: ReleaseOptions, release: ReleaseInfo) -> URIRef:
    return mint.release_part_iri(release.version, "construction", options.base_iri)


def provenance_graph(options: ReleaseOptions, release: ReleaseInfo,
                     records: list[tuple[URIRef, Node | None]]) -> Graph:
    """``records``: each published fiche record with its ``dct:source`` (None if it has none)."""
    graph = Graph()
    add = graph.add
    activity = activity_iri(options, release)
    software = mint.software_iri(options.base_iri)
    dataset = mint.dataset_iri(options.base_iri)

    add((software, RDF.type, PROV.SoftwareAgent))
    add((software, RDFS.label, Literal("rtes-kg")))
    add((software, OWL.versionInfo, Literal(__version__)))
    add((activity, RDF.type, PROV.Activity))
    add((activity, RDFS.label, Literal(f"Construction de la version {release.version}", lang="fr")))
    add((activity, PROV.wasAssociatedWith, software))
    time = build_time(options, release)
    if time is not None:
        for predicate in (PROV.startedAtTime, PROV.endedAtTime):
            add((activity, predicate, Literal(time, datatype=XSD.dateTime)))
        add((activity, RDFS.comment, Literal(f"date prise de : {release.date_origin}", lang="fr")))
    add((dataset, RDF.type, PROV.Entity))
    add((dataset, PROV.wasGeneratedBy, activity))
    add((dataset, PROV.wasAttributedTo, mint.rtes_iri(options.base_iri)))
    for item in options.inputs:
        source = URIRef(item.iri)
        add((source, RDF.type, PROV.Entity))
        add((source, RDFS.label, Literal(item.label)))
        add((source, DCT.extent, Literal(item.size, datatype=XSD.nonNegativeInteger)))
        add_checksum(graph, source, item.sha256)
        add((activity, PROV.used, source))
        add((dataset, PROV.wasDerivedFrom, source))
    # A record keeps its IRI from release to release: saying that each release's construction
    # generated it would give it one generation per release (PROV allows one), and change every
    # record's page at every release. It is derived from its source file, which this release's
    # construction used.
    for record, record_source in records:
        if record_source is not None:
            add((record, PROV.wasDerivedFrom, record_source))
    return graph


def build_time(options: ReleaseOptions, release: ReleaseInfo) -> str | None:
    """The build's time: SOURCE_DATE_EPOCH to the second when set, else the release date at 00:00Z."""
    if release.date_origin == "SOURCE_DATE_EPOCH" and options.source_date_epoch:
        stamp = datetime.fromtimestamp(int(options.source_date_epoch), tz=timezone.utc)
        return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{release.iso_date}T00:00:00Z" if release.iso_date else None
