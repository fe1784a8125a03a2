"""Derives the compact territory tables of data/reference/ from the shared INSEE/etalab/Wikidata files.

    python3 scripts/derive_territoire.py /work/shared/reference data/reference

Reads the originals listed in data/reference/SOURCES.md (checked against their sha256), and the
établissements publics territoriaux of the same etalab release kept in the repository
(data/reference/originals/, not among the shared files), and writes seven sorted, UTF-8, LF CSV
files; the same originals always give byte-identical tables.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path

ORIGINALS = {
    "cog-2024-regions.csv": "e3f74a92d87f8ca72f08c8b4299d38fb11323f1c9b2fea7105d09801490a7e4e",
    "cog-2024-departements.csv": "ab2aa74b5242cfa68ccbb2a67a68c46ca7becc5bd929a9dae5ec3c3cbed417aa",
    "decoupage-administratif-6.0.0-communes.json":
        "6cafec09b4e127d08edc47f366b28261bee70cca323fbfcb957dd169fcad9284",
    "decoupage-administratif-6.0.0-epci.json":
        "40758ace686311837c484da81c2a8ba00a9f356bc6210f3316c6b19daa4dc967",
    "wikidata-qid-regions-departements.csv":
        "3cbbe948573a796a6ff7f6809171750782ca4c9ef2a10184fb9d36c1009370e2",
}
# The EPT of the Métropole du Grand Paris, from the same npm tarball as the EPCI (data/ept.json of
# @etalab/decoupage-administratif 6.0.0), kept verbatim in the repository.
EPT_ORIGINAL = Path(__file__).resolve().parent.parent / "data" / "reference" / "originals" / \
    "decoupage-administratif-6.0.0-ept.json"
EPT_SHA256 = "9e08e3c8b3d3e6994e16e0c5c042e421268f4359ed95af6c4097d41f3d4413c4"
COMMUNE_KINDS = {"commune-actuelle": "commune", "commune-deleguee": "deleguee",
                 "commune-associee": "associee"}


def check(source: Path) -> None:
    for name, digest in ORIGINALS.items():
        actual = hashlib.sha256((source / name).read_bytes()).hexdigest()
        if actual != digest:
            sys.exit(f"{source / name}: sha256 {actual}, expected {digest}")


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(sorted(rows))
    path.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{path}: {len(rows)} rows, {path.stat().st_size} bytes")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def derive(source: Path, target: Path) -> None:
    check(source)
    target.mkdir(parents=True, exist_ok=True)
    departements = read_csv(source / "cog-2024-departements.csv")
    known = {row["DEP"] for row in departements}
    write(target / "territoire-regions.csv", ["code", "nom"],
          [[row["REG"], row["LIBELLE"]] for row in read_csv(source / "cog-2024-regions.csv")])
    # TNCC, the COG's type of article: how prose names it ("de la Mayenne", "du Nord", "de l'Ain")
    write(target / "territoire-departements.csv", ["code", "region", "nom", "article"],
          [[row["DEP"], row["REG"], row["LIBELLE"], row["TNCC"]] for row in departements])
    communes = json.loads((source / "decoupage-administratif-6.0.0-communes.json").read_text("utf-8"))
    # Metropolitan and overseas départements only: the COM (975, 98x…) are no département of the COG.
    rows = [[c["code"], c["nom"], COMMUNE_KINDS[c["type"]], c["departement"], c["region"],
             c.get("siren", ""), " ".join(sorted(c.get("codesPostaux", []))), c.get("chefLieu", "")]
            for c in communes if c["type"] in COMMUNE_KINDS and c.get("departement") in known]
    write(target / "territoire-communes.csv",
          ["code", "nom", "type", "departement", "region", "siren", "codes_postaux", "commune_parente"],
          rows)
    post_codes: dict[str, set[str]] = {}
    for row in rows:
        for post_code in row[6].split():
            post_codes.setdefault(post_code, set()).add(row[3])
    # The départements of each postcode, so that the commune table is read only when a name must
    # be looked up (17 postcodes serve communes of a neighbouring département: 42620 -> 03 42).
    write(target / "territoire-codes-postaux.csv", ["code_postal", "departements"],
          [[code, " ".join(sorted(deps))] for code, deps in post_codes.items()])
    departement_of = {row[0]: row[3] for row in rows if row[2] == "commune"}
    epci = json.loads((source / "decoupage-administratif-6.0.0-epci.json").read_text("utf-8"))
    # Its member communes too: "la Métropole" in a commune's fiche is the one the commune is part of.
    write(target / "territoire-epci.csv", ["siren", "nom", "type", "departements", "communes"],
          [[e["code"], e["nom"], e["type"],
            " ".join(sorted({departement_of[m["code"]] for m in e["membres"]
                             if m["code"] in departement_of})),
            " ".join(sorted(m["code"] for m in e["membres"] if m["code"] in departement_of))] for e in epci])
    ept_bytes = EPT_ORIGINAL.read_bytes()
    if hashlib.sha256(ept_bytes).hexdigest() != EPT_SHA256:
        sys.exit(f"{EPT_ORIGINAL}: sha256 {hashlib.sha256(ept_bytes).hexdigest()}, expected {EPT_SHA256}")
    write(target / "territoire-ept.csv", ["siren", "nom", "communes"],
          [[e["code"], e["nom"], " ".join(sorted(m["code"] for m in e["membres"] if m["code"] in departement_of))]
           for e in json.loads(ept_bytes.decode("utf-8"))])
    write(target / "territoire-wikidata.csv", ["niveau", "code", "qid"],
          [[row["level"], row["insee_code"], row["qid"]]
           for row in read_csv(source / "wikidata-qid-regions-departements.csv") if row["qid"]])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    derive(Path(sys.argv[1]), Path(sys.argv[2]))
