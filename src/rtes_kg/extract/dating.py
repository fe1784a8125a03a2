"""The year a sentence gives its figures: "12 salariés en 2023" (not "Ouverte en 2021, la
recyclerie emploie 12 salariés": the year of an event; nor "depuis 2015", "contre 8 en 2020",
"vise 150 sociétaires en 2026"). See docs/extraction.md, "Figures"."""

from __future__ import annotations

import bisect
import re

from rtes_kg.extract.nonfigures import planned_year

__all__ = ["YearOfClauses", "sentence_year", "years_of_clauses"]

# ("en 2023-2024", "en 2023/24": a period of two years, or a school year, is no one year)
# ("fin 2023", "début 2024", "mi-2023", "au 31 décembre 2023": the date of a count; not "jusqu'à fin
# 2025", "avant fin 2025": a deadline)
_YEAR = re.compile(r"\b(?:(?:en|année|au cours de l'année|au cours de l’année|"
                   r"(?<!qu'à )(?<!qu’à )(?<!avant )(?:fin|début)|au\s+\d{1,2}(?:er)?)\s+|mi-)"
                   r"(?:(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
                   r"d[ée]cembre)\s+)?((?:19|20)\d{2})"
                   r"(?!\d|\s*[-–/]\s*(?:19|20)?\d\d\b|\s*(?:et|à)\s*(?:en\s+)?(?:19|20)\d\d\b)",  # ("en 2022 et 2023")
                   re.IGNORECASE)  # (but "22 salariés en 2022 et 25 en 2023": 25 is no year)
_NOW = re.compile(r"\b(?:aujourd['’]hui|actuellement|désormais|à ce jour|a ce jour)\b", re.IGNORECASE)
# A year right after these dates the structure or the project, not the figures of the sentence.
_EVENT = re.compile(r"\b(?:créé|crée|fondé|cofondé|co-fondé|ouvert|lancé|inauguré|né|labellisé|installé|"
                    r"implanté|lauréate?s? d\w*|"
                    r"racheté|acheté|acquis|rénové|construit|réhabilité|"
                    r"démarré|mis en place|mise en place|signé|adopté|voté|"
                    # "a apporté 60 000 € en 2021, et elle transforme 4 500 tonnes par an": the grant's year;
                    # "est entrée en 2021 au capital de la SCIC, qui réunit 640 sociétaires": the shares'
                    r"apporté|versé|accordé|attribué|alloué|octroyé|entrée?|confié|repris|reprise|"
                    # "s'est associée au Secours catholique pour ouvrir en 2023 une épicerie"
                    r"créer|fonder|ouvrir|lancer|inaugurer|installer|implanter|construire|rénover|"
                    r"démarrer|mettre en place|signer|"
                    r"création|ouverture|lancement|inauguration|fondation|signature|"
                    # "La recyclerie emploie 35 salariés et a été soutenue par la Ville en 2022": the
                    # structure (singular) was helped that year, not its staff counted
                    # (a title's event ends at its colon: "Création d'une recyclerie : 120 t détournées en 2022")
                    r"a été \w+)e?s?\b[^,;.:]{0,60}$", re.IGNORECASE)
_COMPARED = re.compile(r"qu['’]\s*$", re.IGNORECASE)  # "30 % de plus qu'en 2021": the year compared with
# "450 familles en 2023 (contre 380 en 2022)", "12 salariés, contre 8 en 2020": the year compared with
_VERSUS = re.compile(r"\bcontre\s+(?:environ\s+|près de\s+)?\d[\d\s\u202f\u00a0]*[^\d.;()]{0,25}$", re.IGNORECASE)
# ("depuis sa création en 2015"; not "depuis 2015, a détourné 230 tonnes en 2023": that one has its year)
_SINCE = re.compile(r"depuis\b(?:(?!(?:19|20)\d\d)[^.;]){0,40}$", re.IGNORECASE)


def _dated_event(before: str) -> bool:
    """Whether the year after ``before`` dates an event of its own, not a count: "Ouverte en 2021,"
    (but "a créé 9 emplois en 2022": what was created is counted that year)."""
    event = _EVENT.search(before)
    if event is None:
        return False
    verb = before[event.start():].split(None, 1)[0]
    return not (_MAKING.match(verb) and (_COUNTED_AFTER.match(before, event.start() + len(verb))
                                         or _COUNTED_BEFORE.search(before, 0, event.start())))


