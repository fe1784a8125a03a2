"""The words of each kind of structure, as the scheme type-structure labels them: the nouns that
point back at a named structure ("la SCIC", "ce chantier", "l'association du même nom")."""

from __future__ import annotations

from rtes_kg.extract.concepts import scheme_labels
from rtes_kg.extract.lexicon import phrase_keys
from rtes_kg.once import table
from rtes_kg.vocab import SCHEME_TYPE_STRUCTURE

__all__ = ["kind_heads", "kind_words"]


@table
def kind_heads() -> frozenset[str]:
    """The first words of the kinds of structures ("association", "scop", "jardin"…), folded, and the
    nouns of any structure: the nouns that point back at a named one."""
    heads = {label[0] for labels in _kind_labels().values() for label in labels if label}
    return frozenset(heads | {"lieu", "structure", "societe", "cooperative", "chantier"})


@table
def _kind_labels() -> dict[str, tuple[tuple[str, ...], ...]]:
    labels: dict[str, list[tuple[str, ...]]] = {}
    for code, label, _name in scheme_labels(SCHEME_TYPE_STRUCTURE):
        labels.setdefault(code, []).append(phrase_keys(label))
    return {code: tuple(keys) for code, keys in labels.items()}


def kind_words(kind: str | None) -> frozenset[str]:
    return frozenset(key for keys in _kind_labels().get(kind or "", ()) for key in keys)

