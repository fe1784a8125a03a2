"""The query workers and the validation sandbox open no network connection (rtes_kg.offline): a
SERVICE clause that the endpoint's word check misses still reaches no server."""

from __future__ import annotations

import platform
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rtes_kg import offline, sandbox
from rtes_kg.sparql.answers import BadQuery, Job
from rtes_kg.sparql.runner import Pool


def _filter_installs() -> bool:
    """Whether this kernel takes the filter (a child tries: the filter cannot be taken back)."""
    code = "import sys; from rtes_kg.offline import forbid_network; sys.exit(0 if forbid_network() else 1)"
    return subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


pytestmark = pytest.mark.skipif(not offline._ARCHES.get(platform.machine()) or not _filter_installs(),
                                reason="the filter is for Linux on x86-64 and arm64, where seccomp is allowed")


@pytest.fixture()
def listener():
    """A TCP server on this machine, and what it was sent."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            with connection:
                received.append(connection.recv(1024))
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], received
    stop.set()
    thread.join()
    server.close()


def test_a_query_worker_cannot_reach_a_server(tmp_path: Path, listener):
    port, received = listener
    dump = tmp_path / "rtes.nq"
    dump.write_text("<http://a/s> <http://a/p> <http://a/o> .\n", encoding="utf-8")
    pool = Pool(dump, workers=1, timeout=30)
    try:
        with pytest.raises(BadQuery, match="Permission denied|refus"):
            pool.run(Job(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
                         "json", None, max_rows=None))
        assert pool.run(Job("SELECT * WHERE { ?s ?p ?o }", "json", None, max_rows=None)).count == 1
    finally:
        pool.close()
    assert received == []


def _connect(port: int) -> str:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except PermissionError:
        return "refused"
    return "connected"


def _unix_pair() -> str:
    left, right = socket.socketpair()
    left.sendall(b"x")
    return right.recv(1).decode()


@pytest.mark.skipif(not sandbox.available(), reason="no fork here")
def test_the_sandbox_child_has_no_network_but_local_sockets(listener):
    port, received = listener
    assert sandbox.bounded(_connect, port) == "refused"
    assert sandbox.bounded(_unix_pair) == "x"
    assert received == []
