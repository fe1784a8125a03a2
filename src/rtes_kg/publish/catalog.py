"""The DCAT-AP 3 catalogue of a release: catalogue, dataset, one distribution per dump, SPARQL service.

Every linked node is typed with the class the DCAT-AP range shapes expect, so that the catalogue
validates on its own (a harvester sees only this file).
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, FOAF, PROV, RDF, RDFS, SKOS, XSD
from rdflib.namespace import DCTERMS as DCT

from rtes_kg.model import mint
from rtes_kg.publish.release import DUMP_FORMATS, LICENCES, DumpFormat, FileInfo, ReleaseInfo, ReleaseOptions
from rtes_kg.vocab import DCATAP, GSP, ONTOLOGY_IRI, SPDX, VCARD, VOID


def add_checksum(graph: Graph, node: URIRef, sha256: str) -> None:
    """``node spdx:checksum <node#sha256>``, the SHA-256 as DCAT-AP and harvesters read it."""
    checksum = mint.checksum_iri(node)
    graph.add((node, SPDX.checksum, checksum))
    graph.add((checksum, RDF.type, SPDX.Checksum))
    graph.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
    # typed, as the complete DCAT-AP shapes (dcat-ap-SHACL.ttl) check the algorithm's class
    graph.add((SPDX.checksumAlgorithm_sha256, RDF.type, SPDX.ChecksumAlgorithm))
    graph.add((checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary)))
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"
DCAT_VERSION = URIRef("http://www.w3.org/ns/dcat#version")  # DCAT 3, unknown to rdflib
SHAPES_IRI = URIRef("https://w3id.org/rtes/shapes")
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")

TITLE = {"fr": "Membres du RTES : collectivités engagées pour l’économie sociale et solidaire",
         "en": "RTES members: local authorities committed to the social and solidarity economy"}
DESCRIPTION = {
    "fr": ("Graphe de connaissances des fiches des membres du RTES (Réseau des collectivités "
           "Territoriales pour une Économie Solidaire) : communes, intercommunalités, départements "
           "et régions qui soutiennent l’économie sociale et solidaire, avec leur type, leur "
           "population, leur année d’adhésion, leur adresse, leurs contacts publics, leur budget "
           "ESS et des exemples d’actions soutenues. Chaque fait renvoie à la fiche et à la ligne "
           "dont il vient ; les données sont validées par des formes SHACL."),
    "en": ("Knowledge graph of the member fiches of the RTES, the French network of local "
           "authorities supporting the social and solidarity economy: municipalities, "
           "inter-municipal bodies, departments and regions, with their kind, population, year "
           "of joining, address, public contacts, ESS budget and examples of the actions they "
           "support. Every fact links back to the fiche and line it comes from; the data is "
           "validated with SHACL shapes."),
}
KEYWORDS = {"fr": ("économie sociale et solidaire", "ESS", "collectivités territoriales", "RTES",
                   "politiques publiques", "données liées"),
            "en": ("social and solidarity economy", "local authorities", "linked data")}
THEMES = {"ECON": ("Économie et finances", "Economy and finance"),
          "GOVE": ("Gouvernement et secteur public", "Government and public sector"),
          "SOCI": ("Population et société", "Population and society")}
FRANCE_BBOX = "POLYGON((-5.2 41.3,9.6 41.3,9.6 51.1,-5.2 51.1,-5.2 41.3))"
FRANCE_CENTROID = "POINT(2.2 46.2)"


def distribution_iri(options: ReleaseOptions, name: str) -> URIRef:
    return mint.distribution_iri(name, options.base_iri)


