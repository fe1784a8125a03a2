"""The territory of each collectivité from the French reference (territory.py, mapping_territory.py):
département and région of the seat, commune INSEE code or EPCI SIREN, Wikidata links; and what
the reference does not settle is left out and reported, never guessed."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from fiche_samples import (
    SOURCE_ROOT,
    audincourt,
    bourgogne_franche_comte,
    creusot_montceau,
    dijon,
    portes_du_haut_doubs,
    preval,
    seed_fiches,
)
from rtes_kg.build import build
from rtes_kg.extract.findings import read_fiches
from rtes_kg.inputs import InputFile
from rtes_kg.model.identity import identify
from rtes_kg.model.mapping import map_fiche, reference_graph
from rtes_kg.parse.records import Fiche, Text
from rtes_kg.project import data_dir, project_root
from rtes_kg.publish.dumps import serialize_triples
from rtes_kg.vocab import ADMS, DCT, IGEO, RTES, SCHEMA, SKOS

BASE = "https://w3id.org/rtes/"
SHARED_REFERENCE = Path("/work/shared/reference")


def resolve(fiche):
    """The fiche's territory as the build resolves it: its kind first, then the reference."""
    return identify(fiche).territory


def territoire(level: str, code: str) -> URIRef:
    return URIRef(f"{BASE}territoire/{level}/{code}")


def wikidata(qid: str) -> URIRef:
    return URIRef(f"http://www.wikidata.org/entity/{qid}")


def summary(fiche: Fiche) -> tuple:
    r = resolve(fiche)
    return (r.departement and r.departement.code, r.region and r.region.code,
            r.governs and (r.governs.level, r.governs.code), r.siren)


def fiche_at(name: str, kind: str | None, post_code: str | None, town: str | None,
             cedex: bool = False) -> Fiche:
    """A seed fiche (Audincourt's) renamed and moved: only what resolution reads changes."""
    base = audincourt()
    address = None
    if post_code is not None or town is not None:
        address = replace(base.address, post_code=post_code, post_name=town, cedex=cedex)
    return replace(base, name=Text(name, base.name.source),
                   kind=None if kind is None else Text(kind, base.kind.source), address=address)


# --- the six seed members --------------------------------------------------------------------------

@pytest.mark.parametrize("fiche, expected", [
    # a syndicat mixte declared as a CC: seat 25580 (a postcode of communes around Pontarlier)
    (preval, ("25", "27", None, None)),
    (portes_du_haut_doubs, ("25", "27", ("intercommunalite", "242504181"), "242504181")),
    # seat at Besançon (cedex 25031); governs the région named in its title
    (bourgogne_franche_comte, ("25", "27", ("region", "27"), None)),
    # "Creusot-Montceau" is the DGCL's "CU Le Creusot Montceau-les-Mines"; cedex 71206
    (creusot_montceau, ("71", "27", ("intercommunalite", "247100290"), "247100290")),
    (audincourt, ("25", "27", ("commune", "25031"), "212500318")),
    (dijon, ("21", "27", ("intercommunalite", "242100410"), "242100410")),
], ids=lambda value: getattr(value, "__name__", ""))
def test_every_seed_member_is_placed(fiche, expected):
    assert summary(fiche()) == expected


def test_nothing_is_left_unsettled_on_the_seed():
    # Préval, stated a communauté de communes, is a syndicat mixte by its name: no EPCI is expected
    findings = {f.name.text: resolve(f).findings for f in seed_fiches()}
    assert {name for name, found in findings.items() if found} == set()


def test_an_epci_the_reference_does_not_list_is_reported():
    preval = next(f for f in seed_fiches() if f.name.text.startswith("Syndicat Mixte"))
    fiche = replace(preval, name=replace(preval.name, text="Préval Haut-Doubs"))  # no legal form named
    (finding,) = resolve(fiche).findings
    assert (finding.type, finding.severity, finding.path) == ("identifiant-non-resolu", "info", "siren")
    assert "« Préval Haut-Doubs »" in finding.message_fr
    assert "département 25" in finding.message_fr
    assert "corrigez le type de collectivité" in finding.message_fr


