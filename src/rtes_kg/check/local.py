"""The core shapes run on a few fiches at a time, and on the boundary graph (check/boundary.py).

A pySHACL call costs about 50 ms whatever its size, so fiches are checked by chunks of a few dozen
(one data graph holding them all), each result then handed to the fiche whose node it is about.
The reference graph goes with each chunk only as far as the chunk's triples reach into it.
"""

from __future__ import annotations

import functools
import pickle
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from pyshacl.graph_abstraction import DataGraph
from pyshacl.monkey import apply_patches
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator, assign_baked_in
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from rtes_kg.check.checked import CheckedFiche, Origins, rdflib_triples
from rtes_kg.check.report import Result
from rtes_kg.check.shapeplan import plan
from rtes_kg.check.validate import located_results
from rtes_kg.parse.records import Source


@dataclass(frozen=True)
class Job:
    """One fiche to check: its graph, origins, nodes (check/checked.Summary.nodes), complement."""

    slug: str
    graph: Graph
    origins: Origins
    nodes: frozenset[str]
    complement: tuple[str, ...] = ()


class Reference:
    """The reference graph, indexed by subject, to give each chunk the part it reaches."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.by_subject: dict[Node, list[tuple]] = defaultdict(list)
        for triple in graph:
            self.by_subject[triple[0]].append(triple)
        self.subjects = frozenset(str(subject) for subject in self.by_subject)

    def reached(self, graph: Graph) -> list[tuple]:
        seen: set[Node] = set()
        frontier = {o for o in graph.objects() if isinstance(o, URIRef)} | set(graph.subjects())
        found = []
        while frontier:
            node = frontier.pop()
            seen.add(node)
            for triple in self.by_subject.get(node, ()):
                found.append(triple)
                if isinstance(triple[2], URIRef) and triple[2] not in seen:
                    frontier.add(triple[2])
        return found


def check_chunk(jobs: Sequence[Job], reference: Reference) -> list[list[Result]]:
    """The results of each job's nodes, the chunk's fiches checked together (in slug order)."""
    data = Graph()
    origins: dict = {}
    fiche_of: dict[Node, str] = {}
    for job in sorted(jobs, key=lambda job: job.slug):
        data.addN((*triple, data) for triple in job.graph)
        origins.update(job.origins)
        for subject in set(job.graph.subjects()):
            fiche_of.setdefault(subject, job.slug)
    complement = sorted({line for job in jobs for line in job.complement})
    if complement:
        data.addN((*triple, data) for triple in rdflib_triples(_ntriples(complement)))
    data.addN((*triple, data) for triple in reference.reached(data))
    results = core_results(data, origins, fiche_of)
    return [[result for result in results if result.focus in job.nodes] for job in jobs]


def check_boundary(lines: Sequence[str], reference: Reference, origins: Origins,
                   fiche_of: Mapping[Node, str], keep: frozenset[str]) -> list[Result]:
    """The results of the nodes in ``keep`` checked on the boundary graph and the reference."""
    data = Graph()
    data.addN((*triple, data) for triple in reference.graph)
    if lines:
        data.addN((*triple, data) for triple in rdflib_triples(_ntriples(lines)))
    results = core_results(data, origins, fiche_of)
    return [result for result in results if result.focus in keep]


def core_results(data: Graph, origins: Origins, fiche_of: Mapping[Node, str]) -> list[Result]:
    """The core shapes (check/shapeplan.py) on ``data``: ``pyshacl.validate``, with the shapes
    read once per process (pySHACL reads them again at every call: 6 ms a fiche in chunks of 40)."""
    validator = Validator(DataGraph.from_rdflib(data), shacl_graph=plan().core, options={
        "inference": "none", "advanced": False, "allow_warnings": True, "allow_infos": True})
    validator.shacl_graph = _shapes_graph()
    _conforms, results_graph, _text = validator.run()
    return located_results(results_graph, data, origins, fiche_of)


@functools.cache
def _shapes_graph() -> ShapesGraph:
    apply_patches()  # what pyshacl.validate does first
    assign_baked_in()
    return ShapesGraph(plan().core)


def _ntriples(lines: Sequence[str]) -> bytes:
    """N-Triples of lines as ``CheckedFiche.lines`` gives them."""
    return "".join(f"{line} .\n" for line in lines).encode("utf-8")


class UnionOrigins(Mapping):
    """The origins of the fiches as one dict made in slug order would hold them (the last fiche
    holding a key wins), unpickling only the fiches that hold an asked node."""

    def __init__(self, fiches: Sequence[CheckedFiche]) -> None:
        self.fiches = fiches
        self.holders: dict[str, list[int]] = defaultdict(list)
        for index, fiche in enumerate(fiches):
            for node in fiche.summary.keyed:
                self.holders[node].append(index)
        self._read: dict[int, dict] = {}

    def _origins(self, index: int) -> dict:
        if index not in self._read:
            self._read[index] = pickle.loads(self.fiches[index].origins_blob)
        return self._read[index]

    def _find(self, key) -> Source | None:
        for index in reversed(self.holders.get(str(key[0]), ())):
            found = self._origins(index).get(key)
            if found is not None:
                return found
        return None

    def __getitem__(self, key) -> Source:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return self._find(key) is not None

    def __iter__(self) -> Iterator:
        raise TypeError("UnionOrigins is looked up, never listed")

    def __len__(self) -> int:
        return sum(len(holders) for holders in self.holders.values())


class UnionFicheOf(Mapping):
    """The slug of the first fiche (in slug order) that has a node as a subject."""

    def __init__(self, fiches: Sequence[CheckedFiche], described: Mapping[str, Sequence[int]]) -> None:
        self.fiches = fiches
        self.described = described

    def __getitem__(self, node) -> str:
        where = self.described.get(str(node)) if not isinstance(node, Literal) else None
        if not where:
            raise KeyError(node)
        return self.fiches[where[0]].slug

    def __iter__(self) -> Iterator:
        raise TypeError("UnionFicheOf is looked up, never listed")

    def __len__(self) -> int:
        return len(self.described)
