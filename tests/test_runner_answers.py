"""The query runner keeps its answers: the dump of a pool does not change, so the same job is
answered once, however often and however many at a time it is asked."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from rtes_kg.sparql.answers import BadQuery, Job
from rtes_kg.sparql.runner import Pool

LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
DUMP = "".join(f'<https://w3id.org/rtes/org/{x}> {LABEL} "{x}"@fr <https://w3id.org/rtes/graph/{x}> .\n'
               for x in "ab")
QUERY = "SELECT ?s ?nom WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?nom } ORDER BY ?s"


@pytest.fixture()
def pool(tmp_path: Path):
    dump = tmp_path / "rtes.nq"
    dump.write_text(DUMP, encoding="utf-8")
    pool = Pool(dump, workers=1, timeout=30)
    asked: list[Job] = []
    original = pool._ask

    def counting(job: Job):
        asked.append(job)
        return original(job)

    pool._ask = counting  # type: ignore[method-assign]
    yield pool, asked
    pool.close()


def test_the_same_job_is_answered_once(pool):
    runner, asked = pool
    job = Job(QUERY, "json", None, max_rows=None)
    first, second = runner.run(job), runner.run(job)
    assert first == second and first.count == 2
    assert len(asked) == 1
    runner.run(Job(QUERY, "csv", None, max_rows=None))
    assert len(asked) == 2  # another format is another job


def test_a_wrong_query_is_told_wrong_once(pool):
    runner, asked = pool
    for _ in range(2):
        with pytest.raises(BadQuery):
            runner.run(Job("SELECT WHERE {", "json", None, max_rows=None))
    assert len(asked) == 1


def test_a_job_asked_while_it_runs_waits_for_its_answer(pool):
    runner, asked = pool
    job = Job(QUERY, "json", None, max_rows=None)
    answers = []
    threads = [threading.Thread(target=lambda: answers.append(runner.run(job))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 4 and len(set(answers)) == 1
    assert len(asked) == 1


def test_rows_past_max_rows_are_counted_only_when_asked():
    import pyoxigraph as ox

    from rtes_kg.sparql.answers import answer, solutions

    store = ox.Store()
    store.bulk_load(("".join(f'<https://w3id.org/rtes/org/{n}> {LABEL} "{n}"@fr .\n' for n in range(7))).encode(),
                    format=ox.RdfFormat.N_TRIPLES)
    counted = answer(store, Job(QUERY, "json", None, max_rows=2, count_past=True))
    assert len(solutions(counted)[1]) == 2 and counted.count == 7 and counted.truncated
    assert answer(store, Job(QUERY, "json", None, max_rows=2)).count == 2
    cut_by_bytes = answer(store, Job(QUERY, "json", None, max_rows=5, count_past=True, max_bytes=100))
    assert cut_by_bytes.cut_by.startswith("max-bytes") and cut_by_bytes.count == len(solutions(cut_by_bytes)[1])
