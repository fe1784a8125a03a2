"""Helpers of the hostile-input suite (tests/test_hostile_*.py): caps that make a regression fail
its test instead of the machine, a real server on loopback, and misbehaving peers.

Every hostile test runs under ``capped``: at most ``TEST_SECONDS`` of wall-clock time and
``TEST_MEMORY`` more bytes of address space than the test process had when it started (a soft
``RLIMIT_AS``, restored afterwards; the children it starts inherit it). The riskiest cases run the
command in a subprocess with its own limits (``bounded_cli``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest
from waitress import wasyncore

from rtes_kg.serve.app import App
from rtes_kg.serve.channels import create_servers
from rtes_kg.serve.limits import Limits
from rtes_kg.serve.loading import load_release
from rtes_kg.sparql.runner import Pool

TEST_SECONDS = 60
TEST_MEMORY = 2 * 1024**3
BASE = "https://w3id.org/rtes/"


def _address_space() -> int:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


@pytest.fixture(autouse=True)
def capped():
    """The time and memory cap of one hostile test."""
    def overtime(signum, frame):
        raise TimeoutError(f"hostile test over {TEST_SECONDS} s")

    previous_handler = signal.signal(signal.SIGALRM, overtime)
    signal.setitimer(signal.ITIMER_REAL, TEST_SECONDS)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = _address_space() + TEST_MEMORY
    if hard == resource.RLIM_INFINITY or wanted < hard:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def bounded_cli(*args: str, memory: int = 1024**3, seconds: float = 30, cwd: Path | None = None,
                env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """``rtes-kg ARGS`` in a subprocess under RLIMIT_AS and a wall-clock timeout."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "rtes_kg.cli", *args], capture_output=True,
                          timeout=seconds, preexec_fn=limit, cwd=cwd, input=stdin,
                          env={**os.environ, "RUST_BACKTRACE": "0", **(env or {})})


class LocalServer:
    """``rtes-kg serve``'s application and servers, run in a thread on 127.0.0.1 with given limits."""

    def __init__(self, dist: Path, limits: Limits):
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # as `serve` does
        self.release = load_release(dist, BASE)
        self.pool = Pool(self.release.dump, limits.workers, limits.timeout, memory=limits.worker_memory)
        self.app = App(self.release, self.pool, limits)
        self.servers = create_servers(self.app, "127.0.0.1", 0, limits, limits.threads)
        self.port = int(self.servers[0].effective_port)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        socket_map = self.servers[0]._map
        while not self._stop.is_set():
            wasyncore.loop(timeout=0.05, map=socket_map, use_poll=True, count=1)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.servers[0].task_dispatcher.shutdown(cancel_pending=True, timeout=2)
        wasyncore.close_all(self.servers[0]._map)
        self.pool.close()


def request(port: int, path: str, source: str = "127.0.0.1", headers: dict | None = None,
            timeout: float = 10) -> tuple[int, Message, bytes, float]:
    """(status, headers (any case), body, seconds) of one GET from the loopback address ``source``."""
    import http.client

    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        return response.status, response.headers, body, time.monotonic() - started
    finally:
        connection.close()


@contextlib.contextmanager
def peer(answer) -> Iterator[int]:
    """A TCP server on 127.0.0.1 whose every connection is given to ``answer(sock)``; yields its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=_answer, args=(answer, connection), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        listener.close()


def _answer(answer, connection: socket.socket) -> None:
    with connection:
        connection.settimeout(5)
        try:
            answer(connection)
        except OSError:
            pass


def read_request(connection: socket.socket) -> bytes:
    """Everything the client sends until it stops for 0.2 s (headers and a small body)."""
    connection.settimeout(0.2)
    data = b""
    with contextlib.suppress(OSError):
        while chunk := connection.recv(65536):
            data += chunk
    connection.settimeout(5)
    return data
