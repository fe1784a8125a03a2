"""The role of who a "par" names when the participle before it is not one of running: who gives
money or a frame ("financée par", "lancé par la Région", "mis à disposition par"), a prize's winner
("remporté par"), who pays once another did ("dont le financement a été repris par Y"). ``cues``
asks it of each "par"."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.cuewords import (
    CARRIED_KEYS,
    CONTRACTS,
    FILLERS,
    FRAMING_PARTICIPLES,
    FUNDING_PARTICIPLES,
    GIVING_ACTS,
    PARTNER,
    SUPPORTED,
    TENDERED,
    WON_PARTICIPLES,
)
from rtes_kg.extract.lexicon import PARTICIPLE_ENDINGS, Token
from rtes_kg.extract.names import LOWER_ARTICLES, structure_words

_TAKEN_OVER = frozenset({"repris", "reprise", "assure", "assuree", "assures", "assurees", "pris", "prise"})
_SHARES = frozenset({"capital", "parts", "actions"})
_MONEY = frozenset({"financement", "financements", "cofinancement", "subventionnement"})
_APPROVALS = frozenset({"labellisation", "agrement", "certification", "habilitation", "conventionnement",
                        "accreditation"})


def agent_role(words: Sequence[Token], by: int) -> str | None:
    """The role of who the participle that "par" (``by``) completes names, when it is not the
    carrier's: money or a frame (a partner: "financée à hauteur de 80 000 € par l'agglomération et
    de 50 000 € par l'ADEME", "pris en charge par", "lancé par la Région", "apporté par"), a prize
    won (supported: "remporté par"), a gift ("le prêt d'un local à X par Y"); None: "porté par",
    "géré par" carry."""
    content = 0
    for k in range(by - 1, max(-1, by - 32), -1):  # past "de 95 000 € par la Région X et" before it
        key = words[k].key
        if key in _BORROWING:  # "le prêt de 600 000 € souscrit par la SCIC X": the borrower, not the lender; but
            # "l'augmentation de capital, souscrite par la Banque des Territoires": a holder, a partner
            return PARTNER if _SHARES & {w.key for w in words[max(0, k - 6): k]} else None
        if key in {"mis", "mise", "mises"}:  # a gift: "mis à disposition par" (not "mis en œuvre par")
            return PARTNER if [w.key for w in words[k + 1: k + 3]] == ["a", "disposition"] else None
        if key in FUNDING_PARTICIPLES and k and words[k - 1].key in {"a", "ont"}:
            return None  # an active verb: "a financé l'achat d'un camion par la Banque Alimentaire X" (X buys)
        if key in _LAUNCHED and _a_structure_at(words, by + 1):
            return None  # "Le projet X a été lancé par l'association Y": Y runs it (not "par la Région": a frame)
        if key in FUNDING_PARTICIPLES or key in FRAMING_PARTICIPLES or key in GIVING_ACTS or key in _APPROVALS:
            return PARTNER  # (a gift: "Prêt d'un terrain à X par la Ville de Y"; "Agrément de X par la DREETS")
        if key in WON_PARTICIPLES:  # a prize; a contract's holder works it ("le marché, remporté par X", "un
            # appel d'offres remporté par X")
            return None if (CONTRACTS | TENDERED) & {w.key for w in words[max(0, k - 16): k]} else SUPPORTED
        if key in _TAKEN_OVER:  # "dont le financement a été repris par Y", "est désormais assuré par Y", "d'abord
            # financé par X, est repris par Y": Y pays; "la recyclerie, reprise par Y": Y runs it
            before = [w.key for w in words[max(0, k - 24): k]]
            paid = any(a in FUNDING_PARTICIPLES and b == "par" for a, b in zip(before, before[1:]))
            return PARTNER if _MONEY & set(before) or paid else None
        if key in CARRIED_KEYS or content > 8 or key in _OTHER_PARTICIPLES or (
                words[k].raw.endswith(PARTICIPLE_ENDINGS) and words[k].raw[:1].islower()):  # not "Communauté"
            return None  # "créée en 2022 par l'association X", "ouvert par X": the nearest participle is no funder's
        if key not in FILLERS and not words[k].raw[0].isdigit() and key != "€":
            content += 1
    return None


_LAUNCHED = frozenset({"lance", "lancee", "lances", "lancees"})
# Participles that do not end in "é": "Aide au démarrage du restaurant X, ouvert par l'association Y"
# (Y opened it; "Aide" is no participle of the agent's). Not "fait": "un don fait par la Fondation X"
# says its meaning with the noun before it (a gift, a partner)
_OTHER_PARTICIPLES = frozenset(f"{stem}{end}" for stem in ("ouvert", "construit") for end in ("", "e", "s", "es"))


def _a_structure_at(words: Sequence[Token], k: int) -> bool:
    """Whether an ESS structure's or a company's kind word opens at ``k``, past its article ("l'association
    X", "la SCOP X", "l'entreprise X"; not "le réseau X", "le GIP X": networks and public bodies frame)."""
    k += k < len(words) and words[k].key in LOWER_ARTICLES
    found = structure_words()[0].match_at(words, k) if k < len(words) else None
    return found is not None and found.payload.code not in {"organisme-public", "reseau"}


_BORROWING = frozenset(f"{stem}{end}" for stem in ("souscrit", "contracte", "emprunte", "sollicite", "demande")
                       for end in ("", "e", "s", "es"))


def run_by(words: Sequence[Token], first: int) -> int | None:
    """The participle of running before the name's "par" at ``first`` ("X porté par l'association B"), or None."""
    for k in range(first - 1, max(0, first - 5), -1):
        if words[k].key == "par":
            return k - 1 if words[k - 1].key in CARRIED_KEYS else None
    return None
