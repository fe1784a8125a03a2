"""The lines of the actions that are a detail of one action, not a section of the fiche: a heading's
words with their value written between two paragraphs ("Contact : Marie Dupont"), a line under a
bullet ("Ouvert le samedi matin")."""

from __future__ import annotations

import re

from rtes_kg.parse.contact_details import DETAILS_LINE, is_phone_line
from rtes_kg.parse.contacts import another_person, names_a_person
from rtes_kg.parse.fields import is_postal_line
from rtes_kg.parse.headings import IDENTITY_SECTIONS, read_heading
from rtes_kg.parse.lines import EMAIL, Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.titles import is_tagline, title_shaped

# A paragraph of the actions tells something: a sentence of a few words that ends ("La Ville a créé
# l'épicerie La Brouette avec le CCAS."), never a name, a title, a phone number or a postal line.
_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def tells_an_action(line: Line, least_words: int = _SENTENCE_WORDS) -> bool:
    """Whether a line reads as a paragraph of the actions: a sentence of words, not a contact
    ("Élue référente : Anne Le Gall"), its details ("Tél. : 02 47 23 47 44"), an address ("1 place
    de la Halle") or a link."""
    text = line.unbulleted
    return (len(_WORD.findall(text)) >= least_words and bool(_SENTENCE_END.search(text))
            and not line.is_url and not names_a_person(line) and not is_postal_line(text)
            and not DETAILS_LINE.match(fold(text)) and not is_phone_line(text) and not EMAIL.search(text))


def shares_a_name(value: str, text: str) -> bool:
    """Whether a sentence names a capitalised word of a heading's value ("Contact : Marie Dupont" then
    "Marie Dupont anime le réseau…"): it tells of that value, the fiche's contact, not of an action."""
    names = {fold(word) for word in _NAME_WORD.findall(value) if word[:1].isupper()}
    return bool(names & {fold(word) for word in _NAME_WORD.findall(text)})


# The fields of an action's sheet, folded: what a line under an action says of it, before a colon
# ("Porteur : association La Trouvaille – contact : Léa Martin", "Partenaires : CAF, CCAS", "Public :
# jeunes de 16 à 25 ans", "Chiffres clés : …", "Soutien de la CC : …"). titled_groups.py reads them
# under a title's bullets, with "Contact :" (a contact's heading in the actions may open a sentence
# of its own, ``value_tells_an_action``).
ACTION_FIELD = (r"(?:partenaires?|partenariats?|porteurs?|porteuses?|structures? porteuses?|porte(?:e|s|es)? par|"
                r"portage|co-?financeurs?|financeurs?|financements?|budget|couts?|montants?|chiffres?(?: cles)?|"
                r"resultats?|bilan|dates?|periode|duree|horaires?|calendrier|lieu|localisation|"
                r"annee de (?:lancement|creation|demarrage)|emplois?(?: crees)?|effectifs?|indicateurs?|"
                r"publics?(?: cibles?| vises?)?|objectifs?|beneficiaires|statut|gestionnaire|operateur|description|"
                r"site(?: internet| web)?|en savoir plus|(?:soutien|role|implication|intervention|apport|participation|"
                r"financement) (?:de la |du |de l')(?:ville|commune|cc|cu|ca|"
                r"communaute|collectivite|metropole|region|departement|agglo(?:meration)?))"
                r"(?: (?:de l'action|du projet|de projet|principaux|principales|associes?|financiers?|techniques?|"
                r"institutionnels?|operationnels?|mobilises?|impliques?|envisages?|pressentis?|potentiels?))?")
_FIELD_LABEL = re.compile(ACTION_FIELD)


def follows_its_fields(line: Line, above: Line) -> bool:
    """Whether ``line`` is a field of the action's sheet right under another ("Porteur : association
    X" then "Budget : 12 000 €", "Chiffres : 350 vélos"): the action's, never a section of the fiche's."""
    return line.no == above.no + 1 and not line.bullet and not above.bullet \
        and all(a_field(text) for text in (line.text, above.text))


