"""Wrong facts found by the thirteenth round of outside audit and by the fixer's own reading of
the twelfth round's leftovers. Each text is written for these tests in the style of the fiches,
not taken from any of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from extraction_helpers import roles
from rtes_kg.cli import main

ORG = "https://w3id.org/rtes/org/"
SUB_ORGANIZATION_OF = URIRef("http://www.w3.org/ns/org#subOrganizationOf")


def converted(tmp_path: Path, text: str) -> Graph:
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "--format", "nt"])
    assert result.exit_code == 0, result.output
    return Graph().parse(data=result.stdout, format="nt")


def action_fiche(title: str, sentence: str) -> str:
    return f"{title}\n\nExemples d'actions soutenues par la collectivité\n\n{sentence}\n"


# --- an acronym in parentheses, then the chapter's own territory ------------------------------------

def test_a_long_form_then_an_acronym_of_a_local_chapter_does_not_crash_the_conversion(tmp_path):
    # It used to stop `convert` with a KeyError: the merged name kept the long form's "curated"
    # confidence with the chapter's slug, which the curated list does not have.
    graph = converted(tmp_path, action_fiche(
        "Département de l'Aude", "La Mutualité sociale agricole (MSA) finance le centre social Espace Razès."))
    assert (URIRef(ORG + "msa-departement-de-l-aude"), SUB_ORGANIZATION_OF, URIRef(ORG + "ccmsa")) in graph


@pytest.mark.parametrize(("sentence", "chapter"), [
    ("La Mutualité sociale agricole (MSA) Grand Sud et la Ville financent le centre social Espace Razès.",
     "MSA Grand Sud"),
    ("La Caisse d'allocations familiales (CAF) de la Gironde et la Ville financent le centre social Espace Razès.",
     "CAF de la Gironde"),
])
def test_the_territory_after_an_acronym_s_parenthesis_names_the_chapter(sentence, chapter):
    assert roles(sentence) == sorted([(chapter, "partenaire"), ("Espace Razès", "soutenu")])


def test_a_chapter_s_parenthesis_does_not_hide_the_member_before_it_in_the_subject():
    # "La Ville et la MSA (…) financent X": the Ville funds X too.
    assert ("Espace Razès", "soutenu") in roles(
        "La Ville et la Mutualité sociale agricole (MSA) Grand Sud financent le centre social Espace Razès.")
    assert ("Espace Razès", "soutenu") not in roles(
        "La Mutualité sociale agricole (MSA) Grand Sud finance le centre social Espace Razès.")


@pytest.mark.parametrize(("sentence", "chapter"), [
    ("La Ville et le PLIE de la métropole nantaise financent l'association Les Amis.",
     "PLIE de la métropole nantaise"),
    ("La Ville et le Plan local pour l'insertion et l'emploi (PLIE) de la métropole nantaise financent "
     "l'association Les Amis.", "PLIE de la métropole nantaise"),
    ("La Ville et le PLIE de l'agglomération dunkerquoise financent l'association Les Amis.",
     "PLIE de l'agglomération dunkerquoise"),
    ("La Ville et le PLIE du pays de Lunel financent l'association Les Amis.", "PLIE du pays de Lunel"),
])
def test_a_chapter_named_after_an_area_by_a_common_noun_is_that_area_s(tmp_path, sentence, chapter):
    assert roles(sentence) == sorted([(chapter, "partenaire"), ("Les Amis", "soutenu")])
    graph = converted(tmp_path, action_fiche("Ville de Bouguenais", sentence))
    assert not list(graph.subjects(URIRef("http://schema.org/areaServed"), None))  # not the member's commune


def test_a_chapter_alone_is_still_the_member_s():
    assert roles("La Ville et le PLIE financent l'association Les Amis.") == sorted(
        [("PLIE", "partenaire"), ("Les Amis", "soutenu")])
