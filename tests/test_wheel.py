"""`pip install .` without -e: the wheel carries the ontology, shapes, queries and data, and the
installed `rtes-kg` finds them from any working folder.

Slow (about 20 s, marked ``installation``): it builds the sdist and the wheel from it, creates a
venv and installs the wheel there. Offline: the wheel is built with this environment's setuptools
(``--no-build-isolation``) and installed with ``--no-deps``; the new venv sees this environment's
dependencies through a ``.pth`` file naming its site-packages folders. A path line in a ``.pth``
only extends ``sys.path``: the ``.pth`` files of those folders, among them the one that points an
editable install at ``src/``, are not run, so ``rtes_kg`` can only come from the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from rtes_kg.extract.findings import read_fiches

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "fiches" / "rtes-fiches-2025.txt"

pytestmark = pytest.mark.installation


def run(command: list[str | Path], cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if name not in ("PYTHONPATH", "PYTHONHOME")}
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=180)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, command))} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh venv, outside the checkout, holding rtes-kg installed from its wheel."""
    work = tmp_path_factory.mktemp("wheel")
    # Through the sdist, as `python -m build` does: this also proves MANIFEST.in, and leaves no
    # build/ folder in the checkout.
    run([sys.executable, "-c", "import sys; from setuptools import build_meta; build_meta.build_sdist(sys.argv[1])",
         work], cwd=ROOT)
    (sdist,) = work.glob("*.tar.gz")
    run([sys.executable, "-m", "pip", "wheel", sdist, "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", work], cwd=work)
    (wheel,) = work.glob("*.whl")

    folder = work / "venv"
    run([sys.executable, "-m", "venv", folder], cwd=work)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=work).stdout.strip()
    dependencies = site.getsitepackages() + ([site.getusersitepackages()] if site.ENABLE_USER_SITE else [])
    (Path(purelib) / "rtes-kg-test-dependencies.pth").write_text("\n".join(dependencies) + "\n", encoding="utf-8")
    run([python, "-m", "pip", "install", "--no-deps", "--no-index", "-q", wheel], cwd=work)
    return folder


@pytest.fixture()
def elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def command(venv: Path) -> Path:
    return venv / ("Scripts/rtes-kg.exe" if os.name == "nt" else "bin/rtes-kg")


def test_the_installed_package_reads_its_own_copy_of_the_project_files(venv: Path, elsewhere: Path):
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    shown = run([python, "-c", "import rtes_kg.project as p; print(p.__file__); print(p.project_root())"],
                cwd=elsewhere).stdout.splitlines()
    module, root = (Path(line).resolve() for line in shown)
    assert module.is_relative_to(venv.resolve())
    assert root == module.parent / "_project"


def test_build_from_another_folder_publishes_every_member(venv: Path, tmp_path: Path, elsewhere: Path):
    (tmp_path / "input" / "fiches").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "input" / "fiches")
    run([command(venv), "build", "--data", tmp_path / "input", "--out", tmp_path / "dist"], cwd=elsewhere)

    graph = Graph().parse(tmp_path / "dist" / "rtes.ttl", format="turtle")
    texts = {str(value) for value in graph.objects() if isinstance(value, Literal)}
    names = {fiche.name.text for fiche in read_fiches(SEED.read_text(encoding="utf-8"), str(SEED))}
    assert names and names <= texts
    assert (tmp_path / "dist" / "site" / "index.html").is_file()  # the packaged templates


def test_build_reads_the_packaged_fiches_by_default(venv: Path, tmp_path: Path, elsewhere: Path):
    run([command(venv), "build", "--out", tmp_path / "dist", "--no-site", "--ledger", tmp_path / "ids.tsv"],
        cwd=elsewhere)
    assert (tmp_path / "dist" / "rtes.ttl").stat().st_size > 0


def test_validate_finds_the_packaged_shapes(venv: Path, elsewhere: Path):
    result = run([command(venv), "validate", SEED, "--format", "json"], cwd=elsewhere)
    assert json.loads(result.stdout)["conforms"] is True


def test_query_lists_the_packaged_examples(venv: Path, elsewhere: Path):
    listed = run([command(venv), "query", "--list"], cwd=elsewhere).stdout.splitlines()
    assert {line.split()[0] for line in listed} == {path.stem for path in (ROOT / "queries").glob("*.rq")}
