"""The command line end to end: build, validate, convert, query, exit codes and error messages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import Namespace
from rdflib.compare import isomorphic

import contract_check
from conftest import split_document
from rtes_kg.check.contribution import check_files
from rtes_kg.check.render import render_json
from rtes_kg.cli import main
from rtes_kg.inputs import read_text
from rtes_kg.publish import contents as publish

RTES = Namespace("https://w3id.org/rtes/ontology#")
DCT = Namespace("http://purl.org/dc/terms/")
README = Path(__file__).resolve().parents[1] / "README.md"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture()
def built(tmp_path: Path, seed_data_dir: Path) -> Path:
    out = tmp_path / "dist"
    result = run("build", "--data", str(seed_data_dir), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_file_and_passes_the_contract(built: Path, capsys):
    names = {path.name for path in built.iterdir()}
    assert {"rtes.ttl", "rtes.trig", "rtes.nt", "rtes.nq", "validation.ttl", "validation.json",
            "validation.txt"} <= names
    assert contract_check.main(str(built / "rtes.ttl")) == 0, capsys.readouterr().out
    quads = list(ox.parse(path=str(built / "rtes.trig"), format=ox.RdfFormat.TRIG))
    graphs = {quad.graph_name.value for quad in quads}
    assert "https://w3id.org/rtes/graph/dijon-metropole" in graphs
    assert "https://w3id.org/rtes/graph/reference" in graphs
    # six fiches, the organisations they name, and the reference graph
    assert len([g for g in graphs if "/graph/" in g]) == 8
    assert "https://w3id.org/rtes/graph/organisations" in graphs
    report = json.loads((built / "validation.json").read_text(encoding="utf-8"))
    assert report["conforms"] is True
    assert len(report["fiches"]) == 6


def test_build_is_byte_identical_twice(tmp_path: Path, seed_data_dir: Path, built: Path):
    again = tmp_path / "again"
    assert run("build", "--data", str(seed_data_dir), "--out", str(again)).exit_code == 0
    for name in ("rtes.ttl", "rtes.trig", "rtes.nt", "rtes.nq", "validation.json", "validation.ttl"):
        assert (built / name).read_bytes() == (again / name).read_bytes(), name


def test_one_file_per_member_gives_the_same_facts(tmp_path: Path, seed_text: str, built: Path):
    folder = tmp_path / "per-member" / "fiches"
    folder.mkdir(parents=True)
    for index, text in enumerate(split_document(seed_text).values()):
        (folder / f"fiche-{index}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "per-member-dist"
    assert run("build", "--data", str(folder.parent), "--out", str(out)).exit_code == 0
    # Only where each fact was read (file and line) differs between the two layouts.
    assert isomorphic(_without_locations(out / "rtes.ttl"), _without_locations(built / "rtes.ttl"))


def _without_locations(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph().parse(path)
    graph.remove((None, RTES.ligneSource, None))
    graph.remove((None, DCT.source, None))
    return graph


def test_a_fiche_with_a_violation_stays_out_and_build_exits_1(tmp_path: Path, seed_text: str):
    broken = seed_text.replace("21075 Dijon Cedex", "2107 Dijon Cedex")
    folder = tmp_path / "data" / "fiches"
    folder.mkdir(parents=True)
    (folder / "fiches.txt").write_text(broken, encoding="utf-8")
    out = tmp_path / "dist"
    result = run("build", "--data", str(folder.parent), "--out", str(out))
    assert result.exit_code == 1
    assert "écartée : dijon-metropole" in result.output
    dump = rdflib.Graph().parse(out / "rtes.ttl")
    members = {str(s) for s in dump.subjects(rdflib.RDF.type, RTES.Collectivite)}
    assert "https://w3id.org/rtes/org/dijon-metropole" not in members
    assert len(members) == 5
    assert "dijon-metropole" in (out / "validation.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("broken, code", [(False, 0), (True, 1)])
def test_the_program_leaves_after_a_build_with_its_exit_code_and_all_it_printed(
        tmp_path: Path, seed_text: str, broken: bool, code: int):
    """``python -m rtes_kg`` (rtes_kg.entry) ends a build without tearing the process down: the
    exit code, the summary on stdout and the progress on stderr are still all there, even piped."""
    folder = tmp_path / "data" / "fiches"
    folder.mkdir(parents=True)
    text = seed_text.replace("21075 Dijon Cedex", "2107 Dijon Cedex") if broken else seed_text
    (folder / "fiches.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "rtes_kg", "build", "--data", str(folder.parent), "--out", str(out),
                           "--no-cache"], capture_output=True, text=True, timeout=300)
    assert done.returncode == code, done.stderr
    assert done.stdout.startswith("6 fiches : ") and done.stdout.endswith("\n")
    assert ("écartée : dijon-metropole" in done.stdout) is broken
    assert (out / "SHA256SUMS").is_file() and not list(tmp_path.glob(".dist.*"))


def test_a_failed_build_leaves_the_previous_release_untouched(tmp_path, seed_data_dir, built,
                                                              monkeypatch):
    before = _files(built)

    def exploding(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(publish, "write_dumps", exploding)
    with pytest.raises(RuntimeError):
        run("build", "--data", str(seed_data_dir), "--out", str(built))
    assert _files(built) == before
    assert sorted(path.name for path in built.parent.iterdir()
                  if path.name.startswith(".") and path.name != ".rtes-kg-cache") == []


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under a release folder (it has sub-folders: site/, .well-known/)."""
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in folder.rglob("*") if path.is_file()}


