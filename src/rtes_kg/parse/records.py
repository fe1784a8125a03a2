"""The parsed content of a fiche, as frozen records that remember where each value came from."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, order=True)
class Source:
    """A place in a fiche file: the path as given to the parser and a 1-based line number."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Text:
    """A piece of text as written in the fiche (whitespace normalised, nothing else)."""

    text: str
    source: Source
    line_numbers: tuple[int, ...] = ()  # the fiche line of each line of ``text``, when known


@dataclass(frozen=True)
class Number:
    """A number read from the text; ``value`` is None when the text holds no readable number."""

    value: int | None
    raw: str
    source: Source
    qualifier: str | None = None  # what the words before it say ("plus-de", "environ"): parse.amounts
    year: int | None = None  # the year it is of, when the text dates it ("(INSEE 2021)"): a population's


@dataclass(frozen=True)
class Year:
    """A year as written ("2001", or "20O1" which is kept raw so that validation can report it)."""

    raw: str
    source: Source

    @property
    def value(self) -> int | None:
        return int(self.raw) if self.raw.isdigit() and len(self.raw) == 4 else None


@dataclass(frozen=True)
class Address:
    thoroughfare: str | None  # "2 rue des tourbières"
    po_box: str | None  # "BP 235", "CS 51857"
    area: str | None  # "ZA En Pougie": a locality line that is neither street nor box
    post_code: str | None  # as written, validated later: "21075" (or "2107" in a bad fiche)
    post_name: str | None  # "Dijon" (without "Cedex")
    cedex: bool
    country: str | None  # "France"
    lines: tuple[str, ...]  # the address lines as written, for locn:fullAddress
    source: Source
    building: str | None = None  # "Hôtel de Ville", "Immeuble Les Cascades III": a line before the street


@dataclass(frozen=True)
class Contact:
    """A public contact: the role as written, and who or which service holds it."""

    role: str  # "Élu référent", "Service référent"
    person: str | None  # "David Marti"; None when the contact is a service
    service: str | None  # "Mission Economie et Services aux entreprises" when not a person
    titles: tuple[str, ...]  # "président", "vice-présidente déléguée à l'ESS"
    source: Source
    # Mandates in the RTES itself, written under the contact or on its line ("administrateur du
    # RTES"), each with its own line: not titles in the collectivité.
    mandates: tuple[Text, ...] = ()


@dataclass(frozen=True)
class MoneyAmount:
    """One euro amount stated in the budget section."""

    euros: Decimal | None  # 6100000 for "6.1 M€", the lower bound of a range; None when unreadable
    raw: str  # "6.1 M€", "entre 600 000 et 650 000 €"
    year: int | None  # 2023 when the statement gives it
    section: str | None  # "fonctionnement" | "investissement" | None
    qualifier: str | None  # "plus-de" | "environ" | "moins-de" | "jusqu-a" | "moyenne" | None
    source: Source
    maximum: Decimal | None = None  # the upper bound of a range
    status: str | None = None  # "previsionnel" (prévu) | "vote" | "realise" | None
    scope: str | None = None  # what part of the budget it is: "pour l'aide alimentaire", "au pôle ESS"
    part_of_previous: bool = False  # "dont 120 000 € pour …": a part of the amount before it
    per: str | None = None  # what it is per, as written: "an" in "270 000 euros par an"


@dataclass(frozen=True)
class OrgMention:
    """An organisation named in a free text (action, programme, panorama), see docs/extraction.md."""

    name: str  # as written ("La Marmite Solidaire"), or as expanded from an enumeration
    slug: str  # the curated slug of data/reference/organisations.ttl, or slug(name)
    category: str  # "structure-ess" | "organisme-public" | "entreprise" | "reseau" | "collectivite"
    kind: str | None  # a type-structure code ("association"), or a type-collectivite code
    # "porteur" (carries the action) | "partenaire" | "soutenu" (funded or supported) | "cree" (created
    # with the member's help) | "actionnaire" (the member holds shares): one mention per role
    role: str
    confidence: str  # "reference" (found in the curated list) | "motif" (found by a pattern)
    source: Source
    member: str | None = None  # the slug of the member fiche it names, set when fiches are linked
    parent: str | None = None  # the curated slug of a chapter's network (org:subOrganizationOf)
    place: str | None = None  # the commune the text places it in, as the territorial reference writes it
    place_code: str | None = None  # that commune's INSEE code
    place_served: bool = False  # the place is one it serves (schema:areaServed), not where it is


