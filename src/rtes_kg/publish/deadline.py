"""HTTP(S) requests with a total deadline: a server that sends a byte every 30 s cannot hold a request.

urllib's ``timeout`` bounds each socket operation, not the request: a server that trickles its
status line, or reads the body one byte at a time, resets it forever. Here every connection a
request opens is registered with a timer that shuts the socket down when the deadline passes; the
blocked read or write then fails at once, and the caller sees a TimeoutError.
"""

from __future__ import annotations

import functools
import http.client
import socket
import ssl
import threading
import time
import urllib.request


class Deadline:
    """The end of one request: the sockets it opened are shut down when it passes."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return max(0.001, self.end - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                _shut(sock)
            self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _Watched:
    """Registers its socket with the deadline once connected; connecting too is bounded by it."""

    deadline: Deadline
    sock: socket.socket
    timeout: float | None

    def connect(self) -> None:
        self.timeout = min(self.timeout or self.deadline.remaining(), self.deadline.remaining())
        super().connect()  # type: ignore[misc]
        self.deadline.watch(self.sock)


class _HTTP(_Watched, http.client.HTTPConnection):
    def __init__(self, host: str, *, deadline: Deadline, **options):
        super().__init__(host, **options)
        self.deadline = deadline


class _HTTPS(_Watched, http.client.HTTPSConnection):
    def __init__(self, host: str, *, deadline: Deadline, **options):
        super().__init__(host, **options)
        self.deadline = deadline


class _Handler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline):
        urllib.request.HTTPHandler.__init__(self)
        urllib.request.HTTPSHandler.__init__(self)
        self.deadline = deadline
        self.context = ssl.create_default_context()

    def http_open(self, req):
        return self.do_open(functools.partial(_HTTP, deadline=self.deadline), req)

    def https_open(self, req):
        return self.do_open(functools.partial(_HTTPS, deadline=self.deadline), req, context=self.context)


def open_within(request: urllib.request.Request, timeout: float) -> _Reply:
    """Send ``request`` and read its whole answer within ``timeout`` seconds in all.

    Returns the status (and a short start of the body); HTTPError for 4xx/5xx as urllib does;
    TimeoutError when the deadline passed, whatever the server was doing.
    """
    with Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_Handler(deadline))
        try:
            with opener.open(request, timeout=timeout) as response:
                return _Reply(response.status, response.read(1024))
        except (OSError, http.client.HTTPException) as error:
            if deadline.expired:
                raise TimeoutError(f"pas de réponse complète en {timeout:g} s") from None
            raise error


class _Reply:
    """A finished answer: usable as ``with opener(request, timeout) as response: response.status``."""

    def __init__(self, status: int, start: bytes):
        self.status = status
        self.start = start

    def __enter__(self) -> _Reply:
        return self

    def __exit__(self, *exc) -> None:
        return None
