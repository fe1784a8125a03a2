"""A name in the relative clause of another named body: "La Ville subventionne l'association X, qui
accompagne la SCOP Y" tells X's help to Y, not the member's support of Y (docs/extraction.md,
"Whose support")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rtes_kg.extract.clause import MEMBER_WORDS
from rtes_kg.extract.cuewords import BESIDE, PARTNER, RECEIVING, SUPPLYING, SUPPORTED
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.spans import Spans


def relative_clause_role(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                         said: set[str], n: int, k: int, first: int,
                         member: Callable[[Found], bool]) -> tuple[int | None, int | None] | None:
    """For the name ``n`` at ``first`` (its sentence read back to ``k``; ``said``: its roles so far)
    in a relative clause "…, qui" of another named body, the (supported, giver) pair of
    ``whose.another_body_s_support``: (n, None) when the clause gives it or does anything else with
    it (the body's, never the member's support: "X, qui livre l'épicerie Y"), (None, n) when the body
    gathers it ("X, qui réunit A et l'association B": a member of X, a partner); None when the clause
    runs it ("X, qui gère le tiers-lieu Y": the member's support of X goes to Y), works with the
    member or another body ("…, qui avec la Ville finance Y"), or there is no such clause."""
    relative = _relative_clause(text, words, spans, k, first)
    if relative is None or relative[0] == n or member(found[relative[0]]):
        return None
    verb = relative[1] + (words[relative[1]].key in {"a", "ont"})  # "qui a accompagné"
    if PARTNER in said and words[verb].key not in SUPPLYING:
        return None  # (a partner stays one: "… aux bénéficiaires orientés par X"; not the body's customer)
    if words[verb].key in _GATHERING:
        return (None, n) if SUPPORTED in said else None
    keys = tuple(word.key for word in words[relative[1]: relative[1] + 3])
    if any(keys[: len(receiving)] == receiving for receiving in RECEIVING):
        return None, n  # "X, qui reçoit aussi des denrées de la Banque Alimentaire": a giver, a partner
    if words[verb].key in _RUNNING or any(w.key in BESIDE | MEMBER_WORDS for w in words[verb + 1: first]):
        return None
    return n, None


def _relative_clause(text: str, words: Sequence[Token], spans: Spans, k: int,
                     first: int) -> tuple[int, int] | None:
    """(the name, its verb) of the relative clause "…, qui" that the name at ``first`` stands in,
    its antecedent the name right before the comma."""
    for r in range(first - 1, max(k, 1) - 1, -1):
        if "," in text[words[r].end: words[first].start]:
            return None  # (the relative clause closed before the name: "X, qui luttait…, a transféré … à Y")
        if words[r].key in _RELATIVES and "," in text[words[r - 1].end: words[r].start]:
            antecedent = spans.owner(r - 1)
            return None if antecedent is None else (antecedent, r + 1)
    return None


_RELATIVES = frozenset({"qui", "laquelle", "lequel"})
_GATHERING = frozenset(f"{stem}{end}" for stem in ("reuni", "regroupe", "rassemble", "federe", "associe", "fedre")
                       for end in ("", "t", "nt", "ssent"))  # "X, qui réunit A et B": its members, partners
_RUNNING = frozenset(f"{stem}{end}" for stem in ("gere", "anime", "porte", "pilote", "exploite", "coordonne", "assure",
                                                  "organise", "dirige") for end in ("", "nt"))
