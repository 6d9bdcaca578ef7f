"""Options every verb shares (--weights, --data, --dtype; the model family: --hidden, --output, --loss, --l2,
--momentum) and the loading behind them."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from xval.impl import weights as weights_io
from xval.impl.data import Dataset, load_fashion_mnist
from xval.impl.errors import InputError
from xval.impl.conventions import Params
from xval.impl.spec import DEFAULT_LOSS, ModelSpec

DEFAULT_OUTPUT = {"cross_entropy": "softmax", "bce": "sigmoid", "mse": "softmax"}

DTYPES = {"float32": np.float32, "float64": np.float64}


def add_model_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("model and data")
    g.add_argument("--weights", metavar="FILE",
                   help="weights.npy (np.save of {'w1', 'b1', ...}) or .npz; read safely, never unpickled "
                        "blindly. Default: 784-256-128-10, unscaled standard normal, seed 0, zero biases")
    g.add_argument("--data", metavar="DIR",
                   help="Fashion-MNIST directory: four IDX files (.gz or raw) or the notebook's train_x.npy, "
                        "train_y.npy, test_x.npy, test_y.npy. Default: $FASHION_MNIST_DIR, then "
                        "/usr/share/datasets/fashion-mnist, then the user cache")
    g.add_argument("--dtype", choices=sorted(DTYPES),
                   help="compute dtype (default: the weights file's; float64 for the default weights)")
    g.add_argument("--accept-checksum-mismatch", action="store_true",
                   help="use data whose MD5 is not Fashion-MNIST's (your own or a subset)")


def add_spec_options(parser: argparse.ArgumentParser, check: bool = False) -> None:
    """--hidden, --output, --loss, --l2 (and --l2-biases), --momentum. ``check``: xval check's, which read the model
    from the file unless told (no defaults), judge plain SGD steps (no --momentum) and name the output
    --output-activation (its --output is the output file)."""
    title = ("model family (default: read from the file; see 'checked as')" if check else
             "model family (default: the notebook's ReLU, softmax, cross-entropy, plain SGD)")
    g = parser.add_argument_group(title)
    g.add_argument("--hidden", metavar="ACT",
                   help="hidden activation: relu (default), leaky_relu[:SLOPE] (slope 0.01), sigmoid, tanh, identity "
                        "(a linear layer); or one per hidden layer, first to last, joined by / (relu/tanh: exactly "
                        "two hidden layers)")
    g.add_argument("--output-activation" if check else "--output", dest="output_activation" if check else "output",
                   choices=["softmax", "sigmoid", "identity", "tanh", "relu", "leaky_relu"],
                   help="output activation (default: softmax, or sigmoid with --loss bce); tanh, relu and leaky_relu "
                        "(the hidden activation on the output too; leaky_relu at the hidden's slope, else 0.01) go "
                        "with --loss mse")
    g.add_argument("--loss", choices=["cross_entropy", "bce", "mse"],
                   help="loss, a mean over the batch: cross_entropy (with softmax), bce (with sigmoid; summed over "
                        "classes), mse (0.5 * sum (a - onehot)^2). Default: cross_entropy, or the one the --output "
                        "takes (sigmoid: bce; identity, tanh, relu, leaky_relu: mse)")
    g.add_argument("--l2", metavar="LAMBDA", default=None if check else "0",
                   help="L2 penalty 0.5 * LAMBDA * sum of every W squared (biases not penalised"
                        + ("; a penalty over the biases too is read from the file" if check else ", unless --l2-biases")
                        + "; default 0)")
    if not check:  # (xval check reads it from the file's penalty: see 'checked as')
        g.add_argument("--l2-biases", action="store_true",
                       help="the L2 penalty squares the biases too (a course template's reg * sum of every "
                            "parameter squared): their gradient gains LAMBDA * b")
        g.add_argument("--momentum", metavar="M", default="0",
                       help="momentum coefficient, PyTorch's rule v = M v + g, theta -= lr v (default 0: plain SGD)")


def spec_from_args(args: argparse.Namespace) -> ModelSpec:
    """The ModelSpec of --hidden/--output/--loss/--l2/--momentum; an output or loss left out follows the other."""
    output, loss = getattr(args, "output", None), getattr(args, "loss", None)
    output = output or DEFAULT_OUTPUT.get(loss or "cross_entropy", "softmax")
    loss = loss or DEFAULT_LOSS[output]
    momentum = str(getattr(args, "momentum", "0") or "0").strip()
    return ModelSpec(hidden=getattr(args, "hidden", None) or "relu", output=output, loss=loss,
                     l2=getattr(args, "l2", "0") or "0", l2_biases=getattr(args, "l2_biases", False),
                     optimizer="sgd" if momentum in ("0", "0.0") else f"momentum:{momentum}")


def parse_oracles(text: str | None, choices: Sequence[str]) -> list[str] | None:
    """The oracles named in a comma-separated --oracles, in order, without repeats; None when not given."""
    if text is None:
        return None
    names = list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
    if not names or any(n not in choices for n in names):
        raise InputError(f"--oracles: expected a comma-separated subset of {','.join(choices)}, found {text!r}")
    return names


def load_params(args: argparse.Namespace) -> Params:
    dtype = DTYPES[args.dtype] if args.dtype else None
    if args.weights:
        return weights_io.load_weights(args.weights, dtype=dtype)
    print(f"xval: {weights_io.DEFAULT_DESCRIPTION}", file=sys.stderr)
    return weights_io.default_params(dtype or np.float64)


def load_model_and_data(args: argparse.Namespace) -> tuple[Params, Dataset]:
    """Params and data in one compute dtype, checked to fit each other."""
    params = load_params(args)
    data = load_fashion_mnist(args.data, dtype=params[0][0].dtype,
                              accept_checksum_mismatch=args.accept_checksum_mismatch)
    source = args.weights or "default weights"
    for x, y in ((data.train_x, data.train_y), (data.test_x, data.test_y)):
        weights_io.check_fits_data(params, x.shape[1], y, source)
    return params, data


def check_output_dir(out: str | os.PathLike, force: bool) -> Path:
    """Refuse an --out that is a file, or a non-empty directory without --force: call before any long work."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: expected a directory for the output, found a file; choose another --out")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise InputError(f"{out}: the output directory exists and is not empty; pass --force to overwrite "
                         "its files (other files there are kept), or choose another --out")
    return out


@contextmanager
def atomic_directory(out: str | os.PathLike, force: bool = False, last: str | None = None) -> Iterator[Path]:
    """Yield a fresh temporary directory; on success its files land in ``out``, on error nothing does.

    A new ``out`` appears in one rename. Into an existing directory (only with
    ``force``) the files move one by one, ``last`` (the file a reader opens) last;
    files of other names already there are kept.
    """
    out = check_output_dir(out, force)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        yield tmp
        if out.is_dir():
            for item in sorted(tmp.iterdir(), key=lambda p: p.name == last):
                os.replace(item, out / item.name)
            tmp.rmdir()
        else:
            os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
