"""The vocabularies rtes-kg writes with: closed namespaces, the concept schemes' IRIs and the one
prefix table (with the compaction of IRIs it gives)."""

from __future__ import annotations

import functools

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SKOS,
    TIME,
    VOID,
    XSD,
    DefinedNamespace,
)

__all__ = [
    "ADMS", "CV", "DCAT", "DCT", "ESSGLOBAL", "FOAF", "IGEO", "KIND", "LOCN", "ORG", "OWL", "PROV", "QB",
    "QUALIFICATIF", "RDF", "RDFS", "RTES", "SCHEMA", "SECTION_BUDGETAIRE", "SKOS", "TIME", "VOID",
    "XSD", "CONCEPT_BASE", "CURATED_ORG_BASE", "ONTOLOGY_IRI", "SCHEME_KIND", "SCHEME_QUALIFICATIF",
    "SCHEME_SECTION", "SCHEME_STATUT", "STATUT_BUDGETAIRE", "SCHEME_ETAT_ACTION", "ETAT_ACTION",
    "SCHEME_TYPE_STRUCTURE", "SCHEME_UNITE", "SCHEME_OBJET_COMPTE", "TYPE_STRUCTURE", "UNITE",
    "OBJET_COMPTE", "PREFIXES", "compact_iri", "DCATAP", "SPDX", "VCARD", "GSP", "RTESH",
]

DCT = DCTERMS
# schema.org is too large to close by hand; rdflib's SDO is open too, and we want the plain name.
SCHEMA = Namespace("https://schema.org/")
# The terms of the release's description that rdflib does not ship.
DCATAP = Namespace("http://data.europa.eu/r5r/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
GSP = Namespace("http://www.opengis.net/ont/geosparql#")
# The shapes (shapes/*.ttl) and the extra terms of our validation reports.
RTESH = Namespace("https://w3id.org/rtes/shapes#")

ONTOLOGY_IRI = URIRef("https://w3id.org/rtes/ontology")
# The vocabulary and the concept schemes keep the default base whatever --base-iri says (model.md).
CONCEPT_BASE = "https://w3id.org/rtes/concept/"
# The curated organisations of data/reference/organisations.ttl keep it too.
CURATED_ORG_BASE = "https://w3id.org/rtes/org/"
SCHEME_KIND = URIRef(CONCEPT_BASE + "type-collectivite")
SCHEME_SECTION = URIRef(CONCEPT_BASE + "section-budgetaire")
SCHEME_QUALIFICATIF = URIRef(CONCEPT_BASE + "qualificatif")
SCHEME_STATUT = URIRef(CONCEPT_BASE + "statut-budgetaire")
SCHEME_ETAT_ACTION = URIRef(CONCEPT_BASE + "etat-action")
SCHEME_TYPE_STRUCTURE = URIRef(CONCEPT_BASE + "type-structure")
SCHEME_UNITE = URIRef(CONCEPT_BASE + "unite")
SCHEME_OBJET_COMPTE = URIRef(CONCEPT_BASE + "objet-compte")
KIND = Namespace(SCHEME_KIND + "/")
TYPE_STRUCTURE = Namespace(SCHEME_TYPE_STRUCTURE + "/")
UNITE = Namespace(SCHEME_UNITE + "/")
OBJET_COMPTE = Namespace(SCHEME_OBJET_COMPTE + "/")
SECTION_BUDGETAIRE = Namespace(SCHEME_SECTION + "/")
QUALIFICATIF = Namespace(SCHEME_QUALIFICATIF + "/")
STATUT_BUDGETAIRE = Namespace(SCHEME_STATUT + "/")
ETAT_ACTION = Namespace(SCHEME_ETAT_ACTION + "/")


class RTES(DefinedNamespace):
    """The rtes-kg ontology (ontology/rtes.ttl). A test checks both list the same terms."""

    _NS = Namespace("https://w3id.org/rtes/ontology#")
    _fail = True

    # classes
    Collectivite: URIRef
    Reseau: URIRef
    ActionESS: URIRef
    LigneBudgetaire: URIRef
    StructureESS: URIRef
    # object properties
    soutient: URIRef
    soutenuePar: URIRef
    porteePar: URIRef
    partenaire: URIRef
    # roles of the organisations named in a fiche (docs/extraction.md)
    beneficiaire: URIRef
    creationAccompagnee: URIRef
    participationCapital: URIRef
    budgetESS: URIRef
    section: URIRef
    qualificatif: URIRef
    populationQualificatif: URIRef
    populationAnnee: URIRef
    statut: URIRef
    etatAction: URIRef
    perimetre: URIRef
    partieDe: URIRef
    montant: URIRef
    chiffre: URIRef
    objetCompte: URIRef
    montantCite: URIRef
    # datatype properties
    population: URIRef
    populationTexte: URIRef
    typeDeclare: URIRef
    budgetTexte: URIRef
    programmeESS: URIRef
    panoramaESS: URIRef
    autreRubrique: URIRef
    par: URIRef
    annee: URIRef
    texteSource: URIRef
    titre: URIRef
    cedex: URIRef
    ligneSource: URIRef
    enCoursDeRedaction: URIRef
    approximatif: URIRef
    confianceDetection: URIRef
    # territory (src/rtes_kg/territory.py)
    departement: URIRef
    region: URIRef
    siren: URIRef
    codeInsee: URIRef
    # annotation property on the concepts of concepts.ttl
    motCleNom: URIRef
    formeJuridiqueNom: URIRef


class LOCN(DefinedNamespace):
    """ISA Core Location vocabulary: the address terms CPOV uses."""

    _NS = Namespace("http://www.w3.org/ns/locn#")
    _fail = True

    Address: URIRef
    Location: URIRef
    address: URIRef
    addressArea: URIRef
    addressId: URIRef
    adminUnitL1: URIRef
    adminUnitL2: URIRef
    fullAddress: URIRef
    locatorDesignator: URIRef
    locatorName: URIRef
    poBox: URIRef
    postCode: URIRef
    postName: URIRef
    thoroughfare: URIRef


class CV(DefinedNamespace):
    """SEMIC Core Public Organisation Vocabulary (CPOV 2.1) and its shared Core Vocabularies terms."""

    _NS = Namespace("http://data.europa.eu/m8g/")
    _fail = True

    PublicOrganisation: URIRef
    ContactPoint: URIRef
    contactPoint: URIRef
    contactPage: URIRef
    email: URIRef
    telephone: URIRef
    openingHours: URIRef
    logo: URIRef


class IGEO(DefinedNamespace):
    """INSEE's geographic ontology (ontology-anchors.md §3): only the terms we write."""

    _NS = Namespace("http://rdf.insee.fr/def/geo#")
    _fail = True

    Commune: URIRef
    Departement: URIRef
    Intercommunalite: URIRef
    Region: URIRef
    codeCommune: URIRef
    codeDepartement: URIRef
    codeINSEE: URIRef
    codeRegion: URIRef
    subdivisionDirecteDe: URIRef


class ADMS(DefinedNamespace):
    """Asset Description Metadata Schema: the identifier pattern of CPOV."""

    _NS = Namespace("http://www.w3.org/ns/adms#")
    _fail = True

    Identifier: URIRef
    identifier: URIRef
    schemaAgency: URIRef


class ESSGLOBAL(DefinedNamespace):
    """ESSGlobal vocabulary (RIPESS), canonical purl namespace; only the terms we align with."""

    _NS = Namespace("http://purl.org/essglobal/vocab/")
    _fail = True

    SSEInitiative: URIRef
    Network: URIRef
    economicSector: URIRef
    legalForm: URIRef
    organisationalStructure: URIRef
    qualifier: URIRef


# The one prefix table: every dump, page and report binds these. Sorted by prefix so that the
# header of every dump is the same.
PREFIXES = {
    "adms": "http://www.w3.org/ns/adms#",
    "cv": "http://data.europa.eu/m8g/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcatap": "http://data.europa.eu/r5r/",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "igeo": "http://rdf.insee.fr/def/geo#",
    "locn": "http://www.w3.org/ns/locn#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rtes": "https://w3id.org/rtes/ontology#",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "spdx": "http://spdx.org/rdf/terms#",
    "time": "http://www.w3.org/2006/time#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "void": "http://rdfs.org/ns/void#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda item: (-len(item[1]), item[0]))


@functools.lru_cache(maxsize=1 << 16)  # the same predicates and classes come back all the time
def compact_iri(iri: str) -> str:
    """The IRI as a prefixed name; IRIs outside the prefixes stay whole.

    >>> compact_iri("https://schema.org/name"), compact_iri("https://example.org/x")
    ('schema:name', 'https://example.org/x')
    """
    for prefix, namespace in _LONGEST_FIRST:
        if iri.startswith(namespace) and len(iri) > len(namespace) and not iri[len(namespace):].startswith("/"):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
