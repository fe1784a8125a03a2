"""The fiche blocks and sections a document's lines are cut into (parse/splitter.py), before any field
is read."""

from __future__ import annotations

from dataclasses import dataclass, field

from rtes_kg.parse.lines import Line
from rtes_kg.parse.records import ParseIssue


@dataclass
class Section:
    name: str
    heading: Line
    body: list[Line] = field(default_factory=list)


@dataclass
class Block:
    """The lines of one fiche, grouped by section, before any field is read."""

    start: Line
    title: Line | None
    markers: list[Line] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    loose: list[Line] = field(default_factory=list)  # lines between the title and the first heading
    issues: list[ParseIssue] = field(default_factory=list)
    _seen: tuple[int, Section | None, frozenset[str]] = field(default=(0, None, frozenset()), repr=False,
                                                              compare=False)

    @property
    def current(self) -> Section | None:
        return self.sections[-1] if self.sections else None

    @property
    def seen(self) -> frozenset[str]:
        """The sections' names. The splitter asks at each heading while it appends sections
        (``parse/bounds.py`` cuts them only after): the names of the sections appended since the
        last time are added to those gathered then (80,000 one-line "Contact" headings took 25 s
        to split when every call gathered them all)."""
        count, last, names = self._seen
        sections = self.sections
        if count > len(sections) or count and sections[count - 1] is not last:
            count, names = 0, frozenset()  # cut or changed: gathered again
        if count < len(sections):
            names = names.union(section.name for section in sections[count:])
            self._seen = (len(sections), sections[-1], names)
        return names

    def lines(self) -> list[Line]:
        """Every line of the block, in order."""
        found = [*([self.title] if self.title else []), *self.markers, *self.loose,
                 *(line for section in self.sections for line in (section.heading, *section.body))]
        return sorted({line.no: line for line in found}.values(), key=lambda line: line.no)
