"""Wrong facts of the twenty-eighth round: a customer in a list of what a body supplies read as the
carrier, "approvisionne" and "fournit" giving opposite roles, the member's gift in kind read as a
partnership, a date between the member's selection and its winner. Each text is written for these
tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Namespace

from extraction_helpers import HERE, converted, mentions
from rtes_kg.extract.figures import find_quantities

RTES = Namespace("https://w3id.org/rtes/ontology#")


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


def in_a_departement_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(
        sentence, member="Département de la Mayenne", kind="Département", address="39 rue Mazagran\n53000 Laval")[0]})


# --- a customer in a list of what a body supplies ------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La cuisine centrale fournit la cantine et l'épicerie Le Panier Partagé.", [("Le Panier Partagé", "partenaire")]),
    ("La légumerie livre les écoles, la crèche et le restaurant solidaire Le Comptoir.",
     [("Le Comptoir", "partenaire")]),
    ("Le chantier d'insertion Les Jardins du Bocage fournit les cantines scolaires et l'épicerie Le Panier Partagé en "
     "légumes bio.", [("Le Panier Partagé", "partenaire"), ("Les Jardins du Bocage", "porteur")]),
    # after "à", past a figure and its rate
    ("La légumerie Les Bons Plants fournit 1 500 repas par jour à l'épicerie solidaire Le Panier Partagé.",
     [("Le Panier Partagé", "partenaire"), ("Les Bons Plants", "porteur")]),
    ("La SCOP Saveurs Partagées livre chaque jour 300 repas aux écoles et à la crèche Les P'tits Loups.",
     [("Les P'tits Loups", "partenaire"), ("Saveurs Partagées", "porteur")]),
])
def test_a_customer_among_several_objects_is_a_partner_not_the_carrier(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name that opens a clause of its own is its verb's subject
    ("La légumerie fournit la cantine et l'association Les Amis du Bourg gère l'épicerie.",
     [("Les Amis du Bourg", "porteur")]),
    # another verb between: its own object
    ("La légumerie Les Bons Plants emploie 12 salariés et accompagne l'association Les Amis du Bourg.",
     [("Les Amis du Bourg", "soutenu"), ("Les Bons Plants", "porteur")]),
    # "à la demande de X" names no customer
    ("Le chantier fournit des légumes à la demande de l'association Les Amis du Bourg.",
     [("Les Amis du Bourg", "porteur")]),
    # in a supported structure's relative clause, its customer is its own affair (round 26)
    ("La Ville soutient la légumerie Les Bons Plants, qui fournit la cantine et l'épicerie Le Panier Partagé.",
     [("Les Bons Plants", "soutenu")]),
])
def test_names_after_a_supply_verb_that_are_no_customers_keep_their_roles(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- the supply verbs agree ----------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["fournit", "approvisionne", "livre", "a approvisionné", "a fourni"])
def test_every_supply_verb_makes_the_supplier_the_carrier_and_the_customer_a_partner(verb):
    assert in_a_commune_s_fiche(f"La Banque Alimentaire de la Mayenne {verb} l'épicerie solidaire Le Panier.") == [
        ("Banque Alimentaire de la Mayenne", "porteur"), ("Le Panier", "partenaire")]


@pytest.mark.parametrize("sentence", [
    "La SCIC Bois 53 approvisionne la chaufferie de l'hôpital et le lycée agricole.",
    "La SCIC Bois 53 fournit la chaufferie de l'hôpital et le lycée agricole.",
    "La SCIC Bois 53 approvisionne les chaufferies du territoire.",
])
def test_a_supplier_of_unnamed_customers_does_the_work(sentence):
    assert in_a_commune_s_fiche(sentence) == [("Bois 53", "porteur")]


def test_a_supplier_told_by_a_pronoun_still_supplies_the_action():
    assert in_a_commune_s_fiche("L'épicerie solidaire Le Panier a ouvert en 2023 ; la Banque Alimentaire de la "
                                "Mayenne l'approvisionne.") == [
        ("Banque Alimentaire de la Mayenne", "partenaire"), ("Le Panier", "porteur")]


# --- the member's gift in kind -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La Ville fournit l'association Les Amis du Bourg en matériel.",
    "La Ville fournit à l'association Les Amis du Bourg du matériel de jardinage.",
    "La commune fournit gratuitement l'association Les Amis du Bourg en bois de chauffage.",
    "La Ville a fourni en 2023 l'association Les Amis du Bourg en matériel.",
    "La Ville livre chaque semaine l'association Les Amis du Bourg en fruits et légumes.",
])
def test_what_the_member_supplies_is_its_support(sentence):
    assert in_a_commune_s_fiche(sentence) == [("Les Amis du Bourg", "soutenu")]


def test_what_the_departement_supplies_is_its_support():
    assert in_a_departement_s_fiche("Le Département approvisionne l'épicerie solidaire Le Panier en denrées.") == [
        ("Le Panier", "soutenu")]


@pytest.mark.parametrize(("sentence", "giver"), [
    # another collectivité's gift in kind is not the member's (the giver: the member's région or
    # département, round 41)
    ("La Région fournit l'association Les Amis du Bourg en matériel.", "Région Pays de la Loire"),
    ("Le Département approvisionne l'association Les Amis du Bourg en denrées.", "Département de la Mayenne"),
])
def test_what_another_collectivite_supplies_is_no_support_of_the_member(sentence, giver):
    assert in_a_commune_s_fiche(sentence) == sorted([("Les Amis du Bourg", "partenaire"), (giver, "partenaire")])


def test_the_graph_makes_what_the_member_supplies_a_beneficiary(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• La Ville fournit l'association Les Amis du Bourg en matériel de jardinage.\n\n"
                                "Type de collectivité\nCommune\n")
    rows = graph.query("SELECT ?label WHERE { ?action rtes:beneficiaire ?org . ?org skos:prefLabel ?label }",
                       initNs={"rtes": RTES, "skos": Namespace("http://www.w3.org/2004/02/skos/core#")})
    assert [str(label) for label, in rows] == ["Les Amis du Bourg"]


# --- a date between the member's selection and its winner ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a retenu en 2023 le projet de l'association Les Jardins de Rosalie.",
     [("Les Jardins de Rosalie", "soutenu")]),
    ("La Ville a retenu dès 2021 la candidature de la SCOP Ecolo'Gîte.", [("Ecolo'Gîte", "soutenu")]),
    ("La Ville a retenu en mars 2023 le dossier de la SCOP Ecolo'Gîte.", [("Ecolo'Gîte", "soutenu")]),
    ("La Ville a sélectionné en 2022 l'association Les Jardins de Rosalie.", [("Les Jardins de Rosalie", "soutenu")]),
    ("La Ville a retenu en juin 2024 l'association Les Jardins de Rosalie et la SCOP Ecolo'Gîte.",
     [("Ecolo'Gîte", "soutenu"), ("Les Jardins de Rosalie", "soutenu")]),
    # still a contract, still another body's pick
    ("La Ville a retenu en 2023 l'entreprise d'insertion Net'Services pour le marché de nettoyage des écoles.",
     [("Net'Services", "porteur")]),
    ("La Région a retenu en 2023 le projet de l'association Les Jardins de Rosalie.",
     [("Région Pays de la Loire", "partenaire")]),
])
def test_a_date_after_the_verb_keeps_the_member_s_winner_supported(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- names a counted kind sets in an apposition, and names after their elided article --------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les deux SCOP du territoire, Ecolo'Gîte et Bois Vivant, emploient 20 salariés.",
     [("Bois Vivant", "porteur"), ("Ecolo'Gîte", "porteur")]),
    ("La Ville soutient les deux SCOP du territoire, Ecolo'Gîte et Bois Vivant.",
     [("Bois Vivant", "soutenu"), ("Ecolo'Gîte", "soutenu")]),
    ("La Ville a aidé les deux associations du quartier, Les Amis du Bourg et Vivre Ensemble.",
     [("Les Amis du Bourg", "soutenu"), ("Vivre Ensemble", "soutenu")]),
    ("Les 2 SCIC de la commune, Énergies Citoyennes et Mobil'Eco, ont reçu une subvention.",
     [("Mobil'Eco", "soutenu"), ("Énergies Citoyennes", "soutenu")]),
    ("La Ville a créé en 2019 deux SCIC, Énergies Citoyennes et Mobil'Eco.",
     [("Mobil'Eco", "cree"), ("Énergies Citoyennes", "cree")]),
    ("Les trois associations locales, L'Envol, L'Autre Soie et La Clé des Champs, animent le festival.",
     [("L'Autre Soie", "porteur"), ("L'Envol", "porteur"), ("La Clé des Champs", "porteur")]),
])
def test_the_names_a_counted_kind_sets_between_commas_are_of_that_kind(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # not as many names as counted, or no name at all
    ("Les deux SCOP du territoire, Ecolo'Gîte, Bois Vivant et Habitat Sain, emploient 20 salariés.", []),
    ("Les deux SCOP du territoire, Ecolo'Gîte en tête, emploient 20 salariés.", []),
    # (the Région, the member's région, a partner: round 41)
    ("Les deux associations, la Région et la Ville financent le projet.", [("Région Pays de la Loire", "partenaire")]),
])
def test_a_counted_kind_names_nothing_unless_its_names_are_as_many(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_the_names_of_a_counted_kind_have_its_kind_in_the_graph(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• Les deux SCOP du territoire, Ecolo'Gîte et Bois Vivant, emploient 20 salariés.\n\n"
                                "Type de collectivité\nCommune\n")
    rows = graph.query("SELECT ?label ?kind WHERE { ?org org:classification ?kind ; skos:prefLabel ?label }",
                       initNs={"org": Namespace("http://www.w3.org/ns/org#"),
                               "skos": Namespace("http://www.w3.org/2004/02/skos/core#")})
    assert sorted((str(label), str(kind).rsplit("/", 1)[1]) for label, kind in rows
                  if "concept/type-structure" in str(kind)) == [("Bois Vivant", "scop"), ("Ecolo'Gîte", "scop")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association l'Envol.", [("Envol", "soutenu")]),
    ("La Ville soutient la SCIC l'Autre Soie.", [("Autre Soie", "soutenu")]),
    ("La Ville soutient l’association l’Autre Soie, qui accueille 40 artistes.", [("Autre Soie", "soutenu")]),
    ("La Ville soutient la recyclerie citoyenne l'Atelier du Coin.", [("Atelier du Coin", "soutenu")]),
    # as the capitalised one was
    ("La Ville soutient l'association L'Adess Cornouaille.", [("L'Adess Cornouaille", "soutenu")]),
    # an elided word after a kind that is no name
    ("La Ville soutient l'association l'année prochaine.", []),
])
def test_a_name_after_its_own_elided_article_is_found(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- found on new texts of this round ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # another body's gift in the passive, its agent before the receiver
    ("Un prêt d'honneur de 8 000 € a été accordé par Initiative Mayenne à la boutique Le Comptoir Vrac.",
     [("Initiative Mayenne", "partenaire")]),
    ("Un prêt d'honneur de 8 000 € a été accordé par Initiative Mayenne à la créatrice de la boutique Le Comptoir "
     "Vrac.", [("Initiative Mayenne", "partenaire")]),
    ("Un prêt de 20 000 € a été consenti par France Active Pays de la Loire à la SCOP Ecolo'Gîte.",
     [("France Active Pays de la Loire", "partenaire")]),
    ("Une subvention de 5 000 € a été accordée par la Région à l'association Les Amis du Bourg.",
     [("Région Pays de la Loire", "partenaire")]),
    ("Une subvention de la Région a été versée aux fondateurs de la SCOP Ecolo'Gîte.",
     [("Région Pays de la Loire", "partenaire")]),
])
def test_a_gift_another_body_made_in_the_passive_is_not_the_member_s(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Une subvention de 5 000 € a été accordée par la Ville à l'association Les Amis du Bourg.",
    "Un local a été prêté par la Ville à l'association Les Amis du Bourg.",
    # another body's help beside the member's gift
    "Une subvention de la Ville, complétée par la CAF, a été versée à l'association Les Amis du Bourg.",
])
def test_the_member_s_gift_in_the_passive_is_still_its_support(sentence):
    assert ("Les Amis du Bourg", "soutenu") in in_a_commune_s_fiche(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the bodies a colon lists after "créé par" made it: they run it, as "créé par les associations A et B"
    ("Le garage solidaire Mécanique du Cœur a été créé en 2019 par trois associations : Emmaüs Le Mans, Tremplin 72 "
     "et Relais Sarthe.", [("Emmaüs Le Mans", "porteur"), ("Mécanique du Cœur", "porteur"),
                           ("Relais Sarthe", "porteur"), ("Tremplin 72", "porteur")]),
    ("Le tiers-lieu La Grange a été financé par trois fondations : Fondation Macif, Fondation Abbé Pierre et "
     "Fondation de France.", [("Fondation Abbé Pierre", "partenaire"), ("Fondation Macif", "partenaire"),
                              ("Fondation de France", "partenaire"), ("La Grange", "porteur")]),
    # what the member made emerge is still its creation
    ("La Ville a fait émerger trois entreprises : la SCIC Énergies Citoyennes et la SCOP Ecolo'Gîte.",
     [("Ecolo'Gîte", "cree"), ("Énergies Citoyennes", "cree")]),
])
def test_the_agents_a_colon_lists_after_a_passive_are_not_what_it_did(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_a_kind_word_spelt_out_with_its_acronym_names_another_body_not_the_one_before():
    assert in_a_commune_s_fiche("La SCOP Bocage Bois a été accompagnée par la Coopérative d'installation en "
                                "agriculture paysanne (CIAP) et par France Active Pays de la Loire.") == [
        ("Bocage Bois", "porteur"), ("France Active Pays de la Loire", "partenaire")]


def test_a_kind_word_that_points_back_still_does():
    assert in_a_commune_s_fiche("La Ville a soutenu la SCIC Énergies Citoyennes et est entrée au capital de la "
                                "SCIC en 2022.") == [("Énergies Citoyennes", "actionnaire"),
                                                     ("Énergies Citoyennes", "soutenu")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association a rénové 8 logements en 2023.", [("8 logements", 2023)]),
    ("L'association a réhabilité 3 maisons en 2022 et accueille 12 familles.",
     [("3 maisons", 2022), ("12 familles", None)]),
    # the year of a renovation is no year of the figures after it
    ("Rénové en 2021, le local accueille 40 familles.", [("40 familles", None)]),
])
def test_what_was_renovated_is_counted_in_its_year(sentence, expected):
    assert [(q.raw, q.year) for q in find_quantities(sentence, HERE)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body that gives its own loans carries its work: no support of the member's is said
    ("L'association Initiative Choletais a octroyé 42 prêts d'honneur pour un total de 310 000 € en 2023.",
     [("Initiative Choletais", "porteur")]),
    # the member's gift told later still is
    ("L'association Initiative Choletais a octroyé 42 prêts d'honneur ; la Ville lui verse une subvention.",
     [("Initiative Choletais", "soutenu")]),
    ("La Ville de Laval a accordé une subvention à l'association Les Amis du Bourg.",
     [("Les Amis du Bourg", "soutenu")]),
])
def test_gifts_whose_subject_is_another_body_are_no_support_of_the_member(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name is not cut at the hyphen of a compound word
    ("La plateforme de mobilité, portée par l'association Auto-école solidaire, a accompagné 350 personnes.",
     [("Auto-école solidaire", "porteur")]),  # with its own adjective (see below)
    ("La Ville soutient l'association Vélo-école Les Roues Libres.", [("Vélo-école Les Roues Libres", "soutenu")]),
    ("La Ville soutient l'association Bien-être et Partage.", [("Bien-être et Partage", "soutenu")]),
])
def test_a_name_goes_on_past_a_hyphen_in_lower_case(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb after a kind word is no adjective of it: the collectivité after it is no structure's name
    ("La légumerie fournit la Ville de Lannion.", [("Ville de Lannion", "partenaire")]),
    ("La légumerie livre la Région Bretagne.", [("Région Bretagne", "partenaire")]),
    # a place after "de" in a list of customers
    ("La coopérative de boulangers Les Fournils du Trégor livre chaque jour la cantine du lycée de Lannion et "
     "l'épicerie Le Grain de Sel.", [("Le Grain de Sel", "partenaire"), ("Les Fournils du Trégor", "porteur")]),
    # an adjective still is
    ("La Ville soutient la monnaie locale la Gonette.", [("Gonette", "soutenu")]),
])
def test_a_customer_after_a_kind_word_and_its_verb(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_the_graph_types_a_collectivite_supplied_as_one(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• La légumerie fournit la Ville de Lannion.\n\nType de collectivité\nCommune\n")
    assert (None, None, RTES.StructureESS) not in graph


@pytest.mark.parametrize(("sentence", "expected"), [
    # former staff who founded a company are no count of its staff
    ("La SCOP Ty Menuiserie, créée en 2015 par 4 anciens salariés, emploie aujourd'hui 11 personnes.",
     [("11 personnes", None)]),
    ("La SCIC réunit 12 anciennes ouvrières.", []),
])
def test_a_count_of_former_members_is_no_figure(sentence, expected):
    assert [(q.raw, q.year) for q in find_quantities(sentence, HERE)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "et" before a comma in a list after a plural kind is inside a name: a list says "et" before its last item
    ("Les associations Lire et Faire Lire, Coup de Pouce et La Clé des Champs animent les ateliers.",
     [("Coup de Pouce", "porteur"), ("La Clé des Champs", "porteur"), ("Lire et Faire Lire", "porteur")]),
    # not before an incise
    # (round 45: "animent" is a verb with its object, and the Ville's support theirs)
    ("Les associations Vélo Cité et Roule Ma Poule, soutenues par la Ville, animent les ateliers.",
     [("Roule Ma Poule", "porteur"), ("Roule Ma Poule", "soutenu"),
      ("Vélo Cité", "porteur"), ("Vélo Cité", "soutenu")]),
    ("Les associations Vélo Cité et Roule Ma Poule ont reçu chacune 5 000 €.",
     [("Roule Ma Poule", "soutenu"), ("Vélo Cité", "soutenu")]),
])
def test_a_name_holding_et_in_a_list_after_a_plural_kind_is_one(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place run by another, after another place and its runner: not the first runner's kin
    ("L'épicerie solidaire L'Entraide, gérée par le Secours populaire, et l'épicerie sociale Le Relais, gérée par le "
     "CCAS de Sablé-sur-Sarthe, ont accueilli 640 familles.",
     [("CCAS de Sablé-sur-Sarthe", "porteur"), ("Secours populaire français", "porteur")]),
    # the first place's role said: the second is its kin
    ("La Ville soutient la recyclerie La Bricole, portée par l'association Tremplin 53, et la SCOP Ecolo'Gîte.",
     [("Ecolo'Gîte", "soutenu"), ("La Bricole", "soutenu"), ("Tremplin 53", "porteur")]),
    # bodies a merger ended stay the merger's
    ("La SCIC Le Pont, née de la fusion d'Emmaüs Laval et de l'association Atout Bois, emploie 30 salariés.",
     [("Le Pont", "porteur")]),
])
def test_a_second_place_run_by_another_does_not_take_the_first_runner_s_role(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- a name that ends with its own adjective, in lower case (found at the session's review) ------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient l'association Menuiserie solidaire, qui emploie 6 salariés en insertion.",
     [("Menuiserie solidaire", "soutenu")]),
    ("La Ville soutient l'association Vélo solidaire.", [("Vélo solidaire", "soutenu")]),
    ("La SCIC Énergie citoyenne installe des panneaux solaires.", [("Énergie citoyenne", "porteur")]),
    ("L'association Jardin partagé du Bourg anime des ateliers.", [("Jardin partagé du Bourg", "porteur")]),
])
def test_a_name_keeps_the_adjective_it_ends_with(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "name"), [
    # an adjective of the sentence, not of the name: after a comma, or not next to the name
    ("La Ville soutient l'association Vélo, solidaire des cyclistes du quartier.", "Vélo"),
    ("La Ville soutient l'association Les Amis du Bourg, très solidaire.", "Les Amis du Bourg"),
])
def test_an_adjective_apart_from_the_name_is_no_part_of_it(sentence, name):
    assert [found for found, _ in in_a_commune_s_fiche(sentence)] == [name]
