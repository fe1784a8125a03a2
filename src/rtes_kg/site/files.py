"""Renders the static site of a release (``dist/site/``) from plain page objects with jinja2."""

from __future__ import annotations

from importlib import resources as package_files

from rdflib import Graph

from rtes_kg import __version__
from rtes_kg.check.corpus import Build
from rtes_kg.project import environment, ontology_dir, turtle_files
from rtes_kg.publish.release import LICENCES, ReleaseInfo, ReleaseOptions
from rtes_kg.publish.staging import Staging
from rtes_kg.site.docs import examples, ontology_terms, shape_docs
from rtes_kg.site.home import home_context
from rtes_kg.site.index import SiteIndex, index_release, sources
from rtes_kg.site.writer import Former, Settings, footer, write_pages
from rtes_kg.sparql.examples import examples as query_examples

STATIC = {"style.css": "style.css", "site.js": "site/static/site.js"}  # site path: path under templates/


def write_site(build: Build, options: ReleaseOptions, release: ReleaseInfo, staging: Staging,
               former: Former | None = None) -> tuple[str, dict[str, str]]:
    """Every file of ``site/`` into the release's staging folder, which holds its dumps already;
    the footer and manifest of its resource pages (site/writer.py), to keep for the next release.

    ``former``: the release being replaced, whose unchanged pages are reused."""
    base = options.base
    site = _site(options, release)
    index = index_release(build, base, _ontology())
    settings = Settings(base, options.url("site/"), options.licence, site)
    dump = staging.path("rtes.nq")
    # The example queries run (in their own process, rtes_kg.sparql.runner) beside the pages.
    answers, manifest = write_pages(index, sources(build.published, base), settings, staging.folder,
                                    former, lambda: examples(query_examples(), dump))
    files = _pages(index, base, site, release, set(staging.infos))
    files["site/requetes/index.html"] = _render("queries.html", site, "../", examples=answers)
    for name, data in files.items():
        staging.write(name, data)
    return footer(site), manifest


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


def _ontology() -> Graph:
    ontology = Graph()
    for path in turtle_files(ontology_dir()):
        ontology.parse(path, format="turtle")
    return ontology


def _pages(index: SiteIndex, base: str, site: dict[str, str], release: ReleaseInfo,
           contents: set[str]) -> dict[str, bytes]:
    """The pages that are not a resource's: home, ontology, shapes, and the static files."""
    files: dict[str, bytes] = {}
    home = home_context(index.home, base, index.labels, release, count=index.count)
    files["site/membres.json"] = (home.index_json + "\n").encode("utf-8")
    files["site/index.html"] = _render(
        "home.html", site, "", home=home,
        catalog=[(name, f"../{name}") for name in
                 ("catalog.ttl", "catalog.jsonld", "void.ttl", "provenance.ttl", "changes.ttl",
                  "CHANGES.txt", "SHA256SUMS", "context.jsonld", "validation.txt")
                 if name in contents])
    files["site/ontologie/index.html"] = _render("ontology.html", site, "../",
                                                 sections=ontology_terms())
    files["site/formes/index.html"] = _render("shapes.html", site, "../", shapes=shape_docs())
    for name, template in STATIC.items():
        files[f"site/{name}"] = (package_files.files("rtes_kg") / "templates" / template).read_bytes()
    return files
