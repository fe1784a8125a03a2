"""Wrong and lost facts of the thirty-fifth round: the structures a plural kind lists in a
parenthesis ("les ressourceries du territoire (A, B et C)"), of which only the last was kept; an
item of a list of kinds read as a name ("(ACI, AI, EI et ETTI)"); a body the member works through
("via Unis-Cité") read as supported; the winner of a prize read as a partner; the company whose
shares the member subscribed ("a souscrit 50 parts de la SCIC X") read as the carrier; a support
that ended ("a pris fin en 2021") and an amount another body gave ("La Région a attribué 30 000 € à
X") published as the member's; two names joined by "et" read as one ("la SCOP Les Toits Verts et
Ressourcerie du Canal"); and a contact under "Élu référent", the amounts of a budget table under
"Montant (€)" and a founding said after the name ("X, dont la Ville est membre fondateur"), lost.
Each text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest

from extraction_helpers import budget_lines
from extraction_helpers import roles_in_a_fiche as in_the_fiche
from rtes_kg.extract.findings import read_fiches
from rtes_kg.parse.naming import fold


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien aux ressourceries du territoire (La Collecterie, Approche et Emmaüs Défi).",
     [("Approche", "soutenu"), ("Emmaüs Défi", "soutenu"), ("La Collecterie", "soutenu")]),
    ("Trois ressourceries (La Collecterie, Approche, La Ressourcerie 2 Mains) emploient 45 salariés en insertion.",
     [("Approche", "porteur"), ("La Collecterie", "porteur"), ("La Ressourcerie 2 Mains", "porteur")]),
    ("La Ville finance les associations de quartier (Alpha Solidaire, Les Amis de Beta) à hauteur de 20 000 €.",
     [("Alpha Solidaire", "soutenu"), ("Les Amis de Beta", "soutenu")]),
])
def test_the_structures_a_plural_kind_lists_in_a_parenthesis(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Soutien aux chantiers d'insertion (Paris, Lyon et Marseille).",  # where they are
    "Soutien aux chantiers d'insertion (Bretagne, Normandie).",
    "12 % des achats de la Ville sont réalisés auprès de structures d'insertion (ESAT, EA, SIAE).",  # kinds
    "Soutien aux structures de l'insertion par l'activité économique (ACI, AI, EI et ETTI).",
    "Soutien aux associations (dont Alpha et Beta).",  # not a list of its own
    "Soutien aux SCOP locales (Alpha, Beta, etc.).",  # what the list does not name may be anything
])
def test_a_parenthesis_that_lists_places_or_not_all_is_no_list_of_names(sentence: str) -> None:
    assert in_the_fiche(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Accueil de 3 volontaires en service civique via Unis-Cité.", [("Unis-Cité", "partenaire")]),
    ("Accompagnement des porteurs de projet via France Active.", [("France Active", "partenaire")]),
    ("La Ville finance l'association Alpha Solidaire via le Fonds de dotation Beta.",
     [("Alpha Solidaire", "soutenu"), ("Fonds de dotation Beta", "partenaire")]),
])
def test_a_body_the_member_works_through_is_a_partner_not_supported(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Prix de l'innovation sociale remis à l'entreprise adaptée ANRH.", [("ANRH", "soutenu")]),
    ("Trophée de l'ESS attribué à la SCOP Gamma Delta.", [("Gamma Delta", "soutenu")]),
    ("Remise du prix ESS à l'association Alpha Beta.", [("Alpha Beta", "soutenu")]),
    # who gives it stays a partner
    ("L'association Alpha Beta, lauréate du prix de l'innovation sociale de la Macif.",
     [("Alpha Beta", "porteur"), ("Macif", "partenaire")]),
])
def test_the_winner_of_a_prize_is_supported_and_its_giver_a_partner(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Ville a souscrit 50 parts de la SCIC Gamma Delta.", [("Gamma Delta", "actionnaire")]),
    ("Souscription de 50 parts de la SCIC Gamma Delta.", [("Gamma Delta", "actionnaire")]),
    # another body's shares, or no shares at all
    ("La Caisse des Dépôts a souscrit 50 parts de la SCIC Gamma Delta.",
     [("Caisse des Dépôts", "partenaire"), ("Gamma Delta", "porteur")]),
    ("Souscription de 50 parts de la SCIC Gamma Delta par la Caisse des Dépôts.",
     [("Caisse des Dépôts", "porteur"), ("Gamma Delta", "porteur")]),
    ("Les salariés détiennent 60 % des parts de la SCOP Gamma Delta.", [("Gamma Delta", "porteur")]),
])
def test_the_shares_the_member_subscribed_in_the_company_named_after_them(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Le soutien à l'association Alpha Beta a pris fin en 2021.", []),
    ("La Ville a cessé de financer l'association Alpha Beta en 2019.", []),
    ("La convention avec la SCOP Gamma Delta a pris fin en 2020 ; depuis, la Ville soutient l'association "
     "Alpha Beta.", [("Alpha Beta", "soutenu")]),
    # a support that goes on, and a structure that ended (no support said to end)
    ("Le dispositif, financé avec l'association Alpha Beta, prendra fin en 2026.", [("Alpha Beta", "partenaire")]),
    ("L'association Alpha Beta a pris fin en 2021.", [("Alpha Beta", "porteur")]),
])
def test_a_support_or_an_agreement_that_ended_is_not_published_as_the_members(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize("heading", ["Élu référent", "Élue référente", "Élu·e référent·e", "Élu(e) référent(e)",
                                     "Référente ESS", "Référent technique"])
def test_a_heading_that_names_one_referent_opens_the_contacts(heading: str) -> None:
    fiche, = read_fiches(f"Département du Puy-de-Dôme\n\nType de collectivité\nDépartement\n\n{heading}\n"
                         "Mme Anne-Marie Picard, vice-présidente chargée de l'ESS\n\n"
                         "Adresse\n24 rue Saint-Esprit\n63033 Clermont-Ferrand\n", "f.txt")
    assert [(contact.person, contact.titles) for contact in fiche.contacts] == [
        ("Anne-Marie Picard", ("vice-présidente chargée de l'ESS",))]
    assert fold(fiche.contacts[0].role).startswith(("elu", "referent"))
    assert not [found for found in fiche.issues if found.type in {"section-inconnue", "ligne-ignoree"}]


@pytest.mark.parametrize(("table", "expected"), [
    ("Poste | Montant (€)\nSubventions aux associations | 120 000\nIAE | 80 000\nTotal | 200 000",
     [("120000", None), ("80000", None)]),  # (the total adds up the rows: no line of its own)
    ("| Poste | Montant en K€ |\n| Subventions | 120 |\n| IAE | 80 |", [("120000", None), ("80000", None)]),
    ("| Poste | Montant (M€) |\n| IAE | 1,5 |", [("1500000", None)]),
    ("| Année | Montant (€) |\n| 2022 | 150 000 |\n| 2023 | 180 000 |", [("150000", 2022), ("180000", 2023)]),
    ("| Année | Nombre de projets |\n| 2022 | 15 |", []),  # no unit: no amount
])
def test_the_amounts_of_a_budget_table_whose_header_gives_their_unit(table: str, expected: list) -> None:
    assert [(euros, year) for euros, year, *_ in budget_lines(table) if euros is not None] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("La Région a attribué 30 000 € à l'association Alpha Beta.", [("Région Pays de la Loire", "partenaire")]),
    ("L'État a accordé 30 000 € à l'association Alpha Beta.", []),
    ("La CAF a accordé 30 000 € à l'association Alpha Beta.", [("CAF", "partenaire")]),
    # the member's own gift, or the member's beside another's
    ("La Ville a attribué 30 000 € à l'association Alpha Beta.", [("Alpha Beta", "soutenu")]),
    ("La Région a attribué 30 000 € à l'association Alpha Beta, et la Ville 10 000 €.",
     [("Alpha Beta", "soutenu"), ("Région Pays de la Loire", "partenaire")]),
])
def test_an_amount_another_body_gives_is_not_the_members_support(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Soutien à la SCOP Les Toits Verts et Ressourcerie du Canal.",
     [("Les Toits Verts", "soutenu"), ("Ressourcerie du Canal", "soutenu")]),
    # one name
    ("Soutien à l'association Jardins et Épicerie Solidaire.", [("Jardins et Épicerie Solidaire", "soutenu")]),
    ("L'association Bois et Forêts anime le site.", [("Bois et Forêts", "porteur")]),
])
def test_et_between_a_name_and_a_kind_with_its_complement_joins_two_names(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # (its own work after it, as in "X, créée en 2022, emploie 35 salariés. La Ville a participé à sa
    # création" of round 22: the creation alone)
    ("Le PTCE Gamma Delta, dont la Ville est membre fondateur, fédère 30 structures.", [("Gamma Delta", "cree")]),
    ("La SCIC Gamma Delta, dont la Ville est l'un des membres fondateurs, emploie 12 salariés.",
     [("Gamma Delta", "cree")]),
    # another founder, or a member that founded nothing
    ("La SCIC Gamma Delta, dont la Région est membre fondateur, emploie 12 salariés.",
     [("Gamma Delta", "porteur"), ("Région Pays de la Loire", "partenaire")]),
    # (round 40: a member of a cooperative holds its shares)
    ("La SCIC Gamma Delta, dont la Ville est membre, emploie 12 salariés.",
     [("Gamma Delta", "actionnaire"), ("Gamma Delta", "porteur")]),
])
def test_a_body_the_member_founded_said_after_its_name(sentence: str, expected: list) -> None:
    assert in_the_fiche(sentence) == expected
