"""The budget section read line by line: each euro amount with its year, budget section
(fonctionnement, investissement), status (prévisionnel, voté, réalisé), qualifier ("plus de") and
scope ("dont 120 000 € pour l'aide alimentaire", "au pôle ESS")."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from rtes_kg.parse.amounts import CURRENCY_WORD, EuroAmount, euro_amounts
from rtes_kg.parse.budget_breakdown import broken_down as whole_broken_down
from rtes_kg.parse.budget_listed import PART, UNSURE, listed_after_an_exclusion
from rtes_kg.parse.budget_outside import outside_the_budget, own_kinds
from rtes_kg.parse.budget_section import section_of_amount
from rtes_kg.parse.budget_status import NOT_VOTED_YET, STATUSES, heading_status, status_of
from rtes_kg.parse.budget_table import (
    a_total_column,
    a_total_row,
    column_of,
    column_section,
    column_year,
    header_columns,
    with_units,
)
from rtes_kg.parse.budget_words import per_of, restated_qualifier, without_comparisons
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import BULLET, Line
from rtes_kg.parse.naming import fold, without_folded
from rtes_kg.parse.records import MoneyAmount, ParseIssue, Source

_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?!\d)")
# Where one statement about an amount ends: "6.1 M€ en fonctionnement + 614 000€ …",
# "1 M€ en investissement et 2025 : 2 M€". Only searched between figures, so the comma of
# "1,5 M€" is never taken for a break.
# (the last: a sentence ends)
_CLAUSE_BREAK = re.compile(r"[;+|]| / (?!an\b)| [–—] |, | et |\.\s+(?=[A-ZÀ-Ý]|(?:19|20)\d\d\b)")


_YEARS = re.compile(r"(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}|"
                    r"\b(?:de|entre)\s+(?:19|20)\d{2}\s+(?:à|a|et)\s+(?:19|20)\d{2}", re.IGNORECASE)
# An envelope over several years is no year's budget either: "1,2 M€ sur 3 ans", "pour le mandat".
_SEVERAL_YEARS = re.compile(r"\bsur\s+(?:[2-9]|[1-9]\d|deux|trois|quatre|cinq|six)\s+ans\b|\bpluriannuel(?:le)?s?\b|"
                            r"\b(?:pour|sur)\s+(?:le|la durée du)\s+mandat\b", re.IGNORECASE)
_PERIOD = re.compile(f"{_YEARS.pattern}|{_SEVERAL_YEARS.pattern}", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"\b(?:depuis|dès|des|à partir de|a partir de)\s+(?:19|20)\d{2}\b", re.IGNORECASE)


MAX_AMOUNTS_PER_LINE = 40  # a budget table flattened on one line has a dozen


def _years(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(position, year) of the years in ``text`` that are not digits of an amount nor the ends of
    a period ("programme européen 2021-2027")."""
    periods = [(m.start(), m.end()) for m in _PERIOD.finditer(text)]
    periods += [(m.start(), m.end()) for m in _SINCE_YEAR.finditer(text)]  # "10 000 € par an depuis 2019"
    return [(m.start(), int(m.group(0))) for m in _YEAR.finditer(text)
            if not any(start <= m.start() < end for start, end in [*spans, *periods])]


def _clause(text: str, amounts: list[EuroAmount], index: int) -> tuple[int, int]:
    """The stretch of ``text`` that speaks about amount ``index``: up to its neighbours or a "+"/";"."""
    amount = amounts[index]
    left = amounts[index - 1].end if index else 0
    right = amounts[index + 1].start if index + 1 < len(amounts) else len(text)
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, left, amount.start)]
    after = _CLAUSE_BREAK.search(text, amount.end, right)
    return (breaks_before[-1] if breaks_before else left), (after.start() if after else right)


def _year(years: list[tuple[int, int]], clause: tuple[int, int], amount: EuroAmount,
          context: int | None) -> int | None:
    """The year of the clause nearest the amount, from its end for a year after it: "passé de
    100 000 € en 2020 à 300 000 € en 2024" gives 2024 to the second, not the 2020 before it."""
    position = amount.start
    inside = [(pos - amount.end if pos >= amount.end else amount.start - pos, year)
              for pos, year in years if clause[0] <= pos < clause[1]]
    if inside:
        return min(inside)[1]
    if len({year for _, year in years}) == 1:
        return years[0][1]
    before = [year for pos, year in years if pos < position]
    return before[-1] if before else context


