"""A place named in an action's title, then "portée par", "gérée par", "tenue par" a body: the body
runs the place, which carries nothing of its own ("Recyclerie Le Bon Filon : portée par
l'association Trait d'Union Grésivaudan, la recyclerie a détourné 420 tonnes" published the
recyclerie as a second carrier beside the association; extract/titled.py)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles


@pytest.mark.parametrize("sentence, expected", [
    ("Recyclerie Le Bon Filon : portée par l’association Trait d’Union Grésivaudan, la recyclerie a détourné "
     "420 tonnes de déchets en 2023.", [("Trait d’Union Grésivaudan", "porteur")]),
    ("Tiers-lieu La Fabrique : animé par la SCIC Les Communs, le lieu accueille 40 associations.",
     [("Les Communs", "porteur")]),
    ("Épicerie solidaire Le Panier : tenue par l’association Solidarité Langon, l’épicerie accueille 240 familles.",
     [("Solidarité Langon", "porteur")]),
])
def test_a_titled_place_run_by_a_body_carries_nothing_of_its_own(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body in the title is the body: it carries
    ("SCIC Les Communs : portée par 40 sociétaires, la coopérative gère le tiers-lieu.", [("Les Communs", "porteur")]),
    # no body runs it after the colon: the place stays
    ("Recyclerie Le Bon Filon : l’association gère la recyclerie depuis 2015.", [("Le Bon Filon", "porteur")]),
])
def test_a_titled_place_without_a_named_runner_stays(sentence, expected):
    assert roles(sentence) == expected
