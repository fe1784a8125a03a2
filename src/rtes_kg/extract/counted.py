"""What a figure counts: the noun after its number ("45 bénévoles", "12 salariés dont 8 en
insertion"), as the scheme objet-compte names it or as written ("45 demandeurs d'emploi"), or the
noun of the figure before it that a bare number repeats ("350 visiteurs en 2022 et 410 en 2023")."""

from __future__ import annotations

import bisect
import re

from rtes_kg.extract.concepts import scheme_labels
from rtes_kg.extract.lexicon import Lexicon, Token, phrase_keys, tokens
from rtes_kg.once import table
from rtes_kg.parse.naming import fold
from rtes_kg.vocab import SCHEME_OBJET_COMPTE, SCHEME_TYPE_STRUCTURE

Noun = tuple[str | None, str, int]  # (counted code, noun as written, where it ends)

_OF = frozenset({"de", "d", "des"})
# Plural nouns after a number that count no thing a researcher sums: durations, rhythms, parts of
# a plan, ranks. Any other plural noun is a figure of its own, counted as written.
_NOT_COUNTED = frozenset({
    "millions", "milliards", "milliers",  # "2,5 millions" was 2.5 of something: a sum, unsaid of what
    "ans", "annees", "mois", "semaines", "jours", "heures", "minutes", "fois", "siecles", "decennies",
    # a rhythm: "deux samedis par mois"
    "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis", "dimanches", "week", "weekends",
    "axes", "volets", "etapes", "phases", "niveaux", "priorites", "objectifs", "orientations", "piliers",
    "editions", "reprises", "points", "pourcents", "euros", "kilometres", "km", "metres", "hectares", "ha",
    "pages", "numeros", "rangs", "tours", "mandats", "exercices", "lignes", "sites", "mars",  # ("le 12 mars")
    # participles after a second number: "9 emplois maintenus et 3 créés", "dont 18 occupés par…"
    "crees", "creees", "occupes", "occupees", "maintenus", "maintenues", "sauvegardes", "prevus", "prevues",
    "supprimes", "supprimees", "pourvus", "pourvues", "perdus", "perdues", "consolides", "consolidees",
    "repartis", "reparties", "accompagnes", "accompagnees", "soutenus", "soutenues", "finances", "financees",
})

_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_ADJECTIVES = frozenset({"nouveaux", "nouvelles", "autres", "premiers", "premieres", "derniers", "dernieres",
                         "principaux", "principales", "grands", "grandes", "petits", "petites", "futurs", "futures"})
_ADJECTIVE_MAX = 1  # "12 nouveaux territoires accompagnés"
_ALSO_ADJECTIVES = frozenset({"jeunes", "jeune"})  # a counted noun ("30 jeunes"), or an adjective before one
_PARTICIPLES = ("és", "ées", "is", "ies", "us", "ues")

_PART_OF = re.compile(r"\s*[,(]?\s*dont\s*$", re.IGNORECASE)  # between a whole and its part: "12 salariés dont 8…"

@table
def _counted() -> Lexicon[str]:
    """The nouns read after a number, from the scheme objet-compte: "bénévoles" -> benevoles."""
    return Lexicon([(phrase_keys(label), code) for code, label, _ in scheme_labels(SCHEME_OBJET_COMPTE)],
                   plural_blind=True)

_FRACTIONS = frozenset({"tiers", "quart", "quarts", "cinquieme", "cinquiemes", "dixieme", "dixiemes", "moitie"})


