"""Wrong facts of the fifty-third round: "l'association La Fabrique de l'emploi" named "La Fabrique",
"Le Relais de l'entraide" "Le Relais", "Le Jardin des saveurs de l'agglomération grenobloise" "Le
Jardin"; "Le projet Cantine Bio" a carrier of its own; "lancé par l'association X" X a partner.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles_in_a_fiche
from rtes_kg.parse.document import parse_text

GRENOBLE = {"member": "Ville de Grenoble", "kind": "Commune", "address": "11 boulevard Jean Pain\n38000 Grenoble"}


# --- a name's complement after "de l'", and a place after a name's complement ---------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Soutien à l'association La Fabrique de l'emploi.", [("La Fabrique de l'emploi", "soutenu")]),
    ("Subvention à l'association Le Relais de l'entraide.", [("Le Relais de l'entraide", "soutenu")]),
    ("L'association Le Relais de l'entraide gère une boutique solidaire.", [("Le Relais de l'entraide", "porteur")]),
    ("Soutien à l'EBE La Fabrique de l'emploi, qui emploie 40 salariés.", [("La Fabrique de l'emploi", "soutenu")]),
    ("La Ville soutient l'association Le Jardin des saveurs de l'agglomération grenobloise.",
     [("Le Jardin des saveurs", "soutenu")]),
    ("La Ville soutient l'association Le Jardin des saveurs du quartier Mistral.",
     [("Le Jardin des saveurs", "soutenu")]),
    # a place's noun after "de l'" says where the structure is: no word of its name
    ("La Ville soutient l'association Alpha de l'agglomération.", [("Alpha", "soutenu")]),
    ("La Ville soutient l'association Alpha du quartier Mistral.", [("Alpha", "soutenu")]),
    ("La Ville finance l'association Alpha de l'Isère.", [("Alpha de l'Isère", "soutenu")]),
])
def test_a_name_s_complement_after_an_elided_article_is_the_name_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **GRENOBLE) == expected


# --- the name of a project, a scheme or an event is no body -------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Le projet Cantine Bio a été lancé par la Région.", [("Région Auvergne-Rhône-Alpes", "partenaire")]),
    ("Le projet Cantine Bio est soutenu par la Ville.", []),
    ("La Ville soutient le projet Cantine Bio de l'association Les Amis.", [("Les Amis", "soutenu")]),
    ("Projet Cantine Bio : la Ville soutient l'association Les Amis.", [("Les Amis", "soutenu")]),
    ("La Ville finance le dispositif Garage Solidaire, animé par l'association Solid'Auto.",
     [("Solid'Auto", "porteur")]),
])
def test_a_name_right_after_a_scheme_s_noun_is_the_scheme_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **GRENOBLE) == expected


# --- who launched a project ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Le projet Vélo Bus a été lancé par l'association Solid'Auto.", [("Solid'Auto", "porteur")]),
    ("La plateforme Mobilité Solidaire a été lancée en 2020 par l'association Wimoov.", [("Wimoov", "porteur")]),
    ("Le service de livraison, lancé par la SCOP Alpha, compte 12 coursiers.", [("Alpha", "porteur")]),
    # a public body or a network that launches a scheme frames it: a partner
    ("L'appel à projets ESS a été lancé par la Région.", [("Région Auvergne-Rhône-Alpes", "partenaire")]),
    ("Le fonds de garantie lancé par le réseau France Active soutient 30 entreprises.",
     [("France Active", "partenaire")]),
])
def test_a_structure_that_launched_a_project_carries_it(sentence, expected):
    assert roles_in_a_fiche(sentence, **GRENOBLE) == expected


# --- an acronym's elided article; money a structure perceives ------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("L'ARDEAR Occitanie, association d'agriculteurs, a reçu 30 000 €.", [("ARDEAR Occitanie", "soutenu")]),
    ("L'ADEAR 32, association paysanne, forme 40 agriculteurs.", [("ADEAR 32", "porteur")]),
    ("L'Atelier Paysan, coopérative, a reçu 30 000 €.", [("L'Atelier Paysan", "soutenu")]),  # a word's own article
    ("L'association Alpha a perçu 30 000 € en 2023.", [("Alpha", "soutenu")]),
    ("L'association Alpha perçoit une subvention de la Ville.", [("Alpha", "soutenu")]),
])
def test_an_acronym_s_article_is_no_word_of_its_name_and_money_perceived_is_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **GRENOBLE) == expected


def test_a_chapter_spelt_out_with_its_acronym_and_the_member_s_commune_is_the_bare_one_s():
    # "le Centre communal d'action sociale (CCAS) de Villeurbanne" keeps its commune through its
    # acronym: "le CCAS" of another action of Villeurbanne's fiche is that one, one IRI (it was two)
    found = mentions("L'épicerie sociale du CCAS accueille 300 familles.",
                     "Le Centre communal d'action sociale (CCAS) de Villeurbanne pilote le dispositif.",
                     member="Ville de Villeurbanne", address="Place Lazare Goujon\n69100 Villeurbanne")
    assert found == [[("CCAS de Villeurbanne", "ccas-de-villeurbanne", "partenaire")],
                     [("CCAS de Villeurbanne", "ccas-de-villeurbanne", "porteur")]]


# --- a participle of support that agrees with the plural noun before it -----------------------------

DUNKERQUE = {"member": "Communauté urbaine de Dunkerque", "kind": "Communauté urbaine",
             "address": "Pertuis de la Marine\n59140 Dunkerque"}


@pytest.mark.parametrize("sentence, expected", [
    ("France Active Hauts-de-France a accordé 300 000 € de garanties aux entreprises soutenues par la CUD.",
     [("France Active Hauts-de-France", "porteur")]),
    ("L'association Alpha accueille des jeunes accompagnés par la CUD.", [("Alpha", "porteur")]),
    # the subject's own support, and what is lent to it, stay its support
    ("L'association Alpha répare des vélos, soutenue par la CUD.", [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("L'association Alpha répare des vélos dans des locaux prêtés par la CUD.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("Les Restos du Cœur du Nord, soutenus à hauteur de 150 000 €, ont distribué 2 000 repas.",
     [("Les Restos du Cœur du Nord", "porteur"), ("Les Restos du Cœur du Nord", "soutenu")]),
])
def test_the_support_of_a_plural_noun_is_not_the_subject_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **DUNKERQUE) == expected


# --- a contact written "Name, title : e-mail" -----------------------------------------------------

CONTACTS = """Département du Nord

