"""The spare release folder: the release a build replaces is kept beside ``out_dir``, so that the
build after next can write its release into it rather than into an empty folder.

A one-fiche edit leaves nearly every page of the site as it was, and a release's pages are hard
links into the release before it (site/writer.py). Linking them into an empty folder is a folder
and five links a page: at 1,000 fiches, 1,800 folders and 30,000 links, a fifth of an edit's time
(half of it in the kernel, more on a disk that earlier runs filled and emptied). The spare holds
the release before the one in ``out_dir``: most of its pages are the very files of the release in
``out_dir`` (the same inodes), and they are left where they are.

The spare is ``.{out_dir}.spare`` (``staging.remove_leftovers`` leaves that name alone). Its
``Spare`` record, kept with the site's log in the build cache, says which folder it is (its inode,
and the time its status last changed: an inode number is reused) and which pages and other files
of the site it holds. Taking it back renames it to a staging name
first (a build that dies then leaves a leftover the next one removes), then deletes every file a
release writes anew: everything but ``site/``, and the site's files that are no page. A spare
that does not match its record is never used: it is deleted, and the release is written into an
empty folder as before.

No file of the spare is ever written through: a page's files are hard links shared with the
release being served. Every writer of the site replaces a file that is there (``_fresh``,
``link_or_copy``, ``write_site``), and the other files are deleted before the release is written.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rtes_kg.publish import staging


@dataclass(frozen=True)
class Spare:
    """What the cache keeps of the spare folder: which folder it is, and what of the site it holds."""

    device: int
    inode: int
    changed: int  # its status's change time (ns): an inode number is reused once its folder is gone
    pages: frozenset[str]  # the pages' paths (site/writer.py: ``Made.path``)
    others: frozenset[str]  # the site's other files, by name under the release folder


def spare_folder(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.spare"


def take(out_dir: Path, record: Spare | None) -> tuple[Path, frozenset[str]] | None:
    """The spare folder, renamed into a staging folder and cleared of all but its pages' files,
    with the paths of the pages it holds; None when there is no spare its record describes (a
    spare that does not match is deleted)."""
    folder = spare_folder(out_dir)
    try:
        if record is None or not _described(folder, record):
            if folder.is_dir() and not folder.is_symlink():
                staging.discard(_renamed(folder, out_dir))
            return None
        taken = _renamed(folder, out_dir)
    except OSError:  # another build took it meanwhile
        return None
    try:
        _clear(taken, record.others)
    except OSError:
        shutil.rmtree(taken, ignore_errors=True)
        return None
    return taken, record.pages


def keep(retired: Path, out_dir: Path, pages: frozenset[str], others: frozenset[str]) -> Spare | None:
    """Keep the release ``retired`` (the one a build replaced) as the spare, holding ``pages`` and
    ``others`` in its site; the files outside its site are deleted in the background (the dumps:
    nothing would take them back). None when it could not be kept (then it is deleted)."""
    folder = spare_folder(out_dir)
    try:
        outside = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.{os.getpid()}.", dir=out_dir.parent))
        for entry in os.scandir(retired):
            if entry.name != "site":
                os.rename(entry.path, outside / entry.name)
        staging.discard(outside)
        if folder.exists() or folder.is_symlink():
            staging.discard(_renamed(folder, out_dir))
        os.rename(retired, folder)
        status = folder.stat()
    except OSError:
        staging.discard(retired if retired.exists() else folder)
        return None
    return Spare(status.st_dev, status.st_ino, status.st_ctime_ns, pages, others)


def _described(folder: Path, record: Spare) -> bool:
    try:
        status = os.lstat(folder)
    except OSError:
        return False
    return os.path.isdir(folder) and (status.st_dev, status.st_ino, status.st_ctime_ns) == (
        record.device, record.inode, record.changed)


def _renamed(folder: Path, out_dir: Path) -> Path:
    """``folder`` under a staging name of this process: removed by the next build if this one dies."""
    while True:
        target = out_dir.parent / f".{out_dir.name}.{os.getpid()}.{secrets.token_hex(4)}"
        if not target.exists():
            os.rename(folder, target)
            return target


def _clear(folder: Path, others: frozenset[str]) -> None:
    """Delete what a release writes anew: every entry outside ``site/``, and ``others``."""
    for entry in os.scandir(folder):
        if entry.name == "site":
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)
    for name in others:
        try:
            os.unlink(folder / name)
        except FileNotFoundError:
            pass
