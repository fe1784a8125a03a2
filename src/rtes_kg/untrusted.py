"""Caps on RDF from outside, checked before and while a parser reads it.

Before: an XML document type that declares entities (a 765-byte "billion laughs" expands to
gigabytes) or names an external DTD is refused without any XML parser seeing it, whichever
library would parse it; so is markup nested deeper than any real data (RDF/XML and JSON-LD
parsers are quadratic in the depth). While: the number of statements and the length of each
term are counted as the parser streams them, and the read stops at the cap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

import pyoxigraph as ox

from rtes_kg.errors import InputError
from rtes_kg.formats import JSONLD, RDFXML, RdfSyntax
from rtes_kg.inputs import MAX_INPUT_BYTES

Statement = TypeVar("Statement", ox.Quad, ox.Triple)
MAX_DEPTH = 100  # elements or JSON objects nested; real RDF/XML and JSON-LD stay under 20
MAX_TERM = 100_000  # characters of one literal or IRI; the longest text of a fiche is ~3,000
MAX_STATEMENTS = 200_000  # triples of one contribution: 100× a fiche, ~10 s of validation

_ENTITY = re.compile(r"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE\s", re.IGNORECASE)
_DECLARATION_END = re.compile(r"[>\[]")
_EXTERNAL_ID = re.compile(r"\b(?:SYSTEM|PUBLIC)\b", re.IGNORECASE)
_TAG_PART = re.compile(r"[\"'>]")
_JSON_STRUCTURE = re.compile(r'["\[\]{}]')
_JSON_STRING_REST = re.compile(r'(?:[^"\\]|\\.)*"', re.DOTALL)  # after its opening quote


def check_text(text: str, syntax: RdfSyntax, label: str) -> None:
    """Raise an InputError for a text no parser should be given: too large, entities, too deep."""
    if len(text) > MAX_INPUT_BYTES:
        raise InputError(f"fichier trop gros (plus de {MAX_INPUT_BYTES // (1024 * 1024)} Mo)", label,
                         hint="découpez-le en plusieurs fichiers")
    if syntax.name == RDFXML.name:
        _check_xml(text, label)
    if syntax.name == JSONLD.name:
        _check_depth(_json_depths(text), label, _line_at(text), "objets ou listes JSON")
        lone = _LONE_SURROGATE.search(text)
        if lone is not None:  # the parser says "Unexpected end of file" there
            raise InputError(f"échappement « {lone.group(0)} » isolé : une demi-paire UTF-16, aucun caractère",
                             label, _line_at(text)(lone.start()),
                             hint="écrivez le caractère lui-même, ou ses deux demi-paires \\uD8xx\\uDCxx")


# A JSON escape of a high surrogate not followed by a low one, or of a low one alone.
_LONE_SURROGATE = re.compile(r"(?<!\\)\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|"
                             r"(?<!\\)(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _check_xml(text: str, label: str) -> None:
    found = _ENTITY.search(text)
    if found:
        raise InputError("déclaration d’entité XML (<!ENTITY …>) refusée", label, _line_at(text)(found.start()),
                         hint="écrivez les IRI en entier ou donnez le fichier en Turtle ; les entités "
                              "permettent de faire exploser la mémoire (« billion laughs »)")
    external = _external_dtd(text)
    if external is not None:
        raise InputError("DTD externe (<!DOCTYPE … SYSTEM/PUBLIC …>) refusée", label,
                         _line_at(text)(external), hint="retirez la ligne <!DOCTYPE …>")
    _check_depth(_xml_depths(text), label, _line_at(text), "éléments XML")


def _check_depth(depths: Iterator[tuple[int, int]], label: str, line_at, what: str) -> None:
    for depth, position in depths:
        if depth > MAX_DEPTH:
            raise InputError(f"{what} imbriqués sur plus de {MAX_DEPTH} niveaux", label, line_at(position),
                             hint="aplatissez la structure (des nœuds nommés plutôt qu’imbriqués)")


def _line_at(text: str):
    return lambda position: text.count("\n", 0, position) + 1


def _xml_depths(text: str) -> Iterator[tuple[int, int]]:
    """(depth, position) after each start tag. Linear: every character is looked at once or twice,
    quotes only inside tags, and a tag never runs past the next "<": XML allows none in an attribute
    value, and one there counts as too deep (it could hide a tag or an end tag from this count)."""
    depth = 0
    position = text.find("<")
    while position >= 0:
        following = text.find("<", position + 1)
        stop = len(text) if following < 0 else following
        if text.startswith("<!--", position):
            end = text.find("-->", position)
            following = -1 if end < 0 else text.find("<", end)
        elif text.startswith("<![CDATA[", position):
            end = text.find("]]>", position)
            following = -1 if end < 0 else text.find("<", end)
        elif text.startswith("<?", position):  # "<?pi <!-- ?>": no comment opens inside it
            end = text.find("?>", position)
            following = -1 if end < 0 else text.find("<", end)
        elif text.startswith("</", position):
            depth -= 1
            if depth < 0:  # more ends than starts: "</b>" hidden in an attribute, read as a tag
                yield MAX_DEPTH + 1, position
        elif not text.startswith(("<?", "<!"), position):
            closes, quoted = _start_tag(text, position + 1, stop)
            if quoted and following >= 0:  # Oxigraph reads a "<" in an attribute, which hides tags
                yield MAX_DEPTH + 1, following
            if not closes:
                depth += 1
                yield depth, position
        position = following


def _start_tag(text: str, start: int, stop: int) -> tuple[bool, bool]:
    """Whether the start tag whose name is at ``start`` closes itself ("<b/>"), and whether a
    quoted value is still open at ``stop``, the next "<"."""
    quote = None
    for match in _TAG_PART.finditer(text, start, stop):
        char = match.group()
        if quote:
            quote = None if char == quote else quote
        elif char == ">":
            return text[match.start() - 1] == "/", False
        else:
            quote = char
    return False, quote is not None


def _external_dtd(text: str) -> int | None:
    """Where a <!DOCTYPE …> names an external DTD (SYSTEM or PUBLIC before its ">" or "["). Each
    stretch of text is read once: a DOCTYPE inside the declaration of one already read adds nothing
    ("<!DOCTYPE " repeated without ">" would otherwise be read again from each)."""
    read_until = 0
    for doctype in _DOCTYPE.finditer(text):
        if doctype.start() < read_until:
            continue
        end = _DECLARATION_END.search(text, doctype.end())
        read_until = end.start() if end else len(text)
        if _EXTERNAL_ID.search(text, doctype.end(), read_until):
            return doctype.start()
    return None


def _json_depths(text: str) -> Iterator[tuple[int, int]]:
    """(depth, position) of each opening bracket outside strings, in one pass over the text (a
    string that never closes ends the scan: the parser refuses the text)."""
    depth, position = 0, 0
    while (found := _JSON_STRUCTURE.search(text, position)) is not None:
        char, position = found.group(), found.end()
        if char == '"':
            rest = _JSON_STRING_REST.match(text, position)
            if rest is None:
                return
            position = rest.end()
        elif char in "[{":
            depth += 1
            yield depth, found.start()
        else:
            depth -= 1


def capped(statements: Iterable[Statement], label: str) -> Iterator[Statement]:
    """The statements of a parser, stopped with an InputError past MAX_STATEMENTS or at a term
    longer than MAX_TERM characters."""
    for count, quad in enumerate(statements, start=1):
        if count > MAX_STATEMENTS:
            raise InputError(f"plus de {MAX_STATEMENTS:,} triplets".replace(",", " "), label,
                             hint="une contribution décrit quelques collectivités ; découpez le fichier")
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, ox.Triple):
                raise InputError("triplet cité (RDF 1.2, « << … >> ») non pris en charge", label,
                                 hint="décrivez la déclaration par des triplets ordinaires (rdf:Statement)")
            value = getattr(term, "value", "")
            if len(value) > MAX_TERM:
                raise InputError(f"terme de {len(value):,} caractères".replace(",", " ")
                                 + f" (au plus {MAX_TERM:,})".replace(",", " "), label,
                                 hint=f"le texte commence par « {value[:40]}… » ; raccourcissez-le")
        yield quad
