"""A local currency and the body that issues it: "la monnaie locale Buzuk, portée par l'association
Buzuk" names one organisation, the association. The currency is what the association makes, a
product as a project is, no organisation of its own: it is not published, and the member's support
of it is support of its issuer (docs/extraction.md, "Roles"); a currency no named body issues is
what the member supports, never the action's carrier ("La monnaie locale X circule…")."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.cuewords import CARRIER, CITED, PARTNER, SUPPORTED
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.roles import Roles

CURRENCY = "monnaie-locale"
# (folded) the participles of issuing or running a currency: "portée par", "émise par", "gérée par"
_ISSUED = frozenset(f"{stem}{end}" for stem in ("porte", "gere", "emis", "anime", "pilote", "coordonne")
                    for end in ("", "e", "s", "es"))
_ARTICLES = frozenset({"l", "la", "le", "les"})
_REACH = 3  # words from the currency's name to its participle: ", désormais portée par"
_APPOSED_REACH = 8  # past the apposition of its kind: "le Stück, monnaie locale de l'Eurométropole, portée par"


def issued_currencies(words: Sequence[Token], found: Sequence[Found], roles: Roles) -> tuple[list[Found], Roles]:
    """``found`` and their ``roles`` without the currencies that a named body issues, each given
    over to that body: the issuer carries the action and takes the currency's other roles."""
    explicit = [set(roles) for roles in roles.explicit]
    issuers = _issuers(words, found)
    for currency, issuer in issuers.items():
        given = (explicit[currency] or {roles.default[currency]} - {PARTNER}) - {CARRIER, CITED}  # (a partner by
        # default only when another's support is said: "…, géré par l'association X, soutenue par la Ville")
        explicit[issuer] = explicit[issuer] - {PARTNER, CITED} | given | {CARRIER}  # ("émise par": no funder's "par")
    kept = [n for n in range(len(found)) if n not in issuers]
    default = list(roles.default)
    for n in kept:
        if found[n].kind == CURRENCY:  # none issues it: what the member supports, never a carrier
            explicit[n] = explicit[n] - {CARRIER} | ({SUPPORTED} if CARRIER in explicit[n] else set())
            default[n] = SUPPORTED if default[n] == CARRIER else default[n]
    return [found[n] for n in kept], Roles(tuple(frozenset(explicit[n]) for n in kept),
                                           tuple(default[n] for n in kept))


def _issuers(words: Sequence[Token], found: Sequence[Found]) -> dict[int, int]:
    """currency -> issuer, for each currency followed by "portée par" (or its kin) and a name."""
    issuers = {}
    for n, cand in enumerate(found):
        if cand.kind != CURRENCY:
            continue
        reach = _REACH + (_APPOSED_REACH if cand.last + 1 < len(words) and words[cand.last + 1].key == "monnaie" else 0)
        by = next((k for k in range(cand.last + 1, min(len(words) - 1, cand.last + 1 + reach))
                   if words[k].key in _ISSUED and words[k + 1].key == "par"), None)
        if by is None:
            continue
        agent = by + 2
        while agent < len(words) and words[agent].key in _ARTICLES:
            agent += 1
        issuer = next((m for m in range(n + 1, len(found)) if found[m].first <= agent <= found[m].last
                       or _announced_at(found[m], words, agent)), None)
        if issuer is not None:
            issuers[n] = issuer
    return issuers


def _announced_at(cand: Found, words: Sequence[Token], agent: int) -> bool:
    """Whether the find's kind word stands at ``agent``: "par l'association Buzuk"."""
    return agent < cand.first and agent < len(words) and words[agent].start >= cand.context
