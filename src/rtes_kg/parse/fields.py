"""The one-value fields of a fiche: population, membership year, update date and postal address."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from types import MappingProxyType

from rtes_kg.parse.amounts import qualifier_before
from rtes_kg.parse.contact_details import PHONE, is_phone_line
from rtes_kg.parse.issues import issue
from rtes_kg.parse.lines import EMAIL, Line
from rtes_kg.parse.naming import fold
from rtes_kg.parse.records import Address, Number, ParseIssue, Source, Year

# ---------------------------------------------------------------- population

# "2 820 940", "26 440", "15.000" (grouped thousands) or a plain run of digits; an optional
# decimal part and "million(s)" for "1,2 million d'habitants".
_COUNT = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d+))?(?![\d])"
                    r"(?:\s*(millions?|M(?![\w'’])|k(?![\w'’])|milliers?(?: d['’])?))?(\s*(?:d')?\s*hab)?",
                    re.IGNORECASE)
# What a number counts when it is not inhabitants: "45 communes", "1 200 km²", "12 %".
_NOT_PEOPLE = re.compile(r"\s*(?:communes?|km|kilom|ha\b|hectares?|%|ans?\b|élus|agents|salariés|membres|"
                         r"quartiers|villages|epci|intercommunalités|départements|associations|structures)",
                         re.IGNORECASE)

# Digits grouped by spaces, but not by threes: "4 5000", "45 00". Which number was meant is not known.
_MISGROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})* (?:\d{1,2}|\d{4,})(?![\d,.])")

# A billion inhabitants: no territory comes near (France has 68 million); more digits is a typo,
# and past 4,300 digits Python refuses to read the number at all.
MAX_POPULATION_DIGITS = 9


def read_population(lines: list[Line], file: str) -> tuple[Number | None, list[ParseIssue]]:
    """The population: the number followed by "hab."/"habitants", else the largest number.

    A bare year ("INSEE 2021") loses to any other figure, so "Population 2021 : 1 500" gives 1500,
    and dates it, when it is the only one.
    """
    if not lines:
        return None, []
    raw = " ".join(line.text for line in lines)
    source = Source(file, lines[0].no)
    candidates = []
    issues = []
    for match in _COUNT.finditer(raw):
        whole, decimals, million, hab = match.groups()
        if not hab and not million and _NOT_PEOPLE.match(raw, match.end()):
            continue  # "45 communes"
        digits = re.sub(r"[ .]", "", whole).lstrip("0")
        factor = 1 if not million else 1_000 if million[0] in "kK" or million.lower().startswith("millier") \
            else 1_000_000  # "60k habitants", "1,2 M hab."
        if len(digits) + len(str(factor)) - 1 > MAX_POPULATION_DIGITS:
            issues.append(issue("population-demesuree", file, lines[0].no, match.group(0)))
            continue
        value = int(digits or "0")
        if million:
            value = int((value + float(f"0.{decimals}" if decimals else 0)) * factor)
        looks_like_year = bool(re.fullmatch(r"(?:19|20)\d{2}", whole)) and not hab
        candidates.append((bool(hab), not looks_like_year, value, match.start()))
    if issues:  # an absurd figure: no other number of the line is to be taken for the population
        return Number(None, raw, source), issues
    if not candidates or _MISGROUPED.search(raw):
        return Number(None, raw, source), [issue("population-illisible", file, lines[0].no, raw)]
    *_, value, start = max(candidates, key=lambda candidate: candidate[:3])
    years = {year for hab, not_year, year, at in candidates if not not_year and at != start}
    return Number(value, raw, source, qualifier_before(raw[:start]),  # "Plus de 700 000 hab."
                  years.pop() if len(years) == 1 else None), []  # "(INSEE 2021)"; not "2015-2020"


# A line that only states the population, on the folded text: "12 345 habitants", "Environ 3 400 hab.",
# "Plus de 1,2 million d'habitants", "12 345 habitants (INSEE 2021)", "3 412 habitants en 2021";
# after its kind ("Commune de 3 412 habitants"). Nothing else may follow: "12 000 habitants
# accompagnés" says something else.
_QUALIFIER = r"(?:(?:environ|plus de|pres de|pres d'|moins de|quelque|quasiment|presque|~)\s*)?"
_FIGURE = r"\d[\d .]*(?:[,.]\d+)?\s*(?:(?:millions?|milliers?)\s+d'\s*|k\s*)?"
_INHABITANTS = r"(?:habitants?|hab\b\.?)"
_WHEN = (r"(?:\s*\((?:[^()]{0,12}\b)?(?:19|20)\d{2}\)|\s*\((?:insee|recensement|population|source)[^()]{0,40}\)"
         r"|\s+(?:en|au)\s+(?:1er\s+janvier\s+)?(?:19|20)\d{2})?")
_POPULATION_LINE = re.compile(rf"{_QUALIFIER}{_FIGURE}{_INHABITANTS}{_WHEN}\s*\.?")
# "Commune de 3 412 habitants", "Bassin de vie de 45 000 habitants"
# (or after a dash, a comma or in parentheses: "Commune – 3 412 habitants", "Commune (3 412 habitants)")
_AFTER_WORDS = re.compile(rf"\D{{3,60}}?(?:\s+(?:de|d')\s*|\s*[,–—-]\s*|\s*\(\s*){_POPULATION_LINE.pattern}\)?")


def states_population(key: str, after_words: bool = False) -> bool:
    """Whether a folded line only states a population: "12 345 habitants", "Plus de 3 400 hab.";
    ``after_words``: or after words that say whose ("Commune de 3 412 habitants", "Bassin de vie de
    45 000 habitants"), which is never a title either."""
    return bool(_POPULATION_LINE.fullmatch(key) or after_words and _AFTER_WORDS.fullmatch(key))


# ---------------------------------------------------------------- membership year

_YEAR = re.compile(r"(?<![\w])(?:19|20)\d{2}(?![\w])")
# A year mistyped with letters ("20O1", "2OO1", "200l"): kept raw so that validation reports it.
_YEARISH = re.compile(r"(?<![\w])(?=[0-9OoIl]{4}(?![\w]))(?=[OoIl]*\d[OoIl]*\d)[0-9OoIl]{4}")


def read_year(lines: list[Line], file: str) -> tuple[Year | None, list[ParseIssue]]:
    """The membership year as written: "2001", or "20O1" kept raw for validation to report."""
    for line in lines:
        match = _YEAR.search(line.text) or _YEARISH.search(line.text)
        if match:
            return Year(match.group(0), Source(file, line.no)), []
    if not lines:
        return None, []
    raw = " ".join(line.text for line in lines)
    return Year(raw, Source(file, lines[0].no)), [issue("annee-illisible", file, lines[0].no, raw)]


# ---------------------------------------------------------------- update date

# The months, folded, by their number; also as a web page or a mailer abbreviates them ("3 févr. 2025").
MONTHS = MappingProxyType({
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12})
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_NAME = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WORDED_DATE = re.compile(rf"\b(\d{{1,2}})(?:er)? ({MONTH_NAME})\.? (\d{{4}})\b")
# A month and a year, no day: "mars 2024", "03/2024", "2024-03"; or a year alone.
MONTH_OF_A_YEAR = re.compile(rf"\b(?:{MONTH_NAME}\.?\s+|(?:0?[1-9]|1[0-2])[/.-])(?:19|20)\d{{2}}\b"
                             r"|\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])\b(?!-)")
_YEAR_ALONE = re.compile(r"\b(?:19|20)\d{2}\b")
_NUMERIC_MONTH = re.compile(r"\b(\d{1,2})[/.-](?:19|20)\d{2}\b")


def read_update(line: Line, file: str) -> tuple[datetime.date | None, list[ParseIssue]]:
    """The date of a "Dernière mise à jour" line: 16/09/2025, 2025-09-16 or 16 septembre 2025."""
    key = line.key
    try:
        if match := _ISO_DATE.search(key):
            return datetime.date(int(match[1]), int(match[2]), int(match[3])), []
        if match := _NUMERIC_DATE.search(key):
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            return datetime.date(year, int(match[2]), int(match[1])), []
        if match := _WORDED_DATE.search(key):
            return datetime.date(int(match[3]), MONTHS[match[2]], int(match[1])), []
    except ValueError:  # 31/02/2025: a date-shaped text that is no date (said so, not "unreadable")
        return None, [issue("date-impossible", file, line.no, line.text)]
    if (month := _NUMERIC_MONTH.search(key)) and not 1 <= int(month[1]) <= 12:
        return None, [issue("date-impossible", file, line.no, line.text)]  # "13/2024"
    if MONTH_OF_A_YEAR.search(key) or _YEAR_ALONE.search(key):
        # "mars 2024": no day is invented (dct:modified is a day); the report asks for it
        return None, [issue("date-sans-jour", file, line.no, line.text)]
    return None, [issue("date-illisible", file, line.no, line.text)]


# ---------------------------------------------------------------- address

# Contact details written under the address: never a part of it ("Site internet : www.nievre.fr").
_DETAILS = re.compile(r"t[eé]l|fax|courriel|e-?mail|m[eé]l\b|portable|(?:site|web)\b[^:]{0,12}:")
_WEB = re.compile(r"https?://|\bwww\.", re.IGNORECASE)
_COUNTRIES = {"france", "france metropolitaine", "belgique", "suisse", "luxembourg"}
_PO_BOX = re.compile(r"(?<![\w])(B\.?P\.?|C\.?S\.?|TSA|Boîte postale|Boite postale)\s*(\d[\d ]*\d|\d)(?![\w])",
                     re.IGNORECASE)
# "25031 Besançon Cedex", "71206 Le Creusot cedex 3", and in a bad fiche "2107 Dijon": a short
# run of digits then a word that starts with a letter.
_POSTCODE_CITY = re.compile(r"(?<![\w])(\d{2} \d{3}|\d{1,5})\s+([^\W\d][\w'’ -]*?)(?:\s+(cedex)(?:\s*(\d{1,2}))?)?\s*$",
                            re.IGNORECASE)
_TERRITORY_TAIL = re.compile(r"(?<![\w])(?:\d{5}|\d{2} \d{3})\s+[^\W\d][^,()–—]*?"
                             r"(?P<tail>\s*(?:,|\(|\s[–—-])\s*(?P<territory>[^\W\d][\w'’ -]*?)\)?)\s*$")
_NUMBER_START = re.compile(r"(?<![\w])\d")
_STREET_WORDS = re.compile(
    r"\b(rue|avenue|av|boulevard|bd|place|square|chemin|allee|impasse|route|quai|cours|faubourg|"
    r"esplanade|parvis|rond-point|voie|passage|sentier|hameau|lieu-dit|bis|ter|mail|promenade|"
    r"residence|zone|za|zi|zac|rn|rd)\b")
_PARTICLES = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "aux", "au", "lès",
              "lez", "d", "l"}