def catalog_graph(options: ReleaseOptions, release: ReleaseInfo,
                  temporal: tuple[str, str] | None) -> Graph:
    """The catalogue as a graph; ``temporal`` is the (start, end) xsd:date of the data."""
    graph = Graph()
    base = options.base
    catalog, dataset = mint.catalog_iri(options.base_iri), mint.dataset_iri(options.base_iri)
    publisher, licence = mint.rtes_iri(options.base_iri), URIRef(options.licence)
    # the site's home page, when the release has one: a portal shows it as "see the source"
    home = URIRef(options.url("site/")) if options.site else None
    add = graph.add

    add((catalog, RDF.type, DCAT.Catalog))
    _texts(graph, catalog, DCT.title, {"fr": "Catalogue des données du RTES",
                                       "en": "RTES data catalogue"})
    _texts(graph, catalog, DCT.description, DESCRIPTION)
    add((catalog, DCT.publisher, publisher))
    add((catalog, DCT.license, licence))
    add((catalog, DCT.language, _typed(graph, EU + "language/FRA", DCT.LinguisticSystem)))
    add((catalog, DCT.spatial, _france(graph)))
    if home is not None:
        add((catalog, FOAF.homepage, _typed(graph, home, FOAF.Document)))
    add((catalog, DCAT.themeTaxonomy, _theme_scheme(graph)))
    add((catalog, DCAT.dataset, dataset))
    _dates(graph, catalog, release)

    add((dataset, RDF.type, DCAT.Dataset))
    add((dataset, RDF.type, VOID.Dataset))
    _texts(graph, dataset, DCT.title, TITLE)
    _texts(graph, dataset, DCT.description, DESCRIPTION)
    add((dataset, DCT.identifier, Literal(str(dataset))))
    add((dataset, DCAT_VERSION, Literal(release.version)))
    for lang, words in KEYWORDS.items():
        for word in words:
            add((dataset, DCAT.keyword, Literal(word, lang=lang)))
    for code in THEMES:
        add((dataset, DCAT.theme, URIRef(EU + "data-theme/" + code)))
    add((dataset, DCT.publisher, publisher))
    add((dataset, DCAT.contactPoint, _contact(graph, options)))
    add((dataset, DCT.spatial, URIRef(EU + "country/FRA")))
    add((dataset, DCT.language, URIRef(EU + "language/FRA")))
    if temporal:
        period = mint.dataset_part_iri("periode", options.base_iri)
        add((dataset, DCT.temporal, period))
        add((period, RDF.type, DCT.PeriodOfTime))
        add((period, DCAT.startDate, Literal(temporal[0], datatype=XSD.date)))
        add((period, DCAT.endDate, Literal(temporal[1], datatype=XSD.date)))
    add((dataset, DCT.accrualPeriodicity,
         _typed(graph, EU + "frequency/IRREG", DCT.Frequency)))
    for standard, title in ((ONTOLOGY_IRI, "Ontologie RTES"), (SHAPES_IRI, "Formes SHACL RTES")):
        add((dataset, DCT.conformsTo, _typed(graph, standard, DCT.Standard)))
        add((standard, DCT.title, Literal(title, lang="fr")))
    statement = mint.dataset_part_iri("provenance", options.base_iri)
    add((dataset, DCT.provenance, statement))
    add((statement, RDF.type, DCT.ProvenanceStatement))
    add((statement, RDFS.label, Literal(
        "Converti par rtes-kg depuis les fiches publiées par le RTES ; chaque fait porte la "
        "fiche et la ligne dont il vient (provenance.ttl décrit la construction).", lang="fr")))
    add((statement, RDFS.label, Literal(
        "Converted by rtes-kg from the fiches published by the RTES; every fact names the fiche "
        "and line it comes from (provenance.ttl describes the build).", lang="en")))
    add((dataset, PROV.wasGeneratedBy,
         _typed(graph, f"{base}release/{release.version}#construction", PROV.Activity)))
    if home is not None:
        add((dataset, DCAT.landingPage, home))
    add((dataset, DCT.license, licence))
    _dates(graph, dataset, release)

    _publisher(graph, publisher)
    _licence(graph, licence)
    by_name = {info.name: info for info in release.files}
    for fmt in DUMP_FORMATS:
        for name in (fmt.latest, fmt.latest + ".gz"):
            if name in by_name:
                add((dataset, DCAT.distribution, _distribution(graph, options, release, fmt,
                                                               by_name[name])))
    if options.sparql_url:
        service = mint.sparql_service_iri(options.base_iri)
        add((catalog, DCAT.service, service))
        _service(graph, options, service, dataset, publisher, licence, home)
        add((dataset, DCAT.distribution, _service_distribution(graph, options, release, service)))
    return graph


