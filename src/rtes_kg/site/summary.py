"""The summary a person reads at the top of a resource page: for a member its kind, population,
territory, address, contacts, ESS budget, programme and actions; for an organisation, an action,
a département or a région what it is linked to. Built from any ``Facts`` (the published triples
on the site, the Oxigraph store on `serve`, one fiche's graph in the validation preview), with
labels and links resolved, so that templates never see the graph (STYLE.md point 8).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol, cast

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg.site.resource import Labels, Links, Value
from rtes_kg.vocab import PREFIXES

RDF_TYPE = URIRef(PREFIXES["rdf"] + "type")
RTES, ORG, SCHEMA = PREFIXES["rtes"], PREFIXES["org"], PREFIXES["schema"]
LOCN, IGEO, FOAF, SKOS = PREFIXES["locn"], PREFIXES["igeo"], PREFIXES["foaf"], PREFIXES["skos"]
DCT, TIME = PREFIXES["dct"], PREFIXES["time"]


def term(namespace: str, name: str) -> URIRef:
    return URIRef(namespace + name)


COLLECTIVITE, ACTION = term(RTES, "Collectivite"), term(RTES, "ActionESS")
ORGANIZATION = term(ORG, "Organization")
DEPARTEMENT, REGION = term(IGEO, "Departement"), term(IGEO, "Region")


class Facts(Protocol):
    """The triples a summary reads, by subject or by object (rdflib terms)."""

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]: ...

    def subjects(self, predicate: URIRef, obj: Node) -> list[Node]: ...


class TripleFacts:
    """``Facts`` over a list of triples, indexed both ways: by subject, and by node object (a page
    asks which nodes point at a node, never which have a given literal: the literals, some 40% of
    the triples, are left out of that index).

    A key with one value (most: a subject has one label, one type of each kind) holds the value
    itself, not a list of one: at 10,000 fiches, some 1.5 million lists fewer in the build's
    process, whose pages the site's workers share."""

    def __init__(self, triples: Iterable[tuple[Node, Node, Node]]):
        self._out: dict[tuple[Node, Node], Node | list[Node]] = {}
        self._in: dict[tuple[Node, Node], Node | list[Node]] = {}
        for subject, predicate, obj in triples:
            _add(self._out, (subject, predicate), obj)
            if not isinstance(obj, Literal):
                _add(self._in, (predicate, obj), subject)

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted(set(self.all(subject, predicate)), key=str)

    def subjects(self, predicate: URIRef, obj: Node) -> list[Node]:
        return sorted(set(self.having(predicate, obj)), key=str)

    def all(self, subject: Node, predicate: URIRef) -> list[Node]:
        """The objects in the order of the triples, each as often as a triple has it."""
        return _listed(self._out.get((subject, predicate)))

    def having(self, predicate: URIRef, obj: Node) -> list[Node]:
        """The subjects in the order of the triples, each as often as a triple has it."""
        if isinstance(obj, Literal):
            raise ValueError("TripleFacts does not index the subjects of a literal")
        return _listed(self._in.get((predicate, obj)))


def _add(index: dict[tuple[Node, Node], Node | list[Node]], key: tuple[Node, Node], value: Node) -> None:
    found = index.get(key)
    if found is None:
        index[key] = value
    elif type(found) is list:  # a term is never a list
        found.append(value)
    else:
        index[key] = [cast(Node, found), value]


def _listed(found: Node | list[Node] | None) -> list[Node]:
    if found is None:
        return []
    return found if type(found) is list else [cast(Node, found)]


@dataclass(frozen=True)
class Row:
    """One line of the summary: a label and its values (links where there is a page)."""

    label: str
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    title: str


@dataclass(frozen=True)
class BudgetLine:
    year: str
    section: str
    status: str
    scope: str
    amount: str
    part_of: bool  # a "dont …" line: a part of the line above it, not to be added to it
    text: str  # as written in the fiche


