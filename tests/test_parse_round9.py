"""Parse round 9: fiches the parser had never seen (a presentation in prose, grouping headings, a web
page's menu, questions as headings, a fiche all in lower case). The texts are written for the tests
(fictitious small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one

ARRAS = "Communauté urbaine d'Arras\n\nPrésentation\n"
ARRAS_REST = ("\nAdresse : 3 rue Frédéric Degeorge, 62026 Arras Cedex\n\n"
              "Exemples d'actions\n- Soutien à la ressourcerie La Malle aux trésors.\n")


# ---------------------------------------------------------------- a presentation in prose


@pytest.mark.parametrize("prose", [
    "La Communauté urbaine d'Arras regroupe 46 communes et 108 000 habitants. Elle est membre du RTES depuis 2018.",
    "La Communauté urbaine compte 108 000 habitants. Elle a adhéré au RTES en 2018.",
    "La Communauté urbaine d'Arras, créée en 1965, rassemble 108 000 habitants. Elle adhère au RTES depuis 2018.",
    "Arras Communauté urbaine regroupe 108 000 habitants et est membre du RTES depuis 2018.",
])
def test_the_member_s_population_and_joining_told_in_its_presentation_are_read(prose):
    fiche = one(ARRAS + prose + "\n" + ARRAS_REST)
    # was: neither read (the presentation kept whole as an other section)
    assert fiche.population.value == 108000 and fiche.population.raw == "108 000 habitants"
    assert fiche.membership_year.raw == "2018" and fiche.membership_year.source.line == 4


@pytest.mark.parametrize("prose", [
    "La Ville d'Arras compte 41 000 habitants. Elle est membre du RTES depuis 2018.",  # another body
    "Le quartier des Hauts-de-Scarpe compte 8 000 habitants.",
    "La Communauté urbaine soutient 12 associations qui accompagnent 3 000 habitants.",
    "La Communauté urbaine accueille chaque année 2 000 nouveaux habitants.",
    "L'association Lien solidaire regroupe 300 habitants. Elle est membre du RTES depuis 2015.",
    "La Communauté urbaine est membre du réseau France Active depuis 2010.",
    "La Communauté urbaine est membre depuis 2010 du conseil de développement.",
])
def test_a_figure_or_a_joining_that_is_not_the_member_s_is_not_read(prose):
    fiche = one(ARRAS + prose + "\n" + ARRAS_REST)
    assert fiche.population is None and fiche.membership_year is None


def test_a_section_s_population_and_year_win_over_the_presentation():
    text = ("Communauté urbaine d'Arras\nNombre d'habitants : 110 000\nAnnée d'adhésion : 2017\n\nPrésentation\n"
            "La Communauté urbaine regroupe 108 000 habitants. Elle est membre du RTES depuis 2018.\n" + ARRAS_REST)
    fiche = one(text)
    assert fiche.population.value == 110000 and fiche.membership_year.raw == "2017"


def test_a_sentence_of_an_action_gives_no_population():
    fiche = one("Communauté urbaine d'Arras\nType de collectivité : Communauté urbaine\n\nExemples d'actions\n"
                "- La Communauté urbaine regroupe 46 communes et 108 000 habitants autour du projet.\n")
    assert fiche.population is None


# ---------------------------------------------------------------- headings that group the sections under them


@pytest.mark.parametrize("group", ["1. Présentation", "I. IDENTITÉ", "Identité", "A) Informations générales",
                                   "Chiffres clés", "Présentation"])
def test_a_heading_that_groups_the_sections_under_it_is_no_lost_line(group):
    fiche = one(f"Commune de Ploërmel\n\n{group}\nType de collectivité : Commune\nNombre d'habitants : 10 000\n"
                "Année d'adhésion : 2020\n\n2. Coordonnées\nAdresse : 10 place de la Mairie, 56800 Ploërmel\n")
    # was: ligne-ignoree (numbered) or section-vide (a warning), though nothing under it is lost
    assert fiche.kind.text == "Commune" and fiche.population.value == 10000
    assert fiche.membership_year.raw == "2020" and fiche.address.post_name == "Ploërmel"
    assert not [found for found in fiche.issues if found.severity != "info"]


def test_chiffres_cles_over_the_population_is_no_empty_section():
    fiche = one("Communauté de communes du Pays de Lunel\n\nChiffres clés\nPopulation : 50 000 habitants\n"
                "Type de collectivité : Communauté de communes\nAdresse : 152 chemin des Merles, 34400 Lunel\n")
    assert fiche.population.value == 50000 and "section-vide" not in issue_types(fiche)


def test_an_empty_section_that_groups_nothing_is_still_reported():
    fiche = one("Commune de Ploërmel\nType de collectivité : Commune\n\nBudget ESS\n\nExemples d'actions\n"
                "- Soutien à l'épicerie sociale Le Grenier.\n")
    assert "section-vide" in issue_types(fiche)


@pytest.mark.parametrize("action", ["Présentation du projet aux habitants du quartier.",
                                    "Identité visuelle de la monnaie locale, créée avec 3 associations."])
def test_an_action_that_opens_on_a_grouping_word_stays_an_action(action):
    fiche = one("Commune de Ploërmel\nType de collectivité : Commune\n\nExemples d'actions\n"
                f"1. Soutien à l'épicerie sociale Le Grenier.\n2. {action}\n3. Appui au tiers-lieu La Forge.\n")
    assert len(fiche.actions) == 3 and not fiche.other_sections


# ---------------------------------------------------------------- a web page's menu


PAGE = ("Le RTES\n{entry}\nNos membres\nAgenda\nRechercher\nAccueil > Nos membres > Ville de Quimperlé\n"
        "Ville de Quimperlé\nPartager\nType de collectivité : Commune\nNombre d'habitants : 12 000\n")


@pytest.mark.parametrize("entry", ["Le réseau", "Le réseau\nNos engagements", "Qui sommes-nous"])
def test_an_entry_of_the_page_s_menu_is_navigation_whatever_its_words(entry):
    fiche = one(PAGE.format(entry=entry))
    # was: texte-ignore (a warning) for the entries no list of links knows, among those it knows
    assert fiche.name.text == "Ville de Quimperlé" and fiche.population.value == 12000
    assert "texte-ignore" not in issue_types(fiche)
    assert issue_types(fiche).count("navigation-ignoree") == 7 + entry.count("\n")


def test_text_above_a_page_s_breadcrumb_that_is_no_menu_entry_is_still_reported():
    fiche = one(PAGE.format(entry="Le réseau rassemble 160 collectivités engagées pour l'ESS."))
    assert issue_types(fiche).count("texte-ignore") == 1


# ---------------------------------------------------------------- questions as headings


def test_questions_with_their_answer_on_their_line_are_read_as_their_headings():
    fiche = one("Commune de Die\nQuel type de collectivité ? Commune\nCombien d'habitants ? env. 4 400 hab.\n"
                "Depuis quand membre du RTES ? 2016\nOù nous trouver ? 1 rue de l'Armellerie, 26150 Die\n"
                "Qui contacter ? Élu référent : Paul Arnaud, adjoint au maire\n")
    # was: the kind 'Combien d'habitants ? env. 4 400 hab.' (a wrong fact), no population, year, address
    assert fiche.kind.text == "Commune" and fiche.population.value == 4400
    assert fiche.membership_year.raw == "2016" and fiche.address.post_name == "Die"
    assert [(c.role, c.person) for c in fiche.contacts] == [("Élu référent", "Paul Arnaud")]


def test_questions_over_their_answers_are_read_as_their_headings():
    fiche = one("Ville de Saint-Brieuc\n\nQui sommes-nous ?\nCommune de 44 000 habitants, préfecture des "
                "Côtes-d'Armor.\n\nDepuis quand adhérente au RTES ?\nDepuis 2014.\n\nOù nous trouver ?\n"
                "Place du Général de Gaulle, 22000 Saint-Brieuc\n\nQui contacter ?\nAnne Le Goff, adjointe à "
                "l'économie sociale et solidaire\n\nQuel budget pour l'ESS ?\n120 000 € en fonctionnement en 2024\n\n"
                "Que faisons-nous ?\n- Soutien à la ressourcerie La Fabrique à Rebonds.\n"
                "- Accompagnement du tiers-lieu Les Ateliers du Légué.\n")
    # was: the fiche titled 'Où nous trouver ?', its questions texte-ignore, no kind, population, year, actions
    assert fiche.name.text == "Ville de Saint-Brieuc"
    assert fiche.kind.text == "Commune" and fiche.population.value == 44000
    assert fiche.membership_year.raw == "2014" and fiche.address.post_name == "Saint-Brieuc"
    assert fiche.contacts[0].person == "Anne Le Goff"
    assert [a.euros for a in fiche.budget_amounts] == [120000] and len(fiche.actions) == 2
    assert fiche.other_sections[0].text.startswith("Qui sommes-nous ?")
    assert not [found for found in fiche.issues if found.severity != "info"]


@pytest.mark.parametrize("line", ["Comment réduire nos déchets ? La Ville a lancé un défi zéro déchet avec 40 foyers.",
                                  "Combien d'habitants accompagnés ? 300 en 2024.",
                                  "Pourquoi un tiers-lieu ? Pour accueillir les habitants du quartier."])
def test_a_question_in_an_action_that_asks_for_no_section_stays_in_the_action(line):
    fiche = one("Commune de Die\nType de collectivité : Commune\n\nExemples d'actions\n"
                f"- Soutien à la recyclerie Die Réemploi.\n{line}\n")
    assert len(fiche.actions) == 1 and fiche.actions[0].text.endswith(line)
    assert fiche.kind.text == "Commune" and fiche.population is None


# ---------------------------------------------------------------- a fiche without capitals


LOWER = ("ville de lorient\n\ntype de collectivité : commune\nnombre d'habitants : 57 000\n"
         "année d'adhésion : 2016\nadresse : 2 boulevard général leclerc, 56100 lorient\n"
         "contact public : {contact}\n\nexemples d'actions\n- soutien à la scic la fabrique du port, 14 salariés.\n")


def test_a_fiche_without_capitals_is_titled_and_read():
    fiche = one(LOWER.format(contact="marie le bihan, conseillère municipale déléguée à l'ESS"))
    # was: untitled (titre-absent, the title texte-ignore), so not published
    assert fiche.name.text == "Ville de Lorient" and fiche.kind.text == "commune"
    assert fiche.population.value == 57000 and fiche.membership_year.raw == "2016"
    assert fiche.address.post_code == "56100" and fiche.address.post_name == "Lorient"
    # a person told by the shape of the name once cased, never a service named "marie le bihan"
    assert [(c.person, c.service) for c in fiche.contacts] == [("Marie Le Bihan", None)]
    assert fiche.actions[0].text.startswith("Soutien à la scic")
    assert "titre-absent" not in issue_types(fiche) and "texte-ignore" not in issue_types(fiche)


@pytest.mark.parametrize("contact, holder", [
    ("service développement économique", (None, "service développement économique")),
    ("le cabinet du maire", None),
])
def test_a_holder_without_capitals_is_a_person_only_when_shaped_as_one(contact, holder):
    fiche = one(LOWER.format(contact=contact))
    assert [(c.person, c.service) for c in fiche.contacts] == ([holder] if holder else [])


def test_a_fiche_with_capitals_keeps_its_names_as_written():
    fiche = one("Ville de lorient\nType de collectivité : Commune\nContact public : marie le bihan, adjointe\n")
    assert fiche.name.text == "Ville de lorient" and fiche.contacts[0].person is None


def test_the_member_s_sentences_under_its_title_are_read_too():
    fiche = one("Communauté de communes du Thouarsais\n\nLa Communauté de communes du Thouarsais regroupe 24 "
                "communes et 36 000 habitants. Elle adhère au RTES depuis 2016.\n\n"
                "Adresse : 4 rue de la Trémoïlle, 79100 Thouars\n")
    # was: the line ligne-ignoree, neither read
    assert fiche.population.value == 36000 and fiche.membership_year.raw == "2016"
    assert "ligne-ignoree" not in issue_types(fiche)


def test_another_body_s_sentence_under_the_title_is_still_reported():
    fiche = one("Communauté de communes du Thouarsais\n\nLe Pays thouarsais compte 45 000 habitants.\n\n"
                "Adresse : 4 rue de la Trémoïlle, 79100 Thouars\nContact public : Lucie Bernier, chargée de mission\n")
    assert fiche.population is None and issue_types(fiche) == ["ligne-ignoree"]


def test_questions_in_other_words_are_read_as_their_headings():
    fiche = one("Département de la Drôme\nQuelle collectivité ? Département\nCombien d'habitants ? 520 000\n"
                "Depuis quand êtes-vous membre du RTES ? 2010\n"
                "Quelle adresse ? 26 avenue du Président Herriot, 26026 Valence Cedex 9\n"
                "Quel programme pour l'ESS ?\nLe Département soutient les tiers-lieux et l'insertion.\n")
    # was: the year's question in the population's text ('520 000 Depuis quand êtes-vous…'), no kind, no year
    assert fiche.kind.text == "Département" and fiche.population.raw == "520 000"
    assert fiche.membership_year.raw == "2010" and fiche.address.post_code == "26026"
    assert fiche.programme.text.startswith("Le Département soutient")


# ---------------------------------------------------------------- a city after its postcode ends a file whole


@pytest.mark.parametrize("final_break", ["\n", ""])
def test_a_file_ending_on_a_city_whose_name_starts_a_longer_word_above_is_not_cut(final_break):
    fiche = one("Communauté de communes du Thouarsais\nType de collectivité : Communauté de communes\n"
                "Adresse : 4 rue de la Trémoïlle, 79100 Thouars" + final_break)
    # was: fiche-coupee ('Thouars' read as 'Thouarsais' cut off)
    assert "fiche-coupee" not in issue_types(fiche) and fiche.address.post_name == "Thouars"


def test_a_name_cut_off_in_an_action_is_still_told():
    fiche = one("Ville de Saint-Brieuc\nType de collectivité : Commune\n\nExemples d'actions\n"
                "- Soutien aux Jardins de Cocagne, 22000 Saint-Brieuc.\n- Appui aux Jardins de Cocag")
    assert "fiche-coupee" in issue_types(fiche)


def test_questions_with_their_verb_and_article_are_read_as_their_headings():
    fiche = one("Ville de Figeac\n\nQuelle est la population ?\n9 800 habitants\n\n"
                "En quelle année avez-vous adhéré au RTES ?\n2013\n\nQuelle est l'adresse de la mairie ?\n"
                "Place Vival, 46100 Figeac\n\nQuelles sont vos actions ?\n"
                "- Soutien à la ressourcerie Figeac Réemploi.\n")
    # was: the year's question in the population's text, the year lost, the actions in no section
    assert fiche.population.raw == "9 800 habitants" and fiche.membership_year.raw == "2013"
    assert fiche.address.post_name == "Figeac" and len(fiche.actions) == 1


@pytest.mark.parametrize("line", ["Quand la ressourcerie a-t-elle adhéré au réseau Cocagne ? En 2019.",
                                  "Quelle est l'adresse des lieux de réemploi ? 3 rue du Port."])
def test_a_question_of_a_structure_in_an_action_stays_in_the_action(line):
    fiche = one("Ville de Figeac\nType de collectivité : Commune\nAnnée d'adhésion : 2013\n\nExemples d'actions\n"
                f"- Soutien à la ressourcerie Figeac Réemploi.\n{line}\n")
    assert len(fiche.actions) == 1 and fiche.actions[0].text.endswith(line)
    assert fiche.membership_year.raw == "2013" and fiche.address is None


# ---------------------------------------------------------------- more presentations


def test_the_member_speaking_of_itself_in_its_presentation_is_read():
    fiche = one("Ville de Montreuil\n\nQui sommes-nous ?\nMontreuil compte 111 000 habitants. Nous sommes membres "
                "du RTES depuis 2009.\n\nOù nous trouver ?\nHôtel de Ville, 1 place Jean Jaurès, 93100 Montreuil\n")
    # was: the year lost ("nous" was no subject of the member's)
    assert fiche.population.value == 111000 and fiche.membership_year.raw == "2009"


def test_a_count_of_inhabitants_under_chiffres_cles_is_the_population():
    fiche = one("Communauté d'agglomération du Grand Dole\n\nChiffres clés\n54 000 habitants\n47 communes\n\n"
                "Adresse : place de l'Europe, 39100 Dole\n")
    # was: no population (the key figures kept as the panorama's text only)
    assert fiche.population.value == 54000 and fiche.panorama.text.startswith("54 000 habitants")


def test_a_figure_of_the_ess_under_its_key_figures_is_no_population():
    fiche = one("Communauté d'agglomération du Grand Dole\n\nChiffres clés de l'ESS\n4 200 salariés\n"
                "12 000 habitants accompagnés\n\nAdresse : place de l'Europe, 39100 Dole\n")
    assert fiche.population is None


def test_a_kind_in_the_name_of_a_fiche_without_capitals_keeps_its_words_in_lower_case():
    fiche = one("communauté de communes du pays de lunel\ntype de collectivité : communauté de communes\n"
                "nombre d'habitants : 50 000\n")
    assert fiche.name.text == "Communauté de communes du Pays de Lunel"


@pytest.mark.parametrize("line", ["Combien d'habitants ? 300 familles.", "Quel contact ? Léa Martin, coordinatrice.",
                                  "Quel budget ? 20 000 € versés à l'association."])
def test_a_lone_question_in_an_action_stays_in_the_action_whatever_it_asks(line):
    fiche = one("Ville de Figeac\nType de collectivité : Commune\n\nExemples d'actions\n"
                f"- Soutien à la ressourcerie Figeac Réemploi.\n{line}\n")
    # was: read as a heading (the population 300, a contact of the member's, the member's budget)
    assert len(fiche.actions) == 1 and fiche.actions[0].text.endswith(line)
    assert fiche.population is None and not fiche.contacts and fiche.budget is None


def test_the_contacts_of_a_fiche_without_capitals_under_its_address_are_read():
    fiche = one("communauté de communes du pays de lunel\ntype de collectivité : communauté de communes\n"
                "adresse : 152 chemin des merles, 34400 lunel\n"
                "élu référent : pierre soulier, vice-président délégué à l'ESS\n"
                "chargée de mission : camille roux, service développement économique\n")
    # was: both lines in the address's text (locn:fullAddress), no contact
    assert fiche.address.lines == ("152 chemin des merles, 34400 lunel",)
    assert [(c.role, c.person) for c in fiche.contacts] == [("Élu référent", "Pierre Soulier"),
                                                            ("Chargée de mission", "Camille Roux")]


@pytest.mark.parametrize("group", ["FICHE D'IDENTITÉ", "Présentation générale"])
def test_a_grouping_heading_above_the_title_is_no_lost_text(group):
    fiche = one(f"{group}\nVille de Redon\nType de collectivité : Commune\nNombre d'habitants : 9 500\n")
    # was: texte-ignore (a warning)
    assert fiche.name.text == "Ville de Redon" and fiche.population.value == 9500 and not fiche.issues


def test_a_sentence_above_the_title_is_still_reported():
    fiche = one("Bienvenue sur notre page\nVille de Redon\nType de collectivité : Commune\n")
    assert issue_types(fiche) == ["texte-ignore"]


@pytest.mark.parametrize("prose, population", [
    ("La Ville de Redon est une commune rurale de 9 500 habitants.", 9500),
    ("Nous sommes une commune de 9 500 habitants, au cœur du pays de Redon.", 9500),
    ("La Ville de Redon est une commune de Bretagne.", None),
    ("La Ville de Redon est une partenaire de 300 habitants engagés.", None),
])
def test_the_member_said_to_be_a_body_of_so_many_inhabitants(prose, population):
    fiche = one(f"Ville de Redon\n\nPrésentation\n{prose}\n\nAdresse : place Saint-Sauveur, 35600 Redon\n")
    # was: no population read from 'est une commune rurale de 9 500 habitants'
    assert (fiche.population.value if fiche.population else None) == population