def title_case_city(name: str) -> str:
    """"LE CREUSOT" → "Le Creusot", "SAINT-DENIS" → "Saint-Denis"; mixed case is left as written."""
    if name != name.upper() or not any(ch.isalpha() for ch in name):
        return name

    def word(token: str, first: bool) -> str:
        lower = token.lower()
        return lower if (lower in _PARTICLES and not first) else lower[:1].upper() + lower[1:]

    parts = re.split(r"([ '’-])", name)
    return "".join(part if index % 2 else word(part, index == 0) for index, part in enumerate(parts))


def _split_box(text: str) -> tuple[str, str | None]:
    """"2 rue des tourbières, BP 235" → ("2 rue des tourbières", "BP 235")."""
    match = _PO_BOX.search(text)
    if not match:
        return text, None
    prefix = re.sub(r"[.\s]", "", match[1]).upper()
    box = f"{prefix if len(prefix) <= 3 else match[1]} {match[2]}"
    rest = (text[: match.start()] + " " + text[match.end():]).strip()
    return re.sub(r"\s*[,–—-]\s*$", "", re.sub(r"\s+", " ", rest)).strip(" ,"), box


def is_postal_line(text: str) -> bool:
    """A line that is an address alone: "1 place Saint-Pierre", "59000 Lille"."""
    if re.match(r"\s*(?:\d{5}|\d{2} \d{3})\s", text) and _postcode_city(text):
        return True
    return bool(re.match(r"\s*\d{1,4}\s*(?:bis|ter)?,?\s", text) and _STREET_WORDS.search(fold(text)))


