"""A process forked by this one says, once, that something is ready; this one runs a function then,
in a thread, while it goes on with its own work.

The build writes the release's files in a forked process while it makes the site's index here
(build.py). The example queries need the N-Quads dump, which that process writes first: they start
as soon as it says so, rather than once it has written every file (at a one-fiche edit, the
examples held up the site by 0.7 s).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")

_READY, _NEVER = b"1", b"0"


class NeverReady(Exception):
    """The forked process ended without saying it was ready (it failed: its error is the one to tell)."""


class Handover:
    """A pipe made before the fork: the forked process calls ``give`` once ready; ``then``
    runs a function here when it does. ``close`` (once the forked process has ended) tells a
    function still waiting that it never will: its answer is then ``NeverReady``."""

    def __init__(self) -> None:
        self._read, self._write = os.pipe()
        self._closed = self._waited = False

    def give(self) -> None:
        """Said in the forked process: ready."""
        os.write(self._write, _READY)

    def then(self, function: Callable[[], T]) -> Future[T]:
        """``function()`` run in a thread of this process once the forked process has said it is
        ready; ``NeverReady`` raised by the answer when it ended without saying so."""
        assert not self._waited, "one function per handover"
        self._waited = True
        answer: Future[T] = Future()

        def wait_and_run() -> None:
            try:
                given = os.read(self._read, 1) == _READY
            finally:
                os.close(self._read)  # here only: closed by another thread, it might be read after
            try:
                if not given:
                    raise NeverReady()
                answer.set_result(function())
            except BaseException as error:  # noqa: BLE001 - raised where the answer is asked for
                answer.set_exception(error)

        threading.Thread(target=wait_and_run, daemon=True).start()
        return answer

    def close(self) -> None:
        """Here, once the forked process has ended: a wait still pending ends without a word."""
        if not self._closed:
            self._closed = True
            try:
                os.write(self._write, _NEVER)  # after a _READY already read, never read: harmless
            except BrokenPipeError:  # the read end is closed already: it was read
                pass
            os.close(self._write)
            if not self._waited:
                os.close(self._read)
