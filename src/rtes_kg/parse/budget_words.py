"""What the words around a budget amount say of it beyond its section, status and scope: the year it
counts per ("270 000 euros par an"), the bound of a figure it restates ("Environ 1 % du budget de la
ville, soit 600 000 €" is about 600 000 €), and the comparisons that say nothing of it ("(contre
180 000 € en 2022)", ", contre 480 000 € en 2022")."""

from __future__ import annotations

import re

from rtes_kg.parse.amounts import EuroAmount, qualifier_before

# Right after the amount, or after a parenthesis of its own: "270 000 euros par an", "60 000 €/an",
# "300 000 € annuels", "120 000 € (fonctionnement) par an". ("par an" whole: "par animateur" is no year)
_PER_YEAR = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:par\s+an(?:n[ée]e)?\b|/\s*an\b|annuel(?:le)?s?\b|"
                       r"chaque\s+ann[ée]e\b)", re.IGNORECASE)


# Or the label the amount follows, or the noun it is the sum of, said yearly: "Budget annuel : 120 000 €",
# "Enveloppe annuelle 2024 : 60 000 €", "une enveloppe annuelle de 80 000 €", "un budget annuel d'environ…"
_YEARLY_LABEL = re.compile(r"\b(?:annuel(?:le)?s?|par an)(?:\s+(?:19|20)\d{2})?\s*:\s*$|"
                           r"\bannuel(?:le)?s?\s+(?:de|d['’])\s*(?:l['’]ordre\s+de\s+|environ\s+|plus\s+de\s+|"
                           r"pr[èe]s\s+de\s+|moins\s+de\s+)?$", re.IGNORECASE)


def per_of(text: str, amount: EuroAmount, start: int = 0) -> str | None:
    """"an" when the words after the amount, or the label of its clause (from ``start``), say it is a
    year's; None when they say nothing of it."""
    yearly = _PER_YEAR.match(text, amount.end) or _YEARLY_LABEL.search(text, start, amount.start) \
        or _OPENS_YEARLY.search(text, max(0, amount.start - 120), amount.start)
    return "an" if yearly else None


# Or its sentence opens with it: "Chaque année, la Région consacre 350 000 € à l'ESS" (no other
# amount nor sentence between them)
_OPENS_YEARLY = re.compile(r"(?:^|[.;:!?]\s)[\s•*-]*(?:chaque\s+ann[ée]e|tous\s+les\s+ans|annuellement)\b"
                           r"[^.;:!?€\d]*$", re.IGNORECASE)


# "…, soit 600 000 €", "(soit 600 000 €": the amount restates the figure before it
_RESTATES = re.compile(r"\bsoit\s*$", re.IGNORECASE)
# a share or a rate, the same money said otherwise ("1 %", "2 € par habitant"); not a count: "plus de 40
# structures aidées, soit 300 000 €" says nothing of a bound of the 300 000 €
_FIGURE = re.compile(r"\d+(?:[\s\u00a0\u202f.,]\d+)*(?=\s*(?:%|pour ?cent\b|€|euros?\b))", re.IGNORECASE)
# The bounds a restated sum keeps; an average's sum is no average ("en moyenne 30 € par habitant, soit …").
_KEPT = frozenset({"plus-de", "environ", "moins-de", "jusqu-a"})


def restated_qualifier(text: str, amount: EuroAmount) -> str | None:
    """The amount's qualifier, or else that of the figure it restates after "soit" in its sentence:
    "Environ 1 % du budget de la ville, soit 600 000 €" gives "environ"."""
    if amount.qualifier is not None:
        return amount.qualifier
    said = _RESTATES.search(text, 0, amount.start)
    if said is None:
        return None
    start = max(text.rfind(mark, 0, said.start()) for mark in (". ", "; ", "! ", "? ")) + 1
    figures = list(_FIGURE.finditer(text, start, said.start()))
    qualifier = qualifier_before(text[:figures[-1].start()]) if figures else None
    return qualifier if qualifier in _KEPT else None


# A parenthesis that compares the amount with another says nothing of its year, status or scope,
# and its amount is no line: "210 000 € (en hausse de 25 000 €)", "(contre 180 000 € réalisés en
# 2024)", "(multiplié par 2 depuis 2020)". Blanked out, not removed: offsets still hold.
_COMPARISON = re.compile(r"\(\s*(?:contre|vs\.?|versus|par rapport|comparé|en (?:hausse|baisse|progression|"
                         r"augmentation|diminution|recul)|multipli|doubl|tripl|stable|[+-]\s*\d|"
                         r"soit une? (?:hausse|baisse|augmentation|progression)|"
                         # another year's or status's amount beside it: "(2023 : 250 000 €)", "(réalisé : 280 000 €)"
                         r"(?:(?:19|20)\d\d|réalisée?|prévue?|prévisionnel(?:le)?|votée?|exécutée?)\s*:)"
                         # to its end, or to a comma: "(en baisse, hors fonds européens)" keeps its scope
                         r"(?:[^(),]|(?<=\d),(?=\d))*(?:\)|(?=,))", re.IGNORECASE)
# … or after a comma, to the sentence's end: "540 000 € en 2024, contre 480 000 € en 2022."
_COMPARED_AFTER_COMMA = re.compile(r",\s*(?:contre|par rapport à|comparé à)\s[^.;()]*", re.IGNORECASE)


def without_comparisons(text: str) -> str:
    """``text`` with its comparisons blanked out (their offsets kept): another year's or status's
    amount says nothing of the amount beside it."""
    blanked = _COMPARED_AFTER_COMMA.sub(lambda found: " " * len(found.group(0)), text)
    return _COMPARISON.sub(lambda found: " " * len(found.group(0)), blanked)
