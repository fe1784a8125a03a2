"""The six dumps and their gzipped copies, written into the staging folder from their pieces
(publish/pieces.py): a piece whose statements the build cache holds is taken from it, the others
are made (in worker processes when there are many). VoID's counts, the changes' snapshot and the
years the data states are gathered from the pieces on the way: nothing reads the dumps again.

A gzipped dump is one gzip member whose deflate stream is its blocks' streams end to end (a block:
consecutive pieces, ``pieces.blocks``, deflated together, fully flushed, not final), then an empty
final block: its bytes do not depend on what the cache held, and ``gzip -d`` gives the dump. The
cache keeps each block deflated; a block with a piece made again is deflated again. A dump of
10,000 fiches is never held in memory: a block at a time. When many pieces are to be made (a first
build), worker processes make the blocks in dump order and send each one back as they make it (and
keep it in the cache), while this process writes those it has. At 10,000 fiches without a cache,
this took the dumps from 44 to 38 s (75 to 66 s of CPU) against writing them once all were made
and passing them through files of the staging folder.
"""

from __future__ import annotations

import contextlib
import functools
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from rtes_kg import formats
from rtes_kg.check.cache import Cache, key
from rtes_kg.check.pool import cores, streamed
from rtes_kg.check.publication import LineGraph
from rtes_kg.publish.pieces import (
    NAMED,
    UNION,
    Made,
    Piece,
    blocks,
    compressor,
    cut,
    deflate,
    empty,
    frame,
    make,
)
from rtes_kg.publish.release import DumpFormat
from rtes_kg.publish.snapshot import Snapshot
from rtes_kg.publish.staging import Staging
from rtes_kg.publish.void import Stats

KIND = "dump"  # the cache's entries: a piece each (publish/pieces.py)
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"  # as zlib writes it: no name, no time, Unix
LAST_BLOCK = compressor().flush()  # an empty final block
# Statements to make: fewer are made here (a one-fiche edit's few pieces), more in worker processes
# (a first build's), whose forking would cost more than these take.
MADE_HERE = 30_000
# A worker reading the build's lines changes their reference counts, which copies the memory pages
# that hold them into the worker: at 10,000 fiches (some 280 blocks), the two workers grew to
# 2.9 GB PSS with the build's process. A new worker every 20 blocks frees that copy as it goes:
# 2.7 GB at most, then under 2.1 GB.
BLOCKS_PER_WORKER = 20


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


def write_dumps(graphs: Iterable[LineGraph], staging: Staging, cache: Cache | None, base: str,
                dumped: Callable[[], None] = lambda: None) -> Gathered:
    """Every dump of the release (``DUMP_FORMATS``) and its gzipped copy, into ``staging``: the
    dataset's then the union's, each syntax of them written in the same pass over their pieces.
    The dataset's first: the example queries read its N-Quads dump (build.py), and start when
    ``dumped`` hears it is written, while the union's are."""
    union, named = cut(graphs, base)
    gathered = Gathered(Stats(base))
    parts = ((blocks(named), NAMED), (blocks(union), UNION))
    with _making([block for found, _ in parts for block in found], cache, base) as block_of:
        for found, syntaxes in parts:
            with contextlib.ExitStack() as files:
                dumps = [_Dump(syntax, *(files.enter_context(staging.open(name))
                                         for name in (_name(syntax), _name(syntax) + ".gz")))
                         for syntax in syntaxes]
                for block in found:
                    made, deflated = block_of(block)
                    for piece in made:
                        _write(dumps, gathered, piece)
                    for dump in dumps:
                        dump.gzipped.write(deflated[dump.syntax.name])
                for dump in dumps:
                    dump.close()
            if syntaxes is NAMED:
                dumped()
    if cache is not None:
        cache.prune((KIND,))
    return gathered


def _write(dumps: list[_Dump], gathered: Gathered, made: Made) -> None:
    for dump in dumps:
        dump.write(made.data[dump.syntax.name])
    gathered.add(made)


def _name(syntax: formats.RdfSyntax) -> str:
    return DumpFormat(syntax).latest


@contextlib.contextmanager
def _making(found: Sequence[list[Piece]], cache: Cache | None, base: str
            ) -> Iterator[Callable[[list[Piece]], tuple[list[Made], dict[str, bytes]]]]:
    """A function giving each block of ``found``, asked for in that order: its pieces made and its
    bytes deflated (``_block``). When there are many pieces to make, worker processes make the
    blocks the cache lacks, in that order, while the caller writes those made already."""
    todo = [block for block in found if cache is None or not cache.has(KIND, _key(block))]
    fresh = sum(piece.size for block in todo for piece in block
                if cache is None or not cache.has(KIND, key(KIND, piece.digest)))
    if fresh < MADE_HERE or cores() < 2:
        yield functools.partial(_block, store=cache, base=base)
        return
    coming = {id(block) for block in todo}
    with contextlib.closing(streamed(functools.partial(_block, store=cache, base=base), todo,
                                     per_worker=BLOCKS_PER_WORKER)) as made:

        def block_of(block: list[Piece]) -> tuple[list[Made], dict[str, bytes]]:
            if id(block) not in coming:
                return _block(block, cache, base)
            if cache is not None:  # what a worker kept there is this build's too: not pruned
                for entry in (_key(block), *(key(KIND, piece.digest) for piece in block)):
                    cache.keep(KIND, entry)
            return next(made)

        yield block_of


def _key(block: list[Piece]) -> str:
    return key(KIND, "block", *(piece.digest for piece in block))


def _block(block: list[Piece], store: Cache | None, base: str) -> tuple[list[Made], dict[str, bytes]]:
    """A block's pieces, and its bytes deflated in each syntax of its dumps
    (``pieces.compressor``), from the cache or made here (and kept there)."""
    names = [syntax.name for syntax in (NAMED if block[0].named else UNION)]
    found = store.get(KIND, _key(block)) if store is not None else None
    made = [_made(piece, store, base) for piece in block]
    if isinstance(found, dict):
        return made, found
    packing = {name: compressor() for name in names}
    deflated = {name: b"".join(packing[name].compress(piece.data[name]) for piece in made)
                + packing[name].flush(zlib.Z_FULL_FLUSH) for name in names}
    if store is not None:
        store.put(KIND, _key(block), deflated)
    return made, deflated


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
    """One dump and its gzipped copy: its header before the first piece, its footer after the last
    (or the whole of a dump without statements); the plain bytes a piece at a time, the gzipped
    ones a block at a time."""

    def __init__(self, syntax: formats.RdfSyntax, plain: BinaryIO, gzipped: BinaryIO) -> None:
        self.syntax, self.plain, self.gzipped = syntax, plain, gzipped
        self.header, self.footer = frame(syntax)
        self.started = False
        self.crc = self.size = 0
        gzipped.write(GZIP_HEADER)

    def write(self, data: bytes) -> None:
        """A piece's bytes; its block's deflated bytes go to ``gzipped`` once the block is written."""
        if not self.started:
            self.started = True
            self._both(self.header)
        self._plain(data)

    def close(self) -> None:
        self._both(self.footer if self.started else empty(self.syntax))
        self.gzipped.write(LAST_BLOCK + struct.pack("<II", self.crc, self.size & 0xFFFFFFFF))

    def _both(self, data: bytes) -> None:
        if data:
            self._plain(data)
            self.gzipped.write(deflate(data))

    def _plain(self, data: bytes) -> None:
        self.plain.write(data)
        self.crc = zlib.crc32(data, self.crc)
        self.size += len(data)
