"""Text that cannot forge output: file names and fiche text on a terminal, JSON and links in HTML.
One test per case of issue 13."""

from __future__ import annotations

import json
import re
import time

import pytest
from click.testing import CliRunner

from conftest import SEED_DOCUMENT
from hostile_helpers import capped  # noqa: F401 - capped: autouse
from rtes_kg.cli import main
from rtes_kg.escaping import json_for_html, printable
from rtes_kg.site.resource import Links

FORGED = "\x1b[2J\x1b]0;pwned\x07\nrtes-kg: erreur : tout va bien"


def dijon() -> str:
    """The Dijon fiche of the seed document, alone."""
    text = SEED_DOCUMENT.read_text(encoding="utf-8")
    start = text.index("Dijon Métropole")
    end = text.index("Service référent: Nelly Verstraeten") + len("Service référent: Nelly Verstraeten\n")
    return text[start:end]


def test_a_file_name_cannot_forge_an_error_line(tmp_path):
    path = tmp_path / f"fiche{FORGED}.txt"
    path.write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\e[2J" in result.stderr and "\\n" in result.stderr


def test_fiche_text_cannot_drive_the_terminal_through_the_report(tmp_path):
    path = tmp_path / "dijon.txt"
    year = "Année d'adhésion au RTES: 2001"
    assert year in dijon()
    path.write_text(dijon().replace(year, year[:-4] + "vers \x1b[2J\x1b]0;pwned\x07\x9b31m"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--color"])
    assert "vers" in result.stdout  # the value is shown…
    assert "pwned" not in result.stdout and "[2J" not in result.stdout  # …escape sequences removed whole
    for control in ("\x1b[2J", "\x1b]", "\x07", "\x9b"):  # …and no control it carried
        assert control not in result.stdout
    assert "\x1b[1m" in result.stdout  # the colours of --color are still there


def test_query_results_in_a_table_cannot_drive_the_terminal(tmp_path):
    dump = tmp_path / "data.nt"
    dump.write_text('<http://x/a> <http://x/b> "\\u001B[2J\\u001B]0;pwned\\u0007" .\n', encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?o WHERE { ?s ?p ?o }", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", str(query), "--data", str(dump)])
    assert result.exit_code == 0 and "\x1b" not in result.stdout and "\\e[2J" in result.stdout


def test_the_html_report_escapes_fiche_text(tmp_path):
    path = tmp_path / "dijon.txt"
    year = "Année d'adhésion au RTES: 2001"
    path.write_text(dijon().replace(year, year[:-4] + "<script>alert(x)</script>"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "html"])
    assert "<script>alert(x)" not in result.stdout and "&lt;script&gt;alert(x)" in result.stdout
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';' in result.stdout


def test_a_fiche_titled_with_a_comment_opener_keeps_its_site_page(tmp_path):
    """`… <!--<script>` in a title blanked its own page: only "</" was escaped in the JSON-LD."""
    data = tmp_path / "data" / "fiches"
    data.mkdir(parents=True)
    (data / "dijon.txt").write_text(dijon().replace("Dijon Métropole", "Dijon Métropole <!--<script>", 1),
                                    encoding="utf-8")
    out = tmp_path / "dist"
    result = CliRunner().invoke(main, ["build", "--data", str(tmp_path / "data"), "--out", str(out)])
    assert result.exit_code in (0, 1), result.output
    page = next(path for path in (out / "site" / "org").rglob("index.html") if "dijon" in str(path))
    html = page.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)["name"] == "Dijon Métropole <!--<script>"
    assert "<h1>Dijon Métropole &lt;!--&lt;script&gt;</h1>" in html


@pytest.mark.parametrize("value", ["</script><script>alert(1)</script>", "<!--<script>", "a\u2028b\u2029c", "&amp;"])
def test_json_embedded_in_html_escapes_what_could_end_the_element(value):
    text = json_for_html({"name": value})
    assert not re.search("[<>&\u2028\u2029]", text) and json.loads(text)["name"] == value


@pytest.mark.parametrize("iri", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "vbscript:x",
                                 " javascript:alert(1)", "file:///etc/passwd"])
