"""The `xval` command: one entry point, one verb per module in reports/verbs.

Exit codes: 0 everything checked holds, 1 a check failed (a mismatch, or a
run that diverged), 2 the input was unusable (one line on stderr says why).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from xval.impl.errors import InputError
from xval.reports.exit_status import ExitStatus

VERBS = ("train", "init_weights", "data", "gradcheck", "trace", "check", "report")

DESCRIPTION = """\
Check hand-written backpropagation. xval trains the original notebook's NumPy
MLP (ReLU hidden layers, softmax, cross-entropy, mini-batch SGD) on
Fashion-MNIST from a weights.npy file, and checks it against PyTorch, JAX and
finite differences.

examples:
  xval report --out runs/report              # numpy, torch and jax side by side, as one HTML page
  xval check my_mlp.py                       # is my hand-written backprop right? if not, where and why
  xval gradcheck                             # the product's gradient on one batch vs torch, jax, finite diff.
  xval trace --steps 300                     # training steps in lockstep: bug or rounding?
  xval init-weights --sizes 784,256,128,10 --init he -o weights.npy
  xval train --weights weights.npy --epochs 1
  xval data info
"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("xval")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="xval", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Exit codes: 0 ok, 1 a check failed, 2 unusable input, 3 xval itself failed (a bug in xval: no "
               "verdict). `xval VERB --help` for each verb.",
    )
    parser.add_argument("--version", action="version", version=f"xval {_version()}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    for name in VERBS:
        importlib.import_module(f"xval.reports.verbs.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or ExitStatus.OK)
    except InputError as exc:
        print(f"xval {args.verb}: error: {exc}", file=sys.stderr)
        return ExitStatus.UNUSABLE
    except KeyboardInterrupt:
        print(f"xval {args.verb}: interrupted", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except Exception as exc:  # a bug in xval: said as one, with its own exit status (1 would read as a verdict)
        traceback.print_exc(file=sys.stderr)
        print(f"xval {args.verb}: internal error (a bug in xval, not in your input): {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return ExitStatus.ERROR


if __name__ == "__main__":
    sys.exit(main())
