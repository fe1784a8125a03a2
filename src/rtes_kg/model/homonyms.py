"""Two collectivités of one name ("Ville de Saint-Denis", in Seine-Saint-Denis and at La Réunion)
kept apart: a member's slug is its name's, so they would share one IRI, and with the ledger the
newcomer would take the IRIs of the other's actions and posts.

Their SIRENs tell them apart. The member the ledger knows under the slug, by its SIREN, keeps it;
each other one takes its département's code after its name ("ville-de-saint-denis-93"). When the
ledger knows none of them, all do: which one would keep the bare slug must not hang on the order
of the files. A member whose SIREN is unknown cannot be told apart, and keeps the slug.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rtes_kg.model.identity import Identity
from rtes_kg.model.ledger import MEMBER, Ledger
from rtes_kg.model.likeness import member_identifier


def ledger_sirens(ledger: Ledger) -> dict[str, str]:
    """The SIREN the ledger knows for each member slug, when it knows one."""
    found = {}
    for entry in ledger.entries:
        identifier = member_identifier(entry.content) if entry.kind == MEMBER else ""
        if identifier.startswith("SIREN "):
            found[entry.member] = identifier.removeprefix("SIREN ").strip()
    return found


def apart(identities: Sequence[Identity], ledger: Ledger | None) -> list[Identity]:
    """The identities, each homonym of another member (another SIREN, in this build or in the
    ledger) with its département's code after its slug."""
    known = ledger_sirens(ledger) if ledger is not None else {}
    sirens: dict[str, set[str]] = defaultdict(set)
    for identity in identities:
        if identity.territory.siren:
            sirens[identity.slug].add(identity.territory.siren)
    result = []
    for identity in identities:
        siren, slug = identity.territory.siren, identity.slug
        owner = known.get(slug)
        clash = bool(siren) and (len(sirens[slug]) > 1 or owner not in (None, siren))
        departement = identity.territory.departement
        if clash and owner != siren and departement is not None:
            identity = replace(identity, slug=f"{slug}-{departement.code.lower()}")
        result.append(identity)
    return result
