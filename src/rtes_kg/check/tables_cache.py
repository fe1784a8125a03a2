"""The project's tables (``rtes_kg/once.py``) kept in the build cache (check/cache.py), sealed as
every entry of it: a build hands them over before it reads a fiche, and keeps them once it has
read its fiches, with those it made meanwhile.

Made, they took a second of every build (the communes, the gazetteer's indexes, the lexicons of
kinds and collectivités, the shapes and their plan); read back, about 0.2 s. Their key hashes the
code and the project's files (``cache.key``): a table is never read for other data.
"""

from __future__ import annotations

import copyreg
import io
import pickle
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from rtes_kg.check.cache import Cache, key
from rtes_kg.once import hand_over, made

KIND = "tables"


def handed_over(store: Cache | None) -> frozenset[str]:
    """Hand over the tables ``store`` keeps (none without a cache); the names of those it kept."""
    found = None if store is None else store.get(KIND, key(KIND))
    if not isinstance(found, bytes):
        return frozenset()
    try:
        tables = pickle.loads(found)  # sealed by this user's builds (check/cache.py)
    except (EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        return frozenset()
    if not isinstance(tables, dict):
        return frozenset()
    hand_over(tables)
    return frozenset(tables)


def keep(store: Cache | None, kept: frozenset[str]) -> None:
    """Keep the tables of this process in ``store`` when it made some that it did not keep."""
    if store is None:
        return
    tables = made()
    if not set(tables) <= kept:
        stream = io.BytesIO()
        pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _read_only_reduced}
        try:
            pickler.dump(tables)
        except (pickle.PicklingError, TypeError, AttributeError):
            return  # a table that does not pickle: made again by each build (test_incremental says so)
        store.put(KIND, key(KIND), stream.getvalue())
    else:
        store.keep(KIND, key(KIND))


def _read_only_reduced(mapping: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    return _read_only, (dict(mapping),)  # a mappingproxy does not pickle


def _read_only(mapping: dict[object, object]) -> Mapping[object, object]:
    return MappingProxyType(mapping)
