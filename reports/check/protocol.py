"""The channel between the judge and the submission's worker: framed messages of JSON and raw arrays, never pickle.

A message is a value tree of ``None``, bools, ints, floats, strings, lists and
dicts with string keys, whose leaves may also be NumPy arrays. On the wire::

    8-byte big-endian header length | header (UTF-8 JSON) | array bytes, back to back

The header holds the tree with each array replaced by ``{"__array__": i}`` and
a table ``arrays: [[dtype, shape], ...]``. Decoding accepts only numeric and
boolean dtypes of at most 8 bytes per element, checks every array's byte
count against its shape, and refuses a frame larger than ``max_bytes`` before
reading it; the parent reads replies with a deadline (:func:`recv` polls the
socket, it never blocks past ``deadline``). Whatever the worker sends is data
to validate, never code: a malformed frame is a :class:`ProtocolError`.
"""

from __future__ import annotations

import json
import math
import select
import socket
import struct
import time

import numpy as np

HEADER = struct.Struct(">Q")
MAX_HEADER = 1 << 20
MAX_MESSAGE = 256 << 20
"""Largest reply accepted from a worker (bytes): a 784-1024-1024-10 step in float64 is about 40 MB."""
ARRAY_KINDS = "fiub"


class ProtocolError(Exception):
    """A frame that is not a well-formed message (too large, bad JSON, a disallowed dtype, a short read)."""


class ChannelClosed(ProtocolError):
    """The other end closed the channel (the worker died or exited)."""


class Deadline(Exception):
    """No complete message arrived before the deadline."""


def encode(value) -> bytes:
    """One frame holding ``value`` (see the module docstring)."""
    return b"".join(_frame(value))


def _frame(value) -> list:
    """The frame of ``value`` as buffers: the length and header, then each array's memory (not copied)."""
    arrays: list[np.ndarray] = []

    def tree(v):
        if isinstance(v, np.ndarray):
            a = np.ascontiguousarray(v)
            if a.dtype.kind not in ARRAY_KINDS or a.dtype.itemsize > 8:
                raise TypeError(f"cannot send an array of dtype {a.dtype}")
            arrays.append(a)
            return {"__array__": len(arrays) - 1}
        if isinstance(v, np.generic):
            return tree(np.asarray(v))
        if isinstance(v, dict):
            return {str(k): tree(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [tree(x) for x in v]
        if v is None or isinstance(v, (bool, int, str)):
            return v
        if isinstance(v, float):
            return v if math.isfinite(v) else {"__float__": repr(v)}
        raise TypeError(f"cannot send a {type(v).__name__}")

    header = json.dumps({"tree": tree(value), "arrays": [[a.dtype.str, list(a.shape)] for a in arrays]}).encode()
    return [HEADER.pack(len(header)) + header, *(memoryview(a).cast("B") for a in arrays if a.size)]


def decode(header: bytes, body: memoryview):
    """The value of one frame's header and array bytes; anything unexpected is a :class:`ProtocolError`."""
    try:
        meta = json.loads(header.decode("utf-8"))
        specs = meta["arrays"]
        arrays, offset = [], 0
        for dtype_str, shape in specs:
            dtype = np.dtype(dtype_str)
            if dtype.kind not in ARRAY_KINDS or dtype.itemsize > 8 or dtype.hasobject:
                raise ProtocolError(f"an array of dtype {dtype} (only numbers and booleans may be sent)")
            if not all(isinstance(n, int) and n >= 0 for n in shape) or len(shape) > 8:
                raise ProtocolError(f"an array of shape {shape!r}")
            n = dtype.itemsize * math.prod(shape)
            if offset + n > len(body):
                raise ProtocolError("array bytes shorter than their shapes")
            a = np.frombuffer(body[offset:offset + n], dtype=dtype).reshape(shape)
            # a view of this message's own buffer (written by nobody else), copied only when misaligned
            arrays.append(a if a.flags.aligned else a.copy())
            offset += n
        if offset != len(body):
            raise ProtocolError("trailing bytes after the arrays")
        return _rebuild(meta["tree"], arrays)
    except ProtocolError:
        raise
    except (ValueError, KeyError, TypeError, IndexError, RecursionError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"malformed message ({type(exc).__name__})") from None


def _rebuild(v, arrays):
    if isinstance(v, dict):
        if set(v) == {"__array__"}:
            return arrays[v["__array__"]]
        if set(v) == {"__float__"}:
            return float(v["__float__"])
        return {k: _rebuild(x, arrays) for k, x in v.items()}
    if isinstance(v, list):
        return [_rebuild(x, arrays) for x in v]
    return v


def send(sock: socket.socket, value) -> None:
    for buf in _frame(value):
        sock.sendall(buf)


def recv(sock: socket.socket, deadline: float | None = None, max_bytes: int = MAX_MESSAGE, alive=None):
    """Read one frame; :class:`Deadline` when ``deadline`` (time.monotonic()) passes first.

    ``alive()``, polled while waiting, says whether the sender still runs: a
    dead sender whose socket another process still holds open is
    :class:`ChannelClosed`, not a wait until the deadline.
    """
    def read(n):
        return _read(sock, n, deadline, alive)

    (n_header,) = HEADER.unpack(read(HEADER.size).tobytes())
    if n_header > MAX_HEADER:
        raise ProtocolError(f"a header of {n_header} bytes (limit {MAX_HEADER})")
    header = read(n_header).tobytes()
    try:
        specs = json.loads(header.decode("utf-8"))["arrays"]
        n_body = sum(np.dtype(d).itemsize * math.prod(s) for d, s in specs)
    except Exception:  # noqa: BLE001 - any malformed header is one protocol error
        raise ProtocolError("malformed message header") from None
    if n_header + n_body > max_bytes:
        raise ProtocolError(f"a message of {n_header + n_body} bytes (limit {max_bytes})")
    return decode(header, read(n_body))


POLL = 0.05
"""Seconds between checks of ``alive()`` while waiting for a frame."""


def _read(sock: socket.socket, n: int, deadline: float | None, alive) -> memoryview:
    buf = np.empty(n, np.uint8)  # not zeroed: every byte is received into before it is read
    view, got = memoryview(buf).cast("B"), 0
    while got < n:
        while deadline is not None or alive is not None:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise Deadline()
            wait = POLL if alive is not None else left
            if select.select([sock], [], [], wait if left is None else min(wait, left))[0]:
                break
            if alive is not None and not alive():
                if select.select([sock], [], [], 0)[0]:
                    break  # its last words arrived just before it ended
                raise ChannelClosed("the sender ended")
        k = sock.recv_into(view[got:], n - got)
        if not k:
            raise ChannelClosed("the channel closed mid-message" if got else "the channel closed")
        got += k
    return view


def tune(sock: socket.socket) -> None:
    """Socket buffers large enough for a step's arrays to move in a few system calls."""
    for opt in (socket.SO_SNDBUF, socket.SO_RCVBUF):
        try:
            sock.setsockopt(socket.SOL_SOCKET, opt, 8 << 20)
        except OSError:
            pass
