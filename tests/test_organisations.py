"""Organisations named in free text (issue 10): their roles, regional and local chapters, places.

Sentences written for these tests, in the style of the fiches but not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from rtes_kg.extract.curated import reference
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.organisations import find_organisations
from rtes_kg.model.identity import identify
from rtes_kg.model.mapping import map_fiche
from rtes_kg.parse.records import Source
from rtes_kg.territory.resolve import regions
from rtes_kg.vocab import IGEO, ORG, PROV, RDF, RTES, SCHEMA, SKOS

HERE = Source("test.txt", 1)
BASE = "https://example.org/kg/"


def roles(text, near=()):
    return [(m.name, m.role) for m in find_organisations(text, HERE, near=near)]


# --- roles -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # supported: the member's money or means
    ("La Ville verse une subvention de 12 000 € à l'association Les Petits Débrouillards Bretagne.",
     [("Les Petits Débrouillards Bretagne", "soutenu")]),
    ("Depuis 2019, la Ville met à la disposition de l'association Le Relais Breton un entrepôt.",
     [("Le Relais Breton", "soutenu")]),
    ("La Ville subventionne le café associatif Le Chat Perché et l'épicerie solidaire La Cagette.",
     [("Le Chat Perché", "soutenu"), ("La Cagette", "soutenu")]),
    ("Le tiers-lieu La Ruche, porté par la SCOP Les Bâtisseurs, a reçu une aide de 20 000 €.",
     [("La Ruche", "soutenu"), ("Les Bâtisseurs", "porteur")]),
    # created with the member's help
    ("Création en 2019, avec l'appui de la Métropole, de la SCIC Énergie Partagée Grand Ouest.",
     [("Énergie Partagée Grand Ouest", "cree")]),
    ("La SCIC Cycles et Manivelles, créée en 2017 grâce au soutien de la Communauté de communes, loue des vélos.",
     [("Cycles et Manivelles", "cree")]),
    ("La Ville a aidé à la création de l'AMAP Les Paniers du Val en 2018.", [("Les Paniers du Val", "cree")]),
    # the member holds shares
    ("La Communauté de communes est devenue sociétaire de la SCIC Bois Bocage Énergie.",
     [("Bois Bocage Énergie", "actionnaire")]),
    ("La Ville participe au capital de la SCIC Habitat Solidaire Rennais à hauteur de 10 000 €.",
     [("Habitat Solidaire Rennais", "actionnaire")]),
    ("Le Département a soutenu la création de la SCIC Bocage Vivant ; il est entré au capital de la "
     "coopérative en 2022.", [("Bocage Vivant", "cree"), ("Bocage Vivant", "actionnaire")]),
    ("Entrée au capital de la SCIC Vélo Partagé (5 000 €) et partenariat pour une flotte de vélos.",
     [("Vélo Partagé", "partenaire"), ("Vélo Partagé", "actionnaire")]),
    # a network in parentheses after a name is its network ("Emmaüs France" was a partner)
    ("Le Relais Atlantique (Emmaüs) collecte 2 000 tonnes de textiles.", [("Le Relais Atlantique", "porteur")]),
    ("Soutien à l'association La Boussole (France Active).", [("La Boussole", "soutenu")]),
    ("Les Jardins de la Voie Romaine, adhérents du Réseau Cocagne, emploient 30 salariés.",
     [("Les Jardins de la Voie Romaine", "porteur")]),
    # a preposition is no adjective of a kind word: Ecopôle was "a PTCE" created with the member's help
    ("Mise en place d'un PTCE avec Ecopôle.", []),
    # "Commune le PTCE…" is no collectivité (it was a commune of that name)
    # (round 43: Plaine Commune, an établissement public territorial, is found, and the PTCE read as
    # after "avec la Région": the object of the verb past its companion)
    ("Il co-anime avec Plaine Commune le PTCE Pôle ESS 93.", [("Plaine Commune", "partenaire"),
                                                              ("Pôle ESS 93", "porteur")]),
    # a verb in the plural ("porteur" by default)
    ("La Ville et la Métropole soutiennent l'association Les Ateliers Lillois.", [("Les Ateliers Lillois", "soutenu")]),
    # the source of a figure is no partner (it was, outside actions)
    ("L'ESS représente 14 % des emplois (source : CRESS Bourgogne-Franche-Comté, 2022) et la Ville "
     "travaille avec France Active.", [("France Active", "partenaire")]),
    ("Selon l'INSEE, 620 salariés, en partenariat avec l'ADEME.", [("ADEME", "partenaire")]),
    # carriers and partners
    ("La régie de quartier Nord Services entretient les espaces verts de la commune.",
     [("Nord Services", "porteur")]),
    ("Le restaurant d'insertion Le Local, ouvert par l'association Tremplin, sert 80 couverts par jour.",
     [("Le Local", "porteur"), ("Tremplin", "porteur")]),
    ("La Ville a confié à la régie de quartier Régie Nord Services la gestion du jardin partagé.",
     [("Régie Nord Services", "porteur")]),
    ("Avec le soutien de la Fondation de France, l'association Terre de Liens Normandie rachète des terres.",
     [("Fondation de France", "partenaire"), ("Terre de Liens Normandie", "porteur")]),
    ("Partenaires : CRESS Île-de-France, Ville de Montreuil, Fondation Abbé Pierre.",
     [("CRESS Île-de-France", "partenaire"), ("Ville de Montreuil", "partenaire"),
      ("Fondation Abbé Pierre", "partenaire")]),
    ("Lauréats 2023 : la SCOP Ardelaine et l'association Solidarité Paysans.",
     [("Ardelaine", "soutenu"), ("Solidarité Paysans", "soutenu")]),
    ("Un chantier cofinancé par l'ADEME et mené aux côtés de la commune de Florac.",
     [("ADEME", "partenaire"), ("Commune de Florac", "partenaire")]),
    ("Création d'une SCIC (Société coopérative d'intérêt collectif) « Bois Bocage Énergie » en 2021.",
     [("Bois Bocage Énergie", "cree")]),
    ("Participation au tour de table de la SCIC Enercoop Midi-Pyrénées aux côtés de la Caisse des Dépôts.",
     [("Enercoop Midi-Pyrénées", "actionnaire"), ("Caisse des Dépôts", "partenaire")]),
    # a status or kind after the kind word is not a name: the structure is the one it describes
    ("Appui à la ressourcerie La Trouvaille, association agréée ESUS : 250 tonnes par an.",
     [("La Trouvaille", "soutenu")]),
    ("La Ville accompagne la SCOP SIAE Les Jardins, coopérative agréée ESUS.", [("Les Jardins", "soutenu")]),
    ("La Ville soutient l'association ESUS du quartier.", []),
    ("Une SIAE, association intermédiaire, emploie 12 salariés.", []),
    # "dont" after a label: the names are among those it names
    ("Appel à projets ESS : 14 lauréats en 2023, dont la SCIC Bois Local et l'association Vélo Solidaire.",
     [("Bois Local", "soutenu"), ("Vélo Solidaire", "soutenu")]),
    ("Une dizaine de partenaires, dont la CRESS Occitanie et France Active.",
     [("CRESS Occitanie", "partenaire"), ("France Active", "partenaire")]),
    # "et de" goes on with a name, unless another body's name follows
    ("La Ville finance l'épicerie Le Panier Malin aux côtés du Département du Nord et de la CAF.",
     [("Le Panier Malin", "soutenu"), ("Département du Nord", "partenaire"), ("CAF", "partenaire")]),
    ("Avec le Conseil départemental de la Gironde et de la Région Nouvelle-Aquitaine.",
     [("Conseil départemental de la Gironde", "partenaire"), ("Région Nouvelle-Aquitaine", "partenaire")]),
    ("Avec la Banque Alimentaire de Bordeaux et de la Gironde.",
     [("Banque Alimentaire de Bordeaux et de la Gironde", "partenaire")]),
    # "et par Y" says of Y what "par X" said of X; a funder after "subvention de" gives, not receives
    ("La SCOP Les Tricoteuses, accompagnée par l'ADEME et par la Banque des Territoires.",
     [("Les Tricoteuses", "porteur"), ("ADEME", "partenaire"), ("Banque des Territoires", "partenaire")]),
    ("Le garage solidaire Roule Ma Poule a été financé par la Région Hauts-de-France et par la Fondation de France.",
     [("Roule Ma Poule", "porteur"), ("Région Hauts-de-France", "partenaire"), ("Fondation de France", "partenaire")]),
    ("L'association Vélo Cité a ouvert un atelier grâce à une subvention de la Région Bretagne.",
     [("Vélo Cité", "porteur"), ("Région Bretagne", "partenaire")]),
    ("Grâce à un financement de la Fondation de France, l'association Les Amis du Quai a ouvert un café.",
     [("Fondation de France", "partenaire"), ("Les Amis du Quai", "porteur")]),
    ("Prêt d'honneur à la SCOP Les Tricoteuses avec l'accompagnement de l'URSCOP Occitanie et de France Active.",
     [("Les Tricoteuses", "soutenu"), ("URSCOP Occitanie", "partenaire"), ("France Active", "partenaire")]),
    # a person's office in another body, a parent company: that body has no part in the action
    ("Le projet, porté par Jean-Marc Lefèvre, ancien président de l'ADEME, a reçu 30 000 €.", []),
    ("Création de l'ETTI Intérim Estuaire, filiale de l'association intermédiaire Partage 44.",
     [("Intérim Estuaire", "cree")]),
    # the members a structure "réunit" are partners, through the whole list
    ("Un tiers-lieu géré par la SCIC Fives Commun, qui réunit la régie de quartier Fives Services, "
     "l'entreprise d'insertion Recup'Nord et l'association Le Panier Fivois.",
     [("Fives Commun", "porteur"), ("Fives Services", "partenaire"), ("Recup'Nord", "partenaire"),
      ("Le Panier Fivois", "partenaire")]),
    # "et par" after a name we do not know, and "une aide de": funders
    ("La recyclerie, soutenue par Touraine Propre et par la Fondation Orange, a ouvert.",
     [("Fondation Orange", "partenaire")]),
    ("L'investissement a été complété par une aide de l'ADEME et par la Région Bretagne.",
     [("ADEME", "partenaire"), ("Région Bretagne", "partenaire")]),
    # "avec" names the body right after it; the verb before says what the next one is
    ("La Ville finance avec la Métropole la coopérative Coop'Ados Tours.", [("Coop'Ados Tours", "soutenu")]),
    ("Soutien à l'association Bouge ta Campagne.", [("Bouge ta Campagne", "soutenu")]),
    # "par an" is a rate; "loue à", "a cédé … à" give means; a supplier is a partner
    ("Subvention de 10 000 € par an à l'association Trajet.", [("Trajet", "soutenu")]),
    ("La commune loue à l'association Les Amis du Quai un garage pour un loyer symbolique.",
     [("Les Amis du Quai", "soutenu")]),
    ("L'épicerie solidaire Le Panier, approvisionnée par la Banque Alimentaire du Cher, ouvre.",
     [("Le Panier", "porteur"), ("Banque Alimentaire du Cher", "partenaire")]),
    # a count of communes names none; "et du Groupement…" opens another body
    ("Le syndicat regroupe 19 communes du Val d'Ille et d'Aubigné.", []),
    # a label, then what it is of, before a colon
    ("Lauréats de l'appel à projets ESS 2023 : l'ACI Tremplin Rhône et la CAE Elycoop.",
     [("Tremplin Rhône", "soutenu"), ("Elycoop", "soutenu")]),
    # an incise of help between "Création" and what was created
    ("Création en 2021, avec l'appui de France Active, de la SCIC Alimentation Durable.",
     [("France Active", "partenaire"), ("Alimentation Durable", "cree")]),
    # banks, the postal service, the Agefiph are named partners; "l'EA" is a kind (entreprise adaptée)
    ("La Poste et le Crédit Coopératif financent la plateforme avec l'Agefiph.",
     [("La Poste", "partenaire"), ("Crédit Coopératif", "partenaire"), ("Agefiph", "partenaire")]),
    ("La Ville soutient l'EA Les Ateliers du Bocage.", [("Les Ateliers du Bocage", "soutenu")]),
])
def test_roles_are_read_from_the_words_around_the_name(text, expected):
    assert roles(text) == expected


def test_a_brand_that_opens_with_its_city_is_not_cut_to_its_kind_word():
    """ "Tours Métropole Val de Loire" was a body named "Métropole Val de Loire": it is the
    métropole of the territorial reference, by its whole brand."""
    assert roles("Avec Tours Métropole Val de Loire et la Métropole Rouen Normandie.") == [
        ("Tours Métropole Val de Loire", "partenaire"), ("Métropole Rouen Normandie", "partenaire")]


def test_a_lower_case_commune_is_a_body_only_when_a_role_word_says_so():
    assert roles("Le marché se tient sur la commune de Florac chaque samedi.") == []


# --- chapters ----------------------------------------------------------------------------------

def chapter(text, **kwargs):
    return [(m.name, m.slug, m.parent) for m in find_organisations(text, HERE, **kwargs)]


def test_every_regional_cress_is_listed_with_its_region_and_its_national_head():
    curated = reference()
    cress = {slug: entry for slug, entry in curated.entries.items() if slug.startswith("cress-")}
    assert len(cress) == 18 == len(regions())
    served = {str(curated.graph.value(URIRef("https://w3id.org/rtes/org/" + slug), SCHEMA.areaServed))
              .rsplit("/", 1)[-1] for slug in cress}
    assert served == {region.code for region in regions()}
    assert {entry.parent for entry in cress.values()} == {"ess-france"}


@pytest.mark.parametrize("text, expected", [
    ("Subvention à la Banque Alimentaire de Rodez pour un camion.",
     [("Banque Alimentaire de Rodez", "banque-alimentaire-de-rodez", "banques-alimentaires")]),
    ("Avec la Banque Alimentaire du Lot-et-Garonne et de la Dordogne.",
     [("Banque Alimentaire du Lot-et-Garonne et de la Dordogne",
       "banque-alimentaire-du-lot-et-garonne-et-de-la-dordogne", "banques-alimentaires")]),
    ("Partenariat avec France Active Grand Est et Emmaüs Lescar-Pau.",
     [("France Active Grand Est", "france-active-grand-est", "france-active"),
      ("Emmaüs Lescar-Pau", "emmaus-lescar-pau", "emmaus-france")]),
    ("Le Mouvement associatif Hauts-de-France anime le réseau.",
     [("Le Mouvement associatif Hauts-de-France", "le-mouvement-associatif-hauts-de-france",
       "le-mouvement-associatif")]),
    ("Convention avec la CAF du Finistère et la Chambre d'agriculture de la Creuse.",
     [("CAF du Finistère", "caf-du-finistere", "cnaf"),
      ("Chambre d'agriculture de la Creuse", "chambre-d-agriculture-de-la-creuse",
       "chambres-d-agriculture-france")]),
    ("Mise en relation avec Initiative Pays de Fougères et l'Initiative citoyenne du quartier.",
     [("Initiative Pays de Fougères", "initiative-pays-de-fougeres", "initiative-france")]),
    ("Garantie d'emprunt accordée à Habitat et Humanisme Normandie et à Cap emploi de la Somme.",
     [("Habitat et Humanisme Normandie", "habitat-et-humanisme-normandie", "habitat-et-humanisme"),
      ("Cap emploi de la Somme", "cap-emploi-de-la-somme", "cheops")]),
    ("La CRESS Centre-Val de Loire et France Active travaillent ensemble.",
     [("CRESS Centre-Val de Loire", "cress-centre-val-de-loire", "ess-france"),
      ("France Active", "france-active", None)]),
])
def test_a_chapter_is_its_own_organisation_linked_to_its_network(text, expected):
    assert chapter(text) == expected


def test_a_chapter_named_without_a_name_of_its_own_is_the_members_not_the_network():
    found = chapter("La Ville soutient la Banque Alimentaire et les Banques Alimentaires.",
                    scope="ville-de-guingamp")
    assert found == [("Banque Alimentaire", "banque-alimentaire-ville-de-guingamp", "banques-alimentaires"),
                     ("Banques Alimentaires", "banques-alimentaires", None)]


def test_a_network_the_member_helped_create_is_its_local_chapter():
    found = find_organisations("Aide à la création d'un magasin Artisans du Monde en 2004.", HERE,
                               scope="ville-de-lannion")
    assert [(m.name, m.slug, m.parent, m.role) for m in found] == [
        ("Artisans du Monde", "artisans-du-monde-ville-de-lannion", "artisans-du-monde", "cree")]


@pytest.mark.parametrize("text, expected", [
    # a legal form after the kind word is no name
    ("La coopérative d'habitants Habitat Partagé Berry (SCIC SAS) a livré 24 logements.",
     [("Habitat Partagé Berry", None)]),
    ("Soutien à l'imprimerie Les Presses du Val, SCOP SARL, pour sa reprise.", [("Les Presses du Val", None)]),
    # "pour", "dans", "sans" inside a name, before a capital that opens no other body
    ("Soutien à l'association Un Toit pour Tous et à la recyclerie Les Pieds dans l'Eau.",
     [("Un Toit pour Tous", None), ("Les Pieds dans l'Eau", None)]),
    ("Subvention à l'association Cuisine sans Frontières pour la Ville de Lyon.",
     [("Cuisine sans Frontières", None), ("Ville de Lyon", None)]),
    # a network's hidden label used as a kind word, then the name
    ("Soutien au jardin de Cocagne Les Jardins d'Aunis, adhérent du Réseau Cocagne.",
     [("Les Jardins d'Aunis", "reseau-cocagne")]),
    ("Soutien à l'EI Recup'Nord.", [("Recup'Nord", None)]),
])
def test_names_around_legal_forms_prepositions_and_kind_words(text, expected):
    assert [(m.name, m.parent) for m in find_organisations(text, HERE)] == expected


def test_a_place_after_a_relative_clause_is_where_it_acts_not_where_it_is():
    found = find_organisations("Soutien à l'association Madin'Récup, qui collecte 90 tonnes à Sainte-Marie.",
                               HERE, near=("972",))
    assert [(m.name, m.place) for m in found] == [("Madin'Récup", None)]


def test_a_network_in_parentheses_after_membre_du_reseau_is_the_parent():
    found = find_organisations("Le fonds, géré par Gers Active (membre du réseau France Active), a accordé "
                               "17 prêts.", HERE)
    assert [(m.name, m.parent, m.role) for m in found] == [("Gers Active", "france-active", "porteur")]


def test_a_network_in_an_apposition_is_the_parent_not_a_partner():
    found = find_organisations("Les Jardins du Lac, jardin d'insertion du Réseau Cocagne, emploie 20 "
                               "salariés.", HERE)
    assert [(m.name, m.parent) for m in found] == [("Les Jardins du Lac", "reseau-cocagne")]


# --- places ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, near, expected", [
    ("Soutien à L’Épicerie du Coin à Rodez.", (), [("L’Épicerie du Coin", "Rodez", "12202")]),
    ("La ressourcerie Le Grenier à Idées à Lannion a ouvert.", (),
     [("Le Grenier à Idées", "Lannion", "22113")]),
    ("La recyclerie La Boîte à Réemploi ouvre le samedi.", (), [("La Boîte à Réemploi", None, None)]),
    ("L'atelier vélo La Petite Rustine, installé à Villeurbanne, répare 800 vélos.", (),
     [("La Petite Rustine", "Villeurbanne", "69266")]),
    ("Le tiers-lieu La Ruche, à Bègles, accueille des artisans.", (), [("La Ruche", "Bègles", "33039")]),
    # two communes are called Saint-Denis: the member's département tells which
    ("La ressourcerie Kaz Rékup à Saint-Denis trie 300 tonnes.", ("974",),
     [("Kaz Rékup", "Saint-Denis", "97411")]),
    ("La ressourcerie Kaz Rékup à Saint-Denis trie 300 tonnes.", (), [("Kaz Rékup", None, None)]),
    # a commune inside a name stays in it, and is its place too
    ("Avec l’ESAT Les Ateliers de Romainville et la Banque Alimentaire de Rodez.", (),
     [("Les Ateliers de Romainville", "Romainville", "93063"),
      ("Banque Alimentaire de Rodez", "Rodez", "12202")]),
    # a quartier is not a commune: split off the name, kept nowhere
    ("L'épicerie solidaire Le Panier au Mirail ouvre le lundi.", (), [("Le Panier", None, None)]),
    # the commune in a name is its place only in the member's région, when that is known
    ("Subvention à l'association Les Amis du Jard.", ("59",), [("Les Amis du Jard", None, None)]),
    ("Avec la Banque Alimentaire de Rodez.", ("81",), [("Banque Alimentaire de Rodez", "Rodez", "12202")]),
    # "à X" far from the member is part of the name: "La Fabrique à Bulles" (Oise) in Lyon
    ("Soutien à L’Épicerie du Coin à Rodez.", ("59",), [("L’Épicerie du Coin à Rodez", None, None)]),
    ("Soutien au café associatif La Fabrique à Bulles.", ("69",), [("La Fabrique à Bulles", None, None)]),
    ("Soutien au café associatif La Fabrique à Bulles.", ("60",), [("La Fabrique", "Bulles", "60115")]),
    # a commune at the end of a département's or région's name is no place
    ("Soutien à l'association Solidarité Pas-de-Calais, avec France Active Nord-Pas de Calais.", ("59",),
     [("Solidarité Pas-de-Calais", None, None), ("France Active Nord-Pas de Calais", None, None)]),
])
def test_a_commune_after_the_name_is_its_place(text, near, expected):
    found = find_organisations(text, HERE, near=near)
    assert [(m.name, m.place, m.place_code) for m in found] == expected


def test_no_collectivite_is_made_of_a_sentence_break():
    assert roles("Les trois communes forment une communauté de communes. L’ESS y est associative.") == []


def test_no_name_runs_across_a_line_break():
    found = roles("Tiers-lieu La Forge à Tulle\nOuvert en 2021, le tiers-lieu est géré par la SCIC La Forge.")
    assert found == [("La Forge", "porteur")]


def test_the_member_supports_the_structures_it_lists():
    assert roles("Appel à projets : 12 lieux soutenus, dont le tiers-lieu La Grange à Aubusson.") == [
        ("La Grange", "soutenu")]


# --- the graph ---------------------------------------------------------------------------------

FICHE = """Ville de Figeac

