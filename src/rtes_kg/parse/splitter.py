"""A document's lines cut into fiche blocks and their sections, before any field is read: which line
is a fiche's title, which a heading, which the page's links around the fiches."""

from __future__ import annotations

import re

from rtes_kg.parse.blocks import Block, Section
from rtes_kg.parse.contacts import another_person, is_post_line, is_role_line, names_a_post
from rtes_kg.parse.details import (
    follows_its_fields,
    shares_a_name,
    tells_an_action,
    titles_a_paragraph,
    titles_the_sentence_below,
    value_tells_an_action,
)
from rtes_kg.parse.header import head_facts
from rtes_kg.parse.headings import (
    HEAD_SECTIONS,
    IDENTITY_SECTIONS,
    OTHER,
    PROSE_SECTIONS,
    Heading,
    bulleted_identity,
    groups_sections,
    labels_figures,
    names_a_programme,
    one_per_heading,
    read_heading,
)
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line
from rtes_kg.parse.markers import first_unmarked, is_bare_date, is_in_progress_marker, is_update_marker
from rtes_kg.parse.naming import fold
from rtes_kg.parse.structure_contacts import a_structure_s_contact
from rtes_kg.parse.titles import JOINED, is_tagline, kind_then_areas, names_a_body, title_shaped
from rtes_kg.parse.webpage import (
    a_menu_entry,
    is_rtes_header,
    opens_related_links,
    opens_signature,
    page_links,
    page_titles,
)

_MAX_INTERLUDES = 2  # lines between a title and its first heading (a link, a tagline)
_MAX_HEAD_FACTS = 4  # and the lines that say what the member is, besides ("Commune", "3 412 habitants")
_COUNTRY_OR_POSTCODE = re.compile(r"^(?:france|\d{1,5} \w.*)$")
_CITY_LINE = re.compile(r"(?:^|[\s,])\d{2} ?\d{3}\s+[A-ZÀ-Ý]")  # an address complete: "…, 28270 Brézolles"