BAD_FICHE = """Audincourt

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

Élu représentant : Renaud Fouché
"""


def test_validate_names_file_line_and_field_in_french(tmp_path: Path):
    fiche = tmp_path / "audincourt.txt"
    fiche.write_text(BAD_FICHE, encoding="utf-8")
    result = run("validate", str(fiche))
    assert result.exit_code == 1
    text = result.output
    assert re.search(rf"{re.escape(str(fiche))}:12\b.*code postal", text), text
    assert re.search(rf"{re.escape(str(fiche))}:3\b.*année", text, re.IGNORECASE), text
    assert "2107" in text and "20O1" in text


def test_validate_json_equals_the_library_report(tmp_path: Path):
    fiche = tmp_path / "audincourt.txt"
    fiche.write_text(BAD_FICHE, encoding="utf-8")
    result = run("validate", str(fiche), "--format", "json")
    assert result.exit_code == 1
    library = check_files([read_text(fiche)]).report
    assert json.loads(result.output) == json.loads(render_json(library))
    types = {r["type"] for r in json.loads(result.output)["results"] if r["severity"] == "violation"}
    assert len(types) >= 2


def test_validate_a_conforming_fiche_exits_0(tmp_path: Path, seed_text: str):
    fiche = tmp_path / "dijon.txt"
    fiche.write_text(split_document(seed_text)["Dijon Métropole"], encoding="utf-8")
    result = run("validate", str(fiche), "--lang", "en")
    assert result.exit_code == 0, result.output


