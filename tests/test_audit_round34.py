"""Wrong and lost facts of the thirty-fourth round: a verb and its preposition swallowed into a name
("Vélo Cité met à"), names cut before "de quartier", "de campagne" or "en commun", and the carrier
lost beside the support a structure receives. Each text is written for these tests in the style of
the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches

POITIERS = {"member": "Ville de Poitiers", "address": "Place du Maréchal Leclerc\n86000 Poitiers"}


# --- 1. a verb and its preposition end a name -----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L’association Vélo Cité met à disposition des vélos aux habitants du centre-ville.",
     [("Vélo Cité", "porteur")]),
    ("L’association Les Amis du Vélo met à disposition des vélos aux habitants.",
     [("Les Amis du Vélo", "porteur")]),
    ("L’association Roue Libre met à disposition 40 vélos à assistance électrique.",
     [("Roue Libre", "porteur")]),
    ("L’association Vélo Cité tient à remercier ses 80 bénévoles.", [("Vélo Cité", "porteur")]),
    ("L’association Cycles Rouges tient à jour un atelier de réparation ouvert à tous.",
     [("Cycles Rouges", "porteur")]),
    ("L’association Jardins Nomades procède à la plantation de 200 arbres.", [("Jardins Nomades", "porteur")]),
    # a verb whose noun looks like its object ("fait partie du", "tient compte des")
    ("L’association Vélo Cité fait partie du réseau des ateliers vélo.", [("Vélo Cité", "porteur")]),
    ("L’association Cycles Rouges tient compte des besoins des familles.", [("Cycles Rouges", "porteur")]),
    # and such a verb ends a name's complement as the others do ("accueille", "emploie")
    ("L’association La Clé des champs met en relation producteurs et habitants.",
     [("La Clé des champs", "porteur")]),
    ("L’association Le Grain de sel fait partie du réseau des épiceries.", [("Le Grain de sel", "porteur")]),
])
def test_a_verb_and_its_preposition_end_the_name(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # lower-case words of the name before its verb stay the name's
    ("L’association Atelier mécanique solidaire répare des vélos.", [("Atelier mécanique solidaire", "porteur")]),
    ("La SCIC Bois énergie du Ségala approvisionne 12 chaufferies.", [("Bois énergie du Ségala", "porteur")]),
    ("L’association Le Panier solidaire participe à la collecte des invendus.",
     [("Le Panier solidaire", "porteur")]),
    ("L’association Tous en selle anime des ateliers de remise en selle.", [("Tous en selle", "porteur")]),
    ("L’association Entraide Laval tient depuis 2016 une épicerie solidaire.", [("Entraide Laval", "porteur")]),
])
def test_the_lower_case_words_of_a_name_stay_before_its_verb(sentence, expected):
    assert roles(sentence) == expected


# --- 1. names cut before "de quartier", "de campagne", "en commun" ---------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L’association Graines de quartier cultive 20 parcelles au pied des immeubles.",
     [("Graines de quartier", "porteur")]),
    ("La SCIC Le Pain de campagne transforme la farine de 12 paysans du canton.",
     [("Le Pain de campagne", "porteur")]),
    ("La Ville soutient l’association Graines de quartier.", [("Graines de quartier", "soutenu")]),
    ("La Ville soutient l’association Graines de quartier, qui cultive 20 parcelles.",
     [("Graines de quartier", "soutenu")]),
    ("L’association Solidarité de village accueille 40 familles.", [("Solidarité de village", "porteur")]),
    ("L’association Fabrique en commun, qui anime un atelier de couture, accueille 60 personnes par an.",
     [("Fabrique en commun", "porteur")]),
    ("L’association Cycles pour tous, qui répare des vélos, emploie 3 salariés.",
     [("Cycles pour tous", "porteur")]),
    ("Tiers-lieu La Forge : l’association Fabrique en commun, qui gère le lieu, accueille 40 événements par an.",
     [("Fabrique en commun", "porteur")]),
])
def test_a_name_goes_on_through_its_own_complement(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "du quartier", with its article, says where the structure acts
    ("L’association Alpha du quartier anime un jardin partagé.", [("Alpha", "porteur")]),
    ("La SCOP Menuiserie du quartier a été reprise en 2021.", [("Menuiserie", "porteur")]),
    # what the member helps an object for is no part of its name
    ("La Ville soutient l’association Alpha pour son projet, qui réunit 30 familles.", [("Alpha", "soutenu")]),
    ("La Région finance la SCOP Alpha en fonctionnement, qui emploie 12 salariés.", [("Alpha", "soutenu")]),
    # an adverb's phrase or an article after the preposition
    ("L’association Alpha sur place, qui accueille les familles, anime un jardin.", [("Alpha", "porteur")]),
    ("L’association Alpha dans le quartier, qui anime un jardin, accueille 30 familles.", [("Alpha", "porteur")]),
    ("L’association Alpha pour les habitants, qui anime un jardin, accueille 30 familles.",
     [("Alpha", "porteur")]),
])
def test_no_place_or_purpose_is_taken_into_a_name(sentence, expected):
    assert roles(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name that goes on after a preposition up to a verb with its object, as up to "anime", "emploie"
    ("L’association Cycles pour tous répare des vélos au centre social.", [("Cycles pour tous", "porteur")]),
    ("L’association Tous en selle répare 800 vélos par an.", [("Tous en selle", "porteur")]),
    ("L’association Vivre sans frontières accueille 30 familles.", [("Vivre sans frontières", "porteur")]),
    # an adverb's or a state's phrase, or a possessive, is no name's (the first three made names before)
    ("L’association Alpha pour sa part anime des ateliers de couture.", [("Alpha", "porteur")]),
    ("L’association Alpha en particulier anime des ateliers de couture.", [("Alpha", "porteur")]),
    ("L’association Alpha sur place anime des ateliers de couture.", [("Alpha", "porteur")]),
    ("L’association Alpha en difficulté cherche des bénévoles.", [("Alpha", "porteur")]),
    ("La Ville soutient l’association Alpha pour aider des familles.", [("Alpha", "soutenu")]),
])
def test_a_name_s_tail_after_a_preposition_ends_at_its_verb(sentence, expected):
    assert roles(sentence) == expected


# --- 2. a structure that works and receives the member's support carries the action ----------------

@pytest.mark.parametrize("sentence", [
    "Le garage solidaire Roue de Secours, association créée en 2016, répare des véhicules pour des personnes en "
    "insertion ; il a réalisé 700 réparations en 2023 et bénéficie d’une subvention municipale de 20 000 €.",
    "L’association Roue de Secours répare des véhicules ; elle bénéficie d’une subvention municipale de 20 000 €.",
    "L’association Roue de Secours répare des véhicules et bénéficie d’une subvention de la Ville.",
    "L’association Roue de Secours, créée en 2016, répare des véhicules ; elle a reçu en 2023 une subvention "
    "de la Ville de 20 000 €.",
])
def test_a_structure_that_works_and_receives_the_member_s_support_carries_too(sentence):
    assert in_the_fiche(sentence, **POITIERS) == [("Roue de Secours", "porteur"), ("Roue de Secours", "soutenu")]


@pytest.mark.parametrize("sentence", [
    # its kind with a complement, its opening, a founding by no one named, an adjective of the gift
    "Le garage solidaire Roue de Secours, association d’insertion créée en 2016, répare des véhicules ; il "
    "bénéficie d’une subvention municipale de 20 000 €.",
    "Le garage solidaire Roue de Secours, ouvert en 2016, répare des véhicules et bénéficie d’une subvention "
    "municipale.",
    "Le garage solidaire Roue de Secours, créé en 2016 par des bénévoles, répare des véhicules ; il bénéficie "
    "d’une subvention municipale.",
    "Le garage solidaire Roue de Secours répare des véhicules ; il perçoit une subvention annuelle de la Ville.",
])
def test_more_incises_and_gifts_of_a_structure_at_work(sentence):
    assert in_the_fiche(sentence, **POITIERS) == [("Roue de Secours", "porteur"), ("Roue de Secours", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the member's own clause gives to it: supported, and its work its own (round 39: as "la Ville la finance")
    ("L’association Roue de Secours répare des véhicules ; la Ville lui verse une subvention de 20 000 €.",
     [("Roue de Secours", "porteur"), ("Roue de Secours", "soutenu")]),
    # no work of its own before its gift
    ("L’association Roue de Secours, créée en 2016, bénéficie d’une subvention municipale.",
     [("Roue de Secours", "soutenu")]),
    ("L’association Roue de Secours a été créée en 2016 et bénéficie d’une subvention municipale.",
     [("Roue de Secours", "soutenu")]),
    # who receives is another: families, or another structure (the one at work carries it: roles.py,
    # acts_on_its_own)
    ("L’association Roue de Secours répare les véhicules de familles qui bénéficient d’une aide municipale.",
     [("Roue de Secours", "porteur"), ("Roue de Secours", "soutenu")]),
    # (round 39: the member's grant is Cycles Rouges', none is said of Roue de Secours)
    ("L’association Roue de Secours répare des véhicules et l’association Cycles Rouges bénéficie d’une "
     "subvention municipale.", [("Cycles Rouges", "soutenu"), ("Roue de Secours", "porteur")]),
    # founded by the member: its founder's incise is no date of founding
    ("L’association Roue de Secours, créée en 2016 par la Ville, répare des véhicules.", [("Roue de Secours", "cree")]),
])
def test_a_gift_the_structure_does_not_receive_after_its_work_leaves_its_role(sentence, expected):
    assert in_the_fiche(sentence, **POITIERS) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an incise that only dates its founding leaves the verb the structure's, as with no incise
    # (round 43: "lui prête" after a network when no structure was named before is the member's support,
    # as after a structure: supported only, rounds 30 and 32)
    ("Le Secours populaire, créé en 1945, distribue des colis alimentaires ; la Ville lui prête un local.",
     [("Secours populaire français", "soutenu")]),
    ("La SCIC Bois 86, créée en 2014, a livré 2 000 tonnes de plaquettes ; la Ville y a pris des parts.",
     [("Bois 86", "actionnaire"), ("Bois 86", "porteur")]),
])
def test_an_incise_of_its_founding_leaves_the_verb_its_own(sentence, expected):
    assert in_the_fiche(sentence, **POITIERS) == expected


# --- 3. the structures a plural kind lists, supported, carry what they do ---------------------------

@pytest.mark.parametrize(("sentence", "names"), [
    ("Les associations Roue Libre et Cycles Rouges, soutenues par la Ville, réparent des vélos.",
     ["Cycles Rouges", "Roue Libre"]),
    ("Les associations Roue Libre, Cycles Rouges et Vélo Vert, soutenues par la Ville, réparent 900 vélos par an.",
     ["Cycles Rouges", "Roue Libre", "Vélo Vert"]),
    ("Les associations Roue Libre et Cycles Rouges réparent des vélos avec le soutien de la Ville.",
     ["Cycles Rouges", "Roue Libre"]),
    ("Les chantiers d’insertion Roue Libre et Cycles Rouges, soutenus par la Ville, réparent des vélos.",
     ["Cycles Rouges", "Roue Libre"]),
])
def test_the_structures_a_plural_kind_lists_carry_what_they_do_with_the_member_s_support(sentence, names):
    expected = sorted((name, role) for name in names for role in ("porteur", "soutenu"))
    assert in_the_fiche(sentence, **POITIERS) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # another body's support: carriers only, as before
    ("Les associations Roue Libre et Cycles Rouges, soutenues par la Région, réparent des vélos.",
     [("Cycles Rouges", "porteur"), ("Roue Libre", "porteur"), ("Région Nouvelle-Aquitaine", "partenaire")]),
    # no work of their own: supported only
    ("Les associations Roue Libre et Cycles Rouges ont reçu une subvention de la Ville.",
     [("Cycles Rouges", "soutenu"), ("Roue Libre", "soutenu")]),
    # (a label received is no gift: the member's support is the incise's, the structures carry the
    # action as when they "ont obtenu le label"; round 55)
    ("Les associations Roue Libre et Cycles Rouges, soutenues par la Ville, ont reçu le label.",
     [("Cycles Rouges", "porteur"), ("Cycles Rouges", "soutenu"), ("Roue Libre", "porteur"),
      ("Roue Libre", "soutenu")]),
    # an object of the member's verb
    ("La Ville soutient les associations Roue Libre et Cycles Rouges, qui réparent des vélos.",
     [("Cycles Rouges", "soutenu"), ("Roue Libre", "soutenu")]),
])
def test_a_list_that_does_no_work_of_its_own_with_the_member_s_support_keeps_its_role(sentence, expected):
    assert in_the_fiche(sentence, **POITIERS) == expected


# --- 3. a structure that runs a place and receives the member's money carries it --------------------

AGGLO = {"member": "Communauté d'agglomération du Pays de Laval", "kind": "Communauté d'agglomération"}


@pytest.mark.parametrize("sentence", [
    "L’association Graines Vives, qui gère le jardin partagé des Fourches, a reçu 20 000 € de l’Agglomération.",
    "L’association Graines Vives, qui anime 3 jardins partagés, bénéficie d’une aide de l’Agglomération.",
    "L’association Graines Vives, qui a ouvert un jardin partagé en 2021, a reçu une subvention de "
    "l’Agglomération.",
])
def test_a_structure_whose_incise_says_what_it_runs_carries_what_the_member_funds(sentence):
    assert in_the_fiche(sentence, **AGGLO) == [("Graines Vives", "porteur"), ("Graines Vives", "soutenu")]


@pytest.mark.parametrize("sentence", [
    "L’association Roue de Secours répare des véhicules ; elle a reçu 20 000 € de la Ville.",
    "L’association Roue de Secours répare des véhicules et a reçu 20 000 euros de la Ville en 2023.",
])
def test_an_amount_the_member_gives_to_a_structure_at_work_supports_it(sentence):
    assert in_the_fiche(sentence, **POITIERS) == [("Roue de Secours", "porteur"), ("Roue de Secours", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # who holds its capital is no work of its own
    ("L’association Graines Vives, qui réunit 300 sociétaires, a reçu 20 000 € de l’Agglomération.",
     [("Graines Vives", "soutenu")]),
    # the member's own verb
    ("L’Agglomération soutient l’association Graines Vives, qui gère le jardin partagé.",
     [("Graines Vives", "soutenu")]),
])
def test_no_work_of_its_own_or_the_member_s_own_verb_leaves_it_supported(sentence, expected):
    assert in_the_fiche(sentence, **AGGLO) == expected


@pytest.mark.parametrize(("sentence", "giver"), [
    # (the Région: the member's région, round 41)
    ("L’association Roue de Secours répare des véhicules et a reçu 20 000 € de la Région en 2023.",
     [("Région Nouvelle-Aquitaine", "partenaire")]),
    ("L’association Roue de Secours répare des véhicules et a reçu 20 000 € de dons.", []),
])
def test_an_amount_no_member_gives_leaves_the_structure_its_carrier(sentence, giver):
    assert in_the_fiche(sentence, **POITIERS) == [("Roue de Secours", "porteur"), *giver]


# --- 3. a count dated "fin 2023", "début 2024", "au 31 décembre 2023" --------------------------------

def years(text: str) -> list[tuple[str, int | None]]:
    return [(str(q.value), q.year) for q in find_quantities(text, HERE)]


@pytest.mark.parametrize(("text", "expected"), [
    ("La structure comptait 48 salariés fin 2023.", [("48", 2023)]),
    ("L’EBE Bocage Emploi, qui compte 35 salariés fin 2023, a ouvert une recyclerie.", [("35", 2023)]),
    ("Fin 2023, la régie comptait 22 salariés en insertion.", [("22", 2023)]),
    ("La SCIC comptait 310 sociétaires début 2024.", [("310", 2024)]),
    ("L’épicerie comptait 140 adhérents au 31 décembre 2023.", [("140", 2023)]),
    ("La coopérative employait 18 salariés mi-2023.", [("18", 2023)]),
    # two dates, each figure its own (the 48 took the 2024 of the next)
    ("La structure comptait 48 salariés fin 2023 et 52 salariés en 2024.", [("48", 2023), ("52", 2024)]),
])
def test_a_count_dated_at_the_end_or_start_of_a_year_has_that_year(text, expected):
    assert years(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La convention finance 3 postes jusqu’à fin 2025.", [("3", None)]),
    ("Créée fin 2019, la régie compte 22 salariés.", [("22", None)]),
    ("La régie compte 22 salariés depuis fin 2022.", [("22", None)]),
])
def test_a_deadline_a_founding_or_a_start_dates_no_count(text, expected):
    assert years(text) == expected


# --- 3. a former commune after "à" is the place, not a word of the name ------------------------------

def named_places(sentence: str, member: str = "Ville de Laval", address: str = "Place du 11 novembre\n53000 Laval",
                 kind: str = "Commune") -> list[tuple[str, str | None]]:
    text = (f"{member}\n\nExemples d’actions soutenues par la collectivité :\n\n• {sentence}\n\n"
            f"Type de collectivité\n{kind}\nAdresse\n{address}\n")
    fiche, = read_fiches(text, "test.txt")
    return sorted((m.name, m.place) for m in fiche.actions[0].mentions)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La ressourcerie La Boucle à Château-Gontier a collecté 200 tonnes d’objets en 2023.",
     [("La Boucle", "Château-Gontier-sur-Mayenne")]),
    ("La Ville soutient la ressourcerie La Boucle à Château-Gontier.", [("La Boucle", "Château-Gontier-sur-Mayenne")]),
    ("La ressourcerie La Boucle, à Château-Gontier, a collecté 200 tonnes.",
     [("La Boucle", "Château-Gontier-sur-Mayenne")]),
])
def test_a_former_commune_after_a_is_the_structure_s_place(sentence, expected):
    assert named_places(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name whose own words hold "à" keeps them (Bois is a commune of Charente-Maritime, far from Laval)
    ("Le tiers-lieu Vivre à Bois accueille 30 associations.", [("Vivre à Bois", None)]),
    ("Le café associatif Le Temps à Vivre accueille 40 bénévoles.", [("Le Temps à Vivre", None)]),
])
def test_a_name_keeps_its_own_a(sentence, expected):
    assert named_places(sentence) == expected


def test_a_former_commune_of_another_departement_is_no_place_of_the_member_s():
    assert named_places("La ressourcerie La Boucle à Château-Gontier a collecté 200 tonnes.",
                        member="Ville de Poitiers", address="Place du Maréchal Leclerc\n86000 Poitiers") \
        == [("La Boucle à Château-Gontier", None)]


def test_the_place_after_a_comma_and_another_s_verb_is_no_place_of_the_name():
    # the verb after the incise is the ressourcerie's: where it opened a shop is not the association's place
    sentence = ("La ressourcerie Ressources Bocage, chantier d’insertion porté par l’association Trait d’Union, "
                "a ouvert une deuxième boutique à Château-Gontier en 2022.")
    assert ("Trait d’Union", None) in named_places(sentence)


# --- found on the way: a plural kind written as an acronym ("les SCOP A et B") -----------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les SCOP Bois Vivant et Ecolo’Gîte emploient 30 salariés.",
     [("Bois Vivant", "porteur"), ("Ecolo’Gîte", "porteur")]),
    ("Les SCIC Bois Vivant, Terre Vive et À Table emploient 30 salariés.",
     [("Bois Vivant", "porteur"), ("Terre Vive", "porteur"), ("À Table", "porteur")]),
    ("La Ville soutient les SCOP Bois Vivant et Terre Vive.", [("Bois Vivant", "soutenu"), ("Terre Vive", "soutenu")]),
    # one name after the acronym: the name, whatever its article says
    ("La Ville soutient les SCIC Bois Vivant.", [("Bois Vivant", "soutenu")]),
])
def test_the_names_an_acronym_kind_lists_are_each_its_own(sentence, expected):
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Les Scop ont accompagné la reprise de la menuiserie par ses salariés.",
    "Avec Les SCOP, la Ville organise un forum de la reprise d’entreprises.",
])
def test_the_network_les_scop_is_still_found(sentence):
    assert [name for name, _ in in_the_fiche(sentence)] == ["Les Scop"]


@pytest.mark.parametrize("sentence", [
    "L’association Graines Vives, qui a reçu 20 000 € de l’Agglomération, gère le jardin partagé des Fourches.",
    "L’association Graines Vives, qui bénéficie d’une aide de l’Agglomération, anime 3 jardins partagés.",
])
def test_a_structure_whose_incise_says_the_member_s_gift_and_its_verb_its_work_carries_too(sentence):
    assert in_the_fiche(sentence, **AGGLO) == [("Graines Vives", "porteur"), ("Graines Vives", "soutenu")]


@pytest.mark.parametrize(("sentence", "giver"), [
    # another body's gift: the carrier, and the giver a partner (round 41: the member's région, no
    # carrier of the verb after the relative clause it is named in)
    ("L’association Graines Vives, qui a reçu 20 000 € de la Région, gère le jardin partagé.",
     [("Région Pays de la Loire", "partenaire")]),
    # those who receive are the families
    ("L’association Graines Vives accompagne des familles qui bénéficient d’une aide de l’Agglomération.", []),
])
def test_a_gift_to_another_or_from_another_leaves_the_carrier_alone(sentence, giver):
    assert in_the_fiche(sentence, **AGGLO) == [("Graines Vives", "porteur"), *giver]
