"""Wrong facts of the fifty-eighth round, found on sentences and fiches written by people who had not
read the rules: sentence-case names cut at "de", "à", "vers" or a département's number ("Agir",
"Coup", "Laval" for "Agir pour l'emploi des femmes", "Coup de pouce pour l'emploi 53", "Laval à
vélo"), a participle after "et" made part of a name ("la Fondation Macif et soutenue"), the word
"Métropole" inside a bailleur's name read as a métropole, bodies another body financed counted as the
member's, an acronym's expansion counted as a second body, a région's URSCOP made the commune's.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles_in_a_fiche
from rtes_kg.extract.findings import read_fiches

LAVAL = {"member": "Ville de Laval", "kind": "Commune", "address": "Place du 11 novembre\n53000 Laval"}
GERS = {"member": "Département du Gers", "kind": "Département", "address": "81 route de Pessan\n32000 Auch"}
VILLEURBANNE = {"member": "Ville de Villeurbanne", "kind": "Commune",
                "address": "Place Lazare-Goujon\n69100 Villeurbanne"}


# --- names in sentence case ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Agir pour l'emploi des femmes, installée aux Fourches, a suivi 60 femmes avec le soutien "
     "de la Ville.", [("Agir pour l'emploi des femmes", "porteur"), ("Agir pour l'emploi des femmes", "soutenu")]),
    ("Subvention de 2 000 € à l'association Laval à vélo pour sa bourse aux vélos.", [("Laval à vélo", "soutenu")]),
    ("L'association Coup de pouce pour l'emploi 53 a reçu 5 000 € de la Ville.",
     [("Coup de pouce pour l'emploi 53", "soutenu")]),
    ("Soutien de 12 000 € à l'association Bien vivre ensemble pour son jardin partagé.",
     [("Bien vivre ensemble", "soutenu")]),
    ("L'épicerie, tenue par l'association Un pas vers l'autre, sert 80 familles.",
     [("Un pas vers l'autre", "porteur")]),
    ("L'association Toit à moi loge six sans-abri dans des appartements achetés par des donateurs.",
     [("Toit à moi", "porteur")]),
    ("La Ville soutient l'association Aide alimentaire 53.", [("Aide alimentaire 53", "soutenu")]),
    ("Portée par l'association Tremplin pour l'emploi en Pays de Retz, la recyclerie a ouvert en 2020.",
     [("Tremplin pour l'emploi en Pays de Retz", "porteur")]),
    ("Le fonds a aidé 20 associations, parmi lesquelles Les Bouchées du cœur et L'Étape 53.",
     [("L'Étape 53", "soutenu"), ("Les Bouchées du cœur", "soutenu")]),
])
def test_a_name_in_sentence_case_goes_on_over_de_a_vers_and_its_departement(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville fournit à l'association Les Amis du Bourg du matériel de jardinage.",
     [("Les Amis du Bourg", "soutenu")]),
    ("La Ville apporte à l'association Les Amis des Fourches des conseils juridiques.",
     [("Les Amis des Fourches", "soutenu")]),
    ("La Ville soutient l'association Alpha de façon pérenne.", [("Alpha", "soutenu")]),
])
def test_what_is_given_after_the_name_is_no_word_of_it(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les associations Habitat et Humanisme Mayenne, Un logement pour chacun et Toit à moi captent des logements "
     "vacants.", [("Habitat et Humanisme Mayenne", "porteur"), ("Toit à moi", "porteur"),
                  ("Un logement pour chacun", "porteur")]),
    ("La Ville finance les associations Culture et liberté et Aide et partage.",
     [("Aide et partage", "soutenu"), ("Culture et liberté", "soutenu")]),
    ("Deux projets portés par les associations Les Cuisines Nomades et Laval à vélo.",
     [("Laval à vélo", "porteur"), ("Les Cuisines Nomades", "porteur")]),
])
def test_the_items_of_a_plural_kind_s_list_are_read_in_sentence_case(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a participle after "et" -----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le garage Solidarauto 53, entreprise d'insertion créée par la Fondation Macif et soutenue par la Ville, "
     "répare 900 véhicules.", [("Fondation Macif", "partenaire"), ("Solidarauto 53", "soutenu")]),
    ("L'épicerie, gérée par l'association Solidarité Fourches et subventionnée par la Ville, accueille 300 familles.",
     [("Solidarité Fourches", "porteur")]),
])
def test_a_participle_after_et_and_its_agent_are_no_words_of_the_name(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- whose support ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La Région soutient, au même titre que la Ville, l'association Les Amis du Bourg.",
    "La Région soutient, tout comme la Ville, l'association Les Amis du Bourg.",
])
def test_a_co_supporter_alike_the_member_leaves_the_member_s_support(sentence):
    assert ("Les Amis du Bourg", "soutenu") in roles_in_a_fiche(sentence, **LAVAL)


def test_bodies_listed_among_those_another_financed_are_not_the_member_s():
    found = roles_in_a_fiche("En 2022, 14 entreprises ont été financées par France Active, parmi lesquelles la SCOP "
                             "Ébénisterie du Tonkin et la SCIC Cycl'Ouvert.", **LAVAL)
    assert found == [("France Active", "partenaire")]


def test_bodies_listed_among_those_the_member_financed_are_its_own():
    found = roles_in_a_fiche("En 2022, 14 entreprises ont été financées par la Ville, parmi lesquelles la SCOP "
                             "Ébénisterie du Tonkin et la SCIC Cycl'Ouvert.", **LAVAL)
    assert found == [("Cycl'Ouvert", "soutenu"), ("Ébénisterie du Tonkin", "soutenu")]


@pytest.mark.parametrize("sentence", [
    "L'Association de la fondation étudiante pour la ville (AFEV) mobilise 90 étudiants, avec une subvention "
    "municipale de 11 000 €.",
    "L'ADIE (Association pour le droit à l'initiative économique) a financé 40 créateurs avec le soutien de la Ville.",
])
def test_a_body_and_its_acronym_then_its_verb_and_the_member_s_support(sentence):
    assert {role for _, role in roles_in_a_fiche(sentence, **LAVAL)} == {"porteur", "soutenu"}


def test_a_subsidy_of_the_member_s_kind_is_the_member_s():
    assert roles_in_a_fiche("L'association Alpha Beta anime des ateliers avec une subvention municipale de 9 000 €.",
                            **LAVAL) == [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]
    assert roles_in_a_fiche("L'association Alpha Beta anime des ateliers avec une subvention régionale de 9 000 €.",
                            **LAVAL) == [("Alpha Beta", "porteur")]


def test_a_body_created_with_the_member_and_another_is_created():
    found = roles_in_a_fiche("Créée en 2019 à l'initiative du Département et de la MSA Midi-Pyrénées Sud, "
                             "l'association Répit 32 accompagne 260 aidants.", **GERS)
    assert ("Répit 32", "cree") in found


def test_the_founder_of_an_enterprise_runs_nothing_of_it():
    found = roles_in_a_fiche("La Ville soutient Solidarauto 53, entreprise d'insertion créée par la Fondation Macif.",
                             **LAVAL)
    assert ("Fondation Macif", "porteur") not in found


# --- bodies that are no collectivités, chapters, expansions ------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La régie intervient pour Est Métropole Habitat et Lyon Métropole Habitat dans les halls d'immeubles.",
    "Elle intervient pour Est Métropole Habitat.",
])
def test_metropole_inside_a_bailleur_s_name_is_no_metropole(sentence):
    assert not any(slug == "metropole-habitat" for found in mentions(sentence, **VILLEURBANNE)
                   for _, slug, _ in found)


@pytest.mark.parametrize("sentence", [
    "La Métropole européenne de Lille (MEL) soutient l'association Les Amis.",
    "L'Eurométropole de Strasbourg a créé, avec la Ville, la SCIC Solidarité Immobilière Strasbourg.",
])
def test_a_metropole_after_its_article_is_still_one(sentence):
    assert any(role == "partenaire" and "étropole" in name for name, role in roles_in_a_fiche(sentence, **LAVAL))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'URSCOP Pays de la Loire (Union régionale des Scop et Scic) ainsi que la CRESS.",
     [("CRESS Pays de la Loire", "soutenu"), ("URSCOP Pays de la Loire", "soutenu")]),
    ("La Ville soutient l'UDES Bretagne (Union des employeurs de l'économie sociale et solidaire).",
     [("UDES Bretagne", "soutenu")]),
    ("La Ville soutient l'URSCOP.", [("URSCOP Pays de la Loire", "soutenu")]),
])
def test_an_acronym_its_area_and_its_expansion_are_one_body(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- more of whose support, and who asked ----------------------------------------------------------

def test_a_shareholding_said_in_another_s_relative_clause_is_not_the_member_s():
    found = roles_in_a_fiche("La Ville n'est pas sociétaire de la SCIC Alter'Énergie Mayenne, dans laquelle seule "
                             "Laval Agglomération a pris des parts.", **LAVAL)
    assert ("Alter'Énergie Mayenne", "actionnaire") not in found
    found = roles_in_a_fiche("La SCIC Alter'Énergie Mayenne, dans laquelle la Ville a pris des parts, produit de "
                             "l'électricité.", **LAVAL)
    assert ("Alter'Énergie Mayenne", "actionnaire") in found


def test_a_guarantee_another_body_gave_through_qui_lui_is_not_the_member_s():
    found = roles_in_a_fiche("La SCIC Les Paniers du Bourg a été accompagnée par France Active, qui lui a accordé une "
                             "garantie de 30 000 €.", **LAVAL)
    assert ("Les Paniers du Bourg", "soutenu") not in found
    assert ("France Active", "soutenu") not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville apporte 30 000 € à la Fédération des entreprises d'insertion.",
     [("Fédération des entreprises d'insertion", "soutenu")]),
    ("La Ville apporte 50 000 € au Groupement régional des acteurs de l'insertion par l'activité économique "
     "(GRAIE).", [("Groupement régional des acteurs de l'insertion par l'activité économique", "soutenu")]),
    ("La Ville a attribué 120 000 € à l'Atelier Soudé, plateforme de réparation de vélos.",
     [("Atelier Soudé", "soutenu")]),
    ("La Ville soutient l'association Partage et Insertion, qui gère une épicerie sociale, ainsi que l'AFEJI "
     "Hauts-de-France.", [("AFEJI Hauts-de-France", "soutenu"), ("Partage et Insertion", "soutenu")]),
])
def test_bodies_the_member_gives_to_are_found_and_supported(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


def test_a_legal_form_is_no_network_s_name():
    found = roles_in_a_fiche("La Ville finance le Groupement d'Intérêt Économique (GIE) Les Cuisines Solidaires.",
                             **LAVAL)
    assert found == [("Les Cuisines Solidaires", "soutenu")]


def test_a_fronted_participle_of_the_member_s_support_is_the_subject_s():
    found = roles_in_a_fiche("Soutenue par la Ville comme par le Département, l'association Val de Mayenne Insertion "
                             "gère quatre chantiers.", **LAVAL)
    assert ("Val de Mayenne Insertion", "soutenu") in found


def test_who_asked_the_member_is_a_partner_no_carrier():
    found = roles_in_a_fiche("Sollicitée par le PLIE de Laval, la Ville a ouvert ses chantiers à l'association "
                             "Compagnons Bâtisseurs Pays de la Loire.", **LAVAL)
    assert ("PLIE de Laval", "partenaire") in found


def test_a_list_of_complements_beside_a_known_name_names_each():
    found = roles_in_a_fiche("La Ville héberge les permanences d'Emmaüs Connect, de l'UFC-Que Choisir de Laval et de "
                             "Crésus Mayenne.", **LAVAL)
    assert [name for name, _ in found] == ["Crésus Mayenne", "Emmaüs Connect", "UFC-Que Choisir de Laval"]


# --- chapters after a dash, a regional network, a denied clause ----------------------------------------

SEINE_SAINT_DENIS = {"member": "Département de la Seine-Saint-Denis", "kind": "Département",
                     "address": "Hôtel du Département\n93006 Bobigny"}
CENTRE = {"member": "Région Centre-Val de Loire", "kind": "Région",
          "address": "9 rue Saint-Pierre Lentin\n45041 Orléans"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département finance les Restos du cœur, le Secours populaire français – Fédération de Seine-Saint-Denis et "
     "la Croix-Rouge française.", [("Croix-Rouge française", "soutenu"), ("Les Restos du Cœur", "soutenu"),
                                   ("Secours populaire français – Fédération de Seine-Saint-Denis", "soutenu")]),
    ("Subvention de 18 000 € au Secours populaire français – comité de Bobigny.",
     [("Secours populaire français – comité de Bobigny", "soutenu")]),
])
def test_a_chapter_after_a_dash_is_that_chapter(sentence, expected):
    assert roles_in_a_fiche(sentence, **SEINE_SAINT_DENIS) == expected


def test_a_curated_network_then_a_region_is_its_regional_one():
    assert roles_in_a_fiche("La Région soutient le réseau des ressourceries et recycleries du Centre-Val de Loire.",
                            **CENTRE) == [("Réseau des ressourceries et recycleries du Centre-Val de Loire", "soutenu")]


def test_a_body_whose_clause_denies_the_member_s_part_has_no_role():
    found = roles_in_a_fiche("La ressourcerie La Collecterie, à Montreuil, soutenue par la Ville de Montreuil, ne fait "
                             "pas partie des structures conventionnées par le Département ; celui-ci finance en "
                             "revanche la Recyclerie sportive de Pantin.", **SEINE_SAINT_DENIS)
    assert ("Recyclerie sportive de Pantin", "soutenu") in found
    assert not any(name == "La Collecterie" for name, _ in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cette structure est portée par l'association Femmes Solidaires pour l'Emploi et travaille avec des couturiers.",
     [("Femmes Solidaires pour l'Emploi", "porteur")]),
    ("Les facilitateurs de l'association Ensemble pour l'emploi et l'insertion en Seine-Saint-Denis ont accompagné "
     "2 400 personnes.", [("Ensemble pour l'emploi et l'insertion en Seine-Saint-Denis", "porteur")]),
    ("Le Département soutient les associations Lire et faire lire, Les Petits Débrouillards Île-de-France et Cultures "
     "du Cœur 93 : 240 bénévoles interviennent.",
     [("Cultures du Cœur 93", "soutenu"), ("Les Petits Débrouillards Île-de-France", "soutenu"),
      ("Lire et faire lire", "soutenu")]),
    ("Le Département soutient l'ADABio (Association pour le développement de l'agriculture biologique).",
     [("Association pour le développement de l'agriculture biologique", "soutenu")]),
])
def test_names_read_whole_in_the_fiches_of_a_departement(sentence, expected):
    assert roles_in_a_fiche(sentence, **SEINE_SAINT_DENIS) == expected


def test_a_valley_in_a_chapter_s_name_is_no_commune():
    fiche = ("Communauté de communes du Clunisois\n\nExemples d’actions soutenues par la collectivité :\n\n"
             "• La Communauté de communes achète des légumes au Jardin de Cocagne du Val de Grosne.\n\n"
             "Type de collectivité\nCommunauté de communes\nAdresse\n5 place du Marché\n71250 Cluny\n")
    (read,) = read_fiches(fiche, "test.txt")
    (mention,) = read.actions[0].mentions
    assert mention.name == "Jardin de Cocagne du Val de Grosne" and mention.place is None


def test_the_member_of_a_fiche_with_no_title_is_not_its_own_partner():
    fiche = ("Programme d'intervention dans le champ de l'ESS\nLa Communauté de communes du Clunisois (42 communes) "
             "inscrit l'ESS dans son projet de territoire.\nExemples d'actions soutenues par la collectivité\n"
             "- La Communauté de communes soutient l'association Alpha Beta.\nType de collectivité\n"
             "Communauté de communes\nAdresse\n5 place du Marché\n71250 Cluny\n")
    (read,) = read_fiches(fiche, "test.txt")
    assert not any("Clunisois" in m.name for m in read.mentions)
    assert [(m.name, m.role) for m in read.actions[0].mentions] == [("Alpha Beta", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville et la CAF cofinancent la laverie solidaire « Lav'Services », gérée par la Croix-Rouge française.",
     [("CAF", "partenaire"), ("Croix-Rouge française", "porteur"), ("Lav'Services", "soutenu")]),
    ("La Ville soutient le garage solidaire « Roule ma Poule ».", [("Roule ma Poule", "soutenu")]),
    ("La Ville soutient la plateforme « Entreprendre Autrement en Mayenne ».", []),
])
def test_a_name_in_quotes_after_a_shop_s_head_is_a_body_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


def test_a_chapter_s_area_then_what_the_member_does_ends_a_sentence_case_name():
    found = roles_in_a_fiche("Le Département a accordé 25 000 € à l'association Accueil paysan Gers pour "
                             "l'agritourisme.", **GERS)
    assert found == [("Accueil paysan Gers", "soutenu")]
