"""The winners a sentence lists after its subject ("Les lauréats 2023 sont A, B et C"), the capital
the member entered with the company said before ("SCIC X : la Ville est entrée au capital"), and a
name's tail that ends where its clause does ("… installe des panneaux solaires ; la Ville …")."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles_in_a_fiche


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les lauréats 2023 sont l'association Vélo Cité et la SCOP Bâti Sain.",
     [("Bâti Sain", "soutenu"), ("Vélo Cité", "soutenu")]),
    ("Les lauréats de l’appel à projets 2024 sont l’épicerie solidaire Le Panier d’Armagnac, la SCOP Vélo "
     "Gascon et l’association Jardins de Cocagne d’Auch.",
     [("Jardins de Cocagne d’Auch", "soutenu"), ("Le Panier d’Armagnac", "soutenu"), ("Vélo Gascon", "soutenu")]),
    ("Les structures retenues par le jury étaient l'association Vélo Cité et la SCOP Bâti Sain.",
     [("Bâti Sain", "soutenu"), ("Vélo Cité", "soutenu")]),
    # kept: the names first, and an agent after its participle
    ("L'association Vélo Cité et la SCOP Bâti Sain sont lauréates de l'appel à projets.",
     [("Bâti Sain", "soutenu"), ("Vélo Cité", "soutenu")]),
    ("Les projets retenus sont portés par l'association Vélo Cité.", [("Vélo Cité", "porteur")]),
])
def test_the_winners_listed_after_their_subject_are_supported(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("SCIC Énergies Citoyennes : la Ville est entrée au capital en 2022.", [("Énergies Citoyennes", "actionnaire")]),
    ("La SCIC Énergies Citoyennes installe des panneaux solaires ; la Ville est entrée au capital en 2022.",
     [("Énergies Citoyennes", "actionnaire"), ("Énergies Citoyennes", "porteur")]),
    ("La Ville est entrée au capital de la SCIC Énergies Citoyennes.", [("Énergies Citoyennes", "actionnaire")]),
    # another body's shares are not the member's
    ("La SCIC Énergies Citoyennes installe des panneaux ; la Région est entrée au capital en 2022.",
     [("Région Pays de la Loire", "partenaire"), ("Énergies Citoyennes", "porteur")]),
])
def test_the_capital_the_member_entered_is_the_company_s_said_before(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


def test_the_winners_a_label_lists_among_others_are_supported():
    assert roles_in_a_fiche("Appel à projets 2023 : 320 000 € pour 17 projets. Parmi les lauréats : la "
                            "ressourcerie La Trouvaille (Annonay), l'association Vélo Village et la coopérative "
                            "Les Fermes Ardéchoises.") == [
        ("La Trouvaille", "soutenu"), ("Les Fermes Ardéchoises", "soutenu"), ("Vélo Village", "soutenu")]
    assert roles_in_a_fiche("Parmi les partenaires : la ressourcerie La Trouvaille.") == [
        ("La Trouvaille", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Bois Local fournit les chaufferies ; la Ville est sociétaire.",
     [("Bois Local", "actionnaire"), ("Bois Local", "porteur")]),
    ("La SCIC Bois Local fournit les chaufferies ; la Ville en est sociétaire depuis 2015.",
     [("Bois Local", "actionnaire"), ("Bois Local", "porteur")]),
    ("La coopérative funéraire Les Obsèques Solidaires (SCIC créée en 2019) emploie 2 ETP ; la Ville a apporté "
     "10 000 € au capital.", [("Les Obsèques Solidaires", "actionnaire")]),
    ("La SCIC Les Obsèques Solidaires emploie 2 ETP ; la Région a versé 10 000 € au capital.",
     [("Les Obsèques Solidaires", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    # another's shares, a project the member takes part in, and an association (no capital)
    ("La SCIC Bois Local fournit les chaufferies ; la Région est sociétaire.",
     [("Bois Local", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("La SCOP Bâti Sain rénove des logements. La Ville est associée au projet.", [("Bâti Sain", "porteur")]),
    ("L'association Vélo Cité répare des vélos. La Ville est associée depuis 2019.", [("Vélo Cité", "porteur")]),
])
def test_the_member_that_is_a_shareholder_holds_the_company_s_said_before(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


def test_a_departement_that_is_a_shareholder_beside_others_holds_the_company():
    (found,) = mentions("La SCIC Ardèche Bois Énergie approvisionne 35 chaufferies. Le Département est sociétaire "
                        "depuis 2015 aux côtés de 12 communes et de la Chambre d'agriculture.",
                        member="Département de l'Ardèche", kind="Département",
                        address="2 bis, quai de la Gare\n07007 Privas Cedex")
    assert ("Ardèche Bois Énergie", "ardeche-bois-energie", "actionnaire") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # what another body did for the structures it lists is not the member's support of them
    ("La Ville soutient la CAE Coopaname, qui a accompagné 45 structures, dont la SCOP Les Toits Verts.",
     [("Coopaname", "soutenu")]),
    ("La Ville soutient France Active, qui a financé 20 entreprises, dont la SCOP Les Toits Verts.",
     [("France Active", "soutenu")]),
    # the member's own
    ("La Ville a accompagné 46 projets, dont la SCIC Bois Local.", [("Bois Local", "soutenu")]),
    ("La Ville, qui a accompagné 45 structures, dont la SCOP Les Toits Verts, soutient la CAE Coopaname.",
     [("Coopaname", "soutenu"), ("Les Toits Verts", "soutenu")]),
])
def test_the_structures_another_body_helped_are_not_the_member_s(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected
