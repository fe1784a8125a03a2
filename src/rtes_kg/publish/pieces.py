"""The dumps cut into pieces, each made on its own (sorted, serialised, counted): the bytes of a piece
depend on its statements only, so that a build takes unchanged pieces from the cache
(``publish.dumpfiles`` writes the files from them, and deflates them a block of pieces at a time).

pyoxigraph writes a subject's statements (N-Triples, Turtle, RDF/XML) and a named graph's (N-Quads,
TriG; JSON-LD through our writer, one node a graph) as a block of its own, after a header that
depends on the syntax only: a dump written in one pass is its header, then the bodies of its pieces
end to end, then its footer. So the union is cut between subjects and the dataset between named
graphs, in dump order. Where a cut falls depends only on the subject or graph it follows (a hash
of its name), never on what comes before, as rsync cuts files: an edit changes the pieces that
hold what it changed, and no other. Cutting by fiche would not do: a member's subjects are not
contiguous in dump order (``…/org/paris#x`` < ``…/org/paris15`` < ``…/org/paris``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from rtes_kg import formats
from rtes_kg.check.publication import LineGraph
from rtes_kg.publish.dumps import CONTEXT_TEXT, SEP, compact_node, key_lines, statement_key
from rtes_kg.publish.snapshot import Snapshot
from rtes_kg.publish.void import Stats
from rtes_kg.vocab import PREFIXES

UNION = (formats.NTRIPLES, formats.TURTLE, formats.RDFXML)
NAMED = (formats.NQUADS, formats.TRIG, formats.JSONLD)
# Pieces' sizes, on average: a piece made again costs a few tens of milliseconds, and a dump of
# 10,000 fiches stays a couple of thousand pieces (cache entries).
SUBJECTS_PER_PIECE = 64
GRAPHS_PER_PIECE = 8
# Pieces in a block of the gzipped dumps, on average. Deflate starts each block afresh (its window
# empty): the gzipped dumps of 1,000 fiches of the benchmark's corpus, so alike, are 3 to 28% larger
# than one deflate stream would make them with blocks of 16 pieces, 2.5 times with a block a piece; a
# block is deflated again when any of its pieces changes (some 2 MB in all syntaxes).
PIECES_PER_BLOCK = 16
LEVEL = 6  # gzip's default compression
TIME_YEAR = "http://www.w3.org/2006/time#inXSDgYear"
_YEAR = f" <{TIME_YEAR}> \""


@dataclass(frozen=True)
class Piece:
    """Consecutive subjects of the union (with the lines of all graphs about each), or consecutive
    named graphs of the dataset (with their lines), in dump order. ``first``: the first piece of
    its dumps (JSON-LD has no separator before it)."""

    named: bool
    units: tuple[tuple[str, list[str]], ...]
    first: bool
    digest: str  # of everything its bytes depend on: its lines, the base IRI, ``first``

    @property
    def size(self) -> int:
        return sum(len(lines) for _, lines in self.units)


@dataclass
class Made:
    """A piece's bytes in each syntax of its dumps, and what it tells VoID (the union's pieces), the
    changes and the catalogue (the years the data states)."""

    data: dict[str, bytes]
    stats: Stats | None
    snapshot: Snapshot
    years: frozenset[str] = field(default_factory=frozenset)


def cut(graphs: Iterable[LineGraph], base: str) -> tuple[list[Piece], list[Piece]]:
    """The pieces of the union (each subject with its lines from every graph: a commune two fiches
    describe is one subject of the union), then of the dataset, in dump order."""
    subjects: dict[str, list[str]] = {}
    named: dict[str, list[str]] = {}
    for name, lines in graphs:
        if not lines:
            continue  # a graph without statements is in no dump
        named[name] = named[name] + lines if name in named else lines
        for line in lines:
            subject = line[:line.find(" ")]
            found = subjects.get(subject)
            if found is None:
                subjects[subject] = [line]
            else:
                found.append(line)
    return (_pieces(subjects, SUBJECTS_PER_PIECE, False, base),
            _pieces(named, GRAPHS_PER_PIECE, True, base))


def _pieces(units: dict[str, list[str]], every: int, named: bool, base: str) -> list[Piece]:
    pieces: list[Piece] = []
    run: list[tuple[str, list[str]]] = []
    for name in sorted(units):  # the dumps' order: statement keys start with the subject (graph)
        run.append((name, units[name]))
        if zlib.crc32(name.encode("utf-8")) % every == 0:
            pieces.append(_piece(run, named, not pieces, base))
            run = []
    if run:
        pieces.append(_piece(run, named, not pieces, base))
    return pieces


def _piece(units: list[tuple[str, list[str]]], named: bool, first: bool, base: str) -> Piece:
    digest = hashlib.sha256(f"{'named' if named else 'union'}\0{first}\0{base}\0".encode("utf-8"))
    for name, lines in units:
        digest.update(name.encode("utf-8") + b"\0" + "\n".join(lines).encode("utf-8") + b"\0")  # no line has \n
    return Piece(named, tuple(units), first, digest.hexdigest())


def make(piece: Piece, base: str) -> Made:
    """A piece's bytes in each syntax of its dumps, and what it tells VoID, the changes, the catalogue."""
    return _named(piece) if piece.named else _union(piece, base)


