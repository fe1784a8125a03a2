"""The pages of the site that there is one of per resource or per named graph, written straight into
the release folder by worker processes (check/pool.py), and not made again when the release being
replaced holds the same page.

A page's **key** hashes all it is made from: the code and templates (check/cache.py), the site's
settings, the page as the template gets it (``Page``,
``GraphPage``: every text, link and summary it shows) and the triples of its data files. When the
release being replaced holds a page of the same key (its log, kept in the build cache, says
so), its HTML and data files are hard links to the former ones. These pages never name the
release (their footer links to the home page, which does): a page that did would change at every
release, and each one taken from the former release would have to be written again.

Making a page to know its key costs most of the time, so a page is first looked up by its
**inputs** (the key of its own triples, links and sources) and by what it read of the rest of the
site (site/reads.py): when both are as they were for the former page, the page is taken from the
former release without being made.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from rtes_kg.check.cache import version
from rtes_kg.check.pool import alongside, map_beside
from rtes_kg.publish.staging import link_or_copy
from rtes_kg.site.documents import data_names
from rtes_kg.site.reads import Read, ReadLog

CHUNK = 200  # pages per task: a page takes about a millisecond
# A worker reading this process's index of the site (labels, triples) changes their reference
# counts, which copies the memory pages that hold them into the worker: at 10,000 fiches, 1 GB
# each by the end. A new worker every 3 tasks (600 pages) keeps that copy small: the build's
# peak during the pages went from 2.9 GB (every 5 tasks) to 2.65 GB (2.55 GB every 2, with
# more forks), in about the same time.
CHUNKS_PER_WORKER = 3
FORK_FROM = 2 * CHUNK  # pages to make below which they are made in this process
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
LINK_APART_FROM = 1000  # pages to take as they were from which another process links their files


@dataclass(frozen=True)
class Former:
    """The release being replaced: its folder, its pages (their keys, inputs and reads: ``log``)
    and, of those reads, the ones that answer differently now."""

    folder: Path
    log: ReadLog
    changed: frozenset[int] = frozenset()
    # The pages whose files the folder being written holds already: those of the release before
    # the former one, when the build writes into the spare folder (publish/spare.py).
    held: frozenset[str] = frozenset()

    def key(self, path: str) -> str | None:
        entry = self.log.pages.get(path)
        return None if entry is None else entry[0]

    def unchanged(self, path: str, inputs: str) -> bool:
        """Whether the page at ``path`` had the same inputs and read nothing that changed since."""
        entry = self.log.pages.get(path)
        return entry is not None and entry[1] == inputs and self.changed.isdisjoint(entry[2])


@dataclass(frozen=True)
class Made:
    """A page to write: where, its inputs, its key, its HTML and data files (each worked out only
    when needed), and what making it read of the rest of the site."""

    path: str  # site/{path}/index.html
    inputs: Callable[[], str]
    key: Callable[[], str]
    html: Callable[[], bytes]
    data_names: tuple[str, ...]  # its data files, by name under dist/
    data: Callable[[], dict[str, bytes]]  # their bytes, by name
    reads: Callable[[], frozenset[Read]] = frozenset


@dataclass(frozen=True)
class Written:
    """A page written: its key and inputs, and its reads (None: the former page's, taken as it was)."""

    path: str
    key: str
    inputs: str
    reads: frozenset[Read] | None


def page_key(settings: dict[str, str], *parts: Any) -> str:
    """The key of a page: the code, the settings of the site's pages, its parts."""
    return keys_after(settings)(*parts)


def keys_after(settings: dict[str, str], *first: Any) -> Callable[..., str]:
    """``page_key`` of pages whose parts start with ``first``: the same keys, the code, settings
    and first parts hashed once for all of them (for each page, they took half of its key's time)."""
    digest = hashlib.sha256(version().encode("ascii"))
    _update(digest, (dict(sorted(settings.items())), *first))

    def key(*parts: Any) -> str:
        own = digest.copy()
        _update(own, parts)
        return own.hexdigest()
    return key


def _update(digest: Any, parts: Iterable[Any]) -> None:
    for part in parts:
        data = repr(part).encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)


