"""Where an example action stands, when its opening says so: only planned ("Perspective : création
d'une légumerie", "Le projet de ressourcerie est à l'étude") or the member's support over ("Le
Département n'a pas reconduit en 2024 son soutien à X", "La Ville a mis fin à son partenariat avec
Y", "Le festival a pris fin en 2022"). The fiche lists every action under "actions soutenues"; these
words say the support is not (or no longer) under way, and a researcher counting the member's
actions can leave them out (``rtes:etatAction``, docs/model.md). Only the opening sentence is read,
and only its main clause: a relative clause ("X, qui a pris fin en 2020, …") tells of another
thing, and an action that goes on in another form ("a pris fin, remplacé par Y", "désormais") is
not over."""

from __future__ import annotations

import re

from rtes_kg.parse.action_labels import first_sentence, is_title, unnumbered

PLANNED, ENDED = "en-projet", "terminee"

# A line labelled as what is to come: "Perspective : …", "En projet – …", "À venir : …" (an action's
# opening, and a clause whose numbers are no figures: extract/nonfigures.py)
PLANS_LABEL = re.compile(r"\s*(?:[•*-]\s*)?(?:perspectives?|en projet|projets? (?:à|a) venir|(?:à|a) venir|à terme|"
                         r"prochaines? étapes?|prochainement|en réflexion)(?:\s+(?:pour\s+)?(?:19|20)\d\d)?"
                         r"\s*(?::|[–—]\s|-\s)", re.IGNORECASE)
# The main verb of a project not yet run: "est à l'étude", "est en cours d'étude", "est en préparation"
_PLANNED = re.compile(r"\b(?:est|sont)\s+(?:actuellement\s+)?(?:à l['’]étude|en cours d['’](?:étude|élaboration)|"
                      r"en projet|en préparation|en réflexion|envisagée?s?)\b", re.IGNORECASE)
# The member's support over: "a mis fin à", "n'a pas reconduit son soutien", "ne finance plus"
_SUPPORT_ENDED = re.compile(r"\b(?:(?:a|ont)\s+mis\s+fin\b|"
                            r"n['’](?:a|ont)\s+pas\s+(?:été\s+)?(?:reconduit|renouvelé)e?s?\b|"
                            r"ne\s+(?:soutient|soutiennent|finance|financent|subventionne|accompagne)\s+plus\b|"
                            r"(?:a|ont)\s+cessé\s+(?:de\s+(?:soutenir|financer|subventionner)|son\s+soutien|"
                            r"ses\s+financements?)\b)", re.IGNORECASE)
# The action itself over, unless it goes on in another form ("remplacé par Y", "désormais")
_CLOSED = re.compile(r"\b(?:(?:a|ont)\s+pris\s+fin\b|s['’]est\s+(?:arrêtée?|terminée?|achevée?)\b|"
                     r"(?:a|ont)\s+fermé\s+(?:ses|leurs)\s+portes\b)", re.IGNORECASE)
_GOES_ON = re.compile(r"\b(?:remplacée?s?|reprise?s?|relayée?s?|désormais|aujourd['’]hui|succède)\b", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:qui|dont|que|qu['’])\b", re.IGNORECASE)


def action_state(text: str) -> str | None:
    """``PLANNED``, ``ENDED`` or None (under way, or nothing said) for an action's text."""
    lines = [unnumbered(line.strip()) for line in text.strip().split("\n") if line.strip()]
    if not lines or PLANS_LABEL.match(lines[0]):
        return PLANNED if lines else None
    opening = _opening(lines[1:] if len(lines) > 1 and is_title(lines[0]) else lines)
    closed = None if _GOES_ON.search(opening) else _CLOSED
    for pattern, state in ((_SUPPORT_ENDED, ENDED), (closed, ENDED), (_PLANNED, PLANNED)):
        found = None if pattern is None else pattern.search(opening)
        if found is not None and not _RELATIVE.search(opening, 0, found.start()):
            return state
    return None


def _opening(lines: list[str]) -> str:
    """The first sentence of an action's lines (past a title line above them), up to a ";" that
    opens another clause ("La Ville finance X ; elle a mis fin à son soutien à Y": X's goes on)."""
    return first_sentence(lines[0]).split(";", 1)[0]
