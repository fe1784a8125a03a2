"""The SHACL-SPARQL constraints of the shapes, run once on the corpus with Oxigraph.

A SPARQL constraint may read anything (the same name in another fiche, the same SIREN): it cannot
be checked one fiche at a time. rdflib's engine, which pySHACL uses, takes about 10 ms a focus node
here (28 s for 1,000 fiches); Oxigraph, given only the triples the queries read, takes 0.6 s.

The focus nodes come from the shape's targets, as in pySHACL. SHACL pre-binds ``$this`` to each
one by substitution (SPARQL SEP-0007, which Oxigraph implements too: the exact path, but Oxigraph
parses the query anew for each focus node, 5 ms for the kind-in-the-name query). A query whose
``$this`` can only be bound by its triple patterns (no OPTIONAL, MINUS, UNION, VALUES, GRAPH,
SERVICE or sub-query) gives the same rows when ``$this`` is joined with ``VALUES`` listing every
focus node: one query for all, which is what runs for such queries.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.paths import Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Literal, Node, Variable

from rtes_kg.check.shapeplan import TARGETS, plan
from rtes_kg.check.validate import load_shapes
from rtes_kg.once import table

RDF_TYPE = str(RDF.type)
SUBCLASS = str(RDFS.subClassOf)
THIS = ox.Variable("this")
# Read from the data besides what the queries name: the types of focus nodes (targets) and the
# labels of values (the report shows them).
ALWAYS = frozenset({RDF_TYPE, SUBCLASS, str(SKOS.prefLabel)})


JOIN_SAFE = re.compile(r"\b(OPTIONAL|MINUS|UNION|VALUES|GRAPH|SERVICE)\b", re.IGNORECASE)
WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
BATCH = 2000  # focus nodes per VALUES query


class Unsupported(Exception):
    """A SPARQL constraint this pass cannot run as pySHACL would."""


@dataclass(frozen=True)
class SparqlCheck:
    shape: Node
    constraint: Node
    query: str  # with its PREFIX lines
    severity: Node
    targets: tuple[tuple[URIRef, Node], ...]  # (sh:targetClass…, value)


@dataclass(frozen=True)
class Violation:
    check: SparqlCheck
    focus: ox.NamedNode | ox.BlankNode
    path: ox.NamedNode | None
    value: ox.NamedNode | ox.BlankNode | ox.Literal | None


@table
def sparql_checks() -> tuple[SparqlCheck, ...]:
    shapes = load_shapes()
    checks = []
    for shape in sorted(plan().sparql_shapes, key=str):
        deactivated = shapes.value(shape, SH.deactivated)
        if isinstance(deactivated, Literal) and deactivated.toPython() is True:
            continue
        if shapes.value(shape, SH.path) is not None:
            raise Unsupported(f"{shape}: SPARQL constraint on a property shape")
        targets = tuple(sorted(((p, o) for p in TARGETS for o in shapes.objects(shape, p)), key=str))
        for constraint in sorted(shapes.objects(shape, SH.sparql), key=str):
            off = shapes.value(constraint, SH.deactivated)
            if isinstance(off, Literal) and off.toPython() is True:
                continue
            select = shapes.value(constraint, SH.select)
            if select is None:
                raise Unsupported(f"{constraint}: no sh:select")
            text = str(select)
            if any(word in text for word in ("$shapesGraph", "$currentShape", "?failure",
                                             "$PATH", "?shapesGraph", "?currentShape")):
                raise Unsupported(f"{constraint}: uses a pre-bound variable other than $this")
            query = _prefixes(shapes, constraint) + text
            checks.append(SparqlCheck(shape, constraint, query,
                                      shapes.value(shape, SH.severity) or SH.Violation, targets))
    return tuple(checks)


def _prefixes(shapes: Graph, constraint: Node) -> str:
    lines = []
    for declared in shapes.objects(constraint, SH.prefixes):
        for declaration in shapes.objects(declared, SH.declare):
            prefix = shapes.value(declaration, SH.prefix)
            namespace = shapes.value(declaration, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>\n")
    return "".join(sorted(lines)) + "\n"


@functools.cache
def predicates_read() -> frozenset[str] | None:
    """The predicates whose triples the checks may read; None: any.

    The queries are parsed in a thread of their own: rdflib's parser (pyparsing) leaves exceptions
    in reference cycles with their tracebacks, whose frames lead back to the caller's frames. From
    a build's thread, those kept every local of the build (its parsed fiches, its cache entries:
    268,000 objects, 49 MB, at 2,000 fiches) until the collector's next full pass, which a build
    makes rarely (check/pool.py); from a thread of its own they lead nowhere."""
    with ThreadPoolExecutor(max_workers=1) as parsing:
        return parsing.submit(_predicates_read).result()


def _predicates_read() -> frozenset[str] | None:
    read = set(ALWAYS)
    for check in sparql_checks():
        for predicate, value in check.targets:
            if predicate in (SH.targetSubjectsOf, SH.targetObjectsOf):
                read.add(str(value))
        found = _iris_in_patterns(prepareQuery(check.query).algebra)
        if found is None:
            return None
        read.update(found)
    return frozenset(read)


def _iris_in_patterns(algebra) -> set[str] | None:
    """The IRIs in predicate position of every triple pattern; None if one is a variable."""
    found: set[str] = set()

    def walk(node) -> bool:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "triples":
                    for triple in value:
                        predicate = triple[1]
                        if isinstance(predicate, Variable):
                            return False
                        found.update(str(i) for i in _iris(predicate))
                elif not walk(value):
                    return False
        elif isinstance(node, (list, tuple)):
            return all(walk(item) for item in node)
        return True

    return found if walk(algebra) else None


def _iris(predicate) -> list[URIRef]:
    if isinstance(predicate, URIRef):
        return [predicate]
    if isinstance(predicate, Path):
        return [term for term in vars(predicate).values() if isinstance(term, URIRef)] + [
            iri for part in vars(predicate).values() if isinstance(part, (list, tuple))
            for item in part for iri in _iris(item)] + [
            iri for part in vars(predicate).values() if isinstance(part, Path) for iri in _iris(part)]
    return []


def needed(triples: Iterable[ox.Triple], read: frozenset[str] | None) -> list[ox.Triple]:
    """The triples the checks may read (``read``: their predicates, ``predicates_read``; None: any),
    in the order given."""
    if read is None:
        return list(triples)
    return [triple for triple in triples if triple.predicate.value in read]


def run_checks(triples: Iterable[ox.Triple]) -> list[Violation]:
    """Every violation of the SPARQL constraints in ``triples`` (all the data they may read)."""
    checks = sparql_checks()
    if not checks:
        return []
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    found = []
    for check in checks:
        foci = _focus_nodes(store, check)
        joined = _joinable(check.query)
        for start in range(0, len(foci), BATCH if joined else 1):
            batch = foci[start:start + BATCH] if joined else foci[start:start + 1]
            if joined:
                rows = store.query(_with_values(check.query, batch))
            else:
                rows = store.query(check.query, substitutions={THIS: batch[0]})
            assert isinstance(rows, ox.QuerySolutions)  # sh:select: a SELECT query
            for row in rows:
                this = _get(row, "this")
                if this is None and joined:
                    raise Unsupported(f"{check.constraint}: a row without $this")
                found.append(Violation(check, this or batch[0], _get(row, "path"),
                                       _get(row, "value")))
    return found


def _joinable(query: str) -> bool:
    body = query[query.find("\n\n"):]  # after the PREFIX lines
    body = re.sub(r"(?m)#[^\n]*$", "", re.sub(r'"(?:[^"\\]|\\.)*"', '""', body))
    return (not JOIN_SAFE.search(body) and body.upper().count("SELECT") == 1
            and WHERE.search(body) is not None)


def _with_values(query: str, foci: list) -> str:
    match = WHERE.search(query, query.find("\n\n"))
    assert match is not None
    values = " ".join(str(focus) for focus in foci)
    return f"{query[:match.end()]} VALUES $this {{ {values} }} {query[match.end():]}"


def _get(row: ox.QuerySolution, name: str):
    try:
        return row[name]
    except KeyError:  # not projected
        return None


def _focus_nodes(store: ox.Store, check: SparqlCheck) -> list:
    """As pySHACL finds them: instances of a target class or of its subclasses, subjects or objects
    of a predicate, listed nodes."""
    nodes: set = set()
    for predicate, value in check.targets:
        iri = f"<{value}>"
        if predicate == SH.targetNode:
            nodes.add(ox.NamedNode(str(value)))
            continue
        pattern = {SH.targetClass: f"?x a/<{SUBCLASS}>* {iri}", SH.targetSubjectsOf: f"?x {iri} []",
                   SH.targetObjectsOf: f"[] {iri} ?x"}[predicate]
        rows = store.query(f"SELECT DISTINCT ?x WHERE {{ {pattern} }}")
        assert isinstance(rows, ox.QuerySolutions)
        nodes.update(row["x"] for row in rows)
    return sorted(nodes, key=str)
