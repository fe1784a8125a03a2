"""The checked corpus of a build, made on the machine's cores and from the cache where it can be:
read each file, link the fiches, map and validate each fiche, then the checks across fiches.

What is cached (check/cache.py), and what each entry depends on:

- a file's fiches and identities: the file's label and text;
- a fiche's triples, origins, mapping findings and core-shape results: the fiche as linked to the
  other fiches (``model.members``) and its identity, so that a change elsewhere that alters the
  links re-maps it; and its member's entries in the identifier ledger (the IRIs its actions, budget
  lines and posts keep, model/keep.py): the entry holds for the ledger it was made with, and for
  the ledger that its own release writes (a rebuild of unchanged fiches reuses it);
- the results again with what other fiches say of its neighbours (check/boundary.py), keyed by that.

The checks across fiches (duplicates, the organisations renamed as the ledger says, the boundary
graph, the SPARQL constraints) run at every build: a name or a SIREN shared with an unchanged
fiche is always found.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from rdflib import URIRef

from rtes_kg.check import tables_cache
from rtes_kg.check.boundary import Partition
from rtes_kg.check.cache import MISSING, Cache, key
from rtes_kg.check.checked import CheckedFiche, checked
from rtes_kg.check.corpus import Build, _duplicate, _kind_result, _parse_results, _territory_results
from rtes_kg.check.local import Job, Reference, check_chunk
from rtes_kg.check.pool import alongside, chunked_map
from rtes_kg.check.report import Report, Result
from rtes_kg.check.scale import (
    CHUNK,
    CHUNKS_PER_WORKER,
    combine,
    local_results,
    partition_of,
    sparql_violations,
    unaffected,
)
from rtes_kg.check.shapeplan import plan
from rtes_kg.check.sparqlpass import predicates_read, sparql_checks
from rtes_kg.check.validate import load_shapes
from rtes_kg.extract import curated
from rtes_kg.extract.findings import with_findings_or_issue
from rtes_kg.extract.places import load_gazetteer
from rtes_kg.inputs import InputFile
from rtes_kg.model import homonyms, mint, namesakes
from rtes_kg.model.identity import Identity, identify
from rtes_kg.model.keep import LOCAL_KINDS, Item, keep_local, keep_members, keep_shared, relative, renamed
from rtes_kg.model.ledger import Entry, Ledger
from rtes_kg.model.mapping import MappedFiche, map_fiche, reference_graph
from rtes_kg.model.members import link_members
from rtes_kg.parse.document import parse_text
from rtes_kg.parse.records import Fiche
from rtes_kg.territory.resolve import load_tables

NEWLINE = b"\n"


@dataclass
class FicheEntry:
    """What the cache keeps of one fiche."""

    fiche: CheckedFiche
    findings: tuple[Result, ...]  # what the parser, the territory and the kind say of it
    items: tuple[Item, ...]  # what the ledger keeps IRIs for (model.keep.fiche_items), members included
    ledger: frozenset[str]  # digests of the member's ledger entries for which it holds
    # complement digest -> (core-shape results, the fiche's nodes that were contested then)
    results: dict[str, tuple[tuple[Result, ...], frozenset[str]]] = field(default_factory=dict)


def check_files(files: Sequence[InputFile], base_iri: str, source_root: str | None,
                cache: Cache | None = None, workers: int | None = None,
                progress: Callable[[str], None] = lambda message: None, quiet_below: int = 0,
                ledger: Ledger | None = None) -> Build:
    """Parse, map and validate ``files`` into a Build, as ``build.build`` describes it;
    ``progress`` hears one line per stage, unless there are fewer fiches than ``quiet_below``.
    ``ledger``: the identifier ledger, whose IRIs the items keep (model.keep)."""
    tables = tables_cache.handed_over(cache)  # the project's tables, as a former build made them
    _warm_up()
    ledger = ledger or Ledger()
    base = mint.normalise_base(base_iri)
    fiches, identities = _read(files, source_root, cache, workers)
    if len(fiches) < quiet_below:
        progress = _silent
    progress(f"lecture : {len(fiches)} fiches dans {len(files)} fichiers")
    identities = homonyms.apart(identities, ledger)
    if ledger.entries:
        identities = keep_members(fiches, identities, ledger)
    linked = namesakes.apart(link_members(fiches, identities), identities, ledger)
    keys = [key("fiche", base_iri, source_root or "", repr(fiche), repr(identity))
            for fiche, identity in zip(linked, identities)]
    entries: list[FicheEntry | None] = [
        None if cache is None else _entry(cache.get("fiche", k), ledger_digest(ledger, identity.slug))
        for k, identity in zip(keys, identities)]
    read = {index: _signature(entry) for index, entry in enumerate(entries) if entry is not None}
    # A second fiche of a collectivité is not published: it must not share a chunk with the first
    # (their nodes are the same IRIs), so it is mapped apart, and its results are not kept.
    first = {identity.slug: index for index, identity in reversed(list(enumerate(identities)))}
    fresh: dict[int, list[Result]] = {}
    known = _reference(base_iri)  # made here, for the workers to share
    for second in (False, True):
        missing = [index for index, entry in enumerate(entries)
                   if entry is None and (first[identities[index].slug] != index) == second]
        made = chunked_map(lambda chunk: _map_chunk(chunk, base_iri, source_root, known, ledger),
                           [(linked[index], identities[index]) for index in missing], CHUNK, workers,
                           CHUNKS_PER_WORKER)
        for index, (entry, results) in zip(missing, made):
            entries[index] = entry
            if not second:
                fresh[index] = results
    assert all(entry is not None for entry in entries)
    mapped, findings = _unique(linked, [entry for entry in entries if entry is not None], fresh)
    mapped = _keep_organisations(mapped, ledger, base)
    triples = sum(entry.fiche.ntriples.count(NEWLINE) for entry, _ in mapped)
    progress(f"conversion : {triples} triplets")
    report = _validate(mapped, _reference(base_iri), workers, lambda: _predicates_read(cache))
    report = Report.of([*report.results, *findings],
                       [*report.fiches, *(r.fiche for r in findings if r.fiche)])
    progress(f"validation : {report.counts['violation']} violations, "
             f"{len(report.failing_fiches())} fiches écartées")
    if cache is not None:
        for index, kept in enumerate(entries):
            if index not in read or _signature(kept) != read[index]:  # an entry read and unchanged stays
                cache.put("fiche", keys[index], kept)
        tables_cache.keep(cache, tables)
        cache.prune(("parse", "findings", "fiche", "shapes", tables_cache.KIND))
    reference = reference_graph(base_iri)
    return Build(tuple(entry.fiche for entry, _ in mapped), reference,
                 mint.reference_graph_iri(base_iri), report, base_iri, ledger,
                 items={entry.fiche.slug: entry.items for entry, _ in mapped})


def _silent(message: str) -> None:
    pass


def _warm_up() -> None:
    """Load in this process what every worker needs (any fiche reads them), so that forked workers
    share it: each new worker (they give way to new ones: check/pool.py) would load its own, two
    seconds' work."""
    plan()
    sparql_checks()
    load_tables()
    load_gazetteer()  # the communes' names
    curated.reference()  # the organisations known by name
    load_shapes()


