"""Maps what territory.resolve found for a fiche to triples (docs/model.md, « Territoire »)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg.model import mint
from rtes_kg.parse.records import Fiche, Source
from rtes_kg.territory import resolve as territory
from rtes_kg.territory.resolve import EPCI_TYPES, Place, Resolution
from rtes_kg.vocab import ADMS, DCT, IGEO, KIND, RDF, RTES, SCHEMA, SKOS

__all__ = ["WIKIDATA_ENTITY", "map_territory", "reference_triples"]

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

_CLASSES = {"commune": IGEO.Commune, "intercommunalite": IGEO.Intercommunalite,
            "departement": IGEO.Departement, "region": IGEO.Region}
_CODES = {"commune": IGEO.codeCommune, "departement": IGEO.codeDepartement,
          "region": IGEO.codeRegion}


class Triples(Protocol):
    """What mapping._FicheTriples offers: typed nodes and located facts."""

    def node(self, iri: URIRef, source: Source, *types: URIRef) -> URIRef: ...

    def add(self, subject: URIRef, predicate: URIRef, value: Node | None, source: Source) -> None: ...


def map_territory(triples: Triples, fiche: Fiche, resolution: Resolution, org: URIRef, org_slug: str,
                  base_iri: str) -> None:
    """The collectivité's seat (rtes:departement, rtes:region), the territory it governs
    (dct:spatial, rtes:codeInsee) and its SIREN, with the description of its commune or EPCI.

    Territory nodes are described from the reference alone, so that a node named by two fiches
    has the same triples in both named graphs."""
    address_source = fiche.address.source if fiche.address is not None else fiche.source
    name_source = fiche.name.source if fiche.name is not None else fiche.source
    for predicate, place in ((RTES.departement, resolution.departement),
                             (RTES.region, resolution.region)):
        if place is not None:
            triples.add(org, predicate, _place(triples, place, address_source, base_iri),
                        address_source)
    governs = resolution.governs
    if governs is not None:
        spatial = _place(triples, governs, name_source, base_iri)
        triples.add(org, DCT.spatial, spatial, name_source)
        # the register's nature of an EPCI ("CU" for "Grand Besançon Métropole"): a kind the name
        # does not say is no slip of the fiche when the register says it (shape TypeDansLeNom)
        for kind in _kinds_of_nature(resolution.nature if governs.level == "intercommunalite" else None):
            triples.add(spatial, DCT.type, KIND[kind], name_source)
        if governs.level != "intercommunalite":
            triples.add(org, RTES.codeInsee, Literal(governs.code), name_source)
    if resolution.siren is not None:
        identifier = triples.node(mint.siren_iri(org_slug, base_iri), name_source, ADMS.Identifier)
        triples.add(org, ADMS.identifier, identifier, name_source)
        triples.add(identifier, SKOS.notation, Literal(resolution.siren), name_source)
        triples.add(identifier, ADMS.schemaAgency, Literal("INSEE"), name_source)
        triples.add(identifier, DCT.title, Literal("SIREN"), name_source)
        triples.add(org, RTES.siren, Literal(resolution.siren), name_source)


def _kinds_of_nature(nature: str | None) -> list[str]:
    """The kinds of collectivité (codes of the scheme) an EPCI of a DGCL nature is."""
    return sorted(kind for kind, natures in EPCI_TYPES.items() if nature in natures)


def _place(triples: Triples, place: Place, source: Source, base_iri: str) -> URIRef:
    """The node of a territory. A commune or an EPCI is described in the fiche that governs it;
    départements and régions are described once, in the reference graph (``reference_triples``)."""
    iri = mint.territory_iri(place.level, place.code, base_iri)
    if place.level in ("departement", "region"):
        return iri
    triples.node(iri, source, _CLASSES[place.level])
    for predicate, value in _description(place, base_iri):
        triples.add(iri, predicate, value, source)
    return iri


def _description(place: Place, base_iri: str) -> list[tuple[URIRef, Node]]:
    """What the reference says of a territory, as (predicate, object) pairs, types aside."""
    pairs: list[tuple[URIRef, Node]] = [(SKOS.prefLabel, Literal(place.name, lang="fr")),
                                        (IGEO.codeINSEE, Literal(place.code))]
    if place.level in _CODES:
        pairs.append((_CODES[place.level], Literal(place.code)))
    if place.wikidata is not None:
        pairs.append((SCHEMA.sameAs, URIRef(WIKIDATA_ENTITY + place.wikidata)))
    if place.level == "departement":
        pairs.append((IGEO.subdivisionDirecteDe,
                      mint.territory_iri("region", place.within[0], base_iri)))
    elif place.level in ("commune", "intercommunalite"):
        pairs.extend((RTES.departement, mint.territory_iri("departement", code, base_iri))
                     for code in place.within)
    return pairs


def reference_triples(base_iri: str) -> Iterator[tuple[URIRef, URIRef, Node]]:
    """Every département and région of the COG, for the graph {base}graph/reference: shared by
    all fiches, so described once (with its Wikidata link where the reference gives one)."""
    for place in (*territory.departements(), *territory.regions()):
        iri = mint.territory_iri(place.level, place.code, base_iri)
        yield iri, RDF.type, _CLASSES[place.level]
        for predicate, value in _description(place, base_iri):
            yield iri, predicate, value
