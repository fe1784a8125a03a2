"""`rtes-kg validate` end to end: inputs of every kind, the report's formats, exit codes, bad input."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from conftest import split_document
from rtes_kg.check.contribution import check_files, context_graph
from rtes_kg.check.render import render_json
from rtes_kg.check.validate import validate_graph
from rtes_kg.cli import main
from rtes_kg.inputs import MAX_INPUT_BYTES, read_text
from rtes_kg.model.convert import from_oxigraph

RTES = "https://w3id.org/rtes/ontology#"
ORG = "https://w3id.org/rtes/org/"

# A contribution in Turtle with three typos: a misspelt property of ours, a class of ours, the
# wrong case in org:memberOf, and an action attributed to a member whose IRI is misspelt.
CONTRIBUTION = """@prefix rtes: <https://w3id.org/rtes/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix o:    <https://w3id.org/rtes/org/> .

o:besancon a rtes:Collectivite ;
    skos:prefLabel "Besançon"@fr ;
    rtes:populaton 120000 ;
    org:memberof o:rtes .

<https://w3id.org/rtes/action/besancon/recyclerie> a rtes:ActionESS, rtes:Actoin ;
    rtes:soutenuePar o:besanson .
"""


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def report_of(result) -> dict:
    return json.loads(result.stdout)


def by_type(report: dict, type_: str) -> list[dict]:
    return [r for r in report["results"] if r["type"] == type_]


@pytest.fixture()
def dijon(tmp_path: Path, seed_text: str) -> Path:
    fiche = tmp_path / "dijon.txt"
    fiche.write_text(split_document(seed_text)["Dijon Métropole"], encoding="utf-8")
    return fiche


@pytest.fixture(scope="module")
def seed_graph() -> rdflib.Graph:
    """The seed fiches converted to RDF, as a contributor's tool would produce them."""
    result = run("convert", str(Path(__file__).resolve().parents[1] / "data" / "fiches"
                                / "rtes-fiches-2025.txt"), "--format", "nq")
    graph = rdflib.Graph()
    for quad in ox.parse(result.output, format=ox.RdfFormat.N_QUADS):
        graph.add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)))
    return graph


# ── Inputs ──────────────────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize("suffix, syntax", [
    (".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"), (".rdf", "xml")])
def test_rdf_of_every_syntax_is_validated_in_context(tmp_path, seed_graph, suffix, syntax):
    path = tmp_path / f"seed{suffix}"
    path.write_text(seed_graph.serialize(format=syntax), encoding="utf-8")
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    report = report_of(result)
    assert report["conforms"] is True
    assert {r["file"] for r in report["results"]} <= {str(path)}


def test_quads_are_validated_as_their_union(tmp_path):
    result = run("convert", str(Path(__file__).resolve().parents[1] / "data" / "fiches"
                                / "rtes-fiches-2025.txt"), "--format", "trig")
    path = tmp_path / "seed.trig"
    path.write_text(result.output, encoding="utf-8")
    assert run("validate", str(path), "--format", "json").exit_code == 0


def test_input_format_overrides_the_suffix_and_applies_to_stdin(tmp_path):
    path = tmp_path / "contribution.txt"
    path.write_text(CONTRIBUTION, encoding="utf-8")
    by_file = run("validate", str(path), "--input-format", "ttl", "--format", "json")
    by_stdin = run("validate", "-", "--input-format", "ttl", "--format", "json", input=CONTRIBUTION)
    assert by_file.exit_code == by_stdin.exit_code == 1
    assert by_type(report_of(by_file), "terme-non-declare")
    assert {r["file"] for r in report_of(by_stdin)["results"]} == {"-"}


