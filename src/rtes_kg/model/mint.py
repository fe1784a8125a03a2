"""Mints every instance IRI of the graph from slugs: deterministic, never from counters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import PurePath
from urllib.parse import quote

from rdflib import URIRef

from rtes_kg.parse.naming import short_hash, slug, untitled_slug
from rtes_kg.parse.numbering import NUMBER
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.vocab import CURATED_ORG_BASE

RTES_SLUG = "rtes"

__all__ = ["short_hash", "slug", "untitled_slug"]  # re-exported: IRIs are made of slugs


def disambiguate(slugs: Sequence[str], keys: Sequence[str]) -> list[str]:
    """Makes slugs unique within one fiche, whatever the order of the items.

    A slug shared by several items gets "-{hash of the item's key}" on every one of them (not just
    on the second, which would depend on order). Items whose keys are equal too are the same item
    written twice; they get "-2", "-3"… in order, the only case where order matters."""
    counts = Counter(slugs)
    hashed = [s if counts[s] == 1 else f"{s}-{short_hash(k, 6)}" for s, k in zip(slugs, keys)]
    seen: Counter[str] = Counter()
    unique = []
    for name in hashed:
        seen[name] += 1
        unique.append(name if seen[name] == 1 else f"{name}-{seen[name]}")
    return unique


def unused(iri: URIRef, held: Callable[[str], bool]) -> URIRef:
    """``iri``, else ``iri-2``, ``iri-3``…: the first that ``held`` says was never given. An IRI
    once published is never given to something else (the identifier ledger, model.keep).

    >>> str(unused(URIRef("https://w3id.org/rtes/action/x/y"), lambda iri: iri.endswith("/y")))
    'https://w3id.org/rtes/action/x/y-2'
    """
    candidate, number = iri, 1
    while held(candidate):
        number += 1
        candidate = URIRef(f"{iri}-{number}")
    return candidate


def belongs_to(node: str, owner: str) -> bool:
    """A node minted inside another (``_in``): ``{action}#chiffre-…``, ``{line}-montant``."""
    return node.startswith(owner + ("-" if "#" in owner else "#"))


def moved(node: str, owner: str, new_owner: str) -> URIRef:
    """The IRI of ``node`` once its owner is ``new_owner`` (the ledger gave the owner its former IRI)."""
    return URIRef(new_owner + node[len(owner):])


def normalise_base(base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The base IRI with its trailing slash, so "https://example.org/kg" works as well."""
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


def euros_token(euros: Decimal) -> str:
    """An amount as an IRI segment: 6100000 -> "6100000", 1500.50 -> "1500-5"."""
    text = decimal_lexical(euros).removesuffix(".0").replace(".", "-")
    return "moins" + text if text.startswith("-") else text


def decimal_lexical(value: Decimal) -> str:
    """The canonical xsd:decimal lexical form: no exponent, no trailing zeros, at least one
    fractional digit (6.1E+6 -> "6100000.0", 2.50 -> "2.5"), so dumps are byte-stable."""
    text = format(value.normalize(), "f")
    return text if "." in text else text + ".0"


# --- organisations and their records ---------------------------------------------------------

def org_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}org/{org_slug}")


def curated_org_iri(org_slug: str) -> URIRef:
    """An organisation of data/reference/organisations.ttl: its IRI is the file's, whatever the base."""
    return URIRef(CURATED_ORG_BASE + org_slug)


def rtes_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The RTES itself, an organisation like the others."""
    return org_iri(RTES_SLUG, base_iri)


def record_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The fiche as a document (foaf:Document, prov:Entity) about its collectivité."""
    return URIRef(f"{normalise_base(base_iri)}fiche/{org_slug}")


def graph_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The named graph holding one fiche's triples."""
    return URIRef(f"{normalise_base(base_iri)}graph/{org_slug}")


def organisations_graph_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The named graph describing the organisations the fiches name (each described once)."""
    return URIRef(f"{normalise_base(base_iri)}graph/organisations")


def reference_graph_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The named graph holding the RTES and the concept schemes."""
    return URIRef(f"{normalise_base(base_iri)}graph/reference")


def dataset_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}dataset")


def catalog_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}catalog")


