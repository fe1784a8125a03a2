"""Abuse test of `rtes-kg serve`: the latency of plain pages while attackers load the server.

    python benchmarks/bench_abuse.py                    # 15 s per case, on a fresh build of data/
    python benchmarks/bench_abuse.py --seconds 30 --dist benchmarks/out/dist-1000
    python benchmarks/bench_abuse.py --polite           # flooders wait Retry-After when refused

Cases, each against the same server (default limits, `rtes-kg serve --dist D --port 0`):

- `idle`: nobody else.
- `flood`: 100 clients (--flooders), each from its own loopback address (127.1.0.1…), each keeping one slow
  SPARQL query in flight (a cross product, ~8 s of CPU: past the 10 s timeout on a busy machine);
  refused, it tries again after 0.1 s (or after Retry-After with --polite).
- `slowloris`: 300 connections from 30 addresses (127.0.2.1…), each sending a request line and
  then one header line every 2 s, never finishing; cut by the server, it reconnects at once.
- `both`: the two at once.

A page client sends one request every 50 ms, each on a new connection, alternating a resource in
Turtle (made by the application) and its page of the static site (a file), and records the latency
(a failure or 5 s without an answer counts as 5 s). Prints p50/p99/max per case, and what the
attackers got. The attackers run in their own processes (asyncio), the page client in this one;
all share the machine's cores with the server and its query workers: read the figures as a floor.
Only loopback addresses are used.
"""

from __future__ import annotations

import argparse
import asyncio
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

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(STR(?c) != STR(?f)) }"
PAGE_TIMEOUT = 5.0


# --- attackers (child processes) ------------------------------------------------------------------

async def _flooder(port: int, source: str, stop: float, polite: bool, counts: Counter) -> None:
    request = (f"GET /sparql?{urlencode({'query': SLOW})} HTTP/1.1\r\nHost: bench\r\n"
               "Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n").encode()
    while time.monotonic() < stop:
        pause = 0.1
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
            writer.write(request)
            await writer.drain()
            answer = await asyncio.wait_for(reader.read(), timeout=max(0.1, stop - time.monotonic()))
            writer.close()
            status = answer.split(b" ", 2)[1].decode() if answer.startswith(b"HTTP/") else "?"
            retry = re.search(rb"(?i)\r\nRetry-After: *(\d+)", answer)
            if polite and retry:
                pause = float(retry.group(1))
        except (OSError, asyncio.TimeoutError):
            status = "error"
        counts[status] += 1
        if status != "200":
            await asyncio.sleep(pause)


async def _loris(port: int, source: str, stop: float, counts: Counter) -> None:
    while time.monotonic() < stop:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
        except OSError:
            counts["refused"] += 1
            await asyncio.sleep(0.1)
            continue
        counts["connections"] += 1
        try:
            writer.write(b"GET / HTTP/1.1\r\nHost: bench\r\n")
            while time.monotonic() < stop:
                try:
                    if await asyncio.wait_for(reader.read(1024), timeout=2.0) == b"":
                        counts["cut by the server"] += 1
                        break
                except asyncio.TimeoutError:
                    writer.write(b"X-Trickle: 1\r\n")
                    await writer.drain()
        except OSError:
            counts["cut by the server"] += 1
        finally:
            writer.close()


def attacker(kind: str, port: int, seconds: float, polite: bool, nice: int, flooders: int, results) -> None:
    os.nice(nice)

    async def run() -> Counter:
        counts: Counter = Counter()
        stop = time.monotonic() + seconds
        if kind == "flood":
            tasks = [_flooder(port, f"127.1.{i // 250}.{i % 250 + 1}", stop, polite, counts) for i in range(flooders)]
        else:
            tasks = [_loris(port, f"127.0.2.{i % 30 + 1}", stop, counts) for i in range(300)]
        await asyncio.gather(*tasks)
        return counts

    results.put((kind, dict(asyncio.run(run()))))


# --- the page client (this process) ---------------------------------------------------------------

