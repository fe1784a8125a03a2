"""The validation page and API of `serve` (issue 12): the report of `rtes-kg validate` over HTTP,
for valid, invalid, oversized, binary and hostile input; nothing fetched, the server still answers."""

from __future__ import annotations

import http.server
import io
import json
import threading
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

from release_helpers import build_release
from rtes_kg.check.contribution import check_files
from rtes_kg.check.render import render_json
from rtes_kg.inputs import InputFile
from rtes_kg.serve.app import App
from rtes_kg.serve.limits import Limits
from rtes_kg.serve.loading import load_release
from rtes_kg.serve.validation import Checker, RateLimit, ValidationLimits
from rtes_kg.sparql.runner import Pool

BASE = "https://w3id.org/rtes/"
GOOD = """Commune de Démonstration

Année d'adhésion au RTES : 2015

Type de collectivité
Commune
Nombre d'habitants sur le territoire
12 000 hab.
Adresse

1 place de la Mairie
25200 Montbéliard
France

Contact public

Élue référente : Jeanne Martin, adjointe à l'ESS

Dernière mise à jour : 16/09/2025
"""
# Two errors, each on its own line: a year with a letter O (line 3), a postcode of 4 digits (line 12).
BAD = GOOD.replace("2015", "20O5").replace("25200 Montbéliard", "2520 Montbéliard")
TURTLE = """@prefix rtes: <https://w3id.org/rtes/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<https://w3id.org/rtes/org/demo> a rtes:Collectivite ;
    skos:prefLabel "Démo"@fr ;
    rtes:population "beaucoup" .
"""
LIMITS = ValidationLimits(max_bytes=64 * 1024, timeout=20.0, workers=1, per_minute=0, memory=1024 ** 3)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    dist = build_release(tmp_path_factory.mktemp("validation"))
    release = load_release(dist, BASE)
    pool = Pool(release.dump, 1, 10.0)
    checker = Checker(LIMITS, BASE)
    yield App(release, pool, Limits(workers=1), checker, LIMITS)
    pool.close()
    checker.close()


def call(app, path: str, method: str = "GET", body: bytes = b"", content_type: str | None = None,
         query: str = "", **headers):
    environ: dict = {}
    setup_testing_defaults(environ)
    environ.update(REQUEST_METHOD=method, PATH_INFO=path, QUERY_STRING=query, CONTENT_LENGTH=str(len(body)),
                   **{"wsgi.input": io.BytesIO(body)})
    if content_type:
        environ["CONTENT_TYPE"] = content_type
    for name, value in headers.items():
        environ["HTTP_" + name.upper()] = value
    seen = {}

    def start_response(status, response_headers):
        seen["status"], seen["headers"] = int(status.split()[0]), dict(response_headers)

    data = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], data


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = "----rtes-kg-test"
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, data) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def test_a_conforming_fiche_gets_the_report_of_the_cli_and_200(app):
    status, headers, body = call(app, "/api/validate", "POST", GOOD.encode(), "text/plain; charset=utf-8")
    expected = render_json(check_files([InputFile("fiche.txt", GOOD, "fiche")], (), BASE).report)
    assert (status, headers["RTES-Exit-Code"]) == (200, "0")
    assert body.decode("utf-8") == expected
    assert json.loads(body)["schema"] == "rtes-kg/validation-report/1"


def test_an_invalid_fiche_gets_422_with_each_error_at_its_line(app):
    status, headers, body = call(app, "/api/validate", "POST", BAD.encode(), "text/plain", query="nom=demo.txt")
    report = json.loads(body)
    assert (status, headers["RTES-Exit-Code"], report["conforms"]) == (422, "1", False)
    lines = {(r["type"], r["line"], r["file"]) for r in report["results"] if r["severity"] == "violation"}
    assert {line for _, line, _ in lines} >= {3, 12} and {file for _, _, file in lines} == {"demo.txt"}
    # --fail-on=warning makes a conforming fiche with warnings fail, as on the command line
    assert call(app, "/api/validate", "POST", GOOD.encode(), "text/plain", query="fail-on=info")[0] == 422


def test_a_turtle_upload_is_validated_in_context(app):
    body, content_type = multipart({}, {"fichier": ("contribution.ttl", TURTLE.encode())})
    status, _, data = call(app, "/api/validate", "POST", body, content_type)
    report = json.loads(data)
    assert status == 422 and any(r["file"] == "contribution.ttl" and r["line"] for r in report["results"])


def test_oversized_binary_and_unknown_types_get_clear_answers(app):
    status, _, body = call(app, "/api/validate", "POST", b"x" * (LIMITS.max_bytes + 1), "text/plain")
    assert status == 413 and "trop gros" in json.loads(body)["error"]
    status, headers, body = call(app, "/api/validate", "POST", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", "text/plain")
    report = json.loads(body)
    assert (status, headers["RTES-Exit-Code"]) == (400, "2")
    assert report["results"][0]["type"] == "fichier-illisible" and "binaire" in report["results"][0]["message_fr"]
    status, _, body = call(app, "/api/validate", "POST", GOOD.encode(), "application/pdf")
    assert status == 415 and "text/plain" in json.loads(body)["error"]
    assert call(app, "/api/validate", "GET")[0] == 405


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the name is http.server's
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.end_headers()
        self.wfile.write(b'{"@context": {"name": "https://schema.org/name"}}')

    def log_message(self, format, *args):  # noqa: A002 - the name is http.server's
        pass


def test_hostile_files_fetch_nothing_and_the_server_still_answers(app):
    listener = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{listener.server_address[1]}"
    try:
        remote_context = json.dumps({"@context": f"{url}/context.jsonld", "@id": "https://w3id.org/rtes/org/x",
                                     "name": "X"}).encode()
        status, _, body = call(app, "/api/validate", "POST", remote_context, "application/ld+json")
        assert status == 400 and "context" in json.loads(body)["results"][0]["message_fr"]
        entity = (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM "{url}/entity"><!ENTITY f SYSTEM '
                  '"file:///etc/passwd">]>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                  'xmlns:s="https://schema.org/"><rdf:Description rdf:about="https://w3id.org/rtes/org/x">'
                  "<s:name>&e;&f;</s:name></rdf:Description></rdf:RDF>").encode()
        status, _, body = call(app, "/api/validate", "POST", entity, "application/rdf+xml")
        assert status in (400, 422) and b"root:" not in body
        entities = ['<!ENTITY a0 "' + "x" * 100 + '">'] + [
            f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">' for i in range(1, 9)]
        bomb = ('<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [' + "".join(entities) + ']>\n<rdf:RDF xmlns:rdf='
                '"http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:s="https://schema.org/"><rdf:Description '
                'rdf:about="https://w3id.org/rtes/org/x"><s:name>&a8;</s:name></rdf:Description></rdf:RDF>')
        status, _, body = call(app, "/api/validate", "POST", bomb.encode(), "application/rdf+xml")
        assert status in (400, 422, 503) and "error" in json.loads(body) or "results" in json.loads(body)
        assert _Recorder.hits == []
    finally:
        listener.shutdown()
        listener.server_close()
    status, _, _ = call(app, "/api/validate", "POST", GOOD.encode(), "text/plain")
    assert status == 200  # the server (and a fresh worker) still answers


def test_the_rate_limit_counts_per_client_and_says_when_to_come_back():
    now = [0.0]
    limit = RateLimit(per_minute=2, clock=lambda: now[0])
    limit.take("a")
    limit.take("a")
    limit.take("b")  # another client has its own bucket
    with pytest.raises(Exception) as refused:
        limit.take("a")
    assert refused.value.status == 429 and "réessayez dans 30 s" in refused.value.message
    now[0] = 31.0
    limit.take("a")  # a token came back


def test_the_page_works_without_javascript_in_french_and_english(app):
    status, headers, body = call(app, "/valider")
    page = body.decode("utf-8")
    assert status == 200 and '<html lang="fr">' in page and 'enctype="multipart/form-data"' in page
    assert "<style>" not in page and "<script>" not in page  # styles and scripts are files (strict CSP)
    _, _, body = call(app, "/valider", accept_language="en-GB,en;q=0.9,fr;q=0.5")
    assert '<html lang="en">' in body.decode("utf-8")
    status, _, body = call(app, "/valider", "POST", urlencode({"texte": BAD, "lang": "fr"}).encode(),
                           "application/x-www-form-urlencoded")
    page = body.decode("utf-8")
    assert status == 200 and 'id="L3" class="marked violation"' in page and 'id="L12" class="marked violation"' in page
    assert 'href="#L3"' in page and "Aperçu de la page publiée" in page and "Commune de Démonstration" in page
    body, content_type = multipart({"texte": "", "syntaxe": "auto"}, {"fichier": ("demo.ttl", TURTLE.encode())})
    status, _, data = call(app, "/valider", "POST", body, content_type, query="lang=en")
    assert status == 200 and "Report — demo.ttl" in data.decode("utf-8")
    status, _, body = call(app, "/valider", "POST", urlencode({"texte": " "}).encode(),
                           "application/x-www-form-urlencoded")
    assert status == 400 and "rien à valider" in body.decode("utf-8")


def test_the_api_is_described_by_openapi_and_a_page_with_curl(app):
    status, _, body = call(app, "/api/openapi.json")
    spec = json.loads(body)
    assert status == 200 and spec["openapi"].startswith("3.1") and "/api/validate" in spec["paths"]
    assert set(spec["paths"]["/api/validate"]["post"]["responses"]) >= {"200", "422", "400", "413", "429"}
    status, _, body = call(app, "/api")
    assert status == 200 and "curl --data-binary @ma-fiche.txt" in body.decode("utf-8")
    status, headers, body = call(app, "/static/prefixes.json")
    assert status == 200 and json.loads(body)["rtes"] == "https://w3id.org/rtes/ontology#"
    assert call(app, "/static/../cli.py")[0] == 404
