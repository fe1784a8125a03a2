"""The SPARQL examples of queries/: each has a full header, answers on the shipped data, and gives
the same rows on Oxigraph (what `rtes-kg query` runs) and on rdflib (the reference engine)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from rtes_kg.build import build
from rtes_kg.cli import main
from rtes_kg.inputs import read_text
from rtes_kg.project import data_dir
from rtes_kg.publish.dumps import serialize_quads, serialize_triples
from rtes_kg.sparql.examples import Answer, Query, examples, run_oxigraph, run_rdflib
from rtes_kg.sparql.store import load_store

# rdflib 7.6's Dataset calls its own deprecated `default_context` on every parse and every triple
# pattern, and `contexts` for GRAPH ?g: warnings about rdflib's code, not ours, the only ones let by.
pytestmark = [
    pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:Dataset.contexts is deprecated:DeprecationWarning"),
]

EXAMPLES = examples()
ORDER_BY = re.compile(r"^\s*ORDER\s+BY\b", re.IGNORECASE | re.MULTILINE)
GRAPH_COLUMN = "graphe"  # the one column that names a named graph: empty on a dump without them


def example(name: str) -> Query:
    return next(query for query in EXAMPLES if query.name == name)


def with_values(query: Query, old: str, new: str) -> str:
    """The query text with its VALUES parameter changed, as a user would edit it."""
    assert old in query.text, f"{query.name}: {old!r} not found"
    return query.text.replace(old, new, 1)


def column(answer: Answer, variable: str) -> list[str | None]:
    index = answer.variables.index(variable)
    return [row[index] for row in answer.rows]


def rows_as_dicts(answer: Answer) -> list[dict[str, str | None]]:
    return [dict(zip(answer.variables, row)) for row in answer.rows]


@pytest.fixture(scope="module")
def seed_build():
    files = [read_text(path, str(path)) for path in sorted((data_dir() / "fiches").glob("*.txt"))]
    return build(files, source_root=str(data_dir()))


@pytest.fixture(scope="module")
def seed_graphs(seed_build):
    return ([(fiche.graph_iri, fiche.graph) for fiche in seed_build.published]
            + [(seed_build.reference_iri, seed_build.reference)])


@pytest.fixture(scope="module")
def seed_nquads(seed_graphs) -> bytes:
    return serialize_quads(seed_graphs, "nq")


@pytest.fixture(scope="module")
def seed_nq_file(tmp_path_factory, seed_nquads) -> Path:
    path = tmp_path_factory.mktemp("dump") / "rtes.nq"
    path.write_bytes(seed_nquads)
    return path


@pytest.fixture(scope="module")
def store(seed_nq_file) -> ox.Store:
    return load_store(seed_nq_file)


@pytest.fixture(scope="module")
def union_store(tmp_path_factory, seed_graphs) -> ox.Store:
    """The union Turtle dump (like dist/rtes.ttl, the default of `rtes-kg query`): no named graphs."""
    path = tmp_path_factory.mktemp("dump") / "rtes.ttl"
    path.write_bytes(serialize_triples((t for _, graph in seed_graphs for t in graph), "ttl"))
    return load_store(path)


def rdflib_dataset(nquads: bytes) -> rdflib.Dataset:
    """N-Quads in an rdflib Dataset whose default graph is the union, like Oxigraph's in queries."""
    data = rdflib.Dataset(default_union=True)
    data.parse(data=nquads.decode("utf-8"), format="nquads")
    return data


@pytest.fixture(scope="module")
def dataset(seed_nquads) -> rdflib.Dataset:
    return rdflib_dataset(seed_nquads)


# --- every example ------------------------------------------------------------------------------

