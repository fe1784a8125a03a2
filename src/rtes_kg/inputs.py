"""Reads input files (fiche text or RDF) into str, turning every unreadable case into an InputError."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024  # a fiche is a few kB; anything this large is not a fiche

FICHE_SUFFIXES = (".txt", ".text", ".md")
RDF_FORMATS = {  # file suffix -> RDF syntax
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "n-triples", ".ntriples": "n-triples",
    ".n3": "n3", ".trig": "trig", ".nq": "n-quads", ".nquads": "n-quads", ".jsonld": "json-ld",
    ".json": "json-ld", ".rdf": "rdf/xml", ".xml": "rdf/xml", ".owl": "rdf/xml",
}


@dataclass(frozen=True)
class InputFile:
    """A file given on the command line: its label as the user wrote it and its decoded text."""

    label: str
    text: str

    @property
    def rdf_format(self) -> str | None:
        return RDF_FORMATS.get(Path(self.label).suffix.lower())


def read_text(path: Path, label: str | None = None) -> InputFile:
    """Read a UTF-8 text file; say which byte is wrong and what to do when it is not text."""
    label = label or str(path)
    try:
        if path.is_dir():
            raise InputError("est un dossier, pas un fichier", label,
                             hint="donnez les fichiers de fiches qu’il contient")
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"fichier trop gros ({size // (1024 * 1024)} Mo) pour une fiche", label,
                             hint=f"une fiche fait quelques Ko ; limite {MAX_INPUT_BYTES // (1024 * 1024)} Mo")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("fichier introuvable", label, hint="vérifiez le chemin") from None
    except PermissionError:
        raise InputError("lecture refusée", label, hint="vérifiez les droits du fichier") from None
    except OSError as error:
        raise InputError(f"lecture impossible ({error.strerror})", label) from None
    return InputFile(label, decode(data, label))


def decode(data: bytes, label: str) -> str:
    """Decode UTF-8 (with or without BOM); reject binary data and other encodings with a hint."""
    if not data.strip():
        raise InputError("fichier vide", label, hint="une fiche commence par le nom de la collectivité")
    if b"\x00" in data[:8192]:
        raise InputError("fichier binaire, pas du texte", label,
                         hint="donnez la fiche en texte brut UTF-8 (.txt) ou un fichier RDF")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        raise InputError(
            f"octet 0x{byte:02x} invalide en UTF-8 (position {error.start})", label, line,
            hint=_encoding_hint(data)) from None
    if _looks_binary(text):
        raise InputError("fichier binaire, pas du texte", label,
                         hint="donnez la fiche en texte brut UTF-8 (.txt) ou un fichier RDF")
    return text


def _encoding_hint(data: bytes) -> str:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "enregistrez le fichier en UTF-8"
    return ("le fichier semble encodé en Windows-1252/Latin-1 : convertissez-le en UTF-8, "
            "par ex. `iconv -f cp1252 -t utf-8`")


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
            inside = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
            if not inside:
                raise InputError("aucune fiche dans ce dossier", str(path),
                                 hint=f"les fiches sont des fichiers {', '.join(suffixes)}")
            found.extend((p, str(p)) for p in inside)
        else:
            found.append((path, str(path)))
    return found


def read_stdin() -> InputFile:
    """The text piped on stdin, labelled "-" (a fiche: RDF needs a file name to know its syntax)."""
    import sys

    return InputFile("-", decode(sys.stdin.buffer.read(), "-"))
