"""Layouts and wordings of real fiches beyond the seed's: each test writes its own small fiche."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.model.identity import fiche_kind
from rtes_kg.parse.action_labels import action_label
from rtes_kg.parse.amounts import euro_amounts
from rtes_kg.parse.records import Source

TAIL = ("Type de collectivité\nCommune\nNombre d'habitants sur le territoire\n12 000 hab.\n"
        "Adresse\n\n1 place de la Mairie\n12000 Rodez\nFrance\n")


def fiche(body: str, title: str = "Ville de Rodez", tail: str = TAIL):
    (only,) = read_fiches(f"{title}\n\n{body}\n\n{tail}", "f.txt")
    return only


def actions(section: str) -> list[str]:
    found = fiche(f"Exemples d'actions soutenues par la collectivité :\n\n{section}")
    return [action_label(a.text) for a in found.actions]


# --- headings -----------------------------------------------------------------------------------

def test_an_unknown_heading_is_a_section_of_its_own_and_the_title_stays():
    found = fiche("L’ESS en Aveyron\n\nL’ESS compte 900 établissements employeurs.\n\n"
                  "Budget dédié à l’ESS :\n\n25 000 € en 2024")
    assert found.name is not None and found.name.text == "Ville de Rodez"
    assert [t.text for t in found.other_sections] == [
        "L’ESS en Aveyron\nL’ESS compte 900 établissements employeurs."]
    assert ("rubrique-autre", "info") in {(i.type, i.severity) for i in found.issues}
    assert [a.euros for a in found.budget_amounts] == [Decimal(25000)]


@pytest.mark.parametrize("line", ["Programme européen 2021-2027 : près de 200 000 € du FSE+",
                                  "Programme « Impulsion ESS » : 1,5 M€ en investissement pour 2024"])
def test_a_budget_line_opening_with_programme_stays_in_the_budget(line):
    found = fiche(f"Budget dédié à l’ESS :\n\n300 K€ en 2023\n{line}\n\n"
                  "Programme d’intervention dans le champ de l’ESS :\n\nLa ville soutient les associations.")
    assert len(found.budget_amounts) == 2
    assert found.programme is not None and found.programme.text == "La ville soutient les associations."
    assert found.budget_amounts[1].scope and found.budget_amounts[1].scope.startswith("Programme")


def test_nos_partenaires_after_dated_actions_is_no_action():
    found = fiche("Exemples d’actions soutenues par la collectivité :\n\n"
                  "2021 : création d’un fonds de prêts d’honneur.\n2022 : ouverture d’une ressourcerie.\n\n"
                  "Nos partenaires\n\nFrance Active Occitanie – Banque des Territoires")
    assert len(found.actions) == 2 and len(found.other_sections) == 1


# --- actions ------------------------------------------------------------------------------------

def test_numbered_actions_are_labelled_by_their_title_not_their_number():
    assert actions("1. Atelier vélo La Roue Libre : ouvert en 2021, il répare des vélos.\n\n"
                   "2. Jardin d’insertion Les Pousses : 12 salariés en insertion.") == [
        "Atelier vélo La Roue Libre", "Jardin d’insertion Les Pousses"]


def test_numbered_groups_of_bullets_give_one_action_per_bullet():
    assert actions("1. Alimentation\n- Épicerie solidaire du centre, ouverte en 2020.\n"
                   "- Cuisine partagée portée par l’association Bon Appétit.\n"
                   "2. Réemploi\n- Recyclerie de la vallée : 200 tonnes réemployées.") == [
        "Épicerie solidaire du centre, ouverte en 2020", "Cuisine partagée portée par l’association Bon Appétit",
        "Recyclerie de la vallée"]


def test_a_title_line_then_its_description_is_one_action():
    assert actions("Tiers-lieu La Fabrique\n\nOuvert en 2022 dans une ancienne usine, il accueille 40 "
                   "artisans.\n\nPrix de l’innovation sociale\n\nOrganisé chaque année avec la CRESS.") == [
        "Tiers-lieu La Fabrique", "Prix de l’innovation sociale"]


def test_dated_actions_keep_their_year_out_of_the_label():
    found = fiche("Exemples d’actions soutenues par la collectivité :\n\n"
                  "2022 : ouverture de la ressourcerie Le Grand Recyclage, 25 salariés en insertion.")
    (action,) = found.actions
    assert action_label(action.text) == "ouverture de la ressourcerie Le Grand Recyclage, 25 salariés en insertion"


# --- contacts -----------------------------------------------------------------------------------

def test_a_contact_naming_a_service_then_a_person_gives_both():
    found = fiche("Contact public\n\nService référent : Mission ESS de la Direction de l’attractivité – "
                  "Claire Dumas, cheffe de mission")
    (contact,) = found.contacts
    assert (contact.service, contact.person, contact.titles) == (
        "Mission ESS de la Direction de l’attractivité", "Claire Dumas", ("cheffe de mission",))


def test_two_persons_on_one_line_and_an_rtes_mandate():
    found = fiche("Contact public\n\nÉlus référents : Ana Lopez, adjointe à l’ESS, et Marc Petit, conseiller "
                  "municipal\nadministratrice du RTES")
    assert [(c.person, c.titles) for c in found.contacts] == [
        ("Ana Lopez", ("adjointe à l’ESS",)), ("Marc Petit", ("conseiller municipal",))]
    assert [(m.text, m.source.line) for m in found.contacts[-1].mandates] == [("administratrice du RTES", 6)]


# --- amounts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("entre 600 000 et 650 000 €", 600000, 650000), ("entre 1 et 2 M€", 1000000, 2000000),
    ("de 5 000 € à 10 000 €", 5000, 10000), ("5 000 à 10 000 euros", 5000, 10000),
])
def test_both_bounds_of_a_range(text, low, high):
    (amount,) = euro_amounts(text)
    assert (amount.euros, amount.maximum) == (Decimal(low), Decimal(high))


def test_the_eur_of_en_faveur_is_no_currency():
    assert euro_amounts("les politiques départementales en faveur de l’ESS") == []


def test_status_scope_and_parts_of_budget_lines():
    found = fiche("Budget prévisionnel consacré à l’ESS :\n\n"
                  "480 000 € pour 2024 (fonctionnement), dont 120 000 € pour l’aide alimentaire\n"
                  "Réalisé 2023 : 1,8 M€ au pôle ESS, hors crédits d’insertion\n"
                  "Quelques milliers d'euros")  # (in lower case it would go on the line above)
    lines = [(a.euros, a.year, a.section, a.status, a.scope, a.part_of_previous) for a in found.budget_amounts]
    assert lines[:3] == [
        (Decimal(480000), 2024, "fonctionnement", "previsionnel", None, False),
        (Decimal(120000), 2024, "fonctionnement", "previsionnel", "pour l’aide alimentaire", True),
        (Decimal(1800000), 2023, None, "realise", "au pôle ESS ; hors crédits d’insertion", False)]
    assert lines[3][0] is None and "montant-illisible" in {i.type for i in found.issues}


def test_an_exclusion_is_said_once_and_of_its_own_amount_only():
    """"(hors insertion)" was "hors insertion ; hors insertion)", and an exclusion said of a part
    was said of the whole before it too."""
    found = fiche("Budget dédié à l’ESS :\nEnviron 4,5 M€ par an (hors insertion), dont 900 K€ pour le fonds "
                  "d’innovation sociale.\nRéalisé 2023 : 2 M€, dont 300 000 € hors fonds européens\n")
    assert [(a.euros, a.scope) for a in found.budget_amounts] == [
        (Decimal(4500000), "hors insertion"), (Decimal(900000), "pour le fonds d’innovation sociale"),
        (Decimal(2000000), None), (Decimal(300000), "hors fonds européens")]


@pytest.mark.parametrize("line, expected", [
    # a year after an amount is its own ("passé de … en 2020 à … en 2024": 2020 was no lower bound)
    ("Le budget ESS est passé de 100 000 € en 2020 à 300 000 € en 2024.",
     [(Decimal(100000), 2020, None), (Decimal(300000), 2024, None)]),
    # a label of years and budget words says no scope but its period (no year's budget); a named plan does
    ("Budget 2022-2024 : 3 M€", [(Decimal(3000000), None, "2022-2024")]),
    ("Plan ESS 2021-2026 : 5 M€", [(Decimal(5000000), None, "Plan ESS 2021-2026")]),
    ("Fonctionnement : 120 000 €", [(Decimal(120000), None, None)]),
])
def test_years_and_labels_of_budget_lines(line, expected):
    found = fiche(f"Budget dédié à l’ESS :\n{line}\n")
    assert [(a.euros, a.year, a.scope) for a in found.budget_amounts] == expected


# --- kind ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, stated, kind", [
    ("Syndicat mixte du Pays de Rodez", "Communauté de communes", "syndicat-mixte"),
    ("Pôle d’équilibre territorial et rural du Pays de Langres", "Syndicat mixte", "pays-petr"),
    ("Conseil départemental de l’Aveyron", "Département", "departement"),
    ("Métropole de Lyon", "Collectivité à statut particulier", "collectivite-a-statut-particulier"),
    ("Ville de Rodez", "Commune", "commune"),
])
def test_the_kind_follows_the_legal_form_in_the_name(title, stated, kind):
    found = fiche("Budget dédié à l’ESS :\n\n25 000 €", title=title, tail=TAIL.replace("\nCommune\n", f"\n{stated}\n"))
    published, _ = fiche_kind(found)
    assert str(published).rsplit("/", 1)[1] == kind


# --- figures ------------------------------------------------------------------------------------

def test_figures_counted_as_written_and_per_unit():
    found = find_quantities("La coopérative compte 420 sociétaires et crée une trentaine d’emplois par site, "
                            "après 3 ans et 2 fois plus de 5 axes.", Source("f", 1))
    assert [(q.value, q.unit_text, q.approximate, q.per) for q in found] == [
        (Decimal(420), "sociétaires", False, None), (Decimal(30), "emplois", True, "site")]


def test_each_figure_points_at_its_own_line():
    found = fiche("Programme d’intervention dans le champ de l’ESS :\n\nLa ville soutient 12 associations.\n"
                  "Elle accompagne 45 bénévoles.")
    assert [q.source.line for q in found.quantities] == [5, 6]
