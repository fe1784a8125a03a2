"""Figures stated in a free text ("170 T/an", "environ 45 bénévoles", "une trentaine d'emplois")
and its euro amounts ("1.7 M€", "entre 5 000 € et 10 000 €"). Pure; see docs/extraction.md.

A number is a figure only when a unit (t, kg, m³, ETP) or a counted noun of the scheme
objet-compte (ontology/concepts.ttl) follows it: years, dates, durations, postcodes, phone numbers
and ordinals ("7ème édition") are not figures.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from rtes_kg.extract.counted import Noun, noun_after, noun_of_a_change, noun_said_before, part_noun
from rtes_kg.extract.dating import YearOfClauses, years_of_clauses
from rtes_kg.extract.described import Others, describes_another
from rtes_kg.extract.lexicon import NUMBER_WORDS, PARTICIPLE_ENDINGS, RATE_NOUNS, Token, sentence_bounds, tokens
from rtes_kg.extract.nonfigures import (
    a_change_to,
    an_equivalence,
    no_figure_here,
    without_ratios,
    without_titled_numbers,
)
from rtes_kg.parse.amounts import euro_amounts, qualifier_before
from rtes_kg.parse.records import Quantity, Source

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?|[1-9]\d{0,2}(?:\.\d{3}){2,}|\d+(?:[.,]\d+)?"
_BOTH = re.compile(r"\b(?:tous|toutes)\s+$", re.IGNORECASE)
_ABOUT = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
          "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
          "millier": 1000}
_NUMBER = re.compile(
    rf"(?<![\w.,/-])(?:(?P<digits>{_DIGITS})(?:\s+(?P<scale>millions?|milliards?)(?=\s+d(?:e\s|['’])))?"
    rf"|(?:une?\s+)(?P<about>{'|'.join(_ABOUT)})s?"
    rf"|(?P<word>{'|'.join(NUMBER_WORDS)}))(?:(?![\w])|(?=(?:m[2²3³]|ha|kg|km|t)(?![\w])))",  # "120m²"
    re.IGNORECASE)
_DOT_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_OF_AFTER_SCALE = re.compile(r"\s+d(?:e\s+|['’])")
# (regex, unit code, counted code). "T/an", "tonnes", "m3", "m³", "ETP"…
_UNITS = (
    (re.compile(r"(?:t|tonnes?)(?![\w])", re.IGNORECASE), "tonne", "tonnage"),
    (re.compile(r"(?:kg|kilos?|kilogrammes?)(?![\w])", re.IGNORECASE), "kilogramme", "tonnage"),
    (re.compile(r"(?:m3|m³|m\^3|mètres? cubes?|metres? cubes?)(?![\w])", re.IGNORECASE),
     "metre-cube", "volume"),
    (re.compile(r"(?:etp|équivalents? temps pleins?|equivalents? temps pleins?)(?![\w])",
                re.IGNORECASE), "etp", "etp"),
    # a surface: "un entrepôt de 1 800 m²", "cultive 4 hectares"
    (re.compile(r"(?:m2|m²|m\^2|mètres? carrés?|metres? carres?)(?![\w])", re.IGNORECASE), "metre-carre", "surface"),
    (re.compile(r"(?:ha|hectares?)(?![\w])", re.IGNORECASE), "hectare", "surface"),
    # a length of something made or kept: "30 km de haies", "12 kilomètres de sentiers" (not a
    # distance, "à 15 km de Rennes", "à 5 km de là": see _DISTANCE)
    (re.compile(r"(?:km|kilomètres?|kilometres?)(?=\s+(?:de\s+|d['’])(?!là\b|rayon\b)[^\W\d_A-Z])"),
     "kilometre", "longueur"),
    # energy and power: "produit 2 GWh par an", "une centrale de 36 kWc", "une chaufferie de 1,2 MW"
    (re.compile(r"(?:kwh|kilowatt-?heures?|kilowattheures?)(?![\w])", re.IGNORECASE), "kilowatt-heure", "energie"),
    (re.compile(r"(?:mwh|mégawatt-?heures?|mégawattheures?)(?![\w])", re.IGNORECASE), "megawatt-heure", "energie"),
    (re.compile(r"(?:gwh|gigawatt-?heures?|gigawattheures?)(?![\w])", re.IGNORECASE), "gigawatt-heure", "energie"),
    (re.compile(r"(?:kwc|kwp|kilowatts?[- ]crêtes?)(?![\w])", re.IGNORECASE), "kilowatt-crete", "puissance"),
    (re.compile(r"(?:mwc|mwp|mégawatts?[- ]crêtes?)(?![\w])", re.IGNORECASE), "megawatt-crete", "puissance"),
    (re.compile(r"(?:kw|kilowatts?)(?![\w])", re.IGNORECASE), "kilowatt", "puissance"),
    (re.compile(r"(?:mw|mégawatts?)(?![\w])", re.IGNORECASE), "megawatt", "puissance"),
    # hours of something, a duration: "18 500 heures d'insertion" (not a time of day, "de 9 heures à 18 heures")
    (re.compile(r"heures?\s+(?:d['’]|de\s+|du\s+)[^\W\d][\w'’-]*", re.IGNORECASE), "heure", "duree"),
    # or hours worked: "22 000 heures en 2023", "depuis 2015", "22 000 heures réalisées", "soit 500 000 heures."
    # (no hour of a day is: `_HOURS_WORKED`)
    (re.compile(r"heures(?=\s+(?:(?:en|depuis)\s+(?:19|20)\d\d\b|(?:(?:ont\s+été|sont)\s+)?(?:réalisées|effectuées|"
                r"travaillées))|\s*[.;)])",
                re.IGNORECASE), "heure", "duree"),
)
_HOURS_WORKED = 100  # "22 000 heures en 2023" were worked; "18 heures en 2023" may be an hour of a day
_DISTANCE = re.compile(r"\bà\s+(?:moins\s+de\s+|plus\s+de\s+|environ\s+|près\s+de\s+)?$", re.IGNORECASE)
_PER_YEAR_UNIT = re.compile(r"\s*(?:/\s*an|par\s+an|par\s+année|/\s*année)(?![\w])", re.IGNORECASE)
# "400 tonnes d'objets par an", "18 000 tonnes réemployées par an"
_PER_YEAR_AFTER_WHAT = re.compile(r"\s*(?:(?:de |d['’]|des )[^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*){0,5}?"
                                  r"(?: \([^()\d]{1,30}\))?|"  # "de déchets électriques et électroniques (DEEE)"
                                  r"[^\W\d]+(?:ée?s?|ies?|uites?))"
                                  r"\s*(?:/\s*an|par\s+an|par\s+année)(?![\w])", re.IGNORECASE)
_WHAT_AFTER_UNIT = re.compile(  # "2 tonnes de textiles par jour": what is weighed, then the rate
    r"\s*(?:de |d['’]|des )[^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*){0,3}?(?=\s*(?:par|/|chaque)\b)", re.IGNORECASE)
# One word, or a passive, between a figure and its rate: "5 repas partagés par semaine", "140 trajets
# sont réalisés chaque mois".
_WORD_BEFORE_RATE = re.compile(r"\s*(?:(?:sont|est|ont été|a été)\s+)?[^\W\d][\w'’-]*(?=\s*(?:par|/|chaque)\b)",
                               re.IGNORECASE)
# A figure with no unit of its own is per year when its sentence says so; "/an" and "par an" are
# read only right after a unit ("170 T/an"), not as a cue for the other figures of the sentence.
_PER_YEAR_SENTENCE = re.compile(r"chaque année|annuellement|tous les ans|par année", re.IGNORECASE)
# A shorter rhythm said before a figure of its clause: "prépare chaque jour 4 500 repas et valorise
# chaque année 20 tonnes" (the meals are per day, the tonnes per year).
_SHORTER_RHYTHM_BEFORE = re.compile(r"\b(?:chaque|tous les|toutes les) (?P<per>jour|semaine|mois)s?\b[^,;:()]{0,40}$",
                                    re.IGNORECASE)
_CLAUSE_MARKS = (",", ";", ":", "(", ")")
_AND_A_VERB = re.compile(r"\s(?:et|puis)\s+(?!\d|plus|près|environ|une?\s)[^\W\d]", re.IGNORECASE)
# "et" then a word shaped as a verb of the present (an auxiliary, or ending in -e, -ent): another
# clause, whose "chaque année" is no rate of the figures before it ("et co-organise chaque année")
_AND_A_VERB_OF_ITS_OWN = re.compile(r"\s(?:et|puis)\s+(?:(?:a|ont|est|sont)\s|(?!(?:une|de|des|la|le|les|autre)\b)"
                                    r"[^\W\d][\w’'-]*?(?:e|ent)\b)", re.IGNORECASE)
# The lower bound of a range before a figure: "entre 10 et 15 emplois", "de 20 à 30 personnes",
# "40 à 60 usagers" (a whole number, not a year: "en 2019 à 40 salariés" is no range).
_RANGE_LOW = re.compile(r"(?:\b(?:entre|de)\s+\d[\d\s.,]{0,12}?\s+(?:et|à|a)|"
                        r"(?<![\d.,])(?<!\d )(?!(?:19|20)\d\d\b)\d[\d\s.,]{0,12}?\s+à)\s+$", re.IGNORECASE)
_CURRENCY_HINT = re.compile(r"€|eur", re.IGNORECASE)
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# What a figure counts per: "30 emplois par site", "45 000 repas par an".
# "12 t/an", "par semaine", and "80 repas chaque jour"
_PER = re.compile(rf"\s*(?:par|/)\s*(?P<per>{'|'.join(RATE_NOUNS)})s?\b|"
                  r"\s*(?:chaque|tous les|toutes les) (?P<each>jour|semaine|mois)s?\b|"
                  r"\s*(?P<adjective>quotidien(?:ne)?s?|journali(?:er|ère)s?|hebdomadaires?|mensuel(?:le)?s?|"
                  r"annuel(?:le)?s?)\b", re.IGNORECASE)  # "200 repas quotidiens", "300 tonnes annuelles"
# The rate an adjective says, by its first letters
_RATE_OF_ADJECTIVE = {"quo": "jour", "jou": "jour", "heb": "semaine", "men": "mois", "ann": "an"}
_SHORTER_THAN_A_YEAR = frozenset({"jour", "semaine", "mois"})
_DESKS = re.compile(r"\b(?:co-?working|cotravail|bureaux|ordinateurs?|informatiques?|partagés)\b", re.IGNORECASE)


def _value(match: re.Match) -> tuple[Decimal | None, bool]:
    if match["about"]:
        return Decimal(_ABOUT[match["about"].casefold()]), True
    if match["word"]:
        return Decimal(NUMBER_WORDS[match["word"].casefold()]), False
    digits = re.sub(r"[ \u00a0\u202f\u2009]", "", match["digits"])
    # "1.200 vélos", "2.300 adhérents": French also groups thousands with a dot; "2.5 ETP" is a decimal
    digits = digits.replace(".", "") if _DOT_GROUPED.fullmatch(digits) else digits.replace(",", ".")
    try:
        value = Decimal(digits).normalize() if "." in digits else Decimal(digits)
    except InvalidOperation:
        return None, False
    if match["scale"]:  # "1,8 million de litres"
        value = (value * (10 ** 9 if match["scale"].casefold().startswith("milliard") else 10 ** 6)).normalize()
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return value, False


def _is_year(match: re.Match) -> bool:
    digits = match["digits"] or ""
    return bool(re.fullmatch(r"(?:19|20)\d{2}", digits))


_AND_A_HALF = re.compile(r"\s+et\s+demie?(?![\w-])", re.IGNORECASE)


def _per_year_spans(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Where "chaque année" is said of the figures: its own clause ("18 salariés en insertion, 150
    tonnes réemployées chaque année": the tonnes only), or the whole sentence it opens ("Chaque
    année, 40 ateliers et 600 repas")."""
    spans = []
    for match in _PER_YEAR_SENTENCE.finditer(sentence):
        if not sentence[: match.start()].strip(" \u00a0•-–—*"):
            return [(offset, offset + len(sentence))]
        start = max(sentence.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        ends = [end for end in (sentence.find(mark, match.end()) for mark in _CLAUSE_MARKS) if end >= 0]
        end = min(ends, default=len(sentence))
        ahead = _NUMBER.search(sentence, match.end(), end)
        between = sentence[match.end(): ahead.start()].split() if ahead is not None else []
        forward = ahead is not None and len(between) <= 2 and "et" not in between  # "chaque année 20 tonnes"
        if forward and ahead is not None and (verb := _AND_A_VERB.search(sentence, ahead.end(), end)):
            end = verb.start()  # "reconditionne chaque année 3 200 appareils et emploie 42 personnes"
        if not forward and _NUMBER.search(sentence, start, match.start()):
            # after its figures, it is said of them only: "collecte 4 500 tonnes chaque année et
            # emploie 95 salariés", "porte 6 ateliers et accompagne 240 personnes chaque année"
            end = match.end()
            joined = sentence.rfind(" et ", start, match.start())
            if joined >= 0 and (_NUMBER.search(sentence, joined, match.start())
                                or _AND_A_VERB_OF_ITS_OWN.match(sentence, joined)):
                start = joined  # (nor of the figures of another verb: "anime un réseau de 60
                # structures et co-organise chaque année le Mois de l'ESS": not 60 a year)
        spans.append((offset + start, offset + end))
    return spans


def find_quantities(text: str, source: Source, words: list[Token] | None = None, *,
                    others: Others = frozenset()) -> tuple[Quantity, ...]:
    """The figures of a text, in order; none that describes one of ``others``, the partners and
    networks the text names (``described``).

    >>> [(str(q.value), q.unit, q.counted)
    ...  for q in find_quantities("Elle réemploie 170 T/an grâce à environ 45 bénévoles.", Source("f", 1))]
    [('170', 'tonne-par-an', 'tonnage'), ('45', 'nombre', 'benevoles')]
    """
    masked = _LINK.sub(lambda m: " " * len(m.group(0)), text) if "/" in text else text
    masked = without_ratios(without_titled_numbers(masked))
    numbers = list(_NUMBER.finditer(masked))
    if not numbers:
        return ()
    money = ([(a.start, a.end) for a in euro_amounts(masked)]
             if _CURRENCY_HINT.search(masked) else [])
    # Words inside a link are never read: a counted noun must follow a number outside links.
    words = tokens(masked) if words is None else words
    bounds = sentence_bounds(masked)
    starts = [start for start, _ in bounds]
    sentences: dict[int, tuple[YearOfClauses, list[tuple[int, int]]]] = {}
    found = []
    whole = None  # the counted noun of the figure before, as a "dont" part narrows it
    measured: tuple[str, Noun] | None = None  # the unit of the last figure measured, as a bare number repeats it
    # the sentence of the last figure that is no part, and its last such figure of each measure ("": any)
    whole_sentence, wholes = -1, dict[str, Quantity]()
    after_part: int | None = None  # where the last "dont" part ends: the parts listed after it are parts too
    for number in numbers:
        index = bisect.bisect_right(starts, number.start()) - 1
        end = bounds[index][1]
        if index not in sentences:
            sentence = masked[bounds[index][0]: end]
            sentences[index] = (years_of_clauses(sentence), _per_year_spans(sentence, bounds[index][0]))
        years, per_year_spans = sentences[index]
        per_year_sentence = any(a <= number.start() < b for a, b in per_year_spans)
        at = bisect.bisect_right(money, (number.start(), len(masked))) - 1  # amounts in order, apart
        if at >= 0 and number.start() < money[at][1]:
            continue
        if number["word"] and _BOTH.search(masked, max(0, number.start() - 8), number.start()):
            continue  # "toutes deux implantées à Montreuil": the bodies just named, no figure
        digits = number["digits"] or ""
        if digits.startswith("0") and len(digits) > 1 and "," not in digits and "." not in digits:
            continue  # "03 81…": a phone number
        value, about = _value(number)
        if value is None:
            continue
        changed = noun_of_a_change(masked, words, number.start(), number.end(), bounds[index][0]) \
            if number["digits"] else None  # "salariés passés de 22 en 2022 à 25 en 2023": both ends dated
        if changed is None and no_figure_here(masked, bounds[index][0], number.start(), number.end(), end):
            continue  # "vise 60 emplois d'ici 2026", "qui doit transformer 150 tonnes": a target, not a figure
        if describes_another(masked, number.start(), others):
            continue  # "France Bénévolat, qui compte 1 500 bénévoles": the partner's, not the action's
        after = number.end()
        if number["scale"] and (of := _OF_AFTER_SCALE.match(masked, after)) is not None:
            after = of.end()  # "1,8 million de litres": the unit after "de"
        rest = masked[after:end]
        gap = len(rest) - len(rest.lstrip(" \u00a0"))
        unit = counted = None
        yearly = False  # "500 MWh par an": a unit's rate, said as rtes:par
        for pattern, unit_code, counted_code in _UNITS:
            unit_match = pattern.match(masked, after + gap, end)
            if unit_match and unit_code == "kilometre" \
                    and _DISTANCE.search(masked, max(0, number.start() - 20), number.start()):
                break  # "située à 15 km de la gare": where, no figure
            if unit_match and unit_match.group(0).casefold() == "heures" and value < _HOURS_WORKED:
                break  # "de 9 heures à 18 heures en 2023": hours of a day
            if unit_match:
                unit, counted, unit_end = unit_code, counted_code, unit_match.end()
                break
        if unit is not None:
            per_year_match = _PER_YEAR_UNIT.match(masked, unit_end, end)
            written_end = per_year_match.end() if per_year_match else unit_end
            per_year = per_year_match is not None or (unit == "tonne" and per_year_sentence) \
                or _PER_YEAR_AFTER_WHAT.match(masked, unit_end, end) is not None  # "400 tonnes d'objets par an"
            unit_text = masked[after + gap: written_end].strip()
            if per_year and unit == "tonne":
                unit = "tonne-par-an"
                if per_year_match is None:
                    unit_text += "/an"
            yearly = per_year_match is not None and unit != "tonne-par-an"
            noun_end = written_end
            measured = unit, (counted, unit_text, written_end)
        elif not _is_year(number) and (again := _measured_again(masked, words, number, measured, bounds[index][0])):
            unit, (counted, unit_text, noun_end) = again  # "210 tonnes collectées en 2022 et 260 en 2023"
        else:
            if _is_year(number):
                continue
            noun = changed or noun_after(masked, words, after) or part_noun(masked, after, end, whole, number.start())
            repeated = None if noun else noun_said_before(masked, whole, number.start(), after, bounds[index][0])
            whole = noun = noun or repeated
            if noun is None:
                continue
            counted, unit_text, noun_end = noun
            if counted == "emplois" and _DESKS.search(masked, max(0, number.start() - 20), noun_end + 24):
                counted = None  # "un coworking de 18 postes", "12 postes informatiques": desks, no jobs
            unit = "nombre-par-an" if per_year_sentence else "nombre"
            if per_year_sentence:
                unit_text += "/an"
        if counted not in ("etp", "emplois") and an_equivalence(masked, number.start()):
            continue  # "soit l'équivalent de 3,6 millions de repas", "de quoi alimenter 100 foyers": none served
        if _A_PROPORTION.match(masked, noun_end):
            continue  # "trois emplois sur quatre", "8 projets sur 10": a share, no count (not "sur 3 ans")
        if (half := _AND_A_HALF.match(masked, noun_end, end)) is not None:
            value, noun_end = value + Decimal("0.5"), half.end()  # "deux ETP et demi"
        per_match = _PER.match(masked, noun_end, end)
        if per_match is None and not unit.endswith("-par-an"):  # "2 tonnes de textiles par jour", "5 repas
            # partagés par semaine"
            what = _WHAT_AFTER_UNIT.match(masked, noun_end, end) or _WORD_BEFORE_RATE.match(masked, noun_end, end)
            per_match = _PER.match(masked, what.end(), end) if what else None
        per = None if per_match is None else _RATE_OF_ADJECTIVE[per_match["adjective"][:3].casefold()] \
            if per_match["adjective"] else (per_match["per"] or per_match["each"]).casefold()
        rhythm = _SHORTER_RHYTHM_BEFORE.search(masked, max(bounds[index][0], number.start() - 60),
                                               number.start()) if per is None else None
        if rhythm is not None:
            per = rhythm["per"].casefold()
        if per is None and yearly:
            per = "an"
        if unit in ("nombre", "tonne") and per in ("an", "année"):  # "15 000 visiteurs/an": as "chaque année"
            unit, unit_text, per = unit + "-par-an", unit_text + "/an", None  # the unit says it once
        elif unit.endswith("-par-an") and per in ("an", "année"):
            per = None  # "80 000 bocaux par année": said by the unit already
        elif per in _SHORTER_THAN_A_YEAR and per_year_sentence and unit_text.endswith("/an"):
            # "350 paniers par semaine", though "chaque année" is said elsewhere in the sentence
            unit, unit_text = {"nombre-par-an": "nombre", "tonne-par-an": "tonne"}.get(unit, unit), unit_text[:-3]
        qualifier = qualifier_before(masked[max(0, number.start() - 40): number.start()])
        raw_start = number.start()
        bound = _RANGE_LOW.search(masked, max(0, number.start() - 40), number.start())
        minimum = None
        if bound is not None and qualifier is None and not a_change_to(masked, number.start()):
            # "entre 10 et 15 emplois": 15 is an upper bound, not the count ("jusqu'à 15" is true), 10 the lower
            qualifier, raw_start = "jusqu-a", bound.start()
            low = _NUMBER.search(masked, bound.start(), bound.end())  # (not "de 1,5 à 2 millions": its scale unsaid)
            minimum = _value(low)[0] if low is not None and low["digits"] and not number["scale"] else None
        elif qualifier is not None:
            lead = re.search(r"(?:environ|env|(?<!au)près de|(?<!au)pres de|plus de|plus d['’]|au moins|moins de|"
                             r"jusqu['’]à|approximativement|quelque|autour de)\s*$",
                             masked[max(0, number.start() - 30): number.start()], re.IGNORECASE)
            if lead:
                raw_start = number.start() - (len(lead.group(0)))
        part = _A_PART.search(masked, max(bounds[index][0], number.start() - 30), number.start()) or (
            after_part is not None and _NEXT_PART.fullmatch(masked, after_part, number.start()))
        # ("312 sociétaires, dont 280 citoyens, 12 entreprises et 3 collectivités": 12 and 3 of them too)
        # "12 personnes (8 ETP), dont 3 encadrants": 3 of the 12 people (else the last: "320 tonnes, dont 180…")
        part_of = wholes.get(_measure(unit), wholes.get("")) if part and whole_sentence == index else None
        if part_of is not None and counted is None and unit_text.endswith(PARTICIPLE_ENDINGS):
            unit, unit_text, counted = part_of.unit, part_of.unit_text, part_of.counted  # "320 tonnes, dont
            # 180 réemployées": 180 tonnes
        found.append(Quantity(
            value=value, raw=" ".join(masked[raw_start:noun_end].split()), unit_text=unit_text,
            unit=unit, counted=counted, approximate=about or qualifier == "environ",
            qualifier=qualifier, year=years.at(number.start() - bounds[index][0]), source=source, per=per,
            minimum=minimum if minimum is not None and minimum < value else None,
            part_of=part_of))
        after_part = noun_end if found[-1].part_of is not None else None
        if found[-1].part_of is None:  # what a "dont" part of this sentence is a part of
            whole_sentence, wholes = index, wholes if whole_sentence == index else {}
            wholes[_measure(unit)] = wholes[""] = found[-1]
    return tuple(found)


def _measure(unit: str) -> str:
    """What a unit measures, whatever the time it is counted over: "tonne" for "tonne-par-an"."""
    return unit.removesuffix("-par-an")


def _measured_again(text: str, words: list[Token], number: re.Match, measured: tuple[str, Noun] | None,
                    sentence_start: int) -> tuple[str, Noun] | None:
    """The unit of the figure measured before, for a bare number that repeats it with a year of its
    own: "210 tonnes collectées en 2022 et 260 en 2023" (not a number with a noun of its own)."""
    if measured is None or noun_after(text, words, number.end()) is not None:
        return None
    again = noun_said_before(text, measured[1], number.start(), number.end(), sentence_start)
    return None if again is None else (measured[0], again)


# "sur" and a small total with no noun of its own, then a verb, a participle or the clause's end
_A_PROPORTION = re.compile(r"\s+sur\s+(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
                          r"(?=\s*(?:[,.;:)]|$)|\s+(?:ont|sont|est|a|restent|\w+(?:é|ée|és|ées))\b)", re.IGNORECASE)
# A part of the figure before it in its sentence: "320 tonnes, dont 180 tonnes réemployées"
_NEXT_PART = re.compile(r"\s*,\s*|\s+et\s+")  # (not ", et": the incise of the parts closed before it)
_A_PART = re.compile(r"(?:^|[\s,(])dont\s+(?:(?:environ|près de|plus de|moins de)\s+)?\Z", re.IGNORECASE)