Quel type de collectivité ?
Département

Contacts publics
- Mme Marie Lefebvre, Vice-présidente déléguée à l'ESS
- {line}
"""


@pytest.mark.parametrize("line, expected", [
    ("M. Paul Durand, Directeur de l'insertion : paul.durand@lenord.fr",
     ("Paul Durand", ("Directeur de l'insertion",))),
    ("Paul Durand : paul.durand@lenord.fr", ("Paul Durand", ())),
    ("M. Paul Durand, Directeur de l'insertion – 03 20 63 59 59", ("Paul Durand", ("Directeur de l'insertion",))),
])
def test_a_person_whose_line_ends_with_their_address_after_a_colon_is_a_contact(line, expected):
    fiche, = parse_text(CONTACTS.format(line=line), "nord.txt")
    assert [(c.person, c.titles) for c in fiche.contacts[1:]] == [expected]


@pytest.mark.parametrize("line", ["Contact : ess@lenord.fr", "Chargée de mission : ess@lenord.fr"])
def test_a_label_and_an_address_is_no_contact_of_its_own(line):
    fiche, = parse_text(CONTACTS.format(line=line), "nord.txt")
    assert [c.person for c in fiche.contacts] == ["Marie Lefebvre"]


# --- the chapters of networks named by their place ---------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("La fédération des entreprises d'insertion Hauts-de-France accompagne les SIAE.",
     [("Fédération des entreprises d'insertion Hauts-de-France",
       "federation-des-entreprises-d-insertion-hauts-de-france", "porteur")]),
    ("Partenariat avec l'Adie Pays de la Loire.", [("Adie Pays de la Loire", "adie-pays-de-la-loire", "partenaire")]),
    ("Soutien au Réseau Chantier école Bretagne.",
     [("Réseau Chantier école Bretagne", "reseau-chantier-ecole-bretagne", "soutenu")]),
    ("Soutien à la Croix-Rouge française de Laval.",
     [("Croix-Rouge française de Laval", "croix-rouge-francaise-de-laval", "soutenu")]),
    # the bare name is the network's
    ("Adhésion à la Fédération des entreprises d'insertion.",
     [("Fédération des entreprises d'insertion", "federation-des-entreprises-d-insertion", "partenaire")]),
    ("Partenariat avec l'Adie.", [("Adie", "adie", "partenaire")]),
    ("Partenariat avec la Croix-Rouge.", [("Croix-Rouge française", "croix-rouge-francaise", "partenaire")]),
])
def test_a_network_s_name_and_a_place_is_a_chapter_of_its_own(sentence, expected):
    assert mentions(sentence) == [expected]


NANTES = {"member": "Ville de Nantes", "kind": "Commune", "address": "2 rue de l'Hôtel de Ville\n44000 Nantes"}


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville est associée de la SCIC Bois Local depuis 2019.", [("Bois Local", "actionnaire")]),
    ("La Ville a rejoint le sociétariat de la SCIC Enercoop Pays de la Loire en 2020.",
     [("Enercoop Pays de la Loire", "actionnaire")]),
    ("La Ville est associée à la SCIC Bois Local.", [("Bois Local", "partenaire")]),  # (it was the carrier)
    ("La Ville est associée au projet de l'association Beta.", [("Beta", "partenaire")]),
])
def test_the_member_an_associe_of_a_cooperative_holds_its_shares(sentence, expected):
    assert roles_in_a_fiche(sentence, **NANTES) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Subventions versées en 2023 : Les Petits Débrouillards (5 000 €), Unis-Cité (8 000 €).",
     [("Les Petits Débrouillards", "soutenu"), ("Unis-Cité", "soutenu")]),
    ("Associations soutenues : Vélo Rochelais, Cycl'Aunis.",
     [("Cycl'Aunis", "soutenu"), ("Vélo Rochelais", "soutenu")]),
    ("Subventions attribuées : Vélo Rochelais et Cycl'Aunis.",
     [("Cycl'Aunis", "soutenu"), ("Vélo Rochelais", "soutenu")]),
])
def test_the_names_a_label_of_grants_lists_are_supported(sentence, expected):
    assert roles_in_a_fiche(sentence, **NANTES) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La Ville met à disposition du Secours populaire un entrepôt.", [("Secours populaire français", "soutenu")]),
    ("La Ville met un entrepôt à disposition du Secours populaire.", [("Secours populaire français", "soutenu")]),
    ("La Ville met à disposition de la Croix-Rouge un local.", [("Croix-Rouge française", "soutenu")]),
    ("Local mis à disposition par la Croix-Rouge.", [("Croix-Rouge française", "partenaire")]),  # its gift
])
def test_a_network_given_the_use_of_the_member_s_premises_is_supported(sentence, expected):
    assert roles_in_a_fiche(sentence, **NANTES) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Les SIAE du territoire (Tremplin 17, Aunis Insertion) ont accueilli 250 salariés en parcours.",
     [("Aunis Insertion", "porteur"), ("Tremplin 17", "porteur")]),
    ("La Ville soutient les SIAE du territoire (Tremplin 17, Aunis Insertion).",
     [("Aunis Insertion", "soutenu"), ("Tremplin 17", "soutenu")]),
    # places are no items of such a list, former communes included
    ("La Ville soutient les épiceries solidaires (Laval, Château-Gontier).", []),
    ("La Ville soutient 3 structures, dont Château-Gontier.", []),
])
def test_the_items_of_a_list_in_parentheses_after_an_acronym_s_plural_are_named(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


VAL_D_ILLE = {"member": "Communauté de communes du Val d'Ille-Aubigné", "kind": "Communauté de communes",
              "address": "1 La Métairie\n35520 Montreuil-le-Gast"}


@pytest.mark.parametrize("sentence, expected", [
    ("L'association Alpha, dont la Communauté de communes est membre fondateur, gère le lieu.",
     [("Alpha", "cree"), ("Alpha", "porteur")]),
    ("L'association Alpha, dont la Communauté de communes est membre, gère le lieu.",
     [("Alpha", "partenaire"), ("Alpha", "porteur")]),
    ("La SCIC Alpha, dont la communauté de communes est membre, gère le lieu.",
     [("Alpha", "actionnaire"), ("Alpha", "porteur")]),
])
def test_the_member_by_its_kind_of_several_words_after_dont(sentence, expected):
    assert roles_in_a_fiche(sentence, **VAL_D_ILLE) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "AI" announces an association intermédiaire: its name, never France Travail's old one inside it
    ("Soutien à l'AI Pôle Emploi Services.", [("Pôle Emploi Services", "soutenu")]),
    ("Soutien à l'AI Tremplin, qui met à disposition 40 salariés.", [("Tremplin", "soutenu")]),
    ("J'ai rencontré la SCOP Alpha.", [("Alpha", "porteur")]),  # (no kind in "j'ai")
])
def test_an_association_intermediaire_by_its_initials(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


def test_a_convention_between_the_member_and_a_body_makes_it_a_partner():
    # ("partenariat entre la Ville et X" was; "une convention d'objectifs avec X" is a grant's, supported)
    assert roles_in_a_fiche("Une convention entre la Ville et l'association Alpha fixe les objectifs.",
                            **GRENOBLE) == [("Alpha", "partenaire")]


@pytest.mark.parametrize("sentence", [
    "Le Département est l'un des fondateurs de la SCIC Oasis Environnement.",
    "Le Département est l'un des membres fondateurs de la SCIC Oasis Environnement.",
    "Le Département est cofondateur de la SCIC Oasis Environnement.",
])
def test_the_member_among_a_cooperative_s_founders_holds_its_shares(sentence):
    assert roles_in_a_fiche(sentence, member="Département de la Loire-Atlantique", kind="Département",
                            address="3 quai Ceineray\n44041 Nantes Cedex 1") == [
        ("Oasis Environnement", "actionnaire"), ("Oasis Environnement", "cree")]
