"""A multipart/form-data body (RFC 7578) read in one pass, in time linear in its size.

The standard library's ``email`` parser, which read it before, gives a Content-Disposition of
thousands of ``filename*N*=`` continuations (RFC 2231) super-linear time (28 s for 497 kB, in the
server's own process) and a ``filename=`` of nested comments a RecursionError. A form of the
validation page has two or three parts, each with one or two header lines: this reads those and
refuses the rest.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

MAX_PARTS = 16
MAX_HEADERS = 4 * 1024  # bytes of one part's header lines
# RFC 2046: 1 to 70 characters of a restricted set.
_BOUNDARY = re.compile(r"""boundary=(?:"([0-9A-Za-z'()+_,./:=? -]{1,70})"|([0-9A-Za-z'()+_,./:=?-]{1,70}))""",
                       re.IGNORECASE)
# A parameter of Content-Disposition: name="value" or name=token; quoted values may escape a quote.
_PARAM = re.compile(r';\s*([A-Za-z*0-9_-]{1,40})\s*=\s*(?:"((?:[^"\\\r\n]|\\.){0,1024})"|([^;\s"]{0,1024}))')


class MultipartError(ValueError):
    """A body that is not a form of this page; its message says why, in French."""


def boundary_of(content_type: str) -> bytes:
    match = _BOUNDARY.search(content_type)
    if match is None:
        raise MultipartError("formulaire multipart sans « boundary » valide")
    return (match.group(1) or match.group(2)).encode("ascii")


def parse_form(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """The text fields and the files ({field: (file name, bytes)}) of the body."""
    delimiter = b"--" + boundary_of(content_type)
    start = body.find(delimiter)
    if start < 0:
        raise MultipartError("formulaire multipart illisible : aucune partie")
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    position, parts = start + len(delimiter), 0
    while not body.startswith(b"--", position):  # "--boundary--" closes the body
        if not body.startswith(b"\r\n", position):
            raise MultipartError("formulaire multipart illisible : délimiteur mal formé")
        end = body.find(b"\r\n" + delimiter, position)
        if end < 0:
            raise MultipartError("formulaire multipart illisible : dernière partie sans fin")
        parts += 1
        if parts > MAX_PARTS:
            raise MultipartError(f"formulaire multipart refusé : plus de {MAX_PARTS} parties")
        _read_part(body[position + 2:end], fields, files)
        position = end + 2 + len(delimiter)
    return fields, files


def _read_part(part: bytes, fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> None:
    split = part.find(b"\r\n\r\n")
    if split < 0 or split > MAX_HEADERS:
        raise MultipartError("formulaire multipart illisible : en-têtes d’une partie trop longs ou sans fin")
    head, data = part[:split].decode("utf-8", errors="replace"), part[split + 4:]
    disposition = next((line.split(":", 1)[1] for line in head.split("\r\n")
                        if line.lower().startswith("content-disposition:")), None)
    if disposition is None:
        return
    params = _params(disposition)
    name = params.get("name")
    if name is None:
        return
    filename = params.get("filename*") or params.get("filename")
    if filename is not None:
        files[name] = (filename, data)
    else:
        fields[name] = data.decode("utf-8", errors="replace").replace("\r\n", "\n")


def _params(disposition: str) -> dict[str, str]:
    """name, filename and filename* (RFC 5987: charset''percent-encoded) of a Content-Disposition."""
    params: dict[str, str] = {}
    for key, quoted, token in _PARAM.findall(disposition):
        key = key.lower()
        value = re.sub(r"\\(.)", r"\1", quoted) if quoted else token
        if key == "filename*":
            charset, _, encoded = value.partition("''")
            value = unquote(encoded, encoding="utf-8" if charset.lower() in ("utf-8", "") else "latin-1",
                            errors="replace")
        params.setdefault(key, value)
    return params
