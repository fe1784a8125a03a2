""""Chaque année" after another verb is said of that verb's clause, not of the figures before it:
"La Ville anime un réseau de 60 structures de l'ESS et co-organise chaque année le Mois de l'ESS"
published "60 structures/an" (extract/figures.py, ``_per_year_spans``)."""

from __future__ import annotations

import pytest

from rtes_kg.extract.figures import find_quantities
from rtes_kg.parse.records import Source


def units(text: str) -> list[tuple[str, str]]:
    return [(str(q.value), q.unit) for q in find_quantities(text, Source("test.txt", 1))]


@pytest.mark.parametrize("text, expected", [
    ("La Ville anime un réseau de 60 structures de l’ESS et co-organise chaque année le Mois de l’ESS.",
     [("60", "nombre")]),
    ("La Ville anime 60 structures et elle organise chaque année un forum.", [("60", "nombre")]),
    ("Le collectif fédère 25 associations et organise chaque année une fête du quartier.", [("25", "nombre")]),
])
def test_a_rate_of_another_verb_s_clause_is_no_rate_of_the_figures_before(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Elle accompagne 60 structures et associations chaque année.", [("60", "nombre-par-an")]),
    ("Elle porte 6 ateliers et accompagne 240 personnes chaque année.", [("6", "nombre"), ("240", "nombre-par-an")]),
    ("La recyclerie collecte 4 500 tonnes chaque année et emploie 95 salariés.",
     [("4500", "tonne-par-an"), ("95", "nombre")]),
    ("Le festival accueille chaque année 3 000 visiteurs.", [("3000", "nombre-par-an")]),
])
def test_a_rate_said_of_its_figures_stays(text, expected):
    assert units(text) == expected
