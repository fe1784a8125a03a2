"""Outputs written beside their place, then renamed into it: a release folder, a report file.

A build killed with SIGKILL (or by the OOM killer) cannot clean up after itself: its staging
folder, sometimes a whole copy of the previous release, stays. Each folder is named after the
process that made it (``.dist.<pid>.xxxxxxxx``, ``.dist.old.<pid>.xxxxxxxx``), so that the next
build removes those whose process is gone, and leaves those of a build still running.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from rtes_kg.errors import InputError


def make(out_dir: Path) -> Path:
    """A new, empty staging folder beside ``out_dir``, after removing the leftovers of dead builds."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out_dir)
    return Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.{os.getpid()}.", dir=out_dir.parent))


def remove_leftovers(out_dir: Path) -> list[Path]:
    """Remove the staging and retired folders of ``out_dir`` whose build process is gone."""
    pattern = re.compile(rf"\.{re.escape(out_dir.name)}\.(?:old\.)?(?:(\d+)\.)?[a-z0-9_]{{8}}")
    removed = []
    for folder in out_dir.parent.glob(f".{out_dir.name}.*"):
        match = pattern.fullmatch(folder.name)
        if match is None or not folder.is_dir() or folder.is_symlink():
            continue
        pid = int(match.group(1)) if match.group(1) else None  # none: made before pids were in names
        if pid is None or not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def swap(staging: Path, out_dir: Path) -> None:
    """Put ``staging`` in the place of ``out_dir``; the previous release is kept if that fails."""
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    if not out_dir.is_dir():
        raise InputError("existe déjà et n’est pas un dossier", str(out_dir),
                         hint="choisissez un autre --out")
    retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.{os.getpid()}.", dir=out_dir.parent))
    retired.rmdir()
    out_dir.rename(retired)
    try:
        staging.rename(out_dir)
    except BaseException:
        retired.rename(out_dir)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def write_atomically(path: Path, text: str) -> None:
    """Write a temporary file beside ``path``, then rename it: a reader never sees half a report,
    and a failed write (a full disk) leaves no temporary file behind."""
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise InputError(f"écriture du rapport impossible ({error.strerror})", str(path),
                         hint="disque plein ? sinon vérifiez que le dossier existe et qu'il est accessible "
                              "en écriture") from None
