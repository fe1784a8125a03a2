"""The intercommunalité each commune is part of, named as prose names it, from the DGCL's table of
EPCI (data/reference/territoire-epci.csv): "la Métropole" in Saint-Étienne's fiche is Saint-Étienne
Métropole, "la communauté de communes" in Nogent-le-Rotrou's the Communauté de communes du Perche;
and the établissement public territorial of a commune of the Grand Paris (territoire-ept.csv): "l'EPT"
in Montreuil's fiche is Est Ensemble."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rtes_kg.extract.collectivites import (
    BRAND_WORDS,
    INTERCOMMUNAL_KINDS,
    epci_prose_name,
    epci_rows,
    ept_rows,
    kind_label,
)
from rtes_kg.extract.lexicon import CONNECTORS, phrase_keys
from rtes_kg.once import table

# The kind of "l'intercommunalité", "l'EPCI": any intercommunalité
ANY_EPCI = "intercommunalite"
EPT = "etablissement-public-territorial"


@dataclass(frozen=True)
class Intercommunality:
    """An EPCI of the table: "Saint-Étienne Métropole", "Communauté de communes du Perche" (the
    table's "CC du Perche")."""

    name: str
    kind: str  # of the scheme of kinds
    words: frozenset[str]  # the keys of its name
    siren: str = ""

    def is_called(self, kind: str, word: str) -> bool:
        """Whether a kind word (``kind`` read from it, ``word`` its last key) names it: its own kind,
        a brand word of its name ("la Métropole" for the communauté d'agglomération Chartres
        Métropole), or "l'intercommunalité"."""
        return kind in {self.kind, ANY_EPCI} or word in BRAND_WORDS and word in self.words


def intercommunalities_of(commune: str) -> tuple[Intercommunality, ...]:
    """The groupings the commune of INSEE code ``commune`` is part of: its établissement public
    territorial first (a commune of the Grand Paris: "l'intercommunalité" of Montreuil is Est
    Ensemble), then its intercommunalité (the Métropole du Grand Paris); none for an island commune
    of no intercommunalité, or a code of no commune."""
    return tuple(found for found in (_territories().get(commune), _of_communes().get(commune)) if found is not None)


@table
def _epcis() -> tuple[tuple[Intercommunality, tuple[str, ...]], ...]:
    """Each intercommunalité of the table, read once, with the INSEE codes of its communes."""
    epcis = []
    for row in epci_rows():
        prose = epci_prose_name(row["nom"], row["type"])
        if prose is not None:
            name, kind = prose
            words = frozenset(phrase_keys(name.removeprefix(kind_label(kind))))
            epcis.append((Intercommunality(name, kind, words, row["siren"]), tuple(row["communes"].split())))
    return tuple(epcis)


@table
def _of_communes() -> Mapping[str, Intercommunality]:
    return {code: epci for epci, communes in _epcis() for code in communes}


@table
def _territories() -> Mapping[str, Intercommunality]:
    """The INSEE code of each commune of the Grand Paris -> its établissement public territorial."""
    of_commune = {}
    for ept, communes in _epts():
        for code in communes:
            of_commune[code] = ept
    return of_commune


@table
def _epts() -> tuple[tuple[Intercommunality, tuple[str, ...]], ...]:
    return tuple((Intercommunality(row["nom"], EPT, frozenset(phrase_keys(row["nom"])), row["siren"]),
                  tuple(row["communes"].split()))
                 for row in ept_rows())


def intercommunality_named(name: str, kind: str | None) -> Intercommunality | None:
    """The intercommunalité of the tables a collectivité's name and kind name, written as prose
    writes it ("Grand Besançon Métropole", "Communauté de communes de la Lomagne Gersoise", "Est
    Ensemble"); None for a name of none, or of two."""
    return _by_name().get((kind or "", _name_key(name, kind)))


def _name_key(name: str, kind: str | None) -> tuple[str, ...]:
    """The words that tell a name: past the label of its kind, without the words that join them."""
    keys = phrase_keys(name)
    label = phrase_keys(kind_label(kind)) if kind in INTERCOMMUNAL_KINDS else []
    if keys[:len(label)] == label:
        keys = keys[len(label):]
    return tuple(key for key in keys if key not in CONNECTORS)


@table
def _by_name() -> Mapping[tuple[str, tuple[str, ...]], Intercommunality]:
    named: dict[tuple[str, tuple[str, ...]], Intercommunality | None] = {}
    for epci, _ in (*_epcis(), *_epts()):
        entry = (epci.kind, _name_key(epci.name, epci.kind))
        named[entry] = epci if named.get(entry, epci) == epci else None  # two of one name: neither
    return {entry: epci for entry, epci in named.items() if epci is not None}


def metropole_of(departement: str) -> Intercommunality | None:
    """The one métropole of a département, "la Métropole" in its Département's fiche: Bordeaux
    Métropole in the Gironde's, Toulon-Provence-Méditerranée in the Var's (whose commune of the
    Métropole d'Aix-Marseille-Provence is too few to count); None where there is none or two."""
    return _metropoles().get(departement)


@table
def _metropoles() -> Mapping[str, Intercommunality]:
    found: dict[str, list[Intercommunality]] = {}
    for metropole, communes in _epcis():
        if metropole.kind != "metropole" or not communes:
            continue
        for departement in {_departement_of(code) for code in communes}:
            share = sum(_departement_of(code) == departement for code in communes) / len(communes)
            if share >= _A_SHARE_OF_ITS_COMMUNES:
                found.setdefault(departement, []).append(metropole)
    return {departement: metropoles[0] for departement, metropoles in found.items() if len(metropoles) == 1}


_A_SHARE_OF_ITS_COMMUNES = 0.2  # (the Métropole du Grand Paris: 27 % to 36 % in each of the 92, 93, 94)


def _departement_of(commune: str) -> str:
    return commune[:3] if commune.startswith("97") else commune[:2]
