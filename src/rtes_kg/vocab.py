"""The vocabularies rtes-kg writes with: closed namespaces and the concept schemes of ontology/."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from rdflib import Graph, Namespace, URIRef
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

from .errors import ResourceError
from .resources import ontology_dir

__all__ = [
    "ADMS", "CV", "DCAT", "DCT", "ESSGLOBAL", "FOAF", "IGEO", "KIND", "LOCN", "ORG", "OWL", "PROV", "QB",
    "QUALIFICATIF", "RDF", "RDFS", "RTES", "SCHEMA", "SECTION_BUDGETAIRE", "SKOS", "TIME", "VOID",
    "XSD", "CONCEPT_BASE", "ONTOLOGY_IRI", "SCHEME_KIND", "SCHEME_QUALIFICATIF", "SCHEME_SECTION",
    "KINDS", "concepts_graph", "kind_concept", "kinds", "normalise_label",
    "SCHEME_TYPE_STRUCTURE", "SCHEME_UNITE", "SCHEME_OBJET_COMPTE", "TYPE_STRUCTURE", "UNITE",
    "OBJET_COMPTE", "scheme_labels",
]

DCT = DCTERMS
# schema.org is too large to close by hand; rdflib's SDO is open too, and we want the plain name.
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_IRI = URIRef("https://w3id.org/rtes/ontology")
# The vocabulary and the concept schemes keep the default base whatever --base-iri says (model.md).
CONCEPT_BASE = "https://w3id.org/rtes/concept/"
SCHEME_KIND = URIRef(CONCEPT_BASE + "type-collectivite")
SCHEME_SECTION = URIRef(CONCEPT_BASE + "section-budgetaire")
SCHEME_QUALIFICATIF = URIRef(CONCEPT_BASE + "qualificatif")
SCHEME_TYPE_STRUCTURE = URIRef(CONCEPT_BASE + "type-structure")
SCHEME_UNITE = URIRef(CONCEPT_BASE + "unite")
SCHEME_OBJET_COMPTE = URIRef(CONCEPT_BASE + "objet-compte")
KIND = Namespace(SCHEME_KIND + "/")
TYPE_STRUCTURE = Namespace(SCHEME_TYPE_STRUCTURE + "/")
UNITE = Namespace(SCHEME_UNITE + "/")
OBJET_COMPTE = Namespace(SCHEME_OBJET_COMPTE + "/")
SECTION_BUDGETAIRE = Namespace(SCHEME_SECTION + "/")
QUALIFICATIF = Namespace(SCHEME_QUALIFICATIF + "/")


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
    budgetESS: URIRef
    section: URIRef
    qualificatif: URIRef
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


_ARTICLES = {"le", "la", "les", "l"}
_APOSTROPHES_AND_DASHES = re.compile(r"['\u2019\u02bc\u2018`\u00b4\-\u2010\u2011\u2012\u2013\u2014]")


def normalise_label(text: str) -> str:
    """The form labels are compared in: accent-free, casefolded, apostrophes and hyphens as
    spaces, leading article dropped ("La Communauté d’Agglo" -> "communaute d agglo").

    rtes:motCleNom keywords in concepts.ttl are written in this form."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_text = ascii_text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
    words = re.findall(r"[^\W_]+", _APOSTROPHES_AND_DASHES.sub(" ", ascii_text.casefold()))
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


@functools.cache
def _concepts_graph() -> Graph:
    path = ontology_dir() / "concepts.ttl"
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise ResourceError(f"cannot read the concept schemes: {error}", file=str(path),
                            hint="reinstall rtes-kg from a clean checkout") from error


def concepts_graph() -> Graph:
    """A fresh copy of ontology/concepts.ttl (a copy, so that callers may add to it)."""
    copy = Graph()
    for triple in _concepts_graph():
        copy.add(triple)
    return copy


@functools.cache
def kinds() -> Mapping[str, URIRef]:
    """The table of kinds, read from concepts.ttl: normalised prefLabel, altLabel or notation of
    each concept of the scheme of kinds -> the concept. Two concepts sharing a label is an error
    in concepts.ttl, since a fiche's kind would then depend on load order."""
    graph = _concepts_graph()
    table: dict[str, URIRef] = {}
    for concept in sorted(graph.subjects(SKOS.inScheme, SCHEME_KIND)):
        labels = [*graph.objects(concept, SKOS.prefLabel), *graph.objects(concept, SKOS.altLabel),
                  *graph.objects(concept, SKOS.notation)]
        for label in labels:
            key = normalise_label(str(label))
            if table.setdefault(key, concept) != concept:
                raise ResourceError(
                    f"the label « {label} » belongs to two kinds: {table[key]} and {concept}",
                    file=str(ontology_dir() / "concepts.ttl"),
                    hint="keep each label or altLabel on one concept only")
    return MappingProxyType(table)


def scheme_labels(scheme: URIRef) -> tuple[tuple[str, str, str], ...]:
    """(code, label, label property name) of every prefLabel, altLabel and hiddenLabel @fr of the
    concepts of a scheme of concepts.ttl, sorted: the words the text extractors look for."""
    graph = _concepts_graph()
    found = []
    for concept in sorted(graph.subjects(SKOS.inScheme, scheme)):
        code = str(concept).rsplit("/", 1)[1]
        for predicate, name in ((SKOS.prefLabel, "pref"), (SKOS.altLabel, "alt"),
                                (SKOS.hiddenLabel, "hidden")):
            for label in graph.objects(concept, predicate):
                if getattr(label, "language", None) == "fr":
                    found.append((code, str(label), name))
    return tuple(sorted(found))


def kind_concept(written: str) -> URIRef | None:
    """The concept for a kind as written in a fiche ("Conseil régional" -> kind:region), or None.

    A parenthesised precision is ignored when the whole text is not a known label:
    "Communauté de communes (EPCI à fiscalité propre)" -> kind:communaute-de-communes."""
    table = kinds()
    concept = table.get(normalise_label(written))
    if concept is None:
        concept = table.get(normalise_label(re.sub(r"\([^)]*\)", " ", written)))
    return concept


def __getattr__(name: str) -> Mapping[str, URIRef]:
    # KINDS reads concepts.ttl: done on first use rather than at import, so that importing the
    # vocabulary never fails or costs a parse.
    if name == "KINDS":
        return kinds()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
