"""Property-based: `rtes-kg validate` on mutated real fiches (and Turtle) never lets an exception escape,
exits 0, 1 or 2, and always prints a JSON report."""

from __future__ import annotations

import json
import random

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEED_DOCUMENT, split_document
from rtes_kg.cli import main

FICHES = list(split_document(SEED_DOCUMENT.read_text(encoding="utf-8")).values())
TURTLE = """@prefix rtes: <https://w3id.org/rtes/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix locn: <http://www.w3.org/ns/locn#> .
<https://w3id.org/rtes/org/besancon> a rtes:Collectivite ;
    skos:prefLabel "Besançon"@fr ;
    rtes:population 120000 ;
    locn:address <https://w3id.org/rtes/org/besancon#adresse> .
<https://w3id.org/rtes/org/besancon#adresse> a locn:Address ; locn:postCode "25000" .
"""
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be")


@st.composite
def mutated(draw) -> tuple[bytes, str]:
    """A real fiche (or a Turtle file) cut, shuffled, with characters inserted, in some encoding."""
    is_turtle = draw(st.booleans()) and draw(st.booleans())  # a quarter of the cases
    text = TURTLE if is_turtle else draw(st.sampled_from(FICHES))
    for mutation in draw(st.lists(st.sampled_from(["cut", "shuffle", "insert", "drop-line"]),
                                  max_size=3)):
        if mutation == "cut":
            text = text[:draw(st.integers(0, len(text)))]
        elif mutation == "shuffle":
            lines = text.splitlines()
            random.Random(draw(st.integers(0, 2**16))).shuffle(lines)
            text = "\n".join(lines)
        elif mutation == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(max_size=5)) + text[at:]
        elif lines := text.splitlines():
            del lines[draw(st.integers(0, len(lines) - 1))]
            text = "\n".join(lines)
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    return data, "ttl" if is_turtle else "fiche"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_validate_survives_any_mutation_of_a_real_fiche(case):
    data, syntax = case
    result = CliRunner().invoke(main, ["validate", "-", "--input-format", syntax, "--format", "json"],
                                input=data)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1, 2)
    report = json.loads(result.stdout)
    assert report["schema"].startswith("rtes-kg/validation-report/")
    assert report["conforms"] == (report["counts"]["violation"] == 0)
    if result.exit_code == 2:
        assert result.stderr.startswith("rtes-kg: erreur : -")
