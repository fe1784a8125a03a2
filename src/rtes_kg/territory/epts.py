"""The établissements publics territoriaux of the Grand Paris (data/reference/territoire-ept.csv,
from the etalab découpage administratif): the one an EPT member's name names, with its SIREN. They
are in no table of EPCI with their own taxation (the Métropole du Grand Paris is), so the fiche of
"Est Ensemble Grand Paris" is matched here: its name opens with the table's "Est Ensemble"."""

from __future__ import annotations

from rtes_kg.once import table
from rtes_kg.territory.names import distinctive_words
from rtes_kg.territory.tables import read_table

EPT_FILE = "territoire-ept.csv"
# The words of the kind, in a fiche's name: "Établissement public territorial Plaine Commune", "EPT …"
_EPT_WORDS = frozenset({"etablissement", "public", "territorial", "ept"})


@table
def epts() -> tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]:
    """(SIREN, name, départements, the words that tell it apart) of each EPT of the table."""
    return tuple((row["siren"], row["nom"], tuple(sorted({code[:2] for code in row["communes"].split()})),
                  distinctive_words(row["nom"], _EPT_WORDS)) for row in read_table(EPT_FILE))


def ept_named(name: str) -> tuple[str, str, None, tuple[str, ...]] | None:
    """(SIREN, name, no Wikidata id, départements) of the EPT a fiche's name names, as a ``Place``
    holds them: its very words, else the one whose words open the name ("Est Ensemble Grand Paris" is
    Est Ensemble, not Grand Paris Grand Est, whose words it also holds); None for none, or for two."""
    words = distinctive_words(name, _EPT_WORDS)
    for test in (lambda own: own == words, lambda own: words[:len(own)] == own):
        found = [(siren, label, None, departements) for siren, label, departements, own in epts() if own and test(own)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None
