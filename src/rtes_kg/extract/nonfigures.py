"""Numbers that are no figure of an action: a target ("vise 60 emplois d'ici 2026"), a plan or
the future ("devrait ouvrir en 2026 avec 150 adhérents", "emploiera 20 personnes"), a ratio
("1 personne sur 3"), a whole network's total ("60 000 bénévoles au niveau national"), a value
compared with ("contre 180 tonnes en 2019"), the start of a change ("passée de 12 à 30 salariés"), an
equivalence ("de quoi alimenter 100 foyers"), one of many ("l'une des 150 ressourceries") or a ratio
per euro ("chaque euro investi mobilise 7 €"). ``figures.find_quantities`` publishes none of them.
"""

from __future__ import annotations

import re

from rtes_kg.parse.action_state import PLANS_LABEL

__all__ = ["a_change_to", "an_equivalence", "euro_ratio", "nationwide", "opens_a_change", "no_figure_here",
           "planned_year", "without_ratios"]

# A target, not a figure: "vise 60 emplois", "qui doit transformer 150 tonnes", "… d'ici 2026".
_TARGET_VERB = (r"(?:vise|visent|viser|visant|visait|visaient|prévoit|prévoient|prévoyait|prévoyaient|avait prévu|"
                r"avaient prévu|ambitionne|ambitionnent|objectif (?:de|d['’]atteindre)|"
                r"a pour (?:ambition|objectif|but) de|"
                r"(?:doit|doivent|devrait|devraient|devra|devront|devait|devaient)\s+(?:\w+\s+){0,2}?\w+(?:er|ir|re))\b")
# "vise à atteindre 40", "prévoit de recruter 12"
_TARGET_BEFORE = re.compile(_TARGET_VERB + r"\s+(?:(?:à|de|d['’])\s*)?(?:\w+(?:er|ir|re)\s+)?"
                            r"(?:(?:à|de|d['’]|l['’]|les?|la|un|une|des|jusqu['’]à|plus de|environ|près de|"
                            r"au moins)\s*)*$", re.IGNORECASE)
# The future, the conditional, a plan: "emploiera 20 personnes", "pourrait accueillir 200 familles",
# "ouverture prévue en 2026 avec 10 emplois", "L'objectif … est d'atteindre 50 salariés" (not "a
# dépassé l'objectif prévu et réemployé 620 tonnes": the objective was met, the tonnes are)
_FUTURE = (r"\b(?:sera|seront|aura|auront|fera|feront|pourra|pourront|pourrait|pourraient|"
           # "permettra", "va traiter"
           r"\w{3,}(?:era|eront|ira|iront)|(?-i:[a-zàâçéèêëîïôûù]{3,}(?:tra|tront|dra|dront))|"  # (not "Sandra")
           r"(?:va|vont)\s+\w+(?:er|ir|re)|"
           r"prévue?s?\s+(?:en|pour|d['’]ici|à|dès)|objectifs?\b[^.;]{0,50}\best)\b")
# "qui devrait ouvrir en 2026 avec 150 adhérents": what a planned thing will have, further on in its clause
_PLANNED_BEFORE = re.compile(rf"(?:\b{_TARGET_VERB}|{_FUTURE})[^,;:.()\d]{{0,60}}(?:\b20\d\d\b[^,;:.()\d]{{0,25}})?"
                             r"(?:\d+\s+à\s+)?$", re.IGNORECASE)  # ("avec 10 à 12 emplois": the 12 too)
_TARGET_AFTER = re.compile(r"[^.;\d]{0,50}?\b(?:d['’]ici (?:à )?(?:fin |la fin de |l['’]année )?|à l['’]horizon )"
                           r"20\d\d"
                           # "un deuxième chantier de 12 postes doit ouvrir en 2025" ("150 adhérents qui
                           # pourraient devenir bénévoles": 150 are there now)
                           r"|(?:(?!\b(?:qui|et|mais)\b)[^.;:,()\d]){0,40}?\b(?:doit|doivent|devrait|devraient|devra|devront|pourra|pourront|"
                           r"pourrait|pourraient)\s+(?:être\s+)?(?!être\b|avoir\b)\w+(?:er|ir|re|é|ée|és|ées)\b"
                           # "6 emplois seront créés"
                           r"|(?:(?!\b(?:qui|et|mais)\b)[^.;:,()\d]){0,40}?\b(?:sera|seront)\s+\w+(?:é|ée|és|ées)\b"
                           # ("Les 12 salariés devraient être 20 en 2026": 12 today)
                           # "6 salariés supplémentaires": an increase, no count
                           r"|\s+[^\W\d]+\s+(?:supplémentaires?|de plus|en plus)\b", re.IGNORECASE)
