"""Runs one risky computation in a forked child under a memory and a CPU-time limit.

A parser fed by strangers can be turned against the host: an entity bomb the pre-checks miss, a
nesting that is quadratic in some library. In a child process with ``RLIMIT_AS`` the worst it can
do is fail an allocation, which ends that child (Python raises MemoryError, Rust aborts), not the
machine; the caller gets a one-line InputError instead of an OOM kill.

Fork, not spawn: the child starts in milliseconds with every module and cache of the parent, and
the arguments need no pickling (only the result travels back, through a pipe). Where fork or
``resource`` is missing (Windows), the computation runs in-process, unbounded.
"""

from __future__ import annotations

import faulthandler
import math
import multiprocessing
import os
import signal
import warnings
from collections.abc import Callable
from typing import TypeVar, cast

from rtes_kg.errors import InputError, RtesError
from rtes_kg.offline import forbid_network

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

T = TypeVar("T")
MEMORY = 1536 * 1024 * 1024  # bytes the child may add to what it inherits: 75× the largest input
SECONDS = 600.0  # CPU seconds and wall-clock seconds; a 1.8 MB batch of fiches validates in ~20 s
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class LimitExceeded(InputError):
    """The computation went past its memory or time limit and was stopped."""


def available() -> bool:
    return resource is not None and "fork" in multiprocessing.get_all_start_methods()


def bounded(function: Callable[..., T], *args, label: str | None = None, memory: int | None = None,
            seconds: float | None = None) -> T:
    """``function(*args)`` computed in a child limited to ``memory`` more bytes and ``seconds``.

    RtesErrors raised by the function reach the caller as they are; running out of memory or time
    raises LimitExceeded naming ``label`` (the input being read).
    """
    if not available():
        return function(*args)
    memory = MEMORY if memory is None else memory
    seconds = SECONDS if seconds is None else seconds
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(writer, function, args, memory, seconds), daemon=True)
    with warnings.catch_warnings():  # Python 3.12 warns on fork from a threaded process; the child
        warnings.simplefilter("ignore", DeprecationWarning)  # only computes and writes to its pipe
        child.start()
    writer.close()
    try:
        outcome = reader.recv() if reader.poll(seconds) else ("time", None)
    except (EOFError, OSError):
        outcome = ("died", None)
    finally:
        reader.close()
        if child.is_alive():
            child.kill()
        child.join()
    kind, value = outcome
    if kind == "ok":
        return cast(T, value)
    if kind == "error":
        raise cast(RtesError, value)
    if kind == "time" or child.exitcode == -signal.SIGXCPU:
        raise LimitExceeded(f"lecture arrêtée après {seconds:g} s", label,
                            hint="le fichier est-il anormalement gros ou imbriqué ? découpez-le")
    if kind in ("memory", "died"):  # Rust aborts (SIGABRT) where Python raises MemoryError
        raise LimitExceeded(f"lecture arrêtée : plus de {memory // (1024 * 1024)} Mo de mémoire", label,
                            hint="le fichier se déploie bien au-delà de sa taille (bombe ?) ; découpez-le "
                                 "ou simplifiez-le")
    if kind == "deep":
        raise LimitExceeded("lecture arrêtée : chaîne trop longue (liste RDF, rdfs:subClassOf…) pour être suivie",
                         label, hint="raccourcissez-la : une contribution n'en a pas besoin de plus de quelques "
                                     "dizaines de maillons")
    raise InputError(f"erreur interne pendant la lecture ({value})", label,
                     hint="merci de signaler ce fichier")


def _child(writer, function: Callable, args: tuple, memory: int, seconds: float) -> None:  # pragma: no cover
    """In the child: silence stderr (a Rust abort prints a backtrace), set the limits, take the
    network away, compute."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    faulthandler.disable()  # it writes to a copy of stderr of its own (pytest enables it)
    assert resource is not None
    limit_memory(memory)
    _limit(resource.RLIMIT_CPU, math.ceil(seconds) + 1)
    forbid_network()  # a parser that would fetch a remote document cannot
    try:
        outcome: tuple = ("ok", function(*args))
    except MemoryError:
        outcome = ("memory", None)
    except RecursionError:  # rdflib and pySHACL follow rdf:rest, rdfs:subClassOf… by recursion
        outcome = ("deep", None)
    except RtesError as error:
        outcome = ("error", error)
    except Exception as error:  # noqa: BLE001 - reported to the parent as an internal error
        outcome = ("crash", f"{type(error).__name__}: {error}"[:300])
    try:
        writer.send(outcome)
    except MemoryError:
        writer.send(("memory", None))


def limit_memory(extra: int) -> None:
    """Let this process grow by ``extra`` bytes of address space at most, from now on."""
    if resource is not None:
        _limit(resource.RLIMIT_AS, _address_space() + extra)


def _limit(kind: int, value: int) -> None:
    assert resource is not None
    soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, hard))


def _address_space() -> int:
    """The bytes of address space this process holds now (what the fork inherited)."""
    try:
        with open("/proc/self/statm") as stream:
            return int(stream.read().split()[0]) * _PAGE
    except OSError:  # no /proc (BSD, macOS): count from the resident size
        assert resource is not None
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
