"""Wrong and lost facts of the forty-fifth round: the member's support of a structure lost when an
apposition of its kind stands between the structure and its verb ("X, association d'éducation populaire,
anime… avec le soutien de la Ville"), when the help opens the sentence ("Grâce au soutien de la Ville,
l'association X a ouvert…": X no carrier), or stands between the verb and its object ("réalisent, avec
le soutien de la Métropole, des chantiers"); a name after "Les" and its plural verb lost ("Les Fabriques
du Ponant animent un fablab"), and so was "animent" as a verb; "a conclu avec l'association X un marché
réservé" X a partner, not the body that does the work bought; "la Maison de l'emploi et des entreprises
du Thouarsais" lost; "l'Adress, l'agence normande de l'ESS" lost; "les clauses sociales des marchés…,
avec l'appui du facilitateur de X" X a carrier; "le réseau des ressourceries parisiennes" read as the
national network; "l'association ESS 17 co-animent" read as a body "ESS 17 co"; "La Ville et Grand
Besançon Métropole accompagnent ensemble la SCIC X" Grand Besançon Métropole a carrier and X no support;
"soutient les Écossolies" lost; "L'association A héberge la légumerie B" B supported by the member; "les
quatre pôles ESS du Finistère (A, B, C et D)" lost; "…du Pôle ESS Y, qui anime l'incubateur X" X a
carrier; "X, soutenue par la Ville, la CUD et le Département, a accompagné…" the CUD and the Département
carriers; "X est partenaire de la Ville" a carrier; "du Supermarché coopératif Superquinquin" named with
its kind; "La CUA a adhéré à la SCIC X" (the member by its initials after the article that opens the
sentence) X a carrier, and "a adhéré au GEIQ X" X a carrier; "le PTCE X, lancé en 2018 par
l'Agglomération" not its creation; "les entreprises d'insertion A et B" lost; "La Ville et la Métropole
ont accompagné la création de X" the Métropole a carrier; "par an et par la Région" an amount per "an et
la"; "participe au fonctionnement de l'épicerie X" X a carrier; "X, qui promeut le vélo urbain, anime…
avec le soutien de la Ville" X not supported; "Emmaüs Quimper pour la collecte des encombrants" one name
("Quimper" read as an infinitive); "La Banque Alimentaire assure l'approvisionnement" a carrier, not a
supplier; "A et B mutualisent un entrepôt" not their work; "la SCOP X, placée en liquidation" a carrier;
"a fondé, avec 14 agriculteurs, la SCIC X" X a carrier (the count read as what was created); "un schéma,
élaboré avec A, l'APES et B" B a carrier (the list read as an incise that describes A); "a créé avec le
CCAS une épicerie sociale, X" X lost. Each text is written for these tests in the style of the fiches,
not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.stated import find_amounts
from rtes_kg.parse.records import Source

HERE = Source("test.txt", 1)

BREST = {"member": "Ville de Brest", "address": "2 rue Frézier\n29200 Brest"}
LYON = {"member": "Métropole de Lyon", "kind": "Métropole", "address": "20 rue du Lac\n69003 Lyon"}
NORD = {"member": "Conseil départemental du Nord", "kind": "Département",
        "address": "51 rue Gustave Delory\n59047 Lille Cedex"}
THOUARSAIS = {"member": "Communauté de communes du Thouarsais", "kind": "Communauté de communes",
              "address": "4 rue de la Trémoïlle\n79100 Thouars"}
ROUEN = {"member": "Métropole Rouen Normandie", "kind": "Métropole",
         "address": "108 allée François Mitterrand\n76006 Rouen"}
POITIERS = {"member": "Communauté d’agglomération Grand Poitiers", "kind": "Communauté d’agglomération",
            "address": "84 rue des Carmélites\n86000 Poitiers"}
PARIS = {"member": "Ville de Paris", "address": "Hôtel de Ville\n75004 Paris"}
LA_ROCHELLE = {"member": "Communauté d'agglomération de La Rochelle", "kind": "Communauté d'agglomération",
               "address": "6 rue Saint-Michel\n17000 La Rochelle"}
BESANCON = {"member": "Ville de Besançon", "address": "2 rue Mégevand\n25034 Besançon Cedex"}
LOIRE_ATLANTIQUE = {"member": "Département de la Loire-Atlantique", "kind": "Département",
                    "address": "3 quai Ceineray\n44041 Nantes Cedex 1"}


# --- a structure at work with the member's support, past what stands around its verb -----------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # an apposition of its kind between the name and its verb
    ("Alpha Beta, association d’éducation populaire, anime un fablab avec le soutien de la Ville.",
     [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]),
    ("La SCOP Gamma, une entreprise de 12 salariés, a rénové 14 logements avec l'aide de la Ville.",
     [("Gamma", "porteur"), ("Gamma", "soutenu")]),
    # (not an apposition that says who runs it: a place another body runs carries nothing of its own)
    # ("les" stands for the subject, Les Jardins du Phare, not for Delta, the last body named: round 56)
    ("Les Jardins du Phare, chantier d'insertion porté par l'association Delta, produisent 40 tonnes de "
     "légumes ; la Ville les soutient.",
     [("Delta", "porteur"), ("Les Jardins du Phare", "soutenu")]),
    # a name after "Les" and its plural verb
    ("Les Fabriques du Ponant animent un fablab avec le soutien de la Ville.",
     [("Les Fabriques du Ponant", "porteur"), ("Les Fabriques du Ponant", "soutenu")]),
    ("Les Fabriques du Ponant, association d’éducation populaire, animent un fablab et un repair café dans le "
     "quartier de Recouvrance avec le soutien de la Ville (subvention de 25 000 €).",
     [("Les Fabriques du Ponant", "porteur"), ("Les Fabriques du Ponant", "soutenu")]),
    ("Les Amis de la Terre Brest organisent une bourse aux vélos.", [("Les Amis de la Terre Brest", "porteur")]),
    # (a kind's words are its kind's finder's: no body "Les Entreprises Adaptées Bretonnes")
    ("Les Entreprises Adaptées Bretonnes emploient 300 salariés.", []),
])
def test_a_structure_at_work_past_an_apposition_or_after_les(sentence, expected):
    assert in_the_fiche(sentence, **BREST) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the member's help opens the sentence: its subject's work is its own
    ("Grâce au soutien de la Ville, l’association Récup’Arts a ouvert en 2023 une recyclerie créative.",
     [("Récup’Arts", "porteur"), ("Récup’Arts", "soutenu")]),
    ("Grâce au soutien de la Ville et de la Région, la SCOP Beta a rénové 14 logements.",
     [("Beta", "porteur"), ("Beta", "soutenu"), ("Région Pays de la Loire", "partenaire")]),
    # (another's help: not the member's support)
    ("Avec l'aide de la Région, l'association Alpha a ouvert une recyclerie.",
     [("Alpha", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_the_member_s_help_that_opens_the_sentence(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Les Compagnons Bâtisseurs Rhône-Alpes réalisent, avec le soutien de la Métropole, des chantiers "
    "d’auto-réhabilitation accompagnée chez 60 ménages par an.",
    "L'association Les Compagnons Bâtisseurs Rhône-Alpes répare, avec l'aide de la Métropole, 800 logements par an.",
])
def test_the_member_s_help_between_the_verb_and_its_object(sentence):
    assert in_the_fiche(sentence, **LYON) == [("Les Compagnons Bâtisseurs Rhône-Alpes", "porteur"),
                                              ("Les Compagnons Bâtisseurs Rhône-Alpes", "soutenu")]


# --- a public contract with the body that does the work ----------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département a conclu avec l’association Interm’Aide un marché réservé pour l’entretien des espaces "
     "verts de ses collèges (20 salariés en insertion).", [("Interm’Aide", "porteur")]),
    ("Le Département a passé avec la SCOP Beta un marché public de nettoyage.", [("Beta", "porteur")]),
    ("Le Département a conclu avec la SCOP Beta une délégation de service public.", [("Beta", "porteur")]),
    # (a market where people buy is no contract)
    ("Le Département a organisé avec l'association Gamma le marché de producteurs.", [("Gamma", "partenaire")]),
])
def test_a_contract_signed_with_a_body(sentence, expected):
    assert in_the_fiche(sentence, **NORD) == expected


def test_the_contracts_as_a_setting_hand_nothing_to_the_body_after_avec():
    sentence = ("Les clauses sociales des marchés de Grand Poitiers ont généré 95 000 heures d’insertion en 2023, "
                "avec l’appui du facilitateur de l’association Audacie.")
    assert in_the_fiche(sentence, **POITIERS) == [("Audacie", "partenaire")]


# --- names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Maison de l'emploi et des entreprises du Thouarsais",
                                  "Maison de l'Emploi et des Entreprises du Thouarsais"])
def test_a_maison_de_l_emploi_et_des_entreprises(name):
    sentence = f"La Communauté de communes soutient la {name}, qui anime un groupement d'employeurs."
    assert in_the_fiche(sentence, **THOUARSAIS) == [(name, "soutenu")]


def test_the_norman_agency_of_the_ess_by_its_acronym():
    sentence = ("La Métropole accompagne les porteurs de projets de l’ESS, en lien avec l’Adress, l’agence "
                "normande de l’ESS.")
    assert in_the_fiche(sentence, **ROUEN) == [("ADRESS Normandie", "partenaire")]


def test_a_network_of_ressourceries_of_a_city_is_no_national_network():
    sentence = ("La Ville de Paris soutient le réseau des ressourceries parisiennes, animé par le REFER, qui "
                "compte 30 structures.")
    assert in_the_fiche(sentence, **PARIS) == [("REFER", "porteur")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Maison de l’emploi et l’association ESS 17 co-animent le club des entreprises inclusives, soutenu "
     "par l’Agglomération à hauteur de 20 000 €.", [("ESS 17", "porteur")]),
    ("L’association Alpha co-organise le festival.", [("Alpha", "porteur")]),
])
def test_the_prefix_of_a_verb_is_no_word_of_a_name(sentence, expected):
    assert in_the_fiche(sentence, **LA_ROCHELLE) == expected


# --- supporters together, objects of support, hosts -------------------------------------------------------

def test_two_supporters_together():
    sentence = ("La Ville et Grand Besançon Métropole accompagnent ensemble la SCIC Les Jardins de Cocagne de "
                "Besançon (subvention annuelle de 30 000 €).")
    assert in_the_fiche(sentence, **BESANCON) == [("Grand Besançon Métropole", "partenaire"),
                                                  ("Les Jardins de Cocagne de Besançon", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département soutient les Écossolies pour l'animation de l'incubateur régional : 180 000 € en 2023.",
     [("Les Écossolies", "soutenu")]),
    ("Le Département soutient les Compagnons Bâtisseurs et Emmaüs Nantes.",
     [("Emmaüs Nantes", "soutenu"), ("Les Compagnons Bâtisseurs", "soutenu")]),
    # (people, not a body)
    ("Le Département soutient les Nantais dans leurs projets.", []),
])
def test_a_plural_name_after_a_verb_of_support(sentence, expected):
    assert in_the_fiche(sentence, **LOIRE_ATLANTIQUE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # another body hosts: its gift, not the member's support
    ("L'association Alpha Omega héberge la légumerie solidaire Les Jardins de la Seine.",
     [("Alpha Omega", "partenaire")]),
    # the member hosts: its support
    ("La Métropole héberge la légumerie solidaire Les Jardins de la Seine.", [("Les Jardins de la Seine", "soutenu")]),
])
def test_a_host(sentence, expected):
    assert in_the_fiche(sentence, **ROUEN) == expected


# --- the items of a plural kind in parentheses, past its area ---------------------------------------------

FINISTERE = {"member": "Département du Finistère", "kind": "Département",
             "address": "32 boulevard Dupleix\n29196 Quimper Cedex"}


@pytest.mark.parametrize("sentence", [
    "Le Département soutient les quatre pôles ESS du Finistère (ADESS Cornouaille, ADESS Pays de Brest, ADESS du "
    "Pays de Morlaix et Pôle ESS du Centre Ouest Bretagne) à hauteur de 30 000 € chacun.",
    "Le Département soutient les quatre pôles ESS (ADESS Cornouaille, ADESS Pays de Brest, ADESS du Pays de Morlaix "
    "et Pôle ESS du Centre Ouest Bretagne).",
])
def test_the_items_of_a_plural_kind_in_parentheses_take_its_role(sentence):
    assert in_the_fiche(sentence, **FINISTERE) == [
        ("ADESS Cornouaille", "soutenu"), ("ADESS Pays de Brest", "soutenu"), ("ADESS du Pays de Morlaix", "soutenu"),
        ("Pôle ESS du Centre Ouest Bretagne", "soutenu")]


def test_what_the_body_of_a_relative_clause_runs_carries_nothing():
    sentence = ("Elle est partenaire du Pôle ESS du Pays de Rennes, qui anime l'incubateur TAg 35 et accompagne "
                "chaque année une quarantaine de porteurs de projets.")
    assert in_the_fiche(sentence, member="Ville de Rennes", address="Place de la Mairie\n35000 Rennes") == [
        ("Pôle ESS du Pays de Rennes", "partenaire")]


def test_a_co_verb_after_avec_is_no_work_of_the_partners():
    sentence = ("Actuellement avec les communautés de communes du Plateau du Russey et du Val de Morteau "
                "co-pilotent deux projets de recyclerie.")
    assert in_the_fiche(sentence, **THOUARSAIS) == [
        ("Communauté de communes du Plateau du Russey", "partenaire"),
        ("Communauté de communes du Val de Morteau", "partenaire")]


# --- agents listed with commas, a partner by its verb, the member by its initials --------------------------

GRANDE_SYNTHE = {"member": "Ville de Grande-Synthe", "address": "Place François Mitterrand\n59760 Grande-Synthe"}
LILLE = {"member": "Ville de Lille", "address": "Place Augustin Laurent\n59000 Lille"}
ARRAS = {"member": "Communauté urbaine d'Arras", "kind": "Communauté urbaine",
         "address": "146 rue Jean Jaurès\n62000 Arras"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Entreprendre Ensemble, soutenue par la Ville, la CUD et le Département, a accompagné 300 "
     "demandeurs d'emploi en 2023.",
     [("Communauté urbaine de Dunkerque", "partenaire"), ("Département du Nord", "partenaire"),
      ("Entreprendre Ensemble", "porteur"), ("Entreprendre Ensemble", "soutenu")]),
    # (a comma after an agent with no "et" to close a list: the subject after it is its own)
    ("Soutenu par la Ville et accompagné par France Active, le café associatif Le Bistrot du Faubourg, ouvert en "
     "2023, emploie 4 salariés.", [("France Active", "partenaire"), ("Le Bistrot du Faubourg", "porteur"),
                                   ("Le Bistrot du Faubourg", "soutenu")]),
])
def test_the_agents_of_a_participle_listed_with_commas(sentence, expected):
    assert in_the_fiche(sentence, **GRANDE_SYNTHE) == expected


@pytest.mark.parametrize("sentence", [
    "La SCIC Baraka est partenaire de la Ville pour des ateliers de cuisine.",
    "Le restaurant coopératif Baraka, SCIC du quartier de Roubaix, est partenaire de la Ville pour des ateliers "
    "de cuisine avec 200 enfants des écoles.",
])
def test_a_body_that_is_the_member_s_partner(sentence):
    assert in_the_fiche(sentence, **LILLE) == [("Baraka", "partenaire")]


def test_a_kind_written_with_a_capital_and_its_adjective_is_no_word_of_the_name():
    sentence = "La Ville a accompagné l'ouverture du Supermarché coopératif Superquinquin en 2017."
    assert in_the_fiche(sentence, **LILLE) == [("Superquinquin", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the member by its initials after the article that opens the sentence
    ("La CUA a adhéré en 2020 à la SCIC Beta.", [("Beta", "actionnaire")]),
    # joining a body of another kind: a partner
    ("Elle a adhéré au GEIQ BTP Artois pour favoriser l'accès à l'emploi de 30 jeunes par an.",
     [("GEIQ BTP Artois", "partenaire")]),
])
def test_joining(sentence, expected):
    assert in_the_fiche(sentence, **ARRAS) == expected


# --- launched by the member, a plural kind of two words, co-founders ---------------------------------------

PAU = {"member": "Communauté d'agglomération Pau Béarn Pyrénées", "kind": "Communauté d'agglomération",
       "address": "2 bis place Royale\n64000 Pau"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le PTCE Pau Solidaire, lancé en 2018 par l'Agglomération, réunit 60 structures.", [("Pau Solidaire", "cree")]),
    # (another's launch; a scheme launched with help)
    ("Le tiers-lieu Beta, lancé par la CCI, accueille 20 entreprises.",
     [("Beta", "porteur"), ("CCI", "partenaire")]),
    ("La SCIC Gamma a lancé avec l'appui de l'Agglomération une épicerie.",
     [("Gamma", "porteur"), ("Gamma", "soutenu")]),
])
def test_launched_by_the_member(sentence, expected):
    assert in_the_fiche(sentence, **PAU) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'Agglomération soutient les entreprises d'insertion Tremplin et Partage Emploi.",
     [("Partage Emploi", "soutenu"), ("Tremplin", "soutenu")]),
    ("Les entreprises d'insertion Tremplin et Partage Emploi collectent les déchets verts de l'Agglomération.",
     [("Partage Emploi", "porteur"), ("Tremplin", "porteur")]),
])
def test_a_plural_kind_of_two_words_lists_its_names(sentence, expected):
    assert in_the_fiche(sentence, **PAU) == expected


def test_a_co_founder_with_the_member():
    sentence = ("La Ville et Montpellier Méditerranée Métropole ont accompagné la création de la coopérative Mosson "
                "Coop, épicerie coopérative du quartier de la Paillade.")
    assert in_the_fiche(sentence, member="Ville de Montpellier", address="1 place Georges Frêche\n34267 Montpellier") \
        == [("Montpellier Méditerranée Métropole", "partenaire"), ("Mosson Coop", "cree")]


# --- a rate and the share of a body's running costs --------------------------------------------------------

def test_the_giver_after_a_rate_is_no_unit():
    (amount,) = find_amounts("Il est soutenu par la Ville à hauteur de 25 000 € par an et par la Région.", HERE)
    assert (amount.euros, amount.per) == (25000, "an")
    (amount,) = find_amounts("Elle verse 300 € par mois et par poste.", HERE)
    assert amount.per == "mois et poste"


def test_a_share_of_the_running_costs_of_a_body_is_support():
    sentence = ("La CC participe à hauteur de 10 000 € au fonctionnement de l'épicerie solidaire L'Épi Mirapicien, "
                "gérée par des bénévoles.")
    assert in_the_fiche(sentence, **THOUARSAIS) == [("L'Épi Mirapicien", "soutenu")]


def test_a_relative_of_what_it_is_before_its_verb():
    sentence = ("L'association Vélocité, qui promeut le vélo urbain, anime l'atelier d'autoréparation du quartier de "
                "Planoise avec le soutien de la Ville.")
    assert in_the_fiche(sentence, **BESANCON) == [("Vélocité", "porteur"), ("Vélocité", "soutenu")]


def test_the_clauses_of_the_contracts_as_a_setting():
    sentence = ("Les clauses d'insertion des marchés de l'Agglomération ont permis 120 000 heures de travail en 2023, "
                "avec l'appui de la Maison de l'emploi de Sénart.")
    assert in_the_fiche(sentence, **POITIERS) == [("Maison de l'emploi de Sénart", "partenaire")]


# --- a commune's name that ends like an infinitive, a supplier, a work shared ------------------------------

def test_a_commune_s_name_is_no_infinitive_that_opens_a_name():
    sentence = "Partenariat avec Emmaüs Quimper pour la collecte des encombrants réutilisables : 85 tonnes en 2023."
    assert in_the_fiche(sentence, member="Ville de Quimper", address="44 place Saint-Corentin\n29000 Quimper") == [
        ("Emmaüs Quimper", "partenaire")]


def test_a_body_that_supplies_the_action_is_a_partner():
    sentence = ("La Collectivité a accompagné la création de l’épicerie solidaire Pane è Sale à Ghisonaccia. La Banque "
                "Alimentaire de Haute-Corse assure l’approvisionnement.")
    assert in_the_fiche(sentence, member="Collectivité de Corse", kind="Collectivité territoriale à statut particulier",
                        address="22 cours Grandval\n20187 Ajaccio") == [
        ("La Banque Alimentaire de Haute-Corse", "partenaire"), ("Pane è Sale", "cree")]


def test_bodies_that_share_their_means_carry_the_action():
    sentence = ("Plateforme alimentaire solidaire du Médoc : la Banque Alimentaire de Bordeaux et de la Gironde et "
                "l’épicerie sociale L’Escale Médocaine à Lesparre-Médoc mutualisent un entrepôt financé par le "
                "Département.")
    # (since round 48, the two are one subject, each of its kind, and the warehouse the member financed
    # for them its support)
    assert in_the_fiche(sentence, member="Département de la Gironde", kind="Département",
                        address="1 esplanade Charles de Gaulle\n33074 Bordeaux Cedex") == [
        ("Banque Alimentaire de Bordeaux et de la Gironde", "porteur"),
        ("Banque Alimentaire de Bordeaux et de la Gironde", "soutenu"),
        ("L’Escale Médocaine", "porteur"), ("L’Escale Médocaine", "soutenu")]


def test_a_body_in_liquidation_carries_nothing():
    assert in_the_fiche("La Ville a racheté les locaux de la SCOP Delta, placée en liquidation en 2023.") == []


def test_co_founders_counted_in_an_incise_are_no_thing_created():
    sentence = ("La Communauté de communes a fondé en 2018, avec 14 agriculteurs et la commune de Daoulas, la SCIC "
                "Landerneau Bio, légumerie qui approvisionne 25 cantines.")
    assert in_the_fiche(sentence, member="Communauté de communes du Pays de Landerneau-Daoulas",
                        kind="Communauté de communes", address="59 rue de Brest\n29800 Landerneau") == [
        ("Commune de Daoulas", "partenaire"), ("Landerneau Bio", "cree")]


def test_a_list_after_avec_in_an_incise_that_describes_no_name():
    sentence = ("Le Département a adopté un schéma de l'ESS, élaboré avec la CRESS Hauts-de-France, l'APES et France "
                "Active Hauts-de-France.")
    assert in_the_fiche(sentence, member="Département du Pas-de-Calais", kind="Département",
                        address="rue Ferdinand Buisson\n62018 Arras Cedex 9") == [
        ("APES Hauts-de-France", "partenaire"),  # (curated since round 47)
        ("CRESS Hauts-de-France", "partenaire"), ("France Active Hauts-de-France", "partenaire")]


def test_the_object_of_a_creation_after_avec_and_an_indefinite_kind():
    sentence = ("La Ville a créé avec le CCAS une épicerie sociale, L'Épi Limousin, gérée par l'association Solidarité "
                "Limousin, qui accueille 300 foyers.")
    assert in_the_fiche(sentence, member="Ville de Limoges", address="Place Léon Betoulle\n87000 Limoges") == [
        ("CCAS", "partenaire"), ("L'Épi Limousin", "cree"), ("Solidarité Limousin", "porteur")]


def test_a_capitalised_word_of_a_scheme_s_name_counts_no_hours():
    sentence = ("Depuis 2021, elle finance le dispositif « Premières Heures » porté par l'association Emmaüs "
                "Val-d'Oise, qui a permis à 35 personnes sans domicile de reprendre une activité.")
    assert in_the_fiche(sentence, **PAU) == [("Emmaüs Val-d'Oise", "porteur")]


def test_a_lease_to_a_body_is_support():
    assert in_the_fiche("La Ville a signé un bail à l'association Le Pavé pour l'installation d'une épicerie sociale "
                        "étudiante.") == [("Le Pavé", "soutenu")]


def test_the_members_a_network_counts_are_partners():
    sentence = ("Le Département anime avec la CRESS Grand Est le réseau départemental des tiers-lieux, qui compte 34 "
                "lieux dont La Fabrique des Territoires et Le Lab'Oratoire.")
    assert in_the_fiche(sentence, member="Département de Meurthe-et-Moselle", kind="Département",
                        address="48 esplanade Jacques Baudot\n54035 Nancy Cedex") == [
        ("CRESS Grand Est", "partenaire"), ("La Fabrique des Territoires", "partenaire"),
        ("Le Lab'Oratoire", "partenaire")]
