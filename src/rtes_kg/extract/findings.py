"""What the free texts of a fiche name and state: organisations, figures, euro amounts.

The entry point of the stage: ``read_fiches`` parses a text and adds what its free texts name and
state; the work is done in ``organisations`` (organisations and their roles) and ``figures``
(quantities and amounts). See docs/extraction.md.
"""

from __future__ import annotations

from dataclasses import replace

from rtes_kg.extract.figures import find_amounts, find_quantities
from rtes_kg.extract.lexicon import tokens
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.parse.document import parse_text
from rtes_kg.parse.issues import issue
from rtes_kg.parse.records import Action, Fiche, OrgMention, Quantity, Source, StatedAmount, Text

__all__ = ["find_amounts", "find_organisations", "find_quantities", "read_fiches", "with_findings"]


def _findings(text: Text) -> tuple[tuple[OrgMention, ...], tuple[Quantity, ...],
                                   tuple[StatedAmount, ...]]:
    """Organisations are read in the whole text (a role may be announced a line above); figures
    and amounts line by line, so that each points at its own line of the fiche."""
    mentions = find_organisations(text.text, text.source, tokens(text.text))
    quantities: list[Quantity] = []
    amounts: list[StatedAmount] = []
    for line, source in _lines(text):
        quantities.extend(find_quantities(line, source))
        amounts.extend(find_amounts(line, source))
    return mentions, tuple(quantities), tuple(amounts)


def _lines(text: Text) -> list[tuple[str, Source]]:
    lines = text.text.split("\n")
    if len(lines) != len(text.line_numbers):  # lines not known: the whole text at its first line
        return [(text.text, text.source)]
    return [(line, Source(text.source.file, number)) for line, number in zip(lines, text.line_numbers)]


def _action(action: Action) -> Action:
    mentions, quantities, amounts = _findings(Text(action.text, action.source, action.line_numbers))
    return replace(action, mentions=mentions, quantities=quantities, amounts=amounts)


def with_findings(fiche: Fiche) -> Fiche:
    """The fiche with what its actions, programme and panorama name and state.

    The budget section is left out: its amounts are the budget lines already."""
    texts = (fiche.programme, fiche.panorama, *fiche.other_sections)
    findings = [_findings(text) for text in texts if text is not None]
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


def read_fiches(text: str, file: str) -> list[Fiche]:
    """The fiches of a text (``parse.document.parse_text``), each with its findings."""
    return [_with_findings_or_issue(fiche) for fiche in parse_text(text, file)]


def _with_findings_or_issue(fiche: Fiche) -> Fiche:
    try:
        return with_findings(fiche)
    except Exception as error:  # noqa: BLE001 - an extractor bug must surface as an issue, not a crash
        found = issue("erreur-interne", fiche.source.file, fiche.source.line,
                      f"{type(error).__name__}: {error}")
        return replace(fiche, issues=(*fiche.issues, found))
