"""What every later step needs to know of a fiche, resolved once per fiche: the slug of its
collectivité, its kind and its territory."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from rtes_kg.extract.concepts import kind_concept, kind_in_name
from rtes_kg.model import mint
from rtes_kg.parse.records import Fiche
from rtes_kg.territory.resolve import EPCI_TYPES, Resolution, resolve
from rtes_kg.vocab import KIND

# A special status ("Métropole de Lyon", "Ville de Paris") outranks the legal-form words of a name.
_SPECIAL_STATUS = KIND["collectivite-a-statut-particulier"]


@dataclass(frozen=True)
class Identity:
    slug: str
    kind: URIRef | None  # a concept of the scheme of kinds: the name's legal form, else as stated
    territory: Resolution
    declared_kind: URIRef | None = None  # the kind the fiche states, when the name overrides it

    @property
    def kind_overridden(self) -> bool:
        return self.declared_kind is not None and self.declared_kind != self.kind

    @property
    def kind_code(self) -> str | None:
        """The kind's code ("communaute-de-communes"), the last segment of its concept IRI."""
        return None if self.kind is None else str(self.kind).rsplit("/", 1)[-1]


def fiche_slug(fiche: Fiche, source_root: str | None = None) -> str:
    """The slug of the fiche's collectivité: its name, or where the fiche is when it has none."""
    if fiche.name is not None and fiche.name.text.strip():
        return mint.slug(fiche.name.text)
    where = f"{mint.source_path(fiche.source.file, source_root)}:{fiche.source.line}"
    return mint.untitled_slug(where)


def fiche_kind(fiche: Fiche) -> tuple[URIRef | None, URIRef | None]:
    """(the kind to publish, the kind the fiche states): the name's legal form wins over the
    "Type de collectivité" line ("Syndicat Mixte Préval" stated as a communauté de communes is a
    syndicat mixte), unless the fiche states a special status."""
    declared = kind_concept(fiche.kind.text) if fiche.kind is not None else None
    named = kind_in_name(fiche.name.text) if fiche.name is not None else None
    if named is None or declared == _SPECIAL_STATUS:
        return declared, declared
    return named, declared


def identify(fiche: Fiche, source_root: str | None = None) -> Identity:
    kind, declared = fiche_kind(fiche)
    slug = fiche_slug(fiche, source_root)
    named_code, declared_code = _code(kind), _code(declared)
    if named_code in EPCI_TYPES and declared_code in EPCI_TYPES and named_code != declared_code:
        # An EPCI's name kept from before it changed its nature ("Communauté de communes
        # Lannion-Trégor", stated as an agglomération, which the DGCL table says it is): the
        # register settles it. A syndicat mixte's name is no EPCI's, whatever the register holds.
        registered = resolve(fiche, declared_code)
        if registered.nature is not None and registered.nature in EPCI_TYPES[declared_code]:
            return Identity(slug, declared, registered, declared)
    return Identity(slug, kind, resolve(fiche, named_code or None), declared)


def _code(kind: URIRef | None) -> str:
    """A kind's code ("communaute-de-communes"), "" for no kind."""
    return "" if kind is None else str(kind).rsplit("/", 1)[-1]
