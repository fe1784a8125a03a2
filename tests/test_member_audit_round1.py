"""Member audit, round 1 (helperI): the facts of the member itself, its kind, territory and seat,
checked against the French reference on fiches of real collectivités written for the audit
(tests/member_audit/). Texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from extraction_helpers import converted
from rtes_kg.extract.findings import read_fiches
from rtes_kg.model.identity import identify

RTES = "https://w3id.org/rtes/"
BODY = ("\n\nType de collectivité : {kind}\nNombre d'habitants : 150 000 habitants\n"
        "Adresse : {address}\n\n"
        "Exemples d'actions soutenues par la collectivité :\n\n"
        "La collectivité soutient la ressourcerie Kaz Lontan, qui emploie 9 salariés.\n")


def _facts(graph, org: URIRef) -> dict[str, object]:
    return {local: graph.value(org, URIRef(RTES + "ontology#" + local))
            for local in ("codeInsee", "siren", "departement", "region")}


def _territoire(level: str, code: str) -> URIRef:
    return URIRef(f"{RTES}territoire/{level}/{code}")


def test_a_cedex_code_of_la_reunion_beyond_974_places_the_seat_at_la_reunion(tmp_path: Path):
    """La Réunion's cedex codes run into 977xx and 978xx: "97717 Saint-Denis Cedex 9" is the
    Ville de Saint-Denis' own. Its commune, SIREN, département and région were all lost."""
    text = "Ville de Saint-Denis" + BODY.format(
        kind="Commune", address="Hôtel de Ville, 2 rue de Paris, 97717 Saint-Denis Cedex 9")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/ville-de-saint-denis")) == {
        "codeInsee": Literal("97411"), "siren": Literal("219740115"),
        "departement": _territoire("departement", "974"), "region": _territoire("region", "04")}


def test_the_region_reunion_behind_its_cedex_code_keeps_its_seat(tmp_path: Path):
    text = "Région Réunion" + BODY.format(
        kind="Région", address="Avenue René Cassin, Moufia, BP 67190, 97801 Saint-Denis Cedex 9")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/region-reunion")) == {
        "codeInsee": Literal("04"), "siren": None,
        "departement": _territoire("departement", "974"), "region": _territoire("region", "04")}


def test_a_977_or_978_code_whose_town_is_not_at_la_reunion_places_nothing(tmp_path: Path):
    """97701 and 97801 are Saint-Barthélemy's and Saint-Martin's INSEE codes: with a town outside
    La Réunion, the code says no département."""
    for address in ("Rue de la République, 97701 Gustavia", "Rue de Hollande, 97801 Marigot"):
        text = "Collectivité de Saint-Martin" + BODY.format(kind="Collectivité", address=address)
        graph = converted(tmp_path, text)
        assert set(_facts(graph, URIRef(RTES + "org/collectivite-de-saint-martin")).values()) == {None}


NO_ADDRESS = ("\n\nType de collectivité : {kind}\nNombre d'habitants : 20 000 habitants\n\n"
              "Exemples d'actions soutenues par la collectivité :\n\n"
              "La collectivité soutient la recyclerie La Trouvaille.\n")


def _territory_messages(text: str) -> list[str]:
    fiche, = read_fiches(text, "fiche.txt")
    return [finding.message_fr for finding in identify(fiche).territory.findings
            if finding.type == "identifiant-non-resolu"]


def test_a_commune_name_france_has_several_times_is_reported_as_several_not_as_none():
    """Without a postcode, "Ville de Valence" was reported as naming no commune: it names three."""
    message, = _territory_messages("Ville de Valence" + NO_ADDRESS.format(kind="Commune"))
    assert "correspond à plusieurs communes" in message
    assert "Valence (26362)" in message and "Valence (82186)" in message
    message, = _territory_messages("Ville de Nullepart-sur-Rien" + NO_ADDRESS.format(kind="Commune"))
    assert "ne correspond à aucune commune" in message


def test_an_epci_name_two_epci_of_its_nature_bear_is_reported_as_several():
    message, = _territory_messages("Communauté de communes des Quatre Rivières"
                                   + NO_ADDRESS.format(kind="Communauté de communes"))
    assert "correspond à plusieurs EPCI" in message
    assert "247000623" in message and "247400666" in message


def test_a_departement_named_by_its_code_governs_that_departement(tmp_path: Path):
    """"Département 93" named no département (its words are a code): its codeInsee was lost."""
    text = "Département 93" + BODY.format(kind="Département", address="Hôtel du Département, 93006 Bobigny Cedex")
    graph = converted(tmp_path, text)
    org = URIRef(RTES + "org/departement-93")
    assert graph.value(org, URIRef(RTES + "ontology#codeInsee")) == Literal("93")
    assert graph.value(org, URIRef("http://purl.org/dc/terms/spatial")) == _territoire("departement", "93")


def test_a_code_that_is_no_departement_or_beside_a_name_changes_nothing(tmp_path: Path):
    text = "Département 99" + NO_ADDRESS.format(kind="Département")
    assert set(_facts(converted(tmp_path, text), URIRef(RTES + "org/departement-99")).values()) == {None}
    text = "Département de l'Ain 01" + BODY.format(
        kind="Département", address="45 avenue Alsace-Lorraine, 01003 Bourg-en-Bresse")
    facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/departement-de-l-ain-01"))
    assert facts["codeInsee"] == Literal("01")


def test_a_departement_without_an_address_has_its_seat_in_itself(tmp_path: Path):
    """Its hôtel du Département is in the département: without an address, the département and
    région of the seat were lost, though the name gave the département it governs."""
    text = "Département de la Gironde" + NO_ADDRESS.format(kind="Département")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/departement-de-la-gironde")) == {
        "codeInsee": Literal("33"), "siren": None,
        "departement": _territoire("departement", "33"), "region": _territoire("region", "75")}


def test_a_region_without_an_address_still_has_no_seat(tmp_path: Path):
    """A région's seat may be in any of its départements: none is guessed."""
    text = "Région Occitanie" + NO_ADDRESS.format(kind="Région")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/region-occitanie")) == {
        "codeInsee": Literal("76"), "siren": None, "departement": None, "region": None}


ACTIONS_THEN_URL = ("{name}\n\nExemples d'actions soutenues par la collectivité :\n\n"
                    "Le Département soutient le fonds de garantie des structures de l'ESS.\n\n{url}\n\n"
                    "Type de collectivité : Département\nAdresse : {address}\n")


def _action_urls(graph) -> set[str]:
    return {str(url) for url in graph.objects(None, URIRef("https://schema.org/url"))}


def test_the_member_s_site_written_without_hyphens_is_no_action_s_page(tmp_path: Path):
    """"https://www.seinesaintdenis.fr/" after the last action was published as that action's page."""
    text = ACTIONS_THEN_URL.format(name="Département de la Seine-Saint-Denis", url="https://www.seinesaintdenis.fr/",
                                   address="Hôtel du Département, 93006 Bobigny Cedex")
    assert _action_urls(converted(tmp_path, text)) == set()


def test_another_site_s_home_page_stays_the_action_s(tmp_path: Path):
    text = ACTIONS_THEN_URL.format(name="Département de la Seine-Saint-Denis", url="https://www.france-active.org/",
                                   address="Hôtel du Département, 93006 Bobigny Cedex")
    assert _action_urls(converted(tmp_path, text)) == {"https://www.france-active.org/"}
