"""Scores the graph made from a corpus of fiches against the facts a careful reader finds in them.

    python tests/score_unseen.py                 # the unseen-like corpus of tests/unseen/
    python tests/score_unseen.py --seed          # the seed fiches against tests/expected/seed.json
    python tests/score_unseen.py --misses        # …and every fact missed or wrong

Reads each fiche file with the library, maps it as the build does, then reads the facts back from
the triples (not from the parser's records: what counts is what a researcher finds in the graph).
Prints precision and recall per field, and overall. tests/unseen/README.md describes expected.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, SKOS, TIME

from rtes_kg.extract.findings import read_fiches
from rtes_kg.model.identity import identify
from rtes_kg.model.mapping import map_fiche
from rtes_kg.model.members import link_members
from rtes_kg.parse.naming import normalise_label
from rtes_kg.vocab import DCT, LOCN, PREFIXES, SCHEMA

HERE = Path(__file__).resolve().parent
UNSEEN = HERE / "unseen"
SEED_FILE = HERE.parent / "data" / "fiches" / "rtes-fiches-2025.txt"
SEED_EXPECTED = HERE / "expected" / "seed.json"
RTES = PREFIXES["rtes"]
# The roles an organisation plays on an action, by property (docs/model.md).
ROLES = {"porteePar": "porteur", "partenaire": "partenaire", "beneficiaire": "soutenu",
         "creationAccompagnee": "cree", "participationCapital": "actionnaire"}


def rtes(name: str) -> URIRef:
    return URIRef(RTES + name)


# Words that name the same thing: the scheme of budget statuses has "prévu" as an altLabel.
SYNONYMS = {"prevu": "previsionnel"}


def key(text: object) -> str:
    """How two names are compared: accent-free, casefolded, punctuation and leading article gone."""
    folded = normalise_label(str(text)) if text is not None else ""
    return SYNONYMS.get(folded, folded)


def number(value: object) -> str | None:
    if value is None:
        return None
    try:
        return format(Decimal(str(value)).normalize(), "f")
    except ArithmeticError:
        return str(value)


def words(text: str) -> set[str]:
    return set(key(text).split())


def same_label(expected: str, found: str) -> bool:
    """An action's label as a reader would accept it: the same title or first sentence, give or
    take a cut or a few words."""
    e, f = key(expected), key(found)
    if not e or not f:
        return False
    if f.startswith(e) or e.startswith(f[:max(len(e), 40)]):
        return True
    ew, fw = words(expected), words(found)
    return len(ew & fw) / len(ew) >= 0.8 and len(ew & fw) / len(fw) >= 0.5


@dataclass
class Score:
    """Facts expected and found, per field: sets of hashable facts."""

    expected: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    found: dict[str, set] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str, fiche: str, expected: set, found: set) -> None:
        self.expected[name] |= {(fiche, *fact) for fact in expected}
        self.found[name] |= {(fiche, *fact) for fact in found}

    def rows(self) -> list[tuple[str, int, int, int]]:
        names = sorted(set(self.expected) | set(self.found))
        return [(n, len(self.expected[n] & self.found[n]), len(self.expected[n]), len(self.found[n]))
                for n in names]

    def overall(self) -> tuple[float, float]:
        hit = sum(row[1] for row in self.rows())
        expected = sum(row[2] for row in self.rows())
        found = sum(row[3] for row in self.rows())
        return (hit / found if found else 1.0, hit / expected if expected else 1.0)

    def field(self, *names: str) -> tuple[float, float]:
        rows = [row for row in self.rows() if row[0] in names]
        hit, expected, found = (sum(row[i] for row in rows) for i in (1, 2, 3))
        return (hit / found if found else 1.0, hit / expected if expected else 1.0)


# --- what the graph says ---------------------------------------------------------------------------

def label(graph: Graph, node) -> str | None:
    for predicate in (SKOS.prefLabel, FOAF.name, SCHEMA.name):
        value = graph.value(node, predicate)
        if value is not None:
            return str(value)
    return None


def concept_label(graph: Graph, concept, scheme_labels: dict) -> str | None:
    if concept is None:
        return None
    return scheme_labels.get(str(concept)) or str(concept).rsplit("/", 1)[-1]


def graph_facts(graph: Graph, org: URIRef, concepts: dict) -> dict[str, set]:
    facts: dict[str, set] = defaultdict(set)
    facts["name"] = {(key(label(graph, org)),)} if label(graph, org) else set()
    kind = graph.value(org, ORG.classification)
    if kind is not None:
        facts["kind"] = {(key(concept_label(graph, kind, concepts)),)}
    declared = graph.value(org, rtes("typeDeclare"))
    if declared is not None:
        facts["kind_declared"] = {(key(declared),)}
    population = graph.value(org, rtes("population"))
    if population is not None:
        facts["population"] = {(number(population),)}
    for start in graph.objects(None, TIME.inXSDgYear):
        facts["year"].add((str(start)[:4],))
    for record in graph.subjects(FOAF.primaryTopic, org):
        modified = graph.value(record, DCT.modified)
        if modified is not None:
            facts["updated"].add((str(modified),))
    address = graph.value(org, LOCN.address)
    if address is not None:
        for name, predicate in (("po_box", LOCN.poBox), ("postcode", LOCN.postCode), ("city", LOCN.postName)):
            value = graph.value(address, predicate)
            if value is not None:
                facts[f"address.{name}"].add((key(value),))
        # A reader writes the street lines as one: building, street, area (locn splits them).
        street = [graph.value(address, p) for p in (LOCN.locatorName, LOCN.thoroughfare, LOCN.addressArea)]
        if any(street):
            facts["address.thoroughfare"].add((key(" ".join(str(s) for s in street if s)),))
        facts["address.cedex"].add((bool(graph.value(address, rtes("cedex"))),))
    for name, predicate in (("departement", rtes("departement")), ("region", rtes("region"))):
        place = graph.value(org, predicate)
        if place is not None:
            facts[name].add((str(place).rsplit("/", 1)[-1],))
    for post in graph.subjects(ORG.postIn, org):
        role = key(label(graph, post))
        for holder in graph.objects(post, ORG.heldBy):
            if (holder, RDF.type, FOAF.Person) in graph:
                facts["contact.person"].add((role, key(label(graph, holder))))
            else:
                facts["contact.service"].add((role, key(label(graph, holder))))
        for title in graph.objects(post, rtes("titre")):
            facts["contact.title"].add((role, key(title)))
    for line in graph.objects(org, rtes("budgetESS")):
        facts["budget"] |= {fact for fact in budget_facts(graph, line, concepts)}
    return facts


def amount_key(graph: Graph, amount) -> str:
    value = graph.value(amount, SCHEMA.value)
    if value is not None:
        return number(value) or ""
    return f"{number(graph.value(amount, SCHEMA.minValue))}-{number(graph.value(amount, SCHEMA.maxValue))}"


def budget_facts(graph: Graph, line, concepts: dict) -> list[tuple]:
    amount = graph.value(line, rtes("montant"))
    value = amount_key(graph, amount) if amount is not None else "?"
    year = graph.value(line, rtes("annee"))
    facts = [("value", value)]
    facts.append(("year", value, str(year)[:4] if year is not None else None))
    for name, predicate in (("section", "section"), ("status", "statut"), ("qualifier", "qualificatif")):
        concept = graph.value(line, rtes(predicate))
        facts.append((name, value, key(concept_label(graph, concept, concepts)) if concept else None))
    facts.append(("scope", value, graph.value(line, rtes("perimetre")) is not None))
    return facts


def expected_budget(line: dict) -> list[tuple]:
    value = number(line["value"]) if line.get("value") is not None else (
        f"{number(line.get('min'))}-{number(line.get('max'))}")
    facts = [("value", value), ("year", value, str(line["year"]) if line.get("year") else None)]
    for name in ("section", "status", "qualifier"):
        facts.append((name, value, key(line[name]) if line.get(name) else None))
    facts.append(("scope", value, bool(line.get("scope"))))
    return facts


def actions_of(graph: Graph, org: URIRef) -> list[URIRef]:
    found = list(graph.objects(org, rtes("soutient")))
    return sorted(found, key=lambda a: (int(graph.value(a, rtes("ligneSource")) or 0), str(a)))


def orgs_of(graph: Graph, subject) -> set[tuple[str, str]]:
    linked = set()
    for name, role in ROLES.items():
        for org in graph.objects(subject, rtes(name)):
            linked.add((key(label(graph, org) or str(org).rsplit("/", 1)[-1]), role))
    return linked


def figures_of(graph: Graph, subject) -> set[tuple]:
    return {(number(graph.value(f, SCHEMA.value)),) for f in graph.objects(subject, rtes("chiffre"))}


# --- comparing one fiche ------------------------------------------------------------------------

def score_fiche(score: Score, name: str, expected: dict, graph: Graph | None, org: URIRef | None,
                concepts: dict) -> None:
    found = graph_facts(graph, org, concepts) if graph is not None else defaultdict(set)
    wanted: dict[str, set] = defaultdict(set)
    if expected.get("name"):
        wanted["name"].add((key(expected["name"]),))
    for item in ("kind", "kind_declared"):
        if expected.get(item):
            wanted[item].add((key(expected[item]),))
    for item in ("population", "year"):
        if expected.get(item) is not None:
            wanted[item].add((number(expected[item]) if item == "population" else str(expected[item]),))
    if expected.get("updated"):
        wanted["updated"].add((expected["updated"],))
    address = expected.get("address") or {}
    for item in ("thoroughfare", "po_box", "postcode", "city"):
        if address.get(item):
            wanted[f"address.{item}"].add((key(address[item]),))
    if address:
        wanted["address.cedex"].add((bool(address.get("cedex")),))
    for item in ("departement", "region"):
        if expected.get(item):
            wanted[item].add((expected[item],))
    for contact in expected.get("contacts", []):
        role = key(contact.get("role"))
        if contact.get("person"):
            wanted["contact.person"].add((role, key(contact["person"])))
        if contact.get("service"):
            wanted["contact.service"].add((role, key(contact["service"])))
        if contact.get("title"):
            wanted["contact.title"].add((role, key(contact["title"])))
    for line in expected.get("budget", []):
        wanted["budget"] |= set(expected_budget(line))
    for item in wanted.keys() | found.keys():
        if item == "budget":
            split(score, name, wanted[item], found[item])
        else:
            score.add(item, name, wanted[item], found[item])
    score_actions(score, name, expected, graph, org)


def split(score: Score, name: str, wanted: set, found: set) -> None:
    """Budget facts are scored per kind: the amount, then each of its qualifiers."""
    for kind in ("value", "year", "section", "status", "qualifier", "scope"):
        score.add(f"budget.{kind}", name, {f for f in wanted if f[0] == kind},
                  {f for f in found if f[0] == kind})


def score_actions(score: Score, name: str, expected: dict, graph: Graph | None, org) -> None:
    want = expected.get("actions", [])
    have = actions_of(graph, org) if graph is not None else []
    score.add("actions.count", name, {(len(want),)}, {(len(have),)})
    free = list(have)
    for index, action in enumerate(want):
        match = next((a for a in free if same_label(action["label"], label(graph, a) or "")), None)
        score.add("actions.label", name, {(index,)}, {(index,)} if match is not None else set())
        if match is not None:
            free.remove(match)
        orgs = {(key(o["name"]), o["role"]) for o in action.get("organisations", [])}
        got = orgs_of(graph, match) if match is not None else set()
        score.add("action.organisations", name, {(index, o) for o, _ in orgs}, {(index, o) for o, _ in got})
        score.add("action.roles", name, {(index, *o) for o in orgs}, {(index, *o) for o in got})
        figures = {(number(f["value"]),) for f in action.get("figures", []) if f.get("value") is not None}
        got_figures = figures_of(graph, match) if match is not None else set()
        score.add("action.figures", name, {(index, *f) for f in figures}, {(index, *f) for f in got_figures})
    for action in free:  # actions the graph invents
        score.add("action.organisations", name, set(), {(-1, o) for o, _ in orgs_of(graph, action)})
    outside = {(key(o["name"]),) for o in expected.get("organisations_outside_actions", [])}
    got_outside = {(o,) for o, _ in orgs_of(graph, org)} if graph is not None else set()
    score.add("organisations.outside", name, outside, got_outside)


# --- the corpus ---------------------------------------------------------------------------------

def concept_labels() -> dict[str, str]:
    from rtes_kg.extract.concepts import concepts_graph

    graph = concepts_graph()
    return {str(s): str(o) for s, o in graph.subject_objects(SKOS.prefLabel)
            if isinstance(o, Literal) and o.language == "fr"}


def mapped_fiches(path: Path, root: Path):
    fiches = read_fiches(path.read_text(encoding="utf-8"), str(path))
    identities = [identify(fiche, str(root)) for fiche in fiches]
    linked = link_members(fiches, identities)
    return [map_fiche(fiche, source_root=str(root), identity=identity)
            for fiche, identity in zip(linked, identities)]


def score_corpus(expected: list[dict], folder: Path) -> Score:
    score, concepts = Score(), concept_labels()
    by_file: dict[str, list[dict]] = defaultdict(list)
    for item in expected:
        by_file[item["file"]].append(item)
    for file, items in sorted(by_file.items()):
        built = mapped_fiches(folder / file, folder)
        for item in sorted(items, key=lambda i: i.get("index", 0)):
            mapped = pick(built, item)
            name = f"{file}#{item.get('index', 0)}"
            score_fiche(score, name, item, mapped.graph if mapped else None,
                        mapped.org if mapped else None, concepts)
    return score


def pick(built: list, item: dict):
    """The mapped fiche an expected one describes: by name, else by position in its file."""
    if item.get("name"):
        for mapped in built:
            if key(label(mapped.graph, mapped.org)) == key(item["name"]):
                return mapped
    index = item.get("index", 0)
    return built[index] if index < len(built) else None


def load(seed: bool) -> tuple[list[dict], Path]:
    if seed:
        return json.loads(SEED_EXPECTED.read_text(encoding="utf-8")), SEED_FILE.parent
    return json.loads((UNSEEN / "expected.json").read_text(encoding="utf-8")), UNSEEN / "fiches"


def report(score: Score, misses: bool = False) -> str:
    lines = [f"{'field':24} {'precision':>9} {'recall':>7} {'hits':>5} {'expected':>8} {'found':>6}"]
    for name, hit, expected, found in score.rows():
        precision = hit / found if found else 1.0
        recall = hit / expected if expected else 1.0
        lines.append(f"{name:24} {precision:9.1%} {recall:7.1%} {hit:5} {expected:8} {found:6}")
    precision, recall = score.overall()
    lines.append(f"{'overall':24} {precision:9.1%} {recall:7.1%}")
    if misses:
        for name in sorted(score.expected.keys() | score.found.keys()):
            for fact in sorted(score.expected[name] - score.found[name], key=repr):
                lines.append(f"  missed {name}: {fact}")
            for fact in sorted(score.found[name] - score.expected[name], key=repr):
                lines.append(f"  wrong  {name}: {fact}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", action="store_true", help="score the seed fiches instead")
    parser.add_argument("--misses", action="store_true", help="list every fact missed or wrong")
    args = parser.parse_args()
    expected, folder = load(args.seed)
    print(report(score_corpus(expected, folder), args.misses))


if __name__ == "__main__":
    sys.exit(main())
