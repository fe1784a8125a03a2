"""A body people are registered with or paid by ("aux familles inscrites au CCAS", "allocataires de
la CAF") plays no part in the action: no partner (extract/cuewords.py); the price said before them is per
its unit ("5 € le panier aux familles": extract/stated.py)."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles_in_a_fiche
from rtes_kg.extract.stated import find_amounts


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les paniers sont vendus 5 € aux familles inscrites au CCAS.", []),
    ("L'association Vélo Cité recrute des demandeurs d'emploi inscrits à France Travail.", [("Vélo Cité", "porteur")]),
    ("L'épicerie La Passerelle est réservée aux allocataires de la CAF du Morbihan.", [("La Passerelle", "porteur")]),
    ("La Ville et la CAF financent l'épicerie La Passerelle, réservée aux familles inscrites au CCAS.",
     [("CAF", "partenaire"), ("La Passerelle", "soutenu")]),
    # kept: who sends people to the action takes part in it
    ("Le chantier d'insertion Les Jardins du Lac emploie 15 personnes orientées par la Mission locale.",
     [("Les Jardins du Lac", "porteur"), ("Mission locale", "partenaire")]),
])
def test_a_body_people_are_registered_with_is_no_partner(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "per"), [
    ("Les paniers sont vendus 5 € le panier aux familles inscrites.", "panier"),
    ("Le repas est facturé 2,70 € le repas pour les enfants.", "repas"),
    ("La Ville a versé 10 000 € la première année à l'association.", None),
    ("La Ville verse 3 000 € le mois dernier à X.", None),
])
def test_a_price_said_before_whom_it_is_for(sentence, per):
    assert [a.per for a in find_amounts(sentence, HERE)] == [per]
