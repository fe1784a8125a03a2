"""Wrong and lost facts of the forty-sixth round: a participle's incise between a subject and its verb
read as the verb ("Le tiers-lieu X, hébergé à l'Écosite, accueille 12 structures dont Y": X a partner
and Y lost; "La Fondation X, installée à Lyon, finance Y": Y the member's); "le pôle ESS Sud Drôme"
named "Sud Drôme", a network named by its area; "le réseau des Ressourceries du Centre" no network;
"l'Union des Entreprises de l'ESS (UDES)" two bodies, "le Mouvement des Entrepreneurs Sociaux
(Mouves)" lost; "l'Union Départementale des Associations Familiales", "l'Association pour le
Développement de l'Économie Solidaire", "la Maison des Initiatives Solidaires" lost; "mis en œuvre
par X" X a partner, not the body that does it; "80 bénévoles de l'association Repair Café Cluny
réparent chaque mois…" a body "Repair Café Cluny réparent chaque"; "la Maison de Services au Public
de Cluny" cut to "Maison de Services"; "le Café de Fives, un café associatif" lost; "un local de
120m²" no figure; "fruit d'un partenariat entre A, B et C" A, B and C supported, and lost after
"issue d'"; "un contrat à impact social avec la SCIC X" X a partner, not the body paid for its
results. Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import action_mentions, bodies
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.records import Source

HERE = Source("test.txt", 1)

LYON = {"member": "Ville de Lyon", "address": "1 place de la Comédie\n69001 Lyon"}
VAL_DE_DROME = {"member": "Communauté de communes du Val de Drôme", "kind": "Communauté de communes",
                "address": "96 ronde des Alisiers\n26400 Eurre"}
VILLEURBANNE = {"member": "Ville de Villeurbanne", "address": "Place Lazare Goujon\n69100 Villeurbanne"}
CLUNISOIS = {"member": "Communauté de communes du Clunisois", "kind": "Communauté de communes",
             "address": "5 place du Marché\n71250 Cluny"}
SEINE_SAINT_DENIS = {"member": "Département de la Seine-Saint-Denis", "kind": "Département",
                     "address": "Hôtel du Département\n93006 Bobigny Cedex"}
ILLE_ET_VILAINE = {"member": "Département d'Ille-et-Vilaine", "kind": "Département",
                   "address": "1 avenue de la Préfecture\n35042 Rennes Cedex"}
LILLE = {"member": "Ville de Lille", "address": "Place Augustin Laurent\n59000 Lille"}
CENTRE_LITTORAL = {"member": "Communauté d'agglomération du Centre Littoral", "kind": "Communauté d'agglomération",
                   "address": "Quartier Balata Ouest\n97351 Matoury"}


# --- a participle's incise between a subject and its verb ----------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # the verb after the incise is the subject's: hosting, its structures partners
    ("Le tiers-lieu Alpha, hébergé à l'Écosite, accueille 12 structures dont la SCOP Ardelaine.",
     [("Alpha", "porteur"), ("Ardelaine", "partenaire")]),
    # another body's funding, past where it stands: not the member's support
    ("La Fondation Alpha, installée à Lyon, finance l'association Beta.", [("Fondation Alpha", "partenaire")]),
    ("La SCIC Alpha, créée en 2019, accompagne la SCOP Beta.", [("Alpha", "partenaire")]),
    # (the member's support in the incise: the subject's work is the member's action)
    ("L'association Alpha, soutenue par la Ville, accompagne la SCOP Beta.",
     [("Alpha", "porteur"), ("Alpha", "soutenu"), ("Beta", "soutenu")]),
])
def test_a_participle_s_incise_is_not_the_verb(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


# --- names of networks -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a network named by its area: the kind word is part of its name
    ("La Communauté de communes soutient le pôle ESS Sud Drôme.", [("Pôle ESS Sud Drôme", "reseau", None, "soutenu")]),
    ("La Communauté de communes soutient le pôle ESS Val de Drôme.",
     [("Pôle ESS Val de Drôme", "reseau", None, "soutenu")]),
    # (not by a name of its own)
    ("La Communauté de communes soutient le pôle ESS Horizons Solidaires.",
     [("Horizons Solidaires", "reseau", None, "soutenu")]),
    # a network's regional one is a network
    ("Soutien au réseau des Ressourceries du Centre (ReCentre), qui fédère 30 structures.",
     [("Réseau des Ressourceries du Centre", "reseau", None, "soutenu")]),
    # its members written with capitals
    ("La Communauté de communes travaille avec l'Union Départementale des Associations Familiales.",
     [("Union Départementale des Associations Familiales", "reseau", None, "partenaire")]),
])
def test_networks_named_by_their_area_or_members(sentence, expected):
    assert bodies(sentence, **VAL_DE_DROME) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a long name and its acronym, one body the curated list knows by both
    ("Le forum est organisé avec l’Union des Entreprises de l’ESS (UDES) et la CRESS AURA.",
     [("CRESS Auvergne-Rhône-Alpes", "partenaire"), ("UDES", "partenaire")]),
    ("La Ville travaille avec le Mouvement des Entrepreneurs Sociaux (Mouves).", [("Impact France", "partenaire")]),
    ("La Ville adhère au Mouves.", [("Impact France", "partenaire")]),
])
def test_networks_by_their_other_names(sentence, expected):
    assert in_the_fiche(sentence, **VILLEURBANNE) == expected


# --- a capitalised head and its complement -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'Association pour le Développement de l'Économie Solidaire (ADES).",
     [("Association pour le Développement de l'Économie Solidaire", "soutenu")]),
    ("La Ville soutient la Maison des Initiatives Solidaires.", [("Maison des Initiatives Solidaires", "soutenu")]),
    ("La Ville finance le Café des Enfants Solidaires.", [("Café des Enfants Solidaires", "soutenu")]),
    # (one capitalised word after it: a hall, maybe; a collectivité's house is the collectivité's)
    ("La Ville finance la Maison des Associations.", []),
    ("La Ville soutient l'association pour le développement local.", []),
])
def test_a_capitalised_head_and_its_complement(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


def test_a_collectivite_s_house_is_no_structure():
    assert ("Maison de la Région Auvergne-Rhône-Alpes", "structure-ess", None, "soutenu") not in bodies(
        "La Ville soutient la Maison de la Région Auvergne-Rhône-Alpes.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # its kind in an apposition, after an indefinite article
    ("La Ville finance le Café de Fives, un café associatif géré par des habitants.",
     [("Café de Fives", "structure-ess", "cafe-associatif", "soutenu")]),
    ("La Ville finance Alpha Beta, un café associatif.",
     [("Alpha Beta", "structure-ess", "cafe-associatif", "soutenu")]),
    ("La Ville finance La Belle Équipe, une association de quartier.",
     [("La Belle Équipe", "structure-ess", "association", "soutenu")]),
])
def test_a_kind_in_an_apposition_after_un(sentence, expected):
    assert bodies(sentence, **LILLE) == expected


# --- who does the work -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département finance à hauteur de 200 000 € par an le dispositif « Premières Heures » mis en œuvre par "
     "Emmaüs Défi et l'association Aurore auprès de 150 personnes sans domicile.",
     [("Aurore", "porteur"), ("Emmaüs Défi", "porteur")]),
    ("Le Département finance le dispositif Alpha, mise en place par l'association Aurore.", [("Aurore", "porteur")]),
    # (a gift: who lends it is a partner)
    ("Un local est mis à disposition par la Ville de Pantin à l'association Aurore.",
     [("Aurore", "porteur"), ("Ville de Pantin", "partenaire")]),
    # a social impact bond: the body paid for its results does the work, its investors are partners
    ("Le Département a signé en 2021 un contrat à impact social avec la SCIC Bâtir Ensemble, les investisseurs "
     "étant la Banque des Territoires et le Crédit Coopératif.",
     [("Banque des Territoires", "partenaire"), ("Bâtir Ensemble", "porteur"), ("Crédit Coopératif", "partenaire")]),
])
def test_who_does_the_work(sentence, expected):
    assert in_the_fiche(sentence, **SEINE_SAINT_DENIS) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à la plateforme « Entreprendre Autrement en Bretagne », fruit d’un partenariat entre la CRESS "
     "Bretagne, l’URSCOP Ouest et France Active Bretagne.",
     [("CRESS Bretagne", "partenaire"), ("France Active Bretagne", "partenaire"), ("URSCOP Ouest", "partenaire")]),
    ("Le Département soutient le festival Alpha, issu d'un partenariat entre la CRESS Bretagne et l’URSCOP Ouest.",
     [("CRESS Bretagne", "partenaire"), ("URSCOP Ouest", "partenaire")]),
])
def test_the_bodies_of_a_partnership(sentence, expected):
    assert in_the_fiche(sentence, **ILLE_ET_VILAINE) == expected


# --- where a name ends -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("80 bénévoles de l'association Repair Café Cluny réparent chaque mois une centaine d'objets.",
     [("Repair Café Cluny", "porteur")]),
    ("Les bénévoles de l'association Alpha réparent tous les mois des vélos.", [("Alpha", "porteur")]),
    # "au Public" goes on a name, no place
    ("La Communauté de communes finance la Maison de Services au Public de Cluny.",
     [("Maison de Services au Public de Cluny", "soutenu")]),
    ("La Communauté de communes soutient la Maison France Services de Cluny.",
     [("Maison France Services de Cluny", "soutenu")]),
])
def test_where_a_name_ends(sentence, expected):
    assert in_the_fiche(sentence, **CLUNISOIS) == expected


def test_a_local_desk_of_france_services_is_a_public_body_of_its_network():
    (found,) = action_mentions("La Communauté de communes finance la Maison de Services au Public de Cluny.",
                               **CLUNISOIS)
    assert (found.category, found.parent, found.place) == ("organisme-public", "france-services", "Cluny")


def test_the_social_security_fund_of_an_overseas_departement():
    assert in_the_fiche("En partenariat avec la CGSS et Pôle emploi, l'agglomération finance la plateforme de "
                        "mobilité Mobil'Guyane, gérée par l'association Wimoov.", **CENTRE_LITTORAL) == [
        ("CGSS", "partenaire"), ("France Travail", "partenaire"), ("Mobil'Guyane", "soutenu"), ("Wimoov", "porteur")]


# --- a unit written against its number ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("un local de 120m²", [("120", "metre-carre")]),
    ("un local de 120m2 en 2020", [("120", "metre-carre")]),
    ("4ha de maraîchage", [("4", "hectare")]),
    ("collecte 300t par an", [("300", "tonne-par-an")]),
    # (no unit after it: no figure)
    ("le 75m", []),
])
def test_a_unit_written_against_its_number(text, expected):
    assert [(str(q.value), q.unit) for q in find_quantities(text, HERE)] == expected


# --- the last action's title in a body's words -----------------------------------------------------

_HEAD = ("Année d'adhésion au RTES : 2015\n\nType de collectivité\nCommune\n\n"
         "Adresse\nPlace Augustin Laurent\n59000 Lille\n")


@pytest.mark.parametrize("title", ["Territoire zéro chômeur de longue durée", "Pôle ESS de Fives",
                                   "Pays de Lille Solidaire", "Ville en Transition", "Métropole Solidaire",
                                   "Syndicat des Maraîchers Solidaires"])
def test_the_last_action_titled_in_a_body_s_words_opens_no_fiche(title):
    text = (f"Ville de Lille\n\nExemples d'actions soutenues par la collectivité :\n\nRecyclerie de Fives\n"
            f"Portée par l'association Alpha, la recyclerie a collecté 620 tonnes en 2023.\n\n{title}\n"
            f"Le dispositif réunit 40 acteurs.\n\n{_HEAD}")
    fiche, = read_fiches(text, "test.txt")
    assert (fiche.name.text, fiche.kind.text) == ("Ville de Lille", "Commune")
    assert [action.text.split("\n")[0] for action in fiche.actions] == ["Recyclerie de Fives", title]


@pytest.mark.parametrize("below", ["La Ville de Brest est membre du RTES depuis 2005 et soutient l'ESS.",
                                   "Commune de 140 000 habitants."])
def test_a_fiche_s_title_over_what_it_says_of_itself_opens_a_fiche(below):
    text = ("Ville de Lille\n\nExemples d'actions soutenues par la collectivité :\n\n"
            "L'association Alpha a collecté 620 tonnes en 2023.\n\n"
            f"Ville de Brest\n{below}\n\nType de collectivité\nCommune\n\n"
            "Exemples d'actions soutenues par la collectivité :\n\nL'association Beta anime un jardin partagé.\n")
    assert [fiche.name.text for fiche in read_fiches(text, "test.txt")] == ["Ville de Lille", "Ville de Brest"]


# --- a plural noun and its count, a local body by its acronym, the member by its initials -------------

FINISTERE = {"member": "Département du Finistère", "kind": "Département",
             "address": "32 boulevard Dupleix\n29196 Quimper Cedex"}
DUNKERQUE = {"member": "Communauté urbaine de Dunkerque", "kind": "Communauté urbaine",
             "address": "Pertuis de la Marine\n59140 Dunkerque"}


@pytest.mark.parametrize("sentence", [
    "Le Département cofinance avec l'État les 4 pôles ESS du Finistère (Adess Cornouaille, Adess Pays de Brest).",
    "Le Département soutient les 4 pôles ESS du Finistère (Adess Cornouaille, Adess Pays de Brest).",
])
def test_the_items_of_a_counted_plural_take_its_role(sentence):
    assert in_the_fiche(sentence, **FINISTERE) == [("Adess Cornouaille", "soutenu"), ("Adess Pays de Brest", "soutenu")]


def test_a_job_area_committee_by_its_acronym():
    assert bodies("Soutien au Comité de bassin d'emploi (CBE) du Pays de Brest pour l'animation d'un groupement.",
                  **FINISTERE) == [("CBE du Pays de Brest", "structure-ess", None, "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the member among the funders: its support
    ("Structure porteuse : SCIC La Turbine. Partenaires financiers : CUD (80 000 €), Région Hauts-de-France.",
     [("La Turbine", "porteur"), ("La Turbine", "soutenu"), ("Région Hauts-de-France", "partenaire")]),
    ("La SCIC La Turbine gère le tiers-lieu. Partenaires : la CUD, la Région Hauts-de-France.",
     [("La Turbine", "porteur"), ("Région Hauts-de-France", "partenaire")]),
])
def test_the_member_s_initials_in_a_list_of_partners_are_the_member(sentence, expected):
    assert in_the_fiche(sentence, **DUNKERQUE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a kind spelt out before its acronym in parentheses: no name "Emploi", "Participative"
    ("Soutien au développement de la Coopérative d'Activités et d'Emploi (CAE) Oxalis.",
     [("Oxalis", "structure-ess", "cae", "soutenu")]),
    ("Soutien à la Société Coopérative et Participative (SCOP) Alpha.",
     [("Alpha", "structure-ess", "scop", "soutenu")]),
    ("Soutien à la Coopérative d'Activités et d'Emploi Oxalis.", [("Oxalis", "structure-ess", "cae", "soutenu")]),
    # (a name's apposition of its kind still names it)
    ("Soutien à Oxalis (CAE) et à Alpha (SCIC).",
     [("Alpha", "structure-ess", "scic", "soutenu"), ("Oxalis", "structure-ess", "cae", "soutenu")]),
])
def test_a_kind_spelt_out_before_its_acronym(sentence, expected):
    assert bodies(sentence) == expected


def test_a_kind_spelt_out_with_capitals_is_no_name_of_its_head():
    assert bodies("La Ville soutient l'Entreprise de Travail Temporaire d'Insertion (ETTI) Delta.") == [
        ("Delta", "structure-ess", "entreprise-insertion", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Née d'une initiative de la Ville, la SCIC Epsilon exploite une centrale solaire.",
     [("Epsilon", "cree"), ("Epsilon", "porteur")]),
    ("La SCIC Epsilon, née à l'initiative de la Ville, exploite une centrale.",
     [("Epsilon", "cree"), ("Epsilon", "porteur")]),
    # (born of others: no creation of the member's)
    ("La SCIC Epsilon, née de la fusion de l'association Alpha et de la SCOP Beta, exploite une centrale.",
     [("Epsilon", "porteur")]),
])
def test_born_of_the_member_s_initiative(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("Avec la CTM, la Ville cofinance la SCIC Alpha.", {"member": "Ville de Fort-de-France",
                                                        "address": "Hôtel de Ville\n97200 Fort-de-France"},
     [("Alpha", "scic", "soutenu"), ("Collectivité territoriale de Martinique", "collectivite-a-statut-particulier",
                                      "partenaire")]),
    ("Avec la CeA, l'Eurométropole cofinance la SCIC Alpha.",
     {"member": "Eurométropole de Strasbourg", "kind": "Métropole", "address": "1 parc de l'Étoile\n67076 Strasbourg"},
     [("Alpha", "scic", "soutenu"), ("Collectivité européenne d'Alsace", "collectivite-a-statut-particulier",
                                      "partenaire")]),
    # (the Commissariat à l'énergie atomique is no collectivité)
    ("Avec le CEA, l'Eurométropole cofinance la SCIC Alpha.",
     {"member": "Eurométropole de Strasbourg", "kind": "Métropole", "address": "1 parc de l'Étoile\n67076 Strasbourg"},
     [("Alpha", "scic", "soutenu")]),
    # the member by its initials
    ("La CTM soutient la SCIC Alpha.", {"member": "Collectivité Territoriale de Martinique",
                                       "kind": "Collectivité à statut particulier",
                                       "address": "Rue Gaston Defferre\n97200 Fort-de-France"},
     [("Alpha", "scic", "soutenu")]),
])
def test_a_collectivite_with_a_special_status_by_its_initials(sentence, member, expected):
    assert [(name, kind, role) for name, _, kind, role in bodies(sentence, **member)] == expected


def test_its_initials_and_its_name_in_full_are_one_body():
    fort_de_france = {"member": "Ville de Fort-de-France", "address": "Hôtel de Ville\n97200 Fort-de-France"}
    text = "Avec la CTM, la Ville cofinance la SCIC Alpha."
    full = "Avec la Collectivité Territoriale de Martinique, la Ville cofinance la SCIC Alpha."
    assert [m.slug for m in action_mentions(text, **fort_de_france) if m.category == "collectivite"] == [
        m.slug for m in action_mentions(full, **fort_de_france) if m.category == "collectivite"] == [
        "collectivite-a-statut-particulier-de-martinique"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an adverb between the participle of running and "par"
    ("La Ville a labellisé 8 Fabriques à Initiatives, portées notamment par Ronalpia et Alter'Incub.",
     [("Alter'Incub", "porteur"), ("Ronalpia", "porteur")]),
    ("Le lieu est géré conjointement par Ronalpia et la Ville.", [("Ronalpia", "porteur")]),
    # a label of the member's help
    ("Trois structures ont été aidées en 2023 : l'association Alpha, la SCOP Beta et l'EI Gamma.",
     [("Alpha", "soutenu"), ("Beta", "soutenu"), ("Gamma", "soutenu")]),
])
def test_agents_past_an_adverb_and_the_structures_helped(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a long kind spelt out with capitals before a name that starts with a commune's: the name alone
    ("La Ville soutient le Pôle Territorial de Coopération Économique Figeac Innov'.",
     [("Figeac Innov'", "structure-ess", "ptce", "soutenu")]),
    # (a name that is its territory: the kind is part of it)
    ("La Ville soutient la Maison de l'Emploi et de la Formation Loire Sud.",
     [("Maison de l'Emploi et de la Formation Loire Sud", "structure-ess", "maison-emploi", "soutenu")]),
])
def test_a_long_kind_before_a_name_that_opens_with_a_place(sentence, expected):
    assert bodies(sentence, member="Ville de Figeac", address="Place Vival\n46100 Figeac") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha, dont la Ville est le premier financeur, accompagne 300 jeunes.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("L'association Alpha, dont la Ville est l'un des principaux financeurs, accompagne 300 jeunes.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    # (another collectivité's funding)
    ("L'association Alpha, dont le Département est le premier financeur, accompagne 300 jeunes.",
     [("Alpha", "porteur"), ("Département du Rhône", "partenaire")]),
])
def test_the_member_as_the_funder_in_a_relative_of_dont(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


@pytest.mark.parametrize("sentence", [
    "La Ville propose des ateliers par le biais de la SCOP Beta.",
    "La Ville propose des ateliers via la SCOP Beta.",
])
def test_a_body_the_member_works_through_is_a_partner(sentence):
    assert in_the_fiche(sentence, **LYON) == [("Beta", "partenaire")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # another body, a capitalised name with its complement, hosts or lends: no support of the member's
    ("Le Marché d'Intérêt National héberge la légumerie Alpha.", []),
    ("Le Marché d'Intérêt National loue un local à la légumerie Alpha.", []),
    # (a name that may be the member's, shorter)
    ("Le Grand Lyon soutient l'association Alpha.", [("Alpha", "soutenu")]),
    ("Le Pays de Lyon soutient l'association Alpha.", [("Alpha", "soutenu")]),
])
def test_an_unknown_capitalised_body_that_gives(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a member of a cooperative holds its shares
    ("Le Département est membre de la SCIC Alpha.", [("Alpha", "actionnaire"), ("Alpha", "partenaire")]),
    ("Le Département est membre de la coopérative Beta.", [("Beta", "actionnaire"), ("Beta", "partenaire")]),
    # (of an association, or of a cooperative's board: a partner)
    ("Le Département est membre de l'association Gamma.", [("Gamma", "partenaire")]),
    ("Le Département est membre du conseil d'administration de la SCIC Alpha.", [("Alpha", "partenaire")]),
    # capitalised collectivités after a verb of support are no body's name
    ("Le Département soutient les Communes.", []),
])
def test_a_member_of_a_cooperative_and_capitalised_communes(sentence, expected):
    assert in_the_fiche(sentence, **FINISTERE) == expected


BESANCON = {"member": "Ville de Besançon", "address": "2 rue Mégevand\n25034 Besançon Cedex"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the member accompanies a project of a body: its support
    ("La Ville accompagne le projet de la SCIC Alpha.", [("Alpha", "soutenu")]),
    ("La Ville accompagne depuis 2019 le projet de supermarché coopératif « La Coop de Planoise ».",
     [("La Coop de Planoise", "soutenu")]),
    # (a body that accompanies others: its own work)
    ("La SCOP Beta, qui accompagne 30 entrepreneurs, a ouvert une boutique.", [("Beta", "porteur")]),
])
def test_the_member_accompanies_a_body_s_project(sentence, expected):
    assert in_the_fiche(sentence, **BESANCON) == expected


def test_a_departement_s_name_after_du_is_no_commune():
    found = action_mentions("Depuis 2018, la Ville met à disposition de la Recyclerie du Doubs un ancien gymnase.",
                            **BESANCON)
    assert [(m.name, m.place) for m in found] == [("Recyclerie du Doubs", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a common noun after "au" goes on with the name, even before more words
    ("L'association Droit au Vélo (ADAV) anime deux ateliers de réparation.", [("Droit au Vélo", "porteur")]),
    ("L'association Coup de Pouce au Travail accompagne 40 chômeurs.", [("Coup de Pouce au Travail", "porteur")]),
    # (a neighbourhood after "au" is the name's place)
    ("La recyclerie Kaz Rékup au Chaudron emploie 10 salariés.", [("Kaz Rékup", "porteur")]),
])
def test_a_common_noun_after_au_in_a_name(sentence, expected):
    assert in_the_fiche(sentence, member="Ville de Tourcoing", address="Place Victor Hassebroucq\n59200 Tourcoing") \
        == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name that goes on after "et" as a complement inside it did
    ("L'association Ensemble pour l'Insertion et l'Emploi accompagne 300 personnes.",
     [("Ensemble pour l'Insertion et l'Emploi", "porteur")]),
    # (another body after "et": a kind's, a collectivité's, an acronym's)
    ("L'association Alpha de la Loire et la SCOP Beta travaillent ensemble.",
     [("Alpha de la Loire", "porteur"), ("Beta", "porteur")]),
    ("Avec l'association Solidarités de la Lys et l'ADEME, la Ville a créé un lieu.",
     [("ADEME", "partenaire"), ("Solidarités de la Lys", "partenaire")]),
])
def test_a_name_that_goes_on_after_et_as_its_complement_did(sentence, expected):
    assert in_the_fiche(sentence, member="Ville de Tourcoing", address="Place Victor Hassebroucq\n59200 Tourcoing") \
        == expected