@dataclass(frozen=True)
class ActionCard:
    title: Value
    description: tuple[str, ...]  # paragraphs
    carriers: tuple[Value, ...]
    partners: tuple[Value, ...]
    figures: tuple[str, ...]
    state: tuple[Value, ...] = ()  # "en projet", "terminée" (rtes:etatAction), when the fiche says so


@dataclass(frozen=True)
class Summary:
    """What a person reads first; every part may be empty (the template leaves it out)."""

    heading: str
    facts: tuple[Row, ...]
    contacts: tuple[Contact, ...] = ()
    budget: tuple[BudgetLine, ...] = ()
    programme: tuple[str, ...] = ()
    programme_heading: str = "Programme ESS"
    actions: tuple[ActionCard, ...] = ()
    lists: tuple[Row, ...] = ()  # members of a territory, actions of an organisation…
    region_code: str = ""  # a région's INSEE code: its page shows the map of its départements


class Reader:
    """Reads one resource's facts as text and links."""

    def __init__(self, facts: Facts, labels: Labels, links: Links, page: str):
        self.facts, self.labels, self.links, self.page = facts, labels, links, page

    def all(self, subject: Node, namespace: str, name: str) -> list[Node]:
        return self.facts.objects(subject, term(namespace, name))

    def one(self, subject: Node, namespace: str, name: str) -> Node | None:
        found = self.all(subject, namespace, name)
        french = [o for o in found if isinstance(o, Literal) and o.language in (None, "fr")]
        return (french or found or [None])[0]

    def text(self, subject: Node, namespace: str, name: str) -> str:
        value = self.one(subject, namespace, name)
        if value is None:
            return ""
        return self.labels(str(value)) if isinstance(value, URIRef) else str(value)

    def link(self, node: Node) -> Value:
        return Value(self.labels(str(node)), self.links.href(str(node), self.page))

    def links_of(self, nodes: Iterable[Node]) -> tuple[Value, ...]:
        return tuple(sorted({self.link(node) for node in nodes if isinstance(node, URIRef)},
                            key=lambda value: (value.text.casefold(), value.href or "")))

    def types(self, subject: Node) -> set[Node]:
        return set(self.facts.objects(subject, RDF_TYPE))


def summarise(iri: str, facts: Facts, labels: Labels, links: Links) -> Summary | None:
    """The summary of the resource ``iri``, or None when it is of no kind summarised here."""
    node = URIRef(iri)
    read = Reader(facts, labels, links, iri)
    types = read.types(node)
    if COLLECTIVITE in types:
        return _member(node, read)
    if ACTION in types:
        return _action(node, read)
    if DEPARTEMENT in types or REGION in types:
        return _territory(node, read, REGION in types)
    if ORGANIZATION in types:
        return _organisation(node, read)
    return None


def _member(node: URIRef, read: Reader) -> Summary:
    rows = [("Type", _values(read, node, ORG, "classification") or _plain(read.text(node, RTES, "typeDeclare"))),
            ("Population", _plain(_population(read, node))),
            ("Membre du RTES depuis", _plain(_member_since(read, node))),
            ("Département", _values(read, node, RTES, "departement")),
            ("Région", _values(read, node, RTES, "region")),
            ("Territoire", _values(read, node, DCT, "spatial")),
            ("SIREN", _plain(read.text(node, RTES, "siren"))),
            ("Adresse", _plain(_address(read, node))),
            ("Site web", tuple(Value(str(url), str(url)) for url in read.all(node, SCHEMA, "url"))),
            ("Partenaires", read.links_of(read.all(node, RTES, "partenaire")))]
    return Summary(
        heading="En bref",
        facts=tuple(Row(label, values) for label, values in rows if values),
        contacts=_contacts(read, node),
        budget=_budget(read, node),
        programme=_paragraphs(read.text(node, RTES, "programmeESS")),
        actions=tuple(_card(read, action) for action in read.all(node, RTES, "soutient")),
    )


