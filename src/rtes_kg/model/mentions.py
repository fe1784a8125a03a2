"""Maps what the free texts name and state (records.OrgMention, Quantity, StatedAmount) to triples.

Called by ``mapping.map_fiche`` (docs/model.md, "Organisations, figures and amounts in the text").
One IRI per organisation whatever the fiche or the role: the curated slug, the member's own slug,
or the slug of the name as written. Each role is its own property (``ROLE_PROPERTIES``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg.extract import places
from rtes_kg.extract.concepts import repeats_a_label
from rtes_kg.extract.organisations import (
    CARRIER,
    COLLECTIVITE,
    CREATED,
    FROM_REFERENCE,
    PARTNER,
    SHAREHOLDER,
    STRUCTURE,
    SUPPORTED,
    reference,
)
from rtes_kg.model import mint
from rtes_kg.parse.records import OrgMention, Quantity, Source, StatedAmount
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.vocab import (
    CURATED_ORG_BASE,
    CV,
    IGEO,
    KIND,
    OBJET_COMPTE,
    ORG,
    PROV,
    QUALIFICATIF,
    RDF,
    RTES,
    SCHEMA,
    SKOS,
    TYPE_STRUCTURE,
    UNITE,
    XSD,
)


class Triples(Protocol):
    """What ``mapping._FicheTriples`` offers: typed nodes and facts that remember their line."""

    def node(self, iri: URIRef, source: Source, *types: URIRef) -> URIRef: ...

    def add(self, subject: URIRef, predicate: URIRef, value: Node | None, source: Source) -> None: ...


# The property of each role, from the action (or, outside actions, from the collectivité) to the
# organisation. Outside an action nothing is carried: a carrier there is a partner.
ROLE_PROPERTIES = {CARRIER: RTES.porteePar, PARTNER: RTES.partenaire, SUPPORTED: RTES.beneficiaire,
                   CREATED: RTES.creationAccompagnee, SHAREHOLDER: RTES.participationCapital}
_TERRITORY_BASE = mint.normalise_base(DEFAULT_BASE_IRI) + "territoire/"
# The types of an organisation found by a pattern, by family (as in data/reference/organisations.ttl).
_FAMILIES = {STRUCTURE: (RTES.StructureESS, ORG.Organization),
             "organisme-public": (CV.PublicOrganisation, ORG.Organization),
             "entreprise": (SCHEMA.Corporation, ORG.FormalOrganization, ORG.Organization),
             "reseau": (RTES.Reseau, ORG.FormalOrganization, ORG.Organization)}


def _decimal(value) -> Literal:
    return Literal(mint.decimal_lexical(value), datatype=XSD.decimal)


def _rebased(value: Node, base_iri: str) -> Node:
    """A value of the curated list, with its organisations and territories under the build's base."""
    text = str(value)
    if isinstance(value, URIRef) and text.startswith(CURATED_ORG_BASE):
        return mint.org_iri(text.removeprefix(CURATED_ORG_BASE), base_iri)
    if isinstance(value, URIRef) and text.startswith(_TERRITORY_BASE):
        return URIRef(mint.normalise_base(base_iri) + "territoire/" + text.removeprefix(_TERRITORY_BASE))
    return value


def _curated(triples: Triples, slug: str, source: Source, base_iri: str) -> URIRef:
    """An organisation of the curated list, with its triples as written there, and its network."""
    curated = reference()
    iri = mint.org_iri(slug, base_iri)
    triples.node(iri, source)
    node = mint.curated_org_iri(slug)
    for predicate, value in sorted(curated.graph.predicate_objects(node)):
        if not isinstance(predicate, URIRef) or repeats_a_label(curated.graph, node, predicate, value):
            continue
        if predicate == RDF.type and isinstance(value, URIRef):
            triples.node(iri, source, value)
        else:
            triples.add(iri, predicate, _rebased(value, base_iri), source)
    parent = curated.entries[slug].parent
    if parent is not None:
        _curated(triples, parent, source, base_iri)
    return iri


def _commune(triples: Triples, mention: OrgMention, base_iri: str) -> URIRef | None:
    """The commune an organisation is in, described as the territory mapping describes communes."""
    commune = next((c for c in places.communes_named(mention.place or "") if c.code == mention.place_code),
                   None)
    if commune is None:
        return None
    source = mention.source
    iri = triples.node(mint.territory_iri("commune", commune.code, base_iri), source, IGEO.Commune)
    triples.add(iri, SKOS.prefLabel, Literal(commune.name, lang="fr"), source)
    triples.add(iri, IGEO.codeINSEE, Literal(commune.code), source)
    triples.add(iri, IGEO.codeCommune, Literal(commune.code), source)
    triples.add(iri, RTES.departement, mint.territory_iri("departement", commune.departement, base_iri),
                source)
    return iri


