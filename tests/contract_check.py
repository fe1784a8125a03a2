# Copied (below this header) from /work/shared/contract/check_contract.py, the contract
# checker the project's build must pass, so that the tests do not depend on the shared folder;
# one change: `values(q, c=c)` binds the loop variable (ruff B023). If that script changes, copy it again.
"""Check a built graph against the vocabulary contract of DESIGN.md, on the six seed fiches.

    python check_contract.py dist/rtes.ttl

Prints each fact of the contract that the graph does not give, then a summary line; exits 1 if
any is missing. Needs rdflib. It checks the contract only: passing it is necessary, not sufficient.
"""
import sys
import unicodedata

import rdflib

SEED = [
    ("Syndicat Mixte Préval Haut-Doubs", 145000, "2023", "25580", "Pontarlier", ["Claude Gindre", "Gaëlle Journot"]),
    ("Communauté de communes des Portes du Haut-Doubs", 26440, "2023", "25800", "Valdahon", ["Pierre-François Bernard"]),
    ("Conseil régional Bourgogne Franche-Comté", 2820940, "2016", "25031", "Besançon", ["Éric Oternaud", "Lucien Da Ponte"]),
    ("Communauté urbaine Creusot-Montceau", 97000, "2001", "71206", "Le Creusot", ["David Marti", "Christelle Badon"]),
    ("Audincourt", 15000, "2001", "25400", "Audincourt", ["Renaud Fouché"]),
    ("Dijon Métropole", 251179, "2001", "21075", "Dijon", ["Océane Charret-Godard", "Nelly Verstraeten"]),
]
BUDGET_EUROS = [6100000, 614000, 29000, 15000, 40000]

PREFIXES = """
PREFIX cv: <http://data.europa.eu/m8g/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX locn: <http://www.w3.org/ns/locn#>
PREFIX time: <http://www.w3.org/2006/time#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/> PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>
"""


def norm(s) -> str:
    s = unicodedata.normalize("NFKD", str(s)).encode("ascii", "ignore").decode().casefold()
    return " ".join(s.replace("’", "'").replace("-", " ").replace(" cedex", "").split())


def main(path: str) -> int:
    g = rdflib.Graph().parse(path)
    missing = []
    members = {}
    for c, name in g.query(PREFIXES + "SELECT ?c ?n WHERE { ?c a cv:PublicOrganisation, org:Organization ; skos:prefLabel ?n }"):
        members[norm(name)] = c
        if name.language != "fr":
            missing.append(f"{name}: skos:prefLabel is not tagged @fr")
    for name, pop, year, pc, city, people in SEED:
        c = members.get(norm(name))
        if c is None:
            missing.append(f"{name}: no cv:PublicOrganisation + org:Organization with this skos:prefLabel")
            continue

        def values(q, c=c):
            return {str(v) for (v,) in g.query(PREFIXES + q, initBindings={"c": c})}

        pops = values("SELECT ?v WHERE { ?c ?p ?v . FILTER(STRENDS(STR(?p), 'ontology#population')) }")
        if str(pop) not in pops:
            missing.append(f"{name}: rtes:population {sorted(pops)} (want {pop})")
        if not values("SELECT ?k WHERE { ?c org:classification ?k . ?k a skos:Concept ; skos:prefLabel ?l }"):
            missing.append(f"{name}: no org:classification to a skos:Concept with a prefLabel")
        if not any(y.startswith(year) for y in values(
                "SELECT ?y WHERE { ?c org:hasMembership/org:memberDuring/time:hasBeginning/time:inXSDgYear ?y }")):
            missing.append(f"{name}: membership year {year} not found via org:hasMembership/org:memberDuring/time:hasBeginning/time:inXSDgYear")
        if not values("SELECT ?r WHERE { ?c org:memberOf ?r }"):
            missing.append(f"{name}: no org:memberOf (the RTES)")
        if pc not in values("SELECT ?v WHERE { ?c locn:address/locn:postCode ?v }"):
            missing.append(f"{name}: locn:address/locn:postCode {pc} missing")
        if norm(city) not in {norm(v) for v in values("SELECT ?v WHERE { ?c locn:address/locn:postName ?v }")}:
            missing.append(f"{name}: locn:address/locn:postName {city} missing")
        held = {norm(v) for v in values("SELECT ?n WHERE { ?p a org:Post ; org:postIn ?c ; org:heldBy ?h . ?h a foaf:Person ; foaf:name ?n }")}
        for person in people:
            if norm(person) not in held:
                missing.append(f"{name}: no org:Post held by a foaf:Person named {person}")
        if not values("SELECT ?s WHERE { ?r foaf:primaryTopic ?c ; dct:source ?s }"):
            missing.append(f"{name}: no fiche document with foaf:primaryTopic and dct:source")
    euros = {float(v) for (v,) in g.query(PREFIXES + "SELECT ?v WHERE { ?m a schema:MonetaryAmount ; schema:value ?v ; schema:currency 'EUR' }")}
    for amount in BUDGET_EUROS:
        if float(amount) not in euros:
            missing.append(f"budget amount {amount} not published as schema:MonetaryAmount (schema:value, schema:currency 'EUR')")
    for line in missing:
        print("missing:", line)
    print(f"contract: {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/rtes.ttl"))
