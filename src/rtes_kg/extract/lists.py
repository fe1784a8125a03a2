"""What a list of names looks like in French prose: the gaps between its items, the items no
finder knew ("avec Emmaüs Amiens, Tri d'Union et la recyclerie B"), whether it goes on after an item
or the name after it is the subject of a verb. ``cues.back_cue`` reads a list's role through them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import boundary
from rtes_kg.extract.labels import AMONG, MANY
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import LOWER_ARTICLES, PLURAL_ARTICLES
from rtes_kg.extract.places import area_named
from rtes_kg.extract.spans import Spans

__all__ = ["APPOSED", "ENUMERATION_GAP", "LIST_IN_PARENTHESES", "PLACE_AFTER", "UNKNOWN_ITEMS", "list_closed",
           "list_goes_on", "listed_alongside", "mid_list", "unknown_first_item"]

# Between two items of an enumeration: ", ", " et ", " et à la ", ", de l’"…
ENUMERATION_GAP = re.compile(  # (and what each is given: "5 000 € à A et 3 000 € à B", "une subvention de 5 000 € à A
    # et de 3 000 € à B"; when: "et en 2021 B")
    r"['’»\"]?\s*(?:,\s*(?:et|ou)?|et|ou|ainsi qu['’]?e?)\s*"
    r"(?:(?:de\s+|d['’]\s*)?\d[\d\s.,\u00a0\u202f]*(?:[kKM]\s*)?(?:€|euros?)\s*)?"
    r"(?:(?:en|depuis|dès)\s+(?:19|20)\d\d\s*)?"
    r"(?:(?:à|au|aux|de|du|des|d['’]|avec|pour|dans|chez|auprès\s+d[eu'’]s?)\s*)?"
    r"(?:(?:la|le|les|l['’]|un|une)\s*)?", re.IGNORECASE)
APPOSED = re.compile(r"^\s*,[^,;:.()]*(?=,)")  # ", entreprise d'insertion du territoire" then ", et à…"
# Items of a list no finder knew, written as names: "avec Emmaüs Amiens, Tri d'Union et la recyclerie B"
UNKNOWN_ITEMS = re.compile(r"^(?:\s*,\s*(?:(?:la|le|les)\s+|l['’])?[A-ZÀ-Ý][\w’'-]*"
                           r"(?:\s+(?:à|au|aux|pour|en)\s+[a-zà-ÿ][\w’'-]*)?"  # "la Fabrique à initiatives de l'APES"
                           r"(?:\s+(?:de\s+(?:la\s+|l['’])|(?:de|du|des|la|le|les)\s+|[dl]['’])?[A-ZÀ-Ý0-9][\w’'-]*)*)+"
                           r"(?=\s*(?:,|\bet\b|\bou\b))")
# The commune or the year written after a name in a list: "B à Saint-Nazaire et C", "sociétaire de la
# SCIC A depuis 2017 et de la SCIC B"
PLACE_AFTER = re.compile(r"\s+(?:(?:à|au|aux)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*|"
                         r"(?:depuis|en|dès)\s+(?:19|20)\d\d\b)")


def unknown_first_item(text: str, words: Sequence[Token], k: int) -> int | None:
    """When the words ending at ``k`` are a name no finder knew, first in a list after "dont",
    "notamment", "parmi lesquels", "entre" or a label's colon, the index of that word (of the word
    before the colon)."""
    j = k
    while j > 0 and k - j < 12 and words[j - 1].end + 2 >= words[j].start and (
            words[j - 1].capitalised or words[j - 1].key in _NAME_JOINS) and not boundary(text, words[j - 1], words[j]):
        j -= 1
    while j < k and not words[j].capitalised:
        j += 1  # ("la Ville…": its article is no part of it)
    if not words[k].capitalised or not words[j].capitalised:
        return None
    j -= j >= 1 and words[j - 1].key in LOWER_ARTICLES  # "dont la Ville, la Région et X"
    if j > 0 and ":" in text[words[j - 1].end: words[j].start]:
        return j - 1  # "Lauréats 2023 : Vélo Cité, Épicerie X": read from the label
    before = j - 1 - (j >= 2 and words[j - 1].key in _RELATIVES)
    # (and the parties of "Convention entre la Ville, le CCAS et X", read from "entre")
    return before if before >= 0 and (words[before].key in AMONG or words[before].key == "entre") else None


_NAME_JOINS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})
_RELATIVES = frozenset({"lesquels", "lesquelles", "lequel", "laquelle"})
# A parenthesis that opens a list, up to a word: "(scieries, collectivités" (items of up to 3 words)
LIST_IN_PARENTHESES = re.compile(r"\(\s*[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,2}"
                                 r"(?:\s*,\s*[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,2})*$")


def list_closed(text: str, words: Sequence[Token], spans: Spans, owner: int) -> bool:
    """Whether the item ``owner`` ended its enumeration with "et"/"ou": "aux côtés de A et de B, la
    SCIC X": X, after a comma, is no third item."""
    if owner == 0 or spans[owner - 1][1] >= spans[owner][0]:
        return False
    gap = text[words[spans[owner - 1][1]].end: words[spans[owner][0]].start]
    return bool(ENUMERATION_GAP.fullmatch(gap) and re.search(r"\b(?:et|ou)\b", gap))


