"""Parse round 5: fiches the parser had never seen. The texts are written for the tests (fictitious
small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one

HEAD = "Ville de Saint-Lubin\nType de collectivité : Commune\nNombre d'habitants : 4 215\n"
TAIL = "\nAdresse : 2 place de l'Église, 28350 Saint-Lubin\nContact public : Maire : Paul Hébert\n"
FIRST = "La Ville soutient la ressourcerie Le Grenier, qui revend 30 tonnes d'objets par an."
SECOND = "La Ville a ouvert le tiers-lieu La Filature avec la communauté de communes."


# ---------------------------------------------------------------- a contact among the bulleted actions


@pytest.mark.parametrize(("item", "role", "person", "titles"), [
    ("Contact : Marie Dupont, chargée de mission ESS", "Contact", "Marie Dupont", ("chargée de mission ESS",)),
    ("Contact : Mme Léa Martin – 02 37 51 00 00", "Contact", "Léa Martin", ()),
    ("Contact public : Hugo Lemoine, adjoint au maire délégué à l’ESS", "Contact public", "Hugo Lemoine",
     ("adjoint au maire délégué à l’ESS",)),
    ("Interlocutrice : Nadia Benali", "Interlocutrice", "Nadia Benali", ()),
])
@pytest.mark.parametrize("bullet", ["• ", "- ", "2) "])
def test_a_contact_written_as_an_item_of_the_actions_is_the_members_contact(item, role, person, titles, bullet):
    first = "1) " + FIRST if bullet == "2) " else bullet + FIRST
    last = "3) " + SECOND if bullet == "2) " else bullet + SECOND
    found = one(f"{HEAD}\nExemples d'actions :\n{first}\n{bullet}{item}\n{last}\n{TAIL}")
    # was: an action "Contact : Marie Dupont, chargée de mission ESS", and no contact
    assert (role, person, titles) in [(c.role, c.person, c.titles) for c in found.contacts]
    assert ("Maire", "Paul Hébert") in [(c.role, c.person) for c in found.contacts]
    assert [action.text.split(") ", 1)[-1] for action in found.actions] == [FIRST, SECOND]
    assert "ligne-d-action-ignoree" not in issue_types(found)


@pytest.mark.parametrize("item", [
    "Contact : Julie Moreau, présidente de l'association Le Grenier",
    "Contact : Marc Petit, directeur de la SCIC Bois Local",
    "Contact : Anne Roux, gérante de l'épicerie",
])
def test_a_contact_of_a_structure_among_the_actions_is_a_detail_of_its_action_not_the_members(item):
    found = one(f"{HEAD}\nExemples d'actions :\n• {FIRST}\n• {item}\n• {SECOND}\n{TAIL}")
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Paul Hébert")]
    assert [action.text for action in found.actions] == [f"{FIRST}\n{item}", SECOND]


@pytest.mark.parametrize("post", ["chargé de mission ESS", "responsable du service ESS", "adjointe au maire"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # single-newline and blank-line layouts
def test_a_contact_with_a_post_of_the_member_between_action_paragraphs_is_the_members(post, gap):
    found = one(f"{HEAD}\nExemples d'actions :\n\n{FIRST}{gap}Contact : Luc Arnaud, {post}{gap}{SECOND}\n{TAIL}")
    # was: a line of the action above ("…30 tonnes d'objets par an.\nContact : Luc Arnaud, …"), no contact
    assert ("Contact", "Luc Arnaud", (post,)) in [(c.role, c.person, c.titles) for c in found.contacts]
    assert [action.text for action in found.actions] == [FIRST, SECOND]


@pytest.mark.parametrize("detail", ["Contact : Luc Arnaud", "Contact : Luc Arnaud, directeur",
                                    "Contact : Luc Arnaud, responsable du service de l'association Le Grenier"])
def test_a_contact_without_a_post_of_the_member_between_action_paragraphs_stays_the_actions(detail):
    found = one(f"{HEAD}\nExemples d'actions :\n\n{FIRST}\n\n{detail}\n\n{SECOND}\n{TAIL}")
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Paul Hébert")]
    assert [action.text for action in found.actions] == [f"{FIRST}\n{detail}", SECOND]


def test_a_contact_whose_post_may_be_a_structures_stays_as_written():
    found = one(f"{HEAD}\nExemples d'actions :\n• {FIRST}\n• Contact : Julie Moreau, présidente\n• {SECOND}\n{TAIL}")
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Paul Hébert")]
    assert len(found.actions) == 3


@pytest.mark.parametrize("item", [
    "Contact a été pris avec la Région pour ouvrir un second atelier en 2025.",
    "Contacts réguliers avec les bailleurs sociaux du quartier des Marais.",
    "Mise en contact des porteurs de projet avec les financeurs solidaires.",
])
def test_an_action_that_mentions_a_contact_stays_an_action(item):
    found = one(f"{HEAD}\nExemples d'actions :\n• {FIRST}\n• {item}\n• {SECOND}\n{TAIL}")
    assert [action.text for action in found.actions] == [FIRST, item, SECOND]
    assert [(c.role, c.person) for c in found.contacts] == [("Maire", "Paul Hébert")]


# ---------------------------------------------------------------- a parenthesis left open in the budget


@pytest.mark.parametrize(("line", "expected"), [
    ("Budget ESS : 300 K€ (hors ESS en 2024, dont 50 K€ en investissement",
     [(300000, 2024, None, "hors ESS", False), (50000, 2024, "investissement", None, True)]),
    ("Budget ESS : 1 312 500€ en 2023 (hors fonds européens",
     [(1312500, 2023, None, "hors fonds européens", False)]),
    ("Budget dédié à l'ESS : 6.1 M€ (hors aides à l'IAE en 2022",
     [(6100000, 2022, None, "hors aides à l'IAE", False)]),
])
def test_a_parenthesis_left_open_in_the_budget_is_read_through_and_reported(line, expected):
    found = one(f"{HEAD}{line}\n{TAIL}")
    # was: the "dont" part lost, its section given to the whole, or its scope twice ("hors ESS ; hors ESS en 2024")
    assert [(int(a.euros), a.year, a.section, a.scope, a.part_of_previous) for a in found.budget_amounts] == expected
    assert "parenthese-ouverte" in issue_types(found)


def test_an_exclusion_with_its_year_is_said_once():
    found = one(f"{HEAD}Budget ESS : 300 K€ hors ESS en 2024, dont 50 K€ en investissement\n{TAIL}")
    assert [a.scope for a in found.budget_amounts] == ["hors ESS", None]
    assert "parenthese-ouverte" not in issue_types(found)


def test_closed_parentheses_are_not_reported():
    found = one(f"{HEAD}Budget ESS : 300 K€ (hors ESS) en 2024 (budget voté)\n{TAIL}")
    assert "parenthese-ouverte" not in issue_types(found)


# ---------------------------------------------------------------- a file cut by its layout, not by a word list

CUT_HEAD = HEAD + "Adresse : 2 place de l'Église, 28350 Saint-Lubin\n"


@pytest.mark.parametrize("text", [
    # inside the last action, on a word that is a word ("paroi") or no word the fiche writes ("bailleu")
    f"{CUT_HEAD}\nExemples d'actions :\n• {FIRST}\n• La Ville a ouvert le tiers-lieu avec les bénévoles de la paroi",
    f"{CUT_HEAD}\nExemples d'actions :\n\n{FIRST}\n\nLa Ville a ouvert le tiers-lieu La Filature avec les bailleu",
    # inside the contact line
    f"{CUT_HEAD}Contact public : Maire : Paul Hébert, conseill",
    f"{CUT_HEAD}Contact public\nÉlue référente : Rose Lenoir, adjointe au maire délég",
    # inside the budget amount
    f"{CUT_HEAD}Budget ESS : 1 2",
    f"{CUT_HEAD}Budget consacré à l'ESS\n45 00",
])
def test_a_file_cut_where_its_section_never_ends_is_reported(text):
    assert "fiche-coupee" in issue_types(one(text))


@pytest.mark.parametrize("text", [
    f"{CUT_HEAD}\nExemples d'actions :\n• {FIRST}\n• {SECOND}",
    f"{CUT_HEAD}\nExemples d'actions :\n• Soutien à la ressourcerie\n• Ouverture d'un tiers-lieu à la paroisse",
    f"{CUT_HEAD}Contact public : Maire : Paul Hébert, conseiller départemental",
    f"{CUT_HEAD}Contact public : Élue référente : Rose Lenoir, adjointe au maire déléguée",
    f"{CUT_HEAD}Budget ESS : 45 000 € en 2023",
    f"{CUT_HEAD}Budget ESS : 45 000 €",
    f"{CUT_HEAD}\nExemples d'actions :\n\n{FIRST}\n\nLa Ville a ouvert le tiers-lieu La Filature en 2022",
])
def test_a_file_ending_where_its_section_may_end_is_not_called_cut(text):
    assert "fiche-coupee" not in issue_types(one(text))


# ---------------------------------------------------------------- the themes of the member


@pytest.mark.parametrize("themes", [
    "Thématiques : alimentation, mobilité, réemploi\n",
    "Thématiques\n• alimentation\n• mobilité\n• réemploi\n",
    "Domaines d'intervention :\n- alimentation durable\n- mobilité solidaire\n",
    "Nos thèmes : alimentation (12 500 repas servis par an), mobilité\n",
])
def test_the_themes_of_the_member_are_a_section_kept_and_told_not_lost(themes):
    found = one(f"{HEAD}{themes}{TAIL}")
    # was: lost without a word, or under the population, whose figure became "12 500 repas"
    assert found.population is not None and found.population.value == 4215
    assert [section.text.split("\n")[0].split(" :")[0].split(":")[0] for section in found.other_sections] \
        == [themes.split("\n")[0].split(" :")[0].split(":")[0]]
    assert "alimentation" in found.other_sections[0].text
    assert "rubrique-autre" in issue_types(found) and "section-vide" not in issue_types(found)
    assert found.address is not None and found.address.post_code == "28350"


@pytest.mark.parametrize("sentence", [
    "La Ville anime des ateliers sur les thématiques de l'alimentation et de la mobilité.",
    "Thématiques abordées lors des rencontres : alimentation, mobilité, réemploi et habitat partagé.",
])
def test_a_sentence_about_themes_in_the_actions_stays_an_action(sentence):
    found = one(f"{HEAD}\nExemples d'actions :\n\n{FIRST}\n\n{sentence}\n{TAIL}")
    assert [action.text for action in found.actions] == [FIRST, sentence]
    assert not found.other_sections


# ---------------------------------------------------------------- found on new whole fiches


POPULATION_WORDS = "Population : la Communauté accompagne 120 personnes éloignées de l'emploi avec le PLIE."
CONTACT_WORDS = "Contact public : la Ville met à disposition un local à l'association Le Grenier."
ADDRESS_WORDS = "Adresse de la ressourcerie : 12 rue des Artisans à Montmélian, ouverte en 2022."


@pytest.mark.parametrize(("number", "words"), [
    *((number, words) for number in ("1. ", "1) ", "") for words in (POPULATION_WORDS, CONTACT_WORDS, ADDRESS_WORDS)),
])
def test_a_first_action_opening_with_a_heading_word_is_an_action(number, words):
    found = one(f"{HEAD}\nActions soutenues :\n{number}{words}\n{number and '2. '}{SECOND}\n{TAIL}")
    # was: an empty actions section, and an untitled second fiche of 120 inhabitants
    assert found.population is not None and found.population.value == 4215
    assert [action.text for action in found.actions] == [words, SECOND]  # the list's numbers dropped (round 7)
    assert found.address is not None and found.address.post_code == "28350"


@pytest.mark.parametrize(("line", "role", "person", "service"), [
    ("Contact public – Élu référent : Thomas Vial, conseiller municipal", "Élu référent", "Thomas Vial", None),
    ("Contact public - Élue référente : Rose Lenoir", "Élue référente", "Rose Lenoir", None),
    ("Contact public – Mission ESS", "Contact public", None, "Mission ESS"),
])
def test_a_contact_heading_and_its_role_on_one_line_after_a_dash_give_the_role(line, role, person, service):
    found = one(f"{HEAD}Adresse : 2 place de l'Église, 28350 Saint-Lubin\n{line}\n")
    # was: the role "Contact public – Élu référent", or "Contact public – Mission ESS"
    assert [(c.role, c.person, c.service) for c in found.contacts] == [(role, person, service)]


@pytest.mark.parametrize("heading", ["Adresse de la ressourcerie", "Adresse de l’épicerie solidaire",
                                     "Adresse du tiers-lieu"])
def test_a_structures_address_among_the_actions_is_no_heading_of_the_members(heading):
    found = one(f"{HEAD}\nExemples d'actions :\n{FIRST}\n{heading} : 12 rue des Artisans, 73800 Montmélian\n"
                f"{SECOND}\n{TAIL}")
    # was: the member's address section, and the action after it in it
    assert found.address is not None and found.address.post_code == "28350"
    assert [action.text.split("\n")[0] for action in found.actions] == [FIRST, SECOND]


@pytest.mark.parametrize("heading", ["Adresse du siège", "Adresse de la mairie", "Adresse de la collectivité"])
def test_the_members_own_address_headings_still_open_the_address(heading):
    found = one(f"Ville de Saint-Lubin\nType de collectivité : Commune\n{heading} : 2 place de l'Église, "
                "28350 Saint-Lubin\n")
    assert found.address is not None and found.address.post_code == "28350"