def organisation(triples: Triples, mention: OrgMention, base_iri: str) -> URIRef:
    """The node of a named organisation, with its types and labels (none for a member: its own
    fiche describes it, and a fiche must not describe another member), its network and place."""
    source = mention.source
    if mention.member is not None:
        return mint.org_iri(mention.member, base_iri)
    iri = mint.org_iri(mention.slug, base_iri)
    if mention.confidence == FROM_REFERENCE:
        _curated(triples, mention.slug, source, base_iri)
    elif mention.category == COLLECTIVITE:
        # A collectivité that is not a member: a public body, never an rtes:Collectivite (whose
        # shapes describe members) and never org:memberOf the RTES.
        triples.node(iri, source, CV.PublicOrganisation, ORG.Organization,
                     SCHEMA.GovernmentOrganization)
        triples.add(iri, SKOS.prefLabel, Literal(mention.name, lang="fr"), source)
        if mention.kind is not None:
            triples.add(iri, ORG.classification, KIND[mention.kind], source)
    else:
        triples.node(iri, source, *_FAMILIES.get(mention.category, _FAMILIES[STRUCTURE]))
        triples.add(iri, SKOS.prefLabel, Literal(mention.name, lang="fr"), source)
        if mention.kind is not None and mention.category == STRUCTURE:
            triples.add(iri, ORG.classification, TYPE_STRUCTURE[mention.kind], source)
    if mention.confidence != FROM_REFERENCE:
        if mention.parent is not None:
            triples.add(iri, ORG.subOrganizationOf, _curated(triples, mention.parent, source, base_iri),
                        source)
        if mention.place_code is not None:
            triples.add(iri, SCHEMA.areaServed if mention.place_served else SCHEMA.location,
                        _commune(triples, mention, base_iri), source)
    triples.add(iri, RTES.confianceDetection, Literal(mention.confidence), source)
    return iri


def map_mentions(triples: Triples, mentions: Sequence[OrgMention], subject: URIRef,
                 base_iri: str, in_action: bool) -> None:
    """Each organisation named, linked by the property of its role (``ROLE_PROPERTIES``); a carrier
    is also prov:wasAssociatedWith the action. Outside an action a carrier is a partner."""
    for mention in mentions:
        org = organisation(triples, mention, base_iri)
        role = mention.role if in_action or mention.role != CARRIER else PARTNER
        triples.add(subject, ROLE_PROPERTIES.get(role, RTES.partenaire), org, mention.source)
        if role == CARRIER:
            triples.add(subject, PROV.wasAssociatedWith, org, mention.source)


def map_quantities(triples: Triples, quantities: Sequence[Quantity], subject: URIRef) -> None:
    slugs = mint.disambiguate([mint.figure_slug(q.value, q.unit_text) for q in quantities],
                              [q.raw for q in quantities])
    nodes: dict[int, URIRef] = {}  # by id: two figures may be equal ("dont 9 … dont 9")
    for quantity, figure_slug in zip(quantities, slugs):
        source = quantity.source
        node = nodes[id(quantity)] = triples.node(mint.figure_iri(subject, figure_slug), source,
                                                  SCHEMA.QuantitativeValue)
        triples.add(subject, RTES.chiffre, node, source)
        if quantity.part_of is not None and id(quantity.part_of) in nodes:  # "320 tonnes, dont 180 …"
            triples.add(node, RTES.partieDe, nodes[id(quantity.part_of)], source)
        triples.add(node, SCHEMA.value, _decimal(quantity.value), source)
        if quantity.minimum is not None:  # "de 12 à 15 salariés": 15 "jusqu'à", and the range's bounds
            triples.add(node, SCHEMA.minValue, _decimal(quantity.minimum), source)
            triples.add(node, SCHEMA.maxValue, _decimal(quantity.value), source)
        triples.add(node, SCHEMA.unitText, Literal(quantity.unit_text), source)
        triples.add(node, SCHEMA.unitCode, UNITE[quantity.unit], source)
        if quantity.counted is not None:
            triples.add(node, RTES.objetCompte, OBJET_COMPTE[quantity.counted], source)
        if quantity.approximate:
            triples.add(node, RTES.approximatif, Literal(True), source)
        if quantity.qualifier is not None:
            triples.add(node, RTES.qualificatif, QUALIFICATIF[quantity.qualifier], source)
        if quantity.year is not None:
            triples.add(node, RTES.annee, Literal(f"{quantity.year:04d}", datatype=XSD.gYear), source)
        if quantity.per is not None:
            triples.add(node, RTES.par, Literal(quantity.per), source)
        triples.add(node, RTES.texteSource, Literal(quantity.raw, lang="fr"), source)
        triples.add(node, RTES.ligneSource, Literal(source.line), source)


def map_amounts(triples: Triples, amounts: Sequence[StatedAmount], subject: URIRef) -> None:
    readable = [(a, a.euros) for a in amounts if a.euros is not None]
    slugs = mint.disambiguate(
        [mint.euros_token(euros) + (f"-{mint.euros_token(a.maximum)}" if a.maximum is not None else "")
         for a, euros in readable], [a.raw for a, _ in readable])
    nodes: dict[StatedAmount, URIRef] = {}
    for (amount, _euros), amount_slug in zip(readable, slugs):
        source = amount.source
        node = nodes[amount] = triples.node(mint.stated_amount_iri(subject, amount_slug), source,
                                            SCHEMA.MonetaryAmount)
        triples.add(subject, RTES.montantCite, node, source)
        if amount.per is not None:  # "5 € par panier": a price or a rate, not a sum of money given
            triples.add(node, RTES.par, Literal(amount.per), source)
        if amount.part_of is not None and amount.part_of in nodes:  # "220 000 € (dont 150 000 €…)"
            triples.add(node, RTES.partieDe, nodes[amount.part_of], source)
        if amount.maximum is None:
            triples.add(node, SCHEMA.value, _decimal(amount.euros), source)
        else:
            triples.add(node, SCHEMA.minValue, _decimal(amount.euros), source)
            triples.add(node, SCHEMA.maxValue, _decimal(amount.maximum), source)
        triples.add(node, SCHEMA.currency, Literal("EUR"), source)
        if amount.qualifier is not None:
            triples.add(node, RTES.qualificatif, QUALIFICATIF[amount.qualifier], source)
        if amount.year is not None:
            triples.add(node, RTES.annee, Literal(f"{amount.year:04d}", datatype=XSD.gYear), source)
        triples.add(node, RTES.texteSource, Literal(amount.raw, lang="fr"), source)
        triples.add(node, RTES.ligneSource, Literal(source.line), source)
