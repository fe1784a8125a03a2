"""Hostile endpoints and addresses against `rtes-kg publish`: one test per case of issue 13.

Every case is one line on stderr and exit 2, within the deadline; no credential is ever printed.
The misbehaving servers run on 127.0.0.1 (``peer``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from hostile_helpers import capped, peer, read_request  # noqa: F401 - capped: autouse
from rtes_kg.cli import main


@pytest.fixture()
def dist(tmp_path) -> Path:
    """A release reduced to what publish reads: one named graph in rtes.nq."""
    folder = tmp_path / "dist"
    folder.mkdir()
    (folder / "rtes.nq").write_text("<http://x/a> <http://x/b> <http://x/c> <https://w3id.org/rtes/graph/x> .\n",
                                    encoding="utf-8")
    return folder


def publish(dist: Path, endpoint: str, *options: str, env: dict | None = None):
    result = CliRunner().invoke(main, ["publish", "--endpoint", endpoint, "--dist", str(dist), *options],
                                env=env or {})
    assert "Traceback" not in result.output
    return result


def one_line(result) -> str:
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("rtes-kg: erreur : "), result.stderr
    return lines[0]


@pytest.mark.parametrize("endpoint, said", [
    ("ftp://127.0.0.1:9/store", "schéma « ftp » refusé"),  # hung
    ("file:///tmp/store", "schéma « file » refusé"),  # reported success, wrote nothing
    ("127.0.0.1:7878/store", "seuls http et https"),  # traceback: no scheme
    ("localhost/store", "seuls http et https"),
    ("http://[::1/store", "illisible"),  # traceback: malformed IPv6
    ("http://127.0.0.1:99999/store", "illisible"),
    ("http:///store", "sans nom d’hôte"),
])
def test_an_address_that_is_not_http_is_one_line(dist, endpoint, said):
    assert said in one_line(publish(dist, endpoint, "--retries", "0"))


def test_credentials_in_the_url_are_refused_and_never_printed(dist):
    line = one_line(publish(dist, "http://rtes:s3cr3t-p4ss@127.0.0.1:9/store"))
    assert "identifiants" in line and "RTES_KG_ENDPOINT_USER" in line
    assert "s3cr3t" not in line and "rtes:" not in line.split("erreur : ", 1)[1].split(":", 1)[0]


def test_an_invalid_status_line_is_one_line(dist):
    def garbage(connection) -> None:
        read_request(connection)
        connection.sendall(b"NOT-HTTP garbage\r\n\r\n")

    with peer(garbage) as port:
        line = one_line(publish(dist, f"http://127.0.0.1:{port}/store", "--retries", "0"))
    assert "injoignable" in line


def test_a_server_that_trickles_bytes_is_cut_at_the_deadline(dist):
    def trickle(connection) -> None:
        read_request(connection)
        for byte in b"HTTP/1.1 204 No Content\r\n\r\n":
            connection.sendall(bytes([byte]))
            time.sleep(0.2)  # each read is quick: a per-read timeout never fires

    with peer(trickle) as port:
        started = time.monotonic()
        line = one_line(publish(dist, f"http://127.0.0.1:{port}/store", "--retries", "0", "--timeout", "1"))
    assert "1 s" in line and time.monotonic() - started < 5


def test_a_remote_error_body_is_cut_and_cannot_forge_lines(dist):
    def hostile(connection) -> None:
        read_request(connection)
        body = b"\x1b]0;pwned\x07\x1b[2J" + b"x" * 10_000 + b"\nrtes-kg: erreur : tout va bien"
        connection.sendall(b"HTTP/1.1 400 Bad\x1b[31m Request\r\nContent-Length: %d\r\n\r\n" % len(body) + body)

    with peer(hostile) as port:
        line = one_line(publish(dist, f"http://127.0.0.1:{port}/store"))
    assert "\x1b" not in line and "\x07" not in line and "\\e]0;pwned" in line
    assert len(line) < 600 and "…" in line and "tout va bien" not in line


def test_the_token_is_not_printed_on_a_refusal(dist):
    def refuse(connection) -> None:
        request = read_request(connection)
        connection.sendall(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: %d\r\n\r\n" % len(request) + request)

    with peer(refuse) as port:
        line = one_line(publish(dist, f"http://127.0.0.1:{port}/store", env={"RTES_KG_ENDPOINT_TOKEN": "t0k3n-xyz"}))
    assert "401" in line and "t0k3n" not in line
