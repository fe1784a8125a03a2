"""Who holds what, said around a name: the holder of a contract named in an apposition ("son
sous-traitant, l'ESAT X", "Le titulaire du marché de tri, Suez, …"), the hours a body's staff worked
("38 000 heures d'insertion réalisées par X"), and a company's other holders ("la SCIC X, dont la
Région est également sociétaire", "dont les autres sociétaires sont l'ONF et Y")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rtes_kg.extract.clause import contract_before
from rtes_kg.extract.cuewords import HOLDERS
from rtes_kg.extract.lexicon import OF_WORDS, Token

__all__ = ["HOLDER_NOUNS", "a_contract_s_party", "holder_named", "hours_worked", "other_holders"]

# After a name, a holder of it: "la SCIC X, dont Alès Agglomération est (également) sociétaire", "le pacte, dont
# la SCIC A et l'association B sont signataires"
_HOLDER_AFTER = re.compile(r"(?i:(?:\s*(?:,|\bet\b)[^,;:.()]{1,60}?)?\s+(?:est|sont|était|étaient|reste|restent)\s+"
                           r"(?:également\s+|aussi\s+|toujours\s+)?(?:devenue?s?\s+)?"
                           r"(?:sociétaire|actionnaire|associée?|membre|partenaire|signataire)s?\b)")
# After "dont", the holders or members named after their verb: "la SCIC X, dont les autres sociétaires sont l'ONF
# et…", "le collectif X, dont font partie la Croix-Rouge et…"
_OTHER_HOLDERS = re.compile(r"(?i:\s+(?:(?:les\s+)?(?:autres\s+|principaux\s+)?"
                            rf"(?:{'|'.join(HOLDERS)})\s+(?:sont|étaient)|(?:font|faisaient)\s+partie)"
                            r"\s+(?:également\s+|aussi\s+|notamment\s+)?(?:la\s+|le\s+|les\s+|l['’]\s*)?)")
# The holders' noun right before names, with no "de": "dont sont également actionnaires la Banque des
# Territoires et X" (they hold shares of the company before, not of X)
HOLDER_NOUNS = frozenset({"societaire", "societaires", "actionnaire", "actionnaires"})
# Before the holders of a contract said before them: "confie un marché … avec SUEZ", "achat de prestations auprès
# de l'ESAT X", "attribué à un groupement constitué de la SCOP A et de l'EA B" (carriers, no partners)
_CONTRACT_PARTIES = frozenset({"avec", "aupres", "constitue", "constituee", "compose", "composee", "forme", "formee"})


def a_contract_s_party(text: str, words: Sequence[Token], first: int, last: int) -> bool:
    """Whether the cue from ``first`` to ``last`` is a party's word alone ("avec", "auprès de") after a contract
    said before it in its clause: "confie un marché … avec SUEZ" (the holder; not "confie la gestion du café à X,
    avec le soutien de la Région": a cue of its own, the Région's support)."""
    return words[first].key in _CONTRACT_PARTIES and all(words[j].key in OF_WORDS for j in range(first + 1, last + 1)) \
        and contract_before(text, words, first, buying=words[first].key == "aupres")


def other_holders(text: str, words: Sequence[Token], dont: int, start: int, end: int | None) -> bool:
    """Whether the name from ``start`` (to ``end``) after the "dont" at ``dont`` is a holder of the body
    before "dont", or of what it names: "la SCIC X, dont Alès Agglomération est sociétaire", "dont les
    autres sociétaires sont l'ONF et Y", "le pacte, dont la SCIC A et l'association B sont signataires"."""
    return end is not None and _HOLDER_AFTER.match(text, words[end].end) is not None \
        or _OTHER_HOLDERS.fullmatch(text, words[dont].end, words[start].start) is not None


def holder_named(words: Sequence[Token], k: int) -> bool:
    """Whether the words up to ``k`` name the holder of a contract, an apposition after them its name: "son
    sous-traitant", "le titulaire du marché de tri", "dont le titulaire"."""
    for j in range(k, max(0, k - _HOLDER_REACH) - 1, -1):
        if words[j].key in _CONTRACT_HOLDERS or words[j].key == "traitant" and j >= 1 and words[j - 1].key == "sous":
            return j >= 1 and words[j - 1].key in {"le", "la", "l", "son", "sa", "leur", "sous"}
        if words[j].key not in {"du", "de", "des", "d", "la", "le", "l"} and not words[j].raw.islower():
            return False
    return False


_CONTRACT_HOLDERS = frozenset({"titulaire", "attributaire", "delegataire", "prestataire"})
_HOLDER_REACH = 5  # words from the holder's noun to the comma: "le titulaire du marché de tri,"


def hours_worked(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether hours are counted before the cue at ``first``: "38 000 heures d'insertion réalisées par X"
    (not in an incise of what was awarded: "Le marché, assorti d'une clause de 15 000 heures d'insertion, a
    été attribué à X", its holder)."""
    return any(words[j].raw in {"heures", "heure"} and not (  # (not « Premières Heures »)
        "," in text[words[max(0, j - 10)].start: words[j].start] and _INCISE_THEN_A_VERB.search(
            text, words[j].end, words[first].start))
        and not _ANOTHER_CLAUSE.search(text, words[j].end, words[first].start)  # (not "… 41 000 heures ; leur
        for j in range(max(0, first - 10), first))  # suivi a été confié au PLIE")


_INCISE_THEN_A_VERB = re.compile(r",\s*(?:a|ont|est|sont|avait|avaient)\s", re.IGNORECASE)  # ", a été attribué à X"
_ANOTHER_CLAUSE = re.compile(r"[;.!?]")
