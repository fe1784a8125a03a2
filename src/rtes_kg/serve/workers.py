"""SPARQL queries in worker processes, so that a query past its time limit is really stopped (killed).

pyoxigraph cannot interrupt a query from another thread; a process can be killed. Each worker loads
the dump itself at start (a few hundred ms for the seed release) and answers jobs over a pipe with
the serialised result, so the server's threads never hold a query's memory or CPU.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from rtes_kg import formats
from rtes_kg.serve.limits import Limits, Refusal
from rtes_kg.serve.loading import load_dump

START_TIMEOUT = 120.0  # seconds for a worker to load the dump; a 1M-triple dump takes ~5 s
LOG = logging.getLogger("rtes_kg.serve")


@dataclass(frozen=True)
class Job:
    query: str
    solutions_format: str | None  # "html" asks for SPARQL JSON, which the page turns into a table
    graph_format: str | None
    max_rows: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    kind: str          # "solutions", "boolean" or "graph"
    format: str        # the offer name the body is in
    body: bytes
    truncated: bool
    count: int


def answer(store: ox.Store, job: Job) -> Outcome:
    """Run one job; raise Refusal for what the client must fix. Pure apart from the store."""
    options: dict = {}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    try:
        result = store.query(job.query, **options)
        if isinstance(result, ox.QueryBoolean):
            return _boolean(bool(result), job)
        if isinstance(result, ox.QuerySolutions):
            return _solutions(result, job)
        return _graph(result, job)
    except SyntaxError as error:
        raise Refusal(400, f"requête SPARQL invalide : {error}") from None
    except OSError as error:
        raise Refusal(400, f"requête impossible à évaluer : {error}") from None


def _wanted(name: str | None, kind: str) -> str:
    if name is None:
        raise Refusal(406, kind)
    return "json" if name == "html" else name


def _boolean(value: bool, job: Job) -> Outcome:
    fmt = _wanted(job.solutions_format, "solutions")
    data = {"head": {}, "boolean": value}
    return Outcome("boolean", fmt, _convert(data, fmt), False, 1)


def _solutions(result: ox.QuerySolutions, job: Job) -> Outcome:
    fmt = _wanted(job.solutions_format, "solutions")
    variables = [variable.value for variable in result.variables]
    rows, truncated = [], False
    for solution in result:
        if len(rows) == job.max_rows:
            truncated = True
            break
        rows.append({name: _term(solution[name]) for name in variables if solution[name] is not None})
    data = {"head": {"vars": variables}, "results": {"bindings": rows}}
    return Outcome("solutions", fmt, _convert(data, fmt), truncated, len(rows))


def _graph(result, job: Job) -> Outcome:
    if job.graph_format is None:
        raise Refusal(406, "graph")
    triples, truncated = [], False
    for triple in result:
        if len(triples) == job.max_rows:
            truncated = True
            break
        triples.append(triple)
    if job.graph_format == "html":  # shown as a table of triples
        rows = [{"s": _term(t.subject), "p": _term(t.predicate), "o": _term(t.object)} for t in triples]
        data = {"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": rows}}
        return Outcome("graph", "json", _json(data), truncated, len(triples))
    body = ox.serialize(triples, format=formats.by_name(job.graph_format).oxigraph)
    return Outcome("graph", job.graph_format, body or b"", truncated, len(triples))


def _term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "triple", "value": {"subject": _term(term.subject),
                                        "predicate": _term(term.predicate), "object": _term(term.object)}}


def _json(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _convert(data: dict, fmt: str) -> bytes:
    """SPARQL JSON, then pyoxigraph's own serialiser for the other result formats."""
    body = _json(data)
    if fmt == "json":
        return body
    return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(
        format=formats.results_by_name(fmt).oxigraph) or b""


def worker_main(dump: str) -> None:  # pragma: no cover - runs in the child process
    """The child's loop: jobs arrive on stdin, answers leave on the original stdout; anything a
    library prints goes to stderr so that it cannot corrupt the channel."""
    jobs = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    try:
        store = load_dump(Path(dump))
    except Exception as error:  # noqa: BLE001 - reported to the parent, which refuses to start
        answers.send(("failed", str(error)))
        return
    answers.send(("ready", os.getpid()))
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            answers.send(("ok", answer(store, job)))
        except Refusal as refusal:
            answers.send(("refused", refusal.status, refusal.message))


@dataclass(eq=False)  # identity: a worker is one process
class Worker:
    process: subprocess.Popen
    jobs: Connection
    answers: Connection

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()
        self.jobs.close()
        self.answers.close()


class QueryPool:
    """A fixed number of worker processes; a worker whose query outlives the timeout is killed and
    replaced, in the background, by a new one.

    Workers are plain subprocesses (``python -m rtes_kg.serve.workers DUMP``), not
    multiprocessing's spawn, which re-imports the parent's ``__main__`` and fails from scripts."""

    def __init__(self, dump: Path, limits: Limits):
        self.dump = dump
        self.limits = limits
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._workers: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        starters = [threading.Thread(target=self._add) for _ in range(limits.workers)]
        for starter in starters:
            starter.start()
        for starter in starters:
            starter.join()
        if self._idle.qsize() < limits.workers:
            self.close()
            raise RuntimeError("les processus de requête n’ont pas démarré (voir le journal)")

    def _add(self) -> None:
        process = subprocess.Popen([sys.executable, "-m", "rtes_kg.serve.workers", str(self.dump)],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE)
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
        try:
            worker = self._idle.get(timeout=self.limits.timeout)
        except queue.Empty:
            raise Refusal(503, "serveur occupé : toutes les requêtes en cours, réessayez") from None
        try:
            worker.jobs.send(job)
            if worker.answers.poll(self.limits.timeout):
                reply = worker.answers.recv()
                self._idle.put(worker)
                if reply[0] == "refused":
                    raise Refusal(reply[1], reply[2])
                return reply[1]
        except (EOFError, OSError):
            self._retire(worker)
            raise Refusal(500, "le processus de requête s’est arrêté ; réessayez") from None
        self._retire(worker)
        raise Refusal(503, f"délai dépassé : requête arrêtée après {self.limits.timeout:g} s "
                           "(ajoutez une LIMIT ou des motifs plus précis)")

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


if __name__ == "__main__":  # pragma: no cover - the worker process
    from rtes_kg.serve.workers import worker_main as _main  # the package's classes, not __main__'s

    _main(sys.argv[1])
