"""Wrong facts found by the twenty-third round of outside audit (a breaker of the twenty-second
round's own rules) and left over from the rounds before. Each text is written for these tests in the
style of the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import ORG

from extraction_helpers import converted, mentions
from rtes_kg.parse.document import parse_text
from rtes_kg.vocab import CV, RTES

LAVAL_AGGLO = {"member": "Laval Agglomération", "kind": "Communauté d'agglomération",
               "address": "1 place du Général Ferrié\n53000 Laval"}


def roles_in(sentence: str, **member: str) -> list[tuple[str, str]]:
    """(name, role) of the organisations of one action, in Laval Agglomération's fiche by default."""
    return sorted({(name, role) for name, _, role in mentions(sentence, **(member or LAVAL_AGGLO))[0]})


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


# --- whose support: the member named later in the sentence ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La CAF et la MSA financent la SCIC Alpha, que l'Agglomération soutient également.",
    "La CAF et la MSA financent la SCIC Alpha, avec le soutien de l'Agglomération.",
    "La CAF finance la SCIC Alpha, subventionnée également par l'Agglomération.",
    "La CAF finance la SCIC Alpha, tout comme l'Agglomération.",
    "La CAF finance la SCIC Alpha ; l'Agglomération met à sa disposition un local.",
    "La CAF finance la SCIC Alpha, tout comme Laval Agglomération.",
])
def test_another_body_s_support_then_the_member_s_in_the_same_sentence(sentence):
    assert ("Alpha", "soutenu") in roles_in(sentence)
    assert ("CAF", "partenaire") in roles_in(sentence)


@pytest.mark.parametrize("sentence", [
    "La CAF et la MSA financent la SCIC Alpha, que la Région soutient également.",  # another collectivité after
    "La CAF finance la SCIC Alpha. Elle emploie 12 salariés.",  # the member in no sentence
    # the member named later, but giving nothing
    "La CAF finance la SCIC Alpha, qui anime des ateliers dans les écoles de l'Agglomération.",
    "La CAF finance la SCIC Alpha, qui travaille avec l'Agglomération sur le quartier.",
])
def test_another_body_s_support_alone_stays_theirs(sentence):
    assert ("Alpha", "soutenu") not in roles_in(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name in an incise has no verb of its own: the subject's passive is the subject's
    ("La SCIC Mor Glaz, cofondée par l'association Sauvegarde 56, est soutenue par la Ville.",  # (round 43:
     [("Mor Glaz", "porteur"), ("Sauvegarde 56", "partenaire"), ("Ville de Laval", "partenaire")]),  # Laval's)
    ("La SCIC Mor Glaz, cofondée par l'association Sauvegarde 56, est soutenue par l'Agglomération.",
     [("Mor Glaz", "soutenu"), ("Sauvegarde 56", "partenaire")]),
    ("La SCIC Mor Glaz, créée en 2015, est financée par la Région.", [("Mor Glaz", "porteur"),
                                                                      ("Région Pays de la Loire", "partenaire")]),
])
def test_a_passive_after_an_incise_is_the_subject_s(sentence, expected):
    assert roles_in(sentence) == expected


def test_a_pronoun_s_giver_then_the_member_with_its_own_amount():
    found = roles_in("La SCIC Alpha est soutenue par la CAF. La Ville de Laval lui verse 15 000 € et "
                     "l'Agglomération 25 000 €.")
    assert ("Alpha", "soutenu") in found and ("Ville de Laval", "partenaire") in found
    # without the member, the Ville's alone
    assert ("Alpha", "soutenu") not in roles_in("La SCIC Alpha est soutenue par la CAF. La Ville de Laval lui "
                                                "verse 15 000 €.")


