"""Validation at scale (check/scale.py) gives the report of one pySHACL call on the union of the
fiches, on fiches made to disagree across fiches in every way a check can see."""

from __future__ import annotations

import dataclasses
import gc

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SH, SKOS

from rtes_kg.check import pipeline, pool, scale
from rtes_kg.check.checked import checked
from rtes_kg.check.corpus import map_all, validate_all
from rtes_kg.check.local import Reference
from rtes_kg.check.pipeline import FicheEntry
from rtes_kg.check.pool import RARE_COLLECTIONS, collecting_rarely
from rtes_kg.check.report import Report
from rtes_kg.check.shapeplan import plan
from rtes_kg.check.sparqlpass import predicates_read
from rtes_kg.check.validate import validate_fiches
from rtes_kg.extract.findings import read_fiches
from rtes_kg.model.mapping import reference_graph
from rtes_kg.project import data_dir
from rtes_kg.vocab import RTES

BASE = "https://w3id.org/rtes/"


def seed_mapped():
    path = sorted((data_dir() / "fiches").glob("*.txt"))[0]
    return map_all(read_fiches(path.read_text(encoding="utf-8"), "data/fiches/seed.txt"))


def tangled(mapped):
    """The seed fiches, each made to disagree with the others in its own way."""
    graphs = [Graph() + fiche.graph for fiche in mapped]
    orgs = [fiche.org for fiche in mapped]
    first, second, third, fourth, fifth = range(5)
    # the same name on two collectivités, the same SIREN on two organisations
    graphs[first].add((orgs[first], SKOS.prefLabel, Literal("Nom partagé", lang="fr")))
    graphs[second].add((orgs[second], SKOS.prefLabel, Literal("Nom partagé", lang="fr")))
    graphs[second].add((orgs[second], RTES.siren, Literal("200000172")))
    graphs[third].add((orgs[third], RTES.siren, Literal("200000172")))
    # an organisation described differently by two fiches: as a structure, and without a type
    shared = URIRef(BASE + "org/structure-partagee")
    graphs[third].add((shared, RDF.type, ORG.Organization))
    graphs[third].add((shared, RDF.type, RTES.StructureESS))
    graphs[third].add((shared, SKOS.prefLabel, Literal("Structure partagée", lang="fr")))
    graphs[fourth].add((shared, SKOS.prefLabel, Literal("Structure partagée bis", lang="fr")))
    graphs[fourth].add((shared, RTES.confianceDetection, Literal("motif")))
    graphs[fifth].add((shared, RTES.confianceDetection, Literal("reference")))
    for index in (third, fourth):
        action = next(graphs[index].subjects(RDF.type, RTES.ActionESS))
        graphs[index].add((action, RTES.partenaire, shared))
    # a fiche pointing at another fiche's collectivité, and one naming an undescribed member
    action = next(graphs[fifth].subjects(RDF.type, RTES.ActionESS))
    graphs[fifth].add((action, RTES.porteePar, orgs[first]))
    graphs[fifth].add((orgs[second], RTES.soutient, action))
    graphs[first].add((action, RTES.soutenuePar, URIRef(BASE + "org/nulle-part")))
    # a post of one fiche held by a person of another fiche, which only the other one types
    post = URIRef(f"{orgs[fourth]}#poste-emprunte")
    graphs[fourth].add((post, RDF.type, ORG.Post))
    graphs[fourth].add((post, ORG.postIn, orgs[fourth]))
    graphs[fourth].add((post, SKOS.prefLabel, Literal("Élu référent", lang="fr")))
    graphs[fourth].add((post, ORG.heldBy, next(graphs[second].subjects(RDF.type, FOAF.Person))))
    # a fiche that says more of a département of the reference, and an untyped partner
    departement = next(o for o in graphs[first].objects(orgs[first], RTES.departement))
    graphs[second].add((departement, SKOS.prefLabel, Literal("Département bis", lang="fr")))
    graphs[second].add((departement, RDF.type, RTES.Collectivite))
    graphs[first].add((orgs[first], RTES.partenaire, URIRef(BASE + "org/inconnue")))
    graphs[second].add((orgs[second], RTES.partenaire, URIRef(BASE + "org/inconnue")))
    return [dataclasses.replace(fiche, graph=graph) for fiche, graph in zip(mapped, graphs)]


@pytest.fixture(scope="module")
def fiches():
    mapped, findings = seed_mapped()
    return tangled(mapped), findings


def union_report(mapped, findings) -> Report:
    report = validate_fiches(mapped, reference_graph())
    return Report.of([*report.results, *findings], [*report.fiches, *(r.fiche for r in findings if r.fiche)])


@pytest.mark.parametrize("chunk, workers", [(40, 1), (2, 1), (3, 2)])
def test_the_report_is_the_one_of_the_union(fiches, monkeypatch, chunk, workers):
    mapped, findings = fiches
    monkeypatch.setattr(scale, "CHUNK", chunk)
    expected = union_report(mapped, findings)
    assert expected.counts["violation"] >= 5  # the tangles are seen
    assert validate_all(mapped, reference_graph(), findings, workers=workers).to_dict() == expected.to_dict()


def test_the_build_s_validation_with_its_sparql_pass_apart_gives_the_report_of_the_union(fiches):
    mapped, _ = fiches
    entries = [(FicheEntry(checked(m.slug, m.org, m.graph_iri, m.record, m.graph, m.origins, plan().incoming),
                           (), (), frozenset()), None) for m in mapped]
    report = pipeline._validate(entries, Reference(reference_graph()), 2, predicates_read)
    expected = union_report(mapped, [])
    assert any(r.component == str(SH.SPARQLConstraintComponent) for r in expected.results)  # the shared SIREN
    assert report.to_dict() == expected.to_dict()


def test_the_shipped_fiches_give_the_report_of_the_union():
    mapped, findings = seed_mapped()
    assert validate_all(mapped, reference_graph(), findings).to_dict() == union_report(mapped, findings).to_dict()


def test_the_shapes_fit_the_partition():
    """Every core check reads within the reach check/boundary.py relies on; if a new shape reads
    farther, the corpus is validated whole (correct, but slow): make it fit, or change the plan."""
    assert plan().fits


def test_a_build_collects_cycles_rarely_and_gives_the_collector_back_as_it_was():
    before = gc.get_threshold()
    with collecting_rarely():
        assert gc.get_threshold() == RARE_COLLECTIONS
        with collecting_rarely():  # nested (build, then write_release in a caller's block)
            assert gc.get_threshold() == RARE_COLLECTIONS
        assert gc.get_threshold() == RARE_COLLECTIONS
    assert gc.get_threshold() == before


def test_workers_never_walk_what_they_inherit(monkeypatch):
    monkeypatch.setattr(pool, "cores", lambda: 2)
    frozen = pool.chunked_map(lambda chunk: [gc.get_freeze_count() for _ in chunk], range(4), 1)
    assert all(count > 1000 for count in frozen)  # the parent's objects: out of the workers' collector
    assert gc.get_freeze_count() == 0  # and given back to the parent's once the work is done

