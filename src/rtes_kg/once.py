"""The tables a process makes once from the project's files (the territorial reference, the
gazetteer and its indexes, the organisations known by name, the shapes and their plan): made on
first use, like ``functools.cache``, or handed over whole by a build from its cache.

Making them took a second of every build, a tenth of a one-fiche rebuild at 1,000 fiches; reading
them back from the build cache takes a fifth of that (``check/tables_cache.py``). A table is a pure
function of the project's files, which the cache's keys hash (``check.cache.version``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")

_UNMADE: Any = object()
_TABLES: dict[str, Table[Any]] = {}


class Table(Generic[T]):
    """A table made by ``make`` (no argument) once per process, unless handed over before."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._value: T = _UNMADE
        self.name = f"{make.__module__}.{make.__qualname__}"
        functools.update_wrapper(self, make)
        _TABLES[self.name] = self

    def __call__(self) -> T:
        if self._value is _UNMADE:
            self._value = self._make()
        return self._value

    def cache_clear(self) -> None:
        """Forget the table: the next call makes it again (as ``functools.cache`` says it)."""
        self._value = _UNMADE


def table(make: Callable[[], T]) -> Table[T]:
    """Decorate a function of no argument that makes one of the project's tables."""
    return Table(make)


def made() -> dict[str, object]:
    """Every table made or handed over in this process, by name."""
    return {name: cast(object, found._value) for name, found in sorted(_TABLES.items())
            if found._value is not _UNMADE}


def hand_over(tables: Mapping[str, object]) -> None:
    """Give the tables not made yet the values another process made (``made()``); names this code
    has no table of are left."""
    for name, value in tables.items():
        found = _TABLES.get(name)
        if found is not None and found._value is _UNMADE:
            found._value = value
