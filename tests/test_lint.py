"""The type checker and the linter pass on the repository, with the settings of pyproject.toml.

They run as tools do, from the repository root, so that CI (which runs pytest) runs them too.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF_PATHS = ["src", "tests", "benchmarks", "scripts"]


def run_tool(module: str, *arguments: str) -> subprocess.CompletedProcess:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]' brings it)")
    return subprocess.run([sys.executable, "-m", module, *arguments], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8")


def test_mypy_finds_no_error():
    result = run_tool("mypy")  # what to check and how: [tool.mypy] of pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_no_error():
    result = run_tool("ruff", "check", "--output-format", "concise", *RUFF_PATHS)
    assert result.returncode == 0, result.stdout + result.stderr
