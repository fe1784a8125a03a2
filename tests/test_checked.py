"""The compact form of a mapped fiche (check/checked.py): what the release reads of it without
making its graph."""

from __future__ import annotations

from dataclasses import replace

from rdflib import Graph, Literal, URIRef

from rtes_kg.check.checked import checked

EX = "https://example.org/"


def test_value_is_read_from_the_line_whose_subject_it_is_not_from_an_object():
    record, source = URIRef(EX + "fiche"), URIRef(EX + "source")
    fiche = replace(checked("a", URIRef(EX + "org"), URIRef(EX + "graphe"), record, Graph(), {}, frozenset()),
                    ntriples=(f"<{EX}autre> <{record}> <{source}> .\n"  # the same words, not at a line start
                              f"<{EX}fiche/suite> <{source}> \"fiches/b.txt\" .\n"  # a longer IRI, same start
                              f"<{record}> <{source}> \"fiches/a.txt\" .").encode("utf-8"))  # no final newline
    assert fiche.value(record, source) == Literal("fiches/a.txt")
    assert fiche.value(URIRef(EX + "fiche/suite"), source) == Literal("fiches/b.txt")
    assert fiche.value(URIRef(EX + "absente"), source) is None
    assert fiche.value(record, URIRef(EX + "autre")) is None
