"""Figures of another body found by the twenty-fourth round of review: a partner's own budget or
size, a ratio per euro, an equivalence, a network counted around the action, and hours that no unit
of the closed vocabulary can say. Each is read from the triples a small fiche publishes, with the
action's own figure beside it still published. The texts are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, Namespace

from extraction_helpers import converted
from rtes_kg.vocab import RTES

SCHEMA = Namespace("https://schema.org/")
NBSP, NNBSP = "\u00a0", "\u202f"


def units(tmp_path, sentence: str) -> set[tuple[str, str, str]]:
    """(value, unit code, counted code) of each figure the action of a Ville de Laval fiche publishes."""
    graph = converted(tmp_path, "Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
                                f"• {sentence}\n\nType de collectivité\nCommune\n")
    rows = graph.query("SELECT ?value ?unit ?counted WHERE { ?action rtes:chiffre ?q . ?q schema:value ?value ;"
                       " schema:unitCode ?unit ; rtes:objetCompte ?counted }", initNs={"rtes": RTES, "schema": SCHEMA})
    return {(plain(value), str(unit).rsplit("/", 1)[1], str(counted).rsplit("/", 1)[1])
            for value, unit, counted in rows}


def published(tmp_path, *sentences: str) -> tuple[set[tuple[str, str]], set[str]]:
    """((value, unit as written) of each figure, value of each amount) the action of a Ville de Laval
    fiche publishes."""
    actions = "".join(f"• {' '.join(sentences)}\n")
    graph = converted(tmp_path, f"Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n{actions}\n"
                                "Type de collectivité\nCommune\nAdresse\nPlace du 11 novembre\n53000 Laval\n")
    figures = {(plain(value), str(unit)) for value, unit in graph.query(
        "SELECT ?value ?unit WHERE { ?action rtes:chiffre ?q . ?q schema:value ?value ; schema:unitText ?unit }",
        initNs={"rtes": RTES, "schema": SCHEMA})}
    amounts = {plain(value) for value, in graph.query(
        "SELECT ?value WHERE { ?action rtes:montantCite ?a . ?a schema:value ?value }",
        initNs={"rtes": RTES, "schema": SCHEMA})}
    return figures, amounts


def plain(value: Literal) -> str:
    """A published decimal as written: 62000000, 2.5."""
    return format(Decimal(str(value)).normalize(), "f")


OWN = "L'association emploie 12 salariés en insertion."
OWN_FIGURE = ("12", "salariés en insertion")


# --- 1. a figure in brackets after a partner's name, or a partner's budget --------------------------------------

@pytest.mark.parametrize("sentence", [
    "La CAF (budget de 62 M€) soutient le centre social de la Ville.",
    "La CAF (budget annuel : 62 M€) soutient le centre social de la Ville.",
    "La CAF (62 M€ de budget) soutient le centre social de la Ville.",
    "La CAF, avec un budget de 62 M€, soutient le centre social de la Ville.",
    "La CAF, dont le budget atteint 62 M€, soutient le centre social de la Ville.",
    "Le budget de la CAF s’élève à 62 M€ ; elle soutient le centre social de la Ville.",
    "La CAF dispose d'un budget de 62 000 K€ et soutient le centre social de la Ville.",
])
def test_a_partner_s_own_budget_is_no_amount_of_the_action(tmp_path, sentence):
    figures, amounts = published(tmp_path, sentence, OWN, "La Ville lui verse 20 000 €.")
    assert amounts == {"20000"}
    assert OWN_FIGURE in figures


@pytest.mark.parametrize("sentence", [
    f"France Active (1{NBSP}200 entreprises accompagnées) anime le forum de la Ville.",
    "France Active (1 200 entreprises accompagnées) anime le forum de la Ville.",
])
def test_a_count_in_brackets_after_a_partner_is_the_partner_s(tmp_path, sentence):
    figures, _ = published(tmp_path, sentence, OWN)
    assert figures == {OWN_FIGURE}


def test_a_partner_s_grant_in_brackets_stays_the_action_s(tmp_path):
    # a bare amount after a giver is what it gave to the action, not a description of it
    _, amounts = published(tmp_path, "Le centre social est cofinancé par la CAF (30 000 €) et la Ville (20 000 €).")
    assert amounts == {"30000", "20000"}


def test_a_supported_structure_s_figures_in_brackets_stay_the_action_s(tmp_path):
    figures, _ = published(tmp_path, "La Ville soutient l'association Alpha (12 salariés en insertion).")
    assert figures == {OWN_FIGURE}


# --- 2. a relative clause describing a partner or a network --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "France Bénévolat, qui compte 1 500 bénévoles dans le département, anime le forum.",
    f"France Bénévolat, qui compte 1{NNBSP}500 bénévoles dans le département, anime le forum.",
    "France Bénévolat, qui rassemble 1 500 bénévoles, anime le forum.",
    "Le forum est animé par France Bénévolat, qui regroupe 1 500 bénévoles.",
    "Le forum est animé avec le réseau Coorace, qui fédère 80 structures.",
    "Le forum est animé avec le réseau Coorace, fort de 80 structures.",
    "La recyclerie Alpha est membre du réseau des Ressourceries (150 structures).",
])
def test_a_partner_s_or_network_s_size_is_no_figure_of_the_action(tmp_path, sentence):
    figures, _ = published(tmp_path, sentence, OWN)
    assert figures == {OWN_FIGURE}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the structure the member supports or holds shares in: its figures are the action's
    ("La Ville soutient l'association Les Amis du Marais, qui compte 40 bénévoles.", ("40", "bénévoles")),
    ("La Ville est entrée au capital de la SCIC Soleil Commun, qui réunit 640 sociétaires.",
     ("640", "sociétaires")),
    # what a partner gives the action is no description of the partner
    ("L'épicerie reçoit les dons de la Banque alimentaire, qui lui fournit 12 tonnes de denrées.",
     ("12", "tonnes")),
])
def test_the_action_s_own_structure_keeps_its_figures(tmp_path, sentence, expected):
    figures, _ = published(tmp_path, sentence)
    assert expected in figures


# --- 3. a ratio per euro ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Chaque euro investi par la Ville permet de mobiliser 7 € de cofinancements.",
    "Pour 1 € investi par la Ville, 7 € de cofinancements sont mobilisés.",
    "Le projet mobilise 7 € de cofinancements par euro public investi.",
    "Le projet lève 7 € pour 1 € de subvention.",
    "Chaque euro d’argent public génère 2,5 € de retombées locales.",
])
def test_a_ratio_per_euro_states_no_amount(tmp_path, sentence):
    figures, amounts = published(tmp_path, "La Ville verse 20 000 € à la SCIC Alpha.", sentence, OWN)
    assert amounts == {"20000"}
    assert OWN_FIGURE in figures


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a cédé le bâtiment pour 1 € symbolique à la SCIC Alpha.", {"1"}),
    ("Chaque euro compte : la Ville verse 20 000 € à la SCIC Alpha.", {"20000"}),
    ("La Ville verse une aide de 5 € par panier.", {"5"}),
    ("La Ville verse 1,2 M€ à la SCIC Alpha.", {"1200000"}),
])
def test_an_amount_beside_no_ratio_stays(tmp_path, sentence, expected):
    assert published(tmp_path, sentence)[1] == expected


# --- 4. an equivalence ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La centrale produit 300 MWh par an, de quoi alimenter 100 foyers.",
    "La centrale produit 300 MWh par an, soit la consommation électrique de 100 foyers.",
    "La centrale produit 300 MWh par an, ce qui équivaut à la consommation de 100 foyers.",
    "La centrale produit 300 MWh par an, l’équivalent de la consommation de 100 foyers.",
])
def test_an_equivalence_counts_nothing(tmp_path, sentence):
    figures, _ = published(tmp_path, sentence, OWN)
    assert {unit for _, unit in figures} == {"MWh par an", "salariés en insertion"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'épicerie solidaire alimente 350 familles.", ("350", "familles")),
    ("La chaufferie bois chauffe 120 logements sociaux.", ("120", "logements")),
    # what hours are worth in jobs is said in a unit of its own
    ("Les 28 000 heures réalisées représentent l'équivalent de 17 ETP.", ("17", "ETP")),
])
def test_what_the_action_serves_is_counted(tmp_path, sentence, expected):
    figures, _ = published(tmp_path, sentence)
    assert expected in figures


# --- 5. one of a network's many ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La recyclerie est l'une des 150 ressourceries du réseau.",
    "La recyclerie est l’une des 150 ressourceries du réseau.",
    "Le jardin est l'un des 120 jardins Cocagne de France.",
    "La recyclerie fait partie des 150 ressourceries du réseau.",
    f"La recyclerie est l'une des 1{NBSP}200 recycleries de France.",
])
def test_one_of_many_counts_the_many_not_the_action(tmp_path, sentence):
    figures, _ = published(tmp_path, sentence, OWN)
    assert figures == {OWN_FIGURE}


# --- 6. hours of insertion --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "written"), [
    ("La clause sociale a permis 4 500 heures d'insertion.", "heures d'insertion"),
    (f"La clause sociale a permis 4{NBSP}500 heures d’insertion.", "heures d’insertion"),
])
def test_hours_of_something_are_a_duration_in_hours(tmp_path, sentence, written):
    # a duration in the unit "heure" (objet "duree"), never a count of things ("nombre")
    figures, _ = published(tmp_path, sentence, OWN)
    assert figures == {OWN_FIGURE, ("4500", written)}
    assert {(unit, counted) for value, unit, counted in units(tmp_path, sentence) if value == "4500"} \
        == {("heure", "duree")}


@pytest.mark.parametrize("sentence", [
    "Le chantier est ouvert de 9 heures à 18 heures.",
    "Le chantier dure 3 heures par jour.",
])
def test_a_time_of_day_or_a_bare_duration_is_no_figure(tmp_path, sentence):
    figures, _ = published(tmp_path, sentence, OWN)
    assert figures == {OWN_FIGURE}
