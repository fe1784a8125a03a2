"""Shares in a company's capital are the holder's stake, no figure of the action: their count is left
out; the value of one share stays an amount per share, what the holder put in an amount, and a
count of members or of actions a figure. Each text is written for these tests in the style of
the fiches, not taken from any of them."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from extraction_helpers import HERE, amounts, converted
from rtes_kg.extract.figures import find_quantities

RTES = "https://w3id.org/rtes/ontology#"


def figures(text: str) -> list[tuple[str, str]]:
    return [(str(q.value), q.unit_text) for q in find_quantities(text, HERE)]


@pytest.mark.parametrize("text", [
    "La coopérative fournit l'électricité des écoles ; la Communauté a souscrit 500 parts sociales.",
    "La SCIC alimente la chaufferie ; la Ville est entrée au capital en 2020 avec 50 parts sociales.",
    "La SCIC alimente la chaufferie ; la Ville est entrée au capital en 2020 avec 50 parts.",
    "La Ville détient 120 parts de capital de la SCIC.",
])
def test_a_count_of_shares_is_no_figure_of_the_action(text):
    assert figures(text) == []


def test_the_value_of_one_share_stays_an_amount_per_share_and_what_was_put_in_an_amount():
    assert [(euros, per) for euros, per, _ in amounts("La Communauté a souscrit 500 parts sociales de 100 €.")] \
        == [("100", "part")]
    assert [euros for euros, *_ in amounts("La Ville a pris 20 000 € de parts dans la SCIC.")] == ["20000"]


@pytest.mark.parametrize(("text", "expected"), [
    ("L'association compte 40 sociétaires et a réparé 800 vélos en 2023.", [("40", "sociétaires"), ("800", "vélos")]),
    ("La Ville a mené 12 actions de sensibilisation au réemploi.", [("12", "actions de sensibilisation")]),
    ("Le magasin réserve 3 parts de marché aux producteurs locaux.", [("3", "parts de marché")]),
])
def test_counts_of_members_of_actions_and_other_parts_stay_figures(text, expected):
    assert figures(text) == expected


FICHE = """Ville de Mayenne

Type de collectivité : Commune
Nombre d'habitants : 13 000
Adresse : Place de l'Hôtel de Ville, 53100 Mayenne

Exemples d'actions ESS soutenues

Coopérative énergie
La coopérative Enercoop Mayenne fournit l'électricité des écoles ; la Ville a souscrit 500 parts sociales de 100 €.
"""


def test_a_fiche_s_shares_publish_the_holding_not_a_figure(tmp_path):
    graph = converted(tmp_path, FICHE)
    assert not list(graph.objects(None, URIRef(RTES + "chiffre")))
    assert [str(o).rsplit("/", 1)[1] for o in graph.objects(None, URIRef(RTES + "participationCapital"))] == \
        ["enercoop-mayenne"]
