"""The staging folder: a release is written into it, file by file, then renamed into its place.

Files are written one at a time (never all held in memory), each with its size and SHA-256, and
copies are shared as hard links. A build killed with SIGKILL (or by the OOM killer) cannot clean
up after itself: its staging folder, sometimes a whole copy of the previous release, stays. Each
folder is named after the process that made it (``.dist.<pid>.xxxxxxxx``,
``.dist.old.<pid>.xxxxxxxx``), so that the next build removes those whose process is gone, and
leaves those of a build still running. A report file is written beside its place and renamed too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from rtes_kg.errors import InputError
from rtes_kg.publish.release import FileInfo


def make(out_dir: Path) -> Path:
    """A new, empty staging folder beside ``out_dir``, after removing the leftovers of dead builds."""
    prepare(out_dir)
    return fresh(out_dir)


def prepare(out_dir: Path) -> None:
    """The folder ``out_dir`` goes into, made when missing, without the leftovers of dead builds."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_dir)


def fresh(out_dir: Path) -> Path:
    """A new, empty staging folder beside ``out_dir`` (whose leftovers are removed already)."""
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.{os.getpid()}.", dir=out_dir.parent))


def remove_leftovers(out_dir: Path) -> list[Path]:
    """Remove the staging and retired folders of ``out_dir`` whose build process is gone."""
    pattern = re.compile(rf"\.{re.escape(out_dir.name)}\.(?:old\.)?(?:(\d+)\.)?[a-z0-9_]{{8}}")
    removed = []
    for folder in out_dir.parent.glob(f".{out_dir.name}.*"):
        match = pattern.fullmatch(folder.name)
        if match is None or not folder.is_dir() or folder.is_symlink():
            continue
        pid = int(match.group(1)) if match.group(1) else None  # none: made before pids were in names
        if pid is None or not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def swap(staging: Path, out_dir: Path, retire: Callable[[Path], None] | None = None) -> None:
    """Put ``staging`` in the place of ``out_dir``; the previous release is kept if that fails.
    ``retire``: what becomes of the release replaced once it is out of the way (by default, it is
    deleted)."""
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    if not out_dir.is_dir():
        raise InputError("existe déjà et n’est pas un dossier", str(out_dir),
                         hint="choisissez un autre --out")
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.{os.getpid()}.", dir=out_dir.parent))
    retired.rmdir()
    out_dir.rename(retired)
    try:
        staging.rename(out_dir)
    except BaseException:
        retired.rename(out_dir)
        raise
    (retire or discard)(retired)


def discard(folder: Path) -> None:
    """Delete a retired release in a process of its own: a release of 10,000 fiches is 190,000
    files, many seconds of deleting on some disks, and nothing waits for it (a folder left by an
    interrupted deletion goes with the next build's ``remove_leftovers``)."""
    try:
        subprocess.run([sys.executable, "-c", _DISCARD, str(folder)], check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(folder, ignore_errors=True)


# A child that forks the deleting process and returns at once: the deleting process belongs to no
# one (no zombie, nothing to wait for) and outlives the build. Before returning, the child renames
# the folder after the deleting process, so that a build starting meanwhile sees a live process's
# folder and leaves it alone (``remove_leftovers``) rather than deleting it a second time itself;
# the deleting process learns the new name through a pipe. (The new name keeps the random part:
# rb".%d.\\1" is the group's text; b".%d.\\1" was the byte 1, a name no build knew again.)
_DISCARD = """import os, re, shutil, sys
folder = os.fsencode(sys.argv[1])
told, tell = os.pipe()
deleter = os.fork()
if deleter == 0:
    os.setsid()
    os.close(tell)
    with os.fdopen(told, "rb") as stream:
        shutil.rmtree(stream.read(), ignore_errors=True)
    os._exit(0)
os.close(told)
head, name = os.path.split(folder)
mine = os.path.join(head, re.sub(rb"[.][0-9]+[.]([^.]+)$", rb".%d.\\1" % deleter, name))
try:
    os.rename(folder, mine)
    folder = mine
except OSError:
    pass
os.write(tell, folder)
os.close(tell)
"""


def write_atomically(path: Path, text: str) -> None:
    """Write a temporary file beside ``path``, then rename it: a reader never sees half a report,
    and a failed write (a full disk) leaves no temporary file behind. A symbolic link stays one (its
    target is replaced); a device or a pipe (/dev/null, /dev/stdout) is written to, never replaced."""
    temporary = None
    try:
        path = path.resolve() if path.is_symlink() else path
        if path.exists() and not path.is_file():
            with open(path, "w", encoding="utf-8") as stream:
                stream.write(text)
            return
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)  # mkstemp's file is private; a report is meant to be read
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise InputError(f"écriture du rapport impossible ({error.strerror})", str(path),
                         hint="disque plein ? sinon vérifiez que le dossier existe et qu'il est accessible "
                              "en écriture") from None


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """``target`` with the bytes of ``source``: a hard link where the file system allows it. The
    target's folder is made only when it is missing (the site links thousands of files into
    folders that are there). Paths may be plain strings: the site's thousands of links spend
    half their time building Path objects otherwise."""
    try:
        os.link(source, target)
    except FileExistsError:
        os.unlink(target)  # replaced, never written through: it may be a hard link into another release
        link_or_copy(source, target)
    except FileNotFoundError:
        parent = Path(target).parent
        if parent.is_dir():
            raise  # the source is missing
        parent.mkdir(parents=True, exist_ok=True)
        link_or_copy(source, target)
    except OSError:  # another file system, or no hard links there
        shutil.copyfile(source, target)


class _Hashing:
    """A binary stream that counts and hashes what goes through it."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.size += len(data)
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


class Staging:
    """Files by their path under the release folder; ``infos`` holds what each file is."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.infos: dict[str, FileInfo] = {}

    def path(self, name: str) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write(self, name: str, data: bytes) -> FileInfo:
        self.path(name).write_bytes(data)
        info = self.infos[name] = FileInfo.of(name, data)
        return info

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[BinaryIO]:
        """A stream to write ``name`` with; its FileInfo is known once the block ends."""
        with open(self.path(name), "wb") as stream:
            hashing = _Hashing(stream)
            yield hashing  # type: ignore[misc]
        self.infos[name] = FileInfo(name, hashing.size, hashing.digest.hexdigest())

    def read(self, name: str) -> bytes:
        return (self.folder / name).read_bytes()

    def contents(self) -> Mapping[str, bytes]:
        """The files written so far, by name, their bytes read when asked for."""
        return _Contents(self)

    def copy(self, source: str, name: str) -> FileInfo:
        """``name`` with the bytes of ``source``: a hard link where the file system allows it."""
        link_or_copy(self.folder / source, self.path(name))
        info = self.infos[name] = FileInfo(name, self.infos[source].size, self.infos[source].sha256)
        return info


class _Contents(Mapping[str, bytes]):
    def __init__(self, staging: Staging) -> None:
        self.staging = staging

    def __getitem__(self, name: str) -> bytes:
        if name not in self.staging.infos:
            raise KeyError(name)
        return self.staging.read(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.staging.infos)

    def __len__(self) -> int:
        return len(self.staging.infos)
