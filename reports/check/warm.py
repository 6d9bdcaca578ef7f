"""Warm judges for batch mode: worker processes that import torch, jax and the data once, then check file after file.

A judge is ``python -m xval.reports.check.warm --pool POOL.npz ...`` in its own
session. It reads one request per line (``{"file": PATH}``) from a dedicated
pipe and answers on another with one line ``{"json", "csv", "text"}``, the same
payload as the one-shot worker (``python -m xval.reports.check``); its stdout
and stderr are not the channel. Each request calls
:func:`xval.reports.check.check_submission`, which decides how the submission
itself is isolated (in a sandboxed worker process of its own: nothing it does
reaches the judge); the judge only saves the imports (about 2-3 s a file).

:class:`WarmPool` hands files to idle judges. A judge that does not answer
within the time limit plus a grace is killed with its session (``timeout``);
one that dies is ``crashed``, with the tail of its stderr as evidence. Either
way a fresh judge takes its place for the next file.
"""

from __future__ import annotations

import json
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from xval.reports.check.__main__ import options, payload, worker_parser, xval_failed
from xval.reports.check.batch import STARTUP_GRACE, Result, _failed

GRACE = 10.0
"""Seconds a warm judge may take beyond the check's own limit before it is killed (exception text, reply)."""
MAX_REPLY = 64 * 2 ** 20


class Judge:
    """One warm judge process and its two pipes."""

    def __init__(self, args: list[str], env: dict | None):
        to_r, self._to = os.pipe()
        self._from, from_w = os.pipe()
        self.stderr = tempfile.TemporaryFile()
        cmd = [sys.executable, "-m", "xval.reports.check.warm", "--fd-in", str(to_r), "--fd-out", str(from_w), *args]
        self.proc = subprocess.Popen(cmd, pass_fds=(to_r, from_w), stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=self.stderr, env=env,
                                     start_new_session=True)
        os.close(to_r)
        os.close(from_w)
        self.buffer = b""
        self.eof = False
        self.ready = False
        self.files = 0

    def ask(self, file: str, limit: float) -> dict | None:
        """The reply for ``file``, or None when none came within ``limit`` seconds (the judge is then killed)."""
        os.write(self._to, (json.dumps({"file": file}) + "\n").encode())
        line = self._read_line(time.monotonic() + limit)
        self.files += 1
        try:
            return None if line is None else json.loads(line)
        except ValueError:
            return None

    def wait_ready(self, limit: float) -> bool:
        if not self.ready:
            line = self._read_line(time.monotonic() + limit)
            self.ready = line is not None and json.loads(line).get("ready", False)
        return self.ready

    def _read_line(self, deadline: float) -> bytes | None:
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or len(self.buffer) > MAX_REPLY:
                return None
            ready, _, _ = select.select([self._from], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._from, 1 << 16)
            if not chunk:  # the judge died
                self.eof = True
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def alive(self) -> bool:
        return self.proc.poll() is None

    def last_error(self) -> str:
        if self.stderr.closed:
            return self._last
        self.stderr.seek(0)
        lines = self.stderr.read()[-4000:].decode(errors="replace").strip().splitlines()
        return lines[-1] if lines else f"exit status {self.proc.returncode}"

    def kill(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # the judge's session: it and whatever it started
        except (ProcessLookupError, PermissionError):
            pass
        self.proc.wait()
        self._last = self.last_error()
        for fd in (self._to, self._from):
            try:
                os.close(fd)
            except OSError:
                pass
        self.stderr.close()


class WarmPool:
    """``jobs`` warm judges; ``check(file)`` is thread-safe (one call per judge at a time)."""

    def __init__(self, pool: Path, worker_args: list[str], jobs: int, timeout: float, env: dict | None = None,
                 grace: float = GRACE, startup: float = STARTUP_GRACE):
        self.args = ["--pool", str(pool), "--timeout", f"{timeout:g}", *worker_args]
        self.timeout, self.grace, self.startup, self.env = timeout, grace, startup, env
        self.idle: queue.Queue[Judge] = queue.Queue()
        self.lock = threading.Lock()
        self.judges: list[Judge] = []
        for _ in range(max(1, jobs)):  # started together: their imports overlap
            self.idle.put(self._start())

    def _start(self) -> Judge:
        j = Judge(self.args, self.env)
        with self.lock:
            self.judges.append(j)
        return j

    def _retire(self, j: Judge) -> None:
        j.kill()
        with self.lock:
            self.judges.remove(j)

    def check(self, file: Path) -> Result:
        judge = self.idle.get()
        t0 = time.perf_counter()
        try:
            if not judge.wait_ready(self.startup):
                why = judge.last_error() if not judge.alive() else f"not ready within {self.startup:g} s"
                self._retire(judge)
                judge = self._start()
                return _failed(str(file), "crashed", f"the judge process failed to start: {why}",
                               time.perf_counter() - t0)
            limit = self.timeout + self.grace
            reply = judge.ask(str(file), limit)
            seconds = time.perf_counter() - t0
            if reply is None or "json" not in reply:
                died = judge.eof or not judge.alive()
                self._retire(judge)
                why = judge.last_error() if died else ""
                judge = self._start()
                if died:
                    return _failed(str(file), "crashed", f"the judge died without a result: {why}", seconds)
                return _failed(str(file), "timeout", f"no result within {limit:g} s; the worker was killed", seconds)
            row = reply["csv"]
            return Result(str(file), row["status"], reply["json"], row, reply["text"], seconds)
        finally:
            self.idle.put(judge)

    def close(self) -> None:
        with self.lock:
            judges = list(self.judges)
            self.judges.clear()
        for j in judges:
            j.kill()

    def __enter__(self) -> WarmPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def serve(argv: list[str] | None = None) -> int:
    """The judge's loop: warm up, say ready, then answer one request per line until the pipe closes."""
    p = worker_parser("python -m xval.reports.check.warm")
    p.add_argument("--fd-in", type=int, required=True)
    p.add_argument("--fd-out", type=int, required=True)
    a = p.parse_args(argv)
    requests = os.fdopen(a.fd_in, "rb")
    replies = os.fdopen(a.fd_out, "wb")
    from xval.reports.check import check_submission
    from xval.reports.check.inputs import load_pool
    from xval.reports.check.oracle import Oracles

    params, x, y, real = load_pool(a.pool)
    opts = options(a)
    try:
        Oracles(opts.oracles, params[0][0].dtype)  # imports torch and jax now, once
    except Exception:  # noqa: BLE001 - a missing oracle is reported per file by check_submission
        pass
    replies.write(b'{"ready": true}\n')
    replies.flush()
    for line in requests:
        file = json.loads(line)["file"]
        try:
            report = check_submission(file, params, x, y, real, opts)
        except Exception as exc:
            report = xval_failed(file, exc)
        replies.write(payload(report, a.verbose).encode())
        replies.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve())
