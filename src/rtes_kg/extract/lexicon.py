"""Words of a French text as folded tokens, and a lexicon that finds known phrases among them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from rtes_kg.parse.fields import MONTHS
from rtes_kg.parse.naming import fold_word as _fold_word

# Folding one word is the hot path of every lexicon: the same words come back in every fiche.
fold_word = functools.lru_cache(maxsize=1 << 16)(_fold_word)

Payload = TypeVar("Payload")

_JOIN = re.compile(r"[ \-'’&]*")  # what may stand between two words of one name (not a line break)

_WORD = re.compile(r"[^\W_]+")
# The endings of a past participle of the first group: "créée", "soutenues", "réemployées"
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# Short words that join the capitalised words of a name: "Portes du Haut-Doubs", "Fruitière à Energies".
CONNECTORS = frozenset({"de", "du", "des", "d", "a", "au", "aux", "en", "la", "le", "les", "l",
                        "sur", "sous"})
# Numbers written in words: "quatre communautés de communes", "trois recycleries"
NUMBER_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
                "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
                "soixante": 60, "cent": 100, "mille": 1000}
OF_WORDS = frozenset({"de", "du", "des", "d"})  # "de", "du", "des", "d'" folded
# Adjectives that say which collectivité gives: "une subvention régionale", "l'aide départementale"
KIND_ADJECTIVES = {f"{stem}{end}": kind for stem, kind, ends in (
    ("regional", "region", ("", "e", "es", "aux")), ("departemental", "departement", ("", "e", "es", "aux")),
    ("municipal", "ville", ("", "e", "es", "aux")), ("metropolitain", "metropole", ("", "e", "s", "es")),
    ("europeen", "etat", ("", "ne", "s", "nes")), ("etatique", "etat", ("", "s"))) for end in ends}
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})  # "pour ses projets", "sa création"
# The participles of help: "financée par", "soutenue par la Ville", "340 entreprises aidées en 2023"
HELPED = frozenset(f"{stem}{end}" for stem in ("finance", "cofinance", "soutenu", "subventionne", "accompagne", "aide")
                   for end in ("", "e", "s", "es"))
ARTICLES = frozenset({"l", "la", "le", "les", "un", "une", "d", "de", "du", "des", "son", "sa",
                      "ses", "leur", "leurs", "cette", "ce", "ces", "notre", "nos"})
# What a rate is per, after "par" or "/": "30 emplois par site", "10 000 € par an" (never who carries it).
RATE_NOUNS = ("an", "année", "mois", "semaine", "jour", "heure", "site", "structure", "lieu", "projet",
              "personne", "habitant", "famille", "foyer", "bénéficiaire", "participant", "salarié", "commune",
              "territoire", "atelier", "tête")
# (folded) The head nouns of a scheme, a project or an event, no body: "Projet Horizon", "Appel à
# projets Cap ESS", "Festival Zéro Déchet", "le Mois de l'ESS", "Pacte pour la transition"
SCHEMES_AND_EVENTS = frozenset({"projet", "projets", "programme", "dispositif", "appel", "action", "operation", "plan",
                                "pacte", "schema", "contrat", "fonds", "budget", "prix", "trophee", "trophees", "label",
                                "charte", "concours", "challenge", "festival", "forum", "salon", "marche", "semaine",
                                "quinzaine", "mois", "journee", "journees", "fete", "rencontres", "assises",
                                "biennale", "pass"})
# (folded) The acronyms of funds and grants, no body: "financé par le FSE", "Partenaires : FEDER, DSIL"
FUNDS = frozenset({"fse", "feder", "feader", "leader", "fead", "fdva", "dsil", "detr", "dpv", "fisac", "fsl", "faj",
                   "fnadt", "fipd"})
# Legal forms written after a kind word ("SCIC SAS", "SCOP SARL"): a status, never a name.
LEGAL_FORMS = frozenset({"sa", "sas", "sasu", "sarl", "eurl", "snc", "gie", "sem", "spl", "scea", "earl"})
# A sentence ends at . ! ? ; or a line break (not inside "2.5" or "R&V.").
# Where a clause of a sentence ends (a parenthesis does not end "X (entreprise ESUS) et partenariat")
DEPARTEMENT_CODE = re.compile(r"0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6]")  # "Emmaüs 79", "Aide alimentaire 53"
SENTENCE_BREAK = re.compile(r"[.;:!?\n•]")  # a parenthesis does not end "X (entreprise ESUS) et partenariat"
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def singular(key: str) -> str:
    """A folded word without its plural mark, good enough to match "associations" to "association"."""
    return key[:-1] if len(key) > 3 and key.endswith(("s", "x")) else key


class Token(NamedTuple):
    """One word of a text: as written, folded, folded without plural mark, and where it is.

    A named tuple rather than a dataclass: texts have many words, and tuples are cheap to make."""

    raw: str
    key: str
    skey: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper()


@functools.lru_cache(maxsize=1 << 16)
def _keys(word: str) -> tuple[str, str]:
    key = fold_word(word)
    return key, singular(key)


def tokens(text: str) -> list[Token]:
    """The words of ``text``; apostrophes, hyphens and other punctuation separate them."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        key, skey = _keys(word)
        found.append(Token(word, key, skey, match.start(), match.end()))
    return found


