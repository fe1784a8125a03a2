"""Renders the static site of a release (``dist/site/``) from plain page objects with jinja2."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import resources as package_files

from rdflib import URIRef
from rdflib.namespace import DCAT

from rtes_kg import __version__
from rtes_kg.check.corpus import Build
from rtes_kg.model import mint
from rtes_kg.model.ledger import Ledger
from rtes_kg.project import environment
from rtes_kg.publish.catalog import DESCRIPTION
from rtes_kg.publish.contents import LEDGER_FILE
from rtes_kg.publish.dumps import sort_triples
from rtes_kg.publish.release import LICENCES, ReleaseInfo, ReleaseOptions
from rtes_kg.publish.staging import Staging
from rtes_kg.publish.vocabulary import ONTOLOGY_FILE, SHAPES_FILE, SHAPES_IRI
from rtes_kg.site.docs import Example, examples, ontology_terms, shape_docs
from rtes_kg.site.documents import (
    data_files,
    data_links,
    data_names,
    graph_pages,
    parse,
    sorted_data_files,
    tombstones,
)
from rtes_kg.site.home import home_context
from rtes_kg.site.index import DataIndex
from rtes_kg.site.markup import dataset_markup, document_markup
from rtes_kg.site.pages import Page, make_page
from rtes_kg.site.reads import Read, ReadLog, Site
from rtes_kg.site.resource import Labels
from rtes_kg.site.summary import TripleFacts
from rtes_kg.site.territories import Atlas
from rtes_kg.site.writer import Former, Made, Written, keys_after, page_key, triples_text, write_pages
from rtes_kg.sparql.examples import examples as query_examples
from rtes_kg.vocab import ONTOLOGY_IRI

LINE = URIRef("https://w3id.org/rtes/ontology#ligneSource")
DESCRIPTIONS = ("catalog.ttl", "void.ttl", "provenance.ttl", "changes.ttl")
STATIC = {"style.css": "style.css", "site.js": "site/static/site.js"}  # site path: path under templates/


def write_site(build: Build, options: ReleaseOptions, release: ReleaseInfo, staging: Staging,
               former: Former | None = None, workers: int | None = None,
               progress: Callable[[str], None] = lambda name: None, logged: bool = True,
               index: DataIndex | None = None, answers: Future[list[Example]] | None = None
               ) -> tuple[ReadLog | None, frozenset[str]]:
    """Every file of ``site/`` into the release's staging folder, which holds the rest of the
    release already. Returns the log of its pages (their keys, site/writer.py, and what they read,
    site/reads.py), for the next release to reuse those that do not change from ``former``, the
    release being replaced, and the names of the site's other files (publish/spare.py).
    ``logged``: False when no build will read the log (no cache): none is
    kept, and what the pages read is not noted. ``index``: ``DataIndex.of(build, options.base)``,
    when it is made already; ``answers``: the example queries' (``docs.examples``), when they
    are started already (a future)."""
    index = index or DataIndex.of(build, options.base)
    files, log = _pages(options, release, staging, former, workers, progress, logged, index, answers)
    for name, data in files.items():
        path = staging.path(name)
        path.unlink(missing_ok=True)  # a page taken from the former release is a hard link into it
        path.write_bytes(data)
    return log, frozenset(files)


def _site(options: ReleaseOptions, release: ReleaseInfo | None) -> dict[str, str]:
    """What the templates read of the site. Without ``release``: for the pages of the resources
    and named graphs, which do not name the release (their footer links to the home page that
    does): the next release can then take them as they are when they do not change
    (site/writer.py)."""
    return {
        "licence": options.licence,
        "licence_label": LICENCES.get(options.licence, (options.licence,))[0],
        "version": release.version if release else "", "date": (release.iso_date or "") if release else "",
        "software": __version__, "sparql_url": options.sparql_url or "",
    }


def _compile_templates() -> None:
    """Every HTML template of the site compiled in this process, before the pages' workers fork:
    each would compile them again (a new worker every thousand pages)."""
    for name in environment().list_templates(
            filter_func=lambda name: name.endswith(".html") and not name.startswith("serve/")):
        environment().get_template(name)


def _render(template: str, site: dict[str, str], root: str, **context) -> bytes:
    html = environment().get_template(f"site/{template}").render(site=site, root=root, **context)
    return html.encode("utf-8")


def _pages(options: ReleaseOptions, release: ReleaseInfo, staging: Staging,
           former: Former | None, workers: int | None, progress: Callable[[str], None], logged: bool,
           index: DataIndex, answers: Future[list[Example]] | None
           ) -> tuple[dict[str, bytes], ReadLog | None]:
    """The other files of the site, by path under dist/, and the resource and named graph pages
    written into ``staging`` by worker processes: their log."""
    # Unless the build started them as soon as the dump was written (build.py), the example
    # queries run on the dump in a process of their own (rtes_kg.sparql.runner), which a thread
    # waits for while this process ends the index of the site (and, when it forks no worker, takes
    # and makes the pages): they use the other core, and their store (half a gigabyte at 10,000
    # fiches) is gone before the pages' workers start.
    waiting = ThreadPoolExecutor(max_workers=1)
    answered = answers if answers is not None else waiting.submit(examples, query_examples(), staging.path("rtes.nq"))
    try:
        return _index_and_pages(options, release, staging, former, workers, progress, logged, answered,
                                index)
    finally:
        waiting.shutdown()


def _index_and_pages(options: ReleaseOptions, release: ReleaseInfo, staging: Staging,
                     former: Former | None, workers: int | None, progress: Callable[[str], None],
                     logged: bool, answered: Future, index: DataIndex) -> tuple[dict[str, bytes], ReadLog | None]:
    base, public_site = options.base, options.url("site/")
    contents = staging.contents()
    triples, facts, labels, graphs, atlas = index.triples, index.facts, index.labels, index.graphs, index.atlas
    # The release's description: the dataset, catalogue, distributions, release, software and
    # source files are IRIs under the base as well, with their pages.
    described = [t for name in DESCRIPTIONS if name in contents for t in parse(contents[name])
                 if not _a_file(str(t[0]), options, contents)]
    ontology, shapes = parse(contents[ONTOLOGY_FILE]), parse(contents[SHAPES_FILE])
    labels.add(ontology)
    labels.add(described)
    ledger = Ledger.parse(contents[LEDGER_FILE].decode("utf-8"))
    vocabulary = {str(ONTOLOGY_IRI): ("ontology", ontology), str(SHAPES_IRI): ("shapes", shapes)}
    others = frozenset({iri for iri, _ in graphs} | {base + path for path in ledger.retired_documents()}
                       | set(vocabulary))
    index.pages.add(described)
    own, incoming, own_digests, graph_digests = (index.pages.own, index.pages.incoming, index.pages.digests,
                                                 index.pages.graphs)
    known = frozenset(own) | others
    sources = index.sources
    site, page_site = _site(options, release), _site(options, None)
    _compile_templates()
    resource_template = environment().get_template("site/resource.html")

    whole = Site(labels, known, facts, atlas.region, atlas.region_inputs)
    if former is not None:  # the reads whose answer changed (not asked of a page whose triples did not)
        former = dataclasses.replace(former, changed=former.log.changed(whole, own_digests))

    inputs_key = keys_after(page_site, base, public_site, options.licence)  # a resource page's inputs

    def resource_page(iri: str) -> Made:
        links_in, source = sorted(incoming.get(iri, ())), sources.get(iri, ())
        reads: set[Read] = set()

        @functools.cache
        def triples_of() -> list:  # only when the page is made: a page taken as it was needs none
            return sorted(own[iri])

        @functools.cache
        def page() -> Page:
            seen = whole.watched(reads) if logged else whole
            made = make_page(iri, triples_of(), links_in, base, seen.labels, source, options.licence, public_site,
                             seen.known, seen.facts)
            if made.summary is not None and made.summary.region_code:
                made = dataclasses.replace(made, map=seen.region(made.summary.region_code))
            return made

        @functools.cache
        def ordered() -> list:  # for the key and, when the page is made, its data files
            return sort_triples(triples_of())

        path = iri[len(base):]
        return Made(path, lambda: inputs_key(iri, own_digests[iri], links_in, source),
                    lambda: page_key(page_site, page(), triples_text(ordered())),
                    lambda: resource_template.render(site=page_site, root=page().root, page=page(),
                                                     cite_as=iri).encode("utf-8"),
                    data_names(path), lambda: sorted_data_files(path, ordered()),
                    lambda: (page(), frozenset(reads))[1])

    dataset = str(mint.dataset_iri(options.base_iri))
    graph_list = graph_pages(graphs, base, labels, known, index.pages.documents)

    def graph_page(index: int) -> Made:
        graph, graph_triples = graph_list[index]

        markup = document_markup(graph.iri, "Dataset", graph.title, options.url(f"site/{graph.path}/"),
                                 options.licence, part_of=dataset)  # no version: the dataset's has it

        @functools.cache
        def ordered() -> list:
            return sort_triples(graph_triples)

        return Made(graph.path, lambda: page_key(page_site, graph, markup, graph_digests[graph.iri]),
                    lambda: page_key(page_site, graph, markup, triples_text(ordered())),
                    lambda: _render("graph.html", page_site, graph.root, page=graph, jsonld=markup),
                    data_names(graph.path), lambda: sorted_data_files(graph.path, ordered()))


    def other_files() -> dict[str, bytes]:
        files = {"site/requetes/index.html": _render("queries.html", site, "../", examples=answered.result())}
        files.update(_other_documents(options, release, ledger, vocabulary, known))
        files.update(_home_files(facts, len(triples), labels, described, atlas, options, release, contents))
        return files

    jobs = [("resource", iri) for iri in sorted(own)] + [("graph", index) for index in range(len(graph_list))]
    # The pages in worker processes; the home page, the page of the example queries and the other
    # files meanwhile in one of them.
    progress("site/ : pages")  # the index of the site is made: the pages now
    found, written = write_pages(
        jobs, lambda job: resource_page(job[1]) if job[0] == "resource" else graph_page(job[1]),
        staging.folder, former, workers, aside=other_files, keyed=logged, settle=answered.result)
    return found, _read_log(written, former, whole, own_digests) if logged else None


def _read_log(written: list[Written], former: Former | None, whole: Site, digests: dict[str, str]) -> ReadLog:
    """The pages written, their keys and what they read, for the next release (a page taken from
    ``former`` read what it read then)."""
    pages = {page.path: (page.key, page.inputs, page.reads) for page in written}
    if former is None:  # then no page was taken: each has its reads
        return ReadLog.of({path: (key, inputs, reads or ()) for path, (key, inputs, reads) in pages.items()},
                          whole, digests)
    return former.log.after(former.changed, pages, whole, digests)


def _home_files(facts: TripleFacts, count: int, labels: Labels, described: list, atlas: Atlas,
                options: ReleaseOptions,
                release: ReleaseInfo, contents: Mapping[str, bytes]) -> dict[str, bytes]:
    """The home page and its list of members, the pages of the ontology and the shapes, the form
    to validate a fiche and the static files."""
    base, site, files = options.base, _site(options, release), {}
    home = home_context(facts, count, base, labels, release)
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


def _other_documents(options: ReleaseOptions, release: ReleaseInfo, ledger: Ledger, vocabulary: dict,
                     known: frozenset[str]) -> dict[str, bytes]:
    """The tombstones and the vocabulary's data files (site/documents.py)."""
    base, site, files = options.base, _site(options, release), {}
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
