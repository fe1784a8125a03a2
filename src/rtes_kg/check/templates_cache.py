"""Jinja's compiled templates kept in the build cache (check/cache.py), sealed as every entry of it:
compiling the site's templates took about 0.2 s of each build."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import jinja2

from rtes_kg.check.cache import Cache, key
from rtes_kg.project import environment

KIND = "templates"


class CachedTemplates(jinja2.BytecodeCache):
    """A template's bytecode by its name and source (``bucket.checksum``); the key of every entry
    hashes the code and the versions of the libraries too (``cache.key``)."""

    def __init__(self, store: Cache) -> None:
        self.store = store

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self.store.get(KIND, key(KIND, bucket.key, bucket.checksum))
        if isinstance(found, bytes):
            bucket.bytecode_from_string(found)  # another Python's bytecode is refused there: compiled again

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store.put(KIND, key(KIND, bucket.key, bucket.checksum), bucket.bytecode_to_string())


@contextlib.contextmanager
def compiled_into(store: Cache | None) -> Iterator[None]:
    """The templates loaded meanwhile taken from ``store``, or compiled and kept there."""
    env = environment()
    before = env.bytecode_cache
    env.bytecode_cache = None if store is None else CachedTemplates(store)
    try:
        yield
    finally:
        env.bytecode_cache = before
