"""Maps one Fiche record to its RDF triples (docs/model.md), remembering the line of each fact."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from rtes_kg.extract.concepts import concepts_graph, repeats_a_label
from rtes_kg.model import mint
from rtes_kg.model.identity import Identity, identify
from rtes_kg.model.links import iri_of_url, members_home_page
from rtes_kg.model.mentions import map_amounts, map_mentions, map_quantities
from rtes_kg.model.places import map_territory
from rtes_kg.model.places import reference_triples as territory_reference_triples
from rtes_kg.parse.action_labels import action_label, action_year
from rtes_kg.parse.action_state import action_state
from rtes_kg.parse.records import Action, Address, Contact, Fiche, MoneyAmount, Source, Text
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.vocab import (
    CV,
    DCT,
    ETAT_ACTION,
    FOAF,
    LOCN,
    ORG,
    PREFIXES,
    PROV,
    QUALIFICATIF,
    RDF,
    RTES,
    SCHEMA,
    SECTION_BUDGETAIRE,
    SKOS,
    STATUT_BUDGETAIRE,
    TIME,
    XSD,
)

__all__ = ["MappedFiche", "RTES_NAME", "action_label", "map_fiche",
           "reference_graph"]

RTES_NAME = "Réseau des collectivités Territoriales pour une Économie Solidaire"


@dataclass(frozen=True)
class MappedFiche:
    """One fiche as RDF: its IRIs, its triples (no blank nodes) and, for each node and each
    (node, predicate), the fiche line it comes from, so that a SHACL result can name the line."""

    slug: str
    org: URIRef
    graph_iri: URIRef
    record: URIRef
    graph: Graph
    origins: Mapping[tuple[Node, URIRef | None], Source]


class _FicheTriples:
    """Collects the triples of one fiche and the origin of each node and fact.

    The first origin registered for a key wins, so the collectivité keeps its title line."""

    def __init__(self) -> None:
        self.graph = Graph(bind_namespaces="core")
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self.origins: dict[tuple[Node, URIRef | None], Source] = {}

    def node(self, iri: URIRef, source: Source, *types: URIRef) -> URIRef:
        self.origins.setdefault((iri, None), source)
        for rdf_type in types:
            self.graph.add((iri, RDF.type, rdf_type))
        return iri

    def add(self, subject: URIRef, predicate: URIRef, value: Node | None, source: Source) -> None:
        """Adds the fact unless its value is absent (None or blank text)."""
        if value is None or (isinstance(value, Literal) and not str(value).strip()):
            return
        self.graph.add((subject, predicate, value))
        self.origins.setdefault((subject, predicate), source)


def map_fiche(fiche: Fiche, base_iri: str = DEFAULT_BASE_IRI, source_root: str | None = None,
              identity: Identity | None = None) -> MappedFiche:
    """The triples of one fiche, following docs/model.md. Pure: same record, same triples.

    ``identity`` is the fiche's ``identify(fiche, source_root)``, when the caller has it already.
    Values are emitted as written, with their intended datatype where rdflib accepts them
    silently ("20O1"^^xsd:gYear, postcode "2107"), so that validation reports them."""
    identity = identity or identify(fiche, source_root)
    org_slug = identity.slug
    triples = _FicheTriples()
    org = mint.org_iri(org_slug, base_iri)
    _map_collectivite(triples, fiche, org, identity.kind)
    _map_membership(triples, fiche, org, org_slug, base_iri)
    if fiche.address is not None:
        _map_address(triples, fiche.address, org, org_slug, base_iri)
    _map_contacts(triples, fiche.contacts, org, org_slug, base_iri)
    _map_budget(triples, fiche, org, org_slug, base_iri)
    _map_actions(triples, fiche.actions, org, org_slug, base_iri)
    map_territory(triples, fiche, identity.territory, org, org_slug, base_iri)
    map_mentions(triples, fiche.mentions, org, base_iri, in_action=False)
    map_quantities(triples, fiche.quantities, org)
    map_amounts(triples, fiche.amounts, org)
    record = _map_record(triples, fiche, org, org_slug, base_iri, source_root)
    return MappedFiche(slug=org_slug, org=org, graph_iri=mint.graph_iri(org_slug, base_iri),
                       record=record, graph=triples.graph,
                       origins=MappingProxyType(triples.origins))


def reference_graph(base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The graph {base}graph/reference: the RTES itself, every concept of concepts.ttl, and every
    département and région of the French reference (mapping_territory.reference_triples)."""
    graph = concepts_graph()
    for triple in [triple for triple in graph if repeats_a_label(graph, *triple)]:
        graph.remove(triple)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    rtes = mint.rtes_iri(base_iri)
    for rdf_type in (RTES.Reseau, ORG.FormalOrganization, ORG.Organization):
        graph.add((rtes, RDF.type, rdf_type))
    graph.add((rtes, SKOS.prefLabel, Literal(RTES_NAME, lang="fr")))
    graph.add((rtes, SKOS.altLabel, Literal("RTES", lang="fr")))
    graph.add((rtes, SCHEMA.name, Literal(RTES_NAME, lang="fr")))
    graph.add((rtes, FOAF.homepage, URIRef("https://www.rtes.fr/")))
    graph.addN((*triple, graph) for triple in territory_reference_triples(base_iri))
    return graph


