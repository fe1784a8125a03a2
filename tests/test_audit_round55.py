"""Wrong facts of the fifty-fifth round: "Prix départemental de l'ESS : la SCOP A et l'association B
ont reçu…" made A and B partners (the prize is the member's: they won it); "grâce à un financement de
la Métropole et de la Fondation Abbé Pierre" made the foundation a body the member supports;
"Labellisation du tiers-lieu X par l'ANCT" made the ANCT its carrier; "Financement des 4 incubateurs
(A, B, C et D)" read "Financement" as the label of funders; "les 12 pôles territoriaux de coopération
économique (PTCE), dont X" made X a partner (the word "coopération" of the kind, read as a cue);
"ont reçu le label ESUS" was the member's gift; "l'association Wake up Café" was "Wake", "l'association
Laval en transition" was "Laval". Each text is written for these tests in the style of the fiches,
not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles_in_a_fiche

LAVAL = {"member": "Ville de Laval", "kind": "Commune", "address": "Place du 11 novembre\n53000 Laval"}
CHARENTE = {"member": "Département de la Charente-Maritime", "kind": "Département",
            "address": "85 boulevard de la République\n17000 La Rochelle"}
OCCITANIE = {"member": "Région Occitanie", "kind": "Région",
             "address": "22 boulevard du Maréchal Juin\n31406 Toulouse"}
BORDEAUX = {"member": "Bordeaux Métropole", "kind": "Métropole",
            "address": "Esplanade Charles-de-Gaulle\n33000 Bordeaux"}


# --- a prize's winners ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Prix départemental de l'ESS : la SCOP Atlantique Menuiserie et l'association Vélo Solidaire ont reçu "
    "chacune 5 000 €.",
    "Prix de l'ESS : la SCOP Atlantique Menuiserie et l'association Vélo Solidaire.",
    "Trophées de l'ESS 2022 : la SCOP Atlantique Menuiserie et l'association Vélo Solidaire.",
    "Lauréats régionaux : la SCOP Atlantique Menuiserie et l'association Vélo Solidaire.",
])
def test_the_winners_of_the_member_s_prize_are_its_support(sentence):
    assert roles_in_a_fiche(sentence, **CHARENTE) == [("Atlantique Menuiserie", "soutenu"),
                                                      ("Vélo Solidaire", "soutenu")]


def test_a_label_of_partners_with_its_scope_is_still_partners():
    assert roles_in_a_fiche("Partenaires locaux : la SCOP Atlantique Menuiserie.", **CHARENTE) \
        == [("Atlantique Menuiserie", "partenaire")]


# --- a funder after another one ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Les Compagnons Bâtisseurs Nouvelle-Aquitaine rénovent 60 logements par an avec des habitants, grâce à un "
     "financement de la Métropole et de la Fondation Abbé Pierre.",
     [("Fondation Abbé Pierre", "partenaire"), ("Les Compagnons Bâtisseurs Nouvelle-Aquitaine", "porteur"),
      ("Les Compagnons Bâtisseurs Nouvelle-Aquitaine", "soutenu")]),
    ("Financement de la Métropole et de la Fondation de France pour l'association Alpha.",
     [("Alpha", "soutenu"), ("Fondation de France", "partenaire")]),
    ("Grâce à un financement de la Métropole, de la CAF et de la Fondation Abbé Pierre, l'association Alpha rénove "
     "40 logements.", [("Alpha", "porteur"), ("Alpha", "soutenu"), ("CAF", "partenaire"),
                       ("Fondation Abbé Pierre", "partenaire")]),
])
def test_a_funder_named_after_the_member_as_a_giver_gives_too(sentence, expected):
    assert roles_in_a_fiche(sentence, **BORDEAUX) == expected


def test_the_item_after_a_supported_body_is_supported_as_before():
    assert roles_in_a_fiche("Financement de l'association Alpha et de la SCOP Beta.", **BORDEAUX) \
        == [("Alpha", "soutenu"), ("Beta", "soutenu")]


# --- who labels or approves ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Labellisation « Fabrique de territoire » du tiers-lieu La Cité du Lien par l'Agence nationale de la cohésion "
     "des territoires (ANCT).",
     [("Agence nationale de la cohésion des territoires", "partenaire"), ("La Cité du Lien", "porteur")]),
    ("Agrément de l'association Alpha par la DREETS.",
     [("Alpha", "porteur"), ("DREETS Pays de la Loire", "partenaire")]),
])
def test_who_labels_or_approves_a_structure_is_no_carrier(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Les associations Ecoloc et Terre de Liens Occitanie ont reçu le label « Entreprise solidaire d'utilité "
     "sociale ».", [("Ecoloc", "porteur"), ("Terre de Liens Occitanie", "porteur")]),
    ("L'association Ecoloc a reçu l'agrément ESUS.", [("Ecoloc", "porteur")]),
    # money received is still the member's support
    ("L'association Ecoloc a reçu une subvention de 5 000 €.", [("Ecoloc", "soutenu")]),
])
def test_a_status_received_is_no_gift_of_the_member(sentence, expected):
    assert roles_in_a_fiche(sentence, **OCCITANIE) == expected


# --- lists in parentheses, what they are examples of ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Financement des 4 incubateurs ESS régionaux (Alter'Incub, Catalis, Première Brique et Ess'Pace) à hauteur "
    "de 600 000 €.",
    "Financement des incubateurs (Alter'Incub, Catalis, Première Brique et Ess'Pace).",
])
def test_a_list_in_parentheses_after_a_plural_names_what_the_cue_governs(sentence):
    assert roles_in_a_fiche(sentence, **OCCITANIE) == [("Alter'Incub", "soutenu"), ("Catalis", "soutenu"),
                                                       ("Ess'Pace", "soutenu"), ("Première Brique", "soutenu")]


@pytest.mark.parametrize("sentence", [
    "La Région soutient les 12 pôles territoriaux de coopération économique (PTCE) du territoire, dont le PTCE "
    "Figeac Innovation Alliance.",
    "La Région soutient les pôles territoriaux de coopération économique du territoire, dont le PTCE Figeac "
    "Innovation Alliance.",
])
def test_the_words_of_a_kind_are_no_cue_and_its_acronym_no_bound(sentence):
    assert roles_in_a_fiche(sentence, **OCCITANIE) == [("Figeac Innovation Alliance", "soutenu")]


def test_cooperation_with_a_body_is_still_a_partnership():
    assert roles_in_a_fiche("En coopération avec l'association Alpha.", **OCCITANIE) == [("Alpha", "partenaire")]


def test_another_body_s_list_after_an_acronym_in_parentheses_is_not_the_member_s():
    assert roles_in_a_fiche("Le Département finance 14 ateliers et chantiers d'insertion (ACI), dont l'ACI Bois et "
                            "Paysages.", **LAVAL) == [("Département de la Mayenne", "partenaire")]


# --- hosting said with the member among the subjects ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La Ville et la CAF accueillent l'association Beta dans leurs locaux.",
    "La Ville et la CAF hébergent l'association Beta.",
])
def test_the_member_and_another_body_hosting_a_structure_support_it(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [("Beta", "soutenu"), ("CAF", "partenaire")]


def test_two_other_bodies_hosting_a_structure_are_no_support_of_the_member():
    assert roles_in_a_fiche("La CAF et la MSA accueillent l'association Beta.", **LAVAL) \
        == [("CAF", "partenaire"), ("MSA", "partenaire")]


# --- names with lower-case words ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Contrat à impact social avec l'association Wake up Café pour la réinsertion de 150 sortants de prison.",
     ("Wake up Café", "wake-up-cafe")),
    ("Le Repair Café, animé par des bénévoles de l'association Laval en transition, se tient chaque mois.",
     ("Laval en transition", "laval-en-transition")),
])
def test_a_name_keeps_its_lower_case_words(sentence, name):
    (found,) = mentions(sentence, **LAVAL)
    assert name in {(found_name, slug) for found_name, slug, _ in found}


def test_a_name_before_a_year_ends_there():
    assert roles_in_a_fiche("Soutien à l'association Alpha en 2019.", **LAVAL) == [("Alpha", "soutenu")]


# --- the member by the initials of its kind -------------------------------------------------------

CRAON = {"member": "Communauté de communes du Pays de Craon", "kind": "Communauté de communes",
         "address": "1 rue de Neuville\n53400 Craon"}


@pytest.mark.parametrize("sentence, expected", [
    ("Le Pôle ESS du Pays de Craon anime un réseau de 150 structures, avec le soutien financier de la CC et de la "
     "Région.", [("Pôle ESS du Pays de Craon", "porteur"), ("Pôle ESS du Pays de Craon", "soutenu"),
                 ("Région Pays de la Loire", "partenaire")]),
    ("L'association Alpha anime un réseau, avec le soutien de la CC.", [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    # the initials after another giver, through the same test of the member's word
    ("L'association Alpha anime un réseau, avec le soutien de l'ADEME et de la CC.",
     [("ADEME", "partenaire"), ("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("L'association Alpha, financée par la CAF et la CC, anime un réseau.",
     [("Alpha", "porteur"), ("Alpha", "soutenu"), ("CAF", "partenaire")]),
    # another kind's initials name another body
    ("L'association Alpha anime un réseau, avec le soutien de la CA.", [("Alpha", "porteur")]),
])
def test_the_support_of_the_member_named_by_its_kind_s_initials_is_its_own(sentence, expected):
    assert roles_in_a_fiche(sentence, **CRAON) == expected


# --- labels of a structure's sheet ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Épicerie sociale Le Panier de Léa — gestion : CCAS ; approvisionnement : Banque alimentaire de la Mayenne.",
    "Épicerie sociale Le Panier de Léa : gestion : CCAS ; approvisionnement : Banque alimentaire de la Mayenne.",
])
def test_who_manages_and_who_supplies_are_told_by_their_labels(sentence):
    found = roles_in_a_fiche(sentence, **LAVAL)
    assert ("CCAS", "porteur") in found and ("Banque alimentaire de la Mayenne", "partenaire") in found
    assert ("Banque alimentaire de la Mayenne", "porteur") not in found


@pytest.mark.parametrize("sentence, expected", [
    ("Fournisseurs : la SCOP Beta et l'ESAT Gamma.", [("Beta", "partenaire"), ("Gamma", "partenaire")]),
    ("Gestion : l'association Alpha.", [("Alpha", "porteur")]),
])
def test_labels_said_only_before_a_colon(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a kind's acronym that its names hold ---------------------------------------------------------

LOIRE_ATLANTIQUE = {"member": "Département de la Loire-Atlantique", "kind": "Département",
                    "address": "3 quai Ceineray\n44000 Nantes"}


@pytest.mark.parametrize("sentence, expected", [
    ("Soutien départemental au Groupement d'employeurs pour l'insertion et la qualification (GEIQ) BTP 44.",
     [("GEIQ BTP 44", "soutenu")]),
    # a kind's acronym that its names do not hold stays out of them
    ("Soutien à la société coopérative d'intérêt collectif (SCIC) Alpha Bois.", [("Alpha Bois", "soutenu")]),
])
def test_the_acronym_of_a_kind_spelt_out_opens_the_names_that_hold_it(sentence, expected):
    assert roles_in_a_fiche(sentence, **LOIRE_ATLANTIQUE) == expected


# --- the member inside a list of givers -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Avec le soutien de la Ville, de l'ADEME et de la Région, l'association Zéro Déchet Laval anime un défi famille "
    "zéro déchet.",
    "Avec le soutien de l'ADEME, de la Ville et de la Région, l'association Zéro Déchet Laval anime un défi famille "
    "zéro déchet.",
])
def test_the_member_anywhere_in_a_fronted_list_of_givers_supports_the_subject(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [
        ("ADEME", "partenaire"), ("Région Pays de la Loire", "partenaire"), ("Zéro Déchet Laval", "porteur"),
        ("Zéro Déchet Laval", "soutenu")]


@pytest.mark.parametrize("sentence, supported", [
    ("L'association Alpha, financée par la CAF, la Ville et la MSA, anime un atelier.", True),
    # without the member, others' support only
    ("Avec le soutien de l'ADEME, de la CAF et de la Région, l'association Alpha anime un atelier.", False),
    ("L'association Alpha, financée par la CAF, la MSA et la Région, anime un atelier.", False),
])
def test_the_member_in_the_middle_of_a_list_of_funders_gives_too(sentence, supported):
    assert (("Alpha", "soutenu") in roles_in_a_fiche(sentence, **LAVAL)) is supported


# --- the member's property and staff lent or ceded -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Les locaux de l'ancienne caserne ont été cédés à la SCIC Cap Habitat, qui y a construit 40 logements sociaux.",
     [("Cap Habitat", "soutenu")]),
    ("Une parcelle a été louée à l'association Alpha.", [("Alpha", "soutenu")]),
    ("Mise à disposition de 3 agents municipaux auprès de l'association Les Petits Frères des Pauvres pendant la "
     "canicule.", [("Les Petits Frères des Pauvres", "soutenu")]),
    # "auprès de" alone is a partner's
    ("Partenariat auprès de l'association Alpha.", [("Alpha", "partenaire")]),
])
def test_what_the_member_lends_or_cedes_to_a_structure_is_its_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence", [
    "Le terrain cédé à la SCIC Cap Habitat par la Région.",
    "Les terrains cédés à la SCIC Cap Habitat par la Région.",
    "Un terrain a été cédé à la SCIC Cap Habitat par la Région.",
])
def test_what_another_body_cedes_is_not_the_member_s_support(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [("Région Pays de la Loire", "partenaire")]


# --- another giver's own scheme between its verb and the name -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("La Région soutient, via son dispositif Cap'Asso, 300 emplois associatifs, dont 12 à l'association Alpha.",
     [("Région Pays de la Loire", "partenaire")]),
    # the member's own scheme: its support
    ("Le Département soutient, via son dispositif Cap'Asso, l'association Alpha.", [("Alpha", "soutenu")]),
])
def test_a_giver_s_own_scheme_is_no_body_beside_it(sentence, expected):
    assert roles_in_a_fiche(sentence, **LOIRE_ATLANTIQUE) == expected


# --- an incise between another giver's verb and the name ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "La Région finance, via le FSE, l'association Alpha.",
    "La Région finance, avec l'Agefiph, l'association Alpha.",
    "La Région finance, à hauteur de 20 000 €, l'association Alpha.",
    "La Région finance avec l'Agefiph l'association Alpha.",
])
def test_another_giver_s_grant_past_an_incise_is_not_the_member_s(sentence):
    assert ("Alpha", "soutenu") not in roles_in_a_fiche(sentence, **LOIRE_ATLANTIQUE)


@pytest.mark.parametrize("sentence", [
    # the member beside the giver, or the giver itself
    "La Région finance, avec le Département, l'association Alpha.",
    "Le Département finance, avec la Région, l'association Alpha.",
])
def test_the_member_s_grant_past_an_incise_stays_its_own(sentence):
    assert ("Alpha", "soutenu") in roles_in_a_fiche(sentence, **LOIRE_ATLANTIQUE)


def test_a_body_beside_another_giver_stays_a_partner():
    assert roles_in_a_fiche("La Région finance, avec l'Agefiph, l'association Alpha.", **LOIRE_ATLANTIQUE) == [
        ("Agefiph", "partenaire"), ("Région Pays de la Loire", "partenaire")]


@pytest.mark.parametrize("sentence", [
    "L'État, au titre du Fonds de développement de l'inclusion, finance 20 postes en insertion au sein de l'ACI Les "
    "Jardins du Cœur.",
    "L'État, dans le cadre du plan pauvreté, finance l'ACI Les Jardins du Cœur.",
    "La CAF apporte, chaque année, 15 000 € au centre social Les Trois Cités.",
])
def test_another_giver_s_frame_or_gift_is_not_the_member_s(sentence):
    assert not [role for _, role in roles_in_a_fiche(sentence, **LAVAL) if role == "soutenu"]


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville, au titre de sa politique de la ville, finance l'ACI Les Jardins du Cœur.",
     [("Les Jardins du Cœur", "soutenu")]),
    ("La Ville apporte 15 000 € au centre social Les Trois Cités.", [("Les Trois Cités", "soutenu")]),
])
def test_the_member_s_own_frame_or_gift_stays_its_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville héberge gratuitement le siège de l'ADIE dans la Maison des entreprises.", [("Adie", "soutenu")]),
    ("La Ville finance le poste de coordinateur de France Active Pays de la Loire.",
     [("France Active Pays de la Loire", "soutenu")]),
])
def test_a_funder_whose_seat_or_post_the_member_gives_is_supported(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected
