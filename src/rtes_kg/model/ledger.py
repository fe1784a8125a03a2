"""The identifier ledger (``ids.tsv`` beside the fiches): every IRI a release published for a
member, an organisation, an action, a budget line or a post, what it was last matched on, and the
releases that published it, so that an IRI keeps naming the same thing and is never given to
anything else (docs/model.md, "How IRIs are kept").

Pure: text in, text out. The CLI reads and writes the file; ``model.keep`` matches a build with it.

>>> ledger = Ledger.parse(Ledger((Entry("org/x", "x", MEMBER, "X", 0, "v1"),), "v1").text())
>>> ledger.entries[0].iri, ledger.entries[0].live, ledger.release
('org/x', True, 'v1')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rtes_kg.errors import InputError

# What an IRI of the ledger (relative to the base) and a member's slug may be: path segments that
# open with a letter or a digit ("..", "/", "\\" or a control character never reach a file path).
_SAFE_SEGMENT = r"[A-Za-z0-9][A-Za-z0-9._-]*"
# and the ledger mints under org/ and action/ only: "index.html" or "sparql" would be the page of a
# file of the release, or the service's own path
_SAFE_IRI = re.compile(rf"(?:org|action)(?:/{_SAFE_SEGMENT})+(?:#{_SAFE_SEGMENT})?")
_SAFE_SLUG = re.compile(_SAFE_SEGMENT)
_POSITION = re.compile(r"[0-9]{1,9}")  # ASCII digits: "²" and "①" are digits to str.isdigit, not to int()

FILE_NAME = "ids.tsv"
MEMBER, ORGANISATION, ACTION, BUDGET_LINE, POST = "membre", "organisation", "action", "ligne-budgetaire", "poste"
KINDS = (MEMBER, ORGANISATION, ACTION, BUDGET_LINE, POST)
COLUMNS = ("iri", "member", "kind", "content", "position", "first", "last")
CONTENT_LENGTH = 400  # what is kept of a text to match it with: enough to tell actions apart
UNKNOWN_RELEASE = "?"
WHAT = {MEMBER: "la collectivité membre", ORGANISATION: "l’organisation", ACTION: "l’action",
        BUDGET_LINE: "la ligne budgétaire", POST: "le poste", "fiche": "la fiche de la collectivité",
        "graphe": "le graphe nommé de la fiche"}
_HEADER = """\
# Identifier ledger of rtes-kg: one line per IRI ever published for a member, an organisation, an
# action, a budget line or a post. `rtes-kg build` reads it to give an edited item its former IRI
# and writes it back: keep it under version control with the fiches, never edit it by hand.
# iri: relative to the base IRI; member: slug of the member whose fiche has it; content: what it
# was last matched on; position: its rank in its fiche; first / last: the first and the last
# release that published it (last empty: published by the latest release). docs/model.md.
"""


@dataclass(frozen=True)
class Entry:
    """One IRI of the ledger."""

    iri: str  # relative to the base IRI: "action/dijon-metropole/…", "org/dijon-metropole#budget-…"
    member: str
    kind: str
    content: str
    position: int
    first: str
    last: str = ""

    @property
    def live(self) -> bool:
        """Published by the latest release built with this ledger."""
        return not self.last

    @property
    def document(self) -> str:
        """The IRI without its fragment: what an HTTP request can name."""
        return self.iri.partition("#")[0]


@dataclass(frozen=True)
class Ledger:
    entries: tuple[Entry, ...] = ()
    release: str | None = None  # the version of the latest release built with this ledger

    @functools.cached_property
    def by_iri(self) -> dict[str, Entry]:
        return {entry.iri: entry for entry in self.entries}

    def of(self, member: str, kind: str) -> list[Entry]:
        """The entries of one member's items of one kind, in the order of the file."""
        return self._grouped.get((member, kind), [])

    @functools.cached_property
    def _grouped(self) -> dict[tuple[str, str], list[Entry]]:
        groups: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries:
            groups.setdefault((entry.member, entry.kind), []).append(entry)
        return groups

    @property
    def retired(self) -> list[Entry]:
        """The entries no longer published: their IRIs answer 410 Gone."""
        return [entry for entry in self.entries if not entry.live]

    def retired_documents(self) -> dict[str, tuple[str, Entry]]:
        """{path of a document no longer published (relative to the base): (what it was, its
        entry)}: the retired members, organisations and actions, and a retired member's fiche
        and named graph. Fragments (a budget line, a post) are no document: their page stays."""
        documents: dict[str, tuple[str, Entry]] = {}
        for entry in self.retired:
            if "#" in entry.iri or "://" in entry.iri:
                continue
            documents[entry.iri] = (WHAT[entry.kind], entry)
            if entry.kind == MEMBER:
                documents[f"fiche/{entry.member}"] = (WHAT["fiche"], entry)
                documents[f"graph/{entry.member}"] = (WHAT["graphe"], entry)
        return documents

    @classmethod
    def parse(cls, text: str, label: str = FILE_NAME) -> Ledger:
        """The ledger written by ``text()``; an InputError names the line that is not."""
        entries, release, header_seen = [], None, False
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            if line.startswith("#"):
                key, _, value = line[1:].strip().partition("\t")
                if key == "release" and value:
                    release = value.strip()
                continue
            cells = line.split("\t")
            if not header_seen and tuple(cells) == COLUMNS:
                header_seen = True
                continue
            if len(cells) != len(COLUMNS) or cells[2] not in KINDS or not _POSITION.fullmatch(cells[4]):
                raise InputError(f"ligne illisible du registre des identifiants ({len(cells)} colonnes)",
                                 label, number, hint="restaurez le fichier depuis l’historique (git)")
            iri, member, kind, content, position, first, last = cells
            if not _SAFE_IRI.fullmatch(iri) or not _SAFE_SLUG.fullmatch(member):
                # the site writes a page under each IRI, the service reads one: never outside the release
                raise InputError(f"IRI ou membre invalide dans le registre des identifiants : "
                                 f"« {iri[:80]} » / « {member[:40]} » (org/… ou action/…, en segments de "
                                 "lettres, chiffres, « . », « _ » ou « - » seulement)", label, number,
                                 hint="restaurez le fichier depuis l’historique (git)")
            entries.append(Entry(iri, member, kind, _unescape(content), int(position), first, last))
        return cls(tuple(entries), release)

    def text(self) -> str:
        """The file: comments, the release, then one tab-separated line per IRI, sorted by IRI."""
        lines = [_HEADER]
        if self.release:
            lines.append(f"# release\t{self.release}\n")
        lines.append("\t".join(COLUMNS) + "\n")
        for entry in sorted(self.entries, key=lambda entry: entry.iri):
            lines.append("\t".join((entry.iri, entry.member, entry.kind, _escape(entry.content),
                                    str(entry.position), entry.first, entry.last)) + "\n")
        return "".join(lines)

    def updated(self, published: Iterable[Entry], version: str) -> Ledger:
        """The ledger after a release ``version`` that published ``published`` (their ``first``
        and ``last`` are ignored): new IRIs are added, kept ones take their new content and
        position, and those no longer published get the previous release as their last."""
        now = {entry.iri: entry for entry in published}
        entries = []
        for entry in self.entries:
            current = now.pop(entry.iri, None)
            if current is not None:
                entries.append(replace(current, first=entry.first, last=""))
            elif entry.live:
                entries.append(replace(entry, last=self.release or UNKNOWN_RELEASE))
            else:
                entries.append(entry)
        entries.extend(replace(entry, first=version, last="") for entry in now.values())
        return Ledger(tuple(sorted(entries, key=lambda entry: entry.iri)), version)


def shorten(text: str) -> str:
    """A text as the ledger keeps it: one line, spaces collapsed, at most CONTENT_LENGTH characters."""
    return " ".join(text.split())[:CONTENT_LENGTH]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    if "\\" not in text:  # nearly every content: a ledger of 10,000 fiches holds 130,000
        return text
    out, chars = [], iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append({"t": "\t", "n": "\n"}.get(following, following))
        else:
            out.append(char)
    return "".join(out)