_MAKING = re.compile(r"(?:créé|crée|ouvert|lancé|installé|implanté|construit|rénové|réhabilité|fondé|acheté|"
                     r"accordé|attribué|octroyé|alloué|distribué)e?s?$",
                     re.IGNORECASE)  # ("a acheté 5 000 repas en 2023", "a accordé 45 prêts en 2023": counted then)
# ... or the count before the participle: "45 prêts d'honneur accordés en 2023" (not "60 000 € accordés")
_COUNTED_BEFORE = re.compile(r"\d[\d\s\u202f\u00a0]*\s+[^\W\d][\w'’-]*(?:\s+d['’]\s*[^\W\d]+)?\s+$")

# What the event made, counted: "a créé 9 emplois", "a ouvert 3 sites" (not "a acquis 100 parts en
# 2022, emploie 12 salariés": the shares' year; nor "créée par 3 associations en 2019": the creation's)
_COUNTED_AFTER = re.compile(r"\s+(?:(?:près de|plus de|environ)\s+)?\d[\d\s\u202f\u00a0]*\s*"
                            r"(?!€|euros?\b|[kKM]€|millions? d)[^\W\d]")


def _figures_years(sentence: str, now_said: bool = True) -> list[re.Match[str]]:
    """Where the sentence says a year of its figures: "en 2022", not the year of another event
    ("Ouverte en 2021, la recyclerie emploie…", "depuis … en 2015", "contre 8 en 2020"); none when
    ``now_said`` and the figures are said to be today's ("aujourd'hui", "actuellement")."""
    if now_said and _NOW.search(sentence):
        return []
    # _SINCE and _EVENT reach back at most 80 characters: look only there, not at all before each year
    return [m for m in _YEAR.finditer(sentence)
            if not _SINCE.search(sentence[max(0, m.start() - 50): m.start()])
            and not _dated_event(sentence[max(0, m.start() - 80): m.start()])
            and not _COMPARED.search(sentence[max(0, m.start() - 4): m.start()])
            and not _VERSUS.search(sentence[max(0, m.start() - 40): m.start()])
            and not planned_year(sentence, m.start())]


def sentence_year(sentence: str) -> int | None:
    """The one year the sentence says of its figures ("en 2022"), if it says one only."""
    years = {int(m.group(1)) for m in _figures_years(sentence)}
    return years.pop() if len(years) == 1 else None


# Where a coordinated clause with a verb of its own opens: ", a ouvert une boutique", "et emploie
# 14 salariés", ", qui accueille…", "mais ne compte que 3 salariés" (not "320 tonnes, dont 180…",
# "de textiles, meubles et vaisselle en 2023": a word is a verb when an auxiliary, a pronoun or a
# determiner or a figure after it says so: "et dispose de 3 ETP").
_CLAUSE = re.compile(r"(?:,\s*(?:(?:et|puis|mais)\s+)?|\s(?:et|puis|mais)\s+)"
                     r"(?=qui\b|(?:a|ont|est|sont|avait|avaient|était|étaient)\s+(?!\d)[^\W\d]|"
                     r"(?:s['’]|y\s+|ne\s+|n['’])[^\W\d]|"
                     r"(?:elle|il|elles|ils)\s+[^\W\d]|"  # ", elle en comptait 8 en 2020": its own subject
                     r"(?!(?:dont|soit|notamment|plus|moins|tout|tous|toutes|ainsi|aussi|également|environ|près|"
                     r"avec|pour|par|sur|dans|sans|chez|entre|vers|via|hors|contre|selon|après|avant|depuis)\b)"
                     r"(?-i:[a-zà-ÿ][a-zà-ÿ]{2,})(?<!ment)\s+"
                     r"(?:\d|(?:de|d['’])\s*\d|(?:le|la|les|l['’]|un|une|des|du|son|sa|ses|leur|leurs|plus de|"
                     r"près de|environ|chaque|chaque année|désormais|aujourd['’]hui)\b))", re.IGNORECASE)
