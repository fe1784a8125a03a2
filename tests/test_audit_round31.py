"""Wrong facts of the thirty-first round: a name announced by its kind cut before its lower-case
words when what follows them (the verb of its clause and its object, a comma and an incise,
"depuis") shows they are its own. Each text is written for these tests in the style of the fiches,
not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


# --- 1. what follows the lower-case words of a name says they are its own ---------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # two lower-case words, then a verb and its object
    ("L'association Atelier mécanique solidaire répare des vélos donnés par les habitants.",
     [("Atelier mécanique solidaire", "porteur")]),
    # a complement in lower case, then the verb of the clause
    ("La SCOP Menuiserie du bocage a été reprise par ses salariés en 2022.", [("Menuiserie du bocage", "porteur")]),
    ("Le café associatif Le Pot de terre propose des concerts chaque mois.", [("Le Pot de terre", "porteur")]),
    # a comma and a past participle open an incise about the structure
    ("L'association Roue libre, créée en 2019, répare des vélos au centre social.", [("Roue libre", "porteur")]),
    # "depuis" ends the name of a verb's complement
    ("Les jardins partagés sont gérés par l'association Terre fertile depuis 2015.", [("Terre fertile", "porteur")]),
])
def test_the_lower_case_words_before_a_verb_an_incise_or_depuis_are_the_name_s(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place's common noun says where the structure is: not its name
    ("La SCOP Menuiserie du quartier a été reprise par ses salariés en 2022.", [("Menuiserie", "porteur")]),
    # an article after the lower-case word: its verb's object, not the name's complement
    ("La SCIC Bois vert fournit le bois des chaufferies.", [("Bois vert", "porteur")]),
])
def test_a_place_s_noun_or_an_object_is_not_glued_to_the_name(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected
