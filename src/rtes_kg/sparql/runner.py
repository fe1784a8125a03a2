"""Runs the example queries for the site in a child process, each within a time budget.

An example whose evaluation explodes on some data (a cross product) must not hang or exhaust the
memory of the build: the child is killed when a query overruns, and a new one takes the rest.

    python -m rtes_kg.sparql.runner DUMP.nq    # reads query files on stdin, writes JSON lines
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path

BUDGET_SECONDS = 5.0
LOAD_SECONDS = 120.0


def run_examples(dump: Path, query_files: list[Path], budget: float = BUDGET_SECONDS
                 ) -> list[dict]:
    """One result per query file: {"variables", "rows"} or {"error"}."""
    results: list[dict] = []
    while len(results) < len(query_files):
        pending = query_files[len(results):]
        child = subprocess.Popen([sys.executable, "-m", "rtes_kg.sparql.runner", str(dump)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
        lines: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
        reader.start()
        child.stdin.write("".join(f"{path}\n" for path in pending))
        child.stdin.close()
        try:
            ready = lines.get(timeout=LOAD_SECONDS)
        except queue.Empty:
            ready = ""
        if not ready:
            child.kill()
            child.wait()
            child.stdout.close()
            return results + [{"error": "données non chargées à temps"}] * len(pending)
        for _ in pending:
            try:
                line = lines.get(timeout=budget)
            except queue.Empty:
                child.kill()
                results.append({"error": f"plus de {budget:.0f} s : non calculée à la construction"})
                break
            results.append(json.loads(line) if line else {"error": "évaluation interrompue"})
            if not line:
                break
        child.wait()
        child.stdout.close()
    return results


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put("")


def main(dump: str) -> None:
    import pyoxigraph as ox

    from rtes_kg.sparql.examples import read_query, run_oxigraph

    store = ox.Store()
    store.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
    print("ready", flush=True)
    for name in sys.stdin:
        try:
            answer = run_oxigraph(store, read_query(Path(name.strip())).text)
            result = {"variables": list(answer.variables), "rows": [list(r) for r in answer.rows]}
        except Exception as error:  # shown on the page, never fatal to the build
            result = {"error": str(error)}
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
