"""What a resource's page reads of the rest of the site, recorded while it is made, so that the next
build can tell, without making it again, that the page would come out the same.

A page is made from its own inputs (its triples, the links into it, its sources: the page's
``inputs`` key, site/writer.py) and from what it reads of the whole site: the labels of the nodes
it names, whether a page exists for a link (``known``), the facts its summary follows to other
nodes, the map of its région. Each of those reads goes through a ``Site`` watched for the page,
which notes it. The release keeps, for each page, the reads it made, and for each distinct read a
digest of its answer then (``ReadLog``). The next build asks every distinct read again, once
(``ReadLog.changed``): a page whose inputs are the same and whose reads all answer the same is the
same page, and is taken from the former release without being made.

A node's label and its facts (``out``) are read from its own triples: those of its page (the node
without its fragment; a fragment's label also follows the nodes minted inside it, ``{line}-montant``,
on the same page). Such a read is not asked again when its page's triples have the digest they had
(site/inputs.py): its former answer is the answer. At 1,000 fiches that spares nine reads in ten.
The reads are kept with IRIs as plain strings: a log of rdflib terms took 0.4 s to unpickle, and
a dict of them looks up in twice the time (rdflib compares terms in Python).

Editing one fiche changes the answers of a few reads (its member's label, its actions…), so only
the pages that read them are made again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rdflib import URIRef
from rdflib.term import Node

from rtes_kg.site.map import Map
from rtes_kg.site.resource import Labels
from rtes_kg.site.summary import Facts

# ("label", iri), ("known", page), ("out", subject, predicate), ("in", predicate, object), ("region", code);
# IRIs as str (``_plain``), other terms as they are
Read = tuple[Any, ...]
OWN = ("label", "out")  # the reads answered from the triples of one page


@dataclass(frozen=True)
class Site:
    """What a page may read of the whole site: the labels, the pages that exist, the facts its
    summary reads, the maps of the régions."""

    labels: Labels
    known: Container[str]
    facts: Facts
    region: Callable[[str], Map | None]
    # what a région's map is drawn from, when that tells cheaper than the map whether it changed
    region_inputs: Callable[[str], object] | None = field(default=None, compare=False, repr=False)
    _answers: dict[Read, bytes] = field(default_factory=dict, compare=False, repr=False)

    def watched(self, reads: set[Read]) -> Site:
        """The same site, noting into ``reads`` every read made of it."""
        return Site(_WatchedLabels(self.labels, reads), _WatchedPages(self.known, reads),
                    _WatchedFacts(self.facts, reads), _watched_region(self.region, reads))

    def answer(self, read: Read) -> bytes:
        """A digest of what ``read`` gives now (asked once: the log of the former release and the
        log of this one ask mostly the same reads)."""
        found = self._answers.get(read)
        if found is None:
            found = self._answers[read] = self._ask(read)
        return found

    def keep(self, read: Read, answer: bytes) -> None:
        """Take ``answer`` as what ``read`` gives now, without asking it (its page is unchanged)."""
        self._answers.setdefault(read, answer)

    def _ask(self, read: Read) -> bytes:
        kind = read[0]
        if kind == "label":
            found: object = (self.labels.has(read[1]), self.labels(read[1]))
        elif kind == "known":
            found = read[1] in self.known
        elif kind == "out":
            found = self.facts.objects(*_terms(read[1:]))
        elif kind == "in":
            found = self.facts.subjects(*_terms(read[1:]))
        elif kind == "region":
            found = self.region(read[1]) if self.region_inputs is None else self.region_inputs(read[1])
        else:
            raise ValueError(f"unknown read {kind!r}")
        return hashlib.blake2b(repr(found).encode("utf-8"), digest_size=8).digest()


@dataclass
class ReadLog:
    """The pages of a release and what they read: each distinct read with the digest of its answer
    then, and for each page its key (site/writer.py), its ``inputs`` key and the numbers of its
    reads; and the digest of each page's triples then (``site.inputs.page_index``)."""

    reads: list[Read] = field(default_factory=list)
    answers: list[bytes] = field(default_factory=list)
    pages: dict[str, tuple[str, str, tuple[int, ...]]] = field(default_factory=dict)
    digests: Mapping[str, str] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, object]:
        """Pickled (into the build cache) with each string of the reads once: an IRI is in
        thousands of them. At 1,000 fiches the log went from 15 to 6.6 MB, reading it from the cache
        from 0.30 to 0.05 s and writing it from 0.18 to 0.08 s."""
        shared: dict[str, str] = {}
        return {**self.__dict__, "reads": [
            tuple(shared.setdefault(part, part) if type(part) is str else part for part in read)
            for read in self.reads]}

    @classmethod
    def of(cls, pages: Mapping[str, tuple[str, str, Iterable[Read]]], site: Site,
           digests: Mapping[str, str] | None = None) -> ReadLog:
        """The log of a release's pages ({path: (key, inputs, reads)}), the answers asked of ``site``;
        ``digests``: of each page's triples (none: every read is asked again next time)."""
        log, numbers = cls(digests=digests or {}), dict[Read, int]()
        for path in sorted(pages):
            key, inputs, reads = pages[path]
            ids = []
            for read in reads:
                number = numbers.get(read)
                if number is None:
                    number = numbers[read] = len(log.reads)
                    log.reads.append(read)
                ids.append(number)
            log.pages[path] = (key, inputs, tuple(sorted(ids)))
        log.answers = [site.answer(read) for read in log.reads]
        return log

    def after(self, changed: frozenset[int], pages: Mapping[str, tuple[str, str, Iterable[Read] | None]],
              site: Site, digests: Mapping[str, str]) -> ReadLog:
        """``of`` for the release that follows this log's: a page whose reads are None read what
        it read then (taken from the former release), and keeps its numbers; ``changed``: the
        reads whose answer is not the same now (``changed``). Only the reads of the pages made are
        looked up: renumbering every page's reads cost half a second at 1,000 fiches."""
        reads = list(self.reads)
        answers = [site.answer(read) if number in changed else answer
                   for number, (read, answer) in enumerate(zip(self.reads, self.answers))]
        numbers: dict[Read, int] | None = None
        ids_of = {}
        for path, (_, _, made) in pages.items():
            if made is None:
                ids_of[path] = self.pages[path][2]
                continue
            if numbers is None:
                numbers = {read: number for number, read in enumerate(self.reads)}
            ids = []
            for read in made:
                number = numbers.get(read)
                if number is None:
                    number = numbers[read] = len(reads)
                    reads.append(read)
                    answers.append(site.answer(read))
                ids.append(number)
            ids_of[path] = tuple(sorted(ids))
        # the reads no page makes any more are left out, the others keep their order
        used = sorted({number for ids in ids_of.values() for number in ids})
        renumbered = dict(zip(used, range(len(used))))
        log = ReadLog([reads[number] for number in used], [answers[number] for number in used], {}, digests)
        for path in sorted(pages):
            key, inputs, _ = pages[path]
            log.pages[path] = (key, inputs, tuple(renumbered[number] for number in ids_of[path]))
        return log

    def changed(self, site: Site, digests: Mapping[str, str] | None = None) -> frozenset[int]:
        """The reads whose answer ``site`` gives differently now; ``digests``: of each page's triples
        now, a read of a page's own triples with the same digest as then is not asked (``site``
        keeps its former answer, for the next log)."""
        digests = digests or {}
        found = []
        for number, (read, answer) in enumerate(zip(self.reads, self.answers)):
            if read[0] in OWN and self._same_page(read[1], digests):
                site.keep(read, answer)
            elif site.answer(read) != answer:
                found.append(number)
        return frozenset(found)

    def _same_page(self, node: object, digests: Mapping[str, str]) -> bool:
        """Whether the page ``node`` is on (an IRI under the base) holds the same triples as then."""
        if type(node) is not str:
            return False
        page = node.partition("#")[0]
        then = self.digests.get(page)
        return then is not None and digests.get(page) == then


