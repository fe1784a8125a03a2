"""The validation service of `serve`: what a submission may be, how often a client may send one,
and the worker processes that check it (the check of `rtes-kg validate`) within a time limit.

Nothing is stored: a submission lives in the memory of the request and of one worker, and is
gone with the answer. Nothing is fetched: the parsers are pyoxigraph's, which load no remote
JSON-LD context and expand no external XML entity, and the workers run with an address-space
limit, so that a bomb of internal entities ends that worker, not the server.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import cast
from urllib.parse import parse_qs

from rtes_kg import formats
from rtes_kg.check.report import SEVERITIES, Report, Severity
from rtes_kg.errors import InputError
from rtes_kg.inputs import FICHE_SUFFIXES, decode
from rtes_kg.serve.http import Request
from rtes_kg.serve.limits import Refusal
from rtes_kg.serve.multipart import MultipartError, parse_form
from rtes_kg.sparql.answers import BadQuery
from rtes_kg.sparql.runner import Busy, OutOfMemory, Overrun, Pool, Stopped

FICHE = "fiche"
SYNTAXES = (FICHE, *(syntax.name for syntax in formats.RDF))  # what ?syntaxe= may name
LANGS = ("fr", "en")
# The HTTP status of a verdict says what the exit code of `rtes-kg validate` says.
STATUS = {0: 200, 1: 422, 2: 400}
FIELDS = ("fichier", "file", "fiche")  # the multipart field of the file, by any of these names


@dataclass(frozen=True)
class ValidationLimits:
    """The limits of the validation service, declared once: the CLI options and docs read them."""

    max_bytes: int = 512 * 1024  # bytes of a submitted file (a fiche is a few KB)
    timeout: float = 30.0  # seconds a check may run before its worker process is killed
    workers: int = 1  # validation worker processes
    per_minute: int = 30  # submissions per client and minute (a burst of as many); 0: no limit
    memory: int = 2 * 1024 ** 3  # bytes of address space a worker may take

    @property
    def max_body(self) -> int:
        """What a request may carry: the file, plus the form's other fields and boundaries."""
        return self.max_bytes + 64 * 1024


@dataclass(frozen=True)
class Submission:
    """A file to check, as sent: its name, bytes, syntax (None: from the name), language, threshold."""

    label: str
    data: bytes
    syntax: str | None
    lang: str = "fr"
    fail_on: str = "violation"


@dataclass(frozen=True)
class CheckJob:
    """What a worker is sent: the text, or the error that made the bytes unreadable."""

    label: str
    text: str | None
    syntax: str | None
    error: tuple[str, str | None, int | None, str | None] | None = None  # InputError's fields
    preview: bool = True


@dataclass(frozen=True)
class Verdict:
    """What a worker answers: the report, the input errors as the CLI prints them, the preview."""

    report: Report
    errors: tuple[str, ...]
    preview: object | None = None  # a site.summary.Preview: the member page as it would be published

    def exit_code(self, fail_on: str = "violation") -> int:
        if self.errors:
            return 2
        return 1 if self.report.fails(cast(Severity, fail_on)) else 0



def job_of(submission: Submission, preview: bool = True) -> CheckJob:
    """Decode the bytes as `rtes-kg validate` does; what cannot be read becomes the job's error.
    ``preview``: lay out the member page too (the web page shows it; the API does not)."""
    syntax = submission.syntax or syntax_of_name(submission.label)
    try:
        return CheckJob(submission.label, decode(submission.data, submission.label), syntax, preview=preview)
    except InputError as error:
        return CheckJob(submission.label, None, syntax, (error.message, error.file, error.line, error.hint),
                        preview=preview)


def syntax_of_name(label: str) -> str | None:
    suffix = PurePath(label).suffix.lower()
    if suffix in FICHE_SUFFIXES or not suffix:
        return FICHE
    found = formats.by_suffix(label)
    return found.name if found else None


