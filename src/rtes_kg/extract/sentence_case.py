"""Names written in sentence case, every word after the first in lower case: "l'association Culture
et liberté", "Lire et faire lire", "Un toit pour tous", "Jardins en partage", "Pain contre la faim".

A name announced by its kind goes on over such words when they run to where its clause stops (a
comma, a full stop, a parenthesis) or, when the name is the subject, to its verb ("L'association
Entraide et amitié gère…"), and hold only what a name holds: nouns and infinitives joined by "et",
"pour", "en", "contre". No article nor possessive ("soutient l'association X pour son
projet", "X et ses partenaires"), number ("en 2021"), adverb's phrase ("en particulier", "pour
partie"), preposition of a verb's complement ("à hauteur de", "depuis"), verb ("X et finance…") nor
act ("X et accompagnement"): those say what the member does with the structure, not its name.

An object's name goes on over two or three lower-case nouns and adjectives up to a stop too ("Petits
déjeuners solidaires : 5 000 €"), and a name over an adjective or two and its place's capitalised name
("la SCIC Ferme urbaine du Moulin"). The items of a list of names are read the same way
(``listed_tail``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.adjectives import (
    ADVERB_PHRASE_NOUNS,
    CLAUSE_VERBS,
    LIGHT_VERBS,
    NOT_WORDS_OF_A_NAME,
    PLACE_NOUNS,
    TIME_NOUNS,
    a_complement,
    an_infinitive,
    verb_with_object,
)
from rtes_kg.extract.cuewords import CARRYING, CUES, SUPPLYING, SUPPORT_NOUNS
from rtes_kg.extract.lexicon import DEPARTEMENT_CODE, NUMBER_WORDS, OF_WORDS, PARTICIPLE_ENDINGS, Token, joined
from rtes_kg.extract.names import opens_a_body, opens_known_name
from rtes_kg.extract.places import area_named, communes_named

# The small words that join a name's words: "Culture et liberté", "Un toit pour tous", "Jardins en partage"
_JOINING = frozenset({"et", "pour", "en", "contre", "vers"})  # (not "sans": "sans condition", "sans frais" say
# how; "sans frontières" is read by names.name_forward)
_OWN_ARTICLE_AFTER = frozenset({"contre", "vers"})  # "Pain contre la faim", "Un pas vers l'autre"
_ARTICLES = frozenset({"la", "le", "les", "l"})
# Prepositions a name may open with, in an idiom: "Au fil de l'eau", "À vos côtés", "De fil en aiguille"
LEADING_PREPOSITIONS = frozenset({"Au", "Aux", "À", "De", "Du", "En", "Par", "Pour", "Sur", "Sous", "Avec", "Entre",
                                   "Chez", "Vers"})
LEADING_ARTICLES = frozenset({"Un", "Une", "Le", "La", "Les", "L"})  # "Un toit pour tous", "La main verte"
_AFTER_A_PARTICIPLE = frozenset({"avec", "à", "au", "aux", "dans", "en", "depuis", "pour", "sur", "auprès", "chez"})
_LEADING_ADVERBS = frozenset({"Bien", "Mieux"})  # "Bien vivre ensemble", "Mieux manger pour tous"
# What "à" opens after a name, a complement of the member's act and no word of it: "à hauteur de", "à titre
# exceptionnel" (not "Laval à vélo", "Toit à moi")
_NOT_AFTER_A = frozenset("hauteur titre partir compter destination raison proximite cote travers nouveau "
                         "occasion echelle".split())
_TAIL_WORDS = 7  # "Ensemble pour l'emploi et l'insertion"
_AREA_WORDS = 4  # "Provence-Alpes-Côte d'Azur": its words as tokens
# Nouns of a phrase that says how or when the member helps, not a name's: "en nature", "pour moitié"
_PHRASE_NOUNS = ADVERB_PHRASE_NOUNS | frozenset("complement nature urgence continu retour contrepartie moitie memoire "
                                                "tant charge partenariat faveur lieu vue cas attendant".split())
# Acts of the member that may follow "et": "Soutien à l'association X et accompagnement."
_ACTS = SUPPORT_NOUNS | frozenset("animation creation gestion developpement suivi formation".split())
# The causes an association's name says it is for, after "pour l'", "pour la", "pour le": "Tremplin pour
# l'emploi" (not what the member helps it for: "pour l'acquisition de…", "pour la rénovation")
_CAUSES = frozenset("emploi insertion environnement habitat logement enfance jeunesse autonomie egalite avenir "
                    "entraide solidarite planete climat paix dignite citoyennete inclusion sante".split())
# People and bodies a name is said with, not of: "soutient l'association Alpha et bénévoles"
_PEOPLE = frozenset("benevoles salaries adherents habitants familles jeunes usagers beneficiaires elus agents "
                    "structures associations entreprises acteurs collectivites communes".split())
_PLACES_AFTER_EN = PLACE_NOUNS | frozenset("milieu zone france europe mairie regie".split())  # "en centre-ville"
_OTHERS = frozenset("autres divers diverses differents differentes nombreux nombreuses certains certaines "
                    "quelques".split())
# What "et" opens after a name when another item follows: "et à la régie X", "et la SCOP Y"
_AFTER_AND = frozenset({"a", "au", "aux", "la", "le", "les", "l", "des", "du", "de", "d", "un", "une", "son", "sa",
                        "ses", "leur", "leurs"})
_NOT_NOUNS_AFTER_EN = ("ant", "ants", "aire", "aires", "ique", "iques", "if", "ifs", "ive", "ives", "al", "ale",
                       "ales", "aux", "el", "elle", "elles", "els")
_NO_WORDS_OF_A_NAME = NOT_WORDS_OF_A_NAME | _PHRASE_NOUNS | _ACTS | _OTHERS | _PEOPLE | TIME_NOUNS \
    | frozenset(NUMBER_WORDS)
_EQUIPPING = ("equip", "dot")  # with cuewords.SUPPLYING: "équipe la SCOP X en…", "dote l'association X en…"
_AUXILIARIES = frozenset({"était", "étaient", "sera", "seront", "va", "vont"})  # (and adjectives.CLAUSE_VERBS)
_STOPS = re.compile(r"\s*(?:[,.;:!?()\u2013\u2014]|$)")


def sentence_case_tail(text: str, words: Sequence[Token], first: int, last: int, kind_first: int) -> int:
    """The last word of the name from ``first`` to ``last`` (its capitalised words) with its words in
    lower case after it, when they are a sentence-case name's; else ``last``."""
    leading = all(word.raw in LEADING_ARTICLES | _LEADING_ADVERBS for word in words[first: last + 1])
    subject = not a_complement(text, words, kind_first)
    ends_before = _a_verb_at if subject else _a_complement_or_a_verb_at
    if (idiom := _an_idiom(text, words, first, last, ends_before)) is not None:
        return idiom
    if last + 1 < len(words) and words[last + 1].key == "en" and _supplied(words, kind_first):
        return last  # "fournit l'association Les Amis du Bourg en matériel": what it is given, not its name
    if not subject and not leading and (nouns := _nouns_to_a_stop(text, words, last)) is not None:
        return nouns
    if not leading and (placed := adjectives_then_a_place(text, words, last)) is not None \
            and (_STOPS.match(text, words[placed].end) or placed + 1 < len(words) and ends_before(words, placed + 1)):
        return placed
    return _tail(text, words, last, leading, ends_before, aims=not subject, given=not subject
                 and given_to(words, kind_first))