def _union(piece: Piece, base: str) -> Made:
    lines = list(key_lines(sorted(statement_key(line) for _, found in piece.units for line in found), quads=False))
    text = "".join(lines).encode("utf-8")
    triples = [quad.triple for quad in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)]
    stats, snapshot = Stats(base), Snapshot()
    for line in lines:
        stats.add(line[:-3])  # " .\n"
    snapshot.add_statement_lines(lines)
    data = {"nt": text, "ttl": body(formats.TURTLE, triples), "rdfxml": body(formats.RDFXML, triples)}
    return Made(data, stats, snapshot)


def _named(piece: Piece) -> Made:
    keys = sorted(f"{graph}{SEP}{statement_key(line)}" for graph, found in piece.units for line in found)
    lines = list(key_lines(keys, quads=True))
    text = "".join(lines).encode("utf-8")
    quads = list(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    snapshot = Snapshot()
    snapshot.add_graph_lines(lines)
    years = frozenset(line.split(_YEAR, 1)[1][:4] for _, found in piece.units for line in found if _YEAR in line)
    data = {"nq": text, "trig": body(formats.TRIG, quads), "jsonld": _jsonld(quads, piece.first)}
    return Made(data, None, snapshot, years)


def blocks(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces in runs of about ``PIECES_PER_BLOCK``, cut where a piece's last subject (graph)
    says, as pieces are: the blocks of the gzipped dumps."""
    found: list[list[Piece]] = [[]]
    for piece in pieces:
        found[-1].append(piece)
        every = (GRAPHS_PER_PIECE if piece.named else SUBJECTS_PER_PIECE) * PIECES_PER_BLOCK
        if zlib.crc32(piece.units[-1][0].encode("utf-8")) % every == 0:
            found.append([])
    return [block for block in found if block]


def compressor() -> zlib._Compress:
    """A raw deflate stream of its own, to be fully flushed and not ended: such streams, end to
    end, are one stream (none refers back to another)."""
    return zlib.compressobj(LEVEL, zlib.DEFLATED, -15)


def deflate(data: bytes) -> bytes:
    """``data`` deflated on its own (``compressor``)."""
    packing = compressor()
    return packing.compress(data) + packing.flush(zlib.Z_FULL_FLUSH)


def body(syntax: formats.RdfSyntax, statements: list) -> bytes:
    """The statements as pyoxigraph writes them in ``syntax``, without the dump's header and footer."""
    data = ox.serialize(statements, format=syntax.oxigraph, prefixes=PREFIXES)
    assert data is not None  # given no output, Oxigraph returns the bytes
    header, footer = frame(syntax)
    if not (data.startswith(header) and data.endswith(footer)):
        raise ValueError(f"pyoxigraph wrote {syntax.label} with another header or footer")
    return data[len(header):len(data) - len(footer)]


def frame(syntax: formats.RdfSyntax) -> tuple[bytes, bytes]:
    """What a dump holds before and after its pieces' bodies (when it has statements)."""
    if syntax is formats.JSONLD:
        return f'{{\n"@context": {CONTEXT_TEXT},\n"@graph": [\n'.encode("utf-8"), b"\n]\n}\n"
    if syntax is formats.RDFXML:
        return _rdfxml_frame()
    if syntax.prefixes:  # Turtle, TriG: the prefixes, one a line, in pyoxigraph's order
        return _prefix_lines(), b""
    return b"", b""


@functools.cache
def _rdfxml_frame() -> tuple[bytes, bytes]:
    """pyoxigraph's RDF/XML without statements: the root element opened, then closed."""
    nothing = ox.serialize([], format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES) or b""
    footer = b"</rdf:RDF>"
    return nothing[:len(nothing) - len(footer)], footer


@functools.cache
def _prefix_lines() -> bytes:
    statement = ox.Triple(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"))
    data = ox.serialize([statement], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
    return b"".join(line for line in data.splitlines(keepends=True) if line.startswith(b"@prefix "))


def empty(syntax: formats.RdfSyntax) -> bytes:
    """A dump without statements: nothing at all in Turtle and TriG, as pyoxigraph writes it."""
    if syntax in (formats.JSONLD, formats.RDFXML):
        return b"".join(frame(syntax))
    return b""


def _jsonld(quads: list[ox.Quad], first: bool) -> bytes:
    """A node a named graph, one a line, each after a separator but the very first of the dump."""
    lines = [json.dumps(compact_node(node), ensure_ascii=False, separators=(",", ":"))
             for graph in _by_graph(quads)
             for node in json.loads(ox.serialize(graph, format=ox.RdfFormat.JSON_LD) or b"[]")]
    return (("" if first else ",\n") + ",\n".join(lines)).encode("utf-8")


def _by_graph(quads: list[ox.Quad]) -> Iterator[list[ox.Quad]]:
    group: list[ox.Quad] = []
    for quad in quads:
        if group and quad.graph_name != group[0].graph_name:
            yield group
            group = []
        group.append(quad)
    if group:
        yield group
