"""The curated list of organisations (data/reference/organisations.ttl): names, aliases, families,
kinds, the networks they belong to and the words their chapters' names start with, read and checked
once per process."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from rtes_kg.errors import ResourceError
from rtes_kg.extract.lexicon import Lexicon, phrase_keys
from rtes_kg.once import table
from rtes_kg.project import data_dir
from rtes_kg.vocab import CURATED_ORG_BASE as REFERENCE_BASE
from rtes_kg.vocab import CV, ORG, RDF, RTES, SCHEMA, SKOS

REFERENCE_FILE = "reference/organisations.ttl"
STRUCTURE = "structure-ess"


@dataclass(frozen=True)
class ReferenceEntry:
    """One organisation of the curated list."""

    slug: str
    label: str
    category: str
    kind: str | None
    parent: str | None = None  # the slug of its network (org:subOrganizationOf)
    region: str | None = None  # the INSEE code of the région it serves (schema:areaServed), if one


@dataclass(frozen=True)
class Reference:
    graph: Graph
    entries: dict[str, ReferenceEntry]
    lexicon: Lexicon[ReferenceEntry]
    # skos:hiddenLabel: the words a chapter's name starts with -> the network it is a chapter of.
    chapters: Lexicon[ReferenceEntry]
    # The acronym among a network's hiddenLabels ("CAF", "MSA", "CCI"): its chapters' IRIs are made
    # from it, so "Caisse d'allocations familiales de la Vienne" and "CAF de la Vienne" are one.
    acronyms: dict[str, str]

    def chapter_type(self, network: str) -> tuple[str, str | None] | None:
        """(family, kind) of the listed chapters of a network, for its chapters not listed: a
        regional Mouvement associatif is a network, a local Banque Alimentaire a food bank."""
        listed = sorted(e.slug for e in self.entries.values() if e.parent == network)
        return (self.entries[listed[0]].category, self.entries[listed[0]].kind) if listed else None

    def regional_chapter(self, network: str, region: str) -> ReferenceEntry | None:
        """The listed chapter of a network that serves a région: "la CRESS" in a fiche of a member
        in Hauts-de-France is the CRESS Hauts-de-France."""
        found = [e for e in self.entries.values() if e.parent == network and e.region == region]
        return found[0] if len(found) == 1 else None


def _category(graph: Graph, node: URIRef) -> str | None:
    types = set(graph.objects(node, RDF.type))
    for rdf_type, category in ((RTES.StructureESS, STRUCTURE), (SCHEMA.Corporation, "entreprise"),
                               (RTES.Reseau, "reseau"), (CV.PublicOrganisation, "organisme-public")):
        if rdf_type in types:
            return category
    return None


@table
def reference() -> Reference:
    """data/reference/organisations.ttl, checked: one French prefLabel, a known family, no label
    shared by two organisations."""
    path = data_dir() / REFERENCE_FILE
    try:
        graph = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise ResourceError(f"cannot read the list of organisations: {error}", file=str(path),
                            hint="fix the Turtle syntax of the file") from error
    entries: dict[str, ReferenceEntry] = {}
    phrases: dict[tuple[str, ...], ReferenceEntry] = {}
    prefixes: dict[tuple[str, ...], ReferenceEntry] = {}
    acronyms: dict[str, str] = {}
    for node in sorted({s for s in graph.subjects(SKOS.prefLabel, None) if isinstance(s, URIRef)}):
        slug = str(node).removeprefix(REFERENCE_BASE)
        labels = [label for label in graph.objects(node, SKOS.prefLabel)
                  if isinstance(label, Literal) and label.language == "fr"]
        category = _category(graph, node)
        if not str(node).startswith(REFERENCE_BASE) or len(labels) != 1 or category is None:
            raise ResourceError(f"the organisation {node} needs an IRI under {REFERENCE_BASE}, one "
                                "skos:prefLabel @fr and one of the four families of types",
                                file=str(path), hint="see the comment at the top of the file")
        kind = graph.value(node, ORG.classification)
        parent = graph.value(node, ORG.subOrganizationOf)
        served = graph.value(node, SCHEMA.areaServed)
        entry = ReferenceEntry(slug, str(labels[0]), category,
                               str(kind).rsplit("/", 1)[1] if kind is not None else None,
                               str(parent).removeprefix(REFERENCE_BASE) if parent is not None else None,
                               str(served).rsplit("/region/", 1)[1] if "/region/" in str(served) else None)
        entries[slug] = entry
        for label in [labels[0], *graph.objects(node, SKOS.altLabel)]:
            _keep_once(phrases, phrase_keys(str(label)), entry, str(label), path)
        for label in graph.objects(node, SKOS.hiddenLabel):
            _keep_once(prefixes, phrase_keys(str(label)), entry, str(label), path)
            if str(label).isupper() and len(str(label)) > 1:  # one only: "DREETS", "DEETS" are two forms
                acronyms[slug] = str(label) if slug not in acronyms else ""
    unknown = sorted(e.slug for e in entries.values() if e.parent and e.parent not in entries)
    if unknown:
        raise ResourceError(f"org:subOrganizationOf points outside the list for {', '.join(unknown)}",
                            file=str(path), hint="give the network an entry of its own")
    return Reference(graph, entries, Lexicon(sorted(phrases.items())), Lexicon(sorted(prefixes.items())),
                     {slug: acronym for slug, acronym in acronyms.items() if acronym})


def _keep_once(table: dict[tuple[str, ...], ReferenceEntry], keys: tuple[str, ...],
               entry: ReferenceEntry, label: str, path: object) -> None:
    if table.setdefault(keys, entry) is not entry:
        raise ResourceError(f"the label « {label} » belongs to two organisations: "
                            f"{table[keys].slug} and {entry.slug}", file=str(path),
                            hint="keep each label on one organisation only")
