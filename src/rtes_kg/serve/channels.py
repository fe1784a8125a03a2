"""waitress with deadlines: a client that trickles its request, or holds many connections, is cut off.

waitress buffers each request before a thread sees it, so a slow client holds no thread, but it
holds a connection, and waitress stops accepting at ``connection_limit``. Its only timeout is on
idleness, which a byte every few seconds resets: 101 such clients took the server offline. Here
each request must arrive whole within a deadline (headers in ``header_timeout``, the whole
request in ``body_timeout``, counted from its first byte), and one address may hold at most
``connections_per_client`` connections; the connection limit is raised far above what a thread
pool could serve, since a connection costs only a socket and a few kB.

A subclass of waitress's server and channel rather than another server: granian or gunicorn
would bring a second process model and a compiled dependency for what is 60 lines on top of
waitress's own maintenance hook. The price is that these hooks (``received``, ``maintenance``,
``channel_class``, ``active_channels``) are waitress internals, stable across 2.x and 3.0 and pinned
by ``waitress<4`` in pyproject.toml; tests/test_hostile_serve.py checks them against a real server.
"""

from __future__ import annotations

import re
import time
from collections import Counter

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser, ParsingError
from waitress.server import TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher

from rtes_kg.serve.limits import Limits


class StrictParser(HTTPRequestParser):
    """waitress's parser, refusing a request with both Content-Length and a chunked body (400, and the
    connection closed): the two lengths disagree, and the bytes after the chunked body would be read
    as a request of their own, one a proxy in front may not have seen (RFC 9112 §6.1)."""

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        if self.chunked and _CONTENT_LENGTH.search(header_plus):
            raise ParsingError("Content-Length and Transfer-Encoding together")


_CONTENT_LENGTH = re.compile(rb"\r\ncontent-length[ \t]*:", re.IGNORECASE)


class GuardedChannel(HTTPChannel):
    """A connection that knows since when its current request has been arriving."""

    parser_class = StrictParser

    started: float | None = None  # monotonic time of the first byte of the request being read
    client: str | None = None  # the peer's address, counted in the server's clients while open

    def received(self, data: bytes) -> bool:
        if data and self.request is None:
            self.started = time.monotonic()
        pending = self.request
        result = super().received(data)
        if self.request is None:
            self.started = None
        elif self.request is not pending:  # one request ended in this chunk, the next began
            self.started = time.monotonic()
        return result

    def __init__(self, server, sock, addr, adj, map=None):
        super().__init__(server, sock, addr, adj, map=map)
        self.client = _host(addr)
        server.clients[self.client] += 1

    def del_channel(self, map=None) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            self.client = None  # counted out once, however often the channel is closed
            clients = self.server.clients
            clients[client] -= 1
            if clients[client] <= 0:
                del clients[client]
        super().del_channel(map)

    def overdue(self, now: float, limits: Limits) -> bool:
        request, started = self.request, self.started
        if request is None or started is None:
            return False
        allowed = limits.body_timeout if request.headers_finished else limits.header_timeout
        return now - started > allowed


class GuardedServer(TcpWSGIServer):
    """waitress's TCP server with request deadlines and a cap of connections per address."""

    limits = Limits()

    def __init__(self, *args, limits: Limits, **kwargs):
        self.limits = limits
        self.clients: Counter[str] = Counter()
        super().__init__(*args, **kwargs)

    @staticmethod
    def channel_class(server, sock, addr, adj, map=None):
        """A new connection, unless its address already holds its share: then it is closed at once."""
        host = _host(addr)
        if host != server.limits.trusted_proxy and server.clients[host] >= server.limits.connections_per_client:
            sock.close()
            return None
        return GuardedChannel(server, sock, addr, adj, map=map)

    def maintenance(self, now: float) -> None:
        super().maintenance(now)  # closes the channels idle past channel_timeout
        clock = time.monotonic()
        for channel in list(self.active_channels.values()):
            if isinstance(channel, GuardedChannel) and channel.overdue(clock, self.limits):
                channel.will_close = True  # closed by the loop on its next turn


def _host(addr) -> str:
    return str(addr[0]) if isinstance(addr, tuple) else str(addr)


def create_servers(app, host: str, port: int, limits: Limits, threads: int,
                   max_body: int | None = None) -> list[GuardedServer]:
    """One server per address ``host`` resolves to, sharing one socket map and one thread pool;
    ``max_body``: the largest request body any route takes (``limits.max_body`` unless said)."""
    adjustments = Adjustments(
        host=host, port=port, threads=threads, ident="rtes-kg",
        max_request_body_size=limits.max_body if max_body is None else max_body,
        max_request_header_size=max(64 * 1024, 4 * limits.max_query),
        connection_limit=limits.max_connections, channel_timeout=int(limits.idle_timeout),
        cleanup_interval=1, clear_untrusted_proxy_headers=True,
        **({"trusted_proxy": limits.trusted_proxy, "trusted_proxy_count": 1,
            "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto"}} if limits.trusted_proxy else {}))
    dispatcher = ThreadedTaskDispatcher()
    dispatcher.set_thread_count(threads)
    socket_map: dict = {}
    return [GuardedServer(app, socket_map, dispatcher=dispatcher, adj=adjustments, sockinfo=sockinfo,
                          limits=limits)
            for sockinfo in adjustments.listen]
