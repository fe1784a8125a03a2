"""Helpers shared by the release tests: one build of the seed fiches, and a static server of it."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from pathlib import Path

from click.testing import CliRunner

from conftest import SEED_DOCUMENT
from rtes_kg.cli import main

EPOCH = "1757980800"  # 2025-09-16T00:00:00Z


def build_release(folder: Path, *extra: str, env: dict[str, str] | None = None,
                  data: Path | None = None) -> Path:
    """Build the seed fiches (or ``data``) into ``folder/dist``, with SOURCE_DATE_EPOCH set."""
    if data is None:
        data = folder / "data"
        (data / "fiches").mkdir(parents=True, exist_ok=True)
        shutil.copy(SEED_DOCUMENT, data / "fiches" / SEED_DOCUMENT.name)
    out = folder / "dist"
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(out), *extra],
                                env={"SOURCE_DATE_EPOCH": EPOCH, **(env or {})},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the name is http.server's
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """A plain static server of ``folder`` on 127.0.0.1 (a free port), in a thread."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
