"""The SPARQL 1.1 Protocol at /sparql: read the query, refuse what must be refused, run it, answer."""

from __future__ import annotations

import math
from dataclasses import dataclass
from urllib.parse import parse_qs

import pyoxigraph as ox

from rtes_kg.formats import RDF, RESULTS, TURTLE  # not the module: `formats()` below is ours
from rtes_kg.serve.conneg import GRAPH_OFFERS, SOLUTION_OFFERS, by_format, describe_offers, negotiate
from rtes_kg.serve.http import Request, Response, strong_etag
from rtes_kg.serve.limits import Limits, Refusal, check_graphs, check_query
from rtes_kg.serve.loading import Release
from rtes_kg.sparql.answers import BadQuery, Job, NoFormat, Outcome
from rtes_kg.sparql.runner import Busy, OutOfMemory, Overrun, Pool, Stopped

CONTENT_TYPES = {offer.name: offer.content_type for offer in SOLUTION_OFFERS + GRAPH_OFFERS}
# The formats the service description lists, in the registry's order.
RESULT_FORMATS = tuple(fmt for fmt in (*RESULTS, *RDF) if fmt.name in CONTENT_TYPES)
DESCRIPTION = TURTLE  # the syntax of the service description
SD = "http://www.w3.org/ns/sparql-service-description#"
# A script on another origin may read that its results were cut (``respond``).
CORS: tuple[tuple[str, str], ...] = (("Access-Control-Allow-Origin", "*"),
                                     ("Access-Control-Expose-Headers", "RTES-Results-Truncated"))
