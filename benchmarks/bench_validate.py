"""Times `rtes-kg validate` as a contributor runs it: one fiche, and one Turtle file, start-up included.

    python benchmarks/bench_validate.py [RUNS]      # default 7 runs each

Runs the installed console script (the `rtes-kg` beside this Python) in a subprocess and prints the
median and the minimum wall time. Target on a 2-core machine: under 1.5 s for one fiche.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import seed_fiches

TARGET_SECONDS = 1.5


def wall_times(command: list[str], runs: int) -> list[float]:
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        walls.append(time.perf_counter() - start)
    return walls


def main(runs: int) -> int:
    script = str(Path(sys.executable).with_name("rtes-kg"))
    with tempfile.TemporaryDirectory() as folder:
        name, lines = seed_fiches()[0]
        fiche = Path(folder) / "fiche.txt"
        fiche.write_text("\n".join(lines) + "\n", encoding="utf-8")
        turtle = Path(folder) / "fiche.ttl"
        converted = subprocess.run([script, "convert", str(fiche)], check=True, capture_output=True)
        turtle.write_bytes(converted.stdout)
        worst = 0.0
        for label, path in ((f"one fiche ({name}, .txt)", fiche), ("the same fiche as Turtle", turtle)):
            walls = wall_times([script, "validate", str(path)], runs)
            median = statistics.median(walls)
            worst = max(worst, median)
            print(f"validate {label}: {median:.2f} s wall median of {runs}, min {min(walls):.2f} s")
    print(f"target {TARGET_SECONDS} s: {'met' if worst < TARGET_SECONDS else 'MISSED'}")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
