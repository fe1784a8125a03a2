"""SPARQL: the example queries of ``queries/``, the one runner that executes them, and the
rendering of their answers as tables.
"""
