"""The build cache (check/cache.py): a build that reuses it writes the same bytes as a build without
it, redoes only the fiches that changed, still finds what one fiche shares with an unchanged one,
and any change of the code, shapes, ontology or reference data invalidates it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from release_helpers import one_pass
from rtes_kg import build as build_module
from rtes_kg import project
from rtes_kg.check import cache as build_cache
from rtes_kg.check import pipeline, pool
from rtes_kg.cli import main
from rtes_kg.publish import contents, pieces
from rtes_kg.publish.release import DUMP_FORMATS
from rtes_kg.site import files as site_files

UNSEEN = Path(__file__).parent / "unseen" / "fiches"


def run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result


def files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture()
def data(tmp_path: Path, seed_text: str) -> Path:
    """The seed document and the unseen fiches: 34 fiches in 25 files."""
    folder = tmp_path / "data" / "fiches"
    shutil.copytree(UNSEEN, folder)
    (folder / "rtes-fiches-2025.txt").write_text(seed_text, encoding="utf-8")
    return tmp_path / "data"


@pytest.fixture()
def mapped(monkeypatch) -> list[str]:
    """The slugs of the fiches each build maps (the builds here are small: mapped in this process)."""
    found: list[str] = []
    original = pipeline.map_fiche

    def counting(fiche, *args, **kwargs):
        result = original(fiche, *args, **kwargs)
        found.append(result.slug)
        return result

    monkeypatch.setattr(pipeline, "map_fiche", counting)
    return found


def rebuild_and_compare(data: Path, tmp_path: Path, released: Path, cache: Path,
                        after: Callable[[], object] = lambda: None, options: tuple[str, ...] = ()) -> None:
    """Rebuild into ``released`` with the cache, and build the same data without it against a copy
    of the former release: both releases must be the same bytes. ``after()`` runs between both;
    ``options``: given to both builds."""
    former = tmp_path / "former"
    shutil.rmtree(former, ignore_errors=True)
    shutil.copytree(released, former)
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache), *options)
    after()
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    run("build", "--data", str(data), "--out", str(fresh), "--no-cache", "--previous", str(former), *options)
    assert files(released) == files(fresh)


def test_an_edited_fiche_is_all_that_is_made_again_and_the_release_is_the_same(
        data: Path, tmp_path: Path, mapped: list[str], monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    total = len(mapped)
    assert total > 30 and (cache / "README.txt").is_file()

    seed = data / "fiches" / "rtes-fiches-2025.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("145000 hab.", "146000 hab."), encoding="utf-8")
    mapped.clear()
    read: list[str] = []  # the fiches whose free texts are read again (their file is parsed again)
    original = pipeline.with_findings_or_issue
    monkeypatch.setattr(pipeline, "with_findings_or_issue",
                        lambda fiche: read.append(fiche.name.text if fiche.name else "") or original(fiche))
    rebuild_and_compare(data, tmp_path, released, cache, after=lambda: read.append("then"))
    assert len(mapped) == 1 + total  # the rebuild mapped the edited fiche, the full build all of them
    assert read[:read.index("then")] == ["Syndicat Mixte Préval Haut-Doubs"]  # not the 5 others of its file


def test_the_reports_are_rendered_again_only_when_a_result_changes(data: Path, tmp_path: Path, monkeypatch):
    """An edit that changes no result takes the three report files from the cache; one that does
    renders them again, as a build without the cache does."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    said = tmp_path / "rendered"  # a file: the reports are written in a forked process

    def rendered() -> int:
        return len(said.read_text()) if said.exists() else 0

    def counting(report):
        with said.open("a") as stream:
            stream.write("x")
        return contents.render_json(report)

    monkeypatch.setitem(contents.REPORTS, "validation.json", counting)
    seed = data / "fiches" / "rtes-fiches-2025.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("145000 hab.", "146000 hab."), encoding="utf-8")
    before = (released / "validation.txt").read_bytes()
    rebuild_and_compare(data, tmp_path, released, cache)
    assert (released / "validation.txt").read_bytes() == before
    assert rendered() == 1  # by the build without the cache only
    assert len(list((cache / "reports").glob("*/*.pickle"))) == 1
    gironde = data / "fiches" / "gironde-departement.txt"
    lines = gironde.read_text(encoding="utf-8").splitlines(keepends=True)
    gironde.write_text("".join(line for line in lines if not line.startswith("Dernière mise à jour")),
                       encoding="utf-8")  # a fiche without its date: a result more
    said.unlink()
    rebuild_and_compare(data, tmp_path, released, cache)
    assert (released / "validation.txt").read_bytes() != before and rendered() == 2
    assert len(list((cache / "reports").glob("*/*.pickle"))) == 1  # the former one is pruned


