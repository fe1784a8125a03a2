"""The WSGI application: routes a request to a resource, the SPARQL endpoint, the query page or a file."""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from rtes_kg import formats
from rtes_kg.escaping import printable
from rtes_kg.serve import api, sparql
from rtes_kg.serve.admission import Admission
from rtes_kg.serve.assets import PREFIX as ASSETS
from rtes_kg.serve.assets import asset
from rtes_kg.serve.conneg import (
    GRAPH_OFFERS,
    HTML,
    RESOURCE_OFFERS,
    Offer,
    by_format,
    by_suffix,
    describe_offers,
    negotiate,
)
from rtes_kg.serve.http import Request, Response, not_modified, revalidated, status_line, strong_etag
from rtes_kg.serve.limits import Limits, Refusal
from rtes_kg.serve.loading import Release
from rtes_kg.serve.pages import PageRenderer
from rtes_kg.serve.resources import Describer
from rtes_kg.serve.security import secured
from rtes_kg.serve.validation import Checker, ValidationLimits
from rtes_kg.site.resource import Value
from rtes_kg.sparql.answers import solutions
from rtes_kg.sparql.examples import Query, examples
from rtes_kg.sparql.runner import Pool

LOG = logging.getLogger("rtes_kg.serve")
TEXT = Offer("text", "text/plain", ".txt")
# A script on another site may read the alternates (Link), the URL of the representation and its
# ETag, and revalidate with If-None-Match.
CORS: tuple[tuple[str, str], ...] = (("Access-Control-Allow-Origin", "*"),
                                     ("Access-Control-Expose-Headers", "Link, Content-Location, ETag"))
READ_ONLY = ("lecture seule : ce serveur publie une release ; aucune écriture (PUT, POST, DELETE, "
             "Graph Store Protocol) n’est acceptée. Chargez plutôt la release avec `rtes-kg publish`.")
STATIC_TYPES = {**{syntax.suffix: syntax.content_type for syntax in formats.RDF},
                ".rq": "application/sparql-query; charset=utf-8", ".gz": "application/gzip",
                ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
                ".html": "text/html; charset=utf-8", ".csv": "text/csv; charset=utf-8"}
RTES = "https://w3id.org/rtes/ontology#"


