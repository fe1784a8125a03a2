"""Every IRI answers: each IRI under the base that a release mentions, in any of its RDF files,
answers 200 (or 303 to a 200) in HTML and every RDF syntax, under `serve` and on the static site
through the redirect rules of docs/publishing.md; an IRI the ledger retired answers 410 Gone.
"""

from __future__ import annotations

import http.client
import io
import urllib.parse
from pathlib import Path
from wsgiref.util import setup_testing_defaults

import pyoxigraph as ox
import pytest

from conftest import SEED_DOCUMENT
from release_helpers import build_release, serve
from rtes_kg.model.ledger import Ledger
from rtes_kg.serve.app import App
from rtes_kg.serve.limits import Limits
from rtes_kg.serve.loading import load_release
from rtes_kg.sparql.runner import Pool

BASE = "https://w3id.org/rtes/"
SPARQL = "https://data.example.org/rtes/sparql"
RDF_FILES = ("rtes.nq", "catalog.ttl", "void.ttl", "provenance.ttl", "changes.ttl", "ontology.ttl",
             "shapes.ttl")
# What the redirect rules of docs/publishing.md send each Accept to, on a static host.
SYNTAXES = {"text/turtle": (".ttl", ox.RdfFormat.TURTLE), "application/ld+json": (".jsonld", ox.RdfFormat.JSON_LD),
            "application/n-triples": (".nt", ox.RdfFormat.N_TRIPLES),
            "application/rdf+xml": (".rdf", ox.RdfFormat.RDF_XML)}


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """A second release (one action fewer than the first, so that an IRI is retired), with a
    SPARQL service, served at the base IRI itself (the default --public-url)."""
    folder = tmp_path_factory.mktemp("iris")
    first = build_release(folder / "one", "--sparql-url", SPARQL)
    fiche = folder / "one" / "data" / "fiches" / SEED_DOCUMENT.name
    text = fiche.read_text(encoding="utf-8")
    fiche.write_text(text.replace("Perspective : ", "", 1).replace(
        "développement de collectes événementielles des textiles linges et chaussures.\n", "", 1),
        encoding="utf-8")
    return build_release(folder / "two", "--sparql-url", SPARQL, "--previous", str(first),
                         data=folder / "one" / "data")


def documents(dist: Path) -> set[str]:
    """The paths (under the base) of every IRI the release's RDF files mention, but its files."""
    found = set()
    for name in RDF_FILES:
        fmt = ox.RdfFormat.from_extension(name.rsplit(".", 1)[1])
        for quad in ox.parse(path=str(dist / name), format=fmt):
            for term in (quad.subject, quad.predicate, quad.object, getattr(quad, "graph_name", None)):
                if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
                    found.add(term.value.partition("#")[0][len(BASE):])
    return {path for path in found if path and not (dist / path).is_file() and not path.startswith("site/")}


@pytest.fixture(scope="module")
def retired(dist: Path) -> set[str]:
    ledger = Ledger.parse((dist / "ids.tsv").read_text(encoding="utf-8"))
    return set(ledger.retired_documents())


@pytest.fixture(scope="module")
def app(dist: Path):
    release = load_release(dist, BASE)
    limits = Limits(timeout=5.0, workers=1)
    pool = Pool(release.dump, limits.workers, limits.timeout)
    yield App(release, pool, limits)
    pool.close()


def get(app: App, path: str, accept: str) -> tuple[int, dict, bytes]:
    environ: dict = {}
    setup_testing_defaults(environ)
    environ.update(REQUEST_METHOD="GET", PATH_INFO=path, HTTP_ACCEPT=accept, **{"wsgi.input": io.BytesIO()})
    seen: dict = {}

    def start_response(status, headers):
        seen.update(status=int(status.split()[0]), headers=dict(headers))

    chunks = app(environ, start_response)
    body = b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()  # a file of dist/ is streamed
    return seen["status"], seen["headers"], body


