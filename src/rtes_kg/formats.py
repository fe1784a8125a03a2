"""The RDF syntaxes and SPARQL results formats rtes-kg reads and writes, each described once.

Every other table of formats (CLI choices, dump files, the catalogue's media types, content
negotiation, the parsers) is read from here, so that a syntax has one name, one media type and
one set of file suffixes. Imports pyoxigraph only: the SPARQL worker processes load it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

import pyoxigraph as ox

W3C_FORMATS = "http://www.w3.org/ns/formats/"  # the IRIs a SPARQL service description names


@dataclass(frozen=True, kw_only=True)
class Format:
    """What people, clients and files call a format: its names, media types and file suffixes."""

    name: str  # the one short name, used in the code, the CLI and ?format=
    label: str  # as people write it
    media_type: str
    suffixes: tuple[str, ...]  # the first is the one we write; the others are read too
    format_iri: str
    aliases: tuple[str, ...] = ()  # other names people type for it
    media_aliases: tuple[str, ...] = ()  # other media types a client asks for it with

    @property
    def suffix(self) -> str:
        return self.suffixes[0]

    @property
    def content_type(self) -> str:
        return content_type(self.media_type)


@dataclass(frozen=True, kw_only=True)
class RdfSyntax(Format):
    """An RDF syntax, with what each library and the EU catalogue call it."""

    rdflib: str  # rdflib's parser and serializer name
    oxigraph: ox.RdfFormat
    named_graphs: bool  # holds a dataset (one graph per fiche), not just one graph
    prefixes: bool  # shortens IRIs with declared prefixes (RDF/XML: namespaces for its tags)
    file_type: str | None  # code of the EU file-type authority (DCAT-AP dct:format); None: never published


@dataclass(frozen=True, kw_only=True)
class ResultsFormat(Format):
    """A serialisation of SPARQL SELECT and ASK results."""

    oxigraph: ox.QueryResultsFormat


def content_type(media_type: str) -> str:
    """The Content-Type header for a text format: UTF-8, said in the header, except for XML,
    which says its encoding in its own declaration."""
    return media_type if media_type.endswith("+xml") else f"{media_type}; charset=utf-8"


# Each entry: names; media types and suffixes; what the libraries call it; what it can hold.
TURTLE = RdfSyntax(
    name="ttl", aliases=("turtle",), label="Turtle", format_iri=W3C_FORMATS + "Turtle",
    media_type="text/turtle", media_aliases=("application/x-turtle",), suffixes=(".ttl", ".turtle"),
    rdflib="turtle", oxigraph=ox.RdfFormat.TURTLE,
    named_graphs=False, prefixes=True, file_type="RDF_TURTLE")
NTRIPLES = RdfSyntax(
    name="nt", aliases=("ntriples", "n-triples"), label="N-Triples", format_iri=W3C_FORMATS + "N-Triples",
    media_type="application/n-triples", suffixes=(".nt", ".ntriples"),
    rdflib="nt", oxigraph=ox.RdfFormat.N_TRIPLES,
    named_graphs=False, prefixes=False, file_type="RDF_N_TRIPLES")
N3 = RdfSyntax(
    name="n3", label="N3", format_iri=W3C_FORMATS + "N3",
    media_type="text/n3", suffixes=(".n3",),
    rdflib="n3", oxigraph=ox.RdfFormat.N3,
    named_graphs=False, prefixes=True, file_type=None)
TRIG = RdfSyntax(
    name="trig", label="TriG", format_iri=W3C_FORMATS + "TriG",
    media_type="application/trig", suffixes=(".trig",),
    rdflib="trig", oxigraph=ox.RdfFormat.TRIG,
    named_graphs=True, prefixes=True, file_type="RDF_TRIG")
NQUADS = RdfSyntax(
    name="nq", aliases=("nquads", "n-quads"), label="N-Quads", format_iri=W3C_FORMATS + "N-Quads",
    media_type="application/n-quads", suffixes=(".nq", ".nquads"),
    rdflib="nquads", oxigraph=ox.RdfFormat.N_QUADS,
    named_graphs=True, prefixes=False, file_type="RDF_N_QUADS")
JSONLD = RdfSyntax(
    name="jsonld", aliases=("json-ld",), label="JSON-LD", format_iri=W3C_FORMATS + "JSON-LD",
    media_type="application/ld+json", media_aliases=("application/json",), suffixes=(".jsonld", ".json"),
    rdflib="json-ld", oxigraph=ox.RdfFormat.JSON_LD,
    named_graphs=True, prefixes=True, file_type="JSON_LD")
# "rdf", its file suffix and its name in older code, stays an alias: as a name, "rdf" would seem
# to mean any RDF syntax.
RDFXML = RdfSyntax(
    name="rdfxml", aliases=("rdf", "rdf+xml"), label="RDF/XML", format_iri=W3C_FORMATS + "RDF_XML",
    media_type="application/rdf+xml", media_aliases=("application/xml", "text/xml"), suffixes=(".rdf", ".xml", ".owl"),
    rdflib="xml", oxigraph=ox.RdfFormat.RDF_XML,
    named_graphs=False, prefixes=True, file_type="RDF_XML")

RDF = (TURTLE, NTRIPLES, N3, TRIG, NQUADS, JSONLD, RDFXML)
SUFFIXES = tuple(suffix for syntax in RDF for suffix in syntax.suffixes)  # every suffix read as RDF

RESULTS = (
    ResultsFormat(name="json", aliases=("srj",), label="SPARQL JSON", format_iri=W3C_FORMATS + "SPARQL_Results_JSON",
                  media_type="application/sparql-results+json", media_aliases=("application/json",),
                  suffixes=(".srj",), oxigraph=ox.QueryResultsFormat.JSON),
    ResultsFormat(name="xml", aliases=("srx",), label="SPARQL XML", format_iri=W3C_FORMATS + "SPARQL_Results_XML",
                  media_type="application/sparql-results+xml", media_aliases=("application/xml", "text/xml"),
                  suffixes=(".srx",), oxigraph=ox.QueryResultsFormat.XML),
    ResultsFormat(name="csv", label="CSV", format_iri=W3C_FORMATS + "SPARQL_Results_CSV",
                  media_type="text/csv", suffixes=(".csv",), oxigraph=ox.QueryResultsFormat.CSV),
    ResultsFormat(name="tsv", label="TSV", format_iri=W3C_FORMATS + "SPARQL_Results_TSV",
                  media_type="text/tab-separated-values", suffixes=(".tsv",), oxigraph=ox.QueryResultsFormat.TSV),
)


def by_name(name: str) -> RdfSyntax:
    """The RDF syntax a name stands for: ours, an alias or rdflib's ("xml" is RDF/XML).

    Raises KeyError for any other name: the names are ours, so an unknown one is a mistake."""
    wanted = name.strip().lower()
    for syntax in RDF:
        if wanted in (syntax.name, *syntax.aliases, syntax.rdflib):
            return syntax
    raise KeyError(f"{name!r} is not an RDF syntax; known: {', '.join(s.name for s in RDF)}")


def by_suffix(path: str | PurePath) -> RdfSyntax | None:
    """The RDF syntax a file's suffix says (``dijon.ttl`` → Turtle), or None (a fiche, say)."""
    suffix = PurePath(path).suffix.lower()
    return next((syntax for syntax in RDF if suffix in syntax.suffixes), None)


def by_media_type(media_type: str) -> RdfSyntax | None:
    """The RDF syntax of a media type, parameters ignored (``text/turtle; charset=utf-8``), or None."""
    wanted = media_type.partition(";")[0].strip().lower()
    return next((syntax for syntax in RDF if wanted in (syntax.media_type, *syntax.media_aliases)), None)


def results_by_name(name: str) -> ResultsFormat:
    """The SPARQL results format of a name ("json", "xml", "csv", "tsv"); KeyError otherwise."""
    for results in RESULTS:
        if name in (results.name, *results.aliases):
            return results
    raise KeyError(f"{name!r} is not a SPARQL results format")
