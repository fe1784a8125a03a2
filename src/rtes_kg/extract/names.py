"""Where a text names an organisation: the spans of words that are names, each with its family,
kind and network. The finders read the curated list, the kinds of structure and of collectivité;
``organisations`` chooses among overlapping finds and gives each its role (docs/extraction.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rtes_kg.extract import places
from rtes_kg.extract.concepts import scheme_labels
from rtes_kg.extract.curated import STRUCTURE, reference
from rtes_kg.extract.imperatives import imperative_name_end
from rtes_kg.extract.lexicon import (
    ARTICLES,
    CONNECTORS,
    LEGAL_FORMS,
    OF_WORDS,
    Lexicon,
    Token,
    inner_apostrophe,
    is_an_act,
    joined,
    number_after_de,
    phrase_keys,
)
from rtes_kg.once import table
from rtes_kg.parse.naming import slug as name_slug
from rtes_kg.vocab import SCHEME_TYPE_STRUCTURE

FROM_REFERENCE, FROM_PATTERN = "reference", "motif"
PUBLIC = frozenset({"collectivite", "organisme-public"})  # bodies that found and fund, never run an action

_NAME_MAX_WORDS = 12
QUOTATION = re.compile(r"[«“\"][^»”\"\n]{1,80}[»”\"]")
# Short words inside names besides French connectors: "Pane è Sale", "Maisons & Mines", the Breton
# articles and "ha" (and): "Kan ar Mor", "Tud ha Bro"; English ones: "Wake up Café", "House of Crafts"; Corsican
# ones: "U Pane di Tutti", "Ortu di l'Isula", "Inseme per a Robba".
_INNER = CONNECTORS | {"e", "y", "ar", "an", "al", "ha", "up", "of", "the", "and", "di", "u", "per"}
# Before a capital, inside a name after its kind word: "Un Toit pour Tous", "Bouge ta Campagne".
_INSIDE_A_NAME = frozenset({"pour", "dans", "sans", "ta", "ton", "tes", "ma", "mon", "mes", "nos", "vos"})
# The means a name's aim goes "par", in its own words: "Association … pour l'Insertion par l'Économique",
# "Fédération des Entreprises d'Insertion par l'Activité Économique" (no body: "par la Région" is its agent)
_MEANS = frozenset({"activite", "economique", "economie", "emploi", "travail", "sport", "culture", "education",
                    "formation", "insertion"})
_POSSESSIVES = frozenset({"ta", "ton", "tes", "ma", "mon", "mes", "nos", "vos"})  # "ta Ville": no other body
_INNER_BACKWARD = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "e", "y"})
LOWER_ARTICLES = frozenset({"la", "le", "les", "l"})
_AN_AMOUNT = re.compile(r"\d+,\d+\s+[a-zà-ÿ]|"  # (a measure: "1,5 hectare"; not "Solidarité 2.0")
                        r"\d[\d\s\u00a0\u202f.,]{0,20}?(?:\s*(?:[kKM]\s*)?(?:€|euros?\b)|\s*%|\s\d{3}\b|\s+(?!(?:"
                        r"les|des|ses|ces|leurs|nos|dans|sous|vers|depuis|chez|sans|puis|plus|tous|lors)\b)[a-zà-ÿ]+[sx]\b)")
_LOWER = frozenset({"la", "le", "les"})
# The lower-case adjectives a name ends with: "Menuiserie solidaire", "Jardin partagé" (a closed list)
NAME_ADJECTIVES = frozenset({"solidaire", "solidaires", "social", "sociale", "sociaux", "sociales",
                              "citoyen", "citoyenne", "citoyens", "citoyennes", "partage", "partagee",
                              "partages", "partagees", "equitable", "equitables", "transition", "frontieres"})
_AFTER_EN_SANS = frozenset({"transition", "frontieres"})  # "Laval en transition", "Ingénieurs sans frontières"
_BEFORE_AN_ARTICLE = frozenset({"de", "d", "a", "au", "sur", "sous", "en", "pour", "dans", "sans"})


@dataclass(frozen=True)
class Found:
    """A name found in a text: its words (``first``..``last``), what it is and where the words
    that may say its role end (before its kind word, if the kind word comes first)."""

    first: int
    last: int
    context: int  # a character offset
    name: str
    slug: str
    category: str  # "structure-ess" | "organisme-public" | "entreprise" | "reseau" | "collectivite"
    kind: str | None
    confidence: str
    priority: int  # on equal length: the curated list, then collectivités, then patterns
    parent: str | None = None  # the slug of the network it is a chapter of
    place: str | None = None  # a commune written after the name ("à Rodez")
    local: bool = False  # a chapter without a name of its own ("la Banque Alimentaire")
    weak: bool = False  # a lower-case one-word kind of collectivité: kept only with a role word


@dataclass(frozen=True)
class Trigger:
    code: str  # concept code of the kind
    keys: tuple[str, ...]  # the words of the label as written, to tell a plural use


# --- the words that announce names -------------------------------------------------------------

@table
def structure_words() -> tuple[Lexicon[Trigger], Lexicon[Trigger]]:
    """(the words that announce a structure's name, the words that a structure's name contains)."""
    announce: list[tuple[tuple[str, ...], Trigger]] = []
    inside: list[tuple[tuple[str, ...], Trigger]] = []
    for code, label, kind in scheme_labels(SCHEME_TYPE_STRUCTURE):
        keys = phrase_keys(label)
        (inside if kind == "hidden" else announce).append((keys, Trigger(code, keys)))
    for family, labels in _OTHER_BODIES.items():
        announce += [(phrase_keys(label), Trigger(family, phrase_keys(_SINGULAR.get(label, label))))
                     for label in labels]
    return Lexicon(announce, plural_blind=True), Lexicon(inside)


def a_kind_ends_at(words: Sequence[Token], k: int) -> bool:
    """Whether a structure's kind word ends at ``k``: "l'épicerie sociale" before "de la Croix-Rouge",
    the body whose épicerie it is."""
    announce = structure_words()[0]
    return any((match := announce.match_at(words, j)) is not None and match.last == k
               for j in range(max(0, k - 3), k + 1))


# Bodies of public law or mixed companies, partners of members, no ESS structures: their kind word announces a
# name ("la SEM Orléans Technopole", "le GIP Nièvre Numérique"), of its family, of no kind of the scheme.
# The words of shops and services announce their names too, of no kind: only an "épicerie solidaire"
# or "sociale" is one of the scheme ("l'épicerie vrac Le Bocal", "la conciergerie rurale Bocage Services").
_OTHER_BODIES = {"entreprise": ("SEM", "SEMOP", "société d'économie mixte", "SPL", "société publique locale",
                                "bailleur social", "bailleurs sociaux", "bailleur", "bailleurs",  # "le bailleur X"
                                # "la SAS Enargia" (after a kind: "la SCIC SAS X", its status)
                                "SAS", "SARL", "GAEC", "GIE", "groupement d'intérêt économique",
                                "entreprise", "société", "start-up", "startup"),  # "l'entreprise Mécabois"
                 "organisme-public": ("GIP", "groupement d'intérêt public", "OPH", "office public de l'habitat",
                                      "université", "IUT", "CHU", "centre hospitalier"),  # "l'Université d'Artois"
                 STRUCTURE: ("épicerie", "conciergerie", "légumerie", "conserverie", "cantine", "foncière",
                             "supermarché coopératif", "supermarché solidaire", "auto-école", "radio", "friche",
                             "bureau d'études", "espace-test", "organisme de foncier solidaire"),
                 "reseau": ("réseau", "fédération", "union",  # "le réseau Ressourceries du Maine fédère…"
                            "pôle ESS", "pôle de l'ESS")}  # "le pôle ESS Horizons Solidaires", a local network
BODY_FAMILIES = frozenset(_OTHER_BODIES)  # the families of those words' finds (no kind of the scheme)
# The heads of the names of networks: "le Réseau des acteurs de l'ESS de Pantin", "la Fédération des
# Acteurs de la Solidarité", "le Mouvement associatif Occitanie", "le Collectif des Jardins de Soyaux"
NETWORK_HEADS = frozenset({"reseau", "federation", "union", "collectif", "coordination", "mouvement", "groupement"})
# the plurals a final "s" does not make, by their singular: "les bailleurs sociaux A et B" are two
_SINGULAR = {"bailleurs sociaux": "bailleur social"}


# --- names as runs of capitalised words --------------------------------------------------------

def sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:;•\n(«\""


def name_forward(text: str, words: Sequence[Token], first: int, through_et: bool = False,
                 et_capital: bool = False, inside_words: bool = False) -> int | None:
    """The index of the last word of a capitalised name that starts at ``first``, or None.

    With ``through_et``, "et" followed by "de"/"du"/"d’" and a capital goes on with a name that has one
    before: "Banque Alimentaire de Bordeaux et de la Gironde", "Les Ateliers du Rhin et de l'Ill"; with
    ``et_capital``, "et" followed by a capital does: "l'association Bois et Forêts" (not when a known
    name or a body's acronym or head follows: "l'association Rebond Insertion et BNP Paribas"); with
    either or ``inside_words``, "pour", "ta"… before a capital do: "Bouge ta Ville", "Un Toit pour Tous"."""
    if first >= len(words) or not words[first].capitalised:
        return None
    if (imperative := imperative_name_end(text, words, first)) is not None:
        return imperative  # "Partageons les jardins"
    last, k = first, first + 1
    while k < len(words) and k - first < _NAME_MAX_WORDS and joined(text, words[k - 1], words[k]):
        if words[k].capitalised or (words[k].raw[0].isdigit() and (k == last + 1 or number_after_de(
                words, last, k)) and not _AN_AMOUNT.match(text, words[k].start)):
            last = k  # ("Mission locale 44", "Papeterie du 17", not "la CAF du Nord 6 000 € pour…", "X 25 parcelles")
            if text[words[k].end: words[k].end + 1] == "/" and k + 1 < len(words) and words[k + 1].raw.isdigit():
                last = k = k + 1  # "Potagers du 11/19"
        elif through_et and words[k].key == "et" and words[k + 1: k + 2] and words[k + 1].key in OF_WORDS \
                and any(words[j].key in OF_WORDS for j in range(max(0, first - 1), k)) \
                and not opens_known_name(words, k + 2) and not opens_a_body(words, k + 2):
            pass
        elif words[k].key == "et" and (text[words[k].start - 1: words[k].start] == "-" or words[k - 1].key == "mille"
                                       and k + 1 < len(words) and words[k + 1].raw in {"Un", "Une"}):
            pass  # "Saône-et-Loire", "Ille-et-Vilaine"; "Mille et Un Services"
        elif words[k].key == "et" and words[k - 1].key in {"sociale", "sociales"} and k + 1 < len(words) \
                and words[k + 1].key in {"solidaire", "solidaires"}:
            pass  # "la Maison de l'Économie Sociale et Solidaire": the one phrase, not two names
        elif k == last + 1 and words[k - 1].end == words[k].start - 1 and text[words[k].start - 1] == "-" \
                and words[k].raw[:1].islower():
            last = k  # "Auto-école", "Vélo-école": one word, not a name cut at its hyphen
        elif k == last + 1 and words[k].raw[:1].islower() and (words[k].key in NAME_ADJECTIVES or (
                words[k].key in {"en", "sans"} and words[k + 1: k + 2] and words[k + 1].key in _AFTER_EN_SANS)):
            last = k  # "Menuiserie solidaire": the name's own adjective, not "Menuiserie"; "X sans frontières"
        elif k == last + 1 and inner_apostrophe(text, words, k):
            last = k  # "Id'ées Propreté", "Les P'tits Loups": a word of the name, not "d'"/"l'" elided
        elif et_capital and words[k].key == "et" and k + 1 < len(words) and words[k + 1].capitalised \
                and words[k + 1].raw.lower() not in ARTICLES and not opens_known_name(words, k + 1) \
                and not opens_a_body(words, k + 1) \
                and joined(text, words[k], words[k + 1]) and not _another_kind_after(words, first, k) \
                and not _placed_before(text, words, first, k):
            pass
        elif et_capital and _a_pair_with_et(text, words, first, last, k):
            last = k = k + 2  # "l'association Le Pain et les Roses"
        elif (et_capital or inside_words) and words[k].key in _INSIDE_A_NAME and k + 1 < len(words) \
                and _inner_capital(words, k + 1) and (words[k].key in _POSSESSIVES or not opens_a_body(words, k + 1)
                                                      or _the_town_ends_it(text, words, k)):
            pass  # "Un Toit pour Tous", "Les Pieds dans l'Eau", "Bouge ta Ville", not "… pour la Ville de Lyon"
        elif (et_capital or inside_words) and words[k].key == "par" and _a_means(words, k + 1):
            pass
        elif words[k].key not in _INNER:
            break
        elif words[k].key in {"sur", "sous"} and _a_site_after(words, k + 1):
            break  # "la SCOP Le Champ des Possibles sur la ZA de Berlanne": where it is, not its name
        elif words[k].key in {"a", "au", "aux"} and opens_a_body(words, k + 1):
            break  # "le lieu La Marbrerie à la SCIC La Marbrerie Coop": two names, not one
        elif words[k].key == "en" and k + 1 < len(words) and words[k + 1].raw.isupper() \
                and (words[k + 1].key in LEGAL_FORMS or structure_words()[0].match_at(words, k + 1) is not None):
            break  # "la transformation de l'association Terre d'Opale en SCIC": what it became
        elif words[k].raw in _LOWER and words[k - 1].key not in _BEFORE_AN_ARTICLE \
                and (opens_a_body(words, k) or opens_known_name(words, k)):
            break  # "cofinance avec la Région Hauts-de-France le PLIE de Roubaix": the object, another body
        elif words[k].raw in _LOWER and _article_after_a_name(text, words, k):
            break  # "cofinance avec la Métropole de Lyon la Maison de l'ESS": the object, another name
        k += 1
    if all(words[i].key in ARTICLES for i in range(first, last + 1)):
        return None
    return last


def _a_pair_with_et(text: str, words: Sequence[Token], first: int, last: int, k: int) -> bool:
    """Whether the "et" at ``k`` joins two halves of a name, an article and a noun each: "Le Pain et les Roses"
    (not "Les Amis du Vélo et les Ateliers X", nor a known or a body's name: "… et la Ville de Laval")."""
    second = k + 2
    return last == first + 1 and words[first].raw in {"Le", "La", "Les", "L"} and second < len(words) \
        and words[k + 1].raw in {"le", "la", "les", "l"} and words[second].capitalised \
        and joined(text, words[k], words[k + 1]) and joined(text, words[k + 1], words[second]) \
        and not opens_known_name(words, k + 1) and not opens_a_body(words, second) \
        and not (second + 1 < len(words) and joined(text, words[second], words[second + 1])
                 and (words[second + 1].capitalised or words[second + 1].key in OF_WORDS))


def _a_site_after(words: Sequence[Token], k: int) -> bool:
    """Whether a site's noun opens at ``k``, past its article: "la ZA de Berlanne", "le parc d'activités"."""
    k += k < len(words) and words[k].key in LOWER_ARTICLES
    return k < len(words) and words[k].key in _SITES


_SITES = frozenset({"za", "zac", "zi", "zone", "site", "parc", "friche", "commune", "territoire", "quartier",
                    "campus", "plateau"})


# Words that open the name of a body of their own: "du Département du Nord et de la CAF" names two.
BODY_HEADS = frozenset({"region", "departement", "ville", "commune", "metropole", "communaute", "conseil",
                        "caisse", "agence", "fondation", "etat", "prefecture", "mairie", "association",
                        "federation", "union", "chambre", "groupement", "syndicat", "reseau", "collectif",
                        "comite", "office", "institut", "cooperative", "banque", "societe"})


def _placed_before(text: str, words: Sequence[Token], first: int, et: int) -> bool:
    """Whether the name before "et" at ``et`` ends on its commune ("La Ressourcerie Provence à Aubagne
    et Mine de Rien à Marseille": two names, each with its place)."""
    at = next((j for j in range(et - 1, first, -1) if words[j].key == "a"), None)
    return at is not None and bool(places.communes_named(text[words[at + 1].start: words[et - 1].end]))


def _another_kind_after(words: Sequence[Token], first: int, et: int) -> bool:
    """Whether "et" at ``et`` joins two names rather than the words of one: a name of its own before
    it, opened by its article ("Les Toits Verts"), and a kind word of a structure with its own
    complement after it ("Ressourcerie du Canal"); not "Jardins et Épicerie Solidaire", one name."""
    if words[first].key not in LOWER_ARTICLES or et - first < 3 or et + 2 >= len(words):
        return False
    kind = structure_words()[0].match_at(words, et + 1)
    return kind is not None and kind.last + 1 < len(words) and words[kind.last + 1].key in {"de", "du", "des", "d"}


def _past_articles(words: Sequence[Token], index: int) -> int:
    """``index`` past an article or two, not a run of them (at each word, "La La La…" was quadratic)."""
    for _ in range(2):
        index += index < len(words) and words[index].key in LOWER_ARTICLES
    return index


def opens_a_body(words: Sequence[Token], index: int) -> bool:
    """Whether the words from ``index`` (past an article) open another body's name: an acronym
    ("CAF", "ADEME") or a head word ("la Région Occitanie")."""
    if (index := _past_articles(words, index)) >= len(words):
        return False
    word = words[index]
    return (len(word.raw) > 1 and word.raw.isupper()) or (word.capitalised and word.key in BODY_HEADS)


def _the_town_ends_it(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether "dans la Ville" at ``k`` ends the name, before a mark or the text's end: "l'association
    Sport dans la Ville" (not "… dans la Ville de Lyon": a body)."""
    end = k + 2
    return words[k].key == "dans" and end < len(words) and words[k + 1].key == "la" and words[end].key == "ville" \
        and (end + 1 == len(words) or not joined(text, words[end], words[end + 1]))


def _a_means(words: Sequence[Token], index: int) -> bool:
    """Whether a capitalised means (``_MEANS``), past "l'", opens at ``index``."""
    index += index + 1 < len(words) and words[index].key == "l"
    return index < len(words) and words[index].capitalised and words[index].key in _MEANS


def _inner_capital(words: Sequence[Token], index: int) -> bool:
    """A capitalised word at ``index``, past an article, that opens no curated name."""
    if words[index].key in LOWER_ARTICLES and not words[index].capitalised and index + 1 < len(words):
        index += 1
    return words[index].capitalised and not opens_known_name(words, index)


def opens_known_name(words: Sequence[Token], index: int) -> bool:
    """Whether a curated name or a chapter starts at ``index``: "… Airdie-Occitanie et de France
    Active MPA-Occitanie" names two organisations."""
    curated = reference()
    index = _past_articles(words, index)  # "… et de la Banque des Territoires"
    return index < len(words) and (curated.lexicon.match_at(words, index) is not None
                                   or curated.chapters.match_at(words, index) is not None)


def name_backward(text: str, words: Sequence[Token], last: int, through_a: bool = True) -> int | None:
    """The index of the first word of a capitalised name that ends at ``last``, or None.

    Without ``through_a``, "à" and "en" end it: from a word inside a name they are more often the
    sentence's ("une convention lie la Ville à Emmaüs Lescar-Pau") than the name's."""
    if last < 0 or not (words[last].capitalised or words[last].raw[0].isdigit()):
        return None
    first, k = None, last
    while k >= 0 and last - k < _NAME_MAX_WORDS:
        if k < last and not joined(text, words[k], words[k + 1]):
            break
        if words[k].capitalised:
            first = k
        elif k > 0 and inner_apostrophe(text, words, k):
            pass  # "Ch'ti Vrac": the word's end
        elif words[k].raw in _LOWER and _article_after_a_name(text, words, k) or words[k].key in {"a", "au", "aux"} \
                and structure_words()[0].match_at(words, _past_articles(words, k + 1)) is not None:
            break  # "avec le Département de la Gironde la Maison de l'emploi", "de Kerbernard à la Ressourcerie X"
        elif not (words[k].key in (_INNER if through_a else _INNER_BACKWARD)
                  or (k == last and words[k].raw[0].isdigit())
                  or (words[k].key == "et" and text[words[k].start - 1: words[k].start] == "-")):
            break
        k -= 1
    if first is not None and first < last and sentence_start(text, words[first].start) \
            and words[first + 1].key in CONNECTORS and is_an_act(words[first].key):
        # "Soutien à Tri Martolod, entreprise d'insertion": a capital that only opens the sentence
        first = next((i for i in range(first + 1, last + 1)
                      if words[i].key not in CONNECTORS and words[i].capitalised), None)
    return first


def _article_after_a_name(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the lower-case article at ``k`` opens a name of its own, after a name of two words
    or more and before a capital: "la Métropole de Lyon la Maison de l'ESS", "Emmaüs Connect la
    Boutique". After one word it may be the name's own ("l'association Cultivons la Ville"); after
    "de", "à"… it is ("Les Amis de la Terre"); and between hyphens ("Villers-le-Lac")."""
    return (k >= 2 and k + 1 < len(words) and words[k - 1].capitalised and words[k + 1].capitalised
            and (words[k - 2].capitalised or words[k - 2].key in _INNER_BACKWARD)
            and text[words[k - 1].end: words[k].start].isspace() and text[words[k].end: words[k + 1].start].isspace())


def without_article(name: str) -> str:
    """"La Banque Alimentaire de Rodez" -> "Banque Alimentaire de Rodez": slugs of chapters."""
    return re.sub(r"^(?:les?|la|l['’])\s*(?=\w)", "", name, flags=re.IGNORECASE)


def plural(words: Sequence[Token], first: int, trigger: Trigger) -> bool:
    """Whether the kind word is written in the plural ("les associations"): its first word decides ("coopérative
    d'activités et d'emploi" is one), its last after an invariable one ("les tiers-lieux"), an acronym's article."""
    if words[first].raw.isupper() and len(words[first].raw) > 1:  # ("5 CAE": a count says it too, a year not)
        return first > 0 and (words[first - 1].key in PLURAL_ARTICLES
                               or words[first - 1].raw.isdigit() and 1 < int(words[first - 1].raw) < 1900)
    last = min(first + len(trigger.keys), len(words)) - 1
    return words[first].key != trigger.keys[0] or trigger.keys[0][-1] in "sx" and words[last].key != trigger.keys[-1]


PLURAL_ARTICLES = frozenset({"les", "des", "aux", "ces", "deux", "trois", "quatre", "cinq", "plusieurs", "nos",
                              "leurs"})


# --- the finders -------------------------------------------------------------------------------

# A région's acronym ending a name: "Enercoop AURA" is the body "Enercoop Auvergne-Rhône-Alpes",
# one IRI and one label however a fiche writes it.
REGION_ACRONYMS = {"AURA": "Auvergne-Rhône-Alpes", "PACA": "Provence-Alpes-Côte d'Azur",
                    "BFC": "Bourgogne-Franche-Comté", "IDF": "Île-de-France", "HDF": "Hauts-de-France",
                    "CVL": "Centre-Val de Loire"}


def a_noun_s_complement(words: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` completes a common noun: "ressources de l'ESS"."""
    k = first - 1
    while k > 0 and words[k].key in LOWER_ARTICLES:
        k -= 1
    return k > 0 and words[k].key in {"de", "du", "des", "d"} and words[k - 1].raw.islower()


_FINAL_APOSTROPHE, _OPENING_QUOTE = re.compile(r"['’](?!\w)"), re.compile(r".*\s['‘’]")


def found_by_pattern(text: str, words: Sequence[Token], first: int, last: int, context: int,
                     kind: str | None) -> Found:
    """A name found by its shape (not in the curated list), with the family its kind word gives."""
    start, end = words[first].start, words[last].end
    end += bool(_FINAL_APOSTROPHE.match(text, end)) and words[last].capitalised \
        and not _OPENING_QUOTE.fullmatch(" " + text[max(0, start - 2): start])  # "Ti Récup'" (not "'Les Amis'")
    name = text[start: end]
    region = REGION_ACRONYMS.get(words[last].raw) if last > first else None
    if region is not None:
        name = text[words[first].start: words[last].start] + region
    if kind in _OTHER_BODIES:
        return Found(first, last, context, name, name_slug(name), kind, None, FROM_PATTERN, 2)
    return Found(first, last, context, name, name_slug(name), STRUCTURE, kind, FROM_PATTERN, 2)
