"""The DCAT-AP catalogue and the VoID description: SEMIC shapes, every property harvesters read,
and every URL answering 200 from a plain static server of dist/."""

from __future__ import annotations

import hashlib
import http.client
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCAT, FOAF, RDF, SH, XSD
from rdflib.namespace import DCTERMS as DCT

from release_helpers import build_release, serve
from rtes_kg.model.convert import from_oxigraph
from rtes_kg.publish.catalog import DCAT_VERSION

SHAPES = Path(__file__).parent / "dcat-ap-3.0.1"
SPDX = Namespace("http://spdx.org/rdf/terms#")
VOID = Namespace("http://rdfs.org/ns/void#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
PUBLIC = "https://data.example.org/rtes/"
SPARQL = "https://data.example.org/rtes/sparql"


CONTACT = "donnees@example.org"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("catalog"), "--public-url", PUBLIC,
                         "--sparql-url", SPARQL, "--contact-email", CONTACT)


@pytest.fixture(scope="module")
def catalog(dist: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(dist / "catalog.ttl")


def load(path: Path) -> rdflib.Graph:
    """Any RDF file of dist/ through pyoxigraph (rdflib's JSON-LD parser warns on Dataset use)."""
    graph = rdflib.Graph()
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    for triple in ox.parse(path.read_bytes(), format=fmt):
        graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
                   from_oxigraph(triple.object)))
    return graph


def dangling(shapes: rdflib.Graph) -> list[tuple]:
    """(node shape, property shape) where the property shape is referenced but never defined."""
    return [(s, o) for s, o in shapes.subject_objects(SH.property) if (o, SH.path, None) not in shapes]


def dcat_ap(graph: rdflib.Graph, *names: str) -> list[tuple[str, str, str]]:
    shapes = rdflib.Graph()
    for name in names:
        shapes.parse(SHAPES / name)
    for node_shape, property_shape in dangling(shapes):  # see the test below
        shapes.remove((node_shape, SH.property, property_shape))
    _, report, _ = pyshacl.validate(graph, shacl_graph=shapes, allow_warnings=True)
    return sorted((str(report.value(r, SH.resultSeverity)), str(report.value(r, SH.focusNode)),
                   str(report.value(r, SH.resultPath)))
                  for r in report.subjects(RDF.type, SH.ValidationResult))


@pytest.mark.parametrize("name", ["catalog.ttl", "catalog.jsonld"])
def test_the_catalogue_passes_the_dcat_ap_shapes(dist: Path, name: str):
    graph = load(dist / name)
    assert dcat_ap(graph, "shapes.ttl", "range.ttl") == []
    assert dcat_ap(graph, "shapes_recommended.ttl") == []  # recommended: no warning either
    assert dcat_ap(graph, "dcat-ap-SHACL.ttl") == []  # the complete, generated shape set


def test_the_complete_shapes_are_used_as_published_but_for_two_dangling_references():
    """dcat-ap-SHACL.ttl names two property shapes of dcat:DataServiceShape that it never defines
    (pySHACL then refuses the whole file); ``dcat_ap`` drops those two references, nothing else."""
    shapes = rdflib.Graph().parse(SHAPES / "dcat-ap-SHACL.ttl")
    assert len(dangling(shapes)) == 2
    assert {str(shape).rsplit("/", 1)[-1][:8] for _, shape in dangling(shapes)} == {"dc08f4dc", "eb3ac4e4"}


def test_the_shapes_do_catch_a_broken_catalogue(catalog: rdflib.Graph):
    broken = rdflib.Graph()
    for triple in catalog:
        broken.add(triple)
    broken.remove((None, DCT.title, None))
    broken.remove((None, FOAF.name, None))
    results = dcat_ap(broken, "shapes.ttl", "range.ttl")
    assert {path for _, _, path in results} >= {str(DCT.title), str(FOAF.name)}


def test_the_catalogue_without_sparql_has_no_service_and_conforms(tmp_path: Path):
    graph = rdflib.Graph().parse(build_release(tmp_path) / "catalog.ttl")
    assert not list(graph.subjects(RDF.type, DCAT.DataService))
    assert dcat_ap(graph, "shapes.ttl", "range.ttl") == []