def _an_idiom(text: str, words: Sequence[Token], first: int, last: int,
              ends_before: Callable[[Sequence[Token], int], bool]) -> int | None:
    """The last word of a name that an idiom makes, opened by a preposition ("l'association Au fil de
    l'eau.", "À vos côtés, qui…", "De fil en aiguille, atelier…") or repeating its first noun ("Pas à
    pas", "Main dans la main"), its words in lower case up to a stop or to what ends the name (a word
    of a clause's verb among them: no idiom); else None."""
    if last != first:
        return None
    opening = words[first].raw in LEADING_PREPOSITIONS
    for k in range(first + 1, min(first + 1 + _TAIL_WORDS, len(words))):
        token = words[k]
        if not (joined(text, words[k - 1], token) and token.raw.isalpha() and token.raw[:1].islower()) \
                or token.raw in _AUXILIARIES or _a_clause_s_verb(token):
            return None
        if token.key in OF_WORDS | _ARTICLES:
            continue  # ("Au fil de l'eau": no end on "de")
        if (opening or token.key == words[first].key) and (_STOPS.match(text, token.end) or k + 1 < len(words)
                                                          and joined(text, token, words[k + 1])
                                                          and ends_before(words, k + 1)):
            return k
    return None


def adjectives_then_a_place(text: str, words: Sequence[Token], last: int) -> int | None:
    """The last word of a name whose lower-case adjective or two are followed by its place's name:
    "la SCIC Ferme urbaine du Moulin", "le Jardin partagé des Lilas" (not a body: "Alpha active de
    la Région"; nor a participle that agrees: "Alpha accompagnée de la Ville"); else None."""
    k = last + 1
    while k < len(words) and k - last <= 2 and joined(text, words[k - 1], words[k]) and words[k].raw.isalpha() \
            and words[k].raw[:1].islower() and len(words[k].raw) > 2 and words[k].key not in OF_WORDS:
        token = words[k]
        if token.key in _NO_WORDS_OF_A_NAME | _JOINING or _a_clause_s_verb(token) \
                or token.raw.endswith(("ée", "és", "ées")) or token.key.endswith(("ment", "ant")):
            return None
        k += 1
    return None if k == last + 1 else _its_place(text, words, k - 1)


