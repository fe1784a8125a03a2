"""The naive pipeline the build is compared with: the same libraries, used the obvious way.

    python benchmarks/naive.py CORPUS_FOLDER        # prints its stages and its total

Parse and map every fiche (rtes_kg's own parser and mapping, one process), copy every fiche into
one rdflib graph with the reference, one ``pyshacl.validate`` call on it with all the shapes, and
the union written as Turtle by rdflib. No site, no other dump.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyshacl
from rdflib import Graph

from rtes_kg.build import map_all, parse_files
from rtes_kg.check.validate import load_shapes
from rtes_kg.inputs import read_text
from rtes_kg.model.mapping import reference_graph


def naive(folder: Path, out: Path | None = None, say=print) -> float:
    """Run the naive pipeline on the fiches of ``folder``; its wall time in seconds."""
    start = time.perf_counter()
    files = [read_text(path, str(path)) for path in sorted(folder.glob("*.txt"))]
    fiches = parse_files(files)
    parsed = time.perf_counter()
    mapped, _ = map_all(fiches)
    done = time.perf_counter()
    union = Graph()
    for item in mapped:
        union += item.graph
    union += reference_graph()
    shapes = load_shapes()
    copied = time.perf_counter()
    conforms, _, _ = pyshacl.validate(union, shacl_graph=shapes, inference="none",
                                      allow_warnings=True, allow_infos=True)
    validated = time.perf_counter()
    data = union.serialize(format="turtle", encoding="utf-8")
    if out is not None:
        out.write_bytes(data)
    end = time.perf_counter()
    say(f"  naive: parse {parsed - start:.1f} s, map {done - parsed:.1f} s, union {copied - done:.1f} s, "
        f"pyshacl {validated - copied:.1f} s, rdflib Turtle {end - validated:.1f} s "
        f"({len(union)} triples, {len(data) // 1_000_000} MB)")
    return end - start


if __name__ == "__main__":
    print(f"naive pipeline: {naive(Path(sys.argv[1])):.1f} s")