def dataset_part_iri(part: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """A node of the dataset's own description: its period, contact, provenance statement, VoID
    partitions (``{base}dataset#{part}``)."""
    return URIRef(f"{dataset_iri(base_iri)}#{part}")


def distribution_iri(file_name: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """A distribution of the dataset, named after its file: rtes.ttl.gz -> …/distribution/rtes-ttl-gz."""
    return URIRef(f"{normalise_base(base_iri)}dataset/distribution/{file_name.replace('.', '-')}")


def checksum_iri(node: URIRef) -> URIRef:
    return URIRef(f"{node}#sha256")


def sparql_service_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}sparql-service")


def release_iri(version: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}release/{version}")


def release_part_iri(version: str, part: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """A node of one release's description: its build activity, its collections of changes."""
    return URIRef(f"{release_iri(version, base_iri)}#{part}")


def software_iri(base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}agent/rtes-kg")


def source_path(path: str, source_root: str | None = None) -> str:
    """A fiche file's path as published: relative to ``source_root`` when the file is under it,
    POSIX separators, no leading "/". Pure: paths are compared as written, never resolved."""
    file = PurePath(path)
    if source_root is not None:
        try:
            file = file.relative_to(PurePath(source_root))
        except ValueError:
            pass  # not under the root: keep the path as given rather than invent "../" segments
    return file.as_posix().lstrip("/")


def source_iri(path: str, base_iri: str = DEFAULT_BASE_IRI, source_root: str | None = None) -> URIRef:
    """The fiche file as ``{base}source/{path}`` (see ``source_path``), percent-encoded."""
    return URIRef(f"{normalise_base(base_iri)}source/{quote(source_path(path, source_root), safe='/')}")


# --- nodes that belong to one collectivité: fragments of its IRI ------------------------------

def _fragment(org_slug: str, fragment: str, base_iri: str) -> URIRef:
    return URIRef(f"{org_iri(org_slug, base_iri)}#{fragment}")


def address_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, "adresse", base_iri)


def membership_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, "adhesion", base_iri)


def membership_interval_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, "adhesion-periode", base_iri)


def membership_start_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, "adhesion-debut", base_iri)


def post_iri(org_slug: str, post_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """A public contact's post; ``post_slug`` is slug(role), made unique by ``disambiguate``."""
    return _fragment(org_slug, f"poste-{post_slug}", base_iri)


def person_iri(org_slug: str, name: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, f"personne-{slug(name)}", base_iri)


def rtes_mandate_iri(org_slug: str, person: str, mandate: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """A post in the RTES held by a person of the fiche ("administrateur du RTES")."""
    return _fragment(org_slug, f"mandat-rtes-{slug(mandate)}-{slug(person)}", base_iri)


def service_iri(org_slug: str, name: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, f"service-{slug(name)}", base_iri)


def budget_line_slug(year: int | None, section: str | None, euros: Decimal | None, raw: str) -> str:
    """"2023-fonctionnement-6100000"; an unreadable amount is named by its text instead."""
    amount = euros_token(euros) if euros is not None else slug(raw, 40)
    section_part = slug(section) if section else "global"
    return f"{year if year is not None else 'sans-annee'}-{section_part}-{amount}"


def budget_line_iri(org_slug: str, line_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return _fragment(org_slug, f"budget-{line_slug}", base_iri)


def budget_amount_iri(line_iri: URIRef) -> URIRef:
    return URIRef(f"{line_iri}-montant")


def siren_iri(org_slug: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """The collectivité's SIREN as an adms:Identifier node."""
    return _fragment(org_slug, "siren", base_iri)


# --- territories of the French reference (shared by every fiche that names them) ---------------

def territory_iri(level: str, code: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """``{base}territoire/{level}/{code}``: "departement/21", "commune/25031", "intercommunalite/
    242100410" (SIREN). Minted, not id.insee.fr: those IRIs are UUIDs we cannot resolve offline."""
    return URIRef(f"{normalise_base(base_iri)}territoire/{level}/{quote(code, safe='')}")


# --- actions ---------------------------------------------------------------------------------

def action_slug(text: str) -> str:
    """The slug of an action: its first words, without a list number ("2. La Métropole…"): the
    IRI stays when the list is numbered again."""
    return slug(NUMBER.sub("", text.strip()))


def action_iri(org_slug: str, action_slug_: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    return URIRef(f"{normalise_base(base_iri)}action/{org_slug}/{action_slug_}")


# --- what the free texts name and state ------------------------------------------------------

def _in(parent: URIRef, name: str) -> URIRef:
    """A node that belongs to ``parent``: a fragment of it, or a longer fragment if it has one."""
    return URIRef(f"{parent}-{name}" if "#" in parent else f"{parent}#{name}")


def figure_iri(parent: URIRef, figure_slug: str) -> URIRef:
    """A figure stated in an action's text (``{action}#chiffre-170-t-an``) or in the programme
    (``{c}#chiffre-…``); ``figure_slug`` is made unique within the parent by ``disambiguate``."""
    return _in(parent, f"chiffre-{figure_slug}")


def figure_slug(value: Decimal, unit_text: str) -> str:
    """"170", "T/an" -> "170-t-an"."""
    return f"{euros_token(value)}-{slug(unit_text, 30)}"


def stated_amount_iri(parent: URIRef, amount_slug: str) -> URIRef:
    """A euro amount stated in a text: ``{action}#montant-1700000``, ``{c}#montant-5000-10000``."""
    return _in(parent, f"montant-{amount_slug}")
