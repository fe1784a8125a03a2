"""Work spread over the machine's cores: worker processes forked from this one.

Forked children inherit the work (fiche records, graphs, the parsed shapes) instead of receiving it
pickled; only what they return is pickled back. Where fork is unavailable, or for little work, the
work runs here, one piece after the other, with the same results.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import multiprocessing
import os
import pickle
import signal
import threading
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar, cast

from rtes_kg.errors import RtesError

T = TypeVar("T")
R = TypeVar("R")

_JOB: tuple[Callable[[Sequence[Any]], list[Any]], Sequence[Any]] | None = None
_ASIDE: Callable[[], Any] | None = None  # the work a worker forked by map_beside inherits


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunked_map(function: Callable[[Sequence[T]], list[R]], items: Sequence[T], chunk: int,
                workers: int | None = None, chunks_per_worker: int | None = None) -> list[R]:
    """``function`` applied to consecutive chunks of ``items``; the results, in order, flattened.

    ``function`` takes a chunk and returns one result per item of it. A worker that has done
    ``chunks_per_worker`` chunks ends, and a new one is forked in its place: the memory a worker
    gathers (its caches, the pages of this process it copied) then lasts no longer than that."""
    return map_beside(None, function, items, chunk, workers, chunks_per_worker)[1]


def map_beside(aside: Callable[[], Any] | None, function: Callable[[Sequence[T]], list[R]],
               items: Sequence[T], chunk: int, workers: int | None = None,
               chunks_per_worker: int | None = None) -> tuple[Any, list[R]]:
    """``chunked_map``, with ``aside()`` run meanwhile in one of the workers (its result first;
    it counts as a chunk)."""
    workers = cores() if workers is None else workers
    ranges = [(start, min(start + chunk, len(items))) for start in range(0, len(items), chunk)]
    if workers <= 1 or len(ranges) + (aside is not None) <= 1 or not forks():
        results = [result for start, end in ranges for result in function(items[start:end])]
        return aside() if aside is not None else None, results  # aside last: it may wait for a thread
    global _JOB, _ASIDE
    _JOB, _ASIDE = (function, items), aside
    _give_back_free_memory()
    # What the workers inherit stays out of their collector's sight (as the gc module's docs advise
    # for fork without exec): walking it would take time, and write to the header of every object,
    # copying the pages that hold them into each worker.
    gc.freeze()
    try:
        tasks: list[tuple[int, int] | None] = [None] * (aside is not None) + ranges  # None: the aside
        parts = _spread(tasks, min(workers, len(tasks)), chunks_per_worker)
    finally:
        _JOB, _ASIDE = None, None
        gc.unfreeze()  # garbage among it is collected again
    found = parts.pop(0) if aside is not None else None
    return found, [result for part in parts for result in part]


def streamed(function: Callable[[T], R], items: Sequence[T], workers: int | None = None,
             per_worker: int | None = None, ahead: int = 2) -> Generator[R, None, None]:
    """``function(item)`` for each item, made in worker processes forked here and yielded in
    order as they come: the caller works on one result while the workers make the next ones (each
    worker is given ``ahead`` items at a time, so that it never waits for the caller). A worker
    that has made ``per_worker`` items gives way to a new one, as in ``chunked_map``. Where fork
    is unavailable, or with one worker, each item is made here when its turn comes.

    Close the iterator (``contextlib.closing``) when the caller may stop before the end: its
    workers are stopped then."""
    workers = cores() if workers is None else workers
    if workers <= 1 or len(items) <= 1 or not forks():
        yield from (function(item) for item in items)
        return
    job: Callable[[Sequence[T]], list[R]] = lambda chunk: [function(item) for item in chunk]  # noqa: E731
    waiting = deque(range(len(items)))
    made: dict[int, R] = {}
    busy: dict[Connection, _Worker] = {}
    _give_back_free_memory()
    try:
        for index in range(len(items)):
            while index not in made:
                while waiting and len(busy) < workers:
                    worker = _Worker(*_fork((job, items)), per_worker)
                    busy[worker.connection] = worker
                    worker.fill(waiting, ahead)
                for ready in wait(list(busy)):
                    worker = busy[cast(Connection, ready)]
                    made[worker.in_flight[0]] = _result(worker.connection, worker.process)[0]
                    worker.in_flight.popleft()
                    worker.fill(waiting, ahead)
                    if not worker.in_flight:
                        del busy[worker.connection]
                        _dismiss(worker.connection, worker.process)
            yield made.pop(index)
    finally:
        for worker in busy.values():
            worker.process.terminate()
            _dismiss(worker.connection, worker.process)


class _Worker:
    """A worker of ``streamed``: its pipe, the items it was given and has not given back, and how
    many more it may be given (None: any number)."""

    def __init__(self, process: BaseProcess, connection: Connection, left: int | None) -> None:
        self.process, self.connection, self.left = process, connection, left
        self.in_flight: deque[int] = deque()

    def fill(self, waiting: deque[int], ahead: int) -> None:
        while waiting and len(self.in_flight) < ahead and self.left != 0:
            index = waiting.popleft()
            self.connection.send((index, index + 1))
            self.in_flight.append(index)
            self.left = None if self.left is None else self.left - 1


def _fork(job: tuple[Callable[[Sequence[Any]], list[Any]], Sequence[Any]]) -> tuple[BaseProcess, Connection]:
    """A worker forked now, to do ``job``'s tasks (``_serve``), and the pipe to it. The job is set
    for this fork only: the caller of ``streamed`` may run a ``chunked_map`` between two items."""
    global _JOB
    former, _JOB = _JOB, job
    gc.freeze()  # as in map_beside
    try:
        return _start_worker()
    finally:
        _JOB = former
        gc.unfreeze()


def _start_worker() -> tuple[BaseProcess, Connection]:
    """A worker forked now (``_serve``), doing the tasks of the job set then, and the pipe to it."""
    here, there = multiprocessing.get_context("fork").Pipe()
    forked: BaseProcess = multiprocessing.get_context("fork").Process(target=_serve, args=(there, here), daemon=True)
    forked.start()
    there.close()
    return forked, here


def alongside(there: Callable[[], T], here: Callable[[], R]) -> tuple[T, R]:
    """``there()`` in a process forked now, while ``here()`` runs in this one; both results. Where
    no process can be forked, one after the other. An error of either is raised here, once both
    have ended (the forked process is stopped when ``here`` fails)."""
    if not forks():
        return there(), here()
    global _ASIDE
    _ASIDE = there
    _give_back_free_memory()
    gc.freeze()  # as in map_beside: the forked process does not copy this one's objects by collecting them
    try:
        here_end, there_end = multiprocessing.get_context("fork").Pipe()
        forked = multiprocessing.get_context("fork").Process(target=_serve, args=(there_end, here_end), daemon=True)
        forked.start()
    finally:
        _ASIDE = None
        gc.unfreeze()
    there_end.close()
    try:
        here_end.send(None)  # the task: ``there``
        mine = here()
        theirs = _result(here_end, forked)
    except BaseException:
        forked.terminate()
        here_end.close()
        forked.join(timeout=1)
        if forked.is_alive():  # ended before it took the workers' signal handlers (a SIGTERM ignored here)
            forked.kill()
            forked.join()
        raise
    _dismiss(here_end, forked)
    return theirs, mine


@contextmanager
def relayed(hear: Callable[[str], None]) -> Iterator[Callable[[str], None]]:
    """A function to call with a line in a process forked within the block: ``hear`` gets each
    line here, in order, as it comes (from a thread of this process). A forked process's own
    writes go to its copy of this process's streams, which a caller reading them in memory (a
    test's, a library's) never sees."""
    receiving, sending = multiprocessing.get_context("fork").Pipe(duplex=False)

    def listen() -> None:
        while True:
            try:
                line = receiving.recv()
            except (EOFError, OSError):  # every sending end is closed: the block and its processes ended
                return
            hear(line)

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    try:
        yield sending.send
    finally:
        sending.close()
        listener.join()
        receiving.close()


class WorkerLost(RtesError):
    """A worker process ended without giving back the result of its task (killed, out of memory):
    the command's one-line error and exit 2, not a traceback."""


