"""Wrong facts of the fifty-first round: "a confié la gestion du fonds d'aide aux jeunes (FAJ) à
l'association X" X supported, not its carrier (an acronym's parenthesis ended the walk back);
"Les pôles ESS, dont A et B, reçoivent 25 000 € du Département" A and B partners; "340 entreprises
aidées en 2023, dont la SCOP X" X the carrier; "X a obtenu deux lots", "X a été retenue pour
l'entretien des bâtiments" X supported, not the contractor; "créé à l'initiative des habitants ; la
Ville a financé…" the member's creation; "la Banque Alimentaire de Rouen et sa Région" the Région a
partner; "l'association Mille et Un Services" named "Mille"; "aux 12 Territoires zéro chômeur" the
national association supported.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import action_mentions, roles_in_a_fiche

FINISTERE = {"member": "Conseil départemental du Finistère", "kind": "Département",
             "address": "32 boulevard Dupleix\n29196 Quimper Cedex"}
ARRAS = {"member": "Communauté urbaine d'Arras", "kind": "Communauté urbaine",
         "address": "146 rue Maurice Schumann\n62000 Arras"}
OCCITANIE = {"member": "Région Occitanie", "kind": "Région", "address": "22 boulevard du Maréchal Juin\n31406 Toulouse"}
GIRONDE = {"member": "Conseil départemental de la Gironde", "kind": "Département",
           "address": "Esplanade Charles de Gaulle\n33074 Bordeaux Cedex"}
RENNES = {"member": "Ville de Rennes", "kind": "Commune", "address": "Place de la Mairie\n35000 Rennes"}
ROUEN = {"member": "Métropole Rouen Normandie", "kind": "Métropole",
         "address": "108 allée François Mitterrand\n76006 Rouen Cedex"}
LAVAL = {"member": "Communauté d'agglomération du Pays de Laval", "kind": "Communauté d'agglomération",
         "address": "1 place du Général Ferrié\n53000 Laval"}
LA_ROCHELLE = {"member": "Communauté d'agglomération de La Rochelle", "kind": "Communauté d'agglomération",
               "address": "6 rue Saint-Michel\n17000 La Rochelle"}
MONTREUIL = {"member": "Ville de Montreuil", "kind": "Commune", "address": "1 place Jean Jaurès\n93100 Montreuil"}
SEINE_SAINT_DENIS = {"member": "Département de la Seine-Saint-Denis", "kind": "Département",
                     "address": "Hôtel du Département\n93006 Bobigny Cedex"}
GRENOBLE = {"member": "Grenoble-Alpes Métropole", "kind": "Métropole", "address": "3 rue Malakoff\n38000 Grenoble"}
ISERE = {"member": "Conseil départemental de l’Isère", "kind": "Département",
         "address": "7 rue Fantin-Latour\n38022 Grenoble Cedex 1"}
DUNKERQUE = {"member": "Communauté urbaine de Dunkerque", "kind": "Communauté urbaine",
             "address": "Pertuis de la Marine\n59140 Dunkerque"}


# --- a parenthesis that names the words before it ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le Département a confié la gestion du dispositif d’aide aux jeunes (FAJ) à l’association Don Bosco.",
    "Le Département a confié la gestion du dispositif d’aide aux jeunes à l’association Don Bosco.",
])
def test_what_the_member_entrusts_is_carried_past_an_acronym(sentence):
    assert roles_in_a_fiche(sentence, **FINISTERE) == [("Don Bosco", "porteur")]


def test_a_companion_s_acronym_does_not_hide_the_object():
    found = roles_in_a_fiche("Elle cofinance avec l’Union européenne (FSE+) le PLIE du Pays de Morlaix.", **FINISTERE)
    assert found == [("PLIE du Pays de Morlaix", "soutenu")]


def test_an_acronym_that_is_a_name_still_counts_in_the_list():
    found = roles_in_a_fiche("La Région soutient le réseau des épiceries solidaires (ANDES) et la SCOP Alpha.",
                             **FINISTERE)
    assert ("Alpha", "porteur") not in found and ("Alpha", "soutenu") not in found  # the Région's, not the member's


# --- the subject's examples share its verb ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les pôles ESS, dont Rich’ESS et l’ADESS Cornouaille, reçoivent 25 000 € du Département.",
    "Les 21 pôles ESS de Bretagne, dont Rich’ESS à Brest et l’ADESS Cornouaille à Quimper, reçoivent chacun "
    "25 000 € par an du Département.",
])
def test_the_subject_s_examples_receive_what_it_receives(sentence):
    assert roles_in_a_fiche(sentence, **FINISTERE) == [("ADESS Cornouaille", "soutenu"), ("Rich’ESS", "soutenu")]


def test_the_subject_s_examples_do_what_it_does():
    found = roles_in_a_fiche("Les associations, dont Alpha Loisirs et Beta Sports, organisent des ateliers.",
                             **FINISTERE)
    assert found == [("Alpha Loisirs", "porteur"), ("Beta Sports", "porteur")]


@pytest.mark.parametrize("sentence", [
    "Les ressourceries, dont Alpha Réemploi et Beta Réemploi, sont soutenues par la Région.",
    "L’association Alpha Réemploi et la recyclerie Beta Réemploi sont soutenues par la Région.",
])
def test_examples_supported_by_another_body_carry_their_work(sentence):
    found = roles_in_a_fiche(sentence, **FINISTERE)
    assert ("Alpha Réemploi", "porteur") in found and ("Beta Réemploi", "porteur") in found
    assert not {role for name, role in found if name.endswith("Réemploi")} - {"porteur"}


def test_a_relative_clause_after_dont_is_no_list_of_examples():
    assert roles_in_a_fiche("Les SCIC, dont la Ville est membre, ont reçu une aide.", **FINISTERE) == []


# --- a contract won ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("La CUA a réservé 10 % de ses marchés de nettoyage à des structures d'insertion : en 2023, l'entreprise "
     "d'insertion Nettoyage Solidaire Artois a obtenu deux lots pour 180 000 €.", "Nettoyage Solidaire Artois"),
    ("Les Ateliers de l’Île, entreprise adaptée, ont été retenus pour l’entretien des bâtiments communautaires.",
     "Les Ateliers de l’Île"),
    ("L’entreprise d’insertion Alpha Propreté a remporté le marché de collecte.", "Alpha Propreté"),
])
def test_a_contract_s_winner_carries_the_work_bought(sentence, name):
    assert roles_in_a_fiche(sentence, **ARRAS) == [(name, "porteur")]


@pytest.mark.parametrize("sentence", [
    "L’association Alpha Jardins a été retenue pour son projet de jardin.",
    "L’association Alpha Jardins a obtenu une subvention de 5 000 €.",
])
def test_a_project_retained_or_a_grant_obtained_is_still_support(sentence):
    assert roles_in_a_fiche(sentence, **ARRAS) == [("Alpha Jardins", "soutenu")]


# --- what a count of helped bodies lists ------------------------------------------------------------

def test_bodies_listed_among_those_a_scheme_helped_are_supported():
    found = roles_in_a_fiche("Dispositif Pass Occitanie ESS : 340 entreprises de l’ESS aidées en 2023, dont la SCOP "
                             "Ethiquable (Fleurance) et l’association Les Jardins du Girou.", **OCCITANIE)
    assert found == [("Ethiquable", "soutenu"), ("Les Jardins du Girou", "soutenu")]


def test_bodies_another_helped_are_not_the_member_s():
    found = roles_in_a_fiche("340 entreprises accompagnées par France Active, dont la SCOP Ethiquable.", **OCCITANIE)
    assert ("Ethiquable", "soutenu") not in found


@pytest.mark.parametrize("sentence", [
    "Avec un budget de 2,3 millions d’euros, le fonds départemental d’insertion a permis d’aider 46 ateliers et "
    "chantiers d’insertion, dont l’ACI Estuaire Médoc.",
    "Le fonds a permis d’aider 46 chantiers, dont l’ACI Estuaire Médoc.",
])
def test_what_a_fund_helped_is_supported(sentence):
    assert roles_in_a_fiche(sentence, **GIRONDE) == [("Estuaire Médoc", "soutenu")]


def test_what_another_body_helped_is_not():
    found = roles_in_a_fiche("L’URSCOP Aquitaine a permis d’aider 46 SCOP, dont la SCOP Estuaire Médoc.", **GIRONDE)
    assert ("Estuaire Médoc", "soutenu") not in found


# --- a gift of another and the member's own, in one clause ------------------------------------------

def test_a_loan_of_another_and_the_member_s_subsidy_named_by_its_adjective():
    found = roles_in_a_fiche("La SCIC Pointcarré, coopérative de l’habitat et de l’ESS, a bénéficié d’un prêt de "
                             "150 000 € de la Banque des Territoires et d’une subvention départementale de 60 000 €.",
                             **SEINE_SAINT_DENIS)
    assert found == [("Banque des Territoires", "partenaire"), ("Pointcarré", "soutenu")]


def test_another_collectivite_s_subsidy_is_not_the_member_s():
    found = roles_in_a_fiche("La SCIC Pointcarré a bénéficié d’un prêt de 150 000 € de la Banque des Territoires "
                             "et d’une subvention régionale de 60 000 €.", **SEINE_SAINT_DENIS)
    assert ("Pointcarré", "soutenu") not in found


def test_a_kind_word_before_an_unknown_name_points_back_at_nothing():
    found = roles_in_a_fiche("Il est partenaire de l’incubateur Inter-Made, qui a accompagné 35 entreprises sociales "
                             "en 2023, et de la pépinière La Ruche Saint-Denis.", **SEINE_SAINT_DENIS)
    assert found == [("Inter-Made", "partenaire")]


# --- creations ---------------------------------------------------------------------------------------

def test_created_by_inhabitants_is_no_creation_of_the_member_s_next_clause():
    found = roles_in_a_fiche("Le Jardin des Mille Pattes, jardin partagé associatif, a été créé en 2020 à l’initiative "
                             "des habitants du Blosne ; la Ville a financé les aménagements (35 000 €).", **RENNES)
    assert found == [("Jardin des Mille Pattes", "soutenu")]


def test_created_by_inhabitants_and_the_member():
    found = roles_in_a_fiche("Le Jardin des Mille Pattes a été créé à l’initiative des habitants et de la Ville.",
                             **RENNES)
    assert found == [("Jardin des Mille Pattes", "cree")]


def test_created_by_people_with_the_member_s_support():
    found = roles_in_a_fiche("La coopérative funéraire Coop Funé Montreuil, créée en 2022 par des habitants avec le "
                             "soutien de la Ville, a organisé 80 obsèques.", **MONTREUIL)
    assert found == [("Coop Funé Montreuil", "cree"), ("Coop Funé Montreuil", "porteur")]


@pytest.mark.parametrize("sentence", [
    "Elle a cofondé en 2018, avec 60 citoyens, la SCIC Alpha Énergie.",
    "Elle a cofondé en 2018, avec la Ville de La Rochelle et 60 citoyens, la SCIC Alpha Énergie.",
    "Elle a cofondé en 2018, avec la Ville de La Rochelle et des citoyens, la SCIC Alpha Énergie.",
])
def test_co_founders_in_an_incise_leave_the_founding_to_its_object(sentence):
    assert ("Alpha Énergie", "cree") in roles_in_a_fiche(sentence, **LA_ROCHELLE)


def test_jobs_created_within_a_company_are_no_founding():
    found = roles_in_a_fiche("La Communauté d'agglomération a créé 40 emplois au sein de la SCIC Alpha Énergie.",
                             **LA_ROCHELLE)
    assert ("Alpha Énergie", "cree") not in found


# --- shares taken with "y" --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Laval Agglomération a accompagné le développement de la SCIC Alpha Énergie en y prenant 20 % du capital.",
    "Laval Agglomération a accompagné la SCIC Alpha Énergie et y a pris 20 % du capital.",
    "Laval Agglomération a accompagné la SCIC Alpha Énergie, en y prenant des parts.",
])
def test_shares_taken_in_a_company_named_before(sentence):
    assert ("Alpha Énergie", "actionnaire") in roles_in_a_fiche(sentence, **LAVAL)


def test_another_body_s_shares_are_not_the_member_s():
    found = roles_in_a_fiche("La SCIC Alpha Énergie, créée par l’association Beta Climat qui y a pris 20 % du "
                             "capital, produit de l’énergie.", **LAVAL)
    assert ("Alpha Énergie", "actionnaire") not in found


# --- names ------------------------------------------------------------------------------------------

def test_a_territory_after_a_possessive_is_part_of_a_name():
    found = roles_in_a_fiche("Mise à disposition d’un entrepôt pour la Banque Alimentaire de Rouen et sa Région.",
                             **ROUEN)
    assert found == [("Banque Alimentaire de Rouen", "soutenu")]


@pytest.mark.parametrize("sentence, name", [
    ("La Métropole soutient l’association Mille et Un Services.", "Mille et Un Services"),
    ("La Métropole soutient l’association Les Mille et Une Pattes.", "Les Mille et Une Pattes"),
])
def test_a_thousand_and_one_is_one_name(sentence, name):
    assert roles_in_a_fiche(sentence, **GRENOBLE) == [(name, "soutenu")]


def test_fellow_signatories_are_partners():
    found = roles_in_a_fiche("La Métropole a signé avec la Ville de Grenoble et 12 structures de l’ESS le pacte « ESS "
                             "et transition », dont la SCIC Turbine et l’association Mille et Un Services sont "
                             "signataires.", **GRENOBLE)
    assert ("Turbine", "partenaire") in found and ("Mille et Un Services", "partenaire") in found
    assert {role for name, role in found if name in {"Turbine", "Mille et Un Services"}} == {"partenaire"}


def test_a_count_before_a_curated_label_names_places_not_the_body():
    found = roles_in_a_fiche("Le Département a versé 400 000 € en 2023 aux 12 Territoires zéro chômeur de longue "
                             "durée du département.", **ISERE)
    assert found == []


def test_an_amount_before_a_curated_label_is_no_count():
    found = roles_in_a_fiche("Partenaires financiers : Région Hauts-de-France (50 000 €), Fondation de France.",
                             **DUNKERQUE)
    assert ("Fondation de France", "partenaire") in found


# --- the place of the next item; the member's support after an agent ---------------------------------

def test_the_place_after_et_is_the_next_item_s():
    found = action_mentions("La Région a soutenu le tiers-lieu La Station, porté par le collectif MU, et la Cité "
                            "Fertile à Pantin.", member="Conseil régional d’Île-de-France", kind="Région",
                            address="2 rue Simone Veil\n93400 Saint-Ouen-sur-Seine")
    assert {m.name: m.place for m in found}["MU"] is None  # (was Pantin)


COTE_FLEURIE = {"member": "Communauté de communes Cœur Côte Fleurie", "kind": "Communauté de communes",
                "address": "12 rue Robert Fossorier\n14800 Deauville"}


def test_the_member_s_support_after_an_agent_that_ends_the_sentence():
    found = roles_in_a_fiche("Les clauses sociales sont suivies par le facilitateur de la Maison de l’Emploi du Pays "
                             "d’Auge, financée à 50 % par la communauté de communes.", **COTE_FLEURIE)
    assert found == [("Maison de l’Emploi du Pays d’Auge", "porteur"), ("Maison de l’Emploi du Pays d’Auge", "soutenu")]


def test_another_s_support_after_an_agent_is_not_the_member_s():
    found = roles_in_a_fiche("Les clauses sociales sont suivies par la Maison de l’Emploi du Pays d’Auge, financée "
                             "par la Région.", **COTE_FLEURIE)
    assert ("Maison de l’Emploi du Pays d’Auge", "soutenu") not in found


def test_a_supported_companion_before_the_subject_is_no_support_of_the_subject_s_action():
    found = roles_in_a_fiche("Avec la Maison de l’Emploi du Pays d’Auge, financée par la communauté de communes, "
                             "l’association Alpha Forum organise un forum.", **COTE_FLEURIE)
    assert ("Alpha Forum", "porteur") in found


# --- helpers listed after a phrase of help; the agent of an act the member funds ----------------------

SUD = {"member": "Région Sud Provence-Alpes-Côte d’Azur", "kind": "Région",
       "address": "27 place Jules Guesde\n13481 Marseille Cedex 20"}


def test_bodies_listed_among_the_helpers_are_partners():
    found = roles_in_a_fiche("Le dispositif régional a accompagné 180 porteurs de projet en 2023, avec l’appui de "
                             "l’AVISE et des incubateurs régionaux, notamment Inter-Made à Marseille et Ashoka "
                             "Provence.", **SUD)
    assert found == [("Ashoka Provence", "partenaire"), ("Avise", "partenaire"), ("Inter-Made", "partenaire")]


@pytest.mark.parametrize("sentence", [
    "La Région a apporté son appui aux incubateurs régionaux, notamment Inter-Made et Ashoka Provence.",
    "La Région a accompagné 46 projets avec la CRESS, dont l’incubateur Inter-Made et l’incubateur Ashoka Provence.",
])
def test_bodies_the_member_helps_are_supported(sentence):
    found = roles_in_a_fiche(sentence, **SUD)
    assert ("Inter-Made", "soutenu") in found and ("Ashoka Provence", "soutenu") in found


GERS = {"member": "Conseil départemental du Gers", "kind": "Département", "address": "81 route de Pessan\n32000 Auch"}


@pytest.mark.parametrize("sentence, name", [
    ("Le Département a financé à 80 % l’achat d’un camion frigorifique par la Banque Alimentaire du Gers.",
     "Banque Alimentaire du Gers"),
    ("La Région a financé la rénovation du bâtiment par l’association Alpha Toit.", "Alpha Toit"),
])
def test_the_agent_of_an_act_funded_carries_it(sentence, name):
    assert (name, "porteur") in roles_in_a_fiche(sentence, **GERS)


def test_a_funder_after_a_passive_is_still_a_partner():
    found = roles_in_a_fiche("Le projet a été financé par la Région et l’association Alpha Toit.", **GERS)
    assert ("Alpha Toit", "partenaire") in found


DIOIS = {"member": "Communauté de communes du Diois", "kind": "Communauté de communes",
         "address": "42 rue Camille Buffardel\n26150 Die"}


@pytest.mark.parametrize("helpers, supported", [
    ("de l’État et de la communauté de communes", True),
    ("de la communauté de communes", True),
    ("de l’État", False),
    ("de l’Europe", False),
    ("de l’Europe et de la Région", False),
])
def test_the_member_among_the_helpers_of_a_body_at_work(helpers, supported):
    found = roles_in_a_fiche(f"L’EBE Diois Emploi Solidaire a embauché 35 personnes, avec le soutien {helpers}.",
                             **DIOIS)
    assert ("Diois Emploi Solidaire", "porteur") in found
    assert (("Diois Emploi Solidaire", "soutenu") in found) is supported


# --- the member among a body's first funders; a count after a name; an adverb before the object ---------

DROME = {"member": "Conseil départemental de la Drôme", "kind": "Département",
         "address": "26 avenue du Président Herriot\n26026 Valence Cedex 9"}


def test_the_member_among_the_first_funders_supports():
    found = roles_in_a_fiche("Le Département a été l’un des premiers financeurs de l’EBE Diois Emploi Solidaire, aux "
                             "côtés de la communauté de communes du Diois.", **DROME)
    assert ("Diois Emploi Solidaire", "soutenu") in found


def test_another_among_the_first_funders_does_not():
    found = roles_in_a_fiche("La Région est l’un des premiers financeurs de l’EBE Diois Emploi Solidaire.", **DROME)
    assert ("Diois Emploi Solidaire", "soutenu") not in found


BREST = {"member": "Ville de Brest", "kind": "Commune", "address": "2 rue Frézier\n29200 Brest"}


@pytest.mark.parametrize("sentence, name", [
    ("La Ville met gratuitement à disposition de l’association Vert le Jardin 25 parcelles de jardins partagés.",
     "Vert le Jardin"),
    ("La Ville soutient la Mission locale 44 dans le cadre de son plan.", "Mission locale 44"),
    ("La Ville soutient le garage solidaire Solidarauto 38, qui accompagne 200 personnes.", "Solidarauto 38"),
])
def test_a_count_after_a_name_is_no_part_of_it(sentence, name):
    assert (name, "soutenu") in roles_in_a_fiche(sentence, **BREST)


QUIMPER = {"member": "Communauté d'agglomération Quimper Bretagne Occidentale", "kind": "Communauté d'agglomération",
           "address": "44 place Saint-Corentin\n29000 Quimper"}


def test_an_acronym_with_its_territory_past_an_adverb_of_support():
    found = roles_in_a_fiche("L’agglomération et la Ville de Quimper financent ensemble l’ADESS Cornouaille, pôle de "
                             "développement de l’ESS, à hauteur de 45 000 € par an.", **QUIMPER)
    assert ("ADESS Cornouaille", "soutenu") in found


def test_a_scheme_after_an_adverb_of_support_is_no_body():
    found = roles_in_a_fiche("Depuis 2019, l'Eurométropole et la Ville financent conjointement Le Labo des "
                             "Partenariats, un dispositif animé par l'association Alsace Active.",
                             member="Ville de Strasbourg", kind="Commune",
                             address="1 parc de l’Étoile\n67076 Strasbourg")
    assert not [name for name, _ in found if "Labo" in name]


def test_bodies_listed_among_those_the_member_lends_to_are_supported():
    found = roles_in_a_fiche("La Ville accorde des prêts de salles à titre gracieux à 80 associations, notamment la "
                             "Ligue de l’enseignement de la Haute-Vienne et les Petits Frères des Pauvres.",
                             member="Ville de Limoges", kind="Commune", address="Place Léon Betoulle\n87031 Limoges")
    assert found == [("Les Petits Frères des Pauvres", "soutenu"), ("Ligue de l’enseignement de la Haute-Vienne",
                                                                    "soutenu")]

def test_shares_of_the_parts_taken_with_en():
    found = roles_in_a_fiche("La Ville soutient la SCIC Alpha Énergie ; elle en détient 30 % des parts.",
                             member="Ville de Saint-Denis", kind="Commune",
                             address="2 place Victor Hugo\n93200 Saint-Denis")
    assert ("Alpha Énergie", "actionnaire") in found


def test_a_scheme_s_name_holds_no_association():
    found = roles_in_a_fiche("Le dispositif CAP'Asso Centre-Val de Loire finance la création d’emplois dans les "
                             "associations : 1 850 postes aidés en 2022.", member="Région Centre-Val de Loire",
                             kind="Région", address="9 rue Saint-Pierre Lentin\n45041 Orléans Cedex 1")
    assert found == []


def test_a_count_before_a_chapter_s_words_names_places():
    found = roles_in_a_fiche("Le Département de l’Hérault est le premier financeur du Réseau Cocagne Occitanie, qui "
                             "fédère 8 Jardins de Cocagne dans la région.", member="Département de l’Hérault",
                             kind="Département", address="1977 avenue des Moulins\n34087 Montpellier Cedex 4")
    assert found == [("Réseau Cocagne Occitanie", "soutenu")]


OSTREVENT = {"member": "Communauté de communes Coeur d'Ostrevent", "kind": "Communauté de communes",
             "address": "Avenue du Bois\n59490 Somain"}


@pytest.mark.parametrize("sentence", [
    "La CCCO participe au financement de la Mission locale du Douaisis (35 000 € par an) et du PLIE du Douaisis "
    "(20 000 €).",
    "La CCCO participe au financement de la Mission locale du Douaisis et du PLIE du Douaisis.",
])
def test_a_public_body_coordinated_with_one_the_member_funds_is_funded_too(sentence):
    found = roles_in_a_fiche(sentence, **OSTREVENT)
    assert found == [("Mission locale du Douaisis", "soutenu"), ("PLIE du Douaisis", "soutenu")]


def test_givers_coordinated_after_a_gift_stay_givers():
    found = roles_in_a_fiche("L’association Alpha Douai a reçu une subvention de la Région et du Département du Nord.",
                             **OSTREVENT)
    assert ("Département du Nord", "partenaire") in found and ("Région Hauts-de-France", "partenaire") in found


GUADELOUPE = {"member": "Région Guadeloupe", "kind": "Région", "address": "Avenue Paul Lacavé\n97109 Basse-Terre"}


@pytest.mark.parametrize("verb", ["a accordé", "a octroyé", "a alloué", "accorde", "a versé"])
def test_an_amount_granted_to_a_network(verb):
    found = roles_in_a_fiche(f"La Région {verb} 500 000 € à la CRESS Guadeloupe pour le Guichet unique de l’ESS.",
                             **GUADELOUPE)
    assert found == [("CRESS Guadeloupe", "soutenu")]


def test_the_outer_list_goes_on_after_a_relative_clause_of_gathering():
    found = roles_in_a_fiche("Elle soutient la coopérative agricole SICA Cadebou, qui rassemble 120 producteurs de "
                             "banane, et l’association Karukera Recyclage, qui collecte 300 tonnes de déchets par an.",
                             **GUADELOUPE)
    assert ("Karukera Recyclage", "soutenu") in found and ("Karukera Recyclage", "partenaire") not in found


def test_what_a_relative_clause_gathers_are_members():
    found = roles_in_a_fiche("La SCIC Alpha Bois, qui associe 4 agriculteurs, la Ville, des habitants et "
                             "l’association Beta Forêt, produit du bois.", **GUADELOUPE)
    assert ("Beta Forêt", "partenaire") in found
