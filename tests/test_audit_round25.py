"""Wrong facts of whose support left over from the twenty-third round: another collectivité's gift
told in the passive, what a structure obtains, and collectivités named by a plural kind word. Each
text is written for these tests in the style of the fiches, not taken from any of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction_helpers import converted, mentions
from rtes_kg.vocab import RTES

DEPARTEMENT = {"member": "Département de la Mayenne", "kind": "Département",
               "address": "39 rue Mazagran\n53000 Laval"}


def in_a_commune_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence)[0]})  # (Ville de Laval, a commune)


def in_a_departement_s_fiche(sentence: str) -> list[tuple[str, str]]:
    return sorted({(name, role) for name, _, role in mentions(sentence, **DEPARTEMENT)[0]})


# --- another collectivité's gift, in the passive ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Une subvention régionale de 10 000 € a été accordée à l'association Les Amis.",
    "Une aide de la Région a été versée à l’association Les Amis.",
    "Une aide du Conseil régional a été versée à l'association Les Amis pour son local.",
    "Une aide européenne a été attribuée à l'association Les Amis.",
    "Une subvention de la Ville a été accordée à la SCOP Beta et une aide régionale à l'association Les Amis.",
])
def test_another_collectivite_s_gift_is_no_support_of_the_member(sentence):
    assert ("Les Amis", "soutenu") not in in_a_commune_s_fiche(sentence)


def test_a_named_giver_of_a_gift_is_a_partner_and_the_receiver_not_the_member_s():
    found = in_a_commune_s_fiche("Une subvention de la Région Bretagne a été accordée à l'association Les Amis.")
    assert ("Région Bretagne", "partenaire") in found
    assert ("Les Amis", "soutenu") not in found


@pytest.mark.parametrize("sentence", [
    "Une subvention municipale a été accordée à l'association Les Amis.",
    "Une subvention de la Ville a été accordée à l'association Les Amis.",
    "Une subvention de 10 000 € a été accordée à l'association Les Amis.",  # (in the member's list of actions)
    "La Ville apporte son soutien à l'association Les Amis.",
])
def test_the_member_s_gift_stays_its_support(sentence):
    assert in_a_commune_s_fiche(sentence) == [("Les Amis", "soutenu")]


def test_the_departement_s_own_gift_in_its_fiche():
    assert in_a_departement_s_fiche("Une subvention départementale a été accordée à l'association Les Amis.") \
        == [("Les Amis", "soutenu")]
    assert ("Les Amis", "soutenu") not in in_a_departement_s_fiche(
        "Une subvention régionale a été accordée à l'association Les Amis.")


# --- what a structure obtains or receives ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "L'association Les Amis a obtenu une aide régionale de 5 000 €.",
    "L'association Les Amis a obtenu une subvention de la Région.",
])
def test_what_a_structure_obtains_from_another_collectivite_is_not_the_member_s(sentence):
    assert ("Les Amis", "soutenu") not in in_a_commune_s_fiche(sentence)


def test_what_a_structure_obtains_from_the_member_is_its_support():
    assert in_a_commune_s_fiche("L'association Les Amis a obtenu une subvention de la Ville.") \
        == [("Les Amis", "soutenu")]


# --- collectivités named by a plural kind word -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Les communes du territoire soutiennent l'association Les Amis.",
    "Plusieurs communes financent la recyclerie Les Amis.",
    "Les communes et la Région soutiennent l'association Les Amis.",
])
def test_communes_are_other_bodies_than_a_departement(sentence):
    assert ("Les Amis", "soutenu") not in in_a_departement_s_fiche(sentence)


@pytest.mark.parametrize("sentence", [
    "Le Département et les communes soutiennent l'association Les Amis.",
    "Les communes et le Département soutiennent l'association Les Amis.",
    "Les communes voisines, avec le Département, financent l'association Les Amis.",
])
def test_the_member_among_them_still_supports(sentence):
    assert ("Les Amis", "soutenu") in in_a_departement_s_fiche(sentence)


# --- the member under another intercommunal kind ------------------------------------------------------------

LE_MANS = {"member": "Le Mans Métropole", "kind": "Métropole", "address": "Hôtel de Ville\n72000 Le Mans"}


def test_the_member_named_as_the_communaute_urbaine_it_is_in_law_is_the_member():
    # Le Mans Métropole is a communauté urbaine in the EPCI table, a "Métropole" in its fiche
    found = sorted({(name, role) for name, _, role in mentions(
        "Le Mans Métropole et la Ville du Mans financent l'association Les Amis.", **LE_MANS)[0]})
    assert found == [("Les Amis", "soutenu"), ("Ville du Mans", "partenaire")]


def test_another_intercommunality_with_other_words_is_not_the_member():
    pays = {"member": "Communauté de communes du Pays de Laval", "kind": "Communauté de communes",
            "address": "1 rue de la Gare\n53000 Laval"}
    found = sorted({(name, role) for name, _, role in mentions(
        "Laval Agglomération finance l'association Les Amis.", **pays)[0]})
    assert ("Les Amis", "soutenu") not in found


# --- a gift and its giver after "par" ------------------------------------------------------------------------

GIRONDE = {"member": "Département de la Gironde", "kind": "Département",
           "address": "1 esplanade Charles de Gaulle\n33000 Bordeaux"}


def in_the_gironde_s_fiche(sentence: str) -> list[tuple[str, str]]:
    """(slug, role) of the organisations of the action: "Ville de Bègles" is org/commune-de-begles."""
    return sorted({(slug, role) for _, slug, role in mentions(sentence, **GIRONDE)[0]})


@pytest.mark.parametrize("sentence", [
    "Mise à disposition de locaux à la recyclerie Les Amis par la commune de Bègles.",
    "Un local est mis à disposition de la recyclerie Les Amis par la commune de Bègles.",
    "Prêt d'un terrain à la recyclerie Les Amis par la Ville de Bègles.",
])
def test_another_collectivite_giving_by_par_is_a_partner_and_no_carrier(sentence):
    # (it was the action's carrier, and the receiver the member's)
    assert in_the_gironde_s_fiche(sentence) == [("commune-de-begles", "partenaire")]


def test_the_member_among_the_givers_keeps_its_support():
    assert in_the_gironde_s_fiche("Financement de la recyclerie Les Amis par la Ville de Bègles et le Département.") \
        == [("commune-de-begles", "partenaire"), ("les-amis", "soutenu")]
    assert in_the_gironde_s_fiche("Mise à disposition d'un local à l'association Les Amis par le Département.") \
        == [("les-amis", "soutenu")]


@pytest.mark.parametrize("sentence", [
    "Le projet est mis en œuvre par l'association Les Amis.",
    "La location du local est assurée par l'association Les Amis.",
])
def test_who_runs_it_by_par_still_carries(sentence):
    assert in_the_gironde_s_fiche(sentence) == [("les-amis", "porteur")]


# --- the second founder after "et" ---------------------------------------------------------------------------

def test_the_second_founder_is_a_partner_not_supported():
    region = {"member": "Région Bretagne", "kind": "Région", "address": "283 avenue du Général Patton\n35700 Rennes"}
    found = sorted({(slug, role) for _, slug, role in mentions(
        "La Région accompagne la SCIC Delta, créée en 2019 par la Ville de Rennes et Rennes Métropole.", **region)[0]})
    assert found == [("commune-de-rennes", "partenaire"), ("delta", "soutenu"), ("rennes-metropole", "partenaire")]


# --- a "dont" part of a figure -------------------------------------------------------------------------------

FIGURES_FICHE = ("Ville de Grenoble\n\nExemples d’actions soutenues par la collectivité :\n\n"
                 "• La recyclerie Alpha a collecté 320 tonnes en 2023, dont 180 tonnes réemployées, et emploie "
                 "14 salariés dont 9 en insertion.\n• La ressourcerie Beta a collecté 50 tonnes.\n\n"
                 "Type de collectivité\nCommune\n")


def test_a_dont_figure_is_a_part_of_the_figure_before_it(tmp_path):
    graph = converted(tmp_path, FIGURES_FICHE)
    parts = {(str(part_text), str(whole_text)) for part_text, whole_text in graph.query(
        "SELECT ?p ?w WHERE { ?part rtes:partieDe ?whole . ?part rtes:texteSource ?p . ?whole rtes:texteSource ?w }",
        initNs={"rtes": RTES})}
    assert parts == {("180 tonnes", "320 tonnes"), ("9 en insertion", "14 salariés")}


def test_the_tonnages_query_adds_no_part_to_its_whole(tmp_path):
    graph = converted(tmp_path, FIGURES_FICHE)
    query = (Path(__file__).parents[1] / "queries" / "tonnages-des-actions.rq").read_text(encoding="utf-8")
    totals = {(str(unit), int(total)) for unit, _, total, _ in graph.query(query)}
    assert totals == {("tonne", 370)}  # 320 + 50, not + 180


# --- another body gives, the member named later supports too --------------------------------------------------

LANDIVISIAU = {"member": "Communauté de communes du Pays de Landivisiau", "kind": "Communauté de communes",
               "address": "Zone de Kerven\n29400 Landivisiau"}


@pytest.mark.parametrize("sentence", [
    "La commune de Landivisiau a mis à disposition un local à l'association Gamma, soutenue par la Communauté.",
    "La commune de Landivisiau prête un local à l'association Gamma, soutenue par la Communauté.",
    "La commune de Landivisiau met à disposition un local de l'association Gamma, que la Communauté soutient.",
])
def test_the_giver_beside_the_member_is_a_partner_never_the_carrier(sentence):
    found = sorted({(slug, role) for _, slug, role in mentions(sentence, **LANDIVISIAU)[0]})
    assert found == [("commune-de-landivisiau", "partenaire"), ("gamma", "soutenu")]
