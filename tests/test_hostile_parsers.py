"""Hostile input against the parsers of `validate` and `query`: one test per case of issue 13.

Each case must end as one line and exit 2 (or a report), fast and small, never as an OOM kill or a
hang. The bombs run in a subprocess under RLIMIT_AS (``bounded_cli``): a regression fails the test,
not the machine.
"""

from __future__ import annotations

import json
import os
import socket
import threading

import pytest
from click.testing import CliRunner

from hostile_helpers import bounded_cli, capped, peer, read_request  # noqa: F401 - capped: autouse
from rtes_kg import sandbox, untrusted
from rtes_kg.cli import main
from rtes_kg.errors import InputError

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def billion_laughs(levels: int = 9, copies: int = 10) -> str:
    """765 bytes that expand to 3 GB: each entity is ten of the one before."""
    entities = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * copies}">' for i in range(1, levels)]
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{"".join(entities)}]>\n'
            f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
            f'<rdf:Description rdf:about="http://example.org/a"><ex:p>&lol{levels - 1};</ex:p>'
            "</rdf:Description></rdf:RDF>\n")


def one_error(result) -> str:
    lines = [line for line in (result.stderr if isinstance(result.stderr, str) else result.stderr.decode())
             .splitlines() if line.startswith("rtes-kg: erreur")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_billion_laughs_is_refused_before_any_parser(tmp_path):
    path = tmp_path / "lol.rdf"
    path.write_text(billion_laughs(), encoding="utf-8")
    result = bounded_cli("validate", str(path), memory=1024**3, seconds=30)
    assert result.returncode == 2
    line = one_error(result)
    assert "entité XML" in line and "lol.rdf:2" in line


def test_a_quadratic_entity_file_is_refused(tmp_path):
    # one 100 kB entity referenced 100 000 times: no nesting, 10 GB once expanded
    text = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{"a" * 100_000}">]>'
            f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/"><rdf:Description rdf:about="http://x/">'
            f'<ex:p>{"&a;" * 50_000}</ex:p></rdf:Description></rdf:RDF>')
    path = tmp_path / "quadratic.rdf"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "entité XML" in result.stderr


def test_xxe_reads_no_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("mot-de-passe-secret", encoding="utf-8")
    path = tmp_path / "xxe.rdf"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
                    f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
                    '<rdf:Description rdf:about="http://x/"><ex:p>&x;</ex:p></rdf:Description></rdf:RDF>',
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 2 and "mot-de-passe-secret" not in result.output


def test_an_external_dtd_is_refused(tmp_path):
    path = tmp_path / "dtd.rdf"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rdf:RDF SYSTEM "http://127.0.0.1:9/x.dtd">'
                    f'<rdf:RDF xmlns:rdf="{RDF}"/>', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "DTD externe" in result.output


@pytest.mark.parametrize("suffix, text", [
    (".rdf", f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
             + "<rdf:Description><ex:p>" * 50_000 + "x" + "</ex:p></rdf:Description>" * 50_000 + "</rdf:RDF>"),
    (".jsonld", '{"@id": "http://x/", "http://p": ' + '{"http://p": ' * 50_000 + '"x"' + "}" * 50_001),
    # a "<!--" inside a processing instruction once hid everything after it from the count
    (".rdf", f'<?pi <!-- ?><rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
             + "<rdf:Description><ex:p>" * 5_000 + "x" + "</ex:p></rdf:Description>" * 5_000 + "</rdf:RDF>"),
    # end tags inside an attribute value (Oxigraph reads a "<" there) once lowered the count
    (".rdf", f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">'
             + '<rdf:Description rdf:about="http://x/a" ex:note="' + "</b>" * 200 + '"/>'
             + '<rdf:Description rdf:about="http://x/s">' + '<ex:p rdf:parseType="Resource">' * 150 + "<ex:v>x</ex:v>"
             + "</ex:p>" * 150 + "</rdf:Description></rdf:RDF>"),
])
def test_deep_nesting_is_refused_at_once(tmp_path, suffix, text):
    """100,000 levels of RDF/XML ran for more than 5 minutes; 10,000 of JSON-LD took 10 GB."""
    path = tmp_path / f"deep{suffix}"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "imbriqués sur plus de 100 niveaux" in result.stderr


