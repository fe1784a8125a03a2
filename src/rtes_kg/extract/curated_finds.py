"""The organisations of the curated list (data/reference/organisations.ttl) a text names, by any of
their labels, with the readings that make a label another thing: "les SCOP du territoire" (a plural
kind), "le réseau des ressourceries du territoire" (a local network), "les berges du Drac" (a river)."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.curated import reference
from rtes_kg.extract.lexicon import Token, counted, joined
from rtes_kg.extract.names import FROM_REFERENCE, LOWER_ARTICLES, Found, structure_words
from rtes_kg.extract.people import DEMONYM, TERRITORIAL_ADJECTIVES


def from_reference(text: str, words: Sequence[Token]) -> list[Found]:
    """The organisations of the curated list, by any of their labels."""
    found = []
    for match in reference().lexicon.find(words, text):  # (none across a mark)
        # One-word names must hold a capital ("avisé" is not Avise; "risingSUD" is); longer ones
        # are distinctive.
        if match.first < match.last or any(c.isupper() for c in words[match.first].raw):
            entry = match.payload
            if match.first == match.last and _a_masculine_namesake(words, match.first, entry.label):
                continue
            if _a_plural_kind_before_names(text, words, match.first, match.last) \
                    or _a_local_network(text, words, match.first, match.last) \
                    or counted(text, words, match.first) \
                    or match.first > 0 and text[words[match.first - 1].end: words[match.first].start] == "-":
                continue  # (the end of a compound: "le fonds Hauts-de-France Active" holds no France Active;
                # a count: "aux 12 Territoires zéro chômeur du département", 12 places, not the association)
            found.append(Found(match.first, match.last, words[match.first].start, entry.label,
                               entry.slug, entry.category, entry.kind, FROM_REFERENCE, 0,
                               parent=entry.parent))
    return found


def _a_plural_kind_before_names(text: str, words: Sequence[Token], first: int, last: int) -> bool:
    """Whether a label like "Les Scop" (the network), written as an article and a kind, is the plural
    of a kind: before the names it lists ("Les SCOP Bois Vivant et Terre Vive emploient…"), or after
    an article in lower case ("les SCOP du territoire", "les Scop et les SCIC"; not "les Francas")."""
    if last != first + 1 or words[first].key != "les":
        return False
    after = last + 1
    return words[first].raw == "les" and structure_words()[0].match_at(words, last) is not None \
        or words[last].raw.isupper() and after < len(words) and words[after].capitalised \
        and joined(text, words[last], words[after])


def _a_local_network(text: str, words: Sequence[Token], first: int, last: int) -> bool:
    """Whether a network's label written in lower case says a local one: "le réseau des
    ressourceries du territoire" is no "Réseau des ressourceries", the national network; nor is "le
    réseau des ressourceries parisiennes", nor "le réseau des ressourceries, le REFER", which a name
    after a comma tells."""
    after = last + 1
    if words[first].key != "reseau" or any(w.capitalised for w in words[first: after]) or after >= len(words):
        return False
    if words[after].key in _LOCAL_OR_REGIONAL or DEMONYM.fullmatch(words[after].key):
        return True  # "le réseau des ressourceries parisiennes", "… normandes"
    named = after + (words[after].key in LOWER_ARTICLES)
    if text[words[last].end: words[after].start].strip() == "," and named < len(words) and words[named].capitalised:
        return True
    place = after + 1 + (after + 1 < len(words) and words[after + 1].key in {"la", "l"})
    return words[after].key in {"du", "de", "des"} and place < len(words) and words[place].key in _LOCAL_PLACES


_LOCAL = frozenset({"local", "locaux", "locale", "locales", "territorial", "territoriaux", "departemental",
                    "departementaux", "metropolitain", "communal", "intercommunal", "regional", "regionaux"})
_LOCAL_OR_REGIONAL = _LOCAL | TERRITORIAL_ADJECTIVES
_LOCAL_PLACES = frozenset({"territoire", "departement", "region", "quartier", "quartiers", "ville", "agglomeration",
                           "metropole", "pays", "bassin", "commune", "communes", "canton", "secteur"})


def _a_masculine_namesake(words: Sequence[Token], index: int, label: str) -> bool:
    """Whether a public body's acronym, written in lower case after a masculine article, is another
    word: "les berges du Drac" (a river) is not the DRAC, "la Drac" is (a direction, an agence, a
    caisse: their acronyms are feminine)."""
    return (label.isupper() and not words[index].raw.isupper() and index > 0
            and words[index - 1].key in {"le", "du", "au"})