class App:
    """``App(...)(environ, start_response)``: a pure function of the request and the release."""

    def __init__(self, release: Release, pool: Pool, limits: Limits, checker: Checker | None = None,
                 validation: ValidationLimits | None = None):
        self.release = release
        self.pool = pool
        self.limits = limits
        self.pages = PageRenderer(release.base)
        self.describer = Describer(release, self.pages)
        self.examples: dict[str, Query] = {example.name: example for example in examples()}
        self.admission = Admission(limits)
        self.validation = api.Validation(checker, validation or ValidationLimits(), self.pages)

    def __call__(self, environ: dict, start_response):
        request = Request(environ)
        try:
            response = self.route(request)
        except Refusal as refusal:
            response = self.error(request, refusal.status, refusal.message, refusal.headers)
        except Exception:  # noqa: BLE001 - one bad request must not take the server down
            LOG.exception("erreur interne sur %s %s", request.method, printable(request.path))
            response = self.error(request, 500, "erreur interne du serveur")
        if not_modified(request, response):
            response = revalidated(response)
        response = secured(response)
        start_response(status_line(response.status), response.all_headers())
        if request.method == "HEAD" or response.status == 304:
            if response.stream is not None:
                response.stream.close()
            return []
        if response.stream is not None:
            wrapper = environ.get("wsgi.file_wrapper")
            return wrapper(response.stream, 65536) if wrapper else FileChunks(response.stream)
        return [response.body]

    def route(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return Response(204, headers=sparql.PREFLIGHT + (("Allow", "GET, HEAD, POST, OPTIONS"),))
        if request.path in api.PATHS:  # the validation page and API (serve/api.py)
            return self.validation.route(request)
        if request.path.startswith(ASSETS) and request.method in ("GET", "HEAD"):
            found_asset = asset(request.path)
            if found_asset is not None:
                return found_asset
        if request.path in ("/sparql", "/sparql/"):
            if request.method not in ("GET", "HEAD", "POST"):
                raise Refusal(405, READ_ONLY)
            return self.sparql(request)
        if request.method not in ("GET", "HEAD"):
            raise Refusal(405, READ_ONLY)
        if request.path in ("/sparql/ui", "/sparql/ui/"):
            return self.query_page(request)
        if request.path == "/":
            return self.home()
        if request.path == "/.well-known/void":  # VoID's discovery place, a file without suffix
            return self.static("/.well-known/void", root=self.release.dist, hidden=True,
                               media="text/turtle; charset=utf-8") or self.error(request, 404, "pas de VoID")
        # A file of the release itself ("/catalog.ttl", "/ontology.ttl") is served as it is, before
        # the IRI of the same name in a syntax: harvesters and SHA256SUMS want the file.
        found = (self.release_file(request.path) or self.resource(request) or self.gone(request)
                 or self.static(request.path))
        if found is not None:
            return found
        if request.path == "/favicon.ico":  # asked for by browsers on every page: no icon is no error
            return Response(204, headers=(("Cache-Control", "public, max-age=86400"),))
        return self.error(request, 404, f"rien à l’adresse {request.path} dans cette release")

    # --- linked data --------------------------------------------------------------------------

    def resource(self, request: Request) -> Response | None:
        path, suffix_offer = by_suffix(request.path, RESOURCE_OFFERS)
        document = self.describer.document_for(path) if suffix_offer else None
        if document is None:
            suffix_offer, document = None, self.describer.document_for(request.path)
        if document is None:
            return None
        fmt = request.param("format")
        offer = by_format(fmt, RESOURCE_OFFERS) if fmt else suffix_offer or negotiate(request.accept, RESOURCE_OFFERS)
        if offer is None:
            raise Refusal(406, "aucun des formats demandés n’est disponible ; formats :\n"
                               + describe_offers(RESOURCE_OFFERS))
        href = self.pages.links.location(document)
        if offer is HTML and self.describer.site_folder(document):
            # The site's page lives at {path}/ and links relatively from there: send browsers on.
            return Response(303, b"", CORS + (("Location", href + "/"), ("Vary", "Accept"),
                                              ("Cache-Control", "public, max-age=300")))
        representation = self.describer.represent(document, offer)
        # each alternate as it is served: the site's page at {path}/, not the .html that sends there
        page = self.describer.site_folder(document)
        links = ", ".join(f'<{href}{"/" if o is HTML and page else o.suffix}>; rel="alternate"; type="{o.media_type}"'
                          for o in RESOURCE_OFFERS)
        headers = CORS + (("Content-Type", representation.media_type), ("Vary", "Accept"),
                          ("Link", links), ("Content-Location", href + offer.suffix),
                          ("Cache-Control", "public, max-age=300"))
        return Response(200, representation.body, headers, representation.etag,
                        self.release.last_modified)

    def gone(self, request: Request) -> Response | None:
        """410 for an IRI the identifier ledger retired (in any syntax): the site's tombstone page
        for a browser, one line of text otherwise. Never 404: the IRI did name something. The
        same at the site's paths of it (``site/{path}/``, ``site/{path}.ttl``…), where the
        redirect rules of docs/publishing.md send clients: not 200 for the page, nor 404."""
        path, _ = by_suffix(request.path.removesuffix("/index.html"), RESOURCE_OFFERS)
        rest = path.strip("/")
        rest = rest.removeprefix("site/")  # the ledger retires org/…, action/…, fiche/…, graph/… only
        if rest not in self.release.retired:
            return None
        what, entry = self.release.retired[rest]
        headers = CORS + (("Cache-Control", "public, max-age=300"), ("Vary", "Accept"))
        page = self.release.dist / "site" / rest / "index.html"
        if negotiate(request.accept, (HTML, TEXT)) is HTML and page.is_file():
            return Response(410, page.read_bytes(), headers + (("Content-Type", HTML.content_type),))
        text = (f"410 Gone : {self.release.base}{rest} n’est plus publiée ; c’était {what} "
                f"« {entry.content} » (versions {entry.first} à {entry.last}).\n")
        return Response(410, text.encode("utf-8"), headers + (("Content-Type", TEXT.content_type),))

    def home(self) -> Response:
        site_index = self.release.dist / "site" / "index.html"
        if site_index.is_file():
            return self.static("/site/index.html", root=self.release.dist) or Response(404)
        body = self.pages.render("home.html", title="RTES — graphe de connaissances",
                                 members=self.members(), files=self.dump_files())
        return Response(200, body, CORS + (("Content-Type", "text/html; charset=utf-8"),),
                        strong_etag(body), self.release.last_modified)

    def members(self) -> list[Value]:
        kind = ox.NamedNode(f"{RTES}Collectivite")
        rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        iris = {quad.subject.value for quad in self.release.store.quads_for_pattern(None, rdf_type, kind, None)
                if isinstance(quad.subject, ox.NamedNode)}
        labels = self.describer.labels(iris)
        links = [Value(labels(iri), self.pages.links.href(iri)) for iri in iris]
        return sorted(links, key=lambda link: (link.text.lower(), link.href))

    def dump_files(self) -> list[str]:
        return sorted(path.name for path in self.release.dist.iterdir()
                      if path.is_file() and not path.name.startswith("."))

    # --- SPARQL --------------------------------------------------------------------------------

    def sparql(self, request: Request) -> Response:
        protocol = sparql.read(request, self.limits)
        if protocol.query is None:
            if request.method == "POST":
                raise Refusal(400, "paramètre query manquant")
            if request.method != "POST" and negotiate(request.accept, GRAPH_OFFERS) is HTML:
                # a browser sent to the endpoint (a portal's dcat:endpointURL): the query page
                return Response(303, b"", CORS + (("Location", "/sparql/ui"), ("Vary", "Accept")))
            body = sparql.service_description(request.origin + "/sparql", self.release)
            headers = sparql.CORS + (("Content-Type", sparql.DESCRIPTION.content_type), ("Vary", "Accept"))
            return Response(200, body, headers, strong_etag(body), self.release.last_modified)
        solutions, graph = sparql.formats(request, protocol.format)
        with self.admission.admit(request.client):
            outcome = sparql.run(protocol, solutions, graph, self.release, self.pool, self.limits)
        as_page = graph if outcome.kind == "graph" else solutions
        if as_page == "html":  # a browser on /sparql?query=…: the query page with its table
            return self.render_query_page(protocol.query, None, outcome)
        return sparql.respond(outcome, self.limits, self.release.last_modified)

    def query_page(self, request: Request) -> Response:
        query = request.param("query") or ""
        chosen = request.param("example") or ""
        if not query and chosen in self.examples:
            query = self.examples[chosen].text
        if not query:
            return self.render_query_page("", chosen, None)
        try:
            protocol = sparql.Protocol(query, (), (), None)
            with self.admission.admit(request.client):
                outcome = sparql.run(protocol, "html", "html", self.release, self.pool, self.limits)
        except Refusal as refusal:
            return self.render_query_page(query, chosen, None, refusal)
        return self.render_query_page(query, chosen, outcome)

    def render_query_page(self, query: str, chosen: str | None, outcome, refusal: Refusal | None = None) -> Response:
        table = None
        if outcome is not None:
            variables, rows, boolean = solutions(outcome)
            table = self.pages.table(variables, rows, boolean, outcome.truncated)
        shared = urlencode({"query": query}) if query else ""
        body = self.pages.render(
            "query.html", title="Interroger le graphe (SPARQL)", examples=list(self.examples.values()),
            base=self.release.base,
            chosen=chosen or "", query=query, table=table,
            error=refusal.message if refusal else "",
            share=f"/sparql/ui?{shared}" if query else "",
            json_link=f"/sparql?{shared}&format=json", csv_link=f"/sparql?{shared}&format=csv")
        status = refusal.status if refusal else 200
        # /sparql?query=… gives this page or results by Accept: a cache must tell them apart
        headers = CORS + (("Content-Type", "text/html; charset=utf-8"), ("Vary", "Accept")) \
            + (refusal.headers if refusal else ())
        return Response(status, body, headers, strong_etag(body) if status == 200 else None)

    # --- files ---------------------------------------------------------------------------------

    def release_file(self, path: str) -> Response | None:
        """A file at the top of dist/ (a dump, the catalogue, the ontology, SHA256SUMS)."""
        if path.count("/") != 1:
            return None
        return self.static(path, root=self.release.dist)

    def static(self, path: str, root: Path | None = None, hidden: bool = False,
               media: str | None = None) -> Response | None:
        """A file of dist/ (or of dist/site/) as it is; nothing outside dist/ is ever reachable.
        ``hidden``: the one dot-folder served, ``.well-known/``."""
        roots = [root] if root else [self.release.dist / "site", self.release.dist]
        for folder in roots:
            file = safe_file(folder, path, hidden)
            if file is None:
                continue
            stat = file.stat()
            media = media or STATIC_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] \
                or "application/octet-stream"
            etag = strong_etag(f"{file}:{stat.st_size}:{stat.st_mtime_ns}".encode())
            headers = CORS + (("Content-Type", media), ("Cache-Control", "public, max-age=300"))
            return Response(200, b"", headers, etag, stat.st_mtime, stream=open(file, "rb"),
                            length=stat.st_size)
        return None

    def error(self, request: Request, status: int, message: str,
              extra: tuple[tuple[str, str], ...] = ()) -> Response:
        """An error as a page in the site's style for browsers, as one line of text otherwise."""
        headers = CORS + (("Cache-Control", "no-store"),) + extra
        if status == 405:
            allowed = "GET, HEAD, POST, OPTIONS" if request.path.startswith("/sparql") else "GET, HEAD, OPTIONS"
            headers += (("Allow", allowed),)
        if status == 406:
            headers += (("Vary", "Accept"),)
        wants_html = negotiate(request.accept, (HTML, TEXT)) is HTML and request.path != "/sparql"
        if status == 406 or not wants_html:
            return Response(status, (message.rstrip("\n") + "\n").encode("utf-8"),
                            headers + (("Content-Type", "text/plain; charset=utf-8"),))
        titles = {404: "Page introuvable", 405: "Méthode refusée"}
        body = self.pages.render("error.html", title=titles.get(status, f"Erreur {status}"),
                                 message=message, choices=[])
        return Response(status, body, headers + (("Content-Type", "text/html; charset=utf-8"),))


class FileChunks:
    """A file as a WSGI body, closed by the server when the answer is sent (no file_wrapper)."""

    def __init__(self, stream, size: int = 65536):
        self.stream = stream
        self.size = size

    def __iter__(self):
        return iter(lambda: self.stream.read(self.size), b"")

    def close(self) -> None:
        self.stream.close()


def safe_file(root: Path, path: str, well_known: bool = False) -> Path | None:
    """``root/path`` when it is a regular file inside ``root`` (symlinks resolved), else None.

    The path arrives percent-decoded: "%2e%2e" is already "..". Dot segments, hidden names,
    backslashes and NUL bytes are refused outright; resolving catches symlinks that leave root."""
    parts = [part for part in path.split("/") if part]
    allowed = {".well-known"} if well_known else set()
    if not parts or any(part.startswith(".") and part not in allowed or "\\" in part or "\x00" in part
                        for part in parts):
        return None
    try:
        base = root.resolve(strict=True)
        candidate = base.joinpath(*parts)
        if candidate.is_dir():
            candidate = candidate / "index.html"
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    if not resolved.is_relative_to(base) or not resolved.is_file():
        return None
    return resolved
