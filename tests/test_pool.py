"""The worker processes of check/pool.py: results in order, workers that give way to new ones,
and errors raised here, never a pool left waiting."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time

import pytest

from rtes_kg.check import pool
from rtes_kg.errors import RtesError


def _pids_and_doubles(chunk):
    return [(os.getpid(), item * 2) for item in chunk]


def test_results_keep_their_order_and_workers_give_way_after_their_share():
    found = pool.chunked_map(_pids_and_doubles, range(20), 2, workers=2, chunks_per_worker=2)
    assert [double for _, double in found] == [item * 2 for item in range(20)]
    pids = [pid for pid, _ in found]
    assert os.getpid() not in pids
    # 10 chunks, at most 2 a worker: at least 5 workers, none of which did more than 4 items
    assert len(set(pids)) >= 5
    assert max(pids.count(pid) for pid in set(pids)) <= 4
    assert multiprocessing.active_children() == []


def test_without_a_share_two_workers_do_every_chunk():
    pids = {pid for pid, _ in pool.chunked_map(_pids_and_doubles, range(20), 2, workers=2)}
    assert len(pids) == 2


def test_the_aside_runs_in_a_worker_meanwhile_and_comes_first():
    found, doubles = pool.map_beside(os.getpid, lambda chunk: [item * 2 for item in chunk], range(7), 3,
                                     workers=2, chunks_per_worker=1)
    assert found != os.getpid()
    assert doubles == [0, 2, 4, 6, 8, 10, 12]


def test_alongside_runs_there_in_a_forked_process_while_here_runs_here():
    here_pid = os.getpid()
    there, here = pool.alongside(lambda: (os.getpid(), [1, 2]), lambda: (os.getpid(), "ici"))
    assert there[0] != here_pid and there[1] == [1, 2]
    assert here == (here_pid, "ici")
    assert multiprocessing.active_children() == []


def _slow_failure():
    time.sleep(0.3)
    raise ValueError("écriture impossible")


def test_alongside_raises_an_error_of_either_side_and_leaves_no_process():
    with pytest.raises(ValueError, match="écriture impossible") as raised:
        pool.alongside(_slow_failure, lambda: "ici")
    assert isinstance(raised.value.__cause__, pool.RemoteTraceback)
    assert multiprocessing.active_children() == []

    def fails_here():
        raise KeyError("index")

    started = time.monotonic()
    with pytest.raises(KeyError):
        pool.alongside(lambda: time.sleep(30), fails_here)
    assert time.monotonic() - started < 10  # the forked process is stopped, not waited for
    assert multiprocessing.active_children() == []


def _fails_on_three(chunk):
    if 3 in chunk:
        raise ValueError("la fiche 3 est illisible")
    return list(chunk)


def test_an_error_in_a_worker_is_raised_here_with_its_traceback_there():
    with pytest.raises(ValueError, match="la fiche 3 est illisible") as raised:
        pool.chunked_map(_fails_on_three, range(8), 1, workers=2, chunks_per_worker=3)
    assert isinstance(raised.value.__cause__, pool.RemoteTraceback)
    assert "_fails_on_three" in str(raised.value.__cause__)
    assert multiprocessing.active_children() == []  # the other worker is ended, not left waiting


class _Odd(Exception):
    def __init__(self, code, text):  # not given back by pickle as it was given
        super().__init__(f"{code}: {text}")


def _raises_odd(chunk):
    raise _Odd(7, "curieux")


def test_an_error_that_cannot_travel_comes_back_as_its_text():
    with pytest.raises(RuntimeError, match="_Odd: 7: curieux"):
        pool.chunked_map(_raises_odd, range(4), 1, workers=2)


def _dies_on_two(chunk):
    if 2 in chunk:
        os._exit(9)
    return list(chunk)


def test_a_worker_that_dies_is_reported_not_waited_for():
    with pytest.raises(pool.WorkerLost, match="code de sortie 9") as lost:
        pool.chunked_map(_dies_on_two, range(6), 1, workers=2)
    assert multiprocessing.active_children() == []
    # The command line shows it as its one-line error, exit 2 (cli.RtesGroup), with what to do.
    assert isinstance(lost.value, RtesError) and lost.value.exit_code == 2
    assert "\n" not in str(lost.value) and "mémoire insuffisante" in str(lost.value)


SLOW_BUILD = """
import pathlib, signal, sys, time
from rtes_kg.check import pool
from rtes_kg.errors import RtesError

