"""The member's population and year of joining told in the sentences that present it: "La
Communauté urbaine d'Arras regroupe 46 communes et 108 000 habitants. Elle est membre du RTES
depuis 2018."

Precision first: a sentence gives a fact only when its subject is the member (its name, its kind
as its title or its stated kind writes it, or "elle"/"il" right after such a sentence), the
inhabitants are counted by the verb that makes them the member's ("compte", "regroupe"…, never
through a relative clause: "soutient 12 associations qui accompagnent 300 habitants"), and the
year is said of joining the RTES by name ("membre du RTES depuis 2018", "a adhéré au RTES en 2015").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rtes_kg.parse.fields import read_population
from rtes_kg.parse.lines import Line
from rtes_kg.parse.naming import fold, fold_in_place
from rtes_kg.parse.records import Number, Source, Year

# Headings of a section that presents the member ("Présentation", "Qui sommes-nous ?", "Identité").
_PRESENTS = re.compile(r"(?:presentation|qui sommes-nous|qui est-ce|identite|portrait|en bref|"
                       r"(?:le|notre) territoire|la collectivite|notre collectivite)\b")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])|(?<=[.!?])$")
_ARTICLE = re.compile(r"(?:(?:la|le|les|notre)\s+|l'\s*)")
_PRONOUN = re.compile(r"(?:elle|il|celle-ci|celui-ci)$")
_INCISE = re.compile(r",[^,]{1,80},")  # "La Ville, préfecture du département, compte…"
_NUMBER = r"\d{1,3}(?:[  .]\d{3})+|\d+"
_KIND = r"(?:commune|ville|communaute|agglomeration|metropole|intercommunalite|collectivite|departement|region)\b"
_INHABITANTS = (rf"(?:(?:plus de |pres de |environ )?(?:{_NUMBER})\s+(?:communes|villes|villages)(?: membres)?"
                r"\s*(?:et|,)\s+)?"
                rf"(?P<count>(?:(?:plus|pres|environ|quelque|moins) (?:de )?)?(?:{_NUMBER})(?:,\d+)?"
                r"(?:\s+millions?\s+d')?\s+habitants)\b")
# The verb that counts the member's inhabitants, then (only) its communes before them.
_COUNTS = re.compile(
    r"\s(?:compte|regroupe|rassemble|reunit|totalise|represente|est peuplee de|a une population de|"
    # "est une commune rurale de 9 500 habitants", "sommes une intercommunalité de 24 communes et …"
    rf"(?:est|sommes)\s+une?\s+{_KIND}[^.;:,\d]{{0,40}}?\s(?:de|d'))\s*" + _INHABITANTS)
# The same said in an apposition that opens the sentence: "Commune de 26 000 habitants au cœur du
# Berry, Vierzon adhère au RTES depuis 2016" (its subject, after the comma, is the member).
_APPOSED = re.compile(rf"(?:une?\s+)?{_KIND}[^.;:,\d]{{0,40}}?\s(?:de|d')\s*" + _INHABITANTS)
_JOINS = re.compile(r"\s(?:(?:est|etait|sommes)\s+)?(?:(?:membres?|adherente?s?)\s+(?:du|au)\s+rtes\s+depuis"
                    r"|(?:a|avons)?\s*(?:adhere|rejoint)\s+(?:au|le)\s+rtes\s+(?:en|depuis)"
                    r"|adhere\s+au\s+rtes\s+depuis)\s+(?P<year>(?:19|20)\d{2})\b")


def presents_the_member(heading: str) -> bool:
    """Whether a section's heading announces the member's presentation."""
    return bool(_PRESENTS.match(fold(heading).lstrip("0123456789ivx.) ")))


def _sentences(lines: list[Line]) -> list[tuple[Line, str]]:
    return [(line, sentence) for line in lines for sentence in _SENTENCE_END.split(line.unbulleted) if sentence]


# The member speaking of itself: "Nous sommes membres du RTES depuis 2009", "Notre commune compte…"
_WE = re.compile(r"(?:nous|notre (?:commune|ville|collectivite|communaute|agglomeration|metropole|"
                 r"intercommunalite|departement|region))$")


def _names_the_member(subject: str, names: list[str]) -> bool:
    """Whether a folded subject ("la communaute urbaine", "laval agglomeration", "nous") is the member
    as one of its ``names`` (folded title, stated kind) writes it: their start, or words all of the
    name; or the member speaking of itself."""
    if _WE.match(subject):
        return True
    bare = _ARTICLE.sub("", subject, count=1).strip()
    if len(bare) < 4:
        return False
    words = set(re.split(r"[\s'-]+", bare))
    return any(name.startswith(bare) or words <= set(re.split(r"[\s'-]+", name)) for name in names if name)


def _subject(folded: str) -> str:
    """The words before the verb, without an incise."""
    return _INCISE.sub("", folded).strip()


def member_facts(lines: list[Line], names: list[str], file: str) -> dict[str, Number | Year]:
    """The population and the year of joining that the member's sentences in ``lines`` state."""
    facts: dict[str, Number | Year] = {}
    folded_names = [fold(name) for name in names]
    members = False  # whether the sentence before was the member's (a pronoun then is the member)
    for line, sentence in _sentences(lines):
        folded = fold_in_place(sentence)
        first = min((m.start() for m in (_COUNTS.search(folded), _JOINS.search(folded)) if m), default=None)
        if first is None:  # no fact: whether it still speaks of the member ("Elle est située…")
            bare = _ARTICLE.sub("", folded, count=1)
            members = any(name and bare.startswith(name) for name in folded_names) \
                or bool(members and _PRONOUN.match(folded.split(" ", 1)[0]))
            continue
        subject = _subject(folded[:first])
        apposed = _APPOSED.match(subject) if "," in subject else None
        if apposed is not None:
            subject = subject.rsplit(",", 1)[1].strip()
        members = _names_the_member(subject, folded_names) or bool(members and _PRONOUN.match(subject))
        if not members:
            continue
        if apposed is not None and "population" not in facts:
            said = sentence[apposed.start("count"): apposed.end("count")]
            population, issues = read_population([replace(line, text=said, key=fold(said))], file)
            if population is not None and population.value is not None and not issues:
                facts["population"] = population
        if (count := _COUNTS.search(folded)) is not None and "population" not in facts:
            said = sentence[count.start("count"): count.end("count")]
            population, issues = read_population([replace(line, text=said, key=fold(said))], file)
            if population is not None and population.value is not None and not issues:
                facts["population"] = population
        if (joined := _JOINS.search(folded)) is not None and "membership_year" not in facts:
            facts["membership_year"] = Year(joined.group("year"), Source(file, line.no))
    return facts
