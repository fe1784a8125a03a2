"""Names that open with a verb in the imperative, or an infinitive and "pour", and go on in lower
case: "l'association Partageons les jardins", "Mangeons local", "la CAE Coopérer pour entreprendre
93". The other names stop at their last capitalised word; these would be cut to their verb."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.adjectives import infinitive_key, verb_with_object
from rtes_kg.extract.lexicon import POSSESSIVES, Token, joined
from rtes_kg.extract.places import area_named, communes_named


def imperative_name_end(text: str, words: Sequence[Token], first: int) -> int | None:
    """The last word of a name opened at ``first`` by a verb in the imperative and a lower-case
    article or adverb ("Partageons les jardins"), or by an infinitive and "pour", "ensemble" or
    "autrement" ("Coopérer pour entreprendre 93"), up to a word that ends a noun phrase or a number;
    None for other names ("Maisons des jeunes" is a noun's; "Alpha pour développer…" no verb's)."""
    key = words[first].key
    if first + 1 >= len(words) or not words[first + 1].raw[:1].islower() \
            or not joined(text, words[first], words[first + 1]):
        return None
    imperative = key.endswith("ons") and not key.endswith("ions") and len(key) >= 5 and key not in _NOUNS_IN_ONS \
        and words[first + 1].key in _OPENING
    # "Coopérer pour entreprendre" (not a place: "Emmaüs Quimper pour…", "… de l'Isère pour le projet…"; not
    # a noun: "l'association Épicentre pour son projet"; nor the sentence's aim: "X pour ses projets")
    infinitive = infinitive_key(key) and words[first + 1].key in _AFTER_AN_INFINITIVE \
        and (words[first + 1].key != "pour" or first + 2 < len(words) and words[first + 2].raw[:1].islower()
             and words[first + 2].key not in POSSESSIVES) \
        and not communes_named(words[first].raw) and not area_named(words[first].raw)  # ("Vivre ensemble.")
    if not imperative and not infinitive:
        return None
    last = first
    for k in range(first + 1, min(len(words), first + _REACH)):
        if not joined(text, words[k - 1], words[k]) or words[k].key in _ENDING and k > first + 1 \
                or not (words[k].raw[:1].islower() or words[k].raw.isdigit()) \
                or k > first + 1 and verb_with_object(words, k):
            break  # ("L'association Agir ensemble contre le chômage accompagne 150 personnes": its verb)
        last = k
        if words[k].raw.isdigit():
            break  # "Coopérer pour entreprendre 93": a number ends it
    return last if words[last].key not in _OPENING - _ADVERBS and words[last].key not in _ENDING else None


_ADVERBS = frozenset({"ensemble", "local", "autrement", "solidaire", "durable", "responsable", "bio", "malin"})
_OPENING = frozenset({"les", "la", "le", "l", "nos", "notre", "demain"}) | _ADVERBS
# the words after which the clause goes on: a relative, a verb, a preposition of the sentence
_ENDING = frozenset({"qui", "que", "qu", "dont", "ou", "a", "ont", "est", "sont", "et", "avec", "pour", "par",
                     "depuis", "grace", "afin", "sur", "dans", "au", "aux", "chez", "aupres", "entre", "lors"})
_AFTER_AN_INFINITIVE = frozenset({"pour", "ensemble", "autrement"})  # "Agir pour l'environnement", "Vivre ensemble"
_REACH = 6  # words: "Faisons les courses ensemble"
_NOUNS_IN_ONS = frozenset({"maisons", "saisons", "compagnons", "moissons", "chansons", "pigeons", "papillons",
                           "champignons", "bourgeons", "garcons", "poissons", "boissons", "crayons", "rayons",
                           "maillons", "cantons", "vallons", "ballons", "salons", "horizons", "bonbons", "melons",
                           "oursons", "moutons", "cochons", "herissons", "violons", "sillons", "buissons",
                           "flocons", "cocons", "savons", "liaisons", "raisons", "prisons", "tisons", "chardons"})