def noun_after(text: str, words: list[Token], position: int) -> tuple[str | None, str, int] | None:
    """(counted code, noun as written, end) of the counted noun that starts near ``position``."""
    index = bisect.bisect_left(words, position, key=lambda w: w.start)
    if index >= len(words) or text[position: words[index].start].strip(" ’'"):
        return None
    skipped, first = 0, index
    while index < len(words):
        if index > first and _PUNCTUATED.search(text, words[index - 1].end, words[index].start):
            return None  # "trois axes : emploi et insertion": the noun was "axes", what follows is another phrase
        match = _counted().match_at(words, index)
        if match is not None and words[index].key in _ALSO_ADJECTIVES and index + 1 < len(words) and not skipped \
                and (_counted().match_at(words, index + 1) is not None or _open_noun(words[index + 1])
                     and not words[index + 1].raw.endswith(_PARTICIPLES)):  # "340 jeunes suivis": the jeunes
            skipped, index = skipped + 1, index + 1  # "une dizaine de jeunes entreprises": not jeunes
            continue
        if match is not None:
            return match.payload, text[words[match.first].start: words[match.last].end], words[match.last].end
        word = words[index]
        if word.key in _OF and skipped == 0:
            index += 1
            continue
        if word.key in _ADJECTIVES and skipped < _ADJECTIVE_MAX:
            skipped += 1  # "14 nouveaux projets": the projects are counted
            index += 1
            continue
        begin = word.start
        if skipped == 0 and word.key in {"anciens", "anciennes"} and index + 1 < len(words) \
                and words[index + 1].key in _LEFT_BEHIND:
            index += 1  # "70 anciens chômeurs": people counted as written (not "4 anciens salariés": no jobs now)
            word = words[index]
        if skipped == 0 and word.key in {"heures", "anciens", "anciennes"}:
            return None  # "35 heures par semaine": a duration of nothing said; "4 anciens salariés": none now
        if skipped == 0 and word.key in _FRACTIONS and not _HYPHENATED.match(text, word.start):
            return None  # "les deux tiers des 320 tonnes": a share, no count (but "80 tiers-lieux")
        if skipped == 0 and word.raw.isupper() and word.key in _kind_acronyms():
            return None, word.raw, word.end  # "42 SIAE", "6 SCOP et 4 SCIC": kinds counted as written
        if skipped == 0 and _open_noun(word):
            joined = _HYPHENATED.match(text, word.start)  # "80 tiers-lieux", not "80 tiers"
            end = joined.end() if joined else word.end
            complement = _COMPLEMENT.match(text, end)  # "45 demandeurs d'emploi", not "45 demandeurs"
            if complement is not None and fold(complement["noun"]) not in _NO_COMPLEMENTS and word.key not in _MEASURES:
                adjective = _ITS_ADJECTIVE.match(text, complement.end())  # "pôles d'économie circulaire"
                said = adjective is not None and fold(adjective["word"]) not in _NO_COMPLEMENTS
                end = adjective.end() if adjective is not None and said else complement.end()
            return None, text[begin:end], end  # "350 adhérents": counted as written
        if skipped < _ADJECTIVE_MAX and word.key.isalpha() and not word.capitalised:
            skipped += 1
            index += 1
            continue
        return None
    return None


_PUNCTUATED = re.compile(r"[:;()]")
# The complement that says what a noun counts: "demandeurs d'emploi", "porteurs de projet" (a noun
# with no article: "300 visiteurs de la ressourcerie" counts visiteurs)
_COMPLEMENT = re.compile(r"\s+(?:de\s+|d['’]\s*)(?P<noun>(?-i:(?:longue|courte)\s+durée|[a-zà-ÿœ][a-zà-ÿœ-]{2,}))\b",
                         re.IGNORECASE)  # ("chômeurs de longue durée")
# Measures, whose complement is the matter measured, not what they count ("1 200 stères de bois par an")
_MEASURES = frozenset({"steres", "litres", "hectolitres", "kilos", "kilogrammes", "grammes", "metres", "quintaux"})
# and the adjective of that noun ("d'économie circulaire"), no participle ("d'emploi accompagnés") nor
# a verb with its object
_ITS_ADJECTIVE = re.compile(r"\s+(?P<word>(?-i:[a-zà-ÿœ][a-zà-ÿœ-]{2,}))(?<!é)(?<!és)(?<!ée)(?<!ées)\b"
                           r"(?!\s+(?:l['’]|la|le|les|un|une|des|du|son|sa|ses|leur|leurs|ce|cette|ces)\b)",
                           re.IGNORECASE)
