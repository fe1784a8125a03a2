"""The request and response types of the WSGI application, and HTTP conditional requests (304)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from typing import BinaryIO
from urllib.parse import parse_qs

# A Host header as RFC 3986 allows it: a name or an IPv4 address, or an IPv6 one in brackets; a port.
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?")
REASONS = {200: "OK", 204: "No Content", 303: "See Other", 304: "Not Modified", 400: "Bad Request",
           403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 410: "Gone",
           413: "Content Too Large", 414: "URI Too Long", 415: "Unsupported Media Type",
           422: "Unprocessable Content", 429: "Too Many Requests",
           500: "Internal Server Error", 503: "Service Unavailable"}


class Request:
    """What the application reads of a WSGI environ."""

    def __init__(self, environ: dict):
        self.environ = environ
        self.method = environ.get("REQUEST_METHOD", "GET").upper()
        raw = environ.get("PATH_INFO", "") or "/"
        try:  # WSGI hands the path over as latin-1 decoded bytes
            self.path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            self.path = raw
        self.query_string = environ.get("QUERY_STRING", "")

    def header(self, name: str) -> str | None:
        key = "CONTENT_TYPE" if name.lower() == "content-type" else \
            "HTTP_" + name.upper().replace("-", "_")
        return self.environ.get(key)

    @property
    def accept(self) -> str | None:
        return self.header("Accept")

    def params(self) -> dict[str, list[str]]:
        return parse_qs(self.query_string, keep_blank_values=True)

    def param(self, name: str) -> str | None:
        values = self.params().get(name)
        return values[0] if values else None

    @property
    def content_length(self) -> int:
        try:
            return max(0, int(self.environ.get("CONTENT_LENGTH") or 0))
        except ValueError:
            return 0

    def body(self) -> bytes:
        stream = self.environ.get("wsgi.input")
        return stream.read(self.content_length) if stream is not None and self.content_length else b""

    @property
    def client(self) -> str:
        """The client's address: the peer, or what a trusted proxy says it is (waitress sets it)."""
        return self.environ.get("REMOTE_ADDR") or "?"

    @property
    def origin(self) -> str:
        """scheme://host of the request, as the client sees it (behind a proxy: its headers)."""
        scheme = self.environ.get("wsgi.url_scheme", "http")
        host = self.environ.get("HTTP_HOST") or ""
        if not _HOST.fullmatch(host):  # none, or one that no IRI may hold ("a{b}"): the server's own
            host = f"{self.environ.get('SERVER_NAME', 'localhost')}:{self.environ.get('SERVER_PORT', '80')}"
        return f"{scheme if scheme in ('http', 'https') else 'http'}://{host}"


@dataclass(frozen=True)
class Response:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    etag: str | None = None
    last_modified: float | None = None
    stream: BinaryIO | None = None  # an open file sent with wsgi.file_wrapper instead of body
    length: int | None = None

    def all_headers(self) -> list[tuple[str, str]]:
        headers = list(self.headers)
        if self.etag:
            headers.append(("ETag", self.etag))
        if self.last_modified is not None:
            headers.append(("Last-Modified", formatdate(self.last_modified, usegmt=True)))
        if self.status != 304:
            length = self.length if self.stream is not None else len(self.body)
            headers.append(("Content-Length", str(length)))
        return headers


def strong_etag(body: bytes) -> str:
    """A strong validator: the same bytes give the same tag, in any process, on any day."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def status_line(status: int) -> str:
    return f"{status} {REASONS.get(status, 'Unknown')}"


def not_modified(request: Request, response: Response) -> bool:
    """RFC 9110 §13: If-None-Match wins over If-Modified-Since; both only for GET/HEAD 200s."""
    if request.method not in ("GET", "HEAD") or response.status != 200:
        return False
    none_match = request.header("If-None-Match")
    if none_match is not None:
        if response.etag is None:
            return False
        tags = {tag.strip().removeprefix("W/") for tag in none_match.split(",")}
        return "*" in tags or response.etag in tags
    since = request.header("If-Modified-Since")
    if since and response.last_modified is not None:
        try:
            when = parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return int(response.last_modified) <= when
    return False


def revalidated(response: Response) -> Response:
    """The 304 for a response: same validators and caching headers, no body."""
    keep = {"vary", "cache-control", "access-control-allow-origin", "content-location"}
    if response.stream is not None:
        response.stream.close()
    return Response(304, b"", tuple(h for h in response.headers if h[0].lower() in keep),
                    response.etag, response.last_modified)

