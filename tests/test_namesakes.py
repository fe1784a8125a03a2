"""Organisations of one name named by members of other places are two nodes, not one with the
places of both (model/namesakes.py)."""

from __future__ import annotations

import rdflib
from click.testing import CliRunner
from rdflib import URIRef

from release_helpers import build_release
from rtes_kg.cli import main
from rtes_kg.vocab import RTES, SCHEMA

BASE = "https://w3id.org/rtes/"
COMMUNE = "https://w3id.org/rtes/territoire/commune/"


def fiche(member: str, kind: str, address: str, *actions: str) -> str:
    bullets = "".join(f"• {action}\n" for action in actions)
    return (f"{member}\n\nExemples d’actions soutenues par la collectivité :\n\n{bullets}\n"
            f"Type de collectivité\n{kind}\nAdresse\n{address}\n")


LAVAL = fiche("Ville de Laval", "Commune", "Place du 11 novembre\n53000 Laval",
              "L'association Le Grenier collecte et revend des meubles. La Ville lui verse 10 000 €.",
              "La Ville met un local à disposition de l'association Partage.",
              "L'ADEME finance une étude de la ressourcerie.",
              "Un échange de pratiques avec la Ville de Nantes est organisé par la Ville.")
VILLEURBANNE = fiche("Ville de Villeurbanne", "Commune", "Place Lazare-Goujon\n69100 Villeurbanne",
                     "L'association Le Grenier, à Villeurbanne, répare des vélos. La Ville lui verse 8 000 €.",
                     "L'association Partage gère une épicerie solidaire soutenue par la Ville.",
                     "L'ADEME cofinance un atelier de réemploi.",
                     "Un échange de pratiques avec la Ville de Nantes est organisé par la Ville.")
REGION = fiche("Région Pays de la Loire", "Région", "1 rue de la Loire\n44966 Nantes Cedex 9",
               "L'association Le Grenier anime un réseau de ressourceries avec le soutien de la Région.")
MAYENNE = fiche("Ville de Château-Gontier-sur-Mayenne", "Commune",
                "Place de la République\n53200 Château-Gontier-sur-Mayenne",
                "L'association Partage tient une épicerie solidaire, soutenue par la Ville.")


def build(tmp_path, name: str, fiches: dict[str, str]) -> rdflib.Graph:
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True, exist_ok=True)
    for old in data.iterdir():
        old.unlink()
    for file_name, text in fiches.items():
        (data / file_name).write_text(text, encoding="utf-8")
    dist = build_release(tmp_path / name, "--no-site", "--no-cache", data=tmp_path / "data")
    return rdflib.Graph().parse(dist / "rtes.nt")


def named_by(graph: rdflib.Graph, member: str) -> set[str]:
    """The organisations the actions of a member's fiche name (IRIs after "org/")."""
    prefix = f"{BASE}action/{member}/"
    return {str(o).removeprefix(BASE + "org/") for s, _, o in graph
            if str(s).startswith(prefix) and str(o).startswith(BASE + "org/") and str(o) != BASE + f"org/{member}"}


def test_one_name_in_two_departements_is_two_organisations_each_in_its_place(tmp_path):
    # not the curated ones (ADEME), nor a collectivité named by its name (the Ville de Nantes)
    graph = build(tmp_path, "one", {"laval.txt": LAVAL, "villeurbanne.txt": VILLEURBANNE, "region.txt": REGION})
    assert named_by(graph, "ville-de-laval") == {"le-grenier-53", "partage-53", "ademe", "commune-de-nantes"}
    assert named_by(graph, "ville-de-villeurbanne") == {"le-grenier-69", "partage-69", "ademe", "commune-de-nantes"}
    # the Région's is the one of the only département of the région that names it
    assert named_by(graph, "region-pays-de-la-loire") == {"le-grenier-53"}
    assert (URIRef(BASE + "org/le-grenier"), None, None) not in graph
    # the place Villeurbanne's fiche gives its Grenier is no longer said of Laval's
    assert set(graph.objects(URIRef(BASE + "org/le-grenier-69"), SCHEMA.location)) == {URIRef(COMMUNE + "69266")}
    assert set(graph.objects(URIRef(BASE + "org/le-grenier-53"), SCHEMA.location)) == set()
    # each node keeps its label and what found it
    assert str(graph.value(URIRef(BASE + "org/partage-69"), RTES.confianceDetection)) == "motif"


