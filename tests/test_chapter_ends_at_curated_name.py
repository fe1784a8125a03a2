"""A chapter's name goes on after "et de" only when the curated list does not end it there: "la
CRESS Pays de la Loire et du Mouvement des Régies" published one partner named so (the chapters'
finder took "et du Mouvement des Régies" into the chapter, as it rightly does in "la Banque
Alimentaire de Bordeaux et de la Gironde"; extract/chapters.py)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles


@pytest.mark.parametrize("sentence, expected", [
    # (the Mouvement des Régies, a network by its head and its members, is found since round 46)
    ("La Ville est adhérente du RTES, de la CRESS Pays de la Loire et du Mouvement des Régies.",
     [("CRESS Pays de la Loire", "partenaire"), ("Mouvement des Régies", "partenaire")]),
    ("Elle travaille avec la CRESS Occitanie et de nombreux partenaires.", [("CRESS Occitanie", "partenaire")]),
])
def test_a_curated_name_ends_before_et(sentence, expected):
    assert roles(sentence) == expected


def test_a_chapter_of_two_places_stays_whole():
    assert roles("Partenariat avec la Banque Alimentaire de Bordeaux et de la Gironde.") == [
        ("Banque Alimentaire de Bordeaux et de la Gironde", "partenaire")]
