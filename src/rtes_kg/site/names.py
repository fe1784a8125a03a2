"""Names for the nodes that have none in the data (``#budget-2023-fonctionnement-6100000``,
``#adhesion``…), so that a page titles them and links to them in words, not by fragment."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from rtes_kg.site.resource import LABELLING
from rtes_kg.site.summary import RDF_TYPE, RTES, SCHEMA, TIME, Facts, TripleFacts, term, thousands
from rtes_kg.vocab import PREFIXES

FIXED = {  # rdf:type → the name of a node of that type, when nothing more telling is at hand
    PREFIXES["org"] + "Membership": "Adhésion au RTES",
    PREFIXES["locn"] + "Address": "Adresse",
    PREFIXES["time"] + "Interval": "Période d’adhésion",
    PREFIXES["adms"] + "Identifier": "Identifiant",
    RTES + "LigneBudgetaire": "Ligne du budget ESS",
    PREFIXES["schema"] + "MonetaryAmount": "Montant",
    PREFIXES["schema"] + "QuantitativeValue": "Chiffre",
}


def fragment_labels(triples: Iterable[tuple[Node, Node, Node]],
                    facts: Facts | None = None) -> list[tuple[Node, Node, Node]]:
    """``(node, skos:prefLabel, "…"@fr)`` for each ``…#fragment`` node of ``triples`` that has no
    label of its own; ``facts`` (default: the triples themselves) resolves what they point at."""
    triples = list(triples)
    facts = facts or TripleFacts(triples)
    labelled = {s for s, p, _ in triples if p in LABELLING}
    typing = {RDF_TYPE}  # ``in`` a set compares hashes first: ``==`` on rdflib terms is a Python call
    found: list[tuple[Node, Node, Node]] = []
    for node in sorted({s for s, p, _ in triples if p in typing}, key=str):
        if not isinstance(node, URIRef) or "#" not in node or node in labelled:
            continue
        name = name_of(node, facts)
        if name:
            found.append((node, SKOS.prefLabel, Literal(name, lang="fr")))
    return found


def name_of(node: URIRef, facts: Facts) -> str:
    types = {str(kind) for kind in facts.objects(node, RDF_TYPE)}
    if RTES + "LigneBudgetaire" in types:
        sections = facts.objects(node, term(RTES, "section"))
        parts = [_text(facts, node, RTES, "annee"), *(_label_tail(section) for section in sections)]
        amounts = [amount_text(facts, amount) for amount in facts.objects(node, term(RTES, "montant"))]
        head = "Budget ESS" + (f" {', '.join(p for p in parts if p)}" if any(parts) else "")
        return head + (f" : {' ; '.join(a for a in amounts if a)}" if any(amounts) else "")
    if SCHEMA + "MonetaryAmount" in types:
        return amount_text(facts, node) or FIXED[SCHEMA + "MonetaryAmount"]
    if SCHEMA + "QuantitativeValue" in types:
        return _text(facts, node, RTES, "texteSource") or FIXED[SCHEMA + "QuantitativeValue"]
    if PREFIXES["time"] + "Instant" in types:
        year = _text(facts, node, TIME, "inXSDgYear")
        return f"Début : {year}" if year else "Début"
    if PREFIXES["adms"] + "Identifier" in types:
        return " ".join(filter(None, (_text(facts, node, PREFIXES["dct"], "title"),
                                      _text(facts, node, PREFIXES["skos"], "notation")))) or "Identifiant"
    return next((FIXED[kind] for kind in sorted(types) if kind in FIXED), "")


def amount_text(facts: Facts, amount: Node) -> str:
    values = {name: facts.objects(amount, term(SCHEMA, name)) for name in ("value", "minValue", "maxValue")}
    if values["value"]:
        return f"{thousands(values['value'][0])} €"
    if values["minValue"] and values["maxValue"]:
        return f"de {thousands(values['minValue'][0])} à {thousands(values['maxValue'][0])} €"
    return _text(facts, amount, RTES, "texteSource")


def _text(facts: Facts, node: Node, namespace: str, name: str) -> str:
    found = facts.objects(node, term(namespace, name))
    return str(found[0]) if found else ""


def _label_tail(concept: Node) -> str:
    return str(concept).rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
