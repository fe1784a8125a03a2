"""Wrong facts of the twenty-sixth round: what a structure the member supports does in turn, told in a
relative clause ("…, qui accompagne / livre / a ouvert Y"), is that structure's doing, no support of Y
by the member. Each text is written for these tests
in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


# --- "X, qui accompagne Y": X's support of Y -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville subventionne l'association Les Petits Débrouillards, qui accompagne la SCOP Ecolo'Gîte.",
     [("Les Petits Débrouillards", "soutenu")]),
    ("La Ville soutient l'association Les Petits Débrouillards, qui finance la SCOP Ecolo'Gîte et l'association "
     "Les Amis.", [("Les Petits Débrouillards", "soutenu")]),
    ("La Ville finance la SCOP Ecolo'Gîte, qui loue un local à l'association Les Amis.",
     [("Ecolo'Gîte", "soutenu")]),
    ("La Ville subventionne France Active Pays de la Loire, qui a accompagné la création de la SCOP Ecolo'Gîte.",
     [("France Active Pays de la Loire", "soutenu")]),
])
def test_what_a_supported_structure_gives_in_turn_is_not_the_member_s_support(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient la légumerie Les Bons Plants, qui livre l'épicerie solidaire Le Panier Partagé.",
     [("Les Bons Plants", "soutenu")]),
    ("La Ville soutient la ressourcerie La Fabrique, qui revend les objets collectés à l'association Les Amis.",
     [("La Fabrique", "soutenu")]),
    ("La Ville soutient l'association Les Petits Débrouillards, qui a ouvert l'épicerie Le Panier Partagé.",
     [("Les Petits Débrouillards", "soutenu")]),
])
def test_a_customer_or_a_work_of_a_supported_structure_is_not_supported_by_the_member(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the structure runs has the member's support through it
    ("La Ville soutient l'association Les Petits Débrouillards, qui gère le tiers-lieu La Grange.",
     [("La Grange", "soutenu"), ("Les Petits Débrouillards", "soutenu")]),
    # a relative clause closed before the name says nothing of it
    ("L'association Les Amis du Bourg, qui luttait contre l'isolement, a transféré en 2023 son antenne à "
     "l'association Vivre Ensemble.", [("Vivre Ensemble", "porteur")]),
])
def test_a_relative_clause_keeps_what_it_does_not_deny(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_a_relative_clause_that_names_the_member_beside_still_says_its_support():
    found = in_a_commune_s_fiche("La Ville soutient l'association Les Petits Débrouillards, qui avec la Ville "
                                 "finance la SCOP Ecolo'Gîte.")
    assert ("Ecolo'Gîte", "soutenu") in found


@pytest.mark.parametrize("sentence", [
    "La Ville soutient le PTCE Sud Mayenne, qui réunit la SCOP Les Ateliers et la SCIC Beta.",
    "La Ville finance la SCIC Alpha, qui regroupe la SCOP Les Ateliers et la SCIC Beta.",
])
def test_the_last_member_a_supported_structure_gathers_is_a_partner_as_the_others(sentence):
    found = in_a_commune_s_fiche(sentence)
    assert ("Beta", "partenaire") in found and ("Les Ateliers", "partenaire") in found
    assert ("Beta", "soutenu") not in found


def test_a_structure_the_member_funds_that_also_receives_another_s_aid_keeps_the_member_s_support():
    found = sorted({(name, role) for name, _, role in mentions(
        "Le Département finance le chantier d'insertion Les Jardins du Bocage, qui reçoit aussi une aide de la CAF.",
        member="Département de la Mayenne", kind="Département", address="39 rue Mazagran\n53000 Laval")[0]})
    assert found == [("CAF", "partenaire"), ("Les Jardins du Bocage", "soutenu")]


def test_what_a_structure_receives_also_from_another_alone_is_still_not_the_member_s():
    assert in_a_commune_s_fiche("L'association Les Amis reçoit aussi une subvention de la CAF.") == [
        ("CAF", "partenaire")]


def test_a_partner_named_in_a_supported_structure_s_relative_clause_stays_a_partner():
    found = in_a_commune_s_fiche("La Ville soutient la SCIC Mobil'Eco, qui loue des véhicules aux bénéficiaires "
                                 "orientés par Pôle emploi.")
    assert found == [("France Travail", "partenaire"), ("Mobil'Eco", "soutenu")]
