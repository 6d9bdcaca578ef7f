"""What isolating the submission costs: one check of a correct file, in-process vs its worker, side by side.

    python benchmarks/isolation.py [--repeat 5] [--steps 30] [FILE]

Three ways to run the same checks on the same file, data and oracles, in
turns within this one process (so machine load hits all three alike):

- ``in-process``: the submission loaded and called in this process, as xval
  did before the worker split (for comparison only; xval never does this);
- ``worker``: ``check_submission`` with ``--sandbox none`` (a worker process,
  limits, the array channel);
- ``bwrap``: ``check_submission`` in the bubblewrap sandbox (when available).

Prints the median and range of each, and each isolated mode's added seconds
and ratio against in-process. The first round of each is a warm-up (oracle
imports and JAX compilation) and is not counted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "tests" / "mutants" / "correct_notebook_style.py"


def in_process(path: Path, inputs, opts):
    """The checks with the submission in this process: load, resolve and call it directly."""
    from xval.reports.check.adapter import UserModel, resolve
    from xval.reports.check.guard import Guard
    from xval.reports.check.loading import load_submission
    from xval.reports.check.oracle import Oracles
    from xval.reports.check.report import Report
    from xval.reports.check.runner import Run, run_checks

    params, x, y, real = inputs
    loaded = load_submission(path)
    fns = resolve(loaded)
    run = Run(Report(file=str(path)), UserModel(fns, Guard()), Oracles(opts.oracles, params[0][0].dtype), opts,
              params[0][0].dtype)
    run.loaded(loaded, fns, real)
    run_checks(run, params, x, y, real)
    run.finish()
    return run.report


def isolated(sandbox: str):
    def check(path: Path, inputs, opts):
        from dataclasses import replace

        from xval.reports.check import check_submission
        from xval.reports.check.remote import CheckPolicy

        return check_submission(path, *inputs, options=replace(opts, policy=CheckPolicy(sandbox=sandbox)))
    return check


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("file", nargs="?", default=str(DEFAULT_FILE))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--steps", type=int, default=30)
    a = p.parse_args(argv)
    from xval.reports.check import CheckOptions
    from xval.reports.check.inputs import load_inputs
    from xval.reports.check.sandbox import bwrap_path

    inputs = load_inputs(None, None, None, steps=a.steps)
    opts = CheckOptions(steps=a.steps)
    modes = {"in-process": in_process, "worker": isolated("none")}
    if bwrap_path():
        modes["bwrap"] = isolated("bwrap")
    times: dict[str, list[float]] = {m: [] for m in modes}
    for round_ in range(a.repeat + 1):
        for name, fn in modes.items():
            t0 = time.perf_counter()
            report = fn(Path(a.file), inputs, opts)
            if report.status != "ok":
                print(f"{name}: the file did not pass ({report.status}); pick a correct submission", file=sys.stderr)
                return 1
            if round_:
                times[name].append(time.perf_counter() - t0)
    base = statistics.median(times["in-process"])
    print(f"one check of {Path(a.file).name} ({a.steps} trace steps), median of {a.repeat} after a warm-up")
    print(f"{'mode':<12}{'median s':>10}{'min':>8}{'max':>8}{'added s':>10}{'ratio':>8}")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:<12}{med:>10.3f}{min(ts):>8.3f}{max(ts):>8.3f}{med - base:>+10.3f}{med / base:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
