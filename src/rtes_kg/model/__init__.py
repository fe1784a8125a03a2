"""Model: records → RDF, one graph per fiche (docs/model.md).

Takes ``Fiche`` records with their findings and territory; gives triples that remember the line of
each fact. ``mint`` is the only place IRIs are made.
"""