def next_sheet_title(parts: list[str]) -> int:
    """How many of the last ``parts`` of a sheet, after its last field, are the next sheet's title and
    theme, short lines that no field follows ("Thème 2 – Mobilité", "Garage solidaire de X", then
    "Porteur : …"): a few at most, none when no field stands above them."""
    count = 0
    while count < _TITLE_LINES and count < len(parts) and not a_field(parts[-1 - count]) \
            and len(parts[-1 - count].split()) <= _TITLE_WORDS:
        count += 1
    return count if count < len(parts) and a_field(parts[-1 - count]) else 0


_TITLE_LINES, _TITLE_WORDS = 3, 10


def another_sheet(line: Line, above: list[str]) -> bool:
    """Whether a carrier's field opens the sheet of another action: the lines ``above``, the action's
    so far, hold one already ("Porteur : association A", "Description : …", then "Porteur : SCOP B")."""
    return a_carrier_field(line.text) and any(a_carrier_field(text) for text in above)


def a_carrier_field(text: str) -> bool:
    """Whether ``text`` is the field of an action's carrier: "Porteur : association X", "Portée par : Y"."""
    head, colon, value = text.partition(":")
    return bool(colon and value.strip() and _CARRIER_LABEL.fullmatch(fold(head).strip()))


_CARRIER_LABEL = re.compile(r"(?:porteurs?|porteuses?|structures? porteuses?|porte(?:e|s|es)? par|portage)"
                            r"(?: (?:de l'action|du projet|de projet))?")


def a_field(text: str) -> bool:
    """Whether ``text`` is a field of an action's sheet: "Partenaires : …", "Montant : 250 000 €"."""
    head, colon, value = text.partition(":")
    return bool(colon and value.strip() and _FIELD_LABEL.fullmatch(fold(head).strip()))


def is_detail(line: Line) -> bool:
    """A heading's words with their value inside the actions ("Contact : Marie Dupont, présidente",
    "Adresse : 12 rue du Port, 29000 Quimper"), or a label of what an action involves ("Porteur :
    association La Trouvaille"): a detail of the action above, never an action."""
    if line.bullet:
        return False
    head, colon, value = line.text.partition(":")
    if colon and fold(head).startswith("adresse") and is_postal_line(value):
        return True  # "Adresse de la ressourcerie : 12 rue des Artisans, 73800 Montmélian": the structure's
    if a_field(line.text):
        return True
    heading = read_heading(line)
    return heading is not None and heading.section in IDENTITY_SECTIONS and bool(heading.inline) \
        and not value_tells_an_action(heading.inline)


def value_tells_an_action(value: str) -> bool:
    """Whether what follows a heading's words is a sentence of the actions ("Contact public : La Ville
    met à disposition un local à l'association X."): an action, no value of that heading. Not a
    contact's, which opens with a person ("Anne Le Gall, adjointe chargée de l'économie sociale.")."""
    return tells_an_action(Line(0, value, 0, fold(value))) and not another_person(value) \
        and not read_heading(Line(0, value, 0, fold(value)))


# The words of a budget's own parts: a line of them heads a part of the budget, not another section.
_BUDGET_WORDS = frozenset({"budget", "budgets", "fonctionnement", "investissement", "subvention", "subventions",
                           "credit", "credits", "depenses", "recettes", "total", "dont", "repartition", "detail",
                           "montant", "montants", "enveloppe", "enveloppes", "aide", "aides", "fonds", "ligne",
                           "lignes", "ess", "financement", "financements", "dotation", "dotations", "moyens"})


def titles_a_paragraph(line: Line, below: Line) -> bool:
    """Whether a short line of no figure and no word of a budget's parts heads the sentence below it:
    "Coopérations territoriales" / "La Ville participe au PTCE X." (not "Fonctionnement" / "…", nor
    "Économie circulaire" / "50 000 €")."""
    return title_shaped(line) and not any(char.isdigit() for char in line.text) \
        and not _BUDGET_WORDS & set(re.split(r"[\s'’-]+", line.key)) and tells_an_action(below)


def titles_the_sentence_below(line: Line, below: Line) -> bool:
    """Whether a line over a sentence titles that sentence's action, even in a body's words:
    "Territoire zéro chômeur de longue durée" / "L'EBE X emploie 45 salariés." (not "Ville de Brest"
    / "La Ville de Brest est membre du RTES.", "Commune de 140 000 habitants.": a fiche's title and
    what it says of itself)."""
    return tells_an_action(below, least_words=3) and line.key not in below.key and not is_tagline(below, line)
