"""Every example query answers within a second on a release of 1,000 fiches, on the embedded store
(issue 14). The corpus is the benchmarks' (benchmarks/corpus.py): 1,000 fiches varied from the
shipped ones. A query's time is the median of three runs, so that a busy machine does not fail it."""

from __future__ import annotations

import importlib.util
import statistics
import time
from pathlib import Path

import pytest

from rtes_kg.build import build
from rtes_kg.inputs import read_text
from rtes_kg.sparql.examples import examples, run_oxigraph
from rtes_kg.sparql.store import load_store

FICHES = 1000
LIMIT = 1.0  # seconds
CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"


def make_corpus(count: int, folder: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("benchmark_corpus", CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_corpus(count, folder)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    release = build([read_text(path) for path in make_corpus(FICHES, folder / "fiches")])
    assert len(release.published) == FICHES
    dump = folder / "rtes.nq"
    with open(dump, "w", encoding="utf-8") as stream:
        for name, lines in release.line_graphs():
            stream.writelines(f"{line} <{name}> .\n" for line in lines)
    return load_store(dump)


@pytest.mark.scale
@pytest.mark.parametrize("query", examples(), ids=lambda query: query.name)
def test_the_example_answers_within_a_second_at_1000_fiches(store, query):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run_oxigraph(store, query.text)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < LIMIT, f"{query.name}: {sorted(times)} s"
