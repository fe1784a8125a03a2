"""validate_graph / validate_fiches and the renderers: results tied to file and line, conformance, output forms."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SH
from rdflib.term import Node

from rtes_kg.check.corpus import map_all, validate_all
from rtes_kg.check.render import render_json, render_text, render_turtle
from rtes_kg.check.report import SCHEMA, Report, Result
from rtes_kg.check.validate import _parse_shapes_file, validate_fiches, validate_graph
from rtes_kg.errors import ResourceError
from rtes_kg.extract.findings import read_fiches
from rtes_kg.model.mapping import reference_graph
from rtes_kg.parse.records import Source
from rtes_kg.vocab import RTESH

CASES = Path(__file__).parent / "shapes"
FILE = "data/fiches/bourgogne.txt"
LOCN = "http://www.w3.org/ns/locn#"
TIME = "http://www.w3.org/2006/time#"
DIJON = URIRef("https://w3id.org/rtes/org/dijon-metropole")

# The fiche of _fiche.ttl with the two mistakes of DESIGN.md: a 4-digit postcode, a letter O in the year.
BAD_FICHE = """
@prefix locn: <http://www.w3.org/ns/locn#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix d:    <https://w3id.org/rtes/org/dijon-metropole#> .
d:adresse locn:postCode "2107" .
d:adhesion-debut time:inXSDgYear "20O1"^^xsd:gYear .
"""


def fiche_graph(*extra_turtle: str) -> Graph:
    graph = Graph().parse(CASES / "_fiche.ttl")
    for turtle in extra_turtle:
        graph.parse(data=turtle, format="turtle")
    return graph


def reference() -> Graph:
    return Graph().parse(CASES / "_reference.ttl")


def bad_fiche_graph() -> Graph:
    graph = fiche_graph(BAD_FICHE)
    # "as written": the mapping keeps the raw text, so the well-formed values are not there.
    graph.remove((URIRef(f"{DIJON}#adresse"), URIRef(LOCN + "postCode"), None))
    graph.parse(data=BAD_FICHE, format="turtle")
    graph.remove((URIRef(f"{DIJON}#adhesion-debut"), URIRef(TIME + "inXSDgYear"), None))
    graph.parse(data=BAD_FICHE, format="turtle")
    return graph


ORIGINS: Mapping[tuple[Node, URIRef | None], Source] = {
    (DIJON, None): Source(FILE, 40),
    (URIRef(f"{DIJON}#adresse"), None): Source(FILE, 52),
    (URIRef(f"{DIJON}#adresse"), URIRef(LOCN + "postCode")): Source(FILE, 54),
    (URIRef(f"{DIJON}#adhesion"), None): Source(FILE, 47),
}


def bad_report() -> Report:
    data = bad_fiche_graph() + reference()
    return validate_graph(data, ORIGINS, {DIJON: "dijon-metropole"})


def only(report: Report, type_: str) -> Result:
    matches = [r for r in report.results if r.type == type_]
    assert len(matches) == 1, [r.type for r in report.results]
    return matches[0]


def test_postcode_of_four_digits_is_a_violation_at_its_own_line():
    result = only(bad_report(), "code-postal-invalide")
    assert (result.severity, result.file, result.line) == ("violation", FILE, 54)
    assert (result.focus, result.path, result.value) == (f"{DIJON}#adresse", LOCN + "postCode", "2107")
    assert result.field_fr == "code postal" and result.field_en == "postcode"
    assert result.message_fr.startswith("Le code postal doit comporter 5 chiffres")
    assert result.fiche == "dijon-metropole"


def test_year_with_a_letter_o_is_a_violation_located_through_the_collectivite():
    result = only(bad_report(), "annee-adhesion-invalide")
    assert (result.severity, result.value) == ("violation", "20O1")
    assert result.field_fr == "année d'adhésion"
    assert "4 chiffres" in result.message_fr and "4 digits" in result.message_en
    # No origin for #adhesion-debut itself: the fragment's owner, the collectivité, gives the line.
    assert (result.file, result.line, result.fiche) == (FILE, 40, "dijon-metropole")
    assert "annee-adhesion-impossible" not in {r.type for r in bad_report().results}


def test_origin_of_the_node_and_property_wins_over_the_node():
    origins = {**ORIGINS, (URIRef(f"{DIJON}#adhesion-debut"), None): Source(FILE, 48)}
    report = validate_graph(bad_fiche_graph() + reference(), origins)
    assert only(report, "annee-adhesion-invalide").line == 48
    assert only(report, "code-postal-invalide").line == 54


def test_results_without_origin_have_no_location_and_come_last():
    data = bad_fiche_graph() + reference()
    data.parse(data='<https://w3id.org/rtes/org/x> a <https://w3id.org/rtes/ontology#Collectivite> .',
               format="turtle")
    report = validate_graph(data, ORIGINS)
    unlocated = [r for r in report.results if r.file is None]
    assert unlocated and report.results[-len(unlocated):] == tuple(unlocated)
    assert all(r.line is None and r.fiche is None for r in unlocated)


def test_results_are_sorted_by_file_line_severity_type():
    report = bad_report()
    assert list(report.results) == sorted(report.results, key=Result.sort_key)
    assert [r.line for r in report.results] == sorted(r.line for r in report.results)


def test_violation_fails_conformance_warnings_and_infos_do_not():
    assert not bad_report().conforms
    data = fiche_graph() + reference()
    for predicate in ("locn:address", "rtes:population", "rtes:populationTexte", "org:hasPost"):
        data.update(f"""PREFIX locn: <http://www.w3.org/ns/locn#> PREFIX org: <http://www.w3.org/ns/org#>
                        PREFIX rtes: <https://w3id.org/rtes/ontology#>
                        DELETE WHERE {{ <{DIJON}> {predicate} ?o }}""")
    data.update("DELETE WHERE { ?r <http://purl.org/dc/terms/modified> ?d }")
    report = validate_graph(data)
    assert report.counts == {"violation": 0, "warning": 3, "info": 1}
    assert {r.type for r in report.results} == {"adresse-absente", "population-absente", "contact-absent",
                                                "date-mise-a-jour-absente"}
    assert report.conforms and report.to_dict()["conforms"] is True


@dataclasses.dataclass
class FakeMapped:
    slug: str
    graph: Graph
    origins: Mapping


def renamed(graph: Graph, slug: str) -> Graph:
    """The same fiche for another collectivité: every IRI and name of Dijon moved to ``slug``
    (two collectivités with one name are two fiches of one collectivité: a violation)."""
    def move(term):
        if isinstance(term, Literal) and str(term) == "Dijon Métropole":
            return Literal(slug, lang=term.language)
        return URIRef(str(term).replace("dijon-metropole", slug)) if isinstance(term, URIRef) else term
    out = Graph()
    for triple in graph:
        out.add(tuple(move(t) for t in triple))
    return out


def test_many_fiches_in_one_call_are_split_back_per_fiche():
    good = FakeMapped("grenoble", renamed(fiche_graph(), "grenoble"), {})
    bad = FakeMapped("dijon-metropole", bad_fiche_graph(), ORIGINS)
    report = validate_fiches([good, bad], reference())
    assert report.fiches == ("dijon-metropole", "grenoble")
    assert report.failing_fiches() == ("dijon-metropole",)
    parts = report.by_fiche()
    assert list(parts) == ["dijon-metropole", "grenoble"]
    assert parts["grenoble"].results == () and parts["grenoble"].conforms
    assert {r.type for r in parts["dijon-metropole"].results} == {"code-postal-invalide",
                                                                 "annee-adhesion-invalide"}
    one = validate_fiches([bad], reference())
    assert one.results == parts["dijon-metropole"].results


def test_reports_combine_like_one_call():
    good = FakeMapped("grenoble", renamed(bad_fiche_graph(), "grenoble"), {})
    bad = FakeMapped("dijon-metropole", bad_fiche_graph(), ORIGINS)
    together = validate_fiches([good, bad], reference())
    apart = Report.combine([validate_fiches([good], reference()), validate_fiches([bad], reference())])
    assert apart == together


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    dataset = Dataset()
    dataset.graph(URIRef("https://w3id.org/rtes/graph/dijon-metropole")).__iadd__(bad_fiche_graph())
    dataset.graph(URIRef("https://w3id.org/rtes/graph/reference")).__iadd__(reference())
    assert validate_graph(dataset).results == validate_graph(bad_fiche_graph() + reference()).results


def test_validation_does_not_change_the_data():
    data = bad_fiche_graph() + reference()
    before = len(data)
    validate_graph(data)
    assert len(data) == before


def test_json_render_is_the_report_dict():
    report = bad_report()
    text = render_json(report)
    assert json.loads(text) == report.to_dict()
    assert json.loads(text)["schema"] == SCHEMA
    assert set(json.loads(text)["results"][0]) == {
        "severity", "type", "focus", "path", "value", "value_label", "message_fr", "message_en",
        "field_fr", "field_en", "file", "line", "fiche", "shape", "component", "suggestion"}
    assert "« 2107 »" not in text and "Le code postal" in text  # UTF-8 kept, not \\u-escaped


def test_turtle_render_is_a_shacl_report_with_source_locations():
    report = bad_report()
    text = render_turtle(report)
    graph = Graph().parse(data=text, format="turtle")
    (root,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(root, SH.conforms).toPython() is False
    results = list(graph.objects(root, SH.result))
    assert len(results) == len(report.results)
    postcode = next(r for r in results if str(graph.value(r, RTESH.code)) == "code-postal-invalide")
    assert graph.value(postcode, RTESH.ligneSource).toPython() == 54
    assert str(graph.value(postcode, RTESH.fichierSource)) == FILE
    assert graph.value(postcode, SH.sourceShape) == RTESH["Adresse-codePostal"]
    assert {m.language for m in graph.objects(postcode, SH.resultMessage)} == {"fr", "en"}
    year = next(r for r in results if str(graph.value(r, RTESH.code)) == "annee-adhesion-invalide")
    assert graph.value(year, SH.value).datatype == URIRef("http://www.w3.org/2001/XMLSchema#gYear")


def test_renders_are_deterministic():
    assert render_turtle(bad_report()) == render_turtle(bad_report())
    assert render_text(bad_report()) == render_text(bad_report())
    assert isomorphic(Graph().parse(data=render_turtle(bad_report()), format="turtle"),
                      Graph().parse(data=render_turtle(bad_report()), format="turtle"))


def test_text_render_in_french_names_file_line_field_and_value():
    text = render_text(bad_report())
    assert text.startswith("Rapport de validation rtes-kg\n1 fiche : 2 violations, 0 avertissement, 0 information\n")
    assert "Fiche « dijon-metropole »" in text
    assert (f"{FILE}:54  [violation] champ « code postal » : Le code postal doit comporter 5 chiffres "
            "(ex. 21075). Corrigez la ligne de l’adresse. (valeur : « 2107 »)") in text
    assert f"{FILE}:40  [violation] champ « année d'adhésion » : " in text
    assert "(valeur : « 20O1 »)" in text
    assert text.rstrip().endswith("n'est pas publiée tant qu'elle n'est pas corrigée.")
    assert "Non conforme : 2 violations dans 1 fiche." in text


def test_text_render_in_english():
    text = render_text(bad_report(), lang="en")
    assert text.startswith("rtes-kg validation report\n1 fiche: 2 violations, 0 warnings, 0 infos\n")
    assert f"{FILE}:54  [violation] field “postcode”: The postcode must have 5 digits" in text
    assert "(value: “2107”)" in text
    assert "Does not conform: 2 violations in 1 fiche." in text


def test_text_render_of_a_conforming_report():
    report = validate_fiches([FakeMapped("dijon-metropole", fiche_graph(), ORIGINS)], reference())
    text = render_text(report)
    assert "1 fiche sans aucune remarque." in text
    assert text.rstrip().endswith("Conforme : aucune violation, les fiches peuvent être publiées.")


def test_text_render_rejects_an_unknown_language():
    with pytest.raises(ValueError, match="de"):
        render_text(bad_report(), lang="de")


def test_a_broken_shapes_file_is_a_resource_error_naming_it(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y", encoding="utf-8")
    with pytest.raises(ResourceError) as error:
        _parse_shapes_file(Graph(), broken)
    assert error.value.file == str(broken)


def test_kind_in_the_name_from_fiche_text_to_report():
    """The whole chain on a fiche as RTES writes it: the name's legal form is published, and a
    warning naming both kinds points at the "Type de collectivité" line."""
    text = ("Réseau des collectivités Territoriales pour une Économie Solidaire\n\n"
            "Syndicat Mixte Préval Haut-Doubs\n\n"
            "Année d'adhésion au RTES: 20O1\n\n"
            "Type de collectivité\nCommunauté de communes\n"
            "Nombre d'habitants sur le territoire\n145000 hab.\n"
            "Adresse\n\n2 rue des tourbières, BP 235\n2558 Pontarlier\nFrance\n\n"
            "Contact public\n\nPrésident: Claude Gindre\n")
    mapped, results = map_all(read_fiches(text, "preval.txt"))
    report = validate_all(mapped, reference_graph(), results)
    located = {(r.type, r.line) for r in report.results}
    assert ("type-corrige-par-le-nom", 8) in located
    (kind,) = [r for r in report.results if r.type == "type-corrige-par-le-nom"]
    assert kind.severity == "warning" and "« Syndicat mixte »" in kind.message_fr
    assert "« Communauté de communes »" in kind.message_fr
    assert ("code-postal-invalide", 14) in located
    assert "annee-adhesion-invalide" in {r.type for r in report.results}


def test_kind_in_the_name_query_is_parsed_once_not_once_per_collectivite():
    """Regression: pySHACL passes the SPARQL text per focus node; parsing it each time took 70 ms a
    collectivité (over a minute for 1,000 fiches)."""
    from rtes_kg.check.validate import _prepare

    fiches = [FakeMapped(f"c{n}", renamed(fiche_graph(), f"c{n}"), {}) for n in range(30)]
    validate_fiches(fiches[:1], reference())
    before = _prepare.cache_info()
    validate_fiches(fiches, reference())
    after = _prepare.cache_info()
    assert after.misses == before.misses
    assert after.hits - before.hits >= 30
