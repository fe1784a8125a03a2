"""The lower-case word that ends the name of a structure announced by its kind: "l'association
Atelier vert répare des vélos", "soutient la SCOP Atelier bleu, qui…". What follows the word
decides, not a list of adjectives: a verb, a comma, "qui", "en", "à" or the sentence's end close the
name; a word that has an object of its own is the verb ("l'association Emmaüs accueille des
familles": Emmaüs), and a word that may be a verb is part of no name when the name is the
subject, before a comma or "en" ("L'association X recrute, forme et…")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.lexicon import NUMBER_WORDS, OF_WORDS, Token, joined

# Words that open an object: after a word, they make it a verb ("répare des vélos")
_DETERMINERS = frozenset({"l", "la", "le", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs",
                          "ce", "cet", "cette", "ces", "chaque", "plusieurs", "notre", "nos"})
# Words that are neither a name's adjective nor a verb: what comes after a name in a sentence
NOT_WORDS_OF_A_NAME = _DETERMINERS | OF_WORDS | frozenset(
    "a au aux en y et ou ni mais donc car or puis ainsi alors comme si tant que qu qui quoi dont ne n se s lui "
    "il elle ils elles on pour par avec sans sous sur dans vers chez contre entre depuis pendant avant apres "
    "selon via des des dès lors afin hors jusqu quant grace face suite pres aupres outre malgre parmi "
    "aussi egalement desormais notamment deja toujours encore enfin aujourd hui actuellement meme seul seule "
    "plus moins tres bien tout tous toute toutes fin debut mi cette annee chaque environ pres "
    "present presente presents presentes actif active actifs actives local locale locaux locales "
    "membre membres partenaire partenaires laureat laureate adherent adherente".split())
# Nouns of the adverbs' phrases after a preposition, and of a state: "sur place", "en particulier",
# "en effet", "en difficulté" (no word of a name's tail: tails.py, sentence_case.py)
ADVERB_PHRASE_NOUNS = frozenset("place particulier effet outre general partie ligne priorite moyenne total amont aval "
                                "direct parallele lien cours fonctionnement investissement part difficulte sommeil "
                                "redressement liquidation activite essentiel attente plupart majorite".split())
# Common nouns of places: "du quartier", "de la ville" say where a structure acts
PLACE_NOUNS = frozenset("quartier quartiers ville villes territoire territoires centre commune communes departement "
                        "region pays secteur canton agglomeration metropole bourg village campagne".split())
# Nouns of a time: "pour la deuxième année", "Alpha hier soir" (no word of a name's tail)
TIME_NOUNS = frozenset("annee annees an ans fois mois semaine semaines jour jours hier demain matin soir midi".split())
# Verbs of a phrase whose noun may look like their object ("fait partie du réseau", "met fin aux…"): no
# adjective of a name
LIGHT_VERBS = frozenset("fait font met mettent tient tiennent prend prennent rend rendent vient viennent "
                        "donne donnent".split())
# Verbs that open the clause after a subject: "X emploie", "X anime", "X a créé"
CLAUSE_VERBS = frozenset("emploie emploient compte comptent accueille accueillent propose proposent gère gèrent "
                          "anime animent organise organisent développe développent collecte collectent produit "
                          "réunit regroupe intervient interviennent travaille travaillent accompagne accompagnent "
                          "porte portent assure assurent mène mènent est sont a ont vend vendent distribue "
                          "distribuent forme forment fédère œuvre oeuvre agit agissent exploite exploitent "
                          "approvisionne approvisionnent fournit fournissent livre livrent transforme "
                          "transforment réalise réalisent".split())
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ant|ment)$")  # ("vivants", "-antes": an adjective agrees, no participle)
_ENDS_HERE = re.compile(r"\s*(?:[,.;!?)]|$)")
_CLOSING_WORDS = frozenset({"qui", "en", "à", "depuis"})  # as written: "à", not "a" (has)
_BREAKS = re.compile(r"[,.;:!?()•\n]")


def adjective_tail(text: str, words: Sequence[Token], kind_first: int, last: int) -> int:
    """``last`` + 1 when the lower-case word after the name ending at ``last`` is the name's own,
    else ``last``."""
    word = last + 1
    if word >= len(words):
        return last
    after = word + 1
    if after < len(words) and an_incise_opens(text, words, word, after) \
            and _ends_before_an_incise(text, words, kind_first, last, word):
        return word  # "L'association Habiter autrement, qui…", "La ressourcerie Trésors cachés, soutenue par…"
    if not _may_end_a_name(text, words, last, word):
        return last
    if after < len(words) and joined(text, words[word], words[after]) and an_infinitive(words[after]):
        return last  # "l'association Vélo Solidaire pourra ouvrir…": a modal verb, no adjective of the name
    if after < len(words) and joined(text, words[word], words[after]) \
            and (verb_with_object(words, after) or _a_series_of_verbs(text, words, after)):
        return word  # "l'association Atelier vert répare des vélos", "Cycles bleus recrute, forme et accompagne…"
    if after < len(words) and an_incise_opens(text, words, word, after):
        return word  # "L'association Vélo vert, créée en 2019, répare…"
    return word if closes_an_object(text, words, kind_first, word) else last


_INCISE_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|ert|erte|erts|ertes|"
                                r"(?:constru|inscr)(?:it|ite|its|ites))$")  # "X, ouverte en 2020, …"


def an_incise_opens(text: str, words: Sequence[Token], word: int, after: int) -> bool:
    """Whether a comma and a past participle or "qui" follow the word: an incise about the structure
    ("Vélo vert, créée en 2019, …", "…, soutenue par la Ville, …", "…, qui répare…"), so the word
    ends its name."""
    gap = text[words[word].end: words[after].start]
    if gap.strip() != ",":
        return False
    if words[after].raw == "qui":
        return True
    return words[after].raw[:1].islower() and len(words[after].raw) > 3 \
        and bool(_INCISE_PARTICIPLE.search(words[after].raw)) and words[after].key not in NOT_WORDS_OF_A_NAME


def _ends_before_an_incise(text: str, words: Sequence[Token], kind_first: int, last: int, word: int) -> bool:
    """Whether the lower-case word before an incise is the name's, even ending like a participle or
    an adverb ("Trésors cachés, soutenue par…", "Habiter autrement, qui…"): nothing else stands
    between a name and its incise. An adverb only after a subject: "aide l'association X
    financièrement, qui…" says how the member helps."""
    token = words[word]
    if not (token.raw[:1].islower() and token.raw.isalpha() and len(token.raw) > 2
            and joined(text, words[last], token) and token.key not in NOT_WORDS_OF_A_NAME):
        return False
    if _PARTICIPLE.search(token.raw) and not _INCISE_PARTICIPLE.search(token.raw):
        return not a_complement(text, words, kind_first)  # "-ment", "-ant": an adverb after an object
    return True


