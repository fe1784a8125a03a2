"""The use cases, orchestrating the stages: build a release from fiche texts (parse and extract,
map, check), then write every file of the release and of its site, atomically.

Each stage is its own function so that the benchmark can time it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from rtes_kg.check.cache import Cache, key
from rtes_kg.check.corpus import Build, map_all, validate_all
from rtes_kg.check.pipeline import check_files
from rtes_kg.errors import InputError
from rtes_kg.extract.findings import read_fiches
from rtes_kg.inputs import InputFile
from rtes_kg.parse.records import Fiche
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.publish.contents import read_previous, write_release_files
from rtes_kg.publish.release import ReleaseOptions
from rtes_kg.publish.staging import Staging
from rtes_kg.site.files import write_site
from rtes_kg.site.writer import Former

__all__ = ["Build", "build", "map_all", "parse_files", "validate_all", "write_release"]


PROGRESS_FROM = 50  # fiches: below this a build is instant and progress lines are noise


def parse_files(files: Iterable[InputFile]) -> list[Fiche]:
    return [fiche for file in files for fiche in read_fiches(file.text, file.label)]


def build(files: Iterable[InputFile], base_iri: str = DEFAULT_BASE_IRI,
          source_root: str | None = None,
          progress: Callable[[str], None] = lambda message: None,
          cache: Path | None = None, workers: int | None = None) -> Build:
    """The whole build; ``progress`` hears one line per stage once there are many fiches.

    ``cache``: a folder where the build keeps what it made, to redo only what changed next time
    (check/cache.py; safe to delete). ``workers``: processes to use (default: one per core)."""
    return check_files(list(files), base_iri, source_root, None if cache is None else Cache(cache),
                       workers, progress, quiet_below=PROGRESS_FROM)


def write_release(build: Build, out_dir: Path,
                  progress: Callable[[str], None] = lambda name: None,
                  options: ReleaseOptions | None = None, cache: Path | None = None) -> list[Path]:
    """Write every file into a fresh folder beside ``out_dir``, then swap it in.

    A run that fails half-way leaves the previous ``out_dir`` untouched and no temporary folder.
    The release is compared with ``options.previous``, else with the ``out_dir`` it replaces.
    ``cache``: the build cache (``build``), where the site's pages are recorded, so that the next
    release into ``out_dir`` reuses those that do not change.
    """
    options = options or ReleaseOptions()
    out_dir = out_dir.resolve()
    previous, previous_version = read_previous(options.previous or out_dir)
    store = None if cache is None else Cache(cache)
    entry = key("site", str(out_dir))
    former = _former(store, entry, out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    except OSError as error:
        raise InputError(f"impossible d’écrire ({error.strerror})", str(out_dir),
                         hint="choisissez un dossier de sortie accessible en écriture") from None
    try:
        files = Staging(staging)
        release = write_release_files(build, options, files, previous, previous_version, progress, store)
        manifest = None
        if options.site:
            progress("site/")
            manifest = write_site(build, options, release, files, former)
        for folder in (staging, *(p for p in staging.rglob("*") if p.is_dir())):
            os.chmod(folder, 0o755)  # mkdtemp makes it private; a release is meant to be served
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if store is not None:  # only once the release is in place: the manifest describes out_dir
        store.put("site", entry, None if manifest is None else (release.version, *manifest))
    return sorted(out_dir.iterdir())


def _former(store: Cache | None, entry: str, out_dir: Path) -> Former | None:
    """The release in ``out_dir`` as the site may reuse it: its pages' manifest, if the cache holds
    the one of the very release there (same version)."""
    if store is None:
        return None
    found = store.get("site", entry)
    _, version = read_previous(out_dir)
    if not isinstance(found, tuple) or version is None or found[0] != version:
        return None
    _, footer, manifest = found
    return Former(out_dir, manifest, footer)


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    if not out_dir.is_dir():
        raise InputError("existe déjà et n’est pas un dossier", str(out_dir),
                         hint="choisissez un autre --out")
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
    retired.rmdir()
    out_dir.rename(retired)
    try:
        staging.rename(out_dir)
    except BaseException:
        retired.rename(out_dir)
        raise
    _discard(retired)


def _discard(folder: Path) -> None:
    """Delete a retired release in a process of its own: a release of 10,000 fiches is 190,000
    files, minutes of deleting on some disks, and nothing waits for it. A folder left by an
    interrupted deletion (``.{out}.old.*``) goes with the next one."""
    stale = [str(path) for path in folder.parent.glob(folder.name.rsplit(".old.", 1)[0] + ".old.*")
             if path != folder and path.is_dir()]
    try:
        subprocess.run([sys.executable, "-c", DISCARD, str(folder), *stale], check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(folder, ignore_errors=True)


# A child that forks the deleting process and returns at once: the deleting process belongs to no
# one (no zombie, nothing to wait for) and outlives the build.
DISCARD = """import os, shutil, sys
if os.fork() == 0:
    os.setsid()
    for folder in sys.argv[1:]:
        shutil.rmtree(folder, ignore_errors=True)
    os._exit(0)
"""