# A year that opens the sentence dates all its clauses: "En 2023, l'association a collecté… et employé…"
_FRONTED = re.compile(r"\W*(?:(?:et|puis|mais|ainsi|enfin)\s*,?\s+)?(?:(?:pour|sur|durant|pendant|dès)\s+)?"
                      r"(?:l['’]\s*)?", re.IGNORECASE)


# A figure, its noun, and nothing else before its year: "350 visiteurs ", "1 200 familles "
_FIGURE_THEN_YEAR = re.compile(r"\d[\d\s\u00a0\u202f.,]*[^\d,;:()]{0,40}")



# A figure with its noun, "et", and a bare number right before a year: "300 adhérents et 410 (en 2023)"
_BARE_NUMBER_BEFORE = re.compile(r"\d[^\d,;:()]{1,40}?\set\s+(\d[\d\u00a0\u202f ]*?)\s+\Z")
_NUMBER_AFTER = re.compile(r"\s*(?:,|\set)\s+\d")
_FIGURE_BEFORE = re.compile(r"\d[^\d,;:()]{0,40}\s\Z")  # "210 tonnes (en 2022)", not "Clauses sociales : (en 2023)"


class YearOfClauses:
    """The year of each figure of a sentence, by its offset: the sentence's one year when it opens
    the sentence, else the year of the figure's own clause only."""

    def __init__(self, sentence: str):
        found = _figures_years(sentence, now_said=False)
        self._year = int(found[0].group(1)) if len({m.group(1) for m in found}) == 1 else None
        fronted = any(_FRONTED.fullmatch(sentence, 0, m.start()) for m in found)
        self._cuts = [] if fronted else [m.start() for m in _CLAUSE.finditer(sentence)]
        # a clause that says its figures are today's has no year ("…en 2023 puis a déménagé et
        # compte désormais 25 bénévoles": the bénévoles only)
        self._now = [m.start() for m in _NOW.finditer(sentence)]
        today = {bisect.bisect_right(self._cuts, now) for now in self._now}
        self._dated = {bisect.bisect_right(self._cuts, m.start()) for m in found} - today
        self._sentence, self._found = sentence, found
        # a year said right after a figure, before another ("200 tonnes en 2023 et 11 salariés…"), is
        # not the next one's
        after_a_figure = self._year is not None and _FIGURE_BEFORE.search(sentence, 0, found[0].start()) is not None
        next_figure = _NUMBER_AFTER.match(sentence, found[0].end()) if after_a_figure else None
        self._own_until = found[0].end() if next_figure is not None else None
        # a year right after a bare number that repeats the figure before it is that number's only
        # ("300 adhérents et 410 en 2023": the 300 has no year)
        bare = _BARE_NUMBER_BEFORE.search(sentence, 0, found[0].start()) if self._year is not None else None
        self._own_from = bare.start(1) if bare is not None else None

    def _right_after(self, offset: int) -> int | None:
        """In a sentence of several years, the year said right after the figure and its noun: "350
        visiteurs en 2022 et 410 en 2023" (none when another figure or a clause stands between)."""
        for match in self._found:
            if match.start() > offset:
                return int(match.group(1)) if _FIGURE_THEN_YEAR.fullmatch(self._sentence, offset, match.start()) \
                    else None
        return None

    def at(self, offset: int) -> int | None:
        """The year of the figure at ``offset`` in the sentence."""
        if self._year is None:
            return self._right_after(offset)
        if self._own_until is not None and offset > self._own_until:
            return None
        if self._own_from is not None and offset < self._own_from:
            return None
        if bisect.bisect_right(self._cuts, offset) in self._dated:
            return self._year
        # its own year, said right after it, before its clause says what is true today: "qui
        # employait 40 personnes en 2020, en emploie 65 aujourd'hui"
        year = self._right_after(offset)
        said = next((m.end() for m in self._found if m.start() > offset), None)
        return year if year is not None and said is not None and any(now > said for now in self._now) \
            and not any(offset < now < said for now in self._now) else None


def years_of_clauses(sentence: str) -> YearOfClauses:
    return YearOfClauses(sentence)
