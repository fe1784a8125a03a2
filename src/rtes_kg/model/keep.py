"""Keeps the IRIs of a build stable: each member, organisation, action, budget line and post of
the mapped fiches is matched with its former version in the identifier ledger (same member, the
most similar content above a threshold, the nearest position on a tie) and takes its IRI back; a
new item keeps the IRI minted from its text, unless the ledger ever held it, in which case
``mint.unused`` gives it a new one (docs/model.md, "How IRIs are kept").

Deterministic: the same mapped fiches and the same ledger give the same IRIs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from rtes_kg.extract.organisations import reference
from rtes_kg.model import mint
from rtes_kg.model.identity import Identity
from rtes_kg.model.ledger import ACTION, BUDGET_LINE, MEMBER, ORGANISATION, POST, Entry, Ledger, shorten
from rtes_kg.model.likeness import THRESHOLDS, may_take, member_identifier, similarity
from rtes_kg.model.mapping import MappedFiche
from rtes_kg.parse.records import Fiche, Source
from rtes_kg.vocab import DCT, FOAF, ORG, RDF, RTES, SCHEMA, SKOS


@dataclass(frozen=True)
class Item:
    """One thing of a fiche that the ledger keeps an IRI for, as the build minted it."""

    iri: URIRef
    member: str
    kind: str
    content: str
    position: int


def match(kind: str, items: Sequence[Item], entries: Sequence[Entry]) -> dict[int, Entry]:
    """{index of an item: the ledger entry it is}: the best pairs first, each entry once; items
    alike (the same text twice) take the entries alike in the order of their positions."""
    threshold = THRESHOLDS[kind]
    matched: dict[int, Entry] = {}
    taken: set[str] = set()
    # Unchanged items first, without comparing texts: in a build of fiches mostly as they were,
    # nearly everything is found here (the same order as the pairs below would give them).
    same: dict[str, list[Entry]] = {}
    for entry in sorted(entries, key=lambda e: (e.position, e.iri)):
        same.setdefault(entry.content.casefold(), []).append(entry)
    for index, item in sorted(enumerate(items), key=lambda pair: pair[1].position):
        alike = same.get(item.content.casefold())
        if alike:
            matched[index] = alike.pop(0)
            taken.add(matched[index].iri)
    pairs = []
    for index, item in enumerate(items):
        if index in matched:
            continue
        for entry in entries:
            if entry.iri in taken or not may_take(entry, item.content):
                continue
            score = similarity(kind, entry.content, item.content)
            if score >= threshold:
                pairs.append((-score, item.position, entry.position, entry.iri, index, entry))
    for *_, index, entry in sorted(pairs, key=lambda pair: pair[:4]):
        if index not in matched and entry.iri not in taken:
            matched[index] = entry
            taken.add(entry.iri)
    return matched


# --- members: resolved before mapping, since every IRI of a fiche starts with the member's -----

def member_content(name: str, siren: str | None, territory: str | None = None) -> str:
    """A member as the ledger matches it: its name, and what identifies it whatever its name: its
    SIREN, else the territory it governs ("departement/93"; départements and régions have no
    SIREN in the reference), so that "Département de X" renamed "Conseil départemental de X"
    keeps its IRIs."""
    if siren:
        return f"{shorten(name)} · SIREN {siren}"
    return shorten(name) + (f" · territoire {territory}" if territory else "")


def governed(identity: Identity) -> str | None:
    """The territory a member governs, as ``member_content`` writes it."""
    place = identity.territory.governs
    return None if place is None else f"{place.level}/{place.code}"


def keep_members(fiches: Sequence[Fiche], identities: Sequence[Identity], ledger: Ledger) -> list[Identity]:
    """The identities, each member renamed in a later fiche ("Communauté urbaine Creusot-Montceau"
    → "… Le Creusot-Montceau") taking back its former slug: same SIREN, a near-identical name, or,
    for a member known by neither SIREN nor territory, mostly the same actions."""
    members = [entry for entry in ledger.entries if entry.kind == MEMBER]
    known = {entry.member for entry in members}
    current = {identity.slug for identity in identities}
    absent = [entry for entry in members if entry.member not in current]
    names = [fiche.name.text if fiche.name is not None else "" for fiche in fiches]
    new = [index for index, identity in enumerate(identities)
           if identity.slug not in known and names[index].strip()]
    if not absent or not new:
        return list(identities)
    items = [Item(URIRef(""), "", MEMBER, member_content(names[i], identities[i].territory.siren,
                                                         governed(identities[i])), i)
             for i in new]
    kept = list(identities)
    matched = match(MEMBER, items, absent)
    for position, entry in matched.items():
        index = new[position]
        kept[index] = replace(identities[index], slug=entry.member)
    # A member with neither SIREN nor territory (a syndicat mixte, a PETR) renamed: its name says
    # too little, the actions of its fiche say who it is.
    taken = {entry.member for entry in matched.values()}
    for position, item in enumerate(items):
        if position in matched or member_identifier(item.content):
            continue
        index = new[position]
        former = [entry for entry in absent if entry.live and entry.member not in taken
                  and not member_identifier(entry.content)
                  and same_actions(fiches[index], ledger.of(entry.member, ACTION))]
        if len(former) == 1:
            taken.add(former[0].member)
            kept[index] = replace(identities[index], slug=former[0].member)
    return kept


def same_actions(fiche: Fiche, entries: Sequence[Entry]) -> bool:
    """Whether a fiche states mostly the actions of these ledger entries (the live ones), word for
    word: at least two, and more than half of its actions and of theirs."""
    former = Counter(entry.content.casefold() for entry in entries if entry.live)
    now = Counter(shorten(action.text).casefold() for action in fiche.actions)
    shared = sum((former & now).values())
    return shared >= 2 and 2 * shared > max(sum(former.values()), sum(now.values()))


# --- the items of the mapped fiches ------------------------------------------------------------

def fiche_items(fiche: MappedFiche, members: set[URIRef]) -> list[Item]:
    """The member, its actions, budget lines and posts, and the organisations its text names."""
    graph, org, slug = fiche.graph, fiche.org, fiche.slug
    name, siren = _text(graph, org, SKOS.prefLabel), _value(graph, org, RTES.siren)
    spatial = str(graph.value(org, DCT.spatial) or "")  # {base}territoire/departement/93
    territory = spatial.rpartition("/territoire/")[2] if "/territoire/" in spatial else None
    items = [Item(org, slug, MEMBER, member_content(name, siren, territory), 0)]
    own = str(org) + "#"
    kinds = (
        (ACTION, [a for a in graph.objects(org, RTES.soutient) if (a, RDF.type, RTES.ActionESS) in graph],
         _action_content),
        (BUDGET_LINE, list(graph.objects(org, RTES.budgetESS)), _budget_content),
        (POST, [p for p in graph.subjects(RDF.type, ORG.Post) if str(p).startswith(own)], _post_content),
        (ORGANISATION, [o for o in graph.subjects(RDF.type, ORG.Organization)
                        if isinstance(o, URIRef) and o not in members], _org_content),
    )
    for kind, nodes, content in kinds:
        ordered = sorted(set(nodes), key=lambda node: (_line(graph, node), str(node)))
        items.extend(Item(node, slug, kind, shorten(content(graph, node)), position)
                     for position, node in enumerate(ordered) if isinstance(node, URIRef))
    return items


def keep_items(mapped: Sequence[MappedFiche], ledger: Ledger, base: str) -> list[MappedFiche]:
    """The mapped fiches with the IRIs of their items taken from the ledger (see the module)."""
    if not ledger.entries:
        return list(mapped)
    local = [keep_local(fiche, ledger, base) for fiche in mapped]
    members = {fiche.org for fiche in mapped}
    moves = keep_shared([items for _, items in local], ledger, base, members)
    return [moved(fiche, moves, items) if any(item.iri in moves for item in items) else fiche
            for fiche, items in local]


LOCAL_KINDS = (ACTION, BUDGET_LINE, POST)


def keep_local(fiche: MappedFiche, ledger: Ledger, base: str) -> tuple[MappedFiche, list[Item]]:
    """The fiche with its actions, budget lines and posts renamed as the ledger says (they are
    minted inside the member's IRIs: no other fiche has them), and all its items as they are then
    (the organisations it names included, members or not)."""
    items = fiche_items(fiche, set())
    if not ledger.entries:
        return fiche, items
    moves: dict[URIRef, URIRef] = {}
    claimed: set[str] = set()
    for kind in LOCAL_KINDS:
        _keep(kind, [i for i in items if i.kind == kind], ledger, base, moves, claimed)
    if not moves:
        return fiche, items
    return moved(fiche, moves, items), [replace(i, iri=moves.get(i.iri, i.iri)) for i in items]


def keep_shared(per_fiche: Sequence[Sequence[Item]], ledger: Ledger, base: str,
                members: set[URIRef]) -> dict[URIRef, URIRef]:
    """The organisations (not members) to rename in every fiche that names them."""
    if not ledger.entries:
        return {}
    return _keep_organisations([without_members(items, members) for items in per_fiche], ledger, base, set())


def without_members(items: Sequence[Item], members: set[URIRef]) -> list[Item]:
    """A fiche's items with the organisations that are members left out, the others ranked again
    (``fiche_items(fiche, members)`` from ``fiche_items(fiche, set())``)."""
    kept, rank = [], 0
    for item in items:
        if item.kind != ORGANISATION:
            kept.append(item)
        elif item.iri not in members:
            # Item(...), not dataclasses.replace: 12,000 of them took 0.3 s of each build at 1,000 fiches
            kept.append(item if item.position == rank else Item(item.iri, item.member, item.kind, item.content, rank))
            rank += 1
    return kept


def moved(fiche: MappedFiche, moves: Mapping[URIRef, URIRef], items: Sequence[Item]) -> MappedFiche:
    """``fiche`` with ``moves`` done (see ``renamed``)."""
    graph, origins = renamed(fiche.graph, fiche.origins, moves, [item.iri for item in items])
    return replace(fiche, graph=graph, origins=origins)


def _keep(kind: str, items: list[Item], ledger: Ledger, base: str, moves: dict[URIRef, URIRef],
          claimed: set[str]) -> None:
    """Record in ``moves`` the IRI each item takes: its former one, or a fresh one never held."""
    if not items:
        return
    matched = match(kind, items, ledger.of(items[0].member, kind))
    for index, entry in matched.items():
        claimed.add(entry.iri)
        if relative(items[index].iri, base) != entry.iri:
            moves[items[index].iri] = absolute(entry.iri, base)
    for index, item in enumerate(items):
        if index in matched:
            continue
        fresh = mint.unused(item.iri, lambda iri: relative(iri, base) in ledger.by_iri
                            or relative(iri, base) in claimed)
        claimed.add(relative(fresh, base))
        if fresh != item.iri:
            moves[item.iri] = fresh


def _keep_organisations(per_fiche: list[list[Item]], ledger: Ledger, base: str,
                        claimed: set[str]) -> dict[URIRef, URIRef]:
    """An organisation is shared by the fiches that name it: it is renamed in all of them, when
    its new name has the distinctive words of one that a fiche naming it used to name and names
    no more (``likeness.organisation_likeness``)."""
    named: dict[URIRef, list[Item]] = {}
    for items in per_fiche:
        for item in items:
            if item.kind == ORGANISATION:
                named.setdefault(item.iri, []).append(item)
    present = {relative(iri, base) for iri in named}
    claimed.update(present & set(ledger.by_iri))
    curated = curated_iris()
    moves: dict[URIRef, URIRef] = {}
    for iri in sorted(named):
        if relative(iri, base) in ledger.by_iri or relative(iri, base) in curated or "://" in relative(iri, base):
            continue  # known, or curated (named in data/reference: its IRI is the file's)
        # a curated IRI is the file's organisation's for ever: never a former name of another one
        candidates = [entry for item in named[iri] for entry in ledger.of(item.member, ORGANISATION)
                      if entry.iri not in present and entry.iri not in claimed and entry.iri not in curated]
        found = match(ORGANISATION, named[iri][:1], sorted(set(candidates), key=lambda e: e.iri))
        if found:
            claimed.add(found[0].iri)
            moves[iri] = absolute(found[0].iri, base)
    return moves


def curated_iris() -> frozenset[str]:
    """The IRIs (as the ledger writes them) of the organisations of data/reference/organisations.ttl."""
    return frozenset(f"org/{slug}" for slug in reference().entries)


def renamed(graph: Graph, origins: Mapping[tuple[Node, URIRef | None], Source],
            moves: Mapping[URIRef, URIRef], items: list[URIRef]
            ) -> tuple[Graph, Mapping[tuple[Node, URIRef | None], Source]]:
    """A fiche's graph and origins with every moved item, and the nodes that belong to it
    (``{action}#chiffre-…``, ``{line}-montant``), renamed; the origins of each fact follow."""
    ranked = sorted(items, key=lambda iri: -len(iri))

    def rename(node: Node) -> Node:
        if not isinstance(node, URIRef):
            return node
        if node in moves:
            return moves[node]
        if node in items:
            return node
        owner = next((iri for iri in ranked if mint.belongs_to(node, iri)), None)
        if owner is None or owner not in moves:
            return node
        return mint.moved(node, owner, moves[owner])

    moved_graph = Graph(namespace_manager=graph.namespace_manager)
    for s, p, o in graph:
        moved_graph.add((rename(s), p, rename(o)))
    moved_origins = {(rename(node), predicate): source for (node, predicate), source in origins.items()}
    return moved_graph, MappingProxyType(moved_origins)


# --- what the ledger records of a release ------------------------------------------------------

def ledger_entries(fiches: Iterable[MappedFiche], base: str) -> list[Entry]:
    """The items of the published fiches as ledger entries (their releases are set by the ledger)."""
    fiches = list(fiches)
    members = {fiche.org for fiche in fiches}
    return entries_of([fiche_items(fiche, members) for fiche in fiches], base)


def entries_of(per_fiche: Iterable[Iterable[Item]], base: str) -> list[Entry]:
    """The items of the published fiches (``fiche_items``) as ledger entries."""
    entries: dict[str, Entry] = {}
    for items in per_fiche:
        for item in items:
            iri = relative(item.iri, base)
            # an organisation named by several fiches is recorded once, under the first member in
            # slug order: the ledger does not change when the fiches are read in another order
            if iri not in entries or item.member < entries[iri].member:
                entries[iri] = Entry(iri, item.member, item.kind, item.content, item.position, "")
    return list(entries.values())


def relative(iri: str, base: str) -> str:
    """An IRI as the ledger writes it: relative to the base when it is under it."""
    return iri[len(base):] if iri.startswith(base) else iri


def absolute(iri: str, base: str) -> URIRef:
    return URIRef(iri if "://" in iri else base + iri)


# --- contents ----------------------------------------------------------------------------------

def _text(graph: Graph, node: Node, *predicates: URIRef) -> str:
    for predicate in predicates:
        values = sorted(graph.objects(node, predicate),
                        key=lambda v: (getattr(v, "language", None) not in (None, "fr"), str(v)))
        if values:
            return str(values[0])
    return ""


def _value(graph: Graph, node: Node, predicate: URIRef) -> str | None:
    value = graph.value(node, predicate)
    return str(value) if value is not None else None


def _tail(graph: Graph, node: Node, predicate: URIRef) -> str:
    value = graph.value(node, predicate)
    return str(value).rsplit("/", 1)[-1] if value is not None else ""


def _line(graph: Graph, node: Node) -> int:
    line = graph.value(node, RTES.ligneSource)
    return int(line) if isinstance(line, Literal) and str(line).isdigit() else 0


def _action_content(graph: Graph, node: Node) -> str:
    return _text(graph, node, DCT.description, SKOS.prefLabel)


def _budget_content(graph: Graph, node: Node) -> str:
    parts = (_text(graph, node, RTES.annee) or "-", _tail(graph, node, RTES.section),
             _tail(graph, node, RTES.statut), _tail(graph, node, RTES.qualificatif),
             _text(graph, node, RTES.texteSource), _text(graph, node, RTES.perimetre))
    return " · ".join(part for part in parts if part)


def _post_content(graph: Graph, node: Node) -> str:
    holders = sorted(_text(graph, holder, FOAF.name, SKOS.prefLabel) for holder in graph.objects(node, ORG.heldBy))
    return f"{_text(graph, node, SKOS.prefLabel)} : {', '.join(holders)}"


def _org_content(graph: Graph, node: Node) -> str:
    return _text(graph, node, SKOS.prefLabel, SCHEMA.name, FOAF.name)

