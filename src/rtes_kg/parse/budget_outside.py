"""Which euro amounts of a budget line are no line of the member's ESS budget: another funder's,
a comparison, an exclusion, a total of lines already read, a grant's size, the collectivité's whole
budget (docs/extraction.md, "Budget lines")."""

from __future__ import annotations

import re

from rtes_kg.parse.amounts import EuroAmount
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import MoneyAmount

# Amounts that are no line of the member's ESS budget:
# - after an amount, what it is outside of ("90 000 €, hors 1,2 M€ d'aides à l'IAE") or compared
#   with ("soit 0,5 % du budget de 10 M€");
_NOT_ESS_BEFORE = re.compile(r"(?:\bhors\b(?:(?! et\b|,)[^;€]){0,40}|\(\s*hors\b[^()€;]{0,60}|"
                             # the value of what is left out: "hors mise à disposition de locaux (valorisée à"
                             r"\bhors\b[^;,€()]{0,60}\([^()€;]{0,30}|"
                             r"\bsoit\b(?:(?!, et\b)[^;]){0,60}|"
                             r"\b(?:du|sur un) (?:budget|total)\b(?:(?!, et\b)[^;]){0,50}|"
                             # an increase, a comparison: "en hausse de 50 000 €", "contre 150 000 €"
                             r"\b(?:en (?:hausse|baisse|augmentation|diminution|progression)|une (?:hausse|baisse))"
                             r" de|\bcontre|"
                             # what was budgeted, after what was spent: "162 400 € consommés sur 190 000 € inscrits"
                             r"\b(?:consomm|engag|depens|realis|mandat|utilis|execut)\w*\s+sur|"
                             # other money added: "800 000 €, complétés par 1,2 M€ de crédits FSE+"
                             r"\bcomplete?e?s?\s+par|\babonde?e?s?\s+par)\s*$")
# - another funder's, said after it ("…, auxquels s'ajoutent 40 000 € de l'État", "de la Région
#   Île-de-France", "apportés par le Département") or before it ("Subvention du Département de
#   30 000 €"): a collectivité of another kind than the member's (``_own_kinds``);
_FUNDER = (r"(?P<funder>État|Etat|Europe|Union européenne|FSE|FEDER|LEADER|ADEME|CAF|Banque des Territoires|"
           r"Régions?|Département|Métropole|Agglomération|Communauté)\b")
_OTHER_FUNDER_AFTER = re.compile(r"\s*(?:(?:apportée?s?|versée?s?|financée?s?) par |"
                                 r"(?:d['’]|de )(?:aides?|subventions?|crédits?|financements?|dotations?|"
                                 r"participations?) (?:de l['’]|de la |du |des )(?=État|Etat|Europe|Union|FSE|FEDER|"
                                 r"LEADER|ADEME|CAF|Banque|Région|Département|Métropole|Agglomération|Communauté)|"
                                 r"de l['’]|de la |du |des |par l['’]|"
                                 r"par la |par le |de (?:(?:crédits|fonds) )?(?:européens|de l['’]Union européenne|"
                                 r"(?=FSE|FEDER|LEADER))|(?=FSE|FEDER|LEADER))" + r"(?:" + _FUNDER + r")?")
# ("de crédits FSE+", "de FSE+", "FEDER")
_ANY_FUNDER = re.compile(r"\b" + _FUNDER)
_OTHER_FUNDER_BEFORE = re.compile(r"\b(?i:subventions?|aides?|financements?|participations?|dotations?|apports?|"
                                  r"cofinancements?)\s+(?:de l['’]|de la |du |des )" + _FUNDER + r"[^€;.]{0,30}$")
# - every amount of a line that adds other funders' money or names them as its subject ("Auxquels
#   s'ajoutent 600 000 € du FSE+", "Cofinancements : …", "La Région Grand Est cofinance…"), or an
#   amount whose label is another funder ("l'État 1,2 M€", "Dont part LEADER (Union européenne) :");
_OTHER_FUNDERS_LINE = re.compile(r"\s*(?:[•*-]\s*)?(?:auxquels? s['’]ajoutent|s['’]y ajoute(?:nt)?|"
                                 r"(?:il est |elle est )?compl[ée]t[ée]e? par|en compl[ée]ment|co-?financements?\s*:|"
                                 r"autres financeurs)",
                                 re.IGNORECASE)
_FUNDER_SUBJECT = re.compile(r"\s*(?:[•*-]\s*)?(?:(?i:l['’]|la |le )|[A-ZÉ][\w'’-]+ )" + _FUNDER)  # "Nantes Métropole"
# - an amount in a sentence that adds money and names another funder ("L'État complète avec
#   400 000 €", "Le FSE+ apporte en complément 1,2 M€", "Subvention de la Région Occitanie … à ajouter");
_ADDED = re.compile(r"\b(?:y ajoute|s['’]y ajoute|s['’]ajoute|compl[eè]te|complètent|en compl[ée]ment|à ajouter|"
                    r"cofinanc|apporte|apportent|abonde)", re.IGNORECASE)

_FUNDER_LABEL = re.compile(r"(?:\b(?i:l['’]|la |le |de l['’]|de la |du |part |et )|^\s*)" + _FUNDER +
                           r"\+?(?: [A-ZÉ][\w'’-]*){0,3}\s*(?:\([^()]{0,30}\))?\s*:?\s*$")  # ("part FSE+ (UE) :")
# - the size of each grant or an average, not a budget ("de 5 000 € à 15 000 € par projet",
#   "Montant moyen des subventions : 18 k€", "2 000 € par mois");
_PER_UNIT_AFTER = re.compile(r"\s*(?:par|/)\s*(?:projet|structure|dossier|laur[ée]at|b[ée]n[ée]ficiaire|porteur|"
                             r"association|entreprise|emploi|poste|personne|[ée]dition|mois|jour|semaine|habitant)s?\b",
                             re.IGNORECASE)
# - an increase, said after it: "50 k€ supplémentaires pour l'appel à projets";
_MORE_AFTER = re.compile(r"\s*(?:supplémentaires?|de plus|en plus)\b", re.IGNORECASE)
_AVERAGE_BEFORE = re.compile(r"\b(?:moyens?|moyennes?|en moyenne|plafond|plafonnée? à|maximum|chacun|chacune)\b"
                             r"[^€;]{0,30}$", re.IGNORECASE)
# - the collectivité's whole budget ("Sur un budget départemental total de 1,6 milliard d'euros",
#   "Budget total de la collectivité : 180 M€");
_WHOLE_BUDGET = re.compile(r"\bbudget (?:(?:departemental|regional|communal|municipal|intercommunal|metropolitain|"
                           r"general)\b"
                           # (not "le budget régional dédié à l'ESS": the ESS's)
                           r"(?! (?:dedie|consacre|alloue|affecte|reserve)e?s? (?:a l'|a |aux? )?(?:ess|economie))|"
                           r"total de la (?:collectivite|commune|ville|region)|total du departement|"
                           r"(?:total|global) de (?:la|l')(?:collectivite|agglomeration))|"
                           r"\bsur un budget (?:total|global)")
#   but not the sum a share of it comes to: "Environ 3 % du budget communal, soit 1,1 M€" is the ESS's;
_SOIT = re.compile(r"\bsoit\b")  # (on folded text, whose trailing spaces are gone)
_SHARE_RESTATED = re.compile(r"\d\s*(?:%|pour ?cent)[^€;.]{0,60}\bsoit\s*$")
# - a total after its lines ("Total 2024 : 600 000 €", "… / Total : 2,27 M€");
_TOTAL_BEFORE = re.compile(r"(?:^|[.;/|]\s*)[\s•*-]*(?:total|soit (?:un total|au total)|au total)\b[^.;€]{0,40}$")
# - first on its line, the budget the ESS amount is compared with ("Sur un budget total de 120 M€, 1,5 M€…");
_COMPARED_FIRST = re.compile(r"\bsur un (?:budget|total)\b[^;]{0,50}$")
# - every amount of a line that only compares ("soit 0,15 % du budget départemental de 800 M€").
_COMPARING_LINE = re.compile(r"\s*\(?\s*soit\b")


# The funder words that name a kind of collectivité, and the words of a member's name that say it is one.
_KIND_WORDS = (("Région", ("region", "regional")), ("Département", ("departement", "departemental")),
               ("Métropole", ("metropole",)), ("Agglomération", ("agglomeration",)), ("Communauté", ("communaute",)))
