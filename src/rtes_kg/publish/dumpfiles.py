"""The six dumps and their gzipped copies, written into the staging folder from their pieces
(publish/pieces.py): a piece whose statements the build cache holds is taken from it, the others
are made (in worker processes when there are many). VoID's counts, the changes' snapshot and the
years the data states are gathered from the pieces on the way: nothing reads the dumps again.

A gzipped dump is one gzip member whose deflate stream is its pieces' streams end to end (each
fully flushed, none final), then an empty final block: its bytes do not depend on which pieces the
cache held, and ``gzip -d`` gives the dump. A dump of 10,000 fiches is never held in memory: one
piece at a time, the pieces made in workers passing through the cache (or, for a build without
one, through a folder of the staging one, removed once read).
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import struct
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from rtes_kg import formats
from rtes_kg.check.cache import Cache, key
from rtes_kg.check.pool import chunked_map, cores
from rtes_kg.publish.changes import Snapshot
from rtes_kg.publish.pieces import LEVEL, NAMED, UNION, LineGraph, Made, Piece, cut, deflate, empty, frame, make
from rtes_kg.publish.release import DumpFormat
from rtes_kg.publish.staging import Staging
from rtes_kg.publish.void import Stats

KIND = "dump"  # the cache's entries: a piece each (publish/pieces.py)
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"  # as zlib writes it: no name, no time, Unix
LAST_BLOCK = zlib.compressobj(LEVEL, zlib.DEFLATED, -15).flush()  # an empty final block
# Statements to make: fewer are made here (a one-fiche edit's few pieces), more in worker processes
# (a first build's), whose forking would cost more than these take.
MADE_HERE = 30_000


@dataclass
class Gathered:
    """What the pieces told, all together."""

    stats: Stats
    snapshot: Snapshot = field(default_factory=Snapshot)
    years: set[str] = field(default_factory=set)

    def add(self, made: Made) -> None:
        if made.stats is not None:
            self.stats.merge(made.stats)
        self.snapshot.merge(made.snapshot)
        self.years |= made.years


def write_dumps(graphs: Iterable[LineGraph], staging: Staging, cache: Cache | None, base: str) -> Gathered:
    """Every dump of the release (``DUMP_FORMATS``) and its gzipped copy, into ``staging``: the
    union's then the dataset's, each syntax of them written in the same pass over their pieces."""
    union, named = cut(graphs, base)
    gathered = Gathered(Stats(base))
    with _making([*union, *named], cache, staging, base) as store:
        for pieces, syntaxes in ((union, UNION), (named, NAMED)):
            with contextlib.ExitStack() as files:
                dumps = [_Dump(syntax, *(files.enter_context(staging.open(name))
                                         for name in (_name(syntax), _name(syntax) + ".gz")))
                         for syntax in syntaxes]
                for piece in pieces:
                    made = _made(piece, store, base)
                    for dump in dumps:
                        dump.write(made.data[dump.syntax.name], made.deflated[dump.syntax.name])
                    gathered.add(made)
                for dump in dumps:
                    dump.close()
    if cache is not None:
        cache.prune((KIND,))
    return gathered


def _name(syntax: formats.RdfSyntax) -> str:
    return DumpFormat(syntax).latest


@contextlib.contextmanager
def _making(pieces: Sequence[Piece], cache: Cache | None, staging: Staging, base: str) -> Iterator[Cache | None]:
    """Where to find each piece: the cache, after the pieces it lacks were made into it by worker
    processes when they are many (into a folder of the staging one for a build without a cache)."""
    missing = [piece for piece in pieces if cache is None or not cache.has(KIND, key(KIND, piece.digest))]
    if sum(piece.size for piece in missing) < MADE_HERE or cores() < 2:
        yield cache
        return
    missing.sort(key=lambda piece: -piece.size)  # the largest first: the workers end together
    if cache is not None:
        chunked_map(functools.partial(_make_into, cache, base), missing, 1)
        yield cache
        return
    folder = Path(tempfile.mkdtemp(prefix=".pieces.", dir=staging.folder))
    try:
        store = Cache(folder)
        chunked_map(functools.partial(_make_into, store, base), missing, 1)
        yield store
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _make_into(store: Cache, base: str, pieces: Sequence[Piece]) -> list[None]:
    for piece in pieces:
        store.put(KIND, key(KIND, piece.digest), make(piece, base))
    return [None] * len(pieces)


def _made(piece: Piece, store: Cache | None, base: str) -> Made:
    """The piece from the cache, or made (and kept there)."""
    entry = key(KIND, piece.digest)
    if store is not None:
        found = store.get(KIND, entry)
        if isinstance(found, Made):
            return found
    made = make(piece, base)
    if store is not None:
        store.put(KIND, entry, made)
    return made


class _Dump:
    """One dump and its gzipped copy, written a piece at a time: its header before the first one,
    its footer after the last (or the whole of a dump without statements)."""

    def __init__(self, syntax: formats.RdfSyntax, plain: BinaryIO, gzipped: BinaryIO) -> None:
        self.syntax, self.plain, self.gzipped = syntax, plain, gzipped
        self.header, self.footer = frame(syntax)
        self.started = False
        self.crc = self.size = 0
        gzipped.write(GZIP_HEADER)

    def write(self, data: bytes, deflated: bytes) -> None:
        if not self.started:
            self.started = True
            self._write(self.header, deflate(self.header))
        self._write(data, deflated)

    def close(self) -> None:
        last = self.footer if self.started else empty(self.syntax)
        self._write(last, deflate(last))
        self.gzipped.write(LAST_BLOCK + struct.pack("<II", self.crc, self.size & 0xFFFFFFFF))

    def _write(self, data: bytes, deflated: bytes) -> None:
        if data:
            self.plain.write(data)
            self.gzipped.write(deflated)
            self.crc = zlib.crc32(data, self.crc)
            self.size += len(data)