# A ratio counts nothing: "1 personne sur 3", "2 salariés sur 3 sont des femmes", "1 encadrant
# pour 8 salariés" (not "40 emplois sur 3 sites", "12 ateliers pour 200 enfants").
# After "sur N", a noun is what the count is spread over ("40 emplois sur 3 sites", "11 structures sur
# 1 200 m²"); a verb, a participle, a preposition or nothing makes it a ratio ("1 repas sur 2 servi
# bio", "1 salarié sur 3 en insertion", "1 foyer sur 10 de la commune").
_RATIO = re.compile(r"(?<![\w.,])(?:\d+\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+sur\s+(?!(?:19|20)\d\d)\d+"
                    r"(?![\w]|[.,]\d|\s\d|\s+(?!(?:sont|ont|est|a|deviennent|trouvent|retrouvent|accèdent|"
                    r"viennent|habitent|travaillent|bénéficient|sort|sortent|obtient|obtiennent|trouve|accède|"
                    r"devient|reste|restent|vit|vivent|en|dans|de|du|des|d|à|au|aux|qui|que|parmi|se|s)\b"
                    r"|[^\W\d]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\b)[^\W\d])"
                    r"|(?:1|une?)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+pour\s+\d+(?:\s+[^\W\d]+)?"
                    # a unit's price: "1 repas est facturé 2,70 €", "1 doume = 1 €"
                    r"|1\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:est\s+)?(?:facturée?|vendue?|payée?|coûte|revient|vaut|=))",
                    re.IGNORECASE)
_RATIO_HINT = re.compile(r"\b(?:sur|pour)\s+\d|^1\s|[^\w.,]1\s", re.IGNORECASE)


# The figure of a whole network or country, not of the local structure the action is about:
# "qui compte 60 000 bénévoles au niveau national", "1 500 salariés en France, dont…"
_NATIONWIDE = re.compile(r"[^.;:,()\d]{0,60}?\b(?:au niveau national|à l['’]échelle nationale|en France|"
                         r"(?<![\w-])de France(?!\s*(?-i:[-A-ZÀ-Ý]))|"  # (not "de France Active", "Île-de-France")
                         r"(?<=\w )françaises?(?= |$)|(?<=\w )français(?= |$)|"
                         r"dans toute la France|sur le territoire national|dans le monde|au niveau européen)\b",
                         re.IGNORECASE)
# Opening its sentence: "Au niveau national, l'association mobilise 20 000 bénévoles"
_NATIONWIDE_FIRST = re.compile(r"(?:^|[.;!?]\s*|\n\s*)(?:au niveau national|à l['’]échelle nationale|en France)\s*,"
                               r"[^.;]*$", re.IGNORECASE)

# A whole network as the subject: "Le réseau national des ressourceries détourne 100 000 tonnes",
# "La fédération des Cocagne de France compte 100 jardins" (not "…, dont celui de Laval qui emploie 20
# salariés": the local one's)
_NETWORK_SUBJECT = re.compile(r"(?:^|[.;!?]\s*|\n\s*)(?:[•*-]\s*)?(?:le|la|ce|cette|l['’])\s*(?:réseau|fédération|"
                              r"mouvement|union)\b[^.;:]{0,80}?(?:\bnational(?:e)?\b|\bde France\b|\bfrançaise?s?\b|"
                              r"\ben France\b)(?:(?!\bdont\b|\bqui\b|\bet\b)[^.;:])*$", re.IGNORECASE)

# A change told by its two ends, "est passée de 12 salariés à 30", "passant de 5 à 11 salariés": the
# first is no figure of today, and the second is exact, not the top of a range. "a augmenté de 12
# salariés" is an increase: no count either; "a porté son aide de 100 000 € à 150 000 €" a change too.
_CHANGE = (r"\b(?:pass|augment|évolu|progress|grimp|baiss|diminu|chut|doubl|tripl|croiss|recul|relev|rehauss|"
           r"port(?:é|ée|és|ées|er|ant)\b)\w*\s+(?:\w+\s+){0,2}?(?:de|d['’])\s*")  # "a porté son aide de 100 000 € à…"
