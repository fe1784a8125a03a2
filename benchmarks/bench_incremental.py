"""Times a full build, then the rebuild after one fiche is edited, both with the site and the cache.

    python benchmarks/bench_incremental.py                # 1,000 and 10,000 fiches
    python benchmarks/bench_incremental.py 1000 --check   # and compare with a build without cache

The full build starts from an empty cache; the edit changes one fiche's population (the same
number of lines, as a contributor's correction would); the rebuild writes into the same folder, so
that it reuses the pages of the release it replaces. Target (issue 14): at 1,000 fiches the
rebuild takes at most 10% of the full build (aim: under 5 s). ``--check`` builds the edited data
again without the cache, against a copy of the release it replaced, and compares every byte.

The corpus and releases go into a fresh folder under --dir (default: benchmarks/out/), whose cost of
creating a file is printed.

A second edit, in another fiche, is then timed as well: what a contributor's correction costs
once the release before it was itself a rebuild. The package is compiled to bytecode first, as an
installed copy has it (``measure.bytecode``).
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
from pathlib import Path

from corpus import make_corpus
from measure import Run, build, bytecode, file_creation, load, work_folder


def edit_one_fiche(data: Path, which: int = 0) -> str:
    """Change the first population of the file ``which``; what was changed, for the record."""
    files = sorted((data / "fiches").glob("*.txt"))
    path = files[which % len(files)]
    text = path.read_text(encoding="utf-8")
    match = re.search(r"(?m)^(\d[\d  ]*\d) hab", text)
    assert match, "no population to edit"
    number = int(re.sub(r"\D", "", match.group(1))) + 1
    path.write_text(text[:match.start(1)] + str(number) + text[match.end(1):], encoding="utf-8")
    return f"{path.name}: population {match.group(1)} -> {number}"


def same_files(first: Path, second: Path) -> bool:
    names = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    others = {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    return names == others and all(filecmp.cmp(first / n, second / n, shallow=False) for n in names)


def show(title: str, run: Run, full: Run | None = None) -> None:
    print(f"  {title}: {run.wall:.1f} s wall, {run.cpu:.1f} s CPU, "
          f"peak {run.peak_pss_mib:.0f} MiB PSS ({run.peak_mib:.0f} MiB RSS summed, "
          f"{run.peak_process_mib:.0f} MiB RSS of the largest process)  [{load()}]")
    if full is not None:
        for stage, seconds in run.stages.items():
            print(f"      {stage:28} {seconds:7.1f} s")
        print(f"      {'/ full build':28} {100 * run.wall / full.wall:7.1f} %")


def bench(count: int, check: bool, folder: Path) -> None:
    data, out, cache = folder / f"corpus-{count}", folder / f"dist-{count}", folder / f"cache-{count}"
    make_corpus(count, data / "fiches")
    print(f"{count} fiches ({load()})")
    full = build(data, out, "--cache-dir", str(cache))
    show("full build (empty cache)", full)
    print(f"  edit: {edit_one_fiche(data)}")
    show("rebuild after the edit", build(data, out, "--cache-dir", str(cache)), full)
    former = folder / f"former-{count}"
    if check:  # the release the second rebuild replaces
        shutil.copytree(out, former)
    print(f"  second edit: {edit_one_fiche(data, 5)}")
    show("rebuild after the second edit", build(data, out, "--cache-dir", str(cache)), full)
    if check:
        fresh = folder / f"fresh-{count}"
        build(data, fresh, "--no-cache", "--previous", str(former))
        print(f"  same bytes as a build without the cache: {same_files(out, fresh)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--check", action="store_true", help="compare with a build without cache")
    parser.add_argument("--dir", type=Path, help="where to write (default: benchmarks/out/)")
    args = parser.parse_args()
    print(bytecode())
    with work_folder(args.dir) as folder:
        print(file_creation(folder))
        for count in args.sizes:
            bench(count, args.check, folder)


if __name__ == "__main__":
    main()
