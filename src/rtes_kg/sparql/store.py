"""Loads a dump (gzipped or not) into an in-memory Oxigraph store. Imports pyoxigraph only: the
runner's child processes call it at start."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox

from rtes_kg import formats
from rtes_kg.errors import InputError, UsageError
from rtes_kg.inputs import MAX_INPUT_BYTES, open_regular
from rtes_kg.untrusted import check_text

MARKUP = (formats.RDFXML.name, formats.JSONLD.name)
# Inflated bytes of a compressed dump: a dump of 10,000 fiches is ~350 MB of N-Quads; past this,
# a .gz is a bomb, not a dump.
MAX_INFLATED = 2 * 1024 ** 3


def load_store(path: Path, store: ox.Store | None = None) -> ox.Store:
    """A store (a new one, or ``store``) holding the dump at ``path``; its format is its suffix."""
    if path.is_dir():
        raise InputError("est un dossier", str(path), hint="donnez le fichier du dump, par ex. dist/rtes.ttl")
    compressed = path.suffix == ".gz"
    plain = path.with_suffix("") if compressed else path
    syntax = formats.by_suffix(plain)
    if syntax is None:
        raise UsageError(f"format RDF inconnu pour {plain.name}", hint="donnez un .ttl, .nt, .trig ou .nq")
    store = ox.Store() if store is None else store
    try:
        with open_regular(path, str(path)) as raw:
            stream = _Capped(gzip.open(raw), MAX_INFLATED, str(path)) if compressed else raw
            if syntax.name in MARKUP:  # entities and deep nesting are refused before the parser runs
                data = stream.read(MAX_INPUT_BYTES + 1)
                check_text(data.decode("utf-8", "replace"), syntax, str(path))
                store.bulk_load(data, format=syntax.oxigraph)
            else:
                store.bulk_load(stream, format=syntax.oxigraph)  # type: ignore[arg-type]  # a reader, not typing.IO
    except FileNotFoundError:
        raise InputError("données introuvables", str(path),
                         hint="lancez d’abord `rtes-kg build` ou donnez --data FICHIER") from None
    except (SyntaxError, OSError, EOFError) as error:
        raise InputError(f"RDF illisible : {error}", str(path)) from None
    except MemoryError:
        raise InputError("trop gros pour la mémoire de cette machine", str(path),
                         hint="interrogez-le avec un serveur SPARQL (rtes-kg publish)") from None
    return store


class _Capped:
    """A compressed stream that stops with an InputError past ``limit`` inflated bytes."""

    def __init__(self, stream: gzip.GzipFile, limit: int, label: str) -> None:
        self._stream, self._left, self._label = stream, limit, label

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(self._left + 1 if size < 0 or size > self._left else size)
        self._left -= len(data)
        if self._left < 0:
            raise InputError(f"plus de {MAX_INFLATED // 1024 ** 3} Go une fois décompressé", self._label,
                             hint="ce n’est pas un dump de rtes-kg (bombe gzip ?)")
        return data
