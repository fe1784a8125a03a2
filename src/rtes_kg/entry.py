"""The ``rtes-kg`` program: the click commands of ``cli.py``; after a build, out of the process
without tearing it down.

Tearing down the interpreter frees every object one by one: after a build, the graph of every
fiche (1.4 s of a one-fiche rebuild at 1,000 fiches, about a tenth of it). A command whose files
are all closed and in place ends with ``FinishedWithoutTeardown``; the program then flushes its
output and leaves through ``os._exit`` (as mypy does). ``cli.main`` called in-process (click's
test runner) sees a plain ``SystemExit``.
"""

from __future__ import annotations

import os
import sys

from rtes_kg.cli import main
from rtes_kg.errors import FinishedWithoutTeardown


def run() -> None:
    try:
        main()
    except FinishedWithoutTeardown as done:
        code = done.code if isinstance(done.code, int) else 0
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe (`rtes-kg build | head`)
                code = code or 1
        os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
