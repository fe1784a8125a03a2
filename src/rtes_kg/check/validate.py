"""Runs the SHACL shapes over mapped fiches and turns pySHACL's results into a located Report. Never prints."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyshacl
from rdflib import RDF, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import SH, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from rtes_kg.check.report import Report, Result, Severity
from rtes_kg.errors import ResourceError
from rtes_kg.once import table
from rtes_kg.parse.records import Source
from rtes_kg.project import shapes_dir, turtle_files
from rtes_kg.vocab import RTESH

_SEVERITY: dict[Node, Severity] = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}

Origins = Mapping[tuple[Node, URIRef | None], Source]


class MappedFicheLike(Protocol):
    """What validation needs from ``mapping.MappedFiche``: its slug, its graph, where its nodes come from."""

    @property
    def slug(self) -> str: ...
    @property
    def graph(self) -> Graph: ...
    @property
    def origins(self) -> Origins: ...


@dataclass(frozen=True)
class ShapeText:
    """What the shapes say about one shape or SPARQL constraint, read once from the shapes graph."""

    code: str | None
    name_fr: str | None
    name_en: str | None
    message_fr: str | None
    message_en: str | None
    # the paths of the property shapes under a node-level check (sh:not, sh:or…), where its result,
    # which has no path, is looked for in the fiche: "49 7OO hab." names its line, not the title
    paths: tuple[URIRef, ...] = ()


@table
def load_shapes() -> Graph:
    """All ``shapes/*.ttl`` in one graph, parsed once per process. Treat it as read-only.

    (pySHACL itself adds two RDFS axioms to it on first use; they change no result.)
    """
    files = turtle_files(shapes_dir())
    if not files:
        raise ResourceError(f"no shapes in {shapes_dir()}", hint="reinstall rtes-kg")
    shapes = Graph()
    for path in files:
        _parse_shapes_file(shapes, path)
    return shapes


def _parse_shapes_file(shapes: Graph, path: Path) -> None:
    try:
        shapes.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise ResourceError(f"cannot read the shapes file: {exc}", file=str(path),
                            hint="fix the Turtle syntax of the shapes") from exc


@table
def _shape_texts() -> dict[Node, ShapeText]:
    shapes = load_shapes()
    subjects = set(shapes.subjects(RTESH.code, None)) | set(shapes.subjects(SH.name, None))
    return {node: ShapeText(
        code=_first(shapes, node, RTESH.code, None),
        name_fr=_first(shapes, node, SH.name, "fr"),
        name_en=_first(shapes, node, SH.name, "en"),
        message_fr=_first(shapes, node, SH.message, "fr"),
        message_en=_first(shapes, node, SH.message, "en"),
        paths=_inner_paths(shapes, node),
    ) for node in subjects}


def _inner_paths(shapes: Graph, node: Node) -> tuple[URIRef, ...]:
    """The sh:path IRIs of the shapes a node-level check combines, in IRI order."""
    found: set[URIRef] = set()
    todo, seen = [node], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for predicate in (SH["not"], SH.property, SH["or"], SH["and"], SH.xone):
            for inner in shapes.objects(current, predicate):
                todo.extend(shapes.items(inner) if predicate in (SH["or"], SH["and"], SH.xone) else [inner])
        if current is not node:
            found.update(path for path in shapes.objects(current, SH.path) if isinstance(path, URIRef))
    return tuple(sorted(found, key=str))


def _first(graph: Graph, node: Node, predicate: URIRef, lang: str | None) -> str | None:
    values = sorted(str(o) for o in graph.objects(node, predicate)
                    if isinstance(o, Literal) and (lang is None or o.language == lang))
    return values[0] if values else None


def validate_graph(data: Graph, origins: Origins | None = None,
                   fiche_of: Mapping[Node, str] | None = None, shapes: Graph | None = None) -> Report:
    """Validate ``data`` (one fiche, or the union of many, plus the reference concepts) in one pySHACL call.

    ``origins`` maps ``(node, property)`` or ``(node, None)`` to the place in a fiche file the fact
    comes from; ``fiche_of`` maps a node to the slug of its fiche. Both also answer for a fragment
    IRI (``…/org/dijon#adresse``) through the IRI without the fragment, since the mapping mints the
    nodes of a collectivité as fragments of its IRI. ``shapes``: all of shapes/ unless given.
    """
    fiche_of = fiche_of or {}
    return Report.of(validation_results(data, origins, fiche_of, shapes),
                     fiches=set(fiche_of.values()))


def validation_results(data: Graph, origins: Origins | None, fiche_of: Mapping[Node, str],
                       shapes: Graph | None = None) -> list[Result]:
    """The results of one pySHACL call, each located (see ``validate_graph``)."""
    if isinstance(data, ConjunctiveGraph):  # a Dataset too
        # pySHACL validates each named graph of a dataset on its own; the union is what we check.
        data = _union(data.quads((None, None, None, None)))
    _conforms, results_graph, _text = pyshacl.validate(
        _PreparedQueryGraph(store=data.store, identifier=data.identifier),
        shacl_graph=load_shapes() if shapes is None else shapes,
        inference="none",  # the mapping asserts every type: no reasoner, and no copy of the data
        advanced=False,  # SHACL-SPARQL constraints run without it; advanced mode copies the data graph
        allow_warnings=True,
        allow_infos=True,
    )
    return located_results(results_graph, data, origins or {}, fiche_of)


def located_results(results_graph: Graph, data: Graph, origins: Origins,
                    fiche_of: Mapping[Node, str]) -> list[Result]:
    """The results of a pySHACL report graph on ``data``, each located (see ``validate_graph``)."""
    return [_result(results_graph, node, data, origins, fiche_of)
            for node in results_graph.subjects(RDF.type, SH.ValidationResult)]


class _PreparedQueryGraph(Graph):
    """A view of a graph (same store, no copy) that parses each SPARQL text once.

    pySHACL hands rdflib the text of a SHACL-SPARQL constraint once per focus node, and rdflib parses
    it every time: about 70 ms for our kind-in-the-name query, over a minute for 1,000 fiches.
    """

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepare(query_object)
        return super().query(query_object, *args, **kwargs)


@functools.lru_cache(maxsize=32)
def _prepare(text: str) -> Query:
    return prepareQuery(text)


def validate_fiches(fiches: Iterable[MappedFicheLike], reference: Graph | None = None) -> Report:
    """Validate many mapped fiches in one call on their union, each result tied to its fiche.

    One call on the union is about twice as fast as one call per fiche; to revalidate one changed
    fiche, pass just that one. ``reference`` holds the concept schemes and the RTES itself, which
    the shapes need (a kind of collectivité must be a known ``skos:Concept``).
    """
    fiches = sorted(fiches, key=lambda fiche: fiche.slug)
    data = _union(triple for fiche in fiches for triple in fiche.graph)
    if reference is not None:
        data += reference
    origins: dict[tuple[Node, URIRef | None], Source] = {}
    fiche_of: dict[Node, str] = {}
    for fiche in fiches:
        origins.update(fiche.origins)
        for subject in set(fiche.graph.subjects()):
            fiche_of.setdefault(subject, fiche.slug)
    return validate_graph(data, origins, fiche_of)


def _union(triples: Iterable[tuple]) -> Graph:
    union = Graph()
    union.addN((s, p, o, union) for s, p, o, *_ in triples)
    return union


def _result(results: Graph, node: Node, data: Graph, origins: Origins,
            fiche_of: Mapping[Node, str]) -> Result:
    focus = results.value(node, SH.focusNode)
    if focus is None:
        raise ValueError(f"SHACL result {node} without sh:focusNode")  # SHACL requires one
    path = results.value(node, SH.resultPath)
    return make_result(
        Finding(focus=focus,
                path=path if isinstance(path, URIRef) else None,  # our shapes only use simple paths
                value=results.value(node, SH.value),
                shape=results.value(node, SH.sourceShape),
                constraint=results.value(node, SH.sourceConstraint),
                component=results.value(node, SH.sourceConstraintComponent),
                severity=results.value(node, SH.resultSeverity),
                fallback=_fallback_message(results, node)),
        data, origins, fiche_of)


@dataclass(frozen=True)
class Finding:
    """What a SHACL validation result says, before it is located in the fiches."""

    focus: Node
    path: URIRef | None
    value: Node | None
    shape: Node | None
    constraint: Node | None
    component: Node | None
    severity: Node | None
    fallback: str = "SHACL constraint not satisfied"


def make_result(finding: Finding, data: Graph, origins: Origins,
                fiche_of: Mapping[Node, str]) -> Result:
    """The Report's result for a SHACL finding: its code and messages from the shapes, its value's
    label from ``data``, its fiche file and line from ``origins``, its fiche from ``fiche_of``."""
    focus, path, value = finding.focus, finding.path, finding.value
    if value == focus:
        value = None  # node-level checks (sh:or, sh:not) report the node itself: nothing to show
    shape, constraint, component = finding.shape, finding.constraint, finding.component
    shape_text = _shape_text(shape) or ShapeText(None, None, None, None, None)
    own_text = _shape_text(constraint) or shape_text  # a SPARQL constraint carries its own code and message
    source = _locate(focus, path, origins, shape_text.paths if path is None else ())
    severity = finding.severity
    return Result(
        severity="violation" if severity is None else _SEVERITY.get(severity, "violation"),
        type=own_text.code or shape_text.code or _component_slug(component),
        focus=str(focus),
        path=None if path is None else str(path),
        value=None if value is None else str(value),
        value_label=_label(data, value, "fr"),
        message_fr=_fill(own_text.message_fr or finding.fallback, focus, value, _label(data, value, "fr")),
        message_en=_fill(own_text.message_en or finding.fallback, focus, value, _label(data, value, "en")),
        field_fr=shape_text.name_fr,
        field_en=shape_text.name_en,
        file=None if source is None else source.file,
        line=None if source is None else source.line,
        fiche=fiche_of.get(focus) or fiche_of.get(_without_fragment(focus)),
        shape=str(shape) if isinstance(shape, URIRef) else None,
        component=str(component or ""),
        value_term=value,
    )


def _shape_text(node: Node | None) -> ShapeText | None:
    return None if node is None else _shape_texts().get(node)


def _locate(focus: Node, path: URIRef | None, origins: Origins, inner: tuple[URIRef, ...] = ()) -> Source | None:
    owner = _without_fragment(focus)
    for key in (*((focus, p) for p in inner), (focus, path), (focus, None), (owner, path), (owner, None)):
        if key in origins:
            return origins[key]
    return None


def _without_fragment(node: Node) -> Node:
    if isinstance(node, URIRef) and "#" in node:
        return URIRef(node.split("#", 1)[0])
    return node


def _label(data: Graph, value: Node | None, lang: str) -> str | None:
    """The label of an IRI value (a concept) in ``lang``, else in French: what a contributor reads."""
    if not isinstance(value, URIRef):
        return None
    labels = {o.language: str(o) for o in data.objects(value, SKOS.prefLabel) if isinstance(o, Literal)}
    return labels.get(lang) or labels.get("fr")


def _fill(message: str, focus: Node, value: Node | None, label: str | None) -> str:
    """SHACL's message templates: pySHACL fills them too, but drops the language tag when it does."""
    shown = label or ("" if value is None else str(value))
    return (message.replace("{?value}", shown).replace("{$value}", shown)
            .replace("{$this}", str(focus)).replace("{?this}", str(focus)))


def _fallback_message(results: Graph, node: Node) -> str:
    # Only reached for a shape without sh:message, which tests forbid: pySHACL's English text then.
    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    return messages[0] if messages else "SHACL constraint not satisfied"


def _component_slug(component: Node | None) -> str:
    local = str(component or "").rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return f"shacl-{local.lower()}" if local else "shacl"
