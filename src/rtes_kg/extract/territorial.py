"""A collectivité named as a place, not as a body: "dans toute la Métropole", "sur le territoire de
Rennes Métropole", "à l'échelle du Département", "les habitants de la Communauté de communes". With
no role word of its own, it is no partner of the action (docs/extraction.md, "Places")."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.lexicon import OF_WORDS, Token
from rtes_kg.extract.names import LOWER_ARTICLES

_ALL = frozenset({"toute", "tout", "toutes", "tous"})  # "sur toute la Région", "pour tout le Département"
_IN = frozenset({"dans", "partout", "travers", "sur"})  # "dans la Métropole", "à travers le Département",
# "sur la commune de Bavay"; but a body leaned on: "s'appuie sur la Région"
_LEANING = frozenset({"appuie", "appuient", "appuyant", "appuye", "appuyee", "compte", "comptent"})
# The nouns of a part or the whole of a territory, before "de": "le territoire de", "les communes de"
_AREA_NOUNS = frozenset({"territoire", "territoires", "echelle", "perimetre", "habitants", "habitantes",
                         "population", "communes", "quartiers", "villes", "ensemble", "centre", "coeur",
                         "nord", "sud", "est", "ouest", "partie", "reste", "zone", "zones", "secteur",
                         "limites", "frontieres", "bassin"})
# What may stand between two places of one phrase: "sur le territoire de la Métropole et de la Région"
_BETWEEN_PLACES = LOWER_ARTICLES | OF_WORDS | {"et", "ou"}


def a_territory(words: Sequence[Token], first: int, context: int) -> bool:
    """Whether the collectivité named from ``first``, its kind word from the offset ``context`` ("la
    Région Bretagne"), is written as a place."""
    j = first - 1
    while j >= 0 and words[j].start >= context:
        j -= 1
    if j >= 0 and words[j].key in LOWER_ARTICLES:
        j -= 1
    return j >= 0 and (words[j].key in _ALL | _IN and not (j > 0 and words[j - 1].key in _LEANING)
                       or words[j].key in OF_WORDS and j > 0 and words[j - 1].key in _AREA_NOUNS)


def listed_after_a_territory(words: Sequence[Token], before_last: int, first: int) -> bool:
    """Whether only a conjunction and articles stand between a place that ends at ``before_last``
    and a collectivité from ``first``: the second place of "dans la Métropole et la Région"."""
    between = words[before_last + 1: first]
    return bool(between) and any(w.key in {"et", "ou"} for w in between) \
        and all(w.key in _BETWEEN_PLACES for w in between)
