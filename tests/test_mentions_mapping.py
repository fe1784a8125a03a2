"""What the free texts name and state, as published: structures, partners, members, figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef

from rtes_kg.build import build
from rtes_kg.inputs import read_text
from rtes_kg.project import data_dir
from rtes_kg.vocab import CV, OBJET_COMPTE, ORG, PROV, RDF, RTES, SCHEMA, SKOS, TYPE_STRUCTURE, UNITE, XSD

ORG_BASE = "https://w3id.org/rtes/org/"
ACTION_BASE = "https://w3id.org/rtes/action/syndicat-mixte-preval-haut-doubs/"


@pytest.fixture(scope="module")
def seed_build():
    files = [read_text(path, str(path)) for path in sorted((data_dir() / "fiches").glob("*.txt"))]
    return build(files, source_root=str(data_dir()))


@pytest.fixture(scope="module")
def graphs(seed_build):
    return {item.slug: item.graph for item in seed_build.fiches}


def org(slug):
    return URIRef(ORG_BASE + slug)


def preval_action(graphs, start):
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    return next(a for a in graph.subjects(RDF.type, RTES.ActionESS) if str(a).startswith(ACTION_BASE + start))


def test_the_seed_builds_without_violation(seed_build):
    assert seed_build.report.counts["violation"] == 0


@pytest.mark.parametrize("action_start, slug, kind", [
    ("preval-a-initie-l-emergence-d-un-atelier", "la-marmite-solidaire", "association"),
    ("preval-met-a-disposition", "emmaus-pontarlier", "groupe-emmaus"),
    ("preval-confie-un-marche", "id-ees-r-v", "siae"),
])
def test_structures_carry_their_actions(graphs, action_start, slug, kind):
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    action, structure = preval_action(graphs, action_start), org(slug)
    assert (action, RTES.porteePar, structure) in graph
    assert (action, PROV.wasAssociatedWith, structure) in graph
    assert {RTES.StructureESS, ORG.Organization} <= set(graph.objects(structure, RDF.type))
    assert (structure, ORG.classification, TYPE_STRUCTURE[kind]) in graph
    assert (structure, RTES.confianceDetection, Literal("motif")) in graph


def test_re_bon_was_created_with_the_members_help(graphs):
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    action = preval_action(graphs, "preval-a-initie-l-emergence-de-la-recyclerie")
    assert (action, RTES.creationAccompagnee, org("re-bon")) in graph
    assert (action, RTES.porteePar, org("re-bon")) not in graph
    assert (org("re-bon"), ORG.classification, TYPE_STRUCTURE["recyclerie"]) in graph


def test_the_member_holds_shares_in_the_fruitiere(graphs):
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    action = preval_action(graphs, "prise-de-parts")
    fruitiere = org("fruitiere-a-energies")
    assert (action, RTES.participationCapital, fruitiere) in graph
    assert (action, RTES.partenaire, fruitiere) in graph
    assert (action, RTES.porteePar, fruitiere) not in graph


def test_suez_is_a_company_holding_the_contract(graphs):
    # "Préval confie un marché … avec SUEZ" (tests/expected/seed.json: SUEZ carries the action)
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    assert (preval_action(graphs, "preval-confie-un-marche"), RTES.porteePar, org("suez")) in graph
    assert {SCHEMA.Corporation, ORG.FormalOrganization} <= set(graph.objects(org("suez"), RDF.type))
    assert (org("suez"), RTES.confianceDetection, Literal("reference")) in graph


def test_one_iri_for_the_cress_across_two_fiches(graphs):
    cress = org("cress-bourgogne-franche-comte")
    for slug in ("conseil-regional-bourgogne-franche-comte", "communaute-urbaine-creusot-montceau"):
        assert (org(slug), RTES.partenaire, cress) in graphs[slug]
        assert (cress, SKOS.prefLabel, Literal("CRESS Bourgogne-Franche-Comté", lang="fr")) in graphs[slug]


def test_preval_links_the_member_cc_and_does_not_describe_it(graphs):
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    member = org("communaute-de-communes-des-portes-du-haut-doubs")
    action = preval_action(graphs, "actuellement-avec-les-communautes")
    assert (action, RTES.partenaire, member) in graph
    assert not list(graph.triples((member, None, None)))  # its own fiche describes it
    other = org("communaute-de-communes-du-val-de-morteau")
    assert (action, RTES.partenaire, other) in graph
    assert CV.PublicOrganisation in set(graph.objects(other, RDF.type))
    assert RTES.Collectivite not in set(graph.objects(other, RDF.type))
    assert not list(graph.triples((other, ORG.memberOf, None)))


def test_creusot_links_the_member_region(graphs):
    graph = graphs["communaute-urbaine-creusot-montceau"]
    assert (org("communaute-urbaine-creusot-montceau"), RTES.partenaire,
            org("conseil-regional-bourgogne-franche-comte")) in graph


@pytest.mark.parametrize("value, unit, counted, approximate, year", [
    ("170.0", "tonne-par-an", "tonnage", False, None),
    ("10000.0", "nombre-par-an", "portions", False, None),
    ("2.5", "etp", "etp", False, None),
    ("15.0", "nombre", "salaries-en-insertion", False, None),
    ("45.0", "nombre", "benevoles", True, None),
    ("640.0", "tonne", "tonnage", False, "2022"),
])
def test_figures_are_typed_values(graphs, value, unit, counted, approximate, year):
    graph = graphs["syndicat-mixte-preval-haut-doubs"]
    nodes = [n for n in graph.subjects(SCHEMA.value, Literal(value, datatype=XSD.decimal))
             if (n, SCHEMA.unitCode, UNITE[unit]) in graph]
    assert len(nodes) == 1
    node = nodes[0]
    assert (node, RDF.type, SCHEMA.QuantitativeValue) in graph
    assert (node, RTES.objetCompte, OBJET_COMPTE[counted]) in graph
    assert graph.value(node, SCHEMA.unitText) is not None
    assert ((node, RTES.approximatif, Literal(True)) in graph) == approximate
    assert graph.value(node, RTES.annee) == (Literal(year, datatype=XSD.gYear) if year else None)
    assert any((action, RTES.chiffre, node) in graph for action in graph.subjects(RDF.type, RTES.ActionESS))


def test_amounts_in_actions_and_programme(graphs):
    preval = graphs["syndicat-mixte-preval-haut-doubs"]
    money = preval_action(graphs, "preval-a-initie-l-emergence-de-la-recyclerie")
    amounts = list(preval.objects(money, RTES.montantCite))
    assert len(amounts) == 1
    assert (amounts[0], SCHEMA.value, Literal("1700000.0", datatype=XSD.decimal)) in preval
    region = graphs["conseil-regional-bourgogne-franche-comte"]
    ranges = {(region.value(n, SCHEMA.minValue).toPython(), region.value(n, SCHEMA.maxValue).toPython())
              for n in region.objects(org("conseil-regional-bourgogne-franche-comte"), RTES.montantCite)}
    assert ranges == {(Decimal(5000), Decimal(10000)), (Decimal(5000), Decimal(30000))}


def test_no_blank_nodes_and_two_builds_are_identical(seed_build):
    files = [read_text(path, str(path)) for path in sorted((data_dir() / "fiches").glob("*.txt"))]
    again = build(files, source_root=str(data_dir()))
    for first, second in zip(seed_build.fiches, again.fiches):
        assert set(first.graph) == set(second.graph)
        assert not any(term.__class__.__name__ == "BNode" for triple in first.graph for term in triple)
