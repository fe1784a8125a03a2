"""`rtes-kg publish`: loads a release into a SPARQL 1.1 Graph Store Protocol server, one PUT per graph."""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from rtes_kg.errors import InputError, RtesError
from rtes_kg.formats import NTRIPLES

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


def put(endpoint: str, upload: Upload, authorization: str | None, retries: int = 4,
        backoff: float = 0.5, timeout: float = 60.0,
        opener: Callable = urllib.request.urlopen, sleep: Callable[[float], None] = time.sleep) -> int:
    """PUT one graph (the server replaces it); retry on 5xx and connection errors, not on 4xx."""
    url = graph_url(endpoint, upload.graph)
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
                detail = error.read(300).decode("utf-8", "replace").strip().splitlines()
                hint = "vérifiez RTES_KG_ENDPOINT_USER / _PASSWORD ou _TOKEN" if error.code in (401, 403) \
                    else "vérifiez l’adresse du Graph Store (--endpoint)"
                raise PublishError(f"{url} : refusé ({error.code} {error.reason})"
                                   + (f" : {detail[0]}" if detail else ""), hint=hint) from None
            problem = f"{error.code} {error.reason}"
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            problem = str(getattr(error, "reason", error))
        if attempt < retries:
            sleep(backoff * 2 ** attempt)
    raise PublishError(f"{url} : injoignable après {retries + 1} essais ({problem})",
                       hint="vérifiez que le serveur tourne et l’adresse --endpoint")


def publish(endpoint: str, dist: Path, graph: str | None, environ: Mapping[str, str],
            progress: Callable[[str], None] = lambda line: None, **options) -> list[Upload]:
    """Every graph of the release PUT into the store; returns what was sent."""
    sent = uploads(dist, graph)
    authorization = auth_header(environ)
    for upload in sent:
        put(endpoint, upload, authorization, **options)
        progress(f"{upload.graph} : {upload.triples} triplets")
    return sent
