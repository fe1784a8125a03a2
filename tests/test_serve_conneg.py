"""Content negotiation of `rtes-kg serve`: the Accept headers browsers and RDF clients really send."""

from __future__ import annotations

import pytest

from rtes_kg.serve.conneg import (
    GRAPH_OFFERS,
    RESOURCE_OFFERS,
    SOLUTION_OFFERS,
    by_format,
    by_suffix,
    describe_offers,
    negotiate,
    parse_accept,
)

FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
CHROME = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
          "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7")
RDFLIB = ("application/rdf+xml, text/rdf+n3;q=0.9, application/xhtml+xml;q=0.5, */*;q=0.1")
JENA = ("text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,"
        "application/rdf+xml;q=0.7,*/*;q=0.5")
SPARQLWRAPPER_JSON = "application/sparql-results+json,application/json,text/javascript,application/javascript"


@pytest.mark.parametrize("accept, expected", [
    (None, "html"),                                   # no header at all: a browser-like default
    ("", "html"),
    ("*/*", "html"),                                  # curl
    (FIREFOX, "html"),
    (CHROME, "html"),
    ("text/turtle", "ttl"),
    ("application/x-turtle", "ttl"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/n-triples", "nt"),
    ("application/rdf+xml", "rdfxml"),
    (RDFLIB, "rdfxml"),
    (JENA, "ttl"),
    ("text/html;q=0.1, text/turtle;q=0.5", "ttl"),     # q-values win over the server's order
    ("text/turtle;q=0.5, application/ld+json", "jsonld"),
    ("TEXT/Turtle ; q=1.0", "ttl"),                   # case and spaces
    ("text/*", "html"),                               # ties: the server's order
    ("application/*", "jsonld"),
    ("text/html;q=0, */*", "ttl"),                    # q=0 excludes a type even under */*
    ("text/turtle;q=0.9;charset=utf-8", "ttl"),       # extra parameters
    ("text/turtle;q=nonsense, application/n-triples;q=0.2", "nt"),  # a malformed range is skipped
    ("text/turtle;q=0.2, text/turtle;q=0.9, application/ld+json;q=0.5", "ttl"),
])
def test_resource_negotiation(accept, expected):
    offer = negotiate(accept, RESOURCE_OFFERS)
    assert offer is not None and offer.name == expected


def test_several_accept_headers_joined_by_commas_are_one_list():
    # WSGI servers join repeated headers with ", ": an RDF client may send two Accept lines.
    assert negotiate("text/plain;q=0.1, application/n-triples", RESOURCE_OFFERS).name == "nt"


@pytest.mark.parametrize("accept", ["image/png", "application/pdf, text/plain", "text/html;q=0, text/turtle;q=0"])
def test_nothing_acceptable(accept):
    assert negotiate(accept, RESOURCE_OFFERS) is None


def test_406_list_names_every_type_and_its_format_parameter():
    listing = describe_offers(RESOURCE_OFFERS)
    for media in ("text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"):
        assert media in listing
    assert "?format=ttl" in listing


@pytest.mark.parametrize("accept, solutions, graph", [
    (SPARQLWRAPPER_JSON, "json", "jsonld"),
    ("application/sparql-results+xml", "xml", None),
    ("text/csv", "csv", None),
    ("text/tab-separated-values", "tsv", None),
    ("*/*", "json", "ttl"),
    (None, "json", "ttl"),
    (FIREFOX, "html", "html"),
    ("text/turtle", None, "ttl"),
])
def test_sparql_negotiation(accept, solutions, graph):
    chosen = negotiate(accept, SOLUTION_OFFERS), negotiate(accept, GRAPH_OFFERS)
    assert tuple(o.name if o else None for o in chosen) == (solutions, graph)


@pytest.mark.parametrize("value, expected", [("ttl", "ttl"), ("turtle", "ttl"), ("text/turtle", "ttl"),
                                             ("json-ld", "jsonld"), ("JSONLD", "jsonld"), ("nt", "nt"),
                                             ("rdfxml", "rdfxml"), ("rdf", "rdfxml"), ("rdf+xml", "rdfxml"),
                                             ("html", "html"), ("htm", "html"), ("pdf", None)])
def test_format_parameter(value, expected):
    offer = by_format(value, RESOURCE_OFFERS)
    assert (offer.name if offer else None) == expected


@pytest.mark.parametrize("value, solutions, graph", [("xml", "xml", None), ("srx", "xml", None),
                                                     ("srj", "json", None), ("rdf", None, "rdfxml")])
def test_format_parameter_at_the_sparql_endpoint(value, solutions, graph):
    # ?format=xml means SPARQL XML results: rdflib's name for RDF/XML is not taken here.
    chosen = by_format(value, SOLUTION_OFFERS), by_format(value, GRAPH_OFFERS)
    assert tuple(o.name if o else None for o in chosen) == (solutions, graph)


@pytest.mark.parametrize("path, stem, expected", [
    ("/org/dijon.ttl", "/org/dijon", "ttl"), ("/org/dijon.jsonld", "/org/dijon", "jsonld"),
    ("/org/dijon.nt", "/org/dijon", "nt"), ("/org/dijon.rdf", "/org/dijon", "rdfxml"),
    ("/org/dijon.html", "/org/dijon", "html"), ("/org/dijon", "/org/dijon", None),
    ("/org/dijon.pdf", "/org/dijon.pdf", None)])
def test_file_suffix(path, stem, expected):
    found, offer = by_suffix(path, RESOURCE_OFFERS)
    assert (found, offer.name if offer else None) == (stem, expected)


def test_parse_accept_keeps_order_and_q():
    ranges = parse_accept("text/turtle;q=0.5, */*;q=0.1")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [("text", "turtle", 0.5), ("*", "*", 0.1)]