# An address on one line ends with its postcode and city: "Hôtel de ville, place X, 37500 Chinon".
_POSTCODE_LAST = re.compile(r",\s*\d{2} ?\d{3}\s+[A-ZÀ-Ý][\w'’ -]*$")


def ends_with_a_city(text: str) -> bool:
    """A line that ends with a postcode and its city after a comma: an address on one line, whatever
    opens it ("Hôtel du Département, 93006 Bobigny Cedex", "Le Pharo, 58 boulevard…, 13007 Marseille")."""
    return _POSTCODE_LAST.search(text) is not None


def is_street(text: str) -> bool:
    """"4 rue du Port", "Place du Marché"; not "3ème étage", "1er étage" (a floor, an ordinal)."""
    return bool(re.match(r"\d+(?!\d|\s*(?:e|er|ere|ère|eme|ème)\b)", text)) or bool(_STREET_WORDS.search(fold(text)))


# What names a public building, never a street: "Hôtel du Département", "Hôtel de Ville", "Mairie",
# "Maison de la Région", "Immeuble Le Cristal", "Cité administrative", "Centre administratif".
_BUILDING = re.compile(r"(?:hotel|mairie|immeuble|batiment|maison|palais|cite administrative|centre administratif|"
                       r"siege|tour)\b")


