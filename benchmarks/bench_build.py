"""Times the build of a synthetic corpus stage by stage, then the wall time of a one-fiche `validate`.

    python benchmarks/bench_build.py [N]      # N fiches, default 1000

Prints fiches per second for parse, map, validate, write (dumps, catalogue, report) and write with
the static site, the whole build (with the site), and the wall time
of `rtes-kg validate` on one fiche, start-up included (median of 5 runs). Targets on a 2-core
machine: the whole build of 1,000 fiches under 60 s; one fiche validated under 1.5 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_corpus, seed_fiches
from rtes_kg.build import Build, map_all, parse_files, validate_all, write_release
from rtes_kg.inputs import read_text
from rtes_kg.model import mint
from rtes_kg.model.mapping import reference_graph
from rtes_kg.publish.release import ReleaseOptions


def timed(label: str, count: int, work):
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    print(f"{label:10} {seconds:7.2f} s   {count / seconds:8.0f} fiches/s")
    return result, seconds


def bench_build(count: int, workdir: Path) -> float:
    paths = make_corpus(count, workdir / "corpus")
    files = [read_text(path) for path in paths]
    fiches, parse_s = timed("parse", count, lambda: parse_files(files))
    (mapped, extra), map_s = timed("map", count, lambda: map_all(fiches))
    reference = reference_graph()
    report, validate_s = timed("validate", count, lambda: validate_all(mapped, reference, extra))
    build = Build(tuple(mapped), reference, mint.reference_graph_iri(), report)
    _, write_s = timed("write", count, lambda: write_release(
        build, workdir / "dumps", options=ReleaseOptions(site=False)))
    _, release_s = timed("write+site", count, lambda: write_release(build, workdir / "dist"))
    print(f"{'(site)':10} {release_s - write_s:7.2f} s")
    total = parse_s + map_s + validate_s + release_s
    triples = sum(len(item.graph) for item in mapped)
    print(f"{'build':10} {total:7.2f} s   {count / total:8.0f} fiches/s   "
          f"({len(fiches)} fiches, {triples} triples, {len(build.published)} published)")
    return total


def bench_validate_one(workdir: Path, runs: int = 5) -> float:
    name, lines = seed_fiches()[-1]
    fiche = workdir / "one-fiche.txt"
    fiche.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [str(Path(sys.executable).with_name("rtes-kg")), "validate", str(fiche)]
    walls = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        walls.append(time.perf_counter() - start)
    wall = statistics.median(walls)
    print(f"validate one fiche ({name}): {wall:.2f} s wall, start-up included "
          f"(median of {runs}, min {min(walls):.2f} s)")
    return wall


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as folder:
        bench_build(size, Path(folder))
        bench_validate_one(Path(folder))
