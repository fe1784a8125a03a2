"""Which département or région a collectivité's name names ("Conseil départemental du Nord",
"Région Occitanie / Pyrénées-Méditerranée", "CD 93"), among the places of the reference, and the
département a title names in parentheses ("Ville de Valence (Drôme)")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rtes_kg.territory.names import distinctive_words

if TYPE_CHECKING:
    from rtes_kg.territory.resolve import Place


def match_by_name(name: str, places: Mapping[str, Place], kind_words: frozenset[str],
                  seat: Place | None = None) -> Place | None:
    """The place the name names: by its very words, or else the one whose words are all in the
    name, the longest ("Région Occitanie / Pyrénées-Méditerranée", "Département du Val-de-Marne
    (94)": not the Marne), if the seat lies in it too."""
    core = distinctive_words(name, kind_words)
    if not core:
        return None
    found = [place for place in places.values() if distinctive_words(place.name, frozenset()) == core]
    if found:
        return found[0] if len(found) == 1 else None
    inside = [(len(words), place) for place in places.values()
              if (words := set(distinctive_words(place.name, frozenset()))) and words <= set(core)]
    longest = [place for size, place in inside if size == max(size for size, _ in inside)]
    if len(longest) != 1 or seat is None:
        return None
    return longest[0] if longest[0].code == seat.code else None


def match_by_code(name: str, departements: Mapping[str, Place], kind_words: frozenset[str]) -> Place | None:
    """The département a name gives by its INSEE code alone ("CD 93", "Département 33"): a code
    names one département. A code beside other words ("Ain 01") is left to the words."""
    core = distinctive_words(name, kind_words)
    return departements.get(core[0].upper()) if len(core) == 1 else None


_PARENTHESIS = re.compile(r"\s*\(([^()]{2,40})\)\s*$")


def within_parenthesis(name: str, departements: Mapping[str, Place], regions: Mapping[str, Place]
                       ) -> tuple[str, tuple[str, ...]]:
    """A title that ends on its département or région by name in parentheses ("Ville de Valence
    (Drôme)", "Saint-Denis (La Réunion)"): the title without it, and the codes of the départements
    it leaves. Any other title as it is, and (). (A code, "Saint-Denis (974)", never reaches here:
    the parser takes it off the name, ``Fiche.departement_named``.)"""
    found = _PARENTHESIS.search(name)
    if found is None:
        return name, ()
    codes = _departements_of(found.group(1).strip(), departements, regions)
    return (name[:found.start()], codes) if codes else (name, ())


def within_areas(areas: Sequence[str], departements: Mapping[str, Place], regions: Mapping[str, Place]
                 ) -> tuple[str, ...]:
    """The codes of the départements that the areas of a page's tag line leave ("Commune –
    Île-de-France – Seine-Saint-Denis": 93), the narrowest: a département named, else a région's
    départements; () when none is named."""
    named = [_departements_of(area, departements, regions) for area in areas]
    narrowest = sorted((codes for codes in named if codes), key=len)
    return narrowest[0] if narrowest else ()


def _departements_of(area: str, departements: Mapping[str, Place], regions: Mapping[str, Place]) -> tuple[str, ...]:
    """The codes of the départements an area's name or code leaves: "Drôme" (26), "La Réunion" (974),
    "29", or a région's name, all its départements."""
    if area.upper() in departements:
        return (area.upper(),)
    named = match_by_name(area, departements, frozenset({"la", "le", "les"}))
    if named is not None:
        return (named.code,)
    region = match_by_name(area, regions, frozenset({"la", "le", "les"}))
    if region is None:
        return ()
    return tuple(sorted(code for code, place in departements.items() if place.within[:1] == (region.code,)))