def test_the_findings_of_a_file_left_alone_by_a_build_are_still_kept_for_the_next(
        data: Path, tmp_path: Path, monkeypatch):
    """A build that takes a whole file from the cache keeps its fiches' findings: a later edit of one
    of its fiches reads that fiche's free texts again, not its file's."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    other = data / "fiches" / "mende-ville.txt"
    other.write_text(other.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))  # the seed file untouched
    seed = data / "fiches" / "rtes-fiches-2025.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("145000 hab.", "146000 hab."), encoding="utf-8")
    read: list[object] = []
    original = pipeline.with_findings_or_issue
    monkeypatch.setattr(pipeline, "with_findings_or_issue", lambda fiche: read.append(fiche) or original(fiche))
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    assert len(read) == 1


def test_a_fiche_that_repeats_an_unchanged_one_is_still_found(data: Path, tmp_path: Path, seed_text: str,
                                                             monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    (data / "fiches" / "copie.txt").write_text(seed_text.split("\n\n\n")[0], encoding="utf-8")
    rebuild_and_compare(data, tmp_path, released, cache)
    assert '"type": "fiche-en-double"' in (released / "validation.json").read_text(encoding="utf-8")


def test_a_deleted_cache_only_makes_the_next_build_a_full_one(data: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    shutil.rmtree(cache)
    rebuild_and_compare(data, tmp_path, released, cache)


def test_the_predicates_the_sparql_constraints_read_are_found_once_and_kept(data: Path, tmp_path: Path,
                                                                            monkeypatch):
    found: list[object] = []
    original = pipeline.predicates_read
    monkeypatch.setattr(pipeline, "predicates_read", lambda: found.append(original()) or found[-1])
    cache = tmp_path / "cache"
    for _ in range(2):
        run("build", "--data", str(data), "--out", str(tmp_path / "dist"), "--cache-dir", str(cache), "--no-site")
    assert len(found) == 1 and found[0]  # the second build read them from the cache
    assert list((cache / "shapes").glob("*/*.pickle"))


def test_a_changed_shape_changes_every_key(tmp_path: Path, monkeypatch):
    before = build_cache.key("fiche", "x")
    shapes = tmp_path / "shapes"
    shutil.copytree(project.shapes_dir(), shapes)
    first = sorted(shapes.glob("*.ttl"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n# a comment changes the bytes\n", encoding="utf-8")
    monkeypatch.setattr(build_cache, "shapes_dir", lambda: shapes)
    build_cache.version.cache_clear()
    try:
        assert build_cache.key("fiche", "x") != before
    finally:
        build_cache.version.cache_clear()


def test_a_page_that_read_nothing_changed_is_not_made_again(data: Path, tmp_path: Path, monkeypatch):
    """site/reads.py: after an edit, only the pages that show what changed are made; the others
    are taken from the former release, and the release is the same bytes as a full build's."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    monkeypatch.setattr(pool, "cores", lambda: 1)  # the pages made here, where they can be counted
    made: list[str] = []
    original = site_files.make_page
    monkeypatch.setattr(site_files, "make_page", lambda iri, *args: made.append(iri) or original(iri, *args))
    released, cache = tmp_path / "dist", tmp_path / "cache"
    seed = data / "fiches" / "rtes-fiches-2025.txt"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    pages = len(made)
    # The first release lists every resource as added (changes.ttl), the next one only what it
    # changed: pages do not list those lists (site/resource.py, UNLISTED_INBOUND), or this first
    # edit would make them all again.
    seed.write_text(seed.read_text(encoding="utf-8").replace("145000 hab.", "146000 hab."), encoding="utf-8")
    made.clear()
    remade: list[str] = []
    rebuild_and_compare(data, tmp_path, released, cache, after=lambda: remade.extend(made))
    assert any("preval" in iri for iri in remade)  # the edited member's page
    assert 0 < len(remade) < pages // 4, (len(remade), pages)
    # The record of a fiche left alone does not change from one release to the next (its
    # provenance names its source file, not the release's construction): nor does its page.
    assert [iri for iri in remade if "/fiche/" in iri and "preval" not in iri] == []
    # Such a page does not name the release either: the same bytes in two releases of two versions.
    home = (released / "site/index.html").read_text(encoding="utf-8")
    assert home != (tmp_path / "former/site/index.html").read_text(encoding="utf-8")
    for name in ("site/fiche/dijon-metropole/index.html", "site/fiche/dijon-metropole.ttl"):
        assert (released / name).read_bytes() == (tmp_path / "former" / name).read_bytes()