def _fr(text: str | None) -> Literal | None:
    return Literal(text, lang="fr") if text is not None else None


def _plain(text: str | None) -> Literal | None:
    return Literal(text) if text is not None else None


def _map_collectivite(triples: _FicheTriples, fiche: Fiche, org: URIRef, kind: URIRef | None) -> None:
    triples.node(org, fiche.source, RTES.Collectivite, CV.PublicOrganisation, ORG.Organization,
                 SCHEMA.GovernmentOrganization)
    if fiche.name is not None:
        triples.add(org, SKOS.prefLabel, _fr(fiche.name.text), fiche.name.source)
        triples.add(org, SCHEMA.name, _fr(fiche.name.text), fiche.name.source)
    if kind is not None:
        triples.add(org, ORG.classification, kind, fiche.kind.source if fiche.kind is not None else fiche.source)
    if fiche.kind is not None:
        triples.add(org, RTES.typeDeclare, _fr(fiche.kind.text), fiche.kind.source)
    if fiche.population is not None:
        population = fiche.population
        if population.value is not None:
            triples.add(org, RTES.population, Literal(population.value), population.source)
            if population.qualifier is not None:  # "Plus de 700 000 hab.": the figure is a bound
                triples.add(org, RTES.populationQualificatif, QUALIFICATIF[mint.slug(population.qualifier)],
                            population.source)
        triples.add(org, RTES.populationTexte, _fr(population.raw), population.source)
        if population.value is not None and population.year is not None:
            triples.add(org, RTES.populationAnnee, Literal(f"{population.year:04d}", datatype=XSD.gYear),
                        population.source)
    for text, predicate in ((fiche.budget, RTES.budgetTexte), (fiche.programme, RTES.programmeESS),
                            (fiche.panorama, RTES.panoramaESS),
                            *((other, RTES.autreRubrique) for other in fiche.other_sections)):
        if text is not None:
            triples.add(org, predicate, _fr(text.text), text.source)


