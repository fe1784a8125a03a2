"""The euro amounts a free text states (``rtes:montantCite``), with what a reader needs not to add
them up wrongly: the unit an amount is per ("5 € par panier", "2,70 € le repas": ``per``) and the
whole an amount is a part of ("220 000 € (dont 150 000 € en investissement)": ``part_of``). A
target, a forecast, a value compared with or where a change started is stated as no amount, as it
is stated as no figure (``nonfigures``), and so is a whole network's total (docs/extraction.md).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from rtes_kg.extract.described import Others, describes_another
from rtes_kg.extract.lexicon import sentence_bounds, singular
from rtes_kg.extract.nonfigures import euro_ratio, nationwide, no_figure_here, opens_a_change
from rtes_kg.parse.amounts import EuroAmount, euro_amounts
from rtes_kg.parse.records import Source, StatedAmount

__all__ = ["find_amounts"]

# What an amount is per: "par panier", "/ mois", "par personne et par an", "le repas" (at a clause's
# end: not "le mois dernier"); never "par la Ville" (who pays) nor "par convention" (how it is paid).
_PROCEDURES = r"(?:convention|délibération|deliberation|décision|decision|arrêté|arrete|avenant|contrat|voie|biais)s?\b"
_NOT_A_UNIT = r"(?!(?:la|le|les|l['’]|un|une|des|ses|son|sa|leur)\b)"  # "par la Région": a giver, no unit
_PER = re.compile(r"\s*(?:(?:par|/)\s*" + _NOT_A_UNIT + r"(?!" + _PROCEDURES + r")"
                  # "par mois et par poste" (not "par an et par la Région")
                  r"(?P<per>[^\W\d_][\w-]*)(?:\s+et\s+par\s+" + _NOT_A_UNIT + r"(?P<also>[^\W\d_][\w-]*))?|"
                  r"(?:le|la|l['’])\s*(?P<each>[^\W\d_][\w-]*)(?=\s*(?:[,.;:)]|$|\s+(?:et|aux?|à|pour)\b))|"
                  r"(?P<everyone>chaque année|chaque mois)|(?P<piece>pièce|l['’]unité)\b|"  # "à 12,50 € pièce"
                  # "3 000 € à chacune des 15 associations"
                  r"(?:à|pour) chacune? des (?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|"
                  r"vingt)\s+)?(?P<among>[^\W\d_][\w-]*))", re.IGNORECASE)
_EACH_LATER = re.compile(r"[^.;,()€]{0,40}?\b(?:à|pour) chacune? des (?:\d+\s+)?(?P<among>[^\W\d_][\w-]*)",
                         re.IGNORECASE)
# What the amount is the price of, said before it: "500 parts sociales de 100 €"
_PRICE_OF = re.compile(r"\b(?P<unit>part|action)s?(?:\s+sociales?)?\s+de\s*$|"
                       # each of a counted lot: "14 prêts de 3 000 € à 8 000 €", "12 bourses de 1 500 €"
                       r"\b\d[\d\s\u00a0\u202f]*\s+(?P<each>prêt|subvention|bourse|aide|avance|microcrédit)s"
                       r"(?:\s+d['’]honneur)?\s+(?:de\s*)?$", re.IGNORECASE)  # ("de" in a range's words)
_EVERY = {"chaque année": "an", "chaque mois": "mois"}
_EVERY_BEFORE = re.compile(r"\b(chaque année|chaque mois)\s+(?:(?:environ|près de|plus de)\s+)?$", re.IGNORECASE)
# "une subvention annuelle de 60 000 €", "Subvention annuelle : 60 000 €", "une aide mensuelle de 500 €"
_RATE_BEFORE = re.compile(r"\b(?:subvention|aide|dotation|participation|contribution|cotisation|enveloppe|allocation|"
                          r"financement|soutien|loyer)s?\s+(?P<rate>annuel|mensuel)(?:le)?s?\s*(?:de\s+|:\s*)"
                          r"(?:(?:environ|près de|plus de)\s+)?$", re.IGNORECASE)
_RATES = {"annuel": "an", "mensuel": "mois"}
# A part of the amount before it: "220 000 € (dont 150 000 € … et 70 000 € …)", "270 000 €, dont 120 000 €"
_PART = re.compile(r"(?:^|[\s,(])dont\s+(?:(?:environ|près de|plus de|moins de)\s+)?$", re.IGNORECASE)
_NEXT_PART = re.compile(r"^[^.;()€]{0,60}?\bet\s+(?:(?:environ|près de|plus de|moins de)\s+)?$", re.IGNORECASE)

_AVERAGE_AFTER = re.compile(r"\s*(?:en moyenne|de moyenne)\b", re.IGNORECASE)  # "soit 25 000 € en moyenne"
# An amount pointed back at: "ces 20 000 €", "cette somme de 20 000 €", "ce montant de 20 000 €"
_SAID_AGAIN = re.compile(r"(?:^|[\s,;(])(?:ces|cette somme de|ce montant de|cette enveloppe de|"
                         r"cette subvention de|cette aide de)\s*$", re.IGNORECASE)


def find_amounts(text: str, source: Source, *, others: Others = frozenset()) -> tuple[StatedAmount, ...]:
    """The euro amounts of a text; "entre 5 000 € et 10 000 €" is one amount with a maximum. None
    is the budget of one of ``others``, the partners and networks the text names (``described``),
    nor a side of a ratio per euro.

    >>> [(str(a.euros), str(a.maximum)) for a in find_amounts("entre 5 000 € et 10 000 €", Source("f", 1))]
    [('5000', '10000')]
    >>> [(str(a.euros), a.per) for a in find_amounts("Une aide de 5 € par panier.", Source("f", 1))]
    [('5', 'panier')]
    """
    bounds = sentence_bounds(text)
    starts = [start for start, _ in bounds]
    found: list[StatedAmount] = []
    whole: StatedAmount | None = None  # the last amount that is no part: what a "dont" part is part of
    parts_open = False  # a "dont" list goes on: "(dont 150 000 € … et 70 000 € …)"
    previous_end = 0
    said: set[tuple[Decimal | None, Decimal | None]] = set()
    for amount in euro_amounts(text):
        at = bisect.bisect_right(starts, amount.start) - 1
        start, end = bounds[at] if at >= 0 and amount.start < bounds[at][1] else (0, len(text))
        if nationwide(text, amount.end) or no_figure_here(text, start, amount.start, amount.end, end):
            continue  # "vise un chiffre d'affaires de 3 M€", "(contre 150 000 €)": no amount of today
        if describes_another(text, amount.start, others, amount=True) \
                or euro_ratio(text, start, amount.start, amount.end, amount.euros == 1 and amount.maximum is None):
            continue  # "La CAF (budget de 62 M€)", "chaque euro investi mobilise 7 €": not the action's money
        before = text[max(start, previous_end): amount.start]
        part = _PART.search(before) is not None or (parts_open and _NEXT_PART.match(before) is not None)
        euros, maximum, raw = amount.euros, amount.maximum, " ".join(amount.raw.split())
        first_digit = re.search(r"\d", amount.raw)
        if maximum is not None and first_digit and opens_a_change(text, amount.start + first_digit.start()):
            # "est passé de 1,9 M€ à 4,3 M€": no range, the amount of today only
            euros, maximum, raw = maximum, None, raw[raw.rfind(" à ") + 3:] if " à " in raw else raw
        if _SAID_AGAIN.search(before) and (euros, maximum) in said:
            continue  # "reçoit 20 000 € par an ; ces 20 000 € financent l'atelier": the same money
        said.add((euros, maximum))
        average = amount.qualifier is None and _AVERAGE_AFTER.match(text, amount.end) is not None
        qualifier = "moyenne" if average else amount.qualifier
        stated = StatedAmount(euros, maximum, raw, qualifier, source, per=_per(text, amount),
                              part_of=whole if part else None, year=_year(text, start, end, amount))
        found.append(stated)
        parts_open = part and whole is not None
        if not part:
            whole = stated
        previous_end = amount.end
    return tuple(found)


# The year said right after an amount: "45 000 € en 2023", "(2023)", "au titre de 2024" (not "en
# 2023-2024", a period; nor "en 2023 et 2024")
_YEAR_AFTER = re.compile(r"\s*(?:par an\s+)?(?:\(\s*((?:19|20)\d\d)\s*\)|"  # ("(2023 : 250 000 €)": another's)
                         r"(?:en|pour|au titre de(?: l['’]année)?|sur l['’]année)\s+"
                         r"((?:19|20)\d\d)(?!\d|\s*[-–/]\s*(?:19|20)?\d\d\b|"
                         # (but "45 000 € en 2022 et 50 000 € en 2023": another amount, no period)
                         r"\s*(?:et|à)\s*(?:en\s+)?(?:19|20)\d\d\b(?![\s\u00a0\u202f]*\d)))", re.IGNORECASE)
# A sentence that opens with its year: "En 2023, la Ville a versé 45 000 €…"
_YEAR_FIRST = re.compile(r"\s*(?:[•*-]\s*)?en\s+((?:19|20)\d\d)\s*,", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# the giver or the noun of an amount, then its rhythm or its year: "85 000 € du Département chaque
# année", "20 000 € de subvention par an", "20 000 € de la Ville en 2023"
_ITS_GIVER = r"\s*(?:de la|de l['’]|du|des|de|d['’])\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,3}?"
_EVERY_AFTER_ITS_GIVER = re.compile(_ITS_GIVER + r"\s+(?:chaque (?P<every>année|mois)|par (?P<per>an|mois))\b",
                                    re.IGNORECASE)
_YEAR_AFTER_ITS_GIVER = re.compile(_ITS_GIVER + _YEAR_AFTER.pattern, re.IGNORECASE)


def _year(text: str, start: int, end: int, amount: EuroAmount) -> int | None:
    """The year of an amount: said right after it, or opening its sentence when the sentence says
    no other year."""
    after = _YEAR_AFTER.match(text, amount.end) or _YEAR_AFTER_ITS_GIVER.match(text, amount.end)
    if after is not None:
        return int(after.group(1) or after.group(2))
    first = _YEAR_FIRST.match(text, start)
    if first is not None and len(set(_ANY_YEAR.findall(text, start, end))) == 1:
        return int(first.group(1))
    return None


def _per(text: str, amount: EuroAmount) -> str | None:
    """What the amount is per, as written ("panier", "poste", "an", "mois et poste"), or None."""
    said = _PER.match(text, amount.end)
    if said is None and (giver := _EVERY_AFTER_ITS_GIVER.match(text, amount.end)):
        return "an" if (giver["every"] or giver["per"]).casefold() in {"année", "an"} else "mois"
    if said is None and (before := _EVERY_BEFORE.search(text, max(0, amount.start - 30), amount.start)):
        return _EVERY[" ".join(before.group(1).casefold().split())]  # "verse chaque année 30 000 €"
    if said is None and (rate := _RATE_BEFORE.search(text, max(0, amount.start - 50), amount.start)):
        return _RATES[rate["rate"].casefold()]  # "une subvention annuelle de 60 000 €"
    if said is None:
        price = _PRICE_OF.search(text, max(0, amount.start - 40), amount.start)
        each = _EACH_LATER.match(text, amount.end)  # "2 000 € a été versée à chacune des 15 associations"
        return (price["unit"] or price["each"]).casefold() if price else _one_of(each["among"]) if each else None
    if said["everyone"]:
        return _EVERY[" ".join(said["everyone"].casefold().split())]
    if said["piece"]:
        return "pièce" if said["piece"].casefold() == "pièce" else "unité"
    if said["also"]:
        return f"{said['per']} et {said['also']}".casefold()
    return _one_of(said["among"]) if said["among"] else (said["per"] or said["each"]).casefold()


def _one_of(among: str) -> str:
    """One of the bodies an amount goes to each of: "tiers-lieu" for "chacun des 6 tiers-lieux"."""
    *first, last = among.casefold().split("-")
    return "-".join([*first, singular(last)])
