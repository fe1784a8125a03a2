"""Wrong and lost facts of the forty-eighth round: "l'Association Girondine pour l'Insertion par
l'Économique (AGIE)" cut at its "par"; "le Réseau des ressourceries normandes" published as the national
network; "le Groupement d'Intérêt Économique (GIE) Les Cuisines Solidaires" lost; "L'AFIP Occitanie et
l'Adie animent…" the first of two subjects lost; "ont ouvert une épicerie sociale, l'Épi Creusois" no
creation; "Soutien à l'ARDES Normandie" lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Namespace, URIRef

from extraction_helpers import bodies, converted, roles_in_a_fiche
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.document import parse_text

GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles de Gaulle\n33000 Bordeaux"}
NORMANDIE = {"member": "Région Normandie", "kind": "Région", "address": "Abbaye aux Dames\n14000 Caen"}
GERS = {"member": "Département du Gers", "kind": "Département", "address": "81 route de Pessan\n32000 Auch"}
GUERET = {"member": "Communauté d'agglomération du Grand Guéret", "kind": "Communauté d'agglomération",
          "address": "9 avenue Charles de Gaulle\n23000 Guéret"}
RTES = Namespace("https://w3id.org/rtes/ontology#")
LILLE = {"member": "Métropole Européenne de Lille", "kind": "Métropole",
         "address": "2 boulevard des Cités Unies\n59000 Lille"}


# --- where a name ends ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("Soutien à l’Association Girondine pour l'Insertion par l'Économique (AGIE), qui gère 4 chantiers "
     "d'insertion.", "Association Girondine pour l'Insertion par l'Économique"),
    ("Le Département soutient l'association Ensemble pour l'Insertion par l'Activité Économique.",
     "Ensemble pour l'Insertion par l'Activité Économique"),
])
def test_a_name_goes_on_through_the_means_of_its_aim(sentence, name):
    assert [found[0] for found in bodies(sentence, **GIRONDE)] == [name]


@pytest.mark.parametrize("sentence", [
    # guards: "par" before a body is its agent, not a word of the name
    "Soutien à l'association Les Amis du Jardin, accompagnée par la Région.",
    "La recyclerie est portée par l'association Les Amis du Jardin par l'intermédiaire de son président.",
])
def test_par_before_a_body_or_a_common_noun_ends_the_name(sentence):
    assert "Les Amis du Jardin" in [found[0] for found in bodies(sentence, **GIRONDE)]


# --- a network's regional one ---------------------------------------------------------------------

def test_a_network_named_with_a_regional_adjective_is_the_regions():
    found = bodies("La plateforme Réemploi Normand est portée par le Réseau des ressourceries normandes.",
                   **NORMANDIE)
    assert ("Réseau des ressourceries normandes", "reseau", None, "porteur") in found
    assert "Réseau national des ressourceries et recycleries" not in [name for name, *_ in found]


def test_a_network_described_with_a_regional_adjective_is_not_the_nations():
    # in lower case, a description (as "le réseau des ressourceries parisiennes" of round 45): no body
    found = bodies("La plateforme est portée par le réseau des ressourceries normandes.", **NORMANDIE)
    assert found == []


@pytest.mark.parametrize(("sentence", "name"), [
    # guards: the national network by its own name, a verb after it, and plural heads (many bodies,
    # none of them the one a regional adjective would name)
    ("Partenariat avec le Réseau des ressourceries.", "Réseau national des ressourceries et recycleries"),
    ("Le Réseau des ressourceries accompagne la recyclerie.", "Réseau national des ressourceries et recycleries"),
])
def test_the_national_network_stays_without_a_regional_adjective(sentence, name):
    assert name in [found[0] for found in bodies(sentence, **NORMANDIE)]


# --- kinds of bodies ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La MEL finance le Groupement d’Intérêt Économique (GIE) Les Cuisines Solidaires, qui réunit trois "
    "entreprises d’insertion.",
    "La MEL finance le GIE Les Cuisines Solidaires.",
])
def test_an_economic_interest_group_announces_its_name(sentence):
    assert bodies(sentence, **LILLE) == [("Les Cuisines Solidaires", "entreprise", None, "soutenu")]


# --- subjects and what they do --------------------------------------------------------------------

def test_two_subjects_of_one_plural_verb_both_carry():
    assert roles_in_a_fiche("L'AFIP Occitanie et l'Adie animent avec le Département le dispositif "
                            "« Gers Entreprendre Solidaire ».", **GERS) == [
        ("AFIP Occitanie", "porteur"), ("Adie", "porteur")]


@pytest.mark.parametrize("sentence", [
    # guards: a singular verb after the second name is not theirs together, nor is a verbless phrase
    "L'AFIP Occitanie et la Ville anime un jardin.",
    "L'AFIP Occitanie et le Département, partenaires du projet.",
])
def test_a_second_subject_needs_a_plural_verb(sentence):
    assert "AFIP Occitanie" not in [name for name, _ in roles_in_a_fiche(sentence, **GERS)]


def test_a_body_the_member_opened_it_made():
    assert roles_in_a_fiche("L'Agglomération et le CIAS ont ouvert une épicerie sociale, l'Épi Creusois, gérée "
                            "par le Secours populaire de la Creuse.", **GUERET) == [
        ("CIAS", "partenaire"), ("Secours populaire de la Creuse", "porteur"), ("Épi Creusois", "cree")]


def test_a_body_another_opened_is_not_the_members_creation():
    found = roles_in_a_fiche("L'association Les Amis du Jardin a ouvert une boutique solidaire, la Boutique "
                             "du Coin, avec le soutien de l'Agglomération.", **GUERET)
    assert ("Boutique du Coin", "cree") not in found and ("Les Amis du Jardin", "cree") not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à l'ARDES Normandie pour l'accompagnement des porteurs de projets.",
     [("ARDES Normandie", "soutenu")]),
    ("La Région soutient l'ADESS Pays de Caux et l'URIOPSS Normandie.",
     [("ADESS Pays de Caux", "soutenu"), ("URIOPSS Normandie", "soutenu")]),
])
def test_an_acronym_and_its_territory_after_support_is_a_body(sentence, expected):
    assert roles_in_a_fiche(sentence, **NORMANDIE) == expected


@pytest.mark.parametrize("sentence", [
    # guards: an acronym alone, a territory's contract, a plan: no body
    "La Région soutient l'AFIP.",
    "Subvention au CRTE Pays de Caux.",
    "La Région finance le SCOT Pays de Caux.",
])
def test_an_acronym_without_a_territory_or_a_contract_is_no_body(sentence):
    assert roles_in_a_fiche(sentence, **NORMANDIE) == []


# --- round 48, second part ------------------------------------------------------------------------

NORD = {"member": "Département du Nord", "kind": "Département", "address": "51 rue Gustave Delory\n59000 Lille"}
RENNES = {"member": "Ville de Rennes", "address": "Place de la Mairie\n35000 Rennes"}
LA_ROCHELLE = {"member": "Communauté d'agglomération de La Rochelle", "kind": "Communauté d'agglomération",
               "address": "6 rue Saint-Michel\n17000 La Rochelle"}
PANTIN = {"member": "Ville de Pantin", "address": "45 avenue du Général Leclerc\n93500 Pantin"}
STRASBOURG = {"member": "Ville de Strasbourg", "address": "1 parc de l'Étoile\n67000 Strasbourg"}


def test_the_territory_after_an_acronym_in_parentheses_is_the_name_s():
    # "Métropole Lilloise" after "(FACE)" is the club's territory, no collectivité partner
    assert roles_in_a_fiche("Le Département est partenaire de la Fondation Agir Contre l'Exclusion (FACE) "
                            "Métropole Lilloise pour le parrainage de 300 allocataires du RSA.", **NORD) == [
        ("Fondation Agir Contre l'Exclusion", "partenaire")]


def test_a_collectivite_with_its_own_acronym_is_still_one():
    assert roles_in_a_fiche("Partenariat avec la Métropole Européenne de Lille (MEL) pour les clauses.", **NORD) == [
        ("Métropole Européenne de Lille", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les Compagnons Bâtisseurs Bretagne ont rénové 40 logements en 2022.",
     [("Les Compagnons Bâtisseurs Bretagne", "porteur")]),
    ("Les Fabriques du Ponant ont également ouvert un fablab.", [("Les Fabriques du Ponant", "porteur")]),
    # guards: an event's name, and a passive, say no body at work
    ("Les Rencontres de l'ESS ont réuni 300 personnes.", []),
    ("Les Jardins du Cœur ont été labellisés.", []),
])
def test_a_plural_name_that_opens_its_sentence_with_a_past_act(sentence, expected):
    assert roles_in_a_fiche(sentence, **RENNES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'Agglomération a mis en place avec Atlantique Ressources un service de collecte des biodéchets.",
     [("Atlantique Ressources", "partenaire")]),
    ("Partenariat avec Atlantique Ressources pour la collecte.", [("Atlantique Ressources", "partenaire")]),
    ("Le festival est organisé en lien avec les Écossolies.", [("Les Écossolies", "partenaire")]),
    # guards: one bare word may be a collectivité's brand; a person is none; a collectivité is its own
    ("En lien avec Agglopolys et la Ville de Rochefort.", [("Ville de Rochefort", "partenaire")]),
    ("Travail avec Marie Durand, directrice.", []),
])
def test_a_bare_name_after_avec(sentence, expected):
    assert roles_in_a_fiche(sentence, **LA_ROCHELLE) == expected


def test_paris_habitat_is_a_public_body():
    assert bodies("En partenariat avec Est Ensemble et Paris Habitat, la Ville a rénové des locaux.", **PANTIN) == [
        ("Est Ensemble", "collectivite", "etablissement-public-territorial", "partenaire"),
        ("Paris Habitat", "organisme-public", None, "partenaire")]


def test_an_atelier_d_insertion_is_a_kind_of_aci():
    assert bodies("Appui à la création de Vélo Emploi, atelier d'insertion de réparation de vélos porté par le "
                  "Réseau Alsace Vélo Insertion.", **STRASBOURG) == [
        ("Réseau Alsace Vélo Insertion", "reseau", None, "porteur"),
        ("Vélo Emploi", "structure-ess", "chantier-insertion", "cree")]


ARMOR = {"member": "Département des Côtes-d'Armor", "kind": "Département",
         "address": "9 place du Général de Gaulle\n22000 Saint-Brieuc"}
GRAND_PARIS_SUD = {"member": "Communauté d'agglomération Grand Paris Sud Seine-Essonne",
                   "kind": "Communauté d'agglomération",
                   "address": "500 place des Champs-Élysées\n91080 Évry-Courcouronnes"}
PAYS_BASQUE = {"member": "Communauté d'agglomération du Pays Basque", "kind": "Communauté d'agglomération",
               "address": "15 avenue du Maréchal Foch\n64100 Bayonne"}


def test_a_body_the_member_launched_it_made():
    assert roles_in_a_fiche("Grand Paris Sud a lancé en 2020 l'incubateur ESS « Sud Incub », animé par "
                            "l'association Les Déterminés.", **GRAND_PARIS_SUD) == [
        ("Les Déterminés", "porteur"), ("Sud Incub", "cree")]


def test_a_participle_of_launching_creates_nothing():
    # "Lancé …, ce service …": the service was launched; the recyclerie it gave premises to is helped
    found = roles_in_a_fiche("Lancé en 2022 avec la CCI Bayonne Pays Basque, ce service met en relation les "
                             "propriétaires de locaux vacants et les porteurs de projets : 17 locaux attribués, dont "
                             "celui de la recyclerie Berziklatu à Hendaye.", **PAYS_BASQUE)
    assert ("Berziklatu", "cree") not in found and ("Berziklatu", "soutenu") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La régie de territoire Alpha Emploi et l'association Steredenn ont ouvert une épicerie solidaire à Dinan.",
     [("Alpha Emploi", "porteur"), ("Steredenn", "porteur")]),
    ("La régie de territoire Le Pays de Dinan Emploi et l'association Steredenn ont ouvert ensemble une épicerie "
     "solidaire à Dinan, soutenue par le Département à hauteur de 12 000 €.",
     [("Le Pays de Dinan Emploi", "porteur"), ("Le Pays de Dinan Emploi", "soutenu"),
      ("Steredenn", "porteur"), ("Steredenn", "soutenu")]),
])
def test_names_each_of_its_kind_are_one_subject(sentence, expected):
    assert roles_in_a_fiche(sentence, **ARMOR) == expected


HAUTE_GARONNE = {"member": "Département de la Haute-Garonne", "kind": "Département",
                 "address": "1 boulevard de la Marquette\n31090 Toulouse"}
PAS_DE_CALAIS = {"member": "Département du Pas-de-Calais", "kind": "Département",
                 "address": "Rue Ferdinand Buisson\n62000 Arras"}


def test_a_list_after_dont_may_open_with_an_article():
    assert bodies("Le Département soutient les épiceries sociales et solidaires du territoire, dont l'Épicerie du "
                  "Cœur à Muret et Solid'Épi à Colomiers, à hauteur de 250 000 € par an.", **HAUTE_GARONNE) == [
        ("Solid'Épi", "structure-ess", "epicerie-solidaire", "soutenu"),
        ("Épicerie du Cœur", "structure-ess", "epicerie-solidaire", "soutenu")]


def test_an_item_of_its_own_kind_keeps_it():
    # guard: "dont l'ESAT de Bapaume" after "des ESAT et entreprises adaptées" is an ESAT
    found = bodies("Le Département achète chaque année pour 270 000 euros de prestations à des ESAT et entreprises "
                   "adaptées du territoire, dont l’ESAT de Bapaume.", **PAS_DE_CALAIS)
    assert [(name, kind) for name, _, kind, _ in found] == [("ESAT de Bapaume", "esat")]


def test_the_federation_of_the_actors_of_solidarity_and_its_regional_ones():
    assert bodies("Le Département a signé une convention avec Emmaüs France et la Fédération des acteurs de la "
                  "solidarité Occitanie pour l'hébergement d'urgence.", **HAUTE_GARONNE) == [
        ("Emmaüs France", "reseau", None, "partenaire"),
        ("Fédération des acteurs de la solidarité Occitanie", "reseau", None, "partenaire")]


# --- a web page's menu without a breadcrumb -------------------------------------------------------

CAPTURE = ("Aller au contenu principal\nRTES\nLe réseau\nNos adhérents\nRessources\nActualités\nContact\n\n"
           "Ville de Test\n\nDernière mise à jour : 14/02/2024\n\nExemples d’actions soutenues par la collectivité :\n"
           "Soutien à l'association Les Amis du Jardin.\n\nType de collectivité\nCommune\n\nContact public\n"
           "Élu référent : Jean Test, adjoint à l'ESS\n\nMentions légales · Plan du site · © RTES 2024\n")


def test_a_menu_above_a_fiche_without_a_breadcrumb_names_nothing():
    """"Nos adhérents" was the member's name, and "Contact" a heading whose contact was the member's
    name: the contacts then opened a second fiche."""
    (fiche,) = parse_text(CAPTURE, "capture.txt")
    assert fiche.name.text == "Ville de Test" and fiche.kind.text == "Commune"
    assert [(c.role, c.person) for c in fiche.contacts] == [("Élu référent", "Jean Test")]
    assert {i.type for i in fiche.issues} <= {"navigation-ignoree"}


@pytest.mark.parametrize("text", [
    # guards: the fiche's own "Contact" heading, at its end or above its contacts, keeps them
    "Ville de Test\nType de collectivité : Commune\nContact\nÉlu référent : Jean Test, adjoint à l'ESS\n",
    "Contact\nÉlu référent : Jean Test, adjoint à l'ESS\nVille de Test\nType de collectivité : Commune\n",
])
def test_a_fiche_s_own_contact_heading_is_no_menu(text):
    contacts = [(c.role, c.person) for f in parse_text(text, "t.txt") for c in f.contacts]
    assert contacts == [("Élu référent", "Jean Test")]


PLAINE_COMMUNE = {"member": "Établissement public territorial Plaine Commune",
                  "kind": "Établissement public territorial", "address": "21 avenue Jules Rimet\n93200 Saint-Denis"}
LANDERNEAU = {"member": "Communauté de communes du Pays de Landerneau-Daoulas", "kind": "Communauté de communes",
              "address": "59 rue de Brest\n29800 Landerneau"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Plaine Commune a créé en 2019 avec 8 villes du territoire la SCIC Plaine Commune Énergie Solidaire.",
     [("Plaine Commune Énergie Solidaire", "cree")]),
    ("Plaine Commune a créé avec des habitants l'association Les Amis du Canal.", [("Les Amis du Canal", "cree")]),
])
def test_companions_counted_but_unnamed_leave_the_verb_its_object(sentence, expected):
    assert roles_in_a_fiche(sentence, **PLAINE_COMMUNE) == expected


def test_a_named_companion_after_counted_ones_is_still_a_partner():
    assert roles_in_a_fiche("La Communauté de communes a fondé en 2018, avec 14 agriculteurs et la commune de "
                            "Daoulas, la SCIC Landerneau Bio, légumerie qui approvisionne 25 cantines.",
                            **LANDERNEAU) == [("Commune de Daoulas", "partenaire"), ("Landerneau Bio", "cree")]


# --- sheets of fields under named themes ----------------------------------------------------------

BRENNE = ("Communauté de communes Cœur de Brenne\n\nExemples d’actions soutenues par la collectivité :\n\n"
          "Thème 1 – Alimentation\nLégumerie de la Brenne\nPorteur : SCIC Brenne Alimentation\n"
          "Partenaires : Département de l'Indre, Chambre d'agriculture de l'Indre\n"
          "Description : la légumerie transforme 80 tonnes de légumes locaux par an.\n\n"
          "Thème 2 – Mobilité\nGarage solidaire de Mézières\nPorteur : association Mob'Brenne\n"
          "Partenaires : Mission locale de l'Indre\nDescription : location de véhicules ; 45 bénéficiaires en 2023.\n\n"
          "Type de collectivité : Communauté de communes\nAdresse : 1 place de la Mairie, 36290 Mézières-en-Brenne\n")


def test_the_next_sheet_takes_its_title_and_its_theme_is_none_of_its_text():
    """The second sheet's theme and title ("Thème 2 – Mobilité", "Garage solidaire de Mézières") were
    the end of the first: the garage a carrier of the légumerie's action."""
    fiche, = parse_text(BRENNE, "t.txt")
    assert [action.text.splitlines()[0] for action in fiche.actions] == [
        "Légumerie de la Brenne", "Garage solidaire de Mézières"]
    assert sorted(i.source.line for i in fiche.issues if i.type == "theme-d-actions") == [5, 11]


