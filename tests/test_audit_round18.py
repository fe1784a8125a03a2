"""Wrong facts found by the eighteenth round of outside audit (complete fiches of members the
product had never seen, and the leftovers of round 17). Each text is written for these tests in
the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from rtes_kg.extract.findings import read_fiches


def mentions(*sentences: str, member: str = "Ville de Laval", kind: str = "Commune",
             address: str = "Place du 11 novembre\n53000 Laval") -> list[list[tuple[str, str, str]]]:
    """(name, slug, role) of the organisations of each action of a member's fiche."""
    actions = "".join(f"• {sentence}\n" for sentence in sentences)
    text = (f"{member}\n\nExemples d’actions soutenues par la collectivité :\n\n{actions}\n"
            f"Type de collectivité\n{kind}\nAdresse\n{address}\n")
    fiche, = read_fiches(text, "test.txt")
    return [sorted((m.name, m.slug, m.role) for m in action.mentions) for action in fiche.actions]


# --- one body, one IRI -------------------------------------------------------------------------------

def test_a_local_fund_written_in_full_and_by_its_acronym_is_one_organisation():
    first, second = mentions("La Ville finance l'épicerie solidaire Le Panier avec la Caisse d'allocations "
                             "familiales de la Mayenne.",
                             "La CAF de la Mayenne cofinance aussi le centre social Les Pommeraies.")
    assert {slug for name, slug, _ in first + second if "Mayenne" in name} == {"caf-de-la-mayenne"}


@pytest.mark.parametrize("sentence", [
    "La Ville travaille avec la Caisse d'allocations familiales.",
    "La Ville travaille avec la CAF.",
])
def test_the_local_fund_without_a_place_has_one_iri_however_written(sentence):
    (_, slug, _), = mentions(sentence)[0]
    assert slug == "caf-ville-de-laval"


def test_a_bare_dreets_is_the_regional_directorate_of_the_member_s_region():
    assert sorted(set(mentions("La DREETS et la Direction régionale de l'économie, de l'emploi, du travail et "
                               "des solidarités cofinancent le chantier d'insertion Rivières Vivantes.")[0])) == [
        ("DREETS Pays de la Loire", "dreets-pays-de-la-loire", "partenaire"),
        ("Rivières Vivantes", "rivieres-vivantes", "soutenu")]


def test_a_water_agency_is_a_listed_public_body():
    assert mentions("L'Agence de l'eau Loire-Bretagne cofinance le chantier d'insertion Rivières Vivantes.")[0] == [
        ("Agence de l'eau Loire-Bretagne", "agence-de-l-eau-loire-bretagne", "partenaire"),
        ("Rivières Vivantes", "rivieres-vivantes", "soutenu")]


# --- names ---------------------------------------------------------------------------------------------

def test_a_version_number_is_part_of_a_name():
    assert mentions("La Ville soutient l'association Solidarité 2.0 qui accompagne 40 familles.")[0] == [
        ("Solidarité 2.0", "solidarite-2-0", "soutenu")]
