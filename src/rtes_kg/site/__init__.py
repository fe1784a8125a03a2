"""Site: the static site of a release, rendered from plain page objects by jinja2.

Takes the published graphs of a build and the release information; gives the site's files as
bytes. Templates never see the graph.
"""
