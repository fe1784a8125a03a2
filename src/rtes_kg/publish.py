"""Writes a build to ``dist/``: the dumps and the validation report, atomically and byte-stably."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from .dumps import serialize_quads, serialize_triples
from .errors import InputError
from .pipeline import Build
from .render import render_json, render_text, render_turtle


def release_files(build: Build) -> dict[str, Callable[[], bytes]]:
    """The files of a release, by name; each is produced only when written."""
    published = build.published
    graphs = [(fiche.graph_iri, fiche.graph) for fiche in published]
    graphs.append((build.reference_iri, build.reference))

    def union():
        return (triple for _, graph in graphs for triple in graph)

    return {
        "rtes.ttl": lambda: serialize_triples(union(), "ttl"),
        "rtes.nt": lambda: serialize_triples(union(), "nt"),
        "rtes.trig": lambda: serialize_quads(graphs, "trig"),
        "rtes.nq": lambda: serialize_quads(graphs, "nq"),
        "validation.ttl": lambda: render_turtle(build.report).encode("utf-8"),
        "validation.json": lambda: render_json(build.report).encode("utf-8"),
        "validation.txt": lambda: render_text(build.report, lang="fr").encode("utf-8"),
    }


def write_release(build: Build, out_dir: Path,
                  progress: Callable[[str], None] = lambda name: None) -> list[Path]:
    """Write every file into a fresh folder beside ``out_dir``, then swap it in.

    A run that fails half-way leaves the previous ``out_dir`` untouched and no temporary folder.
    """
    out_dir = out_dir.resolve()
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    except OSError as error:
        raise InputError(f"impossible d’écrire ({error.strerror})", str(out_dir),
                         hint="choisissez un dossier de sortie accessible en écriture") from None
    try:
        for name, produce in release_files(build).items():
            progress(name)
            (staging / name).write_bytes(produce())
        os.chmod(staging, 0o755)  # mkdtemp makes it private; a release is meant to be served
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out_dir.iterdir())


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
    shutil.rmtree(retired, ignore_errors=True)