def test_there_are_at_least_fourteen_examples():
    assert len(EXAMPLES) >= 14


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_example_has_a_full_header(query):
    assert query.title and query.title != query.name
    assert query.description_fr
    assert query.description_en
    assert query.tags
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", query.name), "file names are kebab-case"


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_example_defines_its_row_order(query):
    assert ORDER_BY.search(query.text), "without ORDER BY the rows come in any order"


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_example_answers_on_the_seed(store, query):
    assert run_oxigraph(store, query.text).rows


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_oxigraph_and_rdflib_give_the_same_rows(store, dataset, query):
    # Exact strings, in order: the queries are written so that both engines give the same
    # lexical forms (see the comments in budget and provenance queries), not normalised here.
    assert run_oxigraph(store, query.text) == run_rdflib(dataset, query.text)


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_example_needs_no_named_graph(store, union_store, query):
    """On the union Turtle dump every example gives the same rows, the named graph column aside."""
    quads, union = run_oxigraph(store, query.text), run_oxigraph(union_store, query.text)
    if GRAPH_COLUMN in quads.variables:
        index = quads.variables.index(GRAPH_COLUMN)
        quads = Answer(quads.variables, tuple(row[:index] + (None,) + row[index + 1:]
                                              for row in quads.rows))
    assert union == quads


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_cli_query_prints_the_library_answer(seed_nq_file, store, query):
    result = CliRunner().invoke(main, ["query", query.name, "--data", str(seed_nq_file),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    answer = run_oxigraph(store, query.text)
    assert json.loads(result.output) == {"variables": list(answer.variables),
                                         "rows": rows_as_dicts(answer)}


def test_cli_lists_every_example():
    result = CliRunner().invoke(main, ["query", "--list"])
    assert result.exit_code == 0
    for query in EXAMPLES:
        assert query.name in result.output


# What the fiches may leave out: no recognised kind, no address, no population, no contact.
GAPS = (
    b"<https://w3id.org/rtes/org/audincourt> <http://www.w3.org/ns/org#classification> ",
    b"<https://w3id.org/rtes/org/dijon-metropole> <http://www.w3.org/ns/locn#address> ",
    b"<https://w3id.org/rtes/org/communaute-urbaine-creusot-montceau> <https://w3id.org/rtes/ontology#population> ",
    b"<https://w3id.org/rtes/org/communaute-de-communes-des-portes-du-haut-doubs#poste-elu-referent> ",
)


@pytest.fixture(scope="module")
def gappy(tmp_path_factory, seed_nquads) -> tuple[ox.Store, rdflib.Dataset]:
    kept = b"".join(line for line in seed_nquads.splitlines(keepends=True)
                    if not line.startswith(GAPS))
    assert len(kept) < len(seed_nquads)
    path = tmp_path_factory.mktemp("gappy") / "rtes.nq"
    path.write_bytes(kept)
    return load_store(path), rdflib_dataset(kept)


@pytest.mark.parametrize("query", EXAMPLES, ids=lambda q: q.name)
def test_engines_agree_when_facts_are_missing(gappy, query):
    store, data = gappy
    assert run_oxigraph(store, query.text) == run_rdflib(data, query.text)


def test_missing_facts_are_named(gappy):
    store, _ = gappy
    kinds = rows_as_dicts(run_oxigraph(store, example("membres-par-type").text))
    assert {"type": None, "libelle": "(type non reconnu)", "membres": "1"} in kinds
    departements = column(run_oxigraph(store, example("membres-par-departement").text), "departement")
    assert "(inconnu)" in departements
    missing = {r["nom"]: r["manque"]
               for r in rows_as_dicts(run_oxigraph(store, example("membres-informations-manquantes").text))}
    assert missing["Communauté de communes des Portes du Haut-Doubs"] == "contact, budget, actions"
    assert missing["Dijon Métropole"] == "adresse"
    assert missing["Communauté urbaine Creusot-Montceau"] == "population"


# --- real answers on the seed -------------------------------------------------------------------

def test_budget_of_the_regions(store):
    rows = rows_as_dicts(run_oxigraph(store, example("budget-ess-par-type").text))
    region = next(row for row in rows if row["libelle"] == "Région")
    assert (region["totalEuros"], region["membresAvecBudget"], region["lignes"]) == ("6714000", "1", "2")
    assert rows[0] == region, "the largest total comes first"


def test_members_that_joined_before_2010_are_the_three_of_2001(store):
    answer = run_oxigraph(store, example("adhesions-avant-une-annee").text)
    assert column(answer, "nom") == ["Audincourt", "Communauté urbaine Creusot-Montceau",
                                     "Dijon Métropole"]
    assert set(column(answer, "anneeAdhesion")) == {"2001"}


def test_the_year_of_joining_is_a_parameter(store, dataset):
    query = example("adhesions-avant-une-annee")
    text = with_values(query, "VALUES ?avant { 2010 }", "VALUES ?avant { 2020 }")
    answer = run_oxigraph(store, text)
    assert column(answer, "anneeAdhesion") == ["2001", "2001", "2001", "2016"]
    assert answer == run_rdflib(dataset, text)


def test_contacts_of_dijon_metropole(store):
    answer = run_oxigraph(store, example("contacts-d-un-membre").text)
    assert column(answer, "personne") == ["Océane Charret-Godard", "Nelly Verstraeten"]
    assert column(answer, "titre") == ["conseillère déléguée emploi, insertion et ESS", None]


def test_contacts_of_another_member_with_a_service_and_two_titles(store, dataset):
    query = example("contacts-d-un-membre")
    for name, expected in [
        ("Communauté urbaine Creusot-Montceau",
         {("Élu référent", "David Marti", None, "président"),
          ("Chargée de mission à l'entreprenariat et à l'ESS", "Christelle Badon", None, None),
          ("Service référent ESS", None, "Mission Economie et Services aux entreprises", None)}),
        ("Conseil régional Bourgogne Franche-Comté",
         {("Élu référent", "Éric Oternaud", None,
           "conseiller régional délégué aux mutations économiques, aux emplois verts et à l'ESS"),
          ("Chef de service ESS-TPE-Entreprenariat", "Lucien Da Ponte", None, None)}),
    ]:
        text = with_values(query, '"Dijon Métropole"', json.dumps(name, ensure_ascii=False))
        answer = run_oxigraph(store, text)
        assert {(r["intitule"], r["personne"], r["service"], r["titre"])
                for r in rows_as_dicts(answer)} == expected
        assert answer == run_rdflib(dataset, text)


def test_every_kind_of_the_scheme_is_counted_even_without_members(store):
    rows = rows_as_dicts(run_oxigraph(store, example("types-de-collectivite").text))
    counts = {row["code"]: int(row["membres"]) for row in rows}
    assert len(counts) == 13
    # Préval, stated a communauté de communes, is a syndicat mixte by its name
    assert counts["departement"] == 0 and counts["communaute-de-communes"] == 1 and counts["syndicat-mixte"] == 1
    assert sum(counts.values()) == 6


def test_members_by_kind_count_every_member_once(store):
    answer = run_oxigraph(store, example("membres-par-type").text)
    assert sum(int(count) for count in column(answer, "membres")) == 6


def test_members_by_departement_from_the_postcode(store):
    rows = rows_as_dicts(run_oxigraph(store, example("membres-par-departement").text))
    per_departement: dict[str, int] = {}
    for row in rows:
        per_departement[row["departement"]] = per_departement.get(row["departement"], 0) + int(row["membres"])
    assert per_departement == {"21": 1, "25": 4, "71": 1}


def test_budget_lines_keep_year_and_section(store):
    rows = rows_as_dicts(run_oxigraph(store, example("lignes-budgetaires").text))
    region = [(r["annee"], r["section"], r["euros"], r["texte"]) for r in rows
              if r["nom"] == "Conseil régional Bourgogne Franche-Comté"]
    assert region == [("2023", "Fonctionnement", "6100000", "6.1 M€"),
                      ("2023", "Investissement", "614000", "614 000€")]
    assert len(rows) == 5


def test_budget_per_inhabitant(store):
    rows = rows_as_dicts(run_oxigraph(store, example("budget-ess-par-habitant").text))
    # like with like: each total is one year and one status; Audincourt's "15 000€ au pôle" is a
    # part of its budget (rtes:perimetre), not a total to compare
    assert [(r["nom"], r["annee"], r["statut"], r["eurosParHabitant"]) for r in rows] == [
        ("Conseil régional Bourgogne Franche-Comté", "2023", "prévisionnel", "2.38"),  # 6 714 000 € / 2 820 940 hab.
        ("Communauté urbaine Creusot-Montceau", "2022", "non précisé", "0.3"),
        ("Dijon Métropole", "", "non précisé", "0.16"),
    ]


def test_budget_per_inhabitant_counts_a_line_that_only_excludes_something(tmp_path):
    fiche = tmp_path / "villeurbanne.txt"
    fiche.write_text("Ville de Villeurbanne\n\nBudget annuel consacré à l'ESS\n\n"
                     "Environ 250 000 € par an, hors mise à disposition de locaux.\n\n"
                     "Type de collectivité\nCommune\nNombre d'habitants sur le territoire\n160 000 hab.\n",
                     encoding="utf-8")
    built = build([read_text(fiche, str(fiche))], source_root=str(tmp_path))
    dump = tmp_path / "rtes.nq"
    dump.write_bytes(serialize_quads([(f.graph_iri, f.graph) for f in built.published], "nq"))
    rows = rows_as_dicts(run_oxigraph(load_store(dump), example("budget-ess-par-habitant").text))
    assert [(r["nom"], r["budgetEuros"], r["eurosParHabitant"]) for r in rows] == [
        ("Ville de Villeurbanne", "250000", "1.56")]


def test_actions_per_member_include_zero(store):
    rows = rows_as_dicts(run_oxigraph(store, example("actions-par-membre").text))
    assert rows[0]["nom"] == "Syndicat Mixte Préval Haut-Doubs" and rows[0]["actions"] == "8"
    assert rows[0]["actionsEnCours"] == "7"  # "Perspective : développement de collectes…" is planned
    assert rows[-1]["nom"] == "Communauté de communes des Portes du Haut-Doubs"
    assert rows[-1]["actions"] == "0"


def test_actions_mentioning_a_word(store):
    answer = run_oxigraph(store, example("actions-mentionnant-un-mot").text)
    assert column(answer, "ligneSource") == ["188", "11", "13"]


def test_fiches_citing_the_cress(store):
    rows = rows_as_dicts(run_oxigraph(store, example("fiches-citant-un-partenaire").text))
    assert [(r["nom"], r["rubrique"]) for r in rows] == [
        ("Communauté urbaine Creusot-Montceau", "programme d'intervention"),
        ("Conseil régional Bourgogne Franche-Comté", "panorama de l'ESS"),
    ]


def test_fiche_being_written(store):
    rows = rows_as_dicts(run_oxigraph(store, example("fiches-en-cours-de-redaction").text))
    assert [(r["nom"], r["ligneSource"]) for r in rows] == [
        ("Communauté de communes des Portes du Haut-Doubs", "41")]
    assert rows[0]["source"].endswith("/source/fiches/rtes-fiches-2025.txt")


def test_no_seed_fiche_gives_an_update_date(store):
    answer = run_oxigraph(store, example("fiches-sans-mise-a-jour-recente").text)
    assert len(answer.rows) == 6 and set(column(answer, "miseAJour")) == {None}


def test_update_dates_are_compared_alike_on_both_engines(seed_nquads, tmp_path):
    """The seed has no "Dernière mise à jour": add two, one old and one recent."""
    dated = seed_nquads + (
        b'<https://w3id.org/rtes/fiche/audincourt> <http://purl.org/dc/terms/modified> '
        b'"2020-03-01"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/rtes/graph/audincourt> .\n'
        b'<https://w3id.org/rtes/fiche/dijon-metropole> <http://purl.org/dc/terms/modified> '
        b'"2025-09-16"^^<http://www.w3.org/2001/XMLSchema#date> <https://w3id.org/rtes/graph/dijon-metropole> .\n'
    )
    path = tmp_path / "dated.nq"
    path.write_bytes(dated)
    data = rdflib_dataset(dated)
    text = example("fiches-sans-mise-a-jour-recente").text
    answer = run_oxigraph(load_store(path), text)
    assert answer == run_rdflib(data, text)
    names = column(answer, "nom")
    assert "Dijon Métropole" not in names
    assert names[-1] == "Audincourt" and column(answer, "miseAJour")[-1] == "2020-03-01"
    assert len(names) == 5


def test_members_missing_information(store):
    rows = rows_as_dicts(run_oxigraph(store, example("membres-informations-manquantes").text))
    assert [(r["nom"], r["manque"]) for r in rows] == [
        ("Communauté de communes des Portes du Haut-Doubs", "budget, actions"),
        ("Syndicat Mixte Préval Haut-Doubs", "budget"),
    ]


def test_addresses_say_cedex(store):
    rows = rows_as_dicts(run_oxigraph(store, example("adresses").text))
    assert {r["nom"]: r["cedex"] for r in rows} == {
        "Dijon Métropole": "true", "Conseil régional Bourgogne Franche-Comté": "true",
        "Communauté urbaine Creusot-Montceau": "true", "Audincourt": "false",
        "Syndicat Mixte Préval Haut-Doubs": "false",
        "Communauté de communes des Portes du Haut-Doubs": "false",
    }


def test_largest_member_is_the_region(store):
    answer = run_oxigraph(store, example("plus-grands-membres").text)
    assert column(answer, "population")[:2] == ["2820940", "251179"]


def test_provenance_gives_every_triple_of_the_fiche_graph_once(store, seed_build):
    dijon = next(fiche for fiche in seed_build.published if fiche.slug == "dijon-metropole")
    answer = run_oxigraph(store, example("provenance-d-un-membre").text)
    rows = rows_as_dicts(answer)
    assert len(rows) == len(dijon.graph)
    assert {row["graphe"] for row in rows} == {str(dijon.graph_iri)}
    lines = {(row["noeud"].rsplit("#", 1)[-1], row["ligneSource"]) for row in rows}
    assert ("personne-oceane-charret-godard", "308") in lines  # a person: the line of its post
    assert ("budget-sans-annee-global-40000-montant", "280") in lines


def test_actions_with_their_source_line(store):
    rows = rows_as_dicts(run_oxigraph(store, example("actions-et-ligne-source").text))
    assert len(rows) == 15
    assert all(row["ligneSource"] and row["source"] for row in rows)
    links = {row["lien"] for row in rows if row["lien"]}
    assert "https://www.journeeseconomieautrement.fr/" in links
