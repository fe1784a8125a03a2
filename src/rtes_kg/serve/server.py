"""Runs the application under waitress, and stops it gracefully on SIGTERM/SIGINT.

waitress (pure Python, on PyPI) rather than the standard library's ThreadingHTTPServer: it speaks
HTTP/1.1 with keep-alive, buffers each request before the application sees it (a slow client holds
no worker thread), bounds the number of threads and caps request sizes itself.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from waitress import wasyncore
from waitress.server import create_server

from rtes_kg.errors import UsageError
from rtes_kg.serve.app import App
from rtes_kg.serve.limits import Limits
from rtes_kg.serve.loading import load_release
from rtes_kg.serve.validation import Checker, ValidationLimits
from rtes_kg.sparql.runner import Pool

LOG = logging.getLogger("rtes_kg.serve")
DRAIN_SECONDS = 30.0  # at most this long to finish the requests in flight after SIGTERM


def serve(dist: Path, base: str, host: str, port: int, limits: Limits, threads: int = 8,
          ready: Callable[[str], None] = lambda url: None,
          validation: ValidationLimits | None = None) -> None:
    """Load the release, start the query workers, serve until SIGTERM or SIGINT, then drain."""
    # waitress warns "Task queue depth is N" each time a request waits for a thread: under any
    # real load that is thousands of stderr lines saying the server is busy, which it is meant to be.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    release = load_release(dist, base)
    validation = validation or ValidationLimits()
    # The validation workers warm up (shapes, reference data) while the query workers load the dump.
    with ThreadPoolExecutor(max_workers=1) as starter:
        starting = starter.submit(Checker, validation, base) if validation.workers else None
        try:
            pool = Pool(release.dump, limits.workers, limits.timeout)
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
            server = create_server(app, host=host, port=port, threads=threads, ident="rtes-kg",
                                   max_request_body_size=max(limits.max_body, validation.max_body),
                                   max_request_header_size=max(64 * 1024, 4 * limits.max_query),
                                   channel_timeout=60, clear_untrusted_proxy_headers=True)
        except OSError as error:
            raise UsageError(f"impossible d’écouter sur {host}:{port} ({error.strerror})",
                             hint="choisissez un autre --port") from None
        stopping = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.set())
        ready(f"http://{server.effective_host}:{server.effective_port}/")
        _loop(server, stopping)
    finally:
        pool.close()
        if checker is not None:
            checker.close()


def _loop(server, stopping: threading.Event) -> None:
    """waitress's own loop, in short steps so that a signal is noticed; then the drain: stop
    accepting, let every request already received finish and its answer leave, close."""
    socket_map = server._map
    while not stopping.is_set():
        wasyncore.loop(timeout=0.2, map=socket_map, use_poll=True, count=1)
    server.accepting = False
    server.del_channel()
    server.socket.close()
    deadline = time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline and _busy(socket_map):
        wasyncore.loop(timeout=0.05, map=socket_map, use_poll=True, count=1)
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
    wasyncore.close_all(socket_map)


def _busy(socket_map: dict) -> bool:
    for channel in list(socket_map.values()):
        if getattr(channel, "requests", None) or getattr(channel, "total_outbufs_len", 0):
            return True
        if hasattr(channel, "requests"):
            channel.will_close = True  # an idle keep-alive connection: close it
    return False
