"""IRIs that do not change: the identifier ledger (data/ids.tsv) and the matching of a build with it.

The end-to-end test edits a fiche as a contributor would (a typo, an amount, two actions swapped,
one removed, one added) and checks that every item keeps its IRI and that CHANGES says "modifiées".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef

from conftest import SEED_DOCUMENT
from release_helpers import build_release
from rtes_kg.errors import InputError
from rtes_kg.model import mint
from rtes_kg.model.keep import Item, match
from rtes_kg.model.ledger import ACTION, BUDGET_LINE, MEMBER, POST, Entry, Ledger
from rtes_kg.model.likeness import similarity

BASE = "https://w3id.org/rtes/"
PREVAL = "syndicat-mixte-preval-haut-doubs"
REGION = "conseil-regional-bourgogne-franche-comte"
RECYCLERIE = f"action/{PREVAL}/preval-a-initie-l-emergence-de-la-recyclerie-citoyenne-re"
BUDGET = f"org/{REGION}#budget-2023-fonctionnement-6100000"


# --- the file ---------------------------------------------------------------------------------

def test_the_ledger_reads_back_what_it_writes():
    ledger = Ledger((Entry("org/x#poste-a", "x", POST, "Président : A\tB\nC \\ D", 2, "v1", "v2"),
                     Entry("org/x", "x", MEMBER, "X", 0, "v1")), "v2")
    text = ledger.text()
    assert text.index("org/x\t") < text.index("org/x#poste-a")  # sorted by IRI: readable diffs
    assert Ledger.parse(text) == Ledger(tuple(sorted(ledger.entries, key=lambda e: e.iri)), "v2")


def test_an_unreadable_line_names_the_file_and_the_line():
    with pytest.raises(InputError) as error:
        Ledger.parse("iri\tmember\tkind\tcontent\tposition\tfirst\tlast\norg/x\tx\n", "data/ids.tsv")
    assert str(error.value).startswith("data/ids.tsv:2: ")


@pytest.mark.parametrize("position", ["²", "①", "٣", "1" * 4301, "-1", " 1"])
def test_a_position_not_written_in_a_few_ascii_digits_is_an_unreadable_line(position):
    # "²" is a digit to str.isdigit but not to int(): the build ended on a traceback
    with pytest.raises(InputError) as error:
        Ledger.parse(f"iri\tmember\tkind\tcontent\tposition\tfirst\tlast\norg/x\tx\tmembre\tX\t{position}\tv1\t\n",
                     "data/ids.tsv")
    assert str(error.value).startswith("data/ids.tsv:2: ligne illisible")


@pytest.mark.parametrize("iri, member", [
    ("action/../../../../x", "x"), ("/etc/x", "x"), ("org/x\\..\\y", "x"), ("org/x#a/../b", "x"),
    ("org/\x1b[2Jx", "x"), ("org/x", "../x"), ("org//x", "x"),
    # a file or a path of the release: its tombstone page could not be written, and every build failed
    ("index.html", "x"), ("style.css", "x"), ("sparql", "x"), ("org", "x"), ("site/x", "x"),
])
def test_an_iri_that_could_leave_the_release_is_refused(iri, member):
    """The site writes a page under every IRI of the ledger and the service reads it back: a
    contribution's ids.tsv must not reach a path outside the release (an auditor's did)."""
    with pytest.raises(InputError) as error:
        Ledger.parse(f"iri\tmember\tkind\tcontent\tposition\tfirst\tlast\n{iri}\t{member}\taction\tx\t0\tv1\t\n",
                     "data/ids.tsv")
    assert str(error.value).startswith("data/ids.tsv:2: IRI ou membre invalide")


def test_an_update_adds_keeps_and_retires():
    old = Ledger((Entry("action/x/a", "x", ACTION, "A", 0, "v1"),
                  Entry("action/x/b", "x", ACTION, "B", 1, "v1"),
                  Entry("action/x/c", "x", ACTION, "C", 2, "v1", "v1")), "v2")
    new = old.updated([Entry("action/x/a", "x", ACTION, "A edited", 1, ""),
                       Entry("action/x/c", "x", ACTION, "C again", 0, ""),
                       Entry("action/x/d", "x", ACTION, "D", 2, "")], "v3")
    assert new.release == "v3"
    assert new.by_iri["action/x/a"] == Entry("action/x/a", "x", ACTION, "A edited", 1, "v1")
    assert new.by_iri["action/x/b"].last == "v2"  # published last by the release before this one
    assert new.by_iri["action/x/c"].live and new.by_iri["action/x/c"].first == "v1"  # back again
    assert new.by_iri["action/x/d"].first == "v3"
    assert [entry.iri for entry in new.retired] == ["action/x/b"]
    assert new.updated([e for e in new.entries if e.live], "v3") == new  # a fixed point


# --- matching ---------------------------------------------------------------------------------

def test_a_budget_line_of_another_year_is_another_line():
    assert similarity(BUDGET_LINE, "2023 · fonctionnement · 6.1 M€", "2023 · fonctionnement · 6.2 M€") > 0.9
    assert similarity(BUDGET_LINE, "2023 · fonctionnement · 6.1 M€", "2024 · fonctionnement · 6.1 M€") == 0


def test_members_with_the_same_siren_are_one_whatever_their_names():
    assert similarity(MEMBER, "CU Creusot-Montceau · SIREN 247100589",
                      "Communauté urbaine Le Creusot Montceau · SIREN 247100589") == 1
    assert similarity(MEMBER, "Communauté de communes du Val de Morteau",
                      "Communauté de communes du Val de Moselle") < 0.95


def test_the_best_pairs_are_matched_first_and_position_breaks_ties():
    entries = [Entry(f"action/x/{n}", "x", ACTION, text, n, "v1")
               for n, text in enumerate(["Une recyclerie à Valdahon", "Une recyclerie à Valdahon",
                                         "Un atelier de cuisine solidaire"])]
    items = [Item(URIRef(""), "x", ACTION, text, n)
             for n, text in enumerate(["Un atelier de cuisine solidaire", "Une recyclerie à Valdahon",
                                       "Une recyclerie à Valdahon", "Tout autre chose, vraiment différente"])]
    found = {index: entry.iri for index, entry in match(ACTION, items, entries).items()}
    assert found == {0: "action/x/2", 1: "action/x/0", 2: "action/x/1"}  # 3 is new


def test_an_iri_once_given_is_never_given_again():
    held = {f"{BASE}action/x/a", f"{BASE}action/x/a-2"}
    assert mint.unused(URIRef(f"{BASE}action/x/a"), lambda iri: str(iri) in held) == URIRef(f"{BASE}action/x/a-3")


# --- a contributor edits a fiche --------------------------------------------------------------

def edit(text: str) -> str:
    """A typo, an amount, the first two actions of Préval swapped, one removed and one added."""
    lines = text.split("\n")

    def find(start: str) -> int:
        return next(index for index, line in enumerate(lines) if line.startswith(start))

    first, second = find("Préval confie un marché"), find("Préval a initié l’émergence d’un atelier")
    lines[first], lines[second] = lines[second], lines[first]
    typo = find("Préval a initié l’émergence de la recyclerie")
    lines[typo] = lines[typo].replace("recyclerie citoyenne", "recyclerie citoyene")
    removed = find("Perspective")
    del lines[removed:removed + 2]
    added = find("Prise de parts")
    lines[added:added] = ["Création d’une ressourcerie pédagogique avec les écoles du territoire, en 2024.", ""]
    budget = find("Budget prévisionnel 2023")
    lines[budget] = lines[budget].replace("6.1 M€", "6.2 M€")
    return "\n".join(lines)


def iris(dist: Path) -> set[str]:
    graph = rdflib.Graph().parse(dist / "rtes.nt", format="nt")
    return {str(s) for s in graph.subjects() if isinstance(s, URIRef)}


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> tuple[Path, Path, Path]:
    """The seed built once, then edited and built again: (first release, second, the data)."""
    folder = tmp_path_factory.mktemp("ledger")
    first = build_release(folder / "one")
    data = folder / "one" / "data"
    fiche = data / "fiches" / SEED_DOCUMENT.name
    fiche.write_text(edit(fiche.read_text(encoding="utf-8")), encoding="utf-8")
    second = build_release(folder / "two", "--previous", str(first), data=data)
    return first, second, data


def test_unchanged_and_edited_items_keep_their_iris(releases):
    first, second, _ = releases
    before, after = iris(first), iris(second)
    assert BASE + RECYCLERIE in before and BASE + RECYCLERIE in after  # its text has a typo now
    assert BASE + BUDGET in after  # its amount is 6.2 M€ now
    gone, new = before - after, after - before
    assert gone == {f"{BASE}action/{PREVAL}/perspective-developpement-de-collectes-evenementielles-des"}
    assert new == {f"{BASE}action/{PREVAL}/creation-d-une-ressourcerie-pedagogique-avec-les-ecoles-du"}


def test_changes_call_an_edited_item_modified_with_its_old_and_new_values(releases):
    _, second, _ = releases
    report = (second / "CHANGES.txt").read_text(encoding="utf-8")
    assert "actions : 1 ajoutées, 1 supprimées, 1 modifiées" in report  # the swap is no change
    assert f"~ Préval a initié l’émergence de la recyclerie citoyene Re Bon <{BASE}{RECYCLERIE}>" in report
    assert "« …a initié l’émergence de la recyclerie citoyenne Re Bon." in report
    assert "lignes budgétaires : 0 ajoutées, 0 supprimées, 1 modifiées" in report
    assert "rtes:texteSource : « 6.1 M€ » → « 6.2 M€ »" in report
    assert "-montant schema:value : « 6100000.0 » → « 6200000.0 »" in report


def test_the_ledger_beside_the_fiches_records_the_retired_iri(releases):
    first, second, data = releases
    ledger = Ledger.parse((data / "ids.tsv").read_text(encoding="utf-8"))
    assert (second / "ids.tsv").read_bytes() == (data / "ids.tsv").read_bytes()
    version = rdflib.Graph().parse(first / "catalog.ttl").value(
        URIRef(BASE + "dataset"), URIRef("http://www.w3.org/ns/dcat#version"))
    (retired,) = ledger.retired
    assert retired.iri.startswith(f"action/{PREVAL}/perspective") and retired.last == str(version)
    assert ledger.by_iri[RECYCLERIE].content.startswith("Préval a initié l’émergence de la recyclerie citoyene")


def test_the_same_fiches_and_ledger_give_the_same_release(releases, tmp_path: Path):
    first, second, data = releases
    ledger = (data / "ids.tsv").read_bytes()
    again = build_release(tmp_path, "--previous", str(first), data=data)
    files = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert [f for f in files if (second / f).read_bytes() != (again / f).read_bytes()] == []
    assert (data / "ids.tsv").read_bytes() == ledger  # a fixed point: nothing to commit


def test_a_new_action_never_takes_a_retired_iri(releases, tmp_path: Path):
    """Another action that starts with the words of the removed one gets another IRI."""
    _, _, data = releases
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    fiche = copy / "fiches" / SEED_DOCUMENT.name
    other = ("Perspective : développement de collectes événementielles des encombrants dans les "
             "quartiers prioritaires, confiées à une entreprise d’insertion du bâtiment qui démonte, "
             "trie et revend les meubles ; un local de stockage est prêté par la commune et deux "
             "postes d’encadrant technique sont financés pendant trois ans par le syndicat mixte.")
    text = fiche.read_text(encoding="utf-8").replace("Prise de parts", other + "\n\nPrise de parts", 1)
    fiche.write_text(text, encoding="utf-8")
    out = build_release(tmp_path, data=copy)
    retired = f"{BASE}action/{PREVAL}/perspective-developpement-de-collectes-evenementielles-des"
    assert retired not in iris(out) and retired + "-2" in iris(out)
