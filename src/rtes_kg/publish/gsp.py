"""`rtes-kg publish`: loads a release into a SPARQL 1.1 Graph Store Protocol server, one PUT per graph."""

from __future__ import annotations

import base64
import http.client
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import pyoxigraph as ox

from rtes_kg.errors import InputError, RtesError
from rtes_kg.escaping import excerpt, printable
from rtes_kg.formats import NTRIPLES
from rtes_kg.publish.deadline import open_within

USER, PASSWORD, TOKEN = "RTES_KG_ENDPOINT_USER", "RTES_KG_ENDPOINT_PASSWORD", "RTES_KG_ENDPOINT_TOKEN"
UPLOAD = NTRIPLES  # the syntax of every PUT: one name, so that the body and its Content-Type agree
QUAD_DUMPS = ("rtes.nq", "rtes.trig")
TRIPLE_DUMPS = ("rtes.nt", "rtes.ttl")


class PublishError(RtesError):
    """The server refused the release, or could not be reached after the retries."""


@dataclass(frozen=True)
class Upload:
    graph: str  # the graph IRI the PUT replaces
    body: bytes  # N-Triples, sorted
    triples: int


def uploads(dist: Path, graph: str | None) -> list[Upload]:
    """One upload per named graph of the release, or the union as one upload into ``graph``."""
    if graph is not None:
        dump = _first(dist, TRIPLE_DUMPS + QUAD_DUMPS)
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in _read(dump)}
        return [_upload(graph, triples)]
    dump = _first(dist, QUAD_DUMPS)
    by_graph: dict[str, set[ox.Triple]] = defaultdict(set)
    for quad in _read(dump):
        if not isinstance(quad.graph_name, ox.NamedNode):
            raise InputError("triplet hors graphe nommé", str(dump), hint="donnez --graph IRI")
        by_graph[quad.graph_name.value].add(ox.Triple(quad.subject, quad.predicate, quad.object))
    return [_upload(name, by_graph[name]) for name in sorted(by_graph)]


def _first(dist: Path, names: tuple[str, ...]) -> Path:
    for name in names:
        if (dist / name).is_file():
            return dist / name
    raise InputError(f"aucun dump ({', '.join(names)})", str(dist), hint="lancez d’abord `rtes-kg build`")


def _read(dump: Path):
    try:
        return list(ox.parse(path=str(dump)))
    except (SyntaxError, OSError) as error:
        raise InputError(f"RDF illisible : {error}", str(dump)) from None


def _upload(graph: str, triples: set[ox.Triple]) -> Upload:
    ordered = sorted(triples, key=str)
    return Upload(graph, ox.serialize(ordered, format=UPLOAD.oxigraph) or b"", len(ordered))


def auth_header(environ: Mapping[str, str]) -> str | None:
    """Bearer from RTES_KG_ENDPOINT_TOKEN, else Basic from the user and password, else none."""
    if environ.get(TOKEN):
        return f"Bearer {environ[TOKEN]}"
    if environ.get(USER):
        pair = f"{environ[USER]}:{environ.get(PASSWORD, '')}".encode("utf-8")
        return "Basic " + base64.b64encode(pair).decode("ascii")
    return None


def graph_url(endpoint: str, graph: str) -> str:
    return f"{endpoint}{'&' if '?' in endpoint else '?'}graph={quote(graph, safe='')}"


def check_endpoint(endpoint: str) -> str:
    """The endpoint, checked: an http(s) URL with a host, and no credentials in it (they would be
    printed, logged and kept in shell histories: they come from the environment)."""
    try:
        parts = urlsplit(endpoint)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in 0-65535
    except ValueError as error:
        raise PublishError(f"adresse --endpoint illisible ({error})", shown(endpoint),
                           hint="par ex. http://localhost:7878/store") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise PublishError(f"schéma « {parts.scheme or '(aucun)'} » refusé : seuls http et https sont pris en charge",
                           shown(endpoint), hint="par ex. http://localhost:7878/store")
    if parts.username is not None or parts.password is not None:
        raise PublishError("identifiants dans l’adresse refusés", shown(endpoint),
                           hint=f"donnez-les par l’environnement : {USER} et {PASSWORD}, ou {TOKEN}")
    if not parts.hostname:
        raise PublishError("adresse sans nom d’hôte", shown(endpoint), hint="par ex. http://localhost:7878/store")
    return endpoint


def shown(url: str) -> str:
    """A URL as it may be printed: without any user or password, control characters escaped."""
    try:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
        url = urlunsplit(parts._replace(netloc=host)) if "@" in parts.netloc else url
    except ValueError:
        url = url.rpartition("@")[2] if "@" in url else url
    return printable(url)


def put(endpoint: str, upload: Upload, authorization: str | None, retries: int = 4,
        backoff: float = 0.5, timeout: float = 60.0,
        opener: Callable = open_within, sleep: Callable[[float], None] = time.sleep) -> int:
    """PUT one graph (the server replaces it); retry on 5xx and connection errors, not on 4xx.

    ``timeout`` is the total time one attempt may take, from connecting to the end of the answer.
    """
    url = graph_url(check_endpoint(endpoint), upload.graph)
    headers = {"Content-Type": UPLOAD.media_type}
    if authorization:
        headers["Authorization"] = authorization
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=upload.body, headers=headers, method="PUT")
        try:
            with opener(request, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as error:
            if error.code < 500:
                detail = _body_start(error)
                hint = "vérifiez RTES_KG_ENDPOINT_USER / _PASSWORD ou _TOKEN" if error.code in (401, 403) \
                    else "vérifiez l’adresse du Graph Store (--endpoint)"
                raise PublishError(f"{shown(url)} : refusé ({error.code} {excerpt(str(error.reason), 60)})"
                                   + (f" : {detail}" if detail else ""), hint=hint) from None
            problem = f"{error.code} {excerpt(str(error.reason), 60)}"
        except urllib.error.URLError as error:
            problem = excerpt(str(error.reason))
        except (OSError, http.client.HTTPException, ValueError) as error:
            # the deadline, a reset, TLS, an answer that is not HTTP (BadStatusLine)
            problem = excerpt(f"{type(error).__name__}: {error}")
        if attempt < retries:
            sleep(backoff * 2 ** attempt)
    raise PublishError(f"{shown(url)} : injoignable après {retries + 1} essais ({problem})",
                       hint="vérifiez que le serveur tourne et l’adresse --endpoint")


def _body_start(error: urllib.error.HTTPError) -> str:
    """The first line of a refusal's body, cut short: the server's words, never its whole page."""
    try:
        lines = error.read(300).decode("utf-8", "replace").strip().splitlines()
    except (OSError, http.client.HTTPException):
        return ""
    return excerpt(lines[0], 120) if lines else ""


def publish(endpoint: str, dist: Path, graph: str | None, environ: Mapping[str, str],
            progress: Callable[[str], None] = lambda line: None, **options) -> list[Upload]:
    """Every graph of the release PUT into the store; returns what was sent."""
    check_endpoint(endpoint)  # before the release is read: a wrong address is told at once
    sent = uploads(dist, graph)
    authorization = auth_header(environ)
    for upload in sent:
        put(endpoint, upload, authorization, **options)
        progress(f"{upload.graph} : {upload.triples} triplets")
    return sent
