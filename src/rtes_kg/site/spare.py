"""The site a build starts from when the staging folder took the spare site of the release before
the one being replaced (publish/staging.py: ``claim_spare``), and what mends it into this
release's site.

Most files of the spare are hard links to the same files as the former release's (the pages that
release took from it), and a page taken from the former release is already in place when its
files there are the very files of the former release (the same inodes: the same bytes, no file
read). The pages that differ are linked anew, those made anew are written anew (never through a
link: writing unlinks first), and what the spare holds that this release does not (the pages of
removed resources) is deleted. Without a spare every page taken from the former release is a
folder and five links made one by one: a few seconds of file system at 1,000 fiches.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SITE = "site"


@dataclass(frozen=True)
class Spare:
    """The files of the spare in the staging folder, and the former release's, with their inodes."""

    present: dict[str, int]
    former: dict[str, int]

    @classmethod
    def of(cls, staging: Path, former: Path | None) -> Spare | None:
        """The spare the staging folder holds (None: it holds no site/), and the files of ``former``."""
        if not (staging / SITE).is_dir():
            return None
        return cls(inodes(staging, drop_links=True), {} if former is None else inodes(former))

    def worth_keeping(self) -> bool:
        """Whether at least half of the spare's files are already the former release's: else
        (the release before made every page anew, as a second release does) unlinking its files
        one by one before linking the former's costs more than starting from an empty site."""
        same = sum(1 for name, inode in self.present.items() if self.former.get(name) == inode)
        return 2 * same >= len(self.present)

    def in_place(self, names: Iterable[str]) -> bool:
        """Whether each of ``names`` is already the former release's file."""
        return all(self.present.get(name, -1) == self.former.get(name, -2) for name in names)

    def clear(self, staging: Path, names: Iterable[str]) -> None:
        """Remove the spare's files of ``names``, to link or write others in their place."""
        for name in names:
            if name in self.present:
                (staging / name).unlink(missing_ok=True)


def promising(spare: Path, former: Path, enough: int = 2000) -> bool:
    """Whether at least half of a sample of the files of the spare site (folder ``spare``) are
    already the former release's (``former``: its site/ folder): those directly in the site's
    folders, about ``enough`` of them. Two listings a folder, so that a spare not worth mending
    (``Spare.worth_keeping``) is neither listed in full nor moved: it is replaced after the swap."""
    same = seen = 0
    try:
        folders = sorted(entry.name for entry in os.scandir(former) if entry.is_dir(follow_symlinks=False))
        for name in folders:
            theirs = {entry.name: entry.inode() for entry in os.scandir(former / name)
                      if entry.is_file(follow_symlinks=False)}
            for entry in os.scandir(spare / name):
                if entry.is_file(follow_symlinks=False):
                    seen += 1
                    same += theirs.get(entry.name) == entry.inode()
            if seen >= enough:
                break
    except OSError:
        return False
    return 2 * same >= seen > 0


def inodes(folder: Path, drop_links: bool = False) -> dict[str, int]:
    """The files under ``folder/site`` by their name under ``folder``, with their inode (read from
    the folders' listings: no file is opened or stat'ed). ``drop_links``: delete the symbolic
    links found (a spare holds none of its own; writing through one would leave the release)."""
    found: dict[str, int] = {}
    todo = [SITE]
    while todo:
        relative = todo.pop()
        try:
            entries = list(os.scandir(folder / relative))
        except OSError:
            continue
        for entry in entries:
            name = f"{relative}/{entry.name}"
            if entry.is_symlink():
                if drop_links:
                    os.unlink(entry.path)
            elif entry.is_dir(follow_symlinks=False):
                todo.append(name)
            else:
                found[name] = entry.inode()
    return found


def sweep(folder: Path, present: Iterable[str], kept: set[str]) -> None:
    """Delete the files of ``present`` (the spare's) that are not in ``kept`` (this release's),
    and the folders they leave empty."""
    emptied = set()
    for name in present:
        if name not in kept:
            (folder / name).unlink(missing_ok=True)
            emptied.add(os.path.dirname(name))
    for directory in sorted(emptied, key=lambda name: -name.count("/")):  # the deepest first
        while directory.count("/") > 0:  # never site/ itself
            try:
                (folder / directory).rmdir()
            except OSError:  # not empty
                break
            directory = os.path.dirname(directory)
