"""The folder a release is written into before it replaces the published one: files written one at a
time (never all held in memory), each with its size and SHA-256, and copies shared as hard links."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from rtes_kg.publish.release import FileInfo


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

    def copy(self, source: str, name: str) -> FileInfo:
        """``name`` with the bytes of ``source``: a hard link where the file system allows it."""
        target = self.path(name)
        try:
            os.link(self.folder / source, target)
        except OSError:
            shutil.copyfile(self.folder / source, target)
        info = self.infos[name] = FileInfo(name, self.infos[source].size, self.infos[source].sha256)
        return info

    def link_from(self, source: Path, name: str, info: FileInfo) -> None:
        """``name`` as a hard link to ``source`` (a file of a former release known to hold
        ``info``), else a copy of it."""
        target = self.path(name)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        self.infos[name] = info
