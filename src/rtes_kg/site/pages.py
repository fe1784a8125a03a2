"""Turns the published graph into plain page objects, one per resource: labels resolved, links
made relative, facts sorted. Templates never see the graph (STYLE.md point 8).

A resource is an IRI under the base without a fragment; the nodes ``{iri}#…`` belong to its page.
Its page is ``site/{path}/index.html`` and its data ``site/{path}.ttl|.nt|.jsonld``, where
``{path}`` is the IRI minus the base: a static host serves the IRI's path as it is.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import FOAF, RDF, RDFS, SKOS
from rdflib.term import Node

from rtes_kg.formats import JSONLD, NTRIPLES, TURTLE
from rtes_kg.vocab import PREFIXES, compact_iri

# Plain URIRefs: a DefinedNamespace attribute is a slow lookup, and these sit in hot loops.
RDF_TYPE = RDF.type
DCT_DESCRIPTION = DCT.description

SCHEMA = PREFIXES["schema"]
RTES = PREFIXES["rtes"]
LABEL_PREDICATES = (SKOS.prefLabel, URIRef(SCHEMA + "name"), FOAF.name, RDFS.label, DCT.title)
NO_PAGE = ("graph/", "source/", "release/", "dataset", "catalog", "agent/", "sparql-service")
DATA_FORMATS = (TURTLE, JSONLD, NTRIPLES)  # each page's data files, in the order the page links them

# Labels of the standard terms the data uses; our own terms take theirs from ontology/.
STANDARD_LABELS = {
    str(RDF_TYPE): "type", str(SKOS.prefLabel): "nom", str(SKOS.altLabel): "autre nom",
    str(SKOS.inScheme): "dans le schéma", str(SKOS.definition): "définition",
    SCHEMA + "name": "nom (schema.org)", SCHEMA + "value": "valeur", SCHEMA + "currency": "devise",
    SCHEMA + "url": "lien", SCHEMA + "sameAs": "même que", SCHEMA + "unitText": "unité",
    str(FOAF.name): "nom", str(FOAF.homepage): "site web", str(FOAF.primaryTopic): "sujet",
    str(DCT.title): "titre", str(DCT_DESCRIPTION): "description", str(DCT.source): "source",
    str(DCT.modified): "mise à jour",
    PREFIXES["org"] + "classification": "type de collectivité",
    PREFIXES["org"] + "memberOf": "membre de", PREFIXES["org"] + "hasMembership": "adhésion",
    PREFIXES["org"] + "member": "membre", PREFIXES["org"] + "organization": "organisation",
    PREFIXES["org"] + "memberDuring": "période", PREFIXES["org"] + "hasPost": "poste",
    PREFIXES["org"] + "postIn": "poste au sein de", PREFIXES["org"] + "heldBy": "occupé par",
    PREFIXES["org"] + "hasUnit": "service", PREFIXES["org"] + "unitOf": "service de",
    PREFIXES["time"] + "hasBeginning": "début", PREFIXES["time"] + "inXSDgYear": "année",
    PREFIXES["locn"] + "address": "adresse", PREFIXES["locn"] + "thoroughfare": "voie",
    PREFIXES["locn"] + "poBox": "boîte postale", PREFIXES["locn"] + "postCode": "code postal",
    PREFIXES["locn"] + "postName": "commune", PREFIXES["locn"] + "fullAddress": "adresse complète",
    PREFIXES["locn"] + "addressArea": "zone", PREFIXES["locn"] + "adminUnitL1": "pays",
}


@dataclass(frozen=True)
class Value:
    text: str
    href: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Fact:
    label: str
    term: str  # the property as a CURIE, shown in small print
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Block:
    """A node of the page: the resource itself, or one of its fragments (``#adresse``)."""

    anchor: str
    title: str
    types: tuple[str, ...]
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Page:
    iri: str
    path: str  # "org/dijon-metropole"
    root: str  # "../../": from the page's folder to site/
    title: str
    kind: str
    blocks: tuple[Block, ...]
    incoming: tuple[Fact, ...]
    source: tuple[Fact, ...]
    data: tuple[tuple[str, str, str], ...]  # (file name, format name, media type)
    jsonld: str


class Labels:
    """The label of any IRI: from the data, the ontology, the standard table, else its tail."""

    def __init__(self, sources: Iterable[Iterable[tuple[Node, Node, Node]]]) -> None:
        self._labels: dict[str, tuple[int, str]] = {}
        ranks = {predicate: rank for rank, predicate in enumerate(LABEL_PREDICATES)}
        for triples in sources:
            for subject, predicate, label in triples:
                rank = ranks.get(predicate)
                if rank is None or not isinstance(label, Literal) or label.language not in (None, "fr"):
                    continue
                key = str(subject)
                if key not in self._labels or (rank, str(label)) < self._labels[key]:
                    self._labels[key] = (rank, str(label))

    def has(self, iri: str) -> bool:
        return iri in self._labels

    def __call__(self, iri: str) -> str:
        if iri in self._labels:
            return self._labels[iri][1]
        if iri in STANDARD_LABELS:
            return STANDARD_LABELS[iri]
        curie = compact_iri(iri)
        return curie if curie != iri else iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def entity_of(iri: str, base: str) -> str | None:
    """The page a node belongs to (its IRI without fragment), or None if it has no page."""
    if not iri.startswith(base):
        return None
    page = iri.partition("#")[0]
    rest = page[len(base):]
    if not rest or any(rest.startswith(prefix) for prefix in NO_PAGE):
        return None
    return page


def build_pages(triples: list[tuple[Node, Node, Node]], base: str, labels: Labels,
                sources: dict[str, tuple[Fact, ...]], licence: str,
                public_site: str) -> tuple[list[Page], dict[str, list]]:
    """Every resource page, and the triples of each page (for its data files).

    ``sources`` maps a page IRI to the facts of the fiche it comes from."""
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
                   sources.get(iri, ()), licence, public_site)
             for iri in sorted(own)]
    return pages, own


