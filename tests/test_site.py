"""The static site: valid HTML, no broken internal link, accessible structure, and, once, the
home page and a member page in a real headless Chromium (skipped when chromium is absent)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from release_helpers import build_release, serve

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                 "source", "track", "wbr"}


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("site"))


class Page(HTMLParser):
    """Checks nesting and collects what the tests look at: links, ids, headings, labels."""

    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.name, self.stack, self.errors = name, [], []
        self.links: list[str] = []
        self.ids: list[str] = []
        self.headings: list[int] = []
        self.labels: set[str] = set()
        self.fields: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang = None
        self.rels: dict[str, list[str]] = {}
        self.scripts: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID_ELEMENTS:
            self.stack.append(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for key in ("href", "src"):
            if key in attrs and tag != "link" or (tag == "link" and key == "href"
                                                  and attrs.get("rel") == "stylesheet"):
                if attrs.get(key):
                    self.links.append(attrs[key])
        if tag == "link":
            self.rels.setdefault(attrs.get("rel", ""), []).append(attrs.get("href", ""))
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content", "")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "label":
            self.labels.add(attrs.get("for", ""))
        if tag in ("input", "select", "textarea"):
            self.fields.append(attrs.get("id", ""))
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._script = ""

    def handle_data(self, data):
        if self._script is not None:
            self._script += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None
        if tag in VOID_ELEMENTS:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"{self.name}: </{tag}> closes <{self.stack[-1] if self.stack else ''}>")
            return
        self.stack.pop()


def parse(path: Path, dist: Path) -> Page:
    page = Page(path.relative_to(dist).as_posix())
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def pages(dist: Path) -> dict[Path, Page]:
    return {path: parse(path, dist) for path in sorted((dist / "site").rglob("*.html"))}


def test_every_page_is_well_formed_accessible_and_phone_ready(dist: Path):
    parsed = pages(dist)
    assert len(parsed) > 20
    for page in parsed.values():
        assert page.errors == [] and page.stack == [], (page.name, page.errors, page.stack)
        assert page.lang == "fr", page.name
        assert "width=device-width" in page.meta.get("viewport", ""), page.name
        assert page.headings.count(1) == 1, page.name
        assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:])), page.name
        assert len(page.ids) == len(set(page.ids)), (page.name, sorted(page.ids))
        assert set(page.fields) <= page.labels, page.name


def test_no_internal_link_is_broken(dist: Path):
    parsed = pages(dist)
    ids = {path.resolve(): set(page.ids) for path, page in parsed.items()}
    checked = 0
    broken = []
    for path, page in parsed.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            checked += 1
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if parts.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file() or dist.resolve() not in target.parents:
                broken.append(f"{page.name}: {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in (
                    ids.get(target) or set(parse(target, dist.resolve()).ids)):
                broken.append(f"{page.name}: {link} (no such id)")
    assert broken == []
    assert checked > 500


def test_a_member_page_shows_labels_links_data_and_signposting(dist: Path):
    folder = dist / "site" / "org" / "dijon-metropole"
    page = parse(folder / "index.html", dist)
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "<h1>Dijon Métropole</h1>" in html
    assert "Métropole" in html and "Réseau des collectivités Territoriales" in html  # labels
    assert "Fiche RTES : Dijon Métropole" in html  # the fiche it came from
    for ext in ("ttl", "jsonld", "nt"):
        assert (dist / "site" / "org" / f"dijon-metropole.{ext}").is_file()
        assert f"../dijon-metropole.{ext}" in page.rels["alternate"]
    assert page.rels["cite-as"] == ["https://w3id.org/rtes/org/dijon-metropole"]
    assert page.rels["license"] and page.rels["describedby"]
    data = json.loads(page.scripts[0])
    assert data["@context"] == "https://schema.org" and data["name"] == "Dijon Métropole"
    rtes = (dist / "site" / "org" / "rtes" / "index.html").read_text(encoding="utf-8")
    assert "Liens entrants" in rtes and "Dijon Métropole" in rtes  # the members of RTES


def test_the_home_page_lists_members_downloads_and_charts(dist: Path):
    html = (dist / "site" / "index.html").read_text(encoding="utf-8")
    index = json.loads((dist / "site" / "membres.json").read_text(encoding="utf-8"))
    assert len(index) == 6 and {m["nom"] for m in index} >= {"Dijon Métropole", "Audincourt"}
    for member in index:
        assert f'data-href="{member["href"]}"' in html
        assert (dist / "site" / member["href"] / "index.html").is_file()
    assert html.count("<svg") == 3 and "Budget ESS" in html  # the map and two charts
    assert html.count("data-code=") == 96 + 5 + 4  # metropolitan départements, then the insets
    sums = dict(reversed(line.split("  ", 1))
                for line in (dist / "SHA256SUMS").read_text().splitlines())
    assert sums["rtes.ttl.gz"] in html and 'href="../rtes.ttl.gz"' in html


def test_the_documentation_pages_cover_the_ontology_shapes_and_queries(dist: Path):
    # at the paths of their IRIs, {base}ontology#Collectivite landing on its term (issue 11)
    ontology = (dist / "site" / "ontology" / "index.html").read_text(encoding="utf-8")
    assert 'id="Collectivite"' in ontology and "local authority" in ontology
    shapes = (dist / "site" / "shapes" / "index.html").read_text(encoding="utf-8")
    assert "Violation" in shapes and "locn:postCode" in shapes
    queries = (dist / "site" / "requetes" / "index.html").read_text(encoding="utf-8")
    assert 'id="membres-par-type"' in queries and "Copier la requête" in queries
    assert "<td>Métropole</td>" in queries  # results computed on this data
    assert "Erreur sur ces données" not in queries


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"]


def chromium(tmp_path: Path, url: str, *extra: str) -> tuple[str, list[str]]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                         capture_output=True, text=True, timeout=120)
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    return run.stdout, console


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_in_a_real_browser_the_pages_load_without_error_and_the_filter_works(dist: Path,
                                                                            tmp_path: Path):
    with serve(dist) as local:
        dom, console = chromium(tmp_path, local + "site/index.html?q=dijon", "--dump-dom")
        assert console == []
        assert 'data-filtre="pret"' in dom
        visible = re.findall(r'<li data-href="([^"]+)">', dom)
        hidden = re.findall(r'<li data-href="([^"]+)" hidden="">', dom)
        assert visible == ["org/dijon-metropole/"] and len(hidden) == 5
        assert "1 membre<" in dom
        dom, console = chromium(tmp_path, local + "site/index.html?type=Commune", "--dump-dom")
        assert console == [] and re.findall(r'<li data-href="([^"]+)">', dom) == ["org/audincourt/"]
        dom, console = chromium(tmp_path, local + "site/org/dijon-metropole/", "--dump-dom")
        assert console == [] and "Dijon Métropole" in dom
        shot = tmp_path / "accueil.png"
        _, console = chromium(tmp_path, local + "site/index.html", f"--screenshot={shot}",
                              "--window-size=390,1400")
        assert console == []
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_example_query_that_explodes_is_cut_and_the_next_one_still_runs(dist: Path,
                                                                            tmp_path: Path):
    from rtes_kg.sparql.examples import run_examples

    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n"
    quick = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n"
    results = run_examples([slow, quick, "ASK { ?s ?p ?o }", "SELEC"], dist / "rtes.nq", budget=1.0)
    assert "non calculée" in results[0]
    assert results[1].variables == ("n",) and int(results[1].rows[0][0]) > 500
    assert results[2].startswith("seules les requêtes SELECT") and "invalide" in results[3]


def test_a_member_page_leads_with_a_summary_a_person_reads(dist: Path):
    page = dist / "site" / "org" / "conseil-regional-bourgogne-franche-comte" / "index.html"
    html = page.read_text(encoding="utf-8")
    summary = html[html.index('<section class="summary"'):html.index('id="toutes-les-donnees"')]
    for fact in ("Région</dt>", "2\u202f820\u202f940 habitants", "Membre du RTES depuis</dt>", "2016",
                 'href="../../territoire/departement/25/">Doubs</a>', "Éric Oternaud", "Élu référent",
                 "Programme ESS", "Actions (2)"):
        assert fact in summary, fact
    budget = summary[summary.index('<table class="budget">'):summary.index("</table>")]
    assert budget.count("<tr") == 3 and "6\u202f100\u202f000 €" in budget and "Investissement" in budget
    assert "prévisionnel" in budget
    # the full facts follow, with fragment nodes named in words rather than by their slug
    assert "<h2>Budget ESS 2023, fonctionnement : 6\u202f100\u202f000 €" in html
    assert "<h2>budget 2023" not in html


def test_territory_and_organisation_pages_list_what_links_to_them(dist: Path):
    doubs = (dist / "site" / "territoire" / "departement" / "25" / "index.html").read_text(encoding="utf-8")
    assert "Membres du RTES (4)" in doubs and "Audincourt</a>" in doubs
    region = (dist / "site" / "territoire" / "region" / "27" / "index.html").read_text(encoding="utf-8")
    assert 'id="carte-region"' in region and "Départements (8)" in region and region.count("data-code=") == 8
    marmite = (dist / "site" / "org" / "la-marmite-solidaire" / "index.html").read_text(encoding="utf-8")
    assert "Actions qu’elle porte (1)" in marmite


def test_the_map_classes_read_with_6_members_and_with_1000():
    from rtes_kg.site.map import classes, contours, members_map

    assert classes(1) == (1,) and classes(4) == (1, 2, 3, 4) and classes(60) == (1, 2, 5, 20, 50)
    codes = sorted(contours())
    assert len(codes) == 101 and {"2A", "2B", "971", "976"} <= set(codes)
    many = {code: (index * 7) % 19 for index, code in enumerate(codes)} | {"75": 60, "13": 30}  # ~1,000 members
    crowded = members_map(many, {code: f"territoire/departement/{code}/" for code in codes})
    assert 900 < crowded.total < 1100 and len(crowded.rows) == 95
    assert [text for _, text in crowded.legend] == ["aucun membre", "1 membre", "2 à 4 membres", "5 à 19 membres",
                                                   "20 à 49 membres", "50 membres ou plus"]
    assert {area.shade for area in crowded.areas} == {0, 1, 2, 3, 4, 5}
    few = members_map({"25": 4, "21": 1, "71": 1}, {})
    assert [text for _, text in few.legend] == ["aucun membre", "1 membre", "2 membres", "3 membres", "4 membres"]
    assert few.rows[0].name == "Doubs" and few.total == 6


def test_an_example_s_rows_past_those_shown_are_counted_not_sent(dist: Path):
    from rtes_kg.sparql.examples import run_examples

    every = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o\n"
    full, first = (run_examples([every], dist / "rtes.nq", shown=shown)[0] for shown in (None, 3))
    assert len(full.rows) > 500 and full.total == len(full.rows) and full.count is None
    assert first.rows == full.rows[:3] and first.total == len(full.rows)


def test_a_value_shows_itself_in_html_as_a_template_shows_its_parts():
    """Value.__html__ (``{{ value }}`` in a page) escapes each part after showing a bidi override
    as its code, as Jinja's finalize and autoescape do for ``{{ value.text }}``."""
    from rtes_kg.project import environment
    from rtes_kg.site.resource import Value

    values = {
        Value('Tri & "réemploi" <b>', href='../org/a?x="1"&y'):
            '<a href="../org/a?x=&#34;1&#34;&amp;y">Tri &amp; &#34;réemploi&#34; &lt;b&gt;</a>',
        Value("Ville\u202e de l'Est", lang="fr"): '<span lang="fr">Ville\\u202e de l&#39;Est</span>',
        Value("12 emplois"): "12 emplois",
    }
    template = environment().from_string("{{ value }}|{{ value.text }}")
    for value, html in values.items():
        assert template.render(value=value).split("|")[0] == html
        assert template.render(value=value).split("|")[1] in html  # the same text, shown the same way
