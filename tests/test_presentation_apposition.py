"""The member's population said in an apposition that opens its presentation's sentence:
"Commune de 26 000 habitants au cœur du Berry, Vierzon adhère au RTES depuis 2016" gave neither
the population nor the year of joining (the subject, "Vierzon", stands after the apposition;
parse/presentation.py)."""

from __future__ import annotations

import pytest

from parse_helpers import one

VIERZON = "Ville de Vierzon\n\nQui sommes-nous ?\n"
REST = ("\nAdresse :\nPlace de l'Hôtel de Ville\n18100 Vierzon\n\n"
        "Exemples d'actions\n- Soutien à la recyclerie La Passerelle.\n")


@pytest.mark.parametrize("prose", [
    "Commune de 26 000 habitants au cœur du Berry, Vierzon adhère au RTES depuis 2016.",
    "Commune rurale de 26 000 habitants, Vierzon est membre du RTES depuis 2016.",
])
def test_an_apposition_gives_the_member_s_population(prose):
    fiche = one(VIERZON + prose + "\n" + REST)
    assert fiche.population.value == 26000 and fiche.population.raw == "26 000 habitants"
    assert fiche.membership_year.raw == "2016"


@pytest.mark.parametrize("prose", [
    # another body's apposition: the sentence's subject is not the member
    "Commune de 64 000 habitants au cœur du Cher, Bourges est membre du RTES depuis 2012.",
    # no kind of collectivité: an association's members
    "Association de 300 habitants, Lien solidaire est membre du RTES depuis 2015.",
])
def test_an_apposition_about_another_gives_nothing(prose):
    fiche = one(VIERZON + prose + "\n" + REST)
    assert fiche.population is None and fiche.membership_year is None
