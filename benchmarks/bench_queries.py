"""Times every example query of queries/ on a release's dump, on the embedded store.

    python benchmarks/bench_queries.py dist/rtes.nq      # median of 3 runs per query, slowest first

Target (issue 14): none over 1 s on a release of 1,000 fiches (tests/test_queries_scale.py fails
above it; this prints the figures).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from rtes_kg.sparql.examples import examples, run_oxigraph
from rtes_kg.sparql.store import load_store


def main() -> None:
    store = load_store(Path(sys.argv[1]))
    medians = []
    for query in examples():
        times = []
        for _ in range(3):
            start = time.perf_counter()
            run_oxigraph(store, query.text)
            times.append(time.perf_counter() - start)
        medians.append((statistics.median(times), query.name))
    for seconds, name in sorted(medians, reverse=True):
        print(f"{1000 * seconds:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