def mid_list(text: str, words: Sequence[Token], spans: Spans, owner: int) -> bool:
    """Whether the item ``owner`` follows another item after a comma only: "Partenaires : A, B, C":
    C is B's kin in the list, not a name after an incise ", B," (a walk through every item before
    would stop after a few and lose the role of a long list's tail)."""
    if owner == 0 or spans[owner - 1][1] >= spans[owner][0]:
        return False
    gap = UNKNOWN_ITEMS.sub("", APPOSED.sub("", text[words[spans[owner - 1][1]].end: words[spans[owner][0]].start]))
    return bool(ENUMERATION_GAP.fullmatch(gap) and "," in gap and not re.search(r"\b(?:et|ou)\b", gap))


def list_goes_on(text: str, words: Sequence[Token], end: int | None) -> bool:
    """After an item joined by a comma only: another item or the end of the clause follows, not a
    verb ("Avec le soutien de A, l'association B rachète…": B is the subject)."""
    if end is None or end + 1 >= len(words):
        return True
    place = PLACE_AFTER.match(text, words[end].end)  # "B à Saint-Nazaire et C": past the commune
    if place is not None:
        end = next((k - 1 for k in range(end + 1, len(words)) if words[k].start >= place.end()), len(words) - 1)
        if end + 1 >= len(words):
            return True
    gap = text[words[end].end: words[end + 1].start]
    if gap.strip() == "," and _INCISE_THEN_VERB.match(text, words[end + 1].start):
        return False  # "Cofinancée par A, la ressourcerie B, créée en 2019 …, a détourné": B is the subject
    return bool(re.search(r"[,.;:!?()\n]", gap)) or words[end + 1].key in {"et", "ou"} \
        or words[end + 1].key in _ITS_COMPLEMENT and words[end + 1].raw != "a"  # "…, la SCIC X pour racheter…"


# The prepositions of a complement after a name, no verb of its ("a": "à", not the verb "a racheté")
_ITS_COMPLEMENT = frozenset({"pour", "afin", "dans", "sur", "en", "a", "au", "aux", "depuis", "avec", "chez", "sous",
                             "via", "lors"})


# A participle's incise, then a verb: ", créée en 2019 à l'initiative de la Ville, a détourné"
_INCISE_THEN_VERB = re.compile(r"[a-zàâçéèêëîïôûù-]+(?:é|ée|és|ées|is|ise|it|ite|ert|erte|erts|ertes)\b"
                               r"[^,;:.()]{0,80},\s*"
                               r"(?!(?:et|ou|la|le|les|l['’]|un|une|des|du|de|d['’]|à|au|aux)\b)[a-zàâçéèêëîïôûù]")


def plural_before(words: Sequence[Token], k: int) -> int | None:
    """Where a plural noun phrase that ends at word ``k`` starts, its article: "les structures
    d'accompagnement", "des lieux solidaires", "les quatre pôles ESS du Finistère"; None when the words
    are no such phrase."""
    for j in range(k, max(-1, k - _PHRASE_REACH), -1):
        noun = j + 1 + (j + 2 <= k and words[j + 1].raw.isdigit())  # past a count: "les 4 pôles ESS"
        if words[j].key in PLURAL_ARTICLES and j < k and words[noun].raw.islower() \
                and words[noun].raw.endswith(("s", "x")):
            return j
        if not words[j].raw.islower() and not words[j].raw.isdigit() and words[j].key not in PHRASE_ACRONYMS \
                and not area_named(words[j].raw):
            return None
    return None


# Acronyms that are words of a phrase, no body's: "les pôles ESS", "les structures de l'IAE"
PHRASE_ACRONYMS = frozenset({"ess", "iae"})


_PHRASE_REACH = 6  # words of a plural noun phrase: "les structures d'accompagnement à la création"


def body_described_before(words: Sequence[Token], k: int) -> int | None:
    """Where a body's description that ends at word ``k`` starts, its article, when an acronym in
    parentheses follows it: "le réseau des épiceries sociales et solidaires (ANDES)", "la maison des
    associations (MDA)": the acronym names the phrase's body, and takes the role said of it."""
    for j in range(k - 1, max(0, k - _DESCRIPTION_REACH), -1):
        if not words[j].raw.islower():
            return None
        if words[j].key in _BODY_WORDS and words[j - 1].key in _SINGULAR_ARTICLES:
            return j - 1
    return None


