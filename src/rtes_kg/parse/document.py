"""Fiche text → list[Fiche]: split a document into fiches and their sections, then read each field.

    >>> [f.name.text for f in parse_text("Audincourt\\nType de collectivité\\nCommune", "a.txt")]
    ['Audincourt']

The parser never raises on odd input: what it cannot read becomes a ParseIssue on the fiche.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rtes_kg.parse.actions import read_actions
from rtes_kg.parse.bounds import bound_sections
from rtes_kg.parse.budget import budget_amounts
from rtes_kg.parse.contacts import another_person, is_post_line, is_role_line, names_a_post, read_contacts
from rtes_kg.parse.fields import read_address, read_population, read_update, read_year
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import (
    IDENTITY_SECTIONS,
    OTHER,
    PROSE_SECTIONS,
    Heading,
    Line,
    is_bare_date,
    is_in_progress_marker,
    is_navigation,
    is_rtes_header,
    is_update_marker,
    opens_related_links,
    opens_signature,
    page_titles,
    read_heading,
    read_lines,
    section_value,
    table_header,
)
from rtes_kg.parse.naming import clean, fold
from rtes_kg.parse.records import Fiche, ParseIssue, Source, Text
from rtes_kg.parse.titles import is_tagline, member_name, names_a_body, title_shaped
from rtes_kg.parse.wraps import ends_mid_word, unwrap

# Under a title, what a web page says of the member: its département, since when it is a member.
_MEMBER_SINCE = re.compile(r"membre (?:du rtes |du reseau )?depuis (?:19|20)\d{2}$")
_MAX_INTERLUDES = 2  # lines between a title and its first heading (a link, a tagline)
_COUNTRY_OR_POSTCODE = re.compile(r"^(?:france|\d{1,5} \w.*)$")
_FIELDS = {"population": ("population", read_population), "membership": ("membership_year", read_year),
           "address": ("address", read_address), "actions": ("actions", read_actions)}  # section -> field, reader


@dataclass
class _Section:
    name: str
    heading: Line
    body: list[Line] = field(default_factory=list)


@dataclass
class _Block:
    """The lines of one fiche, grouped by section, before any field is read."""

    start: Line
    title: Line | None
    markers: list[Line] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    loose: list[Line] = field(default_factory=list)  # lines between the title and the first heading
    issues: list[ParseIssue] = field(default_factory=list)

    @property
    def current(self) -> _Section | None:
        return self.sections[-1] if self.sections else None

    @property
    def seen(self) -> set[str]:
        return {section.name for section in self.sections}

    def lines(self) -> list[Line]:
        """Every line of the block, in order."""
        found = [*([self.title] if self.title else []), *self.markers, *self.loose,
                 *(line for section in self.sections for line in (section.heading, *section.body))]
        return sorted({line.no: line for line in found}.values(), key=lambda line: line.no)


class _Splitter:
    """Walks the lines once and cuts them into fiche blocks and sections."""

    def __init__(self, lines: list[Line], file: str):
        self.lines = lines
        self.file = file
        self.headings: list[Heading | None] = [read_heading(line) for line in lines]
        self.markers = [is_update_marker(line) or is_in_progress_marker(line) for line in lines]
        for index in range(1, len(lines)):  # "Dernière mise à jour" with its date on the next line
            self.markers[index] = self.markers[index] or (self.markers[index - 1] and is_bare_date(lines[index]))
        # of the web page copied around the fiches, and a table's header row
        self.page_link = [is_navigation(line) or table_header(lines, index) for index, line in enumerate(lines)]
        self.blocks: list[_Block] = []
        self.before_first: list[Line] = []
        self.pending_markers: list[Line] = []
        self.closed = False  # after a second update date (``_ends_fiche``): the next heading opens a fiche
        self.navigation: list[Line] = []  # links of the web page copied with the fiche

    @property
    def block(self) -> _Block | None:
        return self.blocks[-1] if self.blocks else None

    def _next_significant(self, index: int) -> tuple[int | None, bool]:
        """The index of the next line that is not a marker, and whether a marker came first."""
        saw_marker = False
        for j in range(index + 1, len(self.lines)):
            if not self.markers[j]:
                return j, saw_marker
            saw_marker = True
        return None, saw_marker

    def _past_interludes(self, index: int, links_only: bool) -> int:
        """The heading a title's lines lead to, past a few lines that are neither a heading nor a title
        ("https://www.ville.fr", "(Côte-d'Or)"), reported as lines of no section. ``index`` if none.
        ``links_only``: after contacts, where "Jean Dupont" then "adjoint au maire" then "Adresse"
        is a contact of this fiche, only a link or a line in parentheses may stand between."""
        for j in range(index, min(index + _MAX_INTERLUDES + 1, len(self.lines))):
            line = self.lines[j]
            if self.headings[j] is not None:
                return j
            if self.page_link[j] or (not links_only and is_tagline(line, self._title_above(j))):
                continue  # "Partager", "Voir sur la carte"; "Doubs (25)", "Membre depuis 2001"
            if self.markers[j] and j > index:
                return j  # "Dernière mise à jour" under them: it follows a title
            if self.markers[j] or title_shaped(line) or (
                    links_only and not (line.is_url or line.text.startswith("("))):
                break
        return index

    def _title_above(self, index: int) -> Line | None:  # the line above, when it is no heading
        return self.lines[index - 1] if index and self.headings[index - 1] is None else None

    def _is_title(self, index: int) -> bool:
        line = self.lines[index]
        block, current = self.block, (self.block.current if self.block else None)
        if not title_shaped(line) or (current is not None and not current.body):
            return False  # the first line under a heading is that heading's value
        if block is not None and not block.sections and block.title is self.lines[index - 1] \
                and names_a_body(block.title) and not names_a_body(line):
            return False  # "Commune de Saint-Claude" then "Guadeloupe": a tagline under the title
        if current is not None and current.name == "address" and _COUNTRY_OR_POSTCODE.match(line.key):
            return False
        if current is not None and current.name == "contact" and current.body and current.body[-1] is \
                self.lines[index - 1] and is_role_line(self.lines[index - 1].unbulleted, line.unbulleted) \
                and not (names_a_body(line) and self._next_significant(index)[1]):
            return False  # "Élu référent", then its holder: "David Marti" (not "Ville de Chenôve", then its date)
        if current is not None and current.name == "contact" and index + 1 < len(self.lines) \
                and (role := self.headings[index + 1]) is not None and role.section == "contact" and role.inline \
                and not names_a_body(line):
            return False  # "…, chargé de mission" / "ESS et commande publique" / "Contact administratif : X"
        if current is not None and current.name == "contact" and names_a_post(line.text):
            return False  # "Madame la Directrice de l'économie": a contact with no name
        if current is not None and current.name == "contact" and "," in line.text and another_person(line.text):
            return False  # "Paul Girard, conseiller délégué": the next élu under "Élus référents :"
        if current is not None and current.name == "contact" and is_post_line(line.text) and not names_a_body(line):
            return False  # "Adjoint au maire" under "Élu référent : Jean Dupont": his title, no fiche
        if is_tagline(line, above := self._title_above(index)) and above is not None and title_shaped(above):
            return False  # "Membre depuis 2017", "Guyane (973)" under a title: never the title
        following, saw_marker = self._next_significant(index)
        if saw_marker:
            return True  # "Dernière mise à jour" / "Fiche en cours de rédaction" follow a title
        if following is not None and (block is None or (current is not None and current.name == "contact")) \
                and names_a_body(line) and title_shaped(self.lines[following]) \
                and not names_a_body(self.lines[following]) and self.headings[following] is None:
            after, marker_after = self._next_significant(following)
            if marker_after or (after is not None and self.headings[after] is not None):
                return True  # "Commune de Saint-Claude", "Guadeloupe", then the fiche: the first is the title
        if following is None:
            # A last line of its own: a fiche reduced to its title, after a complete fiche.
            return block is None or (current is not None and current.name == "contact"
                                     and not self.lines[index - 1].text.endswith(":"))
        if block is None or (current is not None and current.name == "contact"):
            following = self._past_interludes(following, links_only=block is not None)  # "www.x.fr"
        if self.markers[following]:
            return True  # past a tagline or a link: "Dernière mise à jour"
        heading = self.headings[following]
        if heading is None:
            return False
        if block is None:
            return True
        # A short line then a heading is a new fiche if the fiche so far has already had that
        # section, or has reached its contacts (which close a fiche); otherwise it is the last
        # line of the section above ("40 000 euros" before "Programme d'intervention").
        if heading.section == OTHER:
            return False  # "Nos partenaires" after a short line: a section of this fiche
        return heading.section in block.seen or (current is not None and current.name == "contact")

    def _titles_a_fiche(self, index: int) -> bool:
        """Whether a heading follows the line (past markers and links): the title of the next fiche."""
        for j in range(index + 1, min(index + 12, len(self.lines))):  # a few: no walk per line of a long run
            if self.markers[j]:
                return True
            if not self.page_link[j]:
                return self.headings[j] is not None
        return False

    def _open(self, start: Line, title: Line | None) -> _Block:
        block = _Block(start, title, markers=self.pending_markers)
        self.pending_markers = []
        self.closed = False
        if title is None:
            block.issues.append(issue("titre-absent", self.file, start.no, start.text))
        self.blocks.append(block)
        return block

    def _ends_fiche(self, marker: Line) -> bool:
        """ "Dernière mise à jour" after the contacts of a fiche that has its own: the next fiche's,
        whose sections follow even without a title ("Budget dédié à l'ESS", "Type de collectivité")."""
        block = self.block
        return block is not None and block.current is not None and block.current.name == "contact" \
            and is_update_marker(marker) and any(map(is_update_marker, block.markers))

    def _on_heading(self, line: Line, heading: Heading) -> None:
        block = None if self.closed else self.block
        if heading.section == OTHER:
            if block is None:
                self.before_first.append(line)
            else:
                block.sections.append(_Section(OTHER, line, []))  # may come back: never a new fiche
            return
        inline = [Line(line.no, heading.inline, 0, fold(heading.inline))] if heading.inline else []
        if block is not None and heading.section in block.seen:
            current = block.current
            if heading.section in ("contact", "address") and heading.inline and current is not None \
                    and current.name == "contact":
                current.body.append(line)  # "Élus référents : …", "Adresse : 24 rue…": of a contact
                return
            if heading.section in PROSE_SECTIONS and current is not None and current.name in PROSE_SECTIONS:
                current.body.append(line)  # "Parmi les actions menées…" inside the actions
                return
            if current is not None and current.name == heading.section and not current.body:
                # the same heading twice in a row; a second contact heading is the role of the contacts
                current.body.extend(inline or ([line] if heading.section == "contact" else []))  # "Élus…"
                return
            if not (heading.section == "contact" and current is not None and current.name == "contact"):
                block = None  # a second "Type de collectivité": the next fiche, which has no title
            # (a second contact heading, "Contact technique" after "Contact public": more contacts)
        if block is None:
            block = self._open(line, None)
        block.sections.append(_Section(heading.section, line, inline))

    def _drop_page_menu(self, since: int) -> None:
        """The blocks opened since the last page's fiche (block ``since``) are the next page's menu
        ("Le réseau", "Nos actions", "Contact"): not fiches, their lines text before a fiche."""
        for block in self.blocks[since + 1:]:
            self.before_first.extend(block.lines())
        del self.blocks[since + 1:]

    def split(self) -> list[_Block]:
        titles = page_titles(self.lines, self.page_link)
        first = min(titles, default=0) - 1  # before the first page's breadcrumb: its menu, not a fiche
        page: int | None = None  # the block of the last page's fiche
        related = False  # after "Voir aussi": the names of other pages
        signed = False  # after "Cordialement": an e-mail's signature and disclaimer
        for index, line in enumerate(self.lines):
            heading = self.headings[index]
            if index in titles:
                if page is not None:
                    self._drop_page_menu(page)
                self._open(line, line)
                page = len(self.blocks) - 1
            elif index < first and not self.markers[index]:
                if not is_rtes_header(line, at_start=True):
                    (self.navigation if self.page_link[index] else self.before_first).append(line)
            elif self.markers[index]:
                self.closed = self.closed or self._ends_fiche(line)
                (self.block.markers if self.block and not self.closed else self.pending_markers).append(line)
            elif is_rtes_header(line, at_start=self.block is None):
                continue
            elif self.page_link[index] or (heading is None and not self._titles_a_fiche(index) and (
                    signed or (related and len(line.key.split()) <= 14))):
                self.navigation.append(line)
                contacts = self.block is not None and self.block.current is not None \
                    and self.block.current.name == "contact"
                related, signed = related or opens_related_links(line, contacts), signed or opens_signature(line)
                continue
            elif heading is not None:
                self._on_heading(line, heading)
            elif self._is_title(index):
                self._open(line, line)
            elif self.block is None:
                self.before_first.append(line)
            elif self.block.current is None:
                self.block.loose.append(line)
            else:
                self.block.current.body.append(line)
            related = signed = False
        return self.blocks


def _incomplete(block: _Block) -> Line | None:
    """The last line of a fiche that looks cut off or unfinished, or None.

    A section heading with nothing under it ends a cut fiche; so does a fiche that states none
    of its type, population, address or contacts, which every complete fiche has.
    """
    if not block.sections:
        return None
    last = block.sections[-1]
    if not last.body:
        return last.heading
    return None if IDENTITY_SECTIONS & block.seen else last.body[-1]


def _fiche(block: _Block, file: str) -> Fiche:
    issues = [*block.issues, *bound_sections(block.sections, file)]
    values: dict = {}
    unread: list[ParseIssue] = []
    for marker in block.markers:
        if is_in_progress_marker(marker):
            values["in_progress"] = True
        elif "updated" not in values:
            date, found = read_update(marker, file)
            unread.extend(found)  # "Dernière mise à jour" alone: its date may be on the next line
            if date is not None:
                values["updated"], values["updated_source"], unread = date, Source(file, marker.no), []
    issues.extend(unread)
    for line in block.loose:
        if _MEMBER_SINCE.match(line.key) and not any(section.name == "membership" for section in block.sections):
            values["membership_year"], _ = read_year([line], file)  # "Membre depuis 2003" under the title
            continue
        issues.append(issue("ligne-ignoree", file, line.no, line.text))
    for section in block.sections:
        body = unwrap(section.body, section.name)
        if not body:
            issues.append(issue("section-vide", file, section.heading.no, section.heading.text))
            continue
        if section.name == "kind":
            values["kind"] = Text(body[0].text, Source(file, body[0].no))
            issues.extend(issue("section-inconnue" if len(line.text.split()) <= 4 else "ligne-ignoree",
                                file, line.no, line.text) for line in body[1:])
        elif section.name in _FIELDS:
            key, read = _FIELDS[section.name]
            values[key], found = read(body, file)
            issues.extend(found)
        elif section.name == "contact":
            role = clean(section.heading.text.partition(":")[0]).rstrip(" .;") or "Contact"
            contacts, found = read_contacts(body, role, file)
            values["contacts"] = (*values.get("contacts", ()), *contacts)
            issues.extend(found)
        elif section.name == "budget":
            values["budget"] = section_value(body, file)
            values["budget_amounts"], found = budget_amounts(
                body, file, heading=section.heading.text, member=block.title.text if block.title else "")
            issues.extend(found)
        elif section.name == OTHER:
            kept = [section.heading, *body]
            values["other_sections"] = (*values.get("other_sections", ()), section_value(kept, file))
            issues.append(issue("rubrique-autre", file, section.heading.no, section.heading.text))
        else:  # panorama, programme
            values[section.name] = section_value(body, file)
    if block.title is not None and not block.sections:
        issues.append(issue("sections-absentes", file, block.title.no, block.title.text))
    if (last := _incomplete(block)) is not None:
        issues.append(issue("fiche-incomplete", file, last.no, last.text[-60:]))
    name = Text(member_name(block.title), Source(file, block.title.no)) if block.title else None
    return Fiche(source=Source(file, block.start.no), name=name, issues=tuple(issues), **values)


def _parse(text: str, file: str) -> list[Fiche]:
    lines = read_lines(text)
    if not lines:
        return []
    splitter = _Splitter(lines, file)
    blocks = splitter.split()
    ignored = [issue("texte-ignore", file, line.no, line.text) for line in splitter.before_first]
    # lines skipped or cut wherever they are: each said in the fiche whose block holds it
    placed = [*(issue("navigation-ignoree", file, line.no, line.text) for line in splitter.navigation),
              *(issue("ligne-trop-longue", file, line.no, line.text) for line in lines if line.cut),
              *(issue("fiche-coupee", file, lines[-1].no, lines[-1].text[-60:]) for _ in range(
                  not text.endswith(("\n", "\r")) and ends_mid_word(lines[-1], text)))]  # "…à l'économie soc"
    if not blocks:
        first = lines[0]
        return [Fiche(source=Source(file, first.no), name=None,
                      issues=(issue("aucune-fiche", file, first.no), *ignored, *placed))]
    if splitter.pending_markers:  # markers after the last fiche belong to it
        blocks[-1].markers.extend(splitter.pending_markers)
    blocks[0].issues[:0] = ignored
    for found in placed:  # (a line before the first fiche: in the first)
        block = next((b for b in reversed(blocks) if b.start.no <= found.source.line), blocks[0])
        block.issues.append(found)
    return [_fiche(block, file) for block in blocks]


def parse_text(text: str, file: str) -> list[Fiche]:
    """Parse a document holding one or several fiches. Pure, and never raises on any str input.

    ``file`` is the label put in every Source; line numbers are those of ``text`` (1-based,
    CRLF counted as one break). Empty text gives [].
    """
    try:
        return _parse(text, file)
    except Exception as error:  # noqa: BLE001 - a parser bug must surface as an issue, not a crash
        return [Fiche(source=Source(file, 1), name=None,
                      issues=(issue("erreur-interne", file, 1, f"{type(error).__name__}: {error}"),))]
