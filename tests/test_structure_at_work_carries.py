"""A structure that opens its sentence at work of its own ("collecte les encombrants", "répare des
vélos") carries the action the member supports, even when the support the text names is another's
or comes in a clause of its own: "L'association Atelier Bidart Réemploi collecte les encombrants …,
avec le soutien du Syndicat Bil Ta Garbi" gave the association supported only (extract/roles.py,
acting.acts_on_its_own)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche


@pytest.mark.parametrize("sentence", [
    "L'association Atelier Réemploi collecte les encombrants, avec le soutien de la Ville.",
    "L'association Atelier Réemploi collecte les encombrants, avec le soutien financier de partenaires privés.",
])
def test_a_structure_at_work_carries_what_it_is_supported_in(sentence):
    assert roles_in_a_fiche(sentence) == [("Atelier Réemploi", "porteur"), ("Atelier Réemploi", "soutenu")]


def test_a_structure_at_work_with_another_bodys_support_carries_only():
    """The support of a body the finders do not know ("du Syndicat Bil Ta Garbi") is not the
    member's (extract/member_gives.py): the structure carries the action, no support of the
    member's is said."""
    assert roles_in_a_fiche("L'association Atelier Réemploi collecte les encombrants, avec le soutien du "
                            "Syndicat Bil Ta Garbi.") == [("Atelier Réemploi", "porteur")]


@pytest.mark.parametrize("sentence, expected", [
    # a verb of help or of receiving is no work of its own
    ("L'association Atelier Réemploi bénéficie du soutien du Syndicat Bil Ta Garbi.",
     [("Atelier Réemploi", "soutenu")]),
    # not opening its sentence
    ("La Ville soutient l'association Atelier Réemploi, avec le soutien du Syndicat Bil Ta Garbi.",
     [("Atelier Réemploi", "soutenu")]),
])
def test_no_work_of_its_own_leaves_it_supported(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected
