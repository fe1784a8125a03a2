"""site/writer.py: a page whose key the former release holds is taken from it (its HTML and data
files as hard links), any other page is written anew, never through a link into the former
release."""

from __future__ import annotations

import os
from pathlib import Path

from rtes_kg.check.pool import alongside
from rtes_kg.site import writer
from rtes_kg.site.reads import ReadLog
from rtes_kg.site.writer import Former, Made, keys_after, page_key, write_pages

SITE = {"licence": "L", "version": "", "date": "", "software": "0", "sparql_url": ""}


def made(path: str, key: str, text: str) -> Made:
    return Made(path, lambda: f"inputs of {text}", lambda: key,
                lambda: f"<p>{text}</p>".encode(),
                (f"site/{path}.ttl",), lambda: {f"site/{path}.ttl": f"# {text}\n".encode()})


def former_release(folder: Path) -> Former:
    for path, text in (("org/a", "a"), ("org/b", "b")):
        (folder / "site" / path).mkdir(parents=True)
        (folder / "site" / path / "index.html").write_text(f"<p>{text}</p>", encoding="utf-8")
        (folder / "site" / f"{path}.ttl").write_text(f"# {text}\n", encoding="utf-8")
    return Former(folder, ReadLog(pages={"org/a": ("key-a", "former inputs", ()),
                                         "org/b": ("old-key-b", "former inputs", ())}))


def test_a_page_of_the_same_key_is_taken_from_the_former_release(tmp_path: Path):
    former = former_release(tmp_path / "former")
    out = tmp_path / "new"
    _, written = write_pages(["a", "b"], lambda name: made(f"org/{name}", f"key-{name}", f"{name} now"),
                             out, former, workers=1)
    assert {page.path: page.key for page in written} == {"org/a": "key-a", "org/b": "key-b"}
    # a: the former page and its data, as hard links
    for name in ("site/org/a/index.html", "site/org/a.ttl"):
        assert os.path.samefile(out / name, former.folder / name)
    assert (out / "site/org/a/index.html").read_text(encoding="utf-8") == "<p>a</p>"
    # b: made anew (its key changed)
    assert (out / "site/org/b/index.html").read_text(encoding="utf-8") == "<p>b now</p>"
    for name in ("site/org/b/index.html", "site/org/b.ttl"):
        assert not os.path.samefile(out / name, former.folder / name)


def test_a_page_missing_from_the_former_release_is_made_and_the_former_is_untouched(tmp_path: Path):
    former = former_release(tmp_path / "former")
    out = tmp_path / "new"
    (former.folder / "site/org/a/index.html").unlink()  # the log says it is there: it is not
    (out / "site/org").mkdir(parents=True)
    os.link(former.folder / "site/org/a.ttl", out / "site/org/a.ttl")  # left by a reuse that failed
    write_pages(["a"], lambda name: made(f"org/{name}", "key-a", "a now"), out, former, workers=1)
    assert (out / "site/org/a.ttl").read_text(encoding="utf-8") == "# a now\n"
    assert (former.folder / "site/org/a.ttl").read_text(encoding="utf-8") == "# a\n"


def test_the_key_depends_on_the_settings_and_the_page():
    assert page_key(SITE, "page") == page_key(dict(reversed(SITE.items())), "page")
    assert page_key(SITE, "page") != page_key({**SITE, "licence": "other"}, "page")
    assert page_key(SITE, "page") != page_key(SITE, "other page")
    # the first parts hashed once: the same keys
    assert keys_after(SITE, "base", 3)("page", ("links",)) == page_key(SITE, "base", 3, "page", ("links",))
    assert keys_after(SITE, "base")("page") != page_key(SITE, "base", "other page")


def test_a_page_whose_inputs_and_reads_are_unchanged_is_taken_without_being_made(tmp_path: Path):
    former = former_release(tmp_path / "former")
    log = ReadLog(pages={"org/a": ("key-a", "inputs of a", ()), "org/b": ("old-key-b", "inputs of b", ())})
    former = Former(former.folder, log)

    def never_made() -> str:
        raise AssertionError("a page taken from the former release is not made")

    page = made("org/a", "unused", "a")
    page = Made(page.path, page.inputs, never_made, page.html, page.data_names, page.data)
    out = tmp_path / "new"
    _, written = write_pages(["a"], lambda name: page, out, former, workers=1)
    assert [(w.path, w.key, w.reads) for w in written] == [("org/a", "key-a", None)]  # the former key and reads
    for name in ("site/org/a/index.html", "site/org/a.ttl"):
        assert os.path.samefile(out / name, former.folder / name)


