"""The hand-written NumPy MLP of a ModelSpec: forward, backprop, SGD or momentum, evaluation.

Shapes: ``x`` is (B, D) floating, ``y`` is (B,) integer class labels, ``params``
is a list of ``(W, b)`` with ``W`` of shape (fan_in, fan_out) and ``b`` of shape
(1, fan_out). Any depth >= 1. Every function computes in the dtype of the
arrays it is given (float32 stays float32). ``spec`` (a
:class:`xval.impl.spec.ModelSpec`, its text form, or None) defaults to the
notebook's model: ReLU hidden layers, softmax output, cross-entropy, plain SGD.
Gradients are hand-written backprop (xval.impl.activations), never autodiff.

For the notebook's model the training step (:func:`forward`, :func:`gradients`,
:func:`sgd_step_`) does the original notebook's arithmetic in the notebook's
order, with the same NumPy calls on the same shapes, so its parameter
trajectory is bit-identical to the notebook's on the same machine, NumPy, BLAS
and thread count. Do not "tidy" these functions: in the saturated regime a
reordered sum changes the printed loss within a hundred steps. :func:`evaluate`
is the fast path for full-dataset loss and accuracy; it is free to differ in
how it gets there as long as the values agree.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .activations import (data_loss, hidden_backward_, hidden_forward, l2_penalty, output_delta, output_forward,
                          per_sample_loss, reported_loss, softmax)
from .conventions import CLIP_EPS, Params
from .spec import ModelSpec, as_spec

SpecLike = ModelSpec | str | None
__all__ = ["CLIP_EPS", "softmax", "relu", "forward", "gradients", "loss_and_grads", "sgd_step_", "sgd_step", "step",
           "evaluate", "zero_velocity"]


def relu(z: np.ndarray) -> np.ndarray:
    return np.maximum(0, z)


def forward(x: np.ndarray, params: Params, spec: SpecLike = None) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Return ``(zs, activations)``: L pre-activations and L+1 activations (x first, the output last)."""
    spec = as_spec(spec)
    zs: list[np.ndarray] = []
    activations = [x]
    last = len(params) - 1
    layers = spec.per_layer(last)
    for i, (W, b) in enumerate(params):
        z = np.dot(activations[-1], W)
        z += b  # the notebook's `np.dot(a, W) + b`, without a temporary
        zs.append(z)
        activations.append(output_forward(spec, z) if i == last else hidden_forward(layers[i], z))
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
    y: np.ndarray, zs: Sequence[np.ndarray], activations: Sequence[np.ndarray], params: Params,
    spec: SpecLike = None,
) -> Params:
    """Backprop from a :func:`forward` result: a list of ``(dW, db)`` like ``params``.

    The output delta is dLoss/dz (for the notebook's model softmax minus one-hot),
    divided by the batch size: the gradient of the unclipped loss; with L2, dW
    gains ``l2 * W`` (and db ``l2 * b`` when the spec's L2 covers the biases).
    """
    spec = as_spec(spec)
    n_layers = len(params)
    grads: list = [None] * n_layers
    layers = spec.per_layer(n_layers - 1)

    delta = output_delta(spec, zs[-1], activations[-1], y)
    for layer in range(n_layers - 1, -1, -1):
        if layer < n_layers - 1:
            delta = np.dot(delta, params[layer + 1][0].T)
            hidden_backward_(layers[layer], delta, zs[layer], activations[layer + 1])  # times f'(z); ReLU'(0) = 0
        dW = np.dot(activations[layer].T, delta)
        db = np.sum(delta, axis=0, keepdims=True)
        if spec.l2:
            dW += dW.dtype.type(spec.l2) * params[layer][0]
            if spec.l2_biases:
                db += db.dtype.type(spec.l2) * params[layer][1]
        grads[layer] = (dW, db)
    return grads


def zero_velocity(params: Params) -> Params:
    """Momentum's starting velocity: zeros shaped and typed like ``params``."""
    return [(np.zeros_like(W), np.zeros_like(b)) for W, b in params]


