"""What changed between two releases: fiches, organisations and actions added, removed and changed.

Fiches are compared as named graphs; an organisation or an action as the set of triples about it
and its fragments (``…/org/dijon-metropole#adresse`` belongs to ``…/org/dijon-metropole``).
"""

from __future__ import annotations

from collections import defaultdict
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


class _Snapshot:
    """A release's quads, read as a stream: for each named graph and each entity, a digest of its
    set of statements (so two releases compare without holding 1.6 million quads twice)."""

    def __init__(self, nquads: Path | None) -> None:
        self.graphs: dict[str, _Digest] = defaultdict(_Digest)
        self.entities: dict[str, _Digest] = defaultdict(_Digest)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, str] = {}
        if nquads is None:
            return
        for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
            line = f"{quad.subject} {quad.predicate} {quad.object}"
            if isinstance(quad.graph_name, ox.NamedNode):
                self.graphs[quad.graph_name.value].add(line)
            if not isinstance(quad.subject, ox.NamedNode):
                continue
            subject = quad.subject.value
            self.entities[subject.partition("#")[0]].add(line)
            if quad.predicate.value == RDF_TYPE:
                self.types[subject].add(quad.object.value)
            elif quad.predicate.value == PREF_LABEL and subject not in self.labels:
                self.labels[subject] = quad.object.value

    def of_type(self, rdf_type: str) -> set[str]:
        return {s for s, types in self.types.items() if rdf_type in types and "#" not in s}


class _Digest:
    """A digest of a set of lines that does not depend on their order: the sum and the xor of
    their hashes (each line once: a dump holds a statement once in a graph), and their count.
    Compared within one process only, so Python's own string hash serves."""

    __slots__ = ("total", "mixed", "count")

    def __init__(self) -> None:
        self.total = 0
        self.mixed = 0
        self.count = 0

    def add(self, line: str) -> None:
        value = hash(line) & 0xFFFFFFFFFFFFFFFF
        self.total += value
        self.mixed ^= value
        self.count += 1

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Digest) and (self.total, self.mixed, self.count) == (
            other.total, other.mixed, other.count)

    __hash__ = None  # type: ignore[assignment]


RDF_TYPE = str(RDF.type)


def compare(previous: Path | None, current: Path, version: str,
            previous_version: str | None, reference_graph: str) -> Changes:
    """Compare two N-Quads dumps (``previous`` None for a first release)."""
    old, new = _Snapshot(previous), _Snapshot(current)
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


def _entities(snapshot: _Snapshot, rdf_type: str) -> dict[str, _Digest]:
    return {iri: snapshot.entities[iri] for iri in snapshot.of_type(rdf_type)}


def _delta(old: dict[str, _Digest], new: dict[str, _Digest], labels: dict[str, str]) -> Delta:
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
