"""The browser walk: headless Chromium, driven over the DevTools protocol, against `rtes-kg serve`.

Opens a member IRI, follows a link to an action and from it to the ESS structure that carries it,
runs an example query from the query page (shareable link), checks the results table, and fails on
any console error. The screenshot is kept in the test's tmp dir (its path is printed)."""

from __future__ import annotations

import base64
import json
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from rtes_kg.cli import main
from rtes_kg.sparql.examples import examples, run_oxigraph
from rtes_kg.sparql.store import load_store

websocket = pytest.importorskip("websocket", reason="websocket-client is in the [test] extra")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--remote-allow-origins=*")


class Page:
    """One Chromium tab over the DevTools protocol: navigate, evaluate, collect console errors."""

    def __init__(self, ws_url: str):
        self.ws = websocket.create_connection(ws_url, timeout=30)
        self.last_id = 0
        self.events: list[dict] = []
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def send(self, method: str, **params) -> dict:
        self.last_id += 1
        self.ws.send(json.dumps({"id": self.last_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.last_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e.get("method") == event for e in self.events):
                self.events = [e for e in self.events if e.get("method") != event]
                return
            self.events.append(json.loads(self.ws.recv()))
        raise AssertionError(f"no {event} in {timeout} s")

    def goto(self, url: str) -> None:
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        self.send("Page.navigate", url=url)
        self.wait("Page.loadEventFired")

    def eval(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def errors(self) -> list[str]:
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(params["exceptionDetails"].get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
                found.append(str(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"{params['entry'].get('text')} {params['entry'].get('url', '')}")
        return found


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    dist = tmp_path_factory.mktemp("release") / "dist"
    assert CliRunner().invoke(main, ["build", "--out", str(dist),
                                       "--ledger", str(dist.parent / "ids.tsv")]).exit_code in (0, 1)
    process = subprocess.Popen([sys.executable, "-m", "rtes_kg.cli", "serve", "--dist", str(dist),
                                "--port", "0"], stderr=subprocess.PIPE, text=True)
    found = re.search(r"(http://[\d.]+:\d+)/", process.stderr.readline())
    assert found, "server did not start"
    yield found.group(1), dist
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    process.stderr.close()


@pytest.fixture()
def page(tmp_path):
    browser = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        port = None
        deadline = time.monotonic() + 30
        while port is None and time.monotonic() < deadline:
            line = browser.stderr.readline()
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            port = match.group(1) if match else None
            if not line and browser.poll() is not None:
                break
        if port is None:
            pytest.skip("chromium did not start its DevTools endpoint")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            targets = [t for t in json.loads(reply.read()) if t["type"] == "page"]
        tab = Page(targets[0]["webSocketDebuggerUrl"])
        yield tab
        tab.ws.close()
    finally:
        browser.terminate()
        try:
            browser.wait(10)
        except subprocess.TimeoutExpired:
            browser.kill()
            browser.wait()
        browser.stderr.close()


def test_browser_walk(server, page, tmp_path):
    url, dist = server
    page.goto(f"{url}/org/syndicat-mixte-preval-haut-doubs")
    assert "Préval" in page.eval("document.querySelector('h1').textContent")
    action = page.eval("Array.from(document.querySelectorAll('a')).map(a => a.href)"
                       ".find(h => h.includes('/action/') && h.includes('atelier-de-transformation'))")
    assert action, "the member page links to none of its actions"
    page.goto(action)
    assert page.eval("document.location.pathname").startswith("/action/")
    # The action is carried by an ESS structure (rtes:porteePar): follow the link to its page.
    structure = page.eval("Array.from(document.querySelectorAll('a')).map(a => a.href)"
                          ".find(h => h.includes('/org/la-marmite-solidaire'))")
    assert structure, "the action page links to no ESS structure"
    page.goto(structure)
    assert "La Marmite Solidaire" in page.eval("document.querySelector('h1').textContent")

    example = next(e for e in examples() if e.name == "membres-par-type")
    expected = run_oxigraph(load_store(dist / "rtes.nq"), example.text)
    page.goto(f"{url}/sparql/ui?" + urlencode({"query": example.text}))
    headers = page.eval("Array.from(document.querySelectorAll('#results th')).map(th => th.textContent)")
    rows = page.eval("document.querySelectorAll('#results tbody tr').length")
    assert headers == list(expected.variables) and rows == len(expected.rows) > 0
    shot = tmp_path / "query-page.png"
    shot.write_bytes(base64.b64decode(page.send("Page.captureScreenshot", format="png")["data"]))
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 1000
    assert page.errors() == []
