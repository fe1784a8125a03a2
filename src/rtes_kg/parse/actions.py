"""The example-actions section split into actions, whatever the layout: bullets (with numbered or
titled groups above them), numbered items, a title line then its description, year-prefixed lines,
or plain paragraphs (what each is called: ``action_labels``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rtes_kg.parse.action_labels import YEAR_PREFIX, is_title
from rtes_kg.parse.details import another_sheet, is_detail, next_sheet_title
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.numbering import NUMBER
from rtes_kg.parse.records import Action, ParseIssue, Source
from rtes_kg.parse.titled_groups import titled_groups

# Lines under this many words are status lines or sub-headings of the action above them
# ("Projet en cours de déploiement", "1 / ENVIRONNEMENT"), not actions of their own.
SHORT_WORDS = 6
_GROUP_WORDS = 5  # "• Économie circulaire et réemploi :" heads a group; "• Création de la SCIC X, avec :" is an action
# The nouns of what the member does, folded: a short line that opens with one is an action of its own
# ("Soutien à l'association Vélo Cité."), not a status line of the one above ("Projet en cours de
# déploiement"); and an item that opens with one names no body (extract/kind_lists.py)
ACTION_NOUNS = frozenset({"soutien", "subvention", "creation", "accompagnement", "aide", "financement", "appui",
                          "partenariat", "convention", "pret", "participation"})
_ACTION_PHRASES = ("mise a disposition", "prise de parts")
_FIRST_WORD = re.compile(r"[^\W_]+")


def opens_with_an_action(text: str) -> bool:
    """Whether ``text`` opens with a noun of what the member does: "Soutien à…", "Mise à disposition…"."""
    folded = fold(text)
    first = _FIRST_WORD.match(folded)
    return first is not None and first.group() in ACTION_NOUNS or folded.startswith(_ACTION_PHRASES)
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
    numbered: bool = False  # opened by a list number or a year ("2. …", "2022 : …")

    line_numbers: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_numbers = [self.line] * len(self.parts)

    def add(self, line: int, part: str) -> None:
        self.parts.append(part)
        self.line_numbers.append(line)

    def action(self, file: str) -> Action:
        # "1. La Ville soutient…": the list's number gives the order, it is no part of the action
        parts = [_without_number(self.parts[0]), *self.parts[1:]] if self.numbered else self.parts
        text = "\n".join(parts)
        urls = list(dict.fromkeys(self.urls + _INLINE_URL.findall(text)))
        return Action(text, tuple(urls), Source(file, self.line), line_numbers=tuple(self.line_numbers))


_INITIAL = re.compile(r"[A-Z]\.\s")  # "A. Martin…" opens with a name's initial, not a list's letter


def _without_number(text: str) -> str:
    return text if _INITIAL.match(text) else NUMBER.sub("", text, count=1)


def _words(text: str) -> int:
    return len(text.split())


def _group_headings(content: list[Line]) -> set[int]:
    """The lines that head a group of bullets ("1. Agriculture et alimentation" then "- …"):
    a short title line, numbered or not, directly followed by a bullet; or a numbered one followed
    by a paragraph, in a section whose other groups are bulleted ("2. Énergie citoyenne" then "La
    SCIC X a installé…")."""
    ungrouped = bool(content) and content[0].bullet is not None
    return {line.no for above, line, following in zip([None, *content], content, content[1:])
            if not line.bullet and is_title(line.text) and len(NUMBER.sub("", line.text).split()) < SHORT_WORDS + 2
            and (following.bullet or (bool(NUMBER.match(line.text)) and not NUMBER.match(following.text)
                                      and not is_title(following.text)))
            and not _under_its_bullet(above, line, ungrouped)}


def _under_its_bullet(above: Line | None, line: Line, ungrouped: bool) -> bool:
    """A line right under a bullet (no blank line between) that says more of its item, no group's
    heading: "- Atelier vélo La Roue" / "  Ouvert le samedi matin", indented under it, or unnumbered
    in a list that opened with a bullet (``ungrouped``: it has no groups)."""
    if above is None or not above.bullet or line.no != above.no + 1:
        return False
    return line.indent > above.indent or (ungrouped and not NUMBER.match(line.text) and not line.text.endswith(":"))


def _uses_bullets(content: list[Line]) -> bool:
    """Bullets are the items when the section opens with one, with an introduction then a list,
    or when every line that is not a bullet heads a group of them.

    A first line ending with ":" before bullets is an introduction when it reads like one
    ("Parmi les actions menées…") or when only bullets follow; otherwise ("La ville soutient… :"
    then bullets then other paragraphs) it is the first action and the bullets are its sub-items.
    """
    if content[0].bullet:
        return True
    if len(content) < 2 or not content[1].bullet:
        return False
    groups = _group_headings(content)
    led = {following.no for line, following in zip(content, content[1:]) if line.no in groups}
    if all(line.bullet or line.no in groups | led for line in content):
        return True
    return bool(_INTRO_CUES.match(content[0].key)) or (
        content[0].text.endswith(":") and all(line.bullet for line in content[1:]))


# A theme named so over the sheets of its actions: "Thème 1 – Alimentation", "Thème n°2 : Mobilité"
_NAMED_THEME = re.compile(r"th[eè]me\s*(?:n°\s*)?\d{1,2}\s*[-–—:.)]\s*\w", re.IGNORECASE)


def _theme(text: str) -> bool:
    """ "Économie circulaire et réemploi :" names a theme; "Atelier vélo Gamma :" (a name in it) or
    "Création de la SCIC X, avec :" (a sentence) is an action with its details below."""
    words = text.rstrip(" :").split()
    return (text.endswith(":") and 0 < len(words) <= _GROUP_WORDS and "," not in text
            and is_title(text.rstrip(" :")) and not any(word[:1].isupper() for word in words[1:]))


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

    groups = _group_headings([line for line in lines if not line.is_url])
    # "• Alimentation :" then deeper bullets: a group heading too, each deeper bullet an action
    grouping = set() if flat else {
        line.no for line, following in zip(lines, lines[1:])
        if line.bullet and top_level(line) and following.bullet and not top_level(following)
        and _theme(line.unbulleted) and _words(following.unbulleted) > 3}
    titled = titled_groups(lines, groups)  # "La ferme de X" then "• 3,5 ETP…", "• Budget : …": one action
    in_group = detailing = False
    items: list[_Item] = []
    previous = None  # the number of the line before, past links
    for line in lines:
        text = line.unbulleted
        before, previous = previous, (previous if line.is_url else line.no)
        detailing = detailing and (line.is_url or bool(line.bullet))
        if line.is_url:
            if items:
                items[-1].urls.append(line.text.strip("<>"))
        elif line.no in titled:
            items.append(_Item(line.no, [text]))
            in_group, detailing = False, True
        elif line.bullet and detailing:
            items[-1].add(line.no, f"• {text}")
        elif line.no in groups or line.no in grouping:
            in_group = line.no in grouping
            if items:
                items[-1].open = None  # the bullets that follow open items of the new group
        elif line.bullet and in_group and not top_level(line):
            items.append(_Item(line.no, [text]))
        elif line.bullet:
            in_group = in_group and not top_level(line)
            # In a flat list an item ending with ":" announces the bullets that follow it, until
            # the next item that itself ends with ":".
            grouped = flat and items and items[-1].open == "colon" and not text.endswith(":")
            if top_level(line) and not grouped or not items:
                items.append(_Item(line.no, [text], open="colon" if text.endswith(":") else None))
            else:
                items[-1].add(line.no, f"• {text}")
        elif before in groups:
            items.append(_Item(line.no, [text]))  # the one paragraph of a group: its action
        elif items:
            items[-1].add(line.no, line.text)  # a paragraph continuing the item above
        # a line before the first bullet is the section's introduction, not an action
    return items


def _titled(content: list[Line]) -> bool:
    """A title line then its description, for every action: the section opens with a title and
    no two titles follow each other."""
    titles = [not line.bullet and is_title(line.text) and not NUMBER.match(line.text) and not is_detail(line)
              for line in content]
    return (len(content) >= 2 and titles[0] and not titles[1] and not content[1].bullet
            and not any(a and b for a, b in zip(titles, titles[1:])))


def _opens_item(line: Line) -> bool:
    """A numbered or dated line starts an action of its own, however short."""
    return not line.bullet and bool(NUMBER.match(line.text) or YEAR_PREFIX.match(line.text))


def _split_paragraphs(lines: list[Line], content: list[Line]) -> list[_Item]:
    if _titled(content):
        return _split_titled(lines)
    all_short = all(_words(line.unbulleted) < SHORT_WORDS for line in content)
    # "Parmi nos actions :" then paragraphs is an introduction; followed by bullets it is an action.
    intro = content[0] if (len(content) > 1 and content[0].text.endswith(":")
                           and not content[1].bullet) else None
    items: list[_Item] = []
    pending_urls: list[str] = []
    titles, themes = _numbered_titles(content)
    above: Line | None = None  # the line before, past links
    for line in lines:
        text = line.unbulleted
        if line.is_url:
            (items[-1].urls if items else pending_urls).append(line.text.strip("<>"))
            continue
        under = above is not None and line.no == above.no + 1 and line.indent > above.indent
        above = line
        if line is intro or line.no in themes or _NAMED_THEME.match(text):
            if items:
                items[-1].open = None  # the paragraphs under a theme are actions of their own
            continue
        current = items[-1] if items else None
        if current and _opens_item(line) and (current.open is None or current.numbered):
            # A numbered line inside an unnumbered action that announced a list ("… missions :"
            # then "1 / ENVIRONNEMENT") is one of its sub-headings.
            items.append(_Item(line.no, [text], pending_urls, _numbered_opening(text, line.no in titles), True))
            pending_urls = []
        elif current and current.open == "title" and not line.bullet and not _opens_item(line):
            current.add(line.no, text)  # "1) Épicerie solidaire Le Panier" then its description
            current.open = None
        elif current and another_sheet(line, current.parts):
            items.append(_next_sheet(current, line.no, text, pending_urls))  # "Porteur : SCOP B" after A's sheet
            pending_urls = []
        elif current and is_detail(line):
            current.add(line.no, text)  # "Contact : Marie Dupont, présidente": of the action above
        elif current and line.bullet and (current.open or under):
            current.add(line.no, f"• {text}")  # (indented right under it: "1) L'association X…" / "\t* …")
        elif current and not line.bullet and _words(text) < SHORT_WORDS and not all_short \
                and not opens_with_an_action(text):
            current.add(line.no, text)
            current.open = "short"
        elif current and text.endswith(":") and current.open == "short":
            current.add(line.no, text)  # "…avec pour missions principales :" after a status line
            current.open = "colon"
        else:
            items.append(_Item(line.no, [text], pending_urls, _numbered_opening(text, line.no in titles)
                               if _opens_item(line) else "colon" if text.endswith(":") else None, _opens_item(line)))
            pending_urls = []
    return items


def _next_sheet(current: _Item, line: int, text: str, urls: list[str]) -> _Item:
    """The item of the sheet that the field ``text`` opens, with its title and theme, the last lines
    of ``current`` after its fields ("Thème 2 – Mobilité", "Garage solidaire de X")."""
    count = next_sheet_title(current.parts)
    if count == 0:
        return _Item(line, [text], urls)
    item = _Item(current.line_numbers[-count], [*current.parts[-count:], text], urls)
    item.line_numbers = [*current.line_numbers[-count:], line]
    del current.parts[-count:], current.line_numbers[-count:]
    return item


def _numbered_opening(text: str, titles: bool) -> str | None:
    """What a numbered line leaves open: the list it announces ("2. Nos missions :"), or, when it
    ``titles`` an action, the one paragraph under it that describes it."""
    return "colon" if text.endswith(":") else "title" if titles else None


def _numbered_titles(content: list[Line]) -> tuple[set[int], set[int]]:
    """The numbered lines that title one action ("1) Épicerie solidaire Le Panier" then its one
    paragraph, and its details, before the next number), and those that head a theme over several
    paragraphs ("1. Alimentation" then two actions: no action, its theme reported). One theme makes
    every numbered head of the list one ("2. Mobilité" over a single action)."""
    titles: set[int] = set()
    themes: set[int] = set()
    current, paragraphs = None, 0
    for line in [*content, None]:
        if line is None or _opens_item(line):
            if current is not None and paragraphs:
                (titles if paragraphs == 1 else themes).add(current)
            current = line.no if line is not None and is_title(line.text) and not YEAR_PREFIX.match(line.text) \
                and len(NUMBER.sub("", line.text).split()) < SHORT_WORDS + 2 else None
            paragraphs = 0
        elif not is_detail(line) and not line.bullet:
            paragraphs += 1
    return (set(), themes | titles) if themes else (titles, themes)


def _split_titled(lines: list[Line]) -> list[_Item]:
    items: list[_Item] = []
    for line in lines:
        if line.is_url:
            if items:
                items[-1].urls.append(line.text.strip("<>"))
        elif items and (line.bullet or not is_title(line.text) or is_detail(line)):
            items[-1].add(line.no, f"• {line.unbulleted}" if line.bullet else line.text)
        else:
            items.append(_Item(line.no, [line.unbulleted]))
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


# A fiche gives a handful of examples (the seed: 3 to 12). Past this many, the section is no list of
# examples (60,000 one-word lines made a 2.2 GB release): the first ones are read, and the fiche is
# refused until it is cut, with a violation that says so.
MAX_ACTIONS = 200


def read_actions(lines: list[Line], file: str) -> tuple[tuple[Action, ...], list[ParseIssue]]:
    """The section's actions (``split_actions``), at most ``MAX_ACTIONS`` of them, and the issue
    of a section that holds more."""
    actions = split_actions(lines, file)
    unread = _unread_lines(lines, actions, file)
    if len(actions) <= MAX_ACTIONS:
        return actions, unread
    extra = actions[MAX_ACTIONS].source.line
    return actions[:MAX_ACTIONS], [*unread, issue("trop-d-actions", file, extra, str(len(actions)))]


def _unread_lines(lines: list[Line], actions: tuple[Action, ...], file: str) -> list[ParseIssue]:
    """What the section says in no action, reported: a group's heading ("1. Agriculture et
    alimentation", its theme), any other line; not the introduction before the first action
    ("Parmi les actions menées… :"), which says nothing of its own."""
    placed = {number for action in actions for number in (action.line_numbers or (action.source.line,))}
    first = min(placed, default=0)
    content = [line for line in lines if not line.is_url]
    groups = _group_headings(content)
    issues = []
    for line in content:
        if line.no in placed or line.no < first and (line.text.endswith(":") or _INTRO_CUES.match(line.key)):
            continue
        theme = line.no in groups or line.bullet is not None and _theme(line.unbulleted) \
            or bool(_NAMED_THEME.match(line.unbulleted))  # "• Alimentation :", "Thème 2 – Mobilité"
        issues.append(issue("theme-d-actions" if theme else "ligne-d-action-ignoree", file, line.no, line.text))
    return issues
