"""Batch mode for graders: every submission in its own process, ``jobs`` at a time, one row each.

Each submission runs ``python -m xval.reports.check`` (a fresh interpreter; the
data pool is written once and shared) in its own session, with a hard time
limit: ``timeout`` for the check itself (enforced inside the worker for Python
code) plus ``STARTUP_GRACE`` for imports. A worker that outlives the limit is
killed with its process group (status ``timeout``); one that dies without a
result (segfault, ``os._exit``) gets status ``crashed``. Neither stops the
others. Rows come back in the order the files were given.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from xval.impl.errors import InputError
from xval.reports.check.report import CSV_FIELDS, shorten

STARTUP_GRACE = 60.0
SKIP_DIRS = {"__pycache__", ".ipynb_checkpoints", ".git"}


@dataclass
class Result:
    file: str
    status: str
    json: dict
    csv: dict
    text: str
    seconds: float

    @property
    def exit_code(self) -> int:
        return {"ok": 0, "unusable": 2, "error": 3}.get(self.status, 1)


def discover(paths: list[str]) -> list[Path]:
    """Submissions named, or found (``*.py``, ``*.ipynb``, recursively, hidden and cache dirs skipped) in dirs."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and f.suffix in (".py", ".ipynb") and not any(
                        part in SKIP_DIRS or part.startswith(".") for part in rel[:-1]) \
                        and f.name != "__init__.py":
                    found.append(f)
        elif p.is_file():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or directory; expected submissions (.py, .ipynb) or directories")
    if not found:
        raise InputError(f"no submissions (.py or .ipynb) found in {', '.join(paths)}")
    return list(dict.fromkeys(found))


def _failed(file: str, status: str, message: str, seconds: float) -> Result:
    row = {k: "" for k in CSV_FIELDS}
    row.update(file=file, status=status, ok=0, exit_code=1, seconds=f"{seconds:.2f}", message=shorten(message))
    payload = {"ok": False, "file": file, "first_mismatch": None,
               "diagnosis": [{"code": "raised", "params": [], "message": message}],
               "checks": [{"name": "worker", "stage": "load", "case": "", "step": 0, "ok": False,
                           "severity": status, "detail": message}]}
    return Result(file, status, payload, row, f"xval check {file}: {status.upper()}\n  {message}", seconds)


def check_one(file: Path, pool: Path, worker_args: list[str], timeout: float, env: dict | None = None,
              grace: float = STARTUP_GRACE) -> Result:
    cmd = [sys.executable, "-m", "xval.reports.check", str(file), "--pool", str(pool), "--timeout", f"{timeout:g}",
           *worker_args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env=env, stdin=subprocess.DEVNULL)
    limit = timeout + grace
    try:
        out, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the worker's own session: it and anything it started
        except ProcessLookupError:
            pass
        proc.communicate()
        return _failed(str(file), "timeout", f"no result within {limit:g} s; the worker was killed", time.perf_counter() - t0)
    seconds = time.perf_counter() - t0
    for line in reversed(out.strip().splitlines()):
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and "json" in data:
            row = data["csv"]
            return Result(str(file), row["status"], data["json"], row, data["text"], seconds)
    last = (err.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
    return _failed(str(file), "crashed", f"the worker died without a result (exit {proc.returncode}): {last}", seconds)


def run_batch(files: list[Path], pool: Path, worker_args: list[str], jobs: int, timeout: float,
              progress: Callable[[int, int, Result], None] | None = None, env: dict | None = None,
              grace: float = STARTUP_GRACE, check: Callable[[Path], Result] | None = None) -> list[Result]:
    """Check every file, ``jobs`` at a time; results in the order of ``files``.

    ``check`` checks one file (default: :func:`check_one`, a fresh worker process each; batch mode passes
    :meth:`xval.reports.check.warm.WarmPool.check`). ``progress`` is called in this thread as each file
    finishes, so a caller can append its result at once.
    """
    check = check or (lambda f: check_one(f, pool, worker_args, timeout, env, grace))
    results: list[Result | None] = [None] * len(files)
    done = 0
    pool_exec = ThreadPoolExecutor(max_workers=max(1, jobs))
    try:
        futures = {pool_exec.submit(check, f): i for i, f in enumerate(files)}
        for fut in as_completed(futures):
            i = futures[fut]
            results[i] = fut.result()
            done += 1
            if progress:
                progress(done, len(files), results[i])
    except BaseException:  # Ctrl-C: start no other file (the caller stops the running ones)
        pool_exec.shutdown(wait=False, cancel_futures=True)
        raise
    pool_exec.shutdown()
    return [r for r in results if r is not None]

