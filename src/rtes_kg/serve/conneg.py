"""Content negotiation: which representation a request wants, from Accept, ?format= or a suffix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Offer:
    """A representation the server can send: its short name, media type and file suffix."""

    name: str
    media_type: str
    suffix: str
    aliases: tuple[str, ...] = ()  # other media types that ask for the same thing


HTML = Offer("html", "text/html", ".html", ("application/xhtml+xml",))
TURTLE = Offer("ttl", "text/turtle", ".ttl", ("application/x-turtle",))
JSONLD = Offer("jsonld", "application/ld+json", ".jsonld", ("application/json",))
NTRIPLES = Offer("nt", "application/n-triples", ".nt")
RDFXML = Offer("rdf", "application/rdf+xml", ".rdf", ("application/xml", "text/xml"))

# Order breaks ties: a browser or `curl` (*/*) gets HTML, an RDF client names what it wants.
RESOURCE_OFFERS = (HTML, TURTLE, JSONLD, NTRIPLES, RDFXML)

RESULTS_JSON = Offer("json", "application/sparql-results+json", ".srj", ("application/json",))
RESULTS_XML = Offer("xml", "application/sparql-results+xml", ".srx", ("application/xml", "text/xml"))
RESULTS_CSV = Offer("csv", "text/csv", ".csv")
RESULTS_TSV = Offer("tsv", "text/tab-separated-values", ".tsv")

SOLUTION_OFFERS = (RESULTS_JSON, RESULTS_XML, RESULTS_CSV, RESULTS_TSV, HTML)
GRAPH_OFFERS = (TURTLE, JSONLD, NTRIPLES, RDFXML, HTML)

# ?format= values people type, beside the offer names and full media types.
FORMAT_SYNONYMS = {"turtle": "ttl", "json-ld": "jsonld", "ntriples": "nt", "n-triples": "nt",
                   "rdfxml": "rdf", "rdf+xml": "rdf", "htm": "html", "srj": "json", "srx": "xml"}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    @property
    def specificity(self) -> int:
        return (self.type != "*") + (self.subtype != "*")

    def matches(self, media_type: str) -> bool:
        kind, _, sub = media_type.partition("/")
        return self.type in ("*", kind) and self.subtype in ("*", sub)


def parse_accept(header: str | None) -> list[MediaRange]:
    """Every media range of an Accept header; malformed ranges and q-values are ignored.

    Several Accept headers arrive joined by commas (WSGI and RFC 9110 say so), which this handles
    like one list. No header at all means */*."""
    if header is None or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub or (kind == "*" and sub != "*"):
            continue
        q = _quality(params)
        if q is not None:
            ranges.append(MediaRange(kind, sub, q))
    return ranges


def _quality(params: list[str]) -> float | None:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return None
            return q if 0.0 <= q <= 1.0 else None
    return 1.0


def quality(ranges: list[MediaRange], offer: Offer) -> float:
    """The q-value the client gives an offer: that of the most specific range matching it."""
    best: tuple[int, float] | None = None
    for media_type in (offer.media_type, *offer.aliases):
        for media_range in ranges:
            if media_range.matches(media_type):
                # an alias counts only when named exactly: application/* must not pick JSON-LD twice
                if media_type != offer.media_type and media_range.specificity < 2:
                    continue
                key = (media_range.specificity, media_range.q)
                if best is None or key > best:
                    best = key
    return 0.0 if best is None else best[1]


def negotiate(accept: str | None, offers: tuple[Offer, ...]) -> Offer | None:
    """The offer with the highest q-value (ties: the server's order), or None (→ 406)."""
    ranges = parse_accept(accept)
    scored = [(quality(ranges, offer), -index, offer) for index, offer in enumerate(offers)]
    q, _, offer = max(scored, key=lambda item: item[:2])
    return offer if q > 0 else None


def by_format(value: str, offers: tuple[Offer, ...]) -> Offer | None:
    """The offer named by ?format= (a short name, a synonym or a media type), or None."""
    wanted = FORMAT_SYNONYMS.get(value.strip().lower(), value.strip().lower())
    for offer in offers:
        if wanted in (offer.name, offer.media_type, *offer.aliases):
            return offer
    return None


def by_suffix(path: str, offers: tuple[Offer, ...]) -> tuple[str, Offer | None]:
    """``/org/x.ttl`` → (``/org/x``, Turtle); a path without a known suffix is returned as is."""
    for offer in offers:
        if path.endswith(offer.suffix) and len(path) > len(offer.suffix):
            return path[: -len(offer.suffix)], offer
    return path, None


def describe_offers(offers: tuple[Offer, ...]) -> str:
    """The list a 406 answer gives: one media type per line, with its ?format= name."""
    return "".join(f"{offer.media_type} (?format={offer.name})\n" for offer in offers)
