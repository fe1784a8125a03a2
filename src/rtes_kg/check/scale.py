"""Validation of a whole corpus at scale: the same Report as one pySHACL call on the union of the
fiches, without making that union.

1. The core shapes (check/shapeplan.py) run on chunks of fiches in worker processes
   (check/local.py); each fiche keeps the results about its own nodes.
2. The nodes several fiches touch, and the reference graph's, are checked once on the boundary
   graph (check/boundary.py); a fiche whose neighbours other fiches describe is checked again with
   their whole description.
3. The SHACL-SPARQL constraints run once on the triples they read (check/sparqlpass.py); a build
   runs them in a process of their own, meanwhile (check/pipeline.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.term import Node

from rtes_kg.check.boundary import Partition, partition, split
from rtes_kg.check.checked import CheckedFiche
from rtes_kg.check.local import Job, Reference, UnionFicheOf, UnionOrigins, check_boundary, check_chunk
from rtes_kg.check.pool import chunked_map
from rtes_kg.check.report import Report, Result
from rtes_kg.check.shapeplan import plan
from rtes_kg.check.sparqlpass import Violation, needed, predicates_read, run_checks
from rtes_kg.check.validate import Finding, make_result, validate_fiches
from rtes_kg.model.convert import from_oxigraph, oxigraph_triple

CHUNK = 40  # fiches per pySHACL call: past a few dozen, a bigger chunk is no faster
# A worker's memory grows with each chunk it maps (its caches; rdflib graphs in reference cycles,
# which the collector frees late while a build runs: check/pool.py), by about 8 MiB a chunk: at
# 10,000 fiches, to a gigabyte each. A new worker every 25 chunks bounds that to 200 MiB; it
# costs the new worker about a second of filling its caches again (the first 100 fiches mapped
# in a process take 8 s, the next 100 take 7).
CHUNKS_PER_WORKER = 25
LABEL = str(SKOS.prefLabel)


def validate_checked(fiches: Sequence[CheckedFiche], reference: Graph,
                     local: Sequence[list[Result] | None] | None = None,
                     workers: int | None = None) -> Report:
    """The Report of ``fiches`` with ``reference`` (see the module doc). ``local``: each fiche's
    results from step 1 when already known (None where not)."""
    order = sorted(range(len(fiches)), key=lambda index: fiches[index].slug)
    fiches = [fiches[index] for index in order]
    if not plan().fits:  # a shape reads farther than the partition allows: the union, as before
        return validate_fiches(fiches, reference)
    local = [None] * len(fiches) if local is None else [local[index] for index in order]
    ref = Reference(reference)
    part = partition_of(fiches, ref)
    todo = [index for index, (known, complement) in enumerate(zip(local, part.complements))
            if known is None or not unaffected(known, complement)]
    redone = local_results([fiches[index] for index in todo], ref,
                           [part.complements[index] for index in todo], workers)
    for index, results in zip(todo, redone):
        local[index] = results
    return combine(fiches, part, local, ref)


def partition_of(fiches: Sequence[CheckedFiche], reference: Reference) -> Partition:
    """The partition of ``fiches`` (in slug order) under the shapes' plan."""
    shapes = plan()
    return partition(fiches, reference.subjects, frozenset(map(str, shapes.incoming)),
                     frozenset(map(str, shapes.inverse)),
                     frozenset(map(str, shapes.neighbour_predicates)))


def unaffected(results: Sequence[Result], complement: Sequence[str]) -> bool:
    """Whether results made without ``complement`` hold with it: it is empty, or it only adds
    labels to nodes that no result shows as its value."""
    if not complement:
        return True
    labelled = set()
    for line in complement:
        subject, predicate, _ = split(line)
        if predicate != LABEL:
            return False
        labelled.add(subject)
    return not any(result.value in labelled for result in results)


def local_results(fiches: Sequence[CheckedFiche], reference: Reference,
                  complements: Sequence[tuple[str, ...]] | None = None,
                  workers: int | None = None) -> list[list[Result]]:
    """Step 1 for each fiche, in worker processes."""
    complements = complements or [()] * len(fiches)
    jobs = [(fiche, complement) for fiche, complement in zip(fiches, complements)]

    def run(chunk):
        return check_chunk([Job(fiche.slug, fiche.graph, fiche.origins, fiche.summary.nodes,
                                complement) for fiche, complement in chunk], reference)

    return chunked_map(run, jobs, CHUNK, workers, CHUNKS_PER_WORKER)


def combine(fiches: Sequence[CheckedFiche], part: Partition, local: Sequence[list[Result] | None],
            reference: Reference,
            predicates: Callable[[], frozenset[str] | None] = predicates_read,
            sparql: SparqlFound | None = None) -> Report:
    """Steps 2 and 3, and the Report: ``fiches`` in slug order, ``local`` their step-1 results;
    ``predicates``: those the SPARQL constraints may read (``sparqlpass.predicates_read``);
    ``sparql``: what step 3 found, when it ran already (``sparql_violations``)."""
    skip = part.contested | reference.subjects
    results = [result for found in local for result in found or () if result.focus not in skip]
    origins, fiche_of = UnionOrigins(fiches), UnionFicheOf(fiches, part.described)
    results += check_boundary(part.boundary_lines, reference, origins, fiche_of, skip)
    violations, labels = sparql or sparql_violations(fiches, reference.graph, predicates())
    results += sparql_results(violations, labels, origins, fiche_of)
    return Report.of(results, fiches=[fiche.slug for fiche in fiches])


SparqlFound = tuple[list[Violation], list[tuple[Node, Node, Node]]]


def sparql_violations(fiches: Sequence[CheckedFiche], reference: Graph, predicates: frozenset[str] | None
                      ) -> SparqlFound:
    """Step 3: the violations of the SPARQL constraints, and the labels of the nodes they name
    (rdflib triples): what it needs of the fiches, without their origins."""
    read = [triple for fiche in fiches for triple in fiche.oxigraph_triples(predicates)]
    read += needed((oxigraph_triple(triple) for triple in reference), predicates)
    violations = run_checks(read)
    if not violations:
        return [], []
    values = {violation.value for violation in violations}
    labels = []  # the labels of the values, in the order a union graph would list them
    for triple in read:
        if triple.subject in values and triple.predicate.value == LABEL:
            subject, label = triple.subject, triple.object
            assert not isinstance(subject, ox.Triple) and not isinstance(label, ox.Triple)  # no RDF-star here
            labels.append((from_oxigraph(subject), from_oxigraph(triple.predicate), from_oxigraph(label)))
    return violations, labels


def sparql_results(violations: list[Violation], labels: list[tuple[Node, Node, Node]], origins: UnionOrigins,
                   fiche_of: UnionFicheOf) -> list[Result]:
    """The results of step 3's violations, each located in its fiche."""
    if not violations:
        return []
    graph = Graph()
    for triple in labels:
        graph.add(triple)
    return [make_result(Finding(
        focus=from_oxigraph(v.focus), path=None if v.path is None else cast(URIRef, from_oxigraph(v.path)),
        value=from_oxigraph(v.focus) if v.value is None else from_oxigraph(v.value),
        shape=v.check.shape, constraint=v.check.constraint, component=SH.SPARQLConstraintComponent,
        severity=v.check.severity), graph, origins, fiche_of) for v in violations]
