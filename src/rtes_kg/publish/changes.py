"""What changed between two releases: fiches, organisations and actions added, removed and changed.

Fiches are compared as named graphs; an organisation or an action as the set of triples about it
and its fragments (``…/org/dijon-metropole#adresse`` belongs to ``…/org/dijon-metropole``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from rtes_kg.model import mint
from rtes_kg.vocab import PREFIXES

ORGANIZATION = PREFIXES["org"] + "Organization"
ACTION = PREFIXES["rtes"] + "ActionESS"
PREF_LABEL = PREFIXES["skos"] + "prefLabel"
KINDS = (("fiches", "fiches"), ("organisations", "organisations"), ("actions", "actions"))


@dataclass(frozen=True)
class Delta:
    """IRIs (with their labels) added, removed and changed, for one kind of thing."""

    added: tuple[tuple[str, str], ...]
    removed: tuple[tuple[str, str], ...]
    changed: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Changes:
    previous_version: str | None  # None: no previous release, or one without a catalogue
    version: str
    fiches: Delta
    organisations: Delta
    actions: Delta
    has_previous: bool = True

    @property
    def kinds(self) -> list[tuple[str, Delta]]:
        return [(label, getattr(self, name)) for name, label in KINDS]


class Snapshot:
    """A release's quads as the comparison needs them: for each named graph and each entity, a
    digest of its set of statements, which IRIs are organisations and actions, and their labels
    (so that two releases compare without holding 1.6 million quads twice, and a release's
    snapshot can be kept for the next one)."""

    def __init__(self) -> None:
        self.graphs: dict[str, Digest] = defaultdict(Digest)
        self.entities: dict[str, Digest] = defaultdict(Digest)
        self.typed: dict[str, set[str]] = {ORGANIZATION: set(), ACTION: set()}
        self.labels: dict[str, str] = {}

    @classmethod
    def of_lines(cls, lines: Iterable[str]) -> Snapshot:
        """From N-Quads lines as pyoxigraph writes them (``publish.dumps.key_lines``), in order."""
        snapshot = cls()
        for line in lines:
            statement, graph = line.rstrip("\n")[:-2].rsplit(" ", 1)
            snapshot._add(statement, graph, line)
        return snapshot

    @classmethod
    def of_file(cls, nquads: Path) -> Snapshot:
        snapshot = cls()
        for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
            statement = f"{quad.subject} {quad.predicate} {quad.object}"
            snapshot._add(statement, str(quad.graph_name), f"{statement} {quad.graph_name} .\n")
        return snapshot

    def _add(self, statement: str, graph: str, line: str) -> None:
        if graph.startswith("<"):
            self.graphs[graph[1:-1]].add(statement)
        subject, predicate, obj = statement.split(" ", 2)
        if not subject.startswith("<"):
            return
        subject = subject[1:-1]
        self.entities[subject.partition("#")[0]].add(statement)
        if predicate == TYPE_TERM:
            if obj[1:-1] in self.typed and "#" not in subject:
                self.typed[obj[1:-1]].add(subject)
        elif predicate == LABEL_TERM and subject not in self.labels:
            self.labels[subject] = next(ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)).object.value

    def of_type(self, rdf_type: str) -> set[str]:
        return self.typed[rdf_type]


class Digest:
    """A digest of a set of lines that does not depend on their order: the sum and the xor of
    their 64-bit BLAKE2 hashes (each line once: a dump holds a statement once in a graph), and
    their count. Stable across processes, so that a snapshot can be kept."""

    __slots__ = ("total", "mixed", "count")

    def __init__(self) -> None:
        self.total = 0
        self.mixed = 0
        self.count = 0

    def add(self, line: str) -> None:
        value = int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "big")
        self.total += value
        self.mixed ^= value
        self.count += 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Digest) and (self.total, self.mixed, self.count) == (
            other.total, other.mixed, other.count)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[int, int, int]:
        return self.total, self.mixed, self.count

    def __setstate__(self, state: tuple[int, int, int]) -> None:
        self.total, self.mixed, self.count = state


RDF_TYPE = str(RDF.type)
TYPE_TERM = f"<{RDF_TYPE}>"
LABEL_TERM = f"<{PREF_LABEL}>"


def compare(previous: Snapshot | None, current: Snapshot, version: str,
            previous_version: str | None, reference_graph: str) -> Changes:
    """Compare two releases' snapshots (``previous`` None for a first release)."""
    old, new = previous or Snapshot(), current
    fiches_old = {g: old.graphs[g] for g in old.graphs if g != reference_graph}
    fiches_new = {g: new.graphs[g] for g in new.graphs if g != reference_graph}
    labels = {**old.labels, **new.labels}
    return Changes(
        previous_version=previous_version if previous is not None else None,
        version=version,
        fiches=_delta(fiches_old, fiches_new, labels),
        organisations=_delta(_entities(old, ORGANIZATION), _entities(new, ORGANIZATION), labels),
        actions=_delta(_entities(old, ACTION), _entities(new, ACTION), labels),
        has_previous=previous is not None,
    )


def _entities(snapshot: Snapshot, rdf_type: str) -> dict[str, Digest]:
    return {iri: snapshot.entities[iri] for iri in snapshot.of_type(rdf_type)}


def _delta(old: dict[str, Digest], new: dict[str, Digest], labels: dict[str, str]) -> Delta:
    def named(iris) -> tuple[tuple[str, str], ...]:
        return tuple((iri, _label(iri, labels)) for iri in sorted(iris))

    return Delta(added=named(new.keys() - old.keys()), removed=named(old.keys() - new.keys()),
                 changed=named(k for k in new.keys() & old.keys() if new[k] != old[k]))


def _label(iri: str, labels: dict[str, str]) -> str:
    """Its label; a fiche's named graph takes the label of the organisation it describes."""
    return (labels.get(iri) or labels.get(iri.replace("/graph/", "/org/"))
            or iri.rstrip("/").rsplit("/", 1)[-1])


def changes_graph(changes: Changes, base: str) -> Graph:
    """The changes as PROV collections: ``{release}#{kind}-{ajouts|suppressions|modifications}``."""
    graph = Graph()
    release = mint.release_iri(changes.version, base)
    graph.add((release, RDF.type, PROV.Entity))
    graph.add((release, RDFS.label, Literal(f"Version {changes.version}", lang="fr")))
    if changes.previous_version:
        graph.add((release, PROV.wasRevisionOf, mint.release_iri(changes.previous_version, base)))
    for name, delta in changes.kinds:
        for part, label, members in (("ajouts", "ajoutées", delta.added),
                                     ("suppressions", "supprimées", delta.removed),
                                     ("modifications", "modifiées", delta.changed)):
            collection = mint.release_part_iri(changes.version, f"{name}-{part}", base)
            graph.add((collection, RDF.type, PROV.Collection))
            graph.add((collection, RDFS.label, Literal(f"{name} {label}", lang="fr")))
            graph.add((release, PROV.hadMember, collection))
            for iri, _ in members:
                graph.add((collection, PROV.hadMember, URIRef(iri)))
    return graph