def _predicates_read(cache: Cache | None) -> frozenset[str] | None:
    """``sparqlpass.predicates_read``, kept in the cache (its key hashes the shapes): rdflib's
    SPARQL parser took 0.1 to 0.4 s of each build to find them in the shapes' queries."""
    if cache is None:
        return predicates_read()
    entry = key("predicates read")
    found = cache.get("shapes", entry)
    if found is MISSING or not (found is None or isinstance(found, frozenset)):
        found = predicates_read()
        cache.put("shapes", entry, found)
    return found


def _signature(entry: FicheEntry | None) -> tuple:
    """What may change in a cache entry during a build: the validation results it keeps."""
    return () if entry is None else tuple((digest, id(kept)) for digest, kept in entry.results.items())


def _entry(value, ledger: str) -> FicheEntry | None:
    """A cached entry that holds for the member's entries in the ledger (digest ``ledger``)."""
    return value if isinstance(value, FicheEntry) and ledger in value.ledger else None


def ledger_digest(ledger: Ledger | frozenset[tuple[str, str, str, int, bool]], member: str) -> str:
    """A digest of what keeping the IRIs of a member's actions, budget lines and posts reads of
    the ledger: their entries' IRIs, kinds, contents, positions and whether they are live (a
    retired one is taken back by the same content only)."""
    if isinstance(ledger, Ledger):
        ledger = frozenset((e.iri, e.kind, e.content, e.position, e.live)
                           for kind in LOCAL_KINDS for e in ledger.of(member, kind))
    text = "\n".join(f"{iri}\t{kind}\t{content}\t{position}\t{live}"
                     for iri, kind, content, position, live in sorted(ledger))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read(files: Sequence[InputFile], source_root: str | None, cache: Cache | None,
          workers: int | None) -> tuple[list[Fiche], list[Identity]]:
    keys = [key("parse", source_root or "", file.label, file.text) for file in files]
    found = [MISSING if cache is None else cache.get("parse", k) for k in keys]
    missing = [index for index, value in enumerate(found) if value is MISSING]
    parsed = chunked_map(lambda chunk: [_parse(file, source_root, cache) for file in chunk],
                         [files[index] for index in missing], 1, workers)
    for index, value in zip(missing, parsed):
        found[index] = value
        if cache is not None:
            cache.put("parse", keys[index], value)
    read = cast(list[tuple[tuple[list[Fiche], list[Identity]], list[str]]], found)  # every file is read by now
    if cache is not None:
        for _, entries in read:  # used by the file's entry or made in a worker: kept (``Cache.prune``)
            for entry in entries:
                cache.keep("findings", entry)
    fiches = [fiche for (file_fiches, _), _ in read for fiche in file_fiches]
    identities = [identity for (_, file_identities), _ in read for identity in file_identities]
    return fiches, identities