def test_dijon_metropole_carries_its_siren_and_territories():
    graph = map_fiche(dijon(), source_root=SOURCE_ROOT).graph
    org = URIRef(BASE + "org/dijon-metropole")
    identifier = URIRef(BASE + "org/dijon-metropole#siren")
    assert (org, RTES.siren, Literal("242100410")) in graph
    assert (org, ADMS.identifier, identifier) in graph
    assert (identifier, SKOS.notation, Literal("242100410")) in graph
    assert (identifier, ADMS.schemaAgency, Literal("INSEE")) in graph
    epci = territoire("intercommunalite", "242100410")
    assert (org, DCT.spatial, epci) in graph
    assert (epci, IGEO.codeINSEE, Literal("242100410")) in graph
    assert (org, RTES.departement, territoire("departement", "21")) in graph
    assert (org, RTES.region, territoire("region", "27")) in graph
    assert (org, RTES.codeInsee, None) not in graph  # an EPCI is named by its SIREN


def test_audincourt_carries_its_commune_code():
    graph = map_fiche(audincourt(), source_root=SOURCE_ROOT).graph
    org = URIRef(BASE + "org/audincourt")
    commune = territoire("commune", "25031")
    assert (org, DCT.spatial, commune) in graph
    assert (org, RTES.codeInsee, Literal("25031")) in graph
    assert (org, RTES.siren, Literal("212500318")) in graph
    assert (commune, IGEO.codeCommune, Literal("25031")) in graph
    assert (commune, SKOS.prefLabel, Literal("Audincourt", lang="fr")) in graph
    assert (commune, RTES.departement, territoire("departement", "25")) in graph


def test_the_region_collectivite_governs_region_27():
    graph = map_fiche(bourgogne_franche_comte(), source_root=SOURCE_ROOT).graph
    org = URIRef(BASE + "org/conseil-regional-bourgogne-franche-comte")
    assert (org, DCT.spatial, territoire("region", "27")) in graph
    assert (org, RTES.codeInsee, Literal("27")) in graph


# --- cedex, Corsica, overseas ------------------------------------------------------------------------

@pytest.mark.parametrize("post_code, town, expected", [
    ("21075", "Dijon", ("21", "27")),  # cedex: no commune has 21075, the first digits say 21
    ("20000", "Ajaccio", ("2A", "94")),
    ("20200", "Bastia", ("2B", "94")),
    ("20181", "Ajaccio", ("2A", "94")),  # a Corsican cedex code: the town tells 2A from 2B
    ("97400", "Saint-Denis", ("974", "04")),
    ("25580", "Pontarlier", ("25", "27")),  # Préval's: no commune named Pontarlier has 25580
    ("42620", "Saint-Pierre-Laval", ("03", "84")),  # a postcode across a border: the town decides
    ("42620", "ST MARTIN D ESTREAUX", ("42", "84")),
])
def test_departement_and_region_of_the_seat(post_code, town, expected):
    fiche = fiche_at("Syndicat de quelque chose", "Syndicat mixte", post_code, town, cedex=True)
    assert summary(fiche)[:2] == expected
    assert resolve(fiche).findings == ()


def test_corsica_without_a_known_town_keeps_the_region_only():
    fiche = fiche_at("Syndicat de quelque chose", "Syndicat mixte", "20181", "Nulle-Part", cedex=True)
    resolution = resolve(fiche)
    assert (resolution.departement, resolution.region.code) == (None, "94")
    (finding,) = resolution.findings
    assert (finding.type, finding.severity) == ("territoire-non-resolu", "warning")
    assert "2A ou 2B" in finding.message_fr


@pytest.mark.parametrize("post_code, town", [("97150", "Marigot"), ("97133", "Gustavia")])
def test_saint_martin_and_saint_barthelemy_are_in_no_departement(post_code, town):
    """Their postcodes are of the 971 range: they were placed in Guadeloupe, which they left in 2007."""
    resolution = resolve(fiche_at("Collectivité de Saint-Martin", "Collectivité", post_code, town, cedex=False))
    assert (resolution.departement, resolution.region) == (None, None)


def test_a_postcode_across_a_border_without_a_known_town_is_not_guessed():
    resolution = resolve(fiche_at("Syndicat de quelque chose", "Syndicat mixte", "42620", "Ailleurs"))
    assert (resolution.departement, resolution.region.code) == (None, "84")
    (finding,) = resolution.findings
    assert "03 ou 42" in finding.message_fr


def test_a_commune_behind_a_cedex_code_is_found_by_name_and_departement():
    fiche = fiche_at("Ville de Besançon", "Commune", "25034", "Besançon", cedex=True)
    assert summary(fiche) == ("25", "27", ("commune", "25056"), "212500565")


