"""The ontology and the shapes as files of the release (``ontology.ttl``, ``shapes.ttl``), each
stamped with the release: ``owl:versionInfo`` its version, ``owl:versionIRI`` the dated copy of
the file that never changes (``ontology-{version}.ttl``), as the dumps have theirs."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import OWL, RDF

from rtes_kg.project import ontology_dir, shapes_dir, turtle_files
from rtes_kg.publish.dumps import serialize_triples
from rtes_kg.publish.release import ReleaseInfo, ReleaseOptions
from rtes_kg.vocab import ONTOLOGY_IRI, PREFIXES

SHAPES_IRI = URIRef("https://w3id.org/rtes/shapes")
ONTOLOGY_FILE, SHAPES_FILE = "ontology.ttl", "shapes.ttl"
SHAPES_TITLE = {"fr": "Formes SHACL de rtes-kg : les contrôles de chaque fiche avant publication",
                "en": "SHACL shapes of rtes-kg: the checks of each fiche before publication"}


def dated(name: str, version: str) -> str:
    """``ontology.ttl`` → ``ontology-{version}.ttl``: the copy of this release, never replaced."""
    stem, _, suffix = name.rpartition(".")
    return f"{stem}-{version}.{suffix}"


def ontology_graph() -> Graph:
    """ontology/rtes.ttl (the terms; the concept schemes are data, in the reference graph)."""
    return Graph().parse(ontology_dir() / "rtes.ttl", format="turtle")


def shapes_graph() -> Graph:
    graph = Graph()
    for path in turtle_files(shapes_dir()):
        graph.parse(path, format="turtle")
    return graph


def stamped(graph: Graph, iri: URIRef, options: ReleaseOptions, release: ReleaseInfo, name: str) -> Graph:
    """The graph with ``iri`` described as the ontology of this release."""
    graph.remove((iri, OWL.versionInfo, None))
    graph.remove((iri, OWL.versionIRI, None))
    graph.add((iri, RDF.type, OWL.Ontology))
    graph.add((iri, OWL.versionInfo, Literal(release.version)))
    graph.add((iri, OWL.versionIRI, URIRef(options.url(dated(name, release.version)))))
    return graph


def vocabulary_files(options: ReleaseOptions, release: ReleaseInfo) -> dict[str, bytes]:
    """``ontology.ttl``, ``shapes.ttl`` and their dated copies."""
    shapes = shapes_graph()
    for lang, title in SHAPES_TITLE.items():
        shapes.add((SHAPES_IRI, DCT.title, Literal(title, lang=lang)))
    shapes.add((SHAPES_IRI, DCT.license, URIRef(options.licence)))
    files = {}
    for name, iri, graph in ((ONTOLOGY_FILE, ONTOLOGY_IRI, ontology_graph()), (SHAPES_FILE, SHAPES_IRI, shapes)):
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        # canonical blank-node labels (the shapes' sh:in lists): byte-stable files
        data = serialize_triples(to_canonical_graph(stamped(graph, iri, options, release, name)), "ttl")
        files[name] = files[dated(name, release.version)] = data
    return files
