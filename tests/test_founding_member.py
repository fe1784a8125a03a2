"""The member among a structure's founders ("La Ville est membre fondateur de la SCIC X") helped
create it; a person's office ("Jean Martin, fondateur de l'association X") and another body among
the founders ("La Région est membre fondateur de…", in a commune's fiche) say nothing of the member."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche


@pytest.mark.parametrize(("sentence", "expected"), [
    # a founder of a cooperative holds its shares (round 47), as a member of it does (round 46)
    ("La Ville est membre fondateur de la SCIC Bois Local, qui fournit du bois aux chaufferies.",
     [("Bois Local", "actionnaire"), ("Bois Local", "cree")]),
    ("La Ville, membre fondatrice de l'association Vélo Cité, lui verse 5 000 €.",
     [("Vélo Cité", "cree"), ("Vélo Cité", "soutenu")]),
    ("La Ville et la Région sont membres fondateurs de la SCIC Bois Local.",  # (its shares too: round 53)
     [("Bois Local", "actionnaire"), ("Bois Local", "cree"), ("Région Pays de la Loire", "partenaire")]),
    ("La Région est membre fondateur de la SCIC Bois Local.", [("Région Pays de la Loire", "partenaire")]),
    ("Jean Martin, fondateur de l'association Vélo Cité, anime les ateliers.", []),
])
def test_the_member_among_the_founders_helped_create(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected
