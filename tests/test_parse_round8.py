"""Parse round 8: fiches the parser had never seen. The texts are written for the tests (fictitious
small structures, real public bodies), not taken from any fiche."""

from __future__ import annotations

import pytest

from parse_helpers import issue_types, one
from rtes_kg.parse.document import parse_text

BREZOLLES = ("Commune de Brézolles\nType de collectivité : Commune\nNombre d'habitants : 1 750\n"
             "Adresse : 1 place de la Mairie, 28270 Brézolles\n\n")
SENONCHES_PLACE = "Adresse : 2 rue de la Gare, 28250 Senonches\n"
HEAD = "Ville de Saint-Aignan\nType de collectivité : Commune\nNombre d'habitants : 2 841\n"
PLACE = "Adresse : 3 place de la Mairie, 41110 Saint-Aignan\n"


# ---------------------------------------------------------------- a second fiche's title after an address


@pytest.mark.parametrize("head", [
    "Communauté de communes de 10 200 habitants\nAdhérente depuis 2019\n",
    "Communauté de communes de 10 200 habitants, adhérente au RTES depuis 2019\n",
])
def test_a_title_after_an_address_opens_the_next_fiche(head):
    text = BREZOLLES + "Communauté de communes du Pays de Senonches\n" + head + SENONCHES_PLACE
    first, second = parse_text(text, "f.txt")
    # was: the title and its head swallowed into Brézolles's address (post code "10200", city
    # "habitants"), then an untitled fiche
    assert first.address.post_code == "28270" and first.address.post_name == "Brézolles"
    assert second.name.text == "Communauté de communes du Pays de Senonches"
    assert second.kind.text == "Communauté de communes" and second.population.value == 10200
    assert second.membership_year.raw == "2019" and second.address.post_name == "Senonches"
    assert "titre-absent" not in issue_types(second)


def test_a_title_after_an_address_over_a_heading_the_fiche_above_lacks_opens_the_next_fiche():
    text = ("Commune de Brézolles\nAdresse : 1 place de la Mairie, 28270 Brézolles\n\n"
            "Communauté de communes du Pays de Senonches\nType de collectivité : Communauté de communes\n")
    first, second = parse_text(text, "f.txt")
    assert first.address.post_name == "Brézolles" and first.kind is None
    assert second.name.text == "Communauté de communes du Pays de Senonches"
    assert second.kind.text == "Communauté de communes"


def test_a_line_of_an_address_under_its_city_is_no_title():
    text = HEAD + "Adresse : 3 place de la Mairie, 41110 Saint-Aignan\nMairie de Saint-Aignan\n" \
        "Contact : Léa Martin, adjointe au maire\n"
    (fiche,) = parse_text(text, "f.txt")
    assert fiche.address.post_name == "Saint-Aignan" and fiche.contacts[0].person == "Léa Martin"


# ---------------------------------------------------------------- an update date above the next title


def test_an_update_date_above_a_title_is_that_fiche_s():
    text = ("Ville de Lannion\nType de collectivité : Commune\nNombre d'habitants : 20 000\n"
            "Adresse : place du Général Leclerc, 22300 Lannion\n\nExemples d'actions\n"
            "- Soutien à l'épicerie solidaire Le Panier.\n\n"
            "Dernière mise à jour : 10/01/2025\nRégion Bretagne\nType de collectivité : Région\n"
            "Nombre d'habitants : 3 400 000\n")
    lannion, bretagne = parse_text(text, "f.txt")
    # was: the date given to Lannion, and Bretagne had none
    assert lannion.updated is None
    assert bretagne.updated.isoformat() == "2025-01-10" and bretagne.updated_source.line == 9


def test_an_update_date_above_a_title_dated_under_it_closes_the_fiche_above():
    text = ("Ville de Lannion\nType de collectivité : Commune\nNombre d'habitants : 20 000\n"
            "Dernière mise à jour : 10/01/2025\nRégion Bretagne\nDernière mise à jour : 03/02/2025\n"
            "Type de collectivité : Région\n")
    lannion, bretagne = parse_text(text, "f.txt")
    assert lannion.updated.isoformat() == "2025-01-10" and bretagne.updated.isoformat() == "2025-02-03"


def test_in_a_file_whose_fiches_end_with_their_date_a_date_above_a_title_is_the_fiche_above_s():
    text = ("Ville de Chambéry\nType de collectivité : Commune\nNombre d'habitants : 60 000\n"
            "Dernière mise à jour : 12/03/2025\n\nGrand Chambéry\nType de collectivité : Communauté d'agglomération\n"
            "Nombre d'habitants : 140 000\nDernière mise à jour : 02/02/2025\n")
    chambery, grand = parse_text(text, "f.txt")
    assert chambery.updated.isoformat() == "2025-03-12" and grand.updated.isoformat() == "2025-02-02"