def triples_text(ordered: Sequence[ox.Triple]) -> str:
    """Triples sorted by ``publish.dumps.sort_triples`` as N-Triples lines: what a page's data
    files hold."""
    return "\n".join(map(str, ordered))


def write_pages(jobs: Sequence[Any], make: Callable[[Any], Made], folder: Path, former: Former | None,
                workers: int | None = None, aside: Callable[[], dict[str, bytes]] = dict, keyed: bool = True,
                settle: Callable[[], None] = lambda: None) -> tuple[dict[str, bytes], list[Written]]:
    """Make each job's page (``make``) and write it into the release ``folder``, ``aside()`` run
    meanwhile; what ``aside`` returns, and the pages written, in the order of ``jobs``. ``keyed``:
    False when no log of the pages is kept (no former release either): their keys and reads are
    not worked out. ``settle()`` runs here before any worker is forked: what ``aside`` waits for
    of this process's threads (a forked worker has none of them); without workers, ``aside`` runs
    here after the pages, and may wait for them then.

    The pages whose inputs and reads are those of the former release's are taken from it: found
    here first (``make`` must then be cheap until a page is asked for its key or HTML), their
    files linked by a process forked for that while the others are made, in worker processes, or
    here when they are few (a one-fiche edit): forking workers from a build's process costs more
    than making a few dozen pages."""
    assert keyed or former is None, "a former release is reused through the keys of its log"
    taken = _taken(jobs, make, former) if former is not None else {}
    rest = [job for index, job in enumerate(jobs) if index not in taken]

    def write_chunk(chunk: Sequence[Any]) -> list[Written]:
        return [_write(make(job), folder, former) if keyed else _write_unkeyed(make(job), folder)
                for job in chunk]

    def write_rest() -> tuple[dict[str, bytes], list[Written]]:
        forking = len(rest) >= FORK_FROM
        if forking:
            settle()
        return map_beside(aside, write_chunk, rest, CHUNK, workers if forking else 1, CHUNKS_PER_WORKER)

    def link(claimed: Iterable[int]) -> list[int]:  # the pages whose files could not be linked (the former one is gone)
        assert former is not None
        return [index for index in claimed if not _reuse(taken[index][0], folder, former)]

    # Linking a page's files is five system calls and a folder: at 1,000 fiches, 0.6 s for the pages
    # an edit leaves as they were. Another process links them from the first while this one makes
    # the others, then links from the last: the two meet wherever the work comes out even.
    if len(taken) >= LINK_APART_FROM:
        both_ends = _BothEnds(list(taken))

        def here() -> tuple[list[int], tuple[dict[str, bytes], list[Written]]]:
            made = write_rest()
            return link(both_ends.claimed(first=False)), made

        unlinked_there, (unlinked_here, (found, written)) = alongside(
            lambda: link(both_ends.claimed(first=True)), here)
        unlinked = unlinked_there + unlinked_here + link(both_ends.claimed(first=True))  # any left
    else:
        unlinked, (found, written) = link(taken) if taken else [], write_rest()
    for index in unlinked:  # made after all
        taken[index] = (taken[index][0], _write(make(jobs[index]), folder, former))
    made = iter(written)
    pages = [taken[index][1] if index in taken else next(made) for index in range(len(jobs))]
    if former is not None and former.held:
        _remove_pages(folder, former.held - {page.path for page in pages})
    return found, pages


class _BothEnds:
    """Items claimed a few at a time from either end of a list, by this process and one forked
    after it was made, each end by one of them, until the two meet."""

    CLAIMED = 50  # items per claim: a claim takes a lock shared by the two processes
    PATIENCE = 10.0  # seconds: a process stopped while it held the lock ends the other's claims

    def __init__(self, items: list[int]) -> None:
        context = multiprocessing.get_context("fork")
        self.items = items
        self.ends = context.RawArray("q", [0, len(items)])  # shared memory, inherited by the fork
        self.lock = context.Lock()

    def claimed(self, first: bool) -> Iterator[int]:
        """The items claimed from the first end (or the last), in turn, until none is left (or the
        lock could not be had: what is left is claimed by the other process or, once it has
        ended, by the last call)."""
        while True:
            if not self.lock.acquire(timeout=self.PATIENCE):
                return
            try:
                low, high = self.ends[0], self.ends[1]
                if first:
                    self.ends[0] = end = min(high, low + self.CLAIMED)
                    claim = range(low, end)
                else:
                    self.ends[1] = start = max(low, high - self.CLAIMED)
                    claim = range(high - 1, start - 1, -1)
            finally:
                self.lock.release()
            if not claim:
                return
            for position in claim:
                yield self.items[position]


