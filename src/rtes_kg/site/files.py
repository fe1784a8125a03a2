"""Renders the static site of a release (``dist/site/``) from plain page objects with jinja2."""

from __future__ import annotations

import dataclasses
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from importlib import resources as package_files
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCAT
from rdflib.namespace import DCTERMS as DCT

from rtes_kg import __version__
from rtes_kg.check.corpus import Build
from rtes_kg.model import mint
from rtes_kg.model.ledger import Ledger
from rtes_kg.project import environment
from rtes_kg.publish.catalog import DESCRIPTION
from rtes_kg.publish.contents import LEDGER_FILE
from rtes_kg.publish.release import LICENCES, ReleaseInfo, ReleaseOptions
from rtes_kg.publish.vocabulary import ONTOLOGY_FILE, SHAPES_FILE, SHAPES_IRI
from rtes_kg.site.docs import examples, ontology_terms, shape_docs
from rtes_kg.site.documents import data_files, data_links, graph_pages, parse, tombstones
from rtes_kg.site.home import home_context
from rtes_kg.site.markup import dataset_markup, document_markup
from rtes_kg.site.names import fragment_labels
from rtes_kg.site.pages import build_pages
from rtes_kg.site.resource import Fact, Labels, Value, entity_of
from rtes_kg.site.summary import TripleFacts
from rtes_kg.site.territories import Atlas
from rtes_kg.sparql.examples import examples as query_examples
from rtes_kg.vocab import ONTOLOGY_IRI

LINE = URIRef("https://w3id.org/rtes/ontology#ligneSource")
DESCRIPTIONS = ("catalog.ttl", "void.ttl", "provenance.ttl", "changes.ttl")
STATIC = {"style.css": "style.css", "site.js": "site/static/site.js"}  # site path: path under templates/


def site_files(build: Build, options: ReleaseOptions, release: ReleaseInfo,
               contents: Mapping[str, bytes], dump: Path | None = None) -> dict[str, bytes]:
    """Every file of ``site/``, by path under dist/; ``dump``: the release's rtes.nq on disk,
    else written from ``contents`` for the example queries."""
    # The example queries run in a child process (rtes_kg.sparql.runner): start them first and
    # render the pages meanwhile, on the other core.
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(max_workers=1) as pool:
        if dump is None:
            dump = Path(folder) / "rtes.nq"
            dump.write_bytes(contents["rtes.nq"])
        answers = pool.submit(examples, query_examples(), dump)
        files = _pages(build, options, release, contents)
        files["site/requetes/index.html"] = _render(
            "queries.html", _site(options, release), "../", examples=answers.result())
    return files


def _site(options: ReleaseOptions, release: ReleaseInfo) -> dict[str, str]:
    return {
        "licence": options.licence,
        "licence_label": LICENCES.get(options.licence, (options.licence,))[0],
        "version": release.version, "date": release.iso_date or "", "software": __version__,
        "sparql_url": options.sparql_url or "",
    }


def _render(template: str, site: dict[str, str], root: str, **context) -> bytes:
    html = environment().get_template(f"site/{template}").render(site=site, root=root, **context)
    return html.encode("utf-8")


def _pages(build: Build, options: ReleaseOptions, release: ReleaseInfo,
           contents: Mapping[str, bytes]) -> dict[str, bytes]:
    base, public_site = options.base, options.url("site/")
    triples = build.triples
    # The release's description: the dataset, catalogue, distributions, release, software and
    # source files are IRIs under the base as well, with their pages.
    described = [t for name in DESCRIPTIONS if name in contents for t in parse(contents[name])
                 if not _a_file(str(t[0]), options, contents)]
    ontology, shapes = parse(contents[ONTOLOGY_FILE]), parse(contents[SHAPES_FILE])
    facts = TripleFacts(triples)
    labels = Labels([ontology, triples, described, fragment_labels(triples, facts)])
    ledger = Ledger.parse(contents[LEDGER_FILE].decode("utf-8"))
    graphs = [(str(iri), tuple(graph_triples)) for iri, graph_triples in build.graphs]
    vocabulary = {str(ONTOLOGY_IRI): ("ontology", ontology), str(SHAPES_IRI): ("shapes", shapes)}
    others = frozenset({iri for iri, _ in graphs} | {base + path for path in ledger.retired_documents()}
                       | set(vocabulary))
    pages, own = build_pages([*triples, *described], base, labels, _sources(build, base), options.licence,
                             public_site, others, facts)
    site = _site(options, release)
    files: dict[str, bytes] = {}
    resource_template = environment().get_template("site/resource.html")
    atlas = Atlas.of(facts, base)
    for page in pages:
        if page.summary is not None and page.summary.region_code:
            page = dataclasses.replace(page, map=atlas.region(page.summary.region_code))
        html = resource_template.render(site=site, root=page.root, page=page, cite_as=page.resource.iri)
        files[f"site/{page.path}/index.html"] = html.encode("utf-8")
        files.update(data_files(page.path, own[page.resource.iri]))
    files.update(_document_pages(options, release, graphs, ledger, vocabulary, labels, frozenset(own) | others))

    home = home_context(triples, base, labels, release)
    files["site/membres.json"] = (home.index_json + "\n").encode("utf-8")
    summary = {"description": DESCRIPTION["fr"],
               "jsonld": dataset_markup(options, release, _temporal(described, options))}
    files["site/index.html"] = _render(
        "home.html", site, "", home=home, dataset=summary, carte=atlas.france(),
        catalog=[(name, f"../{name}") for name in
                 ("catalog.ttl", "catalog.jsonld", "void.ttl", "provenance.ttl", "changes.ttl",
                  "CHANGES.txt", "SHA256SUMS", "context.jsonld", "validation.txt")
                 if name in contents])
    # at the paths of their IRIs ({base}ontology, {base}shapes), as every other page
    files["site/ontology/index.html"] = _render(
        "ontology.html", site, "../", sections=ontology_terms(), data=data_links("ontology"), iri=str(ONTOLOGY_IRI),
        jsonld=document_markup(str(ONTOLOGY_IRI), "DefinedTermSet", "Ontologie RTES", options.url("site/ontology/"),
                               options.licence, release.version))
    files["site/shapes/index.html"] = _render(
        "shapes.html", site, "../", shapes=shape_docs(), data=data_links("shapes"), iri=str(SHAPES_IRI),
        jsonld=document_markup(str(SHAPES_IRI), "CreativeWork", "Formes SHACL RTES", options.url("site/shapes/"),
                               options.licence, release.version))
    files["site/valider/index.html"] = _render("valider.html", site, "../")  # the form, on `serve`
    for name, template in STATIC.items():
        files[f"site/{name}"] = (package_files.files("rtes_kg") / "templates" / template).read_bytes()
    return files


