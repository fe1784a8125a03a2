"""A network's label written in lower case with a local complement says a local network, not the
curated national one: "le réseau des ressourceries du territoire" (extract/names.py)."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles_in_a_fiche
from rtes_kg.extract.organisations import find_organisations

NATIONAL = "Réseau national des ressourceries et recycleries"


@pytest.mark.parametrize("sentence", [
    "La Ville finance le réseau des ressourceries du territoire (La Collecterie, Approche, La Ressourcerie 2 Mains).",
    "La Ville finance le réseau des ressourceries de la région.",
    "La Ville anime le réseau des ressourceries local.",
])
def test_a_local_network_is_not_the_national_one(sentence):
    assert NATIONAL not in {name for name, _ in roles_in_a_fiche(sentence)}


@pytest.mark.parametrize("network", ["Réseau des ressourceries", "réseau des ressourceries"])
def test_the_national_network_is_still_found(network):
    assert (NATIONAL, "partenaire") in roles_in_a_fiche(f"La Ville travaille avec le {network}.")
    # (round 40: said as a structure's verb, the network is the structure's, no partner of the action)
    sentence = f"La ressourcerie La Collecterie est membre du {network}."
    assert [(m.name, m.parent) for m in find_organisations(sentence, HERE)] \
        == [("La Collecterie", "reseau-des-ressourceries")]
