"""`xval trace`: numpy, torch and jax trained in lockstep; local (re-synced) and global (free-running) error."""

from __future__ import annotations

import argparse
import json
import sys

from xval.impl.errors import InputError
from xval.reports.exit_status import ExitStatus
from xval.reports.progress import Progress
from xval.reports.verbs.args import count, positive
from xval.reports.verbs.common import (add_model_options, add_spec_options, load_model_and_data, parse_oracles,
                                       spec_from_args)

HELP = "train numpy, torch and jax in lockstep and tell rounding amplification from an implementation mismatch"
EPILOG = """\
Every step, each oracle takes the step twice: from numpy's current parameters (the local,
re-synced error: one step of rounding, which correct code keeps tiny) and from its own
free-running parameters (the global error). Errors are the largest relative parameter error
over all tensors, |numpy - oracle| / max(|oracle|, 0.01 * max|tensor|). Each re-synced step's
update is also compared in scale, |median(numpy update / oracle update) - 1| per tensor: rounding
cannot move a median, so this catches a systematic slip (x2, x1.01, a wrong lr) even in float32,
where a parameter barely moves in one step.

Verdicts: "match" (both stay within tolerance), "rounding amplification" (the local error stays
at rounding level while the free run drifts: in the notebook's saturated regime float64 runs
drift from 1e-16 to O(1) within 100 steps, a chaotic regime amplifying rounding, not a bug),
"implementation mismatch" (a re-synced step differs: the first such step is localised to a
stage: forward (a layer's pre-activation or the loss), backward (a gradient tensor) or update
(the step is not -lr x gradient), with the tensor and element).
Tolerances (reference/tolerances.py, derived from measured noise): local parameter and batch-loss
error float64 1e-10, float32 0.25; update scale float64 1e-10, float32 1e-3.

exit codes: 0 no mismatch, 1 an implementation mismatch (or numpy's run diverged), 2 unusable input

examples:
  xval trace                                   # default (saturated) weights, 300 steps, float64
  xval trace --weights he.npy --steps 90 --json
  xval trace --dtype float32 --oracles torch
  xval trace --hidden sigmoid --loss mse --momentum 0.9 --steps 60
"""