def _its_place(text: str, words: Sequence[Token], last: int) -> int | None:
    """The last word of the place's name that "de", "du", "des" open right after ``last``: "… du
    Moulin", "… de la Vallée de l'Orne" (not another body: "de la Région", "du Secours populaire")."""
    k = last + 1
    if k >= len(words) or words[k].key not in OF_WORDS or not joined(text, words[k - 1], words[k]):
        return None
    k += k + 1 < len(words) and words[k + 1].key in {"la", "l"}  # "de la", "de l'"
    return _a_place_from(text, words, k + 1)


def _a_place_from(text: str, words: Sequence[Token], place: int) -> int | None:
    """The last word of the capitalised place's name that starts at ``place``, joined to the word
    before it ("Moulin", "Vallée de l'Orne", "Pays de Retz"); None when none starts there, or another
    body does ("la Région", "le Secours populaire")."""
    if place >= len(words) or not joined(text, words[place - 1], words[place]) or not words[place].capitalised \
            or opens_a_body(words, place) or opens_known_name(words, place):
        return None
    end = place
    while end + 1 < len(words) and end - place < 3 and joined(text, words[end], words[end + 1]) \
            and (words[end + 1].capitalised or words[end + 1].key in OF_WORDS and end + 2 < len(words)
                 and words[end + 2].capitalised):
        end += 1
    return end if words[end].capitalised else None


def _nouns_to_a_stop(text: str, words: Sequence[Token], last: int) -> int | None:
    """The last of two or three lower-case nouns and adjectives right after an object's name that
    run to a stop: "Soutien à l'association Petits déjeuners solidaires : 5 000 €" (no participle,
    adverb nor word of a clause among them: "finance l'association Alpha créée en…"); else None."""
    for k in range(last + 1, min(last + 4, len(words))):
        token = words[k]
        if not (joined(text, words[k - 1], token) and token.raw.isalpha() and token.raw[:1].islower()
                and len(token.raw) > 2 and not token.key.endswith(("ment", "ant"))
                and not token.raw.endswith(("é", "ée", "és", "ées"))) \
                or token.key in _NO_WORDS_OF_A_NAME | _JOINING or _a_clause_s_verb(token):
            return None
        if k > last + 1 and _STOPS.match(text, token.end):
            return k
        if (area := _its_area(text, words, k + 1, _a_complement_at)) is not None:
            return area  # "le collectif Zéro déchet Laval.", "l'association Accueil paysan Gers pour l'agritourisme"
        if (code := _its_departement_code(text, words, k + 1, _nowhere)) is not None:
            return code  # "l'association Aide alimentaire 53."
    return None


def listed_tail(text: str, words: Sequence[Token], first: int, last: int) -> int:
    """The last word of an item of a list of names (from ``first`` to ``last``, its capitalised
    words) with its words in lower case, up to the comma, the stop or the "et" of the last item after
    it: "Associations soutenues : Culture et liberté, Aide et partage et Un toit pour tous" (no item
    of a list of names opens in lower case)."""
    leading = all(word.raw in LEADING_ARTICLES for word in words[first: last + 1])
    return _tail(text, words, last, leading, _the_last_item_or_a_verb_at)


