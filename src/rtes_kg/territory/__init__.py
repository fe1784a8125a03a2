"""Territory: ties a fiche's collectivité to the French territorial reference.

Takes a ``Fiche``; gives its département, région, INSEE commune code or EPCI SIREN and Wikidata
links (``resolve.Resolution``), and findings for what the reference does not settle.
"""