# ---------------------------------------------------------------- a detail line under an action


@pytest.mark.parametrize("detail", [
    "Porteur : association La Trouvaille – contact : Léa Martin, 06 12 34 56 78",
    "Structure porteuse : association La Trouvaille",
    "Partenaires : CCAS de Lannion, Mission locale Ouest Côtes d'Armor",
    "Public visé : jeunes de 16 à 25 ans",
])
def test_a_label_under_an_action_is_its_detail(detail):
    text = HEAD + PLACE + (
        "\nExemples d'actions\n"
        "La Ville soutient la ressourcerie La Trouvaille par la mise à disposition d'un local de 300 m².\n"
        f"{detail}\n"
        "La Ville accompagne le tiers-lieu La Ruche dans l'accueil de porteurs de projets.\n")
    first, second = one(text).actions
    # was: the label's line published as an action of its own
    assert first.text == ("La Ville soutient la ressourcerie La Trouvaille par la mise à disposition d'un local "
                          f"de 300 m².\n{detail}")
    assert second.text.startswith("La Ville accompagne le tiers-lieu La Ruche")


def test_a_sentence_opening_on_a_label_s_word_stays_an_action():
    text = HEAD + PLACE + (
        "\nExemples d'actions\n"
        "La Ville soutient la ressourcerie La Trouvaille par la mise à disposition d'un local.\n"
        "Partenaires de la Ville, les associations du quartier animent le jardin partagé.\n")
    assert len(one(text).actions) == 2


# ---------------------------------------------------------------- the population in a sentence of the head


def test_the_population_before_a_comma_in_the_head_is_read():
    fiche = one("Ville de Saint-Aignan\nCommune de 2 841 habitants, membre du CA du RTES depuis 2015\n" + PLACE)
    # was: no kind, no population, the whole line ligne-ignoree
    assert fiche.kind.text == "Commune" and fiche.population.value == 2841
    assert fiche.membership_year is None  # a seat on the board is no joining
    assert [(found.type, found.source.line) for found in fiche.issues] == [("ligne-ignoree", 2)]
    assert "membre du CA du RTES depuis 2015" in fiche.issues[0].message_fr
    assert "2 841" not in fiche.issues[0].message_fr


def test_the_population_and_the_joining_in_one_line_of_the_head_are_both_read():
    fiche = one("Ville de Saint-Aignan\nCommune de 2 841 habitants, adhérente au RTES depuis 2009\n" + PLACE)
    assert fiche.population.value == 2841 and fiche.membership_year.raw == "2009"
    assert issue_types(fiche) == []


# ---------------------------------------------------------------- a sentence of joining under the year


def test_a_sentence_of_joining_after_the_year_is_a_line_of_the_same_fiche():
    text = HEAD + "Année d'adhésion : 2011\nAdhérente au RTES depuis 2009\n" + PLACE
    (fiche,) = parse_text(text, "f.txt")
    # was: a second fiche, untitled, opened by the sentence and given the address
    assert fiche.membership_year.raw == "2011" and fiche.address.post_name == "Saint-Aignan"
    assert [(found.type, found.source.line) for found in fiche.issues] == [("ligne-ignoree", 5)]


def test_a_second_year_heading_still_opens_a_fiche_without_title():
    text = HEAD + "Année d'adhésion : 2011\n" + PLACE + (
        "Année d'adhésion : 2009\nAdresse : 1 rue Haute, 41110 Mareuil\n")
    assert len(parse_text(text, "f.txt")) == 2


# ---------------------------------------------------------------- a cut with a final line break


CUT_HEAD = "Ville de Chinon\nType de collectivité : Commune\nNombre d'habitants : 7 800\n\nExemples d'actions\n" \
    "La Ville soutient l'association Les Jardins de Cocagne, qui emploie 20 salariés en insertion.\n"


@pytest.mark.parametrize("end", [
    "La Ville accompagne la Mission loc",  # a word of a name, in lower case
    "La Ville accompagne l'association Les Jardins de Cocag",  # a name's word written above in full
    "La Ville accompagne les habitants vers l'emploi et la mobi",  # a sentence
])
@pytest.mark.parametrize("final_break", ["", "\n", "\r\n"])
def test_a_file_cut_inside_a_word_says_so_with_or_without_a_final_break(end, final_break):
    fiche = one(CUT_HEAD + end + final_break)
    # was: with a final line break, no fiche-coupee
    assert "fiche-coupee" in issue_types(fiche)


@pytest.mark.parametrize("end", [
    "La Ville accompagne les Jardins de Cocagne.",
    "La Ville accompagne les Jardins de Cocagne",
    "La Ville agit localement.\nB - Animation économique locale",  # "localement" above does not cut it
])
def test_a_file_ending_on_whole_words_is_not_cut(end):
    assert "fiche-coupee" not in issue_types(one(CUT_HEAD + end + "\n"))


# ---------------------------------------------------------------- whole fiches in new layouts


def test_a_title_and_its_head_after_the_actions_open_the_next_fiche():
    text = ("Département de la Drôme\nType de collectivité : Département\nNombre d'habitants : 520 000\n"
            "Exemples d'actions\n- Soutien aux 12 tiers-lieux du réseau Drôme Tiers-Lieux.\n\n"
            "Dernière mise à jour : 18/02/2025\nCommunauté de communes du Val de Drôme\n"
            "Communauté de communes de 30 000 habitants, membre du RTES depuis 2017\n"
            "Adresse : 96 ronde des Alisiers, 26400 Eurre\n")
    drome, val = parse_text(text, "f.txt")
    # was: the title and its head two lines of the Drôme's last action, its date the Drôme's, and an
    # untitled fiche from the address on
    assert [action.text for action in drome.actions] == ["Soutien aux 12 tiers-lieux du réseau Drôme Tiers-Lieux."]
    assert drome.updated is None and val.updated.isoformat() == "2025-02-18"
    assert val.name.text == "Communauté de communes du Val de Drôme" and val.population.value == 30000
    assert val.membership_year.raw == "2017" and val.address.post_name == "Eurre"


def test_a_body_s_name_in_the_actions_over_a_sentence_stays_in_the_actions():
    text = HEAD + PLACE + ("Exemples d'actions\n- Soutien à l'épicerie solidaire Le Panier.\n"
                           "Communauté de communes du Romorantinais\n"
                           "La Ville et la Communauté ont créé ensemble la recyclerie Les Trois Roues.\n")
    (fiche,) = parse_text(text, "f.txt")
    assert fiche.name.text == "Ville de Saint-Aignan" and "du Romorantinais\nLa Ville" in fiche.actions[-1].text


@pytest.mark.parametrize("heading", ["V. ACTIONS", "5. Actions", "4. Nos actions"])
def test_a_numbered_actions_heading_opens_the_actions(heading):
    text = HEAD + f"IV. BUDGET ESS\n150 000 € en 2024\n{heading}\n" + (
        "1. Soutien à la ressourcerie La Trouvaille, 400 t d'objets remis en circulation.\n"
        "2. Création du fonds Saint-Aignan Initiatives, 20 projets financés en 2024.\n")
    fiche = one(text)
    # was: no action, the heading and the actions lines of the budget's text
    assert [action.text[:30] for action in fiche.actions] == ["Soutien à la ressourcerie La T",
                                                              "Création du fonds Saint-Aignan"]
    assert fiche.budget.text == "150 000 € en 2024"


def test_a_numbered_action_that_opens_on_actions_stays_an_action():
    text = HEAD + PLACE + ("Exemples d'actions\n1. Actions de sensibilisation au réemploi dans les écoles.\n"
                           "2. Soutien à la ressourcerie La Trouvaille.\n")
    assert len(one(text).actions) == 2


def test_the_facts_of_the_head_on_one_line_between_semicolons_are_each_read():
    fiche = one("Ville de Grenoble\nType de collectivité : Commune ; Nombre d'habitants : 158 000 ; "
                "Année d'adhésion : 2002\nAdresse : 11 boulevard Jean Pain, 38000 Grenoble\n")
    # was: the kind "Commune ; Nombre d'habitants : 158 000 ; Année d'adhésion : 2002", no population, no year
    assert fiche.kind.text == "Commune" and fiche.population.value == 158000
    assert fiche.membership_year.raw == "2002" and fiche.address.post_name == "Grenoble"
    assert issue_types(fiche) == []


def test_a_kind_with_a_semicolon_and_no_heading_after_it_stays_whole():
    fiche = one("Ville de Grenoble\nType de collectivité : Commune ; ville-centre de la métropole\n"
                "Nombre d'habitants : 158 000\n")
    assert fiche.kind.text == "Commune ; ville-centre de la métropole" and fiche.population.value == 158000


def test_other_figures_under_the_population_are_no_part_of_it():
    fiche = one("Communauté de communes du Pays de Lunel\nChiffres clés\nPopulation : 50 000 habitants (2021)\n"
                "Superficie : 156 km²\nCommunes : 14\nType de collectivité : Communauté de communes\n")
    # was: the population's text "50 000 habitants (2021) Superficie : 156 km² Communes : 14" (rtes:populationTexte)
    assert fiche.population.value == 50000 and fiche.population.raw == "50 000 habitants (2021)"
    assert [(found.type, found.source.line) for found in fiche.issues if found.type == "ligne-ignoree"] == [
        ("ligne-ignoree", 4), ("ligne-ignoree", 5)]


def test_a_figure_of_the_population_under_its_value_stays_with_it():
    fiche = one("Ville de Saint-Aignan\nNombre d'habitants : 2 841\nSource : INSEE, recensement 2021\n" + PLACE)
    assert fiche.population.raw == "2 841 Source : INSEE, recensement 2021" and issue_types(fiche) == []


def test_a_table_of_contacts_copied_with_tabs_gives_its_contacts():
    fiche = one("Ville de Montreuil\nType de collectivité : Commune\nContacts\nFonction\tNom\tTéléphone\n"
                "Élue référente\tHalima Menhoudj, adjointe à l'ESS\t01 48 70 60 00\n"
                "Chef de service\tJulien Morel, service ESS\t01 48 70 61 00\n")
    # was: "Élue référente Halima Menhoudj, …" a post without a name (contact-sans-nom), Julien Morel lost
    assert [(contact.role, contact.person) for contact in fiche.contacts] == [
        ("Élue référente", "Halima Menhoudj"), ("Chef de service", "Julien Morel")]
    assert issue_types(fiche) == []


def test_a_budget_table_copied_with_tabs_dates_its_cells():
    fiche = one("Ville de Montreuil\nType de collectivité : Commune\nBudget dédié à l'ESS\nPoste\t2023\t2024\n"
                "Subventions\t40 000 €\t45 000 €\n")
    # was: no year on either amount
    assert [(amount.euros, amount.year) for amount in fiche.budget_amounts] == [(40000, 2023), (45000, 2024)]


def test_a_tab_after_a_bullet_or_a_heading_makes_no_table():
    fiche = one("Ville de Montreuil\nType de collectivité\tCommune\nNombre d'habitants\t111 000\thabitants\n"
                "Exemples d'actions\n•\tSoutien au tiers-lieu La Marbrerie\t(2024)\n")
    assert fiche.kind.text == "Commune" and fiche.population.value == 111000
    assert [action.text for action in fiche.actions] == ["Soutien au tiers-lieu La Marbrerie (2024)"]


def test_a_title_in_capitals_over_its_kind_and_population_after_the_actions_opens_the_next_fiche():
    text = ("Ville de Brest\nType de collectivité : Commune\nNombre d'habitants : 140 000\nExemples d'actions\n"
            "- Soutien au tiers-lieu Les Capucins Solidaires.\n\nBREST MÉTROPOLE\nMétropole de 210 000 habitants\n"
            "Adresse : 24 rue Coat-ar-Guéven, 29238 Brest Cedex 2\n")
    brest, metropole = parse_text(text, "f.txt")
    # was: "BREST MÉTROPOLE" and "Métropole de 210 000 habitants" two lines of Brest's action, the address Brest's
    assert [action.text for action in brest.actions] == ["Soutien au tiers-lieu Les Capucins Solidaires."]
    assert brest.address is None and metropole.name.text == "Brest Métropole"
    assert metropole.kind.text == "Métropole" and metropole.population.value == 210000


def test_a_titled_action_over_a_count_of_inhabitants_stays_an_action():
    text = HEAD + PLACE + ("Exemples d'actions\nQuartier des Glycines\n3 200 habitants\n"
                           "Contact : Léa Martin, coordinatrice de la régie de quartier\n")
    (fiche,) = parse_text(text, "f.txt")
    assert fiche.name.text == "Ville de Saint-Aignan" and "Quartier des Glycines" in fiche.actions[0].text


@pytest.mark.parametrize("title", ["Ville de Lodève – Commune – 7 500 habitants – membre du RTES depuis 2012",
                                   "Ville de Lodève, commune de 7 500 habitants, membre du RTES depuis 2012"])
def test_a_title_that_carries_its_head_on_its_line_is_read(title):
    fiche = one(f"{title}\nAdresse : 1 place Francis Morand, 34700 Lodève\n")
    # was: no title (too long for one), the fiche untitled and unpublished, its kind, population and year lost
    assert fiche.name.text == "Ville de Lodève" and fiche.population.value == 7500
    assert fiche.membership_year.raw == "2012" and issue_types(fiche) == []


def test_an_action_naming_a_body_and_its_population_keeps_its_line():
    text = HEAD + PLACE + ("\nExemples d'actions\nCommune de Die – 4 400 habitants – membre du RTES depuis 2016\n"
                           "Contact : Léa Martin, chargée de mission\n")
    assert one(text).actions[0].text.startswith("Commune de Die – 4 400 habitants – membre du RTES depuis 2016")


@pytest.mark.parametrize("final_break", ["", "\n"])
def test_a_file_ending_on_a_unit_with_its_exponent_is_not_cut(final_break):
    text = HEAD + PLACE + "\nExemples d'actions\nLa Ville met à disposition un local de 300 m²" + final_break
    # was: "m²" taken for a word cut off (fiche-coupee), without a final break, and with one since this round
    assert "fiche-coupee" not in issue_types(one(text))
