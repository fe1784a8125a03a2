"""Load test of `rtes-kg serve`: concurrent clients on 127.0.0.1 for a fixed time, figures per kind.

    python benchmarks/bench_serve.py                     # 60 s, the mix, on a fresh build of data/
    python benchmarks/bench_serve.py --seconds 20 --only page
    python benchmarks/bench_serve.py --dist benchmarks/out/dist-1000
    python benchmarks/bench_serve.py --seconds 20 --only validate --validation-workers 2

Kinds: `page` (a resource IRI as a browser asks for it: HTML), `conneg` (a resource IRI in Turtle,
JSON-LD, N-Triples or RDF/XML by Accept, alternating), `sparql` (the example queries of queries/,
in turn, as SPARQL JSON), `validate` (one fiche, Dijon Métropole's, POSTed to /api/validate as
text; the report is 422 or 200, both a success; not in the mix). The clients run in separate
processes (threads with http.client and keep-alive connections), so that the client's own GIL does
not cap the server. Each connection is a client of its own, as a public service sees them: the
server trusts 127.0.0.1 as its reverse proxy and each connection names its own address in
X-Forwarded-For (the per-client limit of two queries at once would otherwise answer 429 to the
load generator's own connections). Prints requests/s,
p50/p99 latency and errors per kind (with their status codes), and the server's RSS (server + query
workers) at start and end.
The load generator shares the machine's cores with the server: read the figures as a floor.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

ACCEPTS = ("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def targets(dist: Path) -> dict[str, list[tuple[str, str]]]:
    """(path, Accept) per kind, from the release itself."""
    from rtes_kg.serve.loading import find_dump, index_documents
    from rtes_kg.sparql.examples import examples
    from rtes_kg.sparql.store import load_store

    documents = index_documents(load_store(find_dump(dist)))
    resources = sorted(d for d in documents if re.search(r"/(org|action)/", d))
    paths = ["/" + d.split("/rtes/", 1)[1] for d in resources]
    queries = [("/sparql?" + urlencode({"query": e.text}), "application/sparql-results+json")
               for e in examples()]
    return {"page": [(p, BROWSER) for p in paths],
            "conneg": [(p, ACCEPTS[i % len(ACCEPTS)]) for i, p in enumerate(paths)],
            "sparql": queries,
            "validate": [("/api/validate", "application/json")]}


def one_fiche() -> bytes:
    """The text of one real fiche, Dijon Métropole's, as a contributor would send it."""
    sys.path.insert(0, str(Path(__file__).parent))
    from corpus import seed_fiches

    return "\n".join(next(lines for name, lines in seed_fiches() if "Dijon" in name)).encode("utf-8")


