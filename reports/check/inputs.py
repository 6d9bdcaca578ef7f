"""What a check runs on: params (float64 by default) and a pool of training rows, real or synthetic.

The pool is the first ``max(260, steps * 200)`` training rows in file order (the
cases use rows 0..229, the trace the notebook's batches). Without the real
data (and without an explicit ``--data``) the pool is synthetic pixel-like
images with random labels, and the report says so. For batch mode the pool
is written once to an .npz that every worker reads (:func:`save_pool`).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import numpy as np

from xval.impl import weights as weights_io
from xval.impl.conventions import Params
from xval.impl.data import load_fashion_mnist
from xval.impl.errors import InputError
from xval.reports.check.cases import BATCH, synthetic_images


def pool_rows(steps: int) -> int:
    return max(260, steps * BATCH)


def load_inputs(weights: str | None, data: str | None, dtype: str | None, steps: int,
                accept_checksum_mismatch: bool = False) -> tuple[Params, np.ndarray, np.ndarray, bool]:
    """(params, x, y, real) for a check; the params' dtype is ``dtype`` (default float64)."""
    dt = np.dtype(dtype or "float64")
    params = weights_io.load_weights(weights, dtype=dt) if weights else weights_io.default_params(dt)
    n = pool_rows(steps)
    try:
        x, y = _training_rows(data, dt.name, accept_checksum_mismatch, os.environ.get("FASHION_MNIST_DIR"))
        x, y, real = x[:n], y[:n], True
    except InputError:
        if data:
            raise  # the user named a directory: its problem is the answer, not a silent fallback
        gen = np.random.default_rng(0)
        x = synthetic_images(n, params[0][0].shape[0], gen, dt)
        y = gen.integers(0, params[-1][0].shape[1], size=n)
        real = False
    weights_io.check_fits_data(params, x.shape[1], y, weights or "default weights")
    return params, np.array(x, order="C"), np.array(y, np.int64), real


@functools.lru_cache(maxsize=2)
def _training_rows(data, dtype: str, accept: bool, env_dir) -> tuple[np.ndarray, np.ndarray]:
    """The training split, read and verified once per process (a test session checks many files)."""
    ds = load_fashion_mnist(data, dtype=np.dtype(dtype), accept_checksum_mismatch=accept)
    x, y = ds.train_x, ds.train_y
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y


def save_pool(path: str | os.PathLike, params: Params, x: np.ndarray, y: np.ndarray, real: bool) -> None:
    arrays = {f"{k}{i}": t for i, pair in enumerate(params, 1) for k, t in zip("wb", pair)}
    np.savez(path, x=x, y=y, real=np.array(real), **arrays)


def load_pool(path: str | os.PathLike) -> tuple[Params, np.ndarray, np.ndarray, bool]:
    with np.load(Path(path), allow_pickle=False) as f:  # our own file, and still no pickle
        n = sum(1 for k in f.files if k.startswith("w"))
        params = [(f[f"w{i}"], f[f"b{i}"]) for i in range(1, n + 1)]
        return params, f["x"], f["y"], bool(f["real"])
