"""A range whose lower bound is written without the thousands it shares with the upper one: "une
aide de 2 à 5 000 € par projet" is 2 000 to 5 000 €, as "entre 1 et 2 M€" is 1 to 2 million; it
was published as an amount of 2 € (parse/amounts._thousands_shared)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rtes_kg.extract.stated import find_amounts
from rtes_kg.parse.amounts import euro_amounts
from rtes_kg.parse.records import Source


def _bounds(text: str) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(a.euros, a.maximum) for a in euro_amounts(text)]


@pytest.mark.parametrize("text, expected", [
    ("Une aide de 2 à 5 000 € par projet est prévue.", [(2000, 5000)]),
    ("Entre 10 et 15 000 € par structure.", [(10000, 15000)]),
    ("Entre 15 et 20 000 euros par projet.", [(15000, 20000)]),
    ("De 2 à 3 000 000 € sont prévus.", [(2000000, 3000000)]),
    ("Des prêts de 3 000 à 10 000 € et des aides de 5 à 8\u202f000 €.", [(3000, 10000), (5000, 8000)]),
])
def test_a_lower_bound_shares_the_upper_bound_s_thousands(text, expected):
    assert _bounds(text) == [(Decimal(low), Decimal(high)) for low, high in expected]


@pytest.mark.parametrize("text, expected", [
    ("Des subventions de 500 à 3 000 € sont versées.", [(500, 3000)]),  # more than 3: euros
    ("Les projets reçoivent de 1 500 à 10 000 euros.", [(1500, 10000)]),
    ("Une aide de 2 à 5 M€ est prévue.", [(2000000, 5000000)]),
    ("Une aide de 2 € à 5 000 € par projet.", [(2, 5000)]),  # its own currency: as written
])
def test_a_lower_bound_of_its_own_stays(text, expected):
    assert _bounds(text) == [(Decimal(low), Decimal(high)) for low, high in expected]


def test_an_action_s_amount_is_the_range_read_so():
    amount, = find_amounts("Une aide de 2 à 5 000 € par projet est prévue.", Source("f.txt", 1))
    assert (amount.euros, amount.maximum, amount.per) == (Decimal(2000), Decimal(5000), "projet")
