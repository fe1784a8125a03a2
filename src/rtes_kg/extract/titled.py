"""A place named in an action's title and run by the body its text names: "Tiers-lieu nourricier X :
l'association Y, qui gère une cuisine partagée, a servi 9 500 repas" (docs/extraction.md, "Roles")."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.agents import carried_by
from rtes_kg.extract.anaphora import DEFINITE
from rtes_kg.extract.cues import CARRIER, SUPPORTED
from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.lexicon import SENTENCE_BREAK, Token
from rtes_kg.extract.names import Found
from rtes_kg.extract.runs import BODY_KINDS
from rtes_kg.extract.spans import Spans
from rtes_kg.parse.details import a_carrier_field

_ACTING = frozenset({CARRIER, SUPPORTED})
# (folded) the head nouns of places that give no kind of structure
_PLACE_HEADS = frozenset({"jardin", "jardins", "cafe", "lieu", "espace", "maison", "restaurant", "boutique",
                          "magasin", "cantine", "friperie", "bar", "auberge", "librairie", "ferme", "fablab",
                          "laverie", "cuisine", "marche", "halle", "local", "atelier", "epicerie", "legumerie",
                          "conserverie"})


def titled_place(text: str, words: Sequence[Token], found: Sequence[Found], spans: Spans,
                 explicit: Sequence[set[str]], structure_role: str) -> int | None:
    """The name of a place (a tiers-lieu, a jardin, a café, an épicerie as a venue: a kind that is no
    legal body, or no kind when the title opens on a place's noun) that titles the text, alone
    before its colon ("Tiers-lieu X : …"), when the text opens after the colon on a body that
    carries the action or is what the member supports ("… l'association Y, qui gère…", "… la Ville
    soutient l'association Y"), or on the line below, its carrier's field ("Porteur : association Y"):
    Y runs the place, which carries nothing of its own. Not a body in
    the title ("SCIC X : …"), nor the body of the same name ("Le Grand Four à Pantin : la SCIC Le
    Grand Four")."""
    if len(found) < 2 or found[0].category != STRUCTURE or found[0].kind in BODY_KINDS:
        return None
    first, last = spans[0]
    if found[0].kind is None and words[0].key not in _PLACE_HEADS:
        return None  # a name of no kind is a place when the title opens on a place: "Jardin partagé X : …"
    if last + 1 >= len(words):
        return None
    start = last + 1
    if (field := _carrier_field_below(text, words[last].end)) is not None:  # "Recyclerie X" / "Porteur : association Y"
        start = next((j for j in range(last + 1, len(words)) if words[j].start >= field), len(words))
    elif text[words[last].end: words[last + 1].start].strip() != ":":
        return None
    if SENTENCE_BREAK.search(text, 0, words[first].start):
        return None  # the name stands in the text's first sentence, no title of its own
    runner = _runner_after(words, found, spans, explicit, structure_role, start)
    return 0 if runner is not None and found[runner].slug != found[0].slug else None


def _carrier_field_below(text: str, end: int) -> int | None:
    """Where the value of a carrier's field starts, when the line below the title that ends at ``end``
    is one ("Recyclerie X" / "Porteur : association Y", ``parse.details.a_carrier_field``); else None."""
    newline = text.find("\n", end)
    if newline < 0 or text[end: newline].strip():
        return None
    stop = text.find("\n", newline + 1)
    below = text[newline + 1: stop if stop >= 0 else len(text)]
    return newline + 1 + below.index(":") + 1 if a_carrier_field(below) else None


def _carried_by(words: Sequence[Token], start: int, name: int) -> bool:
    """Whether the text from ``start`` opens on "portée par l'", "gérée par la", "tenue par" and the
    name at ``name`` (agents.carried_by, right after the colon)."""
    return name - start == 2 + (words[name - 1].key in DEFINITE) and carried_by(words, name)


def _runner_after(words: Sequence[Token], found: Sequence[Found], spans: Spans, explicit: Sequence[set[str]],
                  structure_role: str, start: int) -> int | None:
    """The body named first after the colon, when it carries the action or is what the member supports."""
    runner = next((m for m in range(1, len(found)) if spans[m][0] >= start), None)
    if runner is None or found[runner].kind not in BODY_KINDS:
        return None
    if all(words[j].key in DEFINITE for j in range(start, spans[runner][0])):  # "… : l'association Y, qui gère"
        return runner if (explicit[runner] or {structure_role}) & _ACTING else None
    if _carried_by(words, start, spans[runner][0]):  # "Recyclerie X : portée par l'association Y, la recyclerie…"
        return runner if CARRIER in explicit[runner] else None
    return runner if SUPPORTED in explicit[runner] else None  # "… : la Ville soutient l'association Y"
