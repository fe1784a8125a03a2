"""The territorial reference's tables (data/reference/territoire-*.csv), read as they are."""

from __future__ import annotations

import csv

from rtes_kg.errors import ResourceError
from rtes_kg.project import data_dir


def read_table(name: str, as_dicts: bool = True) -> list:
    """The rows of a table of data/reference/: dicts by column, or lists with the header first."""
    path = data_dir() / "reference" / name
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle) if as_dicts else csv.reader(handle))
    except OSError as error:
        raise ResourceError(f"cannot read the territorial reference: {error.strerror}",
                            file=str(path), hint="reinstall rtes-kg from a clean checkout") from error