def test_nesting_within_the_cap_is_read(tmp_path):
    path = tmp_path / "nested.jsonld"
    path.write_text('{"@id": "http://x/", "http://p": ' + '{"http://p": ' * 50 + '"x"' + "}" * 51,
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
    assert "imbriqués" not in result.output and json.loads(result.stdout)["schema"]


def test_a_jsonld_remote_context_is_never_fetched(tmp_path):
    hits: list[bytes] = []
    with peer(lambda connection: hits.append(read_request(connection))) as port:
        path = tmp_path / "remote.jsonld"
        path.write_text(json.dumps({"@context": f"http://127.0.0.1:{port}/context.jsonld",
                                    "@id": "http://x/a", "name": "A"}), encoding="utf-8")
        result = CliRunner().invoke(main, ["validate", str(path)])
    assert hits == [] and result.exit_code == 2
    # one line naming the file and the fix, not Oxigraph's words for a missing document loader
    line, = result.stderr.splitlines()
    assert line.startswith("rtes-kg: erreur : ") and f"{path}:1: contexte JSON-LD distant" in line
    assert "« @context » : { … }" in line and "LoadDocumentCallback" not in line


def test_owl_imports_is_never_followed(tmp_path):
    hits: list[bytes] = []
    with peer(lambda connection: hits.append(read_request(connection))) as port:
        path = tmp_path / "imports.ttl"
        path.write_text(f"<http://x/o> a <http://www.w3.org/2002/07/owl#Ontology> ;\n"
                        f"  <http://www.w3.org/2002/07/owl#imports> <http://127.0.0.1:{port}/o.ttl> .\n",
                        encoding="utf-8")
        result = CliRunner().invoke(main, ["validate", str(path)])
    assert hits == [] and "Traceback" not in result.output


def test_a_term_past_the_cap_is_refused(tmp_path):
    path = tmp_path / "long.nt"
    path.write_text(f'<http://x/a> <http://x/p> "{"x" * (untrusted.MAX_TERM + 1)}" .\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "caractères" in result.stderr


@pytest.mark.parametrize("text", ["<http://x/a> <http://x/p> <<( <http://x/a> <http://x/p> <http://x/b> )>> .\n",
                                  "<< <http://x/a> <http://x/p> <http://x/b> >> <http://x/p> <http://x/c> .\n"])
def test_an_rdf_1_2_triple_term_is_an_input_error_not_an_internal_one(tmp_path, text):
    path = tmp_path / "cite.ttl"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "triplet cité" in one_error(result) and "interne" not in result.stderr


def test_statements_past_the_cap_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(untrusted, "MAX_STATEMENTS", 50)
    path = tmp_path / "many.nt"
    path.write_text("".join(f"<http://x/{i}> <http://x/p> \"{i}\" .\n" for i in range(51)), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "plus de 50 triplets" in result.stderr


def test_a_bomb_the_prechecks_miss_ends_as_one_line(tmp_path, monkeypatch):
    """The memory limit is the last line: without the entity check, the same bomb ends as an
    input error within the worker's limit, not as an OOM kill."""
    monkeypatch.setattr(untrusted, "_check_xml", lambda text, label: None)
    monkeypatch.setattr(sandbox, "MEMORY", 256 * 1024**2)
    path = tmp_path / "lol.rdf"
    path.write_text(billion_laughs(), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert "plus de 256 Mo de mémoire" in result.stderr and result.stderr.count("\n") == 1


def test_a_device_is_refused_by_type():
    """/dev/zero read without end (a traceback); under ``capped`` a regression fails, it cannot hang."""
    result = CliRunner().invoke(main, ["validate", "/dev/zero"])
    assert result.exit_code == 2 and "périphérique" in result.stderr


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "fiche.txt"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, ["validate", str(fifo)])
    assert result.exit_code == 2 and "tube (FIFO)" in result.stderr


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "socket" in result.stderr


def test_a_file_that_grows_while_read_is_cut_at_the_cap(tmp_path, monkeypatch):
    from rtes_kg import inputs

    monkeypatch.setattr(inputs, "MAX_INPUT_BYTES", 1000)
    path = tmp_path / "grows.txt"
    path.write_text("x" * 10, encoding="utf-8")
    real_open = os.open

    def grow_then_open(*args, **kwargs):
        path.write_text("x" * 5000, encoding="utf-8")  # after the stat, before the read
        return real_open(*args, **kwargs)

    monkeypatch.setattr(os, "open", grow_then_open)
    with pytest.raises(Exception, match="trop gros"):
        inputs.read_text(path)


def test_query_data_in_rdfxml_is_prechecked(tmp_path):
    path = tmp_path / "lol.rdf"
    path.write_text(billion_laughs(), encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(query), "--data", str(path)])
    assert result.exit_code == 2 and "entité XML" in result.stderr


def _query(tmp_path, data) -> object:
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    return CliRunner().invoke(main, ["query", str(query), "--data", str(data)])


def test_query_data_gzip_bomb_in_markup_is_cut_at_the_input_cap(tmp_path):
    """3 kB of gzip that inflate to 30 MB of JSON-LD: read up to the cap, never whole."""
    import gzip

    path = tmp_path / "bomb.jsonld.gz"
    with gzip.open(path, "wb", 9) as stream:
        stream.write(b"[" + b" " * (30 * 1024 * 1024) + b"]")
    result = _query(tmp_path, path)
    assert result.exit_code == 2 and "trop gros" in one_error(result)


def test_query_data_gzip_past_the_inflated_cap_is_refused(tmp_path, monkeypatch):
    import gzip

    from rtes_kg.sparql import store

    monkeypatch.setattr(store, "MAX_INFLATED", 10_000)
    path = tmp_path / "bomb.nt.gz"
    with gzip.open(path, "wb") as stream:
        stream.write(b"<http://a/s> <http://a/p> <http://a/o> .\n" * 1000)
    # the query's worker is another process, with the real cap: the cap is read where it is
    with pytest.raises(InputError, match="décompressé"):
        store.load_store(path)


def test_query_data_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "dump.ttl"
    os.mkfifo(fifo)
    result = _query(tmp_path, fifo)
    assert result.exit_code == 2 and "tube (FIFO)" in one_error(result)


def test_a_subclass_chain_too_long_to_follow_is_an_input_error_not_an_internal_one(tmp_path):
    """1,000 rdfs:subClassOf links: a RecursionError in the validation, once an "erreur interne"
    (and a 500 from the service's API)."""
    lines = ["@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", "@prefix ex: <http://ex.org/> .",
             "ex:C0 rdfs:subClassOf <https://w3id.org/rtes/ontology#Collectivite> ."]
    lines += [f"ex:C{i} rdfs:subClassOf ex:C{i - 1} ." for i in range(1, 1000)] + ["ex:m a ex:C999 ."]
    path = tmp_path / "chain.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2 and "chaîne trop longue" in one_error(result)
    assert "interne" not in result.stderr


def test_a_slow_bomb_is_stopped_by_the_time_limit():
    def spin() -> None:
        while True:
            pass

    with pytest.raises(sandbox.LimitExceeded, match="arrêtée après 1 s"):
        sandbox.bounded(spin, label="spin", seconds=1)
    assert threading.active_count() >= 1


def test_the_pre_checks_read_each_character_once():
    """The DOCTYPE and JSON pre-checks read in one pass: "<!DOCTYPE " or an escaped quote repeated
    without end once made them quadratic (80 kB of JSON-LD took 22 s). What they find is unchanged."""
    assert untrusted._external_dtd('<!DOCTYPE r SYSTEM "http://x/r.dtd"><r/>') == 0
    assert untrusted._external_dtd("<!DOCTYPE r [ <!ELEMENT r ANY> ]><r/>") is None
    assert untrusted._external_dtd('<!DOCTYPE a <!DOCTYPE b PUBLIC "x" "y">') == 0
    assert untrusted._external_dtd("<!DOCTYPE " * 50_000) is None
    assert list(untrusted._json_depths('{"a": "[{", "b": [1, {"c": "\\"]"}]}')) == [(1, 0), (2, 17), (3, 21)]
    assert list(untrusted._json_depths('{"@id": "' + '\\"' * 50_000)) == [(1, 0)]


@pytest.mark.parametrize("base", ["http://a<b>/", "w3id.org/rtes/", "https://w3id.org/rtes", "https://x/\x1b[2J/"])
def test_a_base_iri_that_is_no_iri_is_a_usage_error(tmp_path, base):
    fiche = tmp_path / "f.txt"
    fiche.write_text("Ville de Dole\n\nType de collectivité\nCommune\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(fiche), "--base-iri", base])
    assert result.exit_code == 2 and "IRI de base" in result.output and "\x1b" not in result.output
