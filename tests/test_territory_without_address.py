"""A commune's fiche without an address (or without a postcode in it) still names its commune: when
France has one commune of that name, the fiche's territory, département, région and SIREN are
published; when it has several, none is guessed. Texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from extraction_helpers import converted

RTES = "https://w3id.org/rtes/"
BODY = ("\n\nType de collectivité : Commune\nNombre d'habitants sur le territoire : 150 000 hab.\n\n"
        "Exemples d'actions soutenues par la collectivité :\n\n"
        "La Ville soutient la recyclerie Les Amis du Réemploi, qui emploie 9 salariés.\n")


def test_a_commune_alone_of_its_name_in_france_is_found_without_its_postcode(tmp_path: Path):
    graph = converted(tmp_path, "Ville de Villeurbanne" + BODY)
    org = URIRef(RTES + "org/ville-de-villeurbanne")
    assert graph.value(org, URIRef(RTES + "ontology#codeInsee")) == Literal("69266")
    assert graph.value(org, URIRef(RTES + "ontology#departement")) == URIRef(RTES + "territoire/departement/69")
    assert graph.value(org, URIRef(RTES + "ontology#region")) == URIRef(RTES + "territoire/region/84")
    assert graph.value(org, URIRef(RTES + "ontology#siren")) == Literal("216902668")


def test_a_commune_whose_name_france_has_several_times_is_not_guessed(tmp_path: Path):
    graph = converted(tmp_path, "Ville de Saint-Denis" + BODY)
    org = URIRef(RTES + "org/ville-de-saint-denis")
    for local in ("codeInsee", "departement", "region", "siren"):
        assert graph.value(org, URIRef(RTES + "ontology#" + local)) is None, local


EPCI_BODY = BODY.replace("Type de collectivité : Commune", "Type de collectivité : Communauté de communes")


def _facts(graph, org: URIRef) -> dict[str, object]:
    return {local: graph.value(org, URIRef(RTES + "ontology#" + local)) for local in ("siren", "departement", "region")}


def test_an_epci_named_by_its_very_words_is_found_without_its_postcode(tmp_path: Path):
    graph = converted(tmp_path, "Communauté d'agglomération du Grand Cahors"
                      + BODY.replace("Commune\n", "Communauté d'agglomération\n"))
    assert _facts(graph, URIRef(RTES + "org/communaute-d-agglomeration-du-grand-cahors")) == {
        "siren": Literal("200023737"), "departement": URIRef(RTES + "territoire/departement/46"),
        "region": URIRef(RTES + "territoire/region/76")}


def test_an_epci_over_two_departements_gives_no_seat_and_a_loose_name_gives_nothing(tmp_path: Path):
    graph = converted(tmp_path, "Communauté de communes d'Aire-sur-l'Adour" + EPCI_BODY)
    assert _facts(graph, URIRef(RTES + "org/communaute-de-communes-d-aire-sur-l-adour")) == {
        "siren": Literal("200030435"), "departement": None, "region": None}
    graph = converted(tmp_path, "Communauté de communes de l'Adour" + EPCI_BODY)  # words of several
    assert set(_facts(graph, URIRef(RTES + "org/communaute-de-communes-de-l-adour")).values()) == {None}
