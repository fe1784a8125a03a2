"""Whether the member is among the agents of a support, joined by "et" to another body: "financée
par la CAF et la Ville", "avec le soutien de l'ADEME et de la Ville", "la Ville et Lorient
Agglomération ont cofinancé…"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import a_member_word
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import AGENT


def member_among_agents(words: Sequence[Token], spans: Spans, first: int, names_member: Callable[[str], bool],
                         another: Callable[[int], bool]) -> bool:
    """Whether the member is the agent joined by "et" to the name at ``first``, or to a list it opens:
    "financée par la CAF et la Ville", "avec le soutien de l'ADEME et de la Ville", "par la CAF, la
    MSA et la Ville" (the member gives too; not "par la CAF et la Région" in a commune's fiche);
    ``another`` tells the names of other bodies."""
    owner = spans.owner(first)
    k = spans[owner][1] + 1 if owner is not None else first + 1
    while owner is None and k < len(words) and k - first <= 4 and words[k].key != "et" and not words[k].capitalised:
        k += 1  # people before the member: "par 300 habitants et la Ville", "par des habitants, des associations et…"
    listing = owner is not None  # right after a body's name (not past the people before the member)
    for _ in range(_ITEMS):  # the other bodies of a list: "par l'association A, la SCOP B et la Ville"
        if k + 1 >= len(words) or words[k].key == "et":
            break
        item = k + (words[k].key in AGENT and words[k].key != "par")  # "de l'ADEME, de la Ville et de…"
        item += item < len(words) and words[item].key in DEFINITE
        if listing and item < len(words) and spans.owner(item) is None \
                and _the_member_at(words, spans, item, names_member, another):
            return True  # the member inside the list: "avec le soutien de l'ADEME, de la Ville et de la Région"
        listed = spans.owner(item) if item < len(words) else None
        if listed is None:
            break
        k, listing = spans[listed][1] + 1, True
    if k >= len(words) or words[k].key != "et":
        return False
    k += 1
    while k < len(words) and (words[k].key in DEFINITE or words[k].key in AGENT):
        k += 1  # "par la CAF et par la Ville", "de l'ADEME et de la Ville"
    if k >= len(words):
        return False
    return _the_member_at(words, spans, k, names_member, another)


_ITEMS = 6  # bodies of a list before the member's "et"


def member_before_agent(words: Sequence[Token], spans: Spans, subject: int, names_member: Callable[[str], bool],
                       another: Callable[[int], bool]) -> bool:
    """Whether the member is joined by "et" before the body ``subject`` (its giver too): "la Ville et
    Lorient Agglomération ont cofinancé l'étude du tiers-lieu X"."""
    k = spans[subject][0] - 1
    k -= k >= 0 and words[k].key in DEFINITE  # "la Ville et la Région"
    return k >= 1 and words[k].key == "et" and _the_member_at(words, spans, k - 1, names_member, another)


def _the_member_at(words: Sequence[Token], spans: Spans, k: int, names_member: Callable[[str], bool],
                   another: Callable[[int], bool]) -> bool:
    """Whether the word at ``k`` says the member: a name of no other body, or its kind word ("la Ville",
    "la CC")."""
    named = spans.owner(k)
    if named is not None:
        return not another(named)
    return a_member_word(words[k]) and names_member(words[k].key)