# As from a terminal: a test runner started in the background of a shell inherits SIGINT ignored
signal.signal(signal.SIGINT, signal.default_int_handler)

def slow(chunk):
    pathlib.Path(sys.argv[1], str(chunk[0])).touch()  # started
    time.sleep(60)
    return list(chunk)

pool.chunked_map(slow, range(8), 1, workers=2, chunks_per_worker=2)
"""


def test_ctrl_c_stops_the_workers_at_once_and_only_the_build_speaks(tmp_path):
    script = tmp_path / "slow.py"
    script.write_text(SLOW_BUILD, encoding="utf-8")
    build = subprocess.Popen([sys.executable, str(script), str(tmp_path)], stderr=subprocess.PIPE,
                             start_new_session=True)
    deadline = time.monotonic() + 30
    while len(list(tmp_path.glob("[0-9]"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(build.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    _, errors = build.communicate(timeout=20)  # not the 60 s of a worker's task
    assert build.returncode != 0
    assert b"KeyboardInterrupt" in errors
    assert b"ForkProcess" not in errors  # no worker's traceback


def _resident_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


@pytest.mark.skipif(pool._malloc_trim() is None or not os.path.exists("/proc/self/status"),
                    reason="glibc's malloc_trim and /proc only")
def test_memory_freed_before_a_fork_goes_back_to_the_system():
    # 4 KiB objects (above the small-object allocator: malloc's), every eighth kept, so that the
    # free memory is in holes that malloc does not give back by itself
    blocks = [bytes(4096) for _ in range(25_000)]
    kept = blocks[::8]
    del blocks
    before = _resident_kib()
    pool._give_back_free_memory()
    assert before - _resident_kib() > 20_000  # of the ~85 MiB freed
    assert len(kept) == 3125


def test_what_a_forked_process_says_is_heard_here_in_order():
    heard = []
    with pool.relayed(heard.append) as say:
        pool.alongside(lambda: [say(f"ligne {n}") for n in range(3)], lambda: say("ici"))
    assert [line for line in heard if line != "ici"] == ["ligne 0", "ligne 1", "ligne 2"] and "ici" in heard


def _made_in(folder):
    def make(item):
        (folder / str(item)).touch()
        return os.getpid(), item * 2
    return make


def test_streamed_yields_in_order_while_the_workers_make_the_next_ones(tmp_path):
    made = pool.streamed(_made_in(tmp_path), range(12), workers=2, per_worker=3, ahead=2)
    pid, first = next(made)
    assert first == 0 and pid != os.getpid()
    # the caller holds the first result: the workers go on with the items they were given ahead
    deadline = time.monotonic() + 20
    while not (tmp_path / "3").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert (tmp_path / "3").exists()
    rest = list(made)
    assert [double for _, double in rest] == [item * 2 for item in range(1, 12)]
    pids = [pid, *(p for p, _ in rest)]
    assert len(set(pids)) >= 4 and max(pids.count(p) for p in set(pids)) <= 3  # 3 items a worker
    assert multiprocessing.active_children() == []


def test_streamed_closed_early_stops_its_workers(tmp_path):
    made = pool.streamed(_made_in(tmp_path), range(50), workers=2)
    assert next(made)[1] == 0
    made.close()
    assert multiprocessing.active_children() == []


def test_streamed_raises_a_workers_error_here_and_leaves_no_process():
    with pytest.raises(ValueError, match="la fiche 3 est illisible") as raised:
        list(pool.streamed(lambda item: _fails_on_three([item])[0], range(8), workers=2))
    assert isinstance(raised.value.__cause__, pool.RemoteTraceback)
    assert multiprocessing.active_children() == []


def test_streamed_without_workers_makes_each_item_here_in_turn():
    assert list(pool.streamed(lambda item: (os.getpid(), item), range(3), workers=1)) == [
        (os.getpid(), 0), (os.getpid(), 1), (os.getpid(), 2)]
