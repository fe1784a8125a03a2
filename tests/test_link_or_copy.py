"""publish/staging.link_or_copy: a file given the bytes of another, as a hard link where it can be,
and never by writing through a file already there (it may be a hard link into another release)."""

from __future__ import annotations

import os
from pathlib import Path

from rtes_kg.publish import staging
from rtes_kg.publish.staging import link_or_copy


def test_a_file_already_there_is_replaced_not_written_through(tmp_path: Path):
    former = tmp_path / "former.html"
    former.write_text("the former release's page", encoding="utf-8")
    target = tmp_path / "release" / "page.html"
    target.parent.mkdir()
    os.link(former, target)  # left by an earlier step: a link into the former release
    source = tmp_path / "new.html"
    source.write_text("this release's page", encoding="utf-8")
    link_or_copy(source, target)
    assert target.read_text(encoding="utf-8") == "this release's page"
    assert os.path.samefile(target, source)
    assert former.read_text(encoding="utf-8") == "the former release's page"


def test_where_no_link_can_be_made_it_is_a_copy_and_still_never_written_through(tmp_path: Path, monkeypatch):
    former = tmp_path / "former.html"
    former.write_text("the former release's page", encoding="utf-8")
    target = tmp_path / "page.html"
    os.link(former, target)
    source = tmp_path / "new.html"
    source.write_text("this release's page", encoding="utf-8")
    real_link = os.link

    def no_link_but_exists(src, dst, **kwargs):  # another file system: only FileExistsError tells it is there
        if os.path.exists(dst):
            return real_link(src, dst, **kwargs)
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(staging.os, "link", no_link_but_exists)
    link_or_copy(source, target)
    assert target.read_text(encoding="utf-8") == "this release's page"
    assert not os.path.samefile(target, source)
    assert former.read_text(encoding="utf-8") == "the former release's page"
