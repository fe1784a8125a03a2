"""Wrong facts of the twenty-seventh round: a year leaking from one coordinated clause to the figure of
another, a winner of the member's call read as the carrier, a customer read as the carrier, another
body's gift told in a relative clause taking away the member's support. Each text is written for
these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import Namespace

from extraction_helpers import HERE, converted, mentions
from rtes_kg.extract.figures import find_quantities

RTES = Namespace("https://w3id.org/rtes/ontology#")
SCHEMA = Namespace("https://schema.org/")


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


def in_a_departement_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(
        sentence, member="Département de la Mayenne", kind="Département", address="39 rue Mazagran\n53000 Laval")[0]})


def years(text: str) -> list[tuple[str, int | None]]:
    """(figure as written, its year) of every figure of the text."""
    return [(q.raw, q.year) for q in find_quantities(text, HERE)]


# --- a year belongs to its clause ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association a collecté 320 tonnes en 2023, a ouvert une boutique et emploie 14 salariés.",
     [("320 tonnes", 2023), ("14 salariés", None)]),
    ("La ressourcerie emploie 9 salariés en insertion et a détourné 210 tonnes en 2022.",
     [("9 salariés en insertion", None), ("210 tonnes", 2022)]),
    ("L'épicerie solidaire, qui a accueilli 450 familles en 2024, compte 35 bénévoles.",
     [("450 familles", 2024), ("35 bénévoles", None)]),
    ("Le chantier a accueilli 24 salariés en insertion en 2023, dont 15 femmes, et a réalisé 15 000 heures de "
     "travail.", [("24 salariés en insertion", 2023), ("15 femmes", 2023), ("15 000 heures de travail", None)]),
])
def test_a_year_dates_the_figures_of_its_own_clause_only(sentence, expected):
    assert years(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a fronted year dates every clause
    ("En 2023, l'association a collecté 320 tonnes et employé 14 salariés.",
     [("320 tonnes", 2023), ("14 salariés", 2023)]),
    ("En 2023, la recyclerie a collecté 320 tonnes, a ouvert une boutique et emploie 14 salariés.",
     [("320 tonnes", 2023), ("14 salariés", 2023)]),
    ("Au cours de l'année 2022, la SCIC a installé 30 kWc et réuni 210 sociétaires.",
     [("30 kWc", 2022), ("210 sociétaires", 2022)]),
    # figures of one clause share its year; a list of nouns is no clause
    ("La SCOP compte 12 salariés et 30 bénévoles en 2023.", [("12 salariés", 2023), ("30 bénévoles", 2023)]),
    ("La recyclerie a collecté 320 tonnes de textiles, meubles et vaisselle en 2023 avec 14 salariés.",
     [("320 tonnes", 2023), ("14 salariés", 2023)]),
])
def test_a_fronted_year_or_one_clause_dates_all_its_figures(sentence, expected):
    assert years(sentence) == expected


def test_the_graph_dates_only_the_figure_of_the_year_s_clause(tmp_path):
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                "• La recyclerie La Fabrique a collecté 320 tonnes en 2023, a ouvert une boutique et "
                                "emploie 14 salariés.\n\nType de collectivité\nCommune\n")
    rows = graph.query("SELECT ?value ?year WHERE { ?action rtes:chiffre ?q . ?q schema:value ?value "
                       "OPTIONAL { ?q rtes:annee ?year } }", initNs={"rtes": RTES, "schema": SCHEMA})
    assert sorted((int(value.toPython()), year and str(year)) for value, year in rows) == [(14, None), (320, "2023")]


# --- a winner of the member's call is supported --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a retenu l'association Les Jardins de Rosalie dans le cadre de son appel à projets.",
     [("Les Jardins de Rosalie", "soutenu")]),
    ("La Ville a sélectionné la SCOP Ecolo'Gîte et l'association Les Amis du Bourg pour animer le marché de Noël.",
     [("Ecolo'Gîte", "soutenu"), ("Les Amis du Bourg", "soutenu")]),
    ("La Ville a désigné lauréat le collectif Les Petites Mains.", [("Les Petites Mains", "soutenu")]),
    ("La SCIC Mobil'Eco, lauréate de l'appel à projets de la Ville, propose des vélos en location.",
     [("Mobil'Eco", "soutenu")]),
    ("L'association Les Jardins de Rosalie a été retenue dans le cadre de l'appel à projets ESS 2024.",
     [("Les Jardins de Rosalie", "soutenu")]),
    ("La SCOP Ecolo'Gîte et l'association Les Amis ont été sélectionnées par le jury.",
     [("Ecolo'Gîte", "soutenu"), ("Les Amis", "soutenu")]),
    ("L'association Les Jardins de Rosalie, retenue en 2023, gère un jardin partagé.",
     [("Les Jardins de Rosalie", "soutenu")]),
])
def test_a_winner_of_the_member_s_call_is_supported_not_the_carrier(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a contract won is work paid for: the contractor carries it
    ("La Ville a retenu l'entreprise d'insertion Net'Services pour le marché de nettoyage des écoles.",
     [("Net'Services", "porteur")]),
    # another body's winner is not the member's
    ("La Région Pays de la Loire a retenu l'association Les Jardins de Rosalie.",
     [("Région Pays de la Loire", "partenaire")]),
    # a prize another body gives
    ("La SCIC Mobil'Eco, lauréate du prix de l'innovation sociale de la Macif, propose des vélos.",
     [("Macif", "partenaire"), ("Mobil'Eco", "porteur")]),
])
def test_a_selection_that_is_a_contract_or_another_s_gives_no_support_of_the_member(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- a customer is no carrier ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le chantier d'insertion Les Jardins du Bocage fournit le restaurant Le Bistrot Solidaire.",
     [("Le Bistrot Solidaire", "partenaire"), ("Les Jardins du Bocage", "porteur")]),
    ("La légumerie Les Bons Plants livre l'épicerie solidaire Le Panier Partagé.",
     [("Le Panier Partagé", "partenaire"), ("Les Bons Plants", "porteur")]),
    ("L'entreprise d'insertion Bois Vivant a fourni la SCIC Habitat Sain en menuiseries.",
     [("Bois Vivant", "porteur"), ("Habitat Sain", "partenaire")]),
    # in a supported structure's relative clause, its customer is its own affair (round 26)
    ("La Ville soutient la légumerie Les Bons Plants, qui livre l'épicerie solidaire Le Panier Partagé.",
     [("Les Bons Plants", "soutenu")]),
])
def test_the_customer_a_structure_supplies_is_a_partner_not_a_carrier(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- another body's gift told in a relative clause -----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département finance l'association Les Jardins de Rosalie, qui reçoit une aide de la CAF.",
     [("CAF", "partenaire"), ("Les Jardins de Rosalie", "soutenu")]),
    ("Le Département finance le chantier d'insertion Les Jardins du Bocage, qui bénéficie d'une subvention de la "
     "Région Pays de la Loire.", [("Les Jardins du Bocage", "soutenu"), ("Région Pays de la Loire", "partenaire")]),
    ("Le Département subventionne l'épicerie solidaire Le Panier Partagé, qui a reçu un prêt de France Active "
     "Pays de la Loire.", [("France Active Pays de la Loire", "partenaire"), ("Le Panier Partagé", "soutenu")]),
])
def test_another_body_s_gift_in_a_relative_clause_keeps_the_member_s_support(sentence, expected):
    assert in_a_departement_s_fiche(sentence) == expected


def test_another_body_s_gift_alone_is_still_not_the_member_s():
    assert in_a_departement_s_fiche("L'association Les Amis reçoit une subvention de la CAF.") == [
        ("CAF", "partenaire")]


# --- found on new texts of this round ------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association La Clé des Champs a accueilli 240 stagiaires en 2023, soit 15 % de plus qu'en 2022, et dispose "
     "de 3 ETP.", [("240 stagiaires", 2023), ("3 ETP", None)]),
    # what a purchase counts is dated by it
    ("La Ville a acheté 5 000 repas à la SCOP Saveurs Partagées en 2023.", [("5 000 repas", 2023)]),
])
def test_the_year_of_figures_found_on_new_texts(sentence, expected):
    assert years(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a place run by another body carries nothing of its own, past an incise or a date
    ("Le restaurant solidaire Le Comptoir, qui sert 80 repas par jour, est géré par l'association Tremplin 53.",
     [("Tremplin 53", "porteur")]),
    ("La ressourcerie L'Étagère a été reprise en 2022 par l'association Emmaüs Laval, qui emploie 30 compagnons.",
     [("Emmaüs Laval", "porteur")]),
    ("L'association Les Amis du Bourg anime le tiers-lieu La Grange.", [("Les Amis du Bourg", "porteur")]),
    ("L'association Les Amis du Bourg a été choisie par la Ville pour animer le tiers-lieu La Grange.",
     [("Les Amis du Bourg", "porteur")]),
    ("La SCOP Les Ateliers gère la recyclerie La Boîte à Outils et emploie 6 salariés.", [("Les Ateliers", "porteur")]),
    # but a body runs its own work
    ("L'association Les Amis du Bourg anime l'association Les Petits Curieux.",
     [("Les Amis du Bourg", "porteur"), ("Les Petits Curieux", "porteur")]),
])
def test_a_place_another_body_runs_is_no_carrier(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Les Toits Solidaires a été créée par la Ville.", [("Les Toits Solidaires", "cree")]),
    ("La SCIC Les Toits Solidaires, créée en 2019 par la Ville, loue 40 logements.",
     [("Les Toits Solidaires", "cree")]),
    ("La SCIC Les Toits Solidaires a été créée en 2021 par la Ville, la Caisse des Dépôts et 120 habitants.",
     [("Caisse des Dépôts", "partenaire"), ("Les Toits Solidaires", "cree")]),
    # created by another: not the member's creation
    ("La SCIC Les Toits Solidaires a été créée par la Région.", [("Les Toits Solidaires", "porteur"),
                                                                 ("Région Pays de la Loire", "partenaire")]),
    ("La ressourcerie La Bricole, créée par des habitants en 2015, emploie 8 salariés.", [("La Bricole", "porteur")]),
])
def test_a_structure_the_member_created_by_a_passive_is_its_creation(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a call for projects named after its scheme is no partner
    ("La Ville a été lauréate de l'appel à projets TZCLD et soutient l'entreprise à but d'emploi Ensemble pour "
     "l'Emploi, qui emploie 52 personnes.", [("Ensemble pour l'Emploi", "soutenu")]),
    # a supplier picked to sell to the member is paid, not supported
    ("La SCOP Graine de Pain a été sélectionnée par la Ville pour fournir les cantines en pain bio.",
     [("Graine de Pain", "porteur")]),
])
def test_a_call_s_scheme_and_a_supply_picked_give_no_support(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "au" inside a name: a commune far from the member's, or a common noun, is no place of it
    ("L'association Vivre au Quartier anime 3 centres sociaux.", [("Vivre au Quartier", "porteur")]),
    ("La Ville soutient l'association Bien Vivre au Village.", [("Bien Vivre au Village", "soutenu")]),
    # a commune of the member's région after "au" is still its place
    ("L'épicerie Le Panier au Mans accueille 80 familles.", [("Le Panier", "porteur")]),
])
def test_a_name_goes_on_after_au_unless_a_place_follows(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La recyclerie a réemployé 320 tonnes en 2024 mais ne compte que 3 salariés.",
     [("320 tonnes", 2024), ("3 salariés", None)]),
    # today's figures in their own clause leave the year to the other clause's
    ("L'épicerie a accueilli 300 familles en 2023 puis a déménagé et compte désormais 25 bénévoles.",
     [("300 familles", 2023), ("25 bénévoles", None)]),
    ("La SCIC a produit 1,2 GWh en 2022, rénové 3 toitures et réunit aujourd'hui 350 sociétaires.",
     [("1,2 GWh", 2022), ("3 toitures", None), ("350 sociétaires", None)]),
    # a fronted year and "aujourd'hui": no year said for sure
    ("En 2023, la recyclerie a collecté 320 tonnes et compte aujourd'hui 14 salariés.",
     [("320 tonnes", None), ("14 salariés", None)]),
])
def test_a_denied_or_today_s_clause_has_its_own_year(sentence, expected):
    assert years(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a retenu le projet de l'association Les Jardins de Rosalie.", [("Les Jardins de Rosalie", "soutenu")]),
    ("La Ville a retenu la candidature de l'association Les Jardins de Rosalie.",
     [("Les Jardins de Rosalie", "soutenu")]),
    ("La Ville a sélectionné le dossier de la SCOP Ecolo'Gîte.", [("Ecolo'Gîte", "soutenu")]),
    # another body's pick
    ("La Région a retenu le projet de l'association Les Jardins de Rosalie.",
     [("Région Pays de la Loire", "partenaire")]),
])
def test_a_project_the_member_picked_is_its_carrier_s_support(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected
