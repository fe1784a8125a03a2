"""Renders the static site of a release (``dist/site/``) from plain page objects with jinja2."""

from __future__ import annotations

import dataclasses
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from importlib import resources as package_files
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT

from rtes_kg import __version__
from rtes_kg.check.corpus import Build
from rtes_kg.project import environment, ontology_dir, turtle_files
from rtes_kg.publish.dumps import sort_triples, write_sorted
from rtes_kg.publish.release import LICENCES, ReleaseInfo, ReleaseOptions
from rtes_kg.site.docs import examples, ontology_terms, shape_docs
from rtes_kg.site.home import home_context
from rtes_kg.site.names import fragment_labels
from rtes_kg.site.pages import DATA_FORMATS, build_pages
from rtes_kg.site.resource import Fact, Labels, Value, entity_of
from rtes_kg.site.summary import TripleFacts
from rtes_kg.site.territories import Atlas
from rtes_kg.sparql.examples import examples as query_examples

LINE = URIRef("https://w3id.org/rtes/ontology#ligneSource")
STATIC = {"style.css": "style.css", "site.js": "site/static/site.js"}  # site path: path under templates/


def site_files(build: Build, options: ReleaseOptions, release: ReleaseInfo,
               contents: dict[str, bytes]) -> dict[str, bytes]:
    """Every file of ``site/``, by path under dist/."""
    # The example queries run in a child process (rtes_kg.sparql.runner): start them first and
    # render the pages meanwhile, on the other core.
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(max_workers=1) as pool:
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
           contents: dict[str, bytes]) -> dict[str, bytes]:
    base, public_site = options.base, options.url("site/")
    triples = build.triples
    ontology = Graph()
    for path in turtle_files(ontology_dir()):
        ontology.parse(path, format="turtle")
    facts = TripleFacts(triples)
    labels = Labels([ontology, triples, fragment_labels(triples, facts)])
    pages, own = build_pages(triples, base, labels, _sources(build, base), options.licence,
                             public_site, facts)
    site = _site(options, release)
    files: dict[str, bytes] = {}
    resource_template = environment().get_template("site/resource.html")
    atlas = Atlas.of(facts, base)
    for page in pages:
        if page.summary is not None and page.summary.region_code:
            page = dataclasses.replace(page, map=atlas.region(page.summary.region_code))
        html = resource_template.render(site=site, root=page.root, page=page, cite_as=page.resource.iri)
        files[f"site/{page.path}/index.html"] = html.encode("utf-8")
        ordered = sort_triples(own[page.resource.iri])
        for fmt in DATA_FORMATS:
            files[f"site/{page.path}{fmt.suffix}"] = write_sorted(ordered, fmt.name)

    home = home_context(triples, base, labels, release)
    files["site/membres.json"] = (home.index_json + "\n").encode("utf-8")
    files["site/index.html"] = _render(
        "home.html", site, "", home=home, carte=atlas.france(),
        catalog=[(name, f"../{name}") for name in
                 ("catalog.ttl", "catalog.jsonld", "void.ttl", "provenance.ttl", "changes.ttl",
                  "CHANGES.txt", "SHA256SUMS", "context.jsonld", "validation.txt")
                 if name in contents])
    files["site/ontologie/index.html"] = _render("ontology.html", site, "../",
                                                 sections=ontology_terms())
    files["site/formes/index.html"] = _render("shapes.html", site, "../", shapes=shape_docs())
    files["site/valider/index.html"] = _render("valider.html", site, "../")  # the form, on `serve`
    for name, template in STATIC.items():
        files[f"site/{name}"] = (package_files.files("rtes_kg") / "templates" / template).read_bytes()
    return files


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
