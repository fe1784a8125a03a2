"""Checks contributed files, fiche text or RDF, and gathers everything wrong with them in one Report."""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
import logging
import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Graph

from .dumps import from_oxigraph
from .errors import InputError
from .inputs import InputFile
from .mapping import reference_graph
from .pipeline import map_all, parse_files, validate_all
from .report import Report, Result
from .resources import DEFAULT_BASE_IRI
from .validate import validate_graph


UNREADABLE = "fichier-illisible"


@dataclass(frozen=True)
class Check:
    """The report on everything that could be read, and the errors of what could not."""

    report: Report
    errors: tuple[InputError, ...]


def check_files(inputs: Iterable[InputFile], failed: Iterable[InputError] = (),
                base_iri: str = DEFAULT_BASE_IRI) -> Check:
    """Validate fiche texts (through the parser and the mapping) and RDF files (as they are).

    Files that could not be read (``failed``, and RDF files with a syntax error) also appear in
    the report as violations of their own, so that a JSON report says everything that went wrong.
    """
    inputs = list(inputs)
    errors = list(failed)
    fiches = [item for item in inputs if item.rdf_format is None]
    rdf_files = [item for item in inputs if item.rdf_format is not None]
    reports = []
    if fiches or not rdf_files:
        mapped, extra = map_all(parse_files(fiches), base_iri)
        reports.append(validate_all(mapped, reference_graph(base_iri), extra))
    for item in rdf_files:
        try:
            reports.append(check_rdf(item, base_iri))
        except InputError as error:
            errors.append(error)
    unreadable = Report.of(_unreadable(error) for error in errors)
    return Check(Report.combine([*reports, unreadable]), tuple(errors))


def check_rdf(item: InputFile, base_iri: str = DEFAULT_BASE_IRI) -> Report:
    """Validate an RDF file with the reference concepts loaded beside it; results name the file."""
    data = parse_rdf(item)
    data += reference_graph(base_iri)
    report = validate_graph(data)
    return Report.of(dataclasses.replace(result, file=result.file or item.label)
                     for result in report.results)


SYNTAXES = {
    "turtle": ox.RdfFormat.TURTLE, "n-triples": ox.RdfFormat.N_TRIPLES, "n3": ox.RdfFormat.N3,
    "trig": ox.RdfFormat.TRIG, "n-quads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD,
    "rdf/xml": ox.RdfFormat.RDF_XML,
}


def parse_rdf(item: InputFile) -> Graph:
    """All the triples of an RDF file, named graphs merged, as a plain rdflib Graph for pySHACL.

    Oxigraph parses it: its errors give the line and column, rdflib's often do not.
    """
    try:
        statements = list(ox.parse(item.text, format=SYNTAXES[item.rdf_format]))
    except SyntaxError as error:
        raise InputError(f"RDF illisible ({item.rdf_format}) : {_oneline(error)}", item.label,
                         _error_line(error), hint="corrigez la syntaxe à cet endroit") from None
    graph = Graph()
    with _quiet_rdflib():
        graph.addN((from_oxigraph(s.subject), from_oxigraph(s.predicate),
                    from_oxigraph(s.object), graph) for s in statements)
    return graph


def _oneline(error: Exception) -> str:
    return " ".join(str(error).split())[:300]


def _error_line(error: SyntaxError) -> int | None:
    # Oxigraph reports positions as "…on line 3 at column 10…" or "at 3:10"; take the line.
    match = re.search(r"line (\d+)|\b(\d+):\d+\b", str(error))
    return int(match.group(1) or match.group(2)) if match else None


@contextlib.contextmanager
def _quiet_rdflib():
    """rdflib logs a traceback for each ill-typed literal ("abc"^^xsd:decimal); the shapes report
    those values to the contributor, so the log would only repeat it as noise on stderr."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _unreadable(error: InputError) -> Result:
    return Result(
        severity="violation", type=UNREADABLE, focus=error.file or "", path=None,
        value=None, message_fr=str(error),
        message_en=f"{error.file or ''}: the file cannot be read ({error.message})",
        field_fr="fichier", field_en="file", file=error.file, line=error.line,
    )
