"""What the site reads of the published data, made before the release's files are written: the
published graphs as rdflib terms, the facts and labels they state, the pages they give triples to
(site/inputs.py), the fiches each page comes from, the map's counts. The build makes it while the
dumps are written, in a process of their own (build.py): none of it depends on the release."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS as DCT

from rtes_kg.check.checked import CheckedFiche
from rtes_kg.check.corpus import Build
from rtes_kg.check.publication import rdflib_graphs, value
from rtes_kg.site.inputs import PageIndex
from rtes_kg.site.names import fragment_labels
from rtes_kg.site.resource import Fact, Labels, Value, entity_of
from rtes_kg.site.summary import TripleFacts
from rtes_kg.site.territories import Atlas

LINE = URIRef("https://w3id.org/rtes/ontology#ligneSource")


@dataclass
class DataIndex:
    """The site's index of the published data, for one site: writing it adds the release's
    description to ``labels`` and ``pages`` (site/files.py)."""

    triples: list
    graphs: list[tuple[str, tuple]]
    facts: TripleFacts
    labels: Labels
    pages: PageIndex
    sources: dict[str, tuple[Fact, ...]]
    atlas: Atlas

    @classmethod
    def of(cls, build: Build, base: str) -> DataIndex:
        graphs: list[tuple[str, tuple]] = []

        def read() -> Iterator[tuple[str, list[str], tuple]]:  # each graph's lines, dropped once read
            for iri, lines, graph_triples in rdflib_graphs(build.line_graphs()):
                graphs.append((iri, graph_triples))
                yield iri, lines, graph_triples

        pages = PageIndex(read(), base)
        triples = [triple for _, graph_triples in graphs for triple in graph_triples]
        facts = TripleFacts(triples)
        return cls(triples, graphs, facts, Labels([triples, fragment_labels(triples, facts)]),
                   pages, _sources(build, base), Atlas.of(facts, base))


def _sources(build: Build, base: str) -> dict[str, tuple[Fact, ...]]:
    """For each page, the fiche(s) it was read from: the record's page, file, line and date."""
    found: dict[str, dict[str, set[Value]]] = defaultdict(lambda: defaultdict(set))
    for fiche in build.published:
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
        subjects = (fiche.summary.subjects if isinstance(fiche, CheckedFiche)
                    else {str(s) for s in fiche.graph.subjects() if isinstance(s, URIRef)})
        for subject in subjects:
            page = entity_of(subject, base)
            if page is not None:
                for label, shown in values.items():
                    found[page][label].add(shown)
    result = {}
    for page, facts in found.items():
        depth = "../" * (page[len(base):].count("/") + 1)
        result[page] = tuple(
            Fact(label, "", tuple(sorted((Value(v.text, depth + v.href if v.href else None)
                                          for v in values), key=lambda v: v.text)))
            for label, values in sorted(facts.items()))
    return result