def _map_membership(triples: _FicheTriples, fiche: Fiche, org: URIRef, org_slug: str,
                    base_iri: str) -> None:
    """Every fiche is a member's fiche: the membership is there even when the year is not."""
    year = fiche.membership_year
    source = year.source if year is not None else fiche.source
    rtes = mint.rtes_iri(base_iri)
    membership = triples.node(mint.membership_iri(org_slug, base_iri), source, ORG.Membership)
    triples.add(org, ORG.memberOf, rtes, source)
    triples.add(org, ORG.hasMembership, membership, source)
    triples.add(membership, ORG.member, org, source)
    triples.add(membership, ORG.organization, rtes, source)
    if year is None:
        return
    triples.add(membership, RTES.ligneSource, Literal(year.source.line), year.source)
    interval = triples.node(mint.membership_interval_iri(org_slug, base_iri), source, TIME.Interval)
    start = triples.node(mint.membership_start_iri(org_slug, base_iri), source, TIME.Instant)
    triples.add(membership, ORG.memberDuring, interval, source)
    triples.add(interval, TIME.hasBeginning, start, source)
    # rdflib does not check gYear lexical forms, so "20O1" goes through without a warning.
    triples.add(start, TIME.inXSDgYear, Literal(year.raw, datatype=XSD.gYear), source)


def _line_of(address: Address, value: str) -> Source:
    """The line of the address holding ``value``. Assumes ``address.lines`` are consecutive lines
    starting at ``address.source``: the record keeps one source for the whole address."""
    for offset, line in enumerate(address.lines):
        if value in line:
            return Source(address.source.file, address.source.line + offset)
    return address.source


_SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "l", "d", "sur", "sous", "en", "et", "aux",
                "au", "lès"}


def post_name_as_written_in_prose(name: str) -> str:
    """ "VALDAHON" -> "Valdahon", "SAINT-DIÉ-DES-VOSGES" -> "Saint-Dié-des-Vosges": postal
    capitals are a mailing convention, not the town's name. Mixed-case names are kept."""
    if not name.isupper():
        return name
    parts = re.split(r"([\s\-'’]+)", name.lower())
    return "".join(part if index > 0 and part in _SMALL_WORDS else part.capitalize()
                   for index, part in enumerate(parts))


def _map_address(triples: _FicheTriples, address: Address, org: URIRef, org_slug: str,
                 base_iri: str) -> None:
    node = triples.node(mint.address_iri(org_slug, base_iri), address.source, LOCN.Address)
    triples.add(org, LOCN.address, node, address.source)
    triples.add(node, RTES.ligneSource, Literal(address.source.line), address.source)
    parts = ((LOCN.thoroughfare, address.thoroughfare), (LOCN.poBox, address.po_box),
             (LOCN.addressArea, address.area), (LOCN.postCode, address.post_code),
             (LOCN.locatorName, address.building))
    for predicate, value in parts:
        if value is not None:
            triples.add(node, predicate, _plain(value), _line_of(address, value))
    if address.post_name is not None:
        triples.add(node, LOCN.postName, _plain(post_name_as_written_in_prose(address.post_name)),
                    _line_of(address, address.post_name))
    if address.cedex:
        cedex_line = _line_of(address, address.post_name) if address.post_name else address.source
        triples.add(node, RTES.cedex, Literal(True), cedex_line)
    if address.country is not None:
        triples.add(node, LOCN.adminUnitL1, _plain(address.country),
                    _line_of(address, address.country))
    if address.lines:
        triples.add(node, LOCN.fullAddress, _plain(", ".join(address.lines)), address.source)


def _post_slugs(contacts: tuple[Contact, ...]) -> list[str]:
    """slug(role), plus the holder's slug when two contacts share a role (model.md)."""
    role_slugs = [mint.slug(contact.role) for contact in contacts]
    shared = Counter(role_slugs)
    candidates = [
        role_slug if shared[role_slug] == 1
        else f"{role_slug}-{mint.slug(contact.person or contact.service or 'sans-titulaire')}"
        for role_slug, contact in zip(role_slugs, contacts)]
    keys = ["|".join((c.role, c.person or "", c.service or "", *c.titles)) for c in contacts]
    return mint.disambiguate(candidates, keys)