_SENTENCE_AFTER = re.compile(r"[.;!?](?=\s|$)")
_ADDED_MONEY = re.compile(r"s['’]ajout|supplémentaire|complété|en plus", re.IGNORECASE)

# (a bound may stand between: "dont environ 2 M€ pour l'IAE")
_PART = re.compile(r"\bdont\s*(?:(?:environ|pres de|plus de|plus d'|au moins|moins de|pres d'|quelque)\s*)?$")
_AFTER_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")
_DONT_LIST = re.compile(r"\bdont\s*:?\s*$")
# What stays of a clause once the amount's year, section, status and rhythm are read: words that
# narrow the amount to a part of the budget.
_NOT_SCOPE = re.compile(
    r"\((?:en )?(?:fonctionnement|investissement|budget \w+|\w+ \d{4})\)|"
    r"\b(?:en|de|du|pour|sur)\s+(?:l'annee\s+|l'exercice\s+)?(?:19|20)\d{2}\b|"
    r"(?<!fonds )\b(?:en|de|d')\s*(?:fonctionnement|investissement)\b|\((?:fonctionnement|investissement)\)|"
    r"^\s*(?:fonctionnement|investissement)\b|\(\s*[+-]?\s*\d+(?:[,.]\d+)?\s*%[^)]*\)|"
    r"\(?\s*(?:en )?(?:fonctionnement|investissement) (?:et|\+) (?:en )?(?:fonctionnement|investissement)"
    r"(?: confondus)?\s*\)?|"
    r"\b(?:par an|par annee|chaque annee|annuels?|annuelles?|sur \d+ ans)\b|"
    r"\b(?:pour|sur) (?:la periode|le mandat|la duree du mandat)\b|\bdepuis (?:19|20)\d{2}\b|"
    r"\b(?:budget )?(?:previsionnel(?:le)?s?|prevue?s?|votee?s?|realisee?s?|adoptee?s?)\b|"
    r"\bau (?:bp|bs|ca|budget primitif|budget supplementaire|compte administratif)\b|"  # "(voté au BP)"
    r"\(\s*budget (?:[a-z]+ )?(?:19|20)\d{2}\b[^()]*\)|"  # "(budget 2025 prévisionnel)"
    r"\(?\s*soit\b[^()]*\)?|\(?\s*(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})?\s*\)|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|"
    r"\(?\s*dont \d+(?:[,.]\d+)?\s*%[^)]*\)?|\(\s*\)|^\s*(?:dont|et|,|:)\s*|[\s,;:.()–—-]+$|"
    # right after the amount, the whole ESS is no part of its budget: "1,8 M€ à l'ESS", "consacrés à l'ESS"
    r"^\s*(?:(?:consacres?|dedies?|alloues?|affectes?)\s+)?(?:a|pour|en faveur de)\s+"
    r"(?:l'|le champ de l'|le secteur de l')?(?:ess|economie sociale et solidaire)\b")
_SCOPE_START = re.compile(r"^(?:pour|au|aux|a la|a l'|consacres?|dedies?|destines?|affectes?|au titre|"
                          r"de subventions?|d'aides? |du |des |hors|sur le|sur la|dans le|dans la|\(|"
                          # commitments over several years, not the year's spending (its payment credits)
                          r"en (?:autorisations? d'(?:engagement|programme)|ae|ap)\b)")
_EXCLUSION = re.compile(r"\bhors\b(?:(?! et\b)(?:[^,;.()]|(?<=\d)[,.](?=\d)))*")  # "hors 1,2 M€ d'aides à l'IAE"


def _scope(text: str, amount: EuroAmount, clause: tuple[int, int], label: str,
           next_amount: int | None) -> str | None:
    """The part of the budget the amount is for, as written: "pour l'aide alimentaire",
    "au pôle ESS", "hors crédits d'insertion", or the label the line opens with
    ("Programme « Impulsion ESS » : 1,5 M€…"); None for the whole budget. ``next_amount``: where
    the next amount of the budget starts, if any."""
    rest = without_folded(text[amount.end: _scope_end(text, amount, clause, next_amount)], _NOT_SCOPE)
    parts = []
    if label:
        parts.append(label)
    if rest and _SCOPE_START.match(fold(rest)) and len(rest.split()) >= 2:
        parts.append(rest.strip(" ()"))
    # an exclusion said before the next amount: after it, it is that amount's ("4,5 M€, dont 900 K€
    # hors insertion" does not put the whole budget outside insertion)
    exclusion = _EXCLUSION.search(text, amount.end, len(text) if next_amount is None else next_amount)
    if exclusion is not None and without_folded(exclusion.group(0), _NOT_SCOPE).strip() not in " ".join(parts):
        parts.append(exclusion.group(0).strip())
    return " ; ".join(parts) or None


