"""`rtes-kg serve` as a WSGI application, called directly: linked data, SPARQL protocol, refusals."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import time
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote, urlencode
from wsgiref.util import setup_testing_defaults

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from rtes_kg.cli import main
from rtes_kg.model.convert import from_oxigraph
from rtes_kg.serve.app import App
from rtes_kg.serve.limits import Limits
from rtes_kg.serve.loading import load_release
from rtes_kg.sparql.examples import examples, run_oxigraph
from rtes_kg.sparql.runner import Pool
from rtes_kg.sparql.store import load_store

STYLESHEET = (files("rtes_kg") / "templates" / "style.css").read_text(encoding="utf-8")

BASE = "https://w3id.org/rtes/"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    result = CliRunner().invoke(main, ["build", "--out", str(out),
                                       "--ledger", str(out.parent / "ids.tsv")])
    assert result.exit_code in (0, 1), result.output
    return out


class Client:
    def __init__(self, app: App):
        self.app = app

    def request(self, path: str, method: str = "GET", accept: str | None = None, body: bytes = b"",
                content_type: str | None = None, query: str = "", **headers):
        environ: dict = {}
        setup_testing_defaults(environ)
        environ.update(REQUEST_METHOD=method, PATH_INFO=path, QUERY_STRING=query,
                       CONTENT_LENGTH=str(len(body)), **{"wsgi.input": io.BytesIO(body)})
        if accept is not None:
            environ["HTTP_ACCEPT"] = accept
        if content_type:
            environ["CONTENT_TYPE"] = content_type
        for name, value in headers.items():
            environ["HTTP_" + name.upper()] = value
        seen = {}

        def start_response(status, response_headers):
            seen["status"] = int(status.split()[0])
            seen["headers"] = dict(response_headers)

        chunks = self.app(environ, start_response)
        data = b"".join(chunks)
        if hasattr(chunks, "close"):
            chunks.close()
        return seen["status"], seen["headers"], data

    def sparql(self, query: str, accept: str | None = None, **params):
        return self.request("/sparql", accept=accept, query=urlencode({"query": query, **params}))


@pytest.fixture(scope="module")
def release(dist):
    return load_release(dist, BASE)


@pytest.fixture(scope="module")
def client(release):
    limits = Limits(timeout=5.0)
    pool = Pool(release.dump, limits.workers, limits.timeout)
    yield Client(App(release, pool, limits))
    pool.close()


@pytest.fixture(scope="module")
def strict(release):
    limits = Limits(timeout=1.0, max_rows=3, max_body=2048, max_query=1024, workers=1)
    pool = Pool(release.dump, limits.workers, limits.timeout)
    yield Client(App(release, pool, limits)), pool
    pool.close()


@pytest.fixture(scope="module")
def member(release) -> str:
    return "/org/dijon-metropole"


RDF_PARSERS = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
               "application/n-triples": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML}


def parse_graph(body: bytes, fmt: ox.RdfFormat) -> rdflib.Graph:
    """Parsed by pyoxigraph (rdflib's JSON-LD parser warns about ConjunctiveGraph), compared in rdflib."""
    graph = rdflib.Graph()
    for quad in ox.parse(body, format=fmt):
        graph.add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)))
    return graph


# --- linked data ---------------------------------------------------------------------------------

@pytest.mark.parametrize("accept", list(RDF_PARSERS))
def test_each_rdf_syntax_parses_back_to_the_same_description(client, member, accept):
    status, headers, body = client.request(member, accept=accept)
    assert status == 200
    assert headers["Content-Type"].startswith(accept)
    assert headers["Vary"] == "Accept"
    graph = parse_graph(body, RDF_PARSERS[accept])
    iri = rdflib.URIRef(BASE + member.lstrip("/"))
    assert (iri, rdflib.RDF.type, rdflib.URIRef(f"{BASE}ontology#Collectivite")) in graph
    # hash IRIs are described by their document, labels of linked nodes come along
    assert (rdflib.URIRef(f"{iri}#adresse"), None, None) in graph
    turtle = parse_graph(client.request(member, accept="text/turtle")[2], ox.RdfFormat.TURTLE)
    assert isomorphic(graph, turtle)


