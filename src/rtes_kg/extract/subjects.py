"""A name no finder knows that opens a sentence after an elided article and carries its verb:
"L'Adess Cornouaille porte le pôle de coopération", "L'Atelier Grain de Sel anime…". The article,
two capitalised words at least and a verb of running something right after them make it a body;
a name that opens with an act ("L'Accompagnement…"), or with the head of a public body or of a
collectivité ("L'Office…", "L'Agglomération…"), is left to the finders that know them."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.lexicon import Token, joined
from rtes_kg.extract.names import BODY_HEADS, Found, found_by_pattern, is_an_act, name_forward, sentence_start
from rtes_kg.extract.tails import CLAUSE_VERBS

# Verbs of running the action, as written ("porte", "anime"); not the auxiliaries and "compte",
# which say nothing of who runs it ("L'Économie Sociale et Solidaire compte…")
_RUNNING = CLAUSE_VERBS - {"est", "sont", "a", "ont", "compte", "comptent", "réunit", "regroupe"}

# The heads of collectivités and public bodies, known to their own finders
_HEADS_OF_BODIES = BODY_HEADS | {"etablissement", "direction", "observatoire", "universite", "agglomeration", "agglo",
                                 "eurometropole", "europe", "etat"}


def opening_subjects(text: str, words: Sequence[Token]) -> list[Found]:
    found = []
    for index, word in enumerate(words[:-2]):
        first = index + 1
        if word.raw != "L" or not sentence_start(text, word.start) or text[word.end: word.end + 1] not in {"'", "’"} \
                or not words[first].capitalised or is_an_act(words[first].key) or words[first].key in _HEADS_OF_BODIES:
            continue
        last = name_forward(text, words, first)
        if last is None or sum(w.capitalised for w in words[first: last + 1]) < 2 or last + 1 >= len(words):
            continue
        verb = words[last + 1]
        if verb.raw in _RUNNING and joined(text, words[last], verb):
            found.append(found_by_pattern(text, words, first, last, word.start, None))
    return found