def _with_period(scope: str | None, text: str, clause: tuple[int, int], amount: EuroAmount) -> str | None:
    """The scope of an amount over several years, with them: "2 M€ sur la période 2021-2026" is no
    year's budget (the queries that add up a year's budgets leave a line with a scope out); "100 000 €
    par an de 2021 à 2024" is."""
    if _YEARLY.match(text, amount.end):
        return scope
    start = max((match.end() for match in _SENTENCE.finditer(text, 0, amount.start)), default=0)
    end = next((match.start() for match in _SENTENCE.finditer(text, amount.end)), len(text))
    # the years first: "Sur la période 2021-2026, une enveloppe pluriannuelle de 12 M€"
    period = next((found for pattern in (_PERIOD_WRITTEN, _SEVERAL_YEARS) for span in (clause, (start, end))
                   if (found := pattern.search(text, *span)) is not None), None)
    if period is None or (scope is not None and period.group(0) in scope):
        return scope
    return " ; ".join(filter(None, (scope, period.group(0).strip())))


_YEARLY = re.compile(r"\s*(?:par an|/\s*an\b|chaque année|annuels?\b|par année)", re.IGNORECASE)
_SENTENCE = re.compile(r"\.(?:\s|$)")
_PERIOD_WRITTEN = re.compile(r"(?:\b(?:sur|pour|durant|pendant)\s+(?:la\s+)?(?:p[ée]riode\s+|le\s+mandat\s+)?)?"
                             rf"(?:{_YEARS.pattern})", re.IGNORECASE)
_SCOPE_BREAK = re.compile(r"[;|]| [+/–—] |, |\.(?=\s|$)|\s*\(\s*dont\b")
_NEXT_IN_LIST = re.compile(r"(?:\bet|\bainsi que|,)\s*$")


def _listed_part(text: str, amounts: list[EuroAmount], index: int, found: list[MoneyAmount],
                 line_no: int, year: int | None, section: str | None) -> bool:
    """Whether the amount goes on a list of parts: "6.1 M€, dont 1 M€ en investissement et
    270 000 € pour l'appel à projets": the second is a part of 6.1 M€ too, as the first. Not when
    it is of another section than the whole: "1,4 M€ en fonctionnement, dont 420 000 € pour
    l'IAE, et 350 000 € en investissement" ends the list."""
    if index == 0 or not found or not found[-1].part_of_previous or found[-1].source.line != line_no:
        return False
    between = text[amounts[index - 1].end: amounts[index].start]
    whole = next((amount for amount in reversed(found) if not amount.part_of_previous), None)
    euros = amounts[index].euros
    larger = whole is not None and whole.euros is not None and euros is not None and euros > whole.euros
    other_section = whole is not None and None not in (whole.section, section) and whole.section != section
    return (not other_section and _NEXT_IN_LIST.search(between) is not None and not re.search(r"[.;:]", between)
            and (year is None or year == found[-1].year) and not larger
            and not _closes_parenthesis(text, amounts[index - 1].start, amounts[index].start))


def _closes_parenthesis(text: str, start: int, end: int) -> bool:
    """Whether a parenthesis open at ``start`` closes before ``end``: "120 000 € (dont 20 000 € pour les
    tiers-lieux) et 40 000 € (investissement)": the list of parts closed with it."""
    before, between = text[:start], text[start:end]
    return before.count("(") > before.count(")") and between.count(")") > between.count("(")


