"""Names after a head noun that gives no kind ("le village de vacances Les Estives", "la légumerie
La Carotte"): only a name that opens with a capitalised article counts after them."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.announced import skip_modifiers
from rtes_kg.extract.lexicon import Token, joined
from rtes_kg.extract.names import Found, found_by_pattern, name_forward, sentence_start

# Shops, places and services: what they are, not a kind of ESS structure
_GENERIC_HEADS = frozenset({"restaurant", "legumerie", "boutique", "magasin", "cafe", "atelier",
                             "cuisine", "multiservice", "village", "ferme", "conserverie", "friperie",
                             "cantine", "lieu", "espace", "plateforme", "maison", "centre", "structure",
                             "entreprise", "societe", "cooperative", "collectif", "jardin", "bar",
                             "auberge", "librairie", "recyclerie", "ressourcerie", "epicerie",
                             "fablab", "menuiserie", "blanchisserie", "laverie", "bricotheque",
                             "outilterie", "materiautheque", "creche"})


def after_generic_heads(text: str, words: Sequence[Token]) -> list[Found]:
    """A name opening with a capitalised article after a head noun that gives no kind: "le village
    de vacances Les Estives", "Multiservice associatif L'Épicerie des Cimes"; or a name made of
    such a noun and more capitals: "Soutien à L'Épicerie du Coin"."""
    found = []
    for index, word in enumerate(words):
        if word.key not in _GENERIC_HEADS:
            continue
        if word.capitalised and not sentence_start(text, word.start):
            article = index - 1
            if article >= 0 and words[article].raw in {"Le", "La", "Les", "L"} \
                    and joined(text, words[article], word):
                last = name_forward(text, words, index)
                if last is not None and any(w.capitalised for w in words[index + 1: last + 1]):
                    found.append(found_by_pattern(text, words, article, last, words[article].start, None))
            continue
        start = skip_modifiers(text, words, index + 1)
        if start >= len(words) or words[start].raw not in {"Le", "La", "Les", "L"} \
                or not joined(text, words[start - 1], words[start]):
            continue
        last = name_forward(text, words, start)
        if last is not None and last > start:
            found.append(found_by_pattern(text, words, start, last, word.start, None))
    return found
