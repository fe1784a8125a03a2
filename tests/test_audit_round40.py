"""Wrong and lost facts of the fortieth round: a body named by a capitalised kind and its complement
("la Fédération des CUMA", "le Collectif des Jardins de Soyaux", "l'Union des Couveuses") lost; a
kind's complement with "à" ("la coopérative de livraison à vélo Les Coursiers Lillois") that hid the
name; "depuis sa création" read as the member's help to create; "a soutenu l'implantation du Groupe
SOS" read as the Groupe's gift, "a soutenu le lancement de la SCIC X" as X carrying it; an
agreement of objectives said after the name ("a signé avec l'association X une CPO") read as a mere
partnership; a bare kind of member under the title ("Intercommunalité") taken for the title;
"Des habitants ont créé l'association X" read as the member's creation; "; la Ville y a pris des
parts" given to the first company of the sentence before, or to none when another body opened it;
"Soutien à la création de la SCIC X : la Ville a souscrit 50 parts" that lost the shares ("à" read as
the verb "a"); "les pôles ESS de Bretagne, réseau de…" published as a body "ESS de Bretagne"; a
Département or a Région with no address whose communes ("à Machecoul", "à Lannion") stayed in the
names before them; and "l'insertion par l'activité économique" read as an agent.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.action_labels import action_label
from rtes_kg.parse.document import parse_text

# --- a capitalised kind and its complement name a body ----------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville subventionne la Fédération des CUMA, qui regroupe 1 400 coopératives agricoles.",
     [("Fédération des CUMA", "soutenu")]),
    # (in the curated list since round 48, under its own spelling)
    ("La Ville soutient la Fédération des Acteurs de la Solidarité.",
     [("Fédération des acteurs de la solidarité", "soutenu")]),
    ("La Ville a confié au Collectif des Jardins de Soyaux la gestion de 3 hectares.",
     [("Collectif des Jardins de Soyaux", "porteur")]),
    ("La Ville accompagne l'Union des Couveuses.", [("Union des Couveuses", "soutenu")]),
    ("La Ville soutient la Coopérative des Savoirs.", [("Coopérative des Savoirs", "soutenu")]),
    # the same words in lower case are a common noun; the European Union is no network
    ("La Ville soutient la fédération des CUMA du département.", []),
    ("Ce projet est financé par l'Union Européenne et la Ville.", []),
    ("La Ville soutient l'union locale des associations.", []),
])
def test_a_capitalised_kind_and_its_complement_name_a_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient la coopérative de livraison à vélo Les Coursiers Lillois.",
     [("Les Coursiers Lillois", "soutenu")]),
    ("La Ville soutient l'association d'aide à domicile Les Jours Heureux.", [("Les Jours Heureux", "soutenu")]),
    # "à" then a commune is where it is, no complement of the kind
    ("La Ville soutient la ressourcerie à Lyon La Fabrique.", []),
])
def test_a_kind_s_complement_with_a_leaves_the_name_after_it(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- since its creation ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'incubateur Alter'Incub accompagne des projets. La Ville le finance depuis sa création en 2007.",
     [("Alter'Incub", "porteur"), ("Alter'Incub", "soutenu")]),
    ("La Ville finance depuis sa création l'association Les Petits Débrouillards.",
     [("Les Petits Débrouillards", "soutenu")]),
    ("La Ville finance dès sa création l'association Les Petits Débrouillards.",
     [("Les Petits Débrouillards", "soutenu")]),
    # the member's help to create it, still
    # (a member of a SCIC holds its shares: its sociétaire, since round 46)
    ("La Ville est membre de la SCIC Alpha Beta et a participé à sa création.",
     [("Alpha Beta", "actionnaire"), ("Alpha Beta", "cree"), ("Alpha Beta", "partenaire")]),
])
def test_since_its_creation_is_a_date_no_creation(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a step of the body the member supports ------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a soutenu l'implantation du Groupe SOS à Dijon, qui gère désormais l'ancien hôpital.",
     [("Groupe SOS", "soutenu")]),
    ("La Ville a accompagné l'arrivée du Groupe SOS à Laval.", [("Groupe SOS", "soutenu")]),
    ("La Ville accompagne le développement de la SCOP Les Amis.", [("Les Amis", "soutenu")]),
    ("La Ville soutient le développement de l'ADIE.", [("Adie", "soutenu")]),
    ("La Ville a soutenu le lancement de la SCIC Bois Local.", [("Bois Local", "soutenu")]),
    # a grant of a funder stays its gift
    ("Grâce à une subvention de la Fondation de France, l'association Alpha Beta a ouvert.",
     [("Alpha Beta", "porteur"), ("Fondation de France", "partenaire")]),
])
def test_the_step_of_a_body_the_member_supports_is_its_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_the_curated_list_knows_the_nef_and_the_groupe_sos():
    assert in_the_fiche("L'épicerie Alpha Beta a ouvert grâce à un prêt de la Nef.") \
        == [("Alpha Beta", "porteur"), ("Société financière de la Nef", "partenaire")]
    assert in_the_fiche("La nef de l'église accueille le marché de l'association Les Amis.") \
        == [("Les Amis", "porteur")]
    found, = mentions("La Ville soutient Groupe SOS Solidarités.")
    assert found == [("Groupe SOS Solidarités", "groupe-sos-solidarites", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a signé avec l'association Cap Berriat une convention pluriannuelle d'objectifs de 90 000 € par an.",
     [("Cap Berriat", "soutenu")]),
    ("La Ville a conclu avec l'association Cap Berriat une CPO de 90 000 € par an.", [("Cap Berriat", "soutenu")]),
    # another agreement is a partnership
    ("La Ville a signé avec l'association Cap Berriat une convention de mise à disposition.",
     [("Cap Berriat", "partenaire")]),
])
def test_an_agreement_of_objectives_after_the_name_is_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- founded by others -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Des habitants ont créé l'association Les Amis du Bourg en 2015.", [("Les Amis du Bourg", "porteur")]),
    ("En 2019, trois agriculteurs ont fondé la SCOP Terre Vive.", [("Terre Vive", "porteur")]),
    ("Des bénévoles ont créé en 2015 l'association Les Amis du Bourg, que la Ville soutient depuis.",
     [("Les Amis du Bourg", "soutenu")]),
    # the member among the founders
    ("La Ville et la CAF ont créé l'association Les Amis du Bourg.",
     [("CAF", "partenaire"), ("Les Amis du Bourg", "cree")]),
    ("La Ville a créé la SCIC Dwatts.", [("Dwatts", "cree")]),
])
def test_a_body_others_founded_is_no_creation_of_the_member(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dix communes de la CC et la coopérative Enercoop Rhône-Alpes ont fondé en 2017 la SCIC Dwatts, qui produit "
     "2 GWh par an ; la Ville y a pris 20 000 € de parts.",
     [("Dwatts", "actionnaire"), ("Enercoop Rhône-Alpes", "porteur")]),
    ("Soutien à la création de la SCIC Les Usines, tiers-lieu de 9 000 m² : la Ville a souscrit 50 parts sociales.",
     [("Les Usines", "actionnaire"), ("Les Usines", "cree")]),
    # another's shares stay another's
    ("La SCIC Dwatts, créée par des habitants ; la Caisse des Dépôts y a pris des parts.",
     [("Caisse des Dépôts", "partenaire"), ("Dwatts", "porteur")]),
])
def test_the_member_s_shares_said_after_the_company(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- the field's acronym qualifying a noun ------------------------------------------------------

def test_the_field_s_acronym_after_a_common_noun_names_no_body():
    assert in_the_fiche("La Ville finance les pôles ESS de Bretagne, réseau de 18 pôles de développement.") == []
    assert in_the_fiche("La Ville soutient ESS Bretagne, association de promotion.") == [("ESS Bretagne", "soutenu")]


def test_the_insertion_by_economic_activity_names_no_agent():
    assert in_the_fiche("Il soutient les 52 structures de l'insertion par l'activité économique du territoire, qui "
                        "emploient 3 200 personnes en parcours, dont les ateliers et chantiers d'insertion Trajet et "
                        "Accès Réagis.", member="Département de la Loire-Atlantique", kind="Département",
                        address="3 quai Ceineray\n44000 Nantes") == [("Accès Réagis", "soutenu"), ("Trajet", "soutenu")]


# --- the member's head and territory --------------------------------------------------------------

@pytest.mark.parametrize("kind", ["Intercommunalité", "EPCI", "Communauté urbaine", "Conseil départemental"])
def test_a_bare_kind_under_the_title_is_no_title(kind):
    text = f"Communauté urbaine d'Arras\n\n{kind}\n107 000 habitants\n"
    fiche, = parse_text(text, "f.txt")
    assert fiche.name is not None and fiche.name.text == "Communauté urbaine d'Arras"
    assert fiche.kind is not None and fiche.kind.text == kind
    assert fiche.population is not None and fiche.population.value == 107000


@pytest.mark.parametrize(("member", "kind", "sentence", "expected"), [
    ("Conseil départemental de la Loire-Atlantique", "Département",
     "Il soutient l'Épicerie Solidaire du Pays de Retz à Machecoul.", "Épicerie Solidaire du Pays de Retz"),
    ("Région Bretagne", "Région",
     "La Région soutient la SCOP Les Ateliers du Goéland à Lannion.", "Les Ateliers du Goéland"),
])
def test_a_member_with_no_address_places_communes_by_its_name(member, kind, sentence, expected):
    text = f"{member}\n\nType de collectivité : {kind}\n\nExemples d'actions :\n• {sentence}\n"
    fiche, = read_fiches(text, "f.txt")
    assert [m.name for m in fiche.actions[0].mentions] == [expected]


# --- later in the round -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville prend en charge le loyer de l'association Le Bastion.", [("Le Bastion", "soutenu")]),
    ("Le café associatif Le Bastion a accueilli 12 000 visiteurs ; la Ville prend en charge le loyer "
     "(8 400 € par an).", [("Le Bastion", "porteur"), ("Le Bastion", "soutenu")]),
    # the structure's own charge
    ("L'association Le Bastion prend en charge 40 enfants.", [("Le Bastion", "porteur")]),
    ("L'association Le Bastion a pris en charge 40 enfants.", [("Le Bastion", "porteur")]),
])
def test_what_the_member_takes_in_charge_is_its_support(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville siège au conseil d'administration de la SCIC Sapie, qu'elle a contribué à créer en 2016.",
     [("Sapie", "cree"), ("Sapie", "partenaire")]),
    ("La SCIC Sapie, que la Ville a contribué à créer, emploie 10 personnes.", [("Sapie", "cree")]),
    # another's relative clause
    ("La SCIC Sapie, que des habitants ont créée, emploie 10 personnes.", [("Sapie", "porteur")]),
    ("L'association Alpha soutient la SCIC Sapie, qu'elle a créée en 2016.", [("Alpha", "partenaire")]),
])
def test_the_member_as_the_subject_of_a_relative_of_creation(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville met à disposition de l'AMAP du Moustoir une salle.", [("AMAP du Moustoir", "soutenu")]),
    ("La Ville soutient le PTCE du Pays de Morlaix.", [("PTCE du Pays de Morlaix", "soutenu")]),
    ("La Ville soutient une SCIC de Lorient.", []),
    ("La Ville soutient la SCIC de la Ville.", []),
])
def test_an_acronym_of_a_kind_and_its_place_name_a_body(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_joining_a_cooperative_is_taking_its_shares():
    assert in_the_fiche("La Ville a rejoint la SCIC du Pays de Laval, qui réunit 40 sociétaires.") \
        == [("SCIC du Pays de Laval", "actionnaire")]
    assert in_the_fiche("La Ville a rejoint en 2020 la SCIC Énergie Partagée Mayenne.") \
        == [("Énergie Partagée Mayenne", "actionnaire")]
    assert in_the_fiche("L'association Alpha a rejoint la SCIC Beta Gamma.") \
        == [("Alpha", "porteur"), ("Beta Gamma", "porteur")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le GEIQ BTP Ain, créé en 2005 à l'initiative de l'association Alpha Beta, reçoit 20 000 € par an de la Ville.",
     [("Alpha Beta", "partenaire"), ("GEIQ BTP Ain", "soutenu")]),
    # an acronym no finder knows is another body, not the member
    ("Le GEIQ BTP Ain, créé en 2005 à l'initiative de la CAPEB, reçoit 20 000 € par an de la Ville.",
     [("GEIQ BTP Ain", "soutenu")]),
    ("La SCIC Alpha, créée avec l'appui de la Ville, emploie 10 personnes.", [("Alpha", "cree")]),
])
def test_the_initiator_of_a_body_is_a_partner(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_long_kind_before_a_territory_s_name_is_part_of_the_name():
    assert in_the_fiche("La Ville soutient la Maison de l'emploi et de la formation Loire Sud.") \
        == [("Maison de l'emploi et de la formation Loire Sud", "soutenu")]
    # a coined name after the long form of its kind is the name
    assert in_the_fiche("La Ville soutient La Coopérative d'activité et d'emploi Coodémarrage 53.") \
        == [("Coodémarrage 53", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville et l'association Alpha Beta ont signé une convention de partenariat.", [("Alpha Beta", "partenaire")]),
    ("L'association Alpha Beta et la Ville sont partenaires depuis 2015.", [("Alpha Beta", "partenaire")]),
    ("L'association Alpha Beta, dont la Ville est membre du conseil d'administration, anime le tiers-lieu.",
     [("Alpha Beta", "partenaire"), ("Alpha Beta", "porteur")]),
    # another body's agreement, another's seat, a work done together
    ("L'association Alpha Beta et la SCOP Gamma ont signé une convention de partenariat.",
     [("Alpha Beta", "porteur"), ("Gamma", "porteur")]),
    ("L'association Alpha Beta, dont la Région est membre, anime le tiers-lieu.",
     [("Alpha Beta", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("La Ville et l'association Alpha Beta ont organisé un festival.", [("Alpha Beta", "porteur")]),
])
def test_agreements_signed_together_and_seats_are_partnerships(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Achat de prestations auprès de l'ESAT Les Ateliers du Lac.", [("Les Ateliers du Lac", "porteur")]),
    ("La Ville passe commande auprès de la légumerie La Carotte.", [("La Carotte", "porteur")]),
    # bought with a body, not from it; a support obtained from one
    ("Achat groupé de matériel avec la Communauté de communes et l'association Alpha Beta.",
     [("Alpha Beta", "partenaire")]),
    ("La Ville a obtenu un soutien auprès de la Fondation Macif.", [("Fondation Macif", "partenaire")]),
])
def test_what_the_member_buys_from_a_body_is_its_work(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_the_names_a_plural_kind_lists_after_notamment():
    assert in_the_fiche("La Ville soutient les épiceries solidaires du territoire, notamment La Source et Le Panier.") \
        == [("La Source", "soutenu"), ("Le Panier", "soutenu")]
    assert in_the_fiche("La Ville s'appuie sur le réseau des incubateurs d'innovation sociale, notamment Kaléidoscope "
                        "et Ronalpia.") == [("Kaléidoscope", "porteur"), ("Ronalpia", "porteur")]
    assert in_the_fiche("La Ville soutient les associations, notamment dans le domaine culturel.") == []


def test_a_fiche_whose_head_says_its_kind_and_population_on_two_lines_follows_an_action():
    text = ("Ville de Brest\nCommune\n140 000 habitants\nMembre depuis 2006\n\nExemples d'actions :\n"
            "La Ville soutient l'association Vert le Jardin, qui anime 40 jardins partagés.\n\n"
            "Brest métropole\nMétropole\n210 000 habitants\n\nBudget ESS : 1 M€\n\n"
            "Communauté de communes du Pays des Abers\nIntercommunalité\n41 000 habitants\nAdhésion au RTES : 2021\n")
    fiches = parse_text(text, "f.txt")
    assert [(f.name.text if f.name else None, f.population.value if f.population else None) for f in fiches] == [
        ("Ville de Brest", 140000), ("Brest métropole", 210000), ("Communauté de communes du Pays des Abers", 41000)]
    assert [[str(a.euros) for a in f.budget_amounts] for f in fiches] == [[], ["1000000"], []]
    assert [i.type for f in fiches for i in f.issues] == []


SHEETS = ("Ville de Laval\n\nType de collectivité : Commune\n\nExemples d'actions :\n\n"
          "Conciergerie solidaire\nStructure porteuse : association Itinéraires\n{support}\n"
          "Description : la conciergerie emploie 6 personnes.\n\n"
          "Foncière agricole\nPorteur : SCIC Terres du Cotentin\n{role}\n\n"
          "Recyclerie\nPorteur : association La Boucle\n{sentence}\n")


@pytest.mark.parametrize(("support", "role", "sentence", "expected"), [
    ("Soutien de la Ville : 25 000 € en 2023", "Rôle de la Ville : sociétaire (20 000 € de parts)",
     "La Ville met à disposition un local.",
     [[("Itinéraires", "porteur"), ("Itinéraires", "soutenu")],
      [("Terres du Cotentin", "actionnaire"), ("Terres du Cotentin", "porteur")],
      [("La Boucle", "porteur"), ("La Boucle", "soutenu")]]),
    # another body's part; the member's support aimed at another structure
    ("Soutien de la Région : 25 000 € en 2023", "Rôle de la Région : sociétaire",
     "La Ville soutient l'association Les Amis, qui orientera des bénévoles.",
     [[("Itinéraires", "porteur"), ("Région Pays de la Loire", "partenaire")],
      [("Région Pays de la Loire", "partenaire"), ("Terres du Cotentin", "porteur")],
      [("La Boucle", "porteur"), ("Les Amis", "soutenu")]]),
])
def test_the_member_s_part_said_apart_in_a_sheet_is_its_carrier_s(support, role, sentence, expected):
    fiche, = read_fiches(SHEETS.format(support=support, role=role, sentence=sentence), "f.txt")
    assert [action_label(action.text) for action in fiche.actions] \
        == ["Conciergerie solidaire", "Foncière agricole", "Recyclerie"]
    assert [sorted({(m.name, m.role) for m in action.mentions}) for action in fiche.actions] == expected


def test_a_title_s_field_label_is_no_part_of_the_title():
    fiche, = read_fiches("Ville de Laval\n\nType de collectivité : Commune\n\nExemples d'actions :\n\n"
                         "Titre : Conciergerie solidaire de Cherbourg\nStructure porteuse : association Itinéraires\n",
                         "f.txt")
    assert [action_label(action.text) for action in fiche.actions] == ["Conciergerie solidaire de Cherbourg"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha Beta organise le festival ; la Ville en est le principal financeur.",
     [("Alpha Beta", "porteur"), ("Alpha Beta", "soutenu")]),
    ("Les Écossolies, association qui fédère 300 acteurs, organisent le festival. La Ville est leur premier financeur.",
     [("Les Écossolies", "porteur"), ("Les Écossolies", "soutenu")]),
    ("L'association Alpha Beta organise le festival ; la Région en est le principal financeur.",
     [("Alpha Beta", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    # a hall sold is no contract
    ("La Ville a cédé en 2021 l'ancien marché de gros à la SCIC Le Solilab, qui y héberge 80 structures.",
     [("Le Solilab", "soutenu")]),
])
def test_the_member_as_the_funder_of_the_structure_before(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_created_by_the_member_s_abbreviation():
    assert in_the_fiche("La recyclerie La Ressourcerie du Haut-Jura, créée en 2012 par la CC et gérée depuis 2017 "
                        "par l'association Juratri, a collecté 600 tonnes.",
                        member="Communauté de communes du Haut-Jura Saint-Claude", kind="Communauté de communes",
                        address="32 rue du Pré\n39200 Saint-Claude") \
        == [("Juratri", "porteur"), ("La Ressourcerie du Haut-Jura", "cree")]


def test_the_names_a_plural_kind_lists_after_parmi_lesquels():
    assert in_the_fiche("Dans le cadre du Plan départemental d'insertion, 12 chantiers d'insertion sont financés, "
                        "parmi lesquels Halage et Rues et Cités.") \
        == [("Halage", "soutenu"), ("Rues et Cités", "soutenu")]
    assert in_the_fiche("La Ville soutient 9 ressourceries, dont La Trouvaille, Alpha et Beta.") \
        == [("Alpha", "soutenu"), ("Beta", "soutenu"), ("La Trouvaille", "soutenu")]
    assert in_the_fiche("Les associations, parmi lesquelles beaucoup de petites structures, reçoivent une aide.") == []


def test_the_giver_of_a_gift_said_after_a_long_apposition_is_another_body():
    assert in_the_fiche("La coopérative Scopéli, supermarché coopératif de 2 500 coopérateurs, a bénéficié d'une "
                        "avance remboursable de 50 000 € de Laval Agglomération.") \
        == [("Laval Agglomération", "partenaire")]
    assert in_the_fiche("La coopérative Scopéli, supermarché coopératif de 2 500 coopérateurs, a bénéficié d'une "
                        "avance remboursable de 50 000 € de la Ville.") == [("Scopéli", "soutenu")]


def test_a_label_s_list_on_the_line_under_it():
    found = read_fiches("Ville de Grigny\n\nType de collectivité : Commune\n\nProgramme d'intervention :\n"
                        "La Ville anime un plan ESS.\n\nNos partenaires :\nCRESS Île-de-France, Les Déterminés, "
                        "Alpha Beta\n", "f.txt")[0]
    assert {m.name for m in found.mentions} >= {"CRESS Île-de-France", "Les Déterminés", "Alpha Beta"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nous soutenons l'association Alpha Beta depuis 2015.", [("Alpha Beta", "soutenu")]),
    ("Nous finançons l'association Alpha Beta.", [("Alpha Beta", "soutenu")]),
    ("Nous accompagnons la SCOP Gamma Delta.", [("Gamma Delta", "soutenu")]),
    ("Nous prenons en charge le loyer de l'association Alpha Beta.", [("Alpha Beta", "soutenu")]),
])
def test_the_member_writing_of_itself_supports(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha Beta a été créée en 2010 par d'anciens salariés de l'entreprise Gamma.",
     [("Alpha Beta", "porteur")]),
    # the staff of a body running the place: the body carries it
    ("L'épicerie Alpha Beta est gérée par des bénévoles de l'association Gamma Delta.",
     [("Alpha Beta", "porteur"), ("Gamma Delta", "porteur")]),
    # a structure's network said as its verb: no partner of the member's
    ("L'association Alpha Beta est adhérente du réseau Cocagne.", [("Alpha Beta", "porteur")]),
    ("L'association Alpha Beta est membre de France Active.", [("Alpha Beta", "porteur")]),
    ("La Ville est membre de France Active.", [("France Active", "partenaire")]),
])
def test_people_of_a_body_and_the_network_of_a_structure(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville verse 50 000 € sur trois ans (2022-2024) à l'association Gamma Delta.", [("Gamma Delta", "soutenu")]),
    ("La Ville a soutenu (2019) l'association Gamma Delta.", [("Gamma Delta", "soutenu")]),
    ("L'association Gamma Delta verse des indemnités à ses bénévoles.", [("Gamma Delta", "porteur")]),
])
def test_a_date_in_parentheses_stands_between_a_verb_and_its_object(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien aux CAE : Coodémarrage 53, Oxalis et Elan Créateur.",
     [("Coodémarrage 53", "soutenu"), ("Elan Créateur", "soutenu"), ("Oxalis", "soutenu")]),
    ("Soutien aux CAE de la région :\n• Coodémarrage 53 (Laval)\n• Oxalis (Nantes)\n• Elan Créateur (Angers)",
     [("Coodémarrage 53", "soutenu"), ("Elan Créateur", "soutenu"), ("Oxalis", "soutenu")]),
    # a list of what is done names no body
    ("Soutien aux associations :\n• Aide au démarrage\n• Prêt de salles", []),
    ("Soutien aux SCOP du territoire :\n• Création de la SCOP Alpha\n• Reprise de l'entreprise Beta en SCOP",
     [("Alpha", "cree")]),
])
def test_the_names_a_plural_acronym_lists_after_a_colon(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_an_acronym_in_a_long_name_gives_all_its_letters():
    fiche, = read_fiches("Région Pays de la Loire\n\nType de collectivité : Région\n\nExemples d'actions :\n"
                         "• La Région finance l'Agence régionale pour l'ESS (ARESS), créée en 2021 avec la CRESS.\n",
                         "f.txt")
    assert sorted({(m.name, m.role) for m in fiche.actions[0].mentions}) \
        == [("Agence régionale pour l'ESS", "soutenu"), ("CRESS Pays de la Loire", "partenaire")]


def test_the_acronym_of_a_scheme_spelt_out_names_no_body():
    assert in_the_fiche("La CRESS Pays de la Loire a proposé de mettre en place l'action ACTESS (Animation et "
                        "Coopérations Territoriales ESS).") == [("CRESS Pays de la Loire", "porteur")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha Beta a obtenu le label ESUS en 2022.", [("Alpha Beta", "porteur")]),
    ("L'association Alpha Beta a obtenu en 2022 le conventionnement IAE.", [("Alpha Beta", "porteur")]),
    ("L'association Alpha Beta a obtenu en 2022 une subvention.", [("Alpha Beta", "soutenu")]),
    ("L'association Alpha Beta a reçu le prix de l'innovation sociale de la Ville.", [("Alpha Beta", "soutenu")]),
])
def test_a_status_obtained_is_no_gift(sentence, expected):
    assert in_the_fiche(sentence) == expected
