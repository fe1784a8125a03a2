"""Runs `rtes-kg build` as a child process and measures it: wall time, the time of each stage (from
the progress lines it prints), CPU time, and the peak resident memory of the build and all its
worker processes together (sampled every 0.2 s from /proc)."""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_DATE_EPOCH = "1764000000"
STAGES = (("lecture", "parse"), ("conversion", "map + validate per fiche"),
          # up to 3,000 fiches, the site's index is mostly made while the dumps are written (build.py)
          ("validation", "validate across fiches"), ("écriture : site/", "dumps, report, catalogue"),
          ("écriture : site/ : pages", "site: index"))


@dataclass
class Run:
    wall: float
    cpu: float  # user + system, of the build and its children
    peak_mib: float  # the largest sum of the resident memory of the build and its workers (RSS)
    peak_pss_mib: float = 0.0  # the same in proportional set size: a page shared by forked workers counted once
    peak_process_mib: float = 0.0  # the largest resident memory of one process of the tree (RSS)
    stages: dict[str, float] = field(default_factory=dict)
    code: int = 0


def build(data: Path, out: Path, *options: str) -> Run:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    command = [sys.executable, "-m", "rtes_kg", "build", "--data", str(data), "--out", str(out), *options]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    peak = [0.0, 0.0, 0.0]
    done = threading.Event()
    sampler = threading.Thread(target=_sample, args=(process.pid, peak, done), daemon=True)
    sampler.start()
    marks: list[tuple[float, str]] = []
    for line in process.stderr:
        marks.append((time.perf_counter() - start, line.strip()))
    code = process.wait()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, peak[0], peak[1], peak[2], _stages(marks, wall), code)


def _stages(marks: list[tuple[float, str]], wall: float) -> dict[str, float]:
    found: dict[str, float] = {}
    previous = 0.0
    for word, name in STAGES:
        at = next((t for t, line in marks if word in line), None)
        if at is not None:
            found[name] = at - previous
            previous = at
    found["site: pages" if any("site/" in line for _, line in marks) else "dumps, report, catalogue"] = wall - previous
    return found


def _sample(pid: int, peak: list[float], done: threading.Event) -> None:
    while not done.is_set():
        found = _tree_memory(pid)
        if found is not None:
            peak[:] = [max(old, new) for old, new in zip(peak, found)]
        done.wait(0.2)


def _tree_memory(pid: int, attempts: int = 5) -> tuple[float, float, float] | None:
    """The resident memory of a process and its descendants, in MiB: the sum of their RSS (which
    counts a page shared by forked workers once per process), and of their PSS (shared pages
    divided among the processes sharing them: the memory the tree really takes), and the RSS of
    the largest process.

    The processes are read one after the other: a worker forked (or ended) between two reads
    counts the pages it shares twice (the build's 2.2 GB read alone, then its new worker's half
    of them), which once reported 3.6 GB for a tree that never held 2.9. A sample during which
    the tree changed is taken again; None when it kept changing."""
    for _ in range(attempts):
        before = _tree(pid)
        rss = pss = largest = 0
        for current in before:
            try:
                status = Path(f"/proc/{current}/status").read_text()
                resident = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
                rss, largest = rss + resident, max(largest, resident)
                rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
                pss += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))
            except (OSError, AttributeError):
                break
        else:
            if before and _tree(pid) == before:
                return rss / 1024, pss / 1024, largest / 1024
    return None


def _tree(pid: int) -> list[int]:
    """The process and its descendants, in the order they are found."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            children = [int(child) for task in Path(f"/proc/{current}/task").iterdir()
                        for child in (task / "children").read_text().split()]
        except OSError:
            continue
        found.append(current)
        todo.extend(children)
    return found


def bytecode() -> str:
    """Compile the package to bytecode before the runs, as an installed copy has it: where
    PYTHONDONTWRITEBYTECODE is set (it is on this project's machines) each build's process would
    compile its 200 modules again from source, 0.4 s that an installed copy never spends."""
    import compileall

    import rtes_kg
    root = Path(rtes_kg.__file__).resolve().parent
    done = compileall.compile_dir(root, quiet=1)
    return f"bytecode of {root}: {'compiled' if done else 'NOT ALL COMPILED'}"


def load() -> str:
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


BENCH_OUT = Path(__file__).resolve().parent / "out"  # ignored by git


@contextmanager
def work_folder(parent: Path | None) -> Iterator[Path]:
    """A fresh folder for a benchmark's corpora and releases, removed at the end: under
    ``parent``, by default benchmarks/out/ beside the checkout, where ``rtes-kg build --out dist``
    writes too (the system's temporary folder may be another disk, or a slower part of it)."""
    parent = parent or BENCH_OUT
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def file_creation(folder: Path, count: int = 600) -> str:
    """What creating a file costs in ``folder``: a site writes a folder and five files a page, and
    on a virtual machine's disk this cost varies tenfold from one folder to another (0.01 to 0.9 ms
    measured on the same ext4 disk), which the figures of the site depend on."""
    probe = Path(tempfile.mkdtemp(prefix="probe-", dir=folder))
    try:
        start = time.perf_counter()
        for index in range(count):
            os.mkdir(probe / f"d{index}")
            (probe / f"d{index}" / "f").write_bytes(b"x" * 2000)
        per_inode = (time.perf_counter() - start) / (2 * count)
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    return f"creating a file or folder in {folder}: {per_inode * 1e6:.0f} µs"
