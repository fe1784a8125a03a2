"""Admits SPARQL queries within their own capacity, so that pages never wait behind them.

A query holds a server thread for as long as it runs or waits for a worker. Without a cap, 16 slow
queries took every thread and a page waited 5 s behind them. Here at most ``Limits.query_slots``
queries hold a thread at once (the server has that many threads more than it keeps for pages),
and one client address at most ``Limits.per_client`` of them; any other query is refused at once,
with ``Retry-After``: 429 when the client has its share, 503 when every slot is taken.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from rtes_kg.serve.limits import Limits, Refusal


class Admission:
    def __init__(self, limits: Limits):
        self.limits = limits
        self._lock = threading.Lock()
        self._running = 0
        self._by_client: Counter[str] = Counter()

    def retry_after(self) -> tuple[tuple[str, str], ...]:
        # By then one of the queries that hold the slots has ended or been stopped.
        return (("Retry-After", str(max(1, math.ceil(self.limits.timeout)))),)

    @contextmanager
    def admit(self, client: str) -> Iterator[None]:
        """Hold one slot for ``client`` while the body runs; raise a Refusal when there is none."""
        with self._lock:
            if self._by_client[client] >= self.limits.per_client:
                raise Refusal(429, f"trop de requêtes SPARQL en cours depuis votre adresse (au plus "
                                   f"{self.limits.per_client} à la fois) : attendez leur réponse",
                              self.retry_after())
            if self._running >= self.limits.query_slots:
                raise Refusal(503, "serveur occupé : toutes les places de requête SPARQL sont prises, "
                                   "réessayez dans un moment", self.retry_after())
            self._running += 1
            self._by_client[client] += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                self._by_client[client] -= 1
                if not self._by_client[client]:
                    del self._by_client[client]

    def running(self) -> int:
        with self._lock:
            return self._running
