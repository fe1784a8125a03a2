"""A "fonds de dotation" is a foundation's kind (type-structure fondation, its altLabel): its name
is found as a foundation's is."""

from __future__ import annotations

from extraction_helpers import mentions

FUND = ("Le Fonds de dotation Laval Solidaire, créé par la Ville en 2020, finance des projets d'insertion.")


def test_an_endowment_fund_created_by_the_member_is_found():
    (found,) = mentions(FUND)
    assert {(slug, role) for _, slug, role in found} == {
        ("fonds-de-dotation-laval-solidaire", "cree"), ("fonds-de-dotation-laval-solidaire", "partenaire")}


def test_an_endowment_fund_named_in_apposition_is_found():
    (found,) = mentions("Moselle Solidaire, fonds de dotation créé par le Département, redistribue des dons.",
                        member="Département de la Moselle", kind="Département",
                        address="1 rue du Pont Moreau\n57000 Metz")
    assert ("Moselle Solidaire", "moselle-solidaire", "cree") in found
