"""The HTML of `serve`: plain context objects rendered by jinja2 templates. A resource's page is
described as on the static site (rtes_kg.site.resource), with links that stay on this server."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from rtes_kg.model.convert import from_oxigraph
from rtes_kg.project import DEFAULT_BASE_IRI, environment
from rtes_kg.serve.conneg import RDF_SYNTAXES
from rtes_kg.site.resource import Labels, Links, describe
from rtes_kg.site.summary import Facts, summarise
from rtes_kg.vocab import compact_iri


@dataclass(frozen=True)
class Cell:
    """A cell of a SPARQL answer as the query page shows it."""

    text: str
    href: str | None = None
    note: str = ""  # language tag


@dataclass(frozen=True)
class Table:
    """A SPARQL answer as the query page shows it."""

    variables: list[str]
    rows: list[list[Cell]]
    boolean: bool | None = None
    truncated: bool = False


class PageRenderer:
    def __init__(self, base: str):
        # IRIs of this release, and of the vocabulary, are pages of this server: /org/x.
        self.links = Links(tuple(dict.fromkeys((base, DEFAULT_BASE_IRI))), "/", folders=False)

    def render(self, template: str, **context) -> bytes:
        return environment().get_template(f"serve/{template}").render(**context).encode("utf-8")

    def resource(self, document: str, triples: Sequence[ox.Triple],
                 inbound: Iterable[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]],
                 labels: Labels, facts: Facts | None = None) -> bytes:
        """The page of a document from its triples and the links to it from other documents."""
        own = [(from_oxigraph(subject), from_oxigraph(predicate), from_oxigraph(obj))
               for subject, predicate, obj in triples
               if isinstance(subject, ox.NamedNode) and subject.value.partition("#")[0] == document]
        incoming = {(predicate.value, subject.value.partition("#")[0]) for subject, predicate, _ in inbound}
        location = self.links.location(document)
        data = tuple((location + syntax.suffix, syntax.label, syntax.media_type) for syntax in RDF_SYNTAXES)
        page = describe(document, own, incoming, labels, self.links, data)
        summary = summarise(document, facts, labels, self.links) if facts is not None else None
        return self.render("resource.html", title=page.title, page=page, summary=summary)

    def table(self, variables: list[str], rows: Iterable[dict], boolean: bool | None = None,
              truncated: bool = False) -> Table:
        """A table from SPARQL JSON results (``{"var": {"type": …, "value": …}}`` rows)."""
        cells = [[self._cell(row.get(variable)) for variable in variables] for row in rows]
        return Table(variables, cells, boolean, truncated)

    def _cell(self, binding: dict | None) -> Cell:
        if binding is None:
            return Cell("")
        if binding["type"] == "uri":
            return Cell(compact_iri(binding["value"]), self.links.href(binding["value"]))
        note = f"@{binding['xml:lang']}" if "xml:lang" in binding else ""
        return Cell(binding["value"], note=note)
