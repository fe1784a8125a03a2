"""Member audit, round 2 (helperO): the facts of the member itself (kind, territory, seat, the
report's word on them), for bodies round 1 left aside (EPT, Collectivité européenne d'Alsace,
collectivités à statut particulier, EPCI whose nature changed) and on new fiches of real
collectivités (tests/member_audit/o*.txt). Texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef

from extraction_helpers import converted, report_types
from rtes_kg.extract.findings import read_fiches
from rtes_kg.model.identity import identify

RTES = "https://w3id.org/rtes/"
KIND = RTES + "concept/type-collectivite/"
BODY = ("\n\nType de collectivité : {kind}\nNombre d'habitants : 150 000 habitants\n"
        "Adresse : {address}\n\n"
        "Exemples d'actions soutenues par la collectivité :\n\n"
        "La collectivité soutient la ressourcerie La Fripouille, qui emploie 9 salariés.\n")


def _facts(graph, org: URIRef) -> dict[str, object]:
    facts: dict[str, object] = {local: graph.value(org, URIRef(RTES + "ontology#" + local))
                                for local in ("codeInsee", "siren", "departement", "region")}
    facts["spatial"] = graph.value(org, URIRef("http://purl.org/dc/terms/spatial"))
    facts["kind"] = graph.value(org, URIRef("http://www.w3.org/ns/org#classification"))
    return facts


def _territoire(level: str, code: str) -> URIRef:
    return URIRef(f"{RTES}territoire/{level}/{code}")


# --- EPT and the Collectivité européenne d'Alsace: their own table, or none ------------------------

def test_an_ept_of_the_grand_paris_gets_its_seat_and_no_code_of_another_body(tmp_path: Path):
    """The EPT are in no table of EPCI (their SIREN are not in the DGCL's): since round 44 their own
    table (territoire-ept.csv) gives the SIREN and the territory of the one the name names, and no
    commune or EPCI that shares words with its name gives anything."""
    text = "Grand-Orly Seine Bièvre" + BODY.format(
        kind="Établissement public territorial",
        address="Bâtiment Askia, 11 avenue Henri Farman, 94398 Orly Aérogare Cedex")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/grand-orly-seine-bievre")) == {
        "codeInsee": None, "siren": Literal("200058014"), "spatial": _territoire("intercommunalite", "200058014"),
        "kind": URIRef(KIND + "etablissement-public-territorial"),
        "departement": _territoire("departement", "94"), "region": _territoire("region", "11")}


def test_an_ept_whose_name_names_none_of_the_table_s_gets_its_seat_only(tmp_path: Path):
    text = "Territoire Ensemble" + BODY.format(kind="Établissement public territorial",
                                                address="1 rue de la Paix, 93100 Montreuil")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/territoire-ensemble")) == {
        "codeInsee": None, "siren": None, "spatial": None, "kind": URIRef(KIND + "etablissement-public-territorial"),
        "departement": _territoire("departement", "93"), "region": _territoire("region", "11")}


def test_the_collectivite_europeenne_d_alsace_governs_no_departement_of_the_reference(tmp_path: Path):
    """Bas-Rhin and Haut-Rhin are two départements of the COG; the CeA is neither: no code, its
    seat's département only."""
    text = "Collectivité européenne d'Alsace" + BODY.format(
        kind="Collectivité à statut particulier", address="Place du Quartier Blanc, 67964 Strasbourg Cedex 9")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/collectivite-europeenne-d-alsace")) == {
        "codeInsee": None, "siren": None, "spatial": None,
        "kind": URIRef(KIND + "collectivite-a-statut-particulier"),
        "departement": _territoire("departement", "67"), "region": _territoire("region", "44")}


# --- a collectivité à statut particulier named as what it also is -----------------------------------

def test_a_special_status_named_as_the_commune_or_metropole_it_also_is_is_no_other_kind(tmp_path: Path):
    """The report told the Ville de Paris and the Métropole de Lyon, both stated as collectivités à
    statut particulier, that their names suggest another kind (« Commune », « Métropole »): they
    are that kind too (Paris is a commune and a département, Lyon a métropole and a département)."""
    for name, address in (("Ville de Paris", "Place de l'Hôtel de Ville, 75196 Paris Cedex 04"),
                          ("Métropole de Lyon", "20 rue du Lac, 69505 Lyon Cedex 03"),
                          ("Collectivité de Corse", "22 cours Grandval, 20187 Ajaccio Cedex 1")):
        text = name + BODY.format(kind="Collectivité à statut particulier", address=address)
        assert "type-different-du-nom" not in report_types(tmp_path, text), name