def test_without_a_log_to_keep_a_page_is_written_the_same_and_its_key_and_inputs_never_worked_out(tmp_path: Path):
    def unkeyable() -> str:
        raise AssertionError("a key or inputs worked out that no log keeps")

    page = made("org/a", "key-a", "a now")
    _, keyed = write_pages(["a"], lambda name: page, tmp_path / "keyed", None, workers=1)
    _, unkeyed = write_pages(["a"], lambda name: Made(page.path, unkeyable, unkeyable, page.html, page.data_names,
                                                     page.data),
                             tmp_path / "unkeyed", None, workers=1, keyed=False)
    assert [(p.path, p.key) for p in keyed] == [("org/a", "key-a")] and unkeyed[0].reads is None
    for name in ("site/org/a/index.html", "site/org/a.ttl"):
        assert (tmp_path / "unkeyed" / name).read_bytes() == (tmp_path / "keyed" / name).read_bytes()


def test_many_pages_taken_are_linked_by_another_process_and_one_whose_files_are_gone_is_made(
        tmp_path: Path, monkeypatch):
    monkeypatch.setattr(writer, "LINK_APART_FROM", 2)
    former = former_release(tmp_path / "former")
    former = Former(former.folder, ReadLog(pages={"org/a": ("key-a", "inputs of a", ()),
                                                  "org/b": ("key-b", "inputs of b", ())}))
    (former.folder / "site/org/b.ttl").unlink()  # the log says it is there: it is not
    out = tmp_path / "new"
    _, written = write_pages(["a", "b"], lambda name: made(f"org/{name}", f"key-{name}", name), out, former,
                             workers=1)
    assert [(w.path, w.key) for w in written] == [("org/a", "key-a"), ("org/b", "key-b")]
    for name in ("site/org/a/index.html", "site/org/a.ttl"):
        assert os.path.samefile(out / name, former.folder / name)
    assert (out / "site/org/b.ttl").read_text(encoding="utf-8") == "# b\n"  # made here
    assert not os.path.samefile(out / "site/org/b/index.html", former.folder / "site/org/b/index.html")
    assert written[1].reads == frozenset()  # made: its own reads, not the former page's


def test_two_processes_claiming_from_both_ends_take_each_item_once():
    both_ends = writer._BothEnds(list(range(1000)))
    there, here = alongside(lambda: list(both_ends.claimed(first=True)),
                            lambda: list(both_ends.claimed(first=False)))
    assert sorted(there + here) == list(range(1000))
    assert not set(there) & set(here)
    assert there == sorted(there) and here == sorted(here, reverse=True)  # each from its own end
    assert list(both_ends.claimed(first=True)) == []  # none left


def test_many_pages_taken_are_all_linked_whichever_process_links_them(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(writer, "LINK_APART_FROM", 2)
    monkeypatch.setattr(writer._BothEnds, "CLAIMED", 7)
    names = [f"p{number:03d}" for number in range(120)]
    former_folder = tmp_path / "former"
    for name in names:
        (former_folder / "site/org" / name).mkdir(parents=True)
        (former_folder / "site/org" / name / "index.html").write_text(f"<p>{name}</p>", encoding="utf-8")
        (former_folder / "site/org" / f"{name}.ttl").write_text(f"# {name}\n", encoding="utf-8")
    former = Former(former_folder, ReadLog(pages={f"org/{name}": (f"key-{name}", f"inputs of {name}", ())
                                                  for name in names}))
    out = tmp_path / "new"
    _, written = write_pages([*names, "new"], lambda name: made(f"org/{name}", f"key-{name}", name), out,
                             former, workers=1)
    assert [w.path for w in written] == [f"org/{name}" for name in [*names, "new"]]
    for name in names:
        for file in (f"site/org/{name}/index.html", f"site/org/{name}.ttl"):
            assert os.path.samefile(out / file, former_folder / file)
    assert (out / "site/org/new/index.html").read_text(encoding="utf-8") == "<p>new</p>"
