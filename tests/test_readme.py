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
