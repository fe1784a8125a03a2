"""Content negotiation: which representation a request wants, from Accept, ?format= or a suffix."""

from __future__ import annotations

from dataclasses import dataclass

from rtes_kg import formats


@dataclass(frozen=True)
class Offer:
    """A representation the server can send: its short name, media type and file suffix."""

    name: str
    media_type: str
    suffix: str
    media_aliases: tuple[str, ...] = ()  # other media types that ask for the same thing
    aliases: tuple[str, ...] = ()  # other ?format= values people type for it

    @classmethod
    def of(cls, fmt: formats.Format) -> Offer:
        """A format of the registry, by its name and aliases; not by rdflib's name, since
        ?format=xml asks for SPARQL XML results, not RDF/XML."""
        return cls(fmt.name, fmt.media_type, fmt.suffix, fmt.media_aliases, fmt.aliases)

    @property
    def content_type(self) -> str:
        return formats.content_type(self.media_type)


HTML = Offer("html", "text/html", ".html", media_aliases=("application/xhtml+xml",), aliases=("htm",))

# The RDF syntaxes a resource or a CONSTRUCT result is sent in. Order breaks ties: a browser or
# `curl` (*/*) gets a resource in HTML, an RDF client names what it wants.
RDF_SYNTAXES = (formats.TURTLE, formats.JSONLD, formats.NTRIPLES, formats.RDFXML)
RDF_OFFERS = tuple(map(Offer.of, RDF_SYNTAXES))

RESOURCE_OFFERS = (HTML, *RDF_OFFERS)
SOLUTION_OFFERS = (*map(Offer.of, formats.RESULTS), HTML)
GRAPH_OFFERS = (*RDF_OFFERS, HTML)


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
    for media_type in (offer.media_type, *offer.media_aliases):
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
    wanted = value.strip().lower()
    for offer in offers:
        if wanted in (offer.name, *offer.aliases, offer.media_type, *offer.media_aliases):
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
