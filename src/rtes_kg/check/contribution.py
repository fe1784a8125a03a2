"""Checks contributed files, fiche text or RDF, and gathers everything wrong with them in one Report."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from rtes_kg import sandbox, untrusted
from rtes_kg.check.corpus import map_all, validate_all
from rtes_kg.check.locate import Locator
from rtes_kg.check.report import Report, Result
from rtes_kg.check.terms import UnknownTerm, known_terms, ontology_graph, unknown_terms
from rtes_kg.check.validate import load_shapes, validate_graph
from rtes_kg.errors import InputError
from rtes_kg.extract.findings import read_fiches
from rtes_kg.formats import RdfSyntax
from rtes_kg.inputs import InputFile
from rtes_kg.model.convert import from_oxigraph
from rtes_kg.model.mapping import reference_graph
from rtes_kg.parse.records import Fiche
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.vocab import PREFIXES

UNREADABLE = "fichier-illisible"


@dataclass(frozen=True)
class Check:
    """The report on everything that could be read, and the errors of what could not."""

    report: Report
    errors: tuple[InputError, ...]


def check_files(inputs: Iterable[InputFile], failed: Iterable[InputError] = (),
                base_iri: str = DEFAULT_BASE_IRI) -> Check:
    """Validate fiche texts (through the parser and the mapping) and RDF files (in context).

    Files that could not be read (``failed``, RDF files with a syntax error, fiche files with no
    fiche or a fiche reduced to its title) also appear in the report as violations of their own,
    so that a JSON report says everything that went wrong.

    The work runs in a child process under a memory limit (``rtes_kg.sandbox``): a file that
    would exhaust the memory ends as an input error of its own, not as an OOM kill.
    """
    inputs = list(inputs)
    errors = list(failed)
    if base_iri in _validated and inputs:  # a process that validates again and again: warm its caches
        _warm_up(base_iri)
    _validated.add(base_iri)
    try:
        return sandbox.bounded(_check_files, inputs, errors, base_iri,
                               label=", ".join(item.label for item in inputs[:3]) or None)
    except sandbox.LimitExceeded as error:
        errors.append(error)
        return Check(Report.of(_unreadable(error) for error in errors), tuple(errors))


# A fiche that goes through every stage: checking it fills the caches (shapes, ontology, lexicons,
# territorial tables) in this process, so that each child inherits them instead of rebuilding them
# and throwing them away. Not on the first call: a one-off `rtes-kg validate` would pay it for nothing.
_WARM_UP = ("Dijon Métropole\n\nType de collectivité\nMétropole\nNombre d'habitants sur le territoire\n"
            "251 179 habitants\nAdresse\n\n40, avenue du Drapeau\n21075 Dijon Cedex\n\nContact public\n\n"
            "Service référent: Nelly Verstraeten\n")


_validated: set[str] = set()  # the base IRIs this process has validated with


@functools.cache
def _warm_up(base_iri: str) -> None:
    _check_files([InputFile("warm-up.txt", _WARM_UP)], [], base_iri)
    context_graph(base_iri)
    known_terms()


def _check_files(inputs: list[InputFile], errors: list[InputError], base_iri: str) -> Check:
    fiche_files = [item for item in inputs if item.rdf_format is None]
    rdf_files = [item for item in inputs if item.rdf_format is not None]
    reports = []
    if fiche_files or not rdf_files:
        fiches = []
        for item in fiche_files:
            readable, unreadable = _fiches_of(item)
            fiches.extend(readable)
            errors.extend(unreadable)
        mapped, extra = map_all(fiches, base_iri)
        reports.append(validate_all(mapped, reference_graph(base_iri), extra))
    for item in rdf_files:
        try:
            reports.append(check_rdf(item, base_iri))
        except InputError as error:
            errors.append(error)
    unreadable_files = Report.of(_unreadable(error) for error in errors)
    return Check(Report.combine([*reports, unreadable_files]), tuple(errors))


# Parse issues that leave nothing to validate: the file is an input error (exit 2), not a report.
_NOTHING_TO_VALIDATE = {
    "aucune-fiche": "donnez un fichier de fiches : un titre (le nom de la collectivité) suivi de "
                    "rubriques « Type de collectivité », « Adresse », « Contact public »…",
    "sections-absentes": "ajoutez ses rubriques sous le titre : « Type de collectivité », "
                         "« Nombre d'habitants sur le territoire », « Adresse », « Contact public »…",
}


def _fiches_of(item: InputFile) -> tuple[list[Fiche], list[InputError]]:
    fiches, errors = [], []
    for fiche in read_fiches(item.text, item.label):
        fatal = [issue for issue in fiche.issues if issue.type in _NOTHING_TO_VALIDATE]
        if fatal:
            issue = fatal[0]
            message = ("la fiche ne contient que son titre" if issue.type == "sections-absentes"
                       else issue.message_fr)
            errors.append(InputError(message, issue.source.file, issue.source.line,
                                     hint=_NOTHING_TO_VALIDATE[issue.type]))
        else:
            fiches.append(fiche)
    return fiches, errors


def check_rdf(item: InputFile, base_iri: str = DEFAULT_BASE_IRI) -> Report:
    """Validate an RDF file in context, with the ontology and the reference data loaded beside it.

    Only results about the contribution's own nodes are kept: the context is there to be used (a
    concept of the reference data, an organisation it names), not to be checked. Each result
    names the file and, where the text allows, the line of the triple (see ``locate``). The terms
    the ontology does not declare, and the types no shape checks, are reported too.
    """
    data = parse_rdf(item)
    if not len(data):
        raise InputError("aucun triplet RDF dans ce fichier", item.label,
                         hint="le fichier ne contient que des déclarations ou des commentaires")
    own_nodes = set(data.subjects()) | set(data.objects())
    context = context_graph(base_iri)
    report = validate_graph(data + context)
    locator = Locator(item.text, _syntax_of(item))
    results = [_located(result, item.label, locator) for result in report.results
               if URIRef(result.focus) in own_nodes]
    results.extend(contribution_results(data, item.label, locator, set(context.subjects())))
    return Report.of(results)


def context_graph(base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """What an RDF contribution is validated with: the ontology and the reference data.

    The ontology's subclass axioms do not change any result: the mapping asserts the standard
    types too, and no shape targets a class that one of ours specialises (tested).
    """
    return ontology_graph() + reference_graph(base_iri)


def _located(result: Result, label: str, locator: Locator) -> Result:
    line = locator.line_of(result.focus, result.path)
    return dataclasses.replace(result, file=label, line=line, fiche=None)


def contribution_results(data: Graph, label: str, locator: Locator,
                         known_nodes: Collection[Node] = frozenset()) -> list[Result]:
    """Checks beyond the shapes for RDF contributions: unknown terms, types that no shape checks
    (except on ``known_nodes``, those of the reference data, such as the RTES itself)."""
    unknown_found = unknown_terms(data)
    results = [_unknown_term(term, label, locator) for term in unknown_found]
    unknown = {term.term for term in unknown_found}
    targeted = {str(target) for target in load_shapes().objects(None, SH.targetClass)}
    types: dict[str, list[str]] = {}
    for subject, class_ in data.subject_objects(RDF.type):
        if subject not in known_nodes:
            types.setdefault(str(subject), []).append(str(class_))
    unchecked: dict[str, list[str]] = {}
    for node, kinds in types.items():
        if not targeted & set(kinds):
            for kind in kinds:
                if kind not in unknown:
                    unchecked.setdefault(kind, []).append(node)
    for kind, nodes in sorted(unchecked.items()):
        results.append(_unchecked_type(kind, sorted(nodes), label, locator))
    used = {kind for kinds in types.values() for kind in kinds}
    if used & targeted and targeted - used:
        results.append(_shapes_without_target(sorted(targeted - used), label))
    return results


def _unknown_term(term: UnknownTerm, label: str, locator: Locator) -> Result:
    what_fr, what_en = ("la classe", "the class") if term.role == "class" else ("la propriété", "the property")
    hint_fr = f" Vouliez-vous dire {compact(term.suggestion)} ?" if term.suggestion else ""
    hint_en = f" Did you mean {compact(term.suggestion)}?" if term.suggestion else ""
    where_fr = "l'ontologie rtes-kg (ontology/rtes.ttl)" if term.closed else "son vocabulaire"
    where_en = "the rtes-kg ontology (ontology/rtes.ttl)" if term.closed else "its vocabulary"
    times_fr = f" (utilisée {term.uses} fois)" if term.uses > 1 else ""
    times_en = f" (used {term.uses} times)" if term.uses > 1 else ""
    path = str(RDF.type) if term.role == "class" else term.term
    return Result(
        severity="violation" if term.closed else "warning",
        type="terme-non-declare" if term.closed else "terme-inconnu",
        focus=term.subject, path=path, value=term.term, value_term=URIRef(term.term),
        message_fr=f"{what_fr.capitalize()} {compact(term.term)} n'existe pas dans {where_fr}{times_fr} : "
                   f"ces données ne seront comprises par aucun contrôle ni aucune requête.{hint_fr}",
        message_en=f"{what_en.capitalize()} {compact(term.term)} does not exist in {where_en}{times_en}: "
                   f"no check and no query will understand these data.{hint_en}",
        field_fr="type" if term.role == "class" else "propriété",
        field_en="type" if term.role == "class" else "property",
        file=label, line=locator.line_of(term.subject, path) if term.role == "class"
        else locator.line_of(term.subject, path) or locator.line_of_term(term.term),
        suggestion=term.suggestion,
    )


def _unchecked_type(kind: str, nodes: list[str], label: str, locator: Locator) -> Result:
    count = len(nodes)
    return Result(
        severity="info", type="type-non-controle", focus=nodes[0], path=str(RDF.type), value=kind,
        value_term=URIRef(kind),
        message_fr=f"Aucune forme SHACL ne contrôle les nœuds de type {compact(kind)} ({count} nœud"
                   f"{'s' if count > 1 else ''}) : leurs données ne sont pas vérifiées. "
                   "Si c'est une collectivité, une action, une adresse…, donnez-lui aussi le type rtes-kg.",
        message_en=f"No SHACL shape checks the nodes of type {compact(kind)} ({count} node"
                   f"{'s' if count > 1 else ''}): their data are not verified. If it is a local "
                   "authority, an action, an address…, give it the rtes-kg type too.",
        field_fr="type", field_en="type", file=label, line=locator.line_of(nodes[0], str(RDF.type)),
    )


def _shapes_without_target(kinds: list[str], label: str) -> Result:
    names = ", ".join(compact(kind) for kind in kinds)
    return Result(
        severity="info", type="formes-sans-cible", focus=label, path=None, value=None,
        message_fr=f"Ces contrôles n'ont porté sur rien, faute de nœud de ce type dans le fichier : {names}. "
                   "C'est normal pour une contribution partielle.",
        message_en=f"These checks applied to nothing, as the file has no node of their type: {names}. "
                   "That is expected for a partial contribution.",
        field_fr="formes SHACL", field_en="SHACL shapes", file=label, line=None,
    )


def compact(iri: str) -> str:
    """An IRI as a prefixed name when it is in a namespace of the model (rtes:population)."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return f"<{iri}>"