def test_the_release_names_every_kind_of_iri(dist: Path, retired: set[str]):
    paths = documents(dist)
    for expected in ("dataset", "catalog", "dataset/distribution/rtes-ttl", "dataset/distribution/sparql",
                     "sparql-service", "graph/dijon-metropole", "graph/reference", "fiche/dijon-metropole",
                     "org/dijon-metropole", "ontology", "shapes", "concept/type-collectivite",
                     "concept/type-collectivite/metropole", "agent/rtes-kg",
                     "source/fiches/rtes-fiches-2025.txt", "territoire/departement/21"):
        assert expected in paths, expected
    assert any(path.startswith("action/") for path in paths)
    assert sum(path.startswith("release/") for path in paths) == 2  # this release and the previous
    assert len(retired) == 1 and retired <= paths  # changes.ttl names the removed action


def test_every_iri_answers_under_serve_in_every_syntax(app: App, dist: Path, retired: set[str]):
    failures = []
    for path in sorted(documents(dist) - retired):
        for accept in ("text/html", *SYNTAXES):
            status, headers, body = get(app, "/" + path, accept)
            if status == 303:
                status, headers, body = get(app, headers["Location"], accept)
            if status != 200:
                failures.append((path, accept, status))
            elif accept in SYNTAXES:
                assert headers["Content-Type"].startswith(accept), (path, accept)
                assert list(ox.parse(body, format=SYNTAXES[accept][1])), (path, accept)  # not empty
    assert failures == []


def test_a_retired_iri_answers_410_saying_what_it_was(app: App, retired: set[str]):
    (path,) = retired
    status, headers, body = get(app, "/" + path, "text/html")
    page = body.decode("utf-8")
    assert status == 410 and "Perspective" in page and "../../../org/syndicat-mixte-preval-haut-doubs/" in page
    for accept in SYNTAXES:
        status, headers, body = get(app, "/" + path, accept)
        assert status == 410 and "l’action « Perspective" in body.decode("utf-8")
    assert get(app, f"/{path}.ttl", "*/*")[0] == 410


def test_a_retired_iri_answers_410_at_the_site_s_paths_too(app: App, retired: set[str]):
    """The redirect rules send a browser to site/X/ and an RDF client to site/X.ttl: under serve
    they answer 410 as the IRI does, not 200 (the tombstone page) nor 404 (audit 16, finding 8)."""
    (path,) = retired
    for site_path, accept in ((f"/site/{path}/", "text/html"), (f"/site/{path}/index.html", "text/html"),
                              (f"/site/{path}.ttl", "text/turtle"), (f"/site/{path}.jsonld", "*/*"),
                              (f"/site/{path}.nt", "*/*")):
        status, headers, body = get(app, site_path, accept)
        assert status == 410, site_path
        assert "Perspective" in body.decode("utf-8"), site_path
    live = "org/syndicat-mixte-preval-haut-doubs"
    assert get(app, f"/site/{live}/", "text/html")[0] == 200 and get(app, f"/site/{live}.ttl", "*/*")[0] == 200


def test_void_answers_at_its_well_known_place(app: App, dist: Path):
    status, headers, body = get(app, "/.well-known/void", "*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert body == (dist / "void.ttl").read_bytes()


def test_every_iri_answers_on_the_static_site(dist: Path, retired: set[str]):
    """The redirect rules: {base}X → site/X/ for a browser, site/X.ttl (…) for an RDF client."""
    failures = []
    with serve(dist) as local:
        def fetch(path: str) -> tuple[int, bytes]:
            url = urllib.parse.urlsplit(local + urllib.parse.quote(path))
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
            connection.request("GET", url.path)
            response = connection.getresponse()
            body = response.read()
            connection.close()
            return response.status, body

        for path in sorted(documents(dist)):
            status, body = fetch(f"site/{path}/")
            if status != 200 or (path in retired) != (b"410 Gone" in body):
                failures.append((path, "html", status))
            if path in retired:
                continue
            for suffix, fmt in SYNTAXES.values():
                status, body = fetch(f"site/{path}{suffix}")
                if status != 200 or not list(ox.parse(body, format=fmt)):
                    failures.append((path, suffix, status))
    assert failures == []
