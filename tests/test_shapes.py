"""The SHACL shapes, tested by data: each tests/shapes/<shape>-ok*.ttl conforms, each -ko*.ttl gives
exactly the results its "# attendu: <severity> <type>" lines list. Plus checks of the shapes' own texts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH

from rtes_kg.check.validate import load_shapes, validate_graph
from rtes_kg.project import ontology_dir, shapes_dir
from rtes_kg.vocab import RTESH

RTES = Namespace("https://w3id.org/rtes/ontology#")

CASES = Path(__file__).parent / "shapes"
EXPECTED = re.compile(r"^# attendu: (violation|warning|info) ([a-z0-9-]+)\s*$", re.MULTILINE)
CONSTRAINT_PARAMETERS = {
    SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.pattern, SH.minInclusive, SH.maxInclusive,
    SH.minExclusive, SH.nodeKind, SH["in"], SH.languageIn, SH.uniqueLang, SH.qualifiedMinCount,
    SH["or"], SH["not"], SH.minLength, SH.sparql,
}


def base_graph() -> Graph:
    graph = Graph()
    graph.parse(CASES / "_reference.ttl")
    graph.parse(CASES / "_fiche.ttl")
    return graph


def found(path: Path) -> Counter:
    graph = base_graph()
    graph.parse(path)
    return Counter((r.severity, r.type) for r in validate_graph(graph).results)


def expected(path: Path) -> Counter:
    return Counter(EXPECTED.findall(path.read_text(encoding="utf-8")))


def test_the_base_fiche_conforms_without_any_result():
    assert validate_graph(base_graph()).results == ()


@pytest.mark.parametrize("path", sorted(CASES.glob("*-ok*.ttl")), ids=lambda p: p.stem)
def test_conforming_example_gives_no_result(path):
    assert found(path) == Counter()


@pytest.mark.parametrize("path", sorted(CASES.glob("*-ko*.ttl")), ids=lambda p: p.stem)
def test_failing_example_gives_exactly_the_expected_results(path):
    assert expected(path), f"{path.name} lists no '# attendu:' line"
    assert found(path) == expected(path)


def test_every_node_shape_has_a_conforming_and_a_failing_example():
    stems = {p.stem.split("-ok")[0].split("-ko")[0] for p in CASES.glob("*.ttl")}
    shapes = load_shapes()
    # Which example file exercises which target class: all targeted classes must be covered.
    covered = {
        "collectivite": "Collectivite", "type-dans-le-nom": "Collectivite", "adhesion": "Membership",
        "fiche": "Document", "adresse": "Address", "contact": "Post", "budget": "LigneBudgetaire",
        "action": "ActionESS", "concept": "Concept", "territoire": "Departement",
        "identifiant": "Identifier", "structure": "StructureESS", "chiffre": "QuantitativeValue",
    }
    assert set(covered) <= stems
    for stem in covered:
        assert list(CASES.glob(f"{stem}-ok*.ttl")) and list(CASES.glob(f"{stem}-ko*.ttl")), stem
    targets = {str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
               for t in shapes.objects(None, SH.targetClass)}
    assert targets == {"Collectivite", "Membership", "Interval", "Instant", "Document", "Address",
                       "Post", "Person", "OrganizationalUnit", "LigneBudgetaire", "MonetaryAmount",
                       "ActionESS", "Concept", "Commune", "Intercommunalite", "Departement", "Region",
                       "Identifier", "StructureESS", "QuantitativeValue"}


def test_every_result_type_is_exercised_by_a_failing_example():
    codes = {str(code) for code in load_shapes().objects(None, RTESH.code)}
    exercised = {type_ for path in CASES.glob("*-ko*.ttl") for _severity, type_ in expected(path)}
    assert codes == exercised


def test_shape_files_parse_and_are_all_loaded():
    files = sorted(shapes_dir().glob("*.ttl"))
    assert files
    total = Graph()
    for path in files:
        total.parse(path)
    # pySHACL adds two RDFS axioms (owl:Class ⊑ rdfs:Class…) to the shapes graph on first use.
    ground = {t for t in total if not any(isinstance(term, BNode) for term in t)}
    assert ground <= set(load_shapes())
    assert 0 <= len(load_shapes()) - len(total) <= 2


def shapes_and_constraints(shapes: Graph) -> tuple[set, set]:
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.objects(None, SH.property)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    named = {s for s in node_shapes | property_shapes if isinstance(s, URIRef)}
    # A constraint is a named shape that holds a constraint parameter itself, or a SPARQL constraint.
    constraints = {s for s in named if any(p in CONSTRAINT_PARAMETERS for p in shapes.predicates(s))
                   and not shapes.value(s, SH.sparql)}
    constraints |= set(shapes.objects(None, SH.sparql))
    return named, constraints


def languages(shapes: Graph, node, predicate) -> list[str]:
    return sorted(o.language for o in shapes.objects(node, predicate) if isinstance(o, Literal))


def test_every_shape_has_name_and_description_in_french_and_english():
    named, _ = shapes_and_constraints(load_shapes())
    assert named
    for shape in named:
        for predicate in (SH.name, SH.description):
            assert languages(load_shapes(), shape, predicate) == ["en", "fr"], (shape, predicate)


def test_every_constraint_has_one_message_per_language_a_code_and_a_severity():
    shapes = load_shapes()
    _, constraints = shapes_and_constraints(shapes)
    assert len(constraints) > 30
    codes = []
    for constraint in constraints:
        assert languages(shapes, constraint, SH.message) == ["en", "fr"], constraint
        code = shapes.value(constraint, RTESH.code)
        assert code is not None and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(code)), constraint
        codes.append(str(code))
        owner = next(iter(shapes.subjects(SH.sparql, constraint)), constraint)
        assert shapes.value(owner, SH.severity) in {SH.Violation, SH.Warning, SH.Info}, owner
    assert len(codes) == len(set(codes)), "two checks share a code"


def test_the_project_concepts_satisfy_the_concept_shape():
    concepts = ontology_dir() / "concepts.ttl"
    if not concepts.exists():
        pytest.skip("ontology/concepts.ttl not written yet")
    graph = Graph().parse(concepts)
    assert validate_graph(graph).results == ()


def test_the_kind_in_the_name_uses_the_project_keywords():
    concepts = ontology_dir() / "concepts.ttl"
    if not concepts.exists():
        pytest.skip("ontology/concepts.ttl not written yet")
    graph = Graph().parse(concepts)
    graph.parse(CASES / "_fiche.ttl")
    graph.parse(CASES / "type-dans-le-nom-ko.ttl")
    report = validate_graph(graph)
    preval = [r for r in report.results if r.focus.endswith("/org/preval")]
    assert [(r.severity, r.type, r.value, r.value_label) for r in preval] == [
        ("info", "type-different-du-nom", "https://w3id.org/rtes/concept/type-collectivite/syndicat-mixte",
         "Syndicat mixte")]
    assert "« Syndicat mixte »" in preval[0].message_fr


def test_the_project_keywords_are_in_the_form_the_shape_compares():
    # The shape folds the name (lower case, no accent, spaces for punctuation) but not the keywords.
    concepts = ontology_dir() / "concepts.ttl"
    if not concepts.exists():
        pytest.skip("ontology/concepts.ttl not written yet")
    keywords = [str(o) for o in Graph().parse(concepts).objects(None, RTES.motCleNom)]
    assert keywords
    assert [k for k in keywords if not re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*", k)] == []