# --- other collectivités in a commune's fiche -----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("L'État et la Région financent l'association Beta.", [("Région Pays de la Loire", "partenaire")]),
    ("La Région et l'État financent l'association Beta.", [("Région Pays de la Loire", "partenaire")]),
    ("L'État finance l'association Beta.", []),
    ("L'État et la Ville financent l'association Beta.", [("Beta", "soutenu")]),
    # an aside between the subject and its verb
    ("La Région, de son côté, soutient l'association Beta.", []),
    ("La Ville, de son côté, soutient l'association Beta.", [("Beta", "soutenu")]),
    # the agent of a passive, by its kind word
    ("L'association Beta est financée par la Région.", [("Beta", "porteur"),
                                                        ("Région Pays de la Loire", "partenaire")]),
    ("L'association Beta est financée par la Ville.", [("Beta", "soutenu")]),
    ("L'association Beta est financée par la Région et la Ville.", [("Beta", "soutenu"),
                                                                    ("Région Pays de la Loire", "partenaire")]),
    # an adjective of another kind
    ("L'association Beta bénéficie d'une subvention régionale.", []),
    ("L'association Beta a reçu une aide départementale de 5 000 €.", []),
    ("L'association Beta bénéficie d'un financement européen.", []),
    ("L'association Beta bénéficie d'une subvention municipale.", [("Beta", "soutenu")]),
    # another's, then the member's too
    ("L'association Beta bénéficie d'une subvention régionale et d'une aide de la Ville.", [("Beta", "soutenu")]),
    ("L'association Beta a reçu une subvention de la Région et une aide de la Ville.",
     [("Beta", "soutenu"), ("Région Pays de la Loire", "partenaire")]),
    ("L'association Beta reçoit des denrées de la Banque alimentaire et une subvention de la Ville.",
     [("Banque alimentaire", "partenaire"), ("Beta", "soutenu")]),
    ("La Ville verse une subvention municipale à l'association Beta.", [("Beta", "soutenu")]),
    # a PETR is a body of its own
    ("Le PETR du Pays de Laval soutient l'association Beta.", [("PETR du Pays de Laval", "partenaire")]),
    ("Le Pôle d'équilibre territorial et rural du Pays de Laval soutient l'association Beta.",
     [("Pôle d'équilibre territorial et rural du Pays de Laval", "partenaire")]),
    ("La Ville et le PETR du Pays de Laval soutiennent l'association Beta.",
     [("Beta", "soutenu"), ("PETR du Pays de Laval", "partenaire")]),
])
def test_other_collectivites_in_a_commune_s_fiche(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


def test_a_petr_is_published_as_a_collectivite_of_its_kind(tmp_path):
    text = ("Ville de Laval\n\nExemples d’actions soutenues par la collectivité :\n\n"
            "• Le PETR du Pays de Laval soutient l'association Beta.\n\n"
            "Type de collectivité\nCommune\nAdresse\nPlace du 11 novembre\n53000 Laval\n")
    graph = converted(tmp_path, text)
    partner, = graph.objects(None, RTES.partenaire)
    assert graph.value(partner, ORG.classification) == URIRef(
        "https://w3id.org/rtes/concept/type-collectivite/pays-petr")
    assert (partner, RDF.type, CV.PublicOrganisation) in graph


# --- former holders and names ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCOP Gamma a repris en 2020 l'activité de l'association Beta.", [("Gamma", "porteur")]),
    ("La SCOP Gamma a repris début 2021 les activités de l'association Beta et de la SCOP Delta, avec l'aide "
     "de France Active.", [("France Active", "partenaire"), ("Gamma", "porteur")]),
    ("La SCOP Menuiserie solidaire emploie 12 salariés.", [("Menuiserie solidaire", "porteur")]),
    ("La SCOP Alpha aussi emploie 12 salariés.", [("Alpha", "porteur")]),
    ("La ressourcerie de Villers-le-Lac, association créée en 2015, collecte 200 tonnes.",
     [("Ressourcerie de Villers-le-Lac", "porteur")]),
])
def test_former_holders_and_names(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a kind word opening a line is part of the name when its place's adjective or "du …" follows
    ("Ressourcerie Sénonaise (association d'insertion) : collecte de 300 tonnes par an.",
     [("Ressourcerie Sénonaise", "porteur")]),
    ("La Ville soutient la Recyclerie Dijonnaise.", [("Recyclerie Dijonnaise", "soutenu")]),
    ("Cantine du Pays Mornantais, SCIC créée en 2019, sert 800 repas par jour.",
     [("Cantine du Pays Mornantais", "porteur")]),
    ("Recyclerie du Pays de Laval, association d'insertion, collecte 300 tonnes.",
     [("Recyclerie du Pays de Laval", "porteur")]),
    # not an act opening the sentence, nor a kind then a name of its own
    ("Soutien à Tri Martolod, entreprise d'insertion.", [("Tri Martolod", "soutenu")]),
    ("Accompagnement de la Fabrique Solidaire, association d'insertion.", [("Fabrique Solidaire", "soutenu")]),
    ("Ressourcerie Trocantons : collecte de 300 tonnes.", [("Trocantons", "porteur")]),
    ("La Ville accompagne la SCOP SIAE Les Jardins, coopérative agréée ESUS.", [("Les Jardins", "soutenu")]),
])
def test_names_opening_a_line_with_their_kind(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- a label's list: bodies, not people nor projects ----------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("La SCIC Alpha réunit ses partenaires. Membres du comité de pilotage : Mme Claire Dupont, Sarah Mahdi, "
     "Lucas Bernard, Projet Horizon et Coop'Ouest.", [("Alpha", "porteur"), ("Coop'Ouest", "partenaire")]),
    ("Partenaires : Jean-Marc Leroy (CAF), Pôle Emploi, M. Paul Martin.",
     [("CAF", "partenaire"), ("France Travail", "partenaire")]),
    # bodies with no kind word are still read
    ("Lauréats 2023 : Coop'Ouest, Les Champs de Kergoat et Envie Anjou.",
     [("Coop'Ouest", "soutenu"), ("Envie Anjou", "soutenu"), ("Les Champs de Kergoat", "soutenu")]),
])
def test_a_label_s_list_of_people_and_projects(sentence, expected):
    assert in_a_commune_s_fiche(sentence) == expected