def test_a_special_status_named_as_an_intercommunality_is_still_told(tmp_path: Path):
    text = "Communauté de communes du Pays de Rouffach" + BODY.format(
        kind="Collectivité à statut particulier", address="1 place de la République, 68250 Rouffach")
    assert "type-different-du-nom" in report_types(tmp_path, text)


# --- the kind a fiche states against the nature the register gives -------------------------------

def _kind_findings(text: str) -> list[tuple[str, str]]:
    fiche, = read_fiches(text, "fiche.txt")
    return [(finding.type, finding.message_fr) for finding in identify(fiche).territory.findings]


def test_an_epci_of_another_nature_in_the_register_is_told_and_the_fiche_s_kind_kept(tmp_path: Path):
    """"Grand Pontarlier" stated as a communauté d'agglomération is the CC du Grand Pontarlier of
    the DGCL table (1 January 2025): its SIREN was published with the fiche's kind and nothing said.
    The kind stays the fiche's (the body may have changed its nature since; its SIREN stays), and
    the report says which nature the register gives."""
    text = "Grand Pontarlier" + BODY.format(kind="Communauté d'agglomération",
                                            address="22 rue Pierre Déchanet, 25300 Pontarlier")
    facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/grand-pontarlier"))
    assert (facts["siren"], facts["kind"]) == (Literal("242500338"), URIRef(KIND + "communaute-d-agglomeration"))
    (kind, message), = _kind_findings(text)
    assert kind == "type-different-du-registre"
    assert "« CC du Grand Pontarlier » (SIREN 242500338) comme communauté de communes" in message
    assert "la fiche en fait une communauté d'agglomération" in message
    assert "type-different-du-registre" in report_types(tmp_path, text)


def test_an_epci_of_the_stated_nature_is_told_nothing():
    text = "Communauté de communes du Grand Pontarlier" + BODY.format(
        kind="Communauté de communes", address="22 rue Pierre Déchanet, 25300 Pontarlier")
    assert _kind_findings(text) == []


def test_an_old_name_s_legal_form_gives_way_to_the_stated_kind_the_register_gives(tmp_path: Path):
    """"Communauté de communes Lannion-Trégor" stated as a communauté d'agglomération was published
    as a communauté de communes (the name's legal form won) with the SIREN of the CA Lannion-Trégor
    Communauté, and the report said to correct the stated kind: the register says it is an
    agglomération, as stated."""
    text = "Communauté de communes Lannion-Trégor" + BODY.format(
        kind="Communauté d'agglomération", address="1 rue Monge, 22300 Lannion")
    facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/communaute-de-communes-lannion-tregor"))
    assert (facts["siren"], facts["kind"]) == (Literal("200065928"), URIRef(KIND + "communaute-d-agglomeration"))
    assert "type-corrige-par-le-nom" not in report_types(tmp_path, text)


def test_the_name_s_legal_form_still_wins_when_the_register_does_not_back_the_stated_kind(tmp_path: Path):
    text = "Communauté de communes du Grand Pontarlier" + BODY.format(
        kind="Communauté d'agglomération", address="22 rue Pierre Déchanet, 25300 Pontarlier")
    facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/communaute-de-communes-du-grand-pontarlier"))
    assert (facts["siren"], facts["kind"]) == (Literal("242500338"), URIRef(KIND + "communaute-de-communes"))
    assert "type-corrige-par-le-nom" in report_types(tmp_path, text)


def test_a_syndicat_mixte_named_so_stays_one_whatever_epci_shares_its_words(tmp_path: Path):
    text = "Syndicat mixte du Grand Pontarlier" + BODY.format(
        kind="Communauté de communes", address="22 rue Pierre Déchanet, 25300 Pontarlier")
    facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/syndicat-mixte-du-grand-pontarlier"))
    assert (facts["siren"], facts["kind"]) == (None, URIRef(KIND + "syndicat-mixte"))


# --- new fiches of real members: every code the graph states, checked against the reference -------

