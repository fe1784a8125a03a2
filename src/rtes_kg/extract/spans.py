"""The words each name of a text spans, and which name holds a given word."""

from __future__ import annotations

from collections.abc import Sequence


class Spans(Sequence[tuple[int, int]]):
    """The (first, last) word of each name of a text, in text order, and which name holds a word:
    asked at every word, a walk over all the names made a long text quadratic."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self._spans = tuple(spans)
        self._owners: dict[int, int] = {}
        for n, (first, last) in enumerate(self._spans):
            for index in range(first, last + 1):
                self._owners.setdefault(index, n)

    def __getitem__(self, n):
        return self._spans[n]

    def __len__(self) -> int:
        return len(self._spans)

    def owner(self, index: int) -> int | None:
        """The first name whose words include word ``index``, if any."""
        return self._owners.get(index)
