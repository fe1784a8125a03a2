"""Terms as their vocabularies define them: OWL-RL over a release and the standard vocabularies'
own axioms (tests/vocabularies/) gives every member, person, action and fiche only types that
mean what we mean (never dcat:Resource, nothing owl:Nothing), and makes no OWL term a skos:Concept.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
import rdflib
from rdflib import BNode, Namespace, URIRef
from rdflib.namespace import DCAT, FOAF, OWL, PROV, RDF, RDFS, SKOS

from release_helpers import build_release
from rtes_kg.model.convert import from_oxigraph

VOCABULARIES = Path(__file__).parent / "vocabularies"
RTES = Namespace("https://w3id.org/rtes/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
DCT_AGENT = URIRef("http://purl.org/dc/terms/Agent")
DATA = "https://w3id.org/rtes/"
# What each kind of node may be, once every axiom has been applied: ours, the standard types it
# asserts, and what those vocabularies say these are (an org:Organization is a foaf:Agent; FOAF
# makes a person a contact:Person and a geo:SpatialThing; ORG gives org:hasUnit the domain
# org:FormalOrganization, which a collectivité, a legal person, is).
ALLOWED = {
    "member": {RTES.Collectivite, URIRef("http://data.europa.eu/m8g/PublicOrganisation"), ORG.Organization,
               ORG.FormalOrganization, SCHEMA.GovernmentOrganization, FOAF.Agent, FOAF.Organization,
               DCT_AGENT, PROV.Agent, OWL.Thing},
    "person": {FOAF.Person, FOAF.Agent, DCT_AGENT, PROV.Agent, OWL.Thing,
               URIRef("http://www.w3.org/2000/10/swap/pim/contact#Person"),
               URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#SpatialThing")},
    "action": {RTES.ActionESS, SCHEMA.Project, PROV.Activity, OWL.Thing},
    "fiche": {FOAF.Document, PROV.Entity, OWL.Thing},
}
KINDS = {"member": RTES.Collectivite, "person": FOAF.Person, "action": RTES.ActionESS, "fiche": FOAF.Document}
ANNOTATION = ("http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")


def load(graph: rdflib.Graph, data: bytes, fmt: ox.RdfFormat, prefix: str, axioms_only: bool) -> None:
    """Parse into ``graph``, each file's blank nodes kept apart (the vocabulary files all label
    theirs _:c14n0…); a vocabulary's labels and comments are no axioms, and slow OWL-RL down."""
    def term(node):
        return BNode(prefix + node.value) if isinstance(node, ox.BlankNode) else from_oxigraph(node)

    for quad in ox.parse(data, format=fmt):
        if axioms_only and isinstance(quad.object, ox.Literal) and quad.object.datatype.value in ANNOTATION:
            continue
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))


@pytest.fixture(scope="module")
def closure(tmp_path_factory) -> rdflib.Graph:
    dist = build_release(tmp_path_factory.mktemp("owl"))
    graph = rdflib.Graph()
    for path in sorted(VOCABULARIES.glob("*.nq.gz")):
        load(graph, gzip.decompress(path.read_bytes()), ox.RdfFormat.N_QUADS, path.name, True)
    load(graph, (VOCABULARIES / "cpov.ttl").read_bytes(), ox.RdfFormat.TURTLE, "cpov", True)
    load(graph, (dist / "ontology.ttl").read_bytes(), ox.RdfFormat.TURTLE, "ontology", False)
    load(graph, (dist / "rtes.nt").read_bytes(), ox.RdfFormat.N_TRIPLES, "data", False)
    # improved_datatypes=False: owlrl would otherwise swap rdflib's literal converters for the rest
    # of the session (rdflib then warns on an ill-typed gYear, which other tests forbid)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False,
                           datatype_axioms=False, improved_datatypes=False).expand(graph)
    return graph


def test_the_standard_vocabularies_are_all_there(closure: rdflib.Graph):
    for term in (ORG.Organization, FOAF.Person, PROV.Activity, SKOS.Concept, DCAT.Resource,
                 URIRef("http://www.w3.org/2006/time#Instant"), URIRef("http://www.w3.org/ns/locn#Address"),
                 URIRef("http://purl.org/dc/terms/Agent"), URIRef("http://data.europa.eu/m8g/PublicOrganisation")):
        assert (term, RDF.type, None) in closure or (term, RDFS.subClassOf, None) in closure, term


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_node_gets_only_the_types_its_vocabularies_give(closure: rdflib.Graph, kind: str):
    nodes = {node for node in closure.subjects(RDF.type, KINDS[kind]) if str(node).startswith(DATA)}
    assert nodes
    stray = {(str(node), str(rdf_type)) for node in nodes for rdf_type in closure.objects(node, RDF.type)
             if not isinstance(rdf_type, BNode) and rdf_type not in ALLOWED[kind]}
    assert stray == set()


def test_nothing_is_inconsistent(closure: rdflib.Graph):
    assert list(closure.subjects(RDF.type, OWL.Nothing)) == []
    # owlrl writes each clash it finds (owl:disjointWith, owl:differentFrom…) as an err:ErrorMessage
    errors = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    assert [str(message) for message in closure.objects(None, errors.error)] == []


def test_no_owl_term_becomes_a_skos_concept(closure: rdflib.Graph):
    terms = {s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
             for s in closure.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    assert sorted(terms & set(closure.subjects(RDF.type, SKOS.Concept))) == []
    assert {s for s in closure.subjects(RDF.type, DCAT.Resource) if str(s).startswith(DATA)} == set()