def test_a_page_is_made_again_when_the_settings_it_shows_change(data: Path, tmp_path: Path, monkeypatch):
    """Nothing of the data changed, but the public address the pages' JSON-LD gives: no page is
    taken from the former release as it was."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    public = "https://donnees.example.org/rtes/"
    rebuild_and_compare(data, tmp_path, released, cache, options=("--public-url", public))
    page = (released / "site" / "org" / "dijon-metropole" / "index.html").read_text(encoding="utf-8")
    assert f'"url": "{public}site/org/dijon-metropole/"' in page


def test_a_rebuild_with_small_pieces_of_dumps_is_the_release_made_without_cache(data: Path, tmp_path: Path,
                                                                              monkeypatch):
    """publish/pieces.py with pieces of a few subjects and graphs, blocks of two pieces: edits that
    remove an action (its subjects) and add one take every other piece from the cache, and the
    dumps are still those pyoxigraph writes in one pass."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    monkeypatch.setattr(pieces, "SUBJECTS_PER_PIECE", 8)
    monkeypatch.setattr(pieces, "GRAPHS_PER_PIECE", 2)
    monkeypatch.setattr(pieces, "PIECES_PER_BLOCK", 2)
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    seed = data / "fiches" / "rtes-fiches-2025.txt"
    text = seed.read_text(encoding="utf-8")
    removed = next(line for line in text.splitlines(keepends=True) if line.startswith("Perspective")) + "\n"
    assert removed in text
    seed.write_text(text.replace(removed, ""), encoding="utf-8")
    rebuild_and_compare(data, tmp_path, released, cache)
    added = "Préval soutient la ressourcerie La Boucle, association d’insertion, pour un atelier de réparation.\n\n"
    seed.write_text(text.replace(removed, added), encoding="utf-8")
    rebuild_and_compare(data, tmp_path, released, cache)
    assert "La Boucle" in (released / "rtes.nt").read_text(encoding="utf-8")
    for fmt in DUMP_FORMATS:
        assert (released / fmt.latest).read_bytes() == one_pass(released / "rtes.nq", fmt.syntax), fmt.latest


def test_a_build_too_large_to_make_files_and_index_at_once_writes_the_same_release(data: Path, tmp_path: Path,
                                                                                 monkeypatch):
    """Above ``ALONGSIDE_UP_TO`` fiches the release's files, then the site's index, are made in the
    build's process, the example queries meanwhile: the same release, answers included."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    run("build", "--data", str(data), "--out", str(tmp_path / "alongside"), "--no-cache")
    monkeypatch.setattr(build_module, "ALONGSIDE_UP_TO", 0)
    ran: list[Path] = []
    original = build_module.examples
    monkeypatch.setattr(build_module, "examples", lambda queries, dump: ran.append(dump) or original(queries, dump))
    run("build", "--data", str(data), "--out", str(tmp_path / "apart"), "--no-cache")
    assert [path.name for path in ran] == ["rtes.nq"]  # run once, by the build, on the dump
    assert files(tmp_path / "apart") == files(tmp_path / "alongside")
    assert 'class="error"' not in (tmp_path / "apart" / "site" / "requetes" / "index.html").read_text("utf-8")


class _Planted:
    """What a hostile contribution commits as a cache entry: a pickle that writes a file when read."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def test_an_entry_not_sealed_by_this_user_s_key_is_never_unpickled(tmp_path):
    import pickle
    store = build_cache.Cache(tmp_path / "cache")
    store.put("fiche", "ab" * 32, {"kept": 1})
    assert store.get("fiche", "ab" * 32) == {"kept": 1}
    marker = tmp_path / "ran"
    planted = store.folder / "fiche" / "cd" / f"{'cd' * 32}.pickle"
    planted.parent.mkdir(parents=True)
    planted.write_bytes(pickle.dumps(_Planted(marker)))
    assert store.get("fiche", "cd" * 32) is build_cache.MISSING
    sealed_elsewhere = b"\0" * 32 + pickle.dumps(_Planted(marker))  # a seal made without the key
    planted.write_bytes(sealed_elsewhere)
    assert store.get("fiche", "cd" * 32) is build_cache.MISSING
    assert not marker.exists()


