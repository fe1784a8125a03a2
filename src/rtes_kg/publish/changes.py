"""What changed between two releases: fiches, organisations, actions, budget lines and posts
added, removed and modified, with the old and new values of what was modified.

Fiches are compared as named graphs; an organisation or an action as the triples about it and the
nodes that belong to it (``…/org/dijon-metropole#adresse`` belongs to ``…/org/dijon-metropole``,
``…#budget-2023-…-montant`` to its budget line), a budget line or a post as its own triples. The
line a fact was read from (``rtes:ligneSource``) is left out: a line added at the top of a file
moves every fact below it, and that changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from rtes_kg.model import mint
from rtes_kg.vocab import PREFIXES, compact_iri

RTES = PREFIXES["rtes"]
PREF_LABEL = PREFIXES["skos"] + "prefLabel"
SOURCE_TEXT = RTES + "texteSource"  # the label of a budget line: its amount as written
LINE = RTES + "ligneSource"
RDF_TYPE = str(RDF.type)
# (name, label, the type of its members, a fragment of a document or a document)
KINDS = (("fiches", "fiches", None, False),
         ("organisations", "organisations", PREFIXES["org"] + "Organization", False),
         ("actions", "actions", RTES + "ActionESS", False),
         ("lignes-budgetaires", "lignes budgétaires", RTES + "LigneBudgetaire", True),
         ("postes", "postes", PREFIXES["org"] + "Post", True))
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


class _Snapshot:
    """A release's quads, indexed by named graph and by the thing each triple is about."""

    def __init__(self, nquads: bytes | None) -> None:
        self.graphs: dict[str, set[Triple]] = defaultdict(set)
        self.types: dict[str, set[str]] = defaultdict(set)
        self.labels: dict[str, str] = {}
        self._names: dict[tuple[bool, str], str] = {}
        self.triples: list[Triple] = []
        if not nquads:
            return
        for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
            if not isinstance(quad.subject, ox.NamedNode) or quad.predicate.value == LINE:
                continue
            triple = (quad.subject.value, quad.predicate.value, quad.object)
            self.triples.append(triple)
            if isinstance(quad.graph_name, ox.NamedNode):
                self.graphs[quad.graph_name.value].add(triple)
            if triple[1] == RDF_TYPE:
                self.types[triple[0]].add(quad.object.value)
            elif triple[1] in (PREF_LABEL, SOURCE_TEXT):
                self._names.setdefault((triple[1] != PREF_LABEL, triple[0]), quad.object.value)
        for (_, subject), name in sorted(self._names.items(), reverse=True):
            self.labels[subject] = name  # a skos:prefLabel wins over a text as written

    def things(self, rdf_type: str, fragments: bool) -> set[str]:
        return {s for s, types in self.types.items() if rdf_type in types and ("#" in s) == fragments}


def compare(previous: bytes | None, current: bytes, version: str,
            previous_version: str | None, reference_graph: str) -> Changes:
    """Compare two N-Quads dumps (``previous`` None for a first release)."""
    old, new = _Snapshot(previous), _Snapshot(current)
    labels = {**old.labels, **new.labels}
    deltas = []
    for name, label, rdf_type, fragments in KINDS:
        if rdf_type is None:
            before = {g: triples for g, triples in old.graphs.items() if g != reference_graph}
            after = {g: triples for g, triples in new.graphs.items() if g != reference_graph}
            deltas.append((name, label, _delta(before, after, labels, details=False)))
        else:
            deltas.append((name, label, _delta(_about(old, rdf_type, fragments), _about(new, rdf_type, fragments),
                                               labels, details=True)))
    return Changes(previous_version=previous_version if previous is not None else None,
                   version=version, deltas=tuple(deltas), has_previous=previous is not None)


def _about(snapshot: _Snapshot, rdf_type: str, fragments: bool) -> dict[str, set[Triple]]:
    """The triples of each thing of a kind: its own and those of the nodes that belong to it,
    but not those of a thing of another kind inside it (a budget line is not its member's)."""
    things = snapshot.things(rdf_type, fragments)
    inner = {s for _, _, kind, is_fragment in KINDS if kind and is_fragment
             for s in snapshot.things(kind, True)}
    about: dict[str, set[Triple]] = {thing: set() for thing in things}
    for triple in snapshot.triples:
        owner = _owner(triple[0], things, inner)
        if owner is not None:
            about[owner].add(triple)
    return about


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


def _delta(old: dict[str, set[Triple]], new: dict[str, set[Triple]], labels: dict[str, str],
           details: bool) -> Delta:
    def named(iris) -> tuple[tuple[str, str], ...]:
        return tuple((iri, _label(iri, labels)) for iri in sorted(iris))

    changed = tuple(Modified(iri, _label(iri, labels), _edits(iri, old[iri], new[iri]) if details else ())
                    for iri in sorted(new.keys() & old.keys()) if new[iri] != old[iri])
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
    if changes.previous_version:
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
