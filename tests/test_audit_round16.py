"""Wrong numbers and roles found by the sixteenth round of outside audit (fiches of members never
read before, dense in figures and amounts). Each text is written for these tests in the style of
the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import HERE, roles
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.extract.stated import find_amounts
from rtes_kg.parse.amounts import euro_amounts
from rtes_kg.parse.document import parse_text


def figures(text: str) -> list[tuple[str, str]]:
    """(value, counted noun as written) of every figure the text states."""
    return [(str(q.value), q.unit_text) for q in find_quantities(text, HERE)]


def budget_lines(line: str) -> list[tuple[str | None, int | None, str | None, str | None, str | None]]:
    """(euros, year, section, status, scope) of every amount of a budget section holding ``line``."""
    fiche, = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{line}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros) if a.euros is not None else None, a.year, a.section, a.status, a.scope)
            for a in fiche.budget_amounts]


# --- a dot that groups thousands -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("L'atelier reconditionne 1.200 vélos et compte 2.300 adhérents.", [("1200", "vélos"), ("2300", "adhérents")]),
    ("La ressourcerie a réemployé 1.500 tonnes d'objets.", [("1500", "tonnes")]),
    ("Le festival a réuni 1.200.000 visiteurs.", [("1200000", "visiteurs")]),
    ("L'épicerie emploie 2.5 ETP.", [("2.5", "ETP")]),  # one decimal: a decimal
])
def test_a_dot_followed_by_three_digits_groups_thousands_in_a_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "euros"), [
    ("1.250 k€", "1250000"), ("15.000 €", "15000"), ("1.5 k€", "1500"), ("6.1 M€", "6100000"),
    ("1.250 M€", "1250000"),  # after M, a decimal: nobody's ESS budget is 1 250 M€
])
def test_before_k_euros_a_dot_and_three_digits_group_thousands(text, euros):
    assert [str(a.euros) for a in euro_amounts(text)] == [euros]


def test_a_budget_in_k_euros_with_a_dot_is_not_a_thousand_times_too_small():
    assert budget_lines("Budget 2024 : 1.250 k€.") == [("1250000", 2024, None, None, None)]


# --- what will be, or could be, is no figure of what is --------------------------------------------

@pytest.mark.parametrize("text", [
    "Une nouvelle recyclerie, portée par l'association Rebond, devrait ouvrir en 2026 avec 150 adhérents.",
    "À terme, la ressourcerie Le Réemploi emploiera 20 personnes.",
    "La future halle pourrait accueillir 200 familles.",
    "L'objectif de la recyclerie Le Grenier est d'atteindre 50 salariés en insertion en 2026.",
    "Un deuxième chantier de 12 postes doit ouvrir en 2025.",
    "Ouverture prévue en 2026 avec 10 à 12 emplois.",
    "L'épicerie prévoit d'accueillir dès 2025 plus de 300 familles.",
])
def test_a_future_a_conditional_or_a_plan_publishes_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("La recyclerie, qui doit déménager en 2026, emploie 12 salariés.", [("12", "salariés")]),
    ("La recyclerie emploie 12 salariés et devrait en recruter 5 de plus.", [("12", "salariés")]),
    ("Le chantier emploie 14 personnes et doit déménager en 2025.", [("14", "personnes")]),
    ("L'épicerie compte 150 adhérents qui pourraient devenir bénévoles.", [("150", "adhérents")]),
    ("La SCOP, qui sera relocalisée, emploie 8 salariés.", [("8", "salariés")]),
])
def test_a_figure_of_today_beside_a_plan_of_another_clause_is_kept(text, expected):
    assert figures(text) == expected


# --- years, ratios, parts, totals of a whole network -----------------------------------------------

@pytest.mark.parametrize("text", ["L'épicerie a servi 15 000 repas en 2023-2024.",
                                  "L'épicerie a servi 15 000 repas en 2023/24."])
def test_a_period_of_two_years_dates_no_figure(text):
    assert [q.year for q in find_quantities(text, HERE)] == [None]


def test_one_year_still_dates_its_figure():
    assert [q.year for q in find_quantities("L'épicerie a servi 15 000 repas en 2023.", HERE)] == [2023]


@pytest.mark.parametrize("text", [
    "L'association accompagne vers l'emploi 1 personne sur 3.",
    "Dans la SCOP, 2 salariés sur 3 sont des femmes.",
    "Le chantier emploie 1 salarié pour 10 bénévoles.",
])
def test_a_ratio_counts_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("La coopérative crée 40 emplois sur 3 sites.", ("40", "emplois")),
    ("Le centre propose 12 ateliers pour 200 enfants.", ("200", "enfants")),
])
def test_a_count_over_places_or_for_people_is_no_ratio(text, expected):
    assert expected in figures(text)


def test_a_part_in_parentheses_narrows_its_whole():
    assert figures("Le chantier emploie 40 salariés (dont 30 en insertion).") == [
        ("40", "salariés"), ("30", "salariés en insertion")]


def test_a_preposition_after_a_number_is_no_counted_noun():
    assert ("12", "dans") not in figures("La régie emploie 40 salariés, dont 12 dans la vallée.")


@pytest.mark.parametrize("text", [
    "Le Département soutient l'antenne locale de la Croix-Rouge, qui compte 60 000 bénévoles au niveau national.",
    "Le réseau emploie 1 500 salariés en France.",
])
def test_a_nationwide_total_is_no_figure_of_the_member_s_action(text):
    assert figures(text) == []


# --- a budget line's comparisons and periods ------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Budget 2024 : 210 000 € (en hausse de 25 000 €).", [("210000", 2024, None, None, None)]),
    ("270 000 euros en 2024 (contre 240 000 euros en 2023).", [("270000", 2024, None, None, None)]),
    ("Budget 2024 : 100 000 € (multiplié par 2 depuis 2020).", [("100000", 2024, None, None, None)]),
    ("Budget 2024 : 75 000 € (voté au BP).", [("75000", 2024, None, "vote", None)]),
    # the comparison's status is not the line's: a forecast stays a forecast
    ("Budget prévisionnel 2025 : 200 000 € (contre 180 000 € réalisés en 2024).",
     [("200000", 2025, None, "previsionnel", None)]),
])
def test_a_comparison_in_parentheses_gives_a_budget_line_no_scope_nor_status(line, expected):
    assert budget_lines(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Budget 2024 : 0,75 M€ (fonctionnement), 1,2 M€ sur 3 ans (investissement).",
     [("750000", 2024, "fonctionnement", None, None), ("1200000", None, "investissement", None, "sur 3 ans")]),
    ("Enveloppe pluriannuelle de 1 M€ pour le mandat.", [("1000000", None, None, None, "pluriannuelle")]),
    ("Budget 2024 : 25 000 € par an pendant 3 ans.", [("25000", 2024, None, None, None)]),
])
def test_an_envelope_over_several_years_is_no_year_s_budget(line, expected):
    assert budget_lines(line) == expected


# --- roles: a creation of jobs is no creation of the body they are in ----------------------------

@pytest.mark.parametrize(("sentence", "role"), [
    ("La Ville soutient le projet de la SCIC Les Ateliers du Bocage, qui prévoit de créer 40 emplois au sein "
     "de la SCIC d'ici 2027.", "soutenu"),
    ("La Ville a soutenu la création de 12 postes dans la SCIC Les Ateliers du Bocage.", "soutenu"),
    ("La Ville a soutenu la création d'un atelier au sein de la SCIC Les Ateliers du Bocage.", "soutenu"),
])
def test_creating_jobs_or_a_workshop_within_a_body_does_not_create_the_body(sentence, role):
    assert roles(sentence) == [("Les Ateliers du Bocage", role)]


def test_the_creation_of_a_body_in_a_year_is_still_a_creation():
    assert roles("La Ville a soutenu la création en 2021 de la SCIC Les Ateliers du Bocage.") == [
        ("Les Ateliers du Bocage", "cree")]


# --- a rate written as an adjective ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit", "per"), [
    ("L'épicerie sert 200 repas quotidiens.", "nombre", "jour"),
    ("La ferme livre 50 paniers hebdomadaires.", "nombre", "semaine"),
    ("Le tiers-lieu organise 12 ateliers mensuels.", "nombre", "mois"),
    ("La recyclerie collecte 300 tonnes annuelles.", "tonne-par-an", None),
    ("La conserverie produit 80 000 bocaux par année.", "nombre-par-an", None),  # the unit says the year once
])
def test_a_rate_written_as_an_adjective_is_the_figure_s_rate(text, unit, per):
    assert [(q.unit, q.per) for q in find_quantities(text, HERE)] == [(unit, per)]


def test_a_total_after_its_lines_gives_them_its_year_and_status():
    fiche, = parse_text("Ville de Laval\n\nBudget consacré à l’ESS :\nFonctionnement : 1,85 M€\n"
                        "Investissement : 0,4 M€\nTotal 2024 : 2,25 M€ (budget voté).\n\n"
                        "Type de collectivité\nCommune\n", "test.txt")
    assert [(str(a.euros), a.year, a.section, a.status) for a in fiche.budget_amounts] == [
        ("1850000", 2024, "fonctionnement", "vote"), ("400000", 2024, "investissement", "vote")]


@pytest.mark.parametrize(("text", "euros"), [("La SCIC a reçu un million d'euros.", ["1000000"]),
                                             ("La SCIC a reçu deux millions d'euros en 2023.", ["2000000"]),
                                             ("La SCIC a reçu des millions d'euros.", [])])
def test_millions_written_in_words_are_an_amount(text, euros):
    assert [str(a.euros) for a in euro_amounts(text)] == euros


# --- roles: who gives, who receives, who founds ----------------------------------------------------

def fiche_roles(title: str, sentence: str, kind: str, address: str) -> list[tuple[str, str]]:
    """(name, role) of every organisation of the one action of a fiche of member ``title``."""
    text = (f"{title}\n\nExemples d’actions soutenues par la collectivité :\n\n• {sentence}\n\n"
            f"Type de collectivité\n{kind}\nAdresse\n{address}\n")
    fiche, = read_fiches(text, "test.txt")
    return sorted((m.name, m.role) for m in fiche.actions[0].mentions)


def ardeche(sentence: str) -> list[tuple[str, str]]:
    return fiche_roles("Département de l’Ardèche", sentence, "Département", "2 quai Jean Moulin\n07000 Privas")


def laval(sentence: str) -> list[tuple[str, str]]:
    return fiche_roles("Ville de Laval", sentence, "Commune", "Place du 11 Novembre\n53000 Laval")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'association Trait d'Union 07 est financée non par le Département mais par la Région Auvergne-Rhône-Alpes.",
     [("Région Auvergne-Rhône-Alpes", "partenaire")]),
    ("Ce n'est pas le Département mais la Région qui finance l'association Trait d'Union 07.", []),
    ("Le Département oriente les travailleurs vers l'ESAT Les Ateliers du Chassezac, sans financer l'établissement.",
     []),
    ("Le Département oriente les travailleurs vers l'ESAT Les Ateliers du Chassezac, géré par l'association Les "
     "Amis de l'Atelier, sans que le Département finance directement l'établissement.",
     [("Les Amis de l'Atelier", "porteur")]),
])
def test_a_sentence_that_says_the_member_does_not_give_gives_nobody_its_support(sentence, expected):
    assert ardeche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # another collectivité denied: the member still gives
    ("La Ville soutient l'association Trait d'Union, et non la Région.", [("Trait d'Union", "soutenu")]),
    ("Ce n'est pas la Région mais la Ville qui finance l'association Trait d'Union.", [("Trait d'Union", "soutenu")]),
    ("La Ville soutient l'association Trait d'Union, et non la Région Occitanie.", [("Trait d'Union", "soutenu")]),
    ("Ce n'est pas la Ville mais la Région qui finance l'association Trait d'Union.", []),
])
def test_only_a_denial_of_the_member_s_own_kind_takes_its_support_away(sentence, expected):
    assert laval(sentence) == expected


def test_bodies_that_each_received_the_member_s_money_are_its_beneficiaries():
    assert laval("L'association Trait d'Union et l'association Les Jardins de Cocagne ont chacun reçu 25 000 € "
                 "de la Ville en 2023.") == [("Jardins de Cocagne", "soutenu"), ("Trait d'Union", "soutenu")]


@pytest.mark.parametrize("sentence", [
    "La Ville ne soutient plus l'association Mizik Kréyòl, dont le financement a été repris par la communauté "
    "d'agglomération Cap Excellence.",
    "Le financement de l'association Mizik Kréyòl est désormais assuré par la communauté d'agglomération "
    "Cap Excellence.",
])
def test_a_body_that_takes_over_the_funding_is_a_partner_not_a_carrier(sentence):
    assert ("Communauté d'agglomération Cap Excellence", "partenaire") in roles(sentence)
    assert ("Communauté d'agglomération Cap Excellence", "porteur") not in roles(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Ardèche Bois Énergie a été fondée en 2019 par la coopérative forestière CFBL.",
     [("Ardèche Bois Énergie", "porteur"), ("CFBL", "partenaire")]),
    # a place the association made runs by it; so does one it made and runs
    ("La recyclerie Le Grenier, créée par l'association Trait d'Union, accueille 300 familles.",
     [("Le Grenier", "porteur"), ("Trait d'Union", "porteur")]),
    ("L'épicerie Le Panier, créée et gérée par l'association Trait d'Union, accueille 300 familles.",
     [("Trait d'Union", "porteur")]),
])
def test_the_founder_of_a_body_is_its_partner_not_the_carrier(sentence, expected):
    assert roles(sentence) == expected


def test_a_collectivite_that_took_the_initiative_is_not_created():
    found = roles("Créée en 2018 à l'initiative de l'Agglomération et de la Ville de Rosporden, la légumerie "
                  "Cornouaille Saveurs approvisionne les cantines.")
    assert ("Ville de Rosporden", "cree") not in found
    assert ("Cornouaille Saveurs", "cree") in found


def test_who_creates_with_the_member_s_help_is_not_what_is_created():
    assert ("Solidarité Paysans", "cree") not in roles(
        "L'association Solidarité Paysans a créé l'épicerie Le Panier avec le soutien du Département.")


def test_the_foundation_of_a_call_for_projects_gives_and_the_winner_receives():
    assert roles("Le garage solidaire de la régie de quartier Rabelais Services, lauréat de l'appel à projets de la "
                 "Fondation Macif, reçoit 15 000 € de la Métropole.") == [
        ("Fondation Macif", "partenaire"), ("Rabelais Services", "soutenu")]


def test_the_buyer_of_the_member_s_shares_is_no_beneficiary():
    assert ("Terres d'Énergies Nouvelle-Aquitaine", "soutenu") not in roles(
        "La Région n'est plus sociétaire de la SCIC Enercoop Nouvelle-Aquitaine, dont elle a cédé les parts à la "
        "SEM Terres d'Énergies Nouvelle-Aquitaine.")


def test_breton_articles_are_inside_a_name():
    assert roles("L'Agglomération soutient l'association Kan ar Mor et l'association Skol an Emsav.") == [
        ("Kan ar Mor", "soutenu"), ("Skol an Emsav", "soutenu")]


def test_a_short_name_of_a_commune_of_the_member_s_departement_is_not_a_commune_elsewhere():
    # Vernoux is in the Ain; in the Ardèche, "Vernoux" is Vernoux-en-Vivarais
    text = ("Département de l’Ardèche\n\nExemples d’actions soutenues par la collectivité :\n\n"
            "• Le Département soutient les Jardins de Cocagne de Vernoux.\n\n"
            "Type de collectivité\nDépartement\nAdresse\n2 quai Jean Moulin\n07000 Privas\n")
    fiche, = read_fiches(text, "test.txt")
    assert [(m.name, m.place_code) for m in fiche.actions[0].mentions] == [("Jardins de Cocagne de Vernoux", None)]


@pytest.mark.parametrize(("sentence", "slug"), [
    ("La Mutualité sociale agricole Ardèche Drôme Loire cofinance le service de répit avec le Département.",
     "msa-ardeche-drome-loire"),  # the IRI of "la MSA Ardèche Drôme Loire" too
    ("Le Département travaille avec la Chambre régionale de l'économie sociale et solidaire Auvergne-Rhône-Alpes.",
     "cress-auvergne-rhone-alpes"),
    ("Le Département travaille avec la Chambre régionale de l'ESS.", "cress-auvergne-rhone-alpes"),
])
def test_a_local_fund_or_chamber_written_in_full_is_the_local_one(sentence, slug):
    text = ("Département de l’Ardèche\n\nExemples d’actions soutenues par la collectivité :\n\n"
            f"• {sentence}\n\nType de collectivité\nDépartement\nAdresse\n2 quai Jean Moulin\n07000 Privas\n")
    fiche, = read_fiches(text, "test.txt")
    assert [m.slug for m in fiche.actions[0].mentions] == [slug]


def test_an_agglomeration_named_after_its_city_without_its_kind_is_found():
    assert roles("La Ville soutient la SCOP Ouest Coop avec Quimper Bretagne Occidentale et Grand Poitiers.") == [
        ("Grand Poitiers", "partenaire"), ("Ouest Coop", "soutenu"), ("Quimper Bretagne Occidentale", "partenaire")]
    assert ("Grand Paris", "partenaire") not in roles("Avec Grand Paris Habitat, la Ville soutient la SCOP Ouest Coop.")


def test_commitment_authority_is_no_year_s_spending_beside_its_payment_credits():
    line = "Budget 2023 : 950 000 € en autorisations d'engagement et 400 000 € en crédits de paiement."
    assert budget_lines(line) == [("950000", 2023, None, None, "en autorisations d'engagement"),
                                  ("400000", 2023, None, None, None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Communauté de communes ne finance pas l'ADMR du Pays de Mauriac, qui relève du Département du Cantal.", []),
    ("La Ville soutient l'ESAT Les Ateliers, qui relève de l'ARS Occitanie.", [("Les Ateliers", "soutenu")]),
])
def test_the_authority_a_body_answers_to_takes_no_part_in_the_action(sentence, expected):
    assert roles(sentence) == expected


def test_an_agglomeration_s_city_brand_at_the_end_of_a_longer_name_is_no_body_of_its_own():
    assert ("Grand Paris", "partenaire") not in roles(
        "Grand-Orly Seine Bièvre, établissement public territorial de la Métropole du Grand Paris, soutient "
        "l'association Les Amis du Vélo.")


def test_an_amount_collected_nationwide_is_no_amount_of_the_member_s_action():
    assert find_amounts("Le Fonds Savoie Solidaire, doté de 1,5 Md€ d'encours d'épargne solidaire collectée au niveau "
                        "national par Finansol, prête aux entreprises.", HERE) == ()
    assert [str(a.euros) for a in find_amounts("Le réseau a reçu 20 000 € de la Ville.", HERE)] == ["20000"]
