"""Loads a dump (gzipped or not) into an in-memory Oxigraph store. Imports pyoxigraph only: the
runner's child processes call it at start."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyoxigraph as ox

from rtes_kg import formats
from rtes_kg.errors import InputError, UsageError
from rtes_kg.untrusted import check_text

MARKUP = (formats.RDFXML.name, formats.JSONLD.name)


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
        with (gzip.open(path) if compressed else open(path, "rb")) as stream:
            if syntax.name in MARKUP:  # entities and deep nesting are refused before the parser runs
                data = stream.read()
                check_text(data.decode("utf-8", "replace"), syntax, str(path))
                store.bulk_load(data, format=syntax.oxigraph)
            else:
                store.bulk_load(stream, format=syntax.oxigraph)  # type: ignore[arg-type]  # typeshed's GzipFile is no typing.IO
    except FileNotFoundError:
        raise InputError("données introuvables", str(path),
                         hint="lancez d’abord `rtes-kg build` ou donnez --data FICHIER") from None
    except (SyntaxError, OSError, EOFError) as error:
        raise InputError(f"RDF illisible : {error}", str(path)) from None
    return store
