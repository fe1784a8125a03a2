"""Names after a head noun that gives no kind ("le village de vacances Les Estives", "la légumerie
La Carotte"): only a name that opens with a capitalised article counts after them; and the names of
networks made of their head and their members ("la Fédération française des coopératives
d'habitants", "le Réseau des acteurs de l'ESS de Pantin (RAEP)", "le Pôle ESS du Pays de Brest")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.announced import skip_modifiers
from rtes_kg.extract.lexicon import OF_WORDS, Token, joined
from rtes_kg.extract.names import (
    FROM_PATTERN,
    NAME_ADJECTIVES,
    NETWORK_HEADS,
    Found,
    found_by_pattern,
    name_forward,
    name_slug,
    sentence_start,
    structure_words,
)
from rtes_kg.extract.placed_names import A_COLLECTIVITE
from rtes_kg.extract.places import communes_named
from rtes_kg.extract.sentence_case import adjectives_then_a_place

# Shops, places and services: what they are, not a kind of ESS structure
GENERIC_HEADS = frozenset({"restaurant", "legumerie", "boutique", "magasin", "cafe", "atelier",
                             "cuisine", "multiservice", "village", "ferme", "conserverie", "friperie",
                             "cantine", "lieu", "espace", "plateforme", "maison", "centre", "structure",
                             "entreprise", "societe", "cooperative", "collectif", "jardin", "bar",
                             "auberge", "librairie", "recyclerie", "ressourcerie", "epicerie",
                             "fablab", "menuiserie", "blanchisserie", "laverie", "bricotheque",
                             "outilterie", "materiautheque", "creche", "compagnie", "ludotheque",
                             "boulangerie", "brasserie", "guinguette"})


def after_generic_heads(text: str, words: Sequence[Token]) -> list[Found]:
    """A name opening with a capitalised article after a head noun that gives no kind: "le village
    de vacances Les Estives", "Multiservice associatif L'Épicerie des Cimes"; or a name made of
    such a noun and more capitals: "Soutien à L'Épicerie du Coin"."""
    found = []
    for index, word in enumerate(words):
        if word.key not in GENERIC_HEADS and word.key not in _HEADS_BEFORE_QUOTES:
            continue
        if word.capitalised and not sentence_start(text, word.start) and word.key in GENERIC_HEADS:
            article = index - 1
            named = _named_by_a_complement(text, words, index) if article >= 0 else None
            opening = article >= 0 and words[article].raw in {"Le", "La", "Les", "L"} \
                and joined(text, words[article], word)
            if opening and sentence_start(text, words[article].start) \
                    and (named is not None or _a_kind_and_its_complement(words, index)):
                opening = False  # the sentence's article, not the name's: "La Maison de l'ESS de Montreuil
                # héberge…" is the "Maison de l'ESS…" named mid-sentence; "Le Jardin de Cocagne de Tours
                # emploie…" is its kind's finder's
            if opening:
                last = name_forward(text, words, index)
                if last is not None and any(w.capitalised for w in words[index + 1: last + 1]):
                    found.append(found_by_pattern(text, words, article, last, words[article].start, None))
            elif named is not None:  # "la Maison des Initiatives Solidaires"
                found.append(found_by_pattern(text, words, index, named, word.start, None))
            elif (last := _named_after_its_head(text, words, index)) is not None:
                found.append(found_by_pattern(text, words, index, last, word.start, None))  # "à l'Atelier Soudé"
            continue
        start = skip_modifiers(text, words, index + 1)
        quoted = start < len(words) and _OPENING_QUOTE.fullmatch(text, words[start - 1].end, words[start].start)
        if start >= len(words) or not (quoted or joined(text, words[start - 1], words[start])):
            continue
        last = name_forward(text, words, start)
        if quoted and last is not None and _CLOSING_QUOTE.match(text, words[last].end) \
                and word.key not in _SCHEMES_OR_PLACES:
            found.append(found_by_pattern(text, words, start, last, word.start, None))  # "la laverie solidaire
            continue  # « Lav'Services »", "la régie intercommunale « Clunisois Mobilités »"
        if word.key not in GENERIC_HEADS:
            continue
        if last is None or words[start].raw in {"Le", "La", "Les", "L"} and last == start:
            continue
        if (words[start].raw in {"Le", "La", "Les", "L"} or _RUN_BY.match(text, words[last].end)
                or word.key not in _SCHEMES_OR_PLACES and _A_BRAND.search(text, words[start].start, words[last].end)) \
                and not communes_named(text[words[start].start: words[last].end]):
            found.append(found_by_pattern(text, words, start, last, word.start, None))
    return found  # (a commune's name is where it is: "le projet de ferme urbaine L'Île-Saint-Denis")


# A name in quotes after these is a body's (not after "la plateforme « X »", "le lieu « X »": a scheme, a place)
_HEADS_BEFORE_QUOTES = frozenset({"regie", "ludotheque", "garage"})
_OPENING_QUOTE = re.compile(r"\s*[«“\"]\s*")
_CLOSING_QUOTE = re.compile(r"\s*[»”\"]")


# A name shaped as a brand, no place's: an apostrophe or a capital inside a word ("l'atelier vélo Recycl'Roue",
# "la coopérative KaléidosCOOP"; not "d'Émile")
_A_BRAND = re.compile(r"[^\W\d_]{2}['’][^\W\d_]|[a-zà-ÿ][A-ZÀ-Ý]")


def _named_after_its_head(text: str, words: Sequence[Token], head: int) -> int | None:
    """The last word of a name made of a capitalised head after a lower-case article, then more
    capitals ("a attribué 120 000 € à l'Atelier Soudé", "l'Atelier Paysan"; not "l'Épicerie Solidaire",
    "le Café Associatif": the words of what it is) or its adjectives and its place's name ("finance la
    Recyclerie sportive de Pantin"); not after a place's head ("la Maison Laval", "le Centre Jean Vilar",
    "la Maison départementale de…": places maybe)."""
    if head == 0 or words[head - 1].raw not in {"l", "la", "le", "les"} or words[head].key in _PLACES_ONLY \
            or not joined(text, words[head - 1], words[head]) or head + 1 >= len(words):
        return None
    if not (words[head + 1].capitalised and joined(text, words[head], words[head + 1])):
        return adjectives_then_a_place(text, words, head)
    last = name_forward(text, words, head)
    if last is None or last == head or all(w.key in _WHAT_IT_IS for w in words[head + 1: last + 1]):
        return None
    return last


_PLACES_ONLY = frozenset({"maison", "centre", "espace", "lieu", "structure", "entreprise", "societe", "cooperative"})
# What a name in quotes or shaped as a brand after these is: a scheme or a place ("la plateforme « X »",
# "la plateforme de mobilité Mobil'Emploi"), no body
_SCHEMES_OR_PLACES = _PLACES_ONLY | {"plateforme", "lieu", "village", "collectif"}
_WHAT_IT_IS = NAME_ADJECTIVES | frozenset("associatif associative cooperatif cooperative municipal municipale "
                                          "communal communale intercommunal intercommunale numerique local locale "
                                          "mobile itinerant itinerante bio vegetal urbain urbaine".split())


def _a_kind_and_its_complement(words: Sequence[Token], head: int) -> bool:
    """Whether a structure's kind opens at ``head`` with a complement after it: "Jardin de Cocagne de…"."""
    return head + 1 < len(words) and words[head + 1].key in OF_WORDS \
        and structure_words()[0].match_at(words, head) is not None