def test_a_sheet_s_place_is_no_carrier_beside_its_carrier_s_field():
    (fiche,) = read_fiches(BRENNE, "t.txt")
    assert [sorted((m.name, m.role) for m in action.mentions if m.role == "porteur") for action in fiche.actions] == [
        [("Brenne Alimentation", "porteur")], [("Mob'Brenne", "porteur")]]


SAINT_ETIENNE = {"member": "Ville de Saint-Étienne", "address": "Place de l'Hôtel de Ville\n42000 Saint-Étienne"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Mise à disposition gratuite du gymnase Jean Jaurès à l'association sportive Sport dans la Ville.",
     "Sport dans la Ville"),
    ("Soutien à l'association Sport dans la Ville, qui accompagne 300 jeunes.", "Sport dans la Ville"),
    # guard: a town named after "la Ville" is a body of its own
    ("Soutien à l'association Alpha Beta dans la Ville de Lyon.", "Alpha Beta"),
])
def test_a_name_that_ends_dans_la_ville(sentence, name):
    assert name in [found[0] for found in bodies(sentence, **SAINT_ETIENNE)]


CAP_ATLANTIQUE = ("Communauté d'agglomération Cap Atlantique\n\nExemples d’actions soutenues par la collectivité :\n\n"
                  "- Cap Atlantique est membre du GIP Presqu'île Emploi, avec la Région et Pôle emploi.\n\n"
                  "Type de collectivité : Communauté d'agglomération\n"
                  "Adresse : 3 avenue des Noëlles, 44500 La Baule-Escoublac\n")


