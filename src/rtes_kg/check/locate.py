"""Finds the line of a triple in the text of an RDF file, so that a result on RDF input names a line.

Parsers give triples, not positions, so the line is found by reading the text again:

- N-Triples and N-Quads hold one statement per line: each line's subject and predicate are read
  with a regular expression, exactly.
- Turtle, TriG and N3: the subject is looked for at the start of a line, written as ``<IRI>``, as a
  prefixed name of one of the file's ``@prefix``/``PREFIX`` declarations, or relative to its
  ``@base``; the predicate (``a`` for ``rdf:type``) is then looked for in the lines of that
  statement, up to the line that ends with ``.``.
- JSON-LD and RDF/XML: the subject is the first line that holds its IRI (``"@id"``,
  ``rdf:about``; full or as its last segment) and the predicate the first line after it, before the
  next node, that holds the predicate's local name.

Limits, all of which give the subject's line or no line rather than a wrong fact: a subject
written in the middle of a line (``<a> <p> <o> . <b> <p> <o> .``), a statement whose predicate is
only in a nested ``[ … ]`` or after a multi-line string that ends a line with ``.``, blank nodes
(their labels change when parsed: no line), IRIs written with ``\\u`` escapes, and JSON-LD
``@context`` aliases whose key does not end with the predicate's local name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rtes_kg.formats import JSONLD, NQUADS, NTRIPLES, RDFXML, RdfSyntax

LINE_BASED = (NTRIPLES, NQUADS)  # one statement per line
MARKUP = (JSONLD, RDFXML)  # a node's IRI is a value ("@id", rdf:about), not a term at the line start
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

_LINE_STATEMENT = re.compile(r"^\s*<([^>]*)>\s+<([^>]*)>")
_PREFIX = re.compile(r"(?:@prefix|\bPREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_BASE = re.compile(r"(?:@base|\bBASE)\s+<([^>]*)>", re.IGNORECASE)
_LOCAL = re.compile(r"[\w-][\w.-]*")


@dataclass
class Locator:
    """Answers "on which line is this triple?" for one RDF file; build it once per file."""

    text: str
    syntax: RdfSyntax
    # Lookups that read the text again; past them, no line (each one reads every line, and a file
    # with 100,000 bad nodes would take hours to locate).
    scans: int = 2000
    _lines: list[str] = field(init=False, repr=False)
    _index: dict[tuple[str, str | None], int] = field(init=False, repr=False)
    _prefixes: list[tuple[str, str]] = field(init=False, repr=False)
    _base: str | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._lines = self.text.splitlines()
        self._index = {}
        self._prefixes = sorted(((p or "", ns) for p, ns in _PREFIX.findall(self.text)),
                                key=lambda pair: -len(pair[1]))
        bases = _BASE.findall(self.text)
        self._base = bases[0] if bases else None
        if self.syntax in LINE_BASED:
            for number, line in enumerate(self._lines, start=1):
                match = _LINE_STATEMENT.match(line)
                if match:
                    self._index.setdefault((match.group(1), match.group(2)), number)
                    self._index.setdefault((match.group(1), None), number)

    def line_of(self, subject: str, predicate: str | None = None) -> int | None:
        """The 1-based line of the triple (subject, predicate, …), else of the subject, else None."""
        if self.syntax in LINE_BASED:
            return self._index.get((subject, predicate)) or self._index.get((subject, None))
        key = (subject, predicate)
        if key not in self._index:
            if not self._spend():
                return None
            self._index[key] = self._find(subject, predicate) or 0
        return self._index[key] or None

    def _spend(self) -> bool:
        self.scans -= 1
        return self.scans >= 0

    def line_of_term(self, iri: str) -> int | None:
        """The first line where an IRI is written, in any position."""
        if not self._spend():
            return None
        if self.syntax in MARKUP:
            return next((n for n, line in enumerate(self._lines, start=1) if iri in line), None)
        pattern = self._anywhere(iri)
        for number, line in enumerate(self._lines, start=1):
            if pattern.search(line):
                return number
        return None

    def _find(self, subject: str, predicate: str | None) -> int | None:
        if self.syntax in MARKUP:
            return self._find_in_markup(subject, predicate)
        starts = self._statement_starts(subject)
        if predicate is not None:
            wanted = self._anywhere(predicate, is_predicate=True)
            for start in starts:
                for number in range(start, len(self._lines) + 1):
                    line = self._lines[number - 1]
                    head = line if number > start else line[len(line) - len(line.lstrip()):]
                    if wanted.search(_without_subject(head) if number == start else head):
                        return number
                    if line.rstrip().endswith("."):
                        break
        if starts:
            return starts[0]
        return self.line_of_term(subject)

    def _statement_starts(self, subject: str) -> list[int]:
        at_start = re.compile(r"^\s*(?:" + self._forms(subject) + r")(?=[\s;,.\[]|$)")
        return [number for number, line in enumerate(self._lines, start=1) if at_start.search(line)]

    def _forms(self, iri: str) -> str:
        forms = [re.escape(f"<{iri}>")]
        for prefix, namespace in self._prefixes:
            local = iri[len(namespace):]
            if iri.startswith(namespace) and (local == "" or _LOCAL.fullmatch(local)):
                forms.append(re.escape(f"{prefix}:{local}"))
        if self._base and iri.startswith(self._base):
            forms.append(re.escape(f"<{iri[len(self._base):]}>"))
        return "|".join(forms)

    def _anywhere(self, iri: str, is_predicate: bool = False) -> re.Pattern:
        forms = self._forms(iri)
        if is_predicate and iri == RDF_TYPE:
            forms += r"|\ba\b"
        return re.compile(r"(?<![\w:/#.-])(?:" + forms + r")(?![\w:/#-])")

    def _find_in_markup(self, subject: str, predicate: str | None) -> int | None:
        tail = re.split(r"[#/]", subject.rstrip("/#"))[-1]
        node = re.compile(r"""(?:"@id"\s*:\s*|rdf:about\s*=\s*|rdf:ID\s*=\s*)["'](?:[^"']*[#/:])?"""
                          + re.escape(tail) + r"""["']""")
        any_node = re.compile(r""""@id"\s*:|rdf:about\s*=|rdf:ID\s*=|rdf:nodeID\s*=""")
        starts = [n for n, line in enumerate(self._lines, start=1) if node.search(line)]
        if predicate is not None:
            local = re.split(r"[#/]", predicate)[-1]
            key = re.compile(r"""["':<#/]""" + re.escape(local) + r"""(?=["'\s>/])""")
            if predicate == RDF_TYPE:
                key = re.compile(r""""@type"|rdf:type|<\w+:\w+[\s>]""")
            for start in starts:
                for number in range(start, len(self._lines) + 1):
                    line = self._lines[number - 1]
                    if number > start and any_node.search(line) and not key.search(line):
                        break
                    if key.search(line if number > start else node.sub("", line)):
                        return number
        if starts:
            return starts[0]
        return self.line_of_term(subject) if "://" in subject else None


def _without_subject(line: str) -> str:
    """The rest of a Turtle line after its first term, so that the subject is not taken for the predicate."""
    stripped = line.lstrip()
    match = re.match(r"<[^>]*>|\S+", stripped)
    return stripped[match.end():] if match else stripped
