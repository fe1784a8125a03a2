"""Chapters of a network that the curated list does not have ("Banque Alimentaire de Rodez", "France
Active Grand Est"), found by the word their names start with (the network's ``skos:hiddenLabel``,
data/reference/organisations.ttl); see docs/extraction.md, "Chapters"."""

from __future__ import annotations

from collections.abc import Sequence

from rtes_kg.extract.curated import STRUCTURE, reference
from rtes_kg.extract.lexicon import Token
from rtes_kg.extract.names import FROM_PATTERN, LOWER_ARTICLES, Found, joined, name_forward, without_article
from rtes_kg.parse.naming import slug as name_slug


def chapters(text: str, words: Sequence[Token]) -> list[Found]:
    """Chapters of a network that the curated list does not have: "Banque Alimentaire de Rodez",
    "France Active Grand Est"; and "la Banque Alimentaire" alone, the local one (``local``)."""
    found = []
    curated = reference()
    for match in curated.chapters.find(words):
        network, first = match.payload, match.first
        if match.first == match.last and not words[first].capitalised:
            continue
        after, last = match.last + 1, None
        if after < len(words) and joined(text, words[match.last], words[after]):
            start = after
            if words[after].key in {"de", "du", "des", "d"}:  # "Banque Alimentaire de l'Aveyron"
                start = after + 1
                if start < len(words) and words[start].key in {"la", "l"}:
                    start += 1
            if start < len(words) and joined(text, words[start - 1], words[start]):
                last = name_forward(text, words, start, through_et=True)
        # "Le Mouvement associatif Occitanie": an article that the network's name starts with is
        # part of the chapter's span (so that the national label does not win), and of its name
        # when written with a capital.
        article = network.label.split()[0].lower() in {"le", "la", "les"} and first > 0 \
            and words[first - 1].key == network.label.split()[0].lower() \
            and joined(text, words[first - 1], words[first])
        span_first = first - 1 if article else first
        name_first = span_first if article and words[span_first].capitalised else first
        if last is not None and not words[first].capitalised and words[start].key in LOWER_ARTICLES:
            name_first = start  # "le jardin de Cocagne Les Jardins d'Aunis": a kind, then the name
        category, kind = curated.chapter_type(network.slug) or (
            network.category if network.category in ("organisme-public", "entreprise") else STRUCTURE,
            None)
        labels = [curated.lexicon.match_at(words, i) for i in {span_first, first}]
        if any(label is not None and label.last >= (match.last if last is None else last)
               for label in labels):
            continue  # the curated list knows it: the network itself ("Emmaüs"), "CRESS Bretagne"
        if last is None:
            if match.first == match.last and not words[match.first].raw.isupper():
                continue  # "l'Initiative citoyenne": a bare word names a local chapter if an acronym
            name = text[words[match.first].start: words[match.last].end]
            found.append(Found(span_first, match.last, words[span_first].start, name,
                               name_slug(name), category, kind, FROM_PATTERN, 1,
                               parent=network.slug, local=True))
            continue
        name = text[words[name_first].start: words[last].end]
        found.append(Found(span_first, last, words[span_first].start, name,
                           name_slug(without_article(name)), category, kind, FROM_PATTERN, 1,
                           parent=network.slug))
    return found
