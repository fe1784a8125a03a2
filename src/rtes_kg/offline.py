"""Take the network away from the current process: after ``forbid_network()``, the kernel refuses
to make any socket but a local (Unix) one, in this thread and every thread it starts.

The query workers call it before they load a dump: Oxigraph runs SPARQL ``SERVICE`` clauses over
HTTP, and the endpoint's check of a query's words (serve/limits.py) was got round twice by
spellings Oxigraph reads and the check did not. With this filter, a spelling the check misses
still reaches no server: the worker cannot open a connection at all.

A seccomp filter (Linux, x86-64 and arm64); elsewhere ``forbid_network`` returns False and the
word check is the only guard.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import socket
import struct
import sys

# struct seccomp_data: int nr; u32 arch; u64 instruction_pointer; u64 args[6]
_NR, _ARCH, _ARG0 = 0, 4, 16
# machine -> (AUDIT_ARCH_*, the number of socket(2))
_ARCHES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}
_X32_BIT = 0x40000000  # x86-64's x32 calls: another number for socket(2), all refused
_LD_W_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]


def _program(arch: int, socket_call: int) -> bytes:
    """socket(domain, …) with any domain but AF_UNIX fails with EACCES; every other call runs."""
    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("=HBBI", code, jt, jf, k)

    refuse = _RET_ERRNO | errno.EACCES
    return b"".join([
        op(_LD_W_ABS, _ARCH),
        op(_JEQ, arch, 1, 0),
        op(_RET, refuse),                       # a call made under another ABI
        op(_LD_W_ABS, _NR),
        op(_JGE, _X32_BIT, 0, 1),               # no call of arm64 or x86-64 has a number this high
        op(_RET, refuse),
        op(_JEQ, socket_call, 0, 3),
        op(_LD_W_ABS, _ARG0),                   # the domain, an int: the low half of args[0]
        op(_JEQ, socket.AF_UNIX, 1, 0),
        op(_RET, refuse),
        op(_RET, _RET_ALLOW),
    ])


def forbid_network() -> bool:
    """Install the filter; False where it cannot be (not Linux, another machine, an old kernel)."""
    arches = _ARCHES.get(platform.machine())
    if not sys.platform.startswith("linux") or arches is None or sys.byteorder != "little":
        return False
    libc = ctypes.CDLL(None, use_errno=True)  # the C library already loaded (find_library would run ldconfig)
    program = _program(*arches)
    fprog = _Filter(len(program) // 8, program)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0
