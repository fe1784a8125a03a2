"""How the names of places and collectivités are compared with the territorial reference: folded,
"St" read "Saint", glued words apart ("GrandAngoulême"), and without the words that only say
what kind of body it is ("Communauté de communes", "Ville de")."""

from __future__ import annotations

import re

from rtes_kg.parse.naming import normalise_label

STOPWORDS = frozenset({"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le",
                        "les", "sous", "sur"})
# Words that say what kind of body it is, not which one: dropped before names are compared.
EPCI_WORDS = frozenset({"cc", "ca", "cu", "communaute", "communautes", "communes", "agglomeration",
                         "agglo", "urbaine", "metropole"})
DEPARTEMENT_WORDS = frozenset({"conseil", "departemental", "departement", "general", "collectivite",
                               "cd"})  # "CD 93"
REGION_WORDS = frozenset({"conseil", "regional", "region", "collectivite"})
COMMUNE_WORDS = frozenset({"ville", "mairie", "commune", "municipalite"})
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def name_words(name: str) -> list[str]:
    """A name's words, folded, "St" read "Saint"."""
    name = _GLUED.sub(" ", re.sub(r"\([^)]*\)", " ", name))  # "GrandAngoulême" is "Grand Angoulême"
    words = normalise_label(name).split()
    return [_ABBREVIATIONS.get(word, word) for word in words]


_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def name_key(name: str) -> str:
    """How commune names are compared: "Le Creusot", "LE CREUSOT", "St-Dié" -> "creusot", "saint die"."""
    return " ".join(name_words(name))


def distinctive_words(name: str, kind_words: frozenset[str]) -> tuple[str, ...]:
    """The words that name this body among others of its kind: "Communauté de communes des Portes
    du Haut-Doubs" and "CC des Portes du Haut-Doubs" -> ("portes", "haut", "doubs")."""
    return tuple(w for w in name_words(name) if w not in STOPWORDS and w not in kind_words)


def commune_key(name: str) -> str:
    """A collectivité's name as a commune name: "Ville du Havre" -> "havre" (as "Le Havre")."""
    words = name_words(name)
    if len(words) > 1 and words[0] in COMMUNE_WORDS:
        words = words[1:]
        while len(words) > 1 and words[0] in STOPWORDS:
            words = words[1:]
    return " ".join(words)
