"""Escapes text for where it goes: terminals, logs and reports (control characters), HTML (JSON).

Anything that comes from outside (a file name, a fiche's text, a remote server's answer) may hold
a newline that forges a second `rtes-kg: erreur : …` line, an escape sequence that clears the
screen or retitles the window, or a bidirectional override that shows text in another order.
``printable`` makes each of them visible instead of acting on them.
"""

from __future__ import annotations

import json
import re

import markupsafe

# The bidirectional embeddings, overrides and isolates: they show the text after them in another order.
_BIDI = "\u202a-\u202e\u2066-\u2069"
REORDERING = re.compile(f"[{_BIDI}]")
# C0 controls but the tab, DEL, C1 controls (some terminals act on them: U+009B is a CSI), the
# line and paragraph separators, and the bidi characters.
_CONTROL = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
# The same but the line feed, which a multi-line text (a Turtle long string) keeps.
_CONTROL_BUT_LF = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\x1b": "\\e"}
EXCERPT = 200  # characters of a remote body or an echoed value shown in one message


def _visible(match: re.Match) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape, so that it prints as one line.

    >>> printable("fiche.txt\\n\\x1b[2Jrtes-kg: erreur : faux")
    'fiche.txt\\\\n\\\\e[2Jrtes-kg: erreur : faux'
    """
    return _CONTROL.sub(_visible, text)


def as_code(char: str) -> str:
    """One character as the escape ``\\uXXXX`` (the same character to a Turtle or JSON parser)."""
    return f"\\u{ord(char):04X}"


def without_reordering(value: object) -> object:
    """A bidi override in a fiche's name would show the rest of a page or a report in another order
    ("U+202E"): in a text, shown as its code instead (Jinja's ``finalize``: every rendered value)."""
    if isinstance(value, str) and not value.isascii() and REORDERING.search(value):  # isascii: a flag, no scan
        shown = REORDERING.sub(lambda match: as_code(match.group()).lower(), value)
        return markupsafe.Markup(shown) if isinstance(value, markupsafe.Markup) else shown
    return value


def html_text(text: str) -> markupsafe.Markup:
    """A text as a page's template shows a value: bidi overrides as their code, then escaped."""
    return markupsafe.escape(without_reordering(text))


def uchar_escaped(text: str) -> str:
    """``text`` with its control and bidi characters, but the line feed, written ``\\uXXXX``."""
    return _CONTROL_BUT_LF.sub(lambda match: as_code(match.group()), text)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """The start of a text one cannot trust to be short: one printable line, cut with "…"."""
    line = printable(" ".join(text.split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"


_HTML_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_html(data: object, indent: int | None = 1) -> str:
    """JSON to embed in an HTML ``<script>`` element: ``<``, ``>``, ``&``, U+2028 and U+2029
    escaped, so that no value can close the element, open a comment or end a JavaScript line.

    >>> json_for_html({"name": "<!--<script>"}, indent=None)
    '{"name": "\\\\u003c!--\\\\u003cscript\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return re.sub("[<>&\u2028\u2029]", lambda match: _HTML_UNSAFE[match.group()], text)
