"""The checked corpus of a build, made on the machine's cores and from the cache where it can be:
read each file, link the fiches, map and validate each fiche, then the checks across fiches.

What is cached (check/cache.py), and what each entry depends on:

- a file's fiches and identities: the file's label and text;
- a fiche's triples, origins, mapping findings and core-shape results: the fiche as linked to the
  other fiches (``model.members``) and its identity, so that a change elsewhere that alters the
  links re-maps it;
- the results again with what other fiches say of its neighbours (check/boundary.py), keyed by that.

The checks across fiches (duplicates, the boundary graph, the SPARQL constraints) run at every
build: a name or a SIREN shared with an unchanged fiche is always found.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rtes_kg.check.cache import MISSING, Cache, key
from rtes_kg.check.checked import CheckedFiche, checked
from rtes_kg.check.corpus import Build, _duplicate, _kind_result, _parse_results, _territory_results
from rtes_kg.check.local import Job, Reference, check_chunk
from rtes_kg.check.pool import chunked_map
from rtes_kg.check.report import Report, Result
from rtes_kg.check.scale import CHUNK, combine, local_results, partition_of, unaffected
from rtes_kg.check.shapeplan import plan
from rtes_kg.check.sparqlpass import sparql_checks
from rtes_kg.extract.findings import read_fiches
from rtes_kg.inputs import InputFile
from rtes_kg.model import mint
from rtes_kg.model.identity import Identity, identify
from rtes_kg.model.mapping import map_fiche, reference_graph
from rtes_kg.model.members import link_members
from rtes_kg.parse.records import Fiche

NEWLINE = b"\n"


@dataclass
class FicheEntry:
    """What the cache keeps of one fiche."""

    fiche: CheckedFiche
    findings: tuple[Result, ...]  # what the parser, the territory and the kind say of it
    # complement digest -> (core-shape results, the fiche's nodes that were contested then)
    results: dict[str, tuple[tuple[Result, ...], frozenset[str]]] = field(default_factory=dict)


def check_files(files: Sequence[InputFile], base_iri: str, source_root: str | None,
                cache: Cache | None = None, workers: int | None = None,
                progress: Callable[[str], None] = lambda message: None, quiet_below: int = 0) -> Build:
    """Parse, map and validate ``files`` into a Build, as ``build.build`` describes it;
    ``progress`` hears one line per stage, unless there are fewer fiches than ``quiet_below``."""
    _warm_up()
    fiches, identities = _read(files, source_root, cache, workers)
    if len(fiches) < quiet_below:
        progress = _silent
    progress(f"lecture : {len(fiches)} fiches dans {len(files)} fichiers")
    linked = link_members(fiches, identities)
    keys = [key("fiche", base_iri, source_root or "", repr(fiche), repr(identity))
            for fiche, identity in zip(linked, identities)]
    entries: list[FicheEntry | None] = [None if cache is None else _entry(cache.get("fiche", k))
                                        for k in keys]
    # A second fiche of a collectivité is not published: it must not share a chunk with the first
    # (their nodes are the same IRIs), so it is mapped apart, and its results are not kept.
    first = {identity.slug: index for index, identity in reversed(list(enumerate(identities)))}
    fresh: dict[int, list[Result]] = {}
    for second in (False, True):
        missing = [index for index, entry in enumerate(entries)
                   if entry is None and (first[identities[index].slug] != index) == second]
        made = chunked_map(lambda chunk: _map_chunk(chunk, base_iri, source_root, _reference(base_iri)),
                           [(linked[index], identities[index]) for index in missing], CHUNK, workers)
        for index, (entry, results) in zip(missing, made):
            entries[index] = entry
            if not second:
                fresh[index] = results
    assert all(entry is not None for entry in entries)
    mapped, findings = _unique(linked, [entry for entry in entries if entry is not None], fresh)
    triples = sum(entry.fiche.ntriples.count(NEWLINE) for entry, _ in mapped)
    progress(f"conversion : {triples} triplets")
    report = _validate(mapped, _reference(base_iri), workers)
    report = Report.of([*report.results, *findings],
                       [*report.fiches, *(r.fiche for r in findings if r.fiche)])
    progress(f"validation : {report.counts['violation']} violations, "
             f"{len(report.failing_fiches())} fiches écartées")
    if cache is not None:
        for index, entry in enumerate(entries):
            cache.put("fiche", keys[index], entry)
        cache.prune(("parse", "fiche"))
    reference = reference_graph(base_iri)
    return Build(tuple(entry.fiche for entry, _ in mapped), reference,
                 mint.reference_graph_iri(base_iri), report, base_iri)


def _silent(message: str) -> None:
    pass


def _warm_up() -> None:
    """Load in this process what every worker needs, so that forked workers share it."""
    plan()
    sparql_checks()


def _entry(value) -> FicheEntry | None:
    return value if isinstance(value, FicheEntry) else None


def _read(files: Sequence[InputFile], source_root: str | None, cache: Cache | None,
          workers: int | None) -> tuple[list[Fiche], list[Identity]]:
    keys = [key("parse", source_root or "", file.label, file.text) for file in files]
    found = [MISSING if cache is None else cache.get("parse", k) for k in keys]
    missing = [index for index, value in enumerate(found) if value is MISSING]
    parsed = chunked_map(lambda chunk: [_parse(file, source_root) for file in chunk],
                         [files[index] for index in missing], 1, workers)
    for index, value in zip(missing, parsed):
        found[index] = value
        if cache is not None:
            cache.put("parse", keys[index], value)
    fiches = [fiche for value in found for fiche in value[0]]
    identities = [identity for value in found for identity in value[1]]
    return fiches, identities


def _parse(file: InputFile, source_root: str | None) -> tuple[list[Fiche], list[Identity]]:
    fiches = read_fiches(file.text, file.label)
    return fiches, [identify(fiche, source_root) for fiche in fiches]


def _map_chunk(chunk: Sequence[tuple[Fiche, Identity]], base_iri: str, source_root: str | None,
               reference: Reference) -> list[tuple[FicheEntry, list[Result]]]:
    """Map each fiche and run the core shapes on the chunk (without what other fiches say)."""
    made = []
    jobs = []
    for fiche, identity in chunk:
        item = map_fiche(fiche, base_iri, source_root, identity)
        findings = [*_parse_results(fiche, item), *_territory_results(identity, item)]
        if identity.kind_overridden:
            findings.append(_kind_result(fiche, identity, item))
        entry = FicheEntry(checked(item.slug, item.org, item.graph_iri, item.record, item.graph,
                                   item.origins, plan().incoming), tuple(findings))
        made.append(entry)
        jobs.append(Job(item.slug, item.graph, item.origins, entry.fiche.summary.nodes))
    results = check_chunk(jobs, reference)
    return list(zip(made, results))


@functools.cache
def _reference(base_iri: str) -> Reference:
    return Reference(reference_graph(base_iri))


def _unique(linked: Sequence[Fiche], entries: Sequence[FicheEntry], fresh: dict[int, list[Result]]
            ) -> tuple[list[tuple[FicheEntry, list[Result] | None]], list[Result]]:
    """The first fiche of each collectivité (a second one is a violation, not a merge), with its
    fresh core-shape results if it was just mapped; and every fiche's findings."""
    seen: dict[str, Fiche] = {}
    mapped = []
    findings: list[Result] = []
    for index, (fiche, entry) in enumerate(zip(linked, entries)):
        findings.extend(entry.findings)
        first = seen.setdefault(entry.fiche.slug, fiche)
        if first is not fiche:
            findings.append(_duplicate(fiche, first, entry.fiche))
            continue
        mapped.append((entry, fresh.get(index)))
    return mapped, findings