class RemoteTraceback(Exception):
    """Where an exception raised in a worker was raised: its traceback there, as text."""


def _spread(tasks: Sequence[Any], workers: int, per_worker: int | None) -> list[Any]:
    """Each task's result (``_do``), in order, from at most ``workers`` processes forked here, each
    doing at most ``per_worker`` tasks before a new one takes its place.

    multiprocessing.Pool forks the replacement of a worker that ends from a thread of its own,
    which may hold a lock of the pool's queues at that moment: the new worker then waits for it
    forever. Here every worker is forked by this thread, between two tasks, and talks to it
    through a pipe of its own."""
    results: list[Any] = [None] * len(tasks)
    waiting = deque(range(len(tasks)))
    busy: dict[Connection, tuple[BaseProcess, int, int | None]] = {}  # its task, how many more it may do
    try:
        while waiting or busy:
            while waiting and len(busy) < workers:
                forked, here = _start_worker()
                busy[here] = _give(here, forked, waiting, tasks, per_worker)
            for ready in wait(list(busy)):
                connection = cast(Connection, ready)
                process, index, left = busy[connection]
                results[index] = _result(connection, process)  # raising, it is still busy: ended below
                if waiting and left != 0:
                    busy[connection] = _give(connection, process, waiting, tasks, left)
                else:
                    del busy[connection]
                    _dismiss(connection, process)
    finally:
        for connection, (worker, _, _) in busy.items():
            worker.terminate()
            _dismiss(connection, worker)
    return results


