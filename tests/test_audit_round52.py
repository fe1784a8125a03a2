"""Wrong facts of the fifty-second round: "a mobilisé 1,5 M€ du FEDER pour la rénovation du site de
l'association X" X the carrier (no verb of support); "avec le soutien de la Ville et de Grand
Châtellerault" the agglomération lost; "la Ville de Poitiers et de Grand Poitiers" one commune of that
name; "représentée au CA de la SCIC X" a communauté d'agglomération "CA de la SCIC X"; "Participation
de la Ville au conseil d'administration de la SCIC X" X the carrier; "le centre social Bordeaux
Nord", "la maison de l'emploi Grenoble-Alpes" named after their place alone; "l'atelier de réparation
de vélos X", "X, traiteur d'insertion" lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import bodies, roles_in_a_fiche

DUNKERQUE = {"member": "Communauté urbaine de Dunkerque", "kind": "Communauté urbaine",
             "address": "Pertuis de la Marine\n59140 Dunkerque"}
POITIERS = {"member": "Ville de Poitiers", "kind": "Commune", "address": "15 place du Maréchal Leclerc\n86000 Poitiers"}
TOURS = {"member": "Ville de Tours", "kind": "Commune", "address": "1-3 rue des Minimes\n37000 Tours"}
GIRONDE = {"member": "Conseil départemental de la Gironde", "kind": "Département",
           "address": "Esplanade Charles de Gaulle\n33074 Bordeaux Cedex"}
GRENOBLE = {"member": "Ville de Grenoble", "kind": "Commune", "address": "11 boulevard Jean Pain\n38000 Grenoble"}
SAVOIE = {"member": "Communauté de communes Cœur de Savoie", "kind": "Communauté de communes",
          "address": "Place Albert Serraz\n73800 Montmélian"}


# --- money the member puts in, by a verb that gives only with money after it ----------------------

@pytest.mark.parametrize("sentence", [
    "Elle a mobilisé 1,5 M€ du FEDER pour la rénovation du site de l’association Entreprendre Ensemble.",
    "Elle a engagé 200 000 € pour la rénovation du site de l’association Entreprendre Ensemble.",
    "Elle a mobilisé des fonds européens pour l’association Entreprendre Ensemble.",
    "Elle a mobilisé plus de 2 millions d’euros pour l’association Entreprendre Ensemble.",  # the amounts' reader
])
def test_money_the_member_mobilises_for_a_body_is_its_support(sentence):
    assert roles_in_a_fiche(sentence, **DUNKERQUE) == [("Entreprendre Ensemble", "soutenu")]


@pytest.mark.parametrize("sentence, expected", [
    ("Elle mobilise la CRESS et France Active pour accompagner les porteurs de projets.",
     [("CRESS Hauts-de-France", "partenaire"), ("France Active", "partenaire")]),
    ("L’association Entreprendre Ensemble a mobilisé 20 000 € pour son chantier.",
     [("Entreprendre Ensemble", "porteur")]),
])
def test_bodies_mobilised_or_a_body_s_own_money_are_no_support(sentence, expected):
    assert roles_in_a_fiche(sentence, **DUNKERQUE) == expected


# --- the second of two givers, and a commune's name before "et de" ---------------------------------

def test_the_second_giver_after_the_member_is_a_partner():
    found = bodies("Le groupement d’employeurs Solidaire a été créé avec le soutien de la Ville et de Grand "
                   "Châtellerault.", **POITIERS)
    assert ("Grand Châtellerault", "collectivite", "communaute-d-agglomeration", "partenaire") in found


def test_a_commune_s_name_ends_before_et_de_the_next_body():
    found = bodies("Le groupement d’employeurs Solidaire a été créé avec le soutien de la Ville de Poitiers et de "
                   "Grand Poitiers.", **POITIERS)
    assert [name for name, *_ in found if "Poitiers" in name] == ["Grand Poitiers"]  # the member is no partner


@pytest.mark.parametrize("sentence, name", [
    ("Elle travaille avec la Ville de Bourg-et-Comin.", "Ville de Bourg-et-Comin"),
    ("Elle travaille avec la commune de Pont-et-Massène.", "Commune de Pont-et-Massène"),
])
def test_a_commune_whose_name_holds_et_keeps_it(sentence, name):
    assert roles_in_a_fiche(sentence, **TOURS) == [(name, "partenaire")]


# --- a seat on a board ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Participation de la Ville au conseil d’administration de la SCIC Coop’Energie Touraine.",
    "La Ville est représentée au CA de la SCIC Coop’Energie Touraine.",
])
def test_a_seat_on_a_structure_s_board_makes_it_a_partner(sentence):
    assert roles_in_a_fiche(sentence, **TOURS) == [("Coop’Energie Touraine", "partenaire")]


def test_an_agglomeration_by_its_initials_is_still_found():
    assert roles_in_a_fiche("Elle travaille avec la CA de La Rochelle.", **TOURS) == [("CA de La Rochelle",
                                                                                       "partenaire")]


# --- names a place makes with the kind word ---------------------------------------------------------

@pytest.mark.parametrize("sentence, name, kind", [
    ("Il soutient le centre social Bordeaux Nord.", "Centre social Bordeaux Nord", "centre-social"),
    ("Il soutient le centre social Lille Sud.", "Centre social Lille Sud", "centre-social"),
    ("Il soutient la maison de l’emploi Douaisis.", "Maison de l’emploi Douaisis", "maison-emploi"),
    ("Avec la Métropole, il cofinance la Maison de l’emploi et de l’entreprise Grenoble-Alpes.",
     "Maison de l’emploi et de l’entreprise Grenoble-Alpes", "maison-emploi"),
])
def test_a_structure_named_after_its_place_keeps_its_kind_word(sentence, name, kind):
    assert (name, "structure-ess", kind, "soutenu") in bodies(sentence, **GIRONDE)


def test_a_centre_social_with_a_name_of_its_own_is_that_name():
    assert bodies("Il soutient le centre social Espace Razès.", **GIRONDE) == [
        ("Espace Razès", "structure-ess", "centre-social", "soutenu")]


# --- kinds found by more of their words -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Elle soutient l’atelier de réparation de vélos La Clavette.",
    "La communauté de communes a accompagné l’installation de l’atelier de réparation de vélos La Clavette, "
    "portée par des jeunes du territoire.",
])
def test_a_bicycle_repair_workshop_is_an_atelier_velo(sentence):
    assert bodies(sentence, **SAVOIE) == [("La Clavette", "structure-ess", "atelier-velo", "soutenu")]


@pytest.mark.parametrize("sentence, name", [
    ("Achat de repas à la Table de Cana, traiteur d’insertion, pour les cantines scolaires.", "Table de Cana"),
    ("La Ville achète ses buffets au traiteur solidaire Les Cuistots Migrateurs.", "Les Cuistots Migrateurs"),
])
def test_a_caterer_of_integration_is_a_solidarity_restaurant_that_carries_what_is_bought(sentence, name):
    assert bodies(sentence, **TOURS) == [(name, "structure-ess", "restaurant-solidaire", "porteur")]


def test_a_maison_de_l_emploi_of_a_place_after_a_comma_says_what_the_name_before_is():
    assert bodies("Partenariat avec Entreprendre Ensemble, maison de l’emploi du Dunkerquois, pour les clauses "
                  "d’insertion.", **DUNKERQUE) == [("Entreprendre Ensemble", "structure-ess", "maison-emploi",
                                                   "partenaire")]


# --- names listed after an uncounted kind in capitals, bodies people are sent to ---------------------

HAUTS_DE_FRANCE = {"member": "Région Hauts-de-France", "kind": "Région",
                   "address": "151 avenue du Président Hoover\n59555 Lille"}


@pytest.mark.parametrize("sentence, kind", [
    ("La Région finance les CAE, dont Coopaname et Oxalis.", "cae"),
    ("La Région finance les SCOP, dont Grands Ensemble et Oxalis.", "scop"),
])
def test_an_uncounted_kind_in_capitals_lists_the_names_after_dont(sentence, kind):
    assert [(name, k, role) for name, _, k, role in bodies(sentence, **HAUTS_DE_FRANCE)] == [
        (sentence.split("dont ")[1].split(" et ")[0], kind, "soutenu"), ("Oxalis", kind, "soutenu")]


def test_a_relative_dont_after_an_uncounted_kind_lists_no_one():
    assert bodies("La Région soutient les SCIC, dont la Ville est sociétaire.", **HAUTS_DE_FRANCE) == []


NANTERRE = {"member": "Ville de Nanterre", "kind": "Commune", "address": "88 rue du 8 mai 1945\n92000 Nanterre"}


@pytest.mark.parametrize("sentence, expected", [
    ("Le service ESS de la Ville oriente les porteurs de projets vers Initiative Hauts-de-Seine et la couveuse "
     "Bou’sol.", [("Bou’sol", "partenaire"), ("Initiative Hauts-de-Seine", "partenaire")]),
    ("Orientation des demandeurs d’emploi vers la SCOP Alpha.", [("Alpha", "partenaire")]),
])
def test_the_bodies_the_member_sends_people_to_are_partners(sentence, expected):
    assert roles_in_a_fiche(sentence, **NANTERRE) == expected


# --- what a possessive stands for ---------------------------------------------------------------

CALAIS = {"member": "Ville de Calais", "kind": "Commune", "address": "76 boulevard Gambetta\n62100 Calais"}


def test_a_possessive_after_a_structure_s_members_stands_for_the_structure():
    found = roles_in_a_fiche("Le PTCE Calais Solidaire réunit 30 structures, dont la SCIC Terre d’Opale et "
                             "l’entreprise d’insertion Calais Services Plus. La Ville finance son animation.", **CALAIS)
    assert ("Calais Solidaire", "soutenu") in found and ("Calais Services Plus", "soutenu") not in found


@pytest.mark.parametrize("sentence, supported", [
    ("L’association Alpha organise un festival ; la Ville soutient son fonctionnement.", "Alpha"),
    ("Le PTCE Beta réunit 30 structures. La Ville soutient l’association Solidarité Emploi et son projet.",
     "Solidarité Emploi"),  # one named in the possessive's own sentence: that one
])
def test_a_possessive_stands_for_the_last_named_otherwise(sentence, supported):
    assert (supported, "soutenu") in roles_in_a_fiche(sentence, **CALAIS)


# --- the member among the subjects of a gift, cafés, a network's chapter by its département --------

LORIENT = {"member": "Ville de Lorient", "kind": "Commune", "address": "2 boulevard Leclerc\n56100 Lorient"}


def test_the_member_before_another_body_as_subjects_gives_too():
    found = roles_in_a_fiche("En 2022, la Ville et Lorient Agglomération ont cofinancé l’étude de préfiguration du "
                             "tiers-lieu Le Hangar.", **LORIENT)
    assert found == [("Le Hangar", "soutenu"), ("Lorient Agglomération", "partenaire")]


def test_other_bodies_as_subjects_are_still_not_the_member():
    found = roles_in_a_fiche("La CAF et Lorient Agglomération ont cofinancé l’étude de préfiguration du tiers-lieu "
                             "Le Hangar.", **LORIENT)
    assert ("Le Hangar", "soutenu") not in found


@pytest.mark.parametrize("sentence, name", [
    ("Elle soutient le café des enfants Le P’tit Grain, géré par une association de parents.", "Le P’tit Grain"),
    ("Elle soutient le café citoyen La Commune.", "La Commune"),
])
def test_a_children_s_or_citizens_cafe_is_a_cafe_associatif(sentence, name):
    assert (name, "structure-ess", "cafe-associatif", "soutenu") in bodies(sentence, **LORIENT)


THOUARSAIS = {"member": "Communauté de communes du Thouarsais", "kind": "Communauté de communes",
              "address": "4 rue de la Trémoïlle\n79100 Thouars"}


@pytest.mark.parametrize("sentence, expected", [
    ("La CC a confié la gestion de la recyclerie à Emmaüs 79.", [("Emmaüs 79", "porteur")]),
    ("Elle verse 10 000 € à Emmaüs 79.", [("Emmaüs 79", "soutenu")]),
    ("Elle soutient Cap emploi 29 et l’ADAPEI 32.", [("ADAPEI 32", "soutenu"), ("Cap emploi 29", "soutenu")]),
    ("Elle confie à Emmaüs 30 tonnes de textiles.", [("Emmaüs France", "porteur")]),  # a count, no code
])
def test_a_network_s_name_and_a_departement_s_code_name_its_chapter(sentence, expected):
    assert roles_in_a_fiche(sentence, **THOUARSAIS) == expected


PAYS_BASQUE = {"member": "Communauté d’agglomération Pays Basque", "kind": "Communauté d’agglomération",
               "address": "15 avenue Foch\n64100 Bayonne"}


@pytest.mark.parametrize("sentence, expected", [
    ("Elle cofinance avec l’Office public de la langue basque l’association Seaska pour des emplois aidés.",
     [("Seaska", "soutenu")]),
    ("Elle finance avec la Métropole la coopérative Alpha.", [("Alpha", "soutenu")]),
    ("Elle travaille avec l’Office public de la langue basque et l’association Seaska.", [("Seaska", "partenaire")]),
])
def test_a_companion_s_long_name_after_avec_does_not_hide_the_verb_s_object(sentence, expected):
    assert roles_in_a_fiche(sentence, **PAYS_BASQUE) == expected


LANDES = {"member": "Département des Landes", "kind": "Département",
          "address": "23 rue Victor Hugo\n40025 Mont-de-Marsan"}


def test_a_counted_kind_lists_its_names_past_a_few_more_words_that_qualify_it():
    found = roles_in_a_fiche("Il soutient les 3 SCIC d’énergie citoyenne du département, dont Énergies Citoyennes "
                             "Landaises et Soleil des Landes.", **LANDES)
    assert found == [("Soleil des Landes", "soutenu"), ("Énergies Citoyennes Landaises", "soutenu")]


CERGY = {"member": "Communauté d’agglomération de Cergy-Pontoise", "kind": "Communauté d’agglomération",
         "address": "Parvis de la Préfecture\n95027 Cergy-Pontoise"}


@pytest.mark.parametrize("sentence, expected", [
    ("La CACP héberge dans sa pépinière l’entreprise adaptée Ateliers Val d’Oise Services et la SCOP Terre Ferme.",
     [("Ateliers Val d’Oise Services", "soutenu"), ("Terre Ferme", "soutenu")]),
    ("La Ville installe dans ses locaux l’association Alpha.", [("Alpha", "soutenu")]),
    ("Le collectif Alpha est installé dans la Maison de quartier Les Tilleuls.",
     [("Alpha", "porteur"), ("Les Tilleuls", "partenaire")]),  # the participle: a host
])
def test_the_member_hosting_a_body_in_its_place_supports_it(sentence, expected):
    assert roles_in_a_fiche(sentence, **CERGY) == expected


OCCITANIE = {"member": "Région Occitanie", "kind": "Région", "address": "22 boulevard du Maréchal Juin\n31406 Toulouse"}


def test_the_winners_of_a_call_named_at_length_are_the_member_s():
    found = roles_in_a_fiche("Les lauréats de l’appel à projets Occitanie Innovation Sociale 2023 sont la SCIC Les "
                             "Jardins de Tolosa, l’association Humanis et la SCOP Ecobois.", **OCCITANIE)
    assert found == [("Ecobois", "soutenu"), ("Humanis", "soutenu"), ("Les Jardins de Tolosa", "soutenu")]


@pytest.mark.parametrize("sentence, name", [
    ("Elle soutient la SCOP Ecobois.", "Ecobois"),  # no demonym after a kind in capitals: "Eco-bois"
    ("La Ressourcerie Sénonaise collecte 300 tonnes.", "La Ressourcerie Sénonaise"),
])
def test_a_word_that_ends_like_a_demonym_after_an_acronym_is_the_name_alone(sentence, name):
    assert [found for found, _ in roles_in_a_fiche(sentence, **OCCITANIE)] == [name]


def test_shares_bought_in_a_body_make_the_member_its_shareholder():
    assert roles_in_a_fiche("Elle a acheté 40 % des parts de la SCIC Bois Énergie Saintonge lors de sa création.",
                            **OCCITANIE) == [("Bois Énergie Saintonge", "actionnaire")]


PARIS = {"member": "Ville de Paris", "kind": "Commune", "address": "Place de l’Hôtel de Ville\n75004 Paris"}


@pytest.mark.parametrize("sentence", [
    "Elle soutient 30 tiers-lieux, dont Ground Control et Les Grands Voisins.",
    "La Ville a labellisé 30 tiers-lieux, parmi lesquels Ground Control et Les Grands Voisins.",
])
def test_a_plural_kind_whose_first_word_is_invariable_lists_its_names(sentence):
    assert [(name, kind) for name, _, kind, _ in bodies(sentence, **PARIS)] == [
        ("Ground Control", "tiers-lieu"), ("Les Grands Voisins", "tiers-lieu")]


@pytest.mark.parametrize("sentence, expected", [
    ("Les Landes soutiennent le réseau des tiers-lieux Cap Tiers-Lieux, animé par l’association Landes Partage.",
     [("Cap Tiers-Lieux", "reseau", None, "soutenu"), ("Landes Partage", "structure-ess", "association", "porteur")]),
    ("Elle soutient le réseau des AMAP Alliance Provence.", [("Alliance Provence", "reseau", None, "soutenu")]),
    ("Elle soutient le réseau des associations Alpha et Beta.",  # two of its members, no network named
     [("Alpha", "structure-ess", "association", "soutenu"), ("Beta", "structure-ess", "association", "soutenu")]),
])
def test_the_name_after_a_network_of_a_plural_kind_is_the_network_s(sentence, expected):
    assert bodies(sentence, **LANDES) == expected


def test_a_federation_of_a_kind_named_by_its_area_is_never_named_by_the_area_alone():
    found = bodies("Soutien aux 37 entreprises d’insertion du territoire, regroupées au sein de la fédération des "
                   "entreprises d’insertion Hauts-de-France.", **HAUTS_DE_FRANCE)
    assert [name for name, *_ in found if name == "Hauts-de-France"] == []


STRASBOURG = {"member": "Ville de Strasbourg", "kind": "Commune", "address": "1 parc de l’Étoile\n67000 Strasbourg"}


@pytest.mark.parametrize("sentence, expected", [
    ("Elle soutient l’Accorderie de Strasbourg, système d’échange de services entre habitants.",
     [("Accorderie de Strasbourg", "structure-ess", None, "soutenu")]),
    ("Elle soutient le Réseau des Accorderies de France.",
     [("Réseau des Accorderies de France", "reseau", None, "soutenu")]),
])
def test_a_local_accorderie_is_a_chapter_of_the_network(sentence, expected):
    assert bodies(sentence, **STRASBOURG) == expected


CAEN = {"member": "Communauté urbaine Caen la Mer", "kind": "Communauté urbaine",
        "address": "16 rue Rosa Parks\n14027 Caen"}


@pytest.mark.parametrize("sentence, expected", [
    ("Les Jardins de Cocagne de Caen, l’ESAT Les Ateliers du Cap et l’association Tandem participent au plan "
     "alimentaire territorial.", [("Jardins de Cocagne de Caen", "partenaire"), ("Les Ateliers du Cap", "partenaire"),
                                  ("Tandem", "partenaire")]),
    ("L’association Tandem participe à la collecte des invendus.", [("Tandem", "porteur")]),  # its own work
])
def test_bodies_that_take_part_in_the_member_s_plan_are_partners(sentence, expected):
    assert roles_in_a_fiche(sentence, **CAEN) == expected


def test_a_regional_network_of_accorderies_is_never_the_national_one():
    found = bodies("Le Département soutient le réseau des Accorderies de la Drôme, qui compte 3 accorderies.",
                   member="Département de la Drôme", kind="Département",
                   address="26 avenue du Président Herriot\n26026 Valence")
    assert [name for name, *_ in found if "France" in name] == []


ANNECY = {"member": "Communauté d’agglomération du Grand Annecy", "kind": "Communauté d’agglomération",
          "address": "46 avenue des Îles\n74000 Annecy"}


@pytest.mark.parametrize("sentence, expected", [
    ("Il a signé un contrat de prestation avec l’ESAT du Salève pour le nettoyage des bus.",
     [("ESAT du Salève", "porteur")]),
    ("Il a réalisé un achat groupé avec l’association Alpha.", [("Alpha", "partenaire")]),  # bought with it
])
def test_the_holder_of_a_service_contract_carries_the_work(sentence, expected):
    assert roles_in_a_fiche(sentence, **ANNECY) == expected


BAS_RHIN = {"member": "Département du Bas-Rhin", "kind": "Département",
            "address": "Place du Quartier Blanc\n67964 Strasbourg"}


@pytest.mark.parametrize("sentence, expected", [
    ("Le Département a confié l’accompagnement des bénéficiaires du RSA à l’association Humanis.",
     [("Humanis", "porteur")]),
    ("Le Département a délégué l’animation du dispositif à l’association Humanis.", [("Humanis", "porteur")]),
    ("Le Département soutient l’accompagnement des jeunes à l’association Humanis.", [("Humanis", "soutenu")]),
])
def test_the_work_the_member_entrusts_is_carried_by_the_body_it_is_entrusted_to(sentence, expected):
    assert roles_in_a_fiche(sentence, **BAS_RHIN) == expected


BREST = {"member": "Ville de Brest", "kind": "Commune", "address": "2 rue Frézier\n29200 Brest"}


@pytest.mark.parametrize("sentence, carrier", [
    ("Elle accueille la Fabrique à Impact, incubateur porté par la Métropole et l’ADESS Pays de Brest.",
     "ADESS Pays de Brest"),
    ("Le projet est porté par la Région et Ronalpia.", "Ronalpia"),
])
def test_a_body_listed_after_a_collectivite_as_an_agent_of_running_is_found(sentence, carrier):
    assert (carrier, "porteur") in roles_in_a_fiche(sentence, **BREST)


def test_every_agent_of_a_list_of_three_after_par_carries_the_action():
    found = roles_in_a_fiche("Elle soutient le dispositif Start’ESS, porté par Alsace Active, Lorraine Active et "
                             "Champagne-Ardenne Active.", member="Région Grand Est", kind="Région",
                             address="1 place Adrien Zeller\n67070 Strasbourg")
    assert found == [("France Active Alsace", "porteur"), ("France Active Champagne-Ardenne", "porteur"),
                     ("France Active Lorraine", "porteur")]


def test_a_lone_question_read_as_a_heading_keeps_its_answer():
    from rtes_kg.extract.findings import read_fiches
    text = ("Métropole du Grand Nancy\n\nQuel type de collectivité ? Métropole\nPopulation : 256 000 habitants\n"
            "Adhésion au RTES : depuis 2011\n")
    fiche, = read_fiches(text, "nancy.txt")
    assert fiche.kind is not None and fiche.kind.text == "Métropole"
    assert not [found for found in fiche.issues if found.type == "section-vide"]


def test_a_lone_question_in_an_action_is_still_the_action_s_words():
    from rtes_kg.extract.findings import read_fiches
    text = ("Ville de Brest\n\nExemples d’actions :\n\nCombien d’habitants ? 300 familles accompagnées par "
            "l’association Alpha.\n\nNombre d’habitants : 12 000 hab.\n")
    fiche, = read_fiches(text, "brest.txt")
    assert fiche.population is not None and fiche.population.value == 12000
