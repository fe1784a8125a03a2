"""An adverb of manner between a verb that says a role and its object hides nothing: "la Ville
héberge gratuitement l'association X" supports X as "la Ville héberge l'association X" does; it
published X as the carrier ("gratuitement" counted as a word of content between the verb and the
name; extract/cues._adverb_of_a_cue)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche


@pytest.mark.parametrize("sentence, expected", [
    ("Depuis 2020, la Ville héberge gratuitement l'association Réseau Éco-Habitat dans ses locaux.",
     [("Réseau Éco-Habitat", "soutenu")]),
    ("La Ville accompagne activement la SCOP Alternative Bois.", [("Alternative Bois", "soutenu")]),
    ("La Ville finance durablement l'épicerie solidaire L'Escale.", [("L'Escale", "soutenu")]),
])
def test_an_adverb_after_the_verb_hides_no_object(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville héberge l'association Réseau Éco-Habitat dans ses locaux.", [("Réseau Éco-Habitat", "soutenu")]),
    # a noun in -ment after no cue still stands between
    ("L'association Vélo Utile assure le fonctionnement de l'atelier depuis 2019.", [("Vélo Utile", "porteur")]),
])
def test_without_an_adverb_as_before(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected
