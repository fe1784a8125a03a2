"""Renders a validation Report for people (text, fr/en), programs (JSON) and RDF tools (SHACL Turtle)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

import jinja2
from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from .report import Report, Result
from .validate import RTESH

# Words of the text report; messages and field names come from the shapes, already in both languages.
WORDS = {
    "fr": {
        "title": "Rapport de validation rtes-kg",
        "severity": {"violation": ("violation", "violations"), "warning": ("avertissement", "avertissements"),
                     "info": ("information", "informations")},
        "tag": {"violation": "violation", "warning": "avertissement", "info": "info"},
        "fiche": ("fiche", "fiches"),
        "fiche_heading": "Fiche « {name} »",
        "no_fiche": "Hors fiche",
        "field": "champ « {name} » : ",
        "value": " (valeur : « {value} »)",
        "conforms": "Conforme : aucune violation, les fiches peuvent être publiées.",
        "not_conforms": "Non conforme : {violations}. Une fiche avec une violation n'est pas publiée "
                        "tant qu'elle n'est pas corrigée.",
        "in_fiches": "{violations} dans {fiches}",
        "clean": "{fiches} sans aucune remarque.",
    },
    "en": {
        "title": "rtes-kg validation report",
        "severity": {"violation": ("violation", "violations"), "warning": ("warning", "warnings"),
                     "info": ("info", "infos")},
        "tag": {"violation": "violation", "warning": "warning", "info": "info"},
        "fiche": ("fiche", "fiches"),
        "fiche_heading": "Fiche “{name}”",
        "no_fiche": "Outside any fiche",
        "field": "field “{name}”: ",
        "value": " (value: “{value}”)",
        "conforms": "Conforms: no violation, the fiches can be published.",
        "not_conforms": "Does not conform: {violations}. A fiche with a violation is not published "
                        "until it is fixed.",
        "in_fiches": "{violations} in {fiches}",
        "clean": "{fiches} without any remark.",
    },
}
VALUE_WIDTH = 80  # a whole action text would drown the line; the location leads to it anyway


@dataclass(frozen=True)
class TextLine:
    location: str
    tag: str
    text: str


@dataclass(frozen=True)
class TextSection:
    heading: str
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class TextPage:
    title: str
    counts: str
    sections: tuple[TextSection, ...]
    clean: str | None
    summary: str


@functools.cache
def _templates() -> jinja2.Environment:
    # Autoescape is for HTML/XML templates only: escaping a text report would turn "l'adresse" into
    # "l&#39;adresse". StrictUndefined: a variable missing from the context fails instead of vanishing.
    return jinja2.Environment(
        loader=jinja2.PackageLoader("rtes_kg", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


def render_text(report: Report, lang: str = "fr") -> str:
    """The report for a contributor: grouped by fiche then severity, each line says where, what, how to fix."""
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}: expected one of {sorted(WORDS)}")
    return _templates().get_template("report.txt.j2").render(page=text_page(report, lang))


def text_page(report: Report, lang: str) -> TextPage:
    """The plain context of the text report: every word chosen, nothing left for the template to decide."""
    words = WORDS[lang]
    sections = []
    clean = 0
    for fiche, part in report.by_fiche().items():
        if not part.results:
            clean += 1
            continue
        heading = words["no_fiche"] if fiche is None else words["fiche_heading"].format(name=fiche)
        lines = [_line(result, words, lang)
                 for severity in ("violation", "warning", "info")
                 for result in part.results if result.severity == severity]
        sections.append(TextSection(heading, tuple(lines)))
    counts = report.counts
    fiche_word = _plural(len(report.fiches), words["fiche"], lang)
    count_words = ", ".join(_plural(counts[s], words["severity"][s], lang) for s in ("violation", "warning", "info"))
    if report.conforms:
        summary = words["conforms"]
    else:
        violations = _plural(counts["violation"], words["severity"]["violation"], lang)
        failing = len(report.failing_fiches())
        if failing:
            violations = words["in_fiches"].format(violations=violations,
                                                   fiches=_plural(failing, words["fiche"], lang))
        summary = words["not_conforms"].format(violations=violations)
    return TextPage(
        title=words["title"],
        counts=f"{fiche_word} : {count_words}" if lang == "fr" else f"{fiche_word}: {count_words}",
        sections=tuple(sections),
        clean=words["clean"].format(fiches=_plural(clean, words["fiche"], lang)) if clean else None,
        summary=summary,
    )


def _line(result: Result, words: dict, lang: str) -> TextLine:
    if result.file is not None:
        location = f"{result.file}:{result.line}" if result.line else result.file
    else:
        location = f"<{result.focus}>"
    field = result.field_name(lang)
    text = (words["field"].format(name=field) if field else "") + result.message(lang)
    shown = result.value_label or result.value
    # The kind-in-the-name message already quotes its value: no need to repeat it.
    if shown is not None and f"« {shown} »" not in text and f'"{shown}"' not in text:
        shown = " ".join(shown.split())
        if len(shown) > VALUE_WIDTH:
            shown = shown[:VALUE_WIDTH - 1] + "…"
        text += words["value"].format(value=shown)
    return TextLine(location, words["tag"][result.severity], text)


def _plural(count: int, forms: tuple[str, str], lang: str) -> str:
    # French uses the singular for 0 and 1 ("0 violation"), English for 1 only.
    singular = count == 1 or (count == 0 and lang == "fr")
    return f"{count} {forms[0] if singular else forms[1]}"


def render_json(report: Report) -> str:
    """``report.to_dict()`` as JSON (schema in rtes_kg.report), stable key order, UTF-8 text."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_turtle(report: Report) -> str:
    """The standard ``sh:ValidationReport`` in Turtle, plus where each result comes from in the fiches.

    Deterministic: results keep the report's order and their blank nodes are numbered in that order.
    """
    graph = Graph(bind_namespaces="core")
    graph.bind("sh", SH)
    graph.bind("rtesh", RTESH)
    root = BNode("report")
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, Literal(report.conforms)))
    for number, result in enumerate(report.results):
        node = BNode(f"result{number:06d}")
        graph.add((root, SH.result, node))
        for predicate, value in _result_triples(result):
            graph.add((node, predicate, value))
    return graph.serialize(format="turtle")


def _result_triples(result: Result) -> list[tuple[URIRef, Node]]:
    severity = {"violation": SH.Violation, "warning": SH.Warning, "info": SH.Info}[result.severity]
    triples: list[tuple[URIRef, Node]] = [
        (RDF.type, SH.ValidationResult),
        (SH.focusNode, URIRef(result.focus)),
        (SH.resultSeverity, severity),
        (SH.resultMessage, Literal(result.message_fr, lang="fr")),
        (SH.resultMessage, Literal(result.message_en, lang="en")),
        (RTESH.code, Literal(result.type)),
    ]
    if result.component:
        triples.append((SH.sourceConstraintComponent, URIRef(result.component)))
    if result.shape:
        triples.append((SH.sourceShape, URIRef(result.shape)))
    if result.path:
        triples.append((SH.resultPath, URIRef(result.path)))
    if result.value is not None:
        triples.append((SH.value, result.value_term if result.value_term is not None else Literal(result.value)))
    if result.file is not None:
        triples.append((RTESH.fichierSource, Literal(result.file)))
    if result.line is not None:
        triples.append((RTESH.ligneSource, Literal(result.line, datatype=XSD.integer)))
    if result.fiche is not None:
        triples.append((RTESH.fiche, Literal(result.fiche)))
    return triples
