"""The security headers of every answer: a Content-Security-Policy on every HTML page, nosniff on all.

The pages show strangers' data (fiche texts, IRIs, query results) and the query page can be
shared as a link: if an escape were ever missed, the policy still runs no script but the site's
own files. No page has inline script (the query page works with plain forms); the inline
``<style>`` elements of the pages of ``serve`` are allowed by their SHA-256 hashes.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import re

from rtes_kg.serve.http import Response

POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'{styles}; img-src 'self' data:; "
          "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
_STYLE = re.compile(rb"<style>(.*?)</style>", re.DOTALL)
_HEAD_END = b"</head>"


def secured(response: Response) -> Response:
    """The response with its security headers added."""
    headers = response.headers + (("X-Content-Type-Options", "nosniff"),)
    media = next((value for name, value in response.headers if name.lower() == "content-type"), "")
    if media.startswith("text/html"):
        headers += (("Content-Security-Policy", policy(response.body)),
                    ("Referrer-Policy", "same-origin"))
    return dataclasses.replace(response, headers=headers)


def policy(page: bytes) -> str:
    """The policy of one page: its inline styles (in the <head>) allowed by hash, nothing else inline."""
    head = page[: page.find(_HEAD_END)] if _HEAD_END in page else b""
    hashes = "".join(f" '{_hash(style)}'" for style in _STYLE.findall(head))
    return POLICY.format(styles=hashes)


@functools.lru_cache(maxsize=64)  # a handful of templates, each with the same styles on every page
def _hash(style: bytes) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(style).digest()).decode("ascii")