# "a porté sa subvention à l'association Alpha de 10 000 € à 15 000 €": the raise of one's own grant
_CHANGE = r"(?:" + _CHANGE + r"|\bport(?:é|ée|er)\s+(?:sa|son|leur|ses)\s+[^\d.;]{0,60}?\b(?:de|d['’])\s*)"
_CHANGE_FROM = re.compile(_CHANGE + r"$", re.IGNORECASE)
_CHANGE_RANGE = re.compile(_CHANGE + r"\d[\d\s.,]{0,12}?\s+(?:à|a)\s+$", re.IGNORECASE)
# A value compared with: "(contre 180 tonnes en 2019)", "au lieu de 12 salariés"
_VERSUS_VALUE = re.compile(r"\b(?:contre|au lieu de|comparée?s? (?:à|aux?)|par rapport (?:à|aux?))\s+"
                           # "contre une moyenne nationale de 400 tonnes"
                           r"(?:(?:une |la )?moyenne (?:\w+ )?(?:de |d['’])|un total de )?"
                           r"(?:environ\s+|près de\s+|plus de\s+|moins de\s+)?$", re.IGNORECASE)


def opens_a_change(text: str, start: int) -> bool:
    """Whether the number at ``start`` is where a change started ("est passé de 1,9 M€ à …")."""
    return _CHANGE_FROM.search(text, max(0, start - 90), start) is not None


def a_change_to(text: str, start: int) -> bool:
    """Whether the number at ``start`` ends a change ("passée de 12 à 30 salariés"): no range."""
    return _CHANGE_RANGE.search(text, max(0, start - 60), start) is not None