def _map_contacts(triples: _FicheTriples, contacts: tuple[Contact, ...], org: URIRef,
                  org_slug: str, base_iri: str) -> None:
    for contact, post_slug in zip(contacts, _post_slugs(contacts)):
        source = contact.source
        post = triples.node(mint.post_iri(org_slug, post_slug, base_iri), source, ORG.Post)
        triples.add(post, ORG.postIn, org, source)
        triples.add(org, ORG.hasPost, post, source)
        triples.add(post, SKOS.prefLabel, _fr(contact.role), source)
        triples.add(post, RTES.ligneSource, Literal(source.line), source)
        for title in contact.titles:
            triples.add(post, RTES.titre, _fr(title), source)
        if contact.person is not None:
            person = triples.node(mint.person_iri(org_slug, contact.person, base_iri), source,
                                  FOAF.Person)
            triples.add(person, FOAF.name, _plain(contact.person), source)
            triples.add(post, ORG.heldBy, person, source)
            for mandate in contact.mandates:
                _map_rtes_mandate(triples, person, contact, mandate, org_slug, base_iri)
        if contact.service is not None:
            # A service named as the contact holds the post itself (an org:OrganizationalUnit is
            # a foaf:Agent); when a person is named too, both hold it.
            service = triples.node(mint.service_iri(org_slug, contact.service, base_iri), source,
                                   ORG.OrganizationalUnit)
            triples.add(service, SKOS.prefLabel, _fr(contact.service), source)
            triples.add(service, ORG.unitOf, org, source)
            triples.add(org, ORG.hasUnit, service, source)
            triples.add(post, ORG.heldBy, service, source)


def _map_rtes_mandate(triples: _FicheTriples, person: URIRef, contact: Contact, mandate: Text,
                      org_slug: str, base_iri: str) -> None:
    """"administrateur du RTES" under an élu: a post in the RTES that the élu holds, from the line
    that says so."""
    assert contact.person is not None
    source = mandate.source
    post = triples.node(mint.rtes_mandate_iri(org_slug, contact.person, mandate.text, base_iri), source, ORG.Post)
    triples.add(post, ORG.postIn, mint.rtes_iri(base_iri), source)
    triples.add(post, SKOS.prefLabel, _fr(mandate.text), source)
    triples.add(post, ORG.heldBy, person, source)
    triples.add(post, RTES.ligneSource, Literal(source.line), source)


def _map_budget(triples: _FicheTriples, fiche: Fiche, org: URIRef, org_slug: str,
                base_iri: str) -> None:
    amounts = fiche.budget_amounts
    slugs = mint.disambiguate(
        [mint.budget_line_slug(a.year, a.section, a.euros, a.raw) for a in amounts],
        [a.raw for a in amounts])
    whole = None
    for amount, line_slug in zip(amounts, slugs):
        if amount.euros is None:
            continue  # unreadable: reported by the parser, kept in rtes:budgetTexte, never a value
        line = mint.budget_line_iri(org_slug, line_slug, base_iri)
        _map_budget_line(triples, amount, org, line)
        if amount.part_of_previous and whole is not None:
            triples.add(line, RTES.partieDe, whole, amount.source)
        else:
            whole = line


