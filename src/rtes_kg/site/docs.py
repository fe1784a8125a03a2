"""Contexts of the documentation pages: the ontology's terms, the shapes' checks, the example
queries with their results on the data of this release."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import BNode, Node

from rtes_kg.project import ontology_dir, shapes_dir, turtle_files
from rtes_kg.sparql.examples import Query, run_examples
from rtes_kg.vocab import compact_iri

ALIGNMENTS = ((RDFS.subClassOf, "sous-classe de"), (RDFS.subPropertyOf, "sous-propriété de"),
              (OWL.equivalentClass, "équivalente à"), (OWL.equivalentProperty, "équivalente à"),
              (SKOS.exactMatch, "correspond exactement à"), (SKOS.closeMatch, "proche de"),
              (RDFS.seeAlso, "voir aussi"),
              (RDFS.domain, "domaine"), (RDFS.range, "portée"))
TERM_KINDS = ((OWL.Class, "Classes"), (OWL.ObjectProperty, "Propriétés d’objet"),
              (OWL.DatatypeProperty, "Propriétés de donnée"),
              (OWL.AnnotationProperty, "Propriétés d’annotation"))
SHAPE_PARAMETERS = ((SH.minCount, "min"), (SH.maxCount, "max"), (SH.datatype, "type de donnée"),
                    (SH["class"], "classe"), (SH.pattern, "motif"), (SH.node, "forme"),
                    (SH.hasValue, "valeur"), (SH.minInclusive, "minimum"),
                    (SH.maxInclusive, "maximum"), (SH.qualifiedMinCount, "min qualifié"))
MAX_ROWS = 50


@dataclass(frozen=True)
class Term:
    anchor: str
    curie: str
    iri: str
    label_fr: str
    label_en: str
    comment_fr: str
    comment_en: str
    links: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Check:
    name: str
    path: str
    severity: str
    parameters: tuple[tuple[str, str], ...]
    message: str


@dataclass(frozen=True)
class ShapeDoc:
    anchor: str
    name: str
    description: str
    target: str
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class Example:
    """A query example with its answer on the release's data (the answer computed at build time)."""

    query: Query
    variables: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: int
    error: str | None


def ontology_terms() -> list[tuple[str, list[Term]]]:
    graph = _load(ontology_dir())
    sections = []
    for rdf_type, title in TERM_KINDS:
        terms = sorted({s for s in graph.subjects(RDF.type, rdf_type) if isinstance(s, URIRef)})
        sections.append((title, [_term(graph, term) for term in terms]))
    return [(title, terms) for title, terms in sections if terms]


def shape_docs() -> list[ShapeDoc]:
    graph = _load(shapes_dir())
    shapes = sorted(s for s in graph.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef))
    return [_shape(graph, shape) for shape in shapes]


def examples(queries: list[Query], dump: Path) -> list[Example]:
    """Each query with its answer on ``dump`` (N-Quads), computed within a time budget."""
    result = []
    # the rows past those shown are only counted, in the worker: converting and sending every row of
    # the largest answers took half the examples' time (0.45 s of 0.87 s at 1,000 fiches)
    for query, answer in zip(queries, run_examples([q.text for q in queries], dump, shown=MAX_ROWS)):
        if isinstance(answer, str):  # why the query has no answer
            result.append(Example(query, (), (), 0, answer))
            continue
        shown = tuple(tuple("" if cell is None else cell for cell in row) for row in answer.rows[:MAX_ROWS])
        result.append(Example(query, answer.variables, shown, answer.total, None))
    return result


def _load(folder) -> Graph:
    graph = Graph()
    for path in turtle_files(folder):
        graph.parse(path, format="turtle")
    return graph


def _text(graph: Graph, node: Node, predicate: URIRef, lang: str) -> str:
    values = sorted(str(v) for v in graph.objects(node, predicate)
                    if isinstance(v, Literal) and v.language == lang)
    return values[0] if values else ""


def _term(graph: Graph, term: URIRef) -> Term:
    links = []
    for predicate, label in ALIGNMENTS:
        targets = sorted(compact_iri(str(o)) for o in graph.objects(term, predicate)
                         if isinstance(o, URIRef))
        if targets:
            links.append((label, tuple(targets)))
    curie = compact_iri(str(term))
    # the anchor is the IRI's fragment: {base}ontology#Collectivite lands on its term
    return Term(anchor=str(term).rpartition("#")[2] or curie.replace(":", "-"), curie=curie, iri=str(term),
                label_fr=_text(graph, term, RDFS.label, "fr"),
                label_en=_text(graph, term, RDFS.label, "en"),
                comment_fr=_text(graph, term, RDFS.comment, "fr"),
                comment_en=_text(graph, term, RDFS.comment, "en"), links=tuple(links))


def _shape(graph: Graph, shape: URIRef) -> ShapeDoc:
    targets = sorted(compact_iri(str(t)) for t in graph.objects(shape, SH.targetClass))
    checks = sorted((_check(graph, p) for p in graph.objects(shape, SH.property)),
                    key=lambda c: (c.path, c.name, c.message))
    curie = compact_iri(str(shape))
    return ShapeDoc(anchor=str(shape).rpartition("#")[2] or curie.replace(":", "-").rsplit("/", 1)[-1],
                    name=_text(graph, shape, SH.name, "fr") or curie,
                    description=_text(graph, shape, SH.description, "fr"),
                    target=", ".join(targets), checks=tuple(checks))


def _check(graph: Graph, prop: Node) -> Check:
    parameters = []
    for predicate, label in SHAPE_PARAMETERS:
        for value in sorted(graph.objects(prop, predicate), key=str):
            if not isinstance(value, BNode):
                parameters.append((label, compact_iri(str(value))))
    values = graph.value(prop, SH["in"])
    if values is not None:
        parameters.append(("parmi", ", ".join(compact_iri(str(v))
                                              for v in Collection(graph, values))))
    severity = graph.value(prop, SH.severity)
    return Check(name=_text(graph, prop, SH.name, "fr"), path=_path(graph.value(prop, SH.path)),
                 severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                 parameters=tuple(parameters), message=_text(graph, prop, SH.message, "fr"))


def _path(path: Node | None) -> str:
    if isinstance(path, URIRef):
        return compact_iri(str(path))
    return "(chemin composé)" if path is not None else "(nœud)"
