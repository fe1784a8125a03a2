"""The home page's context: counts, downloads, the member index behind the filter, and two charts
(members per kind, ESS budget per kind) laid out at build time as SVG geometry."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF

from rtes_kg.formats import by_suffix
from rtes_kg.publish.release import ReleaseInfo
from rtes_kg.site.resource import Labels, entity_of
from rtes_kg.site.summary import TripleFacts
from rtes_kg.vocab import PREFIXES

# Plain URIRefs: a DefinedNamespace attribute is a slow lookup, and these sit in hot loops.
RDF_TYPE = RDF.type

RTES = PREFIXES["rtes"]
COLLECTIVITE = URIRef(RTES + "Collectivite")
ACTION = URIRef(RTES + "ActionESS")
ORGANIZATION = ORG.Organization
VALUE = URIRef(PREFIXES["schema"] + "value")
BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, BAR_SPACE = 22, 8, 260, 300


@dataclass(frozen=True)
class Member:
    name: str
    href: str
    kind: str
    region: str
    population: str


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    y: int
    width: int


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    bars: tuple[Bar, ...]
    height: int
    width: int = LABEL_WIDTH + BAR_SPACE + 120
    label_width: int = LABEL_WIDTH


@dataclass(frozen=True)
class Download:
    name: str
    href: str
    format: str
    size: str
    sha256: str


@dataclass(frozen=True)
class Home:
    counts: tuple[tuple[str, int], ...]
    members: tuple[Member, ...]
    kinds: tuple[str, ...]
    regions: tuple[str, ...]
    charts: tuple[Chart, ...]
    downloads: tuple[Download, ...]
    index_json: str


class _Index:
    """What the home page reads of the published triples, from the site's index of them: a copy of
    its own, made in the worker that writes the home page, took 0.7 GB there at 10,000 fiches."""

    def __init__(self, facts: TripleFacts, count: int) -> None:
        self.facts, self.count = facts, count

    def values(self, subject, predicate) -> list:
        return self.facts.all(subject, predicate)

    def one(self, subject, predicate):
        values = self.values(subject, predicate)
        return min(values) if values else None

    def of_type(self, rdf_type) -> list:
        return sorted(set(self.facts.having(RDF_TYPE, rdf_type)))


def home_context(facts: TripleFacts, count: int, base: str, labels: Labels, release: ReleaseInfo) -> Home:
    """The home page of the published triples (``count`` of them), read from their index."""
    index = _Index(facts, count)
    members = tuple(sorted((_member(index, iri, base, labels) for iri in index.of_type(COLLECTIVITE)),
                           key=lambda m: (m.name.casefold(), m.href)))
    organisations = index.of_type(ORGANIZATION)
    counts = (("membres", len(members)),
              ("organisations", len([o for o in organisations if "#" not in str(o)])),
              ("actions", len(index.of_type(ACTION))),
              ("fiches", len(index.of_type(URIRef(PREFIXES["foaf"] + "Document")))),
              ("triplets", index.count))
    return Home(
        counts=counts, members=members,
        kinds=tuple(sorted({m.kind for m in members})),
        regions=tuple(sorted({m.region for m in members})),
        charts=(_members_chart(members), _budget_chart(index, labels)),
        downloads=_downloads(release),
        index_json=json.dumps([{"nom": m.name, "type": m.kind, "region": m.region, "href": m.href}
                               for m in members], ensure_ascii=False, indent=0),
    )


def _member(index: _Index, iri, base: str, labels: Labels) -> Member:
    kind = index.one(iri, ORG.classification)
    kind_text = labels(str(kind)) if kind is not None else str(
        index.one(iri, URIRef(RTES + "typeDeclare")) or "type inconnu")
    region = index.one(iri, URIRef(RTES + "region"))  # the région of its seat, from the INSEE reference
    population = index.one(iri, URIRef(RTES + "population"))
    page = entity_of(str(iri), base)
    return Member(name=labels(str(iri)), href=f"{page[len(base):]}/" if page else str(iri),
                  kind=kind_text,
                  region=labels(str(region)) if region is not None else "région inconnue",
                  population=_thousands(population) if isinstance(population, Literal) else "")


def _members_chart(members: tuple[Member, ...]) -> Chart:
    counts = Counter(m.kind for m in members)
    return _chart("membres-par-type", "Membres par type de collectivité",
                  "Nombre de membres du RTES par type de collectivité.",
                  [(kind, count, str(count)) for kind, count in counts.items()])


def _budget_chart(index: _Index, labels: Labels) -> Chart:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for member in index.of_type(COLLECTIVITE):
        kind = index.one(member, ORG.classification)
        kind_text = labels(str(kind)) if kind is not None else "type inconnu"
        for line in index.values(member, URIRef(RTES + "budgetESS")):
            for amount in index.values(line, URIRef(RTES + "montant")):
                for value in index.values(amount, VALUE):
                    try:
                        totals[kind_text] += Decimal(str(value))
                    except InvalidOperation:
                        continue  # an unreadable amount fails validation; never published
    return _chart("budget-par-type", "Budget ESS déclaré par type de collectivité",
                  "Somme des montants en euros des budgets ESS cités dans les fiches, "
                  "toutes années et sections confondues.",
                  [(kind, float(total), f"{_thousands(int(total))} €")
                   for kind, total in totals.items()])


def _chart(chart_id: str, title: str, description: str,
           rows: list[tuple[str, float, str]]) -> Chart:
    rows = sorted(rows, key=lambda row: (-row[1], row[0]))
    top = max((value for _, value, _ in rows), default=0) or 1
    bars = tuple(Bar(label, text, index * (BAR_HEIGHT + BAR_GAP),
                     max(1, round(value / top * BAR_SPACE)))
                 for index, (label, value, text) in enumerate(rows))
    return Chart(chart_id, title, description, bars,
                 height=max(1, len(bars)) * (BAR_HEIGHT + BAR_GAP))


def _downloads(release: ReleaseInfo) -> tuple[Download, ...]:
    return tuple(Download(name=info.name, href=f"../{info.name}", format=_format(info.name),
                          size=_size(info.size), sha256=info.sha256)
                 for info in release.files if info.name.startswith("rtes."))


def _format(name: str) -> str:
    """``rtes.ttl.gz`` → "Turtle (gzip)"."""
    syntax = by_suffix(name.removesuffix(".gz"))
    return (syntax.label if syntax else "") + (" (gzip)" if name.endswith(".gz") else "")


def _thousands(value) -> str:
    try:
        return f"{int(str(value)):,}".replace(",", "\u202f")
    except ValueError:
        return str(value)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} Ko".replace(".", ",")
    return f"{size / 1024 / 1024:.1f} Mo".replace(".", ",")
