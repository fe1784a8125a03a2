"""Fiche text → list[Fiche]: split a document into fiches and their sections, then read each field.

    >>> [f.name.text for f in parse_text("Audincourt\\nType de collectivité\\nCommune", "a.txt")]
    ['Audincourt']

The parser never raises on odd input: what it cannot read becomes a ParseIssue on the fiche.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import replace

from rtes_kg.parse.action_contacts import contacts_among_actions
from rtes_kg.parse.actions import read_actions
from rtes_kg.parse.blocks import Block
from rtes_kg.parse.bounds import bound_sections
from rtes_kg.parse.budget import budget_amounts
from rtes_kg.parse.budget_parenthesis import without_open_parentheses
from rtes_kg.parse.casing import (
    as_a_name,
    cased_holder,
    opening_with_a_capital,
    with_its_holder_cased,
    without_capitals,
)
from rtes_kg.parse.contacts import another_person, names_a_person, read_contacts
from rtes_kg.parse.cuts import cut_before_a_break, cut_by_layout, ends_mid_word, is_cut_name
from rtes_kg.parse.fields import (
    ends_with_a_city,
    is_postal_line,
    is_street,
    read_address,
    read_population,
    read_update,
    read_year,
)
from rtes_kg.parse.header import head_facts, head_on_the_title_line, joining_year
from rtes_kg.parse.headings import IDENTITY_SECTIONS, OTHER, groups_sections, names_a_section, read_heading
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import Line, read_lines, section_value
from rtes_kg.parse.markers import is_in_progress_marker
from rtes_kg.parse.naming import clean, fold
from rtes_kg.parse.presentation import member_facts, presents_the_member
from rtes_kg.parse.questions import as_headings
from rtes_kg.parse.records import Fiche, ParseIssue, Source, Text
from rtes_kg.parse.sections import section_of
from rtes_kg.parse.splitter import Splitter
from rtes_kg.parse.structure_contacts import placed, structure_lines
from rtes_kg.parse.titles import departement_after, member_name, without_page_label
from rtes_kg.parse.wraps import unwrap

_FIELDS = {"population": ("population", read_population), "membership": ("membership_year", read_year),
           "address": ("address", read_address)}  # section -> field, reader


def _incomplete(block: Block, read: dict) -> Line | None:
    """The last line of a fiche that looks cut off or unfinished, or None.

    A section heading with nothing under it ends a cut fiche; so does a fiche that states none
    of its type, population, address or contacts, which every complete fiche has (``read``: the
    fields read, some from the lines under its title: "Commune", "3 412 habitants").
    """
    if not block.sections:
        return None
    last = block.sections[-1]
    if not last.body:
        return last.heading
    return None if IDENTITY_SECTIONS & block.seen or {"kind", "population", "membership_year"} & set(read) \
        else last.body[-1]


_POSTCODE_FIRST = re.compile(r"\s*\d{2} ?\d{3}\s")  # "54035 Nancy Cedex", "21 000 Dijon"


def _people_in_the_address(body: list[Line]) -> list[Line]:
    """The lines of an address that name a contact: a role then a person ("Élue référente : Anne Le
    Gall, …"), or, under the postcode and city (on their own line or ending the address's one), a
    person ("Mme Sophie Mayeux, vice-présidente…"), who was dropped with the lines under the city."""
    cities = [index for index, line in enumerate(body)
              if _POSTCODE_FIRST.match(line.text) and is_postal_line(line.text) or ends_with_a_city(line.text)]
    under = cities[-1] if cities else len(body)
    return [line for index, line in enumerate(body) if names_a_person(line)
            or index > under and another_person(line.text) and not is_street(line.text)]  # not "Place Lazare Goujon"


_DASH = re.compile(r"\s+[–—-]\s+|\t+")


def _role_of(heading: str) -> str:
    """The role a contact heading gives, when the section's heading and the role or the contact share
    the line after a dash: "Élu référent" in "Contact public – Élu référent : Thomas Vial", "Contact
    public" in "Contact public – Mission ESS" (its value)."""
    head, colon, _ = heading.partition(":")
    role = clean(head).rstrip(" .;")
    dash = _DASH.search(role)
    if dash is not None and section_of(fold(role[: dash.start()])) == "contact" and role[dash.end():].strip():
        role = role[dash.end():].strip() if colon else role[: dash.start()]
    return role or "Contact"


def _without_joining(body: list[Line], values: dict, seen: Set[str], file: str,
                     issues: list[ParseIssue]) -> list[Line]:
    """A field's lines without those under its value that say when the member joined ("Nombre
    d'habitants : 2 841" then "Adhérente au RTES depuis 2009, …"): never a part of the field's value,
    the year of joining, read into ``values`` unless the fiche states it elsewhere (then reported)."""
    kept = body[:1]
    for line in body[1:]:
        year = joining_year(line, file)
        if year is None:
            kept.append(line)
        elif "membership" in seen or "membership_year" in values:
            issues.append(issue("ligne-ignoree", file, line.no, line.text))
        else:
            values["membership_year"] = year
    return kept


# A figure of its own under the population's value, after its label: "Superficie : 156 km²", "Communes : 14"
_OTHER_FIGURE = re.compile(r"(?P<label>[^\W\d][^:\d]{1,30}?)\s*:\s*\S")
_POPULATION_WORDS = re.compile(r"population|habitants?|hab\b|insee|recensement|source")


def _without_other_figures(body: list[Line], file: str, issues: list[ParseIssue]) -> list[Line]:
    """The population's lines without those under its value that state another figure after their own
    label ("Chiffres clés" / "Population : 50 000 habitants" / "Superficie : 156 km²" / "Communes :
    14"): never part of the population's text, where they were published; reported, not read."""
    kept = body[:1]
    for line in body[1:]:
        label = _OTHER_FIGURE.match(line.unbulleted)
        if label is not None and not _POPULATION_WORDS.search(fold(label.group("label"))):
            issues.append(issue("ligne-ignoree", file, line.no, line.text))
        else:
            kept.append(line)
    return kept


_SECTION_OF_FIELD = {"population": "population", "membership_year": "membership"}


def _told_in_prose(lines: list[Line], title: Line, seen: Set[str], values: dict, file: str) -> dict:
    """The population and the year of joining the member's presentation tells in its sentences
    ("… regroupe 46 communes et 108 000 habitants. Elle est membre du RTES depuis 2018.") or in a
    line of a head ("Commune de 44 000 habitants, préfecture…": its kind too), when no section nor
    line of the head states them."""
    head, _ = head_facts(lines, file, seen | set(values))  # "Commune de 44 000 habitants, préfecture de…"
    head.pop("membership_year", None)  # (a joining only where it names the RTES: parse.presentation)
    names = [member_name(title)] + ([values["kind"].text] if "kind" in values else [])
    told = {field: value for field, value in member_facts(lines, names, file).items()
            if field not in values and _SECTION_OF_FIELD[field] not in seen}
    return {**told, **head}


def _fiche(block: Block, file: str) -> Fiche:
    issues = [*block.issues, *bound_sections(block.sections, file)]
    values: dict = {}
    unread: list[ParseIssue] = []
    presenting: list[Line] = []  # the lines of a section that presents the member ("Présentation")
    for marker in block.markers:
        if is_in_progress_marker(marker):
            values["in_progress"] = True
        elif "updated" not in values:
            date, found = read_update(marker, file)
            # "Dernière mise à jour" alone: its date may be on the next line; one without its day says more
            unread = found if any(item.type == "date-sans-jour" for item in found) else [*unread, *found]
            if date is not None:
                values["updated"], values["updated_source"], unread = date, Source(file, marker.no), []
    issues.extend(unread)
    head, unread_head = head_facts(block.loose, file, block.seen)  # "Membre depuis 2003", "12 345 habitants"
    values.update(head)
    unread_prose = [line for line in unread_head if line in block.loose]  # may tell them in sentences
    presenting.extend(unread_prose)
    issues.extend(issue("ligne-ignoree", file, line.no, line.text) for line in unread_head)
    for index, (after, section) in enumerate(zip([None, *(earlier.name for earlier in block.sections)],
                                                 block.sections)):
        body = unwrap(section.body, section.name)
        if not body and index + 1 < len(block.sections) and groups_sections(section.heading.text):
            continue  # "I. IDENTITÉ" over "Type : Commune": it groups the sections under it, lost nothing
        if not body and not (section.name == OTHER and section.heading.text.partition(":")[2].strip()):
            # (but "Thématiques : alimentation, mobilité" is a section whose value is on its heading's line)
            issues.append(issue("section-vide", file, section.heading.no, section.heading.text))
            continue
        if section.name == "kind":
            values["kind"] = Text(body[0].text, Source(file, body[0].no))
            head, unread_head = head_facts(body[1:], file, block.seen | set(values))  # "Commune" / "3 412 habitants"
            values.update(head)
            issues.extend(issue("section-inconnue" if len(line.text.split()) <= 4 else "ligne-ignoree",
                                file, line.no, line.text) for line in unread_head)
        elif section.name == "address" and (people := _people_in_the_address(body)):
            # "Coordonnées": the place, and a contact among its lines ("Élue référente : Anne Le Gall, …")
            values["address"], found = read_address([line for line in body if line not in people], file)
            contacts, found_contacts = read_contacts(people, "Contact public", file)
            values["contacts"] = (*values.get("contacts", ()), *contacts)
            issues.extend([*found, *found_contacts])
        elif section.name == "actions":
            actions, found = read_actions(body, file)
            values["actions"], contacts = contacts_among_actions(actions, file)  # "• Contact : Marie Dupont"
            values["contacts"] = (*values.get("contacts", ()), *contacts)
            issues.extend(found)
        elif section.name in _FIELDS:
            key, read = _FIELDS[section.name]
            body = _without_joining(body, values, block.seen, file, issues)
            body = _without_other_figures(body, file, issues) if section.name == "population" else body
            values[key], found = read(body, file)
            issues.extend(found)
        elif section.name == "contact":
            role = _role_of(section.heading.text)
            body, theirs = structure_lines(role, body)  # "Contact : Léa Martin, coordinatrice de la recyclerie"
            values["actions"], found = placed([section.heading if line.no == section.heading.no else line
                                               for line in theirs], values.get("actions", ()), after == "actions", file)
            issues.extend(found)
            contacts, found = read_contacts(body, role, file)
            values["contacts"] = (*values.get("contacts", ()), *contacts)
            issues.extend(found)
        elif section.name == "budget":
            values["budget"] = section_value(body, file)
            readable, unclosed = without_open_parentheses(body, file)  # "300 K€ (hors ESS en 2024, dont…"
            issues.extend(unclosed)
            values["budget_amounts"], found = budget_amounts(
                readable, file, heading=section.heading.text, member=block.title.text if block.title else "")
            issues.extend(found)
        elif section.name == OTHER:
            kept = [section.heading, *body]
            presenting.extend(body if presents_the_member(section.heading.text) else [])
            values["other_sections"] = (*values.get("other_sections", ()), section_value(kept, file))
            issues.append(issue("rubrique-autre", file, section.heading.no, section.heading.text))
        else:  # panorama, programme
            values[section.name] = section_value(body, file)
            presenting.extend(body if groups_sections(section.heading.text) else [])  # "Chiffres clés"
    if block.title is not None and presenting:
        told = _told_in_prose(presenting, block.title, block.seen, values, file)
        values.update(told)
        telling = {value.source.line for value in told.values()} & {line.no for line in unread_prose}
        issues = [found for found in issues if not (found.type == "ligne-ignoree" and found.source.line in telling)]
    if block.title is not None and not block.sections:
        issues.append(issue("sections-absentes", file, block.title.no, block.title.text))
    if (last := _incomplete(block, values)) is not None:
        issues.append(issue("fiche-incomplete", file, last.no, last.text[-60:].lstrip()))
    name = Text(member_name(block.title), Source(file, block.title.no)) if block.title else None
    named = departement_after(block.title) if block.title else None
    return Fiche(source=Source(file, block.start.no), name=name, departement_named=named, issues=tuple(issues),
                 **values)


def _ends_cut_by_layout(blocks: list[Block], last: Line, broken: bool) -> bool:
    """Whether the file stops inside the last fiche's last section where a line of that section never
    stops (parse.cuts.cut_before_a_break, and with no final break parse.cuts.cut_by_layout), or right
    after the title of a fiche that follows another and has nothing under it (a title alone in its
    file is told by ``sections-absentes``)."""
    block = blocks[-1]
    if block.title is not None and block.title.no == last.no:
        return len(blocks) > 1 and not (block.sections or block.loose or block.markers)
    if not block.sections and block.loose and block.loose[-1].no == last.no:  # "Commune de 12 3"
        return cut_before_a_break("head", block.loose)
    section = block.sections[-1] if block.sections else None
    if section is None or not section.body or section.body[-1].no != last.no:
        return False
    body = unwrap(section.body, section.name)
    return cut_before_a_break(section.name, body) or not broken and cut_by_layout(section.name, body)


def _with_heads_apart(lines: list[Line]) -> list[Line]:
    """The lines with a title that carries its head ("Ville de Lodève – Commune – 7 500 habitants")
    as the title and its facts, where a fiche starts: after a blank line or at the top, over a heading
    (never in an action's text)."""
    return [part for index, line in enumerate(lines) for part in (
        head_on_the_title_line(line) if (index == 0 or lines[index - 1].no < line.no - 1)
        and index + 1 < len(lines) and read_heading(lines[index + 1]) is not None else [line])]


def _with_names_cased(fiche: Fiche) -> Fiche:
    """A fiche of a text without capitals with its name, its city and its contacts' holders cased
    as names are."""
    name = replace(fiche.name, text=as_a_name(fiche.name.text)) if fiche.name is not None else None
    address = fiche.address
    if address is not None and address.post_name:
        address = replace(address, post_name=as_a_name(address.post_name))
    contacts = tuple(cased for contact in fiche.contacts if (cased := cased_holder(contact)) is not None)
    return replace(fiche, name=name, address=address, contacts=contacts)


def _parse(text: str, file: str) -> list[Fiche]:
    # "Fiche membre : Ville de X"; "Quel type de collectivité ? Commune"
    lines = as_headings([without_page_label(line, index == 0) for index, line in enumerate(read_lines(text))])
    # "ville de lorient" / "type de collectivité : commune" (not "bonjour": no section, no fiche)
    lowered = without_capitals(text) and any(names_a_section(line) for line in lines)
    lines = _with_heads_apart([with_its_holder_cased(opening_with_a_capital(line)) for line in lines]
                              if lowered else lines)
    if not lines:
        return []
    splitter = Splitter(lines, file)
    blocks = splitter.split()
    ignored = [issue("texte-ignore", file, line.no, line.text) for line in splitter.before_first
               if not (blocks and groups_sections(line.text))]  # "FICHE D'IDENTITÉ" above the title
    # lines skipped or cut wherever they are: each said in the fiche whose block holds it
    placed = [*(issue("navigation-ignoree", file, line.no, line.text) for line in splitter.navigation),
              *(issue("ligne-trop-longue", file, line.no, line.text) for line in lines if line.cut)]
    # a file cut off stops in a word ("…à l'économie soc"), with or without a final line break (no
    # complete line of the corpus, taken as a file's end, stops so), or where a line of its last
    # section never stops ("Budget ESS : 1 2", "… et la Mission loc"); one that ends with a line
    # break, only where no complete line stops ("Population : 12 3")
    broken = text.endswith(("\n", "\r"))
    if ends_mid_word(lines[-1], text) or bool(blocks) and _ends_cut_by_layout(blocks, lines[-1], broken):
        placed.append(issue("fiche-coupee", file, lines[-1].no, lines[-1].text[-60:].lstrip()))
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
    fiches = [_fiche(block, file) for block in blocks]
    if lowered:
        fiches = [_with_names_cased(fiche) for fiche in fiches]
    if any(found.type == "fiche-coupee" for found in placed):  # "Président : Jean-Luc B" names no one
        last = fiches[-1]
        fiches[-1] = replace(last, contacts=tuple(contact for contact in last.contacts if not (
            contact.source.line == lines[-1].no and is_cut_name(contact.person or ""))))
    return fiches


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