def test_an_intercommunalite_known_by_the_name_in_parentheses_of_its_official_one(tmp_path):
    """The member "Communauté d'agglomération Cap Atlantique", whose official name is "CA de la
    Presqu'île de Guérande Atlantique (Cap Atlantique)", had no SIREN, and was its own partner."""
    graph = converted(tmp_path, CAP_ATLANTIQUE)
    member = URIRef("https://w3id.org/rtes/org/communaute-d-agglomeration-cap-atlantique")
    assert str(graph.value(member, RTES.siren)) == "244400610"
    partners = {str(o).rsplit("/", 1)[-1] for o in graph.objects(None, RTES.partenaire)}
    assert partners == {"france-travail", "presqu-ile-emploi", "region-pays-de-la-loire"}


BRUCHE = {"member": "Communauté de communes Vallée de la Bruche", "kind": "Communauté de communes",
          "address": "114 Grand'Rue\n67130 Schirmeck"}
STRASBOURG_CCAS = {"member": "Ville de Strasbourg", "address": "1 parc de l'Étoile\n67000 Strasbourg"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Relais Est et Emmaüs Mundo collectent les textiles sur le territoire : 120 tonnes en 2023.",
     [("Emmaüs Mundo", "porteur"), ("Le Relais Est", "porteur")]),
    ("La Fabrique Nomade accompagne des artisans réfugiés.", [("La Fabrique Nomade", "porteur")]),
    # guards: a collectivité's brand, an area, an event: no body of the ESS
    ("Le Grand Chalon accompagne les associations.", []),
    ("Le Pays de la Bruche compte 300 structures.", []),
    ("Le Mois de l'ESS réunit 200 personnes.", []),
])
def test_a_name_with_its_article_le_or_la_opens_its_sentence(sentence, expected):
    assert [(name, role) for name, role in roles_in_a_fiche(sentence, **BRUCHE)
            if name != "Communauté de communes Vallée de la Bruche"] == expected