def _action(node: URIRef, read: Reader) -> Summary:
    card = _card(read, node)
    rows = [("Soutenue par", read.links_of(read.all(node, RTES, "soutenuePar"))), ("État", card.state),
            ("Portée par", card.carriers), ("Partenaires", card.partners),
            ("Chiffres", tuple(Value(figure) for figure in card.figures)),
            ("Montants cités", tuple(Value(said) for said in _amounts(read, read.all(node, RTES, "montantCite"))))]
    return Summary(heading="En bref", facts=tuple(Row(label, values) for label, values in rows if values),
                   programme=card.description, programme_heading="Description")


def _organisation(node: URIRef, read: Reader) -> Summary:
    carried = read.facts.subjects(term(RTES, "porteePar"), node)
    partner_of = read.facts.subjects(term(RTES, "partenaire"), node)
    rows = [("Type", _values(read, node, ORG, "classification")),
            ("Site web", tuple(Value(str(url), str(url)) for url in read.all(node, SCHEMA, "url"))),
            ("Membre de", read.links_of(read.all(node, ORG, "memberOf")))]
    lists = [("Actions qu’elle porte", read.links_of(carried)),
             ("Partenaire de", read.links_of(partner_of)),
             ("Membres", read.links_of(read.facts.subjects(term(ORG, "memberOf"), node)))]
    return Summary(heading="En bref", facts=tuple(Row(label, values) for label, values in rows if values),
                   lists=tuple(Row(label, values) for label, values in lists if values))


def _territory(node: URIRef, read: Reader, region: bool) -> Summary:
    link = "region" if region else "departement"
    members = [m for m in read.facts.subjects(term(RTES, link), node) if COLLECTIVITE in read.types(m)]
    rows = [("Code INSEE", _plain(read.text(node, IGEO, "codeINSEE"))),
            ("Région", () if region else _values(read, node, IGEO, "subdivisionDirecteDe")),
            ("Wikidata", tuple(Value(str(url), str(url)) for url in read.all(node, SCHEMA, "sameAs")))]
    lists = [("Membres du RTES", read.links_of(members))]
    if region:
        lists.append(("Départements", read.links_of(read.facts.subjects(term(IGEO, "subdivisionDirecteDe"), node))))
    code = read.text(node, IGEO, "codeINSEE") if region else ""
    return Summary(heading="En bref", facts=tuple(Row(label, values) for label, values in rows if values),
                   lists=tuple(Row(label, values) for label, values in lists if values or label.startswith("Membres")),
                   region_code=code)


def _values(read: Reader, node: Node, namespace: str, name: str) -> tuple[Value, ...]:
    return read.links_of(read.all(node, namespace, name))


def _plain(text: str) -> tuple[Value, ...]:
    return (Value(text),) if text else ()


def _population(read: Reader, node: Node) -> str:
    value = read.one(node, RTES, "population")
    if value is None:
        return read.text(node, RTES, "populationTexte")
    qualifier = read.text(node, RTES, "populationQualificatif")  # "plus de": the figure is a bound
    year = read.text(node, RTES, "populationAnnee")  # "(2021)": when the fiche dates it
    shown = f"{qualifier} {thousands(value)} habitants" if qualifier else f"{thousands(value)} habitants"
    return f"{shown} ({year})" if year else shown


def _member_since(read: Reader, node: Node) -> str:
    for membership in read.all(node, ORG, "hasMembership"):
        for period in read.all(membership, ORG, "memberDuring"):
            for start in read.all(period, TIME, "hasBeginning"):
                year = read.text(start, TIME, "inXSDgYear")
                if year:
                    return year
    return ""


def _address(read: Reader, node: Node) -> str:
    for address in read.all(node, LOCN, "address"):
        full = read.text(address, LOCN, "fullAddress")
        if full:
            return full
    return ""


def _contacts(read: Reader, node: Node) -> tuple[Contact, ...]:
    contacts = []
    for post in read.all(node, ORG, "hasPost"):
        names = [read.text(person, FOAF, "name") or read.labels(str(person))
                 for person in read.all(post, ORG, "heldBy")]
        titles = sorted(str(title) for title in read.all(post, RTES, "titre"))  # each: the first may not say why
        contacts.append(Contact(", ".join(names), read.text(post, SKOS, "prefLabel"), " ; ".join(titles)))
    return tuple(sorted(contacts, key=lambda contact: (contact.role.casefold(), contact.name)))