def register(sub) -> None:
    p = sub.add_parser("trace", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_model_options(p)
    add_spec_options(p)
    g = p.add_argument_group("schedule (the notebook's defaults)")
    g.add_argument("--steps", type=positive, default=300, help="SGD steps, batches in file order (default 300)")
    g.add_argument("--batch-size", type=positive, default=200, help="samples per step (default 200)")
    g.add_argument("--lr", type=float, default=0.005, help="SGD learning rate (default 0.005)")
    g.add_argument("--eval-every", type=count, default=30,
                   help="evaluate every backend's free run on the full train and test sets every N steps from "
                        "step 0, and at the last step; 0 never (default 30)")
    g = p.add_argument_group("check")
    g.add_argument("--oracles", metavar="LIST",
                   help="comma-separated subset of torch,jax (default: both, skipping one that is not installed)")
    g.add_argument("--tol", type=float, metavar="REL",
                   help="tolerance on the local relative error (default per dtype: float64 1e-10, float32 0.25)")
    g.add_argument("--json", action="store_true", help="print the whole result as JSON on stdout")
    p.set_defaults(func=run)


def installed_oracles() -> list[str]:
    """The default oracles: those of torch and jax that are installed (a note on stderr for a missing one)."""
    from xval.reference.backends import ORACLES, is_installed

    names = [n for n in ORACLES if is_installed(n)]
    for n in ORACLES:
        if n not in names:
            print(f"xval trace: {n} oracle skipped: {n} is not installed", file=sys.stderr)
    if not names:
        raise InputError("no oracle to trace against: neither torch nor jax is installed "
                         "(pip install 'xval[torch]' or 'xval[jax]')")
    return names


def _e(value) -> str:
    return "nan/inf" if value is None or value != value or value in (float("inf"), -float("inf")) else f"{value:.1e}"


def summary(result) -> str:
    """The human-readable report of a :class:`xval.reference.trace_result.TraceResult`."""
    from xval.reference import divergence

    lines = [f"xval trace: {result.steps} steps (batch {result.batch_size}, lr {result.lr}, {result.dtype}), "
             f"numpy vs {', '.join(result.oracles)}, {result.seconds:.1f} s",
             f"model: {result.spec.describe()}"]
    marks = sorted({0, result.steps - 1} | set(range(0, result.steps, max(1, result.steps // 10))))
    for name, tr in result.oracles.items():
        w = tr.local_worst
        where = f" ({w['param']}{w['index']})" if w["param"] else ""
        lines += ["", f"{name}: {tr.verdict}",
                  f"  local  (re-synced, tolerance {tr.tol:.0e}): max {_e(max(tr.local_max, default=0.0))} at step "
                  f"{w['step']}{where}; batch loss max {_e(max(tr.local_loss, default=0.0))}; update scale max "
                  f"{_e(max(tr.local_ratio, default=0.0))} (tolerance {tr.ratio_tol:.0e})",
                  "  global (free-running): " + ", ".join(f"{_e(tr.global_max[k])} @{k}" for k in marks),
                  f"           normwise max ||numpy - {name}|| / ||{name}|| over tensors at step {result.steps - 1}: "
                  f"{_e(tr.global_norm[-1])}"]
        exceeds = tr.global_first_exceeds()
        if tr.growth is not None:
            g = tr.growth
            lines.append(f"           grows by e every {g.efold_steps:.1f} steps ({g.decades_per_100_steps:.1f} decades "
                         f"per 100 steps, fit on steps {g.start}-{g.stop}, r2 {g.r2:.2f})"
                         + (f"; leaves tolerance at step {exceeds}" if exceeds is not None else ""))
        d = tr.first_divergence
        if d is not None:
            lines.append(f"  first divergence: step {d['step']}, stage {d['stage']}, {d['param']}{d['index']}: "
                         f"expected {d['oracle']:.10g} ({name}), got {d['numpy']:.10g} (rel {_e(d['rel'])})")
            lines.append(f"    {d['detail']}")
    if result.eval_steps:
        lines += ["", "evaluation (free runs): step, then train loss / test acc per backend",
                  "  step  " + "".join(f"{n:>20}" for n in ["numpy", *result.oracles])]
        for i, k in enumerate(result.eval_steps):
            cells = [result.evals] + [tr.evals for tr in result.oracles.values()]
            lines.append(f"  {k:>4}  " + "".join(f"{c['train_loss'][i]:>11.4f} / {c['test_acc'][i]:.4f}" for c in cells))
    explain = {
        divergence.MATCH: "every re-synced and free-running step agrees within tolerance",
        divergence.AMPLIFICATION: "each re-synced step agrees to rounding level while the free runs drift apart: "
                                  "rounding amplified by a chaotic training regime, not an implementation bug",
        divergence.MISMATCH: "a re-synced step differs beyond rounding: the numpy step does not compute what the "
                             "oracles compute (see the first divergence above)",
    }
    lines += ["", f"verdict: {result.verdict}: {explain[result.verdict]}"]
    if result.stopped:
        lines.append(f"stopped: {result.stopped}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from xval.reference.backends import ORACLES
    from xval.reference.trace import run_trace

    oracles = parse_oracles(args.oracles, ORACLES) or installed_oracles()
    if args.tol is not None and not args.tol > 0:
        raise InputError(f"--tol: expected a positive relative error, found {args.tol}")
    spec = spec_from_args(args)
    params, data = load_model_and_data(args)
    progress = Progress(args.steps, "tracing")
    try:
        result = run_trace(params, data, steps=args.steps, oracles=oracles, lr=args.lr, batch_size=args.batch_size,
                           eval_every=args.eval_every or None, progress=progress.update, tol=args.tol, spec=spec)
    finally:
        progress.close()
    if args.json:
        print(json.dumps({**result.to_json(), "weights": args.weights or "default", "data": data.source}))
    else:
        print(summary(result))
    if result.stopped:
        print(f"xval trace: {result.stopped}", file=sys.stderr)
    return ExitStatus.of(result.ok)