# --- budget: sections, tables -----------------------------------------------------------------------------------

def budget(text: str) -> list[tuple[str, int | None, str | None]]:
    fiche, = parse_text(f"Ville de Laval\n\nBudget consacré à l’ESS :\n{text}\n\nType de collectivité\nCommune\n",
                        "test.txt")
    return [(str(a.euros), a.year, a.section) for a in fiche.budget_amounts]


def test_a_heading_s_section_ends_at_a_blank_line_after_its_lines():
    assert budget("Investissement :\n- 200 000 €\n\nSubvention au réseau : 50 000 €") == [
        ("200000", None, "investissement"), ("50000", None, None)]
    # in a layout of blank lines, a blank line ends nothing
    assert budget("Investissement :\n\n- 200 000 €\n\n- 50 000 € pour le réseau") == [
        ("200000", None, "investissement"), ("50000", None, "investissement")]
    # nor between a heading and its own lines
    assert budget("Fonctionnement :\n- 200 000 €\nInvestissement :\n- 50 000 €") == [
        ("200000", None, "fonctionnement"), ("50000", None, "investissement")]


def test_a_table_s_total_column_and_row_are_no_lines():
    table = ("| Poste | 2022 | 2023 | Total |\n| Subventions | 100 000 € | 120 000 € | 220 000 € |\n"
             "| Animation | 20 000 € | 30 000 € | 50 000 € |\n| Total | 120 000 € | 150 000 € | 270 000 € |")
    assert budget(table) == [("100000", 2022, None), ("120000", 2023, None), ("20000", 2022, None),
                             ("30000", 2023, None)]


