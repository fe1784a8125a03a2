"""The links a fiche gives under an action: a link without its scheme ("www.x.fr"), which made an
IRI that no dump could write (every build failed), and one that no IRI can say, left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import Namespace

from extraction_helpers import converted
from rtes_kg.cli import main
from rtes_kg.model.links import iri_of_url, members_home_page

SCHEMA = Namespace("https://schema.org/")


def fiche(*lines: str) -> str:
    return ("Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
            "• Création d'une monnaie locale avec l'association Pêche Laval.\n" + "".join(f"{line}\n" for line in lines)
            + "\nType de collectivité\nCommune\nAdresse\nPlace du 11 novembre\n53000 Laval\n")


def urls(graph: Graph) -> list[str]:
    return sorted(str(url) for url in graph.objects(None, SCHEMA.url))


@pytest.mark.parametrize("line", ["www.peche-laval.fr", "Site : www.peche-laval.fr", "<www.peche-laval.fr>"])
def test_a_link_without_its_scheme_is_read_as_a_browser_reads_it(tmp_path: Path, line: str) -> None:
    assert urls(converted(tmp_path, fiche(line))) == ["http://www.peche-laval.fr"]


def test_a_link_with_its_scheme_is_kept_as_written(tmp_path: Path) -> None:
    graph = converted(tmp_path, fiche("https://www.peche-laval.fr/monnaie-léguée"))
    assert urls(graph) == ["https://www.peche-laval.fr/monnaie-l%C3%A9gu%C3%A9e"]


def test_a_link_no_iri_can_say_is_left_out_and_the_build_goes_on(tmp_path: Path) -> None:
    assert iri_of_url("http://[::1") is None
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    (data / "laval.txt").write_text(fiche("http://[::1", "www.peche-laval.fr"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--data", str(tmp_path / "data"), "--out", str(tmp_path / "out"),
                                       "--no-site"])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(tmp_path / "out" / "rtes.nt", format="nt")
    assert urls(graph) == ["http://www.peche-laval.fr"]


@pytest.mark.parametrize(("url", "expected"), [
    ("www.laval.fr", True), ("https://www.laval.fr/", True), ("laval.fr/", True),
    ("https://www.laval.fr/economie-solidaire", False), ("www.peche-laval.fr", False), ("http://[::1", False),
])
def test_the_members_own_site_is_told_with_or_without_a_scheme(url: str, expected: bool) -> None:
    assert members_home_page(url, "ville-de-laval") is expected


def test_a_link_is_an_iri(tmp_path: Path) -> None:
    assert iri_of_url(" www.x.fr ") == URIRef("http://www.x.fr")
