"""Wrong and lost facts of the thirty-sixth round: the bodies a parenthesis gives after "projets ESS"
("l'émergence de projets ESS (incubateur X, CAE Y)") read as the acronym's expansion, and so as
bodies the member helped create; a paragraph under a heading the parser does not know, right below
the budget in a single-newline layout, read as part of the budget (its amount a budget line); and
the member's policy under a heading of one word ("Stratégie"), lost into the budget above it; and
the collectivités a company brings together ("une SCIC réunissant la Ville, …") read as a company
named "Ville", which carried the action; and the bodies a count of structures lists without a kind
word ("14 structures, dont Alpha Bois, Beta Vélo et Gamma Répar"), lost; and "le CCAS de la Ville"
read as a chapter named after a place "Ville", one IRI for the CCAS of every fiche that says so;
and a member whose title says its département ("Ville de Saint-Denis (974)", "Ville de Valence
(Drôme)") left without its commune when the fiche has no postcode; and the member's money said by
its kind word alone ("Avec 20 000 € de la Ville, la ressourcerie X a ouvert…"), lost; the member's
"Appui aux ressourceries du territoire (A, B)" read as the two carrying the action; and "1 M€ par
an environ", published as exact; and the support of a body no finder knows ("avec le soutien de BNP
Paribas", "de l'État") taken for the member's; and the structures counted by the acronym of their
kind ("finance 42 SIAE, dont 18 ateliers et chantiers d'insertion"), lost; and a body that an
apposition calls a partner ("L'entreprise Veolia, partenaire du projet, met à disposition…") read as
the carrier, as was the association the member is "adhérente de"; and an event listed among bodies
("Lauréats : Festival Zéro Déchet, …") published as an organisation; and shares the member does
not hold published as its own: people's ("Les habitants sont sociétaires de la SCIC X"), another
collectivité's ("La Région est actionnaire de la SEM X" in a commune's fiche), and those it sold
("La Ville est sortie du capital de la SCIC X"); and the bodies that a count of a kind in an acronym
lists ("Soutien aux 5 CAE régionales, dont Grands Ensemble et Baticréateurs"; "aux 2 SCIC A et B" read
as one name), lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import mentions
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.figures import find_quantities
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.records import Source
from rtes_kg.territory.resolve import resolve


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à l'émergence de projets ESS (incubateur Ronalpia, CAE Cap Services).",
     [("Cap Services", "soutenu"), ("Ronalpia", "soutenu")]),
    ("Soutien à l'émergence de projets ESS (l'incubateur Ronalpia, la CAE Cap Services).",
     [("Cap Services", "soutenu"), ("Ronalpia", "soutenu")]),
    # an acronym's expansion is still read as the acronym
    ("La Ville finance l'ATIS (Association territoriale pour l'insertion sociale).",
     [("Association territoriale pour l'insertion sociale", "soutenu")]),
    ("La Ville a soutenu la création de la couveuse Cap Services.", [("Cap Services", "cree")]),
])
def test_the_bodies_a_parenthesis_gives_after_an_acronym_are_no_expansion_of_it(sentence: str,
                                                                                   expected: list) -> None:
    assert in_the_fiche(sentence) == expected


HEAD = "Ville de Testville\nType : Commune\nPopulation : 45 000 habitants\n"


def test_a_paragraph_under_an_unknown_heading_below_the_budget_is_not_the_budget() -> None:
    fiche, = read_fiches(HEAD + "Budget ESS\n500 000 € en 2024\nCoopérations territoriales\n"
                                "La Ville participe au PTCE Le Grand Atelier, doté de 80 000 €.\n"
                                "Exemples d'actions\n- Soutien à la ressourcerie La Boucle.\n", "f.txt")
    assert [(line.euros, line.year) for line in fiche.budget_amounts] == [(500000, 2024)]
    assert fiche.budget is not None and fiche.budget.text == "500 000 € en 2024"
    assert [section.text for section in fiche.other_sections] == [
        "Coopérations territoriales\nLa Ville participe au PTCE Le Grand Atelier, doté de 80 000 €."]


@pytest.mark.parametrize("budget", [
    # the budget's own parts, under their heading words, or an amount on the line below
    "Budget ESS\n500 000 € en 2024\nFonctionnement\nLa Ville consacre 300 000 € aux associations de l'ESS.",
    "Budget ESS\n500 000 € en 2024\nÉconomie circulaire\n50 000 €",
])
def test_a_part_of_the_budget_under_its_own_words_stays_in_the_budget(budget: str) -> None:
    fiche, = read_fiches(HEAD + budget + "\n", "f.txt")
    assert len(fiche.budget_amounts) == 2 and not fiche.other_sections


@pytest.mark.parametrize("heading", ["Stratégie", "Notre stratégie", "Politique", "Orientations",
                                     "Axes stratégiques", "Stratégie départementale"])
def test_a_policy_heading_of_a_word_or_two_opens_the_programme(heading: str) -> None:
    fiche, = read_fiches(HEAD + f"Budget ESS\n3 M€ en 2024\n{heading}\nLe Département a lancé en 2021 sa "
                                "feuille de route « Gironde solidaire », autour de trois axes.\n", "f.txt")
    assert fiche.budget is not None and fiche.budget.text == "3 M€ en 2024"
    assert fiche.programme is not None and fiche.programme.text.startswith("Le Département a lancé en 2021")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lancement d'une SCIC réunissant la Ville, la chambre d'agriculture et 15 producteurs locaux.",
     [("chambre d'agriculture", "partenaire")]),
    ("Création d'une SCIC associant la Ville, la Communauté de communes et des habitants.", []),
    ("Création d'une coopérative regroupant la Ville de Laval, Laval Agglomération et des habitants.",
     [("Laval Agglomération", "partenaire")]),
    ("Création de la SCIC la Ville.", []),
    # a name after an adjective and its own article stays a name
    ("Soutien à la monnaie locale la Gonette.", [("Gonette", "soutenu")]),
    ("L'association Région Solidaire anime le lieu.", [("Région Solidaire", "porteur")]),
])
def test_the_collectivites_a_company_brings_together_are_no_company_of_theirs(sentence: str,
                                                                                expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville soutient 14 structures, dont Alpha Bois, Beta Vélo et Gamma Répar.",
     [("Alpha Bois", "soutenu"), ("Beta Vélo", "soutenu"), ("Gamma Répar", "soutenu")]),
    ("La Ville soutient 14 structures dont Alpha Bois et Beta Vélo.",
     [("Alpha Bois", "soutenu"), ("Beta Vélo", "soutenu")]),
    ("14 lieux soutenus, dont La Bascule et Le Phare.", [("La Bascule", "soutenu"), ("Le Phare", "soutenu")]),
    # no body's name: a count, communes, a collectivité
    ("12 structures accompagnées, dont 3 en Mayenne.", []),
    ("Une dizaine de lieux, dont Saint-Brieuc et Lannion.", []),
    ("La Ville soutient 14 structures, dont la Ville de Laval.", []),
])
def test_the_bodies_a_count_of_structures_lists_after_dont(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le CCAS de la Ville gère l'épicerie.", [("CCAS", "ccas-ville-de-laval")]),
    ("La Mission locale de l'Agglomération accompagne les jeunes.",
     [("Mission locale", "mission-locale-ville-de-laval")]),
    ("La CAF du Département finance l'épicerie.", [("CAF", "caf-ville-de-laval")]),
    # a place, or a collectivité named in full, names the chapter
    ("Le CCAS de Saint-Malo gère l'épicerie.", [("CCAS de Saint-Malo", "ccas-de-saint-malo")]),
    ("Le CCAS de la Ville de Rennes gère l'épicerie.", [("CCAS de la Ville de Rennes", "ccas-de-la-ville-de-rennes")]),
])
def test_a_chapter_of_the_ville_alone_is_the_members_own(sentence: str, expected: list) -> None:
    assert sorted({(name, slug) for name, slug, _ in mentions(sentence)[0]}) == expected


@pytest.mark.parametrize(("title", "code"), [
    ("Ville de Saint-Denis (974)", "97411"), ("Ville de Saint-Denis (93)", "93066"),
    ("Ville de Saint-Denis (La Réunion)", "97411"), ("Ville de Saint-Denis (Seine-Saint-Denis)", "93066"),
    ("Ville de Valence (Drôme)", "26362"),
    ("Ville de Saint-Denis", None), ("Ville de Saint-Denis (99)", None),  # several, and no département 99
])
def test_the_departement_a_title_names_tells_which_commune(title: str, code: str | None) -> None:
    fiche, = read_fiches(f"{title}\n\nType : Commune\n\nExemples d’actions\n- Soutien à la ressourcerie "
                         "La Boucle.\n", "f.txt")
    governs = resolve(fiche, "commune").governs
    assert (governs.code if governs is not None else None) == code


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Avec 20 000 € de la Ville, la ressourcerie Récup'R a ouvert une boutique.", [("Récup'R", "soutenu")]),
    ("Avec 20 000 € de la Ville et 35 000 € de la Métropole de Lyon, la ressourcerie Récup'R a ouvert une "
     "boutique.", [("Métropole de Lyon", "partenaire"), ("Récup'R", "soutenu")]),
    # another collectivité's money: the Région's in a commune's fiche, or a Ville named
    ("Avec 20 000 € de la Région, la ressourcerie Récup'R a ouvert une boutique.",
     [("Récup'R", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    ("Avec 20 000 € de la Ville de Rennes, la ressourcerie Récup'R a ouvert une boutique.",
     [("Récup'R", "porteur"), ("Ville de Rennes", "partenaire")]),
])
def test_the_members_money_said_by_its_kind_word_is_its_support(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


def test_the_members_appui_is_its_support() -> None:
    assert in_the_fiche("Appui aux ressourceries du territoire (Ressourcerie Dunkerquoise, La Pioche).") == [
        ("La Pioche", "soutenu"), ("Ressourcerie Dunkerquoise", "soutenu")]
    # another's appui, or the member leaning on a body
    assert in_the_fiche("Avec l'appui de la Région, la ressourcerie La Pioche a ouvert une boutique.") == [
        ("La Pioche", "porteur"), ("Région Pays de la Loire", "partenaire")]  # the member's région (round 41)
    assert in_the_fiche("La Ville s'appuie sur la ressourcerie La Pioche pour la collecte.") == [
        ("La Pioche", "porteur")]


@pytest.mark.parametrize(("budget", "expected"), [
    ("1 M€ par an environ", "environ"), ("1 M€ environ.", "environ"), ("1 M€ environ en 2023", "environ"),
    ("500 000 €, environ 3 % du budget", None),  # "environ" of the next figure
    ("500 000 € environ 3 % du budget", None),
])
def test_environ_after_an_amount_qualifies_it(budget: str, expected: str | None) -> None:
    fiche, = read_fiches(HEAD + f"Budget ESS\n{budget}\n", "f.txt")
    assert [line.qualifier for line in fiche.budget_amounts] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # (FACE Seine-Saint-Denis carries, found since round 37; BNP Paribas' support is still none of the member's)
    ("L'incubateur Envol'ESS est porté par FACE Seine-Saint-Denis avec le soutien de BNP Paribas.",
     [("FACE Seine-Saint-Denis", "porteur")]),
    ("Avec le soutien de l'État, la ressourcerie La Pioche a ouvert.", [("La Pioche", "porteur")]),
    # (round 45: after the member's help that opens the sentence, its subject's work is its own: a carrier too)
    ("Avec le soutien de la Ville, la ressourcerie La Pioche a ouvert.",
     [("La Pioche", "porteur"), ("La Pioche", "soutenu")]),
])
def test_the_support_of_a_body_no_finder_knows_is_not_the_members(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


def test_the_support_of_one_capitalised_word_may_be_the_members_acronym() -> None:
    assert mentions("Avec le soutien de SBAA, l'association Alpha Bois a ouvert un atelier.",
                    member="Saint-Brieuc Armor Agglomération", kind="Communauté d'agglomération",
                    address="3 place de la Résistance\n22000 Saint-Brieuc") == [
        [("Alpha Bois", "alpha-bois", "porteur"), ("Alpha Bois", "alpha-bois", "soutenu")]]  # (round 45: its work too)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le Département finance 42 SIAE, dont 18 ateliers et chantiers d'insertion.",
     [("42", "SIAE"), ("18", "ateliers")]),
    ("Accompagnement de 6 SCOP et 4 SCIC.", [("6", "SCOP"), ("4", "SCIC")]),
    ("Le soutien aux pôles territoriaux de coopération économique, avec 11 PTCE actifs.", [("11", "PTCE")]),
    ("En 2022, SCOP et SCIC ont créé 30 emplois.", [("30", "emplois")]),  # no count before the kinds
])
def test_the_structures_counted_by_the_acronym_of_their_kind(sentence: str, expected: list) -> None:
    assert [(str(q.value), q.unit_text) for q in find_quantities(sentence, Source("f.txt", 1))] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'entreprise Veolia, partenaire du projet, met à disposition un camion.", [("Veolia", "partenaire")]),
    ("L'association Alpha Bois, partenaire historique de la Ville, anime les ateliers.",
     [("Alpha Bois", "partenaire")]),
    # another body's partner: its verb tells its role
    ("L'association Alpha Bois, partenaire de la Fondation Macif, anime les ateliers.",
     [("Alpha Bois", "porteur"), ("Fondation Macif", "partenaire")]),
])
def test_a_body_an_apposition_calls_a_partner_is_one(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville est adhérente de l'association Villes Internet et du réseau Alpha Bois.",
     [("Alpha Bois", "partenaire"), ("Villes Internet", "partenaire")]),
    ("La Ville est adhérente du Réseau Alpha Bois.", [("Réseau Alpha Bois", "partenaire")]),
    ("Les adhérents de l'association Alpha Bois réparent des vélos.", [("Alpha Bois", "porteur")]),
])
def test_the_association_the_member_adheres_to_is_a_partner(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("8 lauréats, dont Projet Horizon et Festival Zéro Déchet.", []),
    ("Lauréats : Festival Zéro Déchet, Alpha Bois.", [("Alpha Bois", "soutenu")]),
    ("Partenaires : Mois de l'ESS, Alpha Bois.", [("Alpha Bois", "partenaire")]),
])
def test_an_event_listed_among_bodies_is_no_body(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les habitants sont sociétaires de la SCIC Alpha Bois.", [("Alpha Bois", "porteur")]),
    ("La Région est actionnaire de la SEM Énergies Locales.", [("Région Pays de la Loire", "partenaire"),
                                                               ("Énergies Locales", "partenaire")]),
    ("La Ville est sortie du capital de la SCIC Alpha Bois en 2021.", []),
    ("La Ville s'est retirée du capital de la SEM Énergies Locales.", []),
    # the member's own shares
    ("La Ville est sociétaire de la SCIC Alpha Bois depuis 2019.", [("Alpha Bois", "actionnaire")]),
    ("La Ville et la Région sont sociétaires de la SCIC Alpha Bois.", [("Alpha Bois", "actionnaire"),
                                                                       ("Région Pays de la Loire", "partenaire")]),
    ("La Ville est entrée au capital de la SCIC Alpha Bois en 2021.", [("Alpha Bois", "actionnaire")]),
])
def test_shares_the_member_does_not_hold_are_not_its_own(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien aux 5 CAE régionales, dont Grands Ensemble et Baticréateurs.",
     [("Baticréateurs", "soutenu"), ("Grands Ensemble", "soutenu")]),
    ("Soutien aux 2 SCIC Alpha Bois et Beta Vélo.", [("Alpha Bois", "soutenu"), ("Beta Vélo", "soutenu")]),
    ("La Région fédère 9 ressourceries du territoire, dont La Trouvaille et Le Grenier.",
     [("La Trouvaille", "partenaire"), ("Le Grenier", "partenaire"), ("Région Pays de la Loire", "partenaire")]),
    # a year is no count; one name after the acronym in the singular
    ("En 2019 SCIC Alpha Bois a ouvert.", [("Alpha Bois", "porteur")]),
    ("La Ville soutient les SCIC Bois Vivant.", [("Bois Vivant", "soutenu")]),
])
def test_the_bodies_a_count_of_a_kind_lists(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected
