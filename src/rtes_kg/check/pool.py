"""Work spread over the machine's cores: worker processes forked from this one.

Forked children inherit the work (fiche records, graphs, the parsed shapes) instead of receiving it
pickled; only what they return is pickled back. Where fork is unavailable, or for little work, the
work runs here, one piece after the other, with the same results.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_JOB: tuple[Callable[[Sequence[Any]], list[Any]], Sequence[Any]] | None = None


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunked_map(function: Callable[[Sequence[T]], list[R]], items: Sequence[T], chunk: int,
                workers: int | None = None) -> list[R]:
    """``function`` applied to consecutive chunks of ``items``; the results, in order, flattened.

    ``function`` takes a chunk and returns one result per item of it."""
    return map_beside(None, function, items, chunk, workers)[1]


def map_beside(aside: Callable[[], Any] | None, function: Callable[[Sequence[T]], list[R]],
               items: Sequence[T], chunk: int, workers: int | None = None) -> tuple[Any, list[R]]:
    """``chunked_map``, with ``aside()`` run meanwhile in one of the workers (its result first)."""
    workers = cores() if workers is None else workers
    ranges = [(start, min(start + chunk, len(items))) for start in range(0, len(items), chunk)]
    if workers <= 1 or len(ranges) + (aside is not None) <= 1 or not forks():
        found = aside() if aside is not None else None
        return found, [result for start, end in ranges for result in function(items[start:end])]
    global _JOB, _ASIDE
    _JOB, _ASIDE = (function, items), aside
    # What the workers inherit stays out of their collector's sight (as the gc module's docs advise
    # for fork without exec): walking it would take time, and write to the header of every object,
    # copying the pages that hold them into each worker.
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(min(workers, len(ranges) + 1), _default_signals) as pool:
            pending = pool.apply_async(_run_aside) if aside is not None else None
            parts = pool.map(_run, ranges, chunksize=1)
            found = pending.get() if pending is not None else None
    finally:
        _JOB, _ASIDE = None, None
        gc.unfreeze()  # garbage among it is collected again
    return found, [result for part in parts for result in part]


# The cyclic collector's thresholds while a build runs: allocations between two collections of
# the youngest generation, then collections of each generation between two of the next (Python's
# defaults: 700, 10, 10). On 1,000 fiches without the site, side by side: 28 s -> 23 s.
RARE_COLLECTIONS = (100_000, 50, 100)


@contextmanager
def collecting_rarely() -> Iterator[None]:
    """Run the cyclic garbage collector rarely while the block runs, the workers it forks included.

    A build makes millions of small objects that live until it ends (rdflib terms and graphs,
    records): at Python's default pace the collector walks them again and again, a fifth of the
    build's time. Those in reference cycles (an rdflib graph and its namespace manager) are still
    freed, later: at 1,000 fiches the build's peak memory grows by about a tenth."""
    threshold = gc.get_threshold()  # a nested block gives back the outer block's
    gc.set_threshold(*RARE_COLLECTIONS)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _default_signals() -> None:
    """A worker ends on SIGTERM, as the pool that stops it expects, whatever handler the command
    installed (the CLI's turns SIGTERM into an exit with clean-up, which a worker must not run)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def forks() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_ASIDE: Callable[[], Any] | None = None


def _run_aside() -> Any:
    assert _ASIDE is not None, "a worker forked without its job"
    return _ASIDE()


def _run(bounds: tuple[int, int]) -> list[Any]:
    assert _JOB is not None, "a worker forked without its job"
    function, items = _JOB
    start, end = bounds
    return function(items[start:end])
