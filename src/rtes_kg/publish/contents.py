"""The files of a release: dumps, catalogue, VoID, provenance, changes, the validation report and
the checksums, byte-stable for the same build, each written into the staging folder as soon as it
is made."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import DCTERMS as DCT

from rtes_kg.check.cache import Cache, key
from rtes_kg.check.corpus import Build
from rtes_kg.check.publication import value
from rtes_kg.check.render import render_json, render_text, render_turtle
from rtes_kg.check.report import Report
from rtes_kg.project import environment
from rtes_kg.publish.catalog import catalog_graph
from rtes_kg.publish.changes import changes_graph, compare
from rtes_kg.publish.dumpfiles import write_dumps
from rtes_kg.publish.dumps import context_jsonld, serialize_triples, serialize_triples_jsonld
from rtes_kg.publish.provenance import provenance_graph
from rtes_kg.publish.release import (
    DUMP_FORMATS,
    ReleaseInfo,
    ReleaseOptions,
    release_identity,
    version_date,
)
from rtes_kg.publish.snapshot import Snapshot
from rtes_kg.publish.staging import Staging
from rtes_kg.publish.vocabulary import vocabulary_files
from rtes_kg.publish.void import void_graph

CHECKSUMS = "SHA256SUMS"
NQUADS, NTRIPLES = "rtes.nq", "rtes.nt"
REPORTS: dict[str, Callable[[Report], str]] = {
    "validation.ttl": render_turtle, "validation.json": render_json,
    "validation.txt": lambda report: render_text(report, lang="fr")}
LEDGER_FILE = "ids.tsv"  # the identifier ledger after this release: the IRIs kept and retired


def write_release_files(build: Build, options: ReleaseOptions, staging: Staging,
                        previous: Path | None = None, previous_version: str | None = None,
                        progress: Callable[[str], None] = lambda name: None,
                        cache: Cache | None = None,
                        dumped: Callable[[Path], None] = lambda nquads: None) -> ReleaseInfo:
    """Every file of the release but the site, the reports (``write_reports``) and the checksums
    (``write_checksums``, last) into ``staging``, and what the release is.
    ``previous`` is the former rtes.nq; ``cache`` keeps each release's snapshot for the next one
    to compare with (check/cache.py). ``dumped`` hears the N-Quads dump's path as soon as it is
    written: what reads it may start while the other files are made."""
    for fmt in DUMP_FORMATS:
        progress(fmt.latest)
    gathered = write_dumps(build.line_graphs(), staging, cache, options.base,
                           lambda: dumped(staging.path(NQUADS)))
    stats, snapshot = gathered.stats, gathered.snapshot
    snapshot.lines = staging.path(NTRIPLES)  # for the details of what changed, read when asked
    staging.write("context.jsonld", context_jsonld())

    day, origin, version = release_identity(options, _fiche_dates(build), staging.infos[NQUADS].sha256,
                                            build.ledger.release)
    for fmt in DUMP_FORMATS:
        staging.copy(fmt.latest + ".gz", fmt.versioned(version))
    dumps = tuple(staging.infos[name] for fmt in DUMP_FORMATS
                  for name in (fmt.latest, fmt.latest + ".gz", fmt.versioned(version)))
    ledger = build.ledger.updated(build.ledger_entries(options.base), version)
    firsts = [d for d in (version_date(entry.first) for entry in ledger.entries) if d is not None]
    release = ReleaseInfo(day, origin, version, files=dumps, first_date=min(firsts, default=None))
    staging.write(LEDGER_FILE, ledger.text().encode("utf-8"))
    for name, data in vocabulary_files(options, release).items():
        staging.write(name, data)

    progress("catalog.ttl")
    catalog = catalog_graph(options, release, _temporal(sorted(gathered.years), day))
    staging.write("catalog.ttl", serialize_triples(catalog, "ttl"))
    staging.write("catalog.jsonld", serialize_triples_jsonld(catalog))
    progress("void.ttl")
    staging.write("void.ttl", serialize_triples(void_graph(options, release, stats), "ttl"))
    staging.copy("void.ttl", ".well-known/void")
    records = [(fiche.record, value(fiche, fiche.record, DCT.source)) for fiche in build.published]
    staging.write("provenance.ttl", serialize_triples(provenance_graph(options, release, records)))
    changes = compare(_snapshot(previous, cache), snapshot, version, previous_version,
                      str(build.reference_iri))
    if cache is not None:
        snapshot.lines = None  # a path in this staging folder, soon renamed: set again when read
        cache.put("snapshot", key("snapshot", staging.infos[NQUADS].sha256), snapshot)
        cache.prune(("snapshot",))
    staging.write("changes.ttl", serialize_triples(changes_graph(changes, options.base)))
    staging.write("CHANGES.txt", environment().get_template("changes.txt.j2").render(
        changes=changes).encode("utf-8"))
    return release


def write_reports(build: Build, staging: Staging, progress: Callable[[str], None] = lambda name: None,
                  cache: Cache | None = None) -> None:
    """The validation report in Turtle, JSON and text: they depend on the report only, and a build
    whose report did not change (an edit that fixes nothing and breaks nothing) takes them from
    ``cache`` (rendering 2,000 results took 0.5 s at 1,000 fiches)."""
    report = build.report
    found = None
    if cache is not None:  # the key: every result with its value's term (repr leaves it out)
        entry = key("reports", repr(report), *(repr(r.value_term) for r in report.results))
        found = cache.get("reports", entry)
    if not (isinstance(found, dict) and set(found) == set(REPORTS)):
        found = {name: render(report).encode("utf-8") for name, render in REPORTS.items()}
        if cache is not None:
            cache.put("reports", entry, found)
    for name in REPORTS:
        progress(name)
        staging.write(name, found[name])
    if cache is not None:
        cache.prune(("reports",))


def write_checksums(staging: Staging) -> None:
    """SHA256SUMS: every file written so far (the site's are not listed)."""
    staging.write(CHECKSUMS, "".join(f"{info.sha256}  {name}\n"
                                     for name, info in sorted(staging.infos.items())).encode("utf-8"))


def read_previous(folder: Path) -> tuple[Path | None, str | None]:
    """The N-Quads dump and the version of a former release folder, when there is one."""
    dump = folder / NQUADS
    if not dump.is_file():
        return None, None
    version = None
    catalog = folder / "catalog.ttl"
    if catalog.is_file():
        for triple in ox.parse(path=str(catalog), format=ox.RdfFormat.TURTLE):
            if triple.predicate.value == "http://www.w3.org/ns/dcat#version":
                version = triple.object.value
    return dump, version


def _snapshot(previous: Path | None, cache: Cache | None) -> Snapshot | None:
    """The former release's snapshot: from the cache when it made that release, else read."""
    if previous is None:
        return None
    found = None if cache is None else cache.get("snapshot", key("snapshot", _sha256(previous)))
    if not isinstance(found, Snapshot):
        return Snapshot.of_release(previous)
    ntriples = previous.with_name(NTRIPLES)
    found.lines = ntriples if ntriples.is_file() else None
    return found


def _sha256(dump: Path) -> str:
    """The SHA-256 of a release's dump, as its SHA256SUMS gives it (else computed)."""
    sums = dump.parent / CHECKSUMS
    if sums.is_file():
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            if name == dump.name:
                return digest
    computed = hashlib.sha256()
    with open(dump, "rb") as stream:
        while chunk := stream.read(1 << 20):
            computed.update(chunk)
    return computed.hexdigest()


def _fiche_dates(build: Build) -> list[date]:
    dates = []
    for fiche in build.published:
        modified = value(fiche, fiche.record, DCT.modified)
        if isinstance(modified, Literal) and isinstance(modified.toPython(), date):
            dates.append(modified.toPython())
    return dates


def _temporal(years: list[str], day: date | None) -> tuple[str, str] | None:
    """From the oldest year the data states (a membership's start) to the release date."""
    years = [year for year in years if year.isdigit()]
    if not years or day is None:
        return None
    return f"{min(years)}-01-01", day.isoformat()