_DESCRIPTION_REACH = 9  # words: "le réseau des épiceries sociales et solidaires"
_SINGULAR_ARTICLES = frozenset({"le", "la", "l", "un", "une"})
_BODY_WORDS = frozenset({"reseau", "federation", "union", "association", "collectif", "cooperative", "groupement",
                         "plateforme", "pole", "comite", "syndicat", "agence", "institut", "fondation", "maison",
                         "centre", "office", "mouvement", "chambre"})


def opened_by_a_parenthesis(text: str, position: int) -> bool:
    """Whether a parenthesis opens right before the list whose first item starts at ``position``, and
    is not closed yet: "(A, B": the item after A is one of the parenthesis' list."""
    opening = text.rfind("(", max(0, position - _ITEM_REACH), position)
    return opening >= 0 and ")" not in text[opening: position] and not text[opening + 1: position].strip(" '’")[:1]


_ITEM_REACH = 12  # characters from "(" to the first item: "(l'", "( la "


def companion_before(words: Sequence[Token], first: int, between: str) -> int | None:
    """Where "avec" opens the name that starts at ``first``, when only an article stands between that
    name and the next: "a créé avec Rennes Métropole la SCIC X" ("avec le CCAS une épicerie sociale,
    X"), whose object X is the verb's; or "de"
    after a noun of the act: "Création avec Tours Métropole de la ressourcerie X", the noun's."""
    k = first - 1
    while k >= 0 and words[k].key in {"la", "le", "l", "les"}:
        k -= 1
    if k < 0 or words[k].key != "avec":
        return None
    nominal = k > 0 and words[k - 1].key in _ACT_NOUNS
    return k if _AN_ARTICLE.fullmatch(between) or nominal and _OF_AN_ARTICLE.fullmatch(between) else None


def companions_before(text: str, words: Sequence[Token], spans: Spans, owner: int, between: str) -> int | None:
    """``companion_before`` for a list of names after "avec", the last of which ``owner`` spans: "a créé
    avec la CINOR et la Région Réunion la SEM X" (a few names at most)."""
    for _ in range(_COMPANIONS):
        first = spans[owner][0]
        if (found := companion_before(words, first, between)) is not None:
            return found
        k = first - 1
        while k >= 0 and words[k].key in {"la", "le", "l", "les"}:
            k -= 1
        listed = k >= 1 and words[k].key == "et" or k >= 0 and "," in text[words[k].end: words[first].start]
        if not listed or (before := spans.owner(k - 1 if words[k].key == "et" else k)) is None or before == owner:
            return None
        owner = before
    return None


_COMPANIONS = 4  # names listed after "avec", at most: "avec la CINOR, la Région et l'ADEME"
_AN_ARTICLE = re.compile(r"\s+(?:la|le|les|une?)\s+|\s+l['’]\s*", re.IGNORECASE)  # ("avec le CCAS une épicerie, X")
_OF_AN_ARTICLE = re.compile(r"\s+(?:de\s+la|du|des|de|de\s+l['’]|d['’])\s*", re.IGNORECASE)
_OF_AN_ARTICLE_BEFORE = re.compile(_OF_AN_ARTICLE.pattern + r"\Z", re.IGNORECASE)


def after_de(text: str, position: int) -> bool:
    """Whether "de", "du", "de la"… stands right before ``position`` (where a name starts)."""
    return _OF_AN_ARTICLE_BEFORE.search(text, max(0, position - 12), position) is not None


_ACT_NOUNS = frozenset({"creation", "soutien", "financement", "cofinancement", "accompagnement", "lancement",
                        "ouverture"})


def counted_companions(words: Sequence[Token], k: int, start: int) -> bool:
    """Whether "avec" at ``k`` counts companions it does not name, and an article then opens the name
    at ``start``: "a créé avec 8 villes du territoire la SCIC X", whose object X is the verb's."""
    if words[k].key != "avec" or not 3 <= start - k <= 8 or words[start - 1].key not in _OBJECT_ARTICLES:
        return False
    opener = words[k + 1]  # (not "avec 14 agriculteurs et la commune de Daoulas": an item of their list)
    return (opener.raw[:1].isdigit() or opener.key in MANY) \
        and not any(w.capitalised or w.key in {"et", "ou"} for w in words[k + 1: start - 1])


_OBJECT_ARTICLES = frozenset({"la", "le", "l", "les", "un", "une"})


def listed_alongside(text: str, words: Sequence[Token], k: int, start: int) -> bool:
    """Whether the incise at ``k`` opens with "aux côtés de" and the name at ``start`` goes on with its
    list after "de"/"du": the bodies beside the member, none of the companies it holds."""
    return k + 1 < len(words) and words[k].key in {"aux", "au"} and words[k + 1].key in {"cotes", "cote"} \
        and after_de(text, words[start].start)
