"""What changed between two releases: fiches, organisations, actions, budget lines and posts
added, removed and modified, with the old and new values of what was modified.

Fiches are compared as named graphs; an organisation or an action as the triples about it and the
nodes that belong to it (``…/org/dijon-metropole#adresse`` belongs to ``…/org/dijon-metropole``,
``…#budget-2023-…-montant`` to its budget line), a budget line or a post as its own triples. The
line a fact was read from (``rtes:ligneSource``) is left out: a line added at the top of a file
moves every fact below it, and that changes nothing.

A release of 10,000 fiches holds 1.6 million statements: two releases are compared through their
snapshots (``Snapshot``: a digest of each named graph and of each subject's statements, the types
and labels of the things compared), which the build cache keeps for the next release. Only the
things found modified have their statements read again, from the dumps, to say what changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import cast

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from rtes_kg.model import mint
from rtes_kg.publish.snapshot import (
    KINDS,
    LINE,
    Digest,
    Snapshot,
    file_lines,
    parsed_line,
)
from rtes_kg.vocab import compact_iri

EXCERPT_WORDS = 6  # words of context around a change in a long text
SHORT = 120  # characters: a value this long is shown whole


@dataclass(frozen=True)
class Edit:
    """One property of a modified thing: the values it lost and gained (``where`` is the node
    of the thing it is on, "" for the thing itself)."""

    where: str
    property: str
    old: tuple[str, ...]
    new: tuple[str, ...]

    def __str__(self) -> str:
        """``rtes:texteSource : « 6.1 M€ » → « 6.2 M€ »`` (``(rien)`` for no value)."""
        def values(texts: tuple[str, ...]) -> str:
            return ", ".join(f"« {text} »" for text in texts) or "(rien)"

        where = f"{self.where} " if self.where else ""
        return f"{where}{self.property} : {values(self.old)} → {values(self.new)}"


@dataclass(frozen=True)
class Modified:
    iri: str
    label: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Delta:
    """IRIs (with their labels) added, removed and modified, for one kind of thing."""

    added: tuple[tuple[str, str], ...]
    removed: tuple[tuple[str, str], ...]
    changed: tuple[Modified, ...]


@dataclass(frozen=True)
class Changes:
    previous_version: str | None  # None: no previous release, or one without a catalogue
    version: str
    deltas: tuple[tuple[str, str, Delta], ...]  # (name, label, delta) in the order of KINDS
    has_previous: bool = True

    @property
    def kinds(self) -> list[tuple[str, Delta]]:
        return [(label, delta) for _, label, delta in self.deltas]

    def of(self, name: str) -> Delta:
        return next(delta for kind, _, delta in self.deltas if kind == name)


Triple = tuple[str, str, "ox.NamedNode | ox.Literal"]
def compare(previous: Snapshot | None, current: Snapshot, version: str,
            previous_version: str | None, reference_graph: str) -> Changes:
    """Compare two releases' snapshots (``previous`` None for a first release)."""
    old, new = previous or Snapshot(), current
    labels = {**old.labels, **new.labels}
    found = []
    for name, label, rdf_type, fragments in KINDS:
        if rdf_type is None:
            before = {g: digest for g, digest in old.graphs.items() if g != reference_graph}
            after = {g: digest for g, digest in new.graphs.items() if g != reference_graph}
        else:
            before, after = _digests(old, rdf_type, fragments), _digests(new, rdf_type, fragments)
        changed = sorted(iri for iri in after.keys() & before.keys() if after[iri] != before[iri])
        found.append((name, label, rdf_type, fragments, before, after, changed))
    wanted = {iri for _, _, rdf_type, _, _, _, changed in found if rdf_type is not None for iri in changed}
    old_triples, new_triples = _statements(old, wanted), _statements(new, wanted)
    deltas = []
    for name, label, rdf_type, fragments, before, after, changed in found:
        if rdf_type is None:
            edits: dict[str, tuple[Edit, ...]] = {iri: () for iri in changed}
        else:
            lost = _owned(old, old_triples, rdf_type, fragments)
            gained = _owned(new, new_triples, rdf_type, fragments)
            edits = {iri: _edits(iri, lost.get(iri, set()), gained.get(iri, set())) for iri in changed}
        deltas.append((name, label, _delta(before, after, labels, edits)))
    return Changes(previous_version=previous_version if previous is not None else None,
                   version=version, deltas=tuple(deltas), has_previous=previous is not None)


def _digests(snapshot: Snapshot, rdf_type: str, fragments: bool) -> dict[str, Digest]:
    """The digest of each thing of a kind: of its own statements and those of the nodes that
    belong to it, but not those of a thing of another kind inside it (a budget line is not its
    member's)."""
    known = getattr(snapshot, "kinds", None)  # a snapshot pickled before kinds were kept has none
    if known is not None and (rdf_type, fragments) in known:
        return known[rdf_type, fragments]
    things = snapshot.things(rdf_type, fragments)
    inner = _inner(snapshot)
    digests = {thing: Digest() for thing in things}
    for subject, digest in snapshot.subjects.items():
        owner = _owner(subject, things, inner)
        if owner is not None:
            digests[owner].merge(digest)
    if known is not None:
        known[rdf_type, fragments] = digests
    return digests


def _inner(snapshot: Snapshot) -> set[str]:
    return {s for _, _, kind, is_fragment in KINDS if kind and is_fragment for s in snapshot.things(kind, True)}