def sgd_step_(params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: SpecLike = None,
              velocity: Params | None = None) -> float:
    """One in-place step on a batch; returns the batch's reported (clipped) loss before the update.

    Plain SGD: ``theta -= lr * g``. With momentum M, ``velocity`` (from
    :func:`zero_velocity`, updated in place too) is required: ``v = M * v + g;
    theta -= lr * v``.
    """
    spec = as_spec(spec)
    if spec.momentum and velocity is None:
        raise ValueError(f"{spec.optimizer}: sgd_step_ needs the velocity (zero_velocity(params) at the start)")
    if spec.is_notebook:  # the notebook's calls, as they always were (tests patch these with that signature)
        zs, activations = forward(x, params)
        loss = clipped_cross_entropy(activations[-1], y)
        grads = gradients(y, zs, activations, params)
    else:
        zs, activations = forward(x, params, spec)
        loss = reported_loss(spec, activations[-1], y)
        grads = gradients(y, zs, activations, params, spec)
    if spec.momentum:
        mu = activations[-1].dtype.type(spec.momentum)
        for (vW, vb), (dW, db) in zip(velocity, grads):
            vW *= mu
            vW += dW
            vb *= mu
            vb += db
        grads = [(vW.copy(), vb.copy()) for vW, vb in velocity]
    for (W, b), (dW, db) in zip(params, grads):
        # `W -= lr * dW` with the product written into the (private) gradient: same values, no temporary
        W -= np.multiply(dW, lr, out=dW)
        b -= np.multiply(db, lr, out=db)
    return loss


def copy_params(params: Params) -> Params:
    return [(W.copy(), b.copy()) for W, b in params]


def step(params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: SpecLike = None,
         velocity: Params | None = None) -> tuple[Params, Params | None, float]:
    """Pure: ``(new_params, new_velocity, loss)``; ``velocity`` None means at rest (zeros).
    ``new_velocity`` is None for plain SGD."""
    spec = as_spec(spec)
    new = copy_params(params)
    vel = None
    if spec.momentum:
        vel = zero_velocity(new) if velocity is None else [(np.array(vW, dtype=W.dtype), np.array(vb, dtype=b.dtype))
                                                              for (vW, vb), (W, b) in zip(velocity, new)]
    # the notebook's model calls the step as it always did (tests patch it with that signature)
    loss = sgd_step_(new, x, y, lr) if spec.is_notebook else sgd_step_(new, x, y, lr, spec, vel)
    return new, vel, loss


def sgd_step(params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: SpecLike = None) -> tuple[Params, float]:
    """Pure variant of :func:`sgd_step_` from rest (zero velocity): ``(new_params, loss)``, ``params`` untouched."""
    new, _, loss = step(params, x, y, lr, spec)
    return new, loss


def loss_and_grads(params: Params, x: np.ndarray, y: np.ndarray, spec: SpecLike = None) -> tuple[float, Params]:
    """The batch's differentiated loss (unclipped, L2 included) and its gradient (the backend interface)."""
    spec = as_spec(spec)
    if spec.is_notebook:  # the calls as they always were (tests patch these with that signature)
        zs, activations = forward(x, params)
        return cross_entropy(zs[-1], y), gradients(y, zs, activations, params)
    zs, activations = forward(x, params, spec)
    loss = data_loss(spec, zs[-1], activations[-1], y) + l2_penalty(spec, params)
    return loss, gradients(y, zs, activations, params, spec)


def evaluate(params: Params, x: np.ndarray, y: np.ndarray, spec: SpecLike = None) -> tuple[float, float]:
    """Reported (clipped, no L2) loss and accuracy over a whole dataset, from one forward pass.

    The notebook runs two full forward passes per dataset (one for the loss, one
    for the accuracy); this runs one, over all rows at once, with ReLU
    activations computed in place. All rows go through each product together,
    as in the notebook: BLAS sums a row's products in an order that depends on
    how many rows share the call (and on the CPU's kernel), so a pass in chunks
    of rows would move the printed values by an ulp on some machines. Per-sample
    outputs use the same functions as training.
    """
    spec = as_spec(spec)
    if x.shape[0] == 0:
        raise ValueError("evaluate() needs at least one sample, got an empty dataset")
    a, last = x, len(params) - 1
    layers = spec.per_layer(last)
    for i, (W, b) in enumerate(params):
        z = np.dot(a, W)
        z += b
        if i < last:
            if layers[i].activation == "relu":
                np.maximum(0, z, out=z)
            else:
                z = hidden_forward(layers[i], z)
        a = z
    out = output_forward(spec, a)
    return float(np.mean(per_sample_loss(spec, out, y))), float(np.mean(np.argmax(out, axis=1) == y))


def all_finite(params: Params) -> bool:
    return all(np.isfinite(W).all() and np.isfinite(b).all() for W, b in params)
