"""A release as comparing it with the next one needs it (``Snapshot``): a digest of each named
graph (the fiches) and of each subject's statements, the types and labels of the things compared,
and where its statements can be read again. The build cache keeps each release's snapshot: a
release of 10,000 fiches holds 1.6 million statements, never compared line by line
(publish/changes.py)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from rdflib.namespace import RDF

from rtes_kg.vocab import PREFIXES

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
TYPES = {rdf_type for _, _, rdf_type, _ in KINDS if rdf_type is not None}
TYPE_TERM, LINE_TERM = f"<{RDF_TYPE}>", f"<{LINE}>"
NAME_TERMS = {f"<{PREF_LABEL}>": 0, f"<{SOURCE_TEXT}>": 1}  # a skos:prefLabel wins over a text as written


class Digest:
    """A digest of a set of lines that does not depend on their order: the sum and the xor of
    their 64-bit BLAKE2 hashes, and their count. Stable across processes, so that a snapshot can
    be kept; two digests add up to the digest of the union of two disjoint sets."""

    __slots__ = ("total", "mixed", "count")

    def __init__(self, total: int = 0, mixed: int = 0, count: int = 0) -> None:
        self.total, self.mixed, self.count = total, mixed, count

    def add(self, line: str) -> None:
        self.add_hash(self.hash_of(line))

    @staticmethod
    def hash_of(line: str) -> int:
        """What ``add`` adds of a line: a caller that adds a line to several digests hashes it once."""
        return int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "big")

    def add_hash(self, value: int) -> None:
        self.total += value
        self.mixed ^= value
        self.count += 1

    def text(self) -> str:
        """The digest as a string, to keep and compare (site/inputs.py)."""
        return f"{self.count}:{self.total:x}:{self.mixed:x}"

    def merge(self, other: Digest) -> None:
        self.total += other.total
        self.mixed ^= other.mixed
        self.count += other.count

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Digest) and (self.total, self.mixed, self.count) == (
            other.total, other.mixed, other.count)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[int, int, int]:
        return self.total, self.mixed, self.count

    def __setstate__(self, state: tuple[int, int, int]) -> None:
        self.total, self.mixed, self.count = state


class Snapshot:
    """What comparing a release needs of it: a digest of each named graph (the fiches), a digest
    of each subject's statements, the subjects of each compared type, the labels; ``lines`` is
    where its statements can be read again (N-Triples or N-Quads), for the details of a change."""

    def __init__(self) -> None:
        self.graphs: dict[str, Digest] = defaultdict(Digest)
        self.subjects: dict[str, Digest] = defaultdict(Digest)
        self.types: dict[str, set[str]] = {rdf_type: set() for rdf_type in TYPES}
        self.labels: dict[str, str] = {}
        self.lines: Path | None = None
        # (type, fragments) -> the digest of each thing of that kind (``_digests``), worked out when
        # the snapshot is first compared and kept with it: the next release compares with it again
        self.kinds: dict[tuple[str, bool], dict[str, Digest]] = {}

    def add_graph_lines(self, lines: Iterable[str]) -> None:
        """N-Quads lines (``publish.dumps.key_lines``): the named graphs' digests."""
        for line in lines:
            statement, graph = line.rstrip("\n")[:-2].rsplit(" ", 1)
            if graph.startswith("<") and statement.split(" ", 2)[1] != LINE_TERM:
                self.graphs[graph[1:-1]].add(statement)

    def add_statement_lines(self, lines: Iterable[str]) -> None:
        """N-Triples (or N-Quads) lines, each statement once: the subjects' digests, types, labels."""
        names: dict[str, tuple[int, str]] = {}
        for line in lines:
            subject, predicate, rest = line.split(" ", 2)
            if not subject.startswith("<") or predicate == LINE_TERM:
                continue
            statement = f"{subject} {predicate} {_object(rest)}"
            iri = subject[1:-1]
            self.subjects[iri].add(statement)
            if predicate == TYPE_TERM:
                found = self.types.get(rest.split(" ", 1)[0][1:-1])
                if found is not None:
                    found.add(iri)
            elif predicate in NAME_TERMS:
                rank = NAME_TERMS[predicate]
                if iri not in names or rank < names[iri][0]:
                    names[iri] = (rank, line)
        for iri, (_, line) in names.items():
            self.labels[iri] = cast(ox.Literal, parsed_line(line).object).value  # a label is a literal

    def merge(self, other: Snapshot) -> None:
        """Take in the snapshot of other graphs and other subjects (a dump's pieces: publish/pieces.py)."""
        self.kinds.clear()
        self.graphs.update(other.graphs)
        self.subjects.update(other.subjects)
        for rdf_type, found in other.types.items():
            self.types[rdf_type] |= found
        self.labels.update(other.labels)

    @classmethod
    def of_release(cls, nquads: Path) -> Snapshot:
        """A former release's snapshot, read from its dumps (rtes.nt beside rtes.nq when it is there)."""
        snapshot = cls()
        snapshot.add_graph_lines(_quad_lines(nquads))
        ntriples = nquads.with_name("rtes.nt")
        if ntriples.is_file():
            snapshot.add_statement_lines(file_lines(ntriples))
            snapshot.lines = ntriples
        else:
            snapshot.add_statement_lines(dict.fromkeys(_quad_lines(nquads, graphs=False)))  # each once
            snapshot.lines = nquads
        return snapshot

    def things(self, rdf_type: str, fragments: bool) -> set[str]:
        return {s for s in self.types[rdf_type] if ("#" in s) == fragments}


def _object(rest: str) -> str:
    """The object of an N-Triples line, from what follows its predicate."""
    return rest.rstrip("\n")[:-2]  # " ."


def parsed_line(line: str) -> ox.Quad:
    text = line if line.endswith("\n") else line + "\n"
    return next(iter(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)))


def file_lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as stream:
        yield from stream


def _quad_lines(path: Path, graphs: bool = True) -> Iterator[str]:
    """Its statements as pyoxigraph writes them: those of its named graphs with their graph
    names, or all of them as N-Triples (``graphs`` False)."""
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        if not graphs:
            yield f"{quad.subject} {quad.predicate} {quad.object} .\n"
        elif isinstance(quad.graph_name, ox.NamedNode):
            yield f"{quad.subject} {quad.predicate} {quad.object} {quad.graph_name} .\n"
