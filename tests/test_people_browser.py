"""Issue 12 in a real browser: headless Chromium (one session) against `rtes-kg serve`.

Pastes a fiche with two errors into /valider and sees both lines marked; uploads a Turtle file;
runs an example in the SPARQL editor and sees its rows; finds a member's budget and actions; clicks
a département on the map; runs axe-core (vendored for the tests, tests/vendor/) on the home page, a
member page, the editor and the validation page: no serious or critical violation. Screenshots of
each page are written to a temporary folder (its path is printed), never committed."""

from __future__ import annotations

import base64
import json
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from release_helpers import build_release
from test_serve_browser import CHROMIUM, FLAGS, Page
from test_serve_validation import BAD, TURTLE

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
AXE = Path(__file__).parent / "vendor" / "axe-core-4.11.1" / "axe.min.js"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    dist = build_release(tmp_path_factory.mktemp("people"))
    process = subprocess.Popen([sys.executable, "-m", "rtes_kg.cli", "serve", "--dist", str(dist), "--port", "0",
                                "--workers", "1", "--validation-rate", "0"], stderr=subprocess.PIPE, text=True)
    found = re.search(r"(http://[\d.]+:\d+)/", process.stderr.readline())
    assert found, "server did not start"
    yield found.group(1), dist
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    process.stderr.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("profile")
    process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        port, deadline = None, time.monotonic() + 30
        while port is None and time.monotonic() < deadline:
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", process.stderr.readline())
            port = match.group(1) if match else None
        if port is None:
            pytest.skip("chromium did not start its DevTools endpoint")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as reply:
            target = next(t for t in json.loads(reply.read()) if t["type"] == "page")
        tab = Page(target["webSocketDebuggerUrl"])
        tab.send("DOM.enable")
        tab.send("Emulation.setDeviceMetricsOverride", width=1200, height=900, deviceScaleFactor=1, mobile=False)
        yield tab
        tab.ws.close()
    finally:
        process.terminate()
        process.wait(10)
        process.stderr.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots: {folder}")
    return folder


def until(page: Page, expression: str, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.eval(expression)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"never true: {expression}")


def submit(page: Page, form: str) -> None:
    page.events = [e for e in page.events if e.get("method") != "Page.loadEventFired"]
    page.eval(f"document.querySelector({form!r}).requestSubmit()")
    page.wait("Page.loadEventFired")


def screenshot(page: Page, path: Path) -> None:
    shot = page.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    assert path.stat().st_size > 5000


def axe(page: Page) -> list[str]:
    """The serious and critical violations axe-core finds on the page, one line each."""
    page.send("Runtime.evaluate", expression=AXE.read_text(encoding="utf-8"))
    result = page.send("Runtime.evaluate", awaitPromise=True, returnByValue=True,
                       expression="axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
                                  ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                                  ".map(v => v.id + ': ' + v.nodes.slice(0, 3)"
                                  ".map(n => n.target.join(' ')).join(' | ')))")
    return result["result"]["value"]


def test_people_pages_in_a_browser(server, browser, shots):
    url, dist = server
    page = browser
    found: dict[str, list[str]] = {}

    # The validation page: paste a fiche with two errors; both lines are marked.
    page.goto(f"{url}/valider?lang=fr")
    found["valider (vide)"] = axe(page)
    page.eval(f"document.getElementById('texte').value = {json.dumps(BAD)}")
    submit(page, "#formulaire")
    marked = page.eval("Array.from(document.querySelectorAll('ol.source li.marked.violation')).map(li => li.id)")
    assert {"L3", "L12"} <= set(marked)
    assert page.eval("document.querySelector('a[href=\"#L3\"]') !== null")
    assert "Commune de Démonstration" in page.eval("document.getElementById('apercu').textContent")
    screenshot(page, shots / "valider.png")
    found["valider (rapport)"] = axe(page)

    # Upload a Turtle file through the file input.
    upload = shots.parent / "demo.ttl"
    upload.write_text(TURTLE, encoding="utf-8")
    page.goto(f"{url}/valider?lang=fr")
    node = page.send("DOM.querySelector", nodeId=page.send("DOM.getDocument")["root"]["nodeId"], selector="#fichier")
    page.send("DOM.setFileInputFiles", nodeId=node["nodeId"], files=[str(upload)])
    until(page, "document.getElementById('texte').value.includes('rtes:Collectivite')")
    submit(page, "#formulaire")
    assert "demo.ttl" in page.eval("document.getElementById('rapport-titre').textContent")
    assert page.eval("document.querySelectorAll('#rapport tbody tr').length") > 0

    # The SPARQL editor: an example of the library opens in a tab and shows its rows.
    page.goto(f"{url}/sparql/ui")
    until(page, "document.body.dataset.editeur === 'pret'")
    page.eval("document.querySelector('#bibliotheque a[data-name=\"membres-par-type\"]').click()")
    until(page, "document.getElementById('editeur').dataset.drawn === 'oui'")
    rows = until(page, "document.querySelectorAll('.yasr table.dataTable tbody tr').length")
    assert rows == 6
    assert page.eval("Array.from(document.querySelectorAll('.yasr a')).some(a => (a.getAttribute('href') || '')"
                     ".startsWith('/concept/type-collectivite/'))")
    assert "format=csv" in page.eval("document.getElementById('csv').href")
    screenshot(page, shots / "editeur.png")
    found["éditeur"] = axe(page)

    # A member page: its summary leads with the budget table and the actions.
    page.goto(f"{url}/org/conseil-regional-bourgogne-franche-comte")
    assert page.eval("document.querySelectorAll('table.budget tbody tr').length") == 2
    assert "6\u202f100\u202f000 €" in page.eval("document.querySelector('table.budget').textContent")
    assert page.eval("document.querySelectorAll('ol.actions > li').length") >= 2
    screenshot(page, shots / "membre.png")
    found["membre"] = axe(page)

    # The home page: click the Doubs on the map, land on its page.
    page.goto(f"{url}/")
    screenshot(page, shots / "accueil.png")
    found["accueil"] = axe(page)
    x, y = page.eval("""(function () {
        var path = document.querySelector('#carte a[data-code="25"] path'), box = path.getBBox();
        for (var i = 1; i < 20; i++) { for (var j = 1; j < 20; j++) {
          var p = new DOMPoint(box.x + box.width * i / 20, box.y + box.height * j / 20);
          if (path.isPointInFill(p)) {
            path.scrollIntoView({block: 'center'});
            var s = p.matrixTransform(path.getScreenCTM());
            return [s.x, s.y]; } } }
      })()""")
    page.events = [e for e in page.events if e.get("method") != "Page.loadEventFired"]
    for kind in ("mousePressed", "mouseReleased"):
        page.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)
    page.wait("Page.loadEventFired")
    assert page.eval("document.location.pathname") == "/territoire/departement/25/"
    assert page.eval("document.querySelector('h1').textContent") == "Doubs"

    problems = {name: found_here for name, found_here in found.items() if found_here}
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)
    assert page.errors() == []
