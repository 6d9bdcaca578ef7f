"""Batch worker: check one submission in this (fresh) process and print one JSON line.

``python -m xval.reports.check FILE --pool POOL.npz [--steps N] [--lr LR] [--timeout S]
[--oracles torch,jax] [--forward NAME] [--backward NAME]``

The line is ``{"json": <the report's --json>, "csv": <its CSV row>, "text": <its text>}``.
Started by :mod:`xval.reports.check.batch`, one process per submission, so a
submission that crashes the interpreter, hangs in C code or changes global
state cannot touch the others.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback

from xval.reports.check.runner import DEFAULT_STEPS, DEFAULT_TIMEOUT


def worker_parser(prog: str = "python -m xval.reports.check") -> argparse.ArgumentParser:
    """The options a worker takes (the one-shot worker here, the warm judges of warm.py)."""
    p = argparse.ArgumentParser(prog=prog)
    p.add_argument("--pool", required=True)
    p.add_argument("--steps", type=int, default=DEFAULT_STEPS)
    p.add_argument("--lr", type=float, default=0.005)
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    p.add_argument("--oracles", default="torch,jax")
    p.add_argument("--forward", default="forward")
    p.add_argument("--backward", default=None)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--sandbox", default="auto")
    p.add_argument("--require-sandbox", action="store_true")
    p.add_argument("--allow-local-imports", action="store_true")
    p.add_argument("--forbid-autodiff", action="store_true")
    p.add_argument("--memory", type=float, default=3.0)
    p.add_argument("--hidden", default=None)
    p.add_argument("--output-activation", default=None)
    p.add_argument("--loss", default=None)
    p.add_argument("--l2", default=None)
    p.add_argument("--fit-depth", action="store_true", help="the pool's params are the defaults: refit them to a "
                   "submission whose interface fixes another depth")
    return p


def options(a: argparse.Namespace):
    from xval.reports.check import CheckOptions
    from xval.reports.verbs.check import model_of, policy_of

    return CheckOptions(lr=a.lr, steps=a.steps, timeout=a.timeout, oracles=tuple(a.oracles.split(",")),
                        forward=a.forward, backward=a.backward, policy=policy_of(a),
                        fit_depth=a.fit_depth, **model_of(a))


def xval_failed(file: str, exc: Exception):
    """The report of a check that xval itself failed: status ``error`` (exit 3), no verdict on the file. An xval
    bug must still give the grader a row, and must never read as the submission's mismatch (exit 1) or crash;
    the full traceback goes to stderr."""
    from xval.reports.check.report import Report

    traceback.print_exc(file=sys.stderr)
    return Report(file=file, status="error",
                  error=f"xval failed on this submission (a bug in xval, not a verdict on the file: re-run it, and "
                        f"report the bug with the file): {type(exc).__name__}: {exc} "
                        f"({traceback.format_exc(limit=-1).strip().splitlines()[-2].strip()})")


def payload(report, verbose: bool) -> str:
    """The worker's one line: the report's JSON, CSV row and text."""
    return json.dumps({"json": report.to_json(), "csv": report.csv_row(), "text": report.text(verbose)}) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = worker_parser()
    p.add_argument("file")
    a = p.parse_args(argv)
    from xval.reports.check import check_submission
    from xval.reports.check.inputs import load_pool

    try:
        params, x, y, real = load_pool(a.pool)
        report = check_submission(a.file, params, x, y, real, options(a))
    except Exception as exc:
        report = xval_failed(a.file, exc)
    sys.stdout.write(payload(report, a.verbose))
    sys.stdout.flush()
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