def _scope_end(text: str, amount: EuroAmount, clause: tuple[int, int], next_amount: int | None) -> int:
    """Where what is said of an amount ends: at the next amount (``next_amount``, its start) or a
    break, but not at " et " ("au pôle transition et ESS")."""
    following = _SCOPE_BREAK.search(text, amount.end)
    ends = [end for end in (following.start() if following else None, next_amount) if end is not None]
    end = min(ends) if ends else len(text)
    # " et " still parts two amounts: "110 000 € en fonctionnement et 40 000 € en investissement".
    return clause[1] if next_amount is not None and clause[1] < end and clause[1] >= amount.end else end


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# What a label before an amount may say without saying what the amount is for: "Budget
# prévisionnel 2024", "Total", "Budget 2022-2024", "Crédits dédiés à l'ESS en 2023", "Fonctionnement".
_GENERIC_HEAD = re.compile(
    r"\b(?:budgets?|total|parts?|montants?|enveloppes?|credits?|ess|economie sociale et solidaire|"
    r"dedie(?:e?s?)|consacre(?:e?s?)|annuel(?:le)?s?|globa(?:l|le|ux|les)|exercice|annee|"
    r"fonctionnement|investissement|de|du|des|d|l|la|le|les|a|au|aux|en|pour|sur|et)\b|(?:19|20)\d{2}|[^\w]")


def _label(text: str, first: EuroAmount) -> str:
    """"Programme « Impulsion ESS » : 1,5 M€ …" opens with what the amount is for; "Budget
    prévisionnel 2024 :" or "Réalisé 2023 :" open with a status or a year, no scope."""
    head, colon, _ = text[: first.start].partition(":")
    if not colon:
        return ""
    rest = fold(head)
    for _name, pattern in STATUSES:  # first: "budget primitif" is a status, "budget" alone generic
        rest = pattern.sub(" ", rest)
    rest = _GENERIC_HEAD.sub(" ", rest)
    return " ".join(BULLET.sub("", head.strip(), count=1).split()) if rest.strip() else ""


_SECTION_HEADING = re.compile(r"[\s•*-]*(?:(?:en|budget de|depenses de|section(?: de)?|credits de)\s+)?"
                              r"(fonctionnement|investissement)\s*:?\s*")
# "Total 2024 : …", "Soit un total de 315 000 €" (its bullet is in the line's text or not)
_TOTAL_LINE = re.compile(r"[\s•*-]*(?:soit\s+)?(?:un\s+)?(?:total|au total)\b")


def _dated_by_total(found: list[MoneyAmount], total: EuroAmount, years: list[tuple[int, int]],
                    status: str | None) -> list[MoneyAmount]:
    """The lines read so far, those just before a total that says nothing of their year or status
    taking the total's, when they add up to it: "Fonctionnement : 1,85 M€ / Investissement : 0,4 M€
    / Total 2024 : 2,25 M€ (budget voté)" is the 2024 voted budget, in two lines."""
    year = years[0][1] if len({year for _, year in years}) == 1 else None
    undated = []
    for index in range(len(found) - 1, -1, -1):  # (a year the heading gave them may be the total's)
        if found[index].euros is None or found[index].year not in (None, year):
            break
        undated.append(index)
    if sum(found[i].euros or 0 for i in undated if not found[i].part_of_previous) != total.euros:
        return found  # a total of other lines, or of another budget: it dates none
    return [replace(line, year=line.year or year, status=line.status or status) if index in undated else line
            for index, line in enumerate(found)]


