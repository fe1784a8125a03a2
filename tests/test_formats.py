"""The format registry: every syntax found again by its name, aliases, suffixes and media types,
in agreement with the libraries that read and write it, and the old spellings still accepted."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from rtes_kg import formats
from rtes_kg.cli import main
from rtes_kg.formats import RDF, RDFXML, RESULTS
from rtes_kg.publish.release import DUMP_FORMATS

EX = "https://example.org/"
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
SAMPLE = [ox.Quad(ox.NamedNode(f"{EX}dijon"), ox.NamedNode(f"{EX}{predicate}"), value, ox.NamedNode(f"{EX}graphe"))
          for predicate, value in (("nom", ox.Literal("Dijon Métropole", language="fr")),
                                   ("population", ox.Literal("260000", datatype=XSD_INTEGER)))]


@pytest.mark.parametrize("syntax", RDF, ids=lambda syntax: syntax.name)
def test_every_syntax_is_found_by_its_name_aliases_suffixes_and_media_types(syntax):
    for name in (syntax.name, *syntax.aliases, syntax.rdflib, syntax.name.upper()):
        assert formats.by_name(name) is syntax, name
    for suffix in syntax.suffixes:
        assert formats.by_suffix(f"data/contribution{suffix}") is syntax, suffix
        assert formats.by_suffix(f"CONTRIBUTION{suffix.upper()}") is syntax, suffix
    for media_type in (syntax.media_type, *syntax.media_aliases):
        assert formats.by_media_type(media_type) is syntax, media_type
    assert formats.by_media_type(f"{syntax.media_type.upper()}; charset=utf-8") is syntax


def test_no_two_syntaxes_claim_the_same_name_suffix_or_media_type():
    for field in (lambda s: (s.name, *s.aliases, s.rdflib), lambda s: s.suffixes,
                  lambda s: (s.media_type, *s.media_aliases)):
        values = [value for syntax in RDF for value in dict.fromkeys(field(syntax))]
        assert len(values) == len(set(values)), values


@pytest.mark.parametrize("name", ["rdfxml", "rdf", "xml", "rdf+xml", "RDF"])
def test_every_spelling_of_rdf_xml_is_rdf_xml(name):
    assert formats.by_name(name) is RDFXML


def test_unknown_names_suffixes_and_media_types():
    with pytest.raises(KeyError, match="rdfxml"):
        formats.by_name("fiche")
    assert formats.by_suffix("dijon.txt") is None
    assert formats.by_suffix("-") is None
    assert formats.by_media_type("text/html") is None


@pytest.mark.parametrize("syntax", RDF, ids=lambda syntax: syntax.name)
def test_every_syntax_agrees_with_pyoxigraph(syntax):
    assert syntax.media_type == syntax.oxigraph.media_type
    assert syntax.suffix == f".{syntax.oxigraph.file_extension}"
    assert syntax.named_graphs == syntax.oxigraph.supports_datasets
    assert syntax.format_iri.endswith(syntax.oxigraph.iri.rsplit("/", 1)[1])


# rdflib 7 calls its own deprecated Dataset and ConjunctiveGraph API when it parses quads.
@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")
@pytest.mark.parametrize("syntax", [s for s in RDF if s is not formats.N3], ids=lambda syntax: syntax.name)
def test_what_pyoxigraph_writes_rdflib_reads_by_the_registry_name(syntax):
    data = SAMPLE if syntax.named_graphs else [ox.Triple(q.subject, q.predicate, q.object) for q in SAMPLE]
    text = ox.serialize(data, format=syntax.oxigraph)
    dataset = rdflib.Dataset(default_union=True).parse(data=text, format=syntax.rdflib)
    assert len(dataset) == len(SAMPLE)
    assert any(str(value) == "Dijon Métropole" for value in dataset.objects())


def test_xml_says_its_encoding_itself_and_text_says_it_in_the_header():
    assert RDFXML.content_type == "application/rdf+xml"
    assert formats.TURTLE.content_type == "text/turtle; charset=utf-8"
    assert formats.results_by_name("xml").content_type == "application/sparql-results+xml"
    assert formats.results_by_name("csv").content_type == "text/csv; charset=utf-8"


@pytest.mark.parametrize("results", RESULTS, ids=lambda results: results.name)
def test_every_results_format_agrees_with_pyoxigraph(results):
    assert formats.results_by_name(results.name) is results
    assert results.media_type == results.oxigraph.media_type.partition(";")[0]
    assert results.suffix == f".{results.oxigraph.file_extension}"
    assert results.format_iri == results.oxigraph.iri


def test_published_file_names_do_not_change():
    assert [dump.latest for dump in DUMP_FORMATS] == [
        "rtes.ttl", "rtes.nt", "rtes.trig", "rtes.nq", "rtes.jsonld", "rtes.rdf"]
    assert DUMP_FORMATS[-1].versioned("2025-11-24-9d73f578") == "rtes-2025-11-24-9d73f578.rdf.gz"


# ── the CLI ─────────────────────────────────────────────────────────────────────────────────────

RDF_XML_INPUT = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in SAMPLE],
                             format=ox.RdfFormat.RDF_XML).decode("utf-8")


@pytest.mark.parametrize("spelling", ["rdfxml", "rdf", "xml"])
def test_validate_takes_rdf_xml_under_its_name_and_its_old_spellings(spelling):
    result = CliRunner().invoke(main, ["validate", "-", "--input-format", spelling, "--format", "json"],
                                input=RDF_XML_INPUT)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert report["fiches"] == []
    assert not [r for r in report["results"] if r["type"] == "fichier-illisible"]


def test_the_help_lists_each_syntax_once_by_its_name():
    help_text = CliRunner().invoke(main, ["validate", "--help"]).output
    assert "[fiche|jsonld|n3|nq|nt|rdfxml|trig|ttl]" in help_text


def test_an_unknown_input_format_is_a_usage_error_naming_the_choices():
    result = CliRunner().invoke(main, ["validate", "-", "--input-format", "rdfa"], input="x")
    assert result.exit_code == 2
    assert "rdfxml" in result.output


def test_convert_takes_the_aliases_too(tmp_path):
    fiche = tmp_path / "vide.txt"
    fiche.write_text("pas une fiche\n", encoding="utf-8")  # still converted: the reference graph
    by_name, by_alias = (CliRunner().invoke(main, ["convert", str(fiche), "--format", spelling])
                         for spelling in ("nq", "n-quads"))
    assert by_alias.exit_code == 0, by_alias.output
    assert by_alias.stdout == by_name.stdout and by_alias.stdout.strip()
