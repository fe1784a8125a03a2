"""The checked corpus: every fiche mapped and validated, with what the parser and the territorial
reference could not settle, and the named graphs of those that may be published."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import cast

from rdflib import Graph, URIRef

from rtes_kg.check.checked import CheckedFiche, checked
from rtes_kg.check.publication import LineGraph, first_labels, line_graphs
from rtes_kg.check.report import Report, Result
from rtes_kg.check.scale import validate_checked
from rtes_kg.check.shapeplan import plan
from rtes_kg.extract.concepts import concept_label
from rtes_kg.model import homonyms, mint, namesakes
from rtes_kg.model.convert import to_oxigraph
from rtes_kg.model.identity import Identity, identify
from rtes_kg.model.keep import Item, entries_of, keep_items, keep_members, ledger_entries, without_members
from rtes_kg.model.ledger import Entry, Ledger
from rtes_kg.model.mapping import MappedFiche, map_fiche
from rtes_kg.model.members import link_members
from rtes_kg.parse.records import Fiche, ParseIssue
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.territory.resolve import Finding
from rtes_kg.vocab import ORG, RDF, RTES, SKOS


@dataclass(frozen=True)
class Build:
    """Every fiche read, mapped and validated; ``published`` are those without a violation."""

    fiches: tuple[MappedFiche | CheckedFiche, ...]  # CheckedFiche: made by check/pipeline.py
    reference: Graph
    reference_iri: URIRef
    report: Report
    base_iri: str = DEFAULT_BASE_IRI
    ledger: Ledger = Ledger()  # the identifier ledger the IRIs were kept with
    # slug -> what the ledger keeps IRIs for, members included (model.keep.fiche_items(fiche, set()));
    # None: read from the fiches' graphs
    items: Mapping[str, tuple[Item, ...]] | None = None

    @property
    def published(self) -> tuple[MappedFiche | CheckedFiche, ...]:
        failing = set(self.report.failing_fiches())
        return tuple(fiche for fiche in self.fiches if fiche.slug not in failing)

    def line_graphs(self) -> Iterator[LineGraph]:
        """The named graphs to publish, as lines of N-Triples (``check.publication``), one graph at
        a time: one per published fiche, the organisations, the reference.

        Every triple is in exactly one graph. An organisation that several fiches name (the CRESS,
        ADEME…) is described once, in ``{base}graph/organisations``: a SPARQL engine reading the
        union of the graphs would otherwise return one row per fiche that repeats its labels.
        """
        return line_graphs(self.published, self.reference, self.reference_iri,
                           mint.organisations_graph_iri(self.base_iri))

    def ledger_entries(self, base: str) -> list[Entry]:
        """The items of the published fiches as entries of the ledger their release writes."""
        published = self.published
        if self.items is None:  # mapped by map_all: MappedFiche, with their graphs
            return ledger_entries(cast(tuple[MappedFiche, ...], published), base)
        members = {fiche.org for fiche in published}
        return entries_of([without_members(self.items[fiche.slug], members) for fiche in published], base)

    @property
    def excluded(self) -> tuple[MappedFiche | CheckedFiche, ...]:
        failing = set(self.report.failing_fiches())
        return tuple(fiche for fiche in self.fiches if fiche.slug in failing)

    @property
    def duplicates(self) -> tuple[str, ...]:
        """The second fiches of a collectivité another fiche describes ("{slug}@{file}:{line}"):
        never mapped into the build, never published, but fiches read all the same."""
        slugs = {fiche.slug for fiche in self.fiches}
        return tuple(sorted(name for name in set(self.report.failing_fiches()) if name not in slugs))


def map_all(fiches: Iterable[Fiche], base_iri: str = DEFAULT_BASE_IRI,
            source_root: str | None = None,
            ledger: Ledger | None = None) -> tuple[list[MappedFiche], list[Result]]:
    """Map every fiche; a second fiche for the same collectivité is a violation, not a merge.

    With a ``ledger``, every member, organisation, action, budget line and post keeps the IRI it
    had in the former releases (model.keep)."""
    mapped: list[MappedFiche] = []
    results: list[Result] = []
    seen: dict[str, Fiche] = {}
    fiches = list(fiches)
    identities = [identify(fiche, source_root) for fiche in fiches]
    identities = homonyms.apart(identities, ledger)
    if ledger is not None:
        identities = keep_members(fiches, identities, ledger)
    for fiche, identity in zip(namesakes.apart(link_members(fiches, identities), identities, ledger), identities):
        item = map_fiche(fiche, base_iri, source_root, identity)
        results.extend(_parse_results(fiche, item))
        results.extend(_territory_results(identity, item))
        if identity.kind_overridden:
            results.append(_kind_result(fiche, identity, item))
        first = seen.setdefault(item.slug, fiche)
        if first is not fiche:
            results.append(_duplicate(fiche, first, item))
            continue
        mapped.append(item)
    if ledger is not None:
        mapped = keep_items(mapped, ledger, mint.normalise_base(base_iri))
    return mapped, results


def validate_all(mapped: list[MappedFiche], reference: Graph,
                 extra: Iterable[Result] = (), workers: int | None = None) -> Report:
    """The Report of mapped fiches and what mapping them found (``extra``), the fiches validated
    on the machine's cores (check/scale.py): the same report as one call on their union."""
    fiches = [as_checked(fiche) for fiche in mapped]
    report = validate_checked(fiches, reference, workers=workers)
    extra = list(extra)
    return Report.of([*report.results, *extra], [*report.fiches, *(r.fiche for r in extra if r.fiche)])


def as_checked(fiche: MappedFiche | CheckedFiche) -> CheckedFiche:
    if isinstance(fiche, CheckedFiche):
        return fiche
    return checked(fiche.slug, fiche.org, fiche.graph_iri, fiche.record, fiche.graph,
                   fiche.origins, plan().incoming)


