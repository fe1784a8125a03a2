"""The package's layout is its architecture: one folder per stage, each importing only the stages
below it (docs/architecture.md). These tests read every module's imports with ``ast``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rtes_kg"

# Lowest first. A module may import its own stage, the stages before it and the foundation.
STAGES = ("parse", "extract", "territory", "model", "check", "sparql", "publish", "site", "build",
          "serve", "cli", "entry", "__main__")
# Shared by every stage but parse, importing no stage: errors, where the project's files are, how
# inputs are read, the vocabulary and the RDF formats.
FOUNDATION = ("__init__", "errors", "project", "inputs", "vocab", "formats", "escaping", "untrusted", "sandbox",
              "offline", "once")
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    """The stage (or "foundation") of a module of the package: rtes_kg.model.mint -> "model"."""
    parts = module.split(".")
    head = parts[1] if len(parts) > 1 else "__init__"
    if head in FOUNDATION:
        return "foundation"
    if head in STAGES:
        return head
    raise AssertionError(f"{module}: not in any stage; add it to one (docs/architecture.md)")


def rank(layer: str) -> int:
    return -1 if layer == "foundation" else STAGES.index(layer)


def imported_modules(source: str, module: str) -> list[str]:
    """Every module a source imports, absolute; ``from x import y`` also yields ``x.y`` so that
    importing a submodule by name counts as importing it."""
    package = module if module.endswith("__init__") else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append(base)
            found.extend(f"{base}.{alias.name}" for alias in node.names)
    return found


def forbidden_imports(module: str, source: str) -> list[str]:
    """What a module imports against the rules, as readable lines (empty when it keeps them)."""
    layer = layer_of(module)
    problems = []
    for name in imported_modules(source, module):
        top = name.split(".")[0]
        if top == "rtes_kg":
            if name == "rtes_kg" or (name.count(".") == 1 and name.split(".")[1] in ("__version__",)):
                target = "foundation"
            else:
                try:
                    target = layer_of(name)
                except AssertionError:
                    continue  # ``from rtes_kg.model import mint`` also yields rtes_kg.model.mint
            if layer == "parse" and target != "parse":
                problems.append(f"{module} imports {name}: the parse stage imports only itself")
            elif rank(target) > rank(layer):
                problems.append(f"{module} ({layer}) imports {name} ({target}), a higher stage")
            elif target == "cli" and layer not in ("cli", "entry"):  # entry.py: the program that runs it
                problems.append(f"{module} imports the CLI")
        elif top == "click" and layer != "cli":
            problems.append(f"{module} imports click: only cli.py speaks to the terminal")
        elif layer == "parse" and top not in sys.stdlib_module_names and top != "__future__":
            problems.append(f"{module} imports {name}: the parse stage uses the standard library only")
    return sorted(set(problems))


def package_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_keeps_the_import_rules():
    problems = [problem for path in package_modules()
                for problem in forbidden_imports(module_name(path), path.read_text(encoding="utf-8"))]
    assert problems == []


@pytest.mark.parametrize(("module", "source", "expected"), [
    ("rtes_kg.parse.fake", "import rdflib", "the parse stage uses the standard library only"),
    ("rtes_kg.parse.fake", "from pyoxigraph import Store", "standard library only"),
    ("rtes_kg.parse.fake", "from rtes_kg.vocab import RTES", "the parse stage imports only itself"),
    ("rtes_kg.parse.fake", "from ..model import mint", "the parse stage imports only itself"),
    ("rtes_kg.model.fake", "from rtes_kg.check.report import Report", "a higher stage"),
    ("rtes_kg.extract.fake", "from ..model import mint", "a higher stage"),
    ("rtes_kg.check.fake", "import click", "only cli.py speaks to the terminal"),
    ("rtes_kg.serve.fake", "from rtes_kg.cli import main", "a higher stage"),
    ("rtes_kg.vocab", "from rtes_kg.model.mint import slug", "a higher stage"),
])
def test_a_forbidden_import_is_found(module, source, expected):
    problems = forbidden_imports(module, source)
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(("module", "source"), [
    ("rtes_kg.parse.fake", "import re\nfrom dataclasses import dataclass\nfrom .records import Fiche"),
    ("rtes_kg.model.fake", "from rdflib import URIRef\nfrom ..parse.records import Fiche\nfrom . import mint"),
    ("rtes_kg.build", "from rtes_kg.publish.contents import release_contents"),
    ("rtes_kg.cli", "import click\nfrom rtes_kg.serve.server import serve"),
])
def test_an_allowed_import_passes(module, source):
    assert forbidden_imports(module, source) == []


def test_every_stage_is_a_folder_with_a_docstring():
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        if stage in ("build", "cli", "entry", "__main__"):
            init = PACKAGE / f"{stage}.py"
        assert init.is_file(), f"{stage}: no {init.name}"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{init}: no docstring"


def test_no_module_is_over_400_lines():
    long = {str(path.relative_to(PACKAGE)): count for path in package_modules()
            if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_parse_stage_does_not_load_rdflib():
    code = "import sys, rtes_kg.parse, rtes_kg.parse.document; print('rdflib' in sys.modules)"
    answer = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert answer.stdout.strip() == "False"