def test_every_alternate_in_the_link_header_answers_200(client, member):
    """The Link header lists each representation where it is served: the page at {path}/, not a
    .html that answers 303 (RFC 8288 clients take an alternate for the representation itself)."""
    _, headers, _ = client.request(member, accept="text/turtle")
    alternates = re.findall(r'<([^>]+)>; rel="alternate"; type="([^"]+)"', headers["Link"])
    assert {media for _, media in alternates} >= {"text/html", "text/turtle", "application/ld+json"}
    for href, media in alternates:
        status, answer, _ = client.request(href, accept=media)
        assert status == 200 and answer["Content-Type"].startswith(media), (href, status)


def test_representations_are_byte_stable_with_a_strong_etag(client, member):
    first = client.request(member, accept="text/turtle")
    second = client.request(member, accept="text/turtle")
    assert first[2] == second[2]
    assert first[1]["ETag"] == second[1]["ETag"] and not first[1]["ETag"].startswith("W/")
    assert first[1]["ETag"] != client.request(member, accept="application/n-triples")[1]["ETag"]


def test_revalidation_answers_304(client, member):
    _, headers, _ = client.request(member, accept="text/turtle")
    status, again, body = client.request(member, accept="text/turtle", if_none_match=headers["ETag"])
    assert (status, body) == (304, b"")
    assert again["ETag"] == headers["ETag"] and again["Vary"] == "Accept"
    assert client.request(member, accept="text/turtle", if_none_match='"other"')[0] == 200
    status, _, _ = client.request(member, accept="text/turtle", if_modified_since=headers["Last-Modified"])
    assert status == 304
    assert client.request(member, accept="text/turtle",
                          if_modified_since="Mon, 01 Jan 2001 00:00:00 GMT")[0] == 200