def _distribution(graph: Graph, options: ReleaseOptions, release: ReleaseInfo, fmt: DumpFormat,
                  info: FileInfo) -> URIRef:
    node, url = distribution_iri(options, info.name), URIRef(options.url(info.name))
    add = graph.add
    gz, syntax = info.name.endswith(".gz"), fmt.syntax
    add((node, RDF.type, DCAT.Distribution))
    suffix = " (gzip)" if gz else ""
    add((node, DCT.title, Literal(f"{syntax.label}{suffix} : {info.name}", lang="fr")))
    add((node, DCT.description, Literal(
        f"Toutes les fiches conformes en {syntax.label}{', compressé gzip' if gz else ''}. "
        f"Version datée : {fmt.versioned(release.version)}.", lang="fr")))
    add((node, DCAT.downloadURL, url))
    add((node, DCAT.accessURL, url))
    add((node, DCAT.mediaType, _typed(graph, IANA + syntax.media_type, DCT.MediaType)))
    add((node, DCT.format, _typed(graph, EU + f"file-type/{syntax.file_type}",
                                  DCT.MediaTypeOrExtent)))
    if gz:
        add((node, DCAT.compressFormat,
             _typed(graph, IANA + "application/gzip", DCT.MediaType)))
    add((node, DCAT.byteSize, Literal(info.size, datatype=XSD.nonNegativeInteger)))
    add_checksum(graph, node, info.sha256)
    add((node, DCT.license, URIRef(options.licence)))
    add((node, DCATAP.availability, _concept(
        graph, EU + "planned-availability/STABLE", "stable")))
    _dates(graph, node, release)
    return node


def _service(graph: Graph, options: ReleaseOptions, service: URIRef, dataset: URIRef,
             publisher: URIRef, licence: URIRef, home: URIRef | None) -> None:
    add = graph.add
    assert options.sparql_url is not None  # catalog_graph describes a service only when there is one
    endpoint = URIRef(options.sparql_url)
    add((service, RDF.type, DCAT.DataService))
    _texts(graph, service, DCT.title, {"fr": "Point d’accès SPARQL du RTES",
                                       "en": "RTES SPARQL endpoint"})
    add((service, DCT.description, Literal(
        "Interrogez le graphe des membres du RTES en SPARQL 1.1.", lang="fr")))
    add((service, DCT.identifier, Literal(str(service))))  # udata's remote id of the service
    add((service, DCAT.endpointURL, endpoint))
    # A GET on the endpoint without a query answers its SPARQL service description.
    add((service, DCAT.endpointDescription, endpoint))
    add((service, DCT.conformsTo, _typed(graph, SPARQL_PROTOCOL, DCT.Standard)))
    add((service, DCAT.servesDataset, dataset))
    add((service, DCT.license, licence))
    add((service, DCT.publisher, publisher))
    add((service, DCAT.contactPoint, _contact(graph, options)))
    if home is not None:
        add((service, DCAT.landingPage, home))
    add((service, DCAT.keyword, Literal("SPARQL", lang="fr")))
    for code in THEMES:
        add((service, DCAT.theme, URIRef(EU + "data-theme/" + code)))


def _service_distribution(graph: Graph, options: ReleaseOptions, release: ReleaseInfo,
                          service: URIRef) -> URIRef:
    """The dataset as the SPARQL service gives it: where ckanext-dcat and udata look for an API
    (a distribution with ``dcat:accessService``; udata shows it as a resource of type "api")."""
    assert options.sparql_url is not None
    node, endpoint = distribution_iri(options, "sparql"), URIRef(options.sparql_url)
    add = graph.add
    add((node, RDF.type, DCAT.Distribution))
    _texts(graph, node, DCT.title, {"fr": "Point d’accès SPARQL", "en": "SPARQL endpoint"})
    add((node, DCT.description, Literal(
        "Le graphe entier, interrogeable en SPARQL 1.1 (protocole SPARQL, résultats JSON, XML, "
        "CSV ou TSV).", lang="fr")))
    add((node, DCAT.accessURL, endpoint))
    add((node, DCAT.accessService, service))
    add((node, DCAT.mediaType, _typed(graph, IANA + "application/sparql-results+json", DCT.MediaType)))
    add((node, DCT.format, _typed(graph, EU + "file-type/SPARQLQ", DCT.MediaTypeOrExtent)))
    add((node, DCT.conformsTo, _typed(graph, SPARQL_PROTOCOL, DCT.Standard)))
    add((node, DCT.license, URIRef(options.licence)))
    add((node, DCATAP.availability, _concept(graph, EU + "planned-availability/AVAILABLE", "disponible")))
    _dates(graph, node, release)
    return node


