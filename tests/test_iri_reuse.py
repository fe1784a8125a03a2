"""An IRI never names another thing (audit 16): releases of one small fiche, edited as a member
would, built one after the other with one identifier ledger; each test says which IRI must stay
with which thing."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef

from conftest import SEED_DOCUMENT
from release_helpers import build_release
from rtes_kg.model.keep import Item, match
from rtes_kg.model.ledger import ACTION, BUDGET_LINE, MEMBER, ORGANISATION, Entry, Ledger
from rtes_kg.model.likeness import THRESHOLDS, names_conflict, organisation_likeness, similarity
from rtes_kg.vocab import DCT, RTES, SKOS

BASE = "https://w3id.org/rtes/"
ROMANS = "ville-de-romans-sur-isere"
MOIS_ESS = "Organisation chaque année du Mois de l’ESS avec la CRESS Auvergne-Rhône-Alpes."
FORUM = "Organisation chaque année du Forum de l’emploi solidaire avec la DREETS Auvergne-Rhône-Alpes."
GRENIER = "Mise à disposition d’un local municipal à la recyclerie Le Grenier Romanais."


def fiche(*actions: str, town: str = "Romans-sur-Isère", address: str = "Place Jules Nadi\n26100") -> str:
    """A fiche of a commune (Romans-sur-Isère unless told) with these actions."""
    listed = "\n".join(f"• {action}" for action in actions)
    return (f"Ville de {town}\n\nExemples d’actions soutenues par la collectivité :\n\n{listed}\n\n"
            f"Type de collectivité\nCommune\nAdresse\n{address} {town}\n")


def venissieux(*actions: str) -> str:
    return fiche(*actions, town="Vénissieux", address="5 avenue Marcel Houël\n69200")


def releases(folder: Path, *versions: str) -> list[Path]:
    """Each version of the fiche built in turn, the ledger (data/ids.tsv) carried along."""
    data = folder / "data"
    (data / "fiches").mkdir(parents=True)
    built: list[Path] = []
    for number, text in enumerate(versions):
        (data / "fiches" / "fiche.txt").write_text(text, encoding="utf-8")
        previous = ("--previous", str(built[-1])) if built else ()
        built.append(build_release(folder / f"r{number}", "--no-site", *previous, data=data))
    return built


def graph(dist: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(dist / "rtes.nt", format="nt")


def label(dist: Path, path: str) -> str | None:
    """What the release says the IRI ``{base}{path}`` is: its description, name or text (a budget
    line), None if absent."""
    found = graph(dist)
    node = URIRef(BASE + path)
    value = (found.value(node, DCT.description) or found.value(node, SKOS.prefLabel)
             or found.value(node, RTES.texteSource))
    return None if value is None else str(value)


def ledger(dist: Path) -> Ledger:
    return Ledger.parse((dist / "ids.tsv").read_text(encoding="utf-8"))


# --- finding 2: a retired IRI, a curated organisation's IRI -------------------------------------

def test_a_retired_entry_is_taken_back_only_by_the_same_content():
    retired = [Entry("action/x/mois", "x", ACTION, MOIS_ESS, 0, "v1", "v1")]
    alike = Item(URIRef(""), "x", ACTION, MOIS_ESS.replace("chaque année", "tous les ans"), 0)
    same = Item(URIRef(""), "x", ACTION, MOIS_ESS, 0)
    assert match(ACTION, [alike], retired) == {}
    assert match(ACTION, [same], retired) == {0: retired[0]}
    live = [Entry("action/x/mois", "x", ACTION, MOIS_ESS, 0, "v1")]
    assert match(ACTION, [alike], live) == {0: live[0]}  # a correction keeps its IRI


def test_a_retired_member_comes_back_by_its_siren_not_by_a_near_name():
    retired = [Entry("org/ville-de-x", "ville-de-x", MEMBER, "Ville de X · SIREN 212345678", 0, "v1", "v1")]
    renamed = Item(URIRef(""), "", MEMBER, "Commune de X · SIREN 212345678", 0)
    homonym = Item(URIRef(""), "", MEMBER, "Ville de X-", 0)
    assert match(MEMBER, [renamed], retired) == {0: retired[0]}
    assert match(MEMBER, [homonym], retired) == {}


def test_a_retired_iri_never_comes_back_for_another_thing(tmp_path: Path):
    """The action naming the CRESS is removed (its IRI and the CRESS's answer 410), then another
    one naming the DREETS is added: both get IRIs of their own."""
    first, second, third, back = releases(tmp_path, fiche(GRENIER, MOIS_ESS), fiche(GRENIER),
                                          fiche(GRENIER, FORUM), fiche(GRENIER, MOIS_ESS))
    mois = f"action/{ROMANS}/organisation-chaque-annee-du-mois-de-l-ess-avec-la-cress"
    assert label(first, mois) == MOIS_ESS and label(first, "org/cress-auvergne-rhone-alpes")
    assert label(second, mois) is None
    assert label(third, mois) is None and label(third, "org/cress-auvergne-rhone-alpes") is None
    assert label(third, f"action/{ROMANS}/organisation-chaque-annee-du-forum-de-l-emploi-solidaire") == FORUM
    assert label(third, "org/dreets-auvergne-rhone-alpes") == "DREETS Auvergne-Rhône-Alpes"
    assert not ledger(third).by_iri[mois].live and ledger(third).by_iri[mois].content == MOIS_ESS
    # the action itself, restored, is its former self again
    assert label(back, mois) == MOIS_ESS and label(back, "org/cress-auvergne-rhone-alpes")


def test_a_curated_organisation_s_iri_is_never_another_s(tmp_path: Path):
    """The CRESS AURA (data/reference/organisations.ttl) replaced by the DREETS AURA in one edit:
    the names are alike, the bodies are not."""
    _, edited = releases(tmp_path, fiche(GRENIER, MOIS_ESS), fiche(GRENIER, FORUM))
    assert label(edited, "org/cress-auvergne-rhone-alpes") is None
    assert label(edited, "org/dreets-auvergne-rhone-alpes") == "DREETS Auvergne-Rhône-Alpes"
    kept = ledger(edited).by_iri["org/cress-auvergne-rhone-alpes"]
    assert kept.kind == ORGANISATION and kept.content == "CRESS Auvergne-Rhône-Alpes" and not kept.live


# --- finding 3: organisations told apart by the distinctive part of their names ------------------

@pytest.mark.parametrize("old, new", [
    ("Jardin de Cocagne de Valence", "Jardin de Cocagne de Vienne"),
    ("Régie de quartier Est Romans", "Régie de quartier Centre Romans"),
    ("Épicerie solidaire de Romans", "Épicerie solidaire de Roanne"),
    ("Entreprise d'insertion Drôme Nord", "Entreprise d'insertion Drôme Sud"),
    ("CRESS Bourgogne-Franche-Comté", "DREETS Bourgogne-Franche-Comté"),
    ("Emmaüs Valence", "Emmaüs Romans"),
    ("La recyclerie", "La ressourcerie"),
])
def test_names_with_a_distinctive_word_each_are_two_bodies(old, new):
    assert organisation_likeness(old, new) < THRESHOLDS[ORGANISATION]


@pytest.mark.parametrize("old, new", [
    ("Le Grenier Vénissian", "Recyclerie du Grenier Vénissian"),
    ("Association Le Panier Vénissian", "Le Panier Vénissian"),
    ("Les Jardins de Parilly", "Jardin de Parilly"),
    ("Le Grenier Vénissian", "Le Grenier Venisian"),  # a typo fixed
    ("Solstice Drôme", "Solstice Drôme-Ardèche (SDA)"),  # a name made more precise
])
def test_names_with_the_same_distinctive_words_are_one_body(old, new):
    assert organisation_likeness(old, new) >= THRESHOLDS[ORGANISATION]


def test_an_organisation_renamed_keeps_its_iri_and_another_one_gets_its_own(tmp_path: Path):
    grenier = "action/ville-de-venissieux/mise-a-disposition-d-un-local-a-la-recyclerie-le-grenier"
    _, edited = releases(tmp_path, venissieux("Mise à disposition d’un local à la recyclerie Le Grenier Vénissian.",
                                              "Partenariat avec le Jardin de Cocagne de Valence."),
                         venissieux("Mise à disposition d’un local à l’association Recyclerie du Grenier Vénissian.",
                                    "Partenariat avec le Jardin de Cocagne de Vienne."))
    assert label(edited, "org/le-grenier-venissian") == "Recyclerie du Grenier Vénissian"
    assert label(edited, "org/recyclerie-du-grenier-venissian") is None
    assert label(edited, "org/jardin-de-cocagne-de-valence") is None
    assert label(edited, "org/jardin-de-cocagne-de-vienne") == "Jardin de Cocagne de Vienne"
    assert (URIRef(BASE + grenier), None, URIRef(BASE + "org/le-grenier-venissian")) in graph(edited)


# --- finding 1: an action corrected beside a look-alike sibling --------------------------------

def grant(euros: str, year: int, regie: str, staff: int, today: str = "") -> str:
    return (f"Subvention de {euros} € en {year} à l’association Régie de quartier {regie} Romans, "
            f"qui emploie {today}{staff} salariés en insertion.")


def test_proper_names_conflict_but_years_and_amounts_do_not():
    assert names_conflict(grant("12 000", 2023, "Est", 14), grant("5 000", 2024, "Centre", 6))
    assert names_conflict(MOIS_ESS, FORUM)
    assert not names_conflict(grant("12 000", 2023, "Est", 14), grant("13 000", 2024, "Est", 15))
    assert not names_conflict(MOIS_ESS, MOIS_ESS.replace("Organisation", "Animation"))  # an opening word
    assert similarity(ACTION, grant("12 000", 2023, "Est", 14), grant("12 500", 2023, "Est", 14, "aujourd’hui ")) > \
        similarity(ACTION, grant("12 000", 2023, "Est", 14), grant("5 000", 2024, "Centre", 6))


def test_a_corrected_action_keeps_its_iri_beside_a_new_look_alike(tmp_path: Path):
    """Release 2 corrects the 2023 grant and adds the 2024 grant of another régie above it (both
    score 0.94 by their letters); release 3 is the yearly update of both."""
    est = f"action/{ROMANS}/subvention-de-12-000-en-2023-a-l-association-regie-de"
    first, second, third = releases(
        tmp_path, fiche(grant("12 000", 2023, "Est", 14)),
        fiche(grant("5 000", 2024, "Centre", 6), grant("12 500", 2023, "Est", 14, "aujourd’hui ")),
        fiche(grant("6 000", 2025, "Centre", 7), grant("13 000", 2025, "Est", 15)))
    assert label(first, est) == grant("12 000", 2023, "Est", 14)
    assert label(second, est) == grant("12 500", 2023, "Est", 14, "aujourd’hui ")
    centre = f"action/{ROMANS}/subvention-de-5-000-en-2024-a-l-association-regie-de"
    assert label(second, centre) == grant("5 000", 2024, "Centre", 6)
    assert label(third, est) == grant("13 000", 2025, "Est", 15)
    assert label(third, centre) == grant("6 000", 2025, "Centre", 7)
    assert "actions : 0 ajoutées, 0 supprimées, 2 modifiées" in (third / "CHANGES.txt").read_text(encoding="utf-8")


# --- finding 5: a budget line of another section ------------------------------------------------

def budget(line: str) -> str:
    return ("Ville de Romans-sur-Isère\n\nBudget dédié à l’ESS :\n\n" + line + "\n\n"
            "Type de collectivité\nCommune\nAdresse\nPlace Jules Nadi\n26100 Romans-sur-Isère\n")


def test_a_budget_line_of_another_section_is_another_line(tmp_path: Path):
    assert similarity(BUDGET_LINE, "2024 · fonctionnement · 85 000 €", "2024 · investissement · 20 000 €") == 0
    assert similarity(BUDGET_LINE, "2024 · fonctionnement · 85 000 €", "2024 · fonctionnement · 80 000 €") > 0.6
    first, second, third = releases(tmp_path, budget("Budget 2024 : 85 000 € en fonctionnement"),
                                    budget("Budget 2024 : 20 000 € en investissement"),
                                    budget("Budget 2024 : 20 500 € en investissement"))
    line = f"org/{ROMANS}#budget-2024-fonctionnement-85000"
    assert label(first, line) == "85 000 €"
    assert label(second, line) is None
    assert label(second, f"org/{ROMANS}#budget-2024-investissement-20000") == "20 000 €"
    assert label(third, f"org/{ROMANS}#budget-2024-investissement-20000") == "20 500 €"  # an amount corrected


# --- finding 6: a member known by neither SIREN nor territory, renamed ------------------------

def test_a_member_without_siren_renamed_keeps_its_iris_by_its_actions(tmp_path: Path):
    """Préval (a syndicat mixte: no SIREN in the reference) retitled with its usual short name."""
    first = build_release(tmp_path / "one", "--no-site")
    fiche_file = tmp_path / "one" / "data" / "fiches" / SEED_DOCUMENT.name
    text = fiche_file.read_text(encoding="utf-8")
    assert "\nSyndicat Mixte Préval Haut-Doubs\n" in text
    fiche_file.write_text(text.replace("\nSyndicat Mixte Préval Haut-Doubs\n", "\nPréval Haut-Doubs\n", 1),
                          encoding="utf-8")
    second = build_release(tmp_path / "two", "--no-site", "--previous", str(first), data=tmp_path / "one" / "data")
    preval = "org/syndicat-mixte-preval-haut-doubs"
    assert label(second, preval) == "Préval Haut-Doubs" and label(second, "org/preval-haut-doubs") is None
    report = (second / "CHANGES.txt").read_text(encoding="utf-8")
    assert "actions : 0 ajoutées, 0 supprimées" in report and "postes : 0 ajoutées, 0 supprimées" in report
