"""Finds that overlap, made one: different finders may read the same words ("par la SCIC
Ressourcerie X" is a name holding a kind's word, and a kind word then a name)."""

from __future__ import annotations

from dataclasses import replace

from rtes_kg.extract.curated import STRUCTURE
from rtes_kg.extract.names import FROM_PATTERN, FROM_REFERENCE, Found


def resolve(candidates: list[Found]) -> list[Found]:
    """Overlapping finds: the longest name wins, then the curated list, then collectivités; a find
    of the same words by another finder lends it what it lacks (a kind, a network)."""
    taken: set[int] = set()
    kept: list[Found] = []
    ordered = sorted(candidates, key=lambda c: (c.first - c.last, c.priority, c.first))
    ending: dict[int, list[Found]] = {}  # the candidates by their last word, in that order
    starting: dict[int, list[Found]] = {}
    for cand in ordered:
        ending.setdefault(cand.last, []).append(cand)
        starting.setdefault(cand.first, []).append(cand)
    for cand in ordered:
        span = set(range(cand.first, cand.last + 1))
        if span & taken:
            continue
        taken |= span
        # the same words, or the same but a leading article ("Les Jardins de Cocagne du Pays d'Aix")
        same = [c for c in ending[cand.last] if 0 <= c.first - cand.first <= 1 and c is not cand]
        for other in same:
            if other.first == cand.first + 1 and other.confidence == FROM_REFERENCE \
                    and cand.confidence == FROM_PATTERN and cand.name.split(maxsplit=1)[0].lower() in _ARTICLES:
                cand = replace(other, context=min(other.context, cand.context))  # "Les Compagnons Bâtisseurs ont
                continue  # rénové": the curated body, whatever the verb after it (no body of its own with "Les")
            if other.first == cand.first + 1 and other.context == cand.context and other.kind not in (None, cand.kind) \
                    and other.category == cand.category == STRUCTURE and cand.confidence == FROM_PATTERN:
                cand = replace(other, parent=other.parent or cand.parent)  # "par la SCIC Ressourcerie X": the
                # SCIC "Ressourcerie X" (but the "GEIQ BTP 54"); "l'ACI Emmaüs Morlaix", of Emmaüs still
                continue
            if cand.kind is None and other.kind is not None and other.category == cand.category:
                cand = replace(cand, kind=other.kind)
            if other.context < cand.context:
                cand = replace(cand, context=other.context)  # "l'association Réseau X": the kind opens its span
            if cand.parent is None and other.parent is not None and cand.category != "reseau":
                cand = replace(cand, parent=other.parent, local=other.local,
                               slug=other.slug if other.local else cand.slug)
        announced = [c.context for c in starting[cand.first] if c.last < cand.last and c.confidence == FROM_PATTERN] \
            if cand.confidence == FROM_REFERENCE else []
        if announced and min(announced) < cand.context:
            cand = replace(cand, context=min(announced))  # "l'association Les Amis de la terre": the curated
            # name goes on past the kind's find ("Les Amis"), whose kind word opens its span still
        kept.append(cand)
    return sorted(kept, key=lambda c: c.first)


_ARTICLES = frozenset({"le", "la", "les"})