def test_links_built_from_data_are_http_or_https_only(iri):
    links = Links(("https://w3id.org/rtes/",), "/", folders=False)
    assert links.href(iri) is None
    assert links.href("https://example.org/x") == "https://example.org/x"


@pytest.mark.parametrize("path", ["/evil.example/login", "\\evil.example/login"])
def test_an_iri_of_ours_whose_path_would_make_a_link_to_another_host_links_to_the_iri(path):
    """ "/" + "/evil.example/login" is "//evil.example/login": a link to another site that showed the
    project's IRI (a browser reads a backslash as a slash there too)."""
    links = Links(("https://w3id.org/rtes/",), "/", folders=False)
    iri = "https://w3id.org/rtes/" + path
    assert links.href(iri) == iri
    assert links.href("https://w3id.org/rtes/org/rtes") == "/org/rtes"


@pytest.mark.parametrize("char", ["\n", "\r", "\x1b", "\x07", "\x00", "\x7f", "\x9b", "\u2028", "\u202e", "\u2066"])
def test_printable_leaves_no_control_character(char):
    shown = printable(f"a{char}b")
    assert char not in shown and shown.startswith("a\\") and shown.endswith("b")


JUNK = [";", " ", "( ", " et", "a.", "A ", "1 ", "€ ", "de ", ": ", "SCOP ", "en 2020 ", "Ville ", "1 € ",
        "de 1 à 2 € ", "M. ", "la CAF (Caisse d'allocations familiales) ", "« Yonne Initiative » ",
        # the walks of the thirteenth round's rules: enumerations with the member, passives, articles
        "la Ville et la SCOP Alpha ", "est est ", "la la ", "reçoit de la SCOP Alpha et ",
        # digit groups with no currency after them: an amount was tried from each group (round 17)
        "111 ", "\u00a0111",
        # a list of names: each name walked back through the incises of all the names before it (round 19)
        "l'association Alpha Beta, ", "Aaa-Bbb-Ccc-Ddd, ",
        # an article skipped at each word past all those after it; a clause walked back at each "dont" (round 49)
        "La ", "dont l'ESAT de Bapaume "]


