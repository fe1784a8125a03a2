"""Whether a "de" opens the name of a giver or a partner: "avec le soutien de Quimper Bretagne
Occidentale", "aux côtés de", and the second of two givers ("de la Ville et de Grand Châtellerault")."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.cuewords import PARTNER, SUPPORT_NOUNS, cue_ending_at
from rtes_kg.extract.lexicon import OF_WORDS, Token


def a_giver_or_partner_after(words: Sequence[Token], of: int, givers: int = 3) -> bool:
    """Whether the "de" at ``of`` ends the noun of a gift or a partner's preposition: "avec le soutien
    de", "aux côtés de", "en partenariat avec" (a name after it is the giver's, the partner's); or
    follows "et" after one of ``givers`` before it ("avec le soutien de la Ville (de Poitiers) et de
    Grand Châtellerault"; a few only: each walks its own words back)."""
    cue = cue_ending_at(words, of)
    if of >= 1 and words[of - 1].key in SUPPORT_NOUNS or cue is not None and cue[0].role == PARTNER:
        return True
    return givers > 1 and of >= 3 and words[of - 1].key == "et" and any(
        words[j].key in OF_WORDS and a_giver_or_partner_after(words, j, givers - 1)
        for j in range(of - 2, max(of - _GIVER_REACH, 0), -1))


_GIVER_REACH = 8  # words back from "et de" to the "de" of the giver before