def _parse(file: InputFile, source_root: str | None,
           cache: Cache | None) -> tuple[tuple[list[Fiche], list[Identity]], list[str]]:
    """A file's fiches and their identities, and the cache entries of their findings: what the
    free texts of a fiche name is found again only when the fiche changed, not its whole file."""
    fiches, entries = [], []
    for fiche in parse_text(file.text, file.label):
        entry = key("findings", repr(fiche))  # its text, file and lines
        found = MISSING if cache is None else cache.get("findings", entry)
        if not isinstance(found, Fiche):
            found = with_findings_or_issue(fiche)
            if cache is not None:
                cache.put("findings", entry, found)
        fiches.append(found)
        entries.append(entry)
    return (fiches, [identify(fiche, source_root) for fiche in fiches]), entries


def _map_chunk(chunk: Sequence[tuple[Fiche, Identity]], base_iri: str, source_root: str | None,
               reference: Reference, ledger: Ledger) -> list[tuple[FicheEntry, list[Result]]]:
    """Map each fiche, keep the IRIs the ledger gives its items, and run the core shapes on the
    chunk (without what other fiches say)."""
    made = []
    jobs = []
    base = mint.normalise_base(base_iri)
    for fiche, identity in chunk:
        item = map_fiche(fiche, base_iri, source_root, identity)
        findings = [*_parse_results(fiche, item), *_territory_results(identity, item)]
        if identity.kind_overridden:
            findings.append(_kind_result(fiche, identity, item))
        item, items = keep_local(item, ledger, base)
        entry = FicheEntry(checked(item.slug, item.org, item.graph_iri, item.record, item.graph,
                                   item.origins, plan().incoming), tuple(findings), tuple(items),
                           _ledgers(item, items, ledger, base))
        made.append(entry)
        jobs.append(Job(item.slug, item.graph, item.origins, entry.fiche.summary.nodes))
    results = check_chunk(jobs, reference)
    return list(zip(made, results))


