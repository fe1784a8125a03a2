"""What every later step needs to know of a fiche, resolved once per fiche: the slug of its
collectivité, its kind and its territory."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from rtes_kg.extract.concepts import kind_concept
from rtes_kg.model import mint
from rtes_kg.parse.records import Fiche
from rtes_kg.territory.resolve import Resolution, resolve


@dataclass(frozen=True)
class Identity:
    slug: str
    kind: URIRef | None  # a concept of the scheme of kinds
    territory: Resolution

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


def identify(fiche: Fiche, source_root: str | None = None) -> Identity:
    kind = kind_concept(fiche.kind.text) if fiche.kind is not None else None
    code = None if kind is None else str(kind).rsplit("/", 1)[-1]
    return Identity(fiche_slug(fiche, source_root), kind, resolve(fiche, code))
