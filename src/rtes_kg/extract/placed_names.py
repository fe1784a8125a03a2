"""Names that a place makes with the kind word before it: "la régie de quartier Villeneuve", "le
centre social du Courghain", "l'Université de Pau et des Pays de l'Adour", "le pôle ESS Sud Drôme"
(its quarter, commune or area is no body's name of its own; the kind word is part of the name)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import MEMBER_WORDS
from rtes_kg.extract.lexicon import CONNECTORS, Token, joined
from rtes_kg.extract.names import LOWER_ARTICLES, name_forward
from rtes_kg.extract.places import area_named, commune, communes_named, place_key

# A collectivité's word alone, capitalised (or the État's): no body's name after a kind word.
A_COLLECTIVITE = MEMBER_WORDS | {"etat"}


def named_by_its_place(text: str, words: Sequence[Token], first: int, last: int, kind: str) -> bool:
    """Whether the name after a kind word is its place's: a régie de quartier's, centre social's or
    maison de l'emploi's one word ("Villeneuve", "Grenoble-Alpes"), a régie's quarter and its commune,
    either way round ("Europe Colmar", "Nantes Nord"; not "Nord Services"), a centre social's commune
    and its side ("Bordeaux Nord"; not "Espace Razès", though Razès is a commune); a network's or a PTCE's
    area ("le pôle ESS Sud Drôme", "le réseau Pays Basque", "le PTCE Pays de Fougères"; not "le pôle ESS
    Horizons Solidaires")."""
    name = text[words[first].start: words[last].end]
    if kind in ("reseau", "ptce"):
        return an_area(name)
    parts = name.split()
    if len(parts) != 2:
        return len(parts) == 1
    quarter = commune(parts[0]) is not None and parts[1] in _CARDINAL_QUARTERS  # "Nantes Nord"
    return kind == "regie-de-quartier" and (quarter or commune(parts[1]) is not None) \
        or kind == "centre-social" and quarter


def kind_then_name(words: Sequence[Token], first: int, last: int, start: int, end: int) -> bool:
    """Whether a capitalised kind is only written before the name (``start`` to ``end``), not part of
    it: the name has its own article ("L'Association Les Amis du Rail"), or the kind is a whole phrase
    ("La Coopérative d'activité et d'emploi Coodémarrage 53"), which no body repeats in its name."""
    content = sum(words[i].key not in LINKING for i in range(first, last + 1))
    # (but "Maison de l'emploi et de la formation Loire Sud": named by its territory, the kind is part
    # of it; not "le Pôle Territorial de Coopération Économique Figeac Innov'": a name of its own)
    territory = all(area_named(w.raw) or communes_named(w.raw) or w.key in LINKING | CARDINAL_KEYS
                    for w in words[start: end + 1])
    return words[start].key in LOWER_ARTICLES or content >= _LONG_KIND and not territory


# Words of a kind's phrase, linking words aside: three in "Coopérative d'activité et d'emploi" (an
# acronym's long form), two in "Maison de l'emploi" and "Régie de quartier" (heads of names).
_LONG_KIND = 3
LINKING = CONNECTORS | {"et", "par", "pour"}


def acronym_and_area(text: str, words: Sequence[Token], kind_last: int, first: int, last: int, kind: str,
                     in_names: bool = False) -> str | None:
    """The name a network's or a PTCE's area makes with the acronym of its kind, spelt out before it:
    "le Pôle territorial de coopération économique (PTCE) Sud Vienne" is the "PTCE Sud Vienne", as
    "le PTCE Sud Vienne" says it; any name does with an acronym that the names of its kind hold
    (``in_names``): "le Groupement d'employeurs pour l'insertion et la qualification (GEIQ) BTP 44"
    is the "GEIQ BTP 44"; None for any other name."""
    acronym = _ACRONYM_BETWEEN.fullmatch(text, words[kind_last].end, words[first].start)
    if acronym is None or not in_names and (
            kind not in ("reseau", "ptce") or not named_by_its_place(text, words, first, last, kind)):
        return None
    return f"{acronym[1]} {text[words[first].start: words[last].end]}"


_ACRONYM_BETWEEN = re.compile(r"\s*\(\s*([A-Z]{2,8})\s*\)\s*")


_CARDINAL_QUARTERS = frozenset({"Nord", "Sud", "Est", "Ouest", "Centre", "Nord-Est", "Nord-Ouest", "Sud-Est",
                                "Sud-Ouest"})  # "la régie de quartier Nantes Nord"


def an_area(name: str) -> bool:
    """Whether ``name`` names a commune, a département or a région, or a part of one: "Sud Drôme",
    "Val de Drôme", "Pays Basque", "Nord Isère", "Haute-Vienne"."""
    words = place_key(name).split()
    while words and words[0] in _AREA_PARTS:
        words = words[1:]
    rest = " ".join(words)
    return bool(rest) and (area_named(rest) or bool(communes_named(rest)) or rest in _FORMER_PROVINCES
                           or len(words) > 1 and all(_an_area_word(word) for word in words))  # "Marseille Provence"


def _an_area_word(word: str) -> bool:
    return word in _AREA_PARTS or word in _FORMER_PROVINCES or area_named(word) or bool(communes_named(word))


CARDINAL_KEYS = frozenset({"nord", "sud", "est", "ouest", "centre"})  # an area's part: "Sud Drôme", "Loire Sud"
_AREA_PARTS = CARDINAL_KEYS | {"val", "vallee", "pays", "haut", "haute", "bas", "basse", "grand", "de", "du", "des",
                               "d", "la", "le", "l"}
_FORMER_PROVINCES = frozenset({"basque", "catalan", "bigouden", "nantais", "messin", "provence", "gascogne",
                               "savoie", "berry", "quercy", "perigord", "limousin", "alsace", "lorraine"})


def its_quarter(text: str, words: Sequence[Token], kind_last: int, through_et: bool = False) -> int | None:
    """The last word of the quarter or commune named after a kind that its place names, past "de",
    "du" or "de la": "centre social du Courghain" (not "régie de quartier de la ville": no name),
    or of what a name's head is for: "l'Association pour le Développement de l'Économie Solidaire";
    ``through_et``, two places joined by "et": "Université de Pau et des Pays de l'Adour"."""
    k = kind_last + 1
    if k + 1 >= len(words) or words[k].key not in {"de", "du", "des", "d", "pour"} \
            or not joined(text, words[k - 1], words[k]):
        return None
    k += 1
    while k < len(words) and words[k].key in LOWER_ARTICLES and not words[k].capitalised:
        k += 1
    if k >= len(words) or not words[k].capitalised or words[k].key in A_COLLECTIVITE:
        return None
    return name_forward(text, words, k, through_et=through_et)
