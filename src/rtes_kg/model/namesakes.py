"""Two organisations of one name named by members of two places ("l'association Le Grenier" in
Laval and in Villeurbanne) kept apart. An organisation found by a pattern takes its name's slug,
so every fiche naming a "Le Grenier" would name one node, with the place of each: a fact true of
neither.

The place tells them apart: the département of the commune the fiche gives the organisation, or
else its member's (a région's fiche: its région, which joins the one département within it that
names the organisation, if there is exactly one; a member of unknown territory joins the only
place there is, or stays apart). When one name falls in two places or more, each place takes its
code after the slug ("le-grenier-53", "le-grenier-region-52"; the member's slug when its place is
unknown), except the place of the member the ledger gave the bare IRI to, which keeps it. That
member may name the organisation no more, or be gone: its place still holds the IRI (from its
fiche, or from what the ledger keeps of it), so that a namesake elsewhere never takes it.

Done on the mentions, before mapping, as ``members.link_members`` does: the mapping then mints
each node once, and a fiche's cache entry changes only when its own mentions do.

Not told apart: the organisations of the curated list (one IRI each, whatever the fiche), the
members, and a collectivité or a network's chapter named by its name (its name says its place). A
national body the curated list lacks is split by place too: two nodes for one body lose a link, one
node for two bodies states a false place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from rtes_kg.extract.collectivites import COLLECTIVITE
from rtes_kg.extract.names import FROM_REFERENCE
from rtes_kg.model.identity import Identity
from rtes_kg.model.ledger import MEMBER, ORGANISATION, Ledger
from rtes_kg.model.likeness import member_identifier
from rtes_kg.parse.records import Fiche, OrgMention
from rtes_kg.territory.resolve import departement, siren_departements


@dataclass(frozen=True, order=True)
class Place:
    level: str  # "departement", "region", or "membre" (unknown: the member's own slug)
    code: str

    @property
    def suffix(self) -> str:
        return {"departement": self.code.lower(), "region": f"region-{self.code}"}.get(self.level, self.code)

    @property
    def region(self) -> str | None:
        found = departement(self.code) if self.level == "departement" else None
        return found.within[0] if found is not None and found.within else None


def apart(fiches: Sequence[Fiche], identities: Sequence[Identity], ledger: Ledger | None) -> list[Fiche]:
    """The fiches, with the slug of each organisation another place's fiche names under the same
    name followed by its place (see the module)."""
    naming: dict[str, dict[int, Place]] = defaultdict(dict)
    for index, (fiche, identity) in enumerate(zip(fiches, identities)):
        stated: dict[str, set[str]] = defaultdict(set)
        for mention in _mentions(fiche):
            if _may_have_namesakes(mention):
                stated[mention.slug].update([_departement_of(mention.place_code)] if mention.place_code else [])
        for slug, departements in stated.items():
            naming[slug][index] = (Place("departement", departements.pop()) if len(departements) == 1
                                   else member_place(identity))
    by_slug = {identity.slug: identity for identity in identities}
    held = ledger.by_iri if ledger is not None else {}
    renames: list[dict[str, str]] = [{} for _ in fiches]
    for slug, places in sorted(naming.items()):
        entry = held.get(f"org/{slug}")
        holder = entry.member if entry is not None and entry.kind == ORGANISATION else None
        namers = {identities[index].slug for index in places}
        if holder is not None and holder not in namers:  # its place stays taken: index -1
            places = {-1: member_place(by_slug[holder]) if holder in by_slug else ledger_place(holder, ledger),
                      **places}
        elif len(namers) < 2:
            continue
        groups = _groups(places)
        if len(groups) < 2:
            continue
        keeper = next((place for place, group in groups.items()
                       if any(index == -1 or identities[index].slug == holder for index in group)), None)
        for place, group in groups.items():
            for index in group:
                if place != keeper and index != -1:
                    renames[index][slug] = f"{slug}-{place.suffix}"
    return [_renamed(fiche, names) if names else fiche for fiche, names in zip(fiches, renames)]


def _mentions(fiche: Fiche) -> Iterator[OrgMention]:
    yield from fiche.mentions
    for action in fiche.actions:
        yield from action.mentions


def _may_have_namesakes(mention: OrgMention) -> bool:
    """Found by a pattern, neither a member, a collectivité named by its name, nor a network's
    chapter ("France Active Grand Est", "Banque Alimentaire de Rodez"): their names say their place."""
    return mention.confidence != FROM_REFERENCE and mention.member is None and mention.category != COLLECTIVITE \
        and mention.parent is None


def _departement_of(commune_code: str) -> str:
    """The département of a commune by its INSEE code: "53130" -> "53", "2A004" -> "2A", "97411" -> "974"."""
    return commune_code[:3] if commune_code.startswith("97") else commune_code[:2]


def member_place(identity: Identity) -> Place:
    """A member's département (a région's: its région), or nowhere known (its own slug)."""
    territory = identity.territory
    if identity.kind_code == "region" and territory.region is not None:
        return Place("region", territory.region.code)
    if territory.departement is not None:
        return Place("departement", territory.departement.code)
    return Place("membre", identity.slug)


def ledger_place(member: str, ledger: Ledger | None) -> Place:
    """The place of a member no fiche of the build describes, from what the ledger keeps of it:
    its SIREN's département, or the département or région it governs."""
    contents = [entry.content for entry in ledger.of(member, MEMBER)] if ledger is not None else []
    identifier = member_identifier(contents[0]) if contents else ""
    if identifier.startswith("SIREN "):
        found = siren_departements(identifier.removeprefix("SIREN ").strip())
        if len(found) == 1:
            return Place("departement", found[0])
    level, _, code = identifier.removeprefix("territoire ").partition("/")
    if identifier.startswith("territoire ") and level in ("departement", "region") and code:
        return Place(level, code)
    return Place("membre", member)


def _groups(places: dict[int, Place]) -> dict[Place, list[int]]:
    """The fiches by the place of their organisation: a région joins the one département of it
    there is, a place unknown the only place there is; otherwise each stays a group of its own."""
    departements = {place for place in places.values() if place.level == "departement"}
    settled: dict[int, Place] = {}
    for index, place in places.items():
        if place.level == "region":
            within = [d for d in departements if d.region == place.code]
            place = within[0] if len(within) == 1 else place
        settled[index] = place
    known = {place for place in settled.values() if place.level != "membre"}
    if len(known) == 1:
        only = known.pop()
        settled = {index: only for index in settled}
    groups: dict[Place, list[int]] = defaultdict(list)
    for index, place in sorted(settled.items()):
        groups[place].append(index)
    return dict(groups)


def _renamed(fiche: Fiche, names: dict[str, str]) -> Fiche:
    def renamed(mentions: tuple[OrgMention, ...]) -> tuple[OrgMention, ...]:
        return tuple(replace(m, slug=names[m.slug]) if m.slug in names and _may_have_namesakes(m) else m
                     for m in mentions)
    actions = tuple(replace(action, mentions=renamed(action.mentions)) if action.mentions else action
                    for action in fiche.actions)
    return replace(fiche, actions=actions, mentions=renamed(fiche.mentions))