def publication_graphs(fiches: Iterable[MappedFiche], reference: Graph, reference_iri: URIRef,
                       organisations_iri: URIRef) -> tuple[tuple[URIRef, tuple[tuple, ...]], ...]:
    """Each fiche's triples without the descriptions of the organisations it names, which go to
    one shared graph; then that graph and the reference graph (see ``Build.line_graphs``).

    Plain tuples of triples, not rdflib Graphs: they are only read, and copying 100k triples
    into Graphs costs seconds.
    """
    fiches = list(fiches)
    members = {fiche.org for fiche in fiches}
    shared: dict[tuple, None] = {}  # ordered, and each triple once
    graphs: list[tuple[URIRef, tuple[tuple, ...]]] = []
    for fiche in fiches:
        named = {s for s in fiche.graph.subjects(RDF.type, ORG.Organization) if s not in members}
        own = []
        for triple in fiche.graph:
            if triple[0] in named:
                shared[triple] = None
            else:
                own.append(triple)
        graphs.append((fiche.graph_iri, tuple(own)))
    if shared:
        graphs.append((organisations_iri, _one_label_each(tuple(shared))))
    graphs.append((reference_iri, tuple(reference)))
    return tuple(graphs)


def _one_label_each(triples: tuple[tuple, ...]) -> tuple[tuple, ...]:
    """``publication.one_label_each`` on rdflib triples: one skos:prefLabel per organisation and
    language (``publication.first_labels``); the others become skos:altLabel."""
    def key(s, o) -> tuple[str, str]:
        return str(s), o.language or ""

    kept = first_labels((key(s, o), str(to_oxigraph(o))) for s, p, o in triples if p == SKOS.prefLabel)
    return tuple(dict.fromkeys((s, SKOS.altLabel, o) if p == SKOS.prefLabel and kept[key(s, o)] != str(to_oxigraph(o))
                               else (s, p, o) for s, p, o in triples))


def _parse_results(fiche: Fiche, mapped: MappedFiche) -> list[Result]:
    # What the parser could not read is a warning: the fiche may still be published, the
    # contributor is told what was skipped (a real defect also fails a shape).
    return [_issue_result(issue, mapped) for issue in fiche.issues]


# The field of the parse issues that are about one field (the others are about the fiche's text).
_ISSUE_FIELDS = {"population-demesuree": ("nombre d'habitants", "population"),
                 "montant-demesure": ("montant", "amount"),
                 "contact-sans-nom": ("contact public", "public contact"),
                 "contact-incomplet": ("contact public", "public contact")}


def _issue_result(issue: ParseIssue, mapped: MappedFiche) -> Result:
    field_fr, field_en = _ISSUE_FIELDS.get(issue.type, ("texte de la fiche", "fiche text"))
    return Result(
        severity="info" if issue.severity == "info" else "violation" if issue.severity == "violation"
        else "warning", type=issue.type,
        focus=str(mapped.org), path=None, value=None,
        message_fr=issue.message_fr, message_en=issue.message_en,
        field_fr=field_fr, field_en=field_en,
        file=issue.source.file, line=issue.source.line, fiche=mapped.slug,
    )


def _territory_results(identity: Identity, mapped: MappedFiche) -> list[Result]:
    # What the territorial reference does not settle is left out of the graph (never guessed):
    # the report says what and how to fix it.
    return [_finding_result(finding, mapped) for finding in identity.territory.findings]


def _finding_result(finding: Finding, mapped: MappedFiche) -> Result:
    return Result(
        severity=finding.severity, type=finding.type, focus=str(mapped.org),
        path=str(RTES[finding.path]), value=None,
        message_fr=finding.message_fr, message_en=finding.message_en,
        field_fr="territoire", field_en="territory",
        file=finding.source.file, line=finding.source.line, fiche=mapped.slug,
    )


def _kind_result(fiche: Fiche, identity: Identity, mapped: MappedFiche) -> Result:
    assert identity.kind is not None and identity.declared_kind is not None
    named, declared = concept_label(identity.kind), concept_label(identity.declared_kind)
    source = fiche.kind.source if fiche.kind is not None else fiche.source
    return Result(
        severity="warning", type="type-corrige-par-le-nom", focus=str(mapped.org),
        path=str(ORG.classification), value=fiche.kind.text if fiche.kind is not None else None,
        message_fr=(f"Le nom dit « {named} » mais la fiche indique « {declared} » : le type publié est "
                    f"« {named} » (le nom fait foi). Corrigez la ligne sous « Type de collectivité »."),
        message_en=(f"The name says “{named}” but the fiche states “{declared}”: the published kind is "
                    f"“{named}” (the name prevails). Correct the line under “Type de collectivité”."),
        field_fr="type de collectivité", field_en="kind of local authority",
        file=source.file, line=source.line, fiche=mapped.slug,
    )


def _duplicate(fiche: Fiche, first: Fiche, mapped: MappedFiche | CheckedFiche) -> Result:
    name = fiche.name.text if fiche.name else mapped.slug
    return Result(
        severity="violation", type="fiche-en-double", focus=str(mapped.org), path=None, value=name,
        message_fr=(f"Une autre fiche porte déjà le nom « {name} » ({first.source}) : "
                    "fusionnez les deux fiches ou corrigez le nom de l’une d’elles."),
        message_en=(f"Another fiche already has the name “{name}” ({first.source}): "
                    "merge the two fiches or correct the name of one of them."),
        field_fr="nom de la collectivité", field_en="name of the collectivité",
        file=fiche.source.file, line=fiche.source.line, fiche=f"{mapped.slug}@{fiche.source}",
    )
