"""Whom a body supplies: a customer named after "fournit", "livre", "approvisionne" (alone, in a list
of objects, or after "à") is a partner of the supplier's work, never its carrier; what the member
itself supplies ("La Ville fournit l'association X en matériel") is its support in kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import boundary, dating, post_cue
from rtes_kg.extract.cuewords import PARTNER, SUPPORTED, cue_ending_at
from rtes_kg.extract.lexicon import ARTICLES, OF_WORDS, Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.negation import negated
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import kind_at

# (folded: "livre" is "a livré" too, "fourni" "a fourni", "approvisionne" "a approvisionné")
SUPPLY_VERBS = frozenset({"fournit", "fournissent", "fourni", "livre", "livrent", "approvisionne",
                          "approvisionnent"})
_RELATIVES = frozenset({"qui", "que", "qu", "dont"})
_TO = frozenset({"a", "au", "aux"})
_REACH = 14  # content words between the verb and its farthest customer
_MOST_WORDS = 40  # and words of any kind (names too): a line of a thousand names stays linear


def customers(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
              explicit: Sequence[set[str]], member: Callable[[Found], bool],
              names_member: Callable[[str], bool]) -> list[tuple[int, str]]:
    """(name, role) of every customer of a supply verb whose role no other word settled (or only
    the verb, as a partner): supported when the member supplies it, else a partner. Not a name
    that opens a clause of its own ("… la cantine et l'association X gère…": X's verb), nor one
    in a relative clause ("X, qui livre l'épicerie Y": X's affair, read by relatives.py)."""
    roles = []
    for n, (first, last) in enumerate(spans):
        if explicit[n] - {PARTNER}:
            continue
        verb = _supply_verb_before(text, words, spans, first)
        if verb is None or post_cue(text, words, last) is not None or negated(text, words, verb):
            continue
        subject = _subject_before(text, words, verb)
        if subject is not None and words[subject].key in _RELATIVES:
            continue
        owner = spans.owner(subject) if subject is not None else None
        kind = kind_at(words, subject)[0] if subject is not None else None
        by_member = member(found[owner]) if owner is not None else kind is not None and names_member(kind)
        if owner is None and kind is not None and not by_member:
            continue  # another collectivité's gift in kind: not the member's support, no customer either
        roles.append((n, SUPPORTED if by_member else PARTNER))
    return roles


def _supply_verb_before(text: str, words: Sequence[Token], spans: Spans, first: int) -> int | None:
    """The supply verb whose objects lead up to the name starting at ``first``: "fournit la cantine et
    l'épicerie X", "livre chaque semaine des paniers à l'épicerie X", "a fourni en 2023 X"; None when
    another verb, a cue or a clause's end comes first."""
    k, content, given_to = first - 1, 0, False
    while k >= 0 and content <= _REACH and first - k <= _MOST_WORDS and not boundary(text, words[k], words[k + 1]):
        key = words[k].key
        if key in SUPPLY_VERBS:
            return k
        if _a_rate(words, k):
            k -= 1
            continue
        if spans.owner(k) is None and cue_ending_at(words, k) is not None:
            return None  # "… avec l'association X", "soutient X": another word says the role
        if key in _TO:
            if not (given_to or _right_before(words, k, first)):
                return None  # "fournit des légumes à la demande de X": not the customer
            given_to = True  # (and an "à" before it opens an item of the same list: "aux écoles et à la crèche X")
        if key not in ARTICLES | OF_WORDS | _TO and key != "et" and not dating(words, k) and spans.owner(k) is None:
            if words[k].raw[:1].isupper() and not (k >= 1 and words[k - 1].key in OF_WORDS) \
                    or key in _VERB_LIKE or _a_verb(key):
                return None  # a name we do not know (not a place after "de": "la cantine du lycée de Lannion"),
                # or another verb: "emploie 12 salariés et accompagne…"
            content += 1
        k -= 1
    return None


# Verbs that stand between a supply verb and a name: another clause's, whose object the name is
_VERB_LIKE = frozenset({"est", "sont", "a", "ont", "qui", "que", "dont", "ou", "mais", "puis", "avec", "par", "pour",
                        "chez", "sur", "dans", "entre", "selon", "grace", "via", "sans"})
_VERB_ENDINGS = ("ent", "ait", "aient", "er", "ir")


def _a_verb(key: str) -> bool:
    """Whether a word between the verb and a name looks like a verb ("emploient", "gérer"), not a noun
    ("établissement", "équipement")."""
    return key.endswith(_VERB_ENDINGS) and not key.endswith("ment")


def _a_rate(words: Sequence[Token], k: int) -> bool:
    """Whether "par" at ``k`` says a rate: "1 500 repas par jour à l'épicerie X", no agent."""
    return words[k].key == "par" and k + 1 < len(words) and words[k + 1].key in _PERIODS


_PERIODS = frozenset({"an", "jour", "semaine", "mois", "annee", "trimestre"})


def _right_before(words: Sequence[Token], to: int, first: int) -> bool:
    """Whether "à"/"au"/"aux" at ``to`` introduces the name at ``first``, past its article and kind
    ("à l'épicerie solidaire X"), or past its members ("aux adhérents de l'AMAP X")."""
    between = [w.key for w in words[to + 1: first]]
    if between[:1] and between[0] in _ITS_PEOPLE and between[1:2] and between[1] in OF_WORDS:
        between = between[2:]
    return len(between) <= 4 and not any(key in _VERB_LIKE or key in _TO or key in OF_WORDS or _a_verb(key)
                                         for key in between)  # (not "à la demande de X")


# The people of a body a supply goes to: the body is the customer ("livre des paniers aux adhérents de l'AMAP X")
_ITS_PEOPLE = frozenset({"adherents", "membres", "familles", "usagers", "beneficiaires", "eleves", "residents",
                         "salaries", "clients"})


def _subject_before(text: str, words: Sequence[Token], verb: int) -> int | None:
    """The first word of the clause of the verb at ``verb``, past an article: "La Ville"; or the
    relative pronoun that opens it: "X, qui livre…"."""
    k = verb
    while k > 0 and not boundary(text, words[k - 1], words[k]):
        k -= 1
        if words[k].key in _RELATIVES:
            return k
    if k == verb:
        return None
    return k + 1 if words[k].key in DEFINITE and k + 1 < verb else k