@pytest.mark.parametrize(("table", "expected"), [
    ("| Année | Montant |\n| 2022 | 100 000 € |\n| 2023 | 120 000 € |",
     [("100000", 2022, None), ("120000", 2023, None)]),
    ("2021 | 2022 | 2023\n300 000 € | 320 000 € | 350 000 €",
     [("300000", 2021, None), ("320000", 2022, None), ("350000", 2023, None)]),
    # a single row of amounts named a total, with no rows above it, stays
    ("| Total | 2023 |\n| Total | 150 000 € |", [("150000", 2023, None)]),
])
def test_tables_dated_by_their_header(table, expected):
    assert budget(table) == expected


# --- contacts ----------------------------------------------------------------------------------------------------

def contacts(block: str) -> list[tuple[str, str | None, str | None]]:
    fiche, = parse_text(f"Ville de Laval\n\n{block}\n\nType de collectivité\nCommune\n", "test.txt")
    return [(c.role, c.person, c.service) for c in fiche.contacts]


def test_a_post_still_to_fill_names_nobody():
    assert contacts("Contacts :\nÉlu référent : à désigner\nRéférent technique : Marie Durand, chargée de "
                    "mission ESS") == [("Élu référent", None, None), ("Référent technique", "Marie Durand", None)]
    assert contacts("Contacts :\nÉlu référent : (en cours de désignation)\nService : NC") == [
        ("Élu référent", None, None), ("Service", None, None)]


@pytest.mark.parametrize("heading", ["Référent(e)s technique(s) :", "Référent·es technique·s :",
                                     "Référents techniques :"])
def test_a_heading_of_contacts_in_inclusive_or_plural_writing(heading):
    assert [(person, role.casefold().startswith("référent")) for role, person, _ in contacts(
        f"{heading}\nMarie Durand, chargée de mission ESS\nPaul Martin, chef de projet")] == [
        ("Marie Durand", True), ("Paul Martin", True)]


GERS = {"member": "Département du Gers", "kind": "Département", "address": "81 route de Pessan\n32000 Auch"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Conseil régional", "Conseil départemental": kind words, the member's or another's
    ("Le Conseil régional finance la SCIC Alpha.", [("Région Occitanie", "partenaire")]),
    ("Le Conseil départemental finance la SCIC Alpha.", [("Alpha", "soutenu")]),
    ("La SCIC Alpha est financée par le Conseil régional.", [("Alpha", "porteur"), ("Région Occitanie", "partenaire")]),
    ("La SCIC Alpha est financée par le Conseil départemental.", [("Alpha", "soutenu")]),
    ("La SCIC Alpha est soutenue par le Conseil départemental et la CAF.",
     [("Alpha", "soutenu"), ("CAF", "partenaire")]),
    ("Le Conseil régional et le Conseil départemental financent la SCIC Alpha.", [("Alpha", "soutenu"),
                                                                                  ("Région Occitanie", "partenaire")]),
    ("La SCIC Alpha bénéficie d'une aide départementale de 20 000 €.", [("Alpha", "soutenu")]),
    ("La SCIC Alpha bénéficie d'une aide régionale de 20 000 €.", []),
    ("La Région Occitanie finance la SCIC Alpha, tout comme le Département.",
     [("Alpha", "soutenu"), ("Région Occitanie", "partenaire")]),
])
def test_councils_by_their_adjective_in_a_departement_s_fiche(sentence, expected):
    assert roles_in(sentence, **GERS) == expected


FIGEAC = {"member": "PETR du Pays de Figeac", "kind": "PETR", "address": "Place Vival\n46100 Figeac"}


def test_the_petr_by_its_kind_word():
    assert roles_in("Le PETR soutient l'association Beta.", **FIGEAC) == [("Beta", "soutenu")]
    assert roles_in("La Région soutient l'association Beta.", **FIGEAC) == [("Région Occitanie", "partenaire")]
    assert in_a_commune_s_fiche("Le PETR soutient l'association Beta.") == []
    assert in_a_commune_s_fiche("Le PETR et la Ville soutiennent l'association Beta.") == [("Beta", "soutenu")]
