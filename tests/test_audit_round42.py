"""Wrong and lost facts of the forty-second round: the member written by the initials its own title
gives ("Communauté d'agglomération du Centre de la Martinique (CACEM)", then "la CACEM") not read as
the member; a body created "avec l'appui de la Ville de Laval" (the member's whole name) read as
supported, not created; "Elle a bénéficié d'une subvention de la Ville" after a structure lost;
"APF Entreprises 38" read as APF France handicap itself; "l'association Partageons les jardins" cut
to "Partageons"; "le réseau des épiceries sociales et solidaires (ANDES)" that the member supports
read as a partner; "la SCIC Ressourcerie X" after "par" named "SCIC Ressourcerie X" and typed as a
recyclerie; "le Département détient 20 % du capital aux côtés de la Région" without the company's
name lost; "la Communauté de communes en est membre fondateur" lost; names after "comme" ("des
structures de l'IAE comme A et B") lost; an unknown item with a lower-case complement ("la Fabrique
à initiatives de l'APES") that broke a list of partners and made the next one its carrier;
"Subvention annuelle : 60 000 €" not read as a yearly amount, and "22 000 heures en 2023" lost; and
in later batches: a grouping by its own name ("Financement de Plaine Commune", "dont Grand Paris Sud
détient 15 % des parts"), "créée à son initiative", the host of a structure read as its carrier, a
bullet indented under a numbered action made an action of its own, "(CRESS, URSCOP, …)" losing its
first acronym, "géré par les Écossolies" lost, "la régie de quartier Nantes Nord" named "Nantes Nord",
"la Ville soutient son fonctionnement" lost, "Herrikoa, société de capital-risque" lost, "X, soutenus
à hauteur de 150 000 €, ont distribué…" no carrier, "la Chambre des métiers" lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from extraction_helpers import HERE, amounts, converted, mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.known import member_initials
from rtes_kg.extract.lexicon import tokens
from rtes_kg.extract.names import Found
from rtes_kg.extract.pronouns import agrees

ORG = "https://w3id.org/rtes/org/"
SUB_ORGANIZATION_OF = URIRef("http://www.w3.org/ns/org#subOrganizationOf")


CACEM = {"member": "Communauté d'agglomération du Centre de la Martinique (CACEM)",
         "kind": "Communauté d'agglomération", "address": "Place François Mitterrand\n97200 Fort-de-France"}
THOUARSAIS = {"member": "Communauté de communes du Thouarsais", "kind": "Communauté de communes",
              "address": "4 rue de la Trémoïlle\n79100 Thouars"}
HAUTE_GARONNE = {"member": "Département de la Haute-Garonne", "kind": "Département",
                 "address": "1 boulevard de la Marquette\n31090 Toulouse"}


# --- the member by the initials its title gives -----------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("Communauté d'agglomération du Centre de la Martinique (CACEM)", "CACEM"),
    ("Communauté d'agglomération du Centre de la Martinique - CACEM", "CACEM"),
    ("Métropole Européenne de Lille", "MEL"),
    ("Pays de Brest – PETR", None),  # a kind, no initials of its own
])
def test_the_initials_a_title_writes(name, expected):
    assert member_initials(name) == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    (("La SCIC Ressourcerie Madinina, créée en 2019 avec l'appui de la CACEM, collecte 450 tonnes.",),
     [("Ressourcerie Madinina", "cree")]),
    (("Portée par la SCIC Ressourcerie Madinina, créée en 2019 avec l'appui de la CACEM, la ressourcerie "
      "collecte 450 tonnes.", "La CACEM est entrée au capital de la SCIC à hauteur de 15 000 €."),
     [("Ressourcerie Madinina", "actionnaire"), ("Ressourcerie Madinina", "cree"),
      ("Ressourcerie Madinina", "porteur")]),
])
def test_the_member_by_the_initials_of_its_title(sentences, expected):
    assert in_the_fiche(*sentences, **CACEM) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Alpha, créée en 2019 avec l'appui de la Ville de Laval, collecte 450 tonnes.", [("Alpha", "cree")]),
    ("Créée en 2019 avec le soutien de la Ville de Laval, la SCIC Alpha collecte 450 tonnes.", [("Alpha", "cree")]),
    # another body named there helps create it
    ("Créée en 2019 avec le soutien de Laval Agglomération, la SCIC Alpha collecte 450 tonnes.",
     [("Alpha", "porteur"), ("Laval Agglomération", "partenaire")]),
])
def test_created_with_the_help_of_the_member_named_in_full(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- a pronoun subject that receives the member's support ------------------------------------------

@pytest.mark.parametrize(("sentences", "expected"), [
    (("L'association Alpha propose des locations.", "Elle a bénéficié d'une subvention de 40 000 € de la Ville."),
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    (("L'association Alpha propose des locations.", "Elle bénéficie du soutien de la Ville."),
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    # another body gives: a partner, no support of the member's
    (("L'association Alpha propose des locations.", "Elle a reçu une subvention de la Fondation de France."),
     [("Alpha", "porteur"), ("Fondation de France", "partenaire")]),
])
def test_a_pronoun_that_receives_the_member_s_support(sentences, expected):
    assert in_the_fiche(*sentences) == expected


def test_the_pronoun_agrees_with_the_structure_it_stands_for():
    words = tokens("Le chantier Alpha emploie 5 salariés")
    chantier = Found(2, 2, words[0].start, "Alpha", "alpha", "structure-ess", "chantier-insertion", "motif", 2)
    assert agrees(words, chantier, "il") and not agrees(words, chantier, "elle")


# --- names -------------------------------------------------------------------------------------------

def test_a_chapter_of_apf_france_handicap_is_its_own_body(tmp_path):
    graph = converted(tmp_path, "Ville de Grenoble\n\nExemples d'actions :\n\n• Marchés réservés : 4 lots de nettoyage "
                                "confiés à des ESAT et entreprises adaptées, dont l'APF Entreprises 38.\n\n"
                                "Type de collectivité\nCommune\nAdresse\n11 boulevard Jean Pain\n38000 Grenoble\n")
    chapter = URIRef(ORG + "apf-entreprises-38")
    assert str(graph.value(chapter, SKOS.prefLabel)) == "APF Entreprises 38"
    assert graph.value(chapter, SUB_ORGANIZATION_OF) == URIRef(ORG + "apf-france-handicap")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Partageons les jardins.", [("Partageons les jardins", "soutenu")]),
    ("La Ville soutient l'association Faisons les courses ensemble, qui livre 200 paniers.",
     [("Faisons les courses ensemble", "soutenu")]),
    ("L'association Mangeons local a reçu 3 000 €.", [("Mangeons local", "soutenu")]),
    # a noun in -ons, or a pronoun object after a name: no verb that opens a name
    ("L'association Alpha les accompagne.", [("Alpha", "porteur")]),
])
def test_a_name_that_opens_with_a_verb_in_the_imperative(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_kind_word_before_a_name_that_holds_another_kind_s_word():
    assert in_the_fiche("Portée par la SCIC Ressourcerie Madinina, la ressourcerie collecte 450 tonnes.") \
        == [("Ressourcerie Madinina", "porteur")]
    # the network of the name's own kind word stays its network
    assert mentions("La Ville finance l'ACI Emmaüs Morlaix.")[0] == [("Emmaüs Morlaix", "emmaus-morlaix", "soutenu")]


def test_an_aci_of_emmaus_keeps_its_network(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d'actions :\n\n• La Ville finance l'ACI Emmaüs "
                                "Morlaix.\n\nType de collectivité\nCommune\nAdresse\nPlace du 11 novembre\n"
                                "53000 Laval\n")
    assert graph.value(URIRef(ORG + "emmaus-morlaix"), SUB_ORGANIZATION_OF) == URIRef(ORG + "emmaus-france")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département soutient le réseau des épiceries sociales et solidaires (ANDES) et les 12 épiceries du "
     "territoire.", [("ANDES", "soutenu")]),
    ("Le Département soutient l'ANDES.", [("ANDES", "soutenu")]),
    # a plural noun's list in parentheses still takes the cue's role
    ("Le Département finance les structures d'accompagnement (France Active, l'URSCOP et la CRESS).",
     [("CRESS Occitanie", "soutenu"), ("France Active", "soutenu"), ("URSCOP Occitanie", "soutenu")]),
])
def test_the_acronym_of_a_body_described_before_it(sentence, expected):
    assert in_the_fiche(sentence, **HAUTE_GARONNE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("En 2023, 380 000 heures d'insertion ont été réalisées, dont 40 % par des structures de l'IAE comme "
     "Id'ées Intérim et Interm'Aide.", [("Id'ées Intérim", "partenaire"), ("Interm'Aide", "partenaire")]),
    ("La Ville soutient des SIAE comme Alpha Beta et Gamma Delta.", [("Alpha Beta", "soutenu"),
                                                                   ("Gamma Delta", "soutenu")]),
    ("La Ville soutient la structure de l'IAE Alpha Beta.", [("Alpha Beta", "soutenu")]),
    # "comme" before no name, or a name that a verb follows
    ("Des associations comme la Ville le souhaitent.", []),
])
def test_the_names_a_plural_kind_lists_after_comme(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_an_unknown_item_with_a_lower_case_complement_does_not_end_a_list():
    assert in_the_fiche("La plateforme accompagne 150 porteurs de projet, en partenariat avec l'URSCOP "
                        "Hauts-de-France, la Fabrique à initiatives de l'APES et la BGE Hauts-de-France.") \
        == [("APES Hauts-de-France", "partenaire"),  # (curated since round 47)
            ("BGE Hauts-de-France", "partenaire"), ("URSCOP Hauts-de-France", "partenaire")]


# --- shares, creation -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Création de la SCIC Alpha en 2018 : la Ville détient 20 % du capital aux côtés de la Région.",
     [("Alpha", "actionnaire"), ("Alpha", "cree"), ("Région Pays de la Loire", "partenaire")]),
    # the company named after the shares is the one held
    ("La SCIC Alpha a été créée ; la Ville a souscrit 50 parts sociales de la SCIC Beta.",
     [("Alpha", "porteur"), ("Beta", "actionnaire")]),
    ("La SCIC Alpha a été créée ; la Ville détient 20 % du capital de la SCIC Beta.",
     [("Alpha", "porteur"), ("Beta", "actionnaire")]),
])
def test_shares_of_the_capital_said_without_the_company(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    (("L'EBE Alpha emploie 95 salariés.", "La Communauté de communes en est membre fondateur et lui apporte "
      "60 000 € par an."), [("EBE Alpha", "cree"), ("EBE Alpha", "soutenu")]),
    (("La SCIC Alpha emploie 9 salariés.", "La Communauté de communes y a pris des parts."),
     [("Alpha", "actionnaire"), ("Alpha", "porteur")]),
    # the communes are other bodies than the member
    (("La SCIC Alpha emploie 9 salariés.", "Les communes y ont pris des parts."), [("Alpha", "porteur")]),
    (("Le Département des Deux-Sèvres et la Région Nouvelle-Aquitaine cofinancent la ressourcerie Récup'R, qui a "
      "collecté 380 tonnes en 2023 ; la CC met à disposition le local.",),
     [("Département des Deux-Sèvres", "partenaire"), ("Récup'R", "soutenu"),
      ("Région Nouvelle-Aquitaine", "partenaire")]),
])
def test_the_member_named_by_its_kind_in_several_words(sentences, expected):
    assert in_the_fiche(*sentences, **THOUARSAIS) == expected


# --- figures ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Subvention annuelle : 60 000 €.", [("60000", "an", None)]),
    ("La Ville verse une subvention annuelle de 60 000 € à X.", [("60000", "an", None)]),
    ("Une aide mensuelle de 500 €.", [("500", "mois", None)]),
    ("Une aide mensuelle de 500 € par famille.", [("500", "famille", None)]),  # what it says after it wins
])
def test_a_yearly_or_monthly_amount_said_before_it(text, expected):
    assert amounts(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Maison de l'emploi coordonne la clause d'insertion : 22 000 heures en 2023, au bénéfice de 85 personnes.",
     [(22000, "heure"), (85, "nombre")]),
    ("22 000 heures réalisées en 2023.", [(22000, "heure")]),
    ("Le lieu est ouvert de 9 heures à 18 heures en 2023.", []),  # hours of a day
])
def test_hours_worked_without_their_complement(sentence, expected):
    assert [(int(q.value), q.unit) for q in find_quantities(sentence, HERE)] == expected


# --- second batch ------------------------------------------------------------------------------------

def test_a_name_with_an_apostrophe_inside_a_word_read_backwards():
    assert in_the_fiche("Parmi les entreprises créées : Ch'ti Vrac (épicerie vrac).") == [("Ch'ti Vrac", "porteur")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les 14 épiceries solidaires du territoire, fédérées au sein du Réseau des épiceries solidaires de la Mayenne, "
     "reçoivent une aide de 4 000 € chacune.", [("Réseau des épiceries solidaires de la Mayenne", "partenaire")]),
    # a founder after "et" in the incise of a body's founding is a partner, the verb after it the body's
    ("La SCIC Mor Glaz, fondée par l'association Sauvegarde 56 et la coopérative Le Marin du Golfe, est soutenue "
     "par la Ville.", [("Le Marin du Golfe", "partenaire"), ("Mor Glaz", "soutenu"), ("Sauvegarde 56", "partenaire")]),
])
def test_the_verb_after_a_participle_s_incise_is_not_the_incise_s_name(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Pôle ESS du Pays de Lorient (ESS'Pace) anime le réseau des acteurs locaux ; la Ville le soutient à hauteur "
     "de 30 000 € par an.", [("Pôle ESS du Pays de Lorient", "soutenu")]),
    ("La Ville soutient le Pôle ESS du Pays de Laval.", [("Pôle ESS du Pays de Laval", "soutenu")]),
    # "le" points back at the structure before a network
    ("L'incubateur Alter'Incub, porté par l'URSCOP, accompagne 20 projets. La Ville le finance depuis 2007.",
     [("Alter'Incub", "porteur"), ("Alter'Incub", "soutenu"), ("URSCOP Pays de la Loire", "porteur")]),
])
def test_a_local_pole_of_the_ess_is_a_network(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a créé en 2015 avec Rennes Métropole la SCIC Alpha, animée par l'association Beta.",
     [("Alpha", "cree"), ("Beta", "porteur"), ("Rennes Métropole", "partenaire")]),
    ("La Ville finance avec la CAF l'association Alpha.", [("Alpha", "soutenu"), ("CAF", "partenaire")]),
])
def test_the_object_of_a_verb_after_its_companion(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Appel à projets : 22 associations lauréates en 2024, dont Habitat et Humanisme Rhône, Le Mat et Foyer "
     "Notre-Dame des Sans-Abri.", [("Foyer Notre-Dame des Sans-Abri", "soutenu"),
                                   ("Habitat et Humanisme Rhône", "soutenu"), ("Le Mat", "soutenu")]),
])
def test_a_known_name_with_et_inside_a_list(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La CAE Coopérer pour entreprendre 93 accompagne 12 jeunes.", [("Coopérer pour entreprendre 93", "porteur")]),
    ("La Ville soutient l'association Agir pour l'environnement.", [("Agir pour l'environnement", "soutenu")]),
    ("La Ville soutient l'association Vivre ensemble à Laval.", [("Vivre ensemble", "soutenu")]),
    # "pour" and a verb after a name: what the support is for
    ("La Ville soutient l'association Alpha pour développer le jardin.", [("Alpha", "soutenu")]),
])
def test_a_name_that_opens_with_an_infinitive(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_grouping_by_its_own_name_after_its_kind(tmp_path):
    graph = converted(tmp_path, "Établissement public territorial Plaine Commune\n\nExemples d'actions :\n\n"
                                "Territoire zéro chômeur\nPorteur : EBE La Fabrique de Saint-Denis\n"
                                "Financement de Plaine Commune : 120 000 € (2023)\n\n"
                                "Type de collectivité\nÉtablissement public territorial\nAdresse\n"
                                "21 avenue Jules Rimet\n93200 Saint-Denis\n")
    supported = {str(o) for o in graph.objects(None, URIRef("https://w3id.org/rtes/ontology#beneficiaire"))}
    assert supported == {ORG + "la-fabrique-de-saint-denis"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("45 000 heures ont été réalisées en 2023 par des demandeurs d'emploi.", [(45000, "heure")]),
])
def test_hours_worked_said_with_a_passive(sentence, expected):
    assert [(int(q.value), q.unit) for q in find_quantities(sentence, HERE)] == expected


# --- third batch ------------------------------------------------------------------------------------

GRAND_PARIS_SUD = {"member": "Communauté d'agglomération Grand Paris Sud Seine-Essonne-Sénart",
                   "kind": "Communauté d'agglomération", "address": "9 allée de la Citadelle\n91000 Évry-Courcouronnes"}


def test_a_grouping_by_the_first_words_of_its_own_name():
    assert in_the_fiche("L'agglomération accompagne la Cité du Réemploi, tiers-lieu géré par la SCIC Sénart Réemploi, "
                        "dont Grand Paris Sud détient 15 % des parts depuis 2021.", **GRAND_PARIS_SUD) \
        == [("Cité du Réemploi", "soutenu"), ("Sénart Réemploi", "actionnaire"), ("Sénart Réemploi", "porteur")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient la recyclerie Récup'R, créée en 2021 à son initiative.",
     [("Récup'R", "cree"), ("Récup'R", "soutenu")]),
    # another body's initiative
    ("La Région soutient la recyclerie Récup'R, créée en 2021 à son initiative.",
     [("Région Pays de la Loire", "partenaire")]),
])
def test_created_on_the_subject_s_own_initiative(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- fourth batch ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha Beta est hébergée dans les locaux de la SCIC Gamma Delta.",
     [("Alpha Beta", "porteur"), ("Gamma Delta", "partenaire")]),
    # the rooms of the body the member funds works in: its support
    ("La Ville finance les travaux dans les locaux de l'association Alpha Beta.", [("Alpha Beta", "soutenu")]),
])
def test_the_host_of_a_structure_is_a_partner(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_a_bullet_indented_under_a_numbered_action_is_part_of_it():
    text = ("Ville de Poitiers\r\n\r\nEXEMPLES D’ACTIONS SOUTENUES PAR LA COLLECTIVITÉ\r\n\r\n"
            "1) La Ville soutient la SCIC Tiers-Lieu Les Usines (20\u00a0000\u00a0€).\r\n"
            "2) L’association Audacia accompagne 45 porteurs de projet par an.\r\n"
            "\t* La Ville lui met à disposition un local.\r\n\r\nTYPE DE COLLECTIVITÉ\u00a0: Commune\r\n")
    fiche, = read_fiches(text, "poitiers.txt")
    assert [action.text.splitlines()[-1] for action in fiche.actions] == [
        "La Ville soutient la SCIC Tiers-Lieu Les Usines (20 000 €).", "• La Ville lui met à disposition un local."]


REGION_CENTRE = {"member": "Région Centre-Val de Loire", "kind": "Région",
                 "address": "9 rue Saint-Pierre Lentin\n45041 Orléans"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Région finance les têtes de réseau (CRESS, URSCOP, Mouvement associatif).",
     [("CRESS Centre-Val de Loire", "soutenu"), ("Le Mouvement associatif Centre-Val de Loire", "soutenu"),
      ("URSCOP Centre-Val de Loire", "soutenu")]),
    ("La Région finance les structures (URSCOP, CRESS).", [("CRESS Centre-Val de Loire", "soutenu"),
                                                           ("URSCOP Centre-Val de Loire", "soutenu")]),
])
def test_the_first_regional_acronym_of_a_parenthesis_is_the_region_s_chapter(sentence, expected):
    assert in_the_fiche(sentence, **REGION_CENTRE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Solilab est géré par les Écossolies.", [("Les Écossolies", "porteur")]),
    ("Le lieu est porté par les Amis du Vélo.", [("Les Amis du Vélo", "porteur")]),
    # people of a place, no body
    ("Le jardin est animé par les Nantais.", []),
])
def test_a_body_after_par_les(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient la régie de quartier Nantes Nord.", [("Régie de quartier Nantes Nord", "soutenu")]),
    ("La Ville soutient la régie de quartier Nord Services.", [("Nord Services", "soutenu")]),
])
def test_a_regie_named_by_its_commune_and_a_cardinal_point(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha organise un festival ; la Ville soutient son fonctionnement.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    ("Herrikoa, société de capital-risque citoyenne, a investi 300 000 € dans 12 entreprises ; la Ville soutient son "
     "fonctionnement (20 000 € par an).", [("Herrikoa", "soutenu")]),
    # another body's support, and the member's help to create
    ("L'association Alpha organise un festival ; la Région soutient son fonctionnement.",
     [("Alpha", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("La SCIC Alpha a ouvert ; la Ville a soutenu sa création.", [("Alpha", "cree")]),
])
def test_the_member_supports_what_a_body_named_before_owns(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a confié le nettoyage à la société Alpha Propreté.", [("Alpha Propreté", "porteur")]),
    ("L'association mobilise la société civile.", []),
])
def test_the_word_societe_announces_a_company(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Alpha, soutenue à hauteur de 150 000 €, a distribué 4 500 repas en 2023.",
     [("Alpha", "porteur"), ("Alpha", "soutenu")]),
    # what it received, no work of its own
    ("L'association Alpha, soutenue à hauteur de 150 000 €, a reçu un prix.", [("Alpha", "soutenu")]),
])
def test_a_structure_at_work_supported_by_an_amount_no_one_named_gives(sentence, expected):
    assert in_the_fiche(sentence) == expected


def test_the_chambre_des_metiers():
    assert in_the_fiche("La Ville a lancé avec la Chambre des métiers un appel à projets.") \
        == [("Chambre des métiers", "partenaire")]


METZ_SHEET = ("Ville de Metz\n\nExemples d'actions soutenues par la collectivité :\n\n"
              "Action : Épicerie sociale et solidaire du Sablon\nStructure porteuse : Association Épi'Sol Metz\n"
              "Partenaires financiers : Ville de Metz (25 000 €), CAF de la Moselle (10 000 €)\n"
              "Année de lancement : 2019\nBénéficiaires : 320 familles en 2023\n\n"
              "Action : Ressourcerie Le Ré-Crée\nPorteur : SCIC Récup'Metz\nEmplois : 12 ETP dont 8 en insertion\n\n"
              "Type de collectivité\nCommune\nAdresse\n1 place d'Armes\n57000 Metz\n")


def test_the_fields_of_an_action_s_sheet_stay_in_its_action():
    fiche, = read_fiches(METZ_SHEET, "metz.txt")
    assert [action.text.splitlines()[0] for action in fiche.actions] == [
        "Action : Épicerie sociale et solidaire du Sablon", "Action : Ressourcerie Le Ré-Crée"]


def test_the_member_among_the_funders_a_sheet_lists_supports_its_carrier():
    carrier = mentions("Structure porteuse : Association Épi'Sol Metz. Partenaires financiers : Ville de Metz "
                       "(25 000 €), CAF de la Moselle (10 000 €).", member="Ville de Metz",
                       address="1 place d'Armes\n57000 Metz")[0]
    assert ("Épi'Sol Metz", "epi-sol-metz", "soutenu") in carrier
    # funders without the member: the carrier carries, no support of the member's
    assert in_the_fiche("Porteur : association Alpha Beta. Partenaires financiers : CAF de la Mayenne (10 000 €), "
                        "Région.") == [("Alpha Beta", "porteur"), ("CAF de la Mayenne", "partenaire"),
                                       ("Région Pays de la Loire", "partenaire")]


LYON = {"member": "Métropole de Lyon", "kind": "Collectivité à statut particulier",
        "address": "20 rue du Lac\n69003 Lyon"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Métropole soutient Ronalpia, incubateur d'entreprises sociales, à hauteur de 120 000 € par an.",
     [("Ronalpia", "soutenu")]),
    ("La Métropole a pris une participation de 500 000 € dans la SCIC Alpha.", [("Alpha", "actionnaire")]),
    ("La Région et la Métropole financent l'association Alpha.",
     [("Alpha", "soutenu"), ("Région Auvergne-Rhône-Alpes", "partenaire")]),
])
def test_a_member_of_another_kind_in_law_by_the_kind_word_of_its_name(sentence, expected):
    assert in_the_fiche(sentence, **LYON) == expected


@pytest.mark.parametrize(("member", "sentence", "expected"), [
    # no Département of its own any more: the bare word names no body that is no more
    ({"member": "Collectivité européenne d'Alsace", "kind": "Collectivité à statut particulier",
      "address": "Place du Quartier Blanc\n67964 Strasbourg"}, "Le Département finance l'association Alpha Beta.", []),
    ({"member": "Ville de Paris", "address": "Place de l'Hôtel de Ville\n75004 Paris"},
     "Le Département finance l'association Alpha Beta.", []),
    ({"member": "Ville de Fort-de-France", "address": "Rue Victor Sévère\n97200 Fort-de-France"},
     "La Région finance l'association Alpha Beta.", []),
    ({"member": "Ville de Bastia", "address": "Avenue Pierre Giudicelli\n20200 Bastia"},
     "La Région finance l'association Alpha Beta.", []),
    # the Région Grand Est is one still
    ({"member": "Collectivité européenne d'Alsace", "kind": "Collectivité à statut particulier",
      "address": "Place du Quartier Blanc\n67964 Strasbourg"}, "La Région finance l'association Alpha Beta.",
     [("Région Grand Est", "partenaire")]),
])
def test_no_home_area_where_it_is_a_collectivite_no_more(member, sentence, expected):
    assert in_the_fiche(sentence, **member) == expected