def _dates(graph: Graph, node: URIRef, release: ReleaseInfo) -> None:
    if release.iso_date:  # issued once, by the first release; modified by this one
        graph.add((node, DCT.issued, Literal(release.iso_first_date, datatype=XSD.date)))
        graph.add((node, DCT.modified, Literal(release.iso_date, datatype=XSD.date)))


def _texts(graph: Graph, node: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        graph.add((node, predicate, Literal(text, lang=lang)))


def _typed(graph: Graph, iri: str | URIRef, rdf_type: URIRef) -> URIRef:
    node = URIRef(iri)
    graph.add((node, RDF.type, rdf_type))
    return node


def _concept(graph: Graph, iri: str, label: str) -> URIRef:
    node = _typed(graph, iri, SKOS.Concept)
    graph.add((node, SKOS.prefLabel, Literal(label, lang="fr")))
    return node


def _theme_scheme(graph: Graph) -> URIRef:
    scheme = _typed(graph, EU + "data-theme", SKOS.ConceptScheme)
    graph.add((scheme, DCT.title, Literal("Data theme", lang="en")))
    # The French label only: udata makes a tag of one label per theme, whichever comes first, and
    # the EU vocabulary gives the others to whoever wants them.
    for code, (fr, _en) in THEMES.items():
        theme = _concept(graph, EU + "data-theme/" + code, fr)
        graph.add((theme, SKOS.inScheme, scheme))
    return scheme


def _france(graph: Graph) -> URIRef:
    france = _typed(graph, EU + "country/FRA", DCT.Location)
    graph.add((france, SKOS.prefLabel, Literal("France", lang="fr")))
    graph.add((france, DCAT.bbox, Literal(FRANCE_BBOX, datatype=GSP.wktLiteral)))
    graph.add((france, DCAT.centroid, Literal(FRANCE_CENTROID, datatype=GSP.wktLiteral)))
    return france


def _publisher(graph: Graph, publisher: URIRef) -> None:
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, FOAF.name, Literal(
        "Réseau des collectivités Territoriales pour une Économie Solidaire (RTES)", lang="fr")))
    graph.add((publisher, DCT.type, _concept(
        graph, "http://purl.org/adms/publishertype/NonProfitOrganisation",
        "organisation à but non lucratif")))
    graph.add((publisher, FOAF.homepage, URIRef("https://www.rtes.fr/")))


def _contact(graph: Graph, options: ReleaseOptions) -> URIRef:
    contact = mint.dataset_part_iri("contact", options.base_iri)
    graph.add((contact, RDF.type, VCARD.Kind))
    graph.add((contact, RDF.type, VCARD.Organization))
    graph.add((contact, VCARD.fn, Literal("RTES")))
    graph.add((contact, VCARD.hasURL, URIRef("https://www.rtes.fr/")))
    if options.contact_email:
        graph.add((contact, VCARD.hasEmail, URIRef("mailto:" + options.contact_email)))
    return contact


def _licence(graph: Graph, licence: URIRef) -> None:
    graph.add((licence, RDF.type, DCT.LicenseDocument))
    fr, en = LICENCES.get(str(licence), (str(licence), str(licence)))
    graph.add((licence, DCT.title, Literal(fr, lang="fr")))
    graph.add((licence, DCT.title, Literal(en, lang="en")))
    graph.add((licence, DCT.type, _concept(graph, "http://purl.org/adms/licencetype/Attribution",
                                           "attribution")))