def test_a_chapter_opening_its_sentence_keeps_its_name_without_the_article():
    assert roles_in_a_fiche("Le CCAS de Strasbourg et la Banque Alimentaire du Bas-Rhin ont ouvert une épicerie "
                            "sociale au Neuhof.", **STRASBOURG_CCAS) == [
        ("Banque Alimentaire du Bas-Rhin", "porteur"), ("CCAS de Strasbourg", "partenaire")]


MORMAL = {"member": "Communauté de communes du Pays de Mormal", "kind": "Communauté de communes",
          "address": "13 rue de la Gare\n59530 Le Quesnoy"}
THOUARSAIS = {"member": "Communauté de communes du Thouarsais", "kind": "Communauté de communes",
              "address": "4 rue de la Trémoïlle\n79100 Thouars"}


@pytest.mark.parametrize("sentence", [
    "Le chantier d'insertion Forêt de Mormal, porté par l'ONF et l'association Avenir Forêt, entretient 200 "
    "hectares de forêt domaniale.",
    "Le chantier d'insertion Les Jardins du Bocage, géré par l'association Avenir Forêt, entretient 40 hectares.",
])
def test_what_another_body_runs_carries_nothing_though_a_verb_of_work_follows(sentence):
    """As "…, porté par Y, emploie 12 salariés" always read: Y's work, the chantier no carrier beside it."""
    found = roles_in_a_fiche(sentence, **MORMAL)
    assert ("Avenir Forêt", "porteur") in found
    assert not [name for name, role in found if name in ("Forêt de Mormal", "Les Jardins du Bocage")]