def _the_last_item_or_a_verb_at(words: Sequence[Token], index: int) -> bool:
    """Whether "et" and the list's last item stand at ``index`` ("Aide et partage et Un toit pour tous"),
    or the verb the list is the subject of ("…, Un logement pour chacun et Toit à moi ont signé")."""
    return words[index].key == "et" and index + 1 < len(words) \
        and (words[index + 1].capitalised or words[index + 1].key in _ARTICLES) or _a_verb_at(words, index)


def _tail(text: str, words: Sequence[Token], last: int, leading: bool,
          ends_before: Callable[[Sequence[Token], int], bool], aims: bool = False, given: bool = False) -> int:
    """The last word of the lower-case words after ``last`` that run to a stop, or to a word where
    ``ends_before`` says the name ends, when they are a name's; else ``last``. ``aims``: the name is
    an object, after which "pour" may say what the member helps it for."""
    k = last + 1
    while k < len(words) and k - last <= _TAIL_WORDS and joined(text, words[k - 1], words[k]) \
            and _a_tail_word(text, words, last, k, leading, aims, given):
        if words[k].key not in _JOINING | _ARTICLES | OF_WORDS and words[k].raw != "à":  # (a name ends on no
            # article nor preposition: "pour l'", "contre la", "Coup de")
            if _STOPS.match(text, words[k].end):
                return k
            if k + 1 < len(words) and joined(text, words[k], words[k + 1]) and ends_before(words, k + 1):
                return k
            if (area := _its_area(text, words, k + 1)) is not None:
                return area
            if (area := _its_area_after_en(text, words, k + 1, ends_before)) is not None:
                return area
            if (code := _its_departement_code(text, words, k + 1, ends_before)) is not None:
                return code
            placed = _its_place(text, words, k)  # "la SCIC Bois et énergie du Perche approvisionne…"
            if placed is not None and (_STOPS.match(text, words[placed].end) or placed + 1 < len(words)
                                       and joined(text, words[placed], words[placed + 1])
                                       and ends_before(words, placed + 1)):
                return placed
        k += 1
    return last


def _its_area_after_en(text: str, words: Sequence[Token], k: int,
                       ends_before: Callable[[Sequence[Token], int], bool]) -> int | None:
    """The last word of the capitalised place that "en" opens at ``k`` and that ends the name, at a stop
    or where ``ends_before`` says: "Tremplin pour l'emploi en Pays de Retz", "… en Flandre"."""
    end = _a_place_from(text, words, k + 1) if k < len(words) and words[k].key == "en" else None
    if end is None:
        return None
    return end if _STOPS.match(text, words[end].end) or end + 1 < len(words) and ends_before(words, end + 1) else None


def _its_departement_code(text: str, words: Sequence[Token], k: int,
                          ends_before: Callable[[Sequence[Token], int], bool]) -> int | None:
    """``k`` when a département's number stands there and ends the name: "Coup de pouce pour l'emploi 53",
    "Aide alimentaire 53." (not an amount: "… 25 000 €")."""
    if k >= len(words) or not DEPARTEMENT_CODE.fullmatch(words[k].raw) or not joined(text, words[k - 1], words[k]):
        return None
    return k if _STOPS.match(text, words[k].end) or k + 1 < len(words) and words[k + 1].raw.isalpha() \
        and ends_before(words, k + 1) else None


def _nowhere(words: Sequence[Token], index: int) -> bool:
    return False


def _its_area(text: str, words: Sequence[Token], first: int,
              ends_before: Callable[[Sequence[Token], int], bool] = _nowhere) -> int | None:
    """The last word of a département's, a région's or a commune's name that starts at ``first`` and
    ends at a stop (or where ``ends_before`` says), a chapter's area after a name in sentence case:
    "l'association Lire et faire lire Jura (…)", "le collectif Zéro déchet Laval."."""
    for last in range(first, min(first + _AREA_WORDS, len(words))):
        if not (words[last].capitalised and joined(text, words[last - 1], words[last])):
            return None
        named = text[words[first].start: words[last].end]
        if (_STOPS.match(text, words[last].end) or last + 1 < len(words) and joined(text, words[last], words[last + 1])
                and ends_before(words, last + 1)) and (area_named(named) or communes_named(named)):
            return last
    return None


