"""`xval init-weights`: write a weights file in the notebook's format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xval.impl import weights as weights_io
from xval.impl.errors import InputError
from xval.impl.spec import ModelSpec
from xval.reports.exit_status import ExitStatus
from xval.reports.verbs.args import layer_sizes
from xval.reports.verbs.common import DTYPES

HELP = "write deterministic initial weights in the notebook's format"
EPILOG = """\
inits: normal = unscaled standard normal (the notebook's saturated regime: most samples'
losses sit at the clip), he = normal * sqrt(2 / fan_in), xavier = normal * sqrt(2 / (fan_in
+ fan_out)) (Xavier/Glorot). Without --init: normal for the notebook's ReLU, xavier with
--hidden sigmoid, tanh or identity (normal weights saturate them, or blow a linear layer's
outputs up). Biases are zero. A .npy output is np.save of {'w1', 'b1', ...} (biases of shape
(n,)), loadable by the notebook; a .npz output holds the same arrays.

example:
  xval init-weights --sizes 784,256,128,10 --init he --seed 1 -o he.npy
  xval init-weights --hidden tanh -o tanh.npy                  # Xavier/Glorot
"""


def register(sub) -> None:
    p = sub.add_parser("init-weights", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=layer_sizes, default=list(weights_io.DEFAULT_SIZES),
                   help="layer sizes, input first (default 784,256,128,10)")
    p.add_argument("--init", choices=weights_io.INITS,
                   help="default: normal, or xavier for --hidden sigmoid, tanh or identity")
    p.add_argument("--hidden", metavar="ACT", default="relu",
                   help="the hidden activation the weights are for: relu (default), leaky_relu[:SLOPE], sigmoid, tanh, "
                        "identity "
                        "(or one per hidden layer joined by /: Xavier when every one is sigmoid, tanh or identity)")
    p.add_argument("--seed", type=int, default=weights_io.DEFAULT_SEED, help="default 0")
    p.add_argument("--dtype", choices=sorted(DTYPES), default="float64", help="default float64")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write (.npy or .npz)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        raise InputError(f"{out}: exists already; pass --force to overwrite it or choose another -o")
    spec = ModelSpec(hidden=args.hidden)
    init = args.init or ("xavier" if spec.wants_xavier else weights_io.DEFAULT_INIT)
    params = weights_io.init_params(args.sizes, init, args.seed, DTYPES[args.dtype])
    weights_io.save_weights(params, out)
    shape = "-".join(map(str, args.sizes))
    print(f"xval init-weights: wrote {out} ({shape}, {init}, seed {args.seed}, {args.dtype})", file=sys.stderr)
    return ExitStatus.OK