def _statements(snapshot: Snapshot, wanted: set[str]) -> dict[str, set[Triple]]:
    """The statements of the subjects that belong to a thing of ``wanted``, read from the dumps."""
    found: dict[str, set[Triple]] = defaultdict(set)
    if not wanted or snapshot.lines is None:
        return found
    documents = {iri.partition("#")[0] for iri in wanted}
    subjects = tuple(f"<{document}{end}" for document in documents for end in (">", "#"))
    for line in file_lines(snapshot.lines):
        if not line.startswith(subjects):
            continue  # a thing and what belongs to it share its document
        quad = parsed_line(line)
        if isinstance(quad.subject, ox.NamedNode) and quad.predicate.value != LINE:
            found[quad.subject.value].add((quad.subject.value, quad.predicate.value,
                                           cast("ox.NamedNode | ox.Literal", quad.object)))  # no blank nodes
    return found


def _owned(snapshot: Snapshot, statements: dict[str, set[Triple]], rdf_type: str,
           fragments: bool) -> dict[str, set[Triple]]:
    """The statements read (``_statements``) by the thing of a kind they belong to."""
    things, inner = snapshot.things(rdf_type, fragments), _inner(snapshot)
    owned: dict[str, set[Triple]] = defaultdict(set)
    for subject, triples in statements.items():
        owner = _owner(subject, things, inner)
        if owner is not None:
            owned[owner].update(triples)
    return owned


def _owner(subject: str, things: set[str], inner: set[str]) -> str | None:
    """The thing a node belongs to: itself, the longest thing it was minted inside, or none when
    a nearer owner is a thing of another kind."""
    if subject in things:
        return subject
    if subject in inner:
        return None
    document, _, fragment = subject.partition("#")
    parts = fragment.split("-") if fragment else []
    for size in range(len(parts), 0, -1):
        candidate = f"{document}#{'-'.join(parts[:size])}"
        if candidate != subject and mint.belongs_to(subject, candidate):
            if candidate in things:
                return candidate
            if candidate in inner:
                return None
    return document if fragment and document in things else None


def _delta(old: dict[str, Digest], new: dict[str, Digest], labels: dict[str, str],
           edits: dict[str, tuple[Edit, ...]]) -> Delta:
    def named(iris) -> tuple[tuple[str, str], ...]:
        return tuple((iri, _label(iri, labels)) for iri in sorted(iris))

    changed = tuple(Modified(iri, _label(iri, labels), found) for iri, found in sorted(edits.items()))
    return Delta(added=named(new.keys() - old.keys()), removed=named(old.keys() - new.keys()),
                 changed=changed)


def _edits(thing: str, old: set[Triple], new: set[Triple]) -> tuple[Edit, ...]:
    lost, gained = defaultdict(list), defaultdict(list)
    for subject, predicate, value in old - new:
        lost[(subject, predicate)].append(value)
    for subject, predicate, value in new - old:
        gained[(subject, predicate)].append(value)
    edits = []
    for key in sorted(lost.keys() | gained.keys()):
        subject, predicate = key
        before = sorted(_shown(v) for v in lost.get(key, ()))
        after = sorted(_shown(v) for v in gained.get(key, ()))
        if len(before) == 1 and len(after) == 1:
            before, after = [_excerpt(before[0], after[0])], [_excerpt(after[0], before[0])]
        edits.append(Edit(subject[len(thing):], compact_iri(predicate), tuple(before), tuple(after)))
    return tuple(edits)


def _shown(term: ox.NamedNode | ox.Literal) -> str:
    return compact_iri(term.value) if isinstance(term, ox.NamedNode) else term.value


def _excerpt(text: str, other: str) -> str:
    """A long text cut to the words that differ from ``other``, with a few words around them."""
    if len(text) <= SHORT:
        return text
    words, others = text.split(), other.split()
    matcher = SequenceMatcher(None, words, others, autojunk=False)
    changed = [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]
    if not changed:
        return text[:SHORT] + "…"
    start = max(0, changed[0][0] - EXCERPT_WORDS)
    end = min(len(words), max(changed[-1][1], changed[0][0] + 1) + EXCERPT_WORDS)
    return ("…" if start else "") + " ".join(words[start:end]) + ("…" if end < len(words) else "")


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
    if changes.previous_version and changes.previous_version != changes.version:  # (a rebuild of the same
        # data on the same day is that release again, no revision of itself)
        previous = mint.release_iri(changes.previous_version, base)
        graph.add((release, PROV.wasRevisionOf, previous))
        graph.add((previous, RDF.type, PROV.Entity))  # described here too: its IRI must answer
        graph.add((previous, RDFS.label, Literal(f"Version {changes.previous_version}", lang="fr")))
    for name, _, delta in changes.deltas:
        for part, label, members in (("ajouts", "ajouts", delta.added),
                                     ("suppressions", "suppressions", delta.removed),
                                     ("modifications", "modifications",
                                      tuple((m.iri, m.label) for m in delta.changed))):
            collection = mint.release_part_iri(changes.version, f"{name}-{part}", base)
            graph.add((collection, RDF.type, PROV.Collection))
            graph.add((collection, RDFS.label, Literal(f"{name} : {label}", lang="fr")))
            graph.add((release, PROV.hadMember, collection))
            for iri, _ in members:
                graph.add((collection, PROV.hadMember, URIRef(iri)))
    return graph