def _a_tail_word(text: str, words: Sequence[Token], last: int, k: int, leading: bool, aims: bool = False,
                 given: bool = False) -> bool:
    """Whether the word at ``k`` may be a word of the name after its capitalised part ending at ``last``
    (``aims``: as in ``_tail``)."""
    token, before = words[k], words[k - 1]
    if not (token.raw.isalpha() and token.raw[:1].islower()):
        return False
    if token.raw == "à" or token.key in OF_WORDS:
        if given and token.key in {"du", "des"}:
            return False  # "fournit à l'association X du matériel": what it is given
        return before.key not in _JOINING | _ARTICLES | OF_WORDS and before.raw != "à" \
            and _a_noun_after(words, k)  # "Laval à vélo", "Toit à moi", "Coup de pouce", "… des femmes"
    if k == last + 1 and not leading:
        return token.key in _JOINING  # "Culture et…", "Partage pour…" (not "Atelier vert": adjectives.py)
    if token.key in _JOINING:
        return before.key not in _JOINING and before.key not in _ARTICLES
    if token.key in _ARTICLES:
        return before.key in _OWN_ARTICLE_AFTER or before.key in OF_WORDS and before.key != "des" \
            or before.key == "et" and words[k - 2].key in _CAUSES and k + 1 < len(words) \
            and words[k + 1].key in _CAUSES \
            or before.key == "pour" and k + 1 < len(words) \
            and words[k + 1].key in _CAUSES  # "Tremplin pour l'emploi", "de la", "pour l'emploi et l'insertion"
    if token.key in {"tous", "toutes"}:
        return before.key == "pour"  # "Un toit pour tous" (not "et tous ses partenaires")
    if before.key in _ARTICLES and token.key in _CAUSES:
        return True  # "pour l'emploi" (read as no verb: "… pour l'emploi la gestion de…")
    if k >= last + 4 and words[k - 2].key in _ARTICLES and words[k - 3].key in {"contre", "pour"}:
        return False  # one noun after "contre la": "Pain contre la faim" (not "contre le gaspillage alimentaire")
    if before.key == "en" and token.key.endswith(_NOT_NOUNS_AFTER_EN):
        return False  # "en favorisant…": a gerund; "Alpha en solidaire": an adjective, no name's noun
    if k + 1 < len(words) and (words[k + 1].key == "par" or before.key == "et" and token.raw.endswith(
            PARTICIPLE_ENDINGS) and words[k + 1].raw in _AFTER_A_PARTICIPLE  # "la Fondation Macif et soutenue
            and joined(text, token, words[k + 1])):
        return False  # par la Ville", "X et conventionnée avec la CAF": a participle (not "Culture et liberté")
    if before.key == "pour" and (an_infinitive(token) or aims):
        return False  # "soutient l'association Alpha pour démarrer", "… pour insertion professionnelle": the aim
    if before.key == "en" and token.key in _PLACES_AFTER_EN:
        return False  # "soutient l'association Alpha en centre-ville": where
    return token.key not in _NO_WORDS_OF_A_NAME and not _a_clause_s_verb(token) \
        and token.raw not in CLAUSE_VERBS | LIGHT_VERBS \
        and not (k > last + 1 and k + 1 < len(words) and joined(text, token, words[k + 1])
                 and verb_with_object(words, k) and _its_place(text, words, k) is None)  # "X et
    # soutient depuis…", "X et gère…" (not "Bois et énergie du Perche": a noun and its place)


def _a_noun_after(words: Sequence[Token], k: int) -> bool:
    """Whether a name's lower-case noun follows "à", "de" at ``k``, "de la" one: "à vélo", "de pouce", "de la
    solidarité" (no complement: "à hauteur de", "de façon pérenne", "de 3 000 €", "de Laval")."""
    after = k + 1 + (k + 2 < len(words) and words[k].raw != "à" and words[k + 1].key in {"la", "l"})
    if after >= len(words):
        return False
    token = words[after]
    return token.raw.isalpha() and token.raw[:1].islower() and token.key not in _NOT_AFTER_A \
        and (token.key not in _NO_WORDS_OF_A_NAME or token.key in {"moi", "toi", "nous", "tous"}) \
        and token.key not in _PLACES_AFTER_EN | _MANNERS and not _a_clause_s_verb(token)


