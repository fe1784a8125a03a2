"""An IRI never names another thing (audit 16): releases of one small fiche, edited as a member
would, built one after the other with one identifier ledger; each test says which IRI must stay
with which thing."""

from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib import URIRef

from release_helpers import build_release
from rtes_kg.model.keep import Item, match
from rtes_kg.model.ledger import ACTION, MEMBER, ORGANISATION, Entry, Ledger
from rtes_kg.vocab import DCT, SKOS

BASE = "https://w3id.org/rtes/"
ROMANS = "ville-de-romans-sur-isere"
MOIS_ESS = "Organisation chaque année du Mois de l’ESS avec la CRESS Auvergne-Rhône-Alpes."
FORUM = "Organisation chaque année du Forum de l’emploi solidaire avec la DREETS Auvergne-Rhône-Alpes."
GRENIER = "Mise à disposition d’un local municipal à la recyclerie Le Grenier Romanais."


def fiche(*actions: str) -> str:
    """A fiche of Romans-sur-Isère with these actions."""
    listed = "\n".join(f"• {action}" for action in actions)
    return (f"Ville de Romans-sur-Isère\n\nExemples d’actions soutenues par la collectivité :\n\n{listed}\n\n"
            "Type de collectivité\nCommune\nAdresse\nPlace Jules Nadi\n26100 Romans-sur-Isère\n")


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
    """What the release says the IRI ``{base}{path}`` is: its description or name, None if absent."""
    found = graph(dist)
    node = URIRef(BASE + path)
    value = found.value(node, DCT.description) or found.value(node, SKOS.prefLabel)
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