def _give(connection: Connection, process: BaseProcess, waiting: deque[int], tasks: Sequence[Any],
          left: int | None) -> tuple[BaseProcess, int, int | None]:
    index = waiting.popleft()
    connection.send(tasks[index])
    return process, index, None if left is None else left - 1


def _result(connection: Connection, process: BaseProcess) -> Any:
    try:
        done, value = connection.recv()
    except EOFError:
        process.join()
        raise WorkerLost(f"un processus de travail s'est arrêté sans rendre son résultat "
                         f"(code de sortie {process.exitcode})",
                         hint="mémoire insuffisante ? libérez-en et relancez") from None
    if not done:
        error, trace = value
        raise error from RemoteTraceback(trace)
    return value


def _dismiss(connection: Connection, process: BaseProcess) -> None:
    try:
        connection.send(_ENOUGH)
    except OSError:  # it has ended already
        pass
    connection.close()
    process.join()


_ENOUGH = "enough"  # what a worker is sent when it has done its share


def _serve(connection: Connection, parents_end: Connection) -> None:
    """A worker: each task received, done, its result sent back, until told it has done enough."""
    _default_signals()
    parents_end.close()  # the copy forked with this process
    while (task := connection.recv()) != _ENOUGH:
        try:
            answer: tuple[bool, Any] = (True, _do(task))
        except Exception as error:  # given back, raised there
            answer = (False, (_picklable(error), traceback.format_exc()))
        try:
            connection.send(answer)
        except Exception as error:  # a result that cannot be pickled
            connection.send((False, (_picklable(error), traceback.format_exc())))
    connection.close()


def _picklable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # an exception whose arguments do not come back as they were given
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _do(task: tuple[int, int] | None) -> Any:
    if task is None:
        assert _ASIDE is not None, "a worker forked without its job"
        return _ASIDE()
    assert _JOB is not None, "a worker forked without its job"
    function, items = _JOB
    start, end = task
    return function(items[start:end])


def _give_back_free_memory() -> None:
    """Return the C heap's free pages to the system before forking (glibc's ``malloc_trim``):
    the memory of what an earlier stage freed otherwise stays in this process, resident, and
    counts again in the workers that share its pages. At 2,000 fiches, before the site's pages:
    429 MB -> 375 MB of the build's process. Nothing where the C library has no such call."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:  # the symbols this process has loaded, the C library's among them (no subprocess to find it)
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except (OSError, TypeError):  # (TypeError: Windows, where no name means nothing to load)
        return None


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
    """A worker ends on SIGTERM, as the build that stops it expects, whatever handler the command
    installed (the CLI's turns SIGTERM into an exit with clean-up, which a worker must not run);
    it leaves Ctrl-C, which reaches every process of the terminal, to the build, which then ends
    it: no traceback of each worker on the terminal."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def forks() -> bool:
    """Whether workers can be forked here: not from a daemonic process (the sandbox that checks a
    contribution, sandbox.bounded), which may have no children."""
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon

