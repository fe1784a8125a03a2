"""Helpers shared by the release tests: one build of the seed fiches, and a static server of it."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from conftest import SEED_DOCUMENT
from rtes_kg import formats
from rtes_kg.cli import main
from rtes_kg.publish.dumps import dump_order, write_sorted_quads
from rtes_kg.vocab import PREFIXES

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


def one_pass(nquads: Path, syntax: formats.RdfSyntax) -> bytes:
    """The dump in ``syntax`` of the statements of an N-Quads dump, as pyoxigraph writes it in one
    pass (JSON-LD compacted by ``write_sorted_quads``): what the build's pieces must add up to."""
    quads = sorted(set(ox.parse(nquads.read_bytes(), format=ox.RdfFormat.N_QUADS)),
                   key=lambda quad: (quad.graph_name.value, *dump_order(quad)))
    if syntax is formats.JSONLD:
        return write_sorted_quads(quads, "jsonld")
    statements = quads if syntax.named_graphs else sorted(
        {ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads}, key=dump_order)
    return ox.serialize(statements, format=syntax.oxigraph, prefixes=PREFIXES if syntax.prefixes else None) or b""
