"""`xval gradcheck`: the numpy gradient on one batch against torch, jax and finite differences."""

from __future__ import annotations

import argparse
import json
import sys

from xval.reports.exit_status import ExitStatus
from xval.reports.verbs.args import count, positive
from xval.reports.verbs.common import (add_model_options, add_spec_options, load_model_and_data, parse_oracles,
                                       spec_from_args)

HELP = "check the numpy gradient on one batch against torch, jax and finite differences"
EPILOG = """\
The table has one row per tensor (w1, b1, ...) and one column per oracle: the largest
relative error |numpy - oracle| / max(|oracle|, 0.01 * max|tensor|) and ok/FAIL against the
dtype's tolerance (reference/tolerances.py: float64 1e-10 autodiff, 1e-6 finite differences;
float32 5e-2; wider for a few model families, measured). A mismatch names the oracle, tensor,
element and both values. Every backend builds the model of --hidden/--output/--loss/--l2
(default the notebook's: ReLU, softmax, cross-entropy) and differentiates its unclipped loss,
whose gradient the hand-written backprop computes; the notebook's clipped loss is only reported. An oracle whose framework
is not installed is skipped with a note, unless named in --oracles (then exit 2).

exit codes: 0 every comparison within tolerance, 1 a mismatch, 2 unusable input

examples:
  xval gradcheck                                   # default weights, batch 0, float64
  xval gradcheck --weights w.npy --batch-index 7 --at-step 30 --json
  xval gradcheck --oracles torch,finite-diff --dtype float32
  xval gradcheck --hidden tanh --output sigmoid --loss bce --l2 1e-4
"""


def register(sub) -> None:
    p = sub.add_parser("gradcheck", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_model_options(p)
    add_spec_options(p)
    g = p.add_argument_group("what to check")
    g.add_argument("--batch-index", type=count, default=0, metavar="K",
                   help="check training batch K, rows K*batch_size .. in file order (default 0)")
    g.add_argument("--at-step", type=count, default=0, metavar="N",
                   help="first train N numpy steps (SGD, or momentum) on the notebook's batch order (default 0)")
    g.add_argument("--batch-size", type=positive, default=200, help="samples per batch (default 200)")
    g.add_argument("--lr", type=float, default=0.005, help="learning rate for --at-step (default 0.005)")
    g.add_argument("--oracles", metavar="LIST",
                   help="comma-separated subset of torch,jax,finite-diff (default: all, skipping any not installed)")
    g.add_argument("--json", action="store_true", help="print the result as JSON on stdout instead of the table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from xval.reference.gradcheck import ORACLE_NAMES, gradcheck

    oracles = parse_oracles(args.oracles, ORACLE_NAMES)
    spec = spec_from_args(args)
    params, data = load_model_and_data(args)
    result = gradcheck(params, data.train_x, data.train_y, batch_index=args.batch_index, at_step=args.at_step,
                       batch_size=args.batch_size, lr=args.lr, oracles=oracles, spec=spec)
    for oracle, why in result.skipped.items():
        print(f"xval gradcheck: {oracle} oracle skipped: {why}", file=sys.stderr)
    if args.json:
        print(json.dumps({**result.to_json(), "weights": args.weights or "default", "data": data.source}, indent=1))
    else:
        print(result.table())
    return ExitStatus.of(result.ok)
