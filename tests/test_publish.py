"""The release's dumps: every format, gzip, versioned names, checksums, byte-stability, provenance
and changes."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Namespace, URIRef
from rdflib.compare import isomorphic

from conftest import SEED_DOCUMENT
from release_helpers import EPOCH, build_release, one_pass
from rtes_kg.publish.dumps import compact_iri, context_jsonld
from rtes_kg.publish.release import DUMP_FORMATS

PROV = Namespace("http://www.w3.org/ns/prov#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
DCT = Namespace("http://purl.org/dc/terms/")
VERSION = re.compile(r"^2025-09-16-[0-9a-f]{8}$")


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("publish"))


def _version(dist: Path) -> str:
    return (dist / "SHA256SUMS").read_text().split("rtes-", 1)[1].split(".", 1)[0]


def test_every_dump_is_there_plain_gzipped_and_versioned(dist: Path):
    version = _version(dist)
    assert VERSION.match(version), version
    for fmt in DUMP_FORMATS:
        plain = (dist / fmt.latest).read_bytes()
        packed = (dist / f"{fmt.latest}.gz").read_bytes()
        assert gzip.decompress(packed) == plain, fmt.latest
        assert packed[4:8] == b"\0\0\0\0", "gzip time stamp must be zero"
        assert packed[3] & 0x08 == 0, "gzip must not carry a file name"
        assert (dist / fmt.versioned(version)).read_bytes() == packed


def test_every_format_holds_the_same_graph(dist: Path):
    union = rdflib.Graph().parse(dist / "rtes.nt", format="nt")
    assert len(union) > 500
    for name, fmt in (("rtes.ttl", "turtle"), ("rtes.rdf", "xml")):
        assert isomorphic(rdflib.Graph().parse(dist / name, format=fmt), union), name
    quads = _quads(dist / "rtes.nq", ox.RdfFormat.N_QUADS)
    # An organisation named by two fiches is in both graphs: quads >= triples of the union.
    assert len({str(ox.Triple(q.subject, q.predicate, q.object))
                for q in ox.parse((dist / "rtes.nq").read_bytes(), format=ox.RdfFormat.N_QUADS)}) == len(union)
    assert len(quads) >= len(union)
    for name, fmt in (("rtes.trig", ox.RdfFormat.TRIG), ("rtes.jsonld", ox.RdfFormat.JSON_LD)):
        assert _quads(dist / name, fmt) == quads, name


def test_each_dump_is_what_pyoxigraph_writes_of_its_statements_in_one_pass(dist: Path):
    # The build writes the dumps a piece at a time (publish/pieces.py): the bytes are those of
    # one pass over all the statements, sorted.
    for fmt in DUMP_FORMATS:
        assert (dist / fmt.latest).read_bytes() == one_pass(dist / "rtes.nq", fmt.syntax), fmt.latest


def _quads(path: Path, fmt: ox.RdfFormat) -> set[str]:
    return {str(quad) for quad in ox.parse(path.read_bytes(), format=fmt)}


def test_json_ld_is_compacted_against_the_published_context(dist: Path):
    context = json.loads((dist / "context.jsonld").read_bytes())
    dump = json.loads((dist / "rtes.jsonld").read_bytes())
    assert dump["@context"] == context["@context"]
    assert (dist / "context.jsonld").read_bytes() == context_jsonld()
    text = (dist / "rtes.jsonld").read_text(encoding="utf-8")
    assert '"skos:prefLabel"' in text and '"rtes:Collectivite"' in text
    assert "http://www.w3.org/2004/02/skos/core#prefLabel" not in text


def test_the_release_and_its_folders_are_open_to_readers(dist: Path):
    """A release is meant to be served: its folder is no longer mkdtemp's private one."""
    assert dist.stat().st_mode & 0o777 == 0o755
    assert (dist / "site").stat().st_mode & 0o755 == 0o755


@pytest.mark.parametrize("mask", [0o077, 0o027])
def test_a_umask_that_hides_folders_still_gives_a_served_release(tmp_path: Path, mask: int):
    """Under a umask that makes folders private, every folder of the release is opened to readers."""
    before = os.umask(mask)
    try:
        out = build_release(tmp_path)
    finally:
        os.umask(before)
    folders = [out, *(Path(folder) for folder, _, _ in os.walk(out / "site"))]
    assert len(folders) > 20
    assert all(folder.stat().st_mode & 0o777 == 0o755 for folder in folders)


def test_compact_iri_keeps_unknown_and_ambiguous_iris_whole():
    assert compact_iri("https://schema.org/name") == "schema:name"
    assert compact_iri("https://w3id.org/rtes/org/dijon") == "https://w3id.org/rtes/org/dijon"
    assert compact_iri("https://schema.org/") == "https://schema.org/"


def test_sha256sums_lists_every_file_but_the_site(dist: Path):
    lines = (dist / "SHA256SUMS").read_text().splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    expected = {p.relative_to(dist).as_posix() for p in dist.rglob("*")
                if p.is_file() and not p.relative_to(dist).as_posix().startswith("site/")}
    assert set(listed) == expected - {"SHA256SUMS"}
    for name, digest in listed.items():
        assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == digest, name
    assert lines == sorted(lines, key=lambda line: line.split("  ", 1)[1])


