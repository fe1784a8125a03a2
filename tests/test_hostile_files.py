"""Files under hostile conditions: killed builds, a full disk, the working folder, absurd numbers.
One test per case of issue 13."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED_DOCUMENT
from hostile_helpers import capped  # noqa: F401 - capped: autouse
from rtes_kg.cli import main
from rtes_kg.publish import staging


def data_folder(root: Path) -> Path:
    """A data folder with one fiche (Dijon): builds stay quick."""
    fiches = root / "data" / "fiches"
    fiches.mkdir(parents=True, exist_ok=True)
    (fiches / "fiches.txt").write_text(dijon("Dijon", "Dijon"), encoding="utf-8")
    return root / "data"


def build(data: Path, out: Path, *extra: str):
    return CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(out), "--no-site", *extra],
                              env={"SOURCE_DATE_EPOCH": "1757980800"})


def digests(folder: Path) -> dict[str, str]:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def leftovers(out: Path) -> list[str]:
    return sorted(path.name for path in out.parent.iterdir() if path.name.startswith(f".{out.name}."))


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile-files")
    data = data_folder(root)
    out = root / "dist"
    assert build(data, out).exit_code in (0, 1)
    return data, out


def test_the_folders_of_dead_builds_are_removed_and_live_ones_kept(tmp_path):
    out = tmp_path / "dist"
    dead, alive = dead_pid(), os.getppid()
    for name in (f".dist.{dead}.abcd1234", f".dist.old.{dead}.efgh5678", ".dist.k2j4h5g6",
                 f".dist.{alive}.live0000"):
        (tmp_path / name / "site").mkdir(parents=True)
    (tmp_path / ".dist.notes").mkdir()  # not a staging folder: kept
    folder = staging.make(out)
    assert leftovers(out) == sorted([f".dist.{alive}.live0000", ".dist.notes", folder.name])


def test_a_retired_release_being_deleted_is_left_to_its_deleter_by_the_next_build(tmp_path):
    out = tmp_path / "dist"
    retired = tmp_path / f".dist.old.{dead_pid()}.abcd1234"
    for part in range(20):
        (retired / str(part)).mkdir(parents=True)
        for page in range(100):
            (retired / str(part) / f"{page}.html").write_bytes(b"<p>")
    staging.discard(retired)
    assert not retired.exists()  # renamed after its deleting process before discard returned
    # ... keeping its random part, so that a build after an interrupted deletion still knows it (the
    # name once lost it for a control character, "\x01", which no leftover pattern matches)
    assert all(re.fullmatch(r"\.dist\.old\.\d+\.abcd1234", name) for name in leftovers(out)), leftovers(out)
    assert staging.remove_leftovers(out) == []  # still being deleted, or gone: not this build's to delete
    for _ in range(200):
        if not leftovers(out):
            break
        time.sleep(0.05)
    assert leftovers(out) == []


def test_a_build_killed_while_writing_keeps_the_previous_release_and_the_next_cleans_up(tmp_path, release):
    data, previous = release
    out = tmp_path / "dist"
    shutil.copytree(previous, out)
    before = digests(out)
    script = textwrap.dedent(f"""
        import os, signal, pathlib
        from rtes_kg.cli import main
        written = []
        real = pathlib.Path.write_bytes
        def write_then_die(self, data):
            written.append(self)
            if len(written) == 5:
                os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
            return real(self, data)
        pathlib.Path.write_bytes = write_then_die
        main(["build", "--data", {str(data)!r}, "--out", {str(out)!r}, "--no-site"])
    """)
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "1757980800"})
    assert killed.returncode == -signal.SIGKILL
    assert digests(out) == before and len(leftovers(out)) == 1
    staging.make(out).rmdir()  # what the next build does first
    assert leftovers(out) == []


def test_a_full_disk_is_one_line_exit_2_and_the_previous_release_intact(tmp_path, release, monkeypatch):
    data, previous = release
    out = tmp_path / "dist"
    shutil.copytree(previous, out)
    before = digests(out)
    real = Path.write_bytes
    written: list[Path] = []

    def fill_up(self, content):
        written.append(self)
        if len(written) > 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, content)

    monkeypatch.setattr(Path, "write_bytes", fill_up)
    result = build(data, out)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and "disque plein" in result.stderr
    assert digests(out) == before and leftovers(out) == []


def test_validate_output_leaves_nothing_on_a_full_disk(tmp_path, monkeypatch):
    real = os.fdopen

    class Full:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, text):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    report = tmp_path / "out" / "rapport.json"
    report.parent.mkdir()

    def fdopen(fd, *args, **kwargs):  # only the report's folder is full
        stream = real(fd, *args, **kwargs)
        return Full(stream) if os.readlink(f"/proc/self/fd/{fd}").startswith(str(report.parent)) else stream

    monkeypatch.setattr(os, "fdopen", fdopen)
    fiche = tmp_path / "fiches.txt"
    fiche.write_text(dijon("Dijon", "Dijon"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(fiche), "--format", "json", "--output", str(report)])
    assert result.exit_code == 2 and "disque plein" in result.stderr
    assert list(report.parent.iterdir()) == []


def test_the_report_goes_through_a_link_and_into_a_pipe_without_replacing_them(tmp_path):
    """--output over a symbolic link writes its target; over a FIFO (or /dev/null) writes into it:
    an auditor's `--output /dev/full`, run as root, had replaced the device with a file."""
    fiche = tmp_path / "fiches.txt"
    fiche.write_text(dijon("Dijon", "Dijon"), encoding="utf-8")
    link, target = tmp_path / "rapport.json", tmp_path / "cible.json"
    link.symlink_to(target.name)
    result = CliRunner().invoke(main, ["validate", str(fiche), "--format", "json", "--output", str(link)])
    assert result.exit_code == 0 and link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))
    assert target.stat().st_mode & 0o777 == 0o644
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = CliRunner().invoke(main, ["validate", str(fiche), "--format", "json", "--output", str(fifo)])
    reader.join(timeout=30)
    assert result.exit_code == 0 and stat.S_ISFIFO(fifo.stat().st_mode) and json.loads(received[0])


