"""A line under a fiche's title that describes the member ("Un territoire de 53 communes et
48 000 habitants") is never its title, however far below the title it comes. Texts written for
the tests."""

from __future__ import annotations

import pytest

from rtes_kg.parse.document import parse_text

ACTIONS = ("Exemples d’actions soutenues par la collectivité :\n\n"
           "La Communauté soutient la recyclerie Les Amis du Réemploi, qui emploie 9 salariés.\n\n"
           "Année d'adhésion au RTES: 2022\n")


@pytest.mark.parametrize("description", [
    "Un territoire de 53 communes et 48 000 habitants",
    "Une intercommunalité rurale au cœur de l’Avesnois",
    "53 communes, 48 000 habitants",
    "Territoire de 53 communes et 48 000 hab.",
])
@pytest.mark.parametrize("kind", ["Communauté de communes\n", ""])
def test_a_description_under_the_title_is_not_the_title(description, kind):
    (fiche,) = parse_text(f"Communauté de communes du Pays de Mormal\n{kind}{description}\n\n{ACTIONS}", "f.txt")
    assert fiche.name is not None and fiche.name.text == "Communauté de communes du Pays de Mormal"
    assert len(fiche.actions) == 1


@pytest.mark.parametrize("title", ["Ville de Saint-Amand-les-Eaux", "Unieux", "Paris 13e arrondissement",
                                   "Communauté urbaine d'Arras"])
def test_a_title_is_still_a_title(title):
    (fiche,) = parse_text(f"{title}\n\n{ACTIONS}", "f.txt")
    assert fiche.name is not None and fiche.name.text == title