def _junk_fiche(token: str, length: int) -> str:
    junk = (token * (length // len(token) + 1))[:length]
    return (f"Ville de Test {junk}\n\nBudget ESS : {junk}\n\nExemples d'actions soutenues par la collectivité :\n\n"
            f"La Ville soutient l'association {junk}\n\nAnnée d'adhésion au RTES : 2020 {junk}\n"
            f"Type de collectivité : Commune\nNombre d'habitants sur le territoire : {junk}\nAdresse : {junk}\n"
            f"Contact public\nÉlu référent : {junk}\nService référent : {junk} ; {junk}@x.fr\n")


def _read_time(text: str, runs: int = 1) -> float:
    """The time to read ``text``, the best of ``runs``: a busy machine only ever adds to a run's time.
    Each run reads it afresh: what the parser keeps of the strings it folded and the headings it read
    (``naming.fold``, ``sections.section_of``) is forgotten first, or a second run would time a text
    already read."""
    from rtes_kg.extract.findings import read_fiches
    from rtes_kg.parse import naming, sections

    best = float("inf")
    for _ in range(runs):
        naming._FOLDED.clear()
        sections._SECTIONS.clear()
        started = time.perf_counter()
        assert len(read_fiches(text, "x.txt")) == 1
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("token", JUNK, ids=repr)
def test_a_long_line_of_junk_in_every_field_is_read_in_linear_time(token):
    """A pattern that backtracks on a run of separators, or a loop that walks a run again at each of
    its words, makes a long line cost minutes (fold's trailing punctuation, a contact's holders, a
    line of colons, "SCOP SCOP…": found so). Four times the text must cost about four times as
    much, not sixteen; the floor keeps a fast read out of the noise of a busy machine."""
    _read_time(_junk_fiche(token, 1))  # the lexicons and gazetteer load on first use
    small, large = _read_time(_junk_fiche(token, 2_400), 3), _read_time(_junk_fiche(token, 9_600), 2)
    assert large < 20
    assert large < 1.0 or large / small < 10, (small, large)


def test_a_line_past_the_cap_is_read_in_part_and_its_fiche_is_not_published():
    from rtes_kg.extract.findings import read_fiches

    started = time.perf_counter()
    fiche, = read_fiches(_junk_fiche("SCOP ", 60_000), "x.txt")
    assert time.perf_counter() - started < 20
    cut = [found for found in fiche.issues if found.type == "ligne-trop-longue"]
    assert [found.source.line for found in cut] == [1, 3, 7, 9, 11, 12, 14, 15]
    assert {found.severity for found in cut} == {"violation"}


MANY = {"programme": "Programme d'intervention :\n",
        "actions": "Exemples d'actions soutenues par la collectivité :\n"}


@pytest.mark.parametrize("section", MANY)
def test_a_section_of_many_lines_is_read_in_linear_time(section):
    """Which name holds a word was a walk over every name of the text, at every word: a programme of
    1,600 lines naming two structures each took 17 s."""
    def fiche(lines: int) -> str:
        return ("Ville de Test\n\nType de collectivité : Commune\nAdresse : 1 rue X\n21000 Dijon\n\n" + MANY[section]
                + "".join(f"Soutien {i} aux structures de l'ESS, dont la SCIC X{i} et l'association Y{i}, créée "
                          f"avec la Ville.\n" for i in range(lines)))

    _read_time(fiche(1))  # the lexicons and gazetteer load on first use
    small, large = _read_time(fiche(200), 3), _read_time(fiche(1_600), 2)  # 8 times the lines: 64 if quadratic
    assert large < 20
    assert large < 1.0 or large / small < 20, (small, large)


RUNS = {"contact headings": lambda i: "Contact\n",
        "update dates": lambda i: "Dernière mise à jour : 01/01/2024\n",
        "breadcrumbs": lambda i: f"Accueil > Adhérents > Ville {i}\n"}


@pytest.mark.parametrize("run", RUNS)
def test_a_run_of_thousands_of_the_same_line_is_read_in_linear_time(run):
    """A walk at each line of a run over the rest of it: the names of a fiche's sections gathered
    again at each heading (80,000 one-line "Contact" headings took 25 s), the markers after each
    marker, the links after each breadcrumb (24,000 of them: 7 s)."""
    def text(lines: int) -> str:
        return "Ville de Test\n\nType de collectivité : Commune\n\n" + "".join(RUNS[run](i) for i in range(lines))

    _read_time(text(1))  # the lexicons and gazetteer load on first use
    small, large = _read_time(text(2_000), 3), _read_time(text(32_000), 2)  # 256 times as long if quadratic
    assert large < 30
    assert large < 1.0 or large / small < 32, (small, large)  # 16 and a margin: the work of each line is not all


LONG_SECTIONS = {
    "budget": ("Budget dédié à l'ESS :\n", lambda i: f"{i + 1} 000 € en 2024, dont {i + 1} € pour l'atelier X{i}\n"),
    "contacts": ("Contact public :\n", lambda i: f"Élu référent : Jean Dupont{i}, adjoint, jean{i}@laval.fr\n"),
    "programme": ("Programme d'intervention :\n", lambda i: f"La Ville a collecté {i} tonnes avec {i} bénévoles.\n"),
}


@pytest.mark.parametrize("section", LONG_SECTIONS)
def test_a_section_of_thousands_of_lines_is_cut_and_its_fiche_not_published(section):
    """A 20,000-line budget under a megabyte took 35 s and 1.2 GB to read: any section is cut at
    1,000 lines, the fiche refused with the line where the reading stopped."""
    from rtes_kg.extract.findings import read_fiches

    heading, line = LONG_SECTIONS[section]
    head = "Ville de Test\n\nType de collectivité : Commune\n\n" + heading
    fiche, = read_fiches(head + "".join(line(i) for i in range(5_000)), "x.txt")
    cut, = [found for found in fiche.issues if found.type == "rubrique-trop-longue"]
    assert cut.severity == "violation"
    assert cut.source.line == head.count("\n") + 1 + 1_000  # the 1,001st line of the section
    assert "« " + heading.rstrip(" :\n") + " »" in cut.message_fr
    if section == "budget":
        assert len(fiche.budget_amounts) == 2_000  # its first 1,000 lines, an amount and its part each
    if section == "contacts":
        assert len(fiche.contacts) == 1_000


def test_a_section_of_too_many_characters_is_cut():
    from rtes_kg.extract.findings import read_fiches

    paragraph = "La Ville soutient l'économie sociale et solidaire sur tout son territoire. " * 100 + "\n"
    fiche, = read_fiches("Ville de Test\n\nProgramme d'intervention :\n" + paragraph * 20, "x.txt")
    cut, = [found for found in fiche.issues if found.type == "rubrique-trop-longue"]
    assert cut.source.line == 4 + 100_000 // len(paragraph)  # the first line past 100,000 characters
    assert len(fiche.programme.text) < 100_000


def test_the_longest_real_sections_are_far_from_the_bounds():
    from rtes_kg.extract.findings import read_fiches

    fiches = read_fiches(SEED_DOCUMENT.read_text(encoding="utf-8"), "seed.txt")
    assert fiches and not any(found.type == "rubrique-trop-longue" for fiche in fiches for found in fiche.issues)


def test_a_fiche_of_thousands_of_short_sections_is_cut_and_not_published():
    """10,000 "Contact public" sections of one line each: 7 s and 370 MB for half a megabyte."""
    from rtes_kg.extract.findings import read_fiches

    head = "Ville de Test\n\nType de collectivité : Commune\n\n"
    text = head + "".join(f"Contact public\nÉlu référent : Jean Dupont{i}, adjoint\n" for i in range(5_000))
    fiche, = read_fiches(text, "x.txt")
    cut, = [found for found in fiche.issues if found.type == "fiche-trop-longue"]
    assert cut.severity == "violation"
    # its sections' lines: the kind's heading (its value on the same line), then 2 a contact
    assert len(fiche.contacts) == (3_000 - 1) // 2
    assert cut.source.line == head.count("\n") + 1 + 2 * len(fiche.contacts)


def test_fiches_of_a_long_file_are_bounded_one_by_one():
    from rtes_kg.extract.findings import read_fiches

    fiche = ("Ville de V{n}\nType de collectivité\nCommune\nExemples d'actions soutenues par la collectivité\n"
             + "".join(f"- La Ville soutient la SCOP A{j}.\n" for j in range(150)))
    fiches = read_fiches("".join(fiche.format(n=n) for n in range(30)), "x.txt")
    assert len(fiches) == 30
    assert not any(found.type.endswith("trop-longue") for one in fiches for found in one.issues)


def test_the_folds_and_sections_a_process_keeps_are_bounded():
    # fold() and section_of() keep what they worked out (the same headings come back in every fiche):
    # thousands of distinct lines never grow what they keep past its bound
    from rtes_kg.parse import naming, sections
    for i in range(naming._FOLDS_KEPT + 5_000):
        naming.fold(f"Accueil > Ville {i}")
        sections.section_of(f"rubrique {i}")
    assert 0 < len(naming._FOLDED) <= naming._FOLDS_KEPT
    assert 0 < len(sections._SECTIONS) <= sections._SECTIONS_KEPT
    assert naming.fold("Année d’adhésion au RTES :") == "annee d'adhesion au rtes"  # (and still right)
    assert sections.section_of("budget ess") == "budget"
