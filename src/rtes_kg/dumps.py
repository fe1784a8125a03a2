"""Serialises graphs to bytes, sorted and through pyoxigraph, so that a dump is byte-stable and fast.

rdflib's Turtle writer is quadratic on our hierarchical IRIs (16 min for 1M triples, see DESIGN.md);
pyoxigraph writes the same triples in about a second. Sorting the statements first makes the output
depend on the data only, never on insertion or hash order.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

PREFIXES = {  # sorted by prefix so that the header of every dump is the same
    "cv": "http://data.europa.eu/m8g/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "locn": "http://www.w3.org/ns/locn#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rtes": "https://w3id.org/rtes/ontology#",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

FORMATS = {  # our format name -> (pyoxigraph format, holds named graphs)
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Statement = tuple[Node, Node, Node]
GraphStatements = tuple[URIRef, Iterable[Statement]]


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise TypeError(f"not an RDF term: {term!r}")


def _order(triple: ox.Triple | ox.Quad) -> tuple[str, ...]:
    # rdf:type first within a subject reads best; everything else in plain lexical order.
    predicate = triple.predicate.value
    return (str(triple.subject), "" if predicate == RDF_TYPE else predicate, str(triple.object))


def serialize_triples(statements: Iterable[Statement], fmt: str = "ttl") -> bytes:
    """One graph (duplicates removed) as Turtle or N-Triples, sorted."""
    rdf_format, _ = FORMATS[fmt]
    triples = {ox.Triple(*map(to_oxigraph, statement)) for statement in statements}
    ordered = sorted(triples, key=_order)
    return ox.serialize(ordered, format=rdf_format, prefixes=_prefixes(fmt))


def serialize_quads(graphs: Iterable[GraphStatements], fmt: str = "trig") -> bytes:
    """Named graphs as TriG or N-Quads, graphs in IRI order, statements sorted inside each."""
    rdf_format, _ = FORMATS[fmt]
    quads: set[ox.Quad] = set()
    for graph_iri, statements in graphs:
        name = ox.NamedNode(str(graph_iri))
        quads.update(ox.Quad(*map(to_oxigraph, statement), name) for statement in statements)
    ordered = sorted(quads, key=lambda quad: (quad.graph_name.value, *_order(quad)))
    return ox.serialize(ordered, format=rdf_format, prefixes=_prefixes(fmt))


def _prefixes(fmt: str) -> dict[str, str] | None:
    return PREFIXES if fmt in ("ttl", "trig") else None



def serialize_jsonld(graphs: Iterable[GraphStatements]) -> bytes:
    """Named graphs as expanded JSON-LD, sorted like the other dumps and indented for reading."""
    import json

    flat = json.loads(serialize_quads(graphs, "jsonld"))
    return (json.dumps(flat, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
