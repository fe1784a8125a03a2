"""What an action's sheet of fields says of its carrier: "Porteur : association X" names it, and the
member's part is said apart, in a field of its own ("Soutien de la Ville : 25 000 €", "Rôle de la
Ville : sociétaire (20 000 € de parts)") or a sentence of the member's ("La Ville met à disposition
un local"): the carrier is who the member supports, or holds shares in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.cuewords import CARRIER, CREATED, PARTNER, SHAREHOLDER, SUPPORTED
from rtes_kg.extract.labels import label_before
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.spans import Spans
from rtes_kg.parse.naming import fold

# The member's part said in a field: "Rôle de la Ville : sociétaire", "Implication de l'Agglomération : …"
_ROLE_FIELD = re.compile(r"^\s*(?:[•*-]\s*)?(?:r[ôo]le|implication|intervention) (?:de la |de l['’]|du )"
                         r"(?P<member>[\w-]+)\s*:\s*(?P<value>.*)$", re.MULTILINE | re.IGNORECASE)
_ROLE_WORDS = ((SHAREHOLDER, ("societaire", "actionnaire", "associee?")),
               (CREATED, ("(?:co-?)?fondat(?:eur|rice)",)),
               (SUPPORTED, ("(?:co-?)?financeu(?:r|se)", "subventions?", "soutien financier", "financement")),
               (PARTNER, ("partenaire", "membre", "administrat(?:eur|rice)")))


def carriers_by_field(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The names a carrier's field gives, its label the labels' (``labels.label_before``): "Porteur :
    association X", "Structure porteuse : l'association X" give X."""
    carried = []
    for n, (first, _last) in enumerate(spans):
        label = first - 1
        while label > 0 and words[label].key in {"l", "la", "le", "les"} and not words[label].capitalised:
            label -= 1  # ("Structure porteuse : l'association X")
        if label >= 0 and ":" in text[words[label].end: words[label + 1].start] \
                and label_before(text, words, label) == CARRIER:
            carried.append(n)
    return carried


def member_role_in_a_field(text: str, names_member: Callable[[str], bool]) -> str | None:
    """The member's role a field of its own says: "Rôle de la Ville : sociétaire (20 000 € de parts)"
    (not "Rôle de la Région : financeur" in a commune's fiche); None when none says it."""
    for field in _ROLE_FIELD.finditer(text):
        if names_member(fold(field.group("member"))):
            value = fold(field.group("value"))
            return next((role for role, cues in _ROLE_WORDS
                         if any(re.search(rf"\b{cue}\b", value) for cue in cues)), None)
    return None
