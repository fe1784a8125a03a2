"""Terms between rdflib (the graph model pySHACL reads) and pyoxigraph (the fast parser, writer
and SPARQL engine)."""

from __future__ import annotations

import functools
from typing import cast

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@functools.lru_cache(maxsize=1 << 18)  # a term recurs in every dump and page of a release
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


@functools.lru_cache(maxsize=1 << 18)  # and each release's triples share their terms: less memory too
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


def oxigraph_triple(triple: tuple[Node, Node, Node]) -> ox.Triple:
    """An rdflib triple as an Oxigraph triple."""
    subject, predicate, object_ = map(to_oxigraph, triple)
    # ox.Triple itself rejects a literal subject or predicate (rdflib allows them): the casts add no check
    return ox.Triple(cast("ox.NamedNode | ox.BlankNode", subject), cast(ox.NamedNode, predicate), object_)