Exemples d’actions soutenues par la collectivité :

La Ville a aidé à créer l’épicerie Le Panier Figeacois à Figeac, gérée par l’association Entraide Lotoise.

Subvention de 8 000 € à la Banque Alimentaire du Lot.

Convention avec la Banque Alimentaire pour la collecte.

Prise de parts dans la SCIC Lot Énergies Citoyennes et partenariat pour une centrale solaire.

Année d'adhésion au RTES: 2018

Type de collectivité
Commune
Nombre d'habitants sur le territoire
9 800 hab.
Adresse

Place Vival
46100 Figeac
France
"""


@pytest.fixture(scope="module")
def figeac():
    fiche = read_fiches(FICHE, "figeac.txt")[0]
    return map_fiche(fiche, base_iri=BASE, identity=identify(fiche))


def org(slug):
    return URIRef(BASE + "org/" + slug)


def action_with(mapped, start):
    return next(a for a in mapped.graph.subjects(RDF.type, RTES.ActionESS)
                if str(a).split("/")[-1].startswith(start))


def test_each_role_is_its_own_property(figeac):
    graph = figeac.graph
    creation = action_with(figeac, "la-ville-a-aide")
    assert (creation, RTES.creationAccompagnee, org("le-panier-figeacois")) in graph
    assert (creation, RTES.porteePar, org("entraide-lotoise")) in graph
    assert (creation, PROV.wasAssociatedWith, org("entraide-lotoise")) in graph
    assert (creation, PROV.wasAssociatedWith, org("le-panier-figeacois")) not in graph
    shares = action_with(figeac, "prise-de-parts")
    assert set(graph.predicates(shares, org("lot-energies-citoyennes"))) == {
        RTES.participationCapital, RTES.partenaire}


def test_chapters_are_linked_to_their_network_under_the_builds_base(figeac):
    graph = figeac.graph
    lot = org("banque-alimentaire-du-lot")
    local = org("banque-alimentaire-ville-de-figeac")
    national = org("banques-alimentaires")
    funding, convention = action_with(figeac, "subvention"), action_with(figeac, "convention")
    assert (funding, RTES.beneficiaire, lot) in graph
    assert (convention, RTES.partenaire, local) in graph
    for chapter in (lot, local):
        assert (chapter, ORG.subOrganizationOf, national) in graph
    assert (national, SKOS.prefLabel, Literal("Banques Alimentaires", lang="fr")) in graph
    # the unnamed one serves Figeac (the member is a commune); where it is, the fiche does not say
    assert graph.value(local, SCHEMA.areaServed) == URIRef(BASE + "territoire/commune/46102")
    assert graph.value(local, SCHEMA.location) is None


LILLE = ("Ville de Lille\nType de collectivité : Commune\nAdresse :\nPlace Augustin Laurent\n59000 Lille\n"
         "Exemples d'actions soutenues par la collectivité :\n"
         "Appel à projets co-animé avec la CRESS, l'URSCOP et la CAF.\n")


def test_a_chapter_named_without_its_name_is_the_listed_one_of_the_members_region():
    """"la CRESS" in Lille's fiche was a CRESS of its own, placed in Lille: it is the CRESS
    Hauts-de-France of the list. "la CAF" (not listed by région) serves Lille: the one of Roubaix
    would be in Lille, not Roubaix, so no place is said."""
    fiche = read_fiches(LILLE, "lille.txt")[0]
    graph = map_fiche(fiche, base_iri=BASE, identity=identify(fiche)).graph
    action = next(graph.subjects(RTES.soutenuePar, org("ville-de-lille")))
    partners = set(graph.objects(action, RTES.partenaire))
    assert partners == {org("cress-hauts-de-france"), org("urscop-hauts-de-france"), org("caf-ville-de-lille")}
    assert graph.value(org("cress-hauts-de-france"), SCHEMA.areaServed) == URIRef(BASE + "territoire/region/32")
    assert graph.value(org("caf-ville-de-lille"), SCHEMA.areaServed) == URIRef(BASE + "territoire/commune/59350")
    assert not list(graph.triples((None, SCHEMA.location, None)))


def test_the_commune_of_an_organisation_is_a_territory_node(figeac):
    graph = figeac.graph
    commune = graph.value(org("le-panier-figeacois"), SCHEMA.location)
    assert commune == URIRef(BASE + "territoire/commune/46102")
    assert (commune, RDF.type, IGEO.Commune) in graph
    assert (commune, SKOS.prefLabel, Literal("Figeac", lang="fr")) in graph
    assert (org("le-panier-figeacois"), SKOS.prefLabel, Literal("Le Panier Figeacois", lang="fr")) in graph


def test_a_network_in_parentheses_is_the_network_of_the_name_before_it():
    (relais,) = find_organisations("Le Relais Atlantique (Emmaüs) collecte 2 000 tonnes.", HERE)
    assert (relais.name, relais.slug, relais.parent) == ("Le Relais Atlantique", "relais-atlantique", "emmaus-france")


def test_the_place_of_the_next_item_of_a_list_is_not_the_place_of_the_one_before():
    text = ("Lauréats 2023 : l'association Les Amis du Jardin de Caen, la SCOP Terre d'Ici à Lisieux et l'entreprise "
            "d'insertion Ecomanche.")
    places = {m.name: m.place for m in find_organisations(text, Source("f.txt", 1), near=("14",))}
    assert places["Terre d'Ici"] == "Lisieux" and places["Les Amis du Jardin de Caen"] != "Lisieux"
