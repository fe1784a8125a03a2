"""The spare release folder (publish/spare.py): the release a build replaces is kept, and the build
after next writes into it. Its release must still be the one a build without the cache writes,
and the release being served must never be written through the hard links they share."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rtes_kg.publish import spare
from test_incremental import UNSEEN, files, rebuild_and_compare, run


@pytest.fixture()
def built(tmp_path: Path, seed_text: str, monkeypatch) -> tuple[Path, Path, Path]:
    """Two builds with the cache of the seed document and the unseen fiches: a full one, then an
    edit, which keeps the first release as the spare. The data, the release and the cache."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    data = tmp_path / "data"
    shutil.copytree(UNSEEN, data / "fiches")
    (data / "fiches" / "rtes-fiches-2025.txt").write_text(seed_text, encoding="utf-8")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    edit(data, "145000 hab.", "146000 hab.")
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    assert spare.spare_folder(released).is_dir()
    return data, released, cache


def edit(data: Path, before: str, after: str) -> None:
    seed = data / "fiches" / "rtes-fiches-2025.txt"
    text = seed.read_text(encoding="utf-8")
    assert before in text
    seed.write_text(text.replace(before, after), encoding="utf-8")


def test_the_release_written_into_the_spare_is_the_release_made_without_cache(built, tmp_path: Path):
    data, released, cache = built
    kept = os.stat(spare.spare_folder(released)).st_ino
    edit(data, "26 440 hab.", "26 441 hab.")
    unseen = sorted((data / "fiches").glob("*.txt"))[0]
    unseen.unlink()  # a fiche gone: its pages, which the spare holds, must go too
    rebuild_and_compare(data, tmp_path, released, cache)
    assert os.stat(released).st_ino == kept  # the spare became the release


def test_the_release_being_replaced_is_never_written_through(built, tmp_path: Path):
    """Most pages of the spare are the very files of the release in place (hard links): the build
    that writes into the spare must replace them, never write into them."""
    data, released, cache = built
    served = files(released)
    edit(data, "26 440 hab.", "26 441 hab.")  # another fiche: its pages in the spare are the served ones
    run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    retired = spare.spare_folder(released)  # the release that was served, kept as the next spare
    site = {name: data for name, data in files(retired).items()}
    assert site and all(name.startswith("site/") for name in site)
    assert site == {name: data for name, data in served.items() if name.startswith("site/")}


def test_a_spare_its_record_does_not_describe_is_never_used(built, tmp_path: Path):
    data, released, cache = built
    folder = spare.spare_folder(released)
    shutil.rmtree(folder)
    planted = folder / "site" / "org" / "planted" / "index.html"  # where a release would keep it
    planted.parent.mkdir(parents=True)
    planted.write_text("not ours", encoding="utf-8")
    edit(data, "146000 hab.", "147000 hab.")
    rebuild_and_compare(data, tmp_path, released, cache)  # (the planted page would be there)
    assert not (released / "site" / "org" / "planted").exists()


def test_a_build_without_the_cache_leaves_no_spare(built):
    data, released, _ = built
    run("build", "--data", str(data), "--out", str(released), "--no-cache")
    assert not spare.spare_folder(released).exists()