def _ledgers(fiche: MappedFiche, items: list[Item], ledger: Ledger, base: str) -> frozenset[str]:
    """The digests of the ledgers the kept fiche holds for: the one it was kept with, and the one
    its release writes, if keeping the fiche with that one changes nothing."""
    before = frozenset((e.iri, e.kind, e.content, e.position, e.live)
                       for kind in LOCAL_KINDS for e in ledger.of(fiche.slug, kind))
    now = {relative(i.iri, base): (i.iri, i.kind, i.content, i.position) for i in items if i.kind in LOCAL_KINDS}
    # the release publishes the items (live) and retires the member's other entries
    after = frozenset({(relative(iri, base), kind, content, position, True)
                       for iri, kind, content, position in now.values()}
                      | {(*entry[:4], False) for entry in before if entry[0] not in now})
    digests = {ledger_digest(before, fiche.slug)}
    if after != before:
        written = Ledger(tuple(Entry(iri, fiche.slug, kind, content, position, "", "" if live else "retired")
                               for iri, kind, content, position, live in sorted(after)))
        again, _ = keep_local(fiche, written, base)
        if again is fiche:  # nothing moved
            digests.add(ledger_digest(after, fiche.slug))
    return frozenset(digests)


def _keep_organisations(mapped: list[tuple[FicheEntry, list[Result] | None]], ledger: Ledger, base: str
                        ) -> list[tuple[FicheEntry, list[Result] | None]]:
    """Rename the organisations the ledger knows under a former name, in every fiche that names
    them (across fiches: never cached); a fiche renamed is validated again."""
    members = {URIRef(entry.fiche.org) for entry, _ in mapped}
    moves = keep_shared([entry.items for entry, _ in mapped], ledger, base, members)
    if not moves:
        return mapped
    kept = []
    for entry, results in mapped:
        if not any(item.iri in moves for item in entry.items):
            kept.append((entry, results))
            continue
        fiche = entry.fiche
        graph, origins = renamed(fiche.graph, fiche.origins, moves, [item.iri for item in entry.items])
        again = checked(fiche.slug, fiche.org, fiche.graph_iri, fiche.record, graph, origins, plan().incoming)
        items = tuple(replace(item, iri=moves.get(item.iri, item.iri)) for item in entry.items)
        kept.append((replace(entry, fiche=again, items=items, results={}), None))
    return kept


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


def _validate(mapped: list[tuple[FicheEntry, list[Result] | None]], ref: Reference, workers: int | None,
              predicates: Callable[[], frozenset[str] | None]) -> Report:
    """The core shapes fiche by fiche (from the cache where it holds them), then across fiches. The
    SPARQL constraints (step 3 of check/scale.py), which read only the fiches' triples, run
    meanwhile in a process of their own."""
    mapped = sorted(mapped, key=lambda pair: pair[0].fiche.slug)
    fiches = [entry.fiche for entry, _ in mapped]
    read = predicates()
    sparql, (part, local) = alongside(lambda: sparql_violations(fiches, ref.graph, read),
                                      lambda: _local(mapped, ref, workers))
    return combine(fiches, part, local, ref, sparql=sparql)


def _local(mapped: list[tuple[FicheEntry, list[Result] | None]], ref: Reference, workers: int | None
           ) -> tuple[Partition, list[list[Result] | None]]:
    """The partition of the fiches (in slug order) and the core shapes' results of each, from its
    entry where it holds them for what other fiches say of its neighbours now."""
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
    return part, local
