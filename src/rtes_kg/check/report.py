"""The validation Report: plain frozen records that say what is wrong, where in the fiche, and how to fix it.

The JSON form (``Report.to_dict()``) is a public, versioned interface::

    {
      "schema": "rtes-kg/validation-report/1",
      "conforms": true | false,             # no result of severity "violation"
      "counts": {"violation": int, "warning": int, "info": int},
      "fiches": [str, ...],                 # slugs of the fiches validated, sorted
      "results": [                          # sorted by file, line, severity, type, focus, path, value
        {
          "severity": "violation" | "warning" | "info",
          "type": str,                      # stable slug of the check, e.g. "code-postal-invalide"
          "focus": str,                     # IRI of the node that fails
          "path": str | null,               # IRI of the property checked
          "value": str | null,              # the offending value, as written (lexical form or IRI)
          "value_label": str | null,        # the French label of an IRI value, when the data has one
          "message_fr": str, "message_en": str,   # what is wrong and how to fix it
          "field_fr": str | null, "field_en": str | null,   # the field's name ("code postal")
          "file": str | null, "line": int | null,   # where in the fiche files
          "fiche": str | null,              # slug of the fiche the node belongs to
          "shape": str | null,              # IRI of the SHACL shape that reported it
          "component": str,                 # IRI of the SHACL constraint component
          "suggestion": str | null          # a fix to apply as is: the declared term meant by a typo
        }
      ],
      "summary": [                          # the results counted by check (what --summary shows)
        {"severity": str, "type": str, "shape": str | null, "field_fr": str | null,
         "field_en": str | null, "count": int, "files": int,
         "message_fr": str, "message_en": str}   # the message of the first such result
      ]
    }

Changes within version 1 only add keys (``suggestion`` and ``summary`` were added after the
first release): consumers must ignore keys they do not know. docs/validation.md documents it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from rdflib.term import Node

SCHEMA = "rtes-kg/validation-report/1"

Severity = Literal["violation", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("violation", "warning", "info")
_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Result:
    """One problem found by a check, located in the fiche it comes from."""

    severity: Severity
    type: str
    focus: str
    path: str | None
    value: str | None
    message_fr: str
    message_en: str
    field_fr: str | None = None
    field_en: str | None = None
    file: str | None = None
    line: int | None = None
    fiche: str | None = None
    shape: str | None = None
    component: str = ""
    value_label: str | None = None  # the French label of an IRI value (a concept), for people
    suggestion: str | None = None  # a replacement value to apply as is (the term a typo meant)
    # The RDF term of the value (keeps datatype and language) for the Turtle report; not in JSON.
    value_term: Node | None = field(default=None, compare=False, repr=False)

    def message(self, lang: str = "fr") -> str:
        return self.message_en if lang == "en" else self.message_fr

    def field_name(self, lang: str = "fr") -> str | None:
        return self.field_en if lang == "en" else self.field_fr

    def sort_key(self) -> tuple:
        # Results without a file (nodes the mapping did not locate) go last, not first.
        return (self.file is None, self.file or "", self.line or 0, _RANK[self.severity], self.type,
                self.focus, self.path or "", self.value or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity, "type": self.type, "focus": self.focus,
            "path": self.path, "value": self.value,
            "message_fr": self.message_fr, "message_en": self.message_en,
            "field_fr": self.field_fr, "field_en": self.field_en,
            "file": self.file, "line": self.line, "fiche": self.fiche,
            "shape": self.shape, "component": self.component, "value_label": self.value_label,
            "suggestion": self.suggestion,
        }


# A shape's result that a finding of the parser about the same fiche says better, with its line:
# one message for one problem ("Dernière mise à jour : mars 2024" has a date, but not a whole one).
SAID_BETTER = {"date-mise-a-jour-absente": ("date-sans-jour", "date-illisible", "date-impossible")}


@dataclass(frozen=True)
class Report:
    """The outcome of validating one or many fiches. Build it with ``Report.of`` to get sorted results."""

    results: tuple[Result, ...] = ()
    fiches: tuple[str, ...] = ()

    @classmethod
    def of(cls, results: Iterable[Result], fiches: Iterable[str] = ()) -> Report:
        """A report with results sorted and de-duplicated (one check can fire twice on one value)."""
        unique: dict[tuple, Result] = {}
        for result in sorted(results, key=lambda r: (r.sort_key(), r.component)):
            unique.setdefault(result.sort_key(), result)
        said = {(r.fiche, r.type) for r in unique.values()}
        kept = [r for r in unique.values()
                if not any((r.fiche, better) in said for better in SAID_BETTER.get(r.type, ()))]
        fiche_set = set(fiches) | {r.fiche for r in unique.values() if r.fiche is not None}
        return cls(results=tuple(kept), fiches=tuple(sorted(fiche_set)))

    @classmethod
    def combine(cls, reports: Iterable[Report]) -> Report:
        """One report for fiches validated separately (e.g. only the fiche that changed)."""
        reports = list(reports)
        return cls.of((r for report in reports for r in report.results),
                      (f for report in reports for f in report.fiches))

    @property
    def conforms(self) -> bool:
        """True when no result is a violation: warnings and infos never block publication."""
        return not any(result.severity == "violation" for result in self.results)

    def fails(self, fail_on: Severity = "violation") -> bool:
        """True when a result is at least as severe as ``fail_on``: what makes `validate` exit 1."""
        return any(_RANK[result.severity] <= _RANK[fail_on] for result in self.results)

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for result in self.results:
            counts[result.severity] += 1
        return counts

    def by_fiche(self) -> dict[str | None, Report]:
        """One report per fiche (key: its slug; None for results no fiche claims), in sorted order.

        Fiches validated without any result are included, with an empty report.
        """
        groups: dict[str | None, list[Result]] = {fiche: [] for fiche in self.fiches}
        for result in self.results:
            groups.setdefault(result.fiche, []).append(result)
        ordered = sorted(groups, key=lambda fiche: (fiche is None, fiche or ""))
        return {fiche: Report.of(groups[fiche], () if fiche is None else (fiche,))
                for fiche in ordered}

    def failing_fiches(self) -> tuple[str, ...]:
        """The fiches with at least one violation: they must stay out of the published dumps."""
        return tuple(sorted({r.fiche for r in self.results
                             if r.severity == "violation" and r.fiche is not None}))

    def summary(self) -> tuple[SummaryRow, ...]:
        """The results counted by check (severity, type, shape): most severe first, then most frequent."""
        rows: dict[tuple, list[Result]] = {}
        for result in self.results:
            rows.setdefault((result.severity, result.type, result.shape), []).append(result)
        summary = [SummaryRow(severity, type_, shape, len(results),
                              len({r.file for r in results if r.file is not None}), results[0])
                   for (severity, type_, shape), results in rows.items()]
        return tuple(sorted(summary, key=lambda row: (_RANK[row.severity], -row.count, row.type,
                                                      row.shape or "")))

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "conforms": self.conforms,
            "counts": self.counts,
            "fiches": list(self.fiches),
            "results": [result.to_dict() for result in self.results],
            "summary": [row.to_dict() for row in self.summary()],
        }


@dataclass(frozen=True)
class SummaryRow:
    """How many times one check fired, in how many files; ``example`` is its first result."""

    severity: Severity
    type: str
    shape: str | None
    count: int
    files: int
    example: Result

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity, "type": self.type, "shape": self.shape,
            "field_fr": self.example.field_fr, "field_en": self.example.field_en,
            "count": self.count, "files": self.files,
            "message_fr": self.example.message_fr, "message_en": self.example.message_en,
        }