def budget_amounts(lines: list[Line], file: str, context_year: int | None = None,
                   context_status: str | None = None, heading: str = "",
                   member: str = "") -> tuple[tuple[MoneyAmount, ...], list[ParseIssue]]:
    """The amounts of a budget section, each with its year, section, status, qualifier and scope.

    ``context_year`` and ``context_status`` come from the ``heading`` ("Budget prévisionnel 2023
    consacré à l'ESS") when not given; a line that states a year or a status and no amount ("En
    2023 :") gives them to the lines after it. A "dont" amount is a part of the amount before it:
    it takes its year and status when it states none. ``member``: the fiche's title, which tells
    another collectivité's money from the member's own ("de la Région" in a Région's fiche)."""
    heading_years = _YEAR.findall(heading.partition(":")[0])
    context_year = context_year or (int(heading_years[0]) if heading_years else None)
    context_status = context_status or heading_status(heading)
    found: list[MoneyAmount] = []
    issues: list[ParseIssue] = []
    member_funders = own_kinds(member)
    listing = False  # the lines are the bullets of a "dont :" list
    context_section: str | None = None  # said by a line of its own ("Investissement :")
    columns: dict[int, str] | None = None  # a table's header: "| Poste | 2022 | 2023 | Total |"
    table_rows = 0  # the rows of amounts under it
    last_line = 0  # the number of the line before
    spaced: bool | None = None  # whether a heading's lines stand apart by blank lines (then none ends it)
    status_year: int | None = None  # the year of the line that gave ``context_status`` (None: for every year)
    for line in lines:
        text = with_units(without_comparisons(line.text), columns)
        folded = fold(text)
        amounts = euro_amounts(text)
        figures = [(a.start, a.end) for a in amounts]  # in order, apart
        if len(amounts) > MAX_AMOUNTS_PER_LINE:  # each amount reads its line: the time grows as their square
            issues.append(issue("montants-trop-nombreux", file, line.no, amounts[MAX_AMOUNTS_PER_LINE].raw))
            amounts = amounts[:MAX_AMOUNTS_PER_LINE]
        spans = figures[:len(amounts)]
        years = _years(text, spans)
        gap, last_line = line.no > last_line + 1, line.no
        if context_section is not None and amounts:  # "Investissement :", then its lines, then a blank line
            spaced = gap if spaced is None else spaced
            context_section = None if gap and not spaced else context_section
        if "|" not in text:
            columns, table_rows = None, 0
        if amounts and "|" in text:
            if table_rows and a_total_row(text):
                continue  # "| Total | 120 000 € | …": the rows above, added up
            table_rows += 1
        if not amounts:
            if len({year for _, year in years}) == 1:
                context_year = years[0][1]
            if (said := status_of(folded)) is not None:
                context_status, status_year = said, context_year
            columns = header_columns(text) or columns
            titled = _SECTION_HEADING.fullmatch(folded)  # "Fonctionnement :", then its lines
            context_section = titled.group(1) if titled else context_section if years or said else None
            spaced = None if titled else spaced
        # "Prévisionnel 2024 :" says nothing of a later "En 2022 : 100 000 €"
        inherited = context_status if status_year is None or (not years and not _PERIOD.search(text)) \
            or status_year in {year for _, year in years} else None
        several_years = len({year for _, year in years}) > 1  # "… ; 190 000 € prévus en 2024": its clause's
        label = _label(text, amounts[0]) if amounts else ""
        line_period = _PERIOD.search(text) is not None  # "De 2021 à 2024, 4,8 M€": not the heading's year
        outside = outside_the_budget(text, amounts, found, member_funders, listing and bool(line.bullet))
        listed = listed_after_an_exclusion(text, amounts)  # "1,2 M€ (hors FSE, 200 000 € pour l'IAE)": a part
        issues.extend(issue("montant-sans-objet", file, line.no, a.raw) for a, k in zip(amounts, listed) if k == UNSURE)
        outside = [out and kind != PART or kind == UNSURE for out, kind in zip(outside, listed)]
        clauses = [_clause(text, amounts, index) for index in range(len(amounts))]
        row = re.match(r"\s*(?:[-•*|]\s*)?(fonctionnement|investissement)\s*[:|]", folded)  # "Fonctionnement : 2022 :…"
        row_section = row.group(1) if row and len(re.findall(r"fonctionnement|investissement", folded)) == 1 else None
        # "5,8 M€ (fonctionnement : 4,3 M€ ; investissement : 1,5 M€)": a whole, then its parts
        broken_down = whole_broken_down(text, amounts, outside)
        # "Budget 2024 : 27,5 M€, dont :" then a bullet per part
        listing = listing and bool(line.bullet)
        parts = [clause if _PART.search(fold(text[clause[0]: amount.start])) else (0, 0)  # the "dont" clauses
                 for clause, amount in zip(clauses, amounts)]
        # the parts' own words are not the whole's: "900 000 € dont 300 000 € dépensés" (spent: the part)
        line_status = (None if several_years else status_of(fold(_blanked(text, parts)))) or inherited
        for index, amount in enumerate(amounts):
            if outside[index] or len(amounts) > 1 and a_total_column(columns, column_of(text, amount.start)):
                continue  # no line of the ESS budget: said of the amount before it (its scope), or the row's total
            following = next((a.start for a, out in zip(amounts[index + 1:], outside[index + 1:]) if not out), None)
            clause = clauses[index]
            # "programme 2021-2027 : 1,2 M€": a period's amount takes no year from the rest of its line
            over_period = bool(_PERIOD.search(text, clause[0], clause[1]))
            # a year in a later part's clause is that part's ("150 000 €, dont 20 000 € de reports de 2022"); one
            # of money added ("(s'ajoutent 120 000 € en 2023)") or of a later sentence ("… par an. En 2022, …") none
            later = _SENTENCE_AFTER.search(text, amount.end)
            own_years = [(at, y) for at, y in years if clause[0] <= at < clause[1]
                         or not any(start <= at < end for start, end in parts[index + 1:])
                         and not any(out and start <= at < end and _ADDED_MONEY.search(text, start, end)
                                     for out, (start, end) in zip(outside, clauses))
                         and (later is None or at < later.start())]
            year = None if over_period else _year(own_years, clause, amount, None)
            # a table row "2022 | 300 000 € | investissement" says its section in another cell
            cells = text.replace("|", ",") if text.count("|") >= 2 else text
            in_column = column_section(columns, column_of(text, amount.start))  # "| Année | Fonctionnement |"
            section = None if broken_down == index else section_of_amount(
                cells, amount, clause, following) or row_section or in_column or (
                None if _TOTAL_LINE.match(folded) else context_section)
            part = bool(_PART.search(fold(text[clause[0]: amount.start]))) or listed[index] == PART or _listed_part(
                text, amounts, index, found, line.no, year, section) \
                or (broken_down is not None and index > broken_down) or (listing and index == 0)
            previous = found[-1] if part and found else None
            # "250 000 € (2024, prévisionnel)": the parenthesis after the amount is its own
            after = _AFTER_PARENTHESIS.match(text, amount.end)
            # the words right after the amount first: "270 000 € mandatés sur les 300 000 € votés"
            status = status_of(fold(text[amount.end: max(clause[1], after.end() if after else 0)])) or status_of(
                fold(text[clause[0]: max(clause[1], after.end() if after else 0)])) or (
                line_status if later is None or status_of(fold(text[: later.start()])) else None)
            if status == "vote" and NOT_VOTED_YET.search(folded):
                status = "previsionnel"
            if previous is not None:
                year, status = year or previous.year, status or previous.status
                # a part of a whole of one section is of it; another part's section is that part's own:
                # "1,2 M€, dont 400 000 € d'investissement et 150 000 € pour les tiers-lieux"
                whole = next((earlier for earlier in reversed(found) if not earlier.part_of_previous), None)
                if whole is not None and whole.source.line == line.no:  # a "dont" line of its own may cover both
                    section = section or whole.section
            if year is None and "|" in text:
                year = column_year(columns, column_of(text, amount.start))  # under its header "| 2022 | 2023 |"
            year = year if year is not None or over_period else _year(own_years, clause, amount,
                                                                      None if line_period else context_year)
            # each clause's own label: "Subventions : 320 000 € ; animation du réseau : 45 000 €"
            own_label = label if index == 0 else _label(text[clause[0]:],
                                                        replace(amount, start=amount.start - clause[0]))
            scope = _scope(text, amount, clause, own_label, following)
            found.append(MoneyAmount(
                euros=amount.euros, raw=amount.raw, year=year, section=section,
                qualifier=restated_qualifier(text, amount), source=Source(file, line.no), maximum=amount.maximum,
                status=status, part_of_previous=part, per=per_of(text, amount, clause[0]),
                scope=_with_period(scope, text, clause, amount) if year is None and line_period else scope))
            if amount.euros is None:
                issues.append(issue("montant-demesure" if amount.absurd else "montant-illisible",
                                    file, line.no, amount.raw))
        if amounts and all(outside) and _TOTAL_LINE.match(folded):
            found = _dated_by_total(found, amounts[0], years, status_of(folded))
        listing = (listing or bool(amounts)) and bool(_DONT_LIST.search(folded)) or (listing and bool(line.bullet))
        for word in CURRENCY_WORD.finditer(text):
            at = bisect.bisect_right(figures, (word.start(), len(text))) - 1
            if at < 0 or not figures[at][0] <= word.start() < figures[at][1]:
                # A currency with no figure before it: reported, never published as an amount.
                raw = text[max(0, word.start() - 20): word.end()].strip()
                found.append(MoneyAmount(None, raw, None, None, None, Source(file, line.no)))
                issues.append(issue("montant-illisible", file, line.no, raw))
    return tuple(found), issues
