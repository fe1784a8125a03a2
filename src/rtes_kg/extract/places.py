"""The communes an organisation's name may end with ("L’Épicerie du Coin à Rodez"): a gazetteer of
the commune names of data/reference/territoire-communes.csv, and the split of a place off a name.

The territory stage reads the same table for the collectivités' own territories; extraction comes
before it (docs/architecture.md), so it keeps this small index of names of its own.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from rtes_kg.errors import ResourceError
from rtes_kg.once import table
from rtes_kg.parse.naming import normalise_label
from rtes_kg.project import data_dir

COMMUNES_FILE = "reference/territoire-communes.csv"
# Saint-Barthélemy and Saint-Martin: postcodes of the 971 range, of no département since 2007.
NO_DEPARTEMENT_POST_CODES = frozenset({"97133", "97150"})
AREA_FILES = ("reference/territoire-departements.csv", "reference/territoire-regions.csv")
# Régions before 2016, whose names chapters still bear ("France Active Nord-Pas de Calais").
_FORMER_REGIONS = ("Alsace", "Aquitaine", "Auvergne", "Basse-Normandie", "Bourgogne", "Champagne-Ardenne",
                   "Franche-Comté", "Haute-Normandie", "Languedoc-Roussillon", "Limousin", "Lorraine",
                   "Midi-Pyrénées", "Nord-Pas-de-Calais", "Picardie", "Poitou-Charentes", "Rhône-Alpes")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


@dataclass(frozen=True)
class CommunePlace:
    """A commune of the COG, as an organisation's place: INSEE code, name, département, région."""

    code: str
    name: str
    departement: str
    region: str


def place_key(name: str) -> str:
    """How place names are compared: "St-Jacques-de-la-Lande" = "Saint Jacques de la Lande",
    "Le Lamentin" = "Lamentin" (as after "au": the leading article is dropped)."""
    words = [_ABBREVIATIONS.get(w, w) for w in normalise_label(name).split()]
    return " ".join(words)


def reference_rows(file: str, *columns: str) -> list[dict[str, str]]:
    """The rows of a table of data/ (``file``, relative to it), each with ``columns`` only: the
    extraction's own reading of the territorial reference, which comes before the territory stage."""
    path = data_dir() / file
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [{column: row[column] for column in columns} for row in csv.DictReader(handle)]
    except (OSError, KeyError) as error:
        raise ResourceError(f"cannot read the territorial reference: {error}", file=str(path),
                            hint="reinstall rtes-kg from a clean checkout") from error


@table
def _gazetteer() -> Mapping[str, tuple[CommunePlace, ...]]:
    index: dict[str, list[CommunePlace]] = defaultdict(list)
    for row in reference_rows(COMMUNES_FILE, "code", "nom", "type", "departement", "region"):
        if row["type"] != "commune":
            continue  # communes déléguées and associées are not where an organisation is
        place = CommunePlace(row["code"], row["nom"], row["departement"], row["region"])
        index[place_key(place.name)].append(place)
    return MappingProxyType({key: tuple(places) for key, places in index.items()})


@table
def _former_communes() -> Mapping[str, tuple[CommunePlace, ...]]:
    """The communes déléguées and associées by the key of their name, each as the commune it is part
    of now: "Château-Gontier" is in Château-Gontier-sur-Mayenne."""
    by_code = {place.code: place for places in _gazetteer().values() for place in places}
    index: dict[str, list[CommunePlace]] = defaultdict(list)
    for row in reference_rows(COMMUNES_FILE, "nom", "type", "commune_parente"):
        parent = by_code.get(row["commune_parente"])
        if row["type"] != "commune" and parent is not None:
            index[place_key(row["nom"])].append(parent)
    return MappingProxyType({key: tuple(places) for key, places in index.items()})


def names_a_place(name: str) -> bool:
    """Whether ``name`` is a commune's, a former commune's ("Château-Gontier", now part of
    Château-Gontier-sur-Mayenne), a département's or a région's: an item of a list that is no body."""
    return bool(communes_named(name) or _former_communes().get(place_key(name))) or area_named(name)