def test_validate_rdf_input(tmp_path: Path, built: Path):
    result = run("validate", str(built / "rtes.ttl"), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["conforms"] is True


def test_missing_file_is_exit_2_with_one_line(tmp_path: Path):
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "nope.txt" in result.output and "introuvable" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("content, expected", [
    (bytes(range(256)) * 8, "binaire"),
    ("Audincourt\nAdresse\n8 rue é\n".encode("cp1252"), "UTF-8"),
    (b"   \n\n", "vide"),
])
def test_unreadable_input_is_a_clean_error(tmp_path: Path, content: bytes, expected: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 2
    assert expected in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_validate_goes_on_past_a_bad_file(tmp_path: Path, seed_text: str):
    good = tmp_path / "dijon.txt"
    good.write_text(split_document(seed_text)["Dijon Métropole"], encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "missing.txt"), str(good),
                                       "--format", "json"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert "dijon-metropole" in report["fiches"]
    assert any(r["type"] == "fichier-illisible" for r in report["results"])


def test_rdf_syntax_error_names_the_line(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 2
    assert "bad.ttl" in result.output and "RDF illisible" in result.output


@pytest.mark.parametrize("fmt, syntax", [
    ("ttl", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES), ("trig", ox.RdfFormat.TRIG),
    ("nq", ox.RdfFormat.N_QUADS), ("jsonld", ox.RdfFormat.JSON_LD)])
def test_convert_writes_parseable_rdf(seed_data_dir: Path, fmt: str, syntax):
    result = run("convert", str(seed_data_dir / "fiches" / "rtes-fiches-2025.txt"), "--format", fmt)
    assert result.exit_code == 0
    statements = list(ox.parse(result.output, format=syntax))
    members = {s.subject.value for s in statements
               if s.predicate.value == str(rdflib.RDF.type) and s.object.value == str(RTES.Collectivite)}
    assert len(members) == 6


def test_query_runs_an_example_on_the_built_dump(built: Path):
    result = run("query", "--list")
    names = [line.split()[0] for line in result.output.splitlines() if line.strip()]
    assert names, "queries/ holds no example"
    for name in names:
        answer = run("query", name, "--data", str(built / "rtes.ttl"), "--format", "json")
        assert answer.exit_code == 0, (name, answer.output)
        assert json.loads(answer.output)["rows"], name


def test_query_unknown_name_is_exit_2(built: Path):
    result = CliRunner().invoke(main, ["query", "no-such-query", "--data", str(built / "rtes.ttl")])
    assert result.exit_code == 2
    assert "introuvable" in result.output


def test_query_without_a_build_says_what_to_do(tmp_path: Path):
    result = CliRunner().invoke(main, ["query", "--list"])
    names = result.output.split()
    result = CliRunner().invoke(main, ["query", names[0], "--data", str(tmp_path / "none.ttl")])
    assert result.exit_code == 2
    assert "rtes-kg build" in result.output


def test_every_command_has_help_with_an_example_and_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert "Example:" in (command.help or ""), name
        assert run(name, "--help").exit_code == 0
        assert f"rtes-kg {name}" in readme, name


def test_node_level_warning_does_not_show_the_node_as_its_value(tmp_path: Path):
    # Regression: sh:or/sh:not report the focus node as sh:value; it was shown as "valeur : « Grenoble »".
    fiche = tmp_path / "grenoble.txt"
    fiche.write_text("Grenoble\n\nType de collectivité\nCommune\n", encoding="utf-8")
    report = json.loads(run("validate", str(fiche), "--format", "json").output)
    missing = [r for r in report["results"] if r["type"] == "population-absente"]
    assert missing and missing[0]["value"] is None


def test_a_large_build_prints_one_progress_line_per_stage(tmp_path: Path, seed_text: str):
    dijon = split_document(seed_text)["Dijon Métropole"]
    folder = tmp_path / "data" / "fiches"
    folder.mkdir(parents=True)
    many = "\n".join(dijon.replace("Dijon Métropole", f"Métropole numéro {index}")
                     for index in range(60))
    (folder / "many.txt").write_text(many, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--data", str(folder.parent),
                                       "--out", str(tmp_path / "dist")])
    assert result.exit_code == 0, result.output
    stages = [line for line in result.stderr.splitlines() if line.startswith("rtes-kg: ")]
    assert any("lecture : 60 fiches" in line for line in stages)
    assert any("validation" in line for line in stages)
    assert any("écriture : rtes.ttl" in line for line in stages)
    assert "60 fiches : 60 publiées" in result.stdout


def test_no_triple_is_published_in_two_named_graphs(built: Path):
    # Regression: an organisation named by several fiches was described in each fiche's graph, so
    # a query over the union returned one row per copy (exploding on 1,000 fiches).
    quads = list(ox.parse(path=str(built / "rtes.nq"), format=ox.RdfFormat.N_QUADS))
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    assert len(triples) == len(set(triples))
    cress = "https://w3id.org/rtes/org/cress-bourgogne-franche-comte"
    assert {q.graph_name.value for q in quads if q.subject.value == cress} == {
        "https://w3id.org/rtes/graph/organisations"}


def test_a_query_past_its_memory_is_stopped_with_one_line(built: Path, tmp_path: Path, monkeypatch):
    from rtes_kg.sparql import examples
    monkeypatch.setattr(examples, "QUERY_MEMORY", 64 * 1024**2)
    query = tmp_path / "cross.rq"
    query.write_text("SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z } ORDER BY ?a ?b ?c", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(query), "--data", str(built / "rtes.ttl")])
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) <= 2 and "mémoire" in result.output


def test_csv_on_a_terminal_shows_control_characters_escaped():
    from rtes_kg.sparql.examples import Answer
    from rtes_kg.sparql.table import render_answer
    answer = Answer(("name",), (("Ville\x1b[2J\u202e",),))
    assert "\x1b" not in render_answer(answer, "csv", for_terminal=True)
    assert "\u202e" not in render_answer(answer, "csv", for_terminal=True)
    assert render_answer(answer, "csv") == "name\nVille\x1b[2J\u202e\n"  # a file gets the values as they are
