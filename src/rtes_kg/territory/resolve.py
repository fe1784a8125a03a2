"""Ties a fiche's collectivité to the French territorial reference (data/reference/territoire-*.csv).

From the postcode and town of the address it finds the département and région of the seat (cedex
codes and Corsica included); from the name and the declared kind, the territory the collectivité
governs: its commune (INSEE code, SIREN), its EPCI or its EPT (SIREN), its département or its région. It never
guesses: what the reference does not settle is left out and described by a ``Finding``.

The tables are read on first use and cached; resolution itself is pure.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, NamedTuple

from rtes_kg.errors import ResourceError
from rtes_kg.extract.places import NO_DEPARTEMENT_POST_CODES
from rtes_kg.once import table
from rtes_kg.parse.records import Fiche
from rtes_kg.project import data_dir
from rtes_kg.territory.epts import ept_named, epts
from rtes_kg.territory.findings import (
    Finding,
    commune_finding,
    epci_finding,
    named_finding,
    nature_finding,
    seat_finding,
)
from rtes_kg.territory.named import match_by_code, match_by_name, within_areas, within_parenthesis
from rtes_kg.territory.names import (
    DEPARTEMENT_WORDS,
    EPCI_WORDS,
    REGION_WORDS,
    commune_key,
    distinctive_words,
    name_key,
)
from rtes_kg.territory.tables import read_table

__all__ = ["Commune", "Epci", "Finding", "Place", "Resolution", "departement", "departements",
           "region", "regions", "resolve", "siren_departements"]

Level = Literal["commune", "intercommunalite", "departement", "region"]

# Kinds of the scheme of kinds (concepts.ttl) -> natures of the DGCL table of EPCI.
EPCI_TYPES: Mapping[str, frozenset[str]] = MappingProxyType({
    "communaute-de-communes": frozenset({"CC"}),
    "communaute-d-agglomeration": frozenset({"CA"}),
    "communaute-urbaine": frozenset({"CU"}),
    "metropole": frozenset({"METRO", "MET69"}),
    "collectivite-a-statut-particulier": frozenset({"MET69"}),
})


@dataclass(frozen=True)
class Place:
    """A territory of the reference: what ``dct:spatial``, ``rtes:departement``… point at."""

    level: Level
    code: str  # INSEE code; for an intercommunalité, its SIREN
    name: str
    wikidata: str | None = None  # Q-id, départements and régions only
    within: tuple[str, ...] = ()  # région of a département; départements of a commune or an EPCI


class Commune(NamedTuple):
    """A commune of the COG (a NamedTuple: 37,000 of them are built on every run)."""

    code: str
    name: str
    type: str  # "commune" | "deleguee" | "associee"
    departement: str
    region: str
    siren: str
    post_codes: tuple[str, ...]
    parent: str  # the commune a commune déléguée or associée belongs to


@dataclass(frozen=True)
class Epci:
    siren: str
    name: str
    type: str  # CC, CA, CU, METRO, MET69
    departements: tuple[str, ...]


@dataclass(frozen=True)
class Resolution:
    """What the reference says about one collectivité."""

    departement: Place | None = None  # of its seat (its address)
    region: Place | None = None
    governs: Place | None = None  # the territory it administers, when the reference names it
    siren: str | None = None
    findings: tuple[Finding, ...] = ()
    nature: str | None = None  # of the EPCI it governs, in the DGCL table: CC, CA, CU, METRO, MET69


# --- the reference tables ----------------------------------------------------------------------

@table
def _wikidata() -> Mapping[tuple[str, str], str]:
    return {(row["niveau"], row["code"]): row["qid"] for row in read_table("territoire-wikidata.csv")}


@table
def _regions() -> Mapping[str, Place]:
    return {row["code"]: Place("region", row["code"], row["nom"],
                               _wikidata().get(("region", row["code"])))
            for row in read_table("territoire-regions.csv")}


@table
def _departements() -> Mapping[str, Place]:
    return {row["code"]: Place("departement", row["code"], row["nom"],
                               _wikidata().get(("departement", row["code"])), (row["region"],))
            for row in read_table("territoire-departements.csv")}


def load_tables() -> None:
    """Read the reference tables now (about a second): a build reads them before it forks its
    workers, which then share them instead of each reading its own."""
    _communes_by_departement()
    _epci_by_departement()
    _post_codes()
    departements()
    regions()


def departement(code: str) -> Place | None:
    return _departements().get(code)


def region(code: str) -> Place | None:
    return _regions().get(code)


def departements() -> tuple[Place, ...]:
    """Every département of the COG, by code."""
    return tuple(sorted(_departements().values(), key=lambda place: place.code))


def regions() -> tuple[Place, ...]:
    """Every région of the COG, by code."""
    return tuple(sorted(_regions().values(), key=lambda place: place.code))


@table
def _communes() -> tuple[Commune, ...]:
    # 37,000 rows read on every run: plain rows, not dicts.
    rows = iter(read_table("territoire-communes.csv", as_dicts=False))
    if next(rows, None) != ["code", "nom", "type", "departement", "region", "siren",
                            "codes_postaux", "commune_parente"]:
        raise ResourceError("unexpected columns in the communes table",
                            file=str(data_dir() / "reference" / "territoire-communes.csv"),
                            hint="regenerate it with scripts/derive_territoire.py")
    return tuple(Commune(code, name, type_, dep, reg, siren, tuple(post_codes.split()), parent)
                 for code, name, type_, dep, reg, siren, post_codes, parent in rows)


@table
def _post_codes() -> Mapping[str, tuple[str, ...]]:
    """Postcode -> the départements of the communes it serves (usually one)."""
    return {row["code_postal"]: tuple(row["departements"].split())
            for row in read_table("territoire-codes-postaux.csv")}


@functools.cache
def _communes_by_name(departement_code: str) -> Mapping[str, tuple[Commune, ...]]:
    """The communes of one département by normalised name (computed per département, on demand)."""
    index: dict[str, list[Commune]] = defaultdict(list)
    for commune in _communes_by_departement().get(departement_code, ()):
        index[name_key(commune.name)].append(commune)
    return {name: tuple(items) for name, items in index.items()}


@table
def _communes_by_departement() -> Mapping[str, tuple[Commune, ...]]:
    index: dict[str, list[Commune]] = defaultdict(list)
    for commune in _communes():
        index[commune.departement].append(commune)
    return {code: tuple(items) for code, items in index.items()}


@table
def _epci_by_departement() -> Mapping[str, tuple[tuple[Epci, tuple[str, ...]], ...]]:
    """Each département's EPCI, with the words of their names that tell them apart: of the name,
    and of the name it goes by in parentheses ("CA de la Presqu'île de Guérande Atlantique (Cap
    Atlantique)": a member's fiche titled "Communauté d'agglomération Cap Atlantique" is that one)."""
    index: dict[str, list[tuple[Epci, tuple[str, ...]]]] = defaultdict(list)
    for row in read_table("territoire-epci.csv"):
        epci = Epci(row["siren"], row["nom"], row["type"], tuple(row["departements"].split()))
        words = {distinctive_words(epci.name, EPCI_WORDS)}
        words |= {distinctive_words(brand, EPCI_WORDS) for brand in _BRAND.findall(epci.name)} - {()}
        for code in epci.departements:
            index[code] += [(epci, distinct) for distinct in sorted(words)]
    return {code: tuple(items) for code, items in index.items()}


