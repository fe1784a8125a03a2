"""The funders among the names: a body that gives support rather than receives it, named after "de"
("grâce à une subvention de la Région"), or after "et de" beside another such funder ("un
financement de la Ville et de la Fondation Abbé Pierre"). ``roles`` makes such a body a partner
where a cue would have made it the supported one (``givers`` reads the words of a gift before "de")."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.clause import a_member_word
from rtes_kg.extract.cuewords import SUPPORT_NOUNS
from rtes_kg.extract.lexicon import Token, is_an_act
from rtes_kg.extract.names import FROM_REFERENCE, LOWER_ARTICLES, Found, a_kind_ends_at
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.steps import a_step_of
from rtes_kg.extract.whose import AGENT, GIFTS

_FUNDING_NETWORKS = frozenset({"france-active", "initiative-france", "reseau-entreprendre", "adie"})


def a_funder(cand: Found) -> bool:
    """A body that gives support rather than receives it: a collectivité, a public body, a
    foundation ("lauréat de l'appel à projets de la Fondation Macif"), a listed network or company
    (a chapter found by its pattern, "Banque Alimentaire de Rodez", may receive it; France Active Bretagne funds)."""
    return cand.category in ("collectivite", "organisme-public") or cand.kind == "fondation" or cand.category in (
        "reseau", "entreprise") and cand.confidence == FROM_REFERENCE or cand.parent in _FUNDING_NETWORKS


def named_as_giver(text: str, words: Sequence[Token], found: Sequence[Found], starts: Sequence[int],
                   spans: Spans, n: int) -> bool:
    """Whether the find ``n`` (its first word at ``starts[n]``) is a funder named as who gives:
    right after "de" (``_giver_after_de``), or after "et de" or ", de" that follow another funder so
    named, or the member ("un financement de la Ville et de la Fondation Abbé Pierre": both give it)."""
    if _a_network_that_receives(words, found[n], starts[n]):
        return False
    while a_funder(found[n]):
        k = _past_its_article(words, starts[n] - 1)
        listed = k >= 1 and words[k].key in AGENT and spans.owner(k - 1 - (words[k - 1].key == "et")) is not None
        if not listed and _giver_after_de(words, starts[n]):  # (an item after another name is as that one is:
            return True  # "met à disposition des Restos du Cœur, du Secours populaire et de la Croix-Rouge")
        if k < 1 or words[k].key not in AGENT or words[k].key == "par":
            return False
        before = k - 1 - (words[k - 1].key == "et")
        if before < 0 or text[words[before].end: words[k].start].strip() not in {"et", ","}:
            return False
        owner = spans.owner(before)
        if owner is None:  # the member by its kind word: "de la Ville et de la Fondation X"
            return a_member_word(words[before]) and words[before].capitalised and _giver_after_de(words, before)
        if owner >= n or spans[owner][1] != before:
            return False
        n = owner
    return False


def _a_network_that_receives(words: Sequence[Token], cand: Found, start: int) -> bool:
    """Whether a listed network that is no lender nor foundation is named as what receives: with
    the kind word of a structure ("Financement de l'association Les Petits Débrouillards"), or after
    the member's act that opens the sentence ("Accompagnement de l'AFEV": not a gift's noun,
    "Subvention de la Croix-Rouge", whose "de" names who gives)."""
    if cand.category != "reseau" or cand.slug in _FUNDING_NETWORKS or cand.parent in _FUNDING_NETWORKS:
        return False
    k = _past_its_article(words, start - 1)
    act = words[k - 1] if k >= 1 and words[k].key in {"de", "du", "des", "d"} else None
    return start < cand.first or act is not None and act.capitalised and is_an_act(act.key) \
        and act.key not in _GIFT_NOUNS


# The nouns of a gift, whose "de" names who gives: "Subvention de la Croix-Rouge", "grâce à une aide de X"
_GIFT_NOUNS = (SUPPORT_NOUNS - {"accompagnement"}) | GIFTS | {"contribution", "don", "mecenat"}


def _giver_after_de(words: Sequence[Token], start: int) -> bool:
    """Whether the name at ``start`` follows "de", "du", "des", "d'": "subvention de la Région" (not
    a step of its own: "l'implantation du Groupe SOS"; nor where a post is: "un poste au sein de X";
    nor the body a structure is of: "l'épicerie sociale de la Croix-Rouge"; nor who is given the use of
    a thing: "met à disposition du Secours populaire"; nor what the name has: "héberge le siège de
    l'ADIE", "finance le poste de X", "le poste de chargé de mission ESS de la CRESS"; nor an item after
    "et": ``named_as_giver``)."""
    k = _past_its_article(words, start - 1)
    return k >= 0 and words[k].key in AGENT and words[k].key != "par" and not (k >= 1 and (
        a_step_of(words, k - 1) or words[k - 1].key in _NOT_GIVEN_BY or a_kind_ends_at(words, k - 1)
        or _a_post_s_title(words, k - 1) or _taken_part_in(words, k - 1)))


def _taken_part_in(words: Sequence[Token], k: int) -> bool:
    """Whether the gift's noun at ``k`` is what the subject takes part in: "participe au financement du
    PLIE", "contribue au fonctionnement de X" (the body after "de" receives; not "grâce au financement de")."""
    return k >= 2 and words[k - 1].key in {"au", "a"} and words[k - 2].key.startswith(("particip", "contribu"))


def _a_post_s_title(words: Sequence[Token], k: int) -> bool:
    """Whether the words up to ``k`` are the title of a post named before them: "poste de
    coordinateur", "postes de chargé de mission ESS" (not past a gift's word: "le poste de X grâce à
    une subvention de la Région")."""
    for j in range(k, max(-1, k - _TITLE_WORDS), -1):
        if words[j].key in _NOT_GIVEN_BY:
            return words[j].key in {"poste", "postes"} and j < k
        if words[j].key in _NOT_A_TITLE:
            return False
    return False


_TITLE_WORDS = 6  # "poste de chargée de mission ESS", "de chef de projet alimentation"
_NOT_A_TITLE = _GIFT_NOUNS | {"par", "et", "avec", "grace"}


_NOT_GIVEN_BY = frozenset({"sein", "et", "disposition", "siege", "locaux", "bureaux", "antenne", "poste", "postes"})


def _past_its_article(words: Sequence[Token], k: int) -> int:
    while k >= 0 and words[k].key in LOWER_ARTICLES:
        k -= 1
    return k
