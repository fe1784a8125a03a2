"""What the maps count: the members of each département, the page of each département and the
départements of each région, read from the published triples (site/summary.py's Facts)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.term import Node

from rtes_kg.site.map import Map, members_map
from rtes_kg.site.resource import entity_of
from rtes_kg.site.summary import COLLECTIVITE, DEPARTEMENT, IGEO, RDF_TYPE, RTES, Facts, term


@dataclass(frozen=True)
class Atlas:
    counts: dict[str, int]  # département code → members whose seat is there
    hrefs: dict[str, str]  # département code → its page, from the site's top ("territoire/departement/21/")
    regions: dict[str, tuple[str, ...]]  # région code → its départements' codes

    @classmethod
    def of(cls, facts: Facts, base: str) -> Atlas:
        codes: dict[Node, str] = {}
        hrefs: dict[str, str] = {}
        regions: dict[str, list[str]] = defaultdict(list)
        for departement in facts.subjects(RDF_TYPE, DEPARTEMENT):
            code = next((str(found) for found in facts.objects(departement, term(IGEO, "codeINSEE"))
                         if isinstance(found, Literal)), "")
            if not code or not isinstance(departement, URIRef):
                continue
            codes[departement] = code
            page = entity_of(str(departement), base)
            if page is not None:
                hrefs[code] = page[len(base):] + "/"
            for region in facts.objects(departement, term(IGEO, "subdivisionDirecteDe")):
                for region_code in facts.objects(region, term(IGEO, "codeINSEE")):
                    regions[str(region_code)].append(code)
        counts: Counter[str] = Counter()
        for member in facts.subjects(RDF_TYPE, COLLECTIVITE):
            for departement in facts.objects(member, term(RTES, "departement"))[:1]:
                if departement in codes:
                    counts[codes[departement]] += 1
        return cls(dict(counts), hrefs, {code: tuple(sorted(set(found))) for code, found in regions.items()})

    def france(self) -> Map:
        return members_map(self.counts, self.hrefs)

    def region_inputs(self, code: str) -> tuple | None:
        """All that the map of the région ``code`` is drawn from (``region``), to tell whether it
        changed without drawing it (50 ms a map): its départements, their counts and pages, and the
        highest count of all, which sets the shades."""
        departements = self.regions.get(code)
        if not departements:
            return None
        return (departements, max(self.counts.values(), default=0),
                tuple(self.counts.get(found, 0) for found in departements),
                tuple(self.hrefs.get(found, "") for found in departements))

    def region(self, code: str) -> Map | None:
        departements = self.regions.get(code)
        if not departements:
            return None
        return members_map(self.counts, self.hrefs, map_id="carte-region", only=departements,
                           title="Les membres de la région par département")