def client_process(port: int, work: dict, kinds: list[str], seconds: float, threads: int, results,
                   fiche: bytes = b"") -> None:
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    figures: dict[str, list] = {kind: [[], Counter()] for kind in work}  # latencies, errors by status

    def run(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        client = {"X-Forwarded-For": f"10.0.{os.getpid() % 250}.{offset % 250 + 1}"}
        counters = {kind: offset for kind in work}
        turn = offset
        while time.monotonic() < stop:
            kind = kinds[turn % len(kinds)]
            turn += 1
            path, accept = work[kind][counters[kind] % len(work[kind])]
            counters[kind] += 1
            started = time.perf_counter()
            try:
                if kind == "validate":
                    connection.request("POST", path, body=fiche, headers={
                        "Accept": accept, "Content-Type": "text/plain; charset=utf-8", **client})
                else:
                    connection.request("GET", path, headers={"Accept": accept, **client})
                response = connection.getresponse()
                response.read()
                if response.status == 303:  # a browser follows the site's redirect: one page view
                    connection.request("GET", response.getheader("Location"),
                                       headers={"Accept": accept, **client})
                    response = connection.getresponse()
                    response.read()
                status = response.status
                ok = status == 200 or (kind == "validate" and status == 422)
            except (OSError, http.client.HTTPException) as error:
                ok, status = False, type(error).__name__
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                if ok:
                    figures[kind][0].append(elapsed)
                else:
                    figures[kind][1][status] += 1
        connection.close()

    pool = [threading.Thread(target=run, args=(index * 7,)) for index in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    results.put(figures)


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children (the query workers), in MiB."""
    total = 0
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for process in [str(pid), *children]:
        try:
            status = Path(f"/proc/{process}/status").read_text()
        except OSError:
            continue
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total / 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, help="a built release (default: build data/ into a temp dir)")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=2, help="client processes")
    parser.add_argument("--threads", type=int, default=4, help="connections per client process")
    parser.add_argument("--only", choices=["page", "conneg", "sparql", "validate"], help="one kind instead of the mix")
    parser.add_argument("--workers", type=int, default=2, help="the server's query worker processes")
    parser.add_argument("--validation-workers", type=int, default=1, help="the server's validation worker processes")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        dist = args.dist
        if dist is None:
            dist = Path(scratch) / "dist"
            subprocess.run([sys.executable, "-m", "rtes_kg.cli", "build", "--out", str(dist)],
                           capture_output=True, check=False)
        server = subprocess.Popen([sys.executable, "-m", "rtes_kg.cli", "serve", "--dist", str(dist),
                                   "--port", "0", "--workers", str(args.workers), "--trusted-proxy", "127.0.0.1",
                                   "--validation-workers", str(args.validation_workers), "--validation-rate", "0"],
                                  stderr=subprocess.PIPE, text=True)
        port = int(re.search(r":(\d+)/", server.stderr.readline()).group(1))
        # Keep reading the server's stderr: a full pipe would block the server mid-run.
        logged: list[str] = []
        threading.Thread(target=lambda: logged.extend(server.stderr), daemon=True).start()
        try:
            work = targets(dist)
            kinds = [args.only] if args.only else ["page", "page", "conneg", "sparql"]
            rss_start = rss_mib(server.pid)
            results = multiprocessing.Queue()
            clients = [multiprocessing.Process(target=client_process,
                                               args=(port, work, kinds, args.seconds, args.threads, results,
                                                     one_fiche()))
                       for _ in range(args.clients)]
            for client in clients:
                client.start()
            merged: dict[str, list] = {kind: [[], Counter()] for kind in work}
            for _ in clients:
                for kind, (latencies, errors) in results.get().items():
                    merged[kind][0].extend(latencies)
                    merged[kind][1].update(errors)
            for client in clients:
                client.join()
            rss_end = rss_mib(server.pid)
        finally:
            server.send_signal(signal.SIGTERM)
            code = server.wait(60)
    print(f"{len(work['page'])} resources, {len(work['sparql'])} example queries; "
          f"{args.clients}×{args.threads} connections, {args.seconds:g} s, mix: {' '.join(kinds)}")
    print(f"{'kind':8} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    rows = [(kind, latencies, errors) for kind, (latencies, errors) in merged.items() if latencies or errors]
    if len(rows) > 1:
        every = [t for _, latencies, _ in rows for t in latencies]
        rows.append(("all", every, sum((errors for _, _, errors in rows), Counter())))
    for kind, latencies, errors in rows:
        statuses = ", ".join(f"{status}×{count}" for status, count in sorted(errors.items(), key=str))
        print(f"{kind:8} {len(latencies):9d} {len(latencies) / args.seconds:8.1f} "
              f"{1000 * percentile(latencies, 0.5):8.1f} {1000 * percentile(latencies, 0.99):8.1f} "
              f"{sum(errors.values()):7d}" + (f"  ({statuses})" if statuses else ""))
    print(f"server RSS (with workers): {rss_start:.0f} MiB at start, {rss_end:.0f} MiB at end; "
          f"exit code after SIGTERM: {code}")
    if logged:
        print(f"server stderr ({len(logged)} lines), last ones:", *logged[-5:], sep="\n  ", end="")


if __name__ == "__main__":
    main()
