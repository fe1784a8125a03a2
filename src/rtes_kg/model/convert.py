"""Terms between rdflib (the graph model pySHACL reads) and pyoxigraph (the fast parser, writer
and SPARQL engine)."""

from __future__ import annotations

import functools
import re
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


_ESCAPE = re.compile(r'\\(?:(["\\nrtbf])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))')
_ESCAPED = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


class LineTerms:
    """rdflib triples of N-Triples lines as Oxigraph writes them (``str`` of an ``ox.Triple``), the
    same terms as ``from_oxigraph`` gives of those triples, each distinct term made once (a
    predicate, a type, a member's IRI recur thousands of times). Read here rather than by Oxigraph's
    parser: parsing a release's lines then making each term again took twice as long (0.55 and
    0.6 s at 1,000 fiches)."""

    def __init__(self) -> None:
        self._terms: dict[str, Node] = {}

    def triple(self, line: str) -> tuple[Node, Node, Node]:
        subject, predicate, obj = line.split(" ", 2)  # an IRI or blank node has no space
        return self.term(subject), self.term(predicate), self.term(obj)

    def term(self, text: str) -> Node:
        made = self._terms.get(text)
        if made is None:
            made = self._terms[text] = _line_term(text)
        return made


def _line_term(text: str) -> Node:
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    if text.startswith("_:"):
        return BNode(text[2:])
    end = text.rfind('"')
    if not text.startswith('"') or end < 1:
        raise ValueError(f"not a term of an N-Triples line: {text[:80]!r}")
    value, rest = text[1:end], text[end + 1:]
    if "\\" in value:
        value = _ESCAPE.sub(_unescape, value)
    if rest.startswith("@"):
        return Literal(value, lang=rest[1:])
    if rest.startswith("^^<") and rest.endswith(">"):
        datatype = rest[3:-1]
        return Literal(value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    if rest:
        raise ValueError(f"not a term of an N-Triples line: {text[:80]!r}")
    return Literal(value)


def _unescape(match: re.Match[str]) -> str:
    char, short, long = match.groups()
    return _ESCAPED[char] if char else chr(int(short or long, 16))
