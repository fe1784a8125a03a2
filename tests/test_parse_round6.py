"""Parse round 6: fiches the parser had never seen. The texts are written for the tests (fictitious
small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one
from rtes_kg.parse.document import parse_text

HEAD = "Ville de Saint-Aignan\nType de collectivité : Commune\nNombre d'habitants : 2 841\n"
PLACE = "Adresse : 3 place de la Mairie, 41110 Saint-Aignan\n"
SEED_HEAD = "Commune de Vendranges\n\nType de collectivité\nCommune\nNombre d'habitants sur le territoire\n"


# ---------------------------------------------------------------- a file cut off, then ended with a line break


@pytest.mark.parametrize("end", ["\n", "\n\n", "\r\n", ""])
@pytest.mark.parametrize("text", [
    SEED_HEAD + "12 3",  # the population's figure, short of its last group
    "Ville de Saint-Aignan\nType : Commune\nPopulation : 2 8",
    HEAD + PLACE + "Budget ESS 2024 : 1 312 5",
    HEAD + PLACE + "Contact public\nMaire : Éric Vallée\nÉlue référente : Anne B",  # a name on a bare capital
    # the title of a next fiche, and nothing under it
    HEAD + PLACE + "Contact public\nMaire : Éric Vallée\n\nCommunauté de communes Val de Cher-Contr",
])
def test_a_file_cut_off_is_told_with_or_without_a_final_line_break(text, end):
    fiches = parse_text(text + end, "f.txt")
    # was: with a final line break, no fiche-coupee (and a population or a contact read from a cut line)
    assert "fiche-coupee" in issue_types(fiches[-1])


def test_a_post_cut_in_a_word_is_told_without_a_final_line_break_only():
    text = HEAD + PLACE + "Contact public : Maire : Éric Vallée, conseill"
    assert "fiche-coupee" in issue_types(one(text))
    assert "fiche-coupee" not in issue_types(one(text + "\n"))  # as tests/test_audit_round13.py holds


@pytest.mark.parametrize("end", ["\n", ""])
@pytest.mark.parametrize("last", [
    "Année d'adhésion au RTES : 2012",
    "Budget ESS 2024 : 300 000 €",
    "Budget ESS : 1 312 500€",
    "Budget ESS 2024 : 300 000 € en 2024",
    "Contact public\nMaire : Éric Vallée",
    "Contact public\nMaire : Éric V.",
    "Contact public\nÉlu référent : Paul Martin, adjoint à la participation citoyenne",
    "Contact public\nÉlu référent : Paul Martin, membre du conseil",
    "Contact public\nÉlu référent : Paul Martin, délégué aux jeunes",
    "Contact public\nÉlue référente : Anne Roux, conseillère déléguée auprès du département",
    "Contact public\nÉlue référente : Anne Roux, vice-présidente de la région",
])
def test_a_complete_fiche_is_never_told_cut_off(last, end):
    found = one(f"{HEAD}{PLACE}{last}{end}")
    assert "fiche-coupee" not in issue_types(found)


@pytest.mark.parametrize("end", ["\n", ""])
@pytest.mark.parametrize("contact", ["Président : Jean-Luc B", "Élue référente : Anne-Marie C", "Contact : Paul M"])
def test_a_contact_whose_name_is_cut_off_is_not_published(contact, end):
    found = one(f"{HEAD}{PLACE}Contact public\nMaire : Éric Vallée\n{contact}{end}")
    # was: "Jean-Luc B" published as the name of the member's contact
    assert _people(found) == [("Maire", "Éric Vallée")]
    assert "fiche-coupee" in issue_types(found)


def test_a_title_alone_in_its_file_is_told_by_sections_absentes_only():
    assert issue_types(one("Ville de Saint-Aig\n")) == ["sections-absentes"]  # as tests/test_parse_layouts.py holds


def test_a_cut_population_is_not_read():
    found = one(SEED_HEAD + "12 3\n")
    assert found.population is not None and found.population.value is None
    assert {"fiche-coupee", "population-illisible"} <= set(issue_types(found))


def test_the_first_fiche_of_a_file_cut_in_the_second_s_title_stays_whole():
    text = HEAD + PLACE + "Contact public\nMaire : Éric Vallée\n\nCommunauté de communes Val de Ch\n"
    first, second = parse_text(text, "f.txt")
    assert "fiche-coupee" not in issue_types(first) and "fiche-coupee" in issue_types(second)
    assert [(c.role, c.person) for c in first.contacts] == [("Maire", "Éric Vallée")]


# ---------------------------------------------------------------- amounts listed in a parenthesis after an exclusion

BUDGET = HEAD + PLACE + "Budget dédié à l'ESS\n"


def _amounts(line: str):
    found = one(f"{BUDGET}{line}\n")
    return [(a.euros, a.year, a.scope, a.part_of_previous) for a in found.budget_amounts], issue_types(found)


@pytest.mark.parametrize("line, parts", [
    ("Budget ESS 2024 : 1,2 M€ (hors fonds européens, 200 000 € pour l'IAE, 50 000 € pour les tiers-lieux)",
     [(200000, "pour l'IAE"), (50000, "pour les tiers-lieux")]),
    ("Budget ESS 2024 : 1,2 M€ (hors fonds européens, dont 200 000 € pour l'IAE)", [(200000, "pour l'IAE")]),
    ("Budget ESS 2024 : 1,2 M€ (hors fonds européens ; 200 000 € consacrés à l'IAE)",
     [(200000, "consacrés à l'IAE")]),
    ("Budget ESS 2024 : 1,2 M€ (hors FSE, 200 000 € pour l'IAE, …)", [(200000, "pour l'IAE")]),
    ("Budget ESS 2024 : 1,2 M€ (hors FSE, 200 000 € pour l'IAE et 80 000 € d'aides aux SCIC)",
     [(200000, "pour l'IAE"), (80000, "d'aides aux SCIC")]),
])
def test_an_amount_listed_after_an_exclusion_is_a_part_of_the_budget(line, parts):
    read, issues = _amounts(line)
    # was: the listed amounts dropped without a word (taken for amounts left out, as "hors …" is)
    assert read[0] == (1200000, 2024, "hors " + line.split("(hors ")[1].split(",")[0].split(" ;")[0], False)
    assert read[1:] == [(euros, 2024, scope, True) for euros, scope in parts]
    assert "montant-sans-objet" not in issues


@pytest.mark.parametrize("line", [
    "Budget ESS 2024 : 1,2 M€ (hors fonds européens, 200 000 €)",
    "Budget ESS 2024 : 1,2 M€ (hors fonds européens, 200 000 € de l'État pour l'IAE)",
])
def test_an_amount_listed_after_an_exclusion_that_says_not_what_it_is_for_is_reported(line):
    read, issues = _amounts(line)
    assert [euros for euros, *_ in read] == [1200000] and "montant-sans-objet" in issues


@pytest.mark.parametrize("line", [
    "Budget ESS 2024 : 1,2 M€ (hors 200 000 € pour l'IAE)",  # the amount left out
    "Budget ESS 2024 : 1,2 M€ (hors FSE, soit 200 000 € de plus)",
    "Budget ESS 2024 : 1,2 M€ (hors mise à disposition de locaux, valorisée à 30 000 €)",
])
def test_an_amount_the_exclusion_itself_names_is_still_left_out(line):
    read, issues = _amounts(line)
    assert [euros for euros, *_ in read] == [1200000] and "montant-sans-objet" not in issues


# ---------------------------------------------------------------- a structure's contact is never the member's

CONTACTS = "Contact public\nMaire : Éric Vallée\n"
RECYCLERIE = "La Ville soutient la recyclerie La Trouvaille, qui emploie 8 salariés en insertion."
JARDIN = "La Ville a ouvert un jardin partagé avec l'association Les Pousses."


def _people(found) -> list[tuple[str, str | None]]:
    return [(c.role, c.person) for c in found.contacts]


@pytest.mark.parametrize("contact", [
    "Contact : Léa Martin, coordinatrice de la recyclerie, 06 12 34 56 78",
    "Contact : Léa Martin, directrice de l'association",
    "Contact de la recyclerie : Léa Martin, 06 12 34 56 78",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_structure_s_contact_after_the_last_action_is_a_detail_of_it(contact, gap):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :{gap}{RECYCLERIE}\n{contact}{gap}{CONTACTS}")
    # was: Léa Martin published as the member's contact (the line opened a contact section)
    assert _people(found) == [("Maire", "Éric Vallée")]
    assert [action.text for action in found.actions] == [f"{RECYCLERIE}\n{contact}"]


@pytest.mark.parametrize("contact", [
    "Contact de la recyclerie : Léa Martin, coordinatrice",
    "Recyclerie La Trouvaille : Léa Martin, coordinatrice",
    "Contact association : Léa Martin, présidente de l'association Les Pousses",
])
def test_a_structure_s_contact_among_the_member_s_is_reported_not_published(contact):
    found = one(f"{HEAD}{PLACE}{CONTACTS}{contact}\n")
    assert _people(found) == [("Maire", "Éric Vallée")]
    assert "contact-de-structure" in issue_types(found)


@pytest.mark.parametrize("contact", [
    "Contact : Léa Martin, chargée de mission à La Trouvaille",
    "Contact : Léa Martin, référente insertion de La Trouvaille",
    "Contact : Léa Martin (La Trouvaille) – 06 12 34 56 78",
])
@pytest.mark.parametrize("bullet", ["", "• "])
def test_a_contact_under_an_action_that_names_its_structure_stays_the_action_s(contact, bullet):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :\n{bullet}{RECYCLERIE}\n{bullet}{contact}\n\n{bullet}{JARDIN}\n"
                f"{CONTACTS}")
    # was: Léa Martin the member's contact ("chargée de mission", "référente" are posts of a collectivité),
    # or the contact line an action of its own
    assert _people(found) == [("Maire", "Éric Vallée")]
    assert [action.text for action in found.actions] == [f"{RECYCLERIE}\n{contact}", JARDIN]


@pytest.mark.parametrize("contact", [
    "Élu référent : Paul Roux, vice-président de Blois Agglopolys",
    "Service référent : Direction du développement économique",
    "Chargée de mission ESS : Inès Caron, service économie de proximité",
])
def test_the_member_s_contacts_stay_the_member_s(contact):
    found = one(f"{HEAD}{PLACE}{CONTACTS}{contact}\n")
    assert len(found.contacts) == 2 and "contact-de-structure" not in issue_types(found)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_structure_s_contact_after_the_actions_opens_no_second_fiche(gap):
    text = (f"{HEAD}Exemples d'actions :{gap}{RECYCLERIE}\nContact : Léa Martin, coordinatrice de la recyclerie, "
            f"06 12 34 56 78{gap}{PLACE}{CONTACTS}")
    (found,) = parse_text(text, "f.txt")
    # was: its contact section, then the address, then "Contact public" opened a second, untitled fiche
    assert _people(found) == [("Maire", "Éric Vallée")] and found.address is not None
    assert "titre-absent" not in issue_types(found)


# ---------------------------------------------------------------- a heading's word that names a programme


@pytest.mark.parametrize("named", [
    "Programme Territoire zéro chômeur : 60 personnes embauchées par l'entreprise à but d'emploi Les Ateliers.",
    "Dispositif « Cap Asso » : la Ville finance 12 emplois dans les associations du quartier.",
    "2) Programme Émergence : la Ville accompagne 8 porteurs de projet avec la couveuse Envol.",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_named_programme_in_the_actions_is_an_action(named, gap):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :{gap}{RECYCLERIE}{gap}{named}{gap}{JARDIN}{gap}{CONTACTS}")
    # was: the line opened the programme section, which took it and the actions after it
    assert [action.text for action in found.actions] == [RECYCLERIE, named.removeprefix("2) "), JARDIN]  # round 7
    assert found.programme is None


@pytest.mark.parametrize("heading", ["Programme d'intervention dans le champ de l'ESS",
                                     "PROGRAMME D'INTERVENTION DE LA RÉGION", "Programme ESS"])
def test_the_programme_s_heading_after_the_actions_still_opens_it(heading):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :\n{RECYCLERIE}\n{heading} : la Ville soutient les structures "
                f"de l'insertion et les épiceries solidaires du territoire.\n{CONTACTS}")
    assert [action.text for action in found.actions] == [RECYCLERIE] and found.programme is not None


# ---------------------------------------------------------------- sub-items indented with a tab


@pytest.mark.parametrize("bullet, sub", [("  • ", "\t◦ "), ("  • ", "\t• "), ("• ", "\t- "), ("  - ", "\t\t– ")])
def test_sub_items_indented_with_a_tab_stay_in_their_item(bullet, sub):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :\n{bullet}Soutien au PTCE Touraine Active :\n{sub}35 structures "
                f"membres ;\n{sub}2 salariés.\n{bullet}Création d'un chantier d'insertion : 12 salariés.\n{CONTACTS}")
    # was: a tab counted as one space, less than the item's two: each sub-item an action, the next
    # item glued to the last
    assert len(found.actions) == 2
    assert found.actions[0].text.startswith("Soutien au PTCE") and "2 salariés." in found.actions[0].text
    assert found.actions[1].text == "Création d'un chantier d'insertion : 12 salariés."


# ---------------------------------------------------------------- a contact under an address written on one line


@pytest.mark.parametrize("contact", ["Mme Laure Besnard, adjointe au maire chargée de l'économie locale",
                                     "Laure Besnard, conseillère municipale déléguée à l'ESS"])
def test_a_contact_under_an_address_on_one_line_is_kept(contact):
    found = one(f"Ville de Chinon\nType de collectivité : Commune\nNombre d'habitants : 7 900\n"
                f"Adresse : Hôtel de ville, place du Général de Gaulle, 37500 Chinon\n{contact}\n")
    # was: the contact dropped without a word, with the lines under the city
    assert [c.person for c in found.contacts] == ["Laure Besnard"]
    assert found.address is not None and found.address.post_code == "37500"


def test_a_line_under_an_address_on_one_line_that_names_no_one_is_no_contact():
    found = one("Ville de Chinon\nType de collectivité : Commune\nNombre d'habitants : 7 900\n"
                "Adresse : place du Général de Gaulle, 37500 Chinon\nFrance\n")
    assert found.contacts == () and found.address is not None and found.address.post_name == "Chinon"


# ---------------------------------------------------------------- a numbered title, then its description

PANIER = "La Ville met à disposition un local à l'association, qui sert 210 familles."
RUCHE = "Ouvert en 2022 avec la SCIC Les Communs, il accueille 30 associations."


@pytest.mark.parametrize("first, second", [("1) ", "2) "), ("1. ", "2. "), ("1 - ", "2 - ")])
@pytest.mark.parametrize("detail", ["", "Contact : Léa Martin, coordinatrice de l'épicerie\n"])
def test_a_numbered_title_takes_the_paragraph_under_it(first, second, detail):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :\n{first}Épicerie solidaire Le Panier\n{PANIER}\n{detail}"
                f"{second}Tiers-lieu La Ruche\n{RUCHE}\n{CONTACTS}")
    # was: four actions, each title one and each description another
    assert [action.text for action in found.actions] == [
        f"Épicerie solidaire Le Panier\n{PANIER}" + (f"\n{detail.strip()}" if detail else ""),
        f"Tiers-lieu La Ruche\n{RUCHE}"]  # the list's numbers dropped (round 7)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_numbered_theme_over_several_paragraphs_is_no_action(gap):
    found = one(f"{HEAD}{PLACE}Exemples d'actions :{gap}1. Alimentation{gap}{PANIER}{gap}{JARDIN}{gap}2. Mobilité{gap}"
                f"{RUCHE}{gap}{RECYCLERIE}{gap}{CONTACTS}")
    # was: "1. Alimentation" and "2. Mobilité" published as actions of their own
    assert [action.text for action in found.actions] == [PANIER, JARDIN, RUCHE, RECYCLERIE]
    assert issue_types(found).count("theme-d-actions") == 2


def test_a_numbered_theme_over_one_paragraph_in_a_list_of_themes_is_no_action():
    found = one(f"{HEAD}{PLACE}Exemples d'actions :\n1. Alimentation\n{PANIER}\n{JARDIN}\n2. Mobilité\n{RUCHE}\n"
                f"{CONTACTS}")
    assert [action.text for action in found.actions] == [PANIER, JARDIN, RUCHE]


# ---------------------------------------------------------------- a short sentence with a heading's word


@pytest.mark.parametrize("sentence", [
    "Accueil des habitants au tiers-lieu.", "La Ville soutient les habitants et leurs associations.",
    "Adresse unique pour l'emploi.", "Contacts réguliers avec les entreprises.",
])
@pytest.mark.parametrize("where", ["first", "after the contacts"])
def test_a_short_sentence_with_a_heading_s_word_is_an_action(sentence, where):
    actions = f"Exemples d'actions :\n{sentence}\n"
    found = one(f"{HEAD}{PLACE}{actions}{CONTACTS}" if where == "first" else f"{HEAD}{PLACE}{CONTACTS}{actions}")
    # was: read as a heading without its colon (population, address, contact): the actions emptied
    # and an untitled second fiche opened
    assert [action.text for action in found.actions] == [sentence]
    assert found.population is not None and found.population.value == 2841


@pytest.mark.parametrize("heading, section", [
    ("Nombre d'habitants sur le territoire.", "population"), ("Exemples d'actions soutenues par la collectivité.",
                                                              "actions"),
    ("Budget dédié à l'ESS.", "budget"), ("Année d'adhésion au RTES.", "membership"), ("Adresse postale.", "address"),
])
def test_a_heading_in_the_usual_words_with_a_full_stop_is_still_a_heading(heading, section):
    from rtes_kg.parse.headings import read_heading
    from rtes_kg.parse.lines import read_lines

    found = read_heading(read_lines(heading)[0])
    assert found is not None and found.section == section


# ---------------------------------------------------------------- whole words at the end of a file with no final break


@pytest.mark.parametrize("last", [
    "Budget dédié à l'ESS : environ 500 000 € par an",
    "Budget dédié à l'ESS : 3 000 € par km",
    "Programme d'intervention :\nLes objectifs sont fixés chaque année. La Ville se donne les moyens de son objectif",
    "Exemples d'actions :\nLa Ville soutient les associations culturelles et la culture",
])
def test_a_whole_word_at_the_end_of_a_file_is_no_cut(last):
    # was: fiche-coupee ("an" no common word; "objectif" only the start of "objectifs" written above)
    assert "fiche-coupee" not in issue_types(one(f"{HEAD}{PLACE}{last}"))


@pytest.mark.parametrize("last", ["Exemples d'actions :\nLa Ville soutient les associations culturelles et la cultur",
                                  "Contact public\nMaire : Éric Vallée, délégué au développement écono"])
def test_a_word_cut_at_the_end_of_a_file_is_still_told(last):
    assert "fiche-coupee" in issue_types(one(f"{HEAD}{PLACE}{last}"))