def former_commune(name: str, near: Sequence[str]) -> CommunePlace | None:
    """The commune that a former one of that name in the départements ``near`` is part of now
    ("à Château-Gontier" in a fiche of the Mayenne: Château-Gontier-sur-Mayenne); None when the
    départements are unknown, or the name is no former commune there or names two."""
    found = {place for place in _former_communes().get(place_key(name), ()) if place.departement in near}
    return found.pop() if len(found) == 1 else None


def load_gazetteer() -> None:
    """Read the gazetteer and its indexes now: a build does before it forks its workers, which
    then share them instead of each making its own (check/pipeline.py)."""
    _by_departement()


@dataclass(frozen=True)
class _ByDepartement:
    """The gazetteer by département: its régions, and the keys of its communes' names. Worked out
    once: walking the whole gazetteer for each set of départements took 11 ms a time, a sixth of
    the extraction's time on the benchmark's corpus (its cache is lost with each worker)."""

    regions: Mapping[str, frozenset[str]]
    keys: Mapping[str, tuple[str, ...]]


@table
def _by_departement() -> _ByDepartement:
    regions: dict[str, set[str]] = defaultdict(set)
    keys: dict[str, dict[str, None]] = defaultdict(dict)  # in the gazetteer's order, each once
    for key, places in _gazetteer().items():
        for place in places:
            regions[place.departement].add(place.region)
            keys[place.departement][key] = None
    return _ByDepartement({code: frozenset(found) for code, found in regions.items()},
                          {code: tuple(found) for code, found in keys.items()})


@table
def _area_keys() -> frozenset[str]:
    names = {*_FORMER_REGIONS, *(row["nom"] for file in AREA_FILES for row in reference_rows(file, "nom"))}
    return frozenset(place_key(name) for name in names)


def area_named(name: str) -> bool:
    """Whether ``name`` is the name of a département or a région, today's or a former one: the
    commune at its end ("Pas-de-Calais", "Nord-Pas de Calais") is no place of its own."""
    return place_key(name) in _area_keys()


def in_regions_of(place: CommunePlace, near: Sequence[str]) -> bool:
    """Whether ``place`` is in the régions of the départements ``near`` (True when none is known)."""
    return not near or place.region in _regions_of(tuple(near))


def communes_named(name: str) -> tuple[CommunePlace, ...]:
    """Every commune of that name (several "Saint-Denis"), or ()."""
    return _gazetteer().get(place_key(name), ())


def commune(name: str, near: Sequence[str] = ()) -> CommunePlace | None:
    """The commune a place name stands for: the only one of that name, or the only one in the
    départements ``near`` (the member's), or in their régions; None when the name stays ambiguous."""
    found = communes_named(name)
    if len(found) <= 1:
        return found[0] if found else None
    for keep in (lambda c: c.departement in near, lambda c: c.region in _regions_of(tuple(near))):
        narrowed = [c for c in found if keep(c)]
        if len(narrowed) == 1:
            return narrowed[0]
    return None


def nearby_commune(name: str, near: Sequence[str] = ()) -> CommunePlace | None:
    """``commune``, kept only in the régions of the départements ``near`` when they are known: the
    "de X" of a name is a weaker sign than "à X" ("Les Amis du Jard" is not in Le Jard, Charente-
    Maritime, for a member in Lille)."""
    found = commune(name, near)
    if found is None or not in_regions_of(found, near):
        return None
    if found.departement not in near and _shortens_a_local_name(place_key(name), tuple(near)):
        return None  # "les Jardins de Cocagne de Vernoux" in Ardèche: Vernoux-en-Vivarais, not Vernoux (Ain)
    return found


def _shortens_a_local_name(key: str, near: tuple[str, ...]) -> bool:
    """Whether a commune of the départements ``near`` has a longer name that opens with ``key``."""
    return any(other.startswith(key + " ") for other in _local_keys(near))


@functools.cache
def _local_keys(near: tuple[str, ...]) -> tuple[str, ...]:
    keys = _by_departement().keys
    return tuple(dict.fromkeys(key for code in near for key in keys.get(code, ())))


