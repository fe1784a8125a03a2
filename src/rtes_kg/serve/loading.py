"""Finds a release's dump in dist/ and loads it, with the vocabulary, into read-only Oxigraph stores."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from rtes_kg.errors import InputError, UsageError
from rtes_kg.model.ledger import FILE_NAME as LEDGER_FILE
from rtes_kg.model.ledger import Entry, Ledger
from rtes_kg.project import DEFAULT_BASE_IRI, ontology_dir, shapes_dir, turtle_files
from rtes_kg.sparql.store import load_store

# The union dump, best first: the quad dumps keep the named graphs that FROM / GRAPH can name.
DUMP_NAMES = ("rtes.nq", "rtes.nq.gz", "rtes.trig", "rtes.trig.gz", "rtes.ttl", "rtes.ttl.gz",
              "rtes.nt", "rtes.nt.gz")
ONTOLOGY_IRI = f"{DEFAULT_BASE_IRI}ontology"
SHAPES_IRI = f"{DEFAULT_BASE_IRI}shapes"
# The release's own description: the dataset, catalogue, distributions, releases, software and
# source files are IRIs of the release too, and answer like the data's.
DESCRIPTIONS = ("catalog.ttl", "void.ttl", "provenance.ttl", "changes.ttl")


def find_dump(dist: Path) -> Path:
    for name in DUMP_NAMES:
        if (dist / name).is_file():
            return dist / name
    raise InputError("aucun dump dans ce dossier", str(dist),
                     hint=f"lancez d’abord `rtes-kg build` (attendu : {', '.join(DUMP_NAMES[::2])})")


@dataclass(frozen=True)
class Release:
    """What `serve` answers from: the dump, a store with the dump and the vocabulary for
    descriptions, and every document IRI (an IRI without its #fragment) with its subjects."""

    dist: Path
    dump: Path
    base: str
    store: ox.Store
    documents: dict[str, tuple[str, ...]]
    graphs: frozenset[str]  # the named graphs of the dump, the only ones FROM may name
    last_modified: float
    retired: dict[str, tuple[str, Entry]] = field(default_factory=dict)  # path → what it was (410)

    def subjects(self, document: str) -> tuple[str, ...]:
        return self.documents.get(document, ())


def load_release(dist: Path, base: str) -> Release:
    dist = dist.resolve()
    if not dist.is_dir():
        raise InputError("dossier de release introuvable", str(dist), hint="donnez --dist DOSSIER")
    dump = find_dump(dist)
    store = load_store(dump)
    graphs = frozenset(graph.value for graph in store.named_graphs() if isinstance(graph, ox.NamedNode))
    for iri, folder, shipped in ((ONTOLOGY_IRI, ontology_dir(), "ontology.ttl"),
                                 (SHAPES_IRI, shapes_dir(), "shapes.ttl")):
        # the release's copy (stamped with its version) when it has one, else the installed one
        paths = [dist / shipped] if (dist / shipped).is_file() else turtle_files(folder)
        for path in paths:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(iri))
    for name in DESCRIPTIONS:
        if (dist / name).is_file():
            store.bulk_load(path=str(dist / name), format=ox.RdfFormat.TURTLE)
    documents = index_documents(store)
    if not any(iri.startswith(base) for iri in documents if not iri.startswith(_VOCABULARY)):
        raise UsageError(f"aucune ressource sous {base} dans {dump}",
                         hint="donnez le même --base-iri qu’au build")
    ledger = dist / LEDGER_FILE
    retired = (Ledger.parse(ledger.read_text(encoding="utf-8"), str(ledger)).retired_documents()
               if ledger.is_file() else {})
    return Release(dist, dump, base, store, documents, graphs, dump.stat().st_mtime, retired)


_VOCABULARY = (ONTOLOGY_IRI, SHAPES_IRI, f"{DEFAULT_BASE_IRI}concept/")


def index_documents(store: ox.Store) -> dict[str, tuple[str, ...]]:
    """{document IRI: its subjects, sorted}: ``org/x`` describes ``org/x`` and ``org/x#adresse``."""
    index: dict[str, set[str]] = defaultdict(set)
    for quad in store.quads_for_pattern(None, None, None, None):
        subject = quad.subject
        if isinstance(subject, ox.NamedNode):
            index[subject.value.partition("#")[0]].add(subject.value)
    return {document: tuple(sorted(subjects, key=lambda iri: (iri != document, iri)))
            for document, subjects in index.items()}
