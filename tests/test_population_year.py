"""The year a fiche gives its population for ("(INSEE 2021)") is published with it
(rtes:populationAnnee); the population itself is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from extraction_helpers import converted
from release_helpers import build_release
from rtes_kg.vocab import RTES

LAVAL = URIRef("https://w3id.org/rtes/org/ville-de-laval")


@pytest.mark.parametrize(("line", "population", "year"), [
    ("Population : 111 000 habitants (INSEE 2021)", 111000, "2021"),
    ("Nombre d'habitants : 12 345 habitants en 2021", 12345, "2021"),
    ("Population : 50 000 habitants (recensement 2020)", 50000, "2020"),
    ("Population : 45 000 habitants", 45000, None),
    ("Population : 3 400 hab. (2015-2020)", 3400, None),  # two years: which one is unsaid
])
def test_the_year_of_the_population(tmp_path: Path, line: str, population: int, year: str | None):
    graph = converted(tmp_path, f"Ville de Laval\n\nType de collectivité : Commune\n{line}\n"
                                "Adresse : Place du 11 novembre, 53000 Laval\n")
    assert graph.value(LAVAL, RTES.population) == Literal(population)
    expected = None if year is None else Literal(year, datatype=XSD.gYear)
    assert graph.value(LAVAL, RTES.populationAnnee) == expected


def test_the_member_s_page_shows_the_year(tmp_path: Path):
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    (data / "laval.txt").write_text("Ville de Laval\n\nType de collectivité : Commune\n"
                                    "Population : 51 000 habitants (INSEE 2021)\n"
                                    "Adresse : Place du 11 novembre, 53000 Laval\n", encoding="utf-8")
    dist = build_release(tmp_path, "--no-cache", data=tmp_path / "data")
    page = (dist / "site" / "org" / "ville-de-laval" / "index.html").read_text(encoding="utf-8")
    assert "51\u202f000 habitants (2021)" in page or "51 000 habitants (2021)" in page
