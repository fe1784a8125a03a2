"""What the endpoint refuses before a query runs: updates, SERVICE, remote FROM, oversize input."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin


@dataclass(frozen=True)
class Limits:
    """The endpoint's limits, declared once: the CLI options and the docs come from these fields."""

    timeout: float = 10.0        # seconds a query may run before its worker process is killed
    max_rows: int = 10_000       # solutions (or triples) returned; more are cut, with a header
    max_body: int = 64 * 1024    # bytes of a POST body (413 above)
    max_query: int = 16 * 1024   # bytes of a query or of a request URI (414 / 413 above)
    workers: int = 2             # query worker processes, each holding its own copy of the store
    # Capacity: SPARQL has its own threads, pages keep theirs whatever the queries do.
    waiting: int = 2             # queries that may wait for a busy worker; more: 503 at once
    per_client: int = 2          # queries one client address may have running or waiting; more: 429
    page_threads: int = 4        # threads for pages and files, never taken by a query
    # What one query may cost.
    max_result_bytes: int = 16 * 1024 * 1024  # of a result; more is cut, with a header
    worker_memory: int = 1024 * 1024 * 1024   # bytes a worker may add to its loaded store
    # Connections: a slow or greedy client cannot hold the server (serve/channels.py).
    max_connections: int = 4000  # open connections; each costs a socket and a few kB, not a thread
    connections_per_client: int = 100  # open connections of one address; more are closed at once
    header_timeout: float = 10.0  # seconds for a request's headers to arrive, from its first byte
    body_timeout: float = 30.0   # seconds for the whole request to arrive, from its first byte
    idle_timeout: float = 15.0   # seconds a keep-alive connection may stay silent
    # The reverse proxy in front, if any: its X-Forwarded-For names the client that per-client
    # limits count, and its own connections are not capped (it caps its clients itself).
    trusted_proxy: str | None = None

    @property
    def query_slots(self) -> int:
        """Queries admitted at once: running in a worker, or waiting for one."""
        return self.workers + self.waiting

    @property
    def threads(self) -> int:
        return self.page_threads + self.query_slots



class Refusal(Exception):
    """A request the endpoint will not run: ``status`` is the HTTP status, the message says why."""

    def __init__(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()):
        self.status = status
        self.message = message
        self.headers = headers  # Retry-After for 429 and 503
        super().__init__(message)


_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)  # "<http://a/\u0062>", as Oxigraph
  | (?P<var>[?$]\w+)
  | (?P<word>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*|[^\W\d][\w-]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)

MAX_NESTING = 64  # the example queries nest 6 deep
# Oxigraph parses "1+1+…" by recursion too: 8,000 terms overflow its stack; the examples use 20.
MAX_OPERATORS = 1_000
_OPERATORS = frozenset("+-*/|&=<>!^")
# "+ - * /" anywhere in the text, IRIs included ("…/org/ville-de-laval" has seven): Oxigraph's stack
# overflows past about 7,000 chained terms; a query of 16 kB with IRIs only holds some 3,000.
MAX_RAW_OPERATORS = 4_000
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def tokens(query: str) -> list[tuple[str, str]]:
    """(kind, text) of every significant token: comments, strings and IRIs can hide no keyword."""
    return [(match.lastgroup, match.group()) for match in _TOKEN.finditer(query)
            if match.lastgroup is not None and match.lastgroup not in ("space", "comment")]


def check_query(query: str, graphs: frozenset[str], limits: Limits) -> None:
    """Raise a Refusal for a query the endpoint will not run."""
    if len(query.encode("utf-8")) > limits.max_query:
        raise Refusal(413, f"requête trop longue : {limits.max_query} octets au plus")
    found = tokens(query)
    if ("other", "\\") in found:
        # an escape the tokens above do not read could hide what follows from them (Oxigraph reads
        # \u escapes in strings and IRIs only, where they are read here too)
        raise Refusal(400, "barre oblique inverse hors d’une chaîne ou d’un IRI : écrivez le caractère "
                           "lui-même, ou l’échappement \\uXXXX à l’intérieur d’un IRI <…> ou d’une chaîne")
    if _nesting(found) > MAX_NESTING:
        raise Refusal(400, f"requête trop imbriquée : {MAX_NESTING} niveaux de parenthèses, d’accolades ou "
                           "d’opérateurs au plus")
    if sum(kind == "other" and text in _OPERATORS for kind, text in found) > MAX_OPERATORS:
        raise Refusal(400, f"requête trop longue : {MAX_OPERATORS} opérateurs au plus")
    _check_ambiguous(query, found)
    prefixes, base, rest = _prologue(found)
    words = [(kind, text.upper()) for kind, text in rest]
    if words and words[0][0] == "word" and words[0][1] in UPDATE_KEYWORDS:
        raise Refusal(403, "point d’accès en lecture seule : les mises à jour SPARQL "
                           f"({words[0][1]}…) sont refusées")
    for index, (kind, word) in enumerate(words):
        if kind != "word":
            continue
        if word.startswith("SERVICE"):  # Oxigraph reads "SERVICESILENT<…>", "SERVICEex:a", "service:x" so
            raise Refusal(400, "SERVICE refusé : ce point d’accès n’interroge aucun autre serveur")
        if word == "FROM":
            target = rest[index + 1:index + 3]
            if target and target[0][1].upper() == "NAMED":
                target = target[1:]
            iri = _resolve(target[0] if target else ("other", ""), prefixes, base)
            check_graphs([iri] if iri else [""], graphs)


