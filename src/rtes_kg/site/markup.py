"""The schema.org JSON-LD of the site's pages, for search engines and FAIR checkers: each node
typed as precisely as the graph allows (never ``Thing`` when the graph knows better), with only
the properties schema.org gives that type (``license`` on creative works only), and the home page
as a ``Dataset`` as Google Dataset Search documents it. tests/test_markup.py checks every block
against the schema.org vocabulary (domains and ranges).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg import formats
from rtes_kg.escaping import json_for_html
from rtes_kg.model import mint
from rtes_kg.model.mapping import RTES_NAME
from rtes_kg.publish.catalog import DESCRIPTION, KEYWORDS, TITLE
from rtes_kg.publish.release import ReleaseInfo, ReleaseOptions
from rtes_kg.site.resource import Labels
from rtes_kg.vocab import PREFIXES, TYPE_STRUCTURE

SCHEMA = PREFIXES["schema"]
_RDF_TYPE = PREFIXES["rdf"] + "type"
# The schema.org type of a node that has no schema: type of its own, best first.
TYPES = (
    (PREFIXES["cv"] + "PublicOrganisation", "GovernmentOrganization"),
    (PREFIXES["rtes"] + "Reseau", "NGO"),  # the RTES: an association loi 1901
    (PREFIXES["rtes"] + "StructureESS", "Organization"),
    (PREFIXES["org"] + "Organization", "Organization"),
    (PREFIXES["foaf"] + "Person", "Person"),
    (PREFIXES["foaf"] + "Document", "CreativeWork"),  # a fiche
    (PREFIXES["skos"] + "ConceptScheme", "DefinedTermSet"),
    (PREFIXES["skos"] + "Concept", "DefinedTerm"),
    *((PREFIXES["igeo"] + level, "AdministrativeArea")
      for level in ("Commune", "Intercommunalite", "Departement", "Region")),
    (PREFIXES["dcat"] + "Catalog", "DataCatalog"),
    (PREFIXES["dcat"] + "Dataset", "Dataset"),
    (PREFIXES["void"] + "Dataset", "Dataset"),
    (PREFIXES["dcat"] + "Distribution", "DataDownload"),
    (PREFIXES["dcat"] + "DataService", "WebAPI"),
    (PREFIXES["prov"] + "SoftwareAgent", "SoftwareApplication"),
    (PREFIXES["prov"] + "Entity", "CreativeWork"),  # a release, a source file
)
# The schema.org types of our pages that are creative works: the only ones with a licence.
CREATIVE_WORKS = {"CreativeWork", "Dataset", "DataCatalog", "DataDownload", "DefinedTermSet",
                  "SoftwareApplication", "DigitalDocument", "WebPage"}
ORGANISATIONS = {"Organization", "GovernmentOrganization", "NGO", "Corporation", "Project"}
ASSOCIATION = str(TYPE_STRUCTURE["association"])


def _p(curie: str) -> str:
    prefix, _, name = curie.partition(":")
    return PREFIXES[prefix] + name


def schema_types(types: Iterable[str]) -> list[str]:
    """A node's schema.org types: those the graph gives it, else the first of TYPES that fits."""
    types = set(types)
    own = sorted(t[len(SCHEMA):] for t in types if t.startswith(SCHEMA))
    if own:
        return own
    return next(([schema] for rdf_type, schema in TYPES if rdf_type in types), ["Thing"])


def page_markup(iri: str, title: str, triples: Sequence[tuple[Node, Node, Node]], labels: Labels,
                licence: str, url: str) -> str:
    """The JSON-LD of a resource's page from its triples (its own and its fragments')."""
    facts: dict[str, dict[str, list[Node]]] = defaultdict(lambda: defaultdict(list))
    for subject, predicate, obj in triples:
        facts[str(subject)][str(predicate)].append(obj)
    own = facts[iri]
    types = schema_types(str(t) for t in own[_RDF_TYPE])
    if types == ["Organization"] and URIRef(ASSOCIATION) in own[_p("org:classification")]:
        types = ["NGO"]
    data: dict = {"@context": "https://schema.org", "@id": iri, "@type": types, "name": title, "url": url}
    description = _first(own, "dct:description", "rdfs:comment", "skos:definition")
    if description:
        data["description"] = description
    if CREATIVE_WORKS & set(types):
        data["license"] = licence
    if ORGANISATIONS & set(types):
        _organisation(data, own, facts, labels)
    if "Project" in types:
        _refs(data, "sponsor", own[_p("rtes:soutenuePar")], "GovernmentOrganization", labels)
    if "CreativeWork" in types:
        _refs(data, "about", own[_p("foaf:primaryTopic")], "GovernmentOrganization", labels)
        modified = _first(own, "dct:modified")
        if modified:
            data["dateModified"] = modified
    if "DefinedTerm" in types:
        _refs(data, "inDefinedTermSet", own[_p("skos:inScheme")], "DefinedTermSet", labels)
        data["termCode"] = iri.rstrip("/").rsplit("/", 1)[-1]
    if "AdministrativeArea" in types:
        _refs(data, "containedInPlace", own[_p("igeo:subdivisionDirecteDe")], "AdministrativeArea", labels)
    same = sorted(str(o) for o in own[_p("schema:sameAs")] if isinstance(o, URIRef))
    if same:
        data["sameAs"] = same
    return dumps(data)


