"""Finds the classes and properties of an RDF contribution that no known vocabulary declares (typos).

Which terms are known, namespace by namespace:

- ``rtes:`` — every subject of ``ontology/*.ttl`` in the namespace: complete, so an unknown
  ``rtes:`` term is a violation (the data would be silently ignored by every shape).
- ``org: skos: dct: foaf: prov: time: dcat: void: qb: rdf: rdfs: owl: schema:`` — the term lists
  that rdflib ships with its namespaces (``rdflib.namespace``), plus the DCAT 3 terms it lacks.
- ``locn: cv:`` — the curated lists of ``vocab.LOCN`` and ``vocab.CV`` (the terms our model and
  CPOV use), plus the other ISA Core Location terms.

An unknown term of a standard vocabulary is a warning: the lists may lag behind the vocabularies.
A namespace written almost like a known one (``http://schema.org/`` for ``https://schema.org/``,
``https://www.w3.org/ns/org#``) is a warning that names the right one.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, QB, RDFS, SDO, SKOS, TIME, VOID

from rtes_kg.once import table
from rtes_kg.project import ontology_dir, turtle_files
from rtes_kg.vocab import CV, LOCN, RTES

RTES_NS = str(RTES._NS)
_DCAT3_EXTRA = ("DatasetSeries", "inSeries", "first", "last", "prev", "next", "seriesMember",
                "version", "hasVersion", "isVersionOf", "previousVersion", "hasCurrentVersion",
                "isDistributionOf", "spatialResolutionInMeters", "temporalResolution", "checksum")
_LOCN_EXTRA = ("Geometry", "geometry", "location", "geographicName", "addressArea")


@dataclass(frozen=True)
class UnknownTerm:
    """A class or property of the data that its namespace does not declare."""

    term: str
    role: str  # "class" (object of rdf:type) or "property" (in predicate position)
    suggestion: str | None  # the closest declared term, or the same name in the right namespace
    closed: bool  # True for our own namespace: the list is complete, the term is surely wrong
    subject: str  # one node that uses it, to locate it in the file
    uses: int


@table
def ontology_graph() -> Graph:
    """``ontology/*.ttl`` in one graph, parsed once per process. Treat it as read-only."""
    ontology = Graph()
    for path in turtle_files(ontology_dir()):
        ontology.parse(path, format="turtle")
    return ontology


@table
def known_terms() -> Mapping[str, frozenset[str]]:
    """namespace IRI -> local names of its terms."""
    ontology = ontology_graph()
    ours = {str(s)[len(RTES_NS):] for s in ontology.subjects()
            if isinstance(s, URIRef) and str(s).startswith(RTES_NS) and len(str(s)) > len(RTES_NS)}
    table: dict[str, set[str]] = {RTES_NS: ours}
    for namespace in (ORG, SKOS, DCTERMS, FOAF, PROV, TIME, DCAT, VOID, QB, RDF, RDFS, OWL, SDO,
                      LOCN, CV):
        table.setdefault(str(namespace._NS), set()).update(namespace.__annotations__)
    table[str(DCAT._NS)].update(_DCAT3_EXTRA)
    table[str(LOCN._NS)].update(_LOCN_EXTRA)
    return {namespace: frozenset(names) for namespace, names in table.items()}


def unknown_terms(data: Graph) -> list[UnknownTerm]:
    """Classes and properties of ``data`` in a known namespace that it does not declare, sorted."""
    uses: dict[tuple[str, str], list[str]] = {}
    for subject, predicate, value in data:
        uses.setdefault((str(predicate), "property"), []).append(str(subject))
        if predicate == RDF.type and isinstance(value, URIRef):
            uses.setdefault((str(value), "class"), []).append(str(subject))
    found = []
    for (term, role), subjects in sorted(uses.items()):
        unknown = _check(term, role)
        if unknown is not None:
            suggestion, closed = unknown
            found.append(UnknownTerm(term, role, suggestion, closed, min(subjects), len(subjects)))
    return found


def _check(term: str, role: str) -> tuple[str | None, bool] | None:
    """None when the term is known or its namespace is not one we know; else (suggestion, closed)."""
    table = known_terms()
    namespace = _namespace_of(term, table)
    if namespace is None:
        near = _near_namespace(term, table)
        if near is None:
            return None
        wrong, right = near
        return right + term[len(wrong):], False
    local = term[len(namespace):]
    if local in table[namespace]:
        return None
    return _suggest(local, role, namespace, table), namespace == RTES_NS


def _namespace_of(term: str, table: Mapping[str, frozenset[str]]) -> str | None:
    matches = [namespace for namespace in table if term.startswith(namespace)]
    return max(matches, key=len) if matches else None


def _near_namespace(term: str, table: Mapping[str, frozenset[str]]) -> tuple[str, str] | None:
    """(namespace as written, the known one) when they differ only by http/https or "www."."""
    def loose(iri: str) -> str:
        return iri.replace("https://", "http://").replace("://www.", "://")

    for namespace in sorted(table, key=len, reverse=True):
        for written in {namespace.replace("https://", "http://"), namespace.replace("http://", "https://"),
                        namespace.replace("://", "://www."), namespace.replace("://www.", "://")}:
            if written != namespace and term.startswith(written) and loose(written) == loose(namespace):
                return written, namespace
    return None


def _suggest(local: str, role: str, namespace: str, table: Mapping[str, frozenset[str]]) -> str | None:
    # The same name in another case first (rtes:Population), then the same name in another
    # namespace (org:postCode for locn:postCode), then the closest spelling in the same namespace,
    # among terms of the same kind (classes are capitalised, properties not).
    names = sorted(table[namespace])
    lowered = {n.lower(): n for n in names}
    if local.lower() in lowered:
        return namespace + lowered[local.lower()]
    for other in sorted(table):
        if other != namespace and local in table[other]:
            return other + local
    same_kind = [n for n in names if n[:1].isupper() == (role == "class")] or names
    close = difflib.get_close_matches(local, same_kind, n=1, cutoff=0.6)
    return namespace + close[0] if close else None