def test_browsers_get_html(client, member, release):
    status, headers, body = client.request(member, accept="text/html,application/xhtml+xml,*/*;q=0.8")
    if status == 303:  # the release's site has this page: it lives at {path}/
        assert headers["Location"] == member + "/"
        status, headers, body = client.request(member + "/", accept="text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "Dijon" in body.decode("utf-8")


@pytest.fixture(scope="module")
def siteless(tmp_path_factory):
    """A release built without its site: `serve` renders every page itself."""
    out = tmp_path_factory.mktemp("siteless") / "dist"
    result = CliRunner().invoke(main, ["build", "--out", str(out), "--no-site",
                                       "--ledger", str(out.parent / "ids.tsv")])
    assert result.exit_code in (0, 1), result.output
    release = load_release(out, BASE)
    limits = Limits(timeout=5.0, workers=1)
    pool = Pool(release.dump, limits.workers, limits.timeout)
    yield Client(App(release, pool, limits))
    pool.close()


def test_html_rendered_by_serve_when_the_site_has_no_page(siteless):
    client = siteless
    status, headers, body = client.request("/ontology", accept="text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode("utf-8")
    assert "<h1>" in page and 'id="Collectivite"' in page and 'href="#Collectivite"' in page
    assert 'href="/ontology.ttl"' in page


@pytest.mark.parametrize("name", ["catalog.ttl", "void.ttl"])
def test_a_release_without_its_site_gives_portals_no_landing_page_to_it(siteless, name):
    status, _, body = siteless.request("/" + name)
    graph = rdflib.Graph().parse(data=body, format="turtle")
    assert status == 200 and len(graph) > 50
    assert not [o for o in graph.objects() if "/site/" in str(o)]


def test_serve_describes_a_resource_as_the_site_does(client, dist):
    """One renderer: serve's own page of a member (when the site has none) shows the site's
    titles, facts and incoming links; only the addresses of the links differ."""
    served = client.app.describer.html(BASE + "org/dijon-metropole").decode("utf-8")
    site = (dist / "site" / "org" / "dijon-metropole" / "index.html").read_text(encoding="utf-8")
    served, site = served[served.index("<h1>"):], site[site.index("<h1>"):site.index('id="fiche-source"')]
    for pattern in (r"<h2>.*?</h2>", r"<dt>.*?</dt>", r"<a href=\"[^\"]*\">(.*?)</a>"):
        assert re.findall(pattern, served) == re.findall(pattern, site) != []
    assert re.findall(r"<h1>.*?</h1>", served) == re.findall(r"<h1>.*?</h1>", site)
    # The first release lists the member as added (changes.ttl): the release's page shows that list,
    # not the member's page (site/resource.py, UNLISTED_INBOUND), which stays the same at the next release.
    added = "#organisations-ajouts>"
    changes = (dist / "changes.ttl").read_text(encoding="utf-8")
    assert f"{added} a prov:Collection" in changes and f"{BASE}org/dijon-metropole>" in changes
    assert "prov:hadMember" not in served and "prov:hadMember" not in site
    version = changes.split(f"<{BASE}release/", 1)[1].split(">", 1)[0].partition("#")[0]
    release_page = (dist / "site" / "release" / version / "index.html").read_text(encoding="utf-8")
    assert 'id="organisations-ajouts"' in release_page and "/org/dijon-metropole/" in release_page


def test_format_parameter_and_suffix(client, member):
    assert client.request(member, query="format=ttl")[1]["Content-Type"].startswith("text/turtle")
    status, headers, body = client.request(member + ".jsonld", accept="text/html")
    assert status == 200 and headers["Content-Type"].startswith("application/ld+json")
    assert json.loads(body)["@graph"]
    assert client.request(member + ".nt")[1]["Content-Type"].startswith("application/n-triples")


def test_406_lists_the_types(client, member):
    status, headers, body = client.request(member, accept="image/png")
    assert status == 406
    for media in ("text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"):
        assert media in body.decode("utf-8")


@pytest.mark.parametrize("path, marker", [("/ontology", "http://www.w3.org/2002/07/owl#Class"),
                                          ("/shapes", "http://www.w3.org/ns/shacl#NodeShape")])
def test_ontology_and_shapes_iris_answer(client, path, marker):
    status, headers, body = client.request(path, accept="application/n-triples")
    assert status == 200 and marker in body.decode("utf-8")


def test_unknown_iri_is_a_404_page_in_the_site_style(client):
    status, headers, body = client.request("/org/nulle-part", accept="text/html")
    page = body.decode("utf-8")
    assert status == 404 and '<header class="site">' in page and STYLESHEET in page
    status, headers, body = client.request("/org/nulle-part", accept="text/turtle")
    assert status == 404 and headers["Content-Type"].startswith("text/plain")


# --- static files and traversal ------------------------------------------------------------------

def test_release_files_are_served_as_they_are(client, dist):
    status, headers, body = client.request("/rtes.ttl")
    assert status == 200 and body == (dist / "rtes.ttl").read_bytes()
    assert headers["Content-Type"].startswith("text/turtle")
    status, _, _ = client.request("/rtes.ttl", if_none_match=headers["ETag"])
    assert status == 304


@pytest.mark.parametrize("name", ["catalog.ttl", "catalog.jsonld", "ontology.ttl", "shapes.ttl", "SHA256SUMS"])
def test_a_release_file_wins_over_the_iri_of_the_same_name(client, dist, name):
    # "/catalog.ttl" also reads as the IRI .../catalog in Turtle, whose short description has no
    # dcat:Dataset: a harvester registered on the file must get the file (audit 10).
    status, headers, body = client.request("/" + name, accept="*/*")
    assert status == 200 and body == (dist / name).read_bytes()


@pytest.mark.parametrize("path", ["/../pyproject.toml", "/../../etc/passwd", "/site/../../pyproject.toml",
                                  "//etc/passwd", "/%2e%2e/pyproject.toml", "/..%2fpyproject.toml",
                                  "/.ssh/id_rsa", "/rtes.ttl\x00.html", "/..\\pyproject.toml"])
def test_no_path_leaves_dist(client, path):
    # PATH_INFO arrives percent-decoded: "%2e%2e" is tried both as sent and decoded
    for variant in (path, path.replace("%2e", ".").replace("%2f", "/")):
        status, _, body = client.request(variant)
        assert status == 404, variant
        assert b"[project]" not in body and b"root:" not in body


def test_symlinks_out_of_dist_are_not_followed(client, dist, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("secret\n")
    link = dist / "lien.txt"
    link.symlink_to(secret)
    try:
        assert client.request("/lien.txt")[0] == 404
    finally:
        link.unlink()


# --- SPARQL protocol -----------------------------------------------------------------------------

SELECT = ("SELECT ?s ?label WHERE { ?s a <https://w3id.org/rtes/ontology#Collectivite> ; "
          "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?s")


def _members(release) -> list[tuple[str, str]]:
    return [(s["s"].value, s["label"].value) for s in release.store.query(SELECT, use_default_graph_as_union=True)]


@pytest.mark.parametrize("accept, fmt", [("application/sparql-results+json", ox.QueryResultsFormat.JSON),
                                         ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                                         ("text/tab-separated-values", ox.QueryResultsFormat.TSV)])
def test_select_results_parse_back(client, release, accept, fmt):
    status, headers, body = client.sparql(SELECT, accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert headers["Access-Control-Allow-Origin"] == "*"
    rows = [(s["s"].value, s["label"].value) for s in ox.parse_query_results(body, format=fmt)]
    assert rows == _members(release)


def test_select_as_csv(client, release):
    status, headers, body = client.sparql(SELECT, format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows[0] == ["s", "label"] and [tuple(r) for r in rows[1:]] == _members(release)


def test_ask(client):
    status, _, body = client.sparql("ASK { ?s ?p ?o }", accept="application/sparql-results+json")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = client.sparql("ASK { ?s ?p ?o }", format="xml")
    assert bool(ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)) is True


@pytest.mark.parametrize("accept, fmt", [("text/turtle", ox.RdfFormat.TURTLE),
                                         ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                                         ("application/ld+json", ox.RdfFormat.JSON_LD),
                                         ("application/rdf+xml", ox.RdfFormat.RDF_XML)])
def test_construct_and_describe_in_each_rdf_syntax(client, accept, fmt):
    query = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } "
    status, headers, body = client.sparql(query, accept=accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert len(list(ox.parse(body, format=fmt))) > 10
    status, _, body = client.sparql(f"DESCRIBE <{BASE}org/dijon-metropole>", accept=accept)
    assert status == 200 and len(list(ox.parse(body, format=fmt))) > 5


def test_post_form_and_post_direct(client, release):
    status, _, body = client.request("/sparql", "POST", "application/sparql-results+json",
                                     urlencode({"query": SELECT}).encode(), "application/x-www-form-urlencoded")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == len(_members(release))
    status, _, body = client.request("/sparql", "POST", "text/csv", SELECT.encode(), "application/sparql-query")
    assert status == 200 and body.startswith(b"s,label")


def test_every_example_query_answers_as_the_embedded_store(client, dist):
    store = load_store(dist / "rtes.nq")
    for example in examples():
        expected = run_oxigraph(store, example.text)
        status, _, body = client.sparql(example.text, accept="application/sparql-results+json")
        assert status == 200, (example.name, body[:300])
        data = json.loads(body)
        rows = tuple(tuple(row[v]["value"] if v in row else None for v in expected.variables)
                     for row in data["results"]["bindings"])
        assert rows == expected.rows, example.name


def test_service_description_on_a_plain_get(client, release):
    status, headers, body = client.request("/sparql", accept="*/*")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, rdflib.RDF.type, sd.Service) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert len(list(graph.objects(None, sd.name))) == len(release.graphs)


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_a_browser_at_the_endpoint_is_sent_to_the_query_page(client):
    # a portal links the dcat:endpointURL: a person who follows it gets the page, not a Turtle file
    status, headers, _ = client.request("/sparql", accept=BROWSER)
    assert status == 303 and headers["Location"] == "/sparql/ui" and headers["Vary"] == "Accept"


def test_the_query_page_chosen_by_accept_says_so_to_caches(client):
    status, headers, _ = client.request("/sparql", accept=BROWSER, query=urlencode({"query": "ASK {}"}))
    assert status == 200 and headers["Content-Type"].startswith("text/html") and headers["Vary"] == "Accept"


def test_a_script_elsewhere_reads_the_alternates_and_revalidates(client, member):
    status, headers, _ = client.request(member, accept="text/turtle")
    assert status == 200
    assert set(headers["Access-Control-Expose-Headers"].split(", ")) == {"Link", "Content-Location", "ETag"}
    status, headers, _ = client.request(member, "OPTIONS", origin="https://example.org",
                                        access_control_request_headers="If-None-Match")
    assert "If-None-Match" in headers["Access-Control-Allow-Headers"]


def test_cors_preflight(client):
    status, headers, _ = client.request("/sparql", "OPTIONS", origin="https://example.org",
                                        access_control_request_method="POST")
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]


def test_query_page_preloads_the_examples_and_shows_a_shareable_result(client):
    status, _, body = client.request("/sparql/ui")
    page = body.decode("utf-8")
    assert status == 200 and all(example.name in page for example in examples())
    status, _, body = client.request("/sparql/ui", query=urlencode({"query": SELECT}))
    page = body.decode("utf-8")
    assert status == 200 and '<table id="results">' in page and "Dijon" in page
    assert 'id="share" href="/sparql/ui?query=' in page


def test_browsers_on_sparql_get_the_table(client):
    status, headers, body = client.sparql(SELECT, accept="text/html,*/*;q=0.8")
    assert status == 200 and '<table id="results">' in body.decode("utf-8")


# --- refusals and limits -------------------------------------------------------------------------

@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "PREFIX x: <urn:x#> DELETE WHERE { ?s ?p ?o }",
                                    "# comment\nDROP ALL", "LOAD <http://example.org/data.ttl>",
                                    "clear graph <urn:g>"])
