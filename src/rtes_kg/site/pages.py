"""Turns the published graph into the site's resource pages: one per resource, described by
site/resource.py, with its data files, its place in the site and its schema.org summary.

A resource's page is ``site/{path}/index.html`` and its data ``site/{path}.ttl|.nt|.jsonld``,
where ``{path}`` is the IRI minus the base: a static host serves the IRI's path as it is.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.term import Node

from rtes_kg.formats import JSONLD, NTRIPLES, TURTLE
from rtes_kg.site.map import Map
from rtes_kg.site.resource import RDF_TYPE, SCHEMA, Fact, Labels, Links, Resource, describe, entity_of
from rtes_kg.site.summary import Facts, Summary, TripleFacts, summarise

DCT_DESCRIPTION = DCT.description  # a plain URIRef: a DefinedNamespace attribute is a slow lookup
DATA_FORMATS = (TURTLE, JSONLD, NTRIPLES)  # each page's data files, in the order the page links them


@dataclass(frozen=True)
class Page:
    resource: Resource
    path: str  # "org/dijon-metropole"
    root: str  # "../../": from the page's folder to site/
    source: tuple[Fact, ...]
    jsonld: str
    summary: Summary | None = None  # what a person reads first (site/summary.py)
    map: Map | None = None  # a région's map of its départements (site/map.py)


def build_pages(triples: list[tuple[Node, Node, Node]], base: str, labels: Labels,
                sources: dict[str, tuple[Fact, ...]], licence: str,
                public_site: str, facts: Facts | None = None) -> tuple[list[Page], dict[str, list]]:
    """Every resource page, and the triples of each page (for its data files).

    ``sources`` maps a page IRI to the facts of the fiche it comes from; ``facts`` (default: an
    index of ``triples``) is what the pages' summaries read."""
    facts = facts or TripleFacts(triples)
    own: dict[str, list] = defaultdict(list)
    incoming: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for triple in triples:
        subject, predicate, obj = triple
        page = entity_of(str(subject), base)
        if page is None:
            continue
        own[page].append(triple)
        if isinstance(obj, URIRef):
            target = entity_of(str(obj), base)
            if target is not None and target != page:
                incoming[target].add((str(predicate), page))
    pages = [_page(iri, sorted(own[iri]), incoming.get(iri, set()), base, labels,
                   sources.get(iri, ()), licence, public_site, facts)
             for iri in sorted(own)]
    return pages, own


def _page(iri: str, triples: list, incoming: set[tuple[str, str]], base: str, labels: Labels,
          source: tuple[Fact, ...], licence: str, public_site: str, facts: Facts) -> Page:
    path = iri[len(base):]
    root = "../" * (path.count("/") + 1)
    name = path.rsplit("/", 1)[-1]
    data = tuple((f"../{name}{fmt.suffix}", fmt.label, fmt.media_type) for fmt in DATA_FORMATS)
    links = Links((base,), root, folders=True)
    resource = describe(iri, triples, incoming, labels, links, data)
    own = [(predicate, obj) for subject, predicate, obj in triples if str(subject) == iri]
    return Page(resource=resource, path=path, root=root, source=source,
                jsonld=_schema_org(iri, resource.title, own, licence, public_site + path + "/"),
                summary=summarise(iri, facts, labels, links))


def _schema_org(iri: str, title: str, facts: list, licence: str, url: str) -> str:
    """A small schema.org description for search engines and FAIR checkers."""
    types = sorted(str(o)[len(SCHEMA):] for p, o in facts
                   if p == RDF_TYPE and str(o).startswith(SCHEMA)) or ["Thing"]
    data: dict = {"@context": "https://schema.org", "@id": iri, "@type": types, "name": title,
                  "url": url, "license": licence}
    descriptions = sorted(str(o) for p, o in facts if p == DCT_DESCRIPTION)
    if descriptions:
        data["description"] = descriptions[0]
    links = sorted(str(o) for p, o in facts if str(p) == SCHEMA + "url")
    if links:
        data["sameAs"] = links
    # "</" must not close the <script> element that holds the JSON.
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