_MANNERS = frozenset("facon maniere sorte".split())  # "de façon pérenne", "de manière durable"


def given_to(words: Sequence[Token], kind_first: int) -> bool:
    """Whether the name whose kind word stands at ``kind_first`` is what "à" gives to, a verb of giving or
    of supplying before it: "fournit à l'association X du matériel", "apporte à X des conseils"."""
    return kind_first >= 2 and words[kind_first - 2].raw in {"à", "au", "aux"} \
        and any(word.key in SUPPLYING | _GIVING for word in words[max(0, kind_first - 12): kind_first])


_GIVING = frozenset("apporte apportent verse versent donne donnent prete pretent loue louent propose proposent offre "
                    "offrent accorde accordent attribue attribuent alloue octroie met mettent mis cede vend".split())


def _supplied(words: Sequence[Token], kind_first: int) -> bool:
    """Whether a verb of supplying, which says with what after "en", governs the object whose kind
    word stands at ``kind_first``, in the words before it: "fournit l'association X en matériel", "équipe
    la SCOP X en…", "fournit les cantines et l'épicerie X en légumes"."""
    return any(word.key in SUPPLYING or word.key.startswith(_EQUIPPING)
               for word in words[max(0, kind_first - 12): kind_first])


def _a_verb_at(words: Sequence[Token], index: int) -> bool:
    """Whether the subject's verb stands at ``index``: a present tense with its object ("gère une
    friperie", "héberge 40 familles"), an auxiliary ("a ouvert", "est soutenue") or a verb of the cues
    ("anime", "accompagne"), or the first of two verbs, the second with its object ("répare et revend 400 vélos")."""
    if an_infinitive(words[index]):
        return False  # "Lire et faire lire du Pays de Retz": a name's infinitive, no verb of the clause
    return words[index].raw in _AUXILIARIES | CLAUSE_VERBS | LIGHT_VERBS or _a_clause_s_verb(words[index]) \
        or verb_with_object(words, index) \
        or index + 2 < len(words) and words[index + 1].key == "et" and verb_with_object(words, index + 2)


def _a_clause_s_verb(token: Token) -> bool:
    """Whether a word is a verb of the cues or of running: "soutient", "accompagne", "gère"."""
    return (token.key,) in CUES or token.raw in CARRYING


def _a_complement_or_a_verb_at(words: Sequence[Token], index: int) -> bool:
    """What ends an object's name, or a label's value's, which may be a clause's subject too:
    "Création d'une recyclerie : l'association Culture et liberté a ouvert…"."""
    return _a_complement_at(words, index) or _a_verb_at(words, index)


def _a_complement_at(words: Sequence[Token], index: int) -> bool:
    """Whether what the member does with the structure, or another item, starts at ``index``, after
    an object's name: "à hauteur de 8 000 €", "depuis 2015", "pour les écoles", "en 2022", "qui…",
    "et à la régie X", "et la SCOP Y"."""
    token = words[index]
    if token.raw in {"à", "depuis", "grâce", "qui", "dans", "par", "avec", "un", "une", "ou", "ainsi"}:
        return True  # ("a créé avec l'association Vélo pour tous une vélo-école": the verb's object; "ainsi que")
    if token.raw in {"le", "la", "les"} and words[index - 1].key not in {"tous", "toutes"}:
        return True  # "a confié à l'association Ensemble pour l'emploi la gestion de…" (not "pour tous les…")
    after = words[index + 1] if index + 1 < len(words) else None
    if after is None:
        return False
    if token.key in {"pour", "en", "sur", "dans"}:
        return after.key in _AFTER_AND or after.raw.isdigit()  # "pour les écoles", "en 2022"
    return token.key == "et" and after.key in _AFTER_AND and not (
        words[index - 1].key in _CAUSES and after.key in _ARTICLES and index + 2 < len(words)
        and words[index + 2].key in _CAUSES)  # (not "Ensemble pour l'emploi et l'insertion": one name's causes)
