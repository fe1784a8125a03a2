"""The build cache: what a build made for each input file and each fiche, kept on disk so that the
next build redoes only what changed (docs/incremental.md).

An entry's key hashes everything its content depends on: the bytes of the rtes_kg code and
templates, of ontology/, shapes/ and data/reference/, the versions of rdflib, pySHACL and
pyoxigraph, the build's settings, and the input itself (a file's text, a fiche's record). Changing
any of them changes every key: nothing stale is ever read. The folder is safe to delete at any
time (the next build is then a full one); each build removes the entries it did not use.

Entries are pickles, and a pickle can run code when read. Each is therefore sealed with an HMAC
under a key kept outside the folder, in the user's configuration (``cache_key``): an entry that
anyone else wrote, such as one committed into a contributed checkout beside ``--out``, fails its
seal and is a miss, never read.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
import pickle
import secrets
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


_SEAL = 32  # bytes of an HMAC-SHA256


@functools.cache
def cache_key() -> bytes:
    """The secret that seals this user's entries: ``$XDG_CONFIG_HOME/rtes-kg/cache.key`` (or
    ``~/.config/…``), made on first use, readable by its owner only. Where it cannot be kept, a key
    for this process alone: the cache then serves this build only, which is still correct."""
    home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    path = Path(home) / "rtes-kg" / "cache.key"
    if not path.is_absolute():  # no home: never a key in the working folder, which may be a contribution
        return secrets.token_bytes(_SEAL)
    try:
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # mode 0600
            with os.fdopen(handle, "wb") as stream:
                stream.write(secrets.token_bytes(_SEAL))
            try:
                os.link(temporary, path)  # never over a key another build made meanwhile
            except FileExistsError:
                pass
            finally:
                os.unlink(temporary)
        key = path.read_bytes()
    except OSError:
        key = b""
    return key if len(key) >= _SEAL else secrets.token_bytes(_SEAL)


def _seal(payload: bytes) -> bytes:
    return hmac.new(cache_key(), payload, hashlib.sha256).digest()


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
            sealed = path.read_bytes()
        except OSError:
            return MISSING
        seal, payload = sealed[:_SEAL], sealed[_SEAL:]
        if len(seal) < _SEAL or not hmac.compare_digest(seal, _seal(payload)):
            return MISSING  # not written by this user's builds: never unpickled
        try:
            return pickle.loads(payload)
        except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
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
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(handle, "wb") as stream:
                stream.write(_seal(payload) + payload)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower

    def prune(self, kinds: tuple[str, ...]) -> None:
        """Remove the entries of ``kinds`` this build did not use."""
        for kind in kinds:
            for path in (self.folder / kind).glob("*/*.pickle"):
                if path not in self.used:
                    path.unlink(missing_ok=True)
