"""The use cases, orchestrating the stages: build a release from fiche texts (parse and extract,
map, check), then write every file of the release and of its site, atomically.

Each stage is its own function so that the benchmark can time it.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from rtes_kg.check.cache import Cache, key
from rtes_kg.check.corpus import Build, map_all, validate_all
from rtes_kg.check.handover import Handover
from rtes_kg.check.pipeline import check_files
from rtes_kg.check.pool import alongside, collecting_rarely, relayed
from rtes_kg.check.templates_cache import KIND as TEMPLATES
from rtes_kg.check.templates_cache import compiled_into
from rtes_kg.errors import InputError
from rtes_kg.extract.findings import read_fiches
from rtes_kg.inputs import InputFile, read_text
from rtes_kg.model.ledger import Ledger
from rtes_kg.parse.records import Fiche
from rtes_kg.project import DEFAULT_BASE_IRI
from rtes_kg.publish import staging
from rtes_kg.publish.contents import (
    LEDGER_FILE,
    read_previous,
    write_checksums,
    write_release_files,
    write_reports,
)
from rtes_kg.publish.release import FileInfo, ReleaseInfo, ReleaseOptions
from rtes_kg.publish.spare import Spare
from rtes_kg.publish.spare import keep as keep_spare
from rtes_kg.publish.spare import take as take_spare
from rtes_kg.publish.staging import Staging
from rtes_kg.site.docs import Example, examples
from rtes_kg.site.files import write_site
from rtes_kg.site.index import DataIndex
from rtes_kg.site.reads import ReadLog
from rtes_kg.site.writer import Former
from rtes_kg.sparql.examples import examples as query_examples

__all__ = ["Build", "build", "map_all", "parse_files", "validate_all", "write_release"]


# Fiches above which the release's files and the site's index are made one after the other: at
# 10,000 fiches, the two at once took the build's peak from 2.56 to 2.83 GB (PSS).
ALONGSIDE_UP_TO = 3000
PROGRESS_FROM = 50  # fiches: below this a build is instant and progress lines are noise


def parse_files(files: Iterable[InputFile]) -> list[Fiche]:
    return [fiche for file in files for fiche in read_fiches(file.text, file.label)]


def build(files: Iterable[InputFile], base_iri: str = DEFAULT_BASE_IRI,
          source_root: str | None = None,
          progress: Callable[[str], None] = lambda message: None,
          ledger: Ledger | None = None, cache: Path | None = None, workers: int | None = None) -> Build:
    """The whole build; ``progress`` hears one line per stage once there are many fiches.

    ``ledger``: the identifier ledger, whose IRIs the items keep (model.keep). ``cache``: a folder
    where the build keeps what it made, to redo only what changed next time (check/cache.py; safe
    to delete). ``workers``: processes to use (default: one per core)."""
    with collecting_rarely():
        return check_files(list(files), base_iri, source_root, None if cache is None else Cache(cache),
                           workers, progress, quiet_below=PROGRESS_FROM, ledger=ledger)


def write_release(build: Build, out_dir: Path,
                  progress: Callable[[str], None] = lambda name: None,
                  options: ReleaseOptions | None = None, cache: Path | None = None) -> list[Path]:
    """Write every file into a fresh folder beside ``out_dir``, then swap it in.

    A run that fails half-way (a full disk included: an InputError, exit 2) leaves the previous
    ``out_dir`` untouched and no temporary folder; the folders of killed runs are removed by the
    next one (``publish.staging``). The release is compared with ``options.previous``, else with
    the ``out_dir`` it replaces. ``cache``: the build cache (``build``), which keeps the release's
    snapshot for the next release to compare with.
    """
    with collecting_rarely():
        return _write_release(build, out_dir, progress, options or ReleaseOptions(), cache)


def _write_release(build: Build, out_dir: Path, progress: Callable[[str], None],
                   options: ReleaseOptions, cache: Path | None) -> list[Path]:
    out_dir = out_dir.resolve()
    previous, previous_version = read_previous(options.previous or out_dir)
    store = None if cache is None else Cache(cache)
    entry = key("site", str(out_dir))
    kept = _kept(store, entry, previous_version if options.previous is None else read_previous(out_dir)[1])
    former = None if kept is None else Former(out_dir, kept.log)
    try:
        staging.prepare(out_dir)
        # a spare the cache does not describe is deleted: nothing says what it holds
        spare = take_spare(out_dir, kept.spare if kept is not None and options.site else None)
        folder = spare[0] if spare is not None else staging.fresh(out_dir)
    except OSError as error:
        raise InputError(f"impossible d’écrire ({error.strerror})", str(out_dir),
                         hint="choisissez un dossier de sortie accessible en écriture") from None
    if former is not None and spare is not None:
        former = dataclasses.replace(former, held=spare[1])
    log, others, kept_spare = None, frozenset[str](), None

    def retire(retired: Path) -> None:  # the release replaced: the spare of the build after next
        nonlocal kept_spare
        if kept is None or log is None:
            staging.discard(retired)
        else:
            kept_spare = keep_spare(retired, out_dir, frozenset(kept.log.pages), kept.others)

    try:
        files = Staging(folder)
        with compiled_into(store):  # the templates compiled by a former build: from the cache
            release, index, answers = _release_files(build, options, files, previous, previous_version, progress,
                                                     store)
            if options.site:
                progress("site/")
                log, others = write_site(build, options, release, files, former, progress=progress,
                                         logged=store is not None, index=index, answers=answers)
        _open_to_readers(folder)
        staging.swap(folder, out_dir, retire)
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise InputError(f"écriture de la release impossible ({error.strerror or error})", str(out_dir),
                         hint="disque plein ? libérez de la place et relancez ; la release précédente "
                              "est intacte") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if store is not None:  # only once the release is in place: the log describes out_dir
        store.put("site", entry, None if log is None else Kept(release.version, log, others, kept_spare))
        store.prune(("site", TEMPLATES))
    if options.ledger is not None:
        write_ledger(options.ledger, (out_dir / LEDGER_FILE).read_bytes())
    return sorted(out_dir.iterdir())


def _release_files(build: Build, options: ReleaseOptions, files: Staging, previous: Path | None,
                   previous_version: str | None, progress: Callable[[str], None], store: Cache | None
                   ) -> tuple[ReleaseInfo, DataIndex | None, Future[list[Example]] | None]:
    """Every file of the release but the site (publish/contents.py), and when there is a site, its
    index of the data and the answers of its example queries (a future: the site needs them last).

    The index depends on no file of the release (site/index.py): this process makes it while
    another one writes the files. The examples run on the N-Quads dump as soon as it is written
    there, from a thread of this process (check/handover.py), while the site is made. Above
    ``ALONGSIDE_UP_TO`` fiches, the files and the index are made one after the other, as the two
    at once would hold too much memory; the examples run from the end of the dumps, while the
    report and the index are made (at 10,000 fiches, they held up the pages 10 s after the index;
    during the dumps, they took the build's peak from 2.5 to 2.9 GB PSS)."""
    def release_files(say: Callable[[str], None], dumped: Callable[[Path], None] = lambda nquads: None
                      ) -> ReleaseInfo:
        release = write_release_files(build, options, files, previous, previous_version, say, store, dumped)
        write_reports(build, files, say, store)
        return release

    def index() -> DataIndex:
        return DataIndex.of(build, options.base)

    if not options.site:
        release = release_files(progress)
        write_checksums(files)
        return release, None, None
    if len(build.fiches) > ALONGSIDE_UP_TO:
        # The examples' store (half a gigabyte at 10,000 fiches) would add to the dumps' workers, so
        # they start once the dumps are written, and run while the report and the index are made.
        with ThreadPoolExecutor(max_workers=1) as waiting:
            release = write_release_files(build, options, files, previous, previous_version, progress, store)
            answered = waiting.submit(examples, query_examples(), files.path("rtes.nq"))
            write_reports(build, files, progress, store)
            write_checksums(files)
            made = index()
            answered.result()  # before the pages' workers fork: they would copy its store
            return release, made, answered

    def there(told: Callable[[str], None], dumped: Handover) -> tuple[ReleaseInfo, dict[str, FileInfo], set[Path]]:
        release = release_files(told, lambda nquads: dumped.give())
        return release, files.infos, set() if store is None else store.used

    dumped = Handover()
    answered = dumped.then(lambda: examples(query_examples(), files.path("rtes.nq")))
    try:
        with relayed(progress) as told:  # what the other process says, said here
            (release, infos, used), made = alongside(lambda: there(told, dumped), index)
    finally:
        dumped.close()
    files.infos.update(infos)  # what the other process wrote and read
    if store is not None:
        store.used |= used
    write_checksums(files)
    return release, made, answered


def _open_to_readers(folder: Path) -> None:
    """A release is meant to be served: mkdtemp made its folder private. The folders within were
    made through the umask: they need the same only under a umask that hides them from others
    (walking the site's thousands of folders took 0.3 s of a one-fiche edit at 1,000 fiches)."""
    os.chmod(folder, 0o755)
    if _umask() & 0o055:
        for directory, _, _ in os.walk(folder):  # os.walk: pathlib's rglob took 1.5 s for the site's folders
            os.chmod(directory, 0o755)


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it: set one, then put it back
    os.umask(mask)
    return mask


@dataclass(frozen=True)
class Kept:
    """What the cache keeps of the site of the release in ``out_dir``: its version, the log of its
    pages, the names of its other files, and the spare folder beside it (publish/spare.py)."""

    version: str
    log: ReadLog
    others: frozenset[str]
    spare: Spare | None


def _kept(store: Cache | None, entry: str, version: str | None) -> Kept | None:
    """What the cache keeps of the site of the release in ``out_dir``, when it is the very release
    there (``version``, the one there): its pages may then be reused."""
    found = None if store is None else store.get("site", entry)
    return found if isinstance(found, Kept) and version is not None and found.version == version else None


def read_ledger(path: Path) -> Ledger:
    """The identifier ledger at ``path``; an empty one when there is none yet (a first build)."""
    if not path.exists():
        return Ledger()
    return Ledger.parse(read_text(path).text, str(path))


def write_ledger(path: Path, data: bytes) -> None:
    """Write the ledger beside the fiches, atomically, and only when it changed: a build of
    unchanged fiches leaves the file (and its checkout) untouched."""
    try:
        if path.is_file() and path.read_bytes() == data:
            return
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        raise InputError(f"impossible d’écrire le registre des identifiants ({error.strerror})", str(path),
                         hint="donnez --ledger FICHIER dans un dossier accessible en écriture") from None
