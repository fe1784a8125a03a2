"""Wrong and lost facts of the forty-ninth round: "Hôtel du Département, 93006 Bobigny Cedex" under the
contacts published as a person; the enterprises "La Fabrique à Initiatives … a fait émerger" created by
the member; the laureates of a call carriers because "Lot Vélo Solidaire" has a contract's "lot";
"avec le soutien de Quimper Bretagne Occidentale" lost; "Le Cluster ESS Ecopal, en lien avec
Euralimentaire, anime…" lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche
from rtes_kg.parse.document import parse_text

SEINE_SAINT_DENIS = {"member": "Département de la Seine-Saint-Denis", "kind": "Département",
                     "address": "Hôtel du Département\n93006 Bobigny Cedex"}
HAUTS_DE_FRANCE = {"member": "Région Hauts-de-France", "kind": "Région",
                   "address": "151 avenue du Président Hoover\n59555 Lille Cedex"}
CAHORS = {"member": "Communauté d'agglomération du Grand Cahors", "kind": "Communauté d'agglomération",
          "address": "72 rue Wilson\n46000 Cahors"}
QUIMPER = {"member": "Ville de Quimper", "kind": "Commune", "address": "44 place Saint-Corentin\n29000 Quimper"}
BORDEAUX = {"member": "Ville de Bordeaux", "kind": "Commune", "address": "Place Pey-Berland\n33000 Bordeaux"}


# --- an address among the contacts ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Hôtel du Département, 93006 Bobigny Cedex",
    "Le Pharo, 58 boulevard Charles Livon, 13007 Marseille",
])
def test_an_address_on_one_line_among_the_contacts_names_no_one(line):
    fiche, = parse_text("Département de la Seine-Saint-Denis\n\nType de collectivité : Département\n\n"
                        "Contacts\nVice-président délégué à l'ESS : M. Mathieu Hanotin\n"
                        f"Chargée de mission ESS : Mme Sarah Benali, sbenali@seinesaintdenis.fr\n{line}\n", "x.txt")
    assert [(contact.person, contact.titles) for contact in fiche.contacts] == [
        ("Mathieu Hanotin", ()), ("Sarah Benali", ())]
    assert [found.type for found in fiche.issues if found.source.line == 8] == ["adresse-dans-les-contacts"]


def test_a_contact_whose_line_goes_on_with_titles_is_still_read():
    fiche, = parse_text("Ville de Laval\n\nType de collectivité : Commune\n\nContact public\n"
                        "M. Jean Dupont, adjoint à l'économie sociale et solidaire, 12 rue de la Paix\n", "x.txt")
    assert [contact.person for contact in fiche.contacts] == ["Jean Dupont"]


# --- what another body did for the structures it lists ---------------------------------------------

def test_what_another_body_made_emerge_is_not_the_member_s_creation():
    found = roles_in_a_fiche("La Fabrique à Initiatives, animée par l'Atelier Île-de-France, a fait émerger 4 "
                             "entreprises sociales, dont la régie de quartier de Bobigny et la SCOP Les Marmites "
                             "Volantes.", **SEINE_SAINT_DENIS)
    assert found == [("Atelier Île-de-France", "porteur")]


def test_the_structures_another_body_accompanies_are_not_the_member_s_support():
    found = roles_in_a_fiche("L'URSCOP Hauts-de-France accompagne la reprise d'entreprises en SCOP : 18 reprises "
                             "en 2023, dont la SCOP Fonderie de Wattrelos (35 salariés).", **HAUTS_DE_FRANCE)
    assert found == [("URSCOP Hauts-de-France", "porteur")]


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    # the member's own incubator, so its apposition says
    ("Le Labo’M21, incubateur d’innovation sociale de la Ville, a accompagné 20 projets depuis 2020, parmi "
     "lesquels la SCOP Mobicoop et l’association Récup’R.", BORDEAUX,
     [("Le Labo’M21", "porteur"), ("Mobicoop", "soutenu"), ("Récup’R", "soutenu")]),
    # the member, by its kind or by its name
    ("La Ville a accompagné 46 projets, dont la SCIC Bois Local.", BORDEAUX, [("Bois Local", "soutenu")]),
    ("Le Grand Cahors a accompagné 12 projets, dont l'association Lot Vélo Solidaire.", CAHORS,
     [("Lot Vélo Solidaire", "soutenu")]),
    # a name in lower case is no other body's: the member's fund
    ("Le fonds d'investissement solidaire, géré par France Active, a permis de financer 45 entreprises, dont la "
     "SCOP Les Toits Verts.", SEINE_SAINT_DENIS, [("France Active", "porteur"), ("Les Toits Verts", "soutenu")]),
])
def test_what_the_member_or_its_own_did_for_the_structures_listed_is_still_its_own(sentence, member, expected):
    assert roles_in_a_fiche(sentence, **member) == expected


# --- a contract's word inside a name -----------------------------------------------------------------

def test_the_laureates_of_a_call_are_supported_though_a_name_holds_lot():
    found = roles_in_a_fiche("Appel à projets « ESS et transition » : 8 lauréats en 2024, parmi lesquels la "
                             "coopérative Enercoop Midi-Pyrénées et l’association Lot Vélo Solidaire, pour un "
                             "montant total de 60 000 €.", **CAHORS)
    assert found == [("Enercoop Midi-Pyrénées", "soutenu"), ("Lot Vélo Solidaire", "soutenu")]


def test_a_contract_s_lot_still_makes_its_holders_carriers():
    found = roles_in_a_fiche("Le lot 2 du marché de nettoyage a été attribué à 3 entreprises d'insertion, dont la "
                             "SCOP Net Services.", **CAHORS)
    assert found == [("Net Services", "porteur")]


# --- a brand after the noun of a gift ----------------------------------------------------------------

def test_an_intercommunalite_s_brand_after_the_noun_of_its_gift_is_a_partner():
    found = roles_in_a_fiche("La recyclerie Ti Récup est portée par l’association Emmaüs Quimper, avec le soutien "
                             "de Quimper Bretagne Occidentale et du Sydom.", **QUIMPER)
    assert ("Quimper Bretagne Occidentale", "partenaire") in found
    assert ("Emmaüs Quimper", "porteur") in found


def test_a_brand_at_the_end_of_a_collectivite_s_name_is_still_its_end():
    found = roles_in_a_fiche("La Ville soutient l'association Les Toits Verts avec la Métropole du Grand Paris.",
                             **QUIMPER)
    assert found == [("Les Toits Verts", "soutenu"), ("Métropole du Grand Paris", "partenaire")]


# --- a subject past an incise ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "name"), [
    ("Le Cluster ESS Ecopal, en lien avec Euralimentaire, anime le programme Cuisines Solidaires dans 12 lycées.",
     "Le Cluster ESS Ecopal"),
    ("Les Compagnons Bâtisseurs, avec le soutien de la Ville, réalisent 40 chantiers par an.",
     "Les Compagnons Bâtisseurs"),
    ("L'Atelier Grain de Sel, aux côtés de la Région, anime un jardin partagé.", "L'Atelier Grain de Sel"),
])
def test_a_subject_carries_its_verb_past_an_incise_of_help_or_of_a_partner(sentence, name):
    assert (name, "porteur") in roles_in_a_fiche(sentence, **HAUTS_DE_FRANCE)


def test_an_incise_that_is_no_help_leaves_the_verb_to_no_one():
    found = roles_in_a_fiche("Le Cluster ESS Ecopal, créé en 2012 par 30 entreprises, anime un programme.",
                             **HAUTS_DE_FRANCE)
    assert ("Le Cluster ESS Ecopal", "porteur") not in found


# --- the fields under a heading that groups them ------------------------------------------------------

@pytest.mark.parametrize("heading", ["Fiche d'identité", "Identité", "Informations générales", "1. Présentation"])
def test_bulleted_fields_under_a_heading_that_groups_them_are_read(heading):
    fiche, = parse_text(f"Ville de Villeurbanne\n\n{heading}\n- Type de collectivité : Commune\n"
                        "- Population : 156 928 habitants\n- Année d'adhésion : 2011\n\n"
                        "Politique ESS de la collectivité\nLa Ville soutient la SCIC Habitat et Partage.\n", "x.txt")
    assert (fiche.kind.text, fiche.population.value, fiche.membership_year.value) == ("Commune", 156928, 2011)
    assert not [found for found in fiche.issues if found.type in ("rubrique-autre", "fiche-incomplete")]


def test_bulleted_lines_under_a_prose_heading_stay_its_lines():
    fiche, = parse_text("Ville de Villeurbanne\n\nType de collectivité : Commune\n\nProgramme d'intervention\n"
                        "- Soutien aux structures de l'ESS\n- Population : accompagnement des habitants\n", "x.txt")
    assert fiche.population is None
    assert "Population : accompagnement des habitants" in fiche.programme.text


# --- the object of a verb past an amount and its rate ------------------------------------------------

def test_the_object_of_a_verb_past_an_amount_and_its_rate_is_supported():
    found = roles_in_a_fiche("Le Département finance à hauteur de 45 000 € par an le réseau Ressourceries du "
                             "Finistère, qui fédère 9 ressourceries.", member="Département du Finistère",
                             kind="Département", address="32 boulevard Dupleix\n29196 Quimper Cedex")
    assert found == [("Ressourceries du Finistère", "soutenu")]


# --- a verb's object after a list of companions ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Elle a créé avec la CINOR et la Région Réunion la SEM Saint-Denis Développement, chargée de la revitalisation "
    "du centre-ville.",
    "La Ville a créé avec la CINOR, la Région Réunion et l'ADEME la SEM Saint-Denis Développement.",
])
def test_the_object_of_a_verb_after_its_companions_listed_is_the_verb_s(sentence):
    found = roles_in_a_fiche(sentence, member="Ville de Saint-Denis", kind="Commune",
                             address="2 rue de Paris\n97400 Saint-Denis")
    assert ("Saint-Denis Développement", "cree") in found
    assert ("Région Réunion", "partenaire") in found


def test_a_list_after_avec_that_ends_the_sentence_is_the_companions_only():
    found = roles_in_a_fiche("La Ville soutient l'association X avec la CAF et la MSA.", **QUIMPER)
    assert found == [("CAF", "partenaire"), ("MSA", "partenaire"), ("X", "soutenu")]


# --- a kind in the plural, a kind named by its commune, a long name cut before its acronym -----------

GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles de Gaulle\n33074 Bordeaux Cedex"}


@pytest.mark.parametrize("sentence", [
    "Il soutient les Pôles Territoriaux de Coopération Économique (PTCE), les tiers-lieux labellisés et l'ATIS.",
    "Le Département soutient les Pôles Territoriaux de Coopération Économique depuis 2015.",
])
def test_a_kind_in_the_plural_names_no_body(sentence):
    assert not [name for name, _ in roles_in_a_fiche(sentence, **GIRONDE) if "Pôles" in name]


def test_a_kind_spelt_out_before_its_acronym_still_opens_the_name_after_it():
    found = roles_in_a_fiche("Le Département soutient la Société Coopérative et Participative (SCOP) Les Toits "
                             "Verts.", **GIRONDE)
    assert found == [("Les Toits Verts", "soutenu")]


def test_a_kind_and_its_adjective_named_by_a_commune_are_its_name():
    found = roles_in_a_fiche("Le Département a attribué 25 000 € à la coopérative funéraire de Bordeaux, SCIC créée "
                             "en 2019, pour son installation à Mérignac.", **GIRONDE)
    assert found == [("Coopérative funéraire de Bordeaux", "soutenu")]


def test_the_end_of_a_long_name_before_its_acronym_is_the_acronym_s_body():
    found = roles_in_a_fiche("Le Centre Permanent d'Initiatives pour l'Environnement (CPIE) Chaîne des Terrils, "
                             "soutenu par la Ville, anime la Base 11/19.", member="Ville de Loos-en-Gohelle",
                             kind="Commune", address="Rue Jean Jaurès\n62750 Loos-en-Gohelle")
    assert found == [("CPIE Chaîne des Terrils", "porteur"), ("CPIE Chaîne des Terrils", "soutenu")]


# --- the bodies beside the member, and a département that is no verb -----------------------------------

POITIERS = {"member": "Ville de Poitiers", "kind": "Commune", "address": "15 place du Maréchal Leclerc\n86000 Poitiers"}


@pytest.mark.parametrize("sentence", [
    "La Ville est sociétaire de la SCIC Alterna Poitou, aux côtés de Grand Poitiers, du Crédit Coopératif et de 120 "
    "particuliers.",
    "La Ville est sociétaire de la SCIC Alterna Poitou, aux côtés de 120 particuliers, du Crédit Coopératif et de "
    "la Caisse des Dépôts.",
    "La Ville est sociétaire de la SCIC Alterna Poitou, aux côtés des Cigales du Poitou, du Crédit Coopératif et de "
    "120 particuliers.",
])
def test_the_bodies_listed_beside_the_member_are_its_partners_not_its_shares(sentence):
    found = roles_in_a_fiche(sentence, **POITIERS)
    assert ("Alterna Poitou", "actionnaire") in found
    assert ("Crédit Coopératif", "partenaire") in found
    assert [name for name, role in found if role == "actionnaire"] == ["Alterna Poitou"]


def test_an_intercommunalite_s_brand_beside_the_member_is_a_partner():
    assert ("Grand Poitiers", "partenaire") in roles_in_a_fiche(
        "La Ville est sociétaire de la SCIC Alterna Poitou, aux côtés de Grand Poitiers.", **POITIERS)


def test_the_companies_the_member_holds_listed_with_de_are_still_its_shares():
    found = roles_in_a_fiche("La Ville est sociétaire de la SCIC Alterna Poitou, de la SCIC Bois Local et de la "
                             "coopérative Les Toits Verts.", **POITIERS)
    assert found == [("Alterna Poitou", "actionnaire"), ("Bois Local", "actionnaire"),
                     ("Les Toits Verts", "actionnaire")]


def test_a_departement_s_name_is_no_infinitive_that_opens_a_name():
    found = roles_in_a_fiche("Partenariat avec le PNR de Chartreuse et la Chambre d'agriculture de l'Isère pour le "
                             "projet alimentaire territorial (PAT), qui réunit 35 producteurs.",
                             member="Communauté de communes Cœur de Chartreuse", kind="Communauté de communes",
                             address="2 place de la Mairie\n38380 Entre-deux-Guiers")
    assert ("Chambre d'agriculture de l'Isère", "partenaire") in found


def test_a_field_restated_under_a_heading_that_groups_them_opens_no_second_fiche():
    fiches = parse_text("Ville de Nancy\n\nType de collectivité : Commune\nNombre d'habitants : 104 000\n"
                        "Année d'adhésion au RTES : 2021\n\nChiffres clés\nPopulation : 104 000 habitants\n"
                        "Budget ESS : 250 000 €\n\nExemples d'actions soutenues par la collectivité :\n"
                        "La Ville soutient la SCIC Le Grand Sauvage.\n", "x.txt")
    assert [fiche.name.text if fiche.name else None for fiche in fiches] == ["Ville de Nancy"]
    fiche, = fiches
    assert (fiche.population.value, [str(a.euros) for a in fiche.budget_amounts], len(fiche.actions)) == (
        104000, ["250000"], 1)
    assert not [found for found in fiche.issues if found.type in ("titre-absent", "fiche-incomplete")]


def test_a_second_kind_after_the_contacts_still_opens_the_next_fiche():
    fiches = parse_text("Ville de Nancy\n\nType de collectivité : Commune\nNombre d'habitants : 104 000\n\n"
                        "Contact public\nÉlu référent : Bertrand Masson\n\nType de collectivité : Commune\n"
                        "Nombre d'habitants : 3 000\n", "x.txt")
    assert len(fiches) == 2


def test_an_item_after_dont_named_with_its_own_kind_is_named_without_it():
    found = roles_in_a_fiche("La Communauté d'agglomération soutient 6 SCOP, dont la SCOP Alki.",
                             member="Communauté d'agglomération Pays Basque", kind="Communauté d'agglomération",
                             address="15 avenue Foch\n64100 Bayonne")
    assert found == [("Alki", "soutenu")]


def test_the_structures_another_body_helped_are_not_the_member_s_past_its_apposition():
    found = roles_in_a_fiche("La Métropole finance Ronalpia, incubateur d'entreprises sociales, qui a accompagné 150 "
                             "entrepreneurs, dont la SCOP Les Toits Verts.", member="Métropole de Lyon",
                             kind="Métropole", address="20 rue du Lac\n69003 Lyon")
    assert found == [("Ronalpia", "soutenu")]


def test_the_member_past_its_apposition_still_helped_them():
    found = roles_in_a_fiche("La Métropole, collectivité de 1,4 million d'habitants, qui a accompagné 150 projets, "
                             "dont la SCOP Les Toits Verts, soutient Ronalpia.", member="Métropole de Lyon",
                             kind="Métropole", address="20 rue du Lac\n69003 Lyon")
    assert ("Les Toits Verts", "soutenu") in found


# --- the head of a fiche, in other layouts ----------------------------------------------------------------

def test_a_title_in_capitals_over_key_information_stays_the_title():
    fiche, = parse_text("VILLE DE CHAMBÉRY\n\nInformations clés\nCollectivité : Commune\n"
                        "Population (INSEE 2021) : 60 000 habitants\nDate d'adhésion : 2016\n\n"
                        "Exemples d’actions soutenues\nLa Ville soutient la Recyclerie Chambérienne.\n", "x.txt")
    assert (fiche.name.text, fiche.kind.text, fiche.population.value, fiche.membership_year.value) == (
        "Ville de Chambéry", "Commune", 60000, 2016)


def test_the_fields_of_a_table_of_two_cells_are_read():
    fiche, = parse_text("Fiche adhérent – Ville de Saint-Brieuc\n\n1. Présentation\nType de collectivité | Commune\n"
                        "Habitants | 44 000\nAdhérent RTES depuis | 2014\n\n2. Politique ESS\n"
                        "La Ville soutient l'ESS depuis 2008.\n", "x.txt")
    assert (fiche.kind.text, fiche.population.value, fiche.membership_year.value) == ("Commune", 44000, 2014)


def test_a_row_of_links_is_still_no_heading():
    fiche, = parse_text("Ville de Laval\n\nType de collectivité : Commune\nContact | Mentions légales\n", "x.txt")
    assert not fiche.contacts


def test_the_facts_of_a_line_under_the_title_between_dashes_are_each_read():
    fiche, = parse_text("Département du Gers\nDépartement – 191 000 habitants – adhérent depuis 2019\n\n"
                        "Budget ESS : 300 000 €\n", "x.txt")
    assert (fiche.kind.text, fiche.population.value, fiche.membership_year.value) == ("Département", 191000, 2019)


@pytest.mark.parametrize(("member", "sentence", "name"), [
    ("Ville de Saint-Brieuc", "La Ville de Saint-Brieuc soutient l'association Steredenn.", "Steredenn"),
    ("Département du Gers", "Le Département du Gers soutient l'association Terres de Gascogne.", "Terres de Gascogne"),
])
def test_a_fiche_that_states_no_kind_is_still_the_member_its_name_says(member, sentence, name):
    from rtes_kg.extract.findings import read_fiches

    fiche, = read_fiches(f"{member}\n\nExemples d'actions soutenues par la collectivité :\n- {sentence}\n", "x.txt")
    assert [(m.name, m.role) for action in fiche.actions for m in action.mentions] == [(name, "soutenu")]


def test_a_page_s_label_after_the_name_is_no_part_of_the_title():
    fiche, = parse_text("Communauté d’Agglomération du Pays Basque – Fiche membre RTES\n\n"
                        "Nature de la collectivité : Communauté d'agglomération\nHabitants : 315 000\n"
                        "Année d'entrée au RTES : 2018\n", "x.txt")
    assert (fiche.name.text, fiche.population.value, fiche.membership_year.value) == (
        "Communauté d’Agglomération du Pays Basque", 315000, 2018)


def test_a_budget_and_a_contact_written_without_their_colon_are_read():
    fiche, = parse_text("Ville de Brest\nType de collectivité Commune\nNombre d'habitants 140 000\n"
                        "Budget ESS 500 000 €\nContact public\nÉlue référente Mme Gaëlle Abily\n", "x.txt")
    assert [str(amount.euros) for amount in fiche.budget_amounts] == ["500000"]
    assert [(c.role, c.person) for c in fiche.contacts] == [("Élue référente", "Gaëlle Abily")]


def test_a_service_then_a_person_after_a_dash_stays_a_person_of_that_service():
    fiche, = parse_text("Ville de Brest\nType de collectivité : Commune\n\nContact public\n"
                        "Service ESS – M. Paul Durand\n", "x.txt")
    assert [(c.role, c.person, c.service) for c in fiche.contacts] == [("Contact public", "Paul Durand", "Service ESS")]