_COLLECTIVITE_FUNDERS = frozenset(funder for funder, _ in _KIND_WORDS)


def own_kinds(member: str) -> frozenset[str]:
    """The funder words that name the member itself: "Région" in a Région's fiche."""
    words = set(re.split(r"\W+", fold(member)))
    return frozenset(funder for funder, keys in _KIND_WORDS if words & set(keys))


def _funder(match: re.Match[str]) -> str:
    return "Région" if match["funder"] == "Régions" else match["funder"]  # "des Régions": a Région


def _other_funder(match: re.Match[str] | None, own: frozenset[str]) -> bool:
    return match is not None and _funder(match) not in own


def _other_collectivite(match: re.Match[str] | None, own: frozenset[str]) -> bool:
    """First on its line, only another collectivité's money is no line: "200 000 € du FSE" first is
    European money the member allocates."""
    return match is not None and _other_funder(match, own) and _funder(match) in _COLLECTIVITE_FUNDERS


def _sentence_before(text: str, position: int) -> str:
    """The words of the sentence (or clause after ";") that leads to ``position``."""
    start = max(text.rfind(mark, 0, position) for mark in (". ", "; ", "! ", "? "))
    return text[start + 2 if start >= 0 else 0: position]


def outside_the_budget(text: str, amounts: list[EuroAmount], found: list[MoneyAmount],
                       own: frozenset[str], listed_part: bool = False) -> list[bool]:
    """For each amount of the line ``text``, whether it is no line of the budget; ``found``: the
    lines read before it, ``own``: the funder words that name the member itself (``own_kinds``),
    ``listed_part``: the line is a bullet of a "dont :" list, its first amount a part."""
    folded = fold(text)
    others_line = bool(_OTHER_FUNDERS_LINE.match(text)) or _other_funder(_FUNDER_SUBJECT.match(text), own)
    wholes = sum(1 for earlier in found if earlier.euros is not None and not earlier.part_of_previous)
    outside = []
    for index, amount in enumerate(amounts):
        before = text[amounts[index - 1].end if index else 0: amount.start]
        if index or listed_part or re.match(r"[\s•*-]*dont\b", folded):  # ("dont 120 000 € de crédits FSE+" alone)
            # "1 € par habitant, soit près de 70 000 €": the sum a rate comes to is the budget
            sums_a_rate = bool(_PER_UNIT_AFTER.match(text, amounts[index - 1].end)) and bool(_SOIT.search(fold(before)))
            said = not sums_a_rate and bool(_NOT_ESS_BEFORE.search(fold(before))) or _other_funder(
                _OTHER_FUNDER_AFTER.match(text, amount.end), own)
        else:
            said = (bool(_COMPARING_LINE.match(folded))
                    or (len(amounts) > 1 and bool(_COMPARED_FIRST.search(fold(before))))
                    or _other_funder(_OTHER_FUNDER_BEFORE.search(before), own)
                    or _other_collectivite(_OTHER_FUNDER_AFTER.match(text, amount.end), own)
                    or bool(_WHOLE_BUDGET.search(fold(before))) and not _SHARE_RESTATED.search(fold(before))
                    or bool(re.match(r"\s*hors\b", folded)))
        # "Total 2024 : 600 000 €" after its lines: their sum, no line
        summed = wholes >= 2 or (wholes + index >= 2 and "dont" not in folded)
        sentence = _sentence_before(text, amount.start)
        funded = _other_funder(_FUNDER_SUBJECT.match(sentence), own) or _other_funder(
            _OTHER_FUNDER_BEFORE.search(before), own) or (
            bool(_ADDED.search(sentence)) and any(_other_funder(m, own) for m in _ANY_FUNDER.finditer(sentence)))
        outside.append(said or others_line or funded or _other_funder(_FUNDER_LABEL.search(before), own)
                       or bool(_PER_UNIT_AFTER.match(text, amount.end)) or bool(_AVERAGE_BEFORE.search(before))
                       or bool(_MORE_AFTER.match(text, amount.end))
                       or (summed and _TOTAL_BEFORE.search(fold(before)) is not None))
    return outside
