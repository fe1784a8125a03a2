"""Wrong and lost facts of the forty-first round: "L'association X a créé la SCIC Y" read as the
member's help to create Y; "la Région" and "le Département" named by their kind alone in another
member's fiche lost (the région or the département the member lies in); "Sans l'aide de la Région
Pays de la Loire" that made the Région a partner; "X, qui a reçu 20 000 € de la Fondation de France,
gère le jardin" that made the Fondation the garden's carrier; "l'Agglomération et la Région y ont
pris des parts" that lost the member's shares once the Région was a body; universities and
hospitals lost ("l'Université d'Artois") or typed as ESS structures ("l'IUT de Laval"), the CNRS
and INRAE too; the member written by its initials ("la CUA", "la CAPB") or its whole name after
"avec le soutien de" not read as the member; and a company's work counted with a bound or a range
("sert entre 250 et 300 repas") not read as its work.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from extraction_helpers import HERE, converted, mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.known import member_initials
from rtes_kg.extract.places import area_name

RTES = "https://w3id.org/rtes/ontology#"
ORG = "https://w3id.org/rtes/org/"


LILLE = {"member": "Ville de Lille", "address": "Place Augustin Laurent\n59000 Lille"}
BOURG = {"member": "Ville de Bourg-en-Bresse", "address": "Boulevard Victor Hugo\n01000 Bourg-en-Bresse"}
AJACCIO = {"member": "Ville d'Ajaccio", "address": "Avenue Antoine Serafini\n20000 Ajaccio"}
GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles-de-Gaulle\n33000 Bordeaux"}
BRETAGNE = {"member": "Région Bretagne", "kind": "Région", "address": "283 avenue du Général Patton\n35000 Rennes"}


# --- a body founded by another named body is not the member's creation ------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Bizi Garbia a créé en 2019 la SCIC Garbiketa, qui collecte les biodéchets des restaurants.",
     [("Bizi Garbia", "porteur"), ("Garbiketa", "porteur")]),
    ("France Active a créé la SCIC Alpha Bois.", [("Alpha Bois", "porteur"), ("France Active", "porteur")]),
    # (the relative clause says whom the Ville subsidises since round 44: Le Tri, not its founder)
    ("L'association Laval Solidaire a fondé la recyclerie Le Tri, que la Ville subventionne.",
     [("Laval Solidaire", "porteur"), ("Le Tri", "soutenu")]),
    # the member's own creation, or a public body's act (the Région a partner, the SCIC its own)
    ("La Ville a créé la SCIC Bois Local.", [("Bois Local", "cree")]),
    ("La Ville de Laval a créé en 2018 la SCIC Bois Local.", [("Bois Local", "cree")]),
    ("La Région a créé la SCIC Bois Local.", [("Région Pays de la Loire", "partenaire")]),
    ("La Caisse des Dépôts a créé la SCIC Bois Local.", [("Caisse des Dépôts", "partenaire")]),
])
def test_who_founded_a_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- "la Région", "le Département": the member's région and département ------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'épicerie solidaire La Clé, cofinancée par la Région et la Ville, a ouvert en 2020.",
     [("La Clé", "porteur"), ("La Clé", "soutenu"), ("Région Pays de la Loire", "partenaire")]),
    ("Avec le soutien du Département, l'association Main Verte anime trois jardins.",
     [("Département de la Mayenne", "partenaire"), ("Main Verte", "porteur")]),
    ("Le Conseil régional et le Conseil départemental soutiennent aussi la SCOP Alpha, que la Ville finance.",
     [("Alpha", "soutenu"), ("Département de la Mayenne", "partenaire"), ("Région Pays de la Loire", "partenaire")]),
    # not a body of that kind: a complement makes another body, a name in quotes, a named one before
    ("Le Conseil départemental de l'insertion par l'activité économique réunit les SIAE.", []),
    ("La Ville soutient le festival « Région Solidaire ».", []),
    ("La Région Bretagne finance l'association Beta ; la Région lui loue aussi un local.",
     [("Région Bretagne", "partenaire")]),
])
def test_the_region_and_the_departement_by_their_kind(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("member", "expected"), [
    (LILLE, [("Département du Nord", "partenaire"), ("Région Hauts-de-France", "partenaire")]),
    (BOURG, [("Département de l'Ain", "partenaire"), ("Région Auvergne-Rhône-Alpes", "partenaire")]),
    # Corsica's postcode says two départements; and its Région is the Collectivité de Corse since 2018,
    # no body "Région Corse" (round 42): none
    (AJACCIO, []),
    # the member's own kind is the member; a région's "le Département" may be any of its own
    (GIRONDE, [("Région Nouvelle-Aquitaine", "partenaire")]),
    (BRETAGNE, []),
])
def test_the_article_and_the_territory_of_each_member(member, expected):
    sentence = "La Région et le Département financent l'association Beta, avec la Ville."
    assert [found for found in in_the_fiche(sentence, **member) if found[0] != "Beta"] == expected


def test_the_names_written_after_the_kind():
    assert [area_name("region", "52"), area_name("departement", "53"), area_name("departement", "59"),
            area_name("departement", "01"), area_name("departement", "28"), area_name("departement", "13"),
            area_name("departement", "75")] == [
        "Pays de la Loire", "de la Mayenne", "du Nord", "de l'Ain", "d'Eure-et-Loir", "des Bouches-du-Rhône",
        "de Paris"]


def test_the_region_of_a_commune_s_fiche_is_the_named_region_s_node(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nType de collectivité : Commune\nAdresse : Place du 11 novembre\n"
                                "53000 Laval\n\nExemples d'actions :\n\n"
                                "• L'association Main Verte anime trois jardins avec le soutien de la Région.\n")
    region = URIRef(ORG + "region-pays-de-la-loire")
    assert (None, URIRef(RTES + "partenaire"), region) in graph
    assert graph.value(region, SKOS.prefLabel) == Literal("Région Pays de la Loire", lang="fr")


# --- help done without, and the verb after a relative clause ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sans l'aide de la Région Pays de la Loire, la Ville finance seule la coopérative Txirrindola.",
     [("Txirrindola", "soutenu")]),
    ("Sans soutien de la Fondation de France, la coopérative Txirrindola a ouvert un atelier, que la Ville "
     "soutient.", [("Txirrindola", "soutenu")]),
    ("Sans l'aide de la Région, la Ville finance seule la coopérative Txirrindola.", [("Txirrindola", "soutenu")]),
    # with it, a partner
    ("Avec l'aide de la Région, la coopérative Txirrindola a ouvert un atelier.",
     [("Région Pays de la Loire", "partenaire"), ("Txirrindola", "porteur")]),
])
def test_help_done_without_names_no_partner(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Graines Vives, qui a reçu 20 000 € de la Fondation de France, gère le jardin partagé.",
     [("Fondation de France", "partenaire"), ("Graines Vives", "porteur")]),
    ("L'association Graines Vives, qui reçoit des denrées de la Banque Alimentaire de la Mayenne, gère "
     "l'épicerie.", [("Banque Alimentaire de la Mayenne", "partenaire"), ("Graines Vives", "porteur")]),
    # the member's support in the relative clause, and another's beside the member's
    ("L'association Graines Vives, dont la Ville est membre, gère le jardin partagé.",
     [("Graines Vives", "partenaire"), ("Graines Vives", "porteur")]),
    ("La Ville finance l'association Graines Vives, qui reçoit aussi une aide de la Fondation de France.",
     [("Fondation de France", "partenaire"), ("Graines Vives", "soutenu")]),
])
def test_the_verb_after_a_relative_clause_is_its_antecedent_s(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the member beside another body before "y a pris des parts" ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Bois 53 produit du bois ; la Ville et la Caisse des Dépôts y ont pris des parts.",
     [("Bois 53", "actionnaire"), ("Bois 53", "porteur"), ("Caisse des Dépôts", "partenaire")]),
    ("La SCIC Bois 53 produit du bois ; la Caisse des Dépôts et la Ville y ont pris des parts.",
     [("Bois 53", "actionnaire"), ("Bois 53", "porteur"), ("Caisse des Dépôts", "partenaire")]),
    # another body alone
    ("La SCIC Bois 53 produit du bois ; la Caisse des Dépôts y a pris des parts.",
     [("Bois 53", "porteur"), ("Caisse des Dépôts", "partenaire")]),
])
def test_the_member_among_the_subjects_that_took_shares(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- universities and hospitals: public bodies named by their kind -------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Avec l'Université de Bordeaux, la Ville a lancé une chaire « Territoires solidaires ».",
     [("Université de Bordeaux", "universite-de-bordeaux", "partenaire")]),
    ("Le forum est organisé avec l'IUT de Laval et l'université de Nantes.",
     [("IUT de Laval", "iut-de-laval", "partenaire"), ("Université de Nantes", "universite-de-nantes", "partenaire")]),
    ("Le forum est organisé avec l’Université de Pau et des Pays de l’Adour.",
     [("Université de Pau et des Pays de l’Adour", "universite-de-pau-et-des-pays-de-l-adour", "partenaire")]),
    ("La Ville travaille avec l'Université Paris-Est Créteil et le CHU de Rennes.",
     [("CHU de Rennes", "chu-de-rennes", "partenaire"),
      ("Université Paris-Est Créteil", "universite-paris-est-creteil", "partenaire")]),
    ("Partenaires : Université Lyon 2, CNRS, INRAE.",
     [("Centre national de la recherche scientifique", "cnrs", "partenaire"),
      ("Institut national de recherche pour l'agriculture, l'alimentation et l'environnement", "inrae", "partenaire"),
      ("Université Lyon 2", "universite-lyon-2", "partenaire")]),
    # an université populaire is an association, and no body is named by "l'université" alone
    ("La Ville soutient l'université populaire Le Savoir Partagé.", []),
    ("Les étudiants de l'université animent l'atelier.", []),
])
def test_universities_and_hospitals_are_public_bodies(sentence, expected):
    assert mentions(sentence)[0] == expected


def test_a_university_is_a_public_body_in_the_graph(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d'actions :\n\n"
                                "• Chaire ESS : créée en 2023 par l'Université d'Angers avec le soutien de la Ville.\n")
    university = URIRef(ORG + "universite-d-angers")
    types = set(graph.objects(university, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")))
    assert URIRef("http://data.europa.eu/m8g/PublicOrganisation") in types
    assert URIRef(RTES + "StructureESS") not in types


# --- the member by its initials ----------------------------------------------------------------

CAPB = {"member": "Communauté d'agglomération du Pays Basque", "kind": "Communauté d'agglomération",
        "address": "15 avenue Foch\n64100 Bayonne"}
SBAA = {"member": "Saint-Brieuc Armor Agglomération", "kind": "Communauté d'agglomération",
        "address": "3 place de la Résistance\n22000 Saint-Brieuc"}


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("L'association Bizi Garbia est soutenue par la CAPB.", CAPB, [("Bizi Garbia", "soutenu")]),
    ("La CAPB finance l'association Bizi Garbia.", CAPB, [("Bizi Garbia", "soutenu")]),
    ("La SCIC Garbiketa, dont la CAPB est sociétaire, collecte 450 tonnes de biodéchets.", CAPB,
     [("Garbiketa", "actionnaire"), ("Garbiketa", "porteur")]),
    # the member by its whole name, or its initials, as the agent of a support
    # (round 45: after the member's help that opens the sentence, its subject's work is its own: a carrier too)
    ("Avec le soutien de Saint-Brieuc Armor Agglomération, l'association Alpha Bois a ouvert un atelier.", SBAA,
     [("Alpha Bois", "porteur"), ("Alpha Bois", "soutenu")]),
    ("Avec le soutien de SBAA, l'association Alpha Bois a ouvert un atelier.", SBAA,
     [("Alpha Bois", "porteur"), ("Alpha Bois", "soutenu")]),
    # initials that are no member's: another body's
    ("L'association Bizi Garbia est soutenue par la CAF.", CAPB,
     [("Bizi Garbia", "porteur"), ("CAF", "partenaire")]),
])
def test_the_member_by_its_initials(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


def test_the_initials_a_member_may_be_written_by():
    assert [member_initials(name) for name in (
        "Communauté urbaine d'Arras", "Communauté d'agglomération du Pays Basque", "Métropole Européenne de Lille",
        "Communauté urbaine Creusot-Montceau", "Ville de Laval", "Dijon Métropole")] == [
        "CUA", "CAPB", "MEL", "CUCM", None, None]
    # initials that the curated list or a kind already gives another meaning
    assert member_initials("Communauté d'Agglomération de Forbach") is None  # the CAF


# --- a company's work counted with a bound or a range ------------------------------------------

@pytest.mark.parametrize("work", ["sert entre 250 et 300 repas par jour", "emploie de 12 à 15 salariés",
                                  "sert près de 300 repas par jour"])
def test_a_shareholding_company_at_work_carries_the_action(work):
    assert in_the_fiche(f"La SCIC Le Court-Circuit, dont la Ville est sociétaire depuis 2021, {work}.") == [
        ("Le Court-Circuit", "actionnaire"), ("Le Court-Circuit", "porteur")]


# --- bodies that cofinance together, and the member's own kind wherever its address is ---------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La CAF et la Région cofinancent la SCIC Alpha.",
     [("CAF", "partenaire"), ("Région Pays de la Loire", "partenaire")]),
    ("Le Département et la Région cofinancent la SCIC Alpha.",
     [("Département de la Mayenne", "partenaire"), ("Région Pays de la Loire", "partenaire")]),
    # the member among them, or one body alone that cofinances beside it
    ("La CAF et la Ville cofinancent la SCIC Alpha.", [("Alpha", "soutenu"), ("CAF", "partenaire")]),
    ("La CAF cofinance la SCIC Alpha.", [("Alpha", "soutenu"), ("CAF", "partenaire")]),
])
def test_bodies_that_cofinance_together_without_the_member(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_the_member_s_own_kind_is_the_member_whatever_its_address():
    # a Département whose address is in another département: "le Département" is still the member
    assert in_the_fiche("Le Département et la Région cofinancent la SCIC Alpha.", member="Département de la Drôme",
                        kind="Département", address="1 rue X\n44000 Nantes") == [
        ("Alpha", "soutenu"), ("Région Pays de la Loire", "partenaire")]


# --- the member among the founders after "créée par" ---------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Énergies Citoyennes, créée en 2016 par 300 habitants et la Ville, a installé 12 centrales.",
     [("Énergies Citoyennes", "cree")]),
    ("La SCIC Énergies Citoyennes, créée en 2016 par la CAF et la Ville, a installé 12 centrales.",
     [("CAF", "partenaire"), ("Énergies Citoyennes", "cree")]),
    ("La SCIC Énergies Citoyennes a été créée par la Ville de Laval.", [("Énergies Citoyennes", "cree")]),
    # others alone
    ("La SCIC Énergies Citoyennes, créée par des habitants, a installé 12 centrales.",
     [("Énergies Citoyennes", "porteur")]),
    ("La SCIC Énergies Citoyennes a été créée par la CAF et la Caisse des Dépôts.",
     [("CAF", "partenaire"), ("Caisse des Dépôts", "partenaire"), ("Énergies Citoyennes", "porteur")]),
])
def test_the_member_among_the_founders_after_cree_par(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- an amount in a support's incise; names after an uncounted kind's "dont" --------------------

def test_an_amount_in_the_incise_of_the_member_s_support_leaves_the_verb_to_its_structure():
    assert in_the_fiche("Le garage solidaire Auto Partage 53, soutenu par la Ville à hauteur de 80 000 €, a ouvert "
                        "une deuxième antenne à Craon.") == [
        ("Auto Partage 53", "porteur"), ("Auto Partage 53", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient les ressourceries du territoire, dont Le Grenier et La Trouvaille.",
     [("La Trouvaille", "soutenu"), ("Le Grenier", "soutenu")]),
    # a relative clause after "dont", its subject the member or another body
    ("La Ville soutient les associations du quartier, dont la Ville est membre.", []),
    ("La Ville soutient les SCIC du territoire, dont Laval Agglomération est sociétaire.",
     [("Laval Agglomération", "partenaire")]),
])
def test_the_names_after_an_uncounted_kind_s_dont(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_the_regional_associations_of_france_active_by_their_former_names(tmp_path):
    graph = converted(tmp_path, "Région Grand Est\n\nType de collectivité : Région\nAdresse : 1 place Adrien Zeller\n"
                                "67070 Strasbourg Cedex\n\nProgramme d'intervention :\nLa Région finance les "
                                "dispositifs d'accompagnement d'Alsace Active, Lorraine Active et Champagne-Ardenne "
                                "Active.\n")
    network = URIRef(ORG + "france-active")
    chapters = {str(graph.value(chapter, SKOS.prefLabel))
                for chapter in graph.subjects(URIRef("http://www.w3.org/ns/org#subOrganizationOf"), network)}
    assert chapters == {"France Active Alsace", "France Active Lorraine", "France Active Champagne-Ardenne"}


# --- a range of a count keeps both bounds ---------------------------------------------------------

def test_a_range_of_a_count_has_its_bounds(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d'actions :\n\n"
                                "• L'entreprise d'insertion Terres d'Avenir emploie de 12 à 15 salariés et transforme "
                                "entre 80 et 100 tonnes de légumes par an.\n• L'épicerie accueille 20 à 30 bénévoles.\n"
                                "• La légumerie emploie 14 salariés.\n")
    schema = "https://schema.org/"
    figures = {}
    for node in graph.subjects(URIRef(schema + "value"), None):
        low, high = (graph.value(node, URIRef(schema + name)) for name in ("minValue", "maxValue"))
        figures[float(graph.value(node, URIRef(schema + "value")).toPython())] = (
            None if low is None else float(low.toPython()), None if high is None else float(high.toPython()))
    assert figures == {15.0: (12.0, 15.0), 100.0: (80.0, 100.0), 30.0: (20.0, 30.0), 14.0: (None, None)}


# --- what a fronted participle of creation says was created ---------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # the subject after the participle's comma is the body created, named or pointed back at by its kind
    ("Créée en 2019 avec l'appui de la Ville, la CAE Coopaname accompagne 40 entrepreneurs.",
     [("Coopaname", "cree"), ("Coopaname", "porteur")]),
    ("Recyclerie Le Grenier du Bocage : créée en 2012 à l'initiative de la Ville, la recyclerie est gérée par "
     "l'association Emmaüs Laval depuis 2018.", [("Emmaüs Laval", "porteur"), ("Le Grenier du Bocage", "cree")]),
    # a body named later, the agent of another verb, was not created
    ("Créée en 2012 à l'initiative de la Ville, la recyclerie est gérée par l'association Emmaüs Laval.",
     [("Emmaüs Laval", "porteur")]),
    # the member at the end of a list of founders
    ("Le tiers-lieu est porté par la SCIC La Fabrik, créée en 2022 par des habitants, des associations et la Ville.",
     [("La Fabrik", "cree"), ("La Fabrik", "porteur")]),
])
def test_what_a_fronted_participle_of_creation_created(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a network named by its head and its members in lower case -----------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Organisée chaque année avec le Réseau des acteurs de l'ESS de Pantin (RAEP), la fête réunit 60 exposants.",
     [("Réseau des acteurs de l'ESS de Pantin", "partenaire")]),
    ("La Ville a cédé un terrain à la coopérative d'habitants Le Village Vertical, avec l'appui de la Fédération "
     "française des coopératives d'habitants.",
     [("Fédération française des coopératives d'habitants", "partenaire"), ("Le Village Vertical", "soutenu")]),
    ("La Ville soutient l'Union régionale des entreprises solidaires, qui fédère 40 SIAE.",
     [("Union régionale des entreprises solidaires", "soutenu")]),
    # a verb after the members: where the name ends is unsaid
    ("Le Collectif des associations du quartier organise la fête.", []),
])
def test_a_network_named_by_its_members(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the examples in parentheses of what a cue is said of -----------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville finance les structures d'accompagnement (France Active Pays de la Loire, l'URSCOP et la CRESS).",
     [("CRESS Pays de la Loire", "soutenu"), ("France Active Pays de la Loire", "soutenu"),
      ("URSCOP Pays de la Loire", "soutenu")]),
    ("Elle finance les structures d'accompagnement (France Active Pays de la Loire, l'Union régionale des SCOP).",
     [("France Active Pays de la Loire", "soutenu"), ("Union régionale des SCOP", "soutenu")]),
    # no cue before the plural: the items' own roles
    ("Les partenaires du projet (France Active Pays de la Loire, la CRESS) accompagnent les porteurs.",
     [("CRESS Pays de la Loire", "partenaire"), ("France Active Pays de la Loire", "partenaire")]),
])
def test_the_examples_in_parentheses_of_what_a_cue_is_said_of(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a budget compared with another year's; a share is no count -----------------------------------

def test_the_year_of_a_budget_compared_after_a_comma_is_not_its_lines(tmp_path):
    graph = converted(tmp_path, "Ville de Brest\n\nBudget consacré à l'ESS\n\nLe budget ESS de la Ville s'élève à "
                                "540 000 € en 2024, contre 480 000 € en 2022. Il comprend 120 000 € de subventions "
                                "aux associations et 60 000 € pour le fonds d'amorçage.\n")
    years = {str(year) for year in graph.objects(None, URIRef(RTES + "annee"))}
    assert years == {"2024"}


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Trois emplois sur quatre créés sont toujours en activité.", []),
    ("8 projets sur 10 ont abouti.", []),
    # a total with a noun of its own, or a period: counts
    ("Elle emploie 12 salariés en insertion sur 20 postes.", [12, 20]),
    ("La recyclerie a collecté 150 tonnes sur 3 ans.", [150]),
])
def test_a_share_is_no_count(sentence, counts):
    assert [int(q.value) for q in find_quantities(sentence, HERE)] == counts


# --- the member as a body's funder --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville est le principal financeur de l'association Alpha Bois.", [("Alpha Bois", "soutenu")]),
    ("La Ville est l'un des financeurs de la SCIC Alpha Bois.", [("Alpha Bois", "soutenu")]),
    ("Chantier d'insertion Les Recycleurs : 24 salariés en parcours. La Ville est le deuxième financeur du chantier "
     "après l'État.", [("Les Recycleurs", "soutenu")]),
    # another body's funding: its own
    ("La CAF est le premier financeur de l'association Alpha Bois.", [("CAF", "partenaire")]),
    ("Le Département, premier financeur de l'association Alpha Bois, a voté 20 000 €.",
     [("Département de la Mayenne", "partenaire")]),
])
def test_the_member_as_a_body_s_funder(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_contract_the_member_awards_is_no_support():
    assert in_the_fiche("La SCOP Titi Floris, spécialisée dans le transport de personnes à mobilité réduite, emploie "
                        "450 salariés ; la Ville lui a attribué un marché de transport scolaire adapté.") == [
        ("Titi Floris", "porteur")]
    assert in_the_fiche("La Ville a attribué une subvention de 5 000 € à la SCOP Titi Floris.") == [
        ("Titi Floris", "soutenu")]


# --- a body named bare as the object of a verb of support --------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient Les Écossolies depuis 2010.", [("Les Écossolies", "soutenu")]),
    ("La Ville finance Baluchon à hauteur de 20 000 €.", [("Baluchon", "soutenu")]),
    ("La Ville subventionne Emmaüs Laval et Récup'R.", [("Emmaüs Laval", "soutenu"), ("Récup'R", "soutenu")]),
    # another body's support; a person, a place, a scheme
    ("La Région soutient Les Écossolies.", [("Région Pays de la Loire", "partenaire")]),
    ("La Ville soutient Marie Durand dans son projet.", []),
    ("La Ville soutient Territoires zéro chômeur.", []),
])
def test_a_body_named_bare_after_a_verb_of_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha Bois répare des vélos ; son principal financeur est la Ville.", [("Alpha Bois", "soutenu")]),
    ("L'association Alpha Bois répare des vélos ; ses financeurs sont la Ville et la CAF.",
     [("Alpha Bois", "soutenu"), ("CAF", "partenaire")]),
    # another body as its funder
    ("L'association Alpha Bois répare des vélos. Son principal financeur est la Région.",
     [("Alpha Bois", "porteur"), ("Région Pays de la Loire", "partenaire")]),
])
def test_its_funder_named_after_a_possessive(sentence, expected):
    assert in_the_fiche(sentence) == expected
