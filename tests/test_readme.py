"""The README's two set-up commands are the ones CI runs and the ones that work from a fresh clone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shell_commands(markdown: str) -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", markdown, re.DOTALL)
    return [line for block in blocks for line in block.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def test_ci_runs_the_readme_test_command_exactly():
    readme = shell_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    test_command = next(line for line in readme if "pytest" in line)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_the_readme_install_command_builds_the_shipped_data():
    readme = shell_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert readme[0].endswith("rtes-kg build")
    assert "pip install" in readme[0]


def test_the_readme_contributor_session_is_what_validate_prints(tmp_path, monkeypatch):
    """The session the README shows (a fiche, then `rtes-kg validate` on it) is today's output,
    word for word: a message or a finding that changes makes the README say so."""
    from click.testing import CliRunner

    from rtes_kg.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    fiche, printed, code = re.search(r"\$ cat audincourt\.txt\n(.*?)\$ rtes-kg validate audincourt\.txt\n(.*?)"
                                     r"\$ echo \$\?\n(\d+)\n", readme, re.DOTALL).groups()
    (tmp_path / "audincourt.txt").write_text(fiche, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate", "audincourt.txt"])
    assert (result.output, result.exit_code) == (printed, int(code))
