"""Field readers, table-driven: euro amounts, budget lines, population, years, addresses, contacts, actions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rtes_kg.parse.actions import split_actions
from rtes_kg.parse.amounts import euro_amounts
from rtes_kg.parse.budget import budget_amounts
from rtes_kg.parse.contacts import looks_like_person, read_contacts
from rtes_kg.parse.document import parse_text
from rtes_kg.parse.fields import read_address, read_population, read_year, title_case_city
from rtes_kg.parse.lines import read_lines


@pytest.mark.parametrize("text, euros, qualifier", [
    ("6.1 M€", "6100000", None),
    ("614 000€", "614000", None),
    ("29000€ en fonctionnement pour 2022", "29000", None),
    ("15\u00a0000€ au pôle + toutes les aides aux associations", "15000", None),
    ("40 000 euros", "40000", None),
    ("300 K€", "300000", None),
    ("300 k€", "300000", None),
    ("1 312 500€", "1312500", None),
    ("1\u202f312\u202f500\u00a0€", "1312500", None),
    ("270 000 euros", "270000", None),
    ("Plus de 8 M€", "8000000", "plus-de"),
    ("environ 2 M€", "2000000", "environ"),
    ("près de 1,2 million d’euros", "1200000", "environ"),
    ("moins de 5 000 €", "5000", "moins-de"),
    ("jusqu'à 10 000 €", "10000", "jusqu-a"),
    ("1,5 M€", "1500000", None),
    ("2 millions d'euros", "2000000", None),
    ("500 000 €", "500000", None),
    ("15.000 EUR", "15000", None),
    ("12,50 €", "12.5", None),
    ("1 Md€", "1000000000", None),
])
def test_euro_amount(text, euros, qualifier):
    (amount,) = euro_amounts(text)
    assert (amount.euros, amount.qualifier) == (Decimal(euros), qualifier)
    assert str(amount.euros) == euros


@pytest.mark.parametrize("text", ["30 m3 de bennes", "en 2023", "2 820 940 habitants", "5 ETP", ""])
def test_no_euro_amount(text):
    assert euro_amounts(text) == []


def test_budget_lines_take_year_and_section_from_their_clause():
    lines = read_lines("En 2023 :\nFonctionnement : 100 000 € ; investissement : 50 000 €\n"
                       "2024 : 1 M€ en investissement et 2025 : 2 M€\nUn budget en € à préciser")
    amounts, issues = budget_amounts(lines, "b.txt")
    assert [(a.euros, a.year, a.section) for a in amounts] == [
        (Decimal(100000), 2023, "fonctionnement"), (Decimal(50000), 2023, "investissement"),
        (Decimal(1000000), 2024, "investissement"), (Decimal(2000000), 2025, None),
        (None, None, None)]
    assert [(i.type, i.source.line) for i in issues] == [("montant-illisible", 4)]


@pytest.mark.parametrize("text, parts", [
    # each amount listed after "dont" is a part of the whole, not a second whole
    ("6.1 M€ en 2023, dont 1 312 500€ en investissement et 270 000 euros pour l'appel à projets ESS",
     [False, True, True]),
    ("2 M€ dont 500 K€ en fonctionnement, 300 K€ en investissement", [False, True, True]),
    # but not one of another year, after a full stop, or larger than the whole
    ("2 M€ en 2023 dont 500 K€ en fonctionnement et 3 M€ en 2024", [False, True, False]),
    ("2 M€ dont 500 K€ pour l'emploi. 1 M€ pour le reste", [False, True, False]),
    ("2 M€ dont 500 K€ en fonctionnement et 3 M€ d'autres crédits", [False, True, False]),
    ("1,5 M€ en 2022 et 2 M€ en 2023", [False, False]),
    # nor one of another section than the whole
    ("1,4 M€ en fonctionnement, dont 420 000 € pour l'IAE, et 350 000 € en investissement", [False, True, False]),
])
def test_the_amounts_listed_after_dont_are_all_parts(text, parts):
    amounts, _ = budget_amounts(read_lines(text), "b.txt")
    assert [a.part_of_previous for a in amounts] == parts


@pytest.mark.parametrize("text, lines", [
    # a status in the label is no scope; another collectivité's money is no line; "(dont" ends a scope
    ("Budget primitif 2024 : 12 M€", [(Decimal(12000000), None)]),
    ("1,1 M€ d'investissement pour la halle (dont 400 000 € de la Région Île-de-France)",
     [(Decimal(1100000), "pour la halle")]),
    ("300 000 €, auxquels s'ajoutent 200 000 € du Département du Nord", [(Decimal(300000), None)]),
    ("Subvention du Département de 30 000 € en 2022.", []),
    ("Sur un budget départemental total de 1,6 milliard d'euros.", []),
    ("10 000 € par an depuis 2019.", [(Decimal(10000), None)]),
    # other funders named as a line's subject or label, or added to the budget
    ("Auxquels s'ajoutent 600 000 € du FSE+.", []),
    ("La Région Grand Est cofinance à hauteur de 30 000 € par an.", []),
    ("Cofinancements : FEDER 2021-2027 : 1,1 M€ ; Région Grand Est : 200 000 €.", []),
    ("La Ville mobilise 250 000 € et l'État 1,2 M€.", [(Decimal(250000), None)]),
    # an increase, a comparison, an exclusion in parentheses, a grant's size, an average
    ("Budget 2024 : 300 000 €, en hausse de 50 000 € par rapport à 2023.", [(Decimal(300000), None)]),
    ("Budget 2022 : 200 000 € contre 150 000 € l'an dernier.", [(Decimal(200000), None)]),
    ("Budget 2024 : 300 000 € (hors masse salariale de 2 ETP, environ 90 000 €).",
     [(Decimal(300000), "hors masse salariale de 2 ETP")]),
    ("Hors crédits de la formation (plus de 15 M€ par an pour les SIAE).", []),
    ("Fonds d'amorçage ESS : de 5 000 € à 15 000 € par projet.", []),
    ("Montant moyen des subventions : 18 k€.", []),
    # money another funder adds, in a sentence of its own on the line
    ("Budget 2024 : 2,1 M€. Nantes Métropole y ajoute 500 000 €.", [(Decimal(2100000), None)]),
    ("Budget 2023 : 1 600 000 €. L'État complète avec 400 000 €.", [(Decimal(1600000), None)]),
    ("Budget 2024 : 3,5 M€. Le FSE+ apporte en complément 1,2 M€.", [(Decimal(3500000), None)]),
    ("Prévisionnel 2024 : 1 300 000 €. Subvention de la Région Occitanie de 200 000 € à ajouter.",
     [(Decimal(1300000), None)]),
])
def test_budget_lines_and_scopes(text, lines):
    amounts, _ = budget_amounts(read_lines(text), "b.txt")
    assert [(a.euros, a.scope) for a in amounts] == lines


def test_the_members_own_kind_of_funder_is_its_own_budget():
    amounts, _ = budget_amounts(read_lines("Subvention de la Région de 2 M€ aux structures de l'ESS"), "b.txt",
                                member="Conseil régional d'Occitanie")
    assert [a.euros for a in amounts] == [Decimal(2000000)]


def test_a_status_or_year_said_of_a_line_of_its_own_is_not_said_of_another_year():
    amounts, _ = budget_amounts(read_lines("Prévisionnel 2024 :\n150 000 €\nEn 2022 : 100 000 €\n"
                                           "CA 2023 : 420 000 €\n150 000 €, dont 20 000 € de reports de 2022 "
                                           "non consommés"), "b.txt", context_year=2025)
    assert [(a.euros, a.year, a.status) for a in amounts] == [
        (Decimal(150000), 2024, "previsionnel"), (Decimal(100000), 2022, None), (Decimal(420000), 2023, "realise"),
        (Decimal(150000), 2024, None), (Decimal(20000), 2022, None)]


def test_a_total_with_its_breakdown_a_dont_list_and_a_table_row():
    amounts, _ = budget_amounts(read_lines(
        "Budget ESS 2023 : 5,8 M€ (fonctionnement : 4,3 M€ ; investissement : 1,5 M€)\n"
        "Budget 2024 : 27,5 M€, dont :\n- 14 M€ en fonctionnement\n- 13,5 M€ en investissement\n"
        "2022 | 300 000 € | investissement\n"
        "2,4 M€ en fonctionnement, soit 0,3 % du budget de la collectivité, et 850 k€ en investissement"), "b.txt")
    assert [(a.euros, a.year, a.section, a.part_of_previous) for a in amounts] == [
        (Decimal(5800000), 2023, None, False), (Decimal(4300000), 2023, "fonctionnement", True),
        (Decimal(1500000), 2023, "investissement", True),
        (Decimal(27500000), 2024, None, False), (Decimal(14000000), 2024, "fonctionnement", True),
        (Decimal(13500000), 2024, "investissement", True),
        (Decimal(300000), 2022, "investissement", False),
        (Decimal(2400000), None, "fonctionnement", False), (Decimal(850000), None, "investissement", False)]


def test_a_range_written_with_a_dash_or_two_currencies_is_one_line():
    amounts, _ = budget_amounts(read_lines("Budget 2023 : 50 000 € à 60 000 €\nBudget 2024 : 70 000 € – 80 000 €\n"
                                           "Budget 2025 : 90 000-95 000 €"), "b.txt")
    assert [(a.euros, a.maximum, a.year) for a in amounts] == [
        (Decimal(50000), Decimal(60000), 2023), (Decimal(70000), Decimal(80000), 2024),
        (Decimal(90000), Decimal(95000), 2025)]


def test_a_status_of_one_year_among_several_and_a_vote_to_come():
    amounts, _ = budget_amounts(read_lines("150 000 € en 2022 ; 175 000 € en 2023 ; 190 000 € prévus en 2024.\n"
                                           "Budget 2025 non encore voté : 200 000 €"), "b.txt")
    assert [(a.year, a.status) for a in amounts] == [(2022, None), (2023, None), (2024, "previsionnel"), (2025, None)]


def test_budget_heading_year_is_the_default():
    amounts, _ = budget_amounts(read_lines("40 000 euros"), "b.txt", context_year=2024)
    assert amounts[0].year == 2024


@pytest.mark.parametrize("text, value", [
    ("145000 hab.", 145000), ("26 440 hab.", 26440), ("2 820 940", 2820940),
    ("251 179 habitants", 251179), ("environ 15 000 habitants", 15000), ("15.000", 15000),
    ("La communauté urbaine Creusot Montceau regroupe 34 communes et compte 97 000 habitants.", 97000),
    ("Population INSEE 2021 : 1 500", 1500), ("1,2 million d'habitants", 1200000), ("60k habitants", 60000),
    ("34 communes, 2 820 940", 2820940), ("1.5 millions d'habitants", 1500000),  # was 1
    ("1,2 M hab.", 1200000), ("6 M habitants", 6000000),  # were 1 and 6
])
def test_population(text, value):
    number, issues = read_population(read_lines(text), "p.txt")
    assert (number.value, number.raw, issues) == (value, text, [])


@pytest.mark.parametrize("text", ["4 5000", "45 00 habitants", "12 345 6 habitants", "45 communes", "1 200 km²"])
def test_digits_not_grouped_by_threes_give_no_population(text):
    """"4 5000" gave 5000: which number was meant is not known; "45 communes" gave 45 inhabitants."""
    number, issues = read_population(read_lines(text), "p.txt")
    assert number.value is None and [i.type for i in issues] == ["population-illisible"]


@pytest.mark.parametrize("text, raw", [
    ("2023", "2023"), ("Année d'adhésion au RTES: 2023", "2023"), ("20O1", "20O1"), ("2OO1", "2OO1"),
    ("depuis 2001", "2001"),
])
def test_year(text, raw):
    year, issues = read_year(read_lines(text), "y.txt")
    assert (year.raw, issues) == (raw, [])


@pytest.mark.parametrize("city, expected", [
    ("VALDAHON", "Valdahon"), ("LE CREUSOT", "Le Creusot"), ("SAINT-DENIS", "Saint-Denis"),
    ("CHALON-SUR-SAONE", "Chalon-sur-Saone"), ("L'ISLE-D'ABEAU", "L'Isle-d'Abeau"),
    ("Besançon", "Besançon"), ("Le Creusot", "Le Creusot"),
])
def test_title_case_city(city, expected):
    assert title_case_city(city) == expected


@pytest.mark.parametrize("text, thoroughfare, po_box, area, code, city, cedex, country", [
    ("2 rue des tourbières, BP 235\n25580 Pontarlier\nFrance",
     "2 rue des tourbières", "BP 235", None, "25580", "Pontarlier", False, "France"),
    ("Hôtel de Ville\n8 avenue Aristide Briand\nTSA 10001\n25400 AUDINCOURT CEDEX 9",
     "8 avenue Aristide Briand", "TSA 10001", "Hôtel de Ville", "25400", "Audincourt", True, None),
    ("8 avenue Aristide Briand, 25400 Audincourt, France",
     "8 avenue Aristide Briand", None, None, "25400", "Audincourt", False, "France"),
    ("1 place de l'Hôtel de Ville\n2107 Dijon", "1 place de l'Hôtel de Ville", None, None, "2107",
     "Dijon", False, None),
    # the street and the postcode on one line, not parted by a comma (there was no postcode)
    ("1 place de la Mairie - 21000 Dijon", "1 place de la Mairie", None, None, "21000", "Dijon", False, None),
    ("12 Grande Rue 21000 Dijon", "12 Grande Rue", None, None, "21000", "Dijon", False, None),
    # a postcode written "21 000" was "000"; "F-21000" left an area "F"
    ("1, rue de la Paix\n21 000 Dijon", "1, rue de la Paix", None, None, "21000", "Dijon", False, None),
    ("1 rue de la Paix\nF-21000 Dijon", "1 rue de la Paix", None, None, "21000", "Dijon", False, None),
])
def test_address(text, thoroughfare, po_box, area, code, city, cedex, country):
    address, issues = read_address(read_lines(text), "a.txt")
    # a line before the street names a building (locn:locatorName), one after it an area
    assert (address.thoroughfare, address.po_box, address.building or address.area, address.post_code,
            address.post_name, address.cedex, address.country, issues) == (
        thoroughfare, po_box, area, code, city, cedex, country, [])


def test_address_without_postcode_is_an_issue():
    address, issues = read_address(read_lines("Mairie\nPlace du marché"), "a.txt")
    assert address.post_code is None and [i.type for i in issues] == ["code-postal-absent"]


@pytest.mark.parametrize("name, person", [
    ("Lucien Da Ponte", True), ("Pierre-François Bernard", True), ("Jean de La Fontaine", True),
    ("Mission Economie et Services aux entreprises", False), ("Direction de l'économie", False),
    ("Pôle ESS", False), ("la mairie", False),
])
def test_looks_like_person(name, person):
    assert looks_like_person(name) is person


def test_contact_name_on_the_next_line_civility_and_phone_dropped():
    contacts, issues = read_contacts(read_lines("Élue référente :\nMme Anne Test\nContact : 03 80 00 00 00"),
                                     "Contact public", "c.txt")
    assert [(c.role, c.person, c.service) for c in contacts] == [("Élue référente", "Anne Test", None)]
    assert issues == []


def test_a_contact_keeps_its_person_without_the_email_and_phone_written_beside():
    contacts, issues = read_contacts(read_lines(
        "Référente technique : Mme Léa Test – chargée de mission ESS ; lea.test@ville.fr\n"
        "Service référent : Mission ESS – Tél. 05 56 00 00 00 – ess@ville.fr\n"
        "Courriel : contact@ville.fr\n"
        "Élues : Mme Claire Test, conseillère municipale ; Mme Sarah Ben Test, adjointe à l'emploi"),
        "Contact public", "c.txt")
    assert [(c.role, c.person, c.service, c.titles) for c in contacts] == [
        ("Référente technique", "Léa Test", None, ("chargée de mission ESS",)),
        ("Service référent", None, "Mission ESS", ()),
        ("Élues", "Claire Test", None, ("conseillère municipale",)),
        ("Élues", "Sarah Ben Test", None, ("adjointe à l'emploi",))]
    assert not any("@" in str(c) or "05 56" in str(c) for c in contacts) and issues == []


def test_lone_contact_takes_the_heading_as_role():
    contacts, _ = read_contacts(read_lines("Jean Test, maire"), "Contact public", "c.txt")
    assert [(c.role, c.person, c.titles) for c in contacts] == [("Contact public", "Jean Test", ("maire",))]


def test_a_post_without_the_name_of_its_holder_is_no_person():
    """"Monsieur le Maire" was a person named "le Maire"; it is not published, and the report says why."""
    contacts, issues = read_contacts(read_lines(
        "Élu référent ESS : Monsieur le Maire\nÉlue : la Présidente\nÉlu référent : Jean Maire, adjoint"),
        "Contact public", "c.txt")
    assert [(c.role, c.person, c.titles) for c in contacts] == [("Élu référent", "Jean Maire", ("adjoint",))]
    assert [(i.type, i.source.line, i.severity) for i in issues] == [("contact-sans-nom", 1, "warning"),
                                                                     ("contact-sans-nom", 2, "warning")]


def actions_of(text):
    return [a.text for a in split_actions(read_lines(text), "x.txt")]


def test_actions_nested_by_indentation():
    text = ("Nos actions :\n  • Item un :\n    • sous-item a\n    • sous-item b\n  • Item deux\n"
            "https://exemple.fr/deux\n")
    assert actions_of(text) == ["Item un :\n• sous-item a\n• sous-item b", "Item deux"]
    assert split_actions(read_lines(text), "x.txt")[1].urls == ("https://exemple.fr/deux",)


def test_actions_nested_by_symbol_without_indentation():
    assert actions_of("• Item un\n- sous-item\n• Item deux") == ["Item un\n• sous-item", "Item deux"]


def test_flat_bullets_after_a_colon_item_are_its_sub_items():
    assert actions_of("- Groupe A :\n- a1\n- a2\n- Groupe B :\n- b1") == [
        "Groupe A :\n• a1\n• a2", "Groupe B :\n• b1"]


def test_a_theme_bullet_heads_a_group_of_deeper_actions():
    """ "• Alimentation :" then sentences one level down: each is an action (they were one); a named
    action with its details below stays one."""
    assert actions_of("• Alimentation :\n  – Soutien à l'épicerie Alpha du quartier.\n"
                      "  – Création de la SCIC Beta en 2020.\n• Atelier vélo Gamma :\n  – 300 adhérents\n"
                      "  – 2 salariés") == [
        "Soutien à l'épicerie Alpha du quartier.", "Création de la SCIC Beta en 2020.",
        "Atelier vélo Gamma :\n• 300 adhérents\n• 2 salariés"]


def test_a_number_with_a_slash_opens_an_action_however_short():
    """ "1/ Atelier vélo" was read as a status line of the action above."""
    assert actions_of("a) Soutien à l'association Alpha.\nb) Création de la SCIC Beta.\n1/ Atelier vélo") == [
        "Soutien à l'association Alpha.", "Création de la SCIC Beta.", "Atelier vélo"]  # numbers dropped: round 7


@pytest.mark.parametrize("symbol", ["✅", "→", "➔", "◆", "o"])
def test_bullets_pasted_from_web_pages(symbol):
    text = f"{symbol} Soutien à Alpha.\n{symbol} Création de Beta."
    assert actions_of(text) == ["Soutien à Alpha.", "Création de Beta."]


def test_short_lines_alone_are_actions_of_their_own():
    assert actions_of("Monnaie locale\nRecyclerie\nTiers-lieu") == ["Monnaie locale", "Recyclerie", "Tiers-lieu"]


def test_paragraph_ending_with_colon_owns_the_dash_lines_after_it():
    text = ("La ville soutient la création d'un tiers-lieu solidaire dans le quartier :\n- un café\n"
            "- un atelier\nElle finance aussi une épicerie sociale et solidaire depuis 2019.")
    assert actions_of(text) == [
        "La ville soutient la création d'un tiers-lieu solidaire dans le quartier :\n• un café\n• un atelier",
        "Elle finance aussi une épicerie sociale et solidaire depuis 2019."]


@pytest.mark.parametrize("text, expected", [
    # an amount the budget is outside of, or compared with, is no line of it
    ("90 000 € en 2023, hors 1,2 M€ d’aides à l’IAE", [("90000", 2023, None, "hors 1,2 M€ d’aides à l’IAE")]),
    ("50 000 € (soit 0,5 % du budget de la collectivité de 10 M€)", [("50000", None, None, None)]),
    ("Sur un budget total de 120 M€, 1,5 M€ sont consacrés à l'ESS", [("1500000", None, None, None)]),
    ("Part du budget consacrée à l'ESS : 1,2 M€", [("1200000", None, None, None)]),
    ("120 000 € en 2024, auxquels s'ajoutent 40 000 € de l'État", [("120000", 2024, None, None)]),
    ("7,9 M€ (hors crédits européens de 1,4 M€)", [("7900000", None, None, "hors crédits européens de 1,4 M€")]),
    ("soit 0,15 % du budget départemental de 800 M€", []),
    # a period's amount takes no year from its line, its period is in its scope (no year's budget),
    # with its clause's label; a share says no section of the whole
    ("En 2024 : 300 000 € pour l'IAE ; programme 2021-2027 : 1,2 M€.",
     [("300000", 2024, None, "pour l'IAE"), ("1200000", None, None, "programme 2021-2027")]),
    ("Budget 2024 : 650 000 € (dont 45 % en investissement)", [("650000", 2024, None, None)]),
    # a scope ends with its sentence; a comparison in parentheses is none; "le fonctionnement de X" stays
    ("85 000 € par an, dont 20 000 € pour le PTCE. Total 2023-2025 : 255 000 €.",
     [("85000", None, None, None), ("20000", None, None, "pour le PTCE"), ("255000", None, None, "2023-2025")]),
    ("320 000 € en 2024 en fonctionnement (+ 15 % par rapport à 2023).", [("320000", 2024, "fonctionnement", None)]),
    ("150 000 € en 2024 pour le fonctionnement du service ESS.",
     [("150000", 2024, "fonctionnement", "pour le fonctionnement du service ESS")]),
    ("4,5 M€, dont 900 K€ hors insertion et 200 000 € pour X",
     [("4500000", None, None, None), ("900000", None, None, "hors insertion"), ("200000", None, None, "pour X")]),
    # both sections, or the one excluded: no section
    ("Plus de 8 M€ par an (fonctionnement et investissement confondus)", [("8000000", None, None, None)]),
    ("8 M€ (fonctionnement + investissement)", [("8000000", None, None, None)]),
    ("8 M€ hors investissement", [("8000000", None, None, "hors investissement")]),
    # a period is no year, and the scope of an amount over it (not of a yearly one); a year in
    # parentheses is no scope
    ("100 000 € par an de 2021 à 2024", [("100000", None, None, None)]),
    ("2 M€ sur 3 ans (2023-2025) pour le programme LEADER",
     [("2000000", None, None, "pour le programme LEADER ; 2023-2025")]),
    ("300 K€ (2022) – 350 K€ (2023)", [("300000", 2022, None, None), ("350000", 2023, None, None)]),
])
def test_what_a_budget_line_is_not(text, expected):
    amounts, _ = budget_amounts(read_lines(text), "b.txt")
    assert [(str(a.euros), a.year, a.section, a.scope) for a in amounts] == expected


@pytest.mark.parametrize("text, expected", [
    # a role alone on its line, its holder on the next
    ("Élu référent\nDavid Marti", [("Élu référent", "David Marti", None, ())]),
    ("Chargée de mission ESS\nLéa Perrier-Gaudin", [("Chargée de mission ESS", "Léa Perrier-Gaudin", None, ())]),
    # but a title under a person stays a title
    ("Élu référent : Jean Dupont\nadjoint au maire", [("Élu référent", "Jean Dupont", None, ("adjoint au maire",))]),
    # "d’" in a surname; a post before the name is a title, not a service
    ("Élue référente : Anne d’Aubigny, adjointe au maire",
     [("Élue référente", "Anne d’Aubigny", None, ("adjointe au maire",))]),
    ("Élue référente : Madame la Maire, Anne Vignot", [("Élue référente", "Anne Vignot", None, ("la Maire",))]),
])
def test_contacts_written_in_other_ways(text, expected):
    contacts, _ = read_contacts(read_lines(text), "Contact public", "c.txt")
    assert [(c.role, c.person, c.service, c.titles) for c in contacts] == expected


def test_a_role_alone_then_its_holder_is_no_new_fiche():
    """ "Élu référent" then "David Marti" lost the contact and made a fiche named "David Marti"."""
    (fiche,) = parse_text("Ville de Test\nType de collectivité : Commune\nContact public\nÉlu référent\nDavid Marti\n",
                          "t.txt")
    assert [(c.role, c.person) for c in fiche.contacts] == [("Élu référent", "David Marti")]


def test_a_total_over_a_period_takes_no_year_from_the_heading():
    """ "De 2021 à 2024, 4,8 M€" under "Budget prévisionnel 2024 :" was a 2024 line."""
    amounts, _ = budget_amounts(read_lines("Budget prévisionnel 2024 :\n- Fonctionnement : 1 250 000 €\n"
                                           "De 2021 à 2024, 4,8 M€ ont été consacrés à l'ESS."), "b.txt")
    assert [(str(a.euros), a.year) for a in amounts] == [("1250000", 2024), ("4800000", None)]


def test_a_total_after_its_lines_is_no_line_of_its_own():
    """ "Total 2024 : 600 000 €" under 180 000 € and 420 000 € made the budget 1.2 M€ in the queries."""
    amounts, _ = budget_amounts(read_lines("Subventions aux structures : 180 000 € en 2024\n"
                                           "Marchés réservés : 420 000 € en 2024\nTotal 2024 : 600 000 €"), "b.txt")
    assert [str(a.euros) for a in amounts] == ["180000", "420000"]
    alone, _ = budget_amounts(read_lines("Total : 600 000 €"), "b.txt")
    assert [str(a.euros) for a in alone] == ["600000"]
