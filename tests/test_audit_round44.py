"""Wrong and lost facts of the forty-fourth round: an intercommunalité's fiche naming it by its
name in the DGCL's table ("Grand Besançon Métropole" in the fiche of the "Communauté d'agglomération
du Grand Besançon") made a partner of itself; "la communauté de communes de la Lomagne gersoise" cut
to "… de la Lomagne"; "France Active" found inside "Hauts-de-France Active"; "le réseau des
ressourceries, le REFER" read as the national network; a label read as a tiers-lieu ("les tiers-lieux
labellisés « Fabriques de territoire »"); "Elle est financée par la Ville" given to the body named in
the incise before it; the member's support said in an apposition ("Y, une entreprise d'insertion
soutenue par la CUD") given to the other structures of the sentence; "X, soutenue par le Département,
a financé…" a partner only; lost names after a head noun ("la plateforme de mobilité Mobil'Emploi,
portée par…", "le supermarché coopératif Superquinquin", "au GAEC Les Prés Verts") and figures
("70 anciens chômeurs de longue durée"); "5 000 € à chacun des 6 tiers-lieux" made per "tier"; "porté
par A et B": B given the role of the body A runs; the signatories of a pact its carriers; "organisé par
A avec le soutien de la Ville": A not supported; "les quatre communautés de communes du Pays" a
collectivité named "Communauté de communes du Pays"; "le pôle ESS Horizons Solidaires" lost; "l'Union
départementale des CCAS" read as a CCAS; "X, que l'Agglomération a aidée…" and "avec 20 000 € de la
Ville" no support; "une convention de mise à disposition de locaux" a partnership; a commune's name
after a head noun read as a structure ("la ferme urbaine L'Île-Saint-Denis"); "Création avec Tours
Métropole de la ressourcerie X" X the carrier; "la Région Centre-Val de Loire de la SCIC X" lost;
"45 000 € en 2022 et 50 000 € en 2023" the first of no year; "La Ville et la Mission locale du bassin
d'emploi de Rennes ont créé un parcours d'accompagnement" the Mission locale supported; a place a body
is installed in its carrier; "la compagnie de théâtre Les Becs Verseurs" lost; an établissement public
territorial's fiche of no SIREN nor territory, and a commune's "Est Ensemble" linked to no member; "la
Mission locale" and "la Mission locale de Rennes" in the Ville de Rennes's fiche two bodies; "X a été
désignée lauréate du budget participatif" its carrier, not the member's winner; "une SCIC de 80
sociétaires (1,2 M€ d'investissement, dont 300 000 € de la Région)" the Région a shareholder; the second
of "sociétaire de la SCIC A depuis 2017 et de la SCIC B" and of "a créé en 2019 A et en 2021 B" its carrier;
the items after "un réseau de partenaires :" given the default role; "livre 500 paniers aux adhérents de
l'AMAP X" X the carrier; "la SCOP Le Champ des Possibles sur la ZA de Berlanne" one name.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from extraction_helpers import amounts, mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.intercommunalities import intercommunality_named
from rtes_kg.extract.stated import find_amounts
from rtes_kg.model.identity import identify
from rtes_kg.model.mapping import map_fiche
from rtes_kg.model.members import link_members
from rtes_kg.parse.records import Source
from rtes_kg.territory.epts import ept_named

ORG = "https://w3id.org/rtes/org/"
PARTENAIRE = URIRef("https://w3id.org/rtes/ontology#partenaire")
HERE = Source("test.txt", 1)


BESANCON = {"member": "Communauté d'agglomération du Grand Besançon", "kind": "Communauté d'agglomération",
            "address": "4 rue Gabriel Plançon\n25000 Besançon"}
GERS = {"member": "Département du Gers", "kind": "Département", "address": "81 route de Pessan\n32000 Auch"}
LOIRE_ATLANTIQUE = {"member": "Département de la Loire-Atlantique", "kind": "Département",
                    "address": "3 quai Ceineray\n44000 Nantes"}
HAUTS_DE_FRANCE = {"member": "Région Hauts-de-France", "kind": "Région",
                   "address": "151 avenue du Président Hoover\n59555 Lille"}
LILLE = {"member": "Ville de Lille", "address": "Place Augustin Laurent\n59000 Lille"}
STRASBOURG = {"member": "Ville de Strasbourg", "address": "1 parc de l’Étoile\n67076 Strasbourg Cedex"}
REDON = {"member": "Pays de Redon", "kind": "Pays / PETR", "address": "3 rue Charles Sillard\n35600 Redon"}
LA_ROCHELLE = {"member": "Communauté d'agglomération de La Rochelle", "kind": "Communauté d'agglomération",
               "address": "6 rue Saint-Michel\n17086 La Rochelle Cedex 2"}
RENNES = {"member": "Ville de Rennes", "address": "Place de la Mairie\n35000 Rennes"}
OCCITANIE = {"member": "Région Occitanie / Pyrénées-Méditerranée", "kind": "Région",
             "address": "22 boulevard du Maréchal Juin\n31406 Toulouse Cedex 9"}
BESANCON_VILLE = {"member": "Ville de Besançon", "address": "2 rue Mégevand\n25000 Besançon"}
TOURS = {"member": "Ville de Tours", "address": "1-3 rue des Minimes\n37000 Tours"}
DUNKERQUE = {"member": "Communauté urbaine de Dunkerque", "kind": "Communauté urbaine",
             "address": "Pertuis de la Marine\n59386 Dunkerque Cedex 1"}


# --- an intercommunalité by its name in the DGCL's table --------------------------------------------

@pytest.mark.parametrize(("name", "kind", "siren"), [
    ("Grand Besançon Métropole", "communaute-urbaine", "242500361"),
    ("Communauté de communes de la Lomagne gersoise", "communaute-de-communes", "243200391"),
    ("Communauté d’agglomération du Pays Basque", "communaute-d-agglomeration", "200067106"),
    ("Est Ensemble", "etablissement-public-territorial", "200057875"),
    ("Grand Besançon Métropole", "communaute-d-agglomeration", None),  # of another kind: not that one
    ("Communauté de communes de la Lomagne", "communaute-de-communes", None),  # the words of none
])
def test_an_intercommunalite_by_its_name(name, kind, siren):
    found = intercommunality_named(name, kind)
    assert (found.siren if found is not None else None) == siren


def test_the_member_under_its_name_in_the_table_is_no_partner():
    sentence = ("Grand Besançon Métropole a accompagné la création de la légumerie solidaire Les Jardins de "
                "Cocagne de Besançon, qui approvisionne 15 cantines scolaires.")
    assert in_the_fiche(sentence, **BESANCON) == [("Les Jardins de Cocagne de Besançon", "cree")]


def test_a_mention_links_to_the_member_of_its_siren():
    """The fiche of the Ville de Besançon names "Grand Besançon Métropole": the member whose own fiche
    calls it the "Communauté d'agglomération du Grand Besançon", one IRI."""
    text = ("Ville de Besançon\n\nType de collectivité : Commune\nAdresse : 2 rue Mégevand, 25000 Besançon\n\n"
            "Exemples d'actions soutenues par la collectivité :\n\n• La Ville et Grand Besançon Métropole "
            "soutiennent la ressourcerie La Boutique Solidaire.\n\n\n"
            "Communauté d'agglomération du Grand Besançon\n\nType de collectivité : Communauté d'agglomération\n"
            "Adresse : 4 rue Gabriel Plançon, 25000 Besançon\n")
    fiches = read_fiches(text, "two.txt")
    identities = [identify(fiche, None) for fiche in fiches]
    city, agglomeration = (map_fiche(fiche, identity=identity)
                           for fiche, identity in zip(link_members(fiches, identities), identities))
    assert {o for _, _, o in city.graph.triples((None, PARTENAIRE, None))} == {agglomeration.org}


def test_the_name_of_an_intercommunalite_ends_with_its_word_in_lower_case():
    sentence = ("Il a cofinancé avec la Région Occitanie et la communauté de communes de la Lomagne gersoise la "
                "conserverie solidaire La Gersoise.")
    assert ("Communauté de communes de la Lomagne gersoise", "partenaire") in in_the_fiche(sentence, **GERS)


# --- names inside other names, and labels --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # the end of a compound holds no name of the curated list
    ("La Région a créé le fonds régional Hauts-de-France Active, doté de 5 M€, géré par France Active Picardie.",
     [("France Active Picardie", "porteur")]),
    # a network in lower case named right after: not the national one
    ("La Région subventionne le réseau des ressourceries, le REFER, qui fédère 40 recycleries.", []),
    ("La Région subventionne le Réseau des ressourceries.",
     [("Réseau national des ressourceries et recycleries", "soutenu")]),
])
def test_a_name_within_another_or_named_after(sentence, expected):
    assert in_the_fiche(sentence, **HAUTS_DE_FRANCE) == expected


@pytest.mark.parametrize("sentence", [
    "Le Département accorde une aide de 5 000 € par an à chacun des 6 tiers-lieux labellisés « Fabriques de "
    "territoire ».",
    "Le Département soutient les tiers-lieux labellisés Fabriques de territoire.",
    "Le Département soutient les SIAE agréées Qualirei.",
])
def test_a_label_is_no_body(sentence):
    assert in_the_fiche(sentence, **GERS) == []


def test_a_kind_and_a_name_after_an_approval_word():
    assert in_the_fiche("La Ville soutient la recyclerie agréée ESUS Re Bon.") == [("Re Bon", "soutenu")]


# --- who the member supports ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    # "Elle" after an incise: the subject of the sentence before, not the body of the incise
    ("La Maison de l’ESS de Lille, gérée par l’APES Hauts-de-France, accueille chaque année 3 000 personnes. "
     "Elle est financée par la Ville à hauteur de 60 000 €.", LILLE,
     # (the sentence's article is not the name's since round 47: "la Maison de l'ESS de Lille" names it too)
     [("APES Hauts-de-France", "porteur"), ("Maison de l’ESS de Lille", "soutenu")]),
    ("L’association Alpha, créée avec la coopérative Beta, gère un jardin. Elle a reçu une subvention de la Ville.",
     {}, [("Alpha", "porteur"), ("Alpha", "soutenu"), ("Beta", "partenaire")]),
    # no incise: as said before this round
    ("La coopérative Beta a créé l’association Alpha. Elle a reçu une subvention de la Ville.", {},
     [("Alpha", "soutenu"), ("Beta", "porteur")]),
    # the member's support in an apposition: that structure's, the others no more than partners
    ("L’éco-lieu La Halle aux Sucres accueille des ateliers de réparation animés par Les Ateliers du Littoral, "
     "une entreprise d’insertion soutenue par la CUD.", DUNKERQUE,
     [("La Halle aux Sucres", "partenaire"), ("Les Ateliers du Littoral", "porteur"),
      ("Les Ateliers du Littoral", "soutenu")]),
    # another's support in the apposition: none of the member's
    ("Les ateliers sont animés par Les Ateliers du Littoral, une entreprise d’insertion soutenue par la Région.",
     DUNKERQUE, [("Les Ateliers du Littoral", "porteur"), ("Région Hauts-de-France", "partenaire")]),
    # (the verb after another's incise is not an apposition: "…, cofondée par Y, est soutenue")
    ("La SCIC Mor Glaz, cofondée par l'association Sauvegarde 56, est soutenue par la Ville.", {},
     [("Mor Glaz", "soutenu"), ("Sauvegarde 56", "partenaire")]),
    # supported in an incise, then a verb of help of its own: supported, and carrier of its work
    ("France Active Pays de la Loire, soutenue par le Département et la Région, a financé 35 entreprises de "
     "l’ESS en 2022.", LOIRE_ATLANTIQUE,
     [("France Active Pays de la Loire", "porteur"), ("France Active Pays de la Loire", "soutenu"),
      ("Région Pays de la Loire", "partenaire")]),
])
def test_whom_the_member_supports(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


# --- names after a head noun ---------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La CC participe au financement de la plateforme de mobilité Mobil’Emploi, portée par l’association AGATE.",
     [("AGATE", "porteur"), ("Mobil’Emploi", "soutenu")]),
    ("La Ville soutient le restaurant Chez Paulette, géré par l'association Alpha.",
     [("Alpha", "porteur"), ("Chez Paulette", "soutenu")]),
    # no runner after it: a place maybe, no name
    ("La Ville soutient la plateforme de mobilité Mobil’Emploi.", []),
    ("La Ville a soutenu l’installation du supermarché coopératif Superquinquin.", [("Superquinquin", "soutenu")]),
    ("Mise à disposition de 2 hectares de terres au GAEC Les Prés Verts.", [("Les Prés Verts", "soutenu")]),
])
def test_a_name_after_a_head_noun(sentence, expected):
    assert in_the_fiche(sentence) == expected


# --- figures and amounts -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("L’EBE a embauché 70 anciens chômeurs de longue durée depuis 2017.", ["70 anciens chômeurs de longue durée"]),
    ("Elle a recruté 12 chômeurs de courte durée.", ["12 chômeurs de courte durée"]),
    ("L’association compte 45 anciens salariés.", []),  # former employees: no jobs now
    ("La SCIC réunit 12 anciennes ouvrières.", []),
])
def test_people_counted_as_written(text, expected):
    assert [q.raw for q in find_quantities(text, HERE)] == expected


@pytest.mark.parametrize(("text", "per"), [
    ("Le Département accorde une aide de 5 000 € à chacun des 6 tiers-lieux.", "tiers-lieu"),
    ("Une aide de 3 000 € à chacune des 15 associations.", "association"),
    ("1 000 € ont été versés à chacun des réseaux.", "réseau"),
])
def test_an_amount_to_each_of_some_bodies(text, per):
    assert [found for _, found, _ in amounts(text)] == [per]


# --- lists after a runner, signatories, the member's support after "avec" --------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # "porté par A et B": both run it
    ("La Ville soutient l’incubateur KaléidoScOOp, porté par la Maison de l’emploi de Strasbourg et l’URSCOP "
     "Grand Est, qui a accompagné 30 projets.",
     [("KaléidoScOOp", "soutenu"), ("Maison de l’emploi de Strasbourg", "porteur"), ("URSCOP Grand Est", "porteur")]),
    # "X, porté par A, et B": B is X's kin
    ("La Ville soutient le tiers-lieu Le Hangar, porté par l’association Alpha, et la SCOP Beta.",
     [("Alpha", "porteur"), ("Beta", "soutenu"), ("Le Hangar", "soutenu")]),
    # the signatories of a pact: partners
    ("La Ville a lancé en 2020 le « Pacte pour une économie locale durable », signé par 120 entreprises et "
     "structures de l’ESS, dont la SCOP Alter Bâtiment et l’association Emmaüs Mundo.",
     [("Alter Bâtiment", "partenaire"), ("Emmaüs Mundo", "partenaire")]),
    # the runner of an event "avec le soutien de la Ville": supported
    ("Le Marché de Noël OFF, organisé par l’association Les Ateliers Éclairés avec le soutien de la Ville, a "
     "accueilli 60 exposants.", [("Les Ateliers Éclairés", "porteur"), ("Les Ateliers Éclairés", "soutenu")]),
    ("Le festival, organisé par l’association Alpha avec le soutien de la Région, a accueilli 60 exposants.",
     [("Alpha", "porteur"), ("Région Grand Est", "partenaire")]),
])
def test_runners_signatories_and_the_member_s_support(sentence, expected):
    assert in_the_fiche(sentence, **STRASBOURG) == expected


def test_a_count_of_intercommunalites_is_no_name_and_a_local_network_by_its_head():
    sentence = ("Mise en place d’un comité local de l’ESS regroupant les élus des quatre communautés de communes "
                "du Pays, la CRESS Bretagne et le pôle ESS Horizons Solidaires.")
    assert in_the_fiche(sentence, **REDON) == [("CRESS Bretagne", "partenaire"), ("Horizons Solidaires", "partenaire")]


# --- more of whom the member supports, and how ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "member", "expected"), [
    ("Le Département a confié à l’Union départementale des CCAS l’animation d’un réseau de 30 épiceries.",
     GERS, [("Union départementale des CCAS", "porteur")]),
    # the member's support in a relative clause after the name; its verb after the clause its own work
    ("La recyclerie Altermino, que l'Agglomération a aidée à s'installer dans un bâtiment communautaire en 2019, "
     "réemploie 600 tonnes par an.", LA_ROCHELLE, [("Altermino", "porteur"), ("Altermino", "soutenu")]),
    ("L'Agglomération finance la SCOP Beta, qu'elle soutient depuis 2015.", LA_ROCHELLE, [("Beta", "soutenu")]),
    ("La recyclerie Altermino, que la Région a aidée à s'installer, réemploie 600 tonnes par an.", LA_ROCHELLE,
     [("Altermino", "porteur"), ("Région Nouvelle-Aquitaine", "partenaire")]),
    # an amount of the member's after "avec" is its support
    ("L’association Vert le Jardin anime des ateliers avec 20 000 € de la Ville.", {},
     [("Vert le Jardin", "porteur"), ("Vert le Jardin", "soutenu")]),
    ("L’association Vert le Jardin anime des ateliers avec 20 bénévoles.", {}, [("Vert le Jardin", "porteur")]),
    # a loan of premises under an agreement is support (an agreement that says nothing lent: a partnership)
    ("L'Agglomération a signé avec Atelier Vélo Rochelais une convention de mise à disposition de locaux.",
     LA_ROCHELLE, [("Atelier Vélo Rochelais", "soutenu")]),
    ("L'Agglomération a signé avec Atelier Vélo Rochelais une convention de partenariat.", LA_ROCHELLE,
     [("Atelier Vélo Rochelais", "partenaire")]),
    # a commune's name after a head noun is where, no body
    ("Le Département soutient le projet de ferme urbaine L’Île-Saint-Denis.", GERS, []),
    # "Création avec X de la ressourcerie Y": the creation's object
    ("Création avec Tours Métropole Val de Loire de la ressourcerie La Charpente, dont la gestion a été confiée à "
     "l'entreprise d'insertion ID37.", TOURS,
     [("ID37", "porteur"), ("La Charpente", "cree"), ("Tours Métropole Val de Loire", "partenaire")]),
    # the words of a région's name, not what follows them
    ("Création avec la Région Centre-Val de Loire de la SCIC Beta.", TOURS,
     [("Beta", "cree"), ("Région Centre-Val de Loire", "partenaire")]),
])
def test_whom_the_member_supports_or_creates(sentence, member, expected):
    assert in_the_fiche(sentence, **member) == expected


def test_two_amounts_each_of_its_year():
    found = find_amounts("La Métropole a versé 45 000 € en 2022 et 50 000 € en 2023 à l'association X.", HERE)
    assert [(str(a.euros), a.year) for a in found] == [("45000", 2022), ("50000", 2023)]
    found = find_amounts("Elle a versé 45 000 € en 2022 et 2023.", HERE)  # a period: no one year
    assert [(str(a.euros), a.year) for a in found] == [("45000", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # one subject with the member, of a work they make together: its carrier (as round 40 has it), the
    # name's complement read through
    ("La Ville et la Mission locale du bassin d’emploi de Rennes ont créé en 2021 un parcours des jeunes.",
     [("Mission locale", "porteur")]),
    # where a body is installed: its host, a partner
    ("Le restaurant solidaire Le Papillon Bleu, installé à la Maison de quartier de Villejean, sert 80 repas par "
     "jour.", [("Le Papillon Bleu", "porteur"), ("Maison de quartier de Villejean", "partenaire")]),
    ("La compagnie de théâtre Les Becs Verseurs anime avec la Ville un programme d’éducation populaire.",
     [("Les Becs Verseurs", "porteur")]),
])
def test_partners_of_the_member_and_hosts(sentence, expected):
    assert in_the_fiche(sentence, **RENNES) == expected


# --- the établissements publics territoriaux of the Grand Paris ------------------------------------------

@pytest.mark.parametrize(("name", "siren"), [
    ("Est Ensemble Grand Paris", "200057875"),  # its words open the name (Grand Paris Grand Est's are in it too)
    ("Établissement public territorial Plaine Commune", "200057867"),
    ("EPT Grand Paris Grand Est", "200058790"),
    ("Grand-Orly Seine Bièvre", "200058014"),
    ("Territoire Ensemble", None),
])
def test_an_ept_by_its_name(name, siren):
    found = ept_named(name)
    assert (found[0] if found else None) == siren


def test_an_ept_member_has_its_siren_and_a_commune_s_mention_links_to_it():
    text = ("Ville de Pantin\n\nType de collectivité : Commune\nAdresse : 84-88 avenue du Général Leclerc, 93500 "
            "Pantin\n\nExemples d'actions soutenues par la collectivité :\n\n• La Ville accompagne les projets "
            "d’ESS en lien avec Est Ensemble.\n\n\nEst Ensemble Grand Paris\n\nType de collectivité : "
            "Établissement public territorial\nAdresse : 100 avenue Gaston Roussel, 93230 Romainville\n")
    fiches = read_fiches(text, "two.txt")
    identities = [identify(fiche, None) for fiche in fiches]
    assert identities[1].territory.siren == "200057875"
    city, ept = (map_fiche(fiche, identity=identity)
                 for fiche, identity in zip(link_members(fiches, identities), identities))
    assert {o for _, _, o in city.graph.triples((None, PARTENAIRE, None))} == {ept.org}
    assert (ept.org, URIRef("https://w3id.org/rtes/ontology#siren"), None) in ept.graph


def test_a_chapter_named_bare_is_the_one_the_fiche_names_with_its_commune():
    found = mentions("La Ville et la Mission locale du bassin d’emploi de Rennes ont créé un parcours.",
                     "Les jeunes accueillis à la Mission locale de Rennes sont orientés vers l'ESS.",
                     "La Ville soutient la Mission locale de Vannes.", **RENNES)
    assert [sorted({slug for _, slug, _ in action}) for action in found] == [
        ["mission-locale-de-rennes"], ["mission-locale-de-rennes"], ["mission-locale-de-vannes"]]
    alone = mentions("La Ville soutient la Mission locale.", **RENNES)  # none named: the one serving Rennes
    assert [slug for _, slug, _ in alone[0]] == ["mission-locale-ville-de-rennes"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Epsilon a été désignée lauréate du budget participatif.", [("Epsilon", "soutenu")]),
    ("L'association Epsilon a été lauréate de l'appel à projets de la Ville.", [("Epsilon", "soutenu")]),
    # another's prize: no winner of the member's
    ("L'association Epsilon a été lauréate du prix de la Fondation Macif.",
     [("Epsilon", "porteur"), ("Fondation Macif", "partenaire")]),
    ("L'association Epsilon a retenu 5 projets.", [("Epsilon", "porteur")]),  # the active: it selects
])
def test_a_passive_of_selection_is_the_member_s_winner(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # amounts in parentheses after "sociétaires" are no list of its holders
    ("La Région a cofinancé la création du tiers-lieu La Halle Tropisme à Montpellier, une SCIC de 80 sociétaires "
     "(1,2 M€ d’investissement, dont 300 000 € de la Région).", [("La Halle Tropisme", "cree")]),
    ("La SCIC Alpha compte 80 sociétaires (dont la Région).", [("Alpha", "actionnaire")]),
    # a year after an item of a list, or before one, leaves it in the list
    ("La Région est sociétaire de la SCIC Enercoop Midi-Pyrénées depuis 2017 et de la SCIC Citoy’enR depuis 2019.",
     [("Citoy’enR", "actionnaire"), ("Enercoop Midi-Pyrénées", "actionnaire")]),
    ("La Région a créé en 2019 la SCIC Alpha et en 2021 la SCOP Beta.", [("Alpha", "cree"), ("Beta", "cree")]),
])
def test_shares_and_lists_with_years_and_amounts(sentence, expected):
    assert in_the_fiche(sentence, **OCCITANIE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville s'appuie sur un réseau de partenaires : la CRESS Bourgogne-Franche-Comté, France Active "
     "Franche-Comté et le Pôle ESS du Grand Besançon.",
     [("CRESS Bourgogne-Franche-Comté", "partenaire"), ("France Active Franche-Comté", "partenaire"),
      ("Pôle ESS du Grand Besançon", "partenaire")]),
    # a supply to the members of a body: the body its customer
    ("Le Jardin de Cocagne de Besançon livre 500 paniers par semaine aux adhérents de l'AMAP des Vaîtes.",
     # (the sentence's article is not the name's since round 47: "le Jardin de Cocagne de Besançon" names it too)
     [("AMAP des Vaîtes", "partenaire"), ("Jardin de Cocagne de Besançon", "porteur")]),
    ("Le chantier livre des légumes à la demande de l'association Alpha.", [("Alpha", "porteur")]),
])
def test_a_label_ending_a_clause_and_a_supply_to_a_body_s_members(sentence, expected):
    assert in_the_fiche(sentence, **BESANCON_VILLE) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a accompagné l'installation de la SCOP Le Champ des Possibles sur la ZA de Berlanne.",
     [("Le Champ des Possibles", "soutenu")]),
    ("La Ville soutient l'association Vivre sur la Terre.", [("Vivre sur la Terre", "soutenu")]),
    ("La Ville soutient l'association Boulogne-sur-Mer Solidaire.", [("Boulogne-sur-Mer Solidaire", "soutenu")]),
])
def test_a_site_after_a_name_is_not_of_it(sentence, expected):
    assert in_the_fiche(sentence) == expected
