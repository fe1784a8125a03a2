"""The site of a rebuild (site/writer.py, site/inputs.py, site/reads.py): what one fiche's edit
changes on the pages of other resources is made again, what it removes is gone with the links to
it, and the release is the same bytes as a build without the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from rtes_kg.check import pool
from rtes_kg.site import files as site_files
from test_incremental import data, rebuild_and_compare, run  # noqa: F401 (data: a fixture)

MENDE = "fiches/mende-ville.txt"
LOZERE = "site/territoire/departement/48/index.html"


@pytest.fixture()
def settled(data: Path, tmp_path: Path, monkeypatch) -> tuple[Path, Path]:  # noqa: F811
    """A release whose pages no longer all say they are new (the second one), and its cache."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764000000")
    released, cache = tmp_path / "dist", tmp_path / "cache"
    for _ in range(2):
        run("build", "--data", str(data), "--out", str(released), "--cache-dir", str(cache))
    return released, cache


@pytest.fixture()
def made(monkeypatch) -> list[str]:
    """The resources whose pages are made, here (no worker process is forked for a few pages)."""
    found: list[str] = []
    original = site_files.make_page
    monkeypatch.setattr(site_files, "make_page", lambda iri, *args: found.append(iri) or original(iri, *args))
    return found


def test_a_renamed_member_is_renamed_on_the_pages_that_name_it(data: Path, tmp_path: Path,  # noqa: F811
                                                               settled: tuple[Path, Path], made: list[str],
                                                               monkeypatch):
    released, cache = settled
    assert "Ville de Mende" in (released / LOZERE).read_text(encoding="utf-8")
    fiche = data / MENDE
    fiche.write_text(fiche.read_text(encoding="utf-8").replace("Ville de Mende", "Ville De Mende", 1),
                     encoding="utf-8")  # the same slug, the same IRI: another label

    def forked(*args, **kwargs):
        raise AssertionError("a worker forked for a few pages")

    spread = pool._spread
    monkeypatch.setattr(pool, "_spread", forked)
    remade: list[str] = []
    rebuild_and_compare(data, tmp_path, released, cache,  # the build without the cache forks workers
                        after=lambda: (remade.extend(made), monkeypatch.setattr(pool, "_spread", spread)))
    page = (released / LOZERE).read_text(encoding="utf-8")
    assert "Ville De Mende" in page and "Ville de Mende" not in page  # a page that only names it
    assert any(iri.endswith("/departement/48") for iri in remade), remade
    pages = len(list((released / "site").rglob("index.html")))
    assert 0 < len(remade) < pages // 4, (len(remade), pages)  # with the release's own pages


def test_a_removed_fiche_takes_its_pages_and_the_links_to_it_away(data: Path, tmp_path: Path,  # noqa: F811
                                                                 settled: tuple[Path, Path]):
    released, cache = settled
    member = next(path for path in (released / "site" / "org").iterdir()
                  if path.name.startswith("ville-de-mende") and path.is_dir())
    href = f"org/{member.name}/"
    assert href in (released / LOZERE).read_text(encoding="utf-8")
    (data / MENDE).unlink()
    rebuild_and_compare(data, tmp_path, released, cache)
    assert href not in (released / LOZERE).read_text(encoding="utf-8")
    assert "Mende" not in (released / "site" / "membres.json").read_text(encoding="utf-8")
    page = released / "site" / "org" / member.name / "index.html"  # gone, or its tombstone (410)
    assert not page.exists() or "Ressource retirée" in page.read_text(encoding="utf-8")
    assert not (released / "site" / "org" / f"{member.name}.ttl").exists()
