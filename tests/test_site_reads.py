"""site/reads.py: what a page reads of the rest of the site is noted while it is made; the next
build asks each read again and takes from the former release only the pages whose reads all answer
the same."""

from __future__ import annotations

import pickle
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
    assert reads == {("label", B), ("known", B), ("out", B, str(RDF.type))}  # IRIs as plain strings


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


def test_the_reads_of_a_page_whose_triples_are_the_same_are_not_asked_again(monkeypatch):
    before = site("B")
    _, reads = page_reading_b(before)
    digests = {A: "a1", B: "b1"}
    log = ReadLog.of({"org/a": ("key-a", "inputs-a", reads)}, before, digests)
    renamed = site("B renommée")
    asked: list = []
    ask = Site._ask
    monkeypatch.setattr(Site, "_ask", lambda self, read: asked.append(read) or ask(self, read))

    assert log.changed(renamed, digests) == frozenset()  # B's triples have the digest they had: its former answers
    assert asked == [("known", B)]  # whether a page exists is not a page's own triples
    assert ReadLog.of({"org/a": ("key-a", "inputs-a", reads)}, renamed, digests).answers == log.answers

    asked.clear()
    changed = log.changed(site("B renommée"), {A: "a1", B: "b2"})  # B's page changed: its reads are asked
    assert [log.reads[number] for number in changed] == [("label", B)]
    assert sorted(asked) == sorted(reads)
    assert [log.reads[number] for number in log.changed(site("B renommée"))] == [("label", B)]  # no digests: all


def test_the_log_after_a_former_one_is_the_log_of_the_same_pages():
    before = site("B")
    _, reads = page_reading_b(before)
    former = ReadLog.of({"org/a": ("key-a", "in-a", reads), "org/c": ("key-c", "in-c", {("known", A)})}, before)
    now = site("B renommée", b_has_a_page=False)
    changed = former.changed(now)
    pages = {"org/a": ("key-a2", "in-a2", {("label", A), ("known", B)}),  # made again: other reads
             "org/c": ("key-c", "in-c", None)}  # taken as it was: its former reads
    after = former.after(changed, pages, now, {A: "a"})
    fresh = ReadLog.of({"org/a": pages["org/a"], "org/c": ("key-c", "in-c", {("known", A)})}, site("B renommée", False))

    def content(log: ReadLog) -> dict:
        return {path: (key, inputs, {(log.reads[n], log.answers[n]) for n in ids})
                for path, (key, inputs, ids) in log.pages.items()}

    assert content(after) == content(fresh)
    assert len(after.reads) == 3 and after.digests == {A: "a"}  # the reads no page makes are left out


def test_a_log_kept_in_the_cache_is_the_same_and_holds_each_iri_once():
    def another(iri: str) -> str:  # an equal string, another object: as the pages' workers give them
        return (iri + " ")[:-1]

    before = site("B")
    reads = {("label", another(B)), ("known", another(B)), ("out", another(B), str(RDF.type))}
    log = ReadLog.of({"org/a": ("key-a", "inputs-a", reads)}, before)
    assert len({id(read[1]) for read in log.reads}) == 3
    kept = pickle.loads(pickle.dumps(log, protocol=pickle.HIGHEST_PROTOCOL))
    assert kept == log
    assert len({id(read[1]) for read in kept.reads}) == 1