def _a_series_of_verbs(text: str, words: Sequence[Token], index: int) -> bool:
    """Whether verbs in a row start at ``index``, the last with its object: "recrute, forme et
    accompagne des mécaniciens" (so the word before the first is the name's)."""
    k = index
    while k + 1 < len(words) and text[words[k].end: words[k + 1].start].strip() == "," \
            and _may_be_a_verb(words[k]) and k - index < 4:
        k += 1
    if k == index or k + 2 >= len(words) or words[k + 1].key != "et" or not _may_be_a_verb(words[k]):
        return False
    return verb_with_object(words, k + 2)


def _may_be_a_verb(token: Token) -> bool:
    return token.raw[:1].islower() and token.raw.isalpha() and len(token.raw) > 2 \
        and token.key not in NOT_WORDS_OF_A_NAME


def _may_end_a_name(text: str, words: Sequence[Token], last: int, word: int) -> bool:
    token = words[word]
    return (token.raw[:1].islower() and token.raw.isalpha() and len(token.raw) > 2
            and joined(text, words[last], token) and token.key not in NOT_WORDS_OF_A_NAME
            and not _PARTICIPLE.search(token.raw) and not verb_with_object(words, word)
            and not token.key.endswith(("ait", "aient")))  # a verb in the past: "X gérait auparavant le jardin"


def an_infinitive(token: Token) -> bool:
    """Whether a lower-case word is an infinitive: "gérer", "ouvrir", "produire" (a present tense
    ends otherwise: "gère", "ouvre", "produit"; of the infinitives in -re, the common ones only)."""
    return token.raw[:1].islower() and infinitive_key(token.key)


def infinitive_key(key: str) -> bool:
    """Whether a word's key is an infinitive's: in -er, -ir, -oir but the common nouns so ending
    ("atelier", "avenir"), or one of the common infinitives in -re (most words in -re are nouns:
    "centre", "théâtre", "terre")."""
    return len(key) > 3 and (key.endswith(("er", "ir", "oir")) and key not in _NOUNS_IN_ER_IR
                             or key in _INFINITIVES_IN_RE)


