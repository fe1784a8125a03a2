"""The files of a release, as bytes by name: dumps, catalogue, VoID, provenance, changes and the
validation report, byte-stable for the same build."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS as DCT

from rtes_kg.check.corpus import Build
from rtes_kg.check.render import render_json, render_text, render_turtle
from rtes_kg.formats import RdfSyntax
from rtes_kg.model.keep import ledger_entries
from rtes_kg.project import environment
from rtes_kg.publish.catalog import catalog_graph
from rtes_kg.publish.changes import changes_graph, compare
from rtes_kg.publish.dumps import (
    context_jsonld,
    gzipped,
    serialize_triples,
    serialize_triples_jsonld,
    sort_quads,
    sort_triples,
    write_sorted,
    write_sorted_quads,
)
from rtes_kg.publish.provenance import provenance_graph
from rtes_kg.publish.release import (
    DUMP_FORMATS,
    FileInfo,
    ReleaseInfo,
    ReleaseOptions,
    release_date,
    version_of,
)
from rtes_kg.publish.vocabulary import vocabulary_files
from rtes_kg.publish.void import void_graph

TIME_YEAR = URIRef("http://www.w3.org/2006/time#inXSDgYear")
CHECKSUMS = "SHA256SUMS"
LEDGER_FILE = "ids.tsv"  # the identifier ledger after this release: the IRIs kept and retired


def release_files(build: Build) -> dict[str, Callable[[], bytes]]:
    """The dumps and the report, by name; each is produced only when written."""
    graphs = build.graphs

    @functools.cache
    def triples() -> list:  # sorted once, written in every syntax without named graphs
        return sort_triples(t for _, graph in graphs for t in graph)

    @functools.cache
    def quads() -> list:
        return sort_quads(graphs)

    def dump(syntax: RdfSyntax) -> Callable[[], bytes]:
        """A syntax that holds named graphs keeps one per fiche; the others get the union."""
        if syntax.named_graphs:
            return lambda: write_sorted_quads(quads(), syntax.name)
        return lambda: write_sorted(triples(), syntax.name)

    return {
        **{fmt.latest: dump(fmt.syntax) for fmt in DUMP_FORMATS},
        "validation.ttl": lambda: render_turtle(build.report).encode("utf-8"),
        "validation.json": lambda: render_json(build.report).encode("utf-8"),
        "validation.txt": lambda: render_text(build.report, lang="fr").encode("utf-8"),
    }


def release_contents(build: Build, options: ReleaseOptions, previous: bytes | None = None,
                     previous_version: str | None = None,
                     progress: Callable[[str], None] = lambda name: None
                     ) -> tuple[dict[str, bytes], ReleaseInfo]:
    """Every file of the release but the site, by path under dist/, and what the release is.
    ``previous`` is the former rtes.nq."""
    contents: dict[str, bytes] = {}
    for name, produce in release_files(build).items():
        progress(name)
        contents[name] = produce()
    for fmt in DUMP_FORMATS:
        contents[fmt.latest + ".gz"] = gzipped(contents[fmt.latest])
    contents["context.jsonld"] = context_jsonld()

    day, origin = release_date(options, _fiche_dates(build))
    version = version_of(day, contents["rtes.nq"])
    for fmt in DUMP_FORMATS:
        contents[fmt.versioned(version)] = contents[fmt.latest + ".gz"]
    dumps = tuple(FileInfo.of(name, contents[name]) for fmt in DUMP_FORMATS
                  for name in (fmt.latest, fmt.latest + ".gz", fmt.versioned(version)))
    release = ReleaseInfo(day, origin, version, files=dumps)
    ledger = build.ledger.updated(ledger_entries(build.published, options.base), version)
    contents[LEDGER_FILE] = ledger.text().encode("utf-8")
    contents.update(vocabulary_files(options, release))

    union = build.triples
    progress("catalog.ttl")
    catalog = catalog_graph(options, release, _temporal(union, day))
    contents["catalog.ttl"] = serialize_triples(catalog, "ttl")
    contents["catalog.jsonld"] = serialize_triples_jsonld(catalog)
    progress("void.ttl")
    contents["void.ttl"] = serialize_triples(void_graph(options, release, union), "ttl")
    contents[".well-known/void"] = contents["void.ttl"]
    records = [(fiche.record, fiche.graph.value(fiche.record, DCT.source))
               for fiche in build.published]
    contents["provenance.ttl"] = serialize_triples(provenance_graph(options, release, records))
    changes = compare(previous, contents["rtes.nq"], version, previous_version,
                      str(build.reference_iri))
    contents["changes.ttl"] = serialize_triples(changes_graph(changes, options.base))
    contents["CHANGES.txt"] = environment().get_template("changes.txt.j2").render(
        changes=changes).encode("utf-8")
    contents[CHECKSUMS] = "".join(f"{FileInfo.of(name, data).sha256}  {name}\n"
                                  for name, data in sorted(contents.items())).encode("utf-8")
    return contents, release


def read_previous(folder: Path) -> tuple[bytes | None, str | None]:
    """The N-Quads dump and the version of a former release folder, when there is one."""
    dump = folder / "rtes.nq"
    if not dump.is_file():
        return None, None
    version = None
    catalog = folder / "catalog.ttl"
    if catalog.is_file():
        import pyoxigraph as ox

        for triple in ox.parse(path=str(catalog), format=ox.RdfFormat.TURTLE):
            if triple.predicate.value == "http://www.w3.org/ns/dcat#version":
                version = triple.object.value
    return dump.read_bytes(), version


def _fiche_dates(build: Build) -> list[date]:
    dates = []
    for fiche in build.published:
        value = fiche.graph.value(fiche.record, DCT.modified)
        if isinstance(value, Literal) and isinstance(value.toPython(), date):
            dates.append(value.toPython())
    return dates


def _temporal(triples, day: date | None) -> tuple[str, str] | None:
    """From the oldest year the data states (a membership's start) to the release date."""
    years = [str(o)[:4] for _, p, o in triples if p == TIME_YEAR and str(o)[:4].isdigit()]
    if not years or day is None:
        return None
    return f"{min(years)}-01-01", day.isoformat()
