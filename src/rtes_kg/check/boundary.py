"""Which checks of a corpus can run fiche by fiche, and what the others need.

A core check of node ``x`` reads ``x``'s triples, the triples pointing at it through the plan's
``incoming`` predicates, and the triples of its neighbours two steps away (check/shapeplan.py).
Checked within one fiche ``f`` (plus the reference graph), ``x`` gives the same results as in the
union of all fiches when:

- ``x`` (and the IRI it is a fragment of) occurs in no other fiche as a subject, as a node with an
  origin, or as the object of an ``incoming`` predicate; else ``x`` is **contested**: it is checked
  once, in the boundary graph, which holds every fiche's triples about it (``boundary_lines``);
- every neighbour that another fiche describes is described in full, as far as a check reads it
  (its types and labels, the step of a path): the union of what every fiche says is added to
  ``f`` (its **complement**, usually empty: a curated organisation is described alike by every
  fiche that names it).

Nodes of the reference graph are checked in the boundary graph too, with the whole reference. Lines
are those of ``CheckedFiche.lines`` (one writer, so one triple, one line).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rtes_kg.check.checked import CheckedFiche


@dataclass(frozen=True)
class Partition:
    contested: frozenset[str]
    described: dict[str, list[int]]  # node -> the fiches (indices) that have it as a subject
    complements: tuple[tuple[str, ...], ...]  # per fiche: the lines to add to it, sorted
    boundary_lines: tuple[str, ...]  # sorted


def owner(node: str) -> str:
    return node.partition("#")[0]


def split(line: str) -> tuple[str, str, str]:
    """(subject, predicate, object) of a line of ``CheckedFiche.lines``, IRIs without brackets."""
    subject, predicate, obj = line.split(" ", 2)
    return subject.strip("<>"), predicate[1:-1], obj[1:-1] if obj.startswith("<") else obj


def partition(fiches: Sequence[CheckedFiche], reference_subjects: frozenset[str],
              incoming: frozenset[str], inverse: frozenset[str],
              neighbour: frozenset[str]) -> Partition:
    """``fiches`` in slug order; ``inverse``: the incoming predicates read by an inverse path;
    ``neighbour``: the predicates read of a neighbour (check/shapeplan.py)."""
    occurs: dict[str, list[int]] = defaultdict(list)
    described: dict[str, list[int]] = defaultdict(list)
    for index, fiche in enumerate(fiches):
        for node in fiche.summary.nodes:
            occurs[node].append(index)
        for node in fiche.summary.subjects:
            described[node].append(index)
    contested = _contested(occurs, reference_subjects)
    lines = _Lines(fiches)
    complements = tuple(_complement(index, fiche, described, lines, neighbour)
                        for index, fiche in enumerate(fiches))
    boundary = _boundary(fiches, contested, described, lines, incoming, inverse)
    return Partition(frozenset(contested), dict(described), complements, tuple(sorted(boundary)))


def _contested(occurs: dict[str, list[int]], reference_subjects: frozenset[str]) -> set[str]:
    contested = {node for node, where in occurs.items()
                 if len(set(where)) > 1 or node in reference_subjects}
    for node, where in occurs.items():
        root = owner(node)
        if root != node and (root in contested or set(where) | set(occurs.get(root, ())) != set(where)):
            contested.add(node)
    return contested


class _Lines:
    """Each fiche's lines by subject, read once per build and only for the fiches that need it."""

    def __init__(self, fiches: Sequence[CheckedFiche]) -> None:
        self.fiches = fiches
        self._by_subject: dict[int, dict[str, list[str]]] = {}
        self._own: dict[int, set[str]] = {}
        self._described: dict[str, frozenset[str]] = {}

    def by_subject(self, index: int) -> dict[str, list[str]]:
        if index not in self._by_subject:
            table: dict[str, list[str]] = defaultdict(list)
            for line in self.fiches[index].lines():
                table[split(line)[0]].append(line)
            self._by_subject[index] = table
        return self._by_subject[index]

    def own(self, index: int) -> set[str]:
        if index not in self._own:
            self._own[index] = {line for lines in self.by_subject(index).values() for line in lines}
        return self._own[index]

    def description(self, node: str, where: Iterable[int]) -> frozenset[str]:
        """The union of the fiches' triples about ``node``."""
        if node not in self._described:
            self._described[node] = frozenset(line for index in where
                                              for line in self.by_subject(index).get(node, ()))
        return self._described[node]


def _complement(index: int, fiche: CheckedFiche, described: dict[str, list[int]],
                lines: _Lines, neighbour: frozenset[str]) -> tuple[str, ...]:
    """What other fiches say about the neighbours of this fiche's nodes (two steps out)."""
    summary = fiche.summary
    elsewhere = [node for node in summary.subjects | summary.objects
                 if node in described and described[node] != [index]]
    if not elsewhere:
        return ()
    added: set[str] = set()
    seen = set(elsewhere)
    frontier = elsewhere
    for _ in range(2):
        following = []
        for node in frontier:
            for line in lines.description(node, described[node]):
                _, predicate, obj = split(line)
                if predicate not in neighbour:
                    continue
                added.add(line)
                if obj in described and obj not in seen and described[obj] != [index]:
                    seen.add(obj)
                    following.append(obj)
        frontier = following
    return tuple(sorted(added - lines.own(index)))


def _boundary(fiches: Sequence[CheckedFiche], contested: set[str], described: dict[str, list[int]],
              lines: _Lines, incoming: frozenset[str], inverse: frozenset[str]) -> set[str]:
    """The triples the checks of contested nodes read (the reference graph aside)."""
    found: set[str] = set()
    reached: set[str] = set()
    for index, fiche in enumerate(fiches):
        summary = fiche.summary
        if summary.nodes.isdisjoint(contested) and summary.objects.isdisjoint(contested):
            continue
        for subject, triples in lines.by_subject(index).items():
            for line in triples:
                _, predicate, obj = split(line)
                if subject in contested:
                    found.add(line)
                    reached.add(obj)
                elif obj in contested and predicate in incoming:
                    found.add(line)
                    if predicate in inverse:
                        reached.add(subject)
    for _ in range(2):  # the neighbours' triples, and theirs (paths of two steps)
        following = set()
        for node in reached:
            if node in described:
                for line in lines.description(node, described[node]):
                    if line not in found:
                        found.add(line)
                        following.add(split(line)[2])
        reached = following
    return found
