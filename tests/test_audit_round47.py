"""Wrong and lost facts of the forty-seventh round: "la Maison de l'Économie Sociale et Solidaire de
Montreuil" cut to "La Maison de l'Économie Sociale" (a name ended at the "et" of the ESS's own
phrase, and kept its sentence's article, as "Le Jardin de Cocagne de Tours" did: two IRIs for one
body); "Les Conseils Citoyens animent…" a body; "est membre fondateur de la SCIC X" no shareholder;
"La Ville est à l'origine de la SCIC X" X a carrier, "est à l'initiative de l'épicerie X" X a partner,
where the member made them, and "créée à l'initiative de citoyens" the member's creation; "X héberge
18 structures, dont la SCOP Y" Y lost; "Les Écossolies, réseau des acteurs de l'ESS de Nantes
Métropole, organisent…" the Métropole a carrier; "Création d'une recyclerie sur la commune de Bavay"
a commune created; "la Ressourcerie La Petite Rockette" named with its kind; "a confié à Y la gestion
de la Maison de quartier X" X a carrier; the shares after "et 50 parts de" lost; a second sheet of
fields ("Porteur : …") read into the first; the networks the supported structures belong to
supported; "la Fabrique à initiatives de l'APES et la BGE" the BGE a carrier once the APES is known.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, action_mentions, bodies, mentions, roles_in_a_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches

MONTREUIL = {"member": "Ville de Montreuil", "address": "1 place Jean Jaurès\n93100 Montreuil"}
NANTES = {"member": "Ville de Nantes", "address": "2 rue de l'Hôtel de Ville\n44000 Nantes"}
MORMAL = {"member": "Communauté de communes du Pays de Mormal", "kind": "Communauté de communes",
          "address": "Rue Chevray\n59530 Le Quesnoy"}
REDON = {"member": "Ville de Redon", "address": "Place Saint-Sauveur\n35600 Redon"}


# --- where a name ends, and its article ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # the ESS's own phrase goes on past its "et"; the article that opens the sentence is not the name's
    ("La Maison de l'Économie Sociale et Solidaire de Montreuil héberge 18 structures, dont la SCOP "
     "Coopaname et l'association Ateliers Sans Frontières.",
     [("Ateliers Sans Frontières", "ateliers-sans-frontieres", "partenaire"),
      ("Coopaname", "coopaname", "partenaire"),
      ("Maison de l'Économie Sociale et Solidaire de Montreuil",
       "maison-de-l-economie-sociale-et-solidaire-de-montreuil", "porteur")]),
    ("La Ville soutient la Maison de l'Économie Sociale et Solidaire de Montreuil.",
     [("Maison de l'Économie Sociale et Solidaire de Montreuil",
       "maison-de-l-economie-sociale-et-solidaire-de-montreuil", "soutenu")]),
])
def test_the_house_of_the_ess_is_named_whole(sentence, expected):
    assert mentions(sentence, **MONTREUIL)[0] == expected


def test_a_sentence_s_article_gives_the_same_body_as_mid_sentence():
    opening, = action_mentions("La Maison de l'ESS de Lyon accueille 20 structures.")
    inside, = action_mentions("La Ville soutient la Maison de l'ESS de Lyon.")
    assert opening.slug == inside.slug == "maison-de-l-ess-de-lyon"


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: an article that opens a name stays ("La Recyclerie Créative"), and so does one before a
    # head and a single capitalised complement, which only the article announces
    ("La Recyclerie Créative anime un atelier de réparation.",
     [("La Recyclerie Créative", "la-recyclerie-creative", "porteur")]),
    ("La Ferme des Possibles accueille 30 salariés en insertion.",
     [("La Ferme des Possibles", "la-ferme-des-possibles", "porteur")]),
    ("Les Fabriques du Ponant animent un fablab.",
     [("Les Fabriques du Ponant", "les-fabriques-du-ponant", "porteur")]),
])
def test_an_article_of_the_name_stays(sentence, expected):
    assert mentions(sentence)[0] == expected


def test_citizens_councils_are_no_body():
    assert bodies("Les Conseils Citoyens animent un budget participatif de 2 M€ ouvert aux associations.") == []


# --- what the member founded --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # a founder of a cooperative holds its shares; of an association, it made it only
    ("La Ville est membre fondateur de la SCIC Bois Énergie.",
     [("Bois Énergie", "structure-ess", "scic", "actionnaire"), ("Bois Énergie", "structure-ess", "scic", "cree")]),
    ("La Ville est membre fondatrice de l'association Vélo Utile.",
     [("Vélo Utile", "structure-ess", "association", "cree")]),
    # the member at the origin of a body made it
    ("La Ville est à l'origine de la SCIC Esprit Fibre.", [("Esprit Fibre", "structure-ess", "scic", "cree")]),
    ("La commune est à l'initiative de l'épicerie solidaire Le Panier.",
     [("Le Panier", "structure-ess", "epicerie-solidaire", "cree")]),
    ("La Ville est à l'origine de la création de l'association Vélo Utile.",
     [("Vélo Utile", "structure-ess", "association", "cree")]),
    # guards: another collectivité's creation is not the member's; "à l'initiative de" names who made it
    ("La Région Bretagne est à l'origine de la SCIC Esprit Fibre.",
     [("Région Bretagne", "collectivite", "region", "partenaire")]),
    ("Le festival, créé à l'initiative de la CRESS Bretagne, réunit 40 exposants.",
     [("CRESS Bretagne", "reseau", None, "partenaire")]),
])
def test_what_the_member_founded(sentence, expected):
    assert bodies(sentence, **REDON) == expected


# --- whose verb ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # the structures a body hosts, as "accueille" lists them: partners, the host the carrier
    ("L'association Les Amis héberge 18 structures, dont la SCOP Coopaname.",
     [("Coopaname", "structure-ess", "scop", "partenaire"), ("Les Amis", "structure-ess", "association", "porteur")]),
    ("L'association Les Amis accueille 18 structures, dont la SCOP Coopaname.",
     [("Coopaname", "structure-ess", "scop", "partenaire"), ("Les Amis", "structure-ess", "association", "porteur")]),
])
def test_the_structures_a_body_hosts(sentence, expected):
    assert bodies(sentence, **MONTREUIL) == expected


def test_a_body_hosted_by_another_is_not_the_member_s():
    assert ("Les Pousses", "soutenu") not in {(m.name, m.role) for m in action_mentions(
        "Le Marché d'Intérêt National héberge la légumerie Les Pousses.", **MONTREUIL)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the verb after an apposition is its subject's, not the complement's in it
    ("Les Écossolies, réseau des acteurs de l'ESS de Nantes Métropole, organisent chaque année le festival.",
     [("Les Écossolies", "porteur"), ("Nantes Métropole", "partenaire")]),
    ("La SCOP Oxalis, coopérative d'activités et d'emploi de Nantes Métropole, gère l'atelier.",
     [("Nantes Métropole", "partenaire"), ("Oxalis", "porteur")]),
    # guard: a list of subjects, each the verb's
    ("L'association Vélo Utile, la SCOP Oxalis et l'association Les Amis gèrent l'atelier.",
     [("Les Amis", "porteur"), ("Oxalis", "porteur"), ("Vélo Utile", "porteur")]),
])
def test_the_verb_after_an_apposition(sentence, expected):
    assert roles_in_a_fiche(sentence, **NANTES) == expected


# --- a commune as a place -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Création d'une recyclerie sur la commune de Bavay.", []),
    ("Mise en place d'un Territoire zéro chômeur de longue durée sur la commune de Bavay, avec l'entreprise "
     "à but d'emploi (EBE) Mormal Emploi Solidaire.",
     [("Mormal Emploi Solidaire", "structure-ess", "ebe", "partenaire")]),
    # guards: a commune beside the member, a Région it leans on
    ("Création d'une recyclerie avec la commune de Bavay.",
     [("Commune de Bavay", "collectivite", "commune", "partenaire")]),
    ("La CC s'appuie sur la Région Hauts-de-France pour financer la recyclerie.",
     [("Région Hauts-de-France", "collectivite", "region", "partenaire")]),
])
def test_a_commune_where_the_action_is_is_no_body(sentence, expected):
    assert bodies(sentence, **MORMAL) == expected


# --- a scheme's relative clause, a name's "et" ---------------------------------------------------------

OCCITANIE = {"member": "Région Occitanie", "kind": "Région", "address": "22 boulevard du Maréchal Juin\n31406 Toulouse"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the member's scheme supported, its name in quotes, is the member's support
    ("La Région a lancé en 2022 l'appel à projets « Tiers-lieux Occitanie », qui a soutenu 48 tiers-lieux, "
     "dont La Serre à Montpellier et le tiers-lieu Les Ateliers à Cahors.",
     [("La Serre", "soutenu"), ("Les Ateliers", "soutenu")]),
    # guard: a body's relative clause tells what it did, not the member
    ("La Région soutient la SCIC « Les Ateliers », qui a accompagné 45 structures, dont la SCOP Oxalis.",
     [("Les Ateliers", "soutenu")]),
])
def test_the_member_s_scheme_in_quotes(sentence, expected):
    assert roles_in_a_fiche(sentence, **OCCITANIE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body's acronym after "et" opens another name
    ("Un contrat a été signé avec l'association Rebond Insertion et BNP Paribas comme investisseur.",
     "Rebond Insertion"),
    # guard: one name of two nouns
    ("L'association Bois et Forêts gère la chaufferie.", "Bois et Forêts"),
])
def test_a_name_ends_before_another_body_s_acronym(sentence, expected):
    assert expected in {m.name for m in action_mentions(sentence)}
    assert not any(" et " in m.name and m.name != expected for m in action_mentions(sentence))


# --- a kind before a name with its article; what a carrier was given to run; a co-founder -------------

PANTIN = {"member": "Ville de Pantin", "address": "84 avenue du Général Leclerc\n93500 Pantin"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a capitalised kind, then a name that opens with its article: the kind is no word of the name
    ("La Ville soutient la Ressourcerie La Petite Rockette.",
     [("La Petite Rockette", "structure-ess", "recyclerie", "soutenu")]),
    # guards: a name made of its kind and more ("Ressourcerie du Canal", "Ressourcerie Sénonaise")
    ("La Ville soutient la Ressourcerie du Canal.",
     [("Ressourcerie du Canal", "structure-ess", "recyclerie", "soutenu")]),
    ("Soutien à la Ressourcerie Sénonaise.", [("Ressourcerie Sénonaise", "structure-ess", "recyclerie", "soutenu")]),
    # the place a carrier was given to run carries nothing of its own, whichever order says it
    ("La Ville a confié à l'association Rues et Cités la gestion de la Maison de quartier des Courtillières.",
     [("Rues et Cités", "structure-ess", "association", "porteur")]),
    ("La Ville a confié la gestion de la Maison de quartier des Courtillières à l'association Rues et Cités.",
     [("Rues et Cités", "structure-ess", "association", "porteur")]),
])
def test_kinds_before_names_and_places_run_by_others(sentence, expected):
    assert bodies(sentence, **PANTIN) == expected


def test_a_co_founder_past_an_incise_created_it():
    assert ("Val Habitat", "structure-ess", "scic", "cree") in bodies(
        "La Ville est cofondatrice, avec la Ville de Bobigny, de la SCIC Val Habitat.", **PANTIN)
    assert ("Val Habitat", "structure-ess", "scic", "cree") in bodies(
        "La Ville est co-fondateur, avec la Ville de Bobigny, de la SCIC Val Habitat.", **PANTIN)
    # guard: a person's office
    assert bodies("Jean Martin, cofondateur de l'association Vélo Cité, anime les ateliers.", **PANTIN) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Les clauses sociales représentent 500 000 heures depuis 2015.", [("500000", "heure")]),
    ("12 % des marchés intègrent une clause d'insertion, soit 85 000 heures.", [("85000", "heure")]),
    # guard: hours of a day
    ("La boutique est ouverte de 9 heures à 18 heures.", []),
])
def test_hours_worked_said_bare(text, expected):
    assert [(str(q.value), q.unit) for q in find_quantities(text, HERE) if q.unit == "heure"] == expected


def test_a_post_funded_within_a_funding_network_supports_it():
    assert bodies("Participation au financement d'un poste d'animateur au sein de l'association Alsace Active.",
                  **PANTIN) == [("France Active Alsace", "structure-ess", "association", "soutenu")]
    # guard: a loan of the network's, the network a partner
    assert bodies("La Ville a obtenu un prêt de France Active Alsace.", **PANTIN) == [
        ("France Active Alsace", "structure-ess", "association", "partenaire")]


# --- sheets of fields, one per action ------------------------------------------------------------------

def test_each_carrier_s_field_opens_its_own_sheet():
    text = ("Ville de Villeurbanne\n\nExemples d'actions soutenues par la collectivité :\n\n"
            "Porteur : association Passerelles Buissonnières\nPartenaires : Métropole de Lyon, Fondation Abbé Pierre\n"
            "Description : accompagnement de 80 familles vers le logement et l'emploi.\n\n"
            "Porteur : SCOP L'Atelier des Canulars\nPartenaires : Région Auvergne-Rhône-Alpes\n"
            "Description : théâtre d'intervention sur les discriminations, 25 représentations par an.\n\n"
            "Type de collectivité\nCommune\nAdresse\nPlace Lazare Goujon\n69100 Villeurbanne\n")
    fiche, = read_fiches(text, "test.txt")
    assert [action.text.splitlines()[0] for action in fiche.actions] == [
        "Porteur : association Passerelles Buissonnières", "Porteur : SCOP L'Atelier des Canulars"]
    assert [action.text.splitlines()[-1][:13] for action in fiche.actions] == ["Description :"] * 2
    assert [sorted((m.name, m.role) for m in action.mentions if m.role == "porteur") for action in fiche.actions] == [
        [("Passerelles Buissonnières", "porteur")], [("L'Atelier des Canulars", "porteur")]]


LA_ROCHELLE = {"member": "Communauté d'agglomération de La Rochelle", "kind": "Communauté d'agglomération",
               "address": "6 rue Saint-Michel\n17086 La Rochelle"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # people's initiative is not the member's
    ("La SCIC Soleil, créée en 2019 à l'initiative de citoyens, a installé 12 centrales.", "porteur"),
    # guards: the member's, by its kind word or its services
    ("La SCIC Soleil, créée à l'initiative de la collectivité, a installé 12 centrales.", "cree"),
    ("La SCIC Soleil, créée avec l'appui des services de l'Agglomération, a installé 12 centrales.", "cree"),
])
def test_whose_initiative_created_it(sentence, expected):
    assert [role for _, _, _, role in bodies(sentence, **LA_ROCHELLE)] == [expected]


def test_the_body_a_structure_is_of_receives_the_member_s_support():
    assert roles_in_a_fiche(
        "Mise à disposition gratuite de locaux pour l'épicerie sociale de la Croix-Rouge et l'épicerie solidaire "
        "de l'association Le Pied à l'Étrier.") == [
        ("Croix-Rouge française", "soutenu"), ("Le Pied à l'Étrier", "soutenu")]
    # guard: a gift of the network's, the network a partner
    assert ("Croix-Rouge française", "partenaire") in roles_in_a_fiche(
        "Grâce à une subvention de la Croix-Rouge, l'association Le Pied gère l'épicerie.")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the network the supported structures belong to is a partner
    ("Soutien aux épiceries solidaires, fédérées au sein du réseau ANDES.", [("ANDES", "partenaire")]),
    ("Soutien aux 37 entreprises d'insertion du territoire, regroupées au sein de la fédération des entreprises "
     "d'insertion.", [("Fédération des entreprises d'insertion", "partenaire")]),
])
def test_the_network_of_the_supported_is_a_partner(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


REIMS = {"member": "Communauté urbaine du Grand Reims", "kind": "Communauté urbaine",
         "address": "CS 80036\n51722 Reims Cedex"}
MONTPELLIER = {"member": "Ville de Montpellier", "address": "1 place Georges Frêche\n34267 Montpellier"}


@pytest.mark.parametrize(("sentence", "member", "expected"), [
    # a head's complement goes on past "et de"
    ("Soutien à la Maison de l’Initiative et de l’Emploi (MIE) du Grand Reims, qui accompagne 1 500 demandeurs "
     "d’emploi par an.", REIMS, [("Maison de l’Initiative et de l’Emploi", "soutenu")]),
    # a former owner's premises: where, no part in the action
    ("Création d'une pépinière d'entreprises de l'ESS, Le 46, dans les anciens locaux de la Poste, animée par la "
     "Fondation Face Grand Reims.", REIMS, [("Fondation Face Grand Reims", "porteur")]),
    # an accelerator is an incubator; the Airdie is France Active's chapter of Occitanie, by its former name
    ("La Ville soutient l'accélérateur Alter'Incub Occitanie et la Fabrique à initiatives de l'Airdie.", MONTPELLIER,
     [("Alter'Incub Occitanie", "soutenu"), ("France Active Airdie-Occitanie", "soutenu")]),
    # the APES, by its acronym alone
    ("En 2023, la Région a attribué 50 000 € à l'APES et 30 000 € à la CRESS Hauts-de-France.",
     {"member": "Région Hauts-de-France", "kind": "Région", "address": "151 avenue du Président Hoover\n59555 Lille"},
     [("APES Hauts-de-France", "soutenu"), ("CRESS Hauts-de-France", "soutenu")]),
])
def test_names_found_whole(sentence, member, expected):
    assert roles_in_a_fiche(sentence, **member) == expected


TOURS = {"member": "Ville de Tours", "address": "1-3 rue des Minimes\n37926 Tours"}


@pytest.mark.parametrize("sentence", [
    "Le Jardin de Cocagne de Tours, chantier d'insertion maraîcher, emploie 25 salariés.",
    "La Ville soutient le Jardin de Cocagne de Tours.",
])
def test_a_kind_with_its_complement_is_one_body_wherever_it_stands(sentence):
    assert {m.slug for m in action_mentions(sentence, **TOURS)} == {"jardin-de-cocagne-de-tours"}


def test_an_item_s_complement_does_not_end_a_list():
    assert roles_in_a_fiche(
        "La plateforme accompagne 150 porteurs de projet, en partenariat avec l'URSCOP Hauts-de-France, la Fabrique "
        "à initiatives de l'APES et la BGE Hauts-de-France.") == [
        ("APES Hauts-de-France", "partenaire"), ("BGE Hauts-de-France", "partenaire"),
        ("URSCOP Hauts-de-France", "partenaire")]


COTENTIN = {"member": "Communauté d'agglomération du Cotentin", "kind": "Communauté d'agglomération",
            "address": "8 rue des Vindits\n50130 Cherbourg-en-Cotentin"}


def test_shares_listed_after_the_verb_are_the_member_s_each():
    found = bodies("L'Agglomération a souscrit 200 parts sociales (20 000 €) de la SCIC Enercoop Normandie et 50 parts "
                   "de la coopérative Cotentin Énergies.", **COTENTIN)
    assert ("Cotentin Énergies", "structure-ess", "cooperative", "actionnaire") in found
    assert ("Enercoop Normandie", "structure-ess", "scic", "actionnaire") in found
    # guard: another body's shares, in a sentence of its own
    assert ("Cotentin Énergies", "structure-ess", "cooperative", "actionnaire") not in bodies(
        "L'Agglomération a souscrit 200 parts de la SCIC Enercoop Normandie. La CDC détient 50 parts de la "
        "coopérative Cotentin Énergies.", **COTENTIN)


def test_a_titled_place_run_by_its_sheet_s_carrier_carries_nothing():
    text = ("Ville de Rennes\n\nExemples d'actions soutenues par la collectivité :\n\n"
            "Recyclerie La Boucle\nPorteur : association Alpha\nPartenaires : Région Bretagne\n"
            "Description : réemploi de 100 tonnes par an.\n\n"
            "Épicerie Le Panier\nPorteur : association Beta\nPartenaires : CAF\n\n"
            "Type de collectivité\nCommune\nAdresse\n1 place de la Mairie\n35000 Rennes\n")
    fiche, = read_fiches(text, "test.txt")
    assert [sorted((m.name, m.role) for m in action.mentions if m.role == "porteur") for action in fiche.actions] \
        == [[("Alpha", "porteur")], [("Beta", "porteur")]]
    # guard: a body titled with its own sheet is its own carrier
    assert bodies("SCIC Le Grand Four\nPorteur : SCIC Le Grand Four") == [
        ("Le Grand Four", "structure-ess", "scic", "porteur")]
