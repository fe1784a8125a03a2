"""Collectivités named in a text ("la Région Bourgogne-Franche-Comté", "les communautés de
communes du X et du Y"), and the keys under which a member's own name is found in other fiches."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from rtes_kg.extract import places
from rtes_kg.extract.concepts import scheme_labels
from rtes_kg.extract.givers import a_giver_or_partner_after
from rtes_kg.extract.lexicon import (
    CONNECTORS,
    NUMBER_WORDS,
    SCHEMES_AND_EVENTS,
    Lexicon,
    Token,
    phrase_keys,
    tokens,
)
from rtes_kg.extract.names import (
    FROM_PATTERN,
    QUOTATION,
    Found,
    Trigger,
    joined,
    name_forward,
    plural,
    sentence_start,
    structure_words,
)
from rtes_kg.extract.tails import acronym_tail
from rtes_kg.once import table
from rtes_kg.parse.naming import normalise_label
from rtes_kg.parse.naming import slug as name_slug
from rtes_kg.vocab import SCHEME_KIND

COLLECTIVITE = "collectivite"

# The kinds of collectivité that announce a named collectivité in prose. "Pays" and "Autre" name
# territories or nothing; a one-word kind ("Région") must be capitalised to count, unless a role
# word says it is a body ("aux côtés de la commune de Corte"): then it is ``weak``.
_COLLECTIVITE_KINDS = frozenset({"commune", "communaute-de-communes", "communaute-d-agglomeration",
                                 "communaute-urbaine", "metropole", "departement", "region",
                                 "syndicat-mixte", "syndicat-intercommunal",
                                 "etablissement-public-territorial"})
# Kind words of the collectivités with a special status, which the scheme's labels do not give in
# the form prose uses: "la Collectivité Territoriale de Martinique", "la Collectivité de Corse".
_SPECIAL_STATUS = (("collectivite", "territoriale"), ("collectivite",))
_LOWER_ARTICLES = frozenset({"le", "la", "les", "l", "l'", "l’"})
# "la Région Sud": Provence-Alpes-Côte d'Azur's own name -> its INSEE code and the words of its name
AREA_BRANDS = {"Sud": ("93", frozenset({"provence", "alpes", "cote", "azur"}))}
_ENUMERATION = re.compile(r"^\s*(?:,|et|,\s*et|ainsi que)\s*$")


_KIND_WORDS = frozenset({"communaute", "agglomeration", "agglo", "metropole", "ville", "commune", "departement",
                         "region", "syndicat", "petr"})
_NAMED_WITH_ET = frozenset({"communaute-de-communes", "communaute-d-agglomeration", "communaute-urbaine", "pays-petr",
                            "syndicat-mixte", "syndicat-intercommunal"})


@table
def collectivite_words() -> Lexicon[Trigger]:
    entries = []
    for code, label, _kind in scheme_labels(SCHEME_KIND):
        if code in _COLLECTIVITE_KINDS:
            keys = phrase_keys(re.sub(r"\([^)]*\)", " ", label))
            entries.append((keys, Trigger(code, keys)))
    entries += [(keys, Trigger("collectivite-a-statut-particulier", keys)) for keys in _SPECIAL_STATUS]
    entries += [(keys, Trigger("pays-petr", keys)) for keys in _PETR]
    return Lexicon(entries, plural_blind=True)


# A PETR is a public body ("le PETR du Pays de Laval soutient X" is its support, not the member's);
# "Pays" alone names a territory as often as a body, so only these words announce one
_PETR = (("petr",), ("pole", "d", "equilibre", "territorial", "et", "rural"), ("pole", "d", "equilibre", "territorial"))


EPCI_FILE = "reference/territoire-epci.csv"
EPCI_KINDS = {"METRO": "metropole", "CA": "communaute-d-agglomeration", "CU": "communaute-urbaine",
              "CC": "communaute-de-communes", "EPT": "etablissement-public-territorial"}
INTERCOMMUNAL_KINDS = frozenset(EPCI_KINDS.values())  # the kinds of the scheme that group communes
# The words that make an intercommunalité's name a brand of its own, written without its kind
# before it: "Metz Métropole", "Angers Loire Métropole", "Douaisis Agglo", "Redon Agglomération".
BRAND_WORDS = frozenset({"metropole", "agglo", "agglomeration", "communaute"})


class _Brand(NamedTuple):
    """An intercommunalité's brand: its name, its kind, whether the words are a name only when no
    name goes on around them (``alone``: "Grand Poitiers"), and whether the brand stands for the
    name it gives (``initials``: "la CINOR" is the Communauté d'agglomération … du Nord de la Réunion)."""

    name: str
    kind: str
    alone: bool = False
    initials: bool = False


@table
def _brands() -> Lexicon[_Brand]:
    """The brand names of the intercommunalités of the reference, by their words."""
    entries = []
    for row in epci_rows():
        name = _NATURE.sub("", row["nom"]).strip()
        keys = phrase_keys(name)
        if row["type"] not in EPCI_KINDS:
            continue
        if len(keys) >= 2 and BRAND_WORDS & set(keys):
            entries.append((keys, _Brand(name, EPCI_KINDS[row["type"]])))
        elif len(keys) >= 2 and row["type"] in _CITY_BRANDS and _named_after_its_city(name):
            entries.append((keys, _Brand(name, EPCI_KINDS[row["type"]], alone=True)))
        if row["type"] in _CITY_BRANDS and not BRAND_WORDS & set(keys) and places.communes_named(name):
            # "CA de Nevers" is written "Nevers Agglomération"; "Métropole de Brest", "Brest métropole"
            for brand in _BRAND_OF_KIND[row["type"]]:
                entries.append(((*phrase_keys(name), *phrase_keys(brand)),
                                _Brand(f"{name} {brand}", EPCI_KINDS[row["type"]])))
        if (acronym := _ACRONYM_OF_A_NAME.search(row["nom"])) and (prose := epci_prose_name(row["nom"], row["type"])):
            entries.append((phrase_keys(acronym.group(1)), _Brand(*prose, initials=True)))  # "la CINOR", "la CARENE"
    # the établissements publics territoriaux of the Grand Paris, by their names: "Est Ensemble"
    entries += [(phrase_keys(row["nom"]), _Brand(row["nom"], "etablissement-public-territorial"))
                for row in ept_rows()]
    return Lexicon(entries)


@table
def epci_rows() -> tuple[dict[str, str], ...]:
    """The rows of the DGCL's table of EPCI, for the brands, the names and the communes' EPCI."""
    return tuple(places.reference_rows(EPCI_FILE, "siren", "nom", "type", "communes"))


@table
def ept_rows() -> tuple[dict[str, str], ...]:
    """The rows of the table of the établissements publics territoriaux of the Grand Paris, read once."""
    return tuple(places.reference_rows(EPT_FILE, "siren", "nom", "communes"))


# The nature a DGCL name opens with, and the words that join it to the name: "CC de la Lomagne Gersoise"
_NATURE = re.compile(r"^(?:CA|CC|CU|Métropole|EPT)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+|de\s+|d['’])?")


@table
def _epci_names() -> Lexicon[str]:
    """The names of the intercommunalités of the reference, past their nature, by their words: prose
    may end one with a word written in lower case ("la communauté de communes de la Lomagne gersoise")."""
    entries = []
    for row in epci_rows():
        keys = phrase_keys(re.sub(r"\s*\([^)]*\)", "", _NATURE.sub("", row["nom"])))
        if len(keys) >= 2:
            entries.append((keys, row["nom"]))
    return Lexicon(entries)


def _whole_epci_name(text: str, words: Sequence[Token], start: int, last: int) -> int:
    """Where the name of an intercommunalité found from ``start`` to ``last`` ends, past the words in
    lower case that end its name in the reference ("Lomagne gersoise"); ``last`` if none do."""
    whole = _epci_names().match_at(words, start, text)
    if whole is None or whole.last <= last or not all(joined(text, words[i - 1], words[i])
                                                      for i in range(last + 1, whole.last + 1)):
        return last
    return whole.last


EPT_FILE = "reference/territoire-ept.csv"
# The initials a DGCL name writes in parentheses: "CA Intercommunale du Nord de la Réunion (CINOR)",
# "CA de la Presqu'île de Guérande Atlantique (Cap Atlantique)"
_AFTER_AN_ACRONYM = re.compile(r"\w\s+\(\s*[A-Z][A-Z&]{1,9}\s*\)\s*$")  # "… l'Exclusion (FACE) "
_ACRONYM_OF_A_NAME = re.compile(r"\(\s*([A-Z][A-Z0-9]{2,7}|[A-Z][a-z]+ [A-Z][a-z]+)\s*\)")


def epci_prose_name(name: str, nature: str) -> tuple[str, str] | None:
    """The name prose gives an intercommunalité of the DGCL's table, and its kind: its brand when
    its name has one ("Saint-Étienne Métropole"), its kind in full otherwise ("CC du Perche" is the
    "Communauté de communes du Perche"); None for a nature of no kind of the scheme."""
    # (the Métropole de Lyon, a collectivité of its own in law, is a Métropole in prose)
    kind = EPCI_KINDS.get(nature, "metropole" if nature == "MET69" else None)
    if kind is None:
        return None
    name = re.sub(r"\s*\([^)]*\)|''|\"", "", name).strip()  # "(CINOR)", "''Agglopolys''"
    bare = re.sub(r"^(?:CA|CC|CU)\s+", "", name)
    if bare != name and not BRAND_WORDS & set(phrase_keys(bare)):
        bare = f"{kind_label(kind)} {bare}"  # "CC du Perche" is written in full
    return bare, kind


_BRAND_OF_KIND = {"CA": ("Agglomération", "Agglo"), "CU": ("Métropole",), "METRO": ("Métropole",)}


# An agglomeration, an urban community or a metropolis is also written by a brand named after its
# city, without any word of its kind: "Grand Poitiers", "Quimper Bretagne Occidentale".
_CITY_BRANDS = frozenset({"CA", "CU", "METRO"})


def _named_after_its_city(name: str) -> bool:
    words = name.split()  # ("Lisieux Normandie": a city and its région)
    return bool(words[0] == "Grand" and places.communes_named(words[1])
                or len(words) >= 3 and places.communes_named(words[0])
                or len(words) == 2 and places.communes_named(words[0]) and places.area_named(words[1]))


def brands(text: str, words: Sequence[Token]) -> list[Found]:
    """Intercommunalités named by their brand, capitalised as a name is: "en lien avec Toulouse
    Métropole", "Angers Loire Métropole". The name is published as written; its IRI is made as for
    "la Métropole de …", so that the member it is is linked to it. And the collectivités with a
    special status by their initials: "la CTM", "la CeA"."""
    found = []
    for match in _brands().find(words):
        if not words[match.first].capitalised or not (words[match.last].capitalised
                                                      or words[match.last].key in BRAND_WORDS):
            continue  # ("Brest métropole", "Vannes agglomération" are written so)
        before = words[match.first - 1] if match.first > 0 else None
        if before is not None and before.capitalised and joined(text, before, words[match.first]) \
                and not sentence_start(text, before.start):
            continue  # "Foncier Solidaire Rennes Métropole": the end of another body's name
        brand = match.payload
        after = words[match.last + 1] if match.last + 1 < len(words) else None
        if after is not None and after.capitalised and joined(text, words[match.last], after) \
                or brand.alone and before is not None and before.key in {"de", "du", "des", "d"} \
                and not a_giver_or_partner_after(words, match.first - 1):
            continue  # "Grand Paris Habitat", "Plaine Commune Habitat": another body's name; "la Métropole du
            # Grand Paris": the end of one (not "avec le soutien de Quimper Bretagne Occidentale": its giver)
        written = brand.name if brand.initials else text[words[match.first].start: words[match.last].end]
        found.append(Found(match.first, match.last, words[match.first].start, written, name_slug(written),
                           COLLECTIVITE, brand.kind, FROM_PATTERN, 1))  # ("la CINOR": its name, one IRI)
    for index, word in enumerate(words):  # "la CTM", written so: its name, and the IRI of its name in full
        if (initials := _SPECIAL_STATUS_INITIALS.get(word.raw)) is not None:
            name, after_kind = initials
            canonical = f"{kind_label('collectivite-a-statut-particulier')} {after_kind}"
            found.append(Found(index, index, word.start, name, name_slug(canonical), COLLECTIVITE,
                               "collectivite-a-statut-particulier", FROM_PATTERN, 1))
    return found


# The collectivités with a special status by their initials, as written (not "CEA", the Commissariat):
# their name, and its words after their kind, as "la Collectivité Territoriale de Martinique" gives them
_SPECIAL_STATUS_INITIALS = {"CTM": ("Collectivité territoriale de Martinique", "de Martinique"),
                            "CTG": ("Collectivité territoriale de Guyane", "de Guyane"),
                            "CeA": ("Collectivité européenne d'Alsace", "européenne d'Alsace")}


@functools.cache
def kind_label(code: str) -> str:
    return next(label for c, label, kind in scheme_labels(SCHEME_KIND) if c == code and kind == "pref")


def collectivites(text: str, words: Sequence[Token]) -> list[Found]:
    """ "la Région Bourgogne-Franche-Comté", "les communautés de communes des Portes du Haut-Doubs,
    du Plateau du Russey et du Val de Morteau" (one mention per item of the enumeration)."""
    found = []
    quoted = [m.span() for m in QUOTATION.finditer(text)]
    described: int | None = None  # the word after a kind word that describes the name before it
    for match in collectivite_words().find(words):
        kind = match.payload.code
        if any(a <= words[match.first].start < b for a, b in quoted):
            continue  # « Rennes Métropole Solidaire » names a call for projects, not a body
        weak = match.first == match.last and not words[match.first].capitalised
        if _describes_name_before(text, words, match.first) or (
                described is not None and all(words[i].key in CONNECTORS for i in range(described, match.first))):
            # "Grand-Orly Seine Bièvre, établissement public territorial de la Métropole du Grand Paris":
            # what the EPT is and what it is part of, no body it works with
            described = match.last + 1
            continue
        if kind == "collectivite-a-statut-particulier" and not words[match.first].capitalised:
            continue
        if kind == "metropole" and match.first > 0 and words[match.first - 1].capitalised \
                and words[match.first - 1].key not in _LOWER_ARTICLES \
                and joined(text, words[match.first - 1], words[match.first]):
            continue  # "Tours Métropole Val de Loire" (a brand), "Est Métropole Habitat": inside another name
        if match.first > 0 and _AFTER_AN_ACRONYM.search(text, max(0, words[match.first].start - 24),
                                                        words[match.first].start):
            continue  # "la Fondation Agir Contre l'Exclusion (FACE) Métropole Lilloise": its club's territory
        if words[match.first].raw == "Commune" and match.first > 0 and words[match.first - 1].capitalised \
                and words[match.first - 1].key not in _LOWER_ARTICLES \
                and joined(text, words[match.first - 1], words[match.first]):
            continue  # "Plaine Commune Promotion" is no "Commune Promotion": the word is inside a name
        is_plural = plural(words, match.first, match.payload)
        if is_plural and match.first > 0 and (words[match.first - 1].raw[:1].isdigit()
                                              or words[match.first - 1].key in NUMBER_WORDS):
            continue  # "19 communes du Val d'Ille", "les quatre communautés de communes du Pays": a count, no names
        position, context = match.last + 1, words[match.first].start
        while True:
            start = position
            while (start < len(words) and (words[start].key in CONNECTORS - {"a", "en", "sur", "sous"}
                                           or start == match.last + 1 and words[start].key == "europeenne")
                   and (start == position or joined(text, words[start - 1], words[start]))):
                start += 1  # (and "la Métropole européenne de Lille", its official spelling)
            first_gap = position if position == match.last + 1 else position + 1
            if start >= len(words) or not all(joined(text, words[i - 1], words[i])
                                              for i in range(first_gap, start + 1)):
                break  # "…une seule communauté de communes. L'ESS…": a sentence ends between
            if start == position and position > match.last + 1:
                break  # an item of an enumeration starts with "du", "de la"…
            if weak and start == position:
                break  # "la commune Lyon" is not how a body is named
            if start > position and all(words[i].raw in _LOWER_ARTICLES for i in range(position, start)):
                break  # "avec Plaine Commune le PTCE X": "Commune le X" is no body's name
            if start > position and words[start].key in SCHEMES_AND_EVENTS:
                break  # "avec la Métropole du Mois de l'ESS": the event it co-organises, no place of hers
            if words[match.first].raw.isupper() and structure_words()[0].match_at(words, start) is not None:
                break  # "représentée au CA de la SCIC X": a board, no communauté d'agglomération
            # "Communauté de communes Granville Terre et Mer": intercommunalities' names join with "et"
            last = name_forward(text, words, start, through_et=not is_plural,
                                et_capital=not is_plural and kind in _NAMED_WITH_ET)
            if last is not None and kind in _NAMED_WITH_ET:  # "… du Pays de Landivisiau et Morlaix Communauté": two
                last = next((j - 1 for j in range(start + 1, last) if words[j].key == "et"
                             and any(w.key in _KIND_WORDS for w in words[j + 1: last + 1])), last)
            if last is None:
                break
            if kind in INTERCOMMUNAL_KINDS:
                last = _whole_epci_name(text, words, start, last)  # "de la Lomagne gersoise"
            elif kind == "commune":  # "la Ville de Poitiers et de Grand Poitiers": two bodies
                last = _commune_before_et(text, words, start, last)
            last = last if is_plural else acronym_tail(text, words, match.first, last)  # "de l'Ouest guyanais (CCOG)"
            connector = text[words[position].start: words[start].start].strip().lower() \
                if start > position else ""
            if kind in ("departement", "region"):  # "la Région Centre-Val de Loire de la SCIC X": the area's words
                last = next((j for j in range(last, start - 1, -1) if _an_area(text[words[start].start: words[j].end])),
                            None)
                if last is None:
                    break  # "les maisons du Département Solidarité", "le Conseil départemental de l'IAE"
            written = text[words[start].start: words[last].end]
            if is_plural and kind == "commune" and places.area_named(written) and not places.communes_named(written):
                break  # "des communes des Pyrénées-Orientales": some communes of a département, no body named
            if is_plural and position == match.last + 1 and not _listed_on(text, words, last):
                break  # "trois communautés de communes du Tarn-et-Garonne": some bodies of a place, none named
            canonical = " ".join(part for part in (kind_label(kind), connector, written) if part)
            canonical = canonical.replace("' ", "'").replace("’ ", "’")
            as_written = text[words[match.first].start: words[last].end] if not is_plural else canonical
            as_written = as_written[:1].upper() + as_written[1:]
            if kind == "etablissement-public-territorial" and not connector \
                    and (brand := _brands().match_at(words, start)) is not None and brand.last == last:
                canonical = as_written = written  # "l'EPT Est Ensemble" is Est Ensemble, one body with one IRI
                # (not "la Métropole Rouen Normandie": the kind word is its name's first)
            found.append(Found(start, last, context, as_written, name_slug(canonical), COLLECTIVITE,
                               kind, FROM_PATTERN, 1, weak=weak))
            if not is_plural or last + 1 >= len(words):
                break
            if not _ENUMERATION.match(text[words[last].end: words[last + 1].start]) and \
                    words[last + 1].key != "et":
                break
            position = last + 2 if words[last + 1].key == "et" else last + 1
            context = words[last].end
    return found


def _commune_before_et(text: str, words: Sequence[Token], start: int, last: int) -> int:
    """Where a commune's name ends before "et" and the next body's: "la Ville de Poitiers et de Grand Poitiers"."""
    if places.communes_named(text[words[start].start: words[last].end]):
        return last  # (a commune's whole name)
    return next((j - 1 for j in range(start + 1, last) if words[j].key == "et"
                 and text[words[j - 1].end: words[j].start].isspace()  # (not "Saint-Pierre-et-Miquelon")
                 and places.communes_named(text[words[start].start: words[j - 1].end])), last)


def _an_area(written: str) -> bool:
    return places.area_named(written) or written in AREA_BRANDS


def _listed_on(text: str, words: Sequence[Token], last: int) -> bool:
    """Whether another item of an enumeration follows the word ``last``: ", du Plateau", " et du Val"."""
    return last + 1 < len(words) and (bool(_ENUMERATION.match(text[words[last].end: words[last + 1].start]))
                                      or words[last + 1].key == "et")


def _describes_name_before(text: str, words: Sequence[Token], first: int) -> bool:
    """Whether a kind word in lower case opens an apposition to the name before it ("La CAPA,
    communauté d'agglomération de la Corse-du-Sud"): what that body is, not another body."""
    if first == 0 or words[first].capitalised:
        return False
    gap = text[words[first - 1].end: words[first].start]
    before = words[first - 1]
    return "," in gap and (before.capitalised or before.raw.isupper())


def collectivite_key(kind: str, name: str) -> str:
    """What two mentions of one collectivité share: "region|bourgogne franche comte" for "la Région
    Bourgogne-Franche-Comté" and for "Conseil régional Bourgogne Franche Comté"."""
    words = normalise_label(name).split()
    while words and words[0] in CONNECTORS:
        words = words[1:]
    return f"{kind}|{' '.join(words)}"


def collectivite_keys(name: str, declared_kind: str | None = None) -> set[str]:
    """The keys under which a member's own name is found: its kind word read from the name
    ("Communauté de communes des Portes…", "Dijon Métropole"), or its declared kind."""
    words = tokens(name)
    keys = set()
    lexicon = collectivite_words()
    if words:
        start = lexicon.match_at(words, 0)
        if start is not None and start.last + 1 < len(words):
            keys.add(collectivite_key(start.payload.code, name[words[start.last + 1].start:]))
        end = lexicon.match_at(words, len(words) - 1)
        if end is not None and len(words) > 1:
            keys.add(collectivite_key(end.payload.code, name[: words[-1].start]))
    if declared_kind is not None and not keys:
        keys.add(collectivite_key(declared_kind, name))
    return keys
