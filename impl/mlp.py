"""The hand-written NumPy MLP: ReLU hidden layers, softmax output, cross-entropy, SGD.

Shapes: ``x`` is (B, D) floating, ``y`` is (B,) integer class labels, ``params``
is a list of ``(W, b)`` with ``W`` of shape (fan_in, fan_out) and ``b`` of shape
(1, fan_out). Any depth >= 1. Every function computes in the dtype of the
arrays it is given (float32 stays float32).

The training step (:func:`forward`, :func:`gradients`, :func:`sgd_step_`) does
the original notebook's arithmetic in the notebook's order, with the same
NumPy calls on the same shapes, so its parameter trajectory is bit-identical
to the notebook's on the same machine, NumPy, BLAS and thread count. Do not
"tidy" these functions: in the saturated regime a reordered sum changes the
printed loss within a hundred steps. :func:`evaluate` is the fast path for
full-dataset loss and accuracy; it is free to differ in how it gets there as
long as the values agree.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .conventions import CLIP_EPS, Params


def relu(z: np.ndarray) -> np.ndarray:
    return np.maximum(0, z)


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of (B, C) logits, shifted by the row max for stability."""
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def forward(x: np.ndarray, params: Params) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Return ``(zs, activations)``: L pre-activations and L+1 activations (x first, probabilities last)."""
    zs: list[np.ndarray] = []
    activations = [x]
    last = len(params) - 1
    for i, (W, b) in enumerate(params):
        z = np.dot(activations[-1], W)
        z += b  # the notebook's `np.dot(a, W) + b`, without a temporary
        zs.append(z)
        activations.append(softmax(z) if i == last else relu(z))
    return zs, activations


def clipped_cross_entropy(probs: np.ndarray, y: np.ndarray) -> float:
    """The notebook's reported loss: mean of -log(clip(p_true, 1e-12, 1 - 1e-12)).

    This is what the log prints, not what the gradient differentiates (see
    :func:`cross_entropy`): in the saturated regime most samples sit at the clip.
    """
    p_true = np.clip(probs[np.arange(len(y)), y], CLIP_EPS, 1.0 - CLIP_EPS)
    return float(-np.mean(np.log(p_true)))


def cross_entropy(logits: np.ndarray, y: np.ndarray) -> float:
    """Mean log-softmax cross-entropy: the loss whose gradient :func:`gradients` computes."""
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    log_z = np.log(np.sum(np.exp(shifted), axis=1))
    return float(np.mean(log_z - shifted[np.arange(len(y)), y]))


def gradients(
    y: np.ndarray, zs: Sequence[np.ndarray], activations: Sequence[np.ndarray], params: Params
) -> Params:
    """Backprop from a :func:`forward` result: a list of ``(dW, db)`` like ``params``.

    The output delta is softmax minus one-hot, divided by the batch size: the
    gradient of the unclipped mean cross-entropy.
    """
    n_layers = len(params)
    batch_size = activations[0].shape[0]
    grads: list = [None] * n_layers

    delta = activations[-1].copy()
    delta[np.arange(batch_size), y] -= 1
    delta /= batch_size
    for layer in range(n_layers - 1, -1, -1):
        if layer < n_layers - 1:
            delta = np.dot(delta, params[layer + 1][0].T)
            delta *= zs[layer] > 0  # times ReLU'(z), ReLU'(0) = 0: the same products as a 0/1 float mask
        grads[layer] = (
            np.dot(activations[layer].T, delta),
            np.sum(delta, axis=0, keepdims=True),
        )
    return grads


def sgd_step_(params: Params, x: np.ndarray, y: np.ndarray, lr: float) -> float:
    """One in-place SGD step on a batch; returns the batch's reported (clipped) loss before the update."""
    zs, activations = forward(x, params)
    loss = clipped_cross_entropy(activations[-1], y)
    for (W, b), (dW, db) in zip(params, gradients(y, zs, activations, params)):
        # `W -= lr * dW` with the product written into the (private) gradient: same values, no temporary
        W -= np.multiply(dW, lr, out=dW)
        b -= np.multiply(db, lr, out=db)
    return loss


def copy_params(params: Params) -> Params:
    return [(W.copy(), b.copy()) for W, b in params]


def sgd_step(params: Params, x: np.ndarray, y: np.ndarray, lr: float) -> tuple[Params, float]:
    """Pure variant of :func:`sgd_step_`: returns ``(new_params, loss)``, leaves ``params`` alone."""
    new = copy_params(params)
    loss = sgd_step_(new, x, y, lr)
    return new, loss


def loss_and_grads(params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, Params]:
    """Mean log-softmax cross-entropy of a batch and its gradient (the backend interface)."""
    zs, activations = forward(x, params)
    return cross_entropy(zs[-1], y), gradients(y, zs, activations, params)


def chunk_bounds(n: int, chunk_rows: int) -> list[tuple[int, int]]:
    """Row ranges of about ``chunk_rows``; a tail shorter than half a chunk joins the chunk before it.

    A matrix product gives each row the same bits whatever the number of rows
    in the call, as long as BLAS takes its general GEMM path; a one-row (or
    tiny) call goes down another path (GEMV, small-matrix kernels) that sums
    in another order. No chunk is ever that small unless the data is.
    """
    chunk_rows = max(chunk_rows, 2)
    bounds = [(s, min(s + chunk_rows, n)) for s in range(0, n, chunk_rows)]
    if len(bounds) > 1 and bounds[-1][1] - bounds[-1][0] < chunk_rows // 2 + 1:
        bounds[-2:] = [(bounds[-2][0], n)]
    return bounds


def evaluate(
    params: Params, x: np.ndarray, y: np.ndarray, chunk_rows: int = 4096
) -> tuple[float, float]:
    """Reported (clipped) loss and accuracy over a whole dataset, one chunked forward pass.

    The notebook runs two full forward passes per dataset (one for the loss, one
    for the accuracy); this runs one, a chunk of rows at a time, with the hidden
    activations computed in place. Per-sample probabilities use the same
    softmax as training, so the printed values agree with the notebook's.
    """
    n = x.shape[0]
    if n == 0:
        raise ValueError("evaluate() needs at least one sample, got an empty dataset")
    log_p_true = np.empty(n, dtype=np.result_type(x.dtype, params[-1][0].dtype))
    correct = np.empty(n, dtype=bool)
    last = len(params) - 1
    for start, stop in chunk_bounds(n, chunk_rows):
        a, yc = x[start:stop], y[start:stop]
        for i, (W, b) in enumerate(params):
            z = np.dot(a, W)
            z += b
            if i < last:
                np.maximum(0, z, out=z)
            a = z
        probs = softmax(a)
        p_true = np.clip(probs[np.arange(len(yc)), yc], CLIP_EPS, 1.0 - CLIP_EPS)
        log_p_true[start:stop] = np.log(p_true)
        correct[start:stop] = np.argmax(probs, axis=1) == yc
    return float(-np.mean(log_p_true)), float(np.mean(correct))


def all_finite(params: Params) -> bool:
    return all(np.isfinite(W).all() and np.isfinite(b).all() for W, b in params)
