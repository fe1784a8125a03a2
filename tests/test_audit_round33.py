"""Wrong and lost facts of the thirty-third round: a place named in an action's title published as a
carrier beside the body that runs it; the carrier lost beside the member's shares or its support told
in an incise; names cut after "d'"; a change whose noun has a complement; a network by its kind word
and the members it counts after ", dont". Each text is written for these tests in the style of the
fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities

AGGLO = {"member": "Communauté d'agglomération du Pays de Laval", "kind": "Communauté d'agglomération"}


# --- 1. a place in the title, run by the body the text names -------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tiers-lieu nourricier La Table Commune : l’association Les Convives, qui gère une cuisine partagée, "
     "a servi 8 000 repas en 2023.", [("Les Convives", "porteur")]),
    ("Tiers-lieu La Grange : l’association Grange Vivante anime le lieu et accueille 40 événements par an.",
     [("Grange Vivante", "porteur")]),
    ("Ressourcerie La Trouvaille : l’association Réemploi 53 a collecté 200 tonnes en 2023.",
     [("Réemploi 53", "porteur")]),
    # the member supports the body: the place is no partner either
    ("Tiers-lieu La Grange : l’Agglomération soutient l’association Grange Vivante, qui anime le lieu.",
     [("Grange Vivante", "soutenu")]),
    ("Tiers-lieu La Grange : subvention de 12 000 € à l’association Grange Vivante, qui anime le lieu.",
     [("Grange Vivante", "soutenu")]),
])
def test_a_place_in_the_title_run_by_a_body_carries_nothing_of_its_own(sentence, expected):
    assert in_the_fiche(sentence, **AGGLO) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body in the title is the body itself
    ("SCIC Les Toits Partagés : la SCIC Les Toits Partagés rénove 12 logements par an.",
     [("Les Toits Partagés", "porteur")]),
    # the place of the same name as the body that opens the text
    ("Tiers-lieu La Grange à Laval : l’association La Grange anime le lieu depuis 2019.",
     [("La Grange", "porteur")]),
    # a place named in the sentence, not in a title: unchanged
    ("L’épicerie solidaire La Clé accueille 150 familles ; l’association Entraide Laval y tient une permanence.",
     [("Entraide Laval", "porteur"), ("La Clé", "porteur")]),
    # a body named after the colon as a partner only runs nothing
    ("Tiers-lieu La Grange : ouvert en 2021 avec l’appui de l’association Grange Vivante, il accueille 40 "
     "événements par an.", None),
])
def test_no_title_or_no_runner_leaves_the_place_s_role(sentence, expected):
    if expected is None:
        assert ("La Grange", "porteur") in in_the_fiche(sentence, **AGGLO)
    else:
        assert in_the_fiche(sentence, **AGGLO) == expected


# --- 2. a company whose shares the member holds, and that acts: it carries the action too -------

DEPARTEMENT = {"member": "Département de la Sarthe", "kind": "Département",
               "address": "Place Aristide Briand\n72000 Le Mans"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Loir Bois Énergie, dont le Département est sociétaire depuis 2017, a livré 2 900 tonnes de "
     "plaquettes en 2023.", [("Loir Bois Énergie", "actionnaire"), ("Loir Bois Énergie", "porteur")]),
    ("La SCOP Les Charpentiers du Loir, dont le Département est devenu sociétaire en 2020, emploie 19 salariés.",
     [("Les Charpentiers du Loir", "actionnaire"), ("Les Charpentiers du Loir", "porteur")]),
    ("La SCIC Loir Bois Énergie livre 2 900 tonnes de plaquettes par an ; le Département en est sociétaire.",
     [("Loir Bois Énergie", "actionnaire"), ("Loir Bois Énergie", "porteur")]),
    # the share as a part of the capital is the member's holding too
    ("La SCIC Loir Bois Énergie, dont le Département détient 10 % du capital, a livré 2 900 tonnes de plaquettes.",
     [("Loir Bois Énergie", "actionnaire"), ("Loir Bois Énergie", "porteur")]),
])
def test_a_company_the_member_holds_shares_in_that_acts_carries_the_action(sentence, expected):
    assert in_the_fiche(sentence, **DEPARTEMENT) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what it received is no work of its own
    ("La SCIC Loir Bois Énergie, dont le Département est sociétaire depuis 2017, a reçu une subvention de 20 000 €.",
     [("Loir Bois Énergie", "actionnaire"), ("Loir Bois Énergie", "soutenu")]),
    # the shareholding alone says no carrier
    ("Le Département est sociétaire de la SCIC Loir Bois Énergie depuis 2017.", [("Loir Bois Énergie", "actionnaire")]),
    # another collectivité's shares are not the member's
    ("La SCIC Loir Bois Énergie, dont la Région est sociétaire depuis 2017, a livré 2 900 tonnes de plaquettes.",
     [("Loir Bois Énergie", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_a_company_that_receives_or_another_body_s_shares_give_no_carrier_or_holding_of_the_member(
        sentence, expected):
    assert in_the_fiche(sentence, **DEPARTEMENT) == expected


# --- 3. a structure that acts, its support by the member told in an incise ----------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La ressourcerie Le Grenier, soutenue par la Ville, a collecté 300 tonnes d’objets en 2023.",
     [("Le Grenier", "porteur"), ("Le Grenier", "soutenu")]),
    ("Le chantier d'insertion Les Jardins du Loir, soutenu par la Ville depuis 2018, emploie 22 personnes.",
     [("Les Jardins du Loir", "porteur"), ("Les Jardins du Loir", "soutenu")]),
    ("La ressourcerie Le Grenier, soutenue financièrement par la Ville, collecte 300 tonnes d’objets par an.",
     [("Le Grenier", "porteur"), ("Le Grenier", "soutenu")]),
])
def test_a_structure_soutenue_by_the_member_in_an_incise_carries_and_is_supported(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_place_in_the_title_leaves_the_body_supported_in_an_incise_its_carrier_role():
    sentence = ("Tiers-lieu nourricier La Table Commune : l’association Les Convives, soutenue par l’Agglomération, "
                "a servi 8 000 repas en 2023.")
    assert in_the_fiche(sentence, **AGGLO) == [("Les Convives", "porteur"), ("Les Convives", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # another body's support: the subject carries, no support of the member's
    ("La ressourcerie Le Grenier, soutenue par la Région, a collecté 300 tonnes d’objets en 2023.",
     [("Le Grenier", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    # a recognition is no support
    ("La ressourcerie Le Grenier, reconnue par l'État, a collecté 300 tonnes d’objets en 2023.",
     [("Le Grenier", "porteur")]),
])
def test_an_incise_of_another_body_or_of_no_support_leaves_the_subject_carrier_only(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- 4. names cut: a short noun after "d'", an incise after the complement ------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC La Pomme d’or transforme les fruits de 40 vergers.", [("La Pomme d’or", "porteur")]),
    ("La SCOP Le Fil d’or emploie 8 salariés.", [("Le Fil d’or", "porteur")]),
    ("La SCIC La Pomme d'or, qui transforme les fruits de 40 vergers, emploie 8 salariés.",
     [("La Pomme d'or", "porteur")]),
    ("La Ville finance l'association Le Panier de saison, qui livre des paniers.",
     [("Le Panier de saison", "soutenu")]),
    # the kind word of a name's head and its complement stay the name's (already so: a guard)
    ("La SCOP Menuiserie du Val rénove des logements sociaux avec 12 salariés.", [("Menuiserie du Val", "porteur")]),
    ("La SCOP Menuiserie du Val, créée en 2015, emploie 12 salariés.", [("Menuiserie du Val", "porteur")]),
])
def test_a_lower_case_complement_before_a_verb_or_an_incise_is_the_name_s(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place's common noun says where it acts, even before an incise
    ("L'association Les Amis du quartier, qui anime le marché, compte 40 bénévoles.", [("Les Amis", "porteur")]),
    # an article after "d'" opens no name's noun
    ("La Ville soutient l'association Cycles d'un jour, qui répare des vélos.", [("Cycles", "soutenu")]),
])
def test_a_place_noun_or_an_article_after_de_is_no_part_of_the_name(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- 5. a change dated at both ends, its noun with a complement before the verb --------------------

def figures(text: str) -> list[tuple[str, str, str | None, int | None]]:
    return [(str(q.value), q.unit_text, q.counted, q.year) for q in find_quantities(text, HERE)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le nombre de salariés de l’association Atelier Vélo est passé de 4 en 2020 à 9 en 2024.",
     [("4", "salariés", "salaries", 2020), ("9", "salariés", "salaries", 2024)]),
    ("Les effectifs salariés de l’association Solidarité Mayenne sont passés de 35 en 2021 à 48 en 2024.",
     [("35", "salariés", "salaries", 2021), ("48", "salariés", "salaries", 2024)]),
    ("Les bénévoles de la régie de quartier Laval Services sont passés de 20 en 2021 à 31 en 2024.",
     [("20", "bénévoles", "benevoles", 2021), ("31", "bénévoles", "benevoles", 2024)]),
    # the noun alone, as before: "nombre" is no noun counted, "salariés" is
    ("Le nombre de salariés est passé de 4 en 2020 à 9 en 2024.",
     [("4", "salariés", "salaries", 2020), ("9", "salariés", "salaries", 2024)]),
])
def test_both_dated_ends_of_a_change_whose_noun_has_a_complement_are_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    # "effectifs" alone says no unit: salariés, compagnons, bénévoles?
    "Les effectifs de l’association Emmaüs Laval sont passés de 35 en 2021 à 48 en 2024.",
    # a noun outside the scheme objet-compte, with its complement
    "Les tarifs de l’épicerie solidaire La Clé sont passés de 3 en 2022 à 4 en 2023.",
    # a number in the complement: no complement of the noun
    "Les salariés des 3 ateliers sont passés de 20 en 2021 à 31 en 2024.",
])
def test_a_change_whose_noun_is_unsure_gives_no_two_figures(text):
    assert [figure for figure in figures(text) if figure[3] is not None] == []  # no end of the change


# --- 6. a network by its kind word, and the members it counts named after ", dont" ---------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le réseau Recycleries du Bocage fédère 7 recycleries, dont Le Bazar Vert, qui a détourné 150 tonnes de "
     "déchets en 2023.", [("Le Bazar Vert", "partenaire"), ("Recycleries du Bocage", "porteur")]),
    ("La fédération Ressourceries du Bocage regroupe 9 ressourceries, dont La Malle aux Trésors.",
     [("La Malle aux Trésors", "partenaire"), ("Ressourceries du Bocage", "porteur")]),
    ("Le réseau Recycleries du Bocage fédère 7 recycleries.", [("Recycleries du Bocage", "porteur")]),
    ("La Ville soutient 9 ressourceries, dont Le Bazar Vert.", [("Le Bazar Vert", "soutenu")]),
])
def test_a_network_named_after_its_kind_word_and_a_member_it_counts_are_found(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a plural kind not counted lists after "dont" only names that end the clause (round 41; before,
    # nothing): not the subject of a relative clause
    ("La Ville soutient les associations du quartier, dont Alpha Solidaire.", [("Alpha Solidaire", "soutenu")]),
    ("La Ville soutient les associations du quartier, dont Alpha Solidaire coordonne l'action.", []),
    # "dont" then a number: no name
    ("Le réseau Recycleries du Bocage fédère 7 recycleries, dont 3 en Mayenne.",
     [("Recycleries du Bocage", "porteur")]),
])
def test_no_counted_kind_or_no_name_after_dont_finds_no_member(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- 7. a place of no kind in the title, its noun opening the title ------------------------------

def test_a_place_of_no_kind_titled_by_its_noun_and_run_by_a_body_carries_nothing():
    sentence = "Jardin partagé Les Pousses : l’association Graines Vives y cultive 30 parcelles."
    assert in_the_fiche(sentence) == [("Graines Vives", "porteur")]


def test_a_place_of_no_kind_in_the_title_with_no_body_after_it_carries_the_action():
    assert in_the_fiche("Jardin partagé Les Pousses : 30 parcelles cultivées par 45 familles.") == [
        ("Les Pousses", "porteur")]


# --- 8. a lower-case complement at the end of an object's name ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville finance la SCIC La Pomme d’or.", [("La Pomme d’or", "soutenu")]),
    ("La Ville soutient l'association Le Panier de saison depuis 2019.", [("Le Panier de saison", "soutenu")]),
])
def test_a_lower_case_complement_that_closes_an_object_s_name_is_the_name_s(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adverb's phrase says how the member helps
    ("La Ville a aidé l'association Entraide d'urgence en 2020.", [("Entraide", "soutenu")]),
    ("La Ville soutient l'association Alpha de nouveau en 2024.", [("Alpha", "soutenu")]),
    # a place's noun says where
    ("La Ville soutient l'association Alpha du quartier.", [("Alpha", "soutenu")]),
    # a phrase of its own after the name, before an incise or the sentence's end
    ("La Ville soutient l'association Alpha par des subventions, qui financent ses ateliers.", [("Alpha", "soutenu")]),
    ("La Ville aide la SCOP Alpha avec des prêts, qui permettent d'investir.", [("Alpha", "soutenu")]),
    ("Création de la ressourcerie La Bricole par des habitants, soutenus par la Ville.", [("La Bricole", "cree")]),
])
def test_an_adverb_s_or_a_place_s_complement_after_an_object_is_no_part_of_its_name(sentence, expected):
    assert in_the_fiche(sentence) == expected
