"""``python -m rtes_kg``: the ``rtes-kg`` program (rtes_kg.entry)."""

from rtes_kg.entry import run

run()