AUDIT = Path(__file__).parent / "member_audit"
# (fiche, slug) -> (codeInsee, siren, dct:spatial, rtes:departement, rtes:region), as read in
# data/reference/territoire-*.csv (COG 2026, DGCL 1 January 2025).
AUDITED = {
    ("o01-brest-metropole", "brest-metropole"): (None, "242900314", ("intercommunalite", "242900314"), "29", "53"),
    ("o02-saint-nazaire", "ville-de-saint-nazaire"): ("44184", "214401846", ("commune", "44184"), "44", "52"),
    ("o03-grand-poitiers", "grand-poitiers-communaute-urbaine"):
        (None, "200069854", ("intercommunalite", "200069854"), "86", "75"),
    ("o04-thouarsais", "communaute-de-communes-du-thouarsais"):
        (None, "247900798", ("intercommunalite", "247900798"), "79", "75"),
    ("o05-cd-loire-atlantique", "departement-de-loire-atlantique"): ("44", None, ("departement", "44"), "44", "52"),
    ("o06-region-nouvelle-aquitaine", "region-nouvelle-aquitaine"): ("75", None, ("region", "75"), "33", "75"),
    ("o07-ctg-guyane", "collectivite-territoriale-de-guyane"): ("03", None, ("region", "03"), "973", "03"),
    ("o08-collectivite-de-corse", "collectivite-de-corse"): ("94", None, ("region", "94"), "2A", "94"),
    ("o09-villeurbanne", "ville-de-villeurbanne"): ("69266", "216902668", ("commune", "69266"), "69", "84"),
    ("o10-loos-en-gohelle", "mairie-de-loos-en-gohelle"): ("62528", "216205286", ("commune", "62528"), "62", "32"),
    ("o11-cu-arras", "communaute-urbaine-d-arras"): (None, "200033579", ("intercommunalite", "200033579"), "62", "32"),
    ("o12-pays-basque", "communaute-d-agglomeration-pays-basque"):
        (None, "200067106", ("intercommunalite", "200067106"), "64", "75"),
    ("o13-montreuil", "ville-de-montreuil"): ("93048", "219300480", ("commune", "93048"), "93", "11"),
    # a mairie de secteur is no commune of the COG: nothing but its seat
    ("o14-marseille-secteur", "mairie-des-1er-et-7e-arrondissements-de-marseille"): (None, None, None, "13", "93"),
    ("o15-grand-besancon", "grand-besancon-metropole"):
        (None, "242500361", ("intercommunalite", "242500361"), "25", "27"),
}


def test_the_codes_of_the_audited_fiches_are_those_of_the_reference(tmp_path: Path):
    for (name, slug), (code, siren, spatial, departement, region) in AUDITED.items():
        text = (AUDIT / f"{name}.txt").read_text(encoding="utf-8")
        facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/" + slug))
        facts.pop("kind")
        assert facts == {
            "codeInsee": Literal(code) if code else None, "siren": Literal(siren) if siren else None,
            "spatial": _territoire(*spatial) if spatial else None,
            "departement": _territoire("departement", departement), "region": _territoire("region", region)}, name


def test_an_epci_of_another_nature_is_the_body_only_by_its_very_words(tmp_path: Path):
    """"Communauté de communes du Pays de Landerneau" was given the SIREN of the CA du Pays de
    Landerneau-Daoulas (242900801), a body of another nature whose name only holds its words: the
    body it merged into, not itself. Of the stated nature, a name's words among an EPCI's still
    settle it ("Grand Paris Sud", a CA)."""
    text = "Communauté de communes du Pays de Landerneau" + BODY.format(
        kind="Communauté de communes", address="59 rue de Brest, 29800 Landerneau")
    facts = _facts(converted(tmp_path, text), URIRef(RTES + "org/communaute-de-communes-du-pays-de-landerneau"))
    assert (facts["siren"], facts["spatial"]) == (None, None)
    assert [kind for kind, _ in _kind_findings(text)] == ["identifiant-non-resolu"]
    text = "Grand Paris Sud" + BODY.format(kind="Communauté d'agglomération",
                                           address="500 place des Champs-Élysées, 91080 Évry-Courcouronnes")
    assert _facts(converted(tmp_path, text), URIRef(RTES + "org/grand-paris-sud"))["siren"] == Literal("200059228")
