"""Links the collectivités a fiche's text names to the member fiches that describe them.

"la Région Bourgogne Franche Comté" in one fiche is the member "Conseil régional Bourgogne
Franche-Comté" of another: the mention takes that member's slug (so the mapping links to the
member's own IRI), and a fiche naming itself ("la Région …" in the Région's fiche) drops the mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rtes_kg.extract.intercommunalities import intercommunality_named
from rtes_kg.extract.organisations import COLLECTIVITE, collectivite_keys
from rtes_kg.model.identity import Identity
from rtes_kg.parse.records import Fiche, OrgMention


def member_table(fiches: Sequence[Fiche], identities: Sequence[Identity]) -> dict[str, str]:
    """Comparison key (orgs.collectivite_key) -> the slug of the member fiche it names. A key that
    two fiches share names neither: the text cannot tell which one it means."""
    table: dict[str, str] = {}
    shared: set[str] = set()
    for fiche, identity in zip(fiches, identities):
        if fiche.name is None or not fiche.name.text.strip():
            continue
        slug = identity.slug
        siren = identity.territory.siren
        for key in collectivite_keys(fiche.name.text, identity.kind_code) | ({_SIREN + siren} if siren else set()):
            if table.setdefault(key, slug) != slug:
                shared.add(key)
    return {key: slug for key, slug in table.items() if key not in shared}


_SIREN = "siren|"


def _keys(mention: OrgMention) -> set[str]:
    """The keys of a collectivité named in a text: its name's, and the SIREN of the intercommunalité
    of the tables it names."""
    named = intercommunality_named(mention.name, mention.kind)
    return collectivite_keys(mention.name) | ({_SIREN + named.siren} if named is not None else set())


def _linked(mentions: tuple[OrgMention, ...], table: dict[str, str],
            own: str) -> tuple[OrgMention, ...]:
    linked = []
    for mention in mentions:
        if mention.category == COLLECTIVITE:
            members = {table[key] for key in _keys(mention) if key in table}
            if own in members:
                continue  # the fiche names its own collectivité
            if len(members) == 1:
                mention = replace(mention, member=members.pop())
        linked.append(mention)
    return tuple(linked)


def link_members(fiches: Sequence[Fiche], identities: Sequence[Identity]) -> list[Fiche]:
    """The fiches, with each mention of a member collectivité pointing at that member."""
    table = member_table(fiches, identities)
    linked = []
    for fiche, identity in zip(fiches, identities):
        own = identity.slug
        actions = tuple(replace(action, mentions=_linked(action.mentions, table, own))
                        if action.mentions else action for action in fiche.actions)
        linked.append(replace(fiche, actions=actions,
                              mentions=_linked(fiche.mentions, table, own)))
    return linked