def test_a_corsican_commune():
    assert summary(fiche_at("Ajaccio", "Commune", "20000", "Ajaccio")) == \
        ("2A", "94", ("commune", "2A004"), "212000046")


def test_a_departement_collectivite_is_matched_by_name():
    fiche = fiche_at("Conseil départemental de la Côte-d'Or", "Département", "21035", "Dijon", True)
    assert summary(fiche) == ("21", "27", ("departement", "21"), None)


@pytest.mark.parametrize("name, kind, post_code, town, governs", [
    ("Région Occitanie / Pyrénées-Méditerranée", "Région", "31406", "Toulouse", ("region", "76")),
    ("Conseil départemental du Val-de-Marne (94)", "Département", "94054", "Créteil", ("departement", "94")),
    ("Département de la Haute-Savoie", "Département", "74000", "Annecy", ("departement", "74")),
])
def test_a_name_that_holds_the_official_one_is_matched_the_longest_first(name, kind, post_code, town, governs):
    """"Occitanie / Pyrénées-Méditerranée" holds "Occitanie"; "Haute-Savoie" holds "Savoie" too."""
    assert summary(fiche_at(name, kind, post_code, town, True))[2] == governs


def test_a_name_that_holds_another_place_than_the_seat_is_not_matched():
    fiche = fiche_at("Région Occitanie / Pyrénées-Méditerranée", "Région", "13002", "Marseille")
    assert summary(fiche)[2] is None
    assert [f.path for f in resolve(fiche).findings] == ["codeInsee"]


# --- what the reference does not settle ----------------------------------------------------------------

def test_a_name_matching_no_epci_gives_no_siren_and_a_report_entry():
    fiche = fiche_at("Communauté de communes du Pays Imaginaire", "Communauté de communes",
                     "25800", "Valdahon")
    assert summary(fiche) == ("25", "27", None, None)
    (finding,) = resolve(fiche).findings
    assert (finding.type, finding.path) == ("identifiant-non-resolu", "siren")
    assert "« Communauté de communes du Pays Imaginaire »" in finding.message_fr
    graph = map_fiche(fiche, source_root=SOURCE_ROOT).graph
    assert not list(graph.triples((None, RTES.siren, None)))
    assert not list(graph.triples((None, DCT.spatial, None)))


def test_an_ambiguous_name_gives_no_siren_and_names_the_candidates():
    fiche = fiche_at("Communauté de communes du Plateau", "Communauté de communes", "25800", "Valdahon")
    assert summary(fiche)[3] is None
    (finding,) = resolve(fiche).findings
    assert "CC du Plateau de Russey (242504355)" in finding.message_fr
    assert "plusieurs" in finding.message_fr


def test_abbreviations_and_articles_do_not_matter():
    fiche = fiche_at("CC des Portes du Haut Doubs", "Communauté de communes", "25800", "VALDAHON")
    assert summary(fiche)[3] == "242504181"


def test_an_unknown_postcode_leaves_the_departement_out_and_says_so():
    fiche = fiche_at("Audincourt", "Commune", "96000", "Audincourt")
    resolution = resolve(fiche)
    assert (resolution.departement, resolution.region, resolution.governs) == (None, None, None)
    types = sorted((f.type, f.severity) for f in resolution.findings)
    assert types == [("identifiant-non-resolu", "info"), ("territoire-non-resolu", "warning")]


def test_no_address_is_an_info_not_a_guess():
    fiche = fiche_at("Saint-Denis", "Commune", None, None)  # several in France: only a postcode tells which
    resolution = resolve(fiche)
    assert (resolution.departement, resolution.governs) == (None, None)
    assert ("territoire-non-resolu", "info") in {(f.type, f.severity) for f in resolution.findings}


def test_without_an_address_a_commune_alone_of_its_name_in_france_is_found():
    resolution = resolve(fiche_at("Audincourt", "Commune", None, None))
    assert resolution.governs is not None and resolution.governs.code == "25031"
    assert (resolution.departement.code, resolution.region.code) == ("25", "27")
    assert not [f for f in resolution.findings if f.type == "territoire-non-resolu"]


