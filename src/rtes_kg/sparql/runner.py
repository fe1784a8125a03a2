"""The one query runner: SPARQL in child processes, each holding the dump in an Oxigraph store,
so that a query past its time limit is really stopped (killed). The site build runs its example
queries through it, `serve` every query of its endpoint.

pyoxigraph cannot interrupt a query from another thread; a process can be killed. Each worker loads
the dump itself at start (a few hundred ms for the seed release) and answers jobs over a pipe with
the serialised result, so that the parent's threads never hold a query's memory or CPU.

    python -m rtes_kg.sparql.runner DUMP    # a worker: jobs on stdin, answers on stdout
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from rtes_kg.offline import forbid_network
from rtes_kg.sandbox import limit_memory
from rtes_kg.sparql.answers import BadQuery, Job, NoFormat, Outcome, answer
from rtes_kg.sparql.store import load_store

START_TIMEOUT = 120.0  # seconds for a worker to load the dump; a 1M-triple dump takes ~5 s
ANSWERS_BYTES = 64 << 20  # answers kept by a pool, all together
ANSWER_BYTES = 16 << 20  # the largest answer kept
LOG = logging.getLogger("rtes_kg.sparql")


class RunnerError(RuntimeError):
    """A query that got no answer, through no fault of its own."""


class NotStarted(RunnerError):
    """The workers did not load the dump."""


class Busy(RunnerError):
    """No worker was free within the wait."""


class Overrun(RunnerError):
    """The query ran past the time limit: its worker was killed."""


class Stopped(RunnerError):
    """The worker died while it ran the query."""


class OutOfMemory(RunnerError):
    """The query needed more memory than the worker may use: the worker stopped."""


@dataclass(eq=False)  # identity: a worker is one process
class Worker:
    process: subprocess.Popen
    jobs: Connection
    answers: Connection

    _stopping: threading.Lock = field(default_factory=threading.Lock)

    def stop(self) -> None:
        """Kill the process and close its pipes, once: the pool may close while a thread retires
        this worker, and closing a pipe twice could close a descriptor reused in between."""
        with self._stopping:
            self.process.kill()
            self.process.wait()
            if not self.jobs.closed:
                self.jobs.close()
                self.answers.close()


class Pool:
    """A fixed number of worker processes; a worker whose query outlives ``timeout`` is killed and
    replaced, in the background, by a new one. A query waits ``wait`` seconds at most for a free
    worker (``timeout`` unless said otherwise).

    Workers are plain subprocesses (``python -m rtes_kg.sparql.runner DUMP``), not
    multiprocessing's spawn, which re-imports the parent's ``__main__`` and fails from scripts.

    The dump does not change while the pool lives: the answer to a job (an outcome, or why the
    query is wrong) is kept, and the same job asked again is answered at once (the example
    queries of a site or of `serve` come again and again), and a job asked while the same one
    runs waits for its answer. Answers are kept up to ``ANSWERS_BYTES`` in all (at most
    ``ANSWER_BYTES`` each), the least recently asked going first."""

    keeps_answers = True  # a subclass whose jobs are not queries of the dump says False

    def __init__(self, dump: Path, workers: int, timeout: float, wait: float | None = None,
                 memory: int | None = None):
        self.dump = dump
        self.memory = memory  # bytes each worker may add to its loaded store; None: no limit
        self.timeout = timeout
        self.wait = timeout if wait is None else wait
        self._answers: OrderedDict[Job, tuple[str, object]] = OrderedDict()
        self._asked: dict[Job, threading.Event] = {}  # jobs running now
        self._kept = 0  # bytes of the answers kept
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        starters = [threading.Thread(target=self._add) for _ in range(workers)]
        for starter in starters:
            starter.start()
        for starter in starters:
            starter.join()
        if self._idle.qsize() < workers:
            self.close()
            raise NotStarted("les processus de requête n’ont pas démarré (voir le journal)")

    def command(self) -> list[str]:
        """A worker's command line; a subclass runs other jobs the same way (serve's validation)."""
        command = [sys.executable, "-m", "rtes_kg.sparql.runner", str(self.dump)]
        if self.memory is not None:
            command.append(str(self.memory))
        return command

    def _add(self) -> None:
        # A worker that runs out of memory aborts; one line in the log is enough, not a backtrace.
        process = subprocess.Popen(self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   env={**os.environ, "RUST_BACKTRACE": "0"})
        assert process.stdin is not None and process.stdout is not None  # both are PIPE
        worker = Worker(process, Connection(os.dup(process.stdin.fileno()), readable=False),
                        Connection(os.dup(process.stdout.fileno()), writable=False))
        process.stdin.close()
        process.stdout.close()
        try:
            message = worker.answers.recv() if worker.answers.poll(START_TIMEOUT) else ("failed", "délai")
        except (EOFError, OSError):
            message = ("failed", f"code de sortie {process.poll()}")
        if message[0] != "ready":
            LOG.error("processus de requête non démarré : %s", message[1])
            worker.stop()
            return
        with self._lock:
            if self._closed:
                worker.stop()
                return
            self._workers.add(worker)
        self._idle.put(worker)

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(worker.process.pid for worker in self._workers)

    def run(self, job: Job) -> Outcome:
        """The job's outcome; BadQuery or NoFormat for what the query must fix, a RunnerError
        when it got no answer."""
        reply = self._kept_reply(job) if self.keeps_answers else self._ask(job)
        if reply[0] == "bad":
            raise BadQuery(reply[1])
        if reply[0] == "format":
            raise NoFormat(reply[1])
        if reply[0] == "memory":
            raise OutOfMemory(reply[1])
        return reply[1]

    def _kept_reply(self, job: Job) -> tuple:
        """The reply kept for the job, else the one of the same job running now, else a new one."""
        with self._lock:
            reply = self._answers.get(job)
            if reply is not None:
                self._answers.move_to_end(job)
                return reply
            running = self._asked.get(job)
            if running is None:
                asked = self._asked[job] = threading.Event()
        if running is not None:  # the same job is running: its answer will do
            running.wait(self.wait + self.timeout)
            with self._lock:
                reply = self._answers.get(job)
            return reply if reply is not None else self._ask(job)
        try:
            reply = self._ask(job)
            self._keep(job, reply)
            return reply
        finally:
            with self._lock:
                self._asked.pop(job, None)
            asked.set()

    def _keep(self, job: Job, reply: tuple) -> None:
        """Keep a definite reply (an outcome, or why the query is wrong), the oldest going first."""
        if reply[0] not in ("ok", "bad", "format"):
            return  # running out of memory depends on the moment
        size = _size(reply)
        if size > ANSWER_BYTES:
            return
        with self._lock:
            self._answers[job] = reply
            self._kept += size
            while self._kept > ANSWERS_BYTES:
                self._kept -= _size(self._answers.popitem(last=False)[1])

    def _ask(self, job: Job) -> tuple:
        """A worker's reply to the job: ("ok", outcome), ("bad", why), ("format", kind) or
        ("memory", why); a RunnerError when there is none."""
        try:
            worker = self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise Busy(f"aucun processus de requête libre en {self.wait:g} s") from None
        try:
            worker.jobs.send(job)
            if worker.answers.poll(self.timeout):
                reply = worker.answers.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._retire(worker)
            if worker.process.returncode == -signal.SIGABRT:  # how Rust ends on a failed allocation
                raise OutOfMemory("le processus de requête a manqué de mémoire") from None
            raise Stopped("le processus de requête s’est arrêté") from None
        self._retire(worker)
        raise Overrun(f"requête arrêtée après {self.timeout:g} s")

    def _retire(self, worker: Worker) -> None:
        """Kill a worker (it may be mid-query) and start a replacement in the background."""
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
            closed = self._closed
        if not closed:
            threading.Thread(target=self._add, daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()


def _size(reply: tuple) -> int:
    """What keeping a reply costs, about: its body, or its message."""
    return len(reply[1].body) + len(reply[1].format) + 64 if reply[0] == "ok" else len(str(reply[1])) + 64


def worker_main(dump: str, memory: int | None = None) -> None:  # pragma: no cover - the child process
    """A query worker: loads the dump, then answers queries (``child_loop``).

    Once the dump is loaded, the worker may grow by ``memory`` bytes at most (a query that needs
    more fails its allocation: a MemoryError answered, or an abort that the pool reports), it runs
    at a lower priority than the server, so that pages stay fast while queries run, and it can open
    no network connection (rtes_kg.offline)."""
    def start() -> Callable[[Job], tuple[str, object]]:
        forbid_network()  # SERVICE reaches no server, whatever spelling the endpoint's check misses
        store = load_store(Path(dump))
        if memory is not None:
            limit_memory(memory)
        if hasattr(os, "nice"):
            os.nice(10)

        def reply(job: Job) -> tuple[str, object]:
            try:
                return "ok", answer(store, job)
            except BadQuery as error:
                return "bad", str(error)
            except NoFormat as error:
                return "format", str(error)
            except MemoryError:
                return "memory", "mémoire du processus de requête épuisée"
        return reply

    child_loop(start)


def child_loop(start: Callable[[], Callable[[Any], tuple[str, object]]]) -> None:  # pragma: no cover - a child
    """The loop of a ``Pool``'s worker process: ``start()`` loads what the jobs need and gives the
    function that answers one job with a (kind, value) reply; the worker then says it is ready
    (or why it failed to start) and answers each job that arrives, until the pool closes.

    Jobs arrive on stdin and answers leave on the original stdout; anything a library prints goes
    to stderr, so that it cannot corrupt the channel."""
    jobs = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    try:
        reply = start()
    except Exception as error:  # noqa: BLE001 - reported to the parent, which refuses to start
        answers.send(("failed", str(error)))
        return
    try:
        answers.send(("ready", os.getpid()))
    except OSError:  # the pool closed while this worker was starting (the server is stopping)
        return
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        answers.send(reply(job))


if __name__ == "__main__":  # pragma: no cover - the worker process
    worker_main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
