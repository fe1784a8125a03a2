"""Check: the SHACL shapes over the graph, and the Report that says what is wrong and where.

Takes mapped fiches or contributed RDF; gives a ``report.Report`` whose every result names the
file, the line and the field, and renders it as text, JSON, HTML or a SHACL report.
"""