def test_stdin_is_a_fiche_by_default(dijon):
    result = run("validate", "-", "--format", "json", input=dijon.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert report_of(result)["fiches"] == ["dijon-metropole"]


def test_a_folder_is_searched_recursively(tmp_path, seed_text):
    for index, text in enumerate(split_document(seed_text).values()):
        folder = tmp_path / "fiches" / f"lot-{index % 2}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"fiche-{index}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "fiches" / ".git").mkdir()
    (tmp_path / "fiches" / ".git" / "notes.txt").write_text("pas une fiche", encoding="utf-8")
    result = run("validate", str(tmp_path / "fiches"), "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(report_of(result)["fiches"]) == 6


# ── Checks on RDF contributions ─────────────────────────────────────────────────────────────────

def test_contribution_typos_are_named_with_a_suggestion_and_their_line(tmp_path):
    path = tmp_path / "besancon.ttl"
    path.write_text(CONTRIBUTION, encoding="utf-8")
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 1
    report = report_of(result)
    declared = {r["value"]: r for r in by_type(report, "terme-non-declare")}
    assert declared[RTES + "populaton"]["suggestion"] == RTES + "population"
    assert declared[RTES + "populaton"]["line"] == 8
    assert declared[RTES + "populaton"]["severity"] == "violation"
    assert "Vouliez-vous dire rtes:population ?" in declared[RTES + "populaton"]["message_fr"]
    assert declared[RTES + "Actoin"]["suggestion"] == RTES + "ActionESS"
    assert declared[RTES + "Actoin"]["line"] == 11
    (memberof,) = by_type(report, "terme-inconnu")
    assert (memberof["severity"], memberof["line"]) == ("warning", 9)
    assert memberof["suggestion"] == "http://www.w3.org/ns/org#memberOf"
    (member,) = by_type(report, "action-membre-inconnu")
    assert (member["value"], member["line"], member["path"]) == (ORG + "besanson", 12, RTES + "soutenuePar")
    population = [r for r in report["results"] if r["type"] == "population-absente"]
    assert population and population[0]["line"] == 6 and population[0]["focus"] == ORG + "besancon"


def test_contribution_results_in_n_triples_name_the_exact_line(tmp_path):
    graph = rdflib.Graph().parse(data=CONTRIBUTION, format="turtle")
    lines = sorted(graph.serialize(format="nt").splitlines())
    path = tmp_path / "besancon.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = report_of(run("validate", str(path), "--format", "json"))
    (member,) = by_type(report, "action-membre-inconnu")
    expected = next(n for n, line in enumerate(lines, 1) if "soutenuePar" in line)
    assert member["line"] == expected


def test_the_context_is_used_but_never_reported():
    assert validate_graph(context_graph()).results == ()


def test_a_type_no_shape_checks_is_an_info(tmp_path):
    path = tmp_path / "structure.ttl"
    path.write_text("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
                    "<https://w3id.org/rtes/doc/logo> a foaf:Image .\n", encoding="utf-8")
    result = run("validate", str(path), "--format", "json")
    assert result.exit_code == 0
    (unchecked,) = by_type(report_of(result), "type-non-controle")
    assert (unchecked["severity"], unchecked["value"], unchecked["line"]) == (
        "info", "http://xmlns.com/foaf/0.1/Image", 2)  # a foaf:Document is a fiche: checked


def test_shapes_that_found_no_target_are_listed_once(tmp_path):
    path = tmp_path / "action.ttl"
    path.write_text("@prefix rtes: <https://w3id.org/rtes/ontology#> .\n"
                    "<https://w3id.org/rtes/action/x/y> a rtes:ActionESS .\n", encoding="utf-8")
    (row,) = by_type(report_of(run("validate", str(path), "--format", "json")), "formes-sans-cible")
    assert row["severity"] == "info" and "locn:Address" in row["message_fr"]
    assert "rtes:ActionESS" not in row["message_fr"]


def test_two_organisations_with_one_siren_in_one_contribution(tmp_path):
    path = tmp_path / "siren.ttl"
    path.write_text("@prefix rtes: <https://w3id.org/rtes/ontology#> .\n"
                    "<https://w3id.org/rtes/org/a> rtes:siren \"242100410\" .\n"
                    "<https://w3id.org/rtes/org/b> rtes:siren \"242100410\" .\n", encoding="utf-8")
    report = report_of(run("validate", str(path), "--format", "json"))
    assert sorted(r["line"] for r in by_type(report, "siren-partage")) == [2, 3]


def test_json_of_an_rdf_input_equals_the_library_report(tmp_path):
    path = tmp_path / "besancon.ttl"
    path.write_text(CONTRIBUTION, encoding="utf-8")
    result = run("validate", str(path), "--format", "json")
    assert json.loads(result.stdout) == json.loads(render_json(check_files([read_text(path)]).report))


# ── Report formats and options ──────────────────────────────────────────────────────────────────

BAD = """Audincourt

Année d'adhésion au RTES: 20O1

Type de collectivité
Commune
Nombre d'habitants sur le territoire
15 000 habitants
Adresse

8 avenue Aristide Briand
2107 Audincourt
France

Contact public

Élu représentant : Renaud <b>Fouché</b>
"""


@pytest.fixture()
def bad_fiche(tmp_path: Path) -> Path:
    path = tmp_path / "audincourt.txt"
    path.write_text(BAD, encoding="utf-8")
    return path


class Page(HTMLParser):
    """What an accessibility check looks at: language, headings, table captions and headers."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_page_is_self_contained_accessible_and_escaped(bad_fiche):
    result = run("validate", str(bad_fiche), "--format", "html")
    assert result.exit_code == 1
    page = Page()
    page.feed(result.stdout)
    tags = [tag for tag, _ in page.tags]
    assert page.tags[0] == ("html", {"lang": "fr"})
    assert tags.count("h1") == 1 and "h2" in tags and "caption" in tags
    assert all(attrs.get("scope") == "col" for tag, attrs in page.tags if tag == "th")
    assert not [attrs for tag, attrs in page.tags if tag in ("script", "link", "img")]
    assert (files("rtes_kg") / "templates" / "style.css").read_text(encoding="utf-8") in result.stdout
    text = " ".join(page.text)
    assert "code postal" in text and "2107" in text and f"{bad_fiche}:12" in text
    assert "<b>" not in result.stdout  # the fiche's text is escaped, never markup


def test_html_in_english(bad_fiche):
    result = run("validate", str(bad_fiche), "--format", "html", "--lang", "en")
    assert '<html lang="en">' in result.stdout and "postcode" in result.stdout


def test_summary_counts_results_by_check_across_files(tmp_path, bad_fiche):
    other = tmp_path / "other.txt"
    other.write_text(BAD.replace("Audincourt", "Valentigney"), encoding="utf-8")
    result = run("validate", str(bad_fiche), str(other), "--summary")
    assert result.exit_code == 1
    assert re.search(r"^2 × \[violation\] code-postal-invalide \(code postal\) — 2 fichiers$",
                     result.stdout, re.MULTILINE), result.stdout
    summary = report_of(run("validate", str(bad_fiche), str(other), "--format", "json"))["summary"]
    row = next(r for r in summary if r["type"] == "code-postal-invalide")
    assert (row["count"], row["files"], row["severity"]) == (2, 2, "violation")


def test_fail_on_chooses_what_fails_the_run(tmp_path, dijon):
    warned = tmp_path / "warned.txt"
    text = dijon.read_text(encoding="utf-8")
    assert "Nombre d'habitants sur le territoire\n251 179 habitants\n" in text
    warned.write_text(text.replace("Nombre d'habitants sur le territoire\n251 179 habitants\n", ""),
                      encoding="utf-8")
    report = report_of(run("validate", str(warned), "--format", "json"))
    assert report["conforms"] and report["counts"]["warning"] > 0
    assert run("validate", str(warned)).exit_code == 0
    assert run("validate", str(warned), "--fail-on", "warning").exit_code == 1
    assert run("validate", str(warned), "--fail-on", "info").exit_code == 1


def test_colour_only_when_asked_or_on_a_terminal(bad_fiche):
    assert "\x1b[" not in run("validate", str(bad_fiche)).stdout
    coloured = run("validate", str(bad_fiche), "--color").stdout
    assert "\x1b[31m" in coloured or "\x1b[1m\x1b[31m" in coloured or "\x1b[" in coloured
    assert "\x1b[" not in run("validate", str(bad_fiche), "--format", "json", "--color").stdout


def test_output_file_is_written_whole_and_stdout_stays_empty(tmp_path, bad_fiche):
    out = tmp_path / "rapport.html"
    result = run("validate", str(bad_fiche), "--format", "html", "--output", str(out))
    assert result.exit_code == 1 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_english_text_report(bad_fiche):
    text = run("validate", str(bad_fiche), "--lang", "en").stdout
    assert "field “postcode”: The postcode must have 5 digits" in text


# ── Bad input: one line on stderr naming file and position, exit 2 ──────────────────────────────

def one_error_line(result) -> str:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("name, content, expected", [
    ("empty.txt", b"", "fichier vide"),
    ("blank.ttl", b"  \n\n", "fichier vide"),
    ("binary.txt", bytes(range(256)) * 8, "binaire"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binaire"),
    ("cp1252.txt", "Audincourt\nAdresse\n8 rue é\n".encode("cp1252"),
     r":3: octet 0xe9 invalide en UTF-8 \(colonne 7, octet n° 25\).*Windows-1252.*« é »"),
    ("utf16.txt", "Audincourt\nAdresse\n".encode("utf-16"), "UTF-16LE.*iconv -f UTF-16LE"),
    ("utf16be.txt", "Audincourt\nAdresse\n".encode("utf-16-be"), "UTF-16BE"),
    ("title.txt", "Dijon Métropole\n".encode(), ":1: la fiche ne contient que son titre"),
    ("nothing.txt", b"bonjour\n", ":1: aucune fiche reconnue"),
    ("syntax.ttl", b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \n",
     r"syntax\.ttl:\d+: RDF illisible"),
    ("prefixes.ttl", b"@prefix ex: <http://example.org/> .\n", "aucun triplet"),
    ("syntax.jsonld", b'{"@id": "http://a", ', "RDF illisible"),
])
def test_bad_input_is_one_line_with_file_and_position(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    line = one_error_line(CliRunner().invoke(main, ["validate", str(path)]))
    assert line.startswith(f"rtes-kg: erreur : {path}")
    assert re.search(expected, line), line


def test_rdf_syntax_error_gives_line_and_column(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"x .\n",
                    encoding="utf-8")
    line = one_error_line(CliRunner().invoke(main, ["validate", str(path)]))
    assert re.search(rf"{re.escape(str(path))}:3: RDF illisible.*(column|colonne|3:)", line), line


def test_a_file_of_50_mb_is_refused_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as stream:  # sparse: 50 MB long, a few bytes on disk
        stream.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_INPUT_BYTES
    line = one_error_line(CliRunner().invoke(main, ["validate", str(big)]))
    assert "trop gros (50 Mo)" in line and "limite 20 Mo" in line


def test_stdin_of_more_than_the_limit_is_refused():
    result = CliRunner().invoke(main, ["validate", "-"], input=b"a" * (MAX_INPUT_BYTES + 1))
    assert "trop grosse" in one_error_line(result)


def test_a_folder_without_fiche_is_an_error(tmp_path):
    (tmp_path / "vide" / "sous-dossier").mkdir(parents=True)
    (tmp_path / "vide" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    line = one_error_line(CliRunner().invoke(main, ["validate", str(tmp_path / "vide")]))
    assert "aucune fiche dans ce dossier" in line


def test_bad_files_are_all_reported_and_the_good_one_validated(tmp_path, dijon):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "title.txt").write_text("Dijon Métropole\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "empty.txt"), str(dijon),
                                       str(tmp_path / "title.txt"), str(tmp_path / "missing.ttl"),
                                       "--format", "json"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 3
    report = report_of(result)
    assert report["fiches"] == ["dijon-metropole"]
    assert len(by_type(report, "fichier-illisible")) == 3


def test_nothing_is_written_when_the_output_folder_is_missing(tmp_path, dijon):
    out = tmp_path / "missing" / "rapport.json"
    result = CliRunner().invoke(main, ["validate", str(dijon), "--format", "json", "--output", str(out)])
    assert result.exit_code == 2 and "écriture du rapport impossible" in result.stderr
    assert not out.parent.exists()


def test_a_file_of_many_fiches_is_checked_in_the_sandbox_without_workers(tmp_path):
    """Past about 40 fiches the checks ran in worker processes, which the sandbox (a daemonic
    process) may not have: every such file was an internal error, exit 2."""
    path = tmp_path / "fiches.txt"
    path.write_text("".join(f"Commune de X{n}\n\nType de collectivité\nCommune\nNombre d'habitants sur le "
                            f"territoire\n1 000 hab.\nAnnée d'adhésion au RTES: 2020\n\n" for n in range(60)),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["fiches"]) == 60


def test_a_check_of_a_whole_node_names_the_line_of_what_it_checks(tmp_path):
    """A node-level shape (sh:not over two properties) reports the member without a path: its
    result named the title's line, not the population's."""
    path = tmp_path / "laval.txt"
    path.write_text("Ville de Laval\n\nType de collectivité\nCommune\n\nNombre d'habitants sur le territoire\n"
                    "49 7OO hab.\n\nAdresse\n\nPlace du 11 novembre\n53000 Laval\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
    found, = [r for r in json.loads(result.stdout)["results"] if r["shape"] and r["type"] == "population-illisible"]
    assert found["severity"] == "violation" and found["path"] is None
    assert found["line"] == 7
