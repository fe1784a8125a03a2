"""What an action is called: its title when it has one ("Titre : …" in a sheet of fields, a short
first line, the words before " : "), else its first sentence; and the year its text opens with."""

from __future__ import annotations

import re

from rtes_kg.parse.details import value_tells_an_action
from rtes_kg.parse.headings import IDENTITY_SECTIONS
from rtes_kg.parse.naming import fold
from rtes_kg.parse.numbering import NUMBER
from rtes_kg.parse.sections import section_of

# A title line ("Tiers-lieu A Casa Cumuna à Corte") is a short line that does not end a sentence.
TITLE_WORDS = 12
LABEL_MAX_LENGTH = 120
_HEADING_WORDS = 2  # "Contact public", "Adresse" before a sentence; not "Adresse unique pour l'emploi"
# "2022 : ouverture de…", "2021 – création…": an action dated by its first word.
YEAR_PREFIX = re.compile(r"^((?:19|20)\d{2})\s*(?::|[-–—])\s+(?=\S)")
_TITLE_SEPARATOR = re.compile(r"\s+:\s+|:\s+(?=[a-zàâçéèêëîïôûùüÿœ])")


def is_title(text: str) -> bool:
    """A line that names rather than tells: short, and not the end of a sentence or a list."""
    text = NUMBER.sub("", text).strip()
    return (0 < len(text.split()) <= TITLE_WORDS and not text.endswith((".", ";", ",", ":", "…", "!", "?"))
            and "€" not in text and (text[:1].isupper() or text[:1].isdigit()))


_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
# "Sur proposition de M. Pélieu, …": a title or an initial before a full stop ends no sentence
_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(]))(?:M|MM|Mme|Mlle|Mgr|Dr|Pr|Me|St|Ste|cf|av|bd|[A-Z])\.$")
_ABBREVIATION_REACH = 5  # looked for only just before each full stop: linear on "M. M. M. …"


def action_label(text: str) -> str:
    """What an action is called: its title when it has one, else its first sentence, without list
    number or year, cut at a word before 120 characters ("…" marks a cut).

    >>> action_label("2. Atelier vélo La Roue Libre : ouvert en 2021, il répare des vélos.")
    'Atelier vélo La Roue Libre'
    >>> action_label("Préval a initié l’émergence de la recyclerie Re Bon. Cette SIAE…")
    'Préval a initié l’émergence de la recyclerie Re Bon'
    """
    first_line = unnumbered(text.strip().split("\n", 1)[0])
    title, separator, rest = _split_title(first_line)
    if separator and fold(title).strip() in _TITLE_LABELS and rest.strip():
        title, separator, rest = _split_title(first_line := rest.strip())  # "Titre : Conciergerie solidaire"
    if separator and len(title.split()) <= _HEADING_WORDS and section_of(fold(title)) in IDENTITY_SECTIONS \
            and value_tells_an_action(rest):
        # "Contact public : La Ville met à disposition…": a heading's words are no title, the sentence is
        title, separator, rest = _split_title(first_line := rest)
    if separator and 2 <= len(title.split()) <= TITLE_WORDS:  # "Perspective : …" is no title
        return title.strip()
    if "\n" in text.strip() and is_title(first_line):
        return first_line
    first = " ".join(first_sentence(first_line).split()).rstrip(" .")
    if len(first) <= LABEL_MAX_LENGTH:
        return first
    cut = first[: LABEL_MAX_LENGTH - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


# The labels of an action's title in a sheet of fields: "Titre : …", "Intitulé du projet : …"
_TITLE_LABELS = frozenset({"titre", "intitule", "nom", "nom de l'action", "nom du projet", "intitule de l'action",
                           "intitule du projet", "titre de l'action", "titre du projet"})


def unnumbered(line: str) -> str:
    """A line without its bullet, list number and year: "2. 2022 : Ouverture…" is "Ouverture…"."""
    return YEAR_PREFIX.sub("", NUMBER.sub("", line.lstrip("• "))).strip()


def first_sentence(line: str) -> str:
    """The line up to the end of its first sentence, its stop kept ("M. Pélieu" ends none)."""
    return next((line[:end.start() + 1] for end in _SENTENCE_END.finditer(line)
                 if not _ABBREVIATION.search(line, max(0, end.start() - _ABBREVIATION_REACH), end.start() + 1)),
                line)


def _split_title(line: str) -> tuple[str, str, str]:
    """"Atelier vélo : ouvert en 2021…" -> ("Atelier vélo", ":", "ouvert en 2021…")."""
    match = _TITLE_SEPARATOR.search(line)
    if match is None or match.start() == 0:
        return line, "", ""
    return line[:match.start()], ":", line[match.end():]


def action_year(text: str) -> int | None:
    """The year an action is dated by when its text opens with one ("2022 : ouverture de…")."""
    match = YEAR_PREFIX.match(text.strip().lstrip("• "))
    return int(match.group(1)) if match else None