def no_figure_here(text: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    """Whether the number at ``start:end`` of ``text`` is a target, a forecast, a nationwide total,
    a value compared with or where a change started, by what its clause says before and after it."""
    return bool(PLANS_LABEL.match(text, clause_start) or _planned_with(text, clause_start, start)
                or _TARGET_BEFORE.search(text, max(clause_start, start - 50), start)
                or _CHANGE_FROM.search(text, max(clause_start, start - 90), start)
                or _VERSUS_VALUE.search(text, max(clause_start, start - 60), start)
                or ((planned := _PLANNED_BEFORE.search(text, max(clause_start, start - 110), start)) is not None
                    and not _today_after_and(text, planned.start(), start))
                or _TARGET_AFTER.match(text, end, clause_end)
                or _NATIONWIDE.match(text, end, clause_end)
                or _NATIONWIDE_FIRST.search(text, max(0, start - 200), start) is not None
                or _NETWORK_SUBJECT.search(text, max(0, start - 200), start) is not None
                or _ONE_OF.search(text, max(clause_start, start - 40), start) is not None
                or _RANKING.search(text, max(clause_start, start - 12), start) is not None
                or _founders(text, clause_start, start, end)
                or _shares(text, clause_start, start, end, clause_end))


# Who founded or took over the structure, counted, is no figure of the action: "a été créé en 2021
# par trois habitants", "reprise en 2022 par 7 de ses salariés" (what an event made is: "a créé 9
# emplois"); bodies that founded it are still counted ("créée par 3 associations en 2019",
# tests/test_audit_round21.py)
_FOUNDERS = re.compile(r"\b(?:co-?)?(?:créé|crée|fondé|lancé|initié|repris)e?s?\s+"
                       r"(?:en\s+(?:[^\W\d]+\s+)?(?:19|20)\d\d\s*,?\s+)?"
                       r"(?:à l['’]initiative de|par)\s+(?:(?:environ|près de|plus de|ses|leurs)\s+)?$", re.IGNORECASE)
_FOUNDING_BODIES = re.compile(r"\s+(?:associations|structures|communes|collectivités|entreprises|coopératives|"
                              r"acteurs|organismes|partenaires)\b", re.IGNORECASE)


def _founders(text: str, clause_start: int, start: int, end: int) -> bool:
    return _FOUNDERS.search(text, max(clause_start, start - 60), start) is not None \
        and _FOUNDING_BODIES.match(text, end) is None


# Shares in a company's capital are the holder's stake, no figure of the action: their count ("a
# souscrit 500 parts sociales", "entrée au capital avec 50 parts"); the value of one share stays an
# amount per share ("parts sociales de 100 €", tests/test_audit_round21.py), what the holder put in
# an amount ("20 000 € de parts")
_SHARE_COUNT = re.compile(r"\s+parts?\s+(?:sociales?|de capital|au capital)\b", re.IGNORECASE)
_SHARES_ONLY = re.compile(r"\s+parts?\b(?!\s+(?:de|du|des)\s+(?!capital))", re.IGNORECASE)
_CAPITAL = re.compile(r"\b(?:capital|sociétaires?|actionnaires?|souscri\w*)\b", re.IGNORECASE)


def _shares(text: str, clause_start: int, start: int, end: int, clause_end: int) -> bool:
    if _SHARE_COUNT.match(text, end):
        return True
    return _SHARES_ONLY.match(text, end) is not None and _CAPITAL.search(text, clause_start, clause_end) is not None


# A ranking, no count: "Top 10 des initiatives solidaires", "classée dans le top 50"
_RANKING = re.compile(r"\btop\s*$", re.IGNORECASE)

# One of many counts the many, a network, not the action: "l'une des 150 ressourceries du réseau",
# "fait partie des 150 ressourceries"
_ONE_OF = re.compile(r"(?:\b(?:l['’]\s*)?une?|\b(?:fai(?:t|sant)|font)\s+partie|\b(?:figure|figurent|compte|comptent)"
                     r"\s+parmi)\s+(?:des|les)\s+(?:(?:quelque|plus de|près de|environ)\s+)?$", re.IGNORECASE)
# A conversion, no count of what it names: "soit l'équivalent de 3,6 millions de repas", "soit la
# consommation électrique de 800 foyers", "de quoi alimenter 100 foyers", "ce qui équivaut à 12 piscines"
_EQUIVALENT = re.compile(r"(?:\b(?:équivalent|consommation(?: \w+){0,2}|besoins(?: \w+)?) (?:de |d['’])|"
                         r"\bde quoi (?:[^\W\d]+ ){1,3}?|\béquivalant à |"
                         r"\b(?:équivaut|équivalent|correspond|correspondent) à )"
                         r"\s*(?:(?:environ|près de|plus de)\s+)?$", re.IGNORECASE)


def an_equivalence(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is what another figure is worth, not one of its own."""
    return _EQUIVALENT.search(text, max(0, start - 60), start) is not None


# A ratio per euro: "Chaque euro investi par la Ville permet de mobiliser 7 €", "7 € de
# cofinancements par euro public", "7 € pour 1 € de subvention" (not "Chaque euro compte")
_EURO = r"(?:euros?(?!\w)|€)"
_PER_EURO_BEFORE = re.compile(rf"\b(?:chaque|par|pour\s+(?:chaque|un|1))\s*{_EURO}[^;]{{0,80}}?\b(?:investi|dépensé|"
                              r"publics?|publique|versé|engagé|alloué|d['’]argent|de subvention|mobilis\w*|génèr\w*|"
                              r"rapport\w*|lève|lèvent|produi\w*|permet\w*|attir\w*|entraîn\w*|indui\w*|"
                              r"déclench\w*)(?!\w)", re.IGNORECASE)
_PER_EURO_AFTER = re.compile(rf"[^.;!?]{{0,40}}?\b(?:par|pour)\s+(?:chaque\s+|un\s+|1\s*)?{_EURO}", re.IGNORECASE)
_EURO_BASE = re.compile(r"\b(?:pour|chaque|par)\s+$", re.IGNORECASE)
_INVESTED = re.compile(r"\s*(?:investi|dépensé|public|versé|engagé|alloué|de subvention|d['’]argent|de fonds)",
                       re.IGNORECASE)


def euro_ratio(text: str, clause_start: int, start: int, end: int, one_euro: bool) -> bool:
    """Whether the amount at ``start:end`` is a side of a ratio per euro (``one_euro``: it is 1 €)."""
    if one_euro and _EURO_BASE.search(text, max(clause_start, start - 12), start) and _INVESTED.match(text, end):
        return True  # "pour 1 € investi": the base of the ratio
    return _PER_EURO_BEFORE.search(text, max(clause_start, start - 200), start) is not None or \
        _PER_EURO_AFTER.match(text, end) is not None


def _planned_with(text: str, clause_start: int, start: int) -> bool:
    """Whether the number at ``start`` is a second complement of a plan, past another number:
    "devrait détourner 1 000 tonnes et créer 20 emplois", "prévoit d'installer 40 centrales et de
    réunir 1 000 sociétaires", "accueillera 20 structures et 8 salariés", "est prévue d'ici 2025, avec
    6 emplois" (not "vise l'autonomie et emploie 12 salariés": a verb of today after "et")."""
    markers = list(_PLAN_MARKER.finditer(text, max(clause_start, start - _CHAIN), start))
    if not markers:
        return False
    between = text[markers[-1].end(): start]
    if re.search(r"[;:.()!?]", between) or _TODAY.search(between) or not re.search(r"\d", between):
        return False  # (without a number between, the rules before decide)
    if "," in between:
        return bool(re.search(r",\s*avec\s+(?:(?:environ|près de|plus de)\s+)?$", between))
    joined = list(re.finditer(r"\b(?:et|ou)\s+", between))
    return bool(joined) and _SAME_PLAN.match(text, markers[-1].end() + joined[-1].end()) is not None


def _today_after_and(text: str, plan: int, start: int) -> bool:
    """Whether a verb of today follows "et" between a plan at ``plan`` and the number at ``start``:
    "vise l'autonomie d'ici 2026 et emploie 12 salariés", "devrait ouvrir en 2026 et compte déjà…"."""
    joined = list(re.finditer(r"\b(?:et|mais)\s+", text[plan: start]))
    return bool(joined) and (_SAME_PLAN.match(text, plan + joined[-1].end()) is None
                             or _TODAY.search(text, plan + joined[-1].end(), start) is not None)


_CHAIN = 160  # characters a plan reaches over, past its first complement
_PLAN_MARKER = re.compile(rf"\b{_TARGET_VERB}|{_FUTURE}|\bprévue?s?\b|\bpermet(?:tra|trait|tront)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:aujourd['’]hui|actuellement|déjà|désormais|à ce jour|en (?:19|20)\d\d\s*,)", re.IGNORECASE)
# After "et": an infinitive, a number or a determiner go on with the plan ("et créer", "et de
# réunir", "et 8 salariés"); any other word is a verb of its own ("et emploie 12 salariés").
_SAME_PLAN = re.compile(r"(?:(?:de|d['’])\s*)?(?:[^\W\d]+(?:er|ir|re)\b|\d|(?:des?|du|les?|la|l['’]|une?|"
                        r"plus|près|environ|jusqu['’]à)\b)", re.IGNORECASE)


# A title in quotes is a name, its numbers no figure: the dispositif « 1 000 emplois en SIAE », the
# programme "100 jardins solidaires" (a quotation, a sentence, is not a title: it has its stops)
_QUOTED_TITLE = re.compile(r"«[^«».;!?\n]{1,60}»|“[^“”.;!?\n]{1,60}”|\"[^\".;!?\n]{1,60}\"")
# (its year still dates the sentence: the lauréats of « ESS 2023 »)
_A_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def without_titled_numbers(text: str) -> str:
    """``text`` with the digits of its quoted titles blanked out (same length: offsets still hold)."""
    if not any(quote in text for quote in "«“\""):
        return text
    return _QUOTED_TITLE.sub(lambda m: _A_NUMBER.sub(_blank_unless_a_year, m.group(0)), text)


def _blank_unless_a_year(number: re.Match[str]) -> str:
    return number.group(0) if _A_YEAR.fullmatch(number.group(0)) else " " * len(number.group(0))


def without_ratios(text: str) -> str:
    """``text`` with its ratios blanked out (same length: offsets still hold)."""
    return _RATIO.sub(lambda m: " " * len(m.group(0)), text) if _RATIO_HINT.search(text) else text


def nationwide(text: str, end: int) -> bool:
    """Whether what ends at ``end`` is said of a whole network or country, further on in its clause
    ("1,5 Md€ d'encours collectés au niveau national par Finansol")."""
    stop = _CLAUSE_END.search(text, end)
    return _NATIONWIDE.match(text, end, stop.start() if stop else len(text)) is not None


_CLAUSE_END = re.compile(r"[.;]")


def planned_year(text: str, start: int) -> bool:
    """Whether the year at ``start`` is that of a plan or of the future, said before it in its
    sentence ("vise 150 sociétaires en 2026", "qui seront pérennisés en 2025"): no year of the
    figures of today beside it."""
    return _PLAN_BEFORE_YEAR.search(text, max(0, start - 80), start) is not None


_PLAN_BEFORE_YEAR = re.compile(rf"(?:\b{_TARGET_VERB}|{_FUTURE}|\bd['’]ici)[^.;,]{{0,60}}$", re.IGNORECASE)