def _organisation(data: dict, own: dict, facts: dict, labels: Labels) -> None:
    """Address (a PostalAddress), SIREN (a PropertyValue) and networks (memberOf)."""
    for address in own[_p("locn:address")]:
        fields = facts[str(address)]
        street = ", ".join(filter(None, (_first(fields, "locn:thoroughfare"), _first(fields, "locn:poBox"))))
        postal = {"@type": "PostalAddress", "streetAddress": street,
                  "postalCode": _first(fields, "locn:postCode"),
                  "addressLocality": _first(fields, "locn:postName"), "addressCountry": "FR"}
        data["address"] = {key: value for key, value in postal.items() if value}
    siren = _first(own, "rtes:siren")
    if siren:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "SIREN", "value": siren}
    _refs(data, "memberOf", own[_p("org:memberOf")], "NGO", labels)


def _refs(data: dict, key: str, nodes: list[Node], schema_type: str, labels: Labels) -> None:
    refs = [{"@type": schema_type, "@id": str(node), "name": labels(str(node))}
            for node in sorted(set(nodes), key=str) if isinstance(node, URIRef)]
    if refs:
        data[key] = refs[0] if len(refs) == 1 else refs


def _first(facts: dict, *curies: str) -> str:
    for curie in curies:
        values = sorted((v for v in facts.get(_p(curie), ()) if isinstance(v, Literal)),
                        key=lambda v: (v.language not in (None, "fr"), str(v)))
        if values:
            return str(values[0])
    return ""


def dataset_markup(options: ReleaseOptions, release: ReleaseInfo, temporal: tuple[str, str] | None) -> str:
    """The home page's ``Dataset``, with what Google Dataset Search reads: name, description,
    licence, creator, each download (``DataDownload``: ``encodingFormat``, ``contentUrl``), where
    and when the data is about, and that it is free."""
    rtes = {"@type": "NGO", "@id": str(mint.rtes_iri(options.base_iri)), "name": RTES_NAME,
            "url": "https://www.rtes.fr/"}
    dataset = mint.dataset_iri(options.base_iri)
    data: dict = {
        "@context": "https://schema.org", "@type": "Dataset", "@id": str(dataset),
        "name": TITLE["fr"], "description": DESCRIPTION["fr"], "url": options.url("site/"),
        "identifier": str(dataset), "license": options.licence, "isAccessibleForFree": True,
        "creator": rtes, "publisher": rtes, "inLanguage": "fr", "version": release.version,
        "keywords": list(KEYWORDS["fr"]),
        "spatialCoverage": {"@type": "Country", "name": "France", "identifier": "FR"},
        "includedInDataCatalog": {"@type": "DataCatalog", "@id": str(mint.catalog_iri(options.base_iri)),
                                  "url": options.url("catalog.ttl"), "name": "Catalogue des données du RTES"},
        "distribution": [{"@type": "DataDownload", "name": info.name,
                          "encodingFormat": _media_type(info.name), "contentUrl": options.url(info.name),
                          "contentSize": f"{info.size} B"}
                         for info in release.files if not info.name.startswith("rtes-")],
    }
    if release.iso_date:
        data["dateModified"] = release.iso_date
    if temporal:
        data["temporalCoverage"] = f"{temporal[0]}/{temporal[1]}"
    return dumps(data)


def _media_type(name: str) -> str:
    if name.endswith(".gz"):
        return "application/gzip"
    syntax = formats.by_suffix(name)
    return syntax.media_type if syntax else "application/octet-stream"


def document_markup(iri: str, schema_type: str, name: str, url: str, licence: str, version: str | None = None,
                    part_of: str | None = None) -> str:
    """A page of the release's own documents: a named graph (``Dataset``, part of the dataset),
    the ontology (``DefinedTermSet``), the shapes (``CreativeWork``)."""
    data: dict = {"@context": "https://schema.org", "@id": iri, "@type": schema_type, "name": name,
                  "url": url, "license": licence}
    if version:
        data["version"] = version
    if part_of:
        data["isPartOf"] = {"@type": "Dataset", "@id": part_of}
    return dumps(data)


def dumps(data: dict) -> str:
    # No value may close the <script> element that holds the JSON, nor open a comment in it.
    return json_for_html(data)
