"""`xval report`: numpy, torch and jax through the notebook's schedule, written up as one HTML page."""

from __future__ import annotations

import argparse
import math

from xval.reports.exit_status import ExitStatus
from xval.reports.progress import Progress
from xval.reports.verbs.args import positive
from xval.reports.verbs.common import (add_model_options, add_spec_options, atomic_directory, check_output_dir,
                                       load_model_and_data, spec_from_args)

HELP = "run numpy, torch and jax through the notebook's schedule and write a self-contained HTML report"
EPILOG = """\
What runs: a gradient check at the start, every backend trained from the same weights on the
notebook's batches (evaluated on the full train and test sets every 30 steps) with each
oracle also re-synced to numpy at every step, and a gradient check at the end.
What it writes into --out: report.html (open it in any browser, offline: the figures are
embedded), loss.png, accuracy.png, divergence.png, gradients_start.png, gradients_end.png,
timing.png, metrics.json and metrics.csv. The directory appears only when complete.

exit codes: 0 all checks hold, 1 a mismatch, 2 unusable input

examples:
  xval report --out runs/report                  # default weights, one epoch (about a minute)
  xval report --weights he.npy --epochs 3 --out runs/he --force
  xval report --hidden tanh --loss mse --l2 1e-4 --momentum 0.9 --steps 90 --out runs/tanh
"""


def register(sub) -> None:
    p = sub.add_parser("report", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_model_options(p)
    add_spec_options(p)
    p.add_argument("--epochs", type=positive, default=1, help="epochs of the notebook's schedule (default 1)")
    p.add_argument("--steps", type=positive, help="stop after this many steps instead (e.g. a quick look)")
    p.add_argument("--out", default="runs/report", metavar="DIR", help="output directory (default runs/report)")
    p.add_argument("--force", action="store_true",
                   help="write into an existing, non-empty --out, replacing the report's files (others are kept)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from xval.reports import report

    out = check_output_dir(args.out, args.force)
    spec = spec_from_args(args)
    params, data = load_model_and_data(args)
    steps = args.steps or args.epochs * math.ceil(len(data.train_x) / 200)
    progress = Progress(steps, "xval report: trace")
    try:
        result = report.build(params, data, steps, report.stderr_log, progress.update, spec=spec)
    finally:
        progress.close()
    report.stderr_log("[4/4] writing figures, report.html and metrics")
    with atomic_directory(out, force=args.force, last="report.html") as tmp:
        report.write(result, tmp)
    print(report.verdict(result))
    print(f"report: {out / 'report.html'}")
    return ExitStatus.of(result.ok)