def _names_a_building(text: str) -> bool:
    return bool(_BUILDING.match(fold(text))) and not is_street(text)


def _without_territory(text: str) -> tuple[str, str | None]:
    """A line without what follows a full postcode's city ("97180 Sainte-Anne, Guadeloupe",
    "31520 Ramonville-Saint-Agne (Haute-Garonne)"): the territory, which the postcode gives."""
    match = _TERRITORY_TAIL.search(text)
    if match is None or fold(match["territory"]).startswith("cedex"):
        return text, None
    return text[:match.start("tail")], match["territory"].strip()


def _postcode_city(text: str) -> re.Match[str] | None:
    """The postcode and city that end a line, which may hold the street before them ("1 place de
    la Mairie - 21000 Dijon", "21 000 Dijon"): the first run of digits that starts them, among the
    last few (a line of hostile digits is not read again from each)."""
    for start in [m.start() for m in _NUMBER_START.finditer(text)][-_LAST_NUMBERS:]:
        match = _POSTCODE_CITY.match(text, start)
        if match is not None and not _STREET_WORDS.match(fold(match[2])) \
                and not re.search(r"(?<![\w-])\d{5}(?![\w])", match[2]) \
                and not (len(match[1]) < 5 and fold(match[2]).split(" ")[0] in MONTHS):  # "place du 8 Mai 1945"
            return match
    return None


_LAST_NUMBERS = 4


# Where an address line may go on with the contact details of the same place.
_DETAIL_BREAK = re.compile(r"(\s+[–—-]\s+|\s*[,;]\s*)")


