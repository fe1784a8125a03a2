"""Wrong facts of the twenty-sixth round: what a structure the member supports does in turn, told in a
relative clause, is that structure's support, not the member's. Each text is written for these tests
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


def test_a_relative_clause_that_names_the_member_beside_still_says_its_support():
    found = in_a_commune_s_fiche("La Ville soutient l'association Les Petits Débrouillards, qui avec la Ville "
                                 "finance la SCOP Ecolo'Gîte.")
    assert ("Ecolo'Gîte", "soutenu") in found
