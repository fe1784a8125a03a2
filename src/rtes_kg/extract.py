"""What the free texts of a fiche name and state: organisations, figures, euro amounts.

The one entry point the parser calls; the work is done in ``orgs`` (organisations and their
roles) and ``figures`` (quantities and amounts). See docs/extraction.md.
"""

from __future__ import annotations

from dataclasses import replace

from .figures import find_amounts, find_quantities
from .lexicon import tokens
from .orgs import find_organisations
from .records import Action, Fiche, OrgMention, Quantity, StatedAmount, Text

__all__ = ["find_amounts", "find_organisations", "find_quantities", "with_findings"]


def _findings(text: Text) -> tuple[tuple[OrgMention, ...], tuple[Quantity, ...],
                                   tuple[StatedAmount, ...]]:
    words = tokens(text.text)  # read once, for both the organisations and the figures
    return (find_organisations(text.text, text.source, words),
            find_quantities(text.text, text.source, words),
            find_amounts(text.text, text.source))


def _action(action: Action) -> Action:
    mentions, quantities, amounts = _findings(Text(action.text, action.source))
    return replace(action, mentions=mentions, quantities=quantities, amounts=amounts)


def with_findings(fiche: Fiche) -> Fiche:
    """The fiche with what its actions, programme and panorama name and state.

    The budget section is left out: its amounts are the budget lines already."""
    findings = [_findings(text) for text in (fiche.programme, fiche.panorama) if text is not None]
    mentions: dict[str, OrgMention] = {}
    for found, _, _ in findings:
        for mention in found:
            mentions.setdefault(mention.slug, mention)
    return replace(
        fiche,
        actions=tuple(_action(action) for action in fiche.actions),
        mentions=tuple(mentions.values()),
        quantities=tuple(q for _, found, _ in findings for q in found),
        amounts=tuple(a for _, _, found in findings for a in found),
    )
