"""Who a "par" names, by the participle before it: the carrier ("porté par X"), a founder ("créée
par la communauté de communes X", "fondée par A et B"). ``roles`` asks these of each name."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.cuewords import CARRIED_KEYS, CREATION
from rtes_kg.extract.kind_words import kind_heads
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import PUBLIC

__all__ = ["PUBLIC", "carried_by", "created_by"]



def _par_before(words: Sequence[Token], start: int) -> int | None:
    """The index of the "par" that the name at ``start`` is the agent of ("par la CC X"), or None."""
    k = start - 1 - (start >= 1 and words[start - 1].key in DEFINITE)
    return k if k >= 1 and words[k].key == "par" else None


def carried_by(words: Sequence[Token], start: int) -> bool:
    """Whether the name at ``start`` follows "porté par", "géré par"…: the carrier, whatever became of
    the member's support."""
    by = _par_before(words, start)
    return by is not None and words[by - 1].key in CARRIED_KEYS


def created_by(words: Sequence[Token], start: int, public: bool = True, founded_body: bool = False) -> bool:
    """Whether the name at ``start`` is the agent of a creation: "créée (en 2019) par la CC X"; a
    body that is not ``public`` only of a ``founded_body``'s creation, not of its running too."""
    by = _par_before(words, start)
    if by is None:  # the second of two founders: "fondée par 14 agriculteurs et la commune de Daoulas"
        et = next((k for k in range(start - 1, max(-1, start - 3), -1) if words[k].key == "et"), None)
        by = next((k for k in range(et - 1, max(0, et - 6), -1) if words[k].key == "par"), None) if et else None
    if by is None:  # a later one of a list of bodies: "fondée par l'association A, la SCOP B et la Ville"
        by = _par_opening_a_list(words, start)
    before = {w.key for w in words[max(0, by - 3): by]} if by is not None else set()
    founded_body = founded_body or by is not None and any(  # "X, entreprise d'insertion créée par Y"; "fondée par
        w.key in _BODY_NOUNS for w in words[max(0, by - 5): by - 1]) or bool(before & _FOUNDED)  # Y": a body, always
    return bool(before & CREATION) and (public or founded_body and not before & CARRIED_KEYS)


_FOUNDED = frozenset(key for key in CREATION if key.startswith(("fond", "cofond")))  # ("fondée par", not "créée")
# The nouns of a body the participle of its creation may agree with: its founder runs nothing of it
_BODY_NOUNS = frozenset({"entreprise", "association", "scop", "scic", "cooperative", "societe", "fondation",
                         "mutuelle"})


def _par_opening_a_list(words: Sequence[Token], start: int) -> int | None:
    """The "par" that opens the list of bodies the name at ``start`` ends ("par l'association A, la
    SCOP B et la Ville"): only names, their articles and kind words stand between; else None."""
    for k in range(start - 1, max(0, start - _LIST_WORDS), -1):
        if words[k].key == "par":
            return k
        if not (words[k].capitalised or words[k].key in _LISTED or words[k].key in kind_heads()):
            return None
    return None


_LIST_WORDS = 16  # words of a list of founders before a name
_LISTED = frozenset({"et", "la", "le", "les", "l", "de", "du", "des", "d"})