def _budget(read: Reader, node: Node) -> tuple[BudgetLine, ...]:
    lines = []
    for line in read.all(node, RTES, "budgetESS"):
        amount = " ; ".join(_amount(read, amount) for amount in read.all(line, RTES, "montant"))
        qualifier = read.text(line, RTES, "qualificatif")
        lines.append(BudgetLine(
            year=read.text(line, RTES, "annee") or "—", section=read.text(line, RTES, "section") or "—",
            status=read.text(line, RTES, "statut") or "—", scope=read.text(line, RTES, "perimetre"),
            amount=f"{qualifier} {amount}" if qualifier else amount,
            part_of=bool(read.all(line, RTES, "partieDe")), text=read.text(line, RTES, "texteSource")))
    return tuple(sorted(lines, key=lambda line: (line.year, line.part_of, line.section, line.amount)))


def _amounts(read: Reader, amounts: Iterable[Node]) -> list[str]:
    """Each amount, largest first, its "dont" parts after it: "220 000 € (dont 150 000 €, 70 000 €)"."""
    def size(amount: Node) -> tuple[Decimal, str]:
        value = read.one(amount, SCHEMA, "value") or read.one(amount, SCHEMA, "minValue")
        return (-Decimal(str(value)) if value is not None else Decimal(0)), str(amount)

    listed = sorted(amounts, key=size)
    whole_of = {a: next((w for w in read.all(a, RTES, "partieDe") if w in listed), None) for a in listed}
    said = []
    for whole in (a for a in listed if whole_of[a] is None):
        parts = [_amount(read, a) for a in listed if whole_of[a] == whole]
        said.append(f"{_amount(read, whole)} (dont {', '.join(parts)})" if parts else _amount(read, whole))
    return said


def _amount(read: Reader, amount: Node) -> str:
    """"150 000 €", "de 5 000 à 10 000 €", "5 € par panier"."""
    value, low, high = (read.one(amount, SCHEMA, name) for name in ("value", "minValue", "maxValue"))
    if value is not None:
        said = f"{thousands(value)} €"
    elif low is not None and high is not None:
        said = f"de {thousands(low)} à {thousands(high)} €"
    elif low is not None:
        said = f"au moins {thousands(low)} €"
    elif high is not None:
        said = f"jusqu’à {thousands(high)} €"
    else:
        said = read.text(amount, RTES, "texteSource")
    per = read.text(amount, RTES, "par")
    return f"{said} par {per}" if per else said


def _card(read: Reader, action: Node) -> ActionCard:
    figures = []
    for figure in read.all(action, RTES, "chiffre"):
        written = read.text(figure, RTES, "texteSource")
        counted = f"{thousands(read.one(figure, SCHEMA, 'value'))} {read.text(figure, SCHEMA, 'unitText')}"
        figures.append(written or counted.strip())
    return ActionCard(title=read.link(action),
                      description=_paragraphs(read.text(action, DCT, "description")),
                      carriers=read.links_of(read.all(action, RTES, "porteePar")),
                      partners=read.links_of(read.all(action, RTES, "partenaire")),
                      figures=tuple(sorted(set(figures))), state=_values(read, action, RTES, "etatAction"))


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(line.strip().lstrip("•").strip() for line in text.splitlines() if line.strip())


def thousands(value: Node | None) -> str:
    """``251179`` → "251 179", ``6100000.0`` → "6 100 000", ``41.4`` → "41,4" (French style)."""
    if value is None:
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if number == number.to_integral_value():
        return f"{int(number):,}".replace(",", "\u202f")
    whole, _, decimals = f"{number.normalize():f}".partition(".")
    return f"{int(whole):,}".replace(",", "\u202f") + "," + decimals