def _named_by_a_complement(text: str, words: Sequence[Token], head: int) -> int | None:
    """The last word of a name made of a head after its article and a capitalised complement: "la
    Maison des Initiatives Solidaires", "la Maison de l'Initiative et de l'Emploi" (not "la Maison
    des Associations": a town's hall, maybe; nor "la Maison de la Région Auvergne", the
    collectivité's; nor a kind spelt out: "l'Entreprise de Travail Temporaire d'Insertion")."""
    if words[head - 1].key not in {"le", "la", "les", "l"} or head + 1 >= len(words) \
            or words[head + 1].key not in OF_WORDS:
        return None
    last = name_forward(text, words, head, through_et=True)
    if last is None or sum(w.capitalised for w in words[head + 1: last + 1]) < 2 \
            or any(w.key in A_COLLECTIVITE for w in words[head + 1: last + 1]) \
            or structure_words()[0].match_at(words, head) is not None:
        return None
    return last


# A name after a head noun, without its article, is one when a runner follows it: "la plateforme de
# mobilité Mobil'Emploi, portée par l'association AGATE" (not "le jardin Grammont": a place maybe)
_RUN_BY = re.compile(r"\s*,\s*(?:porté|géré|animé|piloté|co-porté|coporté)e?s?\s+par\b", re.IGNORECASE)


