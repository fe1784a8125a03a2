"""Which lines are section headings, and the value a heading carries on its line."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rtes_kg.parse.lines import EMAIL, MAX_HEADING_WORDS, Line
from rtes_kg.parse.naming import clean, fold
from rtes_kg.parse.sections import of_a_period, section_of, with_its_value

# Sections that a fiche states once (a second one means a new fiche has begun) and the free-text
# sections whose headings may legitimately reappear inside prose.
IDENTITY_SECTIONS = frozenset({"membership", "kind", "population", "address", "contact"})
PROSE_SECTIONS = frozenset({"panorama", "budget", "programme", "actions"})
HEAD_SECTIONS = frozenset({"kind", "population", "membership"})  # what a fiche's head says under its title
# A section under a heading the parser does not know: kept whole, as text.
OTHER = "other"

# An amount anywhere on a line: such a line states something, it does not head a section.
_AMOUNT = re.compile(r"\d\s*(?:[mk]\s*)?(?:€|euros?\b)|\d\s*(?:millions?|milliards?|mille)\s+d['’]?\s*euros",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Heading:
    """A recognised section heading and the value written after it on the same line, if any."""

    section: str
    inline: str


# Headings of sections the parser has no field for, recognised by what they announce: the ESS of a
# place, partners, key figures, links… ("L’ESS en Martinique", "Nos partenaires", "Chiffres clés").
_OTHER_HEADING = re.compile(
    r"^(?:(?:l'ess|l'economie sociale et solidaire|economie sociale et solidaire) (?:en|dans|sur|a|au|aux)\b"
    r"|(?:nos|les|mes|ses|leurs|quelques|principaux|principales|autres) (?:\w+ )?(?:partenaires|chiffres|"
    r"contacts|liens|ressources|reseaux|dispositifs|outils|documents|publications|temps forts|"
    r"evenements|projets structurants|acteurs)\b"
    r"|(?:chiffres cles|partenaires|partenariats|liens utiles|en savoir plus|pour aller plus loin|"
    r"ressources|documents|publications|presentation|historique|gouvernance|temps forts|"
    r"evenements|actualites|perspectives)\b|qui (?:sommes-nous|etes-vous|est-elle)\b)")
_OTHER_HEADING_WORDS = 8
# The themes the member works on, as a group: "Thématiques : alimentation, mobilité, réemploi", or a
# heading with bullets under it. A section of its own (kept as it is), never a line of the section above
# (a figure in it was read as the population).
_THEMES_HEADING = re.compile(r"(?:(?:nos|ses|les|principales|principaux) )?(?:thematiques|themes|domaines|secteurs|"
                             r"champs)(?: (?:d'(?:intervention|action|activite)s?|prioritaires|investis|couverts|"
                             r"de l'ess|ess))?")


# A heading that only groups the sections under it ("1. Présentation", "I. IDENTITÉ", "Chiffres clés"
# over "Population : …"): no section of its own when a heading follows it right away.
_GROUPS = re.compile(r"(?:(?:fiche|carte) d')?identite(?: de la collectivite| du membre)?|presentation(?: generale)?"
                     r"(?: de la collectivite)?|informations? (?:generales?|cles)|generalites|chiffres cles|en bref")


def groups_sections(heading: str) -> bool:
    """Whether a heading's words (its number aside) only group the sections under it."""
    numbered = _NUMBERING.match(heading)
    return bool(_GROUPS.fullmatch(fold(heading[numbered.end():] if numbered else heading).strip(" .")))


def _is_other_heading(line: Line) -> bool:
    """A heading the parser has no field for: a short line on its own, no amount or figure, that
    announces a section by its words."""
    text = line.text.rstrip(" :")
    return (len(text.split()) <= _OTHER_HEADING_WORDS and not re.search(r"\d|€", text)
            and not text.endswith((".", ";", ",")) and bool(_OTHER_HEADING.match(fold(text))))