class _WatchedLabels(Labels):
    def __init__(self, labels: Labels, reads: set[Read]) -> None:  # shares the table, not a copy
        self._labels, self._reads = labels._labels, reads

    def has(self, iri: str) -> bool:
        self._reads.add(("label", iri))
        return super().has(iri)

    def __call__(self, iri: str) -> str:
        self._reads.add(("label", iri))
        return super().__call__(iri)


class _WatchedPages:
    """``known``, the pages of the site, as ``Links`` asks it: ``page in known``."""

    def __init__(self, known: Container[str], reads: set[Read]) -> None:
        self._known, self._reads = known, reads

    def __contains__(self, page: object) -> bool:
        self._reads.add(("known", page))
        return page in self._known


class _WatchedFacts:
    def __init__(self, facts: Facts, reads: set[Read]) -> None:
        self._facts, self._reads = facts, reads

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        self._reads.add(("out", *_plain(subject, predicate)))
        return self._facts.objects(subject, predicate)

    def subjects(self, predicate: URIRef, obj: Node) -> list[Node]:
        self._reads.add(("in", *_plain(predicate, obj)))
        return self._facts.subjects(predicate, obj)


def _plain(*terms: Node) -> tuple:
    """IRIs as str (a read is kept in the log, read back at each build), other terms as they are."""
    return tuple(str(term) if type(term) is URIRef else term for term in terms)


def _terms(plain: tuple) -> tuple:
    """``_plain`` undone (a Literal is a str as well, but not of type str)."""
    return tuple(URIRef(term) if type(term) is str else term for term in plain)


def _watched_region(region: Callable[[str], Map | None], reads: set[Read]) -> Callable[[str], Map | None]:
    def watched(code: str) -> Map | None:
        reads.add(("region", code))
        return region(code)
    return watched
