"""The compact form of a mapped fiche (check/checked.py): what the release reads of it without
making its graph."""

from __future__ import annotations

from dataclasses import replace

from rdflib import Graph, Literal, URIRef

from rtes_kg.check.checked import checked
from rtes_kg.check.sparqlpass import needed

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


def test_the_triples_of_some_predicates_are_those_a_filter_of_all_keeps():
    kept, other = f"{EX}nom", f"{EX}nom2"
    fiche = replace(checked("a", URIRef(EX + "org"), URIRef(EX + "graphe"), URIRef(EX + "fiche"), Graph(), {},
                            frozenset()),
                    ntriples=(f"<{EX}a> <{kept}> \"x> <{other}> y\" .\n"  # a predicate's IRI inside a literal
                              f"<{EX}b> <{other}> <{kept}> .\n"  # and in object position
                              f"_:b1 <{kept}> \"blanc\"@fr .\n"
                              f"<{EX}c> <{kept}2> \"préfixe\" .\n"  # an IRI that starts like a kept one
                              f"<{EX}d> <{kept}> \"dernière\" .").encode("utf-8"))  # no final newline
    for predicates in (frozenset({kept}), frozenset({other}), frozenset({kept, other}), frozenset()):
        assert fiche.oxigraph_triples(predicates) == needed(fiche.oxigraph_triples(), predicates), predicates
    assert len(fiche.oxigraph_triples(frozenset({kept}))) == 3
