"""Wrong facts found by the twelfth round of outside audit and by the fixer's own reading: the
fields of captured fiches and action sentences. Each text is written for these tests in the style
of the fiches, not taken from any of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from rtes_kg.cli import main
from rtes_kg.extract.findings import read_fiches
from rtes_kg.inputs import InputFile
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.serve.preview import preview_of
from rtes_kg.vocab import QUALIFICATIF, RTES

LAVAL = "https://w3id.org/rtes/org/ville-de-laval"


def one(text):
    (fiche,) = read_fiches(text, "f.txt")
    return fiche


def member(population: str) -> str:
    return ("Ville de Laval\nType de collectivité\nCommune\nNombre d'habitants sur le territoire\n"
            f"{population}\nAdresse\nPlace du 11 Novembre\n53000 Laval\n")


def converted(tmp_path: Path, text: str) -> Graph:
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "--format", "nt"])
    assert result.exit_code == 0, result.output
    return Graph().parse(data=result.stdout, format="nt")


# --- the fields of a fiche -------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "value", "qualifier"), [
    ("Plus de 700 000 hab.", 700000, "plus-de"), ("Environ 15 000 habitants", 15000, "environ"),
    ("près de 45 000 habitants", 45000, "environ"), ("Moins de 2 000 habitants", 2000, "moins-de"),
    ("51 482 habitants (INSEE 2021)", 51482, None)])
def test_a_population_given_as_a_bound_or_an_approximation_says_so(tmp_path, written, value, qualifier):
    population = one(member(written)).population
    assert (population.value, population.qualifier) == (value, qualifier)
    graph = converted(tmp_path, member(written))
    org = URIRef(LAVAL)
    assert graph.value(org, RTES.population) == Literal(value)
    assert graph.value(org, RTES.populationQualificatif) == (QUALIFICATIF[qualifier] if qualifier else None)


def test_a_member_page_gives_a_bounded_population_as_the_fiche_does():
    (preview,) = preview_of(InputFile("fiche.txt", member("Plus de 700 000 hab.")), DEFAULT_BASE_IRI)
    (row,) = [row for row in preview.summary.facts if row.label == "Population"]
    assert [value.text for value in row.values] == ["plus de 700\u202f000 habitants"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_second_contact_heading_adds_contacts_to_the_fiche_and_opens_no_other(separator):
    text = separator.join(["Ville de Laval", "Type de collectivité", "Commune", "Adresse", "Place du 11 Novembre",
                           "53000 Laval", "Contact public", "Florian Bercault, maire", "Contact technique",
                           "Marie Dupont, chargée de mission ESS"])
    (fiche,) = read_fiches(text, "f.txt")
    assert [(c.role, c.person, c.titles) for c in fiche.contacts] == [
        ("Contact public", "Florian Bercault", ("maire",)),
        ("Contact technique", "Marie Dupont", ("chargée de mission ESS",))]
