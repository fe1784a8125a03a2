"""What a release is: its settings, its date and version (from the data, never the clock), its files."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from datetime import date as Day  # where a field is named date
from pathlib import Path

from rtes_kg import formats
from rtes_kg.inputs import InputFile
from rtes_kg.model import mint
from rtes_kg.project import DEFAULT_BASE_IRI

ETALAB_2 = "https://www.etalab.gouv.fr/licence-ouverte-open-licence"

# Known licences: IRI -> (label fr, label en). The Etalab page IRI is the one udata's licence
# list and CKAN's registry match by URL; the EU authority IRI is accepted as an alias.
LICENCES = {
    ETALAB_2: ("Licence Ouverte / Open Licence version 2.0", "Open Licence 2.0 (Etalab)"),
    "http://publications.europa.eu/resource/authority/licence/ETALAB-2.0":
        ("Licence Ouverte / Open Licence version 2.0", "Open Licence 2.0 (Etalab)"),
    "https://opendatacommons.org/licenses/odbl/1-0/":
        ("Open Database License (ODbL) 1.0", "Open Database License (ODbL) 1.0"),
    "https://creativecommons.org/licenses/by/4.0/": ("CC-BY 4.0", "CC-BY 4.0"),
    "https://creativecommons.org/publicdomain/zero/1.0/": ("CC0 1.0", "CC0 1.0"),
}


@dataclass(frozen=True)
class InputRecord:
    """One input file of the build, as provenance names it."""

    label: str
    iri: str
    sha256: str
    size: int

    @classmethod
    def of(cls, file: InputFile, base_iri: str) -> InputRecord:
        """Its source IRI (as in the fiches' dct:source), size and SHA-256 (of the bytes read once)."""
        return cls(label=file.label, iri=str(mint.source_iri(file.label, base_iri, None)),
                   sha256=file.sha256, size=file.size)


def file_date(path: Path) -> date:
    """The day a file was last modified (UTC): a release date when the data gives none."""
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc).date()


@dataclass(frozen=True)
class ReleaseOptions:
    """Settings of a release; every URL is absolute once ``public`` is resolved."""

    base_iri: str = DEFAULT_BASE_IRI
    public_url: str | None = None  # where dist/ is served; default: the base IRI
    sparql_url: str | None = None
    licence: str = ETALAB_2
    contact_email: str | None = None  # the catalogue's contact point (vcard:hasEmail)
    inputs: tuple[InputRecord, ...] = ()
    source_date_epoch: str | None = None
    file_dates: tuple[date, ...] = ()
    site: bool = True
    previous: Path | None = None  # a former dist/ to compare with; default: the --out being replaced
    ledger: Path | None = None  # where to write the updated identifier ledger (beside the fiches)

    @property
    def public(self) -> str:
        return mint.normalise_base(self.public_url or self.base_iri)

    @property
    def base(self) -> str:
        return mint.normalise_base(self.base_iri)

    def url(self, name: str) -> str:
        """The public URL of a file of dist/."""
        return self.public + name


@dataclass(frozen=True)
class FileInfo:
    """A published file: its name in dist/, size and checksum."""

    name: str
    size: int
    sha256: str

    @classmethod
    def of(cls, name: str, data: bytes) -> FileInfo:
        return cls(name, len(data), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class ReleaseInfo:
    """The identity of one release: its date, version and the dumps it ships."""

    date: date | None
    date_origin: str  # "SOURCE_DATE_EPOCH", "fiches", "fichiers" or "release précédente" (release_identity)
    version: str
    files: tuple[FileInfo, ...] = field(default=())
    first_date: Day | None = None  # of the first release of the dataset (the ledger's oldest)

    @property
    def iso_date(self) -> str | None:
        return self.date.isoformat() if self.date else None

    @property
    def iso_first_date(self) -> str | None:
        """When the dataset was first issued: its first release, never after this one."""
        dates = [d for d in (self.first_date, self.date) if d is not None]
        return min(dates).isoformat() if dates else None


def version_date(version: str) -> date | None:
    """The date a release version starts with ("2025-09-16-56559ee0"), if it has one."""
    try:
        return date.fromisoformat(version[:10])
    except ValueError:
        return None


def release_date(options: ReleaseOptions, fiche_dates: list[date]) -> tuple[date | None, str]:
    """SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the newest
    "Dernière mise à jour" of the fiches, else the newest modification date of the input files."""
    if options.source_date_epoch:
        try:
            stamp = int(options.source_date_epoch)
        except ValueError:
            stamp = None
        if stamp is not None:
            return datetime.fromtimestamp(stamp, tz=timezone.utc).date(), "SOURCE_DATE_EPOCH"
    if fiche_dates:
        return max(fiche_dates), "fiches"
    if options.file_dates:
        return max(options.file_dates), "fichiers"
    return None, "aucune"


def release_identity(options: ReleaseOptions, fiche_dates: list[date], sha256: str, former: str | None
                     ) -> tuple[date | None, str, str]:
    """The release's date, where the date comes from (``release_date``), and its version. A release
    whose date would come from its files' modification dates only, and whose canonical dump
    (``sha256``) is the one of the ``former`` release (the ledger's), is that release again: a
    clone made another day, whose files are all as new as the clone, rebuilds it byte for byte."""
    day, origin = release_date(options, fiche_dates)
    kept = version_date(former) if origin == "fichiers" and former is not None else None
    if kept is not None and former == version_of(kept, sha256):
        return kept, "release précédente", former
    return day, origin, version_of(day, sha256)


def version_of(day: date | None, sha256: str) -> str:
    """``2025-09-16-1a2b3c4d``: the release date and a short hash (``sha256``, hex) of the
    canonical dump."""
    digest = sha256[:8]
    return f"{day.isoformat()}-{digest}" if day else digest


@dataclass(frozen=True)
class DumpFormat:
    """A syntax the release is published in, and the names of its files (its suffix decides them)."""

    syntax: formats.RdfSyntax

    @property
    def latest(self) -> str:
        return f"rtes{self.syntax.suffix}"

    def versioned(self, version: str) -> str:
        return f"rtes-{version}{self.syntax.suffix}.gz"


DUMP_FORMATS = tuple(DumpFormat(syntax) for syntax in (
    formats.TURTLE, formats.NTRIPLES, formats.TRIG, formats.NQUADS, formats.JSONLD, formats.RDFXML))
