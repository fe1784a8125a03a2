"""`rtes-kg publish`: a real Oxigraph server round trip, and auth, retries and refusals."""

from __future__ import annotations

import io
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from rtes_kg.cli import main
from rtes_kg.publish.gsp import PublishError, Upload, auth_header, put, uploads
from rtes_kg.sparql.examples import examples, run_oxigraph
from rtes_kg.sparql.store import load_store


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    assert CliRunner().invoke(main, ["build", "--out", str(out),
                                       "--ledger", str(out.parent / "ids.tsv")]).exit_code in (0, 1)
    return out


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def oxigraph(tmp_path):
    # CI runs .venv/bin/python without activating the venv: look beside the interpreter first
    beside = Path(sys.executable).parent / "oxigraph"
    binary = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the `oxigraph` server binary is not installed (pip install '.[test]' brings it)")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "store"),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("the Oxigraph server did not start")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(10)


def remote_rows(url: str, query: str, variables: tuple[str, ...]):
    request = urllib.request.Request(f"{url}/query", data=urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        bindings = json.loads(response.read())["results"]["bindings"]
    return tuple(tuple(row[v]["value"] if v in row else None for v in variables) for row in bindings)


def count(url: str) -> int:
    return int(remote_rows(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", ("n",))[0][0])


def test_publish_then_every_example_query_answers_as_the_embedded_store(oxigraph, dist):
    result = CliRunner().invoke(main, ["publish", "--endpoint", f"{oxigraph}/store", "--dist", str(dist)])
    assert result.exit_code == 0, result.output
    store = load_store(dist / "rtes.nq")
    assert count(oxigraph) == len(store)
    for example in examples():
        expected = run_oxigraph(store, example.text)
        rows = remote_rows(oxigraph, example.text, expected.variables)
        if "ORDER BY" in example.text.upper():
            assert rows == expected.rows, example.name
        else:
            assert sorted(rows, key=repr) == sorted(expected.rows, key=repr), example.name
    # a second publish replaces every graph: nothing doubles
    assert CliRunner().invoke(main, ["publish", "--endpoint", f"{oxigraph}/store", "--dist", str(dist)]).exit_code == 0
    assert count(oxigraph) == len(store)


def test_publish_the_union_into_one_graph(oxigraph, dist):
    graph = "https://example.org/rtes"
    result = CliRunner().invoke(main, ["publish", "--endpoint", f"{oxigraph}/store", "--graph", graph,
                                       "--dist", str(dist)])
    assert result.exit_code == 0, result.output
    rows = remote_rows(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", ("g",))
    assert rows == ((graph,),)


def test_uploads_one_per_named_graph(dist):
    sent = uploads(dist, None)
    assert len(sent) > 2 and all(upload.graph.startswith("https://w3id.org/rtes/graph/") for upload in sent)
    assert sent == uploads(dist, None)  # sorted, byte-stable bodies


# --- auth, retries, refusals (a fake opener: no network) ------------------------------------------

class Opener:
    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.requests: list[urllib.request.Request] = []

    def __call__(self, request, timeout):
        self.requests.append(request)
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return _Reply(outcome)


class _Reply:
    def __init__(self, status):
        self.status = status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def http_error(code: int, text: str = "") -> urllib.error.HTTPError:
    return urllib.error.HTTPError("http://x/store", code, "Reason", {}, io.BytesIO(text.encode()))


UPLOAD = Upload("https://w3id.org/rtes/graph/x", b"<a:a> <a:b> <a:c> .\n", 1)


def test_auth_comes_from_the_environment():
    assert auth_header({"RTES_KG_ENDPOINT_TOKEN": "t0k"}) == "Bearer t0k"
    assert auth_header({"RTES_KG_ENDPOINT_USER": "u", "RTES_KG_ENDPOINT_PASSWORD": "p"}) == "Basic dTpw"
    assert auth_header({}) is None
    opener = Opener(204)
    put("http://x/store", UPLOAD, "Bearer t0k", opener=opener, sleep=lambda s: None)
    request = opener.requests[0]
    assert request.get_method() == "PUT" and request.get_header("Authorization") == "Bearer t0k"
    assert request.full_url == "http://x/store?graph=https%3A%2F%2Fw3id.org%2Frtes%2Fgraph%2Fx"


def test_server_errors_and_lost_connections_are_retried_with_backoff():
    slept: list[float] = []
    opener = Opener(http_error(503), urllib.error.URLError("connection refused"), 204)
    assert put("http://x/store", UPLOAD, None, opener=opener, sleep=slept.append) == 204
    assert slept == [0.5, 1.0]
    opener = Opener(*[http_error(502)] * 5)
    with pytest.raises(PublishError, match="5 essais"):
        put("http://x/store", UPLOAD, None, opener=opener, sleep=slept.append)


@pytest.mark.parametrize("code", [401, 403, 404, 415])
def test_refusals_stop_at_once(code):
    opener = Opener(http_error(code, "Unauthorized\nmore"))
    with pytest.raises(PublishError) as error:
        put("http://x/store", UPLOAD, None, opener=opener, sleep=lambda s: pytest.fail("no retry"))
    assert f"({code} " in str(error.value) and "\n" not in str(error.value)


def test_refusal_is_one_line_and_exit_2(dist):
    port = free_port()  # nothing listens there
    result = CliRunner().invoke(main, ["publish", "--endpoint", f"http://127.0.0.1:{port}/store",
                                       "--dist", str(dist), "--retries", "1"],
                           env={"RTES_KG_ENDPOINT_TOKEN": "x"})
    assert result.exit_code == 2
    assert "injoignable" in result.output and "Traceback" not in result.output