def read_heading(line: Line) -> Heading | None:
    """The heading this line is, with its inline value ("Année d'adhésion au RTES: 2023")."""
    if line.bullet or line.is_url or _never_a_heading(line.text):
        return None  # "contact.ess@ville.fr", "Mentions légales | Plan du site | Contact"
    numbered = _NUMBERING.match(line.text)
    if numbered is not None:  # "2. Programme d'intervention…": a numbered heading, never a numbered action
        text = line.text[numbered.end():]
        heading = read_heading(replace(line, text=text, key=fold(text)))
        head = fold(text.partition(":")[0]).strip(" .")
        own = _NUMBERED_OPENS.match(head) or _NUMBERED_IS.fullmatch(head) or _GROUPS.fullmatch(head)
        return heading if heading is not None and own \
            else None  # (only the section's own words: "2. Adresse des lieux de réemploi : …" is an action)
    head, colon, rest = line.text.partition(":")
    if not colon:
        head, colon, rest = _without_colon(line)
    key = fold(head) if colon else line.key
    if not key or len(key.split()) > MAX_HEADING_WORDS or not colon and _a_sentence(line.text, key):
        return None
    section = section_of(key)
    if section is None and _THEMES_HEADING.fullmatch(key.strip(" .")) and not _AMOUNT.search(line.text):
        return Heading(OTHER, "")  # "Thématiques : alimentation, mobilité" (its value stays on its line)
    if section is None:
        announced = _is_other_heading(line) or bool(_GROUPS.fullmatch(key.strip(" .")))
        return Heading(OTHER, "") if not rest.strip() and announced else None
    if section != "budget" and _AMOUNT.search(line.text):
        return None  # "Programme européen 2021-2027 : près de 200 000 €…" is a budget line
    if colon and not with_its_value(section, key, rest):
        return None  # "Enveloppe budgétaire : 20 000 €" under an action is its money, not the member's budget
    if section in ("programme", "actions", "panorama") and re.search(r"\d", head if colon else line.text) \
            and not of_a_period(section, head if colon else line.text):
        return None  # a named programme ("Programme « Impulsion 2030 »"), not the section
    inline = clean(rest) if colon else ""
    if section in ("programme", "actions", "panorama") and _ONLY_A_PERIOD.fullmatch(inline):
        inline = ""  # "Programme d'intervention – 2023": its date, no text of the section
    if section == "membership" and not colon and re.search(r"\d", key):
        inline = line.text  # "Adhésion au RTES en 2001": the year sits in the heading itself
    return Heading(section, inline)


_SENTENCE_WORDS = 4


def _a_sentence(text: str, key: str) -> bool:
    """A short line that ends with a full stop tells, unless it is a heading in the usual words
    (``key``: the line folded): "Accueil des habitants au tiers-lieu.", "La Ville soutient les
    habitants et leurs associations." (as the first line of the actions they opened a population
    section, and an untitled fiche)."""
    text = text.rstrip()
    if not text.endswith(".") or text.endswith("..") or len(text.split()) < _SENTENCE_WORDS:
        return False
    return not (_NUMBERED_OPENS.match(key) or _NUMBERED_IS.fullmatch(key.strip(" .")))


def bulleted_identity(line: Line) -> tuple[Line, Heading] | None:
    """A bulleted line that states what the member is, with its value: "- Type de collectivité :
    Communauté urbaine", "• Nombre d'habitants : 92 000" (as the line without its bullet, and its
    heading). Whether it opens its section depends on where it is: never inside the actions."""
    if not line.bullet:
        return None
    text = line.unbulleted
    plain = replace(line, text=text, key=fold(text))
    heading = read_heading(plain)
    return (plain, heading) if heading is not None and heading.inline and heading.section in IDENTITY_SECTIONS \
        else None


_ONLY_A_PERIOD = re.compile(r"\(?(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})?\)?")
_NUMBERING = re.compile(r"(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*[.)–-]\s+(?=\w)")
_NUMBERED_OPENS = re.compile(r"programme d'intervention|intervention dans|exemples? d'actions|actions soutenues|"
                             r"budget (?:dedie|consacre|ess|annuel|alloue)|moyens (?:dedies|consacres|financiers)|"
                             r"(?:annee |date )?d'adhesion|adhesion au rtes|type de (?:la )?collectivite")
_NUMBERED_IS = re.compile(r"nombre d'habitants(?: sur le territoire)?|population(?: legale| municipale| totale)?"
                          r"(?: (?:19|20)\d{2})?|adresse(?: postale)?|coordonnees|contacts?(?: public| technique)?|"
                          r"budget(?: (?:19|20)\d{2})?|programme|(?:nos |les )?actions(?: menees| soutenues)?")
_NEVER_IN_HEADING = re.compile(r"@|\||\bwww\.|\[at\]|\(at\)", re.IGNORECASE)
_DETAILS = re.compile(rf"{EMAIL.pattern}|\bwww\.\S+|"  # what may follow a contact or an address on its line
                      r"\b(?:t[ée]l[ée]phone|t[ée]l|e-?mail|courriel|m[ée]l|site(?: internet| web)?|fax)\b",
                      re.IGNORECASE)


def names_a_section(line: Line) -> bool:
    """Whether the line is the heading of a section the parser reads (not one it has no field for)."""
    heading = read_heading(line)
    return heading is not None and heading.section != OTHER

