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

from xval.reports.check.runner import DEFAULT_TIMEOUT


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m xval.reports.check")
    p.add_argument("file")
    p.add_argument("--pool", required=True)
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--lr", type=float, default=0.005)
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    p.add_argument("--oracles", default="torch,jax")
    p.add_argument("--forward", default="forward")
    p.add_argument("--backward", default=None)
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--fit-depth", action="store_true", help="the pool's params are the defaults: refit them to a "
                   "submission whose interface fixes another depth")
    a = p.parse_args(argv)
    from xval.reports.check import CheckOptions, check_submission
    from xval.reports.check.inputs import load_pool
    from xval.reports.check.report import Report

    try:
        params, x, y, real = load_pool(a.pool)
        note = ""
        if a.fit_depth:  # no --weights given: a fixed-depth interface gets the default scheme at its own depth
            from xval.reports.check.styles import fit_for_file
            params, note = fit_for_file(a.file, params, a.forward, a.backward)
        opts = CheckOptions(lr=a.lr, steps=a.steps, timeout=a.timeout, oracles=tuple(a.oracles.split(",")),
                            forward=a.forward, backward=a.backward)
        report = check_submission(a.file, params, x, y, real, opts)
        if note:
            from xval.reports.check.report import Item
            report.checks.insert(0, Item("weights", "load", False, note, severity="warning"))
    except Exception as exc:  # an xval bug must still give the grader a row
        report = Report(file=a.file, status="crashed",
                        error=f"xval failed on this submission: {type(exc).__name__}: {exc} "
                              f"({traceback.format_exc(limit=-1).strip().splitlines()[-2].strip()})")
    sys.stdout.write(json.dumps({"json": report.to_json(), "csv": report.csv_row(),
                                 "text": report.text(a.verbose)}) + "\n")
    sys.stdout.flush()
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