def _taken(jobs: Sequence[Any], make: Callable[[Any], Made], former: Former) -> dict[int, tuple[Made, Written]]:
    """The pages (by their index in ``jobs``) to take from the former release as they were, all
    found before any worker is forked."""
    taken = {}
    for index, job in enumerate(jobs):
        made = make(job)
        inputs = made.inputs()
        if former.unchanged(made.path, inputs):
            taken[index] = (made, Written(made.path, former.log.pages[made.path][0], inputs, None))
    return taken


def _write(made: Made, folder: Path, former: Former | None) -> Written:
    inputs = made.inputs()
    if former is not None and former.unchanged(made.path, inputs) and _reuse(made, folder, former):
        return Written(made.path, former.log.pages[made.path][0], inputs, None)
    key = made.key()
    if former is not None and former.key(made.path) == key and _reuse(made, folder, former):
        return Written(made.path, key, inputs, made.reads())
    _make(made, folder)
    return Written(made.path, key, inputs, made.reads())


def _write_unkeyed(made: Made, folder: Path) -> Written:
    """A page that no log will keep: neither its key nor its inputs are worked out (hashing a
    page's triples: about 4% of the pages' CPU time at 1,000 fiches)."""
    _make(made, folder)
    return Written(made.path, "", "", None)


def _make(made: Made, folder: Path) -> None:
    """Write the page's HTML and data files anew."""
    target = os.fspath(folder)
    _folder(f"{target}/site/{made.path}")
    _fresh(f"{target}/{_html(made)}", made.html())
    for name, data in made.data().items():
        _fresh(f"{target}/{name}", data)


def _folder(path: str) -> None:
    """A page's folder, with its parents when they are missing (most exist: one call then)."""
    try:
        os.mkdir(path)
    except FileExistsError:
        pass
    except FileNotFoundError:
        os.makedirs(path, exist_ok=True)


def _fresh(path: str, data: bytes) -> None:
    """Write a new file: never through a hard link that a failed reuse may have left there, which
    would write into the former release. Created exclusively, which fails only then: pathlib's
    ``mkdir``, ``unlink`` and ``write_bytes`` were three calls to the system where one does."""
    try:
        descriptor = os.open(path, NEW_FILE, 0o666)
    except FileExistsError:
        os.unlink(path)
        descriptor = os.open(path, NEW_FILE, 0o666)
    with open(descriptor, "wb") as stream:
        stream.write(data)


def _reuse(made: Made, folder: Path, former: Former) -> bool:
    """Take the page's files from the former release, as hard links; False when one is missing.
    A page the folder holds already as those very files is left as it is: a page's files are
    always linked or written together, so its HTML being the former one's says so of them all."""
    target, source = os.fspath(folder), os.fspath(former.folder)
    if made.path in former.held and _same_file(f"{target}/{_html(made)}", f"{source}/{_html(made)}"):
        return True
    _folder(f"{target}/site/{made.path}")
    try:
        for name in (_html(made), *made.data_names):
            link_or_copy(f"{source}/{name}", f"{target}/{name}")
    except OSError:
        return False
    return True


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _remove_pages(folder: Path, paths: Iterable[str]) -> None:
    """Delete the files of pages the folder held that the release no longer has, and their
    folders when nothing else is left in them (a page's folder may hold other pages' folders)."""
    target = os.fspath(folder)
    for path in sorted(paths, reverse=True):  # a page's folder after the pages within it
        for name in (f"site/{path}/index.html", *data_names(path)):
            try:
                os.unlink(f"{target}/{name}")
            except FileNotFoundError:
                pass
        try:
            os.rmdir(f"{target}/site/{path}")
        except OSError:
            pass


def _html(made: Made) -> str:
    return f"site/{made.path}/index.html"
