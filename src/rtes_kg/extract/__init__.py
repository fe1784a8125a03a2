"""Extract: what the free texts of a fiche name and state.

Takes ``Fiche`` records; gives them back with the organisations (and their roles), figures and euro
amounts found in their actions, programme and panorama, read against the curated reference of
``data/reference/`` and the concept schemes of ``ontology/``. See docs/extraction.md.
"""
