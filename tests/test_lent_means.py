"""Another public body that puts premises or equipment at an action's disposal lends it its means:
a partner, not the action's carrier ("la commune de Langon met à disposition le local" made the
commune the carrier of an épicerie that an association runs, and the association lost that role).
And "l'association X tient une épicerie" says that X runs it."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles

LANGON = {"member": "Ville de Bazas", "address": "1 place de la Cathédrale\n33430 Bazas"}


@pytest.mark.parametrize("sentence, expected", [
    ("L'association Aide et Partage 33 gère une épicerie solidaire à Langon ; la commune de Langon met "
     "à disposition le local.",
     [("Aide et Partage 33", "porteur"), ("Commune de Langon", "partenaire")]),
    ("L'association Aide et Partage 33 gère une épicerie solidaire et la commune de Langon met "
     "gratuitement à la disposition de l'association le local.",
     [("Aide et Partage 33", "porteur"), ("Aide et Partage 33", "soutenu"), ("Commune de Langon", "partenaire")]),
    ("L'association Aide et Partage 33 gère une épicerie solidaire ; la Région Nouvelle-Aquitaine a mis à "
     "disposition un véhicule.",
     [("Aide et Partage 33", "porteur"), ("Région Nouvelle-Aquitaine", "partenaire")]),
    ("Épicerie sociale Le Panier Garni : l'association Aide et Partage 33 tient depuis 2016 une épicerie "
     "solidaire à Langon, fréquentée par 240 familles ; le Département lui verse 18 000 € par an et la "
     "commune de Langon met à disposition le local.",
     [("Aide et Partage 33", "porteur"), ("Commune de Langon", "partenaire")]),
])
def test_a_public_body_that_lends_its_premises_is_a_partner(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a structure that lends things may be running the action: its role stays
    ("L'association Vélo Cité, créée en 2015, met à disposition des vélos aux habitants.",
     [("Vélo Cité", "porteur")]),
    # a public body that says it runs the action still does
    ("La commune de Langon gère l'épicerie sociale Le Panier Garni.", [("Commune de Langon", "porteur")]),
    ("L'association Les Amis de la Terre tient un stand au marché de Langon.", [("Les Amis de la Terre", "porteur")]),
])
def test_what_runs_an_action_still_does(sentence, expected):
    assert roles(sentence) == expected


def test_the_member_that_lends_its_premises_supports_the_action():
    actions = mentions("L'association Aide et Partage 33 gère une épicerie solidaire ; la Ville met à "
                       "disposition le local.", **LANGON)
    assert actions == [[("Aide et Partage 33", "aide-et-partage-33", "porteur")]]