def _never_a_heading(text: str) -> bool:
    """A line with an e-mail address or a web site is no heading ("contact.ess@ville.fr"), unless
    a contact or an address is written after its heading with its details ("Contact public : Élu
    référent : Paul Le Goff – paul.legoff@ville.fr"): the heading of what is left."""
    if not _NEVER_IN_HEADING.search(text):
        return False
    cell, bar, value = text.partition("|")
    if bar and not _NEVER_IN_HEADING.search(value) and section_of(fold(cell).strip()) in HEAD_SECTIONS:
        return False  # a table's row of two cells, a field and its value: "Habitants | 44 000"
    head, colon, rest = text.partition(":")
    if not colon or "|" in text or _NEVER_IN_HEADING.search(head) \
            or section_of(fold(head)) not in ("contact", "address"):
        return True
    return not re.search(r"[^\W\d_]{2}", _DETAILS.sub("", rest))


# A value written after its heading with a dash or a tab, or with nothing but a space, instead of
# ":" ("Type de collectivité – Commune", "Nombre d'habitants sur le territoire 26 440").
_SEPARATOR = re.compile(r"\s+[–—-]\s+|\t+|\s+\|\s+(?!.*\|)")  # and a table's two cells: "Habitants | 44 000"
_VALUE_AFTER = re.compile(r"^((?:type|nature) de (?:la )?collectivite|nombre d'habitants(?: sur le territoire)?|"
                          r"population(?: municipale| totale)?|budget(?: ess| (?:dedie|consacre) a l'ess)?)\s+(?=\S)")


def _without_colon(line: Line) -> tuple[str, str, str]:
    """``line.text.partition(":")`` for a heading whose value follows another separator; the text,
    "", "" when there is none."""
    separator = _SEPARATOR.search(line.text)
    if separator is not None and section_of(fold(line.text[: separator.start()])) is not None:
        # "Type de collectivité – Commune", "Budget dédié à l'ESS – 60 000 € (2023)", "Type | Commune"
        return line.text[: separator.start()], ":", line.text[separator.end():]
    known = _VALUE_AFTER.match(line.key)
    if known is not None and (known.group(1).startswith(("type", "nature")) or re.match(r"\d", line.key[known.end():])):
        words = len(known.group(1).split())  # the heading's words, as written, then its value
        parts = line.text.split(None, words)
        if len(parts) > words:
            return " ".join(parts[:words]), ":", parts[words]
    return line.text, "", ""


_BETWEEN_HEADINGS = re.compile(r"\s*;\s+")


def one_per_heading(line: Line, heading: Heading) -> list[tuple[Line, Heading]]:
    """A line of the head that states several facts, each after its heading ("Type de collectivité :
    Commune ; Nombre d'habitants : 158 000 ; Année d'adhésion : 2002"), as one heading per fact (the
    kind was all the rest of the line, the population and the year lost); any other line as it is."""
    if heading.section not in HEAD_SECTIONS or ";" not in heading.inline:
        return [(line, heading)]
    parts = [Line(line.no, text, line.indent, fold(text)) for text in _BETWEEN_HEADINGS.split(line.text)]
    headings = [read_heading(part) for part in parts]
    if not all(found is not None and found.section in IDENTITY_SECTIONS and found.inline for found in headings):
        return [(line, heading)]
    return [(part, found) for part, found in zip(parts, headings) if found is not None]


# A prose heading's word, then the name of one programme: "Programme Territoire zéro chômeur",
# "Dispositif « Cap Asso »" (not "Programme ESS", "Programme d'intervention de la Région", nor a
# heading in capitals: "PROGRAMME D'INTERVENTION").
_NAMED_PROGRAMME = re.compile(r"\W*(?:\d{1,2}\s*[.)]\s*)?(?i:programme|dispositif|plan|budget|panorama)\s+"
                              r"(?:[«\"“]|(?!ESS\b|RTES\b|L['’]ESS\b)[A-ZÀ-Ý](?=[\w'’-]*[a-zà-ÿ]))")
# An action's own figures under a label of the panorama's words: "Chiffres clés : 350 tonnes…"
_ITS_FIGURES = re.compile(r"\W*(?:(?:quelques|les|ses) )?chiffres(?: cles)?\b")


def names_a_programme(line: Line, heading: Heading) -> bool:
    """Whether a prose heading's word names a programme of its own: "Programme Territoire zéro chômeur : …"."""
    return heading.section in PROSE_SECTIONS and bool(_NAMED_PROGRAMME.match(line.unbulleted))


def labels_figures(line: Line, heading: Heading) -> bool:
    """Whether the panorama's words label figures written after them: "Chiffres clés : 350 tonnes…"
    (in the actions, those of the action above)."""
    return heading.section == "panorama" and bool(heading.inline) and bool(_ITS_FIGURES.match(line.key))
