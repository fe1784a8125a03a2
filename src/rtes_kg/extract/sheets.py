"""What an action's sheet of fields says of its carrier: "Porteur : association X" names it, and the
member's part is said apart, in a field of its own ("Soutien de la Ville : 25 000 €", "Rôle de la
Ville : sociétaire (20 000 € de parts)") or a sentence of the member's ("La Ville met à disposition
un local"): the carrier is who the member supports, or holds shares in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rtes_kg.extract.cuewords import CREATED, PARTNER, SHAREHOLDER, SUPPORTED
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.spans import Spans
from rtes_kg.parse.naming import fold

# A field that names the carrier, up to the name (its kind word is the name's span): "Porteur : ",
# "Structure porteuse : l'", "- Porté par : "
_CARRIER_FIELD = re.compile(r"\s*(?:[•*-]\s*)?(?:porteur|porteuse|structures? porteuses?|port[ée]e?s? par|"
                            r"gestionnaire|op[ée]rateur)(?: (?:de l['’]action|du projet|de projet))?\s*:\s*"
                            r"(?:l['’]|la |le |les )?\s*", re.IGNORECASE)
# The member's part said in a field: "Rôle de la Ville : sociétaire", "Implication de l'Agglomération : …"
_ROLE_FIELD = re.compile(r"^\s*(?:[•*-]\s*)?(?:r[ôo]le|implication|intervention) (?:de la |de l['’]|du )"
                         r"(?P<member>[\w-]+)\s*:\s*(?P<value>.*)$", re.MULTILINE | re.IGNORECASE)
_ROLE_WORDS = ((SHAREHOLDER, ("societaire", "actionnaire", "associee?")),
               (CREATED, ("(?:co-?)?fondat(?:eur|rice)",)),
               (SUPPORTED, ("(?:co-?)?financeu(?:r|se)", "subventions?", "soutien financier", "financement")),
               (PARTNER, ("partenaire", "membre", "administrat(?:eur|rice)")))


def carriers_by_field(text: str, words: Sequence[Token], spans: Spans) -> list[int]:
    """The names a carrier's field gives ("Porteur : association X" gives X)."""
    carried = []
    for n, (first, _last) in enumerate(spans):
        start = words[first].start  # (the field's label is looked for a bounded way back: a long line stays linear)
        line_start = text.rfind("\n", max(0, start - _FIELD_REACH), start) + 1
        if (line_start or start <= _FIELD_REACH) and _CARRIER_FIELD.fullmatch(text, line_start, start):
            carried.append(n)
    return carried


_FIELD_REACH = 60  # characters: "Structure porteuse de l'action : l'"


def member_role_in_a_field(text: str, names_member: Callable[[str], bool]) -> str | None:
    """The member's role a field of its own says: "Rôle de la Ville : sociétaire (20 000 € de parts)"
    (not "Rôle de la Région : financeur" in a commune's fiche); None when none says it."""
    for field in _ROLE_FIELD.finditer(text):
        if names_member(fold(field.group("member"))):
            value = fold(field.group("value"))
            return next((role for role, cues in _ROLE_WORDS
                         if any(re.search(rf"\b{cue}\b", value) for cue in cues)), None)
    return None
