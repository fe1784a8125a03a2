"""Parse: fiche text → frozen records (``records.Fiche``), every value with its file and line.

Takes the text of a file of fiches; gives ``Fiche`` records. Sections are recognised by meaning,
never by exact wording, and the parser never raises: what it cannot read becomes a ``ParseIssue``.
Knows no RDF: it imports the standard library only (tests/test_architecture.py).
"""