def _document_pages(options: ReleaseOptions, release: ReleaseInfo, graphs: list, ledger: Ledger,
                    vocabulary: dict, labels: Labels, known: frozenset[str]) -> dict[str, bytes]:
    """The named graphs' pages, the tombstones and the vocabulary's data files (site/documents.py)."""
    base, site, files = options.base, _site(options, release), {}
    dataset = str(mint.dataset_iri(options.base_iri))
    for graph, graph_triples in graph_pages(graphs, base, labels, known):
        markup = document_markup(graph.iri, "Dataset", graph.title, options.url(f"site/{graph.path}/"),
                                 options.licence, release.version, part_of=dataset)
        files[f"site/{graph.path}/index.html"] = _render("graph.html", site, graph.root, page=graph,
                                                         jsonld=markup)
        files.update(data_files(graph.path, graph_triples))
    for stone in tombstones(ledger, base, known):
        files[f"site/{stone.path}/index.html"] = _render("gone.html", site, stone.root, page=stone)
    for iri, (path, vocabulary_triples) in vocabulary.items():
        if iri.startswith(base):  # the vocabulary keeps the default base (docs/model.md)
            files.update(data_files(path, vocabulary_triples))
    return files


def _temporal(described: list, options: ReleaseOptions) -> tuple[str, str] | None:
    """The dataset's period, as the catalogue states it (dct:temporal)."""
    period = mint.dataset_part_iri("periode", options.base_iri)
    start = next((str(o) for s, p, o in described if s == period and p == DCAT.startDate), None)
    end = next((str(o) for s, p, o in described if s == period and p == DCAT.endDate), None)
    return (start, end) if start and end else None


def _a_file(iri: str, options: ReleaseOptions, contents: Mapping[str, bytes]) -> bool:
    """A URL of a file of dist/ (the public URL may be the base IRI): no page of its own."""
    if not iri.startswith(options.public):
        return False
    rest = iri[len(options.public):]
    return rest == "" or rest in contents or rest.startswith("site/")


def _sources(build: Build, base: str) -> dict[str, tuple[Fact, ...]]:
    """For each page, the fiche(s) it was read from: the record's page, file, line and date."""
    found: dict[str, dict[str, set[Value]]] = defaultdict(lambda: defaultdict(set))
    for fiche in build.published:
        graph, record = fiche.graph, fiche.record
        record_page = entity_of(str(record), base)
        source = graph.value(record, DCT.source)
        line = graph.value(record, LINE)
        modified = graph.value(record, DCT.modified)
        values = {"fiche": Value(str(graph.value(record, DCT.title) or fiche.slug),
                                 f"{record_page[len(base):]}/" if record_page else None)}
        if source is not None:
            path = str(source)[len(base) + len("source/"):] if str(source).startswith(base) else str(source)
            values["fichier"] = Value(f"{path}, ligne {line}" if isinstance(line, Literal) else path)
        if modified is not None:
            values["mise à jour"] = Value(str(modified))
        for subject in {s for s in graph.subjects() if isinstance(s, URIRef)}:
            page = entity_of(str(subject), base)
            if page is not None:
                for label, value in values.items():
                    found[page][label].add(value)
    result = {}
    for page, facts in found.items():
        depth = "../" * (page[len(base):].count("/") + 1)
        result[page] = tuple(
            Fact(label, "", tuple(sorted((Value(v.text, depth + v.href if v.href else None)
                                          for v in values), key=lambda v: v.text)))
            for label, values in sorted(facts.items()))
    return result
