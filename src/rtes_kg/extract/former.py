"""Bodies a sentence names only as past owners, sellers or someone's employers: "dans l'ancien centre de tri
de La Poste", "l'ancien site industriel de DMC", "la friche rachetée à SNCF Immobilier", "Présidée par un
ancien cadre de Veolia" (a person's office is cuewords' "directrice régionale de"); or as the makers of a model:
"Sur le modèle des Fabriques à initiatives développées par l'Avise, …". The body plays no part in the action
(docs/extraction.md, "Roles"), as after the phrases of cuewords' CITED."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.cuewords import CITED, MODELS, Cue
from rtes_kg.extract.lexicon import OF_WORDS, Token, phrase_keys

__all__ = ["in_a_model", "no_part_cue"]

_NO_PART = Cue(CITED, "prep")
_FORMER = frozenset({"ancien", "ancienne", "anciens", "anciennes"})
_FORMER_REACH = 5  # words from "ancien" to the "de" of its owner: "l'ancien site industriel de", "centre de tri de"
# The participles of a purchase, not after an auxiliary: "la friche, rachetée à SNCF Immobilier" (the seller; "la
# Ville a acheté à l'ESAT X 200 repas" buys its work)
_BOUGHT = frozenset(f"{stem}{end}" for stem in ("rachete", "achete", "acquis") for end in ("", "e", "s", "es"))
_FROM = frozenset({"a", "au", "aux"})
_SELLER_REACH = 7  # words from the participle to the seller's "à": "racheté par la commune de Saillans à"


def no_part_cue(text: str, words: Sequence[Token], index: int) -> tuple[Cue, int] | None:
    """The words ending at ``index`` that name the body after them as no part of the action, and the index
    of their first word; else None."""
    key = words[index].key
    if key in _FROM:  # "rachetée à SNCF Immobilier", "racheté par la commune à La Poste"
        for j in range(index - 1, max(-1, index - _SELLER_REACH), -1):
            if any(mark in text[words[j].end: words[j + 1].start] for mark in ",;:()"):
                return None
            if words[j].key in _BOUGHT and not (j >= 1 and words[j - 1].key in {"a", "ont"}) \
                    and (j == index - 1 or words[j + 1].key == "par"):
                return _NO_PART, j
        return None
    if key not in OF_WORDS or index + 1 < len(words) and not (words[index + 1].capitalised or words[index + 1].key in
                                                                  {"la", "le", "les", "l"}):
        return None  # (not "l'ancien marché de gros à la SCIC X": a hall given to X)
    for j in range(index - 1, max(-1, index - 1 - _FORMER_REACH), -1):
        if words[j].capitalised or any(mark in text[words[j].end: words[j + 1].start] for mark in ",;:()"):
            return None  # "l'ancien magasin Lidl de la rue…": a name between, not its owner
        if words[j].key in _FORMER:
            return _NO_PART, j
    return None


def in_a_model(text: str, words: Sequence[Token], cue: int) -> bool:
    """Whether the cue at ``cue`` is said of a model, in the phrase that names it: "Sur le modèle des Fabriques
    à initiatives développées par l'Avise, la Région a lancé…" (the Avise made the model, nothing of the
    member's; not past the phrase's comma: "…, la Ville a créé une recyclerie gérée par X")."""
    for j in range(cue - 1, max(-1, cue - _MODEL_REACH), -1):
        if any(mark in text[words[j].end: words[j + 1].start] for mark in ",;:()"):
            return False
        if words[j].key in _MODELS and j >= 1 and words[j - 1].key in {"le", "l", "la"} \
                or words[j].key.startswith("inspire"):
            return True
    return False


_MODELS = frozenset(phrase_keys(model)[-1] for model in MODELS)  # "modele", "instar"…: "sur le modèle de"
_MODEL_REACH = 12