def _page(iri: str, triples: list, incoming: set[tuple[str, str]], base: str, labels: Labels,
          source: tuple[Fact, ...], licence: str, public_site: str) -> Page:
    path = iri[len(base):]
    root = "../" * (path.count("/") + 1)
    by_node: dict[str, list] = defaultdict(list)
    for subject, predicate, obj in triples:
        by_node[str(subject)].append((predicate, obj))
    blocks = tuple(_block(node, by_node[node], iri, base, root, labels)
                   for node in sorted(by_node, key=lambda n: (n != iri, n)))
    facts_in = defaultdict(list)
    for predicate, other in sorted(incoming):
        facts_in[predicate].append(Value(labels(other), _href(other, iri, base, root)))
    inbound = tuple(Fact(labels(p), compact_iri(p), tuple(sorted(v, key=lambda x: x.text)))
                    for p, v in sorted(facts_in.items(), key=lambda item: labels(item[0])))
    name = path.rsplit("/", 1)[-1]
    main = blocks[0] if blocks and not blocks[0].anchor else None
    title = labels(iri)
    return Page(
        iri=iri, path=path, root=root, title=title,
        kind=", ".join(main.types) if main else "",
        blocks=blocks, incoming=inbound,
        source=source,
        data=tuple((f"../{name}{fmt.suffix}", fmt.label, fmt.media_type) for fmt in DATA_FORMATS),
        jsonld=_schema_org(iri, title, by_node.get(iri, []), licence, public_site + path + "/"),
    )


def _block(node: str, facts: list, page: str, base: str, root: str, labels: Labels) -> Block:
    types = sorted(labels(str(o)) for p, o in facts if p == RDF_TYPE)
    grouped: dict[str, list[Value]] = defaultdict(list)
    for predicate, obj in facts:
        if predicate != RDF_TYPE:
            grouped[str(predicate)].append(_value(obj, page, base, root, labels))
    ordered = sorted(grouped.items(), key=lambda item: (labels(item[0]), item[0]))
    anchor = node.partition("#")[2]
    title = labels(node) if labels.has(node) or not anchor else anchor.replace("-", " ")
    return Block(anchor=anchor, title=title, types=tuple(types),
                 facts=tuple(Fact(labels(p), compact_iri(p),
                                  tuple(sorted(set(v), key=_value_order)))
                             for p, v in ordered))


def _value_order(value: Value) -> tuple:
    """French (or untagged) first, then by text: English labels follow their French twins."""
    return (value.lang not in (None, "fr"), value.text, value.lang or "", value.href or "")


def _value(obj: Node, page: str, base: str, root: str, labels: Labels) -> Value:
    if isinstance(obj, Literal):
        return Value(str(obj), lang=obj.language)
    iri = str(obj)
    return Value(labels(iri), _href(iri, page, base, root))


def _href(iri: str, page: str, base: str, root: str) -> str:
    """A link from ``page`` to ``iri``: an anchor, a page of the site, or the IRI itself."""
    target = entity_of(iri, base)
    if target is None:
        return iri
    fragment = iri.partition("#")[2]
    if target == page:
        return f"#{fragment}" if fragment else "#"
    return f"{root}{target[len(base):]}/" + (f"#{fragment}" if fragment else "")


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