def test_updates_are_refused(client, update):
    status, _, body = client.sparql(update)
    assert status == 403 and "lecture seule" in body.decode("utf-8")
    assert client.request("/sparql", query=urlencode({"update": update}))[0] == 403
    assert client.request("/sparql", "POST", body=update.encode(), content_type="application/sparql-update")[0] == 403
    assert client.request("/sparql", "POST", body=urlencode({"update": update}).encode(),
                          content_type="application/x-www-form-urlencoded")[0] == 403


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_graph_store_writes_are_refused(client, member, method):
    for path in ("/sparql", member, "/rtes.ttl", "/data"):
        status, headers, body = client.request(path, method, body=b"<a> <b> <c> .", content_type="text/turtle")
        assert status == 405 and "GET" in headers["Allow"] and "lecture seule" in body.decode("utf-8")
    status, _, _ = client.request(member, "POST", body=b"<a> <b> <c> .", content_type="text/turtle")
    assert status == 405


def test_service_is_refused(client):
    query = "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }"
    status, _, body = client.sparql(query)
    assert status == 400 and "SERVICE" in body.decode("utf-8")
    silent = "PREFIX x: <urn:x#> SELECT * WHERE { service silent <http://127.0.0.1:1/> { ?s ?p ?o } }"
    assert client.sparql(silent)[0] == 400
    # the word inside a string, an IRI or a comment is no SERVICE clause
    assert client.sparql('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE')[0] == 200