def _check_ambiguous(query: str, found: list[tuple[str, str]]) -> None:
    """Refuse what the tokens above may read otherwise than Oxigraph. Where an expression may go
    on, Oxigraph reads "<" as less-than, where they read an IRI: in "1<'>'" the IRI "<'>" then
    opens a string that hid the rest of the line from them; in "1<((((…))))>2" or "1<1-1-…-1>2"
    the IRI hid brackets and operators. So an IRI holds no quote, and the brackets and operators
    are also counted in the raw text, wherever they are (a real query has few in its IRIs)."""
    if any(kind == "iri" and ("'" in text or '"' in text) for kind, text in found):
        raise Refusal(400, "apostrophe ou guillemet dans un IRI <…> : écrivez-le %27 ou %22")
    depth = deepest = 0
    for character in query:
        if character in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif character in ")}]":
            depth = max(0, depth - 1)
    if deepest > MAX_NESTING:
        raise Refusal(400, f"requête trop imbriquée : {MAX_NESTING} niveaux de parenthèses, d’accolades ou "
                           "de crochets au plus (chaînes et IRI comptés)")
    if sum(query.count(operator) for operator in "+-*/") > MAX_RAW_OPERATORS:
        raise Refusal(400, f"requête trop longue : {MAX_RAW_OPERATORS} signes + - * / au plus "
                           "(chaînes et IRI comptés)")
    if any(kind == "iri" and "#" in text for kind, text in found) \
            and any(kind == "string" and text[:3] in ('"""', "'''") for kind, text in found):
        # "1<#> """": Oxigraph may read a comment where the tokens read a long string
        raise Refusal(400, "chaîne entre triples guillemets dans une requête dont un IRI contient « # » : "
                           "écrivez la chaîne entre guillemets simples")


def _nesting(found: list[tuple[str, str]]) -> int:
    """How deep the query nests: brackets, or unary operators or quoted triples in a row ("!!!!x",
    "-----1", "<< << <<"). Oxigraph parses them by recursion: a few thousand levels overflow its stack
    and kill the worker, which then reloads the whole release."""
    deepest = depth = run = 0
    for kind, text in found:
        if kind != "other":
            run = 0
            continue
        if text in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif text in ")}]":
            depth -= 1
        run = run + 1 if text in "!-+^<" else 0
        deepest = max(deepest, run)
    return deepest


def check_graphs(iris: list[str], graphs: frozenset[str]) -> None:
    """FROM / default-graph-uri / named-graph-uri may name only the release's own graphs."""
    for iri in iris:
        if iri not in graphs:
            raise Refusal(400, f"graphe « {iri} » inconnu : FROM ne peut nommer qu’un graphe de "
                               "cette release (aucun graphe distant n’est chargé)")


def _prologue(found: list[tuple[str, str]]) -> tuple[dict[str, str], str | None, list[tuple[str, str]]]:
    prefixes: dict[str, str] = {}
    base = None
    index = 0
    while index < len(found):
        kind, text = found[index]
        if kind == "word" and text.upper() == "BASE" and index + 1 < len(found):
            base = found[index + 1][1].strip("<>")
            index += 2
        elif kind == "word" and text.upper() == "PREFIX" and index + 2 < len(found):
            prefixes[found[index + 1][1].rstrip(":")] = found[index + 2][1].strip("<>")
            index += 3
        else:
            break
    return prefixes, base, found[index:]


def _resolve(token: tuple[str, str], prefixes: dict[str, str], base: str | None) -> str | None:
    kind, text = token
    if kind == "iri":
        iri = text[1:-1]
        return urljoin(base, iri) if base else iri
    if kind == "word" and ":" in text:
        prefix, _, local = text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + local
    return None
