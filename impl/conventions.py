"""The notebook's conventions that the product, the oracles and the checker share: no math here.

Params are a list of ``(W, b)`` pairs, ``W`` (fan_in, fan_out), ``b`` (1, fan_out),
named w1, b1, w2, b2, ... from the input; gradients use the same structure.
Step k of the notebook's schedule trains on batch ``k mod n_batches`` in file
order: rows ``i .. i + batch_size`` for ``i`` in ``range(0, N, batch_size)``, a
last partial batch kept, epochs wrapping around, no shuffling.
"""

from __future__ import annotations

import numpy as np

Params = list[tuple[np.ndarray, np.ndarray]]

CLIP_EPS = 1e-12
"""The notebook's clip on probabilities before the log in the reported loss (never in a gradient)."""


def param_names(n_layers: int) -> list[str]:
    """w1, b1, w2, b2, ...: the tensors of ``n_layers`` layers in the order of :func:`flat`."""
    return [f"{k}{i}" for i in range(1, n_layers + 1) for k in "wb"]


def flat(params: Params) -> list[np.ndarray]:
    """[W1, b1, W2, b2, ...]: every tensor of params (or grads), input layer first."""
    return [t for pair in params for t in pair]


def batch_rows(step: int, n_rows: int, batch_size: int) -> slice:
    """The rows step ``step`` trains on: batch ``step mod n_batches`` in file order (the last may be partial)."""
    n_batches = -(-n_rows // batch_size)
    start = (step % n_batches) * batch_size
    return slice(start, start + batch_size)


def notebook_batch(x: np.ndarray, y: np.ndarray, step: int, batch_size: int) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` of step ``step`` on the notebook's schedule (views, not copies)."""
    rows = batch_rows(step, len(x), batch_size)
    return x[rows], y[rows]
