"""The build cache: what a build made for each input file and each fiche, kept on disk so that the
next build redoes only what changed (docs/incremental.md).

An entry's key hashes everything its content depends on: the bytes of the rtes_kg code and
templates, of ontology/, shapes/ and data/reference/, the versions of rdflib, pySHACL and
pyoxigraph, the build's settings, and the input itself (a file's text, a fiche's record). Changing
any of them changes every key: nothing stale is ever read. The folder is safe to delete at any
time (the next build is then a full one); each build removes the entries it did not use. Entries
are pickles: keep the folder private to whoever runs the build.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from rtes_kg.project import data_dir, ontology_dir, shapes_dir

PACKAGE = Path(__file__).resolve().parents[1]
LIBRARIES = ("rdflib", "pyshacl", "pyoxigraph", "jinja2")
MISSING = object()
README = """This folder is rtes-kg's build cache (see docs/incremental.md in rtes-kg).
It holds what a build made for each input file and fiche, so that the next build redoes only
what changed. Delete it whenever you like: the next build is then a full one.
"""


@functools.cache
def version() -> str:
    """A digest of the code, the templates, the ontology, the shapes, the reference data and the
    libraries that make a build's outputs."""
    digest = hashlib.sha256()
    folders = [(PACKAGE, ("*.py", "*.html", "*.j2", "*.css", "*.js")),
               (ontology_dir(), ("*",)), (shapes_dir(), ("*",)), (data_dir() / "reference", ("*",))]
    for folder, patterns in folders:
        files = sorted({path for pattern in patterns for path in folder.rglob(pattern)
                        if path.is_file() and "__pycache__" not in path.parts})
        for path in files:
            digest.update(str(path.relative_to(folder)).encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for library in LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=?".encode())
    return digest.hexdigest()


def key(*parts: str | bytes) -> str:
    """The key of an entry: the version and every part it depends on."""
    digest = hashlib.sha256(version().encode("ascii"))
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class Cache:
    """Entries by kind ("parse", "fiche", "page"…) and key, in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[Path] = set()

    def _path(self, kind: str, entry: str) -> Path:
        return self.folder / kind / entry[:2] / f"{entry}.pickle"

    def get(self, kind: str, entry: str) -> Any:
        """The entry, or ``MISSING`` (also for an entry that cannot be read: a miss, not an error)."""
        path = self._path(kind, entry)
        self.used.add(path)
        try:
            with open(path, "rb") as stream:
                return pickle.load(stream)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
            return MISSING

    def has(self, kind: str, entry: str) -> bool:
        """Whether the entry is there (it may still be unreadable: ``get`` then misses)."""
        return self._path(kind, entry).is_file()

    def keep(self, kind: str, entry: str) -> None:
        """Count the entry as used (read or made by a worker process), so that ``prune`` keeps it."""
        self.used.add(self._path(kind, entry))

    def put(self, kind: str, entry: str, value: Any) -> None:
        path = self._path(kind, entry)
        self.used.add(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            readme = self.folder / "README.txt"
            if not readme.exists():
                readme.write_text(README, encoding="utf-8")
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower

    def prune(self, kinds: tuple[str, ...]) -> None:
        """Remove the entries of ``kinds`` this build did not use."""
        for kind in kinds:
            for path in (self.folder / kind).glob("*/*.pickle"):
                if path not in self.used:
                    path.unlink(missing_ok=True)