_NO_COMPLEMENTS = frozenset({"plus", "moins", "tous", "toutes", "chaque", "nouveaux", "nouvelles", "nombreux",
                             "nombreuses", "leur", "leurs", "son", "ses", "notre", "nos", "votre", "vos", "cette",
                             "ces", "cet", "autres", "plusieurs", "certains", "certaines", "quoi", "qui", "que", "dont",
                             "par", "pour", "avec", "dans", "sur", "sous", "chez", "entre", "vers", "depuis", "pendant",
                             "contre", "selon", "sans", "aussi", "encore", "environ", "soit", "ainsi", "puis", "mais",
                             "et", "ou", "en", "aux", "des", "les", "une", "est", "sont", "ont"})


def part_noun(text: str, after: int, end: int, whole: tuple[str | None, str, int] | None,
               number_start: int) -> tuple[str | None, str, int] | None:
    """The counted noun of a part that names only what narrows its whole: in "12 salariés dont 8
    en insertion", 8 counts "salariés en insertion", when the scheme has that narrower noun."""
    if whole is None or whole[0] is None or not _PART_OF.fullmatch(text, whole[2], number_start):
        return None
    rest = text[after:min(end, after + 60)]
    phrase = f"{whole[1]} {rest.lstrip()}"
    words = tokens(phrase)
    match = _counted().match_at(words, 0) if words else None
    if match is None or match.payload == whole[0] or words[match.last].end <= len(whole[1]):
        return None
    written = phrase[:words[match.last].end]
    return match.payload, written, after + len(rest) - len(rest.lstrip()) + len(written) - len(whole[1]) - 1


@table
def _kind_acronyms() -> frozenset[str]:
    """The kinds of structure written as acronyms ("SIAE", "SCOP", "ESAT"), folded."""
    return frozenset(fold(label) for _, label, _ in scheme_labels(SCHEME_TYPE_STRUCTURE) if label.isupper())


# What people leave behind them, "anciens" before it: "70 anciens chômeurs" are 70 people hired
_LEFT_BEHIND = frozenset({"chomeurs", "chomeuses", "detenus", "detenues", "demandeurs", "demandeuses", "allocataires",
                          "refugies", "refugiees", "toxicomanes"})


def _open_noun(word: Token) -> bool:
    """A plural common noun that counts things ("adhérents", "foyers", "sociétaires")."""
    return (word.key.isalpha() and not word.capitalised and len(word.key) > 3
            and word.key.endswith(("s", "x")) and word.key not in _NOT_COUNTED and word.key not in _NO_NOUNS)


# Words ending like a plural that are no noun: "dont 12 dans la vallée" counts no "dans"
_NO_NOUNS = frozenset({"dans", "sous", "vers", "depuis", "alors", "puis", "plus", "moins", "tous", "toutes", "issus",
                       "issues",
                       "apres", "pres", "lors", "ceux", "leurs", "celles", "elles", "nous", "vous", "parfois",
                       "toujours", "jamais", "ailleurs", "desormais", "plusieurs", "certains", "certaines"})


# A bare number after a figure, and its year: "350 visiteurs en 2022 et 410 en 2023", "1 200
# familles en 2022, 1 350 en 2023" (the noun said once, before)
_AND_THEN = re.compile(r"[^\d;:()]{0,40}?(?:\s+et\s+|\s*,\s*(?:et\s+|puis\s+)?)\Z")
_ONLY_AND = re.compile(r"\s+et\s+")
_ITS_YEAR = re.compile(r"\s+en\s+(?:19|20)\d\d\b")
# The year of the figure before, past the participle of its noun: "210 tonnes collectées en 2022"
_ITS_YEAR_PAST_A_PARTICIPLE = re.compile(r"(?:\s+(?-i:[a-zà-ÿ]+)(?:é|ée|és|ées|is|ies|us|ues))?\s+en\s+(?:19|20)\d\d\b")


