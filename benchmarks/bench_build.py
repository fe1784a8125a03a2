"""Times a build of synthetic corpora stage by stage, against the naive pipeline in the same run.

    python benchmarks/bench_build.py                  # 1,000 and 10,000 fiches, one run each
    python benchmarks/bench_build.py 1000 --runs 3    # medians of 3
    python benchmarks/bench_build.py 10000 --no-naive

For each size: `rtes-kg build` without cache, with and without the site (stages, wall and CPU
time, peak resident memory of the build and its workers together), then the naive pipeline
(benchmarks/naive.py: parse + map + one pyshacl.validate on the union + rdflib Turtle) and the
ratio. Targets (issue 14, 2-core machine): 10,000 fiches with the site under 300 s and 3 GB;
without the site at least 8 times faster than the naive pipeline on 1,000 fiches.

The machine's cores may be shared: the load average is printed with each figure; read medians.
The corpora and releases go into a fresh folder under --dir (default: benchmarks/out/), whose
cost of creating a file is printed: the site's pages write six a page.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from corpus import make_corpus
from measure import Run, build, bytecode, file_creation, load, work_folder
from naive import naive


def median_run(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda run: run.wall)
    return ordered[len(ordered) // 2]


def report(label: str, runs: list[Run]) -> Run:
    run = median_run(runs)
    walls = ", ".join(f"{r.wall:.1f}" for r in runs)
    print(f"  {label}: {run.wall:.1f} s wall (runs: {walls}), {run.cpu:.1f} s CPU, "
          f"peak {run.peak_pss_mib:.0f} MiB PSS ({run.peak_mib:.0f} MiB RSS summed, "
          f"{run.peak_process_mib:.0f} MiB RSS of the largest process)  [{load()}]")
    for stage, seconds in run.stages.items():
        print(f"      {stage:28} {seconds:7.1f} s")
    return run


def bench(count: int, runs: int, with_naive: bool, folder: Path) -> None:
    data = folder / f"corpus-{count}"
    make_corpus(count, data / "fiches")
    print(f"{count} fiches ({load()})")
    no_site = report("build --no-site --no-cache",
                     [build(data, folder / f"dist-{count}-{i}", "--no-site", "--no-cache") for i in range(runs)])
    report("build --no-cache (with the site)",
           [build(data, folder / f"site-{count}-{i}", "--no-cache") for i in range(runs)])
    if with_naive:
        walls = []
        for _ in range(runs):
            start = time.perf_counter()
            naive(data / "fiches")
            walls.append(time.perf_counter() - start)
        wall = statistics.median(walls)
        print(f"  naive pipeline: {wall:.1f} s wall (runs: {', '.join(f'{w:.1f}' for w in walls)})  [{load()}]")
        print(f"  ratio naive / build without site: {wall / no_site.wall:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-naive", action="store_true", help="skip the naive pipeline")
    parser.add_argument("--dir", type=Path, help="where to write (default: benchmarks/out/)")
    args = parser.parse_args()
    print(bytecode())
    with work_folder(args.dir) as folder:
        print(file_creation(folder))
        for count in args.sizes:
            bench(count, args.runs, not args.no_naive, folder)


if __name__ == "__main__":
    main()