def test_remote_from_is_refused_but_own_graphs_are_allowed(client, release):
    assert client.sparql("SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }")[0] == 400
    assert client.sparql("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }")[0] == 400
    assert client.sparql("SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": "http://example.org/x"})[0] == 400
    own = sorted(release.graphs)[0]
    status, _, body = client.sparql(f"SELECT (COUNT(*) AS ?n) FROM <{own}> WHERE {{ ?s ?p ?o }}",
                                    accept="application/sparql-results+json")
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0


def test_timeout_kills_the_worker_process(strict):
    client, pool = strict
    before = pool.pids()
    started = time.monotonic()
    status, _, body = client.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    elapsed = time.monotonic() - started
    assert status == 503 and "délai dépassé" in body.decode("utf-8")
    assert elapsed < 3
    with pytest.raises(ProcessLookupError):
        os.kill(before[0], 0)  # the worker that ran the query no longer exists
    deadline = time.monotonic() + 30
    while not pool.pids() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pool.pids() and pool.pids() != before
    assert client.sparql("ASK { ?s ?p ?o }")[0] == 200  # and the replacement answers


def test_row_cap_truncates_with_a_header(strict):
    client, _ = strict
    status, headers, body = client.sparql("SELECT * WHERE { ?s ?p ?o }", accept="application/sparql-results+json")
    assert status == 200 and headers["RTES-Results-Truncated"] == "max-rows=3"
    assert headers["Access-Control-Expose-Headers"] == "RTES-Results-Truncated"  # a script elsewhere sees the cut
    assert len(json.loads(body)["results"]["bindings"]) == 3
    status, headers, _ = client.sparql("CONSTRUCT WHERE { ?s ?p ?o }", accept="text/turtle")
    assert status == 200 and "RTES-Results-Truncated" in headers


def test_body_and_query_length_limits(strict):
    client, _ = strict
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3000
    assert client.request("/sparql", "POST", body=big.encode(), content_type="application/sparql-query")[0] == 413
    long = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 1500
    assert client.sparql(long)[0] == 414
    assert client.request("/sparql", query="query=" + quote("x" * 4000))[0] == 414


def test_no_user_input_is_reflected_unescaped(client):
    attack = '<script>alert("x")</script>'
    for path, query in (("/sparql/ui", urlencode({"query": attack})),
                        ("/sparql/ui", urlencode({"query": f'SELECT ("{attack}" AS ?x) WHERE {{}}'})),
                        ("/sparql/ui", urlencode({"example": attack})),
                        (f"/org/{attack}", "")):
        _, _, body = client.request(path, accept="text/html", query=query)
        page = body.decode("utf-8")
        assert "<script>alert" not in page, path
    _, _, body = client.request("/sparql/ui", query=urlencode({"query": attack}))
    assert "&lt;script&gt;" in body.decode("utf-8")
