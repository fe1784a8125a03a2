"""What a name's own clause says it receives from another body: "X reçoit des denrées de la Banque
alimentaire", "X a reçu une subvention de la Région Bretagne" (docs/extraction.md, "Whose support")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.clause import MEMBER_WORDS, boundary
from rtes_kg.extract.cuewords import SELECTED, SUPPORTED
from rtes_kg.extract.lexicon import KIND_ADJECTIVES, OF_WORDS, Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.spans import Spans
from rtes_kg.extract.whose import GIFTS, GIVING, adjective_names_member


def received_from_another(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                          explicit: Sequence[set[str]], member: Callable[[Found], bool],
                          names_member: Callable[[str], bool] = lambda kind_word: True
                          ) -> list[tuple[int | None, int | None]]:
    """(receiver, giver) where a name's own clause says what it receives from another body: "X
    reçoit des denrées de la Banque alimentaire", "X a reçu une subvention de la Région Bretagne",
    "… de la Région" in a commune's fiche (giver None: named by its kind word only); not "… de la
    Ville", the member; receiver None when the member gives too: "… des denrées de la Banque
    alimentaire et une subvention de la Ville" (the bank a partner, X the member's)."""
    pairs: list[tuple[int | None, int | None]] = []
    for n in range(len(found)):
        k, received, reach, of = spans[n][1] + 1, False, spans[n][1] + _REACH, OF_WORDS
        # "La Ville finance X, qui reçoit une aide de la CAF": a relative clause adds another's gift to the member's
        relative = k < len(words) and words[k].key == "qui" and "," in text[words[k - 1].end: words[k].start]
        if SUPPORTED not in explicit[n] and not relative:
            continue
        receiver = n if SUPPORTED in explicit[n] else None  # ("X, qui a reçu … de Y, gère…": X runs it, Y gives)
        while k < len(words) and k <= reach and not boundary(text, words[k - 1], words[k]):
            if not received and words[k].key in _PICKED and not _given_before(text, words, spans[n][0]):
                received, of = True, OF_WORDS | {"par"}  # "X est lauréate du prix de la Fondation Y", "X a été
                # retenue par la Région": its winner, not the member's (but "La Ville soutient X, lauréate…")
            if not received and (words[k].key in _RECEIVING or words[k].key in _OBTAINING and _a_gift(words, k + 1)):
                received, reach = True, max(reach, k + 12)  # the giver after the gift: "X, supermarché
                # coopératif de 2 500 coopérateurs, a bénéficié d'une avance de 50 000 € de Rennes Métropole"
            if received and (relative or k + 1 < len(words) and words[k + 1].key in _TOO) \
                    and _given_before(text, words, spans[n][0]):
                pairs.append((None, None))  # "La Ville finance X, qui reçoit aussi une aide de la CAF": both give
                break
            if received and not adjective_names_member(words[k].key, names_member):
                if not _names_the_member_too(text, words, spans, k + 1, member, found, names_member):
                    pairs.append((receiver, None))  # "… d'une subvention régionale" in a commune's fiche: the Région's
                break
            if received and words[k].key == "et" and k + 1 < len(words) and words[k + 1].key not in OF_WORDS:
                break  # "reçoit une subvention de la Ville et intervient auprès de Y": another clause
            if received and words[k].key in of:
                at = k + 1 + (k + 1 < len(words) and words[k + 1].key in DEFINITE)
                if at < len(words) and spans.owner(at) is None and words[at].key in MEMBER_WORDS:
                    if not names_member(words[at].key) \
                            and not _names_the_member_too(text, words, spans, at + 1, member, found, names_member):
                        pairs.append((receiver, None))  # "… de la Région" in a commune's fiche: the Région's
                    break  # "… de la Ville": the member gives it
                giver = spans.owner(at)
                if giver is not None and giver != n:
                    if not member(found[giver]):  # (the member gives too: X keeps its support, the giver a partner)
                        too = _names_the_member_too(text, words, spans, k, member, found, names_member)
                        pairs.append((None if too else receiver, giver))
                    break
            k += 1
    return pairs


def _given_before(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether a verb of giving stands before the name at ``first`` in its sentence ("La Ville finance X")."""
    k = first
    while k > 0 and not boundary(text, words[k - 1], words[k]):
        k -= 1
        if words[k].key in GIVING:
            return True
    return False


def _a_gift(words: Sequence[Token], k: int) -> bool:
    """Whether a gift is named at ``k``, after its article and a year: "une subvention", "l'aide", "en
    2023 un prêt"."""
    k += 2 if k + 1 < len(words) and words[k].key == "en" and _YEAR.fullmatch(words[k + 1].raw) else 0
    k += k < len(words) and words[k].key in DEFINITE | {"un", "une", "des", "les"}
    return k < len(words) and words[k].key in GIFTS


def _names_the_member_too(text: str, words: Sequence[Token], spans: Spans, k: int, member: Callable[[Found], bool],
                          found: Sequence[Found], names_member: Callable[[str], bool]) -> bool:
    """Whether the member gives too, later in the clause: "du soutien de France Active et de la Ville",
    "d'une subvention régionale et d'une aide de la Ville", "et d'une subvention départementale" in
    the Département's fiche."""
    for j in range(k, min(len(words), k + 20)):  # (bounded: linear in a long clause)
        if boundary(text, words[j - 1], words[j]):
            return False
        owner = spans.owner(j)
        if member(found[owner]) if owner is not None else words[j].key in MEMBER_WORDS and names_member(words[j].key) \
                or words[j].key in KIND_ADJECTIVES and adjective_names_member(words[j].key, names_member):
            return True
    return False


_REACH = 22  # words from a name to its verb of receiving, past an incise: "X, créé en 2019 à l'initiative de
# la Ville et géré par l'association Y, a obtenu en 2023 un prêt de…"
_TOO = frozenset({"aussi", "egalement"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_RECEIVING = frozenset({"recoit", "recoivent", "recu", "recue", "recus", "recues", "beneficie", "beneficient"})
_PICKED = SELECTED | {f"{stem}{end}" for stem in ("recompense", "prime", "distingue") for end in ("", "e", "s", "es")}
# Words that receive only when a gift follows: "a obtenu une subvention", not "a obtenu l'agrément"
_OBTAINING = frozenset({"obtient", "obtiennent", "obtenu", "obtenue", "obtenus", "obtenues",
                        "percoit", "percoivent", "percu", "percue", "percus", "percues"})
