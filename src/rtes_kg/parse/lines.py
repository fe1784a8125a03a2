"""Line-level reading of a fiche document: clean lines, fold them for matching, their bullets and links."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rtes_kg.parse.naming import clean, fold, without_invisible
from rtes_kg.parse.records import Source, Text
from rtes_kg.parse.sections import section_of

# The longest paragraph of a real fiche is ~3,000 characters. Past this a line is cut (and its fiche
# not published): reading free text is near-linear, not linear, in a paragraph's length.
MAX_LINE_CHARS = 10_000

# A heading is a short line: longer lines that contain a keyword are body text.
MAX_HEADING_WORDS = 8

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TAB_WIDTH = 4
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]{1,200})\]\((?:https?:|mailto:|www\.|/|#)[^()\s]{0,500}\)")
# An autolink, a web address or an e-mail in angle brackets: "<mailto:x@y.fr>", "<https://…>".
_AUTOLINK = re.compile(r"<(?:mailto:)?((?:https?://|www\.)[^<>\s]{1,300}|[^<>\s@]{1,100}@[^<>\s@]{1,100})>")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_ITALIC_LINE = re.compile(r"^([*_])(?=[^\s*_])([^*_]{1,300})(?<=[^\s*_])\1$")  # "*Dernière mise à jour : …*"
_MARKDOWN_BOLD = re.compile(r"(?<![*_\w])(?:\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)(?:\*\*|__)(?![*_\w])")

# Top-level markers of a list item. "-" and "*" need a following space so that "-5 %" stays text.
# "o" is Word's second-level bullet; arrows, check marks and diamonds are pasted from web pages.
# Word and PDF exports write Symbol and Wingdings bullets in the private use area ("\uf0b7"); an
# emoji ("👉") opens a line as a bullet does.
BULLET = re.compile(r"^(?:([•◦▪▫●○■□►▸‣⁃➢➤✓✔·✅☑→➔➜➙▶⇒◆◇♦❖★☆⮚\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0e0➡"
                    r"\U0001F300-\U0001FAFF]\ufe0f?)\s*|([*\-–—o])\s+)")
URL_ONLY = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.IGNORECASE)
# An e-mail address, plain or hidden ("ess [at] ville [dot] fr"), linear on a hostile line (the lookbehind)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[({]at[\])}]\s?)[\w-]+"
                   r"(?:(?:\.|\s?[\[({](?:dot|point)[\])}]\s?)[\w-]+)+")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: its 1-based number, cleaned text, indentation width and folded key."""

    no: int
    text: str
    indent: int
    key: str
    cut: bool = False  # longer than MAX_LINE_CHARS: only its start is read

    @property
    def bullet(self) -> str | None:
        """The bullet symbol that opens the line, or None."""
        match = BULLET.match(self.text)
        return (match.group(1) or match.group(2)) if match else None

    @property
    def unbulleted(self) -> str:
        return BULLET.sub("", self.text, count=1)

    @property
    def is_url(self) -> bool:
        return bool(URL_ONLY.match(self.text))


# A line drawn between two fiches or two parts ("* * *", "***", "==========", "___"): a blank line.
_RULE = re.compile(r"^[*=_~#•·+\-–—\s]{3,}$")
_QUOTED = re.compile(r"[ \t]*>+[ \t]?")  # an e-mail's quotation marks: "> Adresse", ">> 46000 Cahors"


def _tabbed_heading(raw: str) -> str:
    """ "Adresse<tab>12 Grande Rue", "Contact public<tab>Marc Lenoir, maire": a heading, its value
    after a tab as after ":" (a tab becomes a space in a line's text, and the value would be lost)."""
    head, tab, rest = raw.strip().partition("\t")
    value = rest.strip(" \t:")
    if not tab or not value or ":" in head or len(head.split()) > MAX_HEADING_WORDS or section_of(fold(head)) is None:
        return raw
    return f"{raw[: len(raw) - len(raw.lstrip())]}{head} : {value}"


_TABS = re.compile(r"\t+")
_MARKER_CELL = re.compile(r"[•◦▪►→*o–—-]|\d{1,2}[.)]|[a-zA-Z][.)]")  # a bullet or a number, then a tab


def _tabbed_row(raw: str) -> str:
    """ "Élue référente<tab>Halima Menhoudj, adjointe<tab>01 48…": a row of a table copied from a
    sheet, three cells or more, as the row written with " | " (a tab becomes a space in a line's text,
    and the cells ran together: the role, the person and the phone read as one name)."""
    indent = raw[: len(raw) - len(raw.lstrip())]
    # cells split at their tabs, then stripped: "[ ]*\t+[ ]*" tried every space of a long run of them
    # against the rest of the run, quadratic in its length (a line of 10,000 spaces: 0.8 s)
    cells = [cell.strip(" ") for cell in _TABS.split(raw.strip()) if cell.strip()]
    if len(cells) < 3 or _MARKER_CELL.fullmatch(cells[0]) or section_of(fold(cells[0])) is not None:
        return raw
    return indent + " | ".join(cells)


def read_lines(text: str) -> list[Line]:
    """The non-blank lines of a document. Line numbers count CRLF, CR and LF as one break each.
    Markdown's marks of headings, bold, links and a line in italics ("## Adresse", "**Contact public**",
    "[Marie Dubouloz](mailto:…)": the link's text only,
    "*Dernière mise à jour : 19/10/2023*") are not text, nor the "> " of an e-mail that quotes
    the fiche (when most lines open with one)."""
    lines = []
    raws = _LINE_BREAK.split(text)
    quoted = [bool(_QUOTED.match(raw)) for raw in raws if raw.strip()]
    unquote = len(quoted) >= 3 and sum(quoted) * 2 > len(quoted)  # a reply that quotes the fiche
    for number, raw in enumerate(raws, start=1):
        raw = _tabbed_row(_tabbed_heading(_QUOTED.sub("", raw, count=1) if unquote else raw))
        cleaned = _MARKDOWN_BOLD.sub(r"\1", _MARKDOWN_HEADING.sub("", _MARKDOWN_LINK.sub(r"\1", _AUTOLINK.sub(
            r"\1", clean(raw)))))
        cleaned = _MARKDOWN_ITALIC_LINE.sub(r"\2", cleaned)
        if not cleaned or _RULE.match(cleaned):
            continue
        stripped = without_invisible(raw)
        # a tab is a level of its own ("  • item" then "\t◦ sub-item"), not one space
        indent = len(stripped[: len(stripped) - len(stripped.lstrip())].expandtabs(_TAB_WIDTH))
        cut = len(cleaned) > MAX_LINE_CHARS
        if cut:
            cleaned = cleaned[:MAX_LINE_CHARS]
        lines.append(Line(number, cleaned, indent, fold(cleaned), cut))
    return lines


def section_text(lines: list[Line]) -> str:
    """A section as one text: its lines joined with newlines, every bullet written "• ".

    Bullets are unified and indentation dropped so that the text does not depend on how the
    fiche was laid out (tabs, "-" or "•"), only on what it says.
    """
    return "\n".join(f"• {line.unbulleted}" if line.bullet else line.text for line in lines)


def section_value(lines: list[Line], file: str) -> Text | None:
    """A prose section's value: its text, where it starts and the lines it spans."""
    return Text(section_text(lines), Source(file, lines[0].no), tuple(line.no for line in lines)) if lines else None