_INFINITIVES_IN_RE = frozenset({"faire", "etre", "produire", "construire", "reduire", "conduire", "mettre",
                                "remettre", "prendre", "reprendre", "vendre", "revendre", "rendre", "suivre",
                                "poursuivre", "inscrire", "vivre", "accueillir", "atteindre", "etendre",
                                "entreprendre", "apprendre", "comprendre", "permettre", "promettre", "ecrire",
                                "lire", "dire", "croire", "naitre", "connaitre", "reconstruire", "instruire",
                                "defendre", "repondre", "attendre", "entendre", "combattre", "vaincre", "plaire",
                                "coudre", "peindre", "rejoindre", "joindre", "survivre", "revivre", "transmettre"})
# Nouns in -er and -ir that open names before "pour": "l'association Atelier pour l'emploi"
_NOUNS_IN_ER_IR = frozenset("atelier quartier grenier chantier foyer metier sentier panier avenir plaisir loisir "
                            "desir soir cuir hiver papier premier dernier courrier jardinier potager verger rocher "
                            "clocher berger cahier levier escalier pilier voilier tablier fermier olivier pommier "
                            "cluster starter manager leader souvenir devenir pionnier ouvrier danger cellier "
                            "poulailler saphir elixir menhir".split())


def verb_with_object(words: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is a verb that its object follows: "répare des vélos", "répare
    800 vélos"."""
    token = words[index]
    return (token.raw[:1].islower() and len(token.raw) > 2 and token.key not in NOT_WORDS_OF_A_NAME
            and (not token.key.endswith("ment") or token.key in _VERBS_IN_MENT) and index + 1 < len(words)
            and (words[index + 1].key in _DETERMINERS or _counted_object(words, index + 1)))


# Plural verbs that end as adverbs do ("notamment", "également"): "Les Fabriques du Ponant animent un fablab"
_VERBS_IN_MENT = frozenset({"animent", "forment", "transforment", "informent"})


def _counted_object(words: Sequence[Token], index: int) -> bool:
    """Whether a number and the plural noun or the unit it counts start at ``index``: "800 vélos",
    "12 000 repas", "3 000 m²", a bound or a range before it: "près de 300 repas", "entre 250 et 300
    repas", "de 12 à 15 salariés" (a number that ends a name is followed by its verb: "l'association
    Vélo 35 répare…")."""
    start = index
    while index < len(words) and index - start < 2 and words[index].key in _BOUNDS:
        index += 1
    while index < len(words) and _a_number(words[index]):
        index += 1
        if index + 1 < len(words) and words[index].key in _RANGE_TO and words[index + 1].raw.isdigit():
            index += 1  # "entre 250 et 300", "de 12 à 15"
    if index >= len(words) or not _a_number(words[index - 1]):
        return False
    noun = words[index]
    return noun.raw[:1].islower() and (noun.raw.endswith(("s", "x")) or noun.key in _UNITS)


def _a_number(word: Token) -> bool:
    return word.raw.isdigit() or word.key in NUMBER_WORDS and word.raw.islower()  # "800", "loge six sans-abri"


_UNITS = frozenset({"m", "m2", "m3", "t", "kg", "ha", "km", "kw", "kwh", "mwh", "kwc"})
_BOUNDS = frozenset({"entre", "environ", "pres", "plus", "moins", "de", "d", "jusqu", "a", "au", "quelque"})
_RANGE_TO = frozenset({"et", "a"})


def closes_an_object(text: str, words: Sequence[Token], kind_first: int, word: int) -> bool:
    """Whether the name whose kind word stands at ``kind_first`` is an object ("finance la SCIC X")
    that the sentence's end, a comma, "qui", "en", "à", "depuis" or "pour" and a determiner ("pour son
    accueil de loisirs", what the member helps it for) closes right after ``word``."""
    after = word + 1
    closed = _ENDS_HERE.match(text, words[word].end) or (
        after < len(words) and joined(text, words[word], words[after]) and (
            words[after].raw in _CLOSING_WORDS or words[after].key == "pour" and after + 1 < len(words)
            and words[after + 1].key in _DETERMINERS))
    return bool(closed) and a_complement(text, words, kind_first)


def a_complement(text: str, words: Sequence[Token], kind_first: int) -> bool:
    """Whether the kind word and its name follow a verb or a preposition in their clause ("soutient
    l'association X", "avec la SCOP X"): an object, whose next word is no verb of its own."""
    k = kind_first - 1
    if k >= 0 and words[k].key in {"l", "la", "le", "les", "un", "une"} and not words[k].raw[:1].isupper():
        k -= 1
    if k >= 0 and text[words[k].end: words[k + 1].start].strip() == ":":
        return True  # "porteur : association X ;": a label's value, as an object, no subject of a verb
    if k < 0 or _BREAKS.search(text, words[k].end, words[k + 1].start):
        return False
    return words[k].raw[:1].islower() and words[k].key not in {"et", "ou", "ni", "mais", "puis"}
