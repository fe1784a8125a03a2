"""rtes-kg: the member fiches of the RTES as a validated linked-data knowledge graph."""

__version__ = "0.1.0"