def named_by_their_members(text: str, words: Sequence[Token]) -> list[Found]:
    """A network named by its capitalised head and its members ("des"/"du"/"de la" and nouns joined
    by "de", with their adjectives), the name ending on a mark ("," "." ";" ":" "(", the text's end),
    on "qui", or on its members written as an acronym: "avec l'appui de la Fédération française des
    coopératives d'habitants.", "avec le Réseau des acteurs de l'ESS de Pantin (RAEP),", "l'Union
    départementale des CCAS" (not "la Fédération des acteurs de la solidarité accompagne…": a verb
    after the members, where the name ends is unsaid)."""
    found = []
    for index, word in enumerate(words):
        local_ess = word.key == "pole" and index + 1 < len(words) and words[index + 1].raw == "ESS"
        if word.key not in NETWORK_HEADS and not local_ess or not word.capitalised \
                or sentence_start(text, word.start) and not local_ess:
            continue  # ("Le Pôle ESS du Pays de Lorient (ESS'Pace) anime…": the local network of the ESS)
        k = index + 1 + (index + 1 < len(words) and (words[index + 1].key in _HEAD_ADJECTIVES or local_ess))
        if _DASH_BEFORE.search(text, max(0, word.start - 4), word.start):
            continue  # "le Secours populaire français – Fédération de Seine-Saint-Denis": the name before's chapter
        if word.key == "groupement" and (k >= len(words) or words[k].key != "des"):
            continue  # "le Groupement d'Intérêt Économique (GIE) X", "un Groupement d'employeurs": a legal form
        last = None
        while k + 1 < len(words) and (words[k].key in OF_WORDS or words[k].key == "par" and words[k - 1].key
                                      == "insertion") and joined(text, words[k - 1], words[k]):  # (and "de
            # l'insertion par l'activité économique")
            k += 1 + (words[k + 1].key in {"la", "l"} and k + 2 < len(words))  # "de la", "de l'"
            last = k  # a member's noun: "des coopératives", "de l'ESS", "de Pantin"
            k += 1
            while k < len(words) and joined(text, words[k - 1], words[k]) and words[k].raw.isalpha() \
                    and not words[k].raw.isupper() and words[k].key.endswith(_ADJECTIVE_ENDINGS):
                last, k = k, k + 1  # "des acteurs solidaires", "de l'économie sociale", "des Associations Familiales"
        if last is None or last >= len(words):
            continue
        if not _NAME_END.match(text, words[last].end) and not (last + 1 < len(words) and words[last + 1].key == "qui") \
                and not (len(words[last].raw) > 2 and words[last].raw.isupper()):
            continue  # (its members' acronym ends it: "l'Union départementale des CCAS l'animation de…")
        name = text[word.start: words[last].end]
        kind = kind_before(words, index)  # "soutient l'association Réseau des…": the kind opens its span
        found.append(Found(index, last, word.start if kind is None else words[kind].start, name, name_slug(name),
                           "reseau", None, FROM_PATTERN, 3))
    return found


def kind_before(words: Sequence[Token], index: int) -> int | None:
    """Where a kind word that ends right before the name at ``index`` starts ("l'association Réseau
    des entrepreneurs solidaires", "l'association ATIS (…)"), else None."""
    announce = structure_words()[0]
    for start in range(max(0, index - 4), index):
        match = announce.match_at(words, start)
        if match is not None and match.last == index - 1:
            return start
    return None


_DASH_BEFORE = re.compile(r"\w\s*[–—]\s*\Z")
_NAME_END = re.compile(r"\s*(?:[,.;:(]|$)")
_HEAD_ADJECTIVES = frozenset({"francaise", "nationale", "regionale", "departementale", "territoriale", "europeenne",
                              "francais", "national", "regional", "departemental", "territorial", "europeen"})
_ADJECTIVE_ENDINGS = ("aire", "aires", "ale", "ales", "al", "aux", "ique", "iques", "ien", "ienne", "iens", "iennes",
                      "ais", "aise", "aises", "if", "ive", "ifs", "ives", "el", "elle", "els", "elles")
