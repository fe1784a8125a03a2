"""The steps of a body that the member's support may aim at, the body named after them: "a soutenu
l'implantation du Groupe SOS", "accompagne le développement de la SCOP X" (the body is supported:
it gives nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.cuewords import SUPPORTED, cue_ending_at
from rtes_kg.extract.lexicon import Token

_OWN_STEPS = frozenset({"arrivee", "implantation", "installation", "developpement", "demenagement", "extension",
                       "ouverture", "lancement", "structuration", "consolidation",
                       "permanence", "permanences", "antenne", "antennes", "siege"})  # "héberge la permanence de X"


def a_step_of(words: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` is a step of the body named after it: "l'implantation du Groupe SOS"."""
    return words[k].key in _OWN_STEPS and k + 1 < len(words) and words[k + 1].key in {"de", "du", "des", "d"}


def supported_through_a_step(words: Sequence[Token], k: int) -> int | None:
    """The last word of the cue of support whose object is the step at ``k`` ("a soutenu
    l'implantation du …": what follows is the cue's object), or None."""
    if not a_step_of(words, k):
        return None
    j = k - 1 if k >= 1 and words[k - 1].key in {"l", "le", "la"} else k
    found = cue_ending_at(words, j - 1) if j >= 1 else None
    return j - 1 if found is not None and found[0].how == "object" and found[0].role == SUPPORTED else None