class Checker(Pool):
    """Validation worker processes (``python -m rtes_kg.serve.checker``); a check that outlives
    the time limit has its worker killed and replaced, as a SPARQL query's would."""

    keeps_answers = False  # a submission is checked each time it is sent: its verdicts are not kept

    def __init__(self, limits: ValidationLimits, base_iri: str):
        self.base_iri = base_iri
        super().__init__(Path(), limits.workers, limits.timeout, wait=min(limits.timeout, 10.0),
                         memory=limits.memory)

    def command(self) -> list[str]:
        return [sys.executable, "-m", "rtes_kg.serve.checker", self.base_iri, str(self.memory)]

    def check(self, job: CheckJob) -> Verdict:
        try:
            return cast(Verdict, self.run(job))  # type: ignore[arg-type]  # the pool carries any job
        except Busy:
            raise Refusal(503, "serveur occupé : toutes les validations en cours, réessayez dans "
                               "quelques secondes") from None
        except Overrun:
            raise Refusal(503, f"délai dépassé : validation arrêtée après {self.timeout:g} s "
                               "(le fichier est-il une fiche ou un fichier RDF ordinaire ?)") from None
        except BadQuery as error:  # the worker caught an error of its own
            if str(error) == "mémoire":
                raise Refusal(422, "ce fichier demande trop de mémoire pour être validé ; ce n’est pas une "
                                   "fiche ou un fichier RDF ordinaire") from None
            raise Refusal(500, f"erreur interne pendant la validation ({error})") from None
        except (Stopped, OutOfMemory):
            raise Refusal(422, "la validation de ce fichier a arrêté son processus (mémoire épuisée ?) ; "
                               "le fichier n’est pas une fiche ou un fichier RDF ordinaire") from None


class RateLimit:
    """A token bucket per client address: ``per_minute`` submissions a minute, in bursts of as
    many. At most ``clients`` addresses are remembered (the least recently seen are forgotten)."""

    def __init__(self, per_minute: int, clients: int = 10_000, clock=time.monotonic):
        self.per_minute = per_minute
        self.clients = clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> None:
        """Spend one token of ``client``, or raise a 429 Refusal saying when to come back."""
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        now = self.clock()
        with self._lock:
            tokens, then = self._buckets.pop(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - then) * rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                wait = max(1, int((1.0 - tokens) / rate + 0.999))
                raise Refusal(429, f"trop de validations depuis cette adresse : {self.per_minute} par "
                                   f"minute au plus ; réessayez dans {wait} s")
            self._buckets[client] = (tokens - 1.0, now)
            while len(self._buckets) > self.clients:
                self._buckets.popitem(last=False)

    def retry_after(self) -> int:
        return max(1, int(60 / self.per_minute)) if self.per_minute > 0 else 0


# --- reading a submission ---------------------------------------------------------------------


def read_api(request: Request, limits: ValidationLimits) -> Submission:
    """A submission to POST /api/validate: a raw body (its Content-Type, or ?syntaxe=, says the
    syntax) or a multipart form with the file in a field ``fichier`` (or ``file``)."""
    params = {name: values[0] for name, values in request.params().items() if values}
    media = _media(request)
    body = _body(request, limits)
    if media == "multipart/form-data":
        fields, files = multipart(request, body)
        params = {**fields, **params}
        label, data = _the_file(files, fields)
    elif media == "application/x-www-form-urlencoded":
        fields = {name: values[0] for name, values in parse_qs(_utf8(body), keep_blank_values=True).items()}
        params = {**fields, **params}
        label, data = params.get("nom", "fiche.txt"), params.get("texte", "").encode("utf-8")
    else:
        label = params.get("nom") or _default_label(media)
        data = body
        if "syntaxe" not in params and media and media != "application/octet-stream":
            params["syntaxe"] = _syntax_of_media(media)
    return _submission(label, data, params, request, limits)


def read_form(request: Request, limits: ValidationLimits) -> tuple[Submission, dict[str, str]]:
    """A submission of the /valider form (multipart: a pasted text ``texte`` and/or a file
    ``fichier``; the file wins when both are given). Also returns the form's fields."""
    media = _media(request)
    body = _body(request, limits)
    if media == "multipart/form-data":
        fields, files = multipart(request, body)
    elif media == "application/x-www-form-urlencoded":
        fields = {name: values[0] for name, values in parse_qs(_utf8(body), keep_blank_values=True).items()}
        files = {}
    else:
        raise Refusal(415, "envoyez le formulaire (multipart/form-data ou application/x-www-form-urlencoded)")
    params = {**fields, **{name: values[0] for name, values in request.params().items() if values}}
    upload = next((files[name] for name in FIELDS if name in files and files[name][1]), None)
    if upload is not None:
        label, data = upload
    else:
        text = fields.get("texte", "")
        if not text.strip():
            raise Refusal(400, "rien à valider : collez le texte d’une fiche ou choisissez un fichier")
        label = fields.get("nom") or "fiche.txt"
        data = text.replace("\r\n", "\n").encode("utf-8")
    return _submission(label, data, params, request, limits), fields