PREFLIGHT = CORS + (("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                    ("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match, If-Modified-Since"),
                    ("Access-Control-Max-Age", "86400"))


@dataclass(frozen=True)
class Protocol:
    """A protocol request, read and checked: what to run, on which graphs, answered how."""

    query: str | None
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    format: str | None


def read(request: Request, limits: Limits) -> Protocol:
    """The query of a GET or POST (form or direct); updates are refused here, before anything runs."""
    if len(request.query_string) > 3 * limits.max_query:
        raise Refusal(414, f"adresse trop longue : envoyez la requête en POST (au plus {limits.max_query} octets)")
    params = request.params()
    if request.method == "POST":
        if request.content_length > limits.max_body:
            raise Refusal(413, f"corps de requête trop grand : {limits.max_body} octets au plus")
        media = (request.header("Content-Type") or "").partition(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise _read_only()
        if media == "application/x-www-form-urlencoded":
            body = _text(request.body())
            params = {**params, **parse_qs(body, keep_blank_values=True)}
        elif media == "application/sparql-query":
            params = {**params, "query": [_text(request.body())]}
        else:
            raise Refusal(415, "type de contenu non pris en charge : envoyez "
                               "application/x-www-form-urlencoded ou application/sparql-query")
    if "update" in params:
        raise _read_only()
    queries = params.get("query", [])
    if len(queries) > 1:
        raise Refusal(400, "un seul paramètre query par requête")
    query = queries[0] if queries else None
    if query is not None and len(query.encode("utf-8")) > limits.max_query:
        status = 414 if request.method == "GET" else 413
        raise Refusal(status, f"requête trop longue : {limits.max_query} octets au plus")
    fmt = params.get("format", [None])[0]
    return Protocol(query, tuple(params.get("default-graph-uri", [])),
                    tuple(params.get("named-graph-uri", [])), fmt)


def _read_only() -> Refusal:
    return Refusal(403, "point d’accès en lecture seule : les mises à jour SPARQL sont refusées")


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal(400, "le corps de la requête n’est pas en UTF-8") from None


def formats(request: Request, fmt: str | None) -> tuple[str | None, str | None]:
    """The answer's format for solutions and for graphs: ?format= first, else Accept."""
    if fmt:
        solutions, graph = by_format(fmt, SOLUTION_OFFERS), by_format(fmt, GRAPH_OFFERS)
        if solutions is None and graph is None:
            raise Refusal(400, f"format « {fmt} » inconnu ; formats : "
                               + ", ".join(dict.fromkeys(o.name for o in SOLUTION_OFFERS + GRAPH_OFFERS)))
        return (solutions or negotiate(request.accept, SOLUTION_OFFERS) or SOLUTION_OFFERS[0]).name, \
            (graph or negotiate(request.accept, GRAPH_OFFERS) or GRAPH_OFFERS[0]).name
    solutions, graph = negotiate(request.accept, SOLUTION_OFFERS), negotiate(request.accept, GRAPH_OFFERS)
    return (solutions.name if solutions else None), (graph.name if graph else None)


def run(protocol: Protocol, solutions: str | None, graph: str | None, release: Release,
        pool: Pool, limits: Limits) -> Outcome:
    """Check the query against the limits, then run it in a worker process."""
    assert protocol.query is not None
    retry = (("Retry-After", str(max(1, math.ceil(limits.timeout)))),)
    check_query(protocol.query, release.graphs, limits)
    check_graphs(list(protocol.default_graphs + protocol.named_graphs), release.graphs)
    job = Job(protocol.query, solutions, graph, limits.max_rows,
              protocol.default_graphs, protocol.named_graphs, limits.max_result_bytes)
    try:
        return pool.run(job)
    except BadQuery as error:
        raise Refusal(400, str(error)) from None
    except NoFormat as missing:
        offers = SOLUTION_OFFERS if str(missing) == "solutions" else GRAPH_OFFERS
        raise Refusal(406, "aucun format acceptable pour ce résultat ; formats :\n"
                           + describe_offers(offers)) from None
    except Busy:
        raise Refusal(503, "serveur occupé : toutes les requêtes en cours, réessayez", retry) from None
    except Overrun:
        raise Refusal(503, f"délai dépassé : requête arrêtée après {limits.timeout:g} s "
                           "(ajoutez une LIMIT ou des motifs plus précis)") from None
    except OutOfMemory:
        raise Refusal(503, f"mémoire dépassée : la requête demandait plus de "
                           f"{limits.worker_memory // (1024 * 1024)} Mo et a été arrêtée (ajoutez une LIMIT, "
                           "évitez les produits cartésiens et les ORDER BY sur de grands résultats)") from None
    except Stopped:
        raise Refusal(500, "le processus de requête s’est arrêté ; réessayez") from None


def respond(outcome: Outcome, limits: Limits, last_modified: float) -> Response:
    """The HTTP answer for a result that is not shown as an HTML page."""
    headers = CORS + (("Content-Type", CONTENT_TYPES[outcome.format]), ("Vary", "Accept"),
                      ("Cache-Control", "public, max-age=60"))
    if outcome.truncated:
        headers += (("RTES-Results-Truncated", outcome.cut_by or f"max-rows={limits.max_rows}"),)
    return Response(200, outcome.body, headers, strong_etag(outcome.body), last_modified)


def service_description(endpoint: str, release: Release) -> bytes:
    """The SPARQL 1.1 Service Description of the endpoint, in Turtle."""
    service = ox.NamedNode(endpoint)
    dataset = ox.BlankNode("dataset")
    default = ox.BlankNode("default")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [ox.Triple(service, rdf_type, sd("Service")),
               ox.Triple(service, sd("endpoint"), service),
               ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
               ox.Triple(service, sd("defaultDataset"), dataset),
               ox.Triple(dataset, rdf_type, sd("Dataset")),
               ox.Triple(dataset, sd("defaultGraph"), default),
               ox.Triple(default, rdf_type, sd("Graph"))]
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(fmt.format_iri)) for fmt in RESULT_FORMATS]
    for index, graph in enumerate(sorted(release.graphs)):
        named = ox.BlankNode(f"graph{index}")
        triples += [ox.Triple(dataset, sd("namedGraph"), named),
                    ox.Triple(named, rdf_type, sd("NamedGraph")),
                    ox.Triple(named, sd("name"), ox.NamedNode(graph))]
    return ox.serialize(triples, format=DESCRIPTION.oxigraph, prefixes={"sd": SD}) or b""
