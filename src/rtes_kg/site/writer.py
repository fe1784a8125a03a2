"""The resource pages of the site, written straight into the release folder by worker processes,
each page from its own triples alone (site/index.py), and not made again when nothing it shows
has changed since the release it replaces.

A page's **key** hashes all it is made from: the code and templates (check/cache.py), the site's
settings, its own triples, the links into it, its sources and the labels of every IRI it names.
Its data files (Turtle, JSON-LD, N-Triples) depend on its own triples only. When the release
being replaced holds a page made from the same key (its manifest, kept in the build cache, says
so), the data files are hard links to the old ones and the HTML is the old one with the new
release's version in its footer (the only part of a page that changes with every release).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from rtes_kg.check.cache import version
from rtes_kg.check.checked import rdflib_triples
from rtes_kg.check.pool import map_beside
from rtes_kg.project import environment
from rtes_kg.publish.dumps import dump_order, write_sorted
from rtes_kg.site.index import SiteIndex
from rtes_kg.site.pages import DATA_FORMATS, make_page
from rtes_kg.site.resource import Fact

IRI = re.compile(r"<([^>]*)>")
CHUNK = 100  # pages per task


@dataclass(frozen=True)
class Settings:
    base: str
    public_site: str
    licence: str
    site: dict[str, str]  # the templates' ``site``: licence, version, date, software, SPARQL URL


@dataclass(frozen=True)
class Former:
    """The release being replaced: its folder, and the manifest of its pages (name -> key)."""

    folder: Path
    manifest: dict[str, str]
    footer: str


def footer(site: dict[str, str]) -> str:
    """The part of a page's footer that names the release (base.html of the site)."""
    return f"Version {site['version']}" + (f" du {site['date']}" if site["date"] else "") + ","


def write_pages(index: SiteIndex, sources: dict[str, tuple[Fact, ...]], settings: Settings,
                folder: Path, former: Former | None, aside: Callable[[], Any],
                workers: int | None = None) -> tuple[Any, dict[str, str]]:
    """Every resource page and its data files into ``folder`` (the release's staging folder),
    on the machine's cores, with ``aside()`` run meanwhile in a worker; its result, and the
    manifest of what was written (file name -> key)."""
    global _WORK
    _WORK = (index, sources, settings, folder, former)
    try:
        found, done = map_beside(aside, _write_chunk, sorted(index.own), CHUNK, workers)
    finally:
        _WORK = None
    return found, {name: key for names in done for name, key in names}


_WORK: tuple[SiteIndex, dict, Settings, Path, Former | None] | None = None


def _write_chunk(pages: Sequence[str]) -> list[list[tuple[str, str]]]:
    assert _WORK is not None
    index, sources, settings, folder, former = _WORK
    template = environment().get_template("site/resource.html")
    done = []
    for iri in pages:
        lines = index.own[iri]
        incoming = index.incoming.get(iri, set())
        source = sources.get(iri, ())
        path = iri[len(settings.base):]
        data_key = _digest(version(), *sorted(lines))
        page_key = _digest(data_key, settings.base, settings.public_site, settings.licence,
                           settings.site["software"], settings.site["sparql_url"], iri,
                           repr(sorted(incoming)), repr(source), *_labels(index, lines, incoming))
        names = [(f"site/{path}{fmt.suffix}", data_key) for fmt in DATA_FORMATS]
        names.append((f"site/{path}/index.html", page_key))
        if not all(_reused(name, key, folder, former, settings) for name, key in names):
            _make(iri, path, lines, incoming, source, index, settings, template, folder)
        done.append(names)
    return done


def _labels(index: SiteIndex, lines: list[str], incoming: set[tuple[str, str]]) -> list[str]:
    """The labels of every IRI a page names: its nodes, predicates, values, the pages linking in."""
    named = {iri for line in lines for iri in IRI.findall(line)}
    named.update(iri for link in incoming for iri in link)
    return [f"{iri}\0{index.labels(iri)}" for iri in sorted(named)]


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _reused(name: str, key: str, folder: Path, former: Former | None, settings: Settings) -> bool:
    """Whether ``name`` could be taken from the former release (made from the same key)."""
    if former is None or former.manifest.get(name) != key:
        return False
    old = former.folder / name
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        if name.endswith(".html"):
            html = old.read_text(encoding="utf-8")
            if html.count(former.footer) != 1:
                return False
            target.write_text(html.replace(former.footer, footer(settings.site)), encoding="utf-8")
        else:
            try:
                os.link(old, target)
            except OSError:
                shutil.copyfile(old, target)
    except OSError:
        return False
    return True


def _make(iri: str, path: str, lines: list[str], incoming: set[tuple[str, str]],
          source: tuple[Fact, ...], index: SiteIndex, settings: Settings, template, folder: Path) -> None:
    text = "".join(f"{line} .\n" for line in lines).encode("utf-8")
    page = make_page(iri, list(rdflib_triples(text)), incoming, settings.base, index.labels, source,
                 settings.licence, settings.public_site)
    html = template.render(site=settings.site, root=page.root, page=page, cite_as=page.resource.iri)
    _write(folder / f"site/{path}/index.html", html.encode("utf-8"))
    triples = {quad.triple for quad in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)}
    ordered = sorted(triples, key=dump_order)
    for fmt in DATA_FORMATS:
        _write(folder / f"site/{path}{fmt.suffix}", write_sorted(ordered, fmt.name))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