def test_a_cache_committed_into_a_contribution_runs_nothing_and_changes_nothing(data, tmp_path):
    # The default cache sits beside --out, inside the contributor's checkout: every entry there
    # may be theirs. Each is replaced by a pickle that would write a file if it were read.
    import pickle
    released, cache = tmp_path / "released", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    expected = files(released)
    marker = tmp_path / "ran"
    entries = list(cache.rglob("*.pickle"))
    assert entries
    for entry in entries:
        entry.write_bytes(pickle.dumps(_Planted(marker)))
    shutil.rmtree(released)
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    assert not marker.exists()
    assert files(released) == expected


def test_the_seal_key_is_kept_so_that_a_later_build_process_reuses_the_cache(tmp_path, seed_data_dir):
    # The key lives in the user's configuration: a build in a new process must find the entries
    # the last one sealed (a key made per process would make every build a full one).
    import subprocess
    import sys
    env = {**__import__("os").environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    key = [subprocess.run([sys.executable, "-c", "from rtes_kg.check import cache; print(cache.cache_key().hex())"],
                          env=env, capture_output=True, text=True, check=True).stdout for _ in range(2)]
    assert key[0] == key[1] and len(key[0].strip()) == 64
    assert (tmp_path / "config" / "rtes-kg" / "cache.key").stat().st_mode & 0o077 == 0  # its owner's only
    cache, out = tmp_path / "cache", tmp_path / "dist"
    command = [sys.executable, "-m", "rtes_kg", "build", "--data", str(seed_data_dir), "--out", str(out),
               "--cache-dir", str(cache), "--ledger", str(tmp_path / "ids.tsv"), "--no-site"]
    subprocess.run(command, env={**env, "PYTHONHASHSEED": "1"}, capture_output=True, check=True)
    made = {kind: {path: path.stat().st_mtime_ns for path in (cache / kind).rglob("*.pickle")}
            for kind in ("parse", "fiche", "dump")}
    # Another hash seed: a key made from anything in an order of the process's string hashes (the
    # reference graph's lines, as rdflib gave them, keyed the pieces of the dumps) would miss.
    subprocess.run(command, env={**env, "PYTHONHASHSEED": "2"}, capture_output=True, check=True)
    assert all(made.values()) and len(made["dump"]) > 10
    for kind, entries in made.items():  # read, not redone
        assert {path: path.stat().st_mtime_ns for path in (cache / kind).rglob("*.pickle")} == entries, kind



def test_the_project_s_tables_are_kept_and_handed_over_to_the_next_build_process(data: Path, tmp_path: Path):
    # The communes, the gazetteer, the lexicons, the shapes: a build keeps them in its cache, and the
    # next build process takes them from there (never made again: making one here fails) and
    # writes the release a build without the cache writes (check/tables_cache.py).
    import os
    import subprocess
    import sys
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "SOURCE_DATE_EPOCH": "1764000000"}
    cache, released, former, fresh = (tmp_path / name for name in ("cache", "dist", "former", "fresh"))

    def build(out: Path, *options: str, made_here: bool = True) -> None:
        forbid = "" if made_here else (
            "import rtes_kg.build\nfrom rtes_kg import once\n"  # (the build's modules and their tables)
            "assert len(once._TABLES) > 30\n"
            "for table in once._TABLES.values(): table._make = None  # made here: 'NoneType' not callable\n")
        script = f"import sys\nfrom rtes_kg.cli import main\n{forbid}main(sys.argv[1:])"
        done = subprocess.run([sys.executable, "-c", script, "build", "--data", str(data), "--out", str(out),
                               "--ledger", str(tmp_path / f"{out.name}.tsv"), "--no-site", *options],
                              env=env, capture_output=True, text=True)
        assert done.returncode in (0, 1), done.stderr  # 1: some unseen fiches do not conform

    build(released, "--cache-dir", str(cache))
    assert len(list((cache / "tables").rglob("*.pickle"))) == 1
    shutil.copytree(released, former)
    shutil.copy(tmp_path / "dist.tsv", tmp_path / "fresh.tsv")
    fiche = data / "fiches" / "thouarsais-cc.txt"
    fiche.write_text(fiche.read_text(encoding="utf-8").replace("35 369 hab.", "35 370 hab."), encoding="utf-8")
    build(released, "--cache-dir", str(cache), made_here=False)
    build(fresh, "--no-cache", "--previous", str(former))
    assert files(released) == files(fresh)
