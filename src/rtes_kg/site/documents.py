"""The pages of the release's own documents that are not resources of the data: each named graph
(its triples as data files), the ontology and the shapes (their data files beside the pages of
site/docs.py), and a tombstone for each IRI no longer published (the identifier ledger).

Every IRI of the release then has a page at the path of its IRI (docs/publishing.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib.term import Node

from rtes_kg.model.convert import from_oxigraph
from rtes_kg.model.ledger import MEMBER, Entry, Ledger
from rtes_kg.publish.dumps import sort_triples, write_sorted
from rtes_kg.site.pages import DATA_FORMATS
from rtes_kg.site.resource import Labels, Links, Value, entity_of

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class GraphPage:
    iri: str
    title: str
    path: str
    root: str
    triples: int
    documents: tuple[Value, ...]  # what the graph describes, linked to their pages
    data: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Tombstone:
    iri: str
    path: str
    root: str
    what: str  # "l’action", "la collectivité membre"…
    text: str  # what it was last: the action's text, the name
    member: Value | None  # the member whose fiche had it, linked when still published
    first: str
    last: str


def parse(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> list[Triple]:
    """A file of the release as rdflib triples."""
    return [(from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
            for t in ox.parse(data, format=fmt)]


def data_files(path: str, triples: Iterable[Triple]) -> dict[str, bytes]:
    """``site/{path}.ttl`` and the other syntaxes: what the IRI gives an RDF client."""
    return sorted_data_files(path, sort_triples(triples))


def sorted_data_files(path: str, ordered: list[ox.Triple]) -> dict[str, bytes]:
    """``data_files`` of triples already sorted by ``publish.dumps.sort_triples``."""
    return {name: write_sorted(ordered, fmt.name) for name, fmt in zip(data_names(path), DATA_FORMATS)}


def data_names(path: str) -> tuple[str, ...]:
    """The names under dist/ of the data files of the page at ``path``."""
    return tuple(f"site/{path}{fmt.suffix}" for fmt in DATA_FORMATS)


def data_links(path: str) -> tuple[tuple[str, str, str], ...]:
    name = path.rsplit("/", 1)[-1]
    return tuple((f"../{name}{fmt.suffix}", fmt.label, fmt.media_type) for fmt in DATA_FORMATS)


def root_of(path: str) -> str:
    return "../" * (path.count("/") + 1)


def graph_pages(graphs: Iterable[tuple[str, tuple[Triple, ...]]], base: str, labels: Labels,
                known: frozenset[str], documents_of: Mapping[str, Iterable[str]] | None = None
                ) -> list[tuple[GraphPage, tuple[Triple, ...]]]:
    """A page per named graph under the base, with the triples its data files hold.
    ``documents_of``: the pages each graph gives triples to, when they are known already
    (``inputs.PageIndex.documents``)."""
    pages = []
    for iri, triples in graphs:
        if not iri.startswith(base):
            continue
        path = iri[len(base):]
        root = root_of(path)
        links = Links((base,), root, folders=True, known=known)
        documents = sorted(documents_of.get(iri, ()) if documents_of is not None else
                           {page for s, _, _ in triples if (page := entity_of(str(s), base)) is not None})
        values = tuple(Value(labels(page), links.href(page)) for page in documents)
        title = f"Graphe nommé : {labels(iri.replace('/graph/', '/org/'))}" if "/graph/" in iri else iri
        pages.append((GraphPage(iri, title, path, root, len(triples), values, data_links(path)), triples))
    return pages


def tombstones(ledger: Ledger, base: str, known: frozenset[str]) -> list[Tombstone]:
    """A page for each document the ledger says is no longer published (it answers 410 on
    `serve`), saying what it was and linking to its member."""
    members = {entry.member: entry for entry in ledger.entries if entry.kind == MEMBER}
    stones = []
    for path, (what, entry) in sorted(ledger.retired_documents().items()):
        root = root_of(path)
        links = Links((base,), root, folders=True, known=known)
        member = _member(entry, members, base, links)
        stones.append(Tombstone(base + path, path, root, what, entry.content, member, entry.first, entry.last))
    return stones


def _member(entry: Entry, members: dict[str, Entry], base: str, links: Links) -> Value | None:
    if entry.kind == MEMBER or entry.member not in members:
        return None
    iri = base + members[entry.member].iri
    name = members[entry.member].content.split(" · SIREN ")[0]
    return Value(name, links.href(iri) if members[entry.member].live else None)
