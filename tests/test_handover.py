"""check/handover.py: a forked process says once that something is ready; a function runs here then."""

import os
import time

import pytest

from rtes_kg.check.handover import Handover, NeverReady
from rtes_kg.check.pool import alongside


def test_the_function_runs_here_as_soon_as_the_forked_process_says_it_is_ready(tmp_path):
    ready = Handover()
    answer = ready.then(lambda: (os.getpid(), (tmp_path / "dump").read_text(), time.monotonic()))

    def there() -> float:
        (tmp_path / "dump").write_text("written")
        ready.give()
        time.sleep(1)  # the rest of its work: the answer comes meanwhile
        return time.monotonic()

    try:
        ended, _ = alongside(there, lambda: None)
    finally:
        ready.close()
    pid, read, at = answer.result(timeout=10)
    assert (pid, read) == (os.getpid(), "written")
    assert at < ended  # while the forked process went on


def test_a_forked_process_that_ends_without_a_word_never_runs_the_function():
    ready = Handover()
    ran = []
    answer = ready.then(lambda: ran.append(1))
    alongside(lambda: None, lambda: None)
    ready.close()
    assert isinstance(answer.exception(timeout=10), NeverReady)
    assert ran == []


def test_a_failed_forked_process_gives_its_error_here():
    ready = Handover()
    answer = ready.then(lambda: "ran")

    def there() -> None:
        raise ValueError("dump failed")

    with pytest.raises(ValueError, match="dump failed"):
        try:
            alongside(there, lambda: None)
        finally:
            ready.close()
    assert isinstance(answer.exception(timeout=10), NeverReady)


def test_the_function_s_error_is_raised_where_its_answer_is_asked_for():
    ready = Handover()

    def failing() -> None:
        raise RuntimeError("queries failed")

    answer = ready.then(failing)
    alongside(ready.give, lambda: None)
    ready.close()
    with pytest.raises(RuntimeError, match="queries failed"):
        answer.result(timeout=10)


def test_closing_a_handover_nobody_waited_on_frees_its_pipe():
    before = len(os.listdir("/proc/self/fd"))
    Handover().close()
    assert len(os.listdir("/proc/self/fd")) == before
