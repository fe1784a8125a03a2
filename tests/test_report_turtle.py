"""The Turtle validation report is byte for byte what rdflib's Turtle serializer writes for it."""

from __future__ import annotations

import dataclasses

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from rtes_kg.check.report import Report, Result
from rtes_kg.check.report_turtle import render_turtle, result_triples
from rtes_kg.vocab import RTESH


def rdflib_turtle(report: Report) -> str:
    graph = Graph(bind_namespaces="core")
    graph.bind("sh", SH)
    graph.bind("rtesh", RTESH)
    root = BNode("report")
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, Literal(report.conforms)))
    for number, result in enumerate(report.results):
        node = BNode(f"result{number:06d}")
        graph.add((root, SH.result, node))
        for predicate, value in result_triples(result):
            graph.add((node, predicate, value))
    return graph.serialize(format="turtle")


BASE = Result(severity="violation", type="code-postal-invalide", focus="https://w3id.org/rtes/org/d#adresse",
              path="http://www.w3.org/ns/locn#postCode", value="2107", message_fr="Le « code » \"x\"\nfaux",
              message_en="Wrong (code)", field_fr="code postal", field_en="postcode", file="a.txt", line=12,
              fiche="d", shape="https://w3id.org/rtes/shapes#Adresse-codePostal",
              component=str(SH.PatternConstraintComponent))
VALUES = [Literal("2107"), Literal("20O1", datatype=XSD.gYear), Literal("40000.0", datatype=XSD.decimal),
          Literal(True), Literal(3), Literal("Métropole", lang="fr"), XSD.string, SH.Violation,
          URIRef("https://w3id.org/rtes/concept/type-collectivite/commune"), Literal("1e3", datatype=XSD.double),
          Literal("x.", datatype=URIRef("https://example.org/dt#t")), None]


def results():
    found = []
    for index, value in enumerate(VALUES):
        found.append(dataclasses.replace(
            BASE, line=index + 1, value=None if value is None else str(value), value_term=value,
            severity=("violation", "warning", "info")[index % 3],
            path=None if index % 4 == 0 else BASE.path, file=None if index == 5 else BASE.file,
            shape=None if index == 6 else BASE.shape, component="" if index == 7 else BASE.component))
    return found


def test_a_report_of_every_kind_of_value_is_written_as_rdflib_writes_it():
    report = Report.of(results())
    assert render_turtle(report) == rdflib_turtle(report)


def test_one_result_and_none_are_written_as_rdflib_writes_them():
    for report in (Report.of(results()[:1]), Report.of([]), Report.of([], fiches=["d"])):
        assert render_turtle(report) == rdflib_turtle(report)


def test_a_control_character_or_bidi_override_is_written_as_an_escape_that_reads_back_the_same():
    """A fiche named "a<ESC>]0;PWNED<BEL>.txt" once reached the published validation.ttl raw, and
    with it the terminal of whoever read the file."""
    name = "fiches/a\x1b]0;PWNED\x07\u202e.txt"
    report = Report.of([dataclasses.replace(BASE, file=name, message_fr="ligne\x9b2J\nsuite")])
    text = render_turtle(report)
    assert not any(char in text for char in "\x1b\x07\x9b\u202e")
    assert "\\u001B]0;PWNED\\u0007\\u202E" in text
    read = Graph().parse(data=text, format="turtle")
    assert set(read.objects(None, RTESH.fichierSource)) == {Literal(name)}
    assert Literal("ligne\x9b2J\nsuite", lang="fr") in set(read.objects(None, SH.resultMessage))