def test_one_name_in_one_departement_stays_one_organisation(tmp_path):
    graph = build(tmp_path, "one", {"laval.txt": LAVAL, "mayenne.txt": MAYENNE})
    assert "partage" in named_by(graph, "ville-de-laval")
    assert "partage" in named_by(graph, "ville-de-chateau-gontier-sur-mayenne")


def test_the_ledger_s_holder_keeps_the_bare_iri_and_a_newcomer_never_takes_it(tmp_path):
    first = build(tmp_path, "one", {"laval.txt": LAVAL})
    assert named_by(first, "ville-de-laval") == {"le-grenier", "partage", "ademe", "commune-de-nantes"}
    second = build(tmp_path, "two", {"laval.txt": LAVAL, "villeurbanne.txt": VILLEURBANNE})
    assert named_by(second, "ville-de-laval") == {"le-grenier", "partage", "ademe", "commune-de-nantes"}
    assert named_by(second, "ville-de-villeurbanne") == {"le-grenier-69", "partage-69", "ademe", "commune-de-nantes"}
    # Laval's fiche gone, Villeurbanne's Grenier does not take the IRI of Laval's
    third = build(tmp_path, "three", {"villeurbanne.txt": VILLEURBANNE})
    assert named_by(third, "ville-de-villeurbanne") == {"le-grenier-69", "partage-69", "ademe", "commune-de-nantes"}


def test_two_fiches_in_one_file_are_told_apart_by_convert_too(tmp_path):
    path = tmp_path / "deux.txt"
    path.write_text(LAVAL + "\n\n" + VILLEURBANNE, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(path), "--format", "nt"])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="nt")
    assert named_by(graph, "ville-de-laval") == {"le-grenier-53", "partage-53", "ademe", "commune-de-nantes"}
    assert named_by(graph, "ville-de-villeurbanne") == {"le-grenier-69", "partage-69", "ademe", "commune-de-nantes"}


def test_a_network_s_chapter_named_by_its_region_stays_one(tmp_path):
    metz = fiche("Ville de Metz", "Commune", "1 place d’Armes\n57000 Metz",
                 "La SCOP Bâti Vert a été accompagnée par France Active Grand Est.")
    reims = fiche("Ville de Reims", "Commune", "9 place de l’Hôtel de Ville\n51100 Reims",
                  "La SCOP Toits Verts a été accompagnée par France Active Grand Est.")
    graph = build(tmp_path, "one", {"metz.txt": metz, "reims.txt": reims})
    assert "france-active-grand-est" in named_by(graph, "ville-de-metz")
    assert "france-active-grand-est" in named_by(graph, "ville-de-reims")


def test_a_namesake_that_comes_in_gives_the_same_release_with_the_cache_as_without(tmp_path):
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    (data / "laval.txt").write_text(LAVAL, encoding="utf-8")
    cache = str(tmp_path / "cache")
    build_release(tmp_path / "first", "--no-site", "--cache-dir", cache, data=tmp_path / "data")
    (data / "villeurbanne.txt").write_text(VILLEURBANNE, encoding="utf-8")
    ledger = (tmp_path / "data" / "ids.tsv").read_bytes()
    cached = build_release(tmp_path / "cached", "--no-site", "--cache-dir", cache, data=tmp_path / "data")
    (tmp_path / "data" / "ids.tsv").write_bytes(ledger)  # the same ledger for the build without the cache
    fresh = build_release(tmp_path / "fresh", "--no-site", "--no-cache", data=tmp_path / "data")
    assert (cached / "rtes.nq").read_bytes() == (fresh / "rtes.nq").read_bytes()
    assert "org/le-grenier-69" in (cached / "rtes.nq").read_text(encoding="utf-8")