@dataclass(frozen=True)
class Quantity:
    """A figure stated in a free text: "170 T/an", "environ 45 bénévoles", "2.5 ETP"."""

    value: Decimal
    raw: str  # the words as written: "environ 45 bénévoles"
    unit_text: str  # the unit as written: "T/an", "bénévoles", "portions/an"
    unit: str  # a code of the scheme unite: "tonne-par-an", "nombre", "etp"…
    counted: str | None  # a code of the scheme objet-compte: "benevoles", "tonnage"…
    approximate: bool  # "environ", "une trentaine"
    qualifier: str | None  # "plus-de" | "environ" | "moins-de" | "jusqu-a" | "moyenne" | None
    year: int | None  # when the sentence says "en 2022"
    source: Source
    per: str | None = None  # what it counts per: "site" in "une trentaine d'emplois par site"
    part_of: Quantity | None = None  # the figure it is a "dont" part of: "320 tonnes, dont 180 réemployées"
    minimum: Decimal | None = None  # the lower bound of a range, ``value`` its upper: "de 12 à 15 salariés"


@dataclass(frozen=True)
class StatedAmount:
    """A euro amount in a free text; a range ("entre 5 000 € et 10 000 €") has a maximum too."""

    euros: Decimal | None  # the amount, or the lower bound of a range; None when unreadable
    maximum: Decimal | None  # the upper bound of a range
    raw: str  # "1.7 M€", "entre 5 000 € et 10 000 €"
    qualifier: str | None
    source: Source
    per: str | None = None  # what it is per, as written: "panier" in "5 € par panier", "an"
    part_of: StatedAmount | None = None  # the amount it is a "dont" part of, in the same text
    year: int | None = None  # "45 000 € en 2023", "En 2023, la Ville a versé 45 000 €"


@dataclass(frozen=True)
class Action:
    """An example action: its text (items and sub-items joined) and the links under it."""

    text: str
    urls: tuple[str, ...]
    source: Source
    mentions: tuple[OrgMention, ...] = ()
    line_numbers: tuple[int, ...] = ()  # the fiche line of each line of ``text``, when known
    quantities: tuple[Quantity, ...] = ()
    amounts: tuple[StatedAmount, ...] = ()


@dataclass(frozen=True)
class ParseIssue:
    """Something the parser could not read; it never raises for odd input, it records this."""

    type: str  # stable slug: "titre-absent", "section-inconnue", "population-illisible"…
    message_fr: str
    message_en: str
    source: Source
    severity: str = "warning"  # "info" for what is kept but worth a look (a section of its own),
    # "violation" for a value that is surely wrong (an absurd number)


@dataclass(frozen=True)
class Fiche:
    """One member's fiche. Optional parts are None or empty when the fiche does not state them."""

    source: Source  # where the fiche starts (its title line)
    name: Text | None
    updated: datetime.date | None = None
    updated_source: Source | None = None
    in_progress: bool = False  # "Fiche en cours de rédaction"
    kind: Text | None = None  # "Communauté de communes", as written
    departement_named: str | None = None  # the code after the title: "Ville de Saint-Denis (974)"
    areas_named: tuple[str, ...] = ()  # a page's tag line: "Commune – Île-de-France – Seine-Saint-Denis"
    population: Number | None = None
    membership_year: Year | None = None
    address: Address | None = None
    contacts: tuple[Contact, ...] = ()
    panorama: Text | None = None
    budget: Text | None = None
    budget_amounts: tuple[MoneyAmount, ...] = ()
    programme: Text | None = None
    actions: tuple[Action, ...] = ()
    # Sections under a heading the parser does not know ("L’ESS en Martinique", "Nos partenaires"),
    # each kept whole as its heading then its text.
    other_sections: tuple[Text, ...] = ()
    issues: tuple[ParseIssue, ...] = field(default=())
    # What the programme and panorama texts name and state (the actions keep their own).
    mentions: tuple[OrgMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    amounts: tuple[StatedAmount, ...] = ()
