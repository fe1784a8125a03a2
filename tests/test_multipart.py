"""The validation page's forms, read by serve/multipart.py: what browsers send, and bodies built to
make a MIME parser slow (found so: RFC 2231 continuations took 28 s in the server's own process)."""

from __future__ import annotations

import pytest

from rtes_kg.serve.multipart import MAX_PARTS, MultipartError, parse_form

TYPE = "multipart/form-data; boundary=----WebKitFormBoundaryx7Ab"
B = b"------WebKitFormBoundaryx7Ab"


def body(*parts: bytes) -> bytes:
    return b"".join(B + b"\r\n" + part + b"\r\n" for part in parts) + B + b"--\r\n"


def test_a_browsers_form_gives_its_fields_and_its_file():
    fields, files = parse_form(TYPE, body(
        b'Content-Disposition: form-data; name="syntaxe"\r\n\r\nauto',
        b'Content-Disposition: form-data; name="texte"\r\n\r\nligne 1\r\nligne 2',
        b'Content-Disposition: form-data; name="fichier"; filename="fiche \xc3\xa9t\xc3\xa9.txt"\r\n'
        b'Content-Type: text/plain\r\n\r\nVille de Test\r\n\r\n--pas un d\xc3\xa9limiteur\r\n'))
    assert fields == {"syntaxe": "auto", "texte": "ligne 1\nligne 2"}
    assert files == {"fichier": ("fiche été.txt", b"Ville de Test\r\n\r\n--pas un d\xc3\xa9limiteur\r\n")}


def test_a_quoted_boundary_an_escaped_quote_and_an_encoded_file_name():
    fields, files = parse_form('multipart/form-data; boundary="a b"', (
        b'--a b\r\nContent-Disposition: form-data; name="fichier"; filename="x\\"y.ttl"; '
        b"filename*=UTF-8''%C3%A9t%C3%A9.ttl\r\n\r\ndata\r\n--a b--"))
    assert files == {"fichier": ("été.ttl", b"data")}


@pytest.mark.parametrize("parameter", [b"filename*%d*=utf-8''a; ", b"p%d=v; "])
def test_a_header_of_thousands_of_parameters_is_refused_unread(parameter):
    header = b"".join(parameter.replace(b"%d", str(n).encode()) for n in range(10_000))
    with pytest.raises(MultipartError, match="en-têtes"):
        parse_form(TYPE, body(b'Content-Disposition: form-data; name="fichier"; ' + header + b"\r\n\r\nx"))


def test_nested_comments_in_a_file_name_are_a_name_not_a_recursion():
    _, files = parse_form(TYPE, body(b'Content-Disposition: form-data; name="fichier"; filename=' + b"(" * 2000
                                     + b"\r\n\r\nx"))
    assert files["fichier"][1] == b"x"


@pytest.mark.parametrize("content_type, data, why", [
    ("multipart/form-data", body(b"x"), "boundary"),
    (TYPE, b"no delimiter at all", "aucune partie"),
    (TYPE, B + b"\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed", "sans fin"),
    (TYPE, body(*[b'Content-Disposition: form-data; name="a"\r\n\r\nx'] * (MAX_PARTS + 1)), "parties"),
])
def test_a_body_that_is_no_form_is_refused_with_its_reason(content_type, data, why):
    with pytest.raises(MultipartError, match=why):
        parse_form(content_type, data)
