"""Wrong facts of the fifty-seventh round: names written in sentence case were cut at their first
lower-case word ("l'association Lire et faire lire" was "Lire", "Culture et liberté" was "Culture",
"Un toit pour tous" named no body), and a curated name written in lower case past the kind's find
("l'association Les Amis de la terre") lost the member's support. Each text is written for these
tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions, roles_in_a_fiche

LAVAL = {"member": "Ville de Laval", "kind": "Commune", "address": "Place du 11 novembre\n53000 Laval"}
LYON = {"member": "Métropole de Lyon", "kind": "Métropole", "address": "20 rue du Lac\n69003 Lyon"}


# --- names in sentence case ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Métropole finance l'association Lire et faire lire, qui mobilise 300 bénévoles retraités.",
     [("Lire et faire lire", "soutenu")]),
    ("Soutien à l'association Aide et partage, épicerie solidaire de 500 bénéficiaires.",
     [("Aide et partage", "soutenu")]),
    ("La Métropole accompagne l'association Vivre et travailler autrement.",
     [("Vivre et travailler autrement", "soutenu")]),
    ("Soutien à l'association Culture et liberté, mouvement d'éducation populaire.",
     [("Culture et liberté", "soutenu")]),
    ("La Métropole subventionne l'association Partage pour tous à hauteur de 8 000 €.",
     [("Partage pour tous", "soutenu")]),
    ("La Métropole soutient l'association Un toit pour tous, qui héberge 40 familles.",
     [("Un toit pour tous", "soutenu")]),
    ("Soutien à l'association Jardins en partage et à la régie de quartier Robins des Villes.",
     [("Jardins en partage", "soutenu"), ("Robins des Villes", "soutenu")]),
    ("La Métropole soutient l'association Culture et liberté (20 000 €).", [("Culture et liberté", "soutenu")]),
    ("La Métropole soutient l'association La main verte, qui gère un jardin.", [("La main verte", "soutenu")]),
    ("La Métropole soutient l'association Pain contre la faim.", [("Pain contre la faim", "soutenu")]),
])
def test_a_name_in_sentence_case_is_whole(sentence, expected):
    assert roles_in_a_fiche(sentence, **LYON) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Entraide et amitié gère une friperie solidaire.", [("Entraide et amitié", "porteur")]),
    ("L'association Un toit pour tous héberge 40 familles.", [("Un toit pour tous", "porteur")]),
    ("Le jardin partagé du quartier Saint-Nicolas est animé par l'association Jardins en partage.",
     [("Jardins en partage", "porteur")]),
    ("La friperie est gérée par l'association Entraide et amitié, avec 12 bénévoles.",
     [("Entraide et amitié", "porteur")]),
    ("Partenariat avec l'association Lire et faire lire pour les écoles.", [("Lire et faire lire", "partenaire")]),
    ("La Ville a créé avec l'association Vélo pour tous une vélo-école qui forme 80 adultes par an.",
     [("Vélo pour tous", "partenaire")]),
    ("L'association Vélo pour tous répare et revend 400 vélos par an.", [("Vélo pour tous", "porteur")]),
    ("La Ville soutient l'association Le Relais pour l'emploi, qui accompagne 80 personnes.",
     [("Le Relais pour l'emploi", "soutenu")]),
    ("La Ville soutient l'association Tremplin pour l'emploi.", [("Tremplin pour l'emploi", "soutenu")]),
    ("L'association Ensemble pour l'emploi accompagne 200 demandeurs d'emploi.",
     [("Ensemble pour l'emploi", "porteur")]),
    # what the member helps it for: no cause of a name
    ("La Ville soutient l'association Alpha pour l'emploi de deux salariés.", [("Alpha", "soutenu")]),
    ("La Ville soutient l'association Alpha pour l'acquisition de vélos.", [("Alpha", "soutenu")]),
    ("La Ville a signé une convention avec l'association Vivre et travailler autrement en 2022.",
     [("Vivre et travailler autrement", "partenaire")]),
])
def test_a_name_in_sentence_case_ends_at_its_verb_or_at_what_the_member_does(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("sentence", [
    "La Ville soutient l'association Alpha pour son projet.",
    "Soutien à l'association Alpha et accompagnement des porteurs.",
    "La Ville soutient l'association Alpha en fonctionnement.",
    "La Ville finance l'association Alpha pour partie.",
    "La Ville soutient l'association Alpha en 2021.",
    "La Ville soutient l'association Alpha pour tous les habitants.",
    "La Ville soutient l'association Alpha et autres partenaires.",
    "La Ville soutient l'association Alpha en complément de l'État.",
    "La Ville soutient l'association Alpha sans contrepartie.",
    "Soutien à l'association Alpha en solidaire.",
    "La Ville fournit l'association Alpha en matériel.",
    "La Ville soutient l'association Alpha sans condition.",
    "La Ville soutient l'association Alpha pour démarrer.",
    "La Ville soutient l'association Alpha et bénévoles.",
    "La Ville soutient l'association Alpha pour trois ans.",
    "La Ville finance l'association Alpha pour insertion professionnelle.",
    "La Ville soutient l'association Alpha en centre-ville.",
])
def test_what_the_member_does_with_a_body_is_no_word_of_its_name(sentence):
    assert roles_in_a_fiche(sentence, **LAVAL) == [("Alpha", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a créé l'association Alpha et soutient depuis 2015 la SCOP Beta.",
     [("Alpha", "cree"), ("Beta", "soutenu")]),
    ("La Ville soutient l'association Alpha et accueille en 2022 la SCOP Beta.",
     [("Alpha", "soutenu"), ("Beta", "soutenu")]),
    ("L'association Alpha et ses bénévoles gèrent la friperie.", [("Alpha", "porteur")]),
    ("Le Département approvisionne l'association Les Amis du Bourg en denrées.",
     [("Département de la Mayenne", "partenaire"), ("Les Amis du Bourg", "partenaire")]),
])
def test_a_verb_or_a_supply_after_a_name_is_no_word_of_it(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a curated name past the kind's find -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Les Amis de la terre, qui anime un repair café.",
     [("Les Amis de la Terre", "soutenu")]),
    ("La Ville soutient l'association Secours populaire français.", [("Secours populaire français", "soutenu")]),
])
def test_a_curated_name_past_the_kind_s_find_keeps_the_member_s_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Culture et liberté a ouvert un tiers-lieu avec le soutien de la Ville.",
     [("Culture et liberté", "porteur"), ("Culture et liberté", "soutenu")]),
    ("L'association Culture et liberté est soutenue par la Ville.", [("Culture et liberté", "soutenu")]),
    ("L'association Vivre et travailler autrement, créée en 2010, emploie 12 salariés.",
     [("Vivre et travailler autrement", "porteur")]),
    ("L'association Lire et faire lire intervient dans 8 écoles.", [("Lire et faire lire", "porteur")]),
])
def test_a_subject_in_sentence_case_ends_at_its_auxiliary_or_incise(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Associations soutenues : Culture et liberté, Aide et partage, Lire et faire lire.",
     [("Aide et partage", "soutenu"), ("Culture et liberté", "soutenu"), ("Lire et faire lire", "soutenu")]),
    ("Les associations soutenues : Culture et liberté, Aide et partage et Un toit pour tous.",
     [("Aide et partage", "soutenu"), ("Culture et liberté", "soutenu"), ("Un toit pour tous", "soutenu")]),
    ("La Ville soutient trois associations : Alpha, Beta et Gamma.",
     [("Alpha", "soutenu"), ("Beta", "soutenu"), ("Gamma", "soutenu")]),
])
def test_items_in_sentence_case_of_a_list_of_names(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Familles rurales pour son accueil de loisirs.",
     [("Familles rurales", "soutenu")]),
    ("Soutien à l'association Trait d'union pour la création d'un garage solidaire.", [("Trait d'union", "soutenu")]),
    ("La Ville soutient l'association Atelier vert pour son projet.", [("Atelier vert", "soutenu")]),
    ("La Ville soutient l'association Solidarités nouvelles pour le logement.",
     [("Solidarités nouvelles pour le logement", "soutenu")]),
    ("La Ville soutient l'association Atelier vert pour la rénovation.", [("Atelier vert", "soutenu")]),
    ("La Ville adhère à l'association Villages vivants, foncière solidaire.", [("Villages vivants", "partenaire")]),
    # an adverb, a participle with its complement: no word of the name
    ("La Ville soutient l'association Alpha financièrement pour son projet.", [("Alpha", "soutenu")]),
    ("La Ville soutient l'association Alpha œuvrant pour l'insertion.", [("Alpha", "soutenu")]),
])
def test_a_name_s_lower_case_word_before_what_the_member_helps_it_for(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à l'association Lire et faire lire Jura (5 000 €/an) et à la Mission locale du Jura.",
     [("Lire et faire lire Jura", "soutenu"), ("Mission locale du Jura", "soutenu")]),
    ("La Ville soutient l'association Culture et liberté Bretagne, qui anime des ateliers.",
     [("Culture et liberté Bretagne", "soutenu")]),
    ("La SCIC Bois et énergie du Perche approvisionne 12 chaufferies.", [("Bois et énergie du Perche", "porteur")]),
    ("La Ville soutient l'association Culture et liberté Laval, qui anime des ateliers.",
     [("Culture et liberté Laval", "soutenu")]),
    ("La Ville soutient le collectif Zéro déchet Laval.", [("Zéro déchet Laval", "soutenu")]),
    ("La Ville soutient l'association Lire et faire lire du Pays de Retz, qui intervient dans 10 écoles.",
     [("Lire et faire lire du Pays de Retz", "soutenu")]),
])
def test_a_name_in_sentence_case_ends_with_its_chapter_s_area(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Agir ensemble contre le chômage accompagne 150 personnes.",
     [("Agir ensemble contre le chômage", "porteur")]),
    ("La Ville soutient l'association Femmes solidaires et l'association Vivre ensemble.",
     [("Femmes solidaires", "soutenu"), ("Vivre ensemble", "soutenu")]),
    ("L'association Vivre ensemble anime des ateliers.", [("Vivre ensemble", "porteur")]),
    ("L'association Partageons les jardins cultive 3 parcelles.", [("Partageons les jardins", "porteur")]),
])
def test_a_name_opened_by_a_verb_ends_before_the_verb_of_its_clause(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à l'association Petits déjeuners solidaires : 5 000 €.", [("Petits déjeuners solidaires", "soutenu")]),
    ("La Ville soutient la SCOP Menuiserie bois bocage.", [("Menuiserie bois bocage", "soutenu")]),
    # a participle, a time, a determiner: the sentence's, not the name's
    ("La Ville finance l'association Alpha créée en 2019.", [("Alpha", "soutenu")]),
    ("La Ville soutient l'association Alpha hier soir.", [("Alpha", "soutenu")]),
    ("La Ville soutient l'association Alpha chaque année.", [("Alpha", "soutenu")]),
])
def test_an_object_s_lower_case_nouns_up_to_a_stop_are_its_name_s(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville est sociétaire de la SCIC Ferme urbaine du Moulin (20 000 € de parts sociales).",
     [("Ferme urbaine du Moulin", "actionnaire")]),
    ("La Ville soutient la recyclerie Recyclerie créative du Pays de Retz.",
     [("Recyclerie créative du Pays de Retz", "soutenu")]),
    ("La Ville soutient l'épicerie Épicerie solidaire de Belleville, qui accueille 200 familles.",
     [("Épicerie solidaire de Belleville", "soutenu")]),
    # a participle that agrees, then another body: no name's
    ("La SCOP Alpha accompagnée de la Région emploie 5 salariés.",
     [("Alpha", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_a_name_s_adjective_then_its_place(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- whose support: a participle apposed to the last name; a body gone ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Delta a transmis son activité à la SCIC Epsilon, soutenue par la Ville.",
     [("Delta", "porteur"), ("Epsilon", "soutenu")]),
    ("L'association Alpha, soutenue par la Ville, anime un jardin.", [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("Les associations Vélo Cité et Roule Ma Poule, soutenues par la Ville, animent les ateliers.",
     [("Roule Ma Poule", "porteur"), ("Roule Ma Poule", "soutenu"), ("Vélo Cité", "porteur"),
      ("Vélo Cité", "soutenu")]),
])
def test_a_participle_of_support_is_of_the_name_it_follows(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Delta, dissoute en 2021, a transmis son activité à la SCIC Epsilon, que la Ville soutient.",
     [("Epsilon", "soutenu")]),
    ("La SCOP Alpha, liquidée en 2023, employait 12 salariés.", []),
])
def test_a_body_gone_has_no_role(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


# --- a network's regional one -----------------------------------------------------------------------------

NORMANDIE = {"member": "Région Normandie", "kind": "Région", "address": "Abbaye aux Dames\n14035 Caen"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Région a co-construit avec le Mouvement associatif régional un fonds de 2 M€.",
     [("Le Mouvement associatif Normandie", "partenaire")]),
    ("La Région soutient France Active régionale.", [("France Active Normandie", "soutenu")]),
])
def test_a_network_said_regional_is_the_member_s_region_s_chapter(sentence, expected):
    assert roles_in_a_fiche(sentence, **NORMANDIE) == expected


def test_a_network_said_regional_in_a_commune_s_fiche_is_its_region_s():
    assert roles_in_a_fiche("La Ville soutient le Mouvement associatif régional.", **LAVAL) == [
        ("Le Mouvement associatif Pays de la Loire", "soutenu")]


# --- a label's value ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Création d'une ressourcerie (porteur : association Trait d'union ; partenaires : Emmaüs Laval, la CAF).",
     [("CAF", "partenaire"), ("Emmaüs Laval", "partenaire"), ("Trait d'union", "porteur")]),
    ("Porteur : association Culture et liberté, avec 12 bénévoles.", [("Culture et liberté", "porteur")]),
    ("Création d'une recyclerie : l'association Alpha a ouvert un local.", [("Alpha", "porteur")]),
    ("Création d'une recyclerie : l'association Culture et liberté a ouvert un local.",
     [("Culture et liberté", "porteur")]),
    # the kind created, then a name of that kind: the body created
    ("Création d'une SCIC : la SCIC Alpha réunit 40 sociétaires.", [("Alpha", "cree")]),
])
def test_a_name_after_a_label_s_colon(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Pas à pas, qui accompagne des personnes handicapées.",
     [("Pas à pas", "soutenu")]),
    ("La Ville soutient l'association Main dans la main.", [("Main dans la main", "soutenu")]),
    ("La Ville soutient l'association Au fil de l'eau.", [("Au fil de l'eau", "soutenu")]),
    ("La Ville soutient l'association À vos côtés, qui propose du répit aux aidants.", [("À vos côtés", "soutenu")]),
    ("La Ville soutient l'association De fil en aiguille, atelier de couture solidaire.",
     [("De fil en aiguille", "soutenu")]),
])
def test_a_name_that_an_idiom_makes(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association intermédiaire Trait d'union emploi met à disposition 120 salariés.",
     [("Trait d'union emploi", "porteur")]),
    ("La SCOP Menuiserie du bocage normand emploie 10 salariés.", [("Menuiserie du bocage normand", "porteur")]),
])
def test_a_name_s_complement_and_one_more_noun_before_the_verb(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Partenaires : association Culture et liberté, SCOP Bois et compagnie, CCAS.",
     [("Bois et compagnie", "partenaire"), ("CCAS", "partenaire"), ("Culture et liberté", "partenaire")]),
    ("La Ville soutient l'association Culture et liberté ainsi que la SCOP Bois et compagnie.",
     [("Bois et compagnie", "soutenu"), ("Culture et liberté", "soutenu")]),
])
def test_items_after_a_name_in_sentence_case(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


def test_a_ccas_after_a_name_in_sentence_case_is_the_member_s():
    (found,) = mentions("Partenaires : association Culture et liberté, SCOP Bois et compagnie, CCAS.", **LAVAL)
    assert ("CCAS", "ccas-ville-de-laval", "partenaire") in found


BRETAGNE = {"member": "Région Bretagne", "kind": "Région", "address": "283 avenue du Général Patton\n35711 Rennes"}


def test_a_network_named_by_its_members_after_a_kind_word_is_the_verb_s_object():
    assert roles_in_a_fiche("La Région soutient l'association Réseau des entrepreneurs solidaires, qui fédère 60 "
                            "entreprises.", **BRETAGNE) == [("Réseau des entrepreneurs solidaires", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a confié à l'association Ensemble pour l'emploi la gestion de la conciergerie.",
     [("Ensemble pour l'emploi", "porteur")]),
    ("La Ville soutient l'association L'Outil en main, qui transmet les savoir-faire aux enfants.",
     [("L'Outil en main", "soutenu")]),
    ("La Ville soutient l'association Coup de pouce emploi, qui accompagne 50 jeunes.",
     [("Coup de pouce emploi", "soutenu")]),
    # "pour tous les…": a determiner, no end of a name
    ("La Ville soutient l'association Alpha pour tous les habitants.", [("Alpha", "soutenu")]),
])
def test_a_name_ends_on_no_article_and_before_the_verb_s_object(sentence, expected):
    assert roles_in_a_fiche(sentence, **LAVAL) == expected


@pytest.mark.parametrize("phrase", [
    "pour la troisième année", "pour l'essentiel", "en centre-ville", "sur le quartier", "dans le quartier",
    "contre toute attente", "pour tous les publics",
])
def test_a_subject_s_phrase_before_its_verb_is_no_word_of_its_name(phrase):
    assert roles_in_a_fiche(f"L'association Alpha {phrase} anime des ateliers.", **LAVAL) == [("Alpha", "porteur")]


def test_one_noun_after_contre_la_ends_a_name():
    assert roles_in_a_fiche("La Ville soutient l'association Alpha contre le gaspillage alimentaire.", **LAVAL) == [
        ("Alpha", "soutenu")]
