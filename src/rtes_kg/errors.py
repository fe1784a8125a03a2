"""The one exception hierarchy of rtes-kg: input and usage errors that carry file and line."""

from __future__ import annotations


class RtesError(Exception):
    """Base class. ``str()`` gives the one-line message shown to the user: where, what, how to fix."""

    exit_code = 2

    def __init__(self, message: str, file: str | None = None, line: int | None = None,
                 hint: str | None = None):
        self.message = message
        self.file = file
        self.line = line
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        fix = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{fix}"

    def __reduce__(self):
        # Rebuilt with its parts when it crosses a process boundary (rtes_kg.sandbox).
        return (self.__class__, (self.message, self.file, self.line, self.hint))


class InputError(RtesError):
    """A file that cannot be read as a fiche or as RDF: missing, not UTF-8, binary, malformed."""


class UsageError(RtesError):
    """Arguments that do not make sense together, or an unknown query name."""


class ResourceError(RtesError):
    """The project's own files (ontology, shapes, queries) are missing or broken: an install problem."""


class FinishedWithoutTeardown(SystemExit):
    """The end of a command whose files are all closed and in place: the program (``entry.run``)
    then leaves without freeing its objects one by one. In-process callers see a ``SystemExit``."""