def test_an_unknown_region_name_is_reported():
    fiche = fiche_at("Région Sud", "Région", "13002", "Marseille")
    assert summary(fiche) == ("13", "93", None, None)
    (finding,) = resolve(fiche).findings
    assert finding.path == "codeInsee" and "aucune région" in finding.message_fr


def test_the_report_carries_the_findings_with_their_line():
    text = (project_root() / "data/fiches/rtes-fiches-2025.txt").read_text(encoding="utf-8")
    text = text.replace("Syndicat Mixte Préval Haut-Doubs", "Préval Haut-Doubs")  # no legal form named
    result = build([InputFile("fiches.txt", text)])
    found = [r for r in result.report.results if r.type.endswith("-non-resolu")]
    assert [(r.severity, r.type, r.fiche, r.line, r.path) for r in found] == [
        ("info", "identifiant-non-resolu", "preval-haut-doubs", 3, str(RTES.siren))]
    assert result.report.conforms


# --- the published graph ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dump() -> str:
    files = [InputFile(str(path), path.read_text(encoding="utf-8"))
             for path in sorted((data_dir() / "fiches").glob("*.txt"))]
    result = build(files, source_root=str(data_dir()))
    graphs = [fiche.graph for fiche in result.published] + [result.reference]
    return serialize_triples((t for g in graphs for t in g), "nt").decode("utf-8")


@pytest.mark.parametrize("level, code, qid", [
    ("region", "27", "Q18578267"), ("departement", "21", "Q3342"), ("departement", "25", "Q3361"),
    ("departement", "71", "Q12736"),
])
def test_the_dump_links_departements_and_regions_to_wikidata(dump, level, code, qid):
    assert f"{territoire(level, code).n3()} {SCHEMA.sameAs.n3()} {wikidata(qid).n3()} ." in dump


def test_the_dump_ties_each_departement_to_its_region(dump):
    assert (f"{territoire('departement', '25').n3()} {IGEO.subdivisionDirecteDe.n3()} "
            f"{territoire('region', '27').n3()} .") in dump


def test_no_wikidata_link_where_the_reference_leaves_it_blank():
    graph = reference_graph()
    for code in ("42", "75"):  # Loire: sources disagree; Paris: no département row (SOURCES.md)
        assert (territoire("departement", code), SCHEMA.sameAs, None) not in graph
        assert (territoire("departement", code), IGEO.codeDepartement, Literal(code)) in graph


def test_territory_nodes_are_described_alike_in_every_fiche():
    # Two fiches of one EPCI's communes would share its node: its triples depend on the reference only.
    one = map_fiche(dijon(), source_root=SOURCE_ROOT).graph
    other = map_fiche(replace(dijon(), source=replace(dijon().source, line=1)), "https://w3id.org/rtes/")
    epci = territoire("intercommunalite", "242100410")
    assert set(one.triples((epci, None, None))) == set(other.graph.triples((epci, None, None)))


def test_the_territory_of_the_parsed_seed_matches_the_hand_built_records():
    text = (project_root() / "data/fiches/rtes-fiches-2025.txt").read_text(encoding="utf-8")
    parsed = {f.name.text: summary(f) for f in read_fiches(text, "seed.txt")}
    assert parsed == {f.name.text: summary(f) for f in seed_fiches()}


# --- the shipped tables -----------------------------------------------------------------------------

@pytest.mark.skipif(not SHARED_REFERENCE.is_dir(), reason="the shared originals are not here")
def test_the_shipped_tables_are_what_the_script_derives(tmp_path):
    script = project_root() / "scripts" / "derive_territoire.py"
    subprocess.run([sys.executable, str(script), str(SHARED_REFERENCE), str(tmp_path)], check=True,
                   capture_output=True)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(p.name for p in (data_dir() / "reference").glob("territoire-*.csv"))
    _, mismatch, errors = filecmp.cmpfiles(tmp_path, data_dir() / "reference", names, shallow=False)
    assert (mismatch, errors) == ([], [])


@pytest.mark.parametrize("name", ["Angers Loire Métropole", "Grand Besançon Métropole"])
def test_a_form_at_the_end_of_a_brand_name_does_not_override_the_declared_kind(name):
    """Both are communautés urbaines: "Métropole" in their brand made them métropoles, with a warning
    asking the member to correct a type that was right."""
    from rtes_kg.extract.concepts import kind_in_name

    assert kind_in_name(name) is None
    assert kind_in_name("Métropole Européenne de Lille") is not None
