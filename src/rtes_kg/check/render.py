"""Renders a validation Report for people (text, summary, HTML; fr/en), programs (JSON) and RDF tools (SHACL Turtle)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypedDict

from rtes_kg.check.report import Report, Result
from rtes_kg.check.report_turtle import render_turtle
from rtes_kg.escaping import printable
from rtes_kg.project import environment

__all__ = ["html_page", "render_html", "render_json", "render_summary", "render_text", "render_turtle",
           "text_page"]


class Words(TypedDict):
    """The words of the reports in one language: (singular, plural) pairs and str.format templates."""

    title: str
    severity: dict[str, tuple[str, str]]
    tag: dict[str, str]
    fiche: tuple[str, str]
    fiche_heading: str
    no_fiche: str
    field: str
    value: str
    conforms: str
    not_conforms: str
    in_fiches: str
    clean: str
    file: tuple[str, str]
    file_heading: str
    summary_title: str
    summary_line: str
    example: str
    columns: tuple[str, ...]
    summary_columns: tuple[str, ...]
    caption: str
    html_intro: str


# Words of the text report; messages and field names come from the shapes, already in both languages.
WORDS: dict[str, Words] = {
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
        "file": ("fichier", "fichiers"),
        "file_heading": "Fichier « {name} »",
        "summary_title": "Résumé par contrôle",
        "summary_line": "{count} × [{tag}] {type}{field} — {files}",
        "example": "exemple : {message}",
        "columns": ("Lieu", "Gravité", "Champ", "Problème et correction", "Valeur"),
        "summary_columns": ("Nombre", "Gravité", "Contrôle", "Champ", "Fichiers", "Exemple de message"),
        "caption": "Remarques sur {name}, des plus graves aux moins graves",
        "html_intro": "Chaque ligne dit où est le problème (fichier et ligne), ce qui ne va pas et "
                      "comment le corriger. Une violation empêche la publication ; un avertissement "
                      "ou une information ne l'empêche pas.",
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
        "file": ("file", "files"),
        "file_heading": "File “{name}”",
        "summary_title": "Summary by check",
        "summary_line": "{count} × [{tag}] {type}{field} — {files}",
        "example": "example: {message}",
        "columns": ("Where", "Severity", "Field", "Problem and fix", "Value"),
        "summary_columns": ("Count", "Severity", "Check", "Field", "Files", "Example message"),
        "caption": "Remarks on {name}, most severe first",
        "html_intro": "Each line says where the problem is (file and line), what is wrong and how to "
                      "fix it. A violation prevents publication; a warning or an info does not.",
    },
}
VALUE_WIDTH = 80  # a whole action text would drown the line; the location leads to it anyway


@dataclass(frozen=True)
class TextLine:
    location: str
    tag: str
    text: str
    severity: str = "violation"
    field: str | None = None  # the parts of ``text``, for the HTML page
    message: str = ""
    value: str | None = None


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


def render_text(report: Report, lang: str = "fr", style: Style | None = None) -> str:
    """The report for a contributor: grouped by fiche then severity, each line says where, what, how to fix.

    ``style`` emphasises parts of it for a terminal (see ``Style``).
    """
    _check_lang(lang)
    return environment().get_template("report.txt.j2").render(page=text_page(report, lang, style))


def _check_lang(lang: str) -> None:
    if lang not in WORDS:
        raise ValueError(f"unknown language {lang!r}: expected one of {sorted(WORDS)}")


# How a terminal may emphasise a part of the text report: style(text, role) -> text, where role is
# "location", a severity ("violation", "warning", "info"), "conforms" or "not-conforms". The CLI
# gives one (ANSI colours); the library never decides to colour.
Style = Callable[[str, str], str]


def text_page(report: Report, lang: str, style: Style | None = None) -> TextPage:
    """The plain context of the text report: every word chosen, nothing left for the template to decide."""
    words = WORDS[lang]
    sections = []
    for heading, results in _groups(report, words):
        lines = [_line(result, words, lang) for result in _by_severity(results)]
        if style:
            lines = [dataclasses.replace(line, location=style(line.location, "location"),
                                         tag=style(line.tag, line.severity))
                     for line in lines]
        sections.append(TextSection(heading, tuple(lines)))
    clean = sum(1 for part in report.by_fiche().values() if not part.results)
    summary = _verdict(report, words, lang)
    if style:
        summary = style(summary, "conforms" if report.conforms else "not-conforms")
    return TextPage(
        title=words["title"],
        counts=_counts(report, words, lang),
        sections=tuple(sections),
        clean=words["clean"].format(fiches=_plural(clean, words["fiche"], lang)) if clean else None,
        summary=summary,
    )


def _groups(report: Report, words: Words) -> list[tuple[str, tuple[Result, ...]]]:
    """(heading, results) per fiche; results of no fiche (RDF input) per file, then the rest."""
    groups = []
    for fiche, part in report.by_fiche().items():
        if not part.results:
            continue
        if fiche is not None:
            groups.append((words["fiche_heading"].format(name=printable(fiche)), part.results))
            continue
        files = sorted({r.file for r in part.results if r.file is not None})
        for file in files:
            groups.append((words["file_heading"].format(name=printable(file)),
                           tuple(r for r in part.results if r.file == file)))
        rest = tuple(r for r in part.results if r.file is None)
        if rest:
            groups.append((words["no_fiche"], rest))
    return groups


def _by_severity(results: tuple[Result, ...]) -> list[Result]:
    return [r for severity in ("violation", "warning", "info") for r in results if r.severity == severity]


def _counts(report: Report, words: Words, lang: str) -> str:
    files = {r.file for r in report.results if r.fiche is None and r.file is not None}
    things = [_plural(len(report.fiches), words["fiche"], lang)]
    if files:
        things = ([things[0]] if report.fiches else []) + [_plural(len(files), words["file"], lang)]
    counts = report.counts
    count_words = ", ".join(_plural(counts[s], words["severity"][s], lang) for s in ("violation", "warning", "info"))
    separator = " : " if lang == "fr" else ": "
    return ", ".join(things) + separator + count_words


def _verdict(report: Report, words: Words, lang: str) -> str:
    if report.conforms:
        return words["conforms"]
    violations = _plural(report.counts["violation"], words["severity"]["violation"], lang)
    failing = len(report.failing_fiches())
    if failing:
        violations = words["in_fiches"].format(violations=violations,
                                               fiches=_plural(failing, words["fiche"], lang))
    return words["not_conforms"].format(violations=violations)


def _line(result: Result, words: Words, lang: str) -> TextLine:
    if result.file is not None:
        location = f"{result.file}:{result.line}" if result.line else result.file
    else:
        location = f"<{result.focus}>"
    location = printable(location)  # file names and fiche text may hold escape sequences
    field = result.field_name(lang)
    message = result.message(lang)
    text = (words["field"].format(name=field) if field else "") + message
    shown = result.value_label or result.value
    # The kind-in-the-name message already quotes its value: no need to repeat it.
    if shown is not None and f"« {shown} »" not in text and f'"{shown}"' not in text:
        shown = " ".join(shown.split())
        if len(shown) > VALUE_WIDTH:
            shown = shown[:VALUE_WIDTH - 1] + "…"
        text += words["value"].format(value=shown)
    else:
        shown = None
    return TextLine(location, words["tag"][result.severity], printable(text), result.severity, field, message,
                    shown)


def render_summary(report: Report, lang: str = "fr", style: Style | None = None) -> str:
    """The results counted by check across every file: what to fix first in a large batch."""
    _check_lang(lang)
    words = WORDS[lang]
    lines = [words["title"], _counts(report, words, lang), "", words["summary_title"]]
    for row in report.summary():
        tag = words["tag"][row.severity]
        if style:
            tag = style(tag, row.severity)
        field = row.example.field_name(lang)
        lines.append(words["summary_line"].format(
            count=row.count, tag=tag, type=row.type,
            field=f" ({field})" if field else "", files=_plural(row.files, words["file"], lang)))
        lines.append("    " + words["example"].format(message=printable(row.example.message(lang))))
    verdict = _verdict(report, words, lang)
    if style:
        verdict = style(verdict, "conforms" if report.conforms else "not-conforms")
    lines += ["", verdict]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class HtmlGroup:
    heading: str
    caption: str
    lines: tuple[TextLine, ...]
    counts: str


@dataclass(frozen=True)
class HtmlPage:
    lang: str
    title: str
    intro: str
    counts: str
    verdict: str
    conforms: bool
    groups: tuple[HtmlGroup, ...]
    clean: str | None
    columns: tuple[str, ...]
    summary_title: str
    summary_columns: tuple[str, ...]
    summary: tuple[tuple[str, ...], ...]  # one row per check, cells as text
    severity_names: dict[str, str]


def render_html(report: Report, lang: str = "fr") -> str:
    """One self-contained HTML page (inline CSS, no script) to send to a contributor."""
    _check_lang(lang)
    return environment().get_template("report.html.j2").render(page=html_page(report, lang))


def html_page(report: Report, lang: str) -> HtmlPage:
    words = WORDS[lang]
    groups = []
    for heading, results in _groups(report, words):
        part = Report.of(results)
        counts = ", ".join(_plural(part.counts[s], words["severity"][s], lang)
                           for s in ("violation", "warning", "info") if part.counts[s])
        groups.append(HtmlGroup(heading, words["caption"].format(name=heading),
                                tuple(_line(r, words, lang) for r in _by_severity(results)), counts))
    clean = sum(1 for part in report.by_fiche().values() if not part.results)
    summary = tuple((str(row.count), words["tag"][row.severity], row.type,
                     row.example.field_name(lang) or "", str(row.files), row.example.message(lang))
                    for row in report.summary())
    return HtmlPage(
        lang=lang, title=words["title"], intro=words["html_intro"], counts=_counts(report, words, lang),
        verdict=_verdict(report, words, lang), conforms=report.conforms, groups=tuple(groups),
        clean=words["clean"].format(fiches=_plural(clean, words["fiche"], lang)) if clean else None,
        columns=words["columns"], summary_title=words["summary_title"],
        summary_columns=words["summary_columns"], summary=summary,
        severity_names={s: words["tag"][s] for s in ("violation", "warning", "info")},
    )


def _plural(count: int, forms: tuple[str, str], lang: str) -> str:
    # French uses the singular for 0 and 1 ("0 violation"), English for 1 only.
    singular = count == 1 or (count == 0 and lang == "fr")
    return f"{count} {forms[0] if singular else forms[1]}"


def render_json(report: Report) -> str:
    """``report.to_dict()`` as JSON (schema in rtes_kg.check.report), stable key order, UTF-8 text."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
