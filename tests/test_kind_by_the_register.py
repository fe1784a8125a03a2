"""An EPCI whose brand says another kind than its nature ("Grand Besançon Métropole", a
communauté urbaine in the DGCL table) is not told to check the kind it states rightly: the
territory it governs carries the register's nature (dct:type), which the shape TypeDansLeNom reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from extraction_helpers import converted, report_types
from rtes_kg.vocab import DCT, KIND

BODY = ("\n\nType de collectivité : {kind}\nNombre d'habitants : 195 000 habitants\n"
        "Adresse : {address}\n\n"
        "Exemples d'actions soutenues par la collectivité :\n\n"
        "La collectivité soutient la ressourcerie La Fripouille, qui emploie 9 salariés.\n")
BESANCON = "4 rue Gabriel Plançon, 25043 Besançon Cedex"
TERRITORY = URIRef("https://w3id.org/rtes/territoire/intercommunalite/242500361")


def test_the_territory_of_an_epci_has_the_register_s_nature(tmp_path: Path):
    graph = converted(tmp_path, "Grand Besançon Métropole" + BODY.format(kind="Communauté urbaine", address=BESANCON))
    assert set(graph.objects(TERRITORY, DCT.type)) == {KIND["communaute-urbaine"]}


def test_a_brand_the_register_contradicts_asks_no_check_of_a_kind_stated_rightly(tmp_path: Path):
    text = "Grand Besançon Métropole" + BODY.format(kind="Communauté urbaine", address=BESANCON)
    assert "type-different-du-nom" not in report_types(tmp_path, text)


@pytest.mark.parametrize(("name", "kind", "address"), [
    # a kind the register does not give: the name's word still asks for a check
    ("Communauté de communes du Pays de Rouffach", "Collectivité à statut particulier",
     "1 place de la République, 68250 Rouffach"),
])
def test_a_name_of_another_kind_is_still_told(tmp_path: Path, name: str, kind: str, address: str):
    assert "type-different-du-nom" in report_types(tmp_path, name + BODY.format(kind=kind, address=address))
