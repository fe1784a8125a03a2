"""site/reads.py: what a page reads of the rest of the site is noted while it is made; the next
build asks each read again and takes from the former release only the pages whose reads all answer
the same."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from rtes_kg.site.reads import ReadLog, Site
from rtes_kg.site.resource import Labels
from rtes_kg.site.summary import TripleFacts
from rtes_kg.site.writer import Former

A, B = "https://w3id.org/rtes/org/a", "https://w3id.org/rtes/org/b"
KIND = URIRef("https://w3id.org/rtes/ontology#StructureESS")


def site(name_of_b: str, b_has_a_page: bool = True) -> Site:
    triples = [(URIRef(A), SKOS.prefLabel, Literal("A", lang="fr")),
               (URIRef(B), SKOS.prefLabel, Literal(name_of_b, lang="fr")),
               (URIRef(B), RDF.type, KIND)]
    known = frozenset({A, B} if b_has_a_page else {A})
    return Site(Labels([triples]), known, TripleFacts(triples), lambda code: None)


def page_reading_b(whole: Site) -> tuple[str, set]:
    """What a page of A that links to B would read: B's label, whether B has a page, B's types."""
    reads: set = set()
    seen = whole.watched(reads)
    text = f"{seen.labels(B)} {B in seen.known} {seen.facts.objects(URIRef(B), RDF.type)}"
    return text, reads


def test_every_read_is_noted_with_what_it_asked():
    text, reads = page_reading_b(site("B"))
    assert text.startswith("B True [")
    assert reads == {("label", B), ("known", B), ("out", URIRef(B), RDF.type)}


def test_a_read_that_answers_differently_is_found_and_its_page_is_made_again(tmp_path: Path):
    before = site("B")
    _, reads = page_reading_b(before)
    log = ReadLog.of({"org/a": ("key-a", "inputs-a", reads), "org/c": ("key-c", "inputs-c", set())}, before)
    assert log.changed(before) == frozenset()

    renamed = site("B renommée")
    changed = log.changed(renamed)
    assert [log.reads[number] for number in changed] == [("label", B)]
    former = Former(tmp_path, log, changed)
    assert not former.unchanged("org/a", "inputs-a")  # it shows B's name
    assert former.unchanged("org/c", "inputs-c")  # it read nothing of B
    assert not former.unchanged("org/c", "other inputs")  # its own triples changed
    assert not former.unchanged("org/d", "inputs-d")  # a page the former release did not have

    gone = site("B", b_has_a_page=False)  # the link to B's page would now go to its IRI
    assert [log.reads[number] for number in log.changed(gone)] == [("known", B)]