def noun_said_before(text: str, before: Noun | None, number_start: int, number_end: int,
                     sentence_start: int) -> Noun | None:
    """The noun of the figure ``before`` in the same sentence, for a bare number that repeats it
    with a year of its own ("350 visiteurs en 2022 et 410 en 2023", "210 tonnes collectées en 2022
    et 260 en 2023"); the noun ends at the number ("410")."""
    if before is None or before[2] < sentence_start or _ITS_YEAR.match(text, number_end) is None:
        return None
    between = text[before[2]: number_start]
    if _ONLY_AND.fullmatch(between):
        return before[0], before[1], number_end  # "300 adhérents et 410 en 2023": the 410 adhérents of 2023
    its_year = _ITS_YEAR_PAST_A_PARTICIPLE.match(between)
    if its_year is None or _AND_THEN.fullmatch(between, its_year.end()) is None:
        return None  # "350 visiteurs en 2022 et 410 en 2023": the first figure dated too, then the second
    return before[0], before[1], number_end


# A change told by its two dated ends, after the noun it counts: "salariés passés de 22 en 2022 à 25
# en 2023", "les adhérents sont passés de 120 en 2021 à 180 en 2023" (each end a figure of its year);
# the noun may have its complement before the verb: "le nombre de salariés de l'association X est passé"
_YEAR_AT = r"\s+en\s+(?:19|20)\d\d"
_ITS_COMPLEMENT = r"(?:\s+(?:de|du|des|d['’])\s*[^\d.;:!?,()\n]{1,60}?)?"
_CHANGED = r"\s+(?:(?:sont|ont|est|a)\s+)?pass(?:é|ée|és|ées)\s+de\s+"
_FROM_OF_A_CHANGE = re.compile(r"(?P<noun>[^\W\d_]+)" + _ITS_COMPLEMENT + _CHANGED + r"\Z", re.IGNORECASE)
_TO_OF_A_CHANGE = re.compile(r"(?P<noun>[^\W\d_]+)" + _ITS_COMPLEMENT + _CHANGED +
                             r"\d[\d\u00a0\u202f ]*?" + _YEAR_AT + r"\s+à\s+\Z", re.IGNORECASE)
_DATED_THEN_TO = re.compile(_YEAR_AT + r"\s+à\s+\d[\d\u00a0\u202f ]*?" + _YEAR_AT + r"\b")
_DATED = re.compile(_YEAR_AT + r"\b")


def noun_of_a_change(text: str, words: list[Token], number_start: int, number_end: int,
                     sentence_start: int) -> Noun | None:
    """The noun counted by either end of a change dated at both ("salariés passés de 22 en 2022 à 25
    en 2023": 22 salariés in 2022, 25 in 2023), when it is a noun of the scheme objet-compte said
    right before the change; the noun ends at the number."""
    before = text[max(sentence_start, number_start - 120): number_start]
    pattern = _FROM_OF_A_CHANGE
    if pattern.search(before) is not None:
        if _DATED_THEN_TO.match(text, number_end) is None:
            return None
    elif _DATED.match(text, number_end) is not None:
        pattern = _TO_OF_A_CHANGE
    else:
        return None
    offset = number_start - len(before)
    change = pattern.search(before)
    while change is not None:  # "le nombre de salariés de X est passé": not "nombre", "salariés"
        noun = noun_after(text, words, offset + change.start("noun"))
        if noun is not None and noun[0] is not None and noun[2] == offset + change.end("noun"):
            return noun[0], noun[1], number_end
        change = pattern.search(before, change.start("noun") + 1)
    return None