def _validate(mapped: list[tuple[FicheEntry, list[Result] | None]], ref: Reference,
              workers: int | None) -> Report:
    """The core shapes fiche by fiche (from the cache where it holds them), then across fiches."""
    mapped = sorted(mapped, key=lambda pair: pair[0].fiche.slug)
    fiches = [entry.fiche for entry, _ in mapped]
    part = partition_of(fiches, ref)
    local: list[list[Result] | None] = []
    todo = []
    for index, (entry, just_made) in enumerate(mapped):
        complement = part.complements[index]
        digest = hashlib.sha256("\n".join(complement).encode("utf-8")).hexdigest()
        contested = entry.fiche.summary.nodes & part.contested
        if just_made is not None and unaffected(just_made, complement):
            entry.results[digest] = (tuple(just_made), contested)
        stored = entry.results.get(digest)
        entry.results = {} if stored is None else {digest: stored}  # keep the current one only
        if stored is not None and stored[1] <= contested:
            local.append(list(stored[0]))
        else:
            local.append(None)
            todo.append((index, digest, contested))
    redone = local_results([fiches[index] for index, _, _ in todo], ref,
                           [part.complements[index] for index, _, _ in todo], workers)
    for (index, digest, contested), results in zip(todo, redone):
        local[index] = results
        mapped[index][0].results[digest] = (tuple(results), contested)
    return combine(fiches, part, local, ref)
