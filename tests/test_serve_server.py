"""`rtes-kg serve` as a real server in a subprocess: HTTP on 127.0.0.1, and a graceful SIGTERM."""

from __future__ import annotations

import http.client
import json
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from rtes_kg.cli import main

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(STR(?c) != STR(?f)) }"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    assert CliRunner().invoke(main, ["build", "--out", str(out),
                                       "--ledger", str(out.parent / "ids.tsv")]).exit_code in (0, 1)
    return out


def start_server(dist: Path, *options: str) -> tuple[subprocess.Popen, str, int]:
    process = subprocess.Popen([sys.executable, "-m", "rtes_kg.cli", "serve", "--dist", str(dist),
                                "--port", "0", *options], stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    found = re.search(r"http://([\d.]+):(\d+)/", line)
    if not found:
        process.kill()
        pytest.fail(f"server did not start: {line}{process.stderr.read()}")
    return process, found.group(1), int(found.group(2))


def test_sigterm_finishes_the_request_in_flight_and_exits_0(dist):
    process, host, port = start_server(dist, "--timeout", "30")
    try:
        connection = http.client.HTTPConnection(host, port, timeout=10)
        connection.request("GET", "/org/dijon-metropole", headers={"Accept": "text/turtle"})
        response = connection.getresponse()
        assert response.status == 200 and b"Dijon" in response.read()
        connection.close()
        answer: dict = {}

        def slow_query():
            slow = http.client.HTTPConnection(host, port, timeout=60)
            slow.request("GET", "/sparql?" + urlencode({"query": SLOW}),
                         headers={"Accept": "application/sparql-results+json"})
            reply = slow.getresponse()
            answer["status"], answer["body"] = reply.status, reply.read()
            slow.close()

        worker = threading.Thread(target=slow_query)
        worker.start()
        time.sleep(0.3)  # the query is running
        process.send_signal(signal.SIGTERM)
        worker.join(60)
        assert answer.get("status") == 200, answer
        assert int(json.loads(answer["body"])["results"]["bindings"][0]["n"]["value"]) > 0
        assert process.wait(30) == 0
        closed = http.client.HTTPConnection(host, port, timeout=2)
        with pytest.raises(OSError):  # no longer listening
            closed.request("GET", "/")
        closed.close()
    finally:
        if process.poll() is None:
            process.kill()
        process.stderr.close()


def test_waitress_caps_the_body_before_the_application(dist):
    process, host, port = start_server(dist)
    try:
        connection = http.client.HTTPConnection(host, port, timeout=10)
        connection.request("POST", "/sparql", body=b"x" * (200 * 1024),
                           headers={"Content-Type": "application/sparql-query"})
        assert connection.getresponse().status == 413
        connection.close()
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
        process.stderr.close()


def test_port_in_use_is_a_one_line_error(dist):
    process, host, port = start_server(dist)
    try:
        second = subprocess.run([sys.executable, "-m", "rtes_kg.cli", "serve", "--dist", str(dist),
                                 "--port", str(port)], capture_output=True, text=True, timeout=60)
        assert second.returncode == 2 and "--port" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
        process.stderr.close()
