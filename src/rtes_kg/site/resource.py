"""One resource's triples as a page context: labels resolved, links made, facts sorted. The static
site (site/pages.py) and `serve` (serve/pages.py) both describe a resource with it, from rdflib
terms; templates never see the graph (STYLE.md point 8).

A resource is an IRI under the base without a fragment; the nodes ``{iri}#…`` belong to its page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import FOAF, RDF, RDFS, SKOS
from rdflib.term import Node

from rtes_kg.escaping import html_text
from rtes_kg.vocab import PREFIXES, compact_iri

# Plain URIRefs: a DefinedNamespace attribute is a slow lookup, and these sit in hot loops.
RDF_TYPE = RDF.type

SCHEMA = PREFIXES["schema"]
# Best first: a node's label is its French (or untagged) value of the first of these it has.
LABEL_PREDICATES = (SKOS.prefLabel, URIRef(SCHEMA + "name"), FOAF.name, RDFS.label, DCT.title)
_RANKS: dict[Node, int] = {predicate: rank for rank, predicate in enumerate(LABEL_PREDICATES)}
LABELLING = frozenset(LABEL_PREDICATES)  # for "in": a tuple compares with each (rdflib's __eq__, 700,000 calls a site)
# Every IRI under the base is a document with a page (docs/publishing.md, "Every IRI answers"),
# whatever describes it: the data, the catalogue, VoID, provenance, changes, the ledger.

# The links a page does not list among those into it: a release's lists of what it added, removed
# or modified (prov:hadMember, publish/changes.py) say nothing of what they list, and would change
# every page at each release (a first release lists every resource as added). The release's page
# lists them; a page changes when what describes it changes.
UNLISTED_INBOUND = frozenset({PREFIXES["prov"] + "hadMember"})

# Labels of the standard terms the data uses; our own terms take theirs from ontology/.
STANDARD_LABELS = {
    str(RDF_TYPE): "type", str(SKOS.prefLabel): "nom", str(SKOS.altLabel): "autre nom",
    str(SKOS.inScheme): "dans le schéma", str(SKOS.definition): "définition",
    SCHEMA + "name": "nom (schema.org)", SCHEMA + "value": "valeur", SCHEMA + "currency": "devise",
    SCHEMA + "url": "lien", SCHEMA + "sameAs": "même que", SCHEMA + "unitText": "unité",
    str(FOAF.name): "nom", str(FOAF.homepage): "site web", str(FOAF.primaryTopic): "sujet",
    str(DCT.title): "titre", str(DCT.description): "description", str(DCT.source): "source",
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


# The only schemes a link built from data may have: an IRI of the data is not trusted to be a
# harmless address ("javascript:…" in a query result would run on the endpoint's origin).
LINKABLE = re.compile(r"https?://", re.IGNORECASE)


@dataclass(frozen=True)
class Value:
    """A value on a page: a link, a text in a language, or a text."""

    text: str
    href: str | None = None
    lang: str | None = None

    def __html__(self) -> str:
        """The value in HTML, so that a template shows it with ``{{ value }}`` (markupsafe's
        protocol): each part as Jinja shows a text. A macro took five times as long, and a page
        shows dozens of values."""
        text = html_text(self.text)
        if self.href:
            return f'<a href="{html_text(self.href)}">{text}</a>'
        if self.lang:
            return f'<span lang="{html_text(self.lang)}">{text}</span>'
        return text


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
class Resource:
    """What the page of a resource shows, on the site and on `serve`."""

    iri: str
    title: str
    kind: str
    blocks: tuple[Block, ...]
    incoming: tuple[Fact, ...]
    data: tuple[tuple[str, str, str], ...]  # (href, format name, media type)


class Labels:
    """The label of any IRI: from the given triples (the data, the ontology), the standard table,
    else its tail."""

    def __init__(self, sources: Iterable[Iterable[tuple[Node, Node, Node]]]) -> None:
        self._labels: dict[str, tuple[int, str]] = {}
        for triples in sources:
            self.add(triples)

    def add(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        """Take the labels among ``triples``: a better-ranked predicate wins, then the first text."""
        for subject, predicate, label in triples:
            rank = _RANKS.get(predicate)
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
    return page if page[len(base):] else None


@dataclass(frozen=True)
class Links:
    """Where the links of a page go: to the page of a node under one of ``bases``, at ``root`` +
    its path (+ "/" where pages are folders, as on the static site); to an anchor within the page;
    anywhere else to the IRI itself."""

    bases: tuple[str, ...]
    root: str  # from the page to the top: "../../" on the site, "/" on serve
    folders: bool
    known: Container[str] | None = None  # the pages that exist (the site's); None: any (serve)

    def page_of(self, iri: str) -> str | None:
        found = self._found(iri)
        return found[1] if found else None

    def location(self, page: str) -> str:
        """The address of a page (an IRI under one of the bases, without fragment)."""
        base = next(base for base in self.bases if page.startswith(base))
        return self._address(base, page)

    def href(self, iri: str, page: str | None = None) -> str | None:
        """A link from ``page`` to ``iri``: an anchor, a page, or the IRI itself when it is an
        http(s) address; None for any other scheme (``javascript:``, ``data:``…), never a link."""
        found = self._found(iri)
        if found is None:
            return iri if LINKABLE.match(iri) else None
        fragment = iri.partition("#")[2]
        if found[1] == page:
            return f"#{fragment}" if fragment else "#"
        return self._address(*found) + (f"#{fragment}" if fragment else "")

    def _found(self, iri: str) -> tuple[str, str] | None:
        """(base, page) of a node that has a page."""
        for base in self.bases:
            page = entity_of(iri, base)
            if page is not None and (self.known is None or page in self.known) \
                    and not page[len(base):].startswith(("/", "\\")):  # "{base}/evil.example": "//evil.example"
                return base, page
        return None

    def _address(self, base: str, page: str) -> str:
        return self.root + page[len(base):] + ("/" if self.folders else "")


def describe(iri: str, triples: Iterable[tuple[Node, Node, Node]], incoming: Iterable[tuple[str, str]],
             labels: Labels, links: Links, data: tuple[tuple[str, str, str], ...]) -> Resource:
    """The page of ``iri`` from the triples of its nodes (itself and its fragments) and the
    (predicate, page) of the links to it from other pages."""
    by_node: dict[str, list] = defaultdict(list)
    for subject, predicate, obj in triples:
        by_node[str(subject)].append((predicate, obj))
    blocks = tuple(_block(node, by_node[node], iri, labels, links)
                   for node in sorted(by_node, key=lambda n: (n != iri, n)))
    facts_in = defaultdict(list)
    for predicate_iri, other in sorted(incoming):
        facts_in[predicate_iri].append(Value(labels(other), links.href(other, iri)))
    inbound = tuple(Fact(labels(p), compact_iri(p), tuple(sorted(v, key=lambda x: x.text)))
                    for p, v in sorted(facts_in.items(), key=lambda item: labels(item[0])))
    main = blocks[0] if blocks and not blocks[0].anchor else None
    return Resource(iri=iri, title=labels(iri), kind=", ".join(main.types) if main else "",
                    blocks=blocks, incoming=inbound, data=data)


def _block(node: str, facts: list, page: str, labels: Labels, links: Links) -> Block:
    types = sorted(labels(str(o)) for p, o in facts if p == RDF_TYPE)
    grouped: dict[str, list[Value]] = defaultdict(list)
    for predicate, obj in facts:
        if predicate != RDF_TYPE:
            grouped[str(predicate)].append(_value(obj, page, labels, links))
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


def _value(obj: Node, page: str, labels: Labels, links: Links) -> Value:
    if isinstance(obj, Literal):
        return Value(str(obj), lang=obj.language)
    if isinstance(obj, BNode):  # not in the published data; the shapes on `serve` have some
        return Value(f"_:{obj}")
    iri = str(obj)
    return Value(labels(iri), links.href(iri, page))
