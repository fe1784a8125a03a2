"""A network's label written in lower case with a local complement says a local network, not the
curated national one: "le réseau des ressourceries du territoire" (extract/names.py)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche

NATIONAL = "Réseau national des ressourceries et recycleries"


@pytest.mark.parametrize("sentence", [
    "La Ville finance le réseau des ressourceries du territoire (La Collecterie, Approche, La Ressourcerie 2 Mains).",
    "La Ville finance le réseau des ressourceries de la région.",
    "La Ville anime le réseau des ressourceries local.",
])
def test_a_local_network_is_not_the_national_one(sentence):
    assert NATIONAL not in {name for name, _ in roles_in_a_fiche(sentence)}


@pytest.mark.parametrize("sentence", [
    "La ressourcerie La Collecterie est membre du Réseau des ressourceries.",
    "La ressourcerie La Collecterie est membre du réseau des ressourceries.",
])
def test_the_national_network_is_still_found(sentence):
    assert (NATIONAL, "partenaire") in roles_in_a_fiche(sentence)
