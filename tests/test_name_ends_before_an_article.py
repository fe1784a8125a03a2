"""A lower-case article after a name of two words or more, before a capital, opens another name:
"Elle co-finance avec la Métropole de Lyon la Maison de l'ESS de Villeurbanne" published a partner
named "Métropole de Lyon la Maison de l'ESS de Villeurbanne", classed as a métropole
(extract/names.py: name_forward and name_backward)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles


@pytest.mark.parametrize("sentence, expected", [
    # (the Maison, a capitalised head and two capitalised words after it, is found since round 46)
    ("Elle co-finance avec la Métropole de Lyon la Maison de l’ESS de Villeurbanne.",
     [("Maison de l’ESS de Villeurbanne", "soutenu"), ("Métropole de Lyon", "partenaire")]),
    ("Elle finance avec le Département de la Gironde la Maison de l'emploi.",
     [("Département de la Gironde", "partenaire")]),
    ("La Ville soutient avec Bordeaux Métropole la Maison de l'emploi de Bordeaux.",
     [("Bordeaux Métropole", "partenaire"), ("Maison de l'emploi de Bordeaux", "soutenu")]),
])
def test_an_article_after_a_name_opens_another_one(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # after "de": the name's own article
    ("L’association Les Amis de la Terre anime un atelier de réparation.", [("Les Amis de la Terre", "porteur")]),
    ("La Communauté de communes du Pays de la Châtre soutient la recyclerie.",
     [("Communauté de communes du Pays de la Châtre", "partenaire")]),
    # between hyphens: a commune's name
    ("L’association Recyclerie de Villers-le-Lac collecte 200 tonnes.", [("Recyclerie de Villers-le-Lac", "porteur")]),
])
def test_an_article_after_de_stays_in_the_name(sentence, expected):
    assert roles(sentence) == expected
