"""The web pages a fiche links an action to: their IRIs, and which of them is the member's own site."""

from __future__ import annotations

import re
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from rtes_kg.model import mint

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def iri_of_url(url: str) -> URIRef | None:
    """The IRI of a link as a fiche writes it, or None when no IRI can say it.

    "www.peche-laval.fr" has no scheme: a browser reads it as http://, and so does this (an IRI
    without a scheme is no absolute IRI: it failed every dump). A space or a quote typed into a
    link is percent-encoded; what still is no IRI ("http://[::1") is left out, never published."""
    text = url.strip()
    if not _SCHEME.match(text):
        text = f"http://{text}"
    text = quote(text, safe=":/?#[]@!$&'()*+,;=%~")  # typed by hand: a space, an accent
    try:
        ox.NamedNode(text)
    except ValueError:
        return None
    return URIRef(text)


def members_home_page(url: str, org_slug: str) -> bool:
    """ "https://www.nouvelle-aquitaine.fr/" under the last action of the Région Nouvelle-Aquitaine
    is the member's site, not that action's page; so is "https://www.seinesaintdenis.fr/" the
    Département de la Seine-Saint-Denis' (a domain writes the name with or without hyphens)."""
    host, _, path = _SCHEME.sub("", url.strip(), count=1).partition("/")  # (urlsplit raises on "http://[")
    host = host.partition(":")[0].partition("?")[0].partition("#")[0].lower()
    name = mint.slug(host.removeprefix("www.").rpartition(".")[0]).replace("-", "")
    return path.strip("/") == "" and len(name) > 3 and name in org_slug.replace("-", "")
