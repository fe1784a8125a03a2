"""What a fiche's title looks like: a short capitalised name, not a sentence, a link, a phone
number or a button; and whether it names the kind of body the member is ("Ville de Dijon")."""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.fields import states_population, title_case_city
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold

_MAX_TITLE_WORDS = 12
_MAX_TITLE_CHARS = 120
# Lines a contact block or a web page ends with, which name nobody: "Tél. 02 40 99 10 00", "Tweeter".
_NO_NAME = re.compile(r"(?:tel|tél|telephone|téléphone|fax|portable|mobile|standard|accueil|horaires|"
                      r"tweeter|twitter|facebook|linkedin|instagram|partager|imprimer|agenda)\b")

# A line that says what the member is made of or opens with "un"/"une" describes a member; no
# name does either: "Un territoire de 53 communes et 48 000 habitants", "Une agglomération
# rurale", "38 communes, 120 000 habitants".
_DESCRIBES = re.compile(r"(?:un|une)\s|.*\d[\d\s.]*\s*(?:communes|habitants|hab\b)")


def title_shaped(line: Line) -> bool:
    """A fiche's title: a short name, capitalised, not a sentence, a role line, a link, a bullet, a
    phone number or a button."""
    text = line.text
    digits = sum(map(str.isdigit, text))
    return (len(text) <= _MAX_TITLE_CHARS and len(text.split()) <= _MAX_TITLE_WORDS
            and not _NO_NAME.match(line.key) and digits * 3 < len(text)
            and text[:1].isupper() and ":" not in text and not text.endswith(".")
            and "€" not in text and "@" not in text and "|" not in text  # "Mentions légales | Plan du site"
            and not line.bullet and not line.is_url
            and not states_population(line.key, after_words=True)  # "Plus de 3 400 habitants"
            and not _DESCRIBES.match(line.key))


# A title that says what kind of body the member is: "Commune de Saint-Claude", "Ville de Dijon".
_BODY_TITLE = re.compile(r"(?:ville|commune|mairie|communaute|metropole|eurometropole|departement|conseil|region|"
                         r"syndicat|petr|pays|pole|agglomeration|collectivite|etablissement public|"
                         r"territoire)\b")


def names_a_body(line: Line) -> bool:
    return opens_with_a_body_word(line.key)


def opens_with_a_body_word(key: str) -> bool:
    """Whether a folded text opens with a kind of body ("ville de …", "communaute …"): no person's name."""
    return bool(_BODY_TITLE.match(key))


# A département's number after the name: "Ville de Saint-Herblain (44)" is the Ville de Saint-Herblain.
_DEPARTEMENT_AFTER = re.compile(r"\s*\((\d{2,3}|2[AB])\)$")


def departement_after(title: Line) -> str | None:
    """The département's code a title ends on: "Ville de Saint-Denis (974)" is in the 974."""
    found = _DEPARTEMENT_AFTER.search(title.text)
    return found.group(1) if found is not None else None


def member_name(title: Line) -> str:
    """The member's name as its title writes it, in capitals only where a name has them: a title
    all in capitals ("VALENCIENNES MÉTROPOLE", a heading's style) is published "Valenciennes
    Métropole", its acronyms of kinds kept ("CA DU GRAND CHALON": "CA du Grand Chalon")."""
    name = _DEPARTEMENT_AFTER.sub("", title.text) or title.text
    if name != name.upper() or sum(ch.isalpha() for ch in name) < 5:
        return name
    cased = with_its_kind_cased(title_case_city(name))
    return " ".join(word.upper() if word.upper() in _KIND_ACRONYMS else word for word in cased.split(" "))


def with_its_kind_cased(cased: str) -> str:
    """A name cased word by word, its kind's words after the first in lower case again: "Communauté
    D'Agglomération du Grand Narbonne" is "Communauté d'agglomération du Grand Narbonne"."""
    kind = next((kind for kind in _KINDS if fold(cased[: len(kind)]) == fold(kind)), None)
    return cased if kind is None else kind + cased[len(kind):]


# Kinds whose words after the first are no name's: "Communauté de communes du Pays de Lunel".
_KINDS = ("Communauté de communes", "Communauté d'agglomération", "Communauté urbaine", "Syndicat mixte",
          "Établissement public territorial", "Pôle d'équilibre territorial et rural", "Collectivité territoriale")


_KIND_ACRONYMS = frozenset({"CA", "CC", "CU", "EPT", "EPCI", "PETR", "PNR", "SIVOM", "SIVU", "SM", "RTES", "ESS"})


# Lines under a title that say what the member is or where: "Doubs (25)", "Membre depuis 2001",
# a page's label ("Fiche membre"),
# and under a title line, a kind alone ("Établissement public territorial (T5)", under "Boucle Nord
# de Seine") or a commune described ("Commune des Hauts-de-Seine", under "Ville de Colombes").
MEMBER_SINCE = re.compile(r"membre (?:du rtes |du reseau )?depuis (?:19|20)\d{2}$")  # a web page's wording
_TAGLINE = re.compile(r"[^()]{2,40} \((?:\d{2,3}|2[ab]|t\d{1,2})\)$"
                      rf"|{MEMBER_SINCE.pattern}"
                      r"|fiche (?:membre|adherent|collectivite)s?(?: (?:du )?(?:rtes|reseau))?$")  # a page's label
_KIND_ALONE = re.compile(r"(?:commune(?: nouvelle)?|ville|metropole|departement|region|intercommunalite|epci|petr|"
                         r"conseil (?:departemental|regional)|"
                         r"communaute (?:de communes|d'agglomeration|urbaine)|etablissement public territorial|"
                         r"syndicat mixte|pole d'equilibre territorial et rural|"
                         r"collectivite (?:territoriale|d'outre-mer|a statut particulier))$")
