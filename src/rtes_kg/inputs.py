"""Reads input files (fiche text or RDF) into str, turning every unreadable case into an InputError."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rtes_kg import formats
from rtes_kg.errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a fiche is a few kB; anything this large is not a fiche

FICHE_SUFFIXES = (".txt", ".text", ".md")


@dataclass(frozen=True)
class InputFile:
    """A file given on the command line: its label as the user wrote it and its decoded text.

    ``syntax`` ("fiche" or the name of an RDF syntax of ``formats``) overrides what the suffix says.
    """

    label: str
    text: str
    syntax: str | None = None
    sha256: str = ""  # of the bytes read, for the provenance of a release
    size: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "label", readable_name(self.label))

    @property
    def rdf_format(self) -> formats.RdfSyntax | None:
        """The RDF syntax to parse the file with; None for a fiche."""
        if self.syntax is not None:
            return None if self.syntax == "fiche" else formats.by_name(self.syntax)
        return formats.by_suffix(self.label)


def readable_name(name: str) -> str:
    """A file name as text: one whose bytes are not UTF-8 (a Windows zip's "caf\\xe9.txt", which
    Python holds as lone surrogates that no encoder takes) read as Windows-1252 ("café.txt")."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("cp1252", errors="replace")


def read_text(path: Path, label: str | None = None, syntax: str | None = None) -> InputFile:
    """Read a UTF-8 text file; say which byte is wrong and what to do when it is not text."""
    label = label or str(path)
    data = read_bytes(path, label)
    return InputFile(label, decode(data, label), syntax, hashlib.sha256(data).hexdigest(), len(data))


def read_bytes(path: Path, label: str) -> bytes:
    """The bytes of a regular file (``open_regular``) of at most MAX_INPUT_BYTES; the read stops
    one byte past the cap whatever stat said."""
    try:
        with open_regular(path, label, MAX_INPUT_BYTES) as stream:
            data = stream.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError("fichier introuvable", label, hint="vérifiez le chemin") from None
    except PermissionError:
        raise InputError("lecture refusée", label, hint="vérifiez les droits du fichier") from None
    except OSError as error:
        raise InputError(f"lecture impossible ({error.strerror})", label) from None
    if len(data) > MAX_INPUT_BYTES:  # it grew after the stat
        raise _too_big(f"plus de {MAX_INPUT_BYTES // (1024 * 1024)} Mo", label)
    return data


def open_regular(path: Path, label: str, max_bytes: int | None = None) -> BinaryIO:
    """``path`` opened for reading when it is a regular file (of at most ``max_bytes``, by its
    size on disk). Devices (/dev/zero never ends), FIFOs (a read waits for a writer forever) and
    sockets are refused by their type before they are opened, and again on the opened file, in
    case the path was swapped in between."""
    status = path.stat()
    _regular(status.st_mode, label)
    if max_bytes is not None and status.st_size > max_bytes:
        raise _too_big(f"{status.st_size // (1024 * 1024)} Mo", label)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    stream = os.fdopen(descriptor, "rb")
    try:
        _regular(os.fstat(stream.fileno()).st_mode, label)
    except InputError:
        stream.close()
        raise
    return stream


def _too_big(size: str, label: str) -> InputError:
    return InputError(f"fichier trop gros ({size}) pour une fiche", label,
                      hint=f"une fiche fait quelques Ko ; limite {MAX_INPUT_BYTES // (1024 * 1024)} Mo")


def _regular(mode: int, label: str) -> None:
    if stat.S_ISDIR(mode):
        raise InputError("est un dossier, pas un fichier", label,
                         hint="donnez les fichiers de fiches qu’il contient")
    if not stat.S_ISREG(mode):
        kind = ("un périphérique" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else
                "un tube (FIFO)" if stat.S_ISFIFO(mode) else "une socket" if stat.S_ISSOCK(mode)
                else "un fichier spécial")
        raise InputError(f"est {kind}, pas un fichier ordinaire", label,
                         hint="donnez un fichier de fiches ou un fichier RDF ; pour un flux, utilisez « - » (stdin)")


def decode(data: bytes, label: str) -> str:
    """Decode UTF-8 (with or without BOM); reject binary data and other encodings with a hint."""
    if not data.strip():
        raise InputError("fichier vide", label, hint="une fiche commence par le nom de la collectivité")
    wide = _wide_encoding(data)
    if wide:
        raise InputError(f"fichier encodé en {wide}, pas en UTF-8", label,
                         hint=f"convertissez-le, par ex. `iconv -f {wide} -t utf-8`, ou "
                              "enregistrez-le en « UTF-8 » depuis votre éditeur")
    if b"\x00" in data[:8192]:
        raise InputError("fichier binaire, pas du texte", label,
                         hint="donnez la fiche en texte brut UTF-8 (.txt) ou un fichier RDF")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        byte = data[error.start]
        raise InputError(
            f"octet 0x{byte:02x} invalide en UTF-8 (colonne {column}, octet n° {error.start})",
            label, line, hint=_encoding_hint(data, error.start)) from None
    if _looks_binary(text):
        raise InputError("fichier binaire, pas du texte", label,
                         hint="donnez la fiche en texte brut UTF-8 (.txt) ou un fichier RDF")
    return text


