"""The named graphs a build publishes, made one fiche at a time.

The same graphs as ``corpus.publication_graphs`` (each fiche's own triples, the organisations that
fiches name described once, the reference), without making rdflib terms: as lines of N-Triples
(the dumps sort and write them as text; 10,000 fiches stay a few hundred megabytes of text), then,
for the site, as rdflib triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Graph, URIRef
from rdflib.term import Node

from rtes_kg.check.checked import CheckedFiche
from rtes_kg.model.convert import LineTerms, oxigraph_triple
from rtes_kg.vocab import ORG, RDF, SKOS

RDF_TYPE = str(RDF.type)
ORGANIZATION = str(ORG.Organization)
NAMED = f" <{RDF_TYPE}> <{ORGANIZATION}>"
PREF_LABEL, ALT_LABEL = f"<{SKOS.prefLabel}>", f"<{SKOS.altLabel}>"

LineGraph = tuple[str, list[str]]  # (graph IRI, lines: ``str`` of each Oxigraph triple)


def fiche_lines(fiche) -> list[str]:
    """A fiche's triples (a ``CheckedFiche`` or a ``MappedFiche``) as lines (``CheckedFiche.lines``)."""
    if isinstance(fiche, CheckedFiche):
        return fiche.lines()
    return [str(oxigraph_triple(triple)) for triple in fiche.graph]


def line_graphs(fiches: Iterable, reference: Graph, reference_iri: URIRef,
                organisations_iri: URIRef) -> Iterator[LineGraph]:
    """(graph IRI, lines) of each fiche, then of the organisations they name, then of the
    reference; every triple in exactly one graph."""
    fiches = list(fiches)
    members = {f"<{fiche.org}>" for fiche in fiches}
    shared: dict[str, None] = {}  # ordered, and each triple once
    for fiche in fiches:
        lines = fiche_lines(fiche)
        named = {line.split(" ", 1)[0] for line in lines if line.endswith(NAMED)} - members
        own = []
        for line in lines:
            if line.split(" ", 1)[0] in named:
                shared[line] = None
            else:
                own.append(line)
        yield str(fiche.graph_iri), own
    if shared:
        yield str(organisations_iri), one_label_each(list(shared))
    # sorted: an rdflib graph yields its triples in an order of the process's string hashes, and
    # the dumps' cache keys its pieces by their lines (publish/pieces.py)
    yield str(reference_iri), sorted(str(oxigraph_triple(triple)) for triple in reference)


def one_label_each(lines: list[str]) -> list[str]:
    """The organisations' lines with one skos:prefLabel per organisation and language (as SKOS
    wants): two fiches may spell one body two ways ("ATIS", "Atis"); the first in code-point order
    stays its label, whatever the order of the fiches, the others become skos:altLabel."""
    parts = [line.split(" ", 2) for line in lines]
    kept = first_labels(((subject, obj[obj.rfind('"') + 1:]), obj)
                        for subject, predicate, obj in parts if predicate == PREF_LABEL)
    relabelled = (f"{subject} {ALT_LABEL} {obj}" if predicate == PREF_LABEL
                  and kept[(subject, obj[obj.rfind('"') + 1:])] != obj else line
                  for line, (subject, predicate, obj) in zip(lines, parts))
    return list(dict.fromkeys(relabelled))


def first_labels(labels: Iterable[tuple[tuple[str, str], str]]) -> dict[tuple[str, str], str]:
    """(organisation, language) -> the label it keeps as skos:prefLabel: the first of its labels,
    each as N-Triples writes it, in code-point order. ``convert`` (rdflib triples) and ``build``
    (N-Triples lines) choose with this one order, so both publish the same label."""
    kept: dict[tuple[str, str], str] = {}
    for key, text in labels:
        kept[key] = min(kept.get(key, text), text)
    return kept


def value(fiche, subject: URIRef, predicate: URIRef) -> Node | None:
    """``fiche.graph.value(subject, predicate)``, without making an rdflib graph of a checked fiche."""
    if isinstance(fiche, CheckedFiche):
        return fiche.value(subject, predicate)
    return fiche.graph.value(subject, predicate)


def rdflib_graphs(graphs: Iterable[LineGraph]) -> Iterator[tuple[str, list[str], tuple[tuple, ...]]]:
    """(graph IRI, lines, the lines as rdflib triples) of each graph, each distinct term made once
    for them all (``LineTerms``)."""
    terms = LineTerms()
    for iri, lines in graphs:
        yield iri, lines, tuple(map(terms.triple, lines))