# A kind of body then a word in lower case that is no "de": "Commune nouvelle issue de la fusion…",
# "Ville-centre des Mauges", "Collectivité d'outre-mer des Antilles" (a title names: "Ville de Colombes").
_KIND_DESCRIBED = re.compile(r"(?i:commune|ville|collectivit[ée]|d[ée]partement|r[ée]gion|communaut[ée]|m[ée]tropole)"
                             r"(?:-centre\b|\s+(?!de\b|du\b|des\b|d['’]|la\b|le\b|les\b)[a-zà-ÿ]|"
                             r"\s+d['’](?:outre-mer|int[ée]r[êe]t)\b)")
_DESCRIBED_COMMUNE = re.compile(r"commune (?:nouvelle )?(?:de |des |du |d')[^()]{2,40}$")


# A page's label before the member's name: "Fiche membre : Ville de X", "Fiche adhérent RTES – CC du Y".
_LABEL = (r"fiche\s+(?:du\s+)?(?:membre|adh[ée]rente?|collectivit[ée]|rtes)s?"
          r"(?:\s+(?:du\s+|de\s+l['’])?(?:rtes|r[ée]seau))?")
_PAGE_LABEL = re.compile(_LABEL + r"\s*[:–—-]\s*(?=\w)", re.IGNORECASE)
# And after it: "Communauté d'agglomération du Pays Basque – Fiche membre RTES" (at the line's end: a
# search from its start would try each of a long run of spaces).
_PAGE_LABEL_AFTER = re.compile(r"\s[:–—|-]\s+" + _LABEL + r"\s*$", re.IGNORECASE)
_LABEL_AFTER_REACH = 60  # characters


def without_page_label(line: Line, first: bool = False) -> Line:
    """The line without a page's label before a name: "Fiche membre : Ville de X" is "Ville de X"
    (its title), not a line of no section; so is the ``first`` line of a document with the label
    after the name, "Ville de X – Fiche membre RTES" (further down, a PDF's running header)."""
    if (label := _PAGE_LABEL.match(line.text)) is not None:
        text = line.text[label.end():]
    elif first and (label := _PAGE_LABEL_AFTER.search(line.text, max(0, len(line.text) - _LABEL_AFTER_REACH))):
        text = line.text[: label.start()]
    else:
        return line
    return replace(line, text=text, key=fold(text))


def is_kind_alone(text: str) -> bool:
    """Whether a text is a kind of member and nothing else: "Commune", "Communauté de communes"."""
    return bool(_KIND_ALONE.match(fold(text.strip())))


def kind_then_areas(text: str) -> str | None:
    """The kind of member a line names before the areas it lies in, between dashes or commas or in
    parentheses, else None: "Commune – Bretagne – Finistère", "Département, Nouvelle-Aquitaine",
    "Commune (Finistère, Bretagne)", "Commune (29)" (a page's tag line under the member's name, no
    title of another fiche)."""
    found = kind_and_areas(text)
    return None if found is None else found[0]


def kind_and_areas(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The kind and the areas of a tag line (``kind_then_areas``): ("Commune", ("Bretagne",
    "Finistère")) for "Commune – Bretagne – Finistère"; else None."""
    text = text.strip()
    if (inside := _AREAS_INSIDE.fullmatch(text)) is not None:
        text = f"{inside['kind']}, {inside['areas']}"
    first, *areas = _AREA_BREAK.split(text)
    named = all(area[:1].isupper() and len(area.split()) <= _AREA_WORDS and not any(c.isdigit() for c in area)
                or _DEPARTEMENT_CODE.fullmatch(area) for area in areas)
    return (first, tuple(areas)) if areas and len(areas) <= _AREAS and named and is_kind_alone(first) else None


_AREAS_INSIDE = re.compile(r"(?P<kind>[^()]+?)\s*\((?P<areas>[^()]+)\)")
_DEPARTEMENT_CODE = re.compile(r"\d{2,3}|2[ABab]")
_AREA_BREAK = re.compile(r"\s+[–—-]\s+|\s*[,/|]\s*")
_AREAS = 3  # "Commune – Bretagne – Finistère – Cornouaille"
_AREA_WORDS = 4  # "Provence-Alpes-Côte d'Azur", "Pays de la Loire"


# "Adhérente au RTES depuis 2009, membre du CA depuis 2015", "Adhésion au réseau en 2012": the year the
# member joined, said in a sentence; "membre du CA depuis 2015" is no joining (its own words between)
JOINED = re.compile(r"\b(?:membre|adherente?|adhesion)\s+(?:(?:du|au)\s+(?:rtes|reseau)\s+)?(?:depuis|en)\s+"
                    r"((?:19|20)\d{2})\b")
# The clauses of a line of a fiche's head: "Commune de 2 841 habitants, membre du CA depuis 2015"
CLAUSE_BREAK = re.compile(r"\s*[,;]\s+|\s+[–—]\s+")


def is_tagline(line: Line, above: Line | None) -> bool:
    """Whether ``line``, under the line ``above`` (no heading; None: no such line), describes a
    member rather than names one."""
    if _TAGLINE.match(line.key) or states_population(line.key, after_words=True) or kind_then_areas(line.text):
        return True  # (its population too: "3 412 habitants")
    if JOINED.match(line.key) or states_population(CLAUSE_BREAK.split(line.key, 1)[0], after_words=True):
        return True  # "Adhérente au RTES depuis 2009", "Commune de 2 841 habitants, membre du CA depuis 2015"
    if above is None or not title_shaped(above):
        return False
    described = bool(_DESCRIBED_COMMUNE.match(line.key)) or _KIND_DESCRIBED.match(line.text) is not None
    return bool(_KIND_ALONE.match(line.key)) or described and names_a_body(above)