# The parts of an address written on one line ("Hôtel communautaire, 10 boulevard du Port"), but
# not the comma after a street number ("40, avenue du Drapeau").
_ADDRESS_PARTS = re.compile(r"(?<![\d\s])(?<!\d bis)(?<!\d ter)\s*,\s*")


def _without_details(line: Line) -> Line:
    """The address line without the phone, e-mail and web site written after it on the same line:
    "3 place de la Mairie, 56290 Port-Louvet – Tél. 02 97 00 00 00" is the place, not its phone."""
    parts = _DETAIL_BREAK.split(line.text)
    kept = parts[:1]
    for separator, part in zip(parts[1::2], parts[2::2]):
        if "@" in part or EMAIL.search(part) or PHONE.fullmatch(part.strip()) or _DETAILS.match(fold(part)) \
                or _WEB.search(part):
            break  # the details end the line: what follows them is theirs
        kept += [separator, part]
    text = "".join(kept).strip()
    return line if text == line.text else replace(line, text=text, key=fold(text))


def read_address(lines: list[Line], file: str) -> tuple[Address | None, list[ParseIssue]]:
    """An address from its lines: street (+ box), area lines, postcode and city, country."""
    lines = [_without_details(line) for line in lines]
    usable = [line for line in lines if not line.is_url and "@" not in line.text  # nor "03 83 94 54 54" alone
              and not _DETAILS.match(line.key) and not _WEB.search(line.text) and not is_phone_line(line.text)]
    if not usable:
        return None, []
    issues: list[ParseIssue] = []
    texts = [line.text for line in usable]
    country = None
    if fold(texts[-1]) in _COUNTRIES:
        country = texts.pop()
    elif "," in texts[-1] and fold(texts[-1].rsplit(",", 1)[1]) in _COUNTRIES:
        # everything on one line: "8 avenue Aristide Briand, 25400 Audincourt, France"
        texts[-1], country = (part.strip() for part in texts[-1].rsplit(",", 1))

    # The postcode line is the last line shaped "digits + city"; a street ("2 rue …") has the same
    # shape, so a match whose first word is a street word does not count.
    post_code = post_name = None
    cedex = False
    for index in range(len(texts) - 1, -1, -1):
        text, territory = _without_territory(texts[index])
        match = _postcode_city(text)
        if match is None:
            continue
        if territory is not None and fold(territory) in _COUNTRIES:
            country = country or territory
        post_code, post_name, cedex = match[1].replace(" ", ""), title_case_city(match[2].strip()), bool(match[3])
        before = re.sub(r"(?:^|\s)F$", "", text[: match.start()].strip(" ,–-")).strip()  # "F-21000"
        texts = texts[:index] + ([before] if before else [])
        break
    else:
        issues.append(issue("code-postal-absent", file, usable[0].no, " / ".join(texts)))

    thoroughfare = po_box = None
    area_parts: list[str] = []
    building_parts: list[str] = []
    for text in [part for line in texts for part in _ADDRESS_PARTS.split(line)]:
        rest, box = _split_box(text)
        po_box = po_box or box
        if not rest:
            continue
        if thoroughfare is None and is_street(rest):
            thoroughfare = rest
            building_parts, area_parts = area_parts, []  # lines before the street name a building
        else:
            area_parts.append(rest)
    if thoroughfare is None and area_parts and _names_a_building(area_parts[0]):
        building_parts.append(area_parts.pop(0))  # "Hôtel du Département" alone: a building, no street
    elif thoroughfare is None and area_parts:
        thoroughfare = area_parts.pop(0)  # "Château de la Verrerie": the only line before the city, its place
    return Address(
        thoroughfare=thoroughfare, po_box=po_box, area=", ".join(area_parts) or None,
        post_code=post_code, post_name=post_name, cedex=cedex, country=country,
        lines=tuple(line.text for line in usable), source=Source(file, usable[0].no),
        building=", ".join(building_parts) or None,
    ), issues
