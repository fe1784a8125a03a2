"""Turns the published graph into the site's resource pages: one per resource, described by
site/resource.py, with its data files, its place in the site and its schema.org summary.

A resource's page is ``site/{path}/index.html`` and its data ``site/{path}.ttl|.nt|.jsonld``,
where ``{path}`` is the IRI minus the base: a static host serves the IRI's path as it is.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass
from textwrap import shorten

from rdflib.namespace import DCTERMS as DCT

from rtes_kg.formats import JSONLD, NTRIPLES, RDFXML, TURTLE
from rtes_kg.site.map import Map
from rtes_kg.site.markup import page_markup
from rtes_kg.site.resource import Fact, Labels, Links, Resource, describe
from rtes_kg.site.summary import Facts, Summary, summarise

DCT_DESCRIPTION = DCT.description  # a plain URIRef: a DefinedNamespace attribute is a slow lookup
# each page's data files, in the order the page links them: the syntaxes `serve` negotiates
DATA_FORMATS = (TURTLE, JSONLD, NTRIPLES, RDFXML)


@dataclass(frozen=True)
class Page:
    resource: Resource
    path: str  # "org/dijon-metropole"
    root: str  # "../../": from the page's folder to site/
    source: tuple[Fact, ...]
    jsonld: str
    description: str  # the page's <meta name="description">
    summary: Summary | None = None  # what a person reads first (site/summary.py)
    map: Map | None = None  # a région's map of its départements (site/map.py)


def make_page(iri: str, triples: list, incoming: Iterable[tuple[str, str]], base: str, labels: Labels,
              source: tuple[Fact, ...], licence: str, public_site: str, known: Container[str],
              facts: Facts) -> Page:
    """The page of one resource, from its own triples, the links into it and the index of the
    published graph that its summary reads."""
    path = iri[len(base):]
    root = "../" * (path.count("/") + 1)
    name = path.rsplit("/", 1)[-1]
    data = tuple((f"../{name}{fmt.suffix}", fmt.label, fmt.media_type) for fmt in DATA_FORMATS)
    links = Links((base,), root, folders=True, known=known)
    resource = describe(iri, triples, incoming, labels, links, data)
    descriptions = sorted(str(o) for s, p, o in triples if str(s) == iri and p == DCT_DESCRIPTION)
    kind = f" ({resource.kind})" if resource.kind else ""
    summary = (descriptions[0] if descriptions else
               f"{resource.title}{kind} dans les données ouvertes du RTES : ses faits, ses liens et leur provenance.")
    return Page(resource=resource, path=path, root=root, source=source,
                jsonld=page_markup(iri, resource.title, triples, labels, licence, public_site + path + "/"),
                description=_shortened(summary, 300), summary=summarise(iri, facts, labels, links))


def _shortened(text: str, width: int) -> str:
    """``textwrap.shorten``: its whitespace collapsed, the text as it is when it fits (most
    descriptions do), without a TextWrapper (about 4% of a resource page's time)."""
    collapsed = " ".join(text.split())
    return collapsed if len(collapsed) <= width else shorten(text, width)