def parse_rdf(item: InputFile) -> Graph:
    """All the triples of an RDF file, named graphs merged, as a plain rdflib Graph for pySHACL.

    Oxigraph parses it: its errors give the line and column, rdflib's often do not.
    """
    syntax = _syntax_of(item)
    untrusted.check_text(item.text, syntax, item.label)
    try:
        statements = list(untrusted.capped(ox.parse(item.text, format=syntax.oxigraph), item.label))
    except SyntaxError as error:
        if "LoadDocumentCallback" in str(error):  # Oxigraph's words for a context it would have to fetch
            raise InputError("contexte JSON-LD distant (« @context » donné par une URL) : rtes-kg ne "
                             "télécharge rien", item.label, _context_line(item.text),
                             hint="écrivez le contexte dans le fichier (« @context » : { … }), par exemple "
                                  "celui de la publication, context.jsonld") from None
        raise InputError(f"RDF illisible ({syntax.label}) : {_oneline(error)}", item.label,
                         _error_line(error), hint="corrigez la syntaxe à cet endroit") from None
    graph = Graph()
    with _quiet_rdflib():
        graph.addN((from_oxigraph(s.subject), from_oxigraph(s.predicate),
                    from_oxigraph(s.object), graph) for s in statements)
    return graph


def _syntax_of(item: InputFile) -> RdfSyntax:
    syntax = item.rdf_format
    if syntax is None:
        raise ValueError(f"{item.label}: a fiche, not an RDF file")  # check_files sorts them apart
    return syntax


def _oneline(error: Exception) -> str:
    return " ".join(str(error).split())[:300]


def _error_line(error: SyntaxError) -> int | None:
    # Oxigraph reports positions as "…on line 3 at column 10…" or "at 3:10"; take the line.
    match = re.search(r"line (\d+)|\b(\d+):\d+\b", str(error))
    return int(match.group(1) or match.group(2)) if match else None


def _context_line(text: str) -> int | None:
    """The line of the first "@context" of a JSON-LD text."""
    at = text.find('"@context"')
    return None if at < 0 else text.count("\n", 0, at) + 1


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
        value=None, message_fr=error.message + (f" ({error.hint})" if error.hint else ""),
        message_en=f"the file cannot be read: {error.message}",
        field_fr="fichier", field_en="file", file=error.file, line=error.line,
    )
