"""The ontology and the concept schemes: they parse, they match vocab.py, every term is documented."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from fiche_samples import SOURCE_ROOT, seed_fiches
from rtes_kg.extract.concepts import kind_concept, kinds
from rtes_kg.model.mapping import map_fiche, reference_graph
from rtes_kg.parse.naming import normalise_label
from rtes_kg.project import ontology_dir
from rtes_kg.vocab import (
    KIND,
    ONTOLOGY_IRI,
    RTES,
    SCHEME_KIND,
    SCHEME_QUALIFICATIF,
    SCHEME_SECTION,
)

RTES_NS = str(RTES._NS)
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
VANN = "http://purl.org/vocab/vann/"
INSEE_CJ = "http://id.insee.fr/codes/cj/n3/"
# Codes checked in INSEE's nomenclature (docs research: ontology-anchors.md §3). Others may be
# linked only with skos:closeMatch or skos:narrowMatch.
VERIFIED_INSEE_CODES = {"7210", "7220", "7230"}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "rtes.ttl", format="turtle")


@pytest.fixture(scope="module")
def concepts() -> Graph:
    return Graph().parse(ontology_dir() / "concepts.ttl", format="turtle")


def declared_terms(graph: Graph) -> set[URIRef]:
    return {s for s, _, o in graph.triples((None, RDF.type, None))
            if o in DECLARATION_TYPES and str(s).startswith(RTES_NS)}


def rtes_iris_in(graph: Graph) -> set[URIRef]:
    return {term for triple in graph for term in triple
            if isinstance(term, URIRef) and str(term).startswith(RTES_NS)}


def test_the_ontology_describes_itself(ontology):
    def values(predicate):
        return set(ontology.objects(ONTOLOGY_IRI, predicate))

    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert {title.language for title in values(DCTERMS.title)} == {"fr", "en"}
    assert {text.language for text in values(DCTERMS.description)} == {"fr", "en"}
    assert values(OWL.versionInfo)
    assert values(DCTERMS.license) == {URIRef("https://www.etalab.gouv.fr/licence-ouverte-open-licence")}
    assert values(URIRef(VANN + "preferredNamespacePrefix")) == {Literal("rtes")}
    assert values(URIRef(VANN + "preferredNamespaceUri")) == {Literal(RTES_NS)}


def test_vocab_module_and_ontology_list_the_same_terms(ontology):
    in_module = set(dir(RTES))
    declared = declared_terms(ontology)
    assert in_module - declared == set(), "in vocab.RTES but not declared in ontology/rtes.ttl"
    assert declared - in_module == set(), "declared in ontology/rtes.ttl but not in vocab.RTES"


def test_every_rtes_iri_written_in_ontology_folder_is_declared(ontology, concepts):
    # Catches a typo in an object position, e.g. "rdfs:range rtes:LigneBudgetair".
    declared = declared_terms(ontology)
    assert rtes_iris_in(ontology) - declared == set()
    assert rtes_iris_in(concepts) - declared == set()
    assert declared_terms(concepts) == set(), "rtes: terms are declared in rtes.ttl only"


def test_the_namespace_is_closed():
    with pytest.raises(AttributeError):
        RTES.populatoin  # noqa: B018 - a typo must fail, not mint a new IRI


@pytest.mark.parametrize("predicate", [RDFS.label, RDFS.comment])
def test_every_term_is_labelled_and_commented_in_french_and_english(ontology, predicate):
    for term in sorted(declared_terms(ontology)):
        languages = sorted(value.language for value in ontology.objects(term, predicate))
        assert languages == ["en", "fr"], f"{term} {predicate}: {languages}"


def test_every_term_is_defined_by_the_ontology(ontology):
    for term in declared_terms(ontology):
        assert set(ontology.objects(term, RDFS.isDefinedBy)) == {ONTOLOGY_IRI}, term


def test_classes_are_aligned_with_the_standard_vocabularies(ontology):
    def supers(term):
        return set(ontology.objects(term, RDFS.subClassOf))

    assert supers(RTES.Collectivite) == {URIRef("http://data.europa.eu/m8g/PublicOrganisation"),
                                         URIRef("http://www.w3.org/ns/org#Organization"),
                                         URIRef("https://schema.org/GovernmentOrganization")}
    assert supers(RTES.Reseau) == {URIRef("http://www.w3.org/ns/org#FormalOrganization")}
    assert supers(RTES.ActionESS) == {URIRef("https://schema.org/Project"),
                                      URIRef("http://www.w3.org/ns/prov#Activity")}
    assert supers(RTES.StructureESS) == {URIRef("http://www.w3.org/ns/org#Organization")}
    assert (RTES.StructureESS, RDFS.seeAlso,
            URIRef("http://purl.org/essglobal/vocab/SSEInitiative")) in ontology
    assert (RTES.soutient, OWL.inverseOf, RTES.soutenuePar) in ontology


def test_no_skos_mapping_property_links_an_owl_term(ontology):
    """SKOS gives its mapping properties the domain and range skos:Concept: on an OWL class or
    property they would make it a concept (issue 11). Loose links are rdfs:seeAlso."""
    mappings = {SKOS.mappingRelation, SKOS.closeMatch, SKOS.exactMatch, SKOS.broadMatch,
                SKOS.narrowMatch, SKOS.relatedMatch}
    owl_terms = {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                 for s in ontology.subjects(RDF.type, kind)}
    assert [(s, p) for s, p, _ in ontology if p in mappings and s in owl_terms] == []


def concepts_of(graph: Graph, scheme: URIRef) -> list[URIRef]:
    return sorted(graph.subjects(SKOS.inScheme, scheme))


@pytest.mark.parametrize("scheme, codes", [
    (SCHEME_KIND, {"commune", "communaute-de-communes", "communaute-d-agglomeration",
                   "communaute-urbaine", "metropole", "etablissement-public-territorial",
                   "departement", "region", "collectivite-a-statut-particulier", "syndicat-mixte",
                   "pays-petr", "syndicat-intercommunal", "autre"}),
    (SCHEME_SECTION, {"fonctionnement", "investissement"}),
    (SCHEME_QUALIFICATIF, {"plus-de", "environ", "moins-de", "jusqu-a", "moyenne"}),
])
def test_concept_schemes(concepts, scheme, codes):
    assert (scheme, RDF.type, SKOS.ConceptScheme) in concepts
    assert sorted(t.language for t in concepts.objects(scheme, DCTERMS.title)) == ["en", "fr"]
    members = concepts_of(concepts, scheme)
    assert {str(c).rsplit("/", 1)[1] for c in members} == codes
    assert set(concepts.objects(scheme, SKOS.hasTopConcept)) == set(members)
    for concept in members:
        assert str(concept) == f"{scheme}/{concepts.value(concept, SKOS.notation)}"
        assert (concept, RDF.type, SKOS.Concept) in concepts
        assert set(concepts.objects(concept, SKOS.topConceptOf)) == {scheme}
        for predicate in (SKOS.prefLabel, SKOS.definition):
            languages = sorted(v.language for v in concepts.objects(concept, predicate))
            assert languages == ["en", "fr"], f"{concept} {predicate}"


def test_insee_exact_matches_only_for_verified_codes(concepts):
    for _, _, target in concepts.triples((None, SKOS.exactMatch, None)):
        if str(target).startswith(INSEE_CJ):
            assert str(target).removeprefix(INSEE_CJ) in VERIFIED_INSEE_CODES


def test_name_keywords_are_written_normalised(concepts):
    keywords = list(concepts.objects(None, RTES.motCleNom))
    assert Literal("syndicat mixte") in keywords
    for keyword in keywords:
        assert str(keyword) == normalise_label(str(keyword)), keyword


@pytest.mark.parametrize("written, code", [
    ("Conseil régional", "region"),
    ("Région", "region"),
    ("Conseil départemental", "departement"),
    ("Communauté de communes", "communaute-de-communes"),
    ("Communauté urbaine", "communaute-urbaine"),
    ("METROPOLE", "metropole"),
    ("Eurométropole", "metropole"),
    ("Communauté d’agglomération", "communaute-d-agglomeration"),  # curly apostrophe
    ("communaute d'agglomeration", "communaute-d-agglomeration"),
    ("Agglomération", "communaute-d-agglomeration"),
    ("Ville", "commune"),
    ("Mairie", "commune"),
    ("La Commune", "commune"),
    ("Pôle d'équilibre territorial et rural", "pays-petr"),
    ("Syndicat Mixte", "syndicat-mixte"),
    ("Communauté de communes (EPCI à fiscalité propre)", "communaute-de-communes"),
])
def test_kinds_as_written_map_to_concepts(written, code):
    assert kind_concept(written) == KIND[code]


@pytest.mark.parametrize("written", ["", "Association", "Communauté"])
def test_unknown_kind_maps_to_nothing(written):
    assert kind_concept(written) is None


def test_kinds_table_is_read_from_concepts_ttl(concepts):
    labels = {normalise_label(str(label)) for concept in concepts_of(concepts, SCHEME_KIND)
              for label in concepts.objects(concept, SKOS.altLabel)}
    assert labels <= set(kinds())
    assert set(kinds().values()) == set(concepts_of(concepts, SCHEME_KIND))


def test_every_rtes_iri_the_mapping_writes_is_declared(ontology):
    declared = declared_terms(ontology)
    used: set[URIRef] = rtes_iris_in(reference_graph())
    for fiche in seed_fiches():
        used |= rtes_iris_in(map_fiche(fiche, source_root=SOURCE_ROOT).graph)
    assert used - declared == set()
    assert {RTES.population, RTES.budgetESS, RTES.soutient, RTES.cedex} <= used


def test_every_concept_the_mapping_writes_exists(concepts):
    known = set(concepts.subjects(RDF.type, SKOS.Concept))
    concept_base = str(SCHEME_KIND).rsplit("/", 1)[0] + "/"
    for fiche in seed_fiches():
        graph = map_fiche(fiche, source_root=SOURCE_ROOT).graph
        used = {o for o in graph.objects() if str(o).startswith(concept_base)}
        assert used - known == set()