def _submission(label: str, data: bytes, params: dict[str, str], request: Request,
                limits: ValidationLimits) -> Submission:
    if len(data) > limits.max_bytes:
        raise Refusal(413, f"fichier trop gros : {limits.max_bytes // 1024} Ko au plus (une fiche fait "
                           "quelques Ko)")
    syntax = (params.get("syntaxe") or params.get("syntax") or "").strip().lower() or None
    if syntax == "auto":
        syntax = None
    if syntax is not None and syntax != FICHE:
        try:
            syntax = formats.by_name(syntax).name
        except KeyError:
            raise Refusal(400, f"syntaxe « {syntax} » inconnue ; syntaxes : {', '.join(SYNTAXES)}") from None
    if syntax is None and syntax_of_name(label) is None:
        raise Refusal(415, f"« {PurePath(label).suffix} » : ni une fiche (.txt) ni un fichier RDF "
                           f"({', '.join(formats.SUFFIXES)}) ; précisez ?syntaxe=")
    fail_on = params.get("fail-on") or params.get("fail_on") or "violation"
    if fail_on not in SEVERITIES:
        raise Refusal(400, f"fail-on « {fail_on} » inconnu ; valeurs : {', '.join(SEVERITIES)}")
    return Submission(_safe_label(label), data, syntax, language(request, params.get("lang")), fail_on)


def language(request: Request, asked: str | None = None) -> str:
    """French unless ?lang=en, or an Accept-Language that prefers English to French."""
    if asked in LANGS:
        return asked
    best: tuple[float, str] = (0.0, "fr")
    for item in (request.header("Accept-Language") or "").split(","):
        tag, _, q = item.strip().partition(";q=")
        code = tag.strip().lower()[:2]
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            continue
        if code in LANGS and weight > best[0]:
            best = (weight, code)
    return best[1]


def _media(request: Request) -> str:
    return (request.header("Content-Type") or "").partition(";")[0].strip().lower()


def _body(request: Request, limits: ValidationLimits) -> bytes:
    if request.content_length > limits.max_body:
        raise Refusal(413, f"fichier trop gros : {limits.max_bytes // 1024} Ko au plus (une fiche fait "
                           "quelques Ko)")
    return request.body()


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refusal(400, "le formulaire n’est pas en UTF-8") from None


def _default_label(media: str) -> str:
    syntax = formats.by_media_type(media) if media else None
    return f"contribution{syntax.suffix}" if syntax else "fiche.txt"


def _syntax_of_media(media: str) -> str:
    if media in ("text/plain", "text/markdown"):
        return FICHE
    syntax = formats.by_media_type(media)
    if syntax is None:
        raise Refusal(415, f"type de contenu « {media} » non pris en charge : text/plain (une fiche) ou "
                           + ", ".join(s.media_type for s in formats.RDF))
    return syntax.name


def _the_file(files: dict[str, tuple[str, bytes]], fields: dict[str, str]) -> tuple[str, bytes]:
    for name in FIELDS:
        if name in files:
            return files[name]
    if "texte" in fields:
        return fields.get("nom") or "fiche.txt", fields["texte"].encode("utf-8")
    raise Refusal(400, "formulaire sans fichier : envoyez-le dans le champ « fichier » "
                       "(curl -F fichier=@ma-fiche.txt …)")


def _safe_label(label: str) -> str:
    """The file name only (no folder), printable, short: it is echoed in the report."""
    name = PurePath(label.replace("\\", "/")).name
    name = "".join(char for char in name if char.isprintable())[:120]
    return name or "fiche.txt"


def multipart(request: Request, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """The text fields and the files ({field: (file name, bytes)}) of a multipart/form-data body."""
    try:
        return parse_form(request.header("Content-Type") or "", body)
    except MultipartError as error:
        raise Refusal(400, str(error)) from None