def test_the_release_does_not_depend_on_the_working_folder(tmp_path, release, monkeypatch):
    data, reference = release
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = tmp_path / "dist"
    assert build(Path(os.path.relpath(data, elsewhere)), out).exit_code in (0, 1)
    assert digests(out) == digests(reference)
    assert "fiches/fiches.txt" in (out / "provenance.ttl").read_text(encoding="utf-8")


def dijon(replace: str, by: str) -> str:
    text = SEED_DOCUMENT.read_text(encoding="utf-8")
    start = text.index("Dijon Métropole")
    end = text.index("Service référent: Nelly Verstraeten") + len("Service référent: Nelly Verstraeten\n")
    fiche = text[start:end]
    assert replace in fiche
    return fiche.replace(replace, by)


@pytest.mark.parametrize("replace, by, kind, field", [
    ("40 000 euros", "1" * 29 + " euros", "montant-demesure", "montant"),
    ("251 179 habitants", "9" * 4301 + " habitants", "population-demesuree", "nombre d'habitants"),
])
def test_an_absurd_number_is_a_violation_on_its_field_and_the_rest_is_checked(tmp_path, replace, by, kind, field):
    path = tmp_path / "dijon.txt"
    path.write_text(dijon(replace, by), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--format", "json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 1 and report["fiches"] == ["dijon-metropole"]
    found = [r for r in report["results"] if r["type"] == kind]
    assert len(found) == 1 and found[0]["severity"] == "violation" and found[0]["field_fr"] == field
    types = {r["type"] for r in report["results"]}
    assert not types & {"erreur-interne", "nom-absent", "adresse-absente", "contact-absent"}, types


@pytest.fixture()
def small_disk(tmp_path):
    """A real 3 MB tmpfs (root only; skipped elsewhere): room for a release without its site."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("mounting a tmpfs needs root")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_really_full_disk_keeps_the_previous_release(small_disk, release):
    data, previous = release
    out = small_disk / "dist"
    shutil.copytree(previous, out)
    before = digests(out)
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(out)],
                                env={"SOURCE_DATE_EPOCH": "1757980800"})  # with the site: does not fit
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert digests(out) == before and leftovers(out) == []


def test_the_release_is_the_same_in_any_locale_time_zone_and_hash_seed(tmp_path, release):
    data, reference = release
    out = tmp_path / "dist"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1757980800", "TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8",
           "LC_ALL": "tr_TR.UTF-8", "PYTHONHASHSEED": "4242"}
    subprocess.run([sys.executable, "-m", "rtes_kg.cli", "build", "--data", str(data), "--out", str(out),
                    "--no-site"], env=env, capture_output=True, timeout=60)
    assert digests(out) == digests(reference)


def test_a_link_in_the_data_folder_that_leads_out_of_it_is_refused(tmp_path):
    """A contribution that adds "fiches/x.txt -> ~/.env" had the build publish the file it points at."""
    secret = tmp_path / "secret.env"
    secret.write_text("Ville de Secret\n\nType de collectivité : Commune\nTOKEN=abc123\n", encoding="utf-8")
    fiches = tmp_path / "data" / "fiches"
    fiches.mkdir(parents=True)
    (fiches / "a.txt").write_text("Ville de Test\n\nType de collectivité : Commune\n", encoding="utf-8")
    (fiches / "b.txt").symlink_to(secret)
    result = CliRunner().invoke(main, ["build", "--data", str(tmp_path / "data"), "--out", str(tmp_path / "dist"),
                                       "--no-site", "--no-cache"])
    assert result.exit_code == 2
    assert "b.txt" in result.stderr and "hors du dossier" in result.stderr
    assert not (tmp_path / "dist").exists()
