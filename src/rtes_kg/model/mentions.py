"""Maps what the free texts name and state (records.OrgMention, Quantity, StatedAmount) to triples.

Called by ``mapping.map_fiche`` (docs/model.md, "Organisations, figures and amounts in the text").
One IRI per organisation whatever the fiche or the role: the curated slug, the member's own slug,
or the slug of the name as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg.extract.organisations import CARRIER, COLLECTIVITE, FROM_REFERENCE, STRUCTURE, reference
from rtes_kg.model import mint
from rtes_kg.parse.records import OrgMention, Quantity, Source, StatedAmount
from rtes_kg.vocab import (
    CV,
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


def _decimal(value) -> Literal:
    return Literal(mint.decimal_lexical(value), datatype=XSD.decimal)


def organisation(triples: Triples, mention: OrgMention, base_iri: str) -> URIRef:
    """The node of a named organisation, with its types and labels (none for a member: its own
    fiche describes it, and a fiche must not describe another member)."""
    source = mention.source
    if mention.member is not None:
        return mint.org_iri(mention.member, base_iri)
    iri = mint.org_iri(mention.slug, base_iri)
    if mention.confidence == FROM_REFERENCE:
        curated = reference()
        node = mint.curated_org_iri(mention.slug)
        triples.node(iri, source)
        for predicate, value in sorted(curated.graph.predicate_objects(node)):
            if predicate == RDF.type:
                triples.node(iri, source, value)
            else:
                triples.add(iri, predicate, value, source)
    elif mention.category == COLLECTIVITE:
        # A collectivité that is not a member: a public body, never an rtes:Collectivite (whose
        # shapes describe members) and never org:memberOf the RTES.
        triples.node(iri, source, CV.PublicOrganisation, ORG.Organization,
                     SCHEMA.GovernmentOrganization)
        triples.add(iri, SKOS.prefLabel, Literal(mention.name, lang="fr"), source)
        if mention.kind is not None:
            triples.add(iri, ORG.classification, KIND[mention.kind], source)
    else:
        triples.node(iri, source, RTES.StructureESS, ORG.Organization)
        triples.add(iri, SKOS.prefLabel, Literal(mention.name, lang="fr"), source)
        if mention.kind is not None and mention.category == STRUCTURE:
            triples.add(iri, ORG.classification, TYPE_STRUCTURE[mention.kind], source)
    triples.add(iri, RTES.confianceDetection, Literal(mention.confidence), source)
    return iri


def map_mentions(triples: Triples, mentions: Sequence[OrgMention], subject: URIRef,
                 base_iri: str, in_action: bool) -> None:
    """An action's carriers (rtes:porteePar + prov:wasAssociatedWith) and partners; for the
    programme and panorama, every organisation named is a partner of the collectivité."""
    for mention in mentions:
        org = organisation(triples, mention, base_iri)
        if in_action and mention.role == CARRIER:
            triples.add(subject, RTES.porteePar, org, mention.source)
            triples.add(subject, PROV.wasAssociatedWith, org, mention.source)
        else:
            triples.add(subject, RTES.partenaire, org, mention.source)


def map_quantities(triples: Triples, quantities: Sequence[Quantity], subject: URIRef) -> None:
    slugs = mint.disambiguate([mint.figure_slug(q.value, q.unit_text) for q in quantities],
                              [q.raw for q in quantities])
    for quantity, figure_slug in zip(quantities, slugs):
        source = quantity.source
        node = triples.node(mint.figure_iri(subject, figure_slug), source, SCHEMA.QuantitativeValue)
        triples.add(subject, RTES.chiffre, node, source)
        triples.add(node, SCHEMA.value, _decimal(quantity.value), source)
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
    readable = [a for a in amounts if a.euros is not None]
    slugs = mint.disambiguate(
        [mint.euros_token(a.euros) + (f"-{mint.euros_token(a.maximum)}" if a.maximum is not None else "")
         for a in readable], [a.raw for a in readable])
    for amount, amount_slug in zip(readable, slugs):
        source = amount.source
        node = triples.node(mint.stated_amount_iri(subject, amount_slug), source,
                            SCHEMA.MonetaryAmount)
        triples.add(subject, RTES.montantCite, node, source)
        if amount.maximum is None:
            triples.add(node, SCHEMA.value, _decimal(amount.euros), source)
        else:
            triples.add(node, SCHEMA.minValue, _decimal(amount.euros), source)
            triples.add(node, SCHEMA.maxValue, _decimal(amount.maximum), source)
        triples.add(node, SCHEMA.currency, Literal("EUR"), source)
        if amount.qualifier is not None:
            triples.add(node, RTES.qualificatif, QUALIFICATIF[amount.qualifier], source)
        triples.add(node, RTES.texteSource, Literal(amount.raw, lang="fr"), source)
        triples.add(node, RTES.ligneSource, Literal(source.line), source)
