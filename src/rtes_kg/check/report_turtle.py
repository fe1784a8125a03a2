"""The validation report as a SHACL ``sh:ValidationReport`` in Turtle, byte for byte what rdflib's
Turtle serializer writes for that graph, without its cost.

rdflib writes about 5,000 triples a second here (12 a result: 40 s for 20,000 results) because it
works out each term's prefixed name at every occurrence. The report's graph always has one shape:
the report node, its results as blank nodes nested under ``sh:result``. This module lays that shape
out as rdflib's ``TurtleSerializer`` does (same indentation, order of predicates and objects,
prefix lines), asking rdflib's serializer for each distinct term's text once. One difference:
control characters and bidi overrides are written as ``\\uXXXX`` escapes, not raw.
"""

from __future__ import annotations

from typing import Any

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.plugins.serializers.turtle import OBJECT, VERB, TurtleSerializer
from rdflib.term import Node

from rtes_kg.check.report import Report, Result
from rtes_kg.escaping import uchar_escaped
from rtes_kg.vocab import RTESH

INDENT = "    "
FIRST = (RDF.type, RDFS.label)  # rdflib's predicateOrder


def render_turtle(report: Report) -> str:
    """``report`` in Turtle, its results in the report's order (blank nodes numbered in it)."""
    terms = _Terms()
    root: list[tuple[URIRef, list[Any]]] = [(RDF.type, [SH.ValidationReport]),
                                            (SH.conforms, [Literal(report.conforms)])]
    results = [_ordered(result_triples(result)) for result in report.results]
    if results:
        root.append((SH.result, results))
    body = "[]" + _predicates(root, 0, terms)
    header = "".join(f"@prefix {prefix}: <{namespace}> .\n"
                     for prefix, namespace in sorted(terms.serializer.namespaces.items()))
    return f"{header}\n{body} .\n\n"


def result_triples(result: Result) -> list[tuple[URIRef, Node]]:
    severity = {"violation": SH.Violation, "warning": SH.Warning, "info": SH.Info}[result.severity]
    triples: list[tuple[URIRef, Node]] = [
        (RDF.type, SH.ValidationResult),
        (SH.focusNode, URIRef(result.focus)),
        (SH.resultSeverity, severity),
        (SH.resultMessage, Literal(result.message_fr, lang="fr")),
        (SH.resultMessage, Literal(result.message_en, lang="en")),
        (RTESH.code, Literal(result.type)),
    ]
    if result.component:
        triples.append((SH.sourceConstraintComponent, URIRef(result.component)))
    if result.shape:
        triples.append((SH.sourceShape, URIRef(result.shape)))
    if result.path:
        triples.append((SH.resultPath, URIRef(result.path)))
    if result.value is not None:
        triples.append((SH.value, result.value_term if result.value_term is not None else Literal(result.value)))
    if result.file is not None:
        triples.append((RTESH.fichierSource, Literal(result.file)))
    if result.line is not None:
        triples.append((RTESH.ligneSource, Literal(result.line, datatype=XSD.integer)))
    if result.fiche is not None:
        triples.append((RTESH.fiche, Literal(result.fiche)))
    return triples


def _ordered(facts: list[tuple[URIRef, Node]]) -> list[tuple[URIRef, list]]:
    """rdflib's order: rdf:type (then rdfs:label) first, then the predicates sorted; each
    predicate's objects sorted, once each (a graph holds a triple once)."""
    objects: dict[URIRef, list] = {}
    for predicate, obj in facts:
        found = objects.setdefault(predicate, [])
        if obj not in found:
            found.append(obj)
    for found in objects.values():
        found.sort()
    order = [p for p in FIRST if p in objects] + sorted(p for p in objects if p not in FIRST)
    return [(predicate, objects[predicate]) for predicate in order]


def _predicates(facts: list[tuple[URIRef, list]], depth: int, terms: _Terms) -> str:
    """rdflib's ``predicateList``: the first predicate after a space, the others on their lines."""
    parts = []
    for index, (predicate, objects) in enumerate(facts):
        parts.append((" " if index == 0 else " ;\n" + INDENT * (depth + 1)) + terms.label(predicate, VERB))
        parts.append(_objects(objects, depth, terms))
    return "".join(parts)


def _objects(objects: list, depth: int, terms: _Terms) -> str:
    """rdflib's ``objectList`` (one step deeper, even for one object: its ``(count == 1) and 0 or 1``
    is always 1); nested results as ``[ … ]``."""
    depth += 1
    parts = []
    for index, obj in enumerate(objects):
        lead = " " if index == 0 else ",\n" + INDENT * (depth + 1)
        if isinstance(obj, list):  # a result: a blank node written in place
            parts.append(lead + "[" + _predicates(obj, depth + 1, terms) + " ]")
        else:
            parts.append(lead + terms.label(obj, OBJECT))
    return "".join(parts)


class _Terms:
    """Each term's text as rdflib's Turtle serializer writes it, worked out once per term; the
    serializer also records the prefixes the text uses, for the header."""

    def __init__(self) -> None:
        graph = Graph(bind_namespaces="core")
        graph.bind("sh", SH)
        graph.bind("rtesh", RTESH)
        self.serializer = TurtleSerializer(graph)
        self._labels: dict[tuple[Node, int], str] = {}

    def label(self, node: Node, position: int) -> str:
        key = (node, position)
        text = self._labels.get(key)
        if text is None:
            if isinstance(node, Literal) and node.datatype is not None:
                self.serializer.get_pname(node.datatype, gen_prefix=False)
            elif not isinstance(node, BNode) and not (position == VERB and node in self.serializer.keywords):
                self.serializer.get_pname(node, gen_prefix=position == VERB)
            # an ESC or a bidi override written raw would drive the terminal that shows the report
            text = self._labels[key] = uchar_escaped(self.serializer.label(node, position))
        return text

