"""The dumps written a piece at a time (publish/pieces.py, publish/dumpfiles.py): the same bytes as
pyoxigraph writes in one pass, whatever the pieces and whatever the cache held; gzipped copies that
read back to the dumps; VoID's counts and the changes' snapshot as over the whole dumps."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from release_helpers import one_pass
from rtes_kg.check.cache import Cache
from rtes_kg.publish import dumpfiles, pieces
from rtes_kg.publish.dumpfiles import write_dumps
from rtes_kg.publish.release import DUMP_FORMATS
from rtes_kg.publish.snapshot import Snapshot
from rtes_kg.publish.staging import Staging
from rtes_kg.publish.void import Stats

BASE = "https://w3id.org/rtes/"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ORG = "<http://www.w3.org/ns/org#Organization>"
YEAR = "<http://www.w3.org/2006/time#inXSDgYear>"
COMMUNE = "<http://id.insee.fr/geo/commune/75056>"


def graphs() -> dict[str, list[str]]:
    """Slugs whose subjects interleave in dump order (``…/paris#x`` < ``…/paris/x`` < ``…/paris15``
    < ``…/paris``), a commune two graphs state (one statement in both), literals with a language, a
    datatype and escapes, a blank node."""
    paris, paris15 = f"<{BASE}org/paris>", f"<{BASE}org/paris15>"
    return {
        f"{BASE}graph/paris": [
            f"{paris} {TYPE} {ORG}", f'{paris} {LABEL} "Paris"@fr',
            f'<{BASE}org/paris#adresse> <{BASE}ontology#rue> "1 rue \\"Haute\\"\\nbis"',
            f'<{BASE}org/paris/x> {LABEL} "12"^^<http://www.w3.org/2001/XMLSchema#integer>',
            f"{paris} <{BASE}ontology#territoire> {COMMUNE}", f'{COMMUNE} {LABEL} "Paris"@fr',
            f"{paris} <{BASE}ontology#contact> _:b1", f'_:b1 {LABEL} "anonyme"',
            f'<{BASE}org/paris#adhesion> {YEAR} "2019"^^<http://www.w3.org/2001/XMLSchema#gYear>'],
        f"{BASE}graph/paris15": [
            f"{paris15} {TYPE} {ORG}", f'{paris15} {LABEL} "Paris 15e arrondissement, « Vaugirard »"@fr',
            f'{COMMUNE} {LABEL} "Paris"@fr', f"{COMMUNE} {TYPE} <http://rdf.insee.fr/def/geo#Commune>",
            f'<{BASE}org/paris15#adhesion> {YEAR} "2007"^^<http://www.w3.org/2001/XMLSchema#gYear>'],
        f"{BASE}graph/lyon": [f"<{BASE}org/lyon> {TYPE} {ORG}", f'<{BASE}org/lyon> {LABEL} "Lyon"@fr'],
    }


def write(folder: Path, found: dict[str, list[str]], cache: Cache | None = None) -> dumpfiles.Gathered:
    folder.mkdir(parents=True, exist_ok=True)
    return write_dumps(found.items(), Staging(folder), cache, BASE)


def nquads(folder: Path, found: dict[str, list[str]]) -> Path:
    """The graphs as N-Quads, unsorted, as they come: the statements of the reference dumps."""
    path = folder / "input.nq"
    path.write_text("".join(f"{line} <{name}> .\n" for name, lines in found.items() for line in lines),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("size", "block"), [(1, 1), (1, 3), (2, 2), (3, 1), (1000, 16)])
def test_the_pieces_add_up_to_what_pyoxigraph_writes_in_one_pass(tmp_path: Path, monkeypatch, size: int, block: int):
    monkeypatch.setattr(pieces, "SUBJECTS_PER_PIECE", size)
    monkeypatch.setattr(pieces, "GRAPHS_PER_PIECE", size)
    monkeypatch.setattr(pieces, "PIECES_PER_BLOCK", block)
    gathered = write(tmp_path / "dist", graphs())
    reference = nquads(tmp_path, graphs())
    for fmt in DUMP_FORMATS:
        written = (tmp_path / "dist" / fmt.latest).read_bytes()
        assert written == one_pass(reference, fmt.syntax), fmt.latest
        assert gzip.decompress((tmp_path / "dist" / f"{fmt.latest}.gz").read_bytes()) == written, fmt.latest
    assert sorted(gathered.years) == ["2007", "2019"]


def test_the_gzipped_dumps_are_one_member_that_gzip_reads_back(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(pieces, "SUBJECTS_PER_PIECE", 1)
    monkeypatch.setattr(pieces, "PIECES_PER_BLOCK", 2)
    write(tmp_path, graphs())
    for fmt in DUMP_FORMATS:
        packed = (tmp_path / f"{fmt.latest}.gz").read_bytes()
        reader = zlib.decompressobj(31)
        assert reader.decompress(packed) == (tmp_path / fmt.latest).read_bytes()
        assert reader.eof and reader.unused_data == b"", "one gzip member, nothing after it"
        assert packed[:10] == gzip.compress(b"", compresslevel=6, mtime=0)[:10]  # no name, no time stamp
    if shutil.which("gzip"):
        subprocess.run(["gzip", "-t", *(str(tmp_path / f"{fmt.latest}.gz") for fmt in DUMP_FORMATS)], check=True)


def test_a_dump_without_statements_is_what_pyoxigraph_writes_of_none(tmp_path: Path):
    write(tmp_path / "dist", {f"{BASE}graph/vide": []})
    for fmt in DUMP_FORMATS:
        written = (tmp_path / "dist" / fmt.latest).read_bytes()
        assert written == one_pass(nquads(tmp_path, {}), fmt.syntax), fmt.latest
        assert gzip.decompress((tmp_path / "dist" / f"{fmt.latest}.gz").read_bytes()) == written


def test_void_counts_and_the_snapshot_are_those_of_the_whole_dumps(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(pieces, "SUBJECTS_PER_PIECE", 1)
    monkeypatch.setattr(pieces, "GRAPHS_PER_PIECE", 1)
    gathered = write(tmp_path, graphs())
    lines = (tmp_path / "rtes.nt").read_text(encoding="utf-8").splitlines(keepends=True)
    stats, snapshot = Stats(BASE), Snapshot()
    for line in lines:
        stats.add(line[:-3])
    snapshot.add_graph_lines((tmp_path / "rtes.nq").read_text(encoding="utf-8").splitlines(keepends=True))
    snapshot.add_statement_lines(lines)
    assert vars(gathered.stats) == vars(stats)
    assert (gathered.snapshot.graphs, gathered.snapshot.subjects) == (snapshot.graphs, snapshot.subjects)
    assert (gathered.snapshot.types, gathered.snapshot.labels) == (snapshot.types, snapshot.labels)


@pytest.mark.parametrize("in_workers", [False, True])
def test_an_edit_makes_only_its_pieces_again_and_the_dumps_are_those_made_without_cache(
        tmp_path: Path, monkeypatch, in_workers: bool):
    monkeypatch.setattr(pieces, "SUBJECTS_PER_PIECE", 2)
    monkeypatch.setattr(pieces, "GRAPHS_PER_PIECE", 2)
    monkeypatch.setattr(pieces, "PIECES_PER_BLOCK", 2)
    if in_workers:
        monkeypatch.setattr(dumpfiles, "MADE_HERE", 0)
    made: list[pieces.Piece] = []
    original = dumpfiles.make
    monkeypatch.setattr(dumpfiles, "make", lambda piece, base: made.append(piece) or original(piece, base))
    write(tmp_path / "first", graphs(), Cache(tmp_path / "cache"))
    edited = graphs()  # paris15 loses a subject, gains another; the commune's label changes in one graph
    edited[f"{BASE}graph/paris15"] = [line for line in edited[f"{BASE}graph/paris15"] if "#adhesion" not in line]
    edited[f"{BASE}graph/paris15"].append(f'<{BASE}org/paris15#contact> {LABEL} "Mairie du 15e"@fr')
    edited[f"{BASE}graph/paris15"][2] = f'{COMMUNE} {LABEL} "Paris (commune)"@fr'
    made.clear()
    write(tmp_path / "cached", edited, Cache(tmp_path / "cache"))  # a build's own Cache: it prunes what it did not use
    union, named = pieces.cut(edited.items(), BASE)
    count = len(union) + len(named)
    if not in_workers:  # a worker's pieces are made out of sight
        assert 0 < len(made) < count
    write(tmp_path / "fresh", edited)
    for fmt in DUMP_FORMATS:
        for name in (fmt.latest, f"{fmt.latest}.gz"):
            assert (tmp_path / "cached" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes(), name
        assert (tmp_path / "fresh" / fmt.latest).read_bytes() == one_pass(nquads(tmp_path, edited), fmt.syntax)
    assert [path.name for path in (tmp_path / "fresh").iterdir() if path.name.startswith(".")] == []
    kept = {path.stem for path in (tmp_path / "cache" / dumpfiles.KIND).glob("*/*.pickle")}
    assert len(kept) == count + len(pieces.blocks(union)) + len(pieces.blocks(named))  # the others pruned


def test_dumped_hears_of_the_n_quads_dump_once_it_is_whole_before_the_union_s_are_written(tmp_path: Path):
    """The example queries start on rtes.nq as soon as ``dumped`` is called (build.py): it must be
    whole then, and the union's dumps still to come."""
    (tmp_path / "input").mkdir()
    nq = next(dump for dump in DUMP_FORMATS if dump.latest == "rtes.nq")
    expected = one_pass(nquads(tmp_path / "input", graphs()), nq.syntax)
    staging, heard = Staging(tmp_path / "release"), []
    (tmp_path / "release").mkdir()

    def dumped() -> None:
        heard.append(((tmp_path / "release/rtes.nq").read_bytes(), "rtes.nq" in staging.infos,
                      (tmp_path / "release/rtes.ttl").exists()))

    write_dumps(graphs().items(), staging, None, BASE, dumped)
    assert heard == [(expected, True, False)]
