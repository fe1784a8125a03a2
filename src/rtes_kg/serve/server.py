"""Runs the application under waitress, and stops it gracefully on SIGTERM/SIGINT.

waitress (pure Python, on PyPI) rather than the standard library's ThreadingHTTPServer: it speaks
HTTP/1.1 with keep-alive, buffers each request before the application sees it (a slow client holds
no worker thread), bounds the number of threads and caps request sizes itself. Request deadlines
and the cap of connections per client are added in ``channels``; the threads are
``Limits.page_threads`` for pages plus one per query slot (``admission``).
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from waitress import wasyncore

from rtes_kg.errors import UsageError
from rtes_kg.escaping import printable
from rtes_kg.serve.app import App
from rtes_kg.serve.channels import create_servers
from rtes_kg.serve.limits import Limits
from rtes_kg.serve.loading import load_release
from rtes_kg.serve.validation import Checker, ValidationLimits
from rtes_kg.sparql.runner import Pool

LOG = logging.getLogger("rtes_kg.serve")
DRAIN_SECONDS = 30.0  # at most this long to finish the requests in flight after SIGTERM


class _EscapingFormatter(logging.Formatter):
    """Every control character of a log line escaped, as in the command's messages (a request's
    header reached the log through an exception's message: "Invalid IRI code point '\\x9b'");
    only the line breaks of a traceback are kept."""

    def format(self, record: logging.LogRecord) -> str:
        return "\n".join(printable(line) for line in super().format(record).split("\n"))


class _Stderr(logging.StreamHandler):
    """To ``sys.stderr`` as it is when a line is logged, as logging's last-resort handler writes."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def _escaped_logs() -> None:
    """The server's log lines (its own, waitress's) to stderr, escaped, once."""
    root = logging.getLogger()
    if not any(isinstance(handler, _Stderr) for handler in root.handlers):
        handler = _Stderr()
        handler.setFormatter(_EscapingFormatter("%(message)s"))
        root.addHandler(handler)


def serve(dist: Path, base: str, host: str, port: int, limits: Limits,
          ready: Callable[[str], None] = lambda url: None,
          validation: ValidationLimits | None = None) -> None:
    """Load the release, start the query workers, serve until SIGTERM or SIGINT, then drain."""
    # waitress warns "Task queue depth is N" each time a request waits for a thread: under any
    # real load that is thousands of stderr lines saying the server is busy, which it is meant to be.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    _escaped_logs()
    release = load_release(dist, base)
    # A page's thread waits for the GIL behind the threads refusing a flood of queries: handing
    # it over every 1 ms instead of 5 ms took the page p99 under a flood from ~90 to ~40 ms.
    sys.setswitchinterval(0.001)
    validation = validation or ValidationLimits()
    _allow_descriptors(limits.max_connections + 4 * (limits.workers + validation.workers) + 64)
    # The validation workers warm up (shapes, reference data) while the query workers load the dump.
    with ThreadPoolExecutor(max_workers=1) as starter:
        starting = starter.submit(Checker, validation, base) if validation.workers else None
        try:
            pool = Pool(release.dump, limits.workers, limits.timeout, memory=limits.worker_memory)
        except BaseException:
            if starting is not None:
                starting.result().close()
            raise
        try:
            checker = starting.result() if starting is not None else None
        except BaseException:
            pool.close()
            raise
    try:
        app = App(release, pool, limits, checker, validation)
        try:
            # The largest body is a file sent to /valider or /api/validate; /sparql checks its own.
            # A validation waits for its worker in a thread of its own, not in a page's thread.
            servers = create_servers(app, host, port, limits, limits.threads + validation.workers,
                                     max_body=max(limits.max_body, validation.max_body))
        except OSError as error:
            raise UsageError(f"impossible d’écouter sur {host}:{port} ({error.strerror})",
                             hint="choisissez un autre --port") from None
        stopping = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.set())
        ready(f"http://{servers[0].effective_host}:{servers[0].effective_port}/")
        _loop(servers, stopping)
    finally:
        pool.close()
        if checker is not None:
            checker.close()


def _allow_descriptors(wanted: int) -> None:
    """Raise the soft limit of open files (often 1024) towards ``wanted``: each connection is one."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, target), hard))


def _loop(servers: list, stopping: threading.Event) -> None:
    """waitress's own loop, in short steps so that a signal is noticed; then the drain: stop
    accepting, let every request already received finish and its answer leave, close."""
    socket_map = servers[0]._map
    while not stopping.is_set():
        wasyncore.loop(timeout=0.2, map=socket_map, use_poll=True, count=1)
    for server in servers:
        server.accepting = False
        server.del_channel()
        server.socket.close()
    deadline = time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline and _busy(socket_map):
        wasyncore.loop(timeout=0.05, map=socket_map, use_poll=True, count=1)
    servers[0].task_dispatcher.shutdown(cancel_pending=True, timeout=5)
    wasyncore.close_all(socket_map)


def _busy(socket_map: dict) -> bool:
    for channel in list(socket_map.values()):
        if getattr(channel, "requests", None) or getattr(channel, "total_outbufs_len", 0):
            return True
        if hasattr(channel, "requests"):
            channel.will_close = True  # an idle keep-alive connection: close it
    return False