def test_a_place_run_by_the_body_of_its_own_name_carries_the_action():
    assert roles_in_a_fiche("Le tiers-lieu Le Cinquième Lieu, géré par la SCIC du même nom, a ouvert ses portes en "
                            "2021 dans l'ancienne gare de Thouars.", **THOUARSAIS) == [("Le Cinquième Lieu", "porteur")]


TOURS = {"member": "Ville de Tours", "address": "1-3 rue des Minimes\n37000 Tours"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # hosted among many: partners, as "accueille … dont X" always read
    ("La Ville a rénové l'ancienne caserne pour y accueillir 12 compagnies artistiques et 3 structures de l'ESS, "
     "dont la SCOP Coopérative Cinéma Studio.", [("Coopérative Cinéma Studio", "partenaire")]),
    # hosted by name: the member's premises, its support
    ("La Ville a acheté un local pour héberger la SCIC Les Tisserands.", [("Les Tisserands", "soutenu")]),
])
def test_the_infinitive_of_hosting_is_read_as_its_other_forms(sentence, expected):
    assert roles_in_a_fiche(sentence, **TOURS) == expected


HAUT_JURA = {"member": "Communauté de communes du Haut-Jura Saint-Claude", "kind": "Communauté de communes",
             "address": "3 rue Bonnevaux\n39200 Saint-Claude"}


@pytest.mark.parametrize("sentence", [
    "Création d'une Coopérative Jeunesse de Services à Saint-Claude avec la Mission locale du Haut-Jura.",
    "Le Département soutient la Coopérative Jeunesse de Services (CJS) de Bègles, portée par la Maison de quartier "
    "du Dorat.",
])
def test_a_youth_service_cooperative_is_a_kind_not_a_name(sentence):
    """"Coopérative Jeunesse de Services" was one body, the same IRI in every fiche that has one."""
    assert "Coopérative Jeunesse de Services" not in [name for name, _ in roles_in_a_fiche(sentence, **HAUT_JURA)]


def test_a_named_youth_service_cooperative_has_its_kind():
    assert bodies("Soutien à la CJS Les Jeunes Pousses, portée par l'association Les Amis du Jura.", **HAUT_JURA) == [
        ("Les Amis du Jura", "structure-ess", "association", "porteur"),
        ("Les Jeunes Pousses", "structure-ess", "cjs", "soutenu")]