# In ``near``: the member is a région, its whole territory is near (not only its address's département).
REGION_WIDE = "*"


def local_commune(name: str, near: Sequence[str] = ()) -> CommunePlace | None:
    """``commune``, kept only in the départements ``near`` when they are known (in their régions for
    a région): the "de X" ending a name is the weakest sign ("Le Fort de Tourneville" in Le Havre is
    no fort in Tourneville, Eure)."""
    found = commune(name, near)
    if found is None or not near:
        return found
    return found if found.departement in near or REGION_WIDE in near and in_regions_of(found, near) else None


@functools.cache
def _regions_of(departements: tuple[str, ...]) -> frozenset[str]:
    regions = _by_departement().regions
    return frozenset(region for code in departements for region in regions.get(code, ()))


def region_of(departements: Sequence[str]) -> str | None:
    """The région of the départements, when they are all of one."""
    regions = _regions_of(tuple(departements))
    return next(iter(regions)) if len(regions) == 1 else None


def departements_of_post_code(post_code: str | None) -> tuple[str, ...]:
    """The départements a postcode may be in ("12007" -> ("12",), "20000" -> ("2A", "2B"))."""
    if not post_code or not post_code[:2].isdigit():
        return ()
    if post_code.startswith("20"):
        return ("2A", "2B")
    if post_code in NO_DEPARTEMENT_POST_CODES:
        return ()
    return (post_code[:3],) if post_code.startswith("97") else (post_code[:2],)


def region_ending(name: str) -> str | None:
    """The INSEE code of the région whose name ends ``name`` ("Chambre régionale de l'ESS
    Centre-Val de Loire", "… des îles de Guadeloupe"), or None."""
    key = place_key(name)
    return next((code for region, code in _region_keys() if key.endswith(" " + region)), None)


def departements_named(name: str) -> tuple[str, ...]:
    """The départements a member's name says it governs or lies in, when no address says it: the
    région or the département its name ends with ("Région Bretagne": 22, 29, 35, 56; "Conseil
    départemental de la Loire-Atlantique": 44), or the only commune of France its name ends with
    after "de" ("Communauté urbaine d'Arras": 62); () when it says none."""
    key, rows = place_key(name), _departement_rows()
    region = region_ending(name)
    if region is not None:
        return tuple(code for code, its_region, _ in rows if its_region == region)
    departement = next((code for code, _, name_key in rows if key.endswith(" " + name_key)), None)
    if departement is not None:
        return (departement,)
    after_de = re.match(r".*\b(?:de|du|des|d['’])\s*(\S.*)$", name)  # (the last "de": "… du Pays de Mormal")
    found = communes_named(after_de.group(1)) if after_de else ()
    return (found[0].departement,) if len(found) == 1 else ()


@table
def _departement_rows() -> tuple[tuple[str, str, str], ...]:
    """(code, région's code, key of the name) of each département, read once."""
    return tuple((row["code"], row["region"], place_key(row["nom"]))
                 for row in reference_rows(AREA_FILES[0], "code", "region", "nom"))


def area_name(kind: str, code: str) -> str:
    """The name of a région or a département (``kind``) as prose writes it after "Région" or
    "Département", by its INSEE code: ("region", "52") "Pays de la Loire", ("departement", "53")
    "de la Mayenne", ("departement", "59") "du Nord" (the article of the COG's TNCC)."""
    return _area_names()[kind, code]


@table
def _area_names() -> Mapping[tuple[str, str], str]:
    names = {("region", row["code"]): row["nom"] for row in reference_rows(AREA_FILES[1], "code", "nom")}
    for row in reference_rows(AREA_FILES[0], "code", "nom", "article"):
        names["departement", row["code"]] = _ARTICLES.get(row["article"], "de ") + row["nom"]
    return names


_ARTICLES = {"0": "de ", "1": "d'", "2": "du ", "3": "de la ", "4": "des ", "5": "de l'"}


@table
def _region_keys() -> tuple[tuple[str, str], ...]:
    return tuple((place_key(row["nom"]), row["code"]) for row in reference_rows(AREA_FILES[1], "code", "nom"))