def pages(port: int, paths: list[tuple[str, str]], seconds: float) -> list[float]:
    latencies = []
    stop = time.monotonic() + seconds
    turn = 0
    while time.monotonic() < stop:
        path, accept = paths[turn % len(paths)]
        turn += 1
        started = time.perf_counter()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=PAGE_TIMEOUT)
            connection.request("GET", path, headers={"Accept": accept})
            response = connection.getresponse()
            response.read()
            connection.close()
            elapsed = time.perf_counter() - started if response.status == 200 else PAGE_TIMEOUT
        except (OSError, http.client.HTTPException):
            elapsed = PAGE_TIMEOUT
        latencies.append(elapsed)
        time.sleep(max(0.0, 0.05 - elapsed))
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, help="a built release (default: build data/ into a temp dir)")
    parser.add_argument("--seconds", type=float, default=15.0, help="per case")
    parser.add_argument("--polite", action="store_true", help="flooders wait Retry-After when refused")
    parser.add_argument("--flooders", type=int, default=100, help="clients of the flood, one address each")
    parser.add_argument("--only", choices=["idle", "flood", "slowloris", "both"], action="append")
    parser.add_argument("--attacker-nice", type=int, default=10,
                        help="niceness of the attacking processes (default 10: real attackers are on other "
                             "machines, not on the server's cores; 0 to let them compete as equals)")
    args = parser.parse_args()
    cases = args.only or ["idle", "flood", "slowloris", "both"]

    with tempfile.TemporaryDirectory() as scratch:
        dist = args.dist
        if dist is None:
            dist = Path(scratch) / "dist"
            subprocess.run([sys.executable, "-m", "rtes_kg.cli", "build", "--out", str(dist)],
                           capture_output=True, check=False)
        server = subprocess.Popen([sys.executable, "-m", "rtes_kg.cli", "serve", "--dist", str(dist), "--port", "0"],
                                  stderr=subprocess.PIPE, text=True)
        port = int(re.search(r":(\d+)/", server.stderr.readline()).group(1))
        logged: list[str] = []
        threading.Thread(target=lambda: logged.extend(server.stderr), daemon=True).start()
        member = "/org/dijon-metropole"
        paths = [(member, "text/turtle"), (member + "/", "text/html")]
        rows = []
        try:
            for case in cases:
                kinds = {"idle": [], "flood": ["flood"], "slowloris": ["slowloris"],
                         "both": ["flood", "slowloris"]}[case]
                results: multiprocessing.Queue = multiprocessing.Queue()
                attackers = [multiprocessing.Process(target=attacker, args=(kind, port, args.seconds + 2,
                                                                             args.polite, args.attacker_nice,
                                                                             args.flooders, results))
                             for kind in kinds]
                for process in attackers:
                    process.start()
                time.sleep(2 if kinds else 0)  # let the attack build up before measuring
                latencies = pages(port, paths, args.seconds)
                got = dict(results.get(timeout=120) for _ in attackers)
                for process in attackers:
                    process.join()
                rows.append((case, latencies, got))
                time.sleep(3)  # the killed workers are replaced before the next case
        finally:
            server.send_signal(signal.SIGTERM)
            code = server.wait(60)

    print(f"rtes-kg serve (default limits), {args.seconds:g} s per case, {args.flooders} flooders "
          f"{'polite (Retry-After)' if args.polite else 'retry after 0.1 s'}, attackers at nice {args.attacker_nice}")
    print(f"{'case':10} {'pages':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'failed':>7}  attackers got")
    for case, latencies, got in rows:
        failed = sum(1 for value in latencies if value >= PAGE_TIMEOUT)
        seen = "; ".join(f"{kind}: " + ", ".join(f"{key} ×{count}" for key, count in sorted(counts.items()))
                         for kind, counts in got.items()) or "-"
        print(f"{case:10} {len(latencies):6d} {1000 * percentile(latencies, 0.5):8.1f} "
              f"{1000 * percentile(latencies, 0.99):8.1f} {1000 * max(latencies):8.1f} {failed:7d}  {seen}")
    print(f"exit code after SIGTERM: {code}; server stderr: {len(logged)} lines")
    for line in logged[-12:]:
        print("  " + line.rstrip()[:160])


if __name__ == "__main__":
    main()
