"""A validation worker process of `serve`: checks submitted files as `rtes-kg validate` does, and
lays out the member page they would publish.

    python -m rtes_kg.serve.checker BASE_IRI MAX_BYTES   # jobs on stdin, verdicts on stdout

It warms up (shapes, ontology, reference data) before it says it is ready, so that the first
submission is as quick as the next. Its address space is capped: a file that would take more
memory ends this process, which the pool replaces, and the server goes on answering.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from rtes_kg.check.contribution import check_files
from rtes_kg.errors import InputError
from rtes_kg.inputs import InputFile
from rtes_kg.serve.validation import FICHE, CheckJob, Verdict
from rtes_kg.sparql.runner import child_loop

WARM_UP = """Commune de Démonstration

Type de collectivité
Commune
Nombre d'habitants sur le territoire
1 000 hab.
Année d'adhésion au RTES : 2020
"""


def verdict(job: CheckJob, base_iri: str) -> Verdict:
    """The report on one submission, the errors the CLI would print, and the page it would make."""
    if job.text is None:
        assert job.error is not None
        error = InputError(*job.error)
        check = check_files([], [error], base_iri)
        return Verdict(check.report, (str(error),))
    item = InputFile(job.label, job.text, job.syntax or FICHE)
    check = check_files([item], (), base_iri)
    preview = None
    if job.preview and not check.errors:
        from rtes_kg.serve.preview import preview_of

        preview = preview_of(item, base_iri)
    return Verdict(check.report, tuple(str(error) for error in check.errors), preview)


def _limit_memory(max_bytes: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on POSIX: no cap, the time limit still holds
        return
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def main(base_iri: str, max_bytes: int) -> None:  # pragma: no cover - runs in the child process
    def start() -> Callable[[CheckJob], tuple[str, object]]:
        verdict(CheckJob("demo.txt", WARM_UP, FICHE), base_iri)
        _limit_memory(max_bytes)

        def reply(job: CheckJob) -> tuple[str, object]:
            try:
                return "ok", verdict(job, base_iri)
            except MemoryError:
                return "bad", "mémoire"
            except Exception as error:  # noqa: BLE001 - one bad file must not end the worker
                return "bad", f"{type(error).__name__}: {error}"
        return reply

    child_loop(start)


if __name__ == "__main__":  # pragma: no cover - the worker process
    main(sys.argv[1], int(sys.argv[2]))
