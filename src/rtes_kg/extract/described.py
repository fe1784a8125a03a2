"""Figures that describe another body than the action: a partner's or a network's size or budget,
in brackets after its name ("La CAF (budget de 62 M€)"), in a clause about it ("France Bénévolat,
qui compte 1 500 bénévoles", "le réseau Coorace, fort de 80 structures") or as its budget ("le
budget de la CAF s'élève à 62 M€"). ``figures`` and ``stated`` publish none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rtes_kg.extract.cuewords import CARRIER, CREATED, PARTNER, SHAREHOLDER, SUPPORTED
from rtes_kg.parse.naming import normalise_label
from rtes_kg.parse.records import OrgMention

__all__ = ["Others", "describes_another", "other_bodies"]

# The names of the partners and networks a text names, each as its folded words
Others = frozenset[tuple[str, ...]]

_OWN_ROLES = frozenset({CARRIER, SUPPORTED, CREATED, SHAREHOLDER})


def other_bodies(mentions: Iterable[OrgMention]) -> Others:
    """The names of the bodies whose own figures are not the action's: the networks, and the
    partners named in no role of the action's own (a structure it carries, supports, created or
    holds shares in keeps its figures: "l'association Les Amis du Marais, qui compte 40 bénévoles")."""
    mentions = list(mentions)
    own = {m.slug for m in mentions if m.role in _OWN_ROLES and m.category != "reseau"}
    return frozenset(tuple(normalise_label(m.name).split()) for m in mentions
                     if m.category == "reseau" or m.role == PARTNER and m.slug not in own)


# What opens a description of the body named just before it: a bracket, a relative clause of
# size ("qui compte", "qui fédère"; not "qui lui fournit 12 tonnes", what it gives the action), an
# apposition ("fort de", "avec ses"), "dont" ("dont le budget atteint 62 M€")
_SIZE_VERBS = (r"compte|comptent|regroupe|regroupent|fédère|fédèrent|rassemble|rassemblent|réunit|réunissent|"
               r"représente|représentent|emploie|emploient|salarie|salarient|totalise|totalisent|"
               r"dispose|disposent|revendique|revendiquent|anime un réseau")
_ABOUT_IT = re.compile(rf"(?:,\s*|\s)(?:qui\s+(?:{_SIZE_VERBS})\b|dont\b|fort(?:e|s|es)?\s+d(?:e\s|['’])|"
                       r"riches?\s+d(?:e\s|['’])|avec\s+(?:ses|leurs|son|sa|un|une)\b)", re.IGNORECASE)
# What says an amount is a body's own money, not what it gives: "(budget de 62 M€)", "(62 M€ de budget)"
_OWN_MONEY = re.compile(r"\b(?:budgets?|chiffres? d['’]affaires|CA|fonds propres|capital social|encours|"
                        r"effectifs?)\b", re.IGNORECASE)
# "le budget de la CAF s'élève à 62 M€", "La CAF dispose d'un budget de 62 M€"
_BUDGET_OF = re.compile(r"\b(?:budget|chiffre d['’]affaires)(?:\s+(?:annuel|global|total|consolidé))?\s+"
                        r"(?:de la|du|des|de l['’]|d['’]|de)\s*(?P<owner>(?:[A-ZÀ-Ý][\w'’-]*\s*)+)")
_HAS_BUDGET = re.compile(r"\s(?:dispose|disposent|gère|gèrent|a|ont|possède|possèdent)\s+(?:d['’]\s*)?un\s+"
                         r"(?:budget|chiffre d['’]affaires)\b", re.IGNORECASE)
_NETWORK_WORDS = frozenset({"reseau", "reseaux", "federation", "federations", "union", "mouvement", "collectif",
                            "regroupement", "groupement"})
_CLAUSE_END = re.compile(r"[.;!?]")  # (not ":", read inside brackets: "(budget annuel : 62 M€)")


def describes_another(text: str, start: int, others: Others, amount: bool = False) -> bool:
    """Whether the figure (or, with ``amount``, the euro amount) at ``start`` of ``text`` describes a
    partner or a network named just before it, not the action."""
    reach = max(0, start - 200)  # (a long line is not read again for each of its numbers)
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, reach, start)), default=reach)
    before = text[clause:start]
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:]:
        closed = text.find(")", start)
        aside = text[clause + opened: closed if closed >= 0 else len(text)]
        # a bare amount in brackets after a giver is its gift ("cofinancé par la CAF (30 000 €)")
        if _names_another(before[:opened], others) and (not amount or _OWN_MONEY.search(aside)):
            return True
        before = before[:opened]
    cut = max(before.rfind(","), before.rfind(")"))
    about = list(_ABOUT_IT.finditer(before, max(0, cut)))
    if about and _names_another(before[:about[-1].start()], others) \
            and (not amount or _OWN_MONEY.search(before, about[-1].start()) or "qui" in about[-1].group(0)):
        return True  # "France Bénévolat, qui compte 1 500 bénévoles", "la CAF, dont le budget atteint 62 M€"
    if not amount:
        return False
    if any(_names_another(owner["owner"], others) for owner in _BUDGET_OF.finditer(before)):
        return True
    has = list(_HAS_BUDGET.finditer(before))
    return bool(has) and _names_another(before[:has[-1].start()], others)


def _names_another(head: str, others: Others) -> bool:
    """Whether ``head`` ends with the name of a partner or a network ("La CAF", "le réseau des
    Ressourceries")."""
    words = normalise_label(head[-120:]).split()
    if not words:
        return False
    if _NETWORK_WORDS & set(words[-5:]):
        return True
    last = head.split()[-1] if head.split() else ""
    return any(words[-len(name):] == list(name)
               # an acronym for the listed name: "la CRESS" for "CRESS Pays de la Loire"
               or last.isupper() and len(last) > 1 and words[-1] == name[0]
               for name in others if name)
