"""What the site's pages need of the published graph, read once: each page's own triples (as
N-Triples lines: a page is made from them alone), the links into each page, the labels of every
IRI, the triples the home page reads, and the fiche each page comes from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS as DCT
from rdflib.term import Node

from rtes_kg.check.checked import CheckedFiche
from rtes_kg.check.corpus import Build
from rtes_kg.check.publication import value
from rtes_kg.model.convert import from_oxigraph
from rtes_kg.site.home import HOME_PREDICATES
from rtes_kg.site.resource import LABEL_PREDICATES, Fact, Labels, Value, entity_of

LINE = URIRef("https://w3id.org/rtes/ontology#ligneSource")


@dataclass
class SiteIndex:
    own: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    incoming: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    labels: Labels = field(default_factory=Labels)
    home: list[tuple[Node, Node, Node]] = field(default_factory=list)  # what the home page reads
    count: int = 0  # triples, each graph's counted


def index_release(build: Build, base: str, ontology: Graph) -> SiteIndex:
    index = SiteIndex(labels=Labels([ontology]))
    home = {f"<{predicate}>" for predicate in HOME_PREDICATES}
    labelled = {f"<{predicate}>" for predicate in LABEL_PREDICATES}
    parse: list[str] = []  # the lines whose terms are needed: labels and what the home page reads
    for _, lines in build.line_graphs():
        for line in lines:
            index.count += 1
            subject, predicate, obj = line.split(" ", 2)
            if predicate in home or predicate in labelled:
                parse.append(line)
            if not subject.startswith("<"):
                continue  # a blank node has no page (the mapping makes none)
            page = entity_of(subject[1:-1], base)
            if page is None:
                continue
            index.own[page].append(line)
            if obj.startswith("<"):
                target = entity_of(obj[1:-1], base)
                if target is not None and target != page:
                    index.incoming[target].add((predicate[1:-1], page))
    text = "".join(f"{line} .\n" for line in parse).encode("utf-8")
    for quad in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
        triple = quad.triple
        index.labels.add_oxigraph(triple)
        if f"<{triple.predicate.value}>" in home:
            index.home.append((from_oxigraph(triple.subject), from_oxigraph(triple.predicate),
                               from_oxigraph(triple.object)))
    return index


def sources(fiches: Iterable, base: str) -> dict[str, tuple[Fact, ...]]:
    """For each page, the fiche(s) it was read from: the record's page, file, line and date."""
    found: dict[str, dict[str, set[Value]]] = defaultdict(lambda: defaultdict(set))
    for fiche in fiches:
        record = fiche.record
        record_page = entity_of(str(record), base)
        source = value(fiche, record, DCT.source)
        line = value(fiche, record, LINE)
        modified = value(fiche, record, DCT.modified)
        values = {"fiche": Value(str(value(fiche, record, DCT.title) or fiche.slug),
                                 f"{record_page[len(base):]}/" if record_page else None)}
        if source is not None:
            path = str(source)[len(base) + len("source/"):] if str(source).startswith(base) else str(source)
            values["fichier"] = Value(f"{path}, ligne {line}" if isinstance(line, Literal) else path)
        if modified is not None:
            values["mise à jour"] = Value(str(modified))
        for subject in _iri_subjects(fiche):
            page = entity_of(subject, base)
            if page is not None:
                for label, found_value in values.items():
                    found[page][label].add(found_value)
    result = {}
    for page, facts in found.items():
        depth = "../" * (page[len(base):].count("/") + 1)
        result[page] = tuple(
            Fact(label, "", tuple(sorted((Value(v.text, depth + v.href if v.href else None)
                                          for v in values), key=lambda v: v.text)))
            for label, values in sorted(facts.items()))
    return result


def _iri_subjects(fiche) -> Iterable[str]:
    if isinstance(fiche, CheckedFiche):
        return fiche.summary.subjects  # a blank node's id is no IRI of the base: it has no page
    return {str(s) for s in fiche.graph.subjects() if isinstance(s, URIRef)}