def _map_budget_line(triples: _FicheTriples, amount: MoneyAmount, org: URIRef,
                     line: URIRef) -> None:
    source = amount.source
    triples.node(line, source, RTES.LigneBudgetaire)
    triples.add(org, RTES.budgetESS, line, source)
    triples.add(line, RTES.ligneSource, Literal(source.line), source)
    if amount.year is not None:
        triples.add(line, RTES.annee, Literal(f"{amount.year:04d}", datatype=XSD.gYear), source)
    if amount.section is not None:
        # The parser gives concept codes; an unknown one still gets an IRI, which the shapes reject.
        triples.add(line, RTES.section, SECTION_BUDGETAIRE[mint.slug(amount.section)], source)
    if amount.qualifier is not None:
        triples.add(line, RTES.qualificatif, QUALIFICATIF[mint.slug(amount.qualifier)], source)
    if amount.status is not None:
        triples.add(line, RTES.statut, STATUT_BUDGETAIRE[mint.slug(amount.status)], source)
    if amount.scope is not None:
        triples.add(line, RTES.perimetre, _fr(amount.scope), source)
    triples.add(line, RTES.texteSource, _fr(amount.raw), source)
    money = triples.node(mint.budget_amount_iri(line), source, SCHEMA.MonetaryAmount)
    triples.add(line, RTES.montant, money, source)
    assert amount.euros is not None
    if amount.maximum is not None:  # a range: both bounds, no single value
        triples.add(money, SCHEMA.minValue, Literal(mint.decimal_lexical(amount.euros), datatype=XSD.decimal), source)
        triples.add(money, SCHEMA.maxValue, Literal(mint.decimal_lexical(amount.maximum), datatype=XSD.decimal),
                    source)
    else:
        triples.add(money, SCHEMA.value, Literal(mint.decimal_lexical(amount.euros), datatype=XSD.decimal), source)
    triples.add(money, SCHEMA.currency, Literal("EUR"), source)
    if amount.per is not None:  # "270 000 euros par an": a year's amount, as an action's amount says it
        triples.add(money, RTES.par, Literal(amount.per), source)


def _map_actions(triples: _FicheTriples, actions: tuple[Action, ...], org: URIRef,
                 org_slug: str, base_iri: str) -> None:
    slugs = mint.disambiguate([mint.action_slug(action.text) for action in actions],
                              ["\n".join((action.text, *action.urls)) for action in actions])
    for action, action_slug in zip(actions, slugs):
        source = action.source
        node = triples.node(mint.action_iri(org_slug, action_slug, base_iri), source,
                            RTES.ActionESS, SCHEMA.Project, PROV.Activity)
        triples.add(org, RTES.soutient, node, source)
        triples.add(node, RTES.soutenuePar, org, source)
        triples.add(node, SKOS.prefLabel, _fr(action_label(action.text)), source)
        if (year := action_year(action.text)) is not None:
            triples.add(node, RTES.annee, Literal(str(year), datatype=XSD.gYear), source)
        if (state := action_state(action.text)) is not None:  # "Perspective : …", "n'a pas reconduit…"
            triples.add(node, RTES.etatAction, ETAT_ACTION[state], source)
        triples.add(node, DCT.description, _fr(action.text), source)
        triples.add(node, RTES.ligneSource, Literal(source.line), source)
        for url in action.urls:
            if not members_home_page(url, org_slug) and (iri := iri_of_url(url)) is not None:
                triples.add(node, SCHEMA.url, iri, source)
        map_mentions(triples, action.mentions, node, base_iri, in_action=True)
        map_quantities(triples, action.quantities, node)
        map_amounts(triples, action.amounts, node)


def _map_record(triples: _FicheTriples, fiche: Fiche, org: URIRef, org_slug: str,
                base_iri: str, source_root: str | None) -> URIRef:
    source = fiche.source
    # A document, not a dcat:CatalogRecord: DCAT gives a record's primary topic the range
    # dcat:Resource, which a member is not (docs/model.md).
    record = triples.node(mint.record_iri(org_slug, base_iri), source, FOAF.Document, PROV.Entity)
    triples.add(record, FOAF.primaryTopic, org, source)
    if fiche.name is not None:
        triples.add(record, DCT.title, _fr(f"Fiche RTES : {fiche.name.text}"), fiche.name.source)
    triples.add(record, DCT.source, mint.source_iri(source.file, base_iri, source_root), source)
    triples.add(record, RTES.ligneSource, Literal(source.line), source)
    if fiche.updated is not None:
        triples.add(record, DCT.modified, Literal(fiche.updated, datatype=XSD.date),
                    fiche.updated_source or source)
    if fiche.in_progress:
        triples.add(record, RTES.enCoursDeRedaction, Literal(True), source)
    return record
