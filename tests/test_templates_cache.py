"""check/templates_cache.py: a template compiled by one build is loaded by the next from the build cache,
sealed as every entry of it; a changed template is compiled again."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from rtes_kg.check.cache import Cache
from rtes_kg.check.templates_cache import KIND, CachedTemplates


def environment(folder: Path, store: Cache) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), bytecode_cache=CachedTemplates(store))


def test_a_template_compiled_once_is_loaded_from_the_cache_then_compiled_again_when_it_changes(
        tmp_path: Path, monkeypatch):
    templates, store = tmp_path / "templates", Cache(tmp_path / "cache")
    templates.mkdir()
    (templates / "page.html").write_text("Bonjour {{ name }}", encoding="utf-8")
    assert environment(templates, store).get_template("page.html").render(name="Lyon") == "Bonjour Lyon"
    assert len(list((tmp_path / "cache" / KIND).glob("*/*.pickle"))) == 1

    def never(*args, **kwargs):
        raise AssertionError("compiled again")

    later = environment(templates, Cache(tmp_path / "cache"))
    monkeypatch.setattr(later, "compile", never)
    assert later.get_template("page.html").render(name="Dijon") == "Bonjour Dijon"

    (templates / "page.html").write_text("Salut {{ name }}", encoding="utf-8")
    monkeypatch.undo()
    again = environment(templates, Cache(tmp_path / "cache"))
    assert again.get_template("page.html").render(name="Lyon") == "Salut Lyon"


@pytest.mark.parametrize("tamper", [lambda data: data[:-1] + b"x", lambda data: b"\0" * 32 + data[32:]])
def test_an_entry_not_sealed_by_this_user_is_compiled_again_never_run(tmp_path: Path, tamper):
    templates, store = tmp_path / "templates", Cache(tmp_path / "cache")
    templates.mkdir()
    (templates / "page.html").write_text("Bonjour {{ name }}", encoding="utf-8")
    environment(templates, store).get_template("page.html")
    entry, = (tmp_path / "cache" / KIND).glob("*/*.pickle")
    entry.write_bytes(tamper(entry.read_bytes()))
    compiled = []
    later = environment(templates, Cache(tmp_path / "cache"))
    original = later.compile
    later.compile = lambda *args, **kwargs: compiled.append(1) or original(*args, **kwargs)  # type: ignore[method-assign]
    assert later.get_template("page.html").render(name="Lyon") == "Bonjour Lyon" and compiled == [1]
