"""The role a label or a clause gives the names listed after it: "Partenaires : A, B",
"Lauréats de l'appel à projets 2023 : …", "a accompagné 46 projets, dont la SCIC X", "Ont été
retenus : A ; B ; C" (``cues.back_cue`` asks these when it meets a colon, a semicolon or "dont").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import BOUNDARY, MEMBER_AREA_WORDS, boundary
from rtes_kg.extract.collectivites import collectivite_words
from rtes_kg.extract.cuewords import (
    CARRIER,
    CITED,
    CREATED,
    HOSTED,
    HOSTING,
    LABELS,
    PARTNER,
    SELECTED,
    SHAREHOLDER,
    SUPPORTED,
    cue_ending_at,
)
from rtes_kg.extract.lexicon import HELPED, NUMBER_WORDS, OF_WORDS, SCHEMES_AND_EVENTS, Token
from rtes_kg.extract.names import BODY_HEADS, LOWER_ARTICLES, name_forward, opens_known_name

__all__ = ["AMONG", "label_before", "label_in_clause", "label_over_list", "verb_in_clause"]

AMONG = frozenset({"dont", "notamment", "parmi"})  # the words that open a list of what a clause counted


def label_in_clause(text: str, words: Sequence[Token], k: int, opened: bool = False,
                    within: int | None = None) -> str | None:
    """The role a label word says in the clause before token ``k`` ("lauréats", "partenaires");
    ``opened``: a parenthesis opens before ``k`` ("35 sociétaires (l'ONF, …)"), read past it;
    ``within``: the first word the label may be ("Financement des incubateurs (A, B)": the names
    are the incubators, not the label's funders)."""
    last, aside = k - 1, opened
    if last > 0 and ")" in text[words[last].end: words[k].start]:  # "18 projets lauréats (enveloppe de …), dont X"
        opening = text.rfind("(", 0, words[last].end)
        last, aside = next((j for j in range(last, -1, -1) if words[j].end <= opening), -1), True
    stop = last - _CLAUSE_REACH if within is None else within - 1
    while last >= 0 and last > stop and (aside or not BOUNDARY.search(text[words[last].end: words[last + 1].start])):
        aside = False
        for length in (3, 2, 1):
            role = LABELS.get(tuple(w.key for w in words[max(0, last - length + 1): last + 1]))
            counted = last - length >= 0 and (words[last - length].raw[:1].isdigit()
                                              or words[last - length].key in _SOME)
            if role is not None and not (counted and role == CARRIER):  # "a accompagné 14 porteurs de projets"
                return role
        last -= 1
    return None


# Words from a list's "dont" back to the verb or label that says what it counts ("a accompagné en
# 2023 plus de 46 projets portés par des associations, dont …"): a bounded walk, at each "dont" of
# a long text without a stop
_CLAUSE_REACH = 30


_SOME = frozenset({"des", "plusieurs", "nombreux", "quelques", "dizaine", "vingtaine", "trentaine", "centaine"})


_COUNTING = frozenset({"compte", "comptent"})
_COUNT_WORDS = 4  # after "avec": "60 acteurs", "plusieurs structures locales"
_HOLDERS = frozenset({"societaire", "societaires", "actionnaire", "actionnaires"})  # who holds, not what is held
# Words that count what they do not name: "avec 8 villes", "avec plusieurs structures", "avec ses partenaires"
MANY = frozenset(NUMBER_WORDS) | {"des", "ses", "leurs", "plusieurs", "differentes", "differents", "nombreux",
                                  "nombreuses", "divers", "diverses"}


def verb_in_clause(text: str, words: Sequence[Token], last: int) -> str | None:
    """What the member did to the things listed after the clause that ends at token ``last``, when
    it says so with a verb of support or creation: "a accompagné 46 projets, dont la SCIC X", "a
    fait émerger trois entreprises : la SCIC X et l'EI Y"."""
    by = False  # past "par": the things listed are the verb's agents ("créé en 2019 par trois associations : …")
    stop, counted = last - _CLAUSE_REACH, last
    while last >= 0 and last > stop:
        found = cue_ending_at(words, last)
        if words[last].key == "avec" and any((w.raw.isdigit() or w.key in MANY) and counted - j <= _COUNT_WORDS
                                             for j, w in enumerate(words[last + 1: counted + 1], last + 1)):
            return PARTNER  # "a signé un pacte avec 60 acteurs, dont X": one of the partners; "avec l'appui de
            # l'Avise et des incubateurs régionaux, notamment X" (not "avec la CRESS, dont X": the verb's)
        if words[last].key in HOSTED | _COUNTING or found is not None and (
                words[last].key in HOSTING or (found[0].how, found[0].role) == ("object", PARTNER)):
            return PARTNER  # "accueille une vingtaine de structures, dont la CAE X", "où sont hébergées
            # 45 structures dont X": hosted, not funded; "qui fédère 24 structures, parmi lesquelles X",
            # "le réseau des tiers-lieux, qui compte 34 lieux dont X": members
        if found is None and not by and (words[last].key in HELPED and words[last].key.endswith("s")  # (not "d'aide")
                                         or words[last].key in _TO_HELP
                                         and last > 1 and words[last - 1].key in {"d", "de"}):
            verb = last - 2 if words[last].key in _TO_HELP else last  # ("permis d'aider")
            if _another_body_s_relative(text, words, verb) or _another_body_s_verb(text, words, verb):
                return CITED  # "L'URSCOP a permis d'aider 46 SCOP, dont X": its help
            return SUPPORTED  # "Pass ESS : 340 entreprises aidées en 2023, dont la SCOP X" (not "aidées par Y"),
            # "le fonds a permis d'aider 46 chantiers, dont X"
        if found is not None and found[0].how == "governs" and found[0].alt == PARTNER and found[0].of \
                and not found[0].of & {w.key for w in words[last + 1: counted + 1]}:
            return PARTNER  # "avec l'appui de l'Avise et des incubateurs régionaux, notamment X": helpers (not
            # "accorde des prêts de salles à 80 associations, notamment X": to them)
        if found is not None and found[0].how != "prep":
            if by or last + 1 < len(words) and words[last + 1].key == "par":
                return None  # "X, fonds créé par le Département, redistribue … dont Y": X was created, not Y
            if found[0].role in (SUPPORTED, CREATED) and (_another_body_s_relative(text, words, found[1])
                                                          or _another_body_s_verb(text, words, found[1])):
                return CITED  # "la CAE X, qui a accompagné 45 structures, dont Y": X helped Y, not the member
            if found[0].role == SHAREHOLDER:  # "Participation au capital de trois SCIC : A, B et C", "est
                # sociétaire de deux coopératives : …"; not "compte 80 sociétaires : …", who hold, as "Sociétaires : …"
                of = last + 1 < len(words) and words[last + 1].key in OF_WORDS
                return CITED if words[last].key in _HOLDERS and not of else SHAREHOLDER
            return found[0].role if found[0].role in (SUPPORTED, CREATED) else None
        by = by or words[last].key == "par" and not (last + 1 < len(words) and words[last + 1].key in _PERIODS) \
            and not (last >= 1 and words[last - 1].key == "insertion")  # ("l'insertion par l'activité économique")
        if last == 0 or BOUNDARY.search(text[words[last - 1].end: words[last].start]) \
                and not _acronym_in_parentheses(text, words, last - (text[words[last - 1].end] == ")")):
            return None  # (not the parentheses of an acronym: "soutient les 12 pôles … (PTCE) du territoire, dont X")
        last -= 1
    return None


def _acronym_in_parentheses(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether the word ``k`` is an acronym alone in parentheses: "pôles de coopération (PTCE) du…"."""
    return 0 < k < len(words) and words[k].raw.isupper() and text[words[k - 1].end: words[k].start].strip() == "(" \
        and text[words[k].end: words[k].end + 2].lstrip().startswith(")")


_TO_HELP = frozenset({"aider", "accompagner", "soutenir", "financer", "cofinancer", "subventionner"})


def _another_body_s_relative(text: str, words: Sequence[Token], verb: int) -> bool:
    """Whether the verb at ``verb`` is in a relative clause ("qui a accompagné") about a body named
    by capitalised words that are no collectivité's kind word: "la CAE Coopaname, qui…" (not a
    scheme's name in quotes: "l'appel à projets « Tiers-lieux Occitanie », qui a soutenu…")."""
    k = verb - 1
    if k < 1 or words[k].key != "qui":
        return False
    if not words[k - 1].capitalised and "," in text[words[k - 1].end: words[k].start]:  # past an apposition:
        # "Ronalpia, incubateur d'entreprises sociales, qui…"
        opening = next((j for j in range(k - 2, max(-1, k - _APPOSITION_WORDS), -1)
                        if "," in text[words[j].end: words[j + 1].start]), None)
        k = k if opening is None or not words[opening + 1].raw.islower() else opening + 1
    before = words[k - 1]
    return before.capitalised and before.key not in _MEMBER_KIND_WORDS and not _a_quoted_scheme(text, words, k - 1)


_APPOSITION_WORDS = 8  # words of an apposition between a name and its "qui": ", incubateur d'entreprises sociales,"


def _another_body_s_verb(text: str, words: Sequence[Token], verb: int) -> bool:
    """Whether the clause of the verb at ``verb`` opens with another body's name, its subject, right
    before the verb or an incise before it: "La Fabrique à Initiatives, animée par l'Atelier, a fait
    émerger 4 entreprises, dont X" (X is its doing, not the member's). Not the member nor any
    collectivité ("La Ville a accompagné…", "Le Grand Cahors…", "La CARENE…": an acronym only when
    curated, "L'URSCOP Hauts-de-France accompagne…"), nor a name in lower case ("Le fonds…"), nor a
    scheme's ("Le Pass ESS a accompagné 340 entreprises, dont X": the member's scheme)."""
    first = verb
    while first > 0 and verb - first < _CLAUSE_REACH and not boundary(text, words[first - 1], words[first]):
        first -= 1
    name = first + 1
    if name >= verb or words[first].key not in LOWER_ARTICLES or not words[name].capitalised \
            or words[name].key in _MEMBER_KIND_WORDS | BODY_HEADS | MEMBER_AREA_WORDS | SCHEMES_AND_EVENTS \
            or collectivite_words().match_at(words, name) is not None \
            or words[name].raw.isupper() and not opens_known_name(words, name):
        return False
    last = name_forward(text, words, name)
    if last is None or last + 1 >= verb:
        return last is not None and last + 1 == verb
    at = last + 1
    if text[words[last].end: words[at].start].strip() == ",":  # past the incise, to its closing comma
        at = next((j + 1 for j in range(at, verb) if text[words[j].end: words[j + 1].start].strip() == ","), verb + 2)
        if any(_the_member_s(words, j) for j in range(last + 1, min(at, verb))):
            return False  # "Le Labo'M21, incubateur d'innovation sociale de la Ville, a accompagné…": the member's
    return at <= verb <= at + 1  # "accompagne", "a fait émerger" (the cue past "a")


def _the_member_s(words: Sequence[Token], k: int) -> bool:
    """Whether the word ``k`` is a collectivité's after "de la", "du": "de la Ville", "du Département"."""
    return words[k].key in _MEMBER_KIND_WORDS and k >= 1 and (
        words[k - 1].key == "du" or k >= 2 and words[k - 1].key in {"la", "l"} and words[k - 2].key in {"de", "d"})


def _a_quoted_scheme(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether the word ``last`` ends a name in quotes after a scheme's word: "le dispositif « X »"."""
    if "»" not in text[words[last].end: words[last + 1].start]:
        return False
    opening = text.rfind("«", max(0, words[last].start - _QUOTED_REACH), words[last].start)
    k = last
    while k > 0 and words[k].start > opening:
        k -= 1
    return opening >= 0 and any(w.key in SCHEMES_AND_EVENTS for w in words[max(0, k - 2): k + 1])


_QUOTED_REACH = 200  # characters: a scheme's name in quotes, at most


# the words that name a collectivité, the member perhaps: "la Ville, qui a accompagné…"
_MEMBER_KIND_WORDS = frozenset({"ville", "commune", "departement", "region", "metropole", "agglomeration",
                                "communaute", "collectivite", "intercommunalite", "mairie", "cc", "ca", "cu"})
_PERIODS = frozenset({"an", "jour", "semaine", "mois", "annee"})  # "par an": a rate, no agent


def label_keys(label: Sequence[Token]) -> tuple[str, ...]:
    """The words of a label, its year aside: "Lauréats 2023", "Structures accompagnées en 2023"."""
    return tuple(w.key for i, w in enumerate(label) if not w.raw[0].isdigit() and not (
        w.key in _BEFORE_A_YEAR and i + 1 < len(label) and label[i + 1].raw[:1].isdigit()))


_BEFORE_A_YEAR = frozenset({"en", "de", "pour", "depuis", "au"})


def label_before(text: str, words: Sequence[Token], k: int) -> str | None:
    """The role a label before a colon gives ("Partenaires : …", "Structure porteuse : …",
    "Lauréats de l'appel à projets 2023 : …": a label, then what it is of)."""
    first = k
    while first > 0 and not BOUNDARY.search(gap := text[words[first - 1].end: words[first].start]) \
            and not ("—" in gap or " – " in gap):  # "Épicerie X — gestion : CCAS"
        first -= 1
    keys = label_keys(words[first: k + 1])
    while len(keys) > 1 and keys[0] in AMONG | _LABEL_ARTICLES:
        keys = keys[1:]  # "Parmi les lauréats : …" is "Lauréats : …"
    if len(keys) > 1 and keys[1] in _SCOPES:
        keys = keys[:1] + keys[2:]  # "Prix départemental de l'ESS : …" is "Prix de l'ESS : …"
    role = LABELS.get(keys) or _BEFORE_A_COLON.get(keys)
    if role is None and len(keys) <= _LABEL_PHRASE:
        role = next((LABELS[keys[:n]] for n in (3, 2, 1) if keys[:n] in LABELS
                     and len(keys) > n and keys[n] in _OF_WHAT), None)
    if role is None:  # a clause that ends with a passive: "Trois entreprises ont été créées : …"
        role = next((LABELS[keys[-n:]] for n in (3, 2) if len(keys) > n and keys[-n:] in LABELS
                     and keys[-n] in {"ont", "sont"}), None)
    if role is None and len(keys) > 1 and keys[-2] in _OF_A_LABEL:
        role = LABELS.get(keys[-1:])  # "s'appuie sur un réseau de partenaires : …", "avec ses partenaires : …"
    if role is None and keys[:1] in (("creation",), ("creations",)) and set(keys[1:]) & _THEMES:
        return None  # "Création d'activités :", a theme: not the creation of what the list names
    return role or verb_in_clause(text, words, k)


# Labels only before a colon, never words of a clause: "Épicerie X — gestion : CCAS ; approvisionnement :
# Banque alimentaire" (not "l'accompagnement à la gestion de 12 associations, dont X": supported)
_BEFORE_A_COLON: dict[tuple[str, ...], str] = {("gestion",): CARRIER, ("approvisionnement",): PARTNER,
                                               ("fournisseur",): PARTNER, ("fournisseurs",): PARTNER}
_LABEL_ARTICLES = frozenset({"les", "ces", "des", "nos", "ses"})
_SCOPES = frozenset({"communal", "intercommunal", "departemental", "regional", "metropolitain", "annuel", "local",
                     "communaux", "departementaux", "regionaux", "locaux"})
_OF_A_LABEL = _LABEL_ARTICLES | {"de", "d", "leurs"}  # before a label that ends its clause
_THEMES = frozenset({"activites", "activite", "entreprises", "entreprise", "emplois", "emploi"})


def label_over_list(text: str, words: Sequence[Token], k: int) -> str | None:
    """The label of a list whose items ";" separates, the word ``k`` ending the item before:
    "Ont été retenus : la SCIC A ; le GEIQ B ; la coopérative C"."""
    colon = text.rfind(":", 0, words[k].end)
    if colon < 0 or re.search(r"[.!?\n•]", text[colon: words[k].end]):
        return None
    before = [j for j in range(k, -1, -1) if words[j].end <= colon]
    return label_before(text, words, before[0]) if before else None


_LABEL_PHRASE = 10  # words of "Lauréats de l'appel à projets ESS de la Métropole"
_OF_WHAT = frozenset({"de", "du", "des", "d"})


_COPULAS = frozenset({"sont", "etaient", "furent"})
_SUBJECT_REACH = 12  # words from the copula back to the participle or noun of the selection ("Les lauréats de
# l'appel à projets Occitanie Innovation Sociale 2023 sont…")


def winners_listed(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether ``words[k]`` is the copula after a subject that names the winners of a selection:
    "Les lauréats 2023 sont X", "Les projets retenus par le jury en 2024 étaient X et Y"."""
    if words[k].key not in _COPULAS or k + 1 < len(words) and words[k + 1].key in SELECTED:
        return False  # ("X et Y sont lauréats": the names come first)
    for j in range(k - 1, max(-1, k - 1 - _SUBJECT_REACH), -1):
        if boundary(text, words[j], words[j + 1]):
            return False
        if words[j].key in SELECTED:
            return True
    return False
