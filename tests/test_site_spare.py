"""The spare site (publish/staging.py, site/spare.py): the site of the release a swap retires is
kept beside the output folder and becomes the start of the next build's site; what it holds of
the former release's pages stays as it is, what differs is linked or written anew (never through
a link into another release), what is gone is deleted, and the release is the same bytes as a
build without the cache."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from rtes_kg import build
from rtes_kg.publish import staging
from rtes_kg.site.reads import ReadLog
from rtes_kg.site.spare import Spare, promising, sweep
from rtes_kg.site.writer import Former, Made, write_pages
from test_incremental import data, rebuild_and_compare, run  # noqa: F401 (data: a fixture)


def page(folder: Path, path: str, text: str) -> None:
    (folder / "site" / path).mkdir(parents=True, exist_ok=True)
    (folder / "site" / path / "index.html").write_text(f"<p>{text}</p>", encoding="utf-8")
    (folder / "site" / f"{path}.ttl").write_text(f"# {text}\n", encoding="utf-8")


def made(path: str, text: str) -> Made:
    def never() -> str:
        raise AssertionError("a page taken from the former release is not made")

    return Made(path, lambda: "inputs", never, lambda: f"<p>{text}</p>".encode(), (f"site/{path}.ttl",),
                lambda: {f"site/{path}.ttl": f"# {text}\n".encode()})


def test_a_spare_is_mended_into_the_site_without_writing_through_a_link(tmp_path: Path):
    former, new, older = tmp_path / "former", tmp_path / "new", tmp_path / "older"
    for path in ("org/a", "org/b"):
        page(former, path, path)
    page(older, "org/b", "b before")  # what the release before held of b, still in its folder
    page(older, "org/c", "c")  # a page gone since
    for name in ("site/org/a/index.html", "site/org/a.ttl"):  # a: the same files as the former's
        (new / name).parent.mkdir(parents=True, exist_ok=True)
        os.link(former / name, new / name)
    for name in ("site/org/b/index.html", "site/org/b.ttl", "site/org/c/index.html", "site/org/c.ttl"):
        (new / name).parent.mkdir(parents=True, exist_ok=True)
        os.link(older / name, new / name)  # b and c: the older release's files
    inode = (new / "site/org/a.ttl").stat().st_ino
    spare = Spare.of(new, former)
    assert spare is not None
    log = ReadLog(pages={"org/a": ("key-a", "inputs", ()), "org/b": ("key-b", "inputs", ())})
    _, written = write_pages(["org/a", "org/b"], lambda path: made(path, path), new, Former(former, log),
                             workers=1, spare=spare)
    sweep(new, spare.present, {f"site/{w.path}/index.html" for w in written}
          | {f"site/{w.path}.ttl" for w in written})
    assert (new / "site/org/a.ttl").stat().st_ino == inode  # left in place
    for name in ("site/org/a/index.html", "site/org/a.ttl", "site/org/b/index.html", "site/org/b.ttl"):
        assert os.path.samefile(new / name, former / name)
    assert (older / "site/org/b.ttl").read_text(encoding="utf-8") == "# b before\n"  # unlinked, not written
    assert not (new / "site/org/c").exists() and not (new / "site/org/c.ttl").exists()
    assert (older / "site/org/c.ttl").is_file() and (new / "site/org").is_dir()


def test_a_spare_mostly_unlike_the_former_release_is_not_worth_mending():
    former = {"site/org/a/index.html": 1, "site/org/b/index.html": 2, "site/org/c/index.html": 3}
    assert Spare({**former, "site/org/d/index.html": 9}, former).worth_keeping()  # 3 of 4 in place
    assert not Spare({name: inode + 10 for name, inode in former.items()}, former).worth_keeping()


def test_a_sample_of_the_spare_tells_whether_it_is_worth_taking(tmp_path: Path):
    former, spare = tmp_path / "former", tmp_path / "spare"
    for path in ("org/a", "org/b", "org/c"):
        page(former, path, path)
    (spare / "org").mkdir(parents=True)
    for name in ("a.ttl", "b.ttl"):
        os.link(former / "site/org" / name, spare / "org" / name)
    (spare / "org" / "c.ttl").write_text("# c before\n", encoding="utf-8")
    assert promising(spare, former / "site")  # 2 of 3 files in place
    (spare / "org" / "b.ttl").unlink()
    (spare / "org" / "b.ttl").write_text("# b before\n", encoding="utf-8")
    assert not promising(spare, former / "site")
    assert not promising(tmp_path / "none", former / "site")


def test_a_spare_taken_but_not_worth_mending_is_set_aside(tmp_path: Path, monkeypatch):
    out = tmp_path / "dist"
    for path in ("org/a", "org/b"):
        page(out, path, path)
    spare = staging.spare_of(out)
    page(spare.parent / "older", "org/a", "a before")
    (spare.parent / "older" / "site").rename(spare)
    folder = tmp_path / f".dist.{os.getpid()}.abcdefgh"
    folder.mkdir()
    monkeypatch.setattr(build, "promising", lambda spare, former: True)  # the sample says yes, the whole no
    assert build._spare(out, folder, Former(out, ReadLog())) is None
    assert not (folder / "site").exists() and not spare.exists()
    assert (out / "site/org/a.ttl").read_text(encoding="utf-8") == "# org/a\n"


def test_a_spare_that_is_a_link_is_not_claimed_and_links_in_it_are_dropped(tmp_path: Path):
    out, elsewhere = tmp_path / "dist", tmp_path / "elsewhere"
    (elsewhere / "org").mkdir(parents=True)
    staging.spare_of(out).symlink_to(elsewhere, target_is_directory=True)
    folder = tmp_path / "staging"
    folder.mkdir()
    assert not staging.claim_spare(out, folder) and not (folder / "site").exists()
    (folder / "site").mkdir()
    (folder / "site" / "org").symlink_to(elsewhere / "org", target_is_directory=True)
    spare = Spare.of(folder, None)
    assert spare is not None and spare.present == {}
    assert not (folder / "site" / "org").exists() and (elsewhere / "org").is_dir()


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_every_folder_of_a_release_is_opened_to_be_served(tmp_path: Path, umask: int):
    previous = os.umask(umask)
    try:
        folder = Path(tempfile.mkdtemp(dir=tmp_path))  # private, as a staging folder is made
        (folder / "site" / "org" / "a").mkdir(parents=True)
        staging.open_folders(folder)
    finally:
        os.umask(previous)
    for directory in (folder, folder / "site", folder / "site" / "org", folder / "site" / "org" / "a"):
        assert directory.stat().st_mode & 0o777 == 0o755


def test_the_spare_site_is_the_start_of_the_next_build_and_the_release_is_the_same(
        data: Path, tmp_path: Path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    spare = staging.spare_of(released)
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    assert not spare.exists()  # no release retired yet
    seed = data / "fiches" / "rtes-fiches-2025.txt"
    for population in ("146000", "147000"):
        seed.write_text(seed.read_text(encoding="utf-8").replace("145000 hab.", f"{population} hab.")
                        .replace("146000 hab.", f"{population} hab."), encoding="utf-8")
        rebuild_and_compare(data, tmp_path, released, cache)
        assert (spare / "index.html").is_file()  # the site of the release just retired
    pages = [path.relative_to(released) for path in (released / "site" / "fiche").rglob("*") if path.is_file()]
    assert pages and all(os.path.samefile(released / name, spare / name.relative_to("site"))
                         for name in pages if "preval" not in str(name))  # unchanged: the same files
    (data / "fiches" / "mende-ville.txt").unlink()  # its pages, in the spare, are gone from the release
    rebuild_and_compare(data, tmp_path, released, cache)
    gone = [path.name for path in (released / "site" / "fiche").glob("*mende*.*")]  # its data files
    assert gone == [] and any((tmp_path / "former" / "site" / "fiche").glob("*mende*.ttl"))
