"""Wrong facts of the fiftieth round: "l'association Épicentre pour leurs projets de 2023" one name
(a noun in -re read as an infinitive, "Agir pour l'environnement"); "France Active Auvergne a
garanti 1,1 M€ de prêts" the member's support to France Active; "La Ville anime le PTCE X" X the
carrier of what the member runs; "La Grange à Guémené-Penfao" one name in the Pays de Redon's
fiche (a commune of the neighbouring région); "L'association Entreprendre Ensemble, PLIE du
Dunkerquois, a accompagné…" two bodies.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import action_mentions, roles_in_a_fiche

CLERMONT = {"member": "Ville de Clermont-Ferrand", "kind": "Commune",
            "address": "10 rue Philippe Marcombes\n63033 Clermont-Ferrand Cedex 1"}
FIGEAC = {"member": "Ville de Figeac", "kind": "Commune", "address": "8 rue de Colomb\n46100 Figeac"}
REDON = {"member": "Pays de Redon", "kind": "PETR", "address": "3 rue Charles Sillard\n35600 Redon"}
DUNKERQUE = {"member": "Communauté urbaine de Dunkerque", "kind": "Communauté urbaine",
             "address": "Pertuis de la Marine\n59386 Dunkerque Cedex 1"}


# --- a noun in -re, -er or -ir is no infinitive opening a name --------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("La Ville a accordé 8 000 € à l’association Épicentre pour leurs projets de 2023.", "Épicentre"),
    ("La Ville soutient l’association Théâtre pour son projet de salle.", "Théâtre"),
    ("La Ville soutient l’association Atelier pour son déménagement.", "Atelier"),
    ("La Ville soutient l’association Bricentre pour ses ateliers.", "Bricentre"),
])
def test_a_noun_and_the_sentence_s_aim_are_no_name(sentence, name):
    assert roles_in_a_fiche(sentence, **CLERMONT) == [(name, "soutenu")]


@pytest.mark.parametrize("sentence, name", [
    ("La Ville soutient l'association Agir pour l'environnement.", "Agir pour l'environnement"),
    ("La Ville soutient la CAE Coopérer pour entreprendre 93.", "Coopérer pour entreprendre 93"),
    ("La Ville soutient l'association Apprendre pour grandir.", "Apprendre pour grandir"),
    ("La Ville soutient l'association Vivre ensemble.", "Vivre ensemble"),
])
def test_an_infinitive_still_opens_a_name(sentence, name):
    assert roles_in_a_fiche(sentence, **CLERMONT) == [(name, "soutenu")]


# --- a guarantee given by another body ------------------------------------------------------------

def test_a_body_that_guarantees_loans_is_not_supported_by_the_member():
    found = roles_in_a_fiche("L’Auvergne Active, devenue France Active Auvergne, a garanti 1,1 M€ de prêts "
                             "bancaires à des entreprises clermontoises de l’ESS.", **CLERMONT)
    assert found == [("France Active Auvergne", "porteur")]


@pytest.mark.parametrize("sentence", [
    "La Ville a garanti l'emprunt de la SCIC Alpha Bois.",
    "La Ville garantit les emprunts de la SCIC Alpha Bois à hauteur de 50 %.",
])
def test_the_member_s_guarantee_is_its_support(sentence):
    assert roles_in_a_fiche(sentence, **CLERMONT) == [("Alpha Bois", "soutenu")]


# --- what the member runs itself ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("La Ville anime le PTCE Figeac Innov', qui réunit 40 entreprises.", "Figeac Innov'"),
    ("La Ville porte le tiers-lieu La Fabrique, ouvert en 2021.", "La Fabrique"),
    ("La Ville a porté le tiers-lieu La Fabrique.", "La Fabrique"),
    ("La Ville gère en régie l'épicerie solidaire Le Panier.", "Le Panier"),
    ("La Ville de Figeac anime le réseau Figeac Solidaire.", "Figeac Solidaire"),
])
def test_what_the_member_runs_is_supported_not_a_carrier(sentence, name):
    assert roles_in_a_fiche(sentence, **FIGEAC) == [(name, "soutenu")]


def test_what_another_body_runs_is_not_the_member_s():
    assert roles_in_a_fiche("L'association Alpha Vélo gère la recyclerie La Trouvaille.", **FIGEAC) == [
        ("Alpha Vélo", "porteur")]
    assert roles_in_a_fiche("La Région anime le réseau Figeac Solidaire.", **FIGEAC) == [
        ("Figeac Solidaire", "partenaire"), ("Région Occitanie", "porteur")]


# --- a commune of the neighbouring région after "à" ------------------------------------------------

def test_a_compound_commune_afar_ends_the_name_and_is_no_place():
    found = action_mentions("Le PETR a permis d'ouvrir 5 tiers-lieux, dont La Grange à Guémené-Penfao et Le Lieu "
                            "Commun à Pipriac.", **REDON)
    assert sorted((m.name, m.place) for m in found) == [("La Grange", None), ("Le Lieu Commun", "Pipriac")]


def test_a_single_word_after_a_stays_in_the_name():
    found = action_mentions("Le PETR soutient la recyclerie La Boîte à Bulles.", **REDON)
    assert [(m.name, m.place) for m in found] == [("La Boîte à Bulles", None)]


# --- a chapter in apposition is the structure itself ---------------------------------------------

def test_a_chapter_in_apposition_is_the_body_before_it():
    found = roles_in_a_fiche("L’association Entreprendre Ensemble, PLIE du Dunkerquois, a accompagné 1 900 "
                             "demandeurs d’emploi en 2022.", **DUNKERQUE)
    assert found == [("Entreprendre Ensemble", "porteur")]


def test_a_chapter_in_a_list_is_a_body_of_its_own():
    found = roles_in_a_fiche("La CUD soutient l’association Entreprendre Ensemble, PLIE du Dunkerquois, "
                             "Pôle emploi et la Mission locale.", **DUNKERQUE)
    assert ("PLIE du Dunkerquois", "soutenu") in found


# --- a giver named in the relative clause of a receiver ---------------------------------------------

@pytest.mark.parametrize("sentence, giver", [
    ("La Ville soutient l'épicerie Le Panier, qui reçoit aussi des denrées de la Banque Alimentaire.",
     "Banque Alimentaire"),
    ("La Ville soutient l'épicerie Le Panier, qui a reçu le soutien de la Fondation Abbé Pierre.",
     "Fondation Abbé Pierre"),
    ("La Ville subventionne l'association Alpha Bois, qui bénéficie d'un prêt de France Active.", "France Active"),
])
def test_who_gives_to_the_member_s_structure_is_a_partner(sentence, giver):
    found = roles_in_a_fiche(sentence, **CLERMONT)
    assert (giver, "partenaire") in found and len(found) == 2


def test_what_the_member_s_structure_does_for_another_is_still_its_own():
    assert roles_in_a_fiche("La Ville subventionne l'association Alpha Bois, qui accompagne la SCOP Beta Bat.",
                            **CLERMONT) == [("Alpha Bois", "soutenu")]


# --- the partners "avec" counts, then lists after "dont" ---------------------------------------------

GRAND_PARIS_SUD = {"member": "Communauté d'agglomération Grand Paris Sud Seine-Essonne-Sénart",
                   "kind": "Communauté d'agglomération",
                   "address": "500 place des Champs-Élysées\n91054 Évry-Courcouronnes Cedex"}


@pytest.mark.parametrize("sentence", [
    "L'agglomération a signé en 2022 un Pacte territorial ESS avec 60 acteurs, dont le GEIQ Propreté "
    "Île-de-France et la SCIC Les Ateliers de l'Essonne.",
    "L'agglomération a signé une charte avec plusieurs structures locales, dont le GEIQ Propreté Île-de-France "
    "et la SCIC Les Ateliers de l'Essonne.",
])
def test_the_items_of_a_counted_partnership_are_partners(sentence):
    assert roles_in_a_fiche(sentence, **GRAND_PARIS_SUD) == [
        ("GEIQ Propreté Île-de-France", "partenaire"), ("Les Ateliers de l'Essonne", "partenaire")]


def test_what_the_verb_counts_past_a_partner_named_after_avec_is_still_its_object():
    assert roles_in_a_fiche("L'agglomération a accompagné 46 projets avec la CRESS, dont la SCIC Les Ateliers de "
                            "l'Essonne.", **GRAND_PARIS_SUD) == [
        ("CRESS Île-de-France", "partenaire"), ("Les Ateliers de l'Essonne", "soutenu")]


# --- a body's description is no gift, nor a demonym ------------------------------------------------

GRENOBLE = {"member": "Ville de Grenoble", "kind": "Commune", "address": "11 boulevard Jean Pain\n38000 Grenoble"}


def test_help_in_a_body_s_description_is_no_gift():
    assert roles_in_a_fiche("L'épicerie Episol, association d'aide alimentaire, accueille 1 000 personnes.",
                            **GRENOBLE) == [("Episol", "porteur")]
    assert roles_in_a_fiche("La Ville a accordé une aide à la SCOP Alpha Bois.", **GRENOBLE) == [
        ("Alpha Bois", "soutenu")]


def test_a_word_with_a_capital_inside_is_no_place_s_adjective():
    assert roles_in_a_fiche("La SCIC BerryBois emploie 10 salariés.", **GRENOBLE) == [("BerryBois", "porteur")]
    assert roles_in_a_fiche("La Ressourcerie Grenobloise collecte 300 tonnes.", **GRENOBLE) == [
        ("La Ressourcerie Grenobloise", "porteur")]


# --- a PTCE or a pôle named by its area keeps its kind word ----------------------------------------

MARSEILLE = {"member": "Ville de Marseille", "kind": "Commune", "address": "Quai du Port\n13002 Marseille"}


@pytest.mark.parametrize("sentence, name", [
    ("La Ville soutient le PTCE Pays de Fougères.", "PTCE Pays de Fougères"),
    ("La Ville soutient le PTCE Sud Provence.", "PTCE Sud Provence"),
    ("La Ville soutient le pôle ESS Marseille Provence.", "Pôle ESS Marseille Provence"),
    ("La Ville soutient le PTCE Figeacteurs.", "Figeacteurs"),
    ("La Ville soutient le pôle ESS Horizons Solidaires.", "Horizons Solidaires"),
])
def test_a_ptce_or_a_pole_named_by_its_area_keeps_its_kind(sentence, name):
    assert roles_in_a_fiche(sentence, **MARSEILLE) == [(name, "soutenu")]


# --- the member's shares in a company that is no ESS structure -----------------------------------------

RENNES_METROPOLE = {"member": "Rennes Métropole", "kind": "Métropole",
                    "address": "4 avenue Henri Fréville\n35207 Rennes Cedex"}


@pytest.mark.parametrize("sentence", [
    "La SPL Territoires Publics, dont la Métropole est actionnaire, a aménagé le quartier.",
    "La SPL Territoires Publics, dont Rennes Métropole est actionnaire, a aménagé le quartier.",
    "La Métropole a souscrit 200 parts de la SPL Territoires Publics.",
])
def test_the_member_s_shares_in_a_public_company(sentence):
    assert roles_in_a_fiche(sentence, **RENNES_METROPOLE) == [("Territoires Publics", "actionnaire")]


def test_another_body_s_shares_in_a_public_company_are_not_the_member_s():
    found = roles_in_a_fiche("La SPL Territoires Publics, dont la Caisse des Dépôts est actionnaire, a aménagé le "
                             "quartier.", **RENNES_METROPOLE)
    assert ("Territoires Publics", "actionnaire") not in found


# --- a contract said past a date or a parenthesis ---------------------------------------------------

LILLE = {"member": "Ville de Lille", "kind": "Commune", "address": "Place Augustin Laurent\n59033 Lille Cedex"}


@pytest.mark.parametrize("sentence", [
    "La Ville a attribué en 2023 un marché réservé de nettoyage des écoles (250 000 € par an) à l’entreprise "
    "d’insertion Proxi Services, qui emploie 60 salariés en parcours.",
    "Un marché réservé de nettoyage (250 000 € par an) a été attribué à l’entreprise d’insertion Proxi Services.",
])
def test_the_holder_of_a_contract_carries_the_work(sentence):
    assert roles_in_a_fiche(sentence, **LILLE) == [("Proxi Services", "porteur")]


def test_a_grant_awarded_past_a_date_is_still_support():
    assert roles_in_a_fiche("La Ville a attribué en 2023 une subvention (20 000 €) à l'association Alpha Bois.",
                            **LILLE) == [("Alpha Bois", "soutenu")]


# --- a regional natural park, a partner of rural fiches ------------------------------------------------

CHARTREUSE = {"member": "Communauté de communes Cœur de Chartreuse", "kind": "Communauté de communes",
              "address": "2 rue du Mont-Blanc\n38380 Saint-Laurent-du-Pont"}


@pytest.mark.parametrize("sentence, park", [
    ("Partenariat avec le PNR de Chartreuse et la Chambre d'agriculture de l'Isère pour le projet alimentaire "
     "territorial.", "PNR de Chartreuse"),
    ("Avec le Parc naturel régional des Pyrénées ariégeoises, elle accompagne 12 agriculteurs.",
     "Parc naturel régional des Pyrénées ariégeoises"),
])
def test_a_regional_natural_park_is_a_public_partner(sentence, park):
    found = [(m.name, m.category, m.role, m.parent) for m in action_mentions(sentence, **CHARTREUSE)]
    assert (park, "organisme-public", "partenaire", "parcs-naturels-regionaux") in found


def test_a_park_written_both_ways_is_one_organisation():
    first, = [m.slug for m in action_mentions("Partenariat avec le PNR de Chartreuse.", **CHARTREUSE)]
    second, = [m.slug for m in action_mentions("Partenariat avec le Parc naturel régional de Chartreuse.",
                                               **CHARTREUSE)]
    assert first == second


# --- the waste syndicates, partners of the ressourceries --------------------------------------------------

VAL_DE_SAONE = {"member": "Communauté de communes du Val de Saône", "kind": "Communauté de communes",
                "address": "2 rue de la Mairie\n01190 Pont-de-Vaux"}


@pytest.mark.parametrize("sentence, name, kind", [
    ("Avec le SMICTOM du Val de Saône, la communauté soutient la recyclerie Alpha Bois.", "SMICTOM du Val de Saône",
     "syndicat-mixte"),
    ("En partenariat avec le SICTOM de Gray, la communauté a ouvert la ressourcerie Beta.", "SICTOM de Gray",
     "syndicat-intercommunal"),
])
def test_a_waste_syndicate_is_a_collectivite(sentence, name, kind):
    found = [(m.name, m.category, m.kind, m.role) for m in action_mentions(sentence, **VAL_DE_SAONE)]
    assert (name, "collectivite", kind, "partenaire") in found


# --- the member as the agent of a support participle, past a measure or a date -----------------------------

NANCY = {"member": "Ville de Nancy", "kind": "Commune", "address": "1 place Stanislas\n54000 Nancy"}


@pytest.mark.parametrize("incise", [
    "financée à 50 % par la Ville",
    "financée en partie par la Ville",
    "subventionnée à hauteur de 20 000 € par la Ville",
    "accompagnée depuis 2019 par la Ville",
])
def test_the_member_s_support_past_a_measure_or_a_date(incise):
    assert roles_in_a_fiche(f"L'association Alpha Bois, {incise}, gère un jardin partagé.", **NANCY) == [
        ("Alpha Bois", "porteur"), ("Alpha Bois", "soutenu")]


def test_another_body_s_support_past_a_measure_is_not_the_member_s():
    assert ("Alpha Bois", "soutenu") not in roles_in_a_fiche(
        "L'association Alpha Bois, financée à 50 % par la Région, gère un jardin partagé.", **NANCY)


# --- a cleft's subject, and "grâce à" the member ----------------------------------------------------------

BESANCON = {"member": "Ville de Besançon", "kind": "Commune", "address": "2 rue Mégevand\n25034 Besançon Cedex"}


@pytest.mark.parametrize("sentence, givers", [
    ("C'est la Région qui finance la SCIC Gamma Bois.", ["Région Bourgogne-Franche-Comté"]),
    ("Ce sont la Région et l'ADEME qui financent la SCIC Gamma Bois.", ["ADEME", "Région Bourgogne-Franche-Comté"]),
])
def test_what_another_body_funds_in_a_cleft_is_not_the_member_s(sentence, givers):
    assert roles_in_a_fiche(sentence, **BESANCON) == [(giver, "partenaire") for giver in givers]


def test_what_the_member_funds_in_a_cleft_is_its_support():
    assert roles_in_a_fiche("C'est la Ville qui finance l'association Alpha Bois.", **BESANCON) == [
        ("Alpha Bois", "soutenu")]


@pytest.mark.parametrize("sentence", [
    "Grâce à la Ville, l'association Alpha Bois a pu ouvrir une épicerie solidaire.",
    "Grâce au soutien de la Ville, l'association Alpha Bois a pu ouvrir une épicerie solidaire.",
    "L'association Alpha Bois a pu ouvrir une épicerie solidaire avec le soutien de la Ville.",
])
def test_what_a_structure_could_do_with_the_member_s_help(sentence):
    assert roles_in_a_fiche(sentence, **BESANCON) == [("Alpha Bois", "porteur"), ("Alpha Bois", "soutenu")]


def test_what_a_structure_did_with_another_body_s_help_is_not_the_member_s():
    assert roles_in_a_fiche("Grâce à France Active, la SCOP Beta Bat a ouvert un atelier.", **BESANCON) == [
        ("Beta Bat", "porteur"), ("France Active", "partenaire")]