_BRAND = re.compile(r"\(([^()]+)\)")


@table
def _departements_by_siren() -> Mapping[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {commune.siren: (commune.departement,) for commune in _communes()
                                         if commune.siren}
    found.update((epci.siren, epci.departements) for items in _epci_by_departement().values() for epci, _ in items)
    found.update((siren, departements) for siren, _, departements, _ in epts())
    return found


def siren_departements(siren: str) -> tuple[str, ...]:
    """The départements of the commune or EPCI of a SIREN (none for another SIREN)."""
    return _departements_by_siren().get(siren, ())


# --- the seat: département and région from the address ---------------------------------------------

def _post_code_departements(post_code: str) -> tuple[str, ...]:
    """The départements a postcode's first digits may stand for (a cedex code is no commune's)."""
    if post_code.startswith("20"):
        return ("2A", "2B")
    if post_code in NO_DEPARTEMENT_POST_CODES:
        return ()
    prefix = post_code[:3] if post_code.startswith("97") else post_code[:2]
    return (prefix,) if prefix in _departements() else ()


# La Réunion's cedex codes run on past 974xx ("97717 Saint-Denis Cedex 9", "97821 Le Port Cedex"),
# into the numbers of Saint-Barthélemy's and Saint-Martin's INSEE codes (977, 978), no commune's
# postcode: such a code is La Réunion's when its town is a commune of La Réunion, and no one's else.
_REUNION_CEDEX = ("977", "978")


def _seat(fiche: Fiche) -> tuple[tuple[str, ...], str]:
    """The départements the address may be in (one when settled) and how that was found."""
    address = fiche.address
    post_code = address.post_code if address is not None else None
    if address is None or post_code is None or not re.fullmatch(r"[0-9]{5}", post_code):
        return (), "no-post-code"
    town = name_key(address.post_name) if address.post_name else None
    departements = _post_codes().get(post_code)
    if departements:
        if len(departements) > 1 and town:
            # A postcode across a border (42620: Allier and Loire): the town tells which.
            named = tuple(code for code in departements
                          if any(post_code in c.post_codes
                                 for c in _communes_by_name(code).get(town, ())))
            if named:
                return named, "town"
        return departements, "post-code"
    if post_code[:3] in _REUNION_CEDEX:
        return (("974",), "town") if town and _communes_by_name("974").get(town) else ((), "prefix")
    candidates = _post_code_departements(post_code)
    if town and len(candidates) > 1:
        # Corsica: 20xxx is either 2A or 2B; the town tells which (a cedex code too).
        named = tuple(code for code in candidates if _communes_by_name(code).get(town))
        if named:
            return named, "town"
    return candidates, "prefix"


# --- what it governs -----------------------------------------------------------------------------

def _match_epci(fiche: Fiche, kind: str, departements: tuple[str, ...], how: str) -> tuple[Epci | None, str]:
    """The EPCI named by the fiche, among those of the seat's département; "" or why not."""
    assert fiche.name is not None  # resolve() matches only a fiche with a name
    name = fiche.name.text
    core = distinctive_words(name, EPCI_WORDS)
    if not core:
        return None, "none"
    if how == "no-post-code":  # no seat to look near: the very words, of the declared nature, in France
        named = {epci for items in _epci_by_departement().values() for epci, other in items
                 if other == core and epci.type in EPCI_TYPES[kind]}
        if len(named) > 1:
            return None, _several(f"{e.name} ({e.siren})" for e in sorted(named, key=lambda e: e.siren))
        return (named.pop(), "") if named else (None, "seat")
    if len(departements) != 1:
        return None, "seat"
    candidates = _epci_by_departement().get(departements[0], ())
    natures = EPCI_TYPES[kind]
    same_words = (lambda other: other == core, lambda other: set(other) == set(core))
    # Of another nature, only its very words make it the same body: a CC whose words are some of a
    # CA's ("Pays de Landerneau", "CA du Pays de Landerneau-Daoulas") was merged into it, and the
    # SIREN is the successor's.
    for pool, tests in (([c for c in candidates if c[0].type in natures],
                         (*same_words, lambda other: set(core) <= set(other))),
                        (list(candidates), same_words)):
        for test in tests:
            found = sorted({epci for epci, other in pool if test(other)}, key=lambda e: e.siren)
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                return None, "ambiguous:" + ", ".join(f"{e.name} ({e.siren})" for e in found)
    return None, "none"


def _match_commune(fiche: Fiche, departements: tuple[str, ...], how: str) -> tuple[Commune | None, str]:
    assert fiche.name is not None  # resolve() matches only a fiche with a name
    title, within = within_parenthesis(fiche.name.text, _departements(), _regions())  # "Valence (Drôme)"
    named = fiche.departement_named  # "Ville de Saint-Denis (974)"
    within = within or ((named,) if named is not None and named in _departements() else ()) \
        or within_areas(fiche.areas_named, _departements(), _regions())  # "Commune – Île-de-France – Seine-Saint-Denis"
    if how == "no-post-code":  # (a postcode that says nothing is an error to fix: no name then)
        return _the_only_commune(commune_key(title), within)
    if len(departements) != 1:
        return None, "seat"
    found = [c for c in _communes_by_name(departements[0]).get(commune_key(title), ()) if c.type == "commune"]
    post_code = fiche.address.post_code if fiche.address is not None else None
    if len(found) > 1:
        found = [c for c in found if post_code in c.post_codes] or found
    if len(found) == 1:
        return found[0], ""
    if found:
        return None, "ambiguous:" + ", ".join(f"{c.name} ({c.code})" for c in found)
    return None, "none"


def _the_only_commune(key: str, within: tuple[str, ...] = ()) -> tuple[Commune | None, str]:
    """The commune of that name, when it is the only one in France ("Villeurbanne"; not
    "Saint-Denis", of which there are several: a postcode, or the title's "(974)", tells which)
    or in the départements ``within``; "" or why not."""
    found = [commune for code in (within or sorted(_communes_by_departement()))
             for commune in _communes_by_name(code).get(key, ()) if commune.type == "commune"]
    if len(found) > 1:
        return None, _several(f"{c.name} ({c.code})" for c in found)
    return (found[0], "") if found else (None, "seat")


def _several(names: Iterable[str], shown: int = 5) -> str:
    """Why a name settles nothing: the places it could be, the first few of them."""
    names = list(names)
    more = ", …" if len(names) > shown else ""
    return "ambiguous:" + ", ".join(names[:shown]) + more


# --- the whole resolution ------------------------------------------------------------------------

def resolve(fiche: Fiche, kind: str | None) -> Resolution:
    """The territory of the fiche's collectivité, as far as the reference settles it. ``kind`` is
    the code of its kind of collectivité ("commune", "communaute-de-communes"…), or None."""
    findings: list[Finding] = []
    seat, how = _seat(fiche)
    seat_departement = departement(seat[0]) if len(seat) == 1 else None
    regions = {_departements()[code].within[0] for code in seat}  # a seat is of known départements
    seat_region = region(regions.pop()) if len(regions) == 1 else None
    if seat_departement is None:
        findings.append(seat_finding(fiche, seat, how))
    if fiche.name is None or not fiche.name.text.strip():
        return Resolution(seat_departement, seat_region, findings=tuple(findings))
    governs, siren, nature = None, None, None
    if kind == "commune":
        commune, why = _match_commune(fiche, seat, how)
        if commune is not None:
            governs = Place("commune", commune.code, commune.name, within=(commune.departement,))
            siren = commune.siren or None
            if how == "no-post-code":  # a commune's seat is in the commune: its name alone gave both
                seat_departement, seat_region = departement(commune.departement), region(commune.region)
                findings = [found for found in findings if found.path != "departement"]
        else:
            findings.append(commune_finding(fiche, seat, why))
    elif kind == "etablissement-public-territorial" and (ept := ept_named(fiche.name.text)) is not None:
        siren, governs = ept[0], Place("intercommunalite", *ept)  # (an EPT of the Grand Paris: territory/epts.py)
    elif kind is not None and kind in EPCI_TYPES:
        epci, why = _match_epci(fiche, kind, seat, how)
        if epci is not None:
            governs = Place("intercommunalite", epci.siren, epci.name, within=epci.departements)
            siren, nature = epci.siren, epci.type
            if epci.type not in EPCI_TYPES[kind]:  # the same body (its name), of another nature
                findings.append(nature_finding(fiche, kind, epci.name, epci.siren, epci.type))
            if how == "no-post-code" and len(epci.departements) == 1:  # its seat is in its one département
                seat_departement = departement(epci.departements[0])
                seat_region = region(seat_departement.within[0]) if seat_departement else None
                findings = [found for found in findings if found.path != "departement"]
        elif kind == "collectivite-a-statut-particulier":
            # Corse, Martinique, Paris, Lyon…: whichever table names it, if one does.
            governs = (match_by_name(fiche.name.text, _regions(), REGION_WORDS, seat_region)
                       or match_by_name(fiche.name.text, _departements(), DEPARTEMENT_WORDS, seat_departement))
        else:
            findings.append(epci_finding(fiche, kind, seat, why))
    elif kind == "departement":
        governs = (match_by_name(fiche.name.text, _departements(), DEPARTEMENT_WORDS, seat_departement)
                   or match_by_code(fiche.name.text, _departements(), DEPARTEMENT_WORDS))
        if governs is None:
            findings.append(named_finding(fiche, "departement"))
    elif kind == "region":
        governs = match_by_name(fiche.name.text, _regions(), REGION_WORDS, seat_region)
        if governs is None:
            findings.append(named_finding(fiche, "region"))
    if how == "no-post-code" and governs is not None and governs.level == "departement":
        # a département's seat (its hôtel du Département) is in the département: its name gave both
        seat_departement, seat_region = governs, region(governs.within[0])
        findings = [found for found in findings if found.path != "departement"]
    return Resolution(seat_departement, seat_region, governs, siren, tuple(findings), nature)