def test_two_builds_in_two_processes_are_byte_identical(tmp_path: Path):
    """Different PYTHONHASHSEED, same SOURCE_DATE_EPOCH: every file of dist/ is the same."""
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    (data / "fiches.txt").write_bytes(SEED_DOCUMENT.read_bytes())
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"dist-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": EPOCH}
        subprocess.run([sys.executable, "-m", "rtes_kg.cli", "build", "--data", str(data.parent),
                        "--out", str(out)], check=True, env=env, capture_output=True)
        outs.append(out)
    files = [{p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
             for out in outs]
    assert files[0].keys() == files[1].keys()
    different = [name for name in files[0] if files[0][name] != files[1][name]]
    assert different == []


def test_the_date_comes_from_the_fiches_when_no_epoch(tmp_path: Path):
    text = SEED_DOCUMENT.read_text(encoding="utf-8")
    first_title = text.splitlines()[0]
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    dated = text.replace(first_title, f"{first_title}\nDernière mise à jour : 03/02/2024", 1)
    (data / "fiches.txt").write_text(dated, encoding="utf-8")
    out = build_release(tmp_path, data=data.parent, env={"SOURCE_DATE_EPOCH": ""})
    version = _version(out)
    assert version.startswith("2024-02-03-"), version


def test_a_clone_made_another_day_builds_the_same_release_again(tmp_path: Path):
    """No SOURCE_DATE_EPOCH and no date in the fiches: the date is the files'. A clone's files are
    all as new as the clone: the same data builds the release its ledger names, byte for byte, and
    the ledger is left as committed; an edit is a new release, of its files' date."""
    fiche = tmp_path / "data" / "fiches" / "fiches.txt"
    fiche.parent.mkdir(parents=True)
    fiche.write_text(SEED_DOCUMENT.read_text(encoding="utf-8"), encoding="utf-8")
    day = 1_700_000_000  # 2023-11-14
    os.utime(fiche, (day, day))
    version = _version(build_release(tmp_path, data=fiche.parent.parent, env={"SOURCE_DATE_EPOCH": ""}))
    ledger = (fiche.parent.parent / "ids.tsv").read_text(encoding="utf-8")
    assert version.startswith("2023-11-14-") and f"# release\t{version}\n" in ledger
    os.utime(fiche, (day + 30 * 86400, day + 30 * 86400))  # cloned a month later
    dist = build_release(tmp_path, data=fiche.parent.parent, env={"SOURCE_DATE_EPOCH": ""})
    assert _version(dist) == version and (fiche.parent.parent / "ids.tsv").read_text(encoding="utf-8") == ledger
    provenance = (dist / "provenance.ttl").read_text(encoding="utf-8")
    assert "date prise de : release précédente" in provenance
    fiche.write_text(fiche.read_text(encoding="utf-8").replace("145000 hab.", "146000 hab."), encoding="utf-8")
    os.utime(fiche, (day + 30 * 86400, day + 30 * 86400))
    edited = _version(build_release(tmp_path, data=fiche.parent.parent, env={"SOURCE_DATE_EPOCH": ""}))
    assert edited.startswith("2023-12-14-") and edited[11:] != version[11:]


def test_provenance_names_the_software_the_inputs_and_each_fiche_source(dist: Path):
    graph = rdflib.Graph().parse(dist / "provenance.ttl")
    activity = graph.value(predicate=RDF_TYPE, object=PROV.Activity)
    assert '"2025-09-16T00:00:00' in (dist / "provenance.ttl").read_text()
    assert graph.value(activity, PROV.startedAtTime) is not None
    software = graph.value(activity, PROV.wasAssociatedWith)
    assert (software, RDF_TYPE, PROV.SoftwareAgent) in graph
    used = list(graph.objects(activity, PROV.used))
    assert len(used) == 1
    checksum = graph.value(graph.value(used[0], SPDX.checksum), SPDX.checksumValue)
    assert str(checksum) == hashlib.sha256(SEED_DOCUMENT.read_bytes()).hexdigest()
    dump = rdflib.Graph().parse(dist / "rtes.ttl")
    for record, source in dump.subject_objects(DCT.source):
        assert (record, PROV.wasDerivedFrom, source) in graph
        assert source == used[0]


RDF_TYPE = rdflib.RDF.type


def test_changes_name_fiches_organisations_and_actions(tmp_path: Path, dist: Path):
    text = SEED_DOCUMENT.read_text(encoding="utf-8")
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    changed = text.replace("251 179", "251 180").replace("Audincourt", "Audincourt-Ville")
    (data / "fiches.txt").write_text(changed, encoding="utf-8")
    out = build_release(tmp_path, "--previous", str(dist), data=data.parent)
    report = (out / "CHANGES.txt").read_text(encoding="utf-8")
    assert f"par rapport à la version {_version(dist)}" in report
    assert "+ Audincourt-Ville" in report and "- Audincourt" in report
    assert "~ Dijon Métropole <https://w3id.org/rtes/org/dijon-metropole>" in report
    graph = rdflib.Graph().parse(out / "changes.ttl")
    changed_orgs = URIRef(f"https://w3id.org/rtes/release/{_version(out)}#organisations-modifications")
    assert (changed_orgs, PROV.hadMember, URIRef("https://w3id.org/rtes/org/dijon-metropole")) in graph


def test_changes_compare_with_the_release_being_replaced(tmp_path: Path):
    out = build_release(tmp_path)
    again = build_release(tmp_path)  # same folder: compares with itself, so nothing changed
    report = (again / "CHANGES.txt").read_text(encoding="utf-8")
    assert "fiches : 0 ajoutées, 0 supprimées, 0 modifiées" in report
    assert out == again
    # the same data the same day is the same version: that release again, no revision of itself
    graph = rdflib.Graph().parse(again / "changes.ttl")
    assert not list(graph.triples((None, PROV.wasRevisionOf, None)))