def _encoding_hint(data: bytes, start: int) -> str:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "enregistrez le fichier en UTF-8"
    char = data[start:start + 1].decode("cp1252")
    return (f"le fichier semble encodé en Windows-1252/Latin-1 (cet octet y est « {char} ») : "
            "convertissez-le en UTF-8, par ex. `iconv -f cp1252 -t utf-8`")


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16LE"/"UTF-16BE" for UTF-16 text (what Windows calls "Unicode"), with or without BOM;
    "UTF-32LE"/"UTF-32BE" for UTF-32 (whose BOM starts as UTF-16LE's)."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "UTF-32LE" if data[:1] == b"\xff" else "UTF-32BE"
    sample = data[:4096]
    quads = len(sample) // 4
    if quads >= 4:  # ASCII text in UTF-32: three NULs in every four bytes
        for name, text_byte in (("UTF-32LE", 0), ("UTF-32BE", 3)):
            if sample[text_byte::4].count(0) < 0.1 * quads and all(
                    sample[k::4].count(0) > 0.9 * quads for k in range(4) if k != text_byte):
                return name
    if data[:2] == b"\xff\xfe":
        return "UTF-16LE"
    if data[:2] == b"\xfe\xff":
        return "UTF-16BE"
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    # ASCII text in UTF-16 has a NUL in every other byte, and nowhere else.
    if sample[1::2].count(0) > 0.9 * pairs and sample[0::2].count(0) < 0.1 * pairs:
        return "UTF-16LE"
    if sample[0::2].count(0) > 0.9 * pairs and sample[1::2].count(0) < 0.1 * pairs:
        return "UTF-16BE"
    return None


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are a sign of a binary file decoded by luck."""
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def expand(paths: list[Path], suffixes: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Files to read: each path as given, folders replaced by their matching files (sorted).

    Returns (path, label) pairs; a folder with no matching file is an InputError.
    """
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            # Hidden files and folders (.git, editor back-ups) are not fiches.
            inside = sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in suffixes
                            and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not inside:
                raise InputError("aucune fiche dans ce dossier", str(path),
                                 hint=f"les fiches sont des fichiers {', '.join(suffixes)}")
            found.extend((p, str(p)) for p in inside)
        else:
            found.append((path, str(path)))
    return found


def read_stdin(syntax: str | None = None) -> InputFile:
    """The text piped on stdin, labelled "-": a fiche, unless ``syntax`` names an RDF syntax."""
    import sys

    data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"entrée standard trop grosse (plus de {MAX_INPUT_BYTES // (1024 * 1024)} Mo) "
                         "pour une fiche", "-", hint="une fiche fait quelques Ko")
    return InputFile("-", decode(data, "-"), syntax or "fiche")


def read_all(paths: Iterable[Path], suffixes: tuple[str, ...], syntax: str | None = None
             ) -> tuple[list[InputFile], list[InputError]]:
    """Read every file (folders expanded, "-" for stdin), going on past the bad ones, whose errors
    are returned. ``syntax`` ("fiche" or an RDF syntax) applies to every file, instead of its suffix.
    """
    inputs: list[InputFile] = []
    failed: list[InputError] = []
    for path in paths:
        try:
            if str(path) == "-":
                inputs.append(read_stdin(syntax))
                continue
            for file, label in expand([path], suffixes):
                try:
                    inputs.append(read_text(file, label, syntax))
                except InputError as error:
                    failed.append(error)
        except InputError as error:
            failed.append(error)
    return inputs, failed


def read_in_folder(path: Path, root: Path, shown: str) -> InputFile:
    """A file of a data folder, labelled by its path in that folder, so that what is built from it
    does not depend on the working folder; an error names it as ``shown`` (as the user can open it).

    A symbolic link that leads out of the folder is refused: a contribution that adds one
    ("fiche.txt -> ~/.env") would have the build publish whatever it points at."""
    try:
        label = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise InputError("lien symbolique vers un fichier hors du dossier des données : refusé", shown,
                         hint="copiez le fichier dans le dossier des données") from None
    try:
        return read_text(path, label)
    except InputError as error:
        error.file = shown
        raise
