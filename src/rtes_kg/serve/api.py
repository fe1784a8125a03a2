"""The validation page (/valider) and API (POST /api/validate, /api/openapi.json, /api) of `serve`:
a plain HTML form that works without JavaScript, and the JSON report of `rtes-kg validate`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from rtes_kg import __version__, formats
from rtes_kg.check.render import WORDS as REPORT_WORDS
from rtes_kg.check.render import html_page, render_json
from rtes_kg.serve.http import Request, Response, strong_etag
from rtes_kg.serve.limits import Refusal
from rtes_kg.serve.openapi import openapi
from rtes_kg.serve.pages import PageRenderer
from rtes_kg.serve.validation import (
    STATUS,
    SYNTAXES,
    Checker,
    RateLimit,
    Submission,
    ValidationLimits,
    Verdict,
    job_of,
    language,
    read_api,
    read_form,
)

PAGE, API, SPEC, DOC = "/valider", "/api/validate", "/api/openapi.json", "/api"
PATHS = frozenset({PAGE, PAGE + "/", API, SPEC, DOC, DOC + "/"})
CORS: tuple[tuple[str, str], ...] = (("Access-Control-Allow-Origin", "*"),)
NO_STORE = (("Cache-Control", "no-store"),)
HTML = "text/html; charset=utf-8"

WORDS = {
    "fr": {"title": "Valider une fiche", "intro": "Collez le texte d’une fiche ou choisissez un fichier (fiche en "
           "texte, ou RDF : Turtle, JSON-LD, RDF/XML…), puis « Valider ». Le rapport est celui de "
           "rtes-kg validate : chaque remarque dit la ligne, le champ, ce qui ne va pas et comment le corriger. "
           "Rien n’est conservé sur le serveur.",
           "text": "Texte de la fiche", "file": "ou un fichier", "syntax": "Syntaxe", "auto": "d’après le nom du "
           "fichier (fiche si collée)", "submit": "Valider", "report": "Rapport", "source": "Le fichier, ligne par "
           "ligne", "preview": "Aperçu de la page publiée", "line": "Ligne", "no_line": "—",
           "preview_note": "La page de ce membre telle que le site la publierait (les liens vers d’autres "
           "membres ne mènent nulle part tant que la fiche n’est pas publiée).",
           "all_facts": "Toutes les données", "api": "Le même contrôle pour un programme : l’API",
           "limits": "Au plus {size} Ko ; {rate} validations par minute et par adresse.",
           "no_rate": "Au plus {size} Ko par fichier.",
           "other": "English", "other_lang": "en", "see": "voir la ligne", "remark": "remarque"},
    "en": {"title": "Validate a fiche", "intro": "Paste the text of a fiche or choose a file (a fiche as text, "
           "or RDF: Turtle, JSON-LD, RDF/XML…), then “Validate”. The report is that of rtes-kg validate: each "
           "remark gives the line, the field, what is wrong and how to fix it. Nothing is kept on the server.",
           "text": "Text of the fiche", "file": "or a file", "syntax": "Syntax", "auto": "from the file name "
           "(a fiche when pasted)", "submit": "Validate", "report": "Report", "source": "The file, line by line",
           "preview": "Preview of the published page", "line": "Line", "no_line": "—",
           "preview_note": "This member's page as the site would publish it (links to other members lead "
           "nowhere until the fiche is published).",
           "all_facts": "All the data", "api": "The same check for a program: the API",
           "limits": "At most {size} KB; {rate} validations a minute per address.",
           "no_rate": "At most {size} KB a file.",
           "other": "Français", "other_lang": "fr", "see": "see line", "remark": "remark"},
}


@dataclass(frozen=True)
class ReportRow:
    number: int
    line: int | None
    severity: str
    severity_name: str
    field: str
    message: str
    value: str


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str
    severity: str  # the gravest remark on it, or ""
    marks: tuple[int, ...]  # the numbers of the report's rows about this line


class Validation:
    """The routes of the validation service; ``checker`` is None when `serve` runs without it."""

    def __init__(self, checker: Checker | None, limits: ValidationLimits, pages: PageRenderer):
        self.checker = checker
        self.limits = limits
        self.pages = pages
        self.rate = RateLimit(limits.per_minute)

    def route(self, request: Request) -> Response:
        path = request.path
        if path == API:
            if request.method != "POST":
                raise Refusal(405, "POST /api/validate avec la fiche ou le fichier RDF dans le corps")
            return self.api(request)
        if path == SPEC:
            return self._get(request, self.spec)
        if path in (DOC, DOC + "/"):
            return self._get(request, self.doc)
        if request.method == "POST":
            return self.form(request)
        return self._get(request, self.empty_form)

    def _get(self, request: Request, answer) -> Response:
        if request.method not in ("GET", "HEAD"):
            raise Refusal(405, "lecture seule : GET ou HEAD")
        return answer(request)

    # --- API ---------------------------------------------------------------------------------

    def api(self, request: Request) -> Response:
        try:  # counted before its body is read: reading a body costs too
            self.rate.take(self.client(request))
            submission = read_api(request, self.limits)
        except Refusal as refusal:
            return self.refused(refusal)
        try:
            verdict = self.run(submission, preview=False)
        except Refusal as refusal:
            return self.refused(refusal)
        code = verdict.exit_code(submission.fail_on)
        body = render_json(verdict.report).encode("utf-8")
        headers = CORS + NO_STORE + (("Content-Type", "application/json; charset=utf-8"),
                                     ("RTES-Exit-Code", str(code)))
        return Response(STATUS[code], body, headers)

    def refused(self, refusal: Refusal) -> Response:
        """A refusal of the API as JSON: ``{"error": …, "status": …}``, the message of the CLI."""
        body = json.dumps({"error": refusal.message, "status": refusal.status}, ensure_ascii=False).encode("utf-8")
        headers = CORS + NO_STORE + (("Content-Type", "application/json; charset=utf-8"),)
        if refusal.status == 429:
            headers += (("Retry-After", str(self.rate.retry_after())),)
        if refusal.status == 503:
            headers += (("Retry-After", "5"),)
        return Response(refusal.status, body + b"\n", headers)

    def run(self, submission: Submission, preview: bool = True) -> Verdict:
        if self.checker is None:
            raise Refusal(503, "validation indisponible sur ce serveur")
        return self.checker.check(job_of(submission, preview))

    @staticmethod
    def client(request: Request) -> str:
        return request.environ.get("REMOTE_ADDR") or "?"

    def spec(self, request: Request) -> Response:
        body = json.dumps(openapi(request.origin, self.limits, __version__), ensure_ascii=False,
                          indent=1).encode("utf-8")
        return Response(200, body, CORS + (("Content-Type", "application/json; charset=utf-8"),
                                           ("Cache-Control", "public, max-age=300")), strong_etag(body))

    def doc(self, request: Request) -> Response:
        body = self.pages.render("api.html", title="API de validation", origin=request.origin,
                                 limits=self.limits, syntaxes=formats.RDF, version=__version__)
        return Response(200, body, (("Content-Type", HTML), ("Cache-Control", "public, max-age=300")),
                        strong_etag(body))

    # --- the page ----------------------------------------------------------------------------

    def empty_form(self, request: Request) -> Response:
        lang = language(request, request.param("lang"))
        body = self.render(lang, {})
        return Response(200, body, (("Content-Type", HTML), ("Cache-Control", "no-cache"),
                                    ("Vary", "Accept-Language")), strong_etag(body))

    def form(self, request: Request) -> Response:
        lang = language(request, request.param("lang"))
        fields: dict[str, str] = {}
        try:
            self.rate.take(self.client(request))  # before its body is read: reading a body costs too
            submission, fields = read_form(request, self.limits)
            lang = submission.lang
            verdict = self.run(submission)
        except Refusal as refusal:
            body = self.render(lang, fields, error=refusal.message)
            headers: tuple[tuple[str, str], ...] = NO_STORE + (("Content-Type", HTML),)
            if refusal.status == 429:
                headers += (("Retry-After", str(self.rate.retry_after())),)
            return Response(refusal.status, body, headers)
        text = submission.data.decode("utf-8", errors="replace")
        body = self.render(lang, fields, submission=submission, verdict=verdict, text=text)
        return Response(200, body, NO_STORE + (("Content-Type", HTML),))

    def render(self, lang: str, fields: dict[str, str], error: str = "", submission: Submission | None = None,
               verdict: Verdict | None = None, text: str = "") -> bytes:
        words = WORDS[lang]
        rows: list[ReportRow] = []
        lines: list[SourceLine] = []
        summary = None
        if verdict is not None and submission is not None:
            summary = html_page(verdict.report, lang)
            rows = report_rows(verdict, submission.label, lang)
            lines = source_lines(text, rows)
        return self.pages.render(
            "valider.html", title=words["title"], t=words, lang=lang, fields=fields, error=error,
            syntaxes=SYNTAXES, labels={s.name: s.label for s in formats.RDF}, submission=submission,
            verdict=verdict, summary=summary, rows=rows, lines=lines,
            limits=words["limits" if self.limits.per_minute else "no_rate"].format(
                size=self.limits.max_bytes // 1024, rate=self.limits.per_minute))


def report_rows(verdict: Verdict, label: str, lang: str) -> list[ReportRow]:
    """The report's results, most severe first within each line, lines in order."""
    words = REPORT_WORDS[lang]
    ordered = sorted(verdict.report.results,
                     key=lambda r: (r.line is None, r.line or 0, ("violation", "warning", "info").index(r.severity)))
    return [ReportRow(number, result.line if result.file in (label, None) else None, result.severity,
                      words["tag"][result.severity], result.field_name(lang) or "", result.message(lang),
                      " ".join((result.value_label or result.value or "").split())[:120])
            for number, result in enumerate(ordered, start=1)]


def source_lines(text: str, rows: list[ReportRow]) -> list[SourceLine]:
    by_line: dict[int, list[ReportRow]] = {}
    for row in rows:
        if row.line is not None:
            by_line.setdefault(row.line, []).append(row)
    lines = []
    for number, content in enumerate(text.splitlines(), start=1):
        found = by_line.get(number, [])
        gravest = min((("violation", "warning", "info").index(r.severity) for r in found), default=None)
        lines.append(SourceLine(number, content, ("violation", "warning", "info")[gravest]
                                if gravest is not None else "", tuple(r.number for r in found)))
    return lines
