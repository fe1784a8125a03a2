"""Search engines: every page of the site has a meta description, and its schema.org JSON-LD uses
schema.org as the vocabulary file defines it (tests/vocabularies/schemaorg.nt.gz): known types,
never a bare Thing, each property on a type of its domain, each value of a type of its range."""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest

from release_helpers import build_release

VOCABULARY = Path(__file__).parent / "vocabularies" / "schemaorg.nt.gz"
S = "https://schema.org/"
RDF_TYPE, SUBCLASS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#subClassOf"
TEXTUAL = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer"}  # what a JSON string may stand for


class Schema:
    """schema.org's classes, their superclasses, and each property's domains and ranges."""

    def __init__(self) -> None:
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.domains: dict[str, set[str]] = defaultdict(set)
        self.ranges: dict[str, set[str]] = defaultdict(set)
        self.classes: set[str] = set()
        for triple in ox.parse(gzip.decompress(VOCABULARY.read_bytes()), format=ox.RdfFormat.N_TRIPLES):
            subject, predicate, obj = triple.subject.value, triple.predicate.value, triple.object.value
            if not subject.startswith(S):
                continue
            name, value = subject[len(S):], obj[len(S):] if obj.startswith(S) else obj
            if predicate == SUBCLASS:
                self.parents[name].add(value)
            elif predicate == RDF_TYPE and obj in ("http://www.w3.org/2000/01/rdf-schema#Class", S + "DataType"):
                self.classes.add(name)
            elif predicate == S + "domainIncludes":
                self.domains[name].add(value)
            elif predicate == S + "rangeIncludes":
                self.ranges[name].add(value)

    def ancestors(self, name: str) -> set[str]:
        seen, todo = {name}, [name]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema()


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("markup"), "--sparql-url", "https://example.org/sparql")


class Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.descriptions: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("name") == "description":
            self.descriptions.append(attrs.get("content") or "")
        self._in_script = tag == "script" and attrs.get("type") == "application/ld+json"
        if self._in_script:
            self.scripts.append("")

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data

    def handle_endtag(self, tag):
        self._in_script = False


def pages(dist: Path) -> dict[str, Head]:
    parsed = {}
    for path in sorted((dist / "site").rglob("*.html")):
        head = Head()
        head.feed(path.read_text(encoding="utf-8"))
        parsed[path.relative_to(dist).as_posix()] = head
    return parsed


def problems(node, schema: Schema, where: str) -> list[str]:
    """What in one JSON-LD node (and the nodes inside it) schema.org does not allow."""
    found = []
    types = node.get("@type", [])
    types = [types] if isinstance(types, str) else types
    if not types or "Thing" in types:
        found.append(f"{where}: type {types}")
    found += [f"{where}: unknown type {t}" for t in types if t not in schema.classes]
    lineage = set().union(*(schema.ancestors(t) for t in types)) if types else set()
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if not schema.domains.get(key) & lineage:
            found.append(f"{where}: {key} is not a property of {types}")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                inner = [item["@type"]] if isinstance(item.get("@type"), str) else item.get("@type", [])
                if not any(schema.ranges[key] & schema.ancestors(t) for t in inner):
                    found.append(f"{where}: {key} takes {sorted(schema.ranges[key])}, not {inner}")
                found += problems(item, schema, f"{where} {key}")
            elif isinstance(item, bool):
                if "Boolean" not in schema.ranges[key]:
                    found.append(f"{where}: {key} is no Boolean")
            elif not schema.ranges[key] & TEXTUAL:
                found.append(f"{where}: {key} takes {sorted(schema.ranges[key])}, not text")
    return found


def test_every_page_has_a_meta_description(dist: Path):
    missing = [name for name, head in pages(dist).items()
               if len(head.descriptions) != 1 or len(head.descriptions[0].strip()) < 20]
    assert missing == []


def test_every_json_ld_block_fits_the_schema_org_vocabulary(dist: Path, schema: Schema):
    found, blocks = [], 0
    for name, head in pages(dist).items():
        for script in head.scripts:
            blocks += 1
            found += problems(json.loads(script), schema, name)
    assert blocks > 100 and found == []
    without = [name for name, head in pages(dist).items() if not head.scripts]
    # the query page and the validation form's stand-in (tools, not data), and a tombstone
    # (noindex): everything else says what it describes
    assert [name for name in without if not name.endswith(("requetes/index.html", "valider/index.html"))] == []


def test_the_home_page_is_a_dataset_as_google_dataset_search_reads_it(dist: Path):
    (script,) = pages(dist)["site/index.html"].scripts
    dataset = json.loads(script)
    assert dataset["@type"] == "Dataset" and dataset["isAccessibleForFree"] is True
    for key in ("name", "description", "license", "creator", "distribution", "spatialCoverage",
                "temporalCoverage", "url", "identifier", "keywords", "version"):
        assert dataset.get(key), key
    assert 50 <= len(dataset["description"]) <= 5000
    assert re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", dataset["temporalCoverage"])
    downloads = {d["name"]: d for d in dataset["distribution"]}
    assert downloads["rtes.ttl"]["encodingFormat"] == "text/turtle"
    assert downloads["rtes.ttl"]["contentUrl"].endswith("/rtes.ttl")


def test_organisations_say_what_they_are_where_and_their_siren(dist: Path):
    member = json.loads(pages(dist)["site/org/dijon-metropole/index.html"].scripts[0])
    assert member["@type"] == ["GovernmentOrganization"] and "license" not in member
    assert member["address"] == {"@type": "PostalAddress", "streetAddress": "40, avenue du Drapeau, BP 17 510",
                                 "postalCode": "21075", "addressLocality": "Dijon", "addressCountry": "FR"}
    assert member["identifier"] == {"@type": "PropertyValue", "propertyID": "SIREN", "value": "242100410"}
    assert member["memberOf"]["@id"] == "https://w3id.org/rtes/org/rtes"
    action = json.loads(pages(dist)["site/action/dijon-metropole/"
                                    "soutien-au-lancement-d-une-plate-forme-de-financement/index.html"].scripts[0])
    assert action["@type"] == ["Project"] and action["sponsor"]["@id"].endswith("/org/dijon-metropole")
    fiche = json.loads(pages(dist)["site/fiche/dijon-metropole/index.html"].scripts[0])
    assert fiche["@type"] == ["CreativeWork"] and fiche["license"] and fiche["about"]["name"] == "Dijon Métropole"
