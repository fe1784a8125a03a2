"""A verb before an infinitive ("devrait gérer", "pourra ouvrir", "souhaite ouvrir") is the
clause's, not an adjective of the name before it: "À terme, la SCIC Mobilité Solidaire devrait
gérer une flotte de 20 véhicules" published a carrier named "Mobilité Solidaire devrait"
(extract/adjectives.adjective_tail took "devrait" for the name's own word, as "vert" in
"l'association Atelier vert répare des vélos")."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche


@pytest.mark.parametrize("sentence, expected", [
    ("À terme, la SCIC Mobilité Solidaire devrait gérer une flotte de 20 véhicules.",
     [("Mobilité Solidaire", "porteur")]),
    ("L’association Vélo Solidaire pourra ouvrir un second atelier en 2025.", [("Vélo Solidaire", "porteur")]),
    ("L'association Terre Solidaire doit ouvrir un second atelier en 2025.", [("Terre Solidaire", "porteur")]),
    ("L'association Les Amis du Vélo souhaite ouvrir un second atelier.", [("Les Amis du Vélo", "porteur")]),
    ("L'association Énergie Citoyenne devrait produire 300 MWh par an.", [("Énergie Citoyenne", "porteur")]),
])
def test_a_modal_verb_is_no_word_of_the_name(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the name's own adjective before its verb stays
    ("L'association Atelier vert répare des vélos.", [("Atelier vert", "porteur")]),
    ("La SCOP Menuiserie solidaire emploie 12 salariés.", [("Menuiserie solidaire", "porteur")]),
])
def test_a_name_s_own_adjective_stays(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected
