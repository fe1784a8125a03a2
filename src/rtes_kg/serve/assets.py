"""The files of the package that `serve`'s own pages load, at /static/: the site's stylesheet, the
pages' scripts and the vendored SPARQL editor (rtes_kg/static/). Files, never inline code, so that
the pages work under a Content-Security-Policy without 'unsafe-inline'."""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import PurePosixPath

from rtes_kg.serve.http import Response, strong_etag
from rtes_kg.vocab import PREFIXES

PREFIX = "/static/"
TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".json": "application/json; charset=utf-8", ".txt": "text/plain; charset=utf-8",
         ".svg": "image/svg+xml", ".woff2": "font/woff2", ".map": "application/json; charset=utf-8"}
STYLESHEET = "style.css"  # the one stylesheet of the site, serve and the report: templates/style.css


@functools.lru_cache(maxsize=64)
def _read(name: str) -> bytes | None:
    """The bytes of a packaged asset, or None; names are checked before they reach here."""
    if name == "prefixes.json":  # the editor's prefix completion: the project's one prefix table
        return json.dumps(PREFIXES, indent=1, sort_keys=True).encode("utf-8")
    root = resources.files("rtes_kg")
    found = root / "templates" / STYLESHEET if name == STYLESHEET else root / "static" / name
    try:
        return found.read_bytes() if found.is_file() else None
    except OSError:
        return None


def asset(path: str) -> Response | None:
    """The answer for ``/static/{name}``, or None when there is no such asset."""
    name = path[len(PREFIX):]
    parts = PurePosixPath(name).parts
    if not parts or any(part.startswith(".") or "\\" in part or "\x00" in part for part in parts):
        return None
    suffix = PurePosixPath(name).suffix
    if suffix not in TYPES:
        return None
    body = _read("/".join(parts))
    if body is None:
        return None
    # A vendored file's name carries its version: it can be cached for long; the others for an hour.
    age = 31536000 if name.startswith("vendor/") else 3600
    return Response(200, body, (("Content-Type", TYPES[suffix]), ("Cache-Control", f"public, max-age={age}"),
                                ("Access-Control-Allow-Origin", "*")), strong_etag(body))
