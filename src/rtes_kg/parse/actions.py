"""The example-actions section split into actions, whatever the layout (bullets, paragraphs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rtes_kg.parse.lines import Line
from rtes_kg.parse.records import Action, Source

# Lines under this many words are status lines or sub-headings of the action above them
# ("Projet en cours de déploiement", "1 / ENVIRONNEMENT"), not actions of their own.
SHORT_WORDS = 6
_INTRO_CUES = re.compile(r"^(?:parmi|par exemple|exemples?|voici|quelques|notamment|ci-dessous|"
                         r"on peut citer|en voici)\b")
_INLINE_URL = re.compile(r"(?:https?://|www\.)[^\s<>()«»\"]+[^\s<>()«»\".,;:!?]")


@dataclass
class _Item:
    line: int
    parts: list[str]
    urls: list[str] = field(default_factory=list)
    # Why the following lines attach to this item: it ended with ":" ("colon"), or a short
    # status/sub-heading line was just attached ("short"); None when the next line is a new item.
    open: str | None = None

    def action(self, file: str) -> Action:
        text = "\n".join(self.parts)
        urls = list(dict.fromkeys(self.urls + _INLINE_URL.findall(text)))
        return Action(text, tuple(urls), Source(file, self.line))


def _words(text: str) -> int:
    return len(text.split())


def _uses_bullets(content: list[Line]) -> bool:
    """Bullets are the items when the section opens with one, or with an introduction then a list.

    A first line ending with ":" before bullets is an introduction when it reads like one
    ("Parmi les actions menées…") or when only bullets follow; otherwise ("La ville soutient… :"
    then bullets then other paragraphs) it is the first action and the bullets are its sub-items.
    """
    if content[0].bullet:
        return True
    if len(content) < 2 or not content[1].bullet:
        return False
    return bool(_INTRO_CUES.match(content[0].key)) or (
        content[0].text.endswith(":") and all(line.bullet for line in content[1:]))


def _split_bulleted(lines: list[Line]) -> list[_Item]:
    bullets = [line for line in lines if line.bullet]
    indents = {line.indent for line in bullets}
    first_symbol = bullets[0].bullet
    nested_by_indent = len(indents) > 1
    nested_by_symbol = not nested_by_indent and len({line.bullet for line in bullets}) > 1
    flat = not (nested_by_indent or nested_by_symbol)

    def top_level(line: Line) -> bool:
        if nested_by_indent:
            return line.indent == min(indents)
        return line.bullet == first_symbol

    items: list[_Item] = []
    for line in lines:
        text = line.unbulleted
        if line.is_url:
            if items:
                items[-1].urls.append(line.text.strip("<>"))
        elif line.bullet:
            # In a flat list an item ending with ":" announces the bullets that follow it, until
            # the next item that itself ends with ":".
            grouped = flat and items and items[-1].open == "colon" and not text.endswith(":")
            if top_level(line) and not grouped or not items:
                items.append(_Item(line.no, [text], open="colon" if text.endswith(":") else None))
            else:
                items[-1].parts.append(f"• {text}")
        elif items:
            items[-1].parts.append(line.text)  # a paragraph continuing the item above
        # a line before the first bullet is the section's introduction, not an action
    return items


def _split_paragraphs(lines: list[Line], content: list[Line]) -> list[_Item]:
    all_short = all(_words(line.unbulleted) < SHORT_WORDS for line in content)
    # "Parmi nos actions :" then paragraphs is an introduction; followed by bullets it is an action.
    intro = content[0] if (len(content) > 1 and content[0].text.endswith(":")
                           and not content[1].bullet) else None
    items: list[_Item] = []
    pending_urls: list[str] = []
    for line in lines:
        text = line.unbulleted
        if line.is_url:
            (items[-1].urls if items else pending_urls).append(line.text.strip("<>"))
            continue
        if line is intro:
            continue
        current = items[-1] if items else None
        if current and line.bullet and current.open:
            current.parts.append(f"• {text}")
        elif current and not line.bullet and _words(text) < SHORT_WORDS and not all_short:
            current.parts.append(text)
            current.open = "short"
        elif current and text.endswith(":") and current.open == "short":
            current.parts.append(text)  # "…avec pour missions principales :" after a status line
            current.open = "colon"
        else:
            items.append(_Item(line.no, [text], pending_urls, "colon" if text.endswith(":") else None))
            pending_urls = []
    return items


def split_actions(lines: list[Line], file: str) -> tuple[Action, ...]:
    """Each example action with its sub-items joined by newlines and the links written under it.

    The split reads bullets, trailing colons and line lengths, never blank lines; indentation
    only decides nesting when the section's bullets are indented at different depths.
    """
    content = [line for line in lines if not line.is_url]
    if not content:
        return tuple(Action(line.text, (line.text.strip("<>"),), Source(file, line.no)) for line in lines)
    if _uses_bullets(content):
        items = _split_bulleted(lines)
    else:
        items = _split_paragraphs(lines, content)
    return tuple(item.action(file) for item in items)