class Splitter:
    """Walks the lines once and cuts them into fiche blocks and sections."""

    def __init__(self, lines: list[Line], file: str):
        self.lines = lines
        self.file = file
        self.headings: list[Heading | None] = [read_heading(line) for line in lines]
        # "- Type de collectivité : Commune": a heading in a fiche's head, never in its actions
        self.bulleted = {index: found for index, line in enumerate(lines)
                         if self.headings[index] is None and (found := bulleted_identity(line)) is not None}
        self.markers = [is_update_marker(line) or is_in_progress_marker(line) for line in lines]
        for index in range(1, len(lines)):  # "Dernière mise à jour" with its date on the next line
            self.markers[index] = self.markers[index] or (self.markers[index - 1] and is_bare_date(lines[index]))
        self._unmarked_from = first_unmarked(self.markers)
        # of the web page copied around the fiches, and a table's header row
        self.page_link = page_links(lines, self.markers)
        self.blocks: list[Block] = []
        self.before_first: list[Line] = []
        self.pending_markers: list[Line] = []
        self.closed = False  # after a second update date (``_ends_fiche``): the next heading opens a fiche
        self.navigation: list[Line] = []  # links of the web page copied with the fiche

    @property
    def block(self) -> Block | None:
        return self.blocks[-1] if self.blocks else None

    def _next_significant(self, index: int) -> tuple[int | None, bool]:
        """The index of the next line that is not a marker, and whether a marker came first."""
        following = self._unmarked_from[index + 1]
        return (following if following < len(self.lines) else None), following > index + 1

    def _past_interludes(self, index: int, links_only: bool) -> int:
        """The heading a title's lines lead to, past a few lines that are neither a heading nor a title
        ("https://www.ville.fr", "(Côte-d'Or)"), reported as lines of no section. ``index`` if none.
        ``links_only``: after contacts, where "Jean Dupont" then "adjoint au maire" then "Adresse"
        is a contact of this fiche, only a link or a line in parentheses may stand between."""
        end = min(index + _MAX_INTERLUDES + 1, len(self.lines))
        for j in range(index, min(index + _MAX_INTERLUDES + _MAX_HEAD_FACTS + 1, len(self.lines))):
            if j >= end:
                break
            line = self.lines[j]
            if self.headings[j] is not None or (not links_only and j in self.bulleted):
                return j  # (a fiche's head with bullets: "- Type de collectivité : Commune")
            if (not links_only or kind_then_areas(line.text) or {"kind", "population"} & set(
                    head_facts([line], self.file, set())[0])) and is_tagline(line, self._title_above(j)):
                end = min(end + 1, len(self.lines))  # what the head says of the member: "Commune", "3 412 habitants"
                continue  # "Doubs (25)", "Membre depuis 2001"
            if self.page_link[j]:
                continue  # "Partager", "Voir sur la carte"
            if self.markers[j] and j > index:
                return j  # "Dernière mise à jour" under them: it follows a title
            if self.markers[j] or title_shaped(line) or (
                    links_only and not (line.is_url or line.text.startswith("("))):
                break
        return index

    def _inside_a_list(self, index: int) -> bool:
        """Whether a heading's words sit inside the list of actions, as a detail of the item above:
        "- Atelier vélo La Roue" / "Adresse : 12 rue du Port" / "- Épicerie…" (the list goes on
        under it), or indented under its item. At the list's end they may be the next section's."""
        block = None if self.closed else self.block
        current = block.current if block is not None else None
        if current is None or current.name != "actions" or not current.body or index == 0:
            return False
        above, line = self.lines[index - 1], self.lines[index]
        if current.body[-1] is not above or not above.bullet or line.no != above.no + 1:
            return False
        below = self.lines[index + 1] if index + 1 < len(self.lines) else None
        goes_on = below is not None and below.no == line.no + 1 and below.bullet is not None
        return goes_on or line.indent > above.indent

    def _a_detail_of_an_action(self, index: int, heading: Heading) -> bool:
        current = None if self.closed or self.block is None else self.block.current
        among_fields = current is not None and current.name == "actions" and bool(current.body) \
            and follows_its_fields(self.lines[index], current.body[-1])  # "Porteur : X" / "Budget : 12 000 €"
        return among_fields or self._inside_a_list(index) or self._between_action_paragraphs(index, heading) \
            or self._an_action_after_a_heading_word(self.lines[index], heading)

    def _an_action_after_a_heading_word(self, line: Line, heading: Heading) -> bool:
        """ "Contact public : La Ville met à disposition un local à l'association X." in the actions:
        a sentence of the actions after a heading's words, an action, the first one too (it opened the
        contacts, or a fiche of 120 inhabitants: "1. Population : la Communauté accompagne 120…").
        So is a sentence after a prose heading's word that names a programme of its own ("Programme
        Territoire zéro chômeur : 60 personnes embauchées…": it opened the programme)."""
        block = None if self.closed else self.block
        current = block.current if block is not None else None
        figures = labels_figures(line, heading) and current is not None and bool(current.body)  # of the action above
        return current is not None and current.name == "actions" and (figures or (
            (heading.section in IDENTITY_SECTIONS or names_a_programme(line, heading))
            and value_tells_an_action(heading.inline)))

    def _between_action_paragraphs(self, index: int, heading: Heading) -> bool:
        """Whether a heading's words with their value sit between two paragraphs of the actions, as a
        detail of the action above: "…répare 400 vélos par an." / "Contact : Marie Dupont" / "La
        Ville a créé l'épicerie…" (the actions go on under it). Followed by its own lines, another
        heading, a title or a marker, or by a sentence about its own value, it still opens its section:
        the fiche's contacts after its actions."""
        block = None if self.closed else self.block
        current = block.current if block is not None else None
        if current is None or current.name != "actions" or not current.body or index + 1 >= len(self.lines) \
                or heading.section not in IDENTITY_SECTIONS or not heading.inline \
                or current.body[-1].no != self.lines[index - 1].no:
            return False
        if heading.section == "contact" and a_structure_s_contact(self.lines[index].unbulleted):
            return True  # "Contact : Léa Martin, coordinatrice de la recyclerie": the action's, whatever follows
        following = index + 1
        if self.headings[following] is not None or following in self.bulleted or self.markers[following] \
                or self.page_link[following]:
            return False
        if self._titles_an_action(following):
            following += 1  # "Épicerie La Brouette" then its description: the next action, titled
        return tells_an_action(self.lines[following]) and not shares_a_name(heading.inline, self.lines[following].text)

    def _titles_an_action(self, index: int) -> bool:
        """A short line that names the action told on the line below it (not a body's name, which
        titles a fiche, nor a post, which is a contact's)."""
        line = self.lines[index]
        return index + 1 < len(self.lines) and self.headings[index + 1] is None and title_shaped(line) \
            and not names_a_body(line) and not is_post_line(line.text) and not self.markers[index + 1] \
            and tells_an_action(self.lines[index + 1])

    def _titles_a_paragraph_after_the_budget(self, index: int) -> bool:
        """A short line heading a paragraph below the budget, in words the parser does not know:
        "Budget ESS" / "500 000 €" / "Coopérations territoriales" / "La Ville participe au PTCE X,
        doté de 80 000 €." ends the budget (its amounts are no lines of it), not "Fonctionnement" /
        "La Ville consacre 300 000 € aux associations.", nor "Économie circulaire" / "50 000 €"."""
        block = None if self.closed else self.block
        current = block.current if block is not None else None
        line = self.lines[index]
        return current is not None and current.name == "budget" and bool(current.body) \
            and index + 1 < len(self.lines) and self.headings[index + 1] is None \
            and titles_a_paragraph(line, self.lines[index + 1])

    def _in_the_head(self) -> bool:
        """Whether the fiche so far is its head (under "Fiche d'identité" too), no prose section open."""
        current = None if self.closed or self.block is None else self.block.current
        return not self.closed and self.block is not None and (current is None or current.name in IDENTITY_SECTIONS
                                                               or groups_sections(current.heading.text))

    def _title_above(self, index: int) -> Line | None:  # the line above, when it is no heading
        return self.lines[index - 1] if index and self.headings[index - 1] is None else None

    def _after_a_section(self, line: Line, following: int) -> bool:
        """Whether a body's name follows a complete address ("…, 28270 Brézolles") or a prose section
        (the actions, the budget): no line of theirs when the next fiche's head follows it. After a
        prose section, so is any name over its kind and population ("BREST MÉTROPOLE" over
        "Métropole de 210 000 habitants", or over "Métropole" / "210 000 habitants")."""
        current = self.block.current if self.block else None
        if current is None or not current.body:
            return False
        if current.name == "address":
            return names_a_body(line) and any(_CITY_LINE.search(above.text) for above in current.body)
        if current.name == "actions" and titles_the_sentence_below(line, self.lines[following]):
            return False  # the last action's title, over its sentence
        head = self.lines[following: following + 1 + (self.headings[following + 1: following + 2] == [None])]
        return current.name in PROSE_SECTIONS and (names_a_body(line) or {"kind", "population"} <= set(
            head_facts(head, self.file, set())[0]))

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
        elif self._after_a_section(line, following):
            # "…, 28270 Brézolles" then "Communauté de communes du Pays de X", "Communauté de communes de
            # 10 200 habitants" or "Type de collectivité": what the next fiche's head says of it
            past = self._past_interludes(following, links_only=False)
            if past != following or (heading := self.headings[past]) is not None and heading.section in HEAD_SECTIONS:
                return True
            following = past
        if self.markers[following]:
            return True  # past a tagline or a link: "Dernière mise à jour"
        heading = self.headings[following]
        if heading is None:  # "Ville de X" / "- Type de collectivité : …", or / "Commune" / "3 412 habitants"
            return block is None and (following in self.bulleted
                                      or bool(head_facts([self.lines[following]], self.file, set())[0]))
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

    def _heads_a_fiche(self, index: int) -> bool:
        """Whether the marker at ``index`` stands right above the next fiche's title ("Dernière mise à
        jour : 10/01/2025" then "Région Bretagne"): that fiche's, unless a marker follows the title
        too, or the file ends with one (then this one closes the fiche above)."""
        following, _ = self._next_significant(index)
        if following is None or self.headings[following] is not None or self.page_link[following] \
                or self.markers[-1]:  # a file whose fiches end with their date: it closes the fiche above
            return False
        return not self._next_significant(following)[1] and self._is_title(following)

    def _open(self, start: Line, title: Line | None) -> Block:
        block = Block(start, title, markers=self.pending_markers)
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
                block.sections.append(Section(OTHER, line, []))  # may come back: never a new fiche
            return
        if block is not None and heading.section == "membership" and "membership" in block.seen \
                and JOINED.search(line.key):
            # "Adhérente au RTES depuis 2009" after "Année d'adhésion : 2011": a sentence of this fiche,
            # whose year is stated (no second fiche); the conflict is reported
            block.issues.append(issue("ligne-ignoree", self.file, line.no, line.text))
            return
        inline = [Line(line.no, heading.inline, 0, fold(heading.inline))] if heading.inline else []
        if block is not None and heading.section in block.seen:
            current = block.current
            if heading.section in ("contact", "address") and heading.inline and current is not None \
                    and current.name == "contact":
                current.body.append(line)  # "Élus référents : …", "Adresse : 24 rue…": of a contact
                return
            if current is not None and (heading.section in PROSE_SECTIONS and current.name in PROSE_SECTIONS
                                        or groups_sections(current.heading.text)):
                current.body.append(line)  # "Parmi les actions menées…" inside the actions; "Chiffres clés"
                return  # then "Population : …" again: the fiche restates it
            if current is not None and current.name == heading.section and not current.body:
                # the same heading twice in a row; a second contact heading is the role of the contacts
                current.body.extend(inline or ([line] if heading.section == "contact" else []))  # "Élus…"
                return
            if heading.section != "contact":  # (a second contact heading, "Contact technique", or "Contact"
                block = None  # after "Élu·e référent·e": more contacts); a second "Type de collectivité": the next
                # fiche, which has no title
        if block is None:
            block = self._open(line, None)
        block.sections.append(Section(heading.section, line, inline))

    def _drop_page_menu(self, since: int) -> None:
        """The blocks opened since the last page's fiche (block ``since``) are the next page's menu
        ("Le réseau", "Nos actions", "Contact"): not fiches, their lines text before a fiche."""
        for block in self.blocks[since + 1:]:
            self.before_first.extend(block.lines())
        del self.blocks[since + 1:]

    def split(self) -> list[Block]:
        titles = page_titles(self.lines, self.page_link)
        first = min(titles, default=0) - 1  # before the first page's breadcrumb: its menu, not a fiche
        page: int | None = None  # the block of the last page's fiche
        related = False  # after "Voir aussi": the names of other pages
        signed = False  # after "Cordialement": an e-mail's signature and disclaimer
        for index, line in enumerate(self.lines):
            heading = self.headings[index]
            if index in self.bulleted and self._in_the_head():
                line, heading = self.bulleted[index]
            if index in titles:
                if page is not None:
                    self._drop_page_menu(page)
                self._open(line, line)
                page = len(self.blocks) - 1
            elif index < first and not self.markers[index]:
                if not is_rtes_header(line, at_start=True):
                    menu = self.page_link[index] or a_menu_entry(self.lines, self.page_link, index)
                    (self.navigation if menu else self.before_first).append(line)
            elif self.markers[index]:
                self.closed = self.closed or self._ends_fiche(line)
                block = None if self.closed or self._heads_a_fiche(index) else self.block
                (block.markers if block is not None else self.pending_markers).append(line)
            elif is_rtes_header(line, at_start=self.block is None):
                continue
            elif self.page_link[index] or (heading is None and not self._titles_a_fiche(index) and (
                    signed or (related and len(line.key.split()) <= 14))):
                self.navigation.append(line)
                contacts = self.block is not None and self.block.current is not None \
                    and self.block.current.name == "contact"
                related, signed = related or opens_related_links(line, contacts), signed or opens_signature(line)
                continue
            elif heading is not None and self._a_detail_of_an_action(index, heading):
                self.block.current.body.append(line)  # type: ignore[union-attr]  # (both check there is one)
            elif heading is not None:
                for part, its_heading in one_per_heading(line, heading):
                    self._on_heading(part, its_heading)
            elif self._is_title(index):
                self._open(line, line)
            elif self._titles_a_paragraph_after_the_budget(index):
                self._on_heading(line, Heading(OTHER, ""))
            elif self.block is None:
                self.before_first.append(line)
            elif self.block.current is None:
                self.block.loose.append(line)
            else:
                self.block.current.body.append(line)
            related = signed = False
        return self.blocks
