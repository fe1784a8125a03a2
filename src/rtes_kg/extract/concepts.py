"""The words of the concept schemes of ``ontology/concepts.ttl``: the kinds of collectivité, of
ESS structure, the things figures count… as the extractors look for them in a text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from rdflib import Graph, URIRef
from rdflib.term import Node

from rtes_kg.errors import ResourceError
from rtes_kg.once import table
from rtes_kg.parse.naming import normalise_label
from rtes_kg.project import ontology_dir
from rtes_kg.vocab import RTES, SCHEME_KIND, SKOS


@table
def _concepts_graph() -> Graph:
    path = ontology_dir() / "concepts.ttl"
    try:
        return Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise ResourceError(f"cannot read the concept schemes: {error}", file=str(path),
                            hint="reinstall rtes-kg from a clean checkout") from error


def concepts_graph() -> Graph:
    """A fresh copy of ontology/concepts.ttl (a copy, so that callers may add to it)."""
    copy = Graph()
    for triple in _concepts_graph():
        copy.add(triple)
    return copy


@table
def kinds() -> Mapping[str, URIRef]:
    """The table of kinds, read from concepts.ttl: normalised prefLabel, altLabel or notation of
    each concept of the scheme of kinds -> the concept. Two concepts sharing a label is an error
    in concepts.ttl, since a fiche's kind would then depend on load order."""
    graph = _concepts_graph()
    table: dict[str, URIRef] = {}
    for concept in sorted(c for c in graph.subjects(SKOS.inScheme, SCHEME_KIND) if isinstance(c, URIRef)):
        labels = [*graph.objects(concept, SKOS.prefLabel), *graph.objects(concept, SKOS.altLabel),
                  *graph.objects(concept, SKOS.notation)]
        for label in labels:
            key = normalise_label(str(label))
            if table.setdefault(key, concept) != concept:
                raise ResourceError(
                    f"the label « {label} » belongs to two kinds: {table[key]} and {concept}",
                    file=str(ontology_dir() / "concepts.ttl"),
                    hint="keep each label or altLabel on one concept only")
    return MappingProxyType(table)


def repeats_a_label(graph: Graph, node: Node, predicate: Node, value: Node) -> bool:
    """A skos:hiddenLabel that is also the node's prefLabel or altLabel: the source files keep it as
    a matching hint (a chapter's first words), but SKOS wants the three labels disjoint (S13), so
    it is not published."""
    return predicate == SKOS.hiddenLabel and any((node, label, value) in graph
                                                 for label in (SKOS.prefLabel, SKOS.altLabel))


def scheme_labels(scheme: URIRef) -> tuple[tuple[str, str, str], ...]:
    """(code, label, label property name) of every prefLabel, altLabel and hiddenLabel @fr of the
    concepts of a scheme of concepts.ttl, sorted: the words the text extractors look for."""
    graph = _concepts_graph()
    found = []
    for concept in sorted(c for c in graph.subjects(SKOS.inScheme, scheme) if isinstance(c, URIRef)):
        code = str(concept).rsplit("/", 1)[1]
        for predicate, name in ((SKOS.prefLabel, "pref"), (SKOS.altLabel, "alt"),
                                (SKOS.hiddenLabel, "hidden")):
            for label in graph.objects(concept, predicate):
                if getattr(label, "language", None) == "fr":
                    found.append((code, str(label), name))
    return tuple(sorted(found))


def kind_concept(written: str) -> URIRef | None:
    """The concept for a kind as written in a fiche ("Conseil régional" -> kind:region), or None.

    A parenthesised precision is ignored when the whole text is not a known label:
    "Communauté de communes (EPCI à fiscalité propre)" -> kind:communaute-de-communes."""
    table = kinds()
    concept = table.get(normalise_label(written))
    if concept is None:
        concept = table.get(normalise_label(re.sub(r"\([^)]*\)", " ", written)))
    return concept



@table
def _legal_forms() -> tuple[tuple[str, URIRef], ...]:
    """(words, kind) of every rtes:formeJuridiqueNom of concepts.ttl, longest words first."""
    graph = _concepts_graph()
    forms = [(str(words), concept) for concept, words in graph.subject_objects(RTES.formeJuridiqueNom)
             if isinstance(concept, URIRef)]
    return tuple(sorted(forms, key=lambda form: (-len(form[0]), form[0])))


def kind_in_name(name: str) -> URIRef | None:
    """The kind a name states by its legal form ("Syndicat Mixte Préval Haut-Doubs" ->
    kind:syndicat-mixte), or None when it states none, or two.

    >>> str(kind_in_name("Syndicat Mixte Préval Haut-Doubs")).rsplit("/", 1)[1]
    'syndicat-mixte'
    >>> kind_in_name("Est Ensemble Grand Paris") is None
    True
    >>> kind_in_name("Angers Loire Métropole") is None
    True
    """
    words = re.sub(r"^(?:la|le|l) ", "", normalise_label(name)) + " "
    # Only a name that opens with its form states it: "Angers Loire Métropole" is a communauté
    # urbaine, "Dijon Métropole" a métropole; the brand says nothing of the form.
    found = {kind for form, kind in _legal_forms() if words.startswith(f"{form} ")}
    return found.pop() if len(found) == 1 else None


def concept_label(concept: URIRef) -> str:
    """The French prefLabel of a concept of concepts.ttl, or its code."""
    label = next((str(value) for value in _concepts_graph().objects(concept, SKOS.prefLabel)
                  if getattr(value, "language", None) == "fr"), None)
    return label or str(concept).rsplit("/", 1)[-1]