def test_every_distribution_says_what_a_harvester_reads(dist: Path, catalog: rdflib.Graph):
    dataset = URIRef("https://w3id.org/rtes/dataset")
    distributions = [node for node in catalog.objects(dataset, DCAT.distribution)
                     if catalog.value(node, DCAT.accessService) is None]
    assert len(distributions) == 12  # six formats, plain and gzipped (and the SPARQL service)
    licence = catalog.value(dataset, DCT.license)
    assert licence == URIRef("https://www.etalab.gouv.fr/licence-ouverte-open-licence")
    for node in distributions:
        url = str(catalog.value(node, DCAT.downloadURL))
        assert url.startswith(PUBLIC) and catalog.value(node, DCAT.accessURL) == URIRef(url)
        data = (dist / url[len(PUBLIC):]).read_bytes()
        size = catalog.value(node, DCAT.byteSize)
        assert size == Literal(len(data), datatype=XSD.nonNegativeInteger)
        checksum = catalog.value(node, SPDX.checksum)
        assert catalog.value(checksum, SPDX.algorithm) == SPDX.checksumAlgorithm_sha256
        assert str(catalog.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert str(catalog.value(node, DCAT.mediaType)).startswith(
            "http://www.iana.org/assignments/media-types/")
        assert str(catalog.value(node, DCT["format"])).startswith(
            "http://publications.europa.eu/resource/authority/file-type/")
        assert catalog.value(node, DCT.license) == licence


def test_the_dataset_has_every_recommended_property(catalog: rdflib.Graph):
    dataset = URIRef("https://w3id.org/rtes/dataset")
    assert (dataset, RDF.type, VOID.Dataset) in catalog
    for predicate in (DCT.identifier, DCAT.keyword, DCAT.theme, DCT.publisher, DCAT.contactPoint,
                      DCT.spatial, DCT.temporal, DCT.accrualPeriodicity, DCT.conformsTo,
                      DCT.provenance, DCAT.landingPage, DCT.issued, DCT.modified):
        assert catalog.value(dataset, predicate) is not None, predicate
    descriptions = {d.language: str(d) for d in catalog.objects(dataset, DCT.description)}
    assert len(descriptions["fr"]) > 100 and len(descriptions["en"]) > 100
    assert catalog.value(dataset, DCT.modified) == Literal("2025-09-16", datatype=XSD.date)
    themes = {str(t).rsplit("/", 1)[1] for t in catalog.objects(dataset, DCAT.theme)}
    assert themes == {"ECON", "GOVE", "SOCI"}
    contact = catalog.value(dataset, DCAT.contactPoint)
    assert (contact, RDF.type, VCARD.Kind) in catalog and catalog.value(contact, VCARD.fn)
    service = catalog.value(predicate=RDF.type, object=DCAT.DataService)
    assert catalog.value(service, DCAT.endpointURL) == URIRef(SPARQL)
    assert catalog.value(service, DCAT.servesDataset) == dataset


def test_void_counts_partitions_dumps_and_links(dist: Path):
    void = rdflib.Graph().parse(dist / "void.ttl")
    assert (dist / ".well-known" / "void").read_bytes() == (dist / "void.ttl").read_bytes()
    dataset = URIRef("https://w3id.org/rtes/dataset")
    triples = len(rdflib.Graph().parse(dist / "rtes.nt", format="nt"))
    assert void.value(dataset, VOID.triples) == Literal(triples)
    classes = {void.value(part, VOID["class"]) for part in void.objects(dataset, VOID.classPartition)}
    assert URIRef("https://w3id.org/rtes/ontology#Collectivite") in classes
    assert len(list(void.objects(dataset, VOID.propertyPartition))) == int(
        void.value(dataset, VOID.properties))
    assert URIRef(PUBLIC + "rtes.ttl.gz") in set(void.objects(dataset, VOID.dataDump))
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(SPARQL)
    assert str(void.value(dataset, VOID.uriSpace)) == "https://w3id.org/rtes/"
    assert len(list(void.objects(dataset, VOID.exampleResource))) == 3
    dump = (dist / "rtes.nt").read_text(encoding="utf-8")
    for space in ("http://www.wikidata.org/entity/", "http://id.insee.fr/", "http://purl.org/essglobal/",
                  "http://qudt.org/vocab/"):
        linked = f"<{space}" in dump
        assert linked or "essglobal" not in space, "the concepts are aligned with ESSGlobal"
        linksets = [s for s in void.subjects(RDF.type, VOID.Linkset)
                    if str(void.value(void.value(s, VOID.objectsTarget), VOID.uriSpace)) == space]
        assert bool(linksets) == linked, space
        assert sum(int(void.value(s, VOID.triples)) for s in linksets) == dump.count(f"> <{space}")


def test_every_catalogue_and_void_url_answers_200_from_a_static_server(dist: Path):
    urls = set()
    for name in ("catalog.ttl", "void.ttl"):
        graph = rdflib.Graph().parse(dist / name)
        for predicate in (DCAT.downloadURL, DCAT.accessURL, DCAT.landingPage, VOID.dataDump):
            urls.update(str(o) for o in graph.objects(None, predicate))
        for subject in (URIRef("https://w3id.org/rtes/catalog"), URIRef("https://w3id.org/rtes/dataset")):
            urls.update(str(o) for o in graph.objects(subject, FOAF.homepage))
    urls.add(PUBLIC + ".well-known/void")
    urls.discard(SPARQL)  # the service's access URL: a SPARQL endpoint, not a file of dist/
    assert all(url.startswith(PUBLIC) for url in urls)
    assert len(urls) >= 13
    with serve(dist) as local:
        for url in sorted(urls):
            path = urllib.parse.urlsplit(local + url[len(PUBLIC):])
            connection = http.client.HTTPConnection(path.hostname, path.port, timeout=10)
            connection.request("GET", path.path)
            response = connection.getresponse()
            response.read()
            connection.close()
            assert response.status == 200, url  # a redirect (udata refuses them) fails too


# What the two harvesters that matter for a French publisher read, property by property
# (research/publisher-anchors.md §3, from udata/harvest/backends/dcat.py, udata/core/dataset/rdf.py,
# udata/core/dataservices/rdf.py and ckanext-dcat's profiles/euro_dcat_ap*.py). "required": the item
# is skipped without it; "read": the portal shows or uses it.
HARVESTED = {
    "dataset": [
        ("udata", DCT.identifier, "required"), ("udata", DCT.title, "required"),
        ("udata", DCT.description, "read"), ("udata", DCAT.keyword, "read"), ("udata", DCAT.theme, "read"),
        ("udata", DCT.license, "read"), ("udata", DCT.accrualPeriodicity, "read"),
        ("udata", DCT.temporal, "read"), ("udata", DCT.issued, "read"), ("udata", DCT.modified, "read"),
        ("udata", DCAT.landingPage, "read"), ("udata", DCAT.contactPoint, "read"),
        ("udata", DCT.publisher, "read"), ("udata", DCT.conformsTo, "read"),
        ("ckanext-dcat", DCT.title, "required"), ("ckanext-dcat", DCT.identifier, "read"),
        ("ckanext-dcat", DCAT_VERSION, "read"), ("ckanext-dcat", DCT.language, "read"),
        ("ckanext-dcat", DCT.spatial, "read"), ("ckanext-dcat", DCT.provenance, "read"),
    ],
    "distribution": [
        ("udata", DCAT.downloadURL, "required"), ("udata", DCT.title, "read"),
        ("udata", DCT.description, "read"), ("udata", DCT["format"], "read"),
        ("udata", DCAT.mediaType, "read"), ("udata", DCAT.byteSize, "read"),
        ("udata", SPDX.checksum, "read"), ("udata", DCT.license, "read"), ("udata", DCT.modified, "read"),
        ("ckanext-dcat", DCAT.accessURL, "required"), ("ckanext-dcat", DCT.license, "required"),
        ("ckanext-dcat", DCAT.compressFormat, "read"),
    ],
    "service": [
        ("udata", DCT.identifier, "required"), ("udata", DCT.title, "required"),
        ("udata", DCAT.endpointURL, "read"), ("udata", DCAT.endpointDescription, "read"),
        ("udata", DCAT.servesDataset, "read"), ("udata", DCT.description, "read"),
        ("udata", DCT.license, "read"), ("udata", DCAT.keyword, "read"), ("udata", DCAT.landingPage, "read"),
    ],
}


def test_every_field_the_udata_and_ckan_harvesters_read_is_there(catalog: rdflib.Graph):
    dataset = URIRef("https://w3id.org/rtes/dataset")
    service = catalog.value(predicate=RDF.type, object=DCAT.DataService)
    files = [node for node in catalog.objects(dataset, DCAT.distribution)
             if catalog.value(node, DCAT.accessService) is None]
    missing = [(harvester, "dataset", predicate) for harvester, predicate, _ in HARVESTED["dataset"]
               if catalog.value(dataset, predicate) is None]
    missing += [(harvester, str(node), predicate) for node in files
                for harvester, predicate, _ in HARVESTED["distribution"]
                if catalog.value(node, predicate) is None
                and (predicate != DCAT.compressFormat or str(node).endswith("-gz"))]
    missing += [(harvester, "service", predicate) for harvester, predicate, _ in HARVESTED["service"]
                if catalog.value(service, predicate) is None]
    assert missing == []
    # udata's remote id and ckanext-dcat's GUID: the dataset's IRI, stable across releases
    assert str(catalog.value(dataset, DCT.identifier)) == str(dataset)
    assert catalog.value(dataset, DCT.modified) <= Literal("2025-09-16", datatype=XSD.date)  # never future
    # ckanext-dcat takes the licence from the distributions only, udata from the dataset first
    assert {catalog.value(node, DCT.license) for node in files} == {catalog.value(dataset, DCT.license)}
    contact = catalog.value(dataset, DCAT.contactPoint)
    assert catalog.value(contact, VCARD.hasEmail) == URIRef("mailto:" + CONTACT)


def test_the_sparql_service_is_reached_through_a_distribution(catalog: rdflib.Graph):
    """udata marks a distribution with dcat:accessService as an API; ckanext-dcat reads the
    service there (euro_dcat_ap_2 and later)."""
    dataset = URIRef("https://w3id.org/rtes/dataset")
    service = catalog.value(predicate=RDF.type, object=DCAT.DataService)
    assert str(catalog.value(service, DCT.identifier)) == str(service)
    assert catalog.value(service, DCAT.endpointURL) == URIRef(SPARQL)
    assert catalog.value(service, DCAT.endpointDescription) is not None
    assert catalog.value(service, DCAT.servesDataset) == dataset
    (access,) = [node for node in catalog.objects(dataset, DCAT.distribution)
                 if catalog.value(node, DCAT.accessService) == service]
    assert catalog.value(access, DCAT.accessURL) == URIRef(SPARQL)
    assert (URIRef("https://w3id.org/rtes/catalog"), DCAT.service, service) in catalog


def test_a_later_release_keeps_the_date_the_dataset_was_first_issued(tmp_path: Path):
    """dct:issued is the first release's date (the ledger's oldest), dct:modified this release's:
    a harvester re-reading the catalogue keeps the date of first publication."""
    first = build_release(tmp_path, env={"SOURCE_DATE_EPOCH": "1757980800"})  # 2025-09-16
    later = build_release(tmp_path, env={"SOURCE_DATE_EPOCH": "1790000000"})  # 2026-09-21
    assert first == later  # the same folder, rebuilt with the ledger of the first build
    graph = rdflib.Graph().parse(later / "catalog.ttl")
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 1
    assert set(graph.objects(datasets[0], DCT.issued)) == {Literal("2025-09-16", datatype=XSD.date)}
    assert set(graph.objects(datasets[0], DCT.modified)) == {Literal("2026-09-21", datatype=XSD.date)}
    for distribution in graph.objects(datasets[0], DCAT.distribution):
        assert set(graph.objects(distribution, DCT.issued)) == {Literal("2025-09-16", datatype=XSD.date)}