def phrase_keys(phrase: str, plural_blind: bool = False) -> tuple[str, ...]:
    """The folded words of a phrase, as a lexicon compares them."""
    keys = tuple(fold_word(m.group(0)) for m in _WORD.finditer(phrase))
    return tuple(singular(k) for k in keys) if plural_blind else keys


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    bounds, start = [], 0
    for match in SENTENCE_END.finditer(text):
        bounds.append((start, match.end()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


@dataclass(frozen=True, slots=True)
class Match(Generic[Payload]):
    """Tokens ``first``..``last`` (inclusive) of a text hold the phrase that ``payload`` describes."""

    first: int
    last: int
    payload: Payload


# A mark between two words that parts two names: a comma, a colon, a bracket, a sentence's end
PARTING = re.compile(r"[,;:()\[\]]|\.\s")


_PHRASE_WORDS = 12  # words of a kind of the scheme, at most: "groupement d'employeurs pour l'insertion et la…"


class Lexicon(Generic[Payload]):
    """Known phrases (sequences of folded words), found whole among a text's tokens.

    Indexed by first word, so a text is read once whatever the size of the lexicon. At each
    position the longest phrase wins; found phrases never overlap. With ``plural_blind`` a final
    "s"/"x" is ignored on both sides ("communautés" finds "communauté")."""

    def __init__(self, entries: Iterable[tuple[Sequence[str], Payload]], plural_blind: bool = False):
        self.plural_blind = plural_blind
        index: dict[str, list[tuple[tuple[str, ...], Payload]]] = {}
        for words, payload in entries:
            words = tuple(singular(w) for w in words) if plural_blind else tuple(words)
            if words:
                index.setdefault(words[0], []).append((words, payload))
        for candidates in index.values():
            candidates.sort(key=lambda item: -len(item[0]))
        self._index = index

    def _key(self, token: Token) -> str:
        return token.skey if self.plural_blind else token.key

    def match_at(self, words: Sequence[Token], position: int, text: str | None = None) -> Match[Payload] | None:
        """The longest phrase at ``position``; with ``text``, none across a mark that parts two names
        ("Gironde Initiative, France Active" holds no "Initiative France")."""
        candidates = self._index.get(self._key(words[position]))
        if not candidates:
            return None
        for phrase, payload in candidates:
            end = position + len(phrase)
            if end <= len(words) and all(self._key(words[position + k]) == phrase[k]
                                         for k in range(1, len(phrase))) \
                    and (text is None or not any(PARTING.search(text, words[k].end, words[k + 1].start)
                                                 for k in range(position, end - 1))):
                return Match(position, end - 1, payload)
        return None

    def match_in_the_plural(self, words: Sequence[Token], position: int) -> Match[Payload] | None:
        """``match_at`` with a plural in "-aux" read "-al" too, as the phrases are written ("Pôles
        Territoriaux de Coopération Économique"; not "-eaux": "bureaux"), over a few words."""
        singular = [w._replace(skey=w.skey[:-2] + "al") if w.skey.endswith("au") and not w.skey.endswith("eau") else w
                    for w in words[position: position + _PHRASE_WORDS]]
        match = self.match_at(singular, 0)
        return None if match is None else Match(position, position + match.last, match.payload)

    def find(self, words: Sequence[Token], text: str | None = None) -> list[Match[Payload]]:
        found: list[Match[Payload]] = []
        index, field = self._index, (2 if self.plural_blind else 1)
        position = 0
        while position < len(words):
            if words[position][field] not in index:
                position += 1
                continue
            match = self.match_at(words, position, text)
            if match is None:
                position += 1
            else:
                found.append(match)
                position = match.last + 1
        return found


def joined(text: str, left: Token, right: Token) -> bool:
    """Whether two words may be words of one name: only spaces, hyphens, apostrophes or "&" between,
    or the point of a version number ("Solidarité 2.0", "Tiers-lieu 4.0")."""
    gap = text[left.end: right.start]
    if gap == ".":
        return left.raw.isdigit() and right.raw.isdigit()
    return bool(_JOIN.fullmatch(gap))


def inner_apostrophe(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the lower-case word at ``k`` goes on a capitalised one past an apostrophe: "Id'ées",
    "P'tits", "Ch'ti" (not "d'"/"l'" elided: "L'", "D'")."""
    before = words[k - 1]
    return before.capitalised and text[words[k].start - 1] in "'’" and before.end == words[k].start - 1 \
        and (len(before.raw) > 1 or before.raw not in "LDJMNSTC") and not words[k].raw[:1].isupper()


_VERB_PREFIXES = frozenset({"co", "re", "auto"})  # "co-anime", "co-organise", "re-crée", "auto-finance"


def verb_prefix_at(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` is the prefix of a hyphenated verb: "ESS 17 co-animent le club"."""
    return k < len(words) and words[k].key in _VERB_PREFIXES and text.startswith("-", words[k].end)


def counted(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether a number stands right before the word ``k``, counting it: "aux 12 Territoires zéro
    chômeur", "qui fédère 8 Jardins de Cocagne" (places, not the body the words name; not "(50 000 €),
    Fondation de France": a mark between)."""
    return k > 0 and (words[k - 1].raw.isdigit() or words[k - 1].key in NUMBER_WORDS) \
        and not text[words[k - 1].end: words[k].start].strip()


def before_a_kind(words: Sequence[Token], k: int, start: int) -> bool:
    """Whether the words from ``k`` to the name at ``start`` are adjectives set before its kind word:
    "soutient la jeune entreprise X", "la toute nouvelle association X" (the verb's object still)."""
    return all(w.key in _BEFORE_A_KIND for w in words[k: start])


_BEFORE_A_KIND = frozenset({"jeune", "jeunes", "nouvelle", "nouvelles", "nouveau", "nouvel", "nouveaux",
                            "petite", "petites", "petit", "petits", "toute", "tout", "toutes", "tres"})


def with_its_article(words: Sequence[Token], start: int) -> int:
    """Where the name from ``start`` (its kind word) begins with its article: "l'association X"."""
    return start - (start > 0 and words[start - 1].key in {"la", "le", "les", "l"})


def is_an_act(key: str) -> bool:
    """Whether a sentence's first word names an act, not a body: "Soutien à…" (not "Cantine du Pays, SCIC…")."""
    return key.endswith(("tion", "sion", "ment", "age")) or key in _ACTS


_ACTS = frozenset({"soutien", "aide", "appui", "accueil", "partenariat", "adhesion", "subvention", "don", "pret",
                   "achat", "travail", "projet", "participation", "contribution", "convention", "etude", "appel"})


def aside_at(words: Sequence[Token], k: int) -> int:
    """How many words an aside between a verb and its object has when it ends at ``k``, else 0: "La
    Ville soutient de son côté X", "finance depuis sa création X", "accompagne par ailleurs X"."""
    keys = tuple(w.key for w in words[max(0, k - 2): k + 1])
    return 3 if keys in _ASIDES else 2 if keys[-2:] in _ASIDES else 0


_ASIDES = frozenset({("de", "son", "cote"), ("de", "leur", "cote"), ("pour", "sa", "part"), ("pour", "leur", "part"),
                     ("quant", "a", "elle"), ("quant", "a", "lui"), ("depuis", "sa", "creation"),
                     ("des", "sa", "creation"), ("par", "ailleurs"), ("en", "outre"),
                     # the act it is made by: "a confié par convention la gestion du café à X"
                     ("par", "convention"), ("par", "contrat"), ("par", "deliberation"), ("par", "avenant"),
                     # a contrast or an addition: "La Métropole soutient en revanche le réseau X"
                     ("en", "revanche"), ("de", "plus"), ("par", "contre")})


def number_after_de(words: Sequence[Token], last: int, k: int) -> bool:
    """Whether the number at ``k`` ends a name that ends at ``last`` before "du"/"de": "la SCOP Papeterie du
    17" (not a date, "du 12 mars", nor a year)."""
    return k == last + 2 and words[k - 1].key in {"du", "de"} and len(words[k].raw) <= 3 \
        and not (k + 1 < len(words) and words[k + 1].key in MONTHS)
