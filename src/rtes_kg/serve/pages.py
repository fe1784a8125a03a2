"""The HTML of `serve`: plain context objects built from triples, rendered by jinja2 templates."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from rtes_kg.project import DEFAULT_BASE_IRI, environment
from rtes_kg.serve.conneg import RDF_SYNTAXES
from rtes_kg.vocab import compact_iri

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    iri: str


@dataclass(frozen=True)
class Value:
    text: str
    href: str | None = None
    note: str = ""  # language tag or datatype


@dataclass(frozen=True)
class Property:
    predicate: Link
    values: list[Value]


@dataclass(frozen=True)
class Subject:
    iri: str
    anchor: str
    title: str
    types: list[Link]
    properties: list[Property] = field(default_factory=list)


@dataclass(frozen=True)
class Table:
    """A SPARQL answer as the query page shows it."""

    variables: list[str]
    rows: list[list[Value]]
    boolean: bool | None = None
    truncated: bool = False


class PageRenderer:
    def __init__(self, base: str):
        self.base = base

    def href(self, iri: str) -> str:
        """Where a link goes: IRIs of this release (and of the vocabulary) stay on this server."""
        for base in (self.base, DEFAULT_BASE_IRI):
            if iri.startswith(base):
                return "/" + iri[len(base):]
        return iri

    def render(self, template: str, **context) -> bytes:
        return environment().get_template(f"serve/{template}").render(**context).encode("utf-8")

    def resource(self, document: str, triples: Sequence[ox.Triple],
                 inbound: Iterable[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]],
                 label: Callable[[ox.NamedNode], str | None]) -> bytes:
        by_subject: dict[str, list[ox.Triple]] = {}
        for triple in triples:
            if str(triple.subject.value).partition("#")[0] == document:
                by_subject.setdefault(triple.subject.value, []).append(triple)
        subjects = [self._subject(iri, by_subject[iri], label)
                    for iri in sorted(by_subject, key=lambda iri: (iri != document, iri))]
        title = subjects[0].title if subjects else document
        links = [(self.link(s, label), self.link(p, label)) for s, p, _ in inbound]
        alternates = [(syntax.label, self.href(document) + syntax.suffix) for syntax in RDF_SYNTAXES]
        return self.render("resource.html", title=title, iri=document, subjects=subjects,
                           inbound=links, alternates=alternates)

    def _subject(self, iri: str, triples: list[ox.Triple], label) -> Subject:
        node = ox.NamedNode(iri)
        types = [self.link(t.object, label) for t in triples if t.predicate.value == RDF_TYPE]
        grouped: dict[str, list[Value]] = {}
        for triple in triples:
            if triple.predicate.value != RDF_TYPE:
                grouped.setdefault(triple.predicate.value, []).append(self.value(triple.object, label))
        properties = [Property(self.link(ox.NamedNode(p), label=lambda n: None), values)
                      for p, values in sorted(grouped.items(), key=lambda item: compact_iri(item[0]))]
        return Subject(iri, iri.partition("#")[2], label(node) or compact_iri(iri), types, properties)

    def link(self, node, label) -> Link:
        if isinstance(node, ox.NamedNode):
            return Link(self.href(node.value), label(node) or compact_iri(node.value), node.value)
        return Link("", str(node), str(node))

    def value(self, term, label) -> Value:
        if isinstance(term, ox.NamedNode):
            return Value(label(term) or compact_iri(term.value), self.href(term.value))
        if isinstance(term, ox.Literal):
            if term.language:
                return Value(term.value, note=f"@{term.language}")
            datatype = term.datatype.value
            note = "" if datatype == f"{XSD}string" else compact_iri(datatype)
            return Value(term.value, note=note)
        return Value(str(term))

    def table(self, variables: list[str], rows: Iterable[dict], boolean: bool | None = None,
              truncated: bool = False) -> Table:
        """A table from SPARQL JSON results (``{"var": {"type": …, "value": …}}`` rows)."""
        cells = [[self._cell(row.get(variable)) for variable in variables] for row in rows]
        return Table(variables, cells, boolean, truncated)

    def _cell(self, binding: dict | None) -> Value:
        if binding is None:
            return Value("")
        if binding["type"] == "uri":
            return Value(compact_iri(binding["value"]), self.href(binding["value"]))
        note = f"@{binding['xml:lang']}" if "xml:lang" in binding else ""
        return Value(binding["value"], note=note)
