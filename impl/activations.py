"""Hidden activations, output activations and losses of a ModelSpec, with their hand-written derivatives.

Shapes: ``z`` and ``a`` are (B, n) pre-activations and activations; ``y`` is (B,)
integer labels; output functions take the last layer's (B, C). Everything
computes in the dtype it is given. The notebook's own pair (ReLU, softmax +
cross-entropy) keeps the notebook's exact operations: its gradient is built by
:func:`xval.impl.mlp.gradients` itself, and :func:`hidden_backward_` multiplies by
the same boolean gate.
"""

from __future__ import annotations

import numpy as np

from .conventions import CLIP_EPS
from .spec import ModelSpec


def clip_high(dtype) -> float:
    """The upper clip of a probability before log(1 - p): 1 - 1e-12, or in float32 (where that rounds to 1)
    the largest float32 below 1."""
    return min(1.0 - CLIP_EPS, 1.0 - float(np.finfo(dtype).epsneg))


def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-z) without overflow: e^-|z| is at most 1."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)).astype(z.dtype, copy=False)


def softmax(z: np.ndarray) -> np.ndarray:
    """Row-wise softmax of (B, C) logits, shifted by the row max for stability."""
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def hidden_forward(spec: ModelSpec, z: np.ndarray) -> np.ndarray:
    act = spec.activation
    if act == "relu":
        return np.maximum(0, z)
    if act == "leaky_relu":
        return np.where(z > 0, z, z * z.dtype.type(spec.leaky_slope))
    if act == "sigmoid":
        return sigmoid(z)
    if act == "identity":  # a linear layer
        return z.copy()
    return np.tanh(z)


def hidden_backward_(spec: ModelSpec, delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """In place: ``delta *= f'(z)``, with f' written from the activation ``a`` where that is the usual form.

    relu: 1 for z > 0 else 0; leaky_relu: 1 for z > 0 else the slope (so the slope at 0);
    sigmoid: a (1 - a); tanh: 1 - a^2; identity: 1 (delta unchanged).
    """
    act = spec.activation
    if act == "relu":
        delta *= z > 0  # the notebook's product with the boolean gate
    elif act == "leaky_relu":
        delta *= np.where(z > 0, z.dtype.type(1), z.dtype.type(spec.leaky_slope))
    elif act == "sigmoid":
        delta *= a * (1 - a)
    elif act == "tanh":
        delta *= 1 - a * a


def output_forward(spec: ModelSpec, z: np.ndarray) -> np.ndarray:
    if spec.output == "softmax":
        return softmax(z)
    if spec.output == "sigmoid":
        return sigmoid(z)
    if spec.output == "tanh":
        return np.tanh(z)
    if spec.output == "relu":
        return np.maximum(0, z)
    if spec.output == "leaky_relu":
        return np.where(z > 0, z, z * z.dtype.type(spec.output_slope))
    return z.copy()


def one_hot(y: np.ndarray, n_classes: int, dtype) -> np.ndarray:
    """The targets of integer labels: one-hot rows; with one output unit the label itself (0 or 1, binary)."""
    if n_classes == 1:
        return np.asarray(y, dtype).reshape(-1, 1)
    t = np.zeros((len(y), n_classes), dtype=dtype)
    t[np.arange(len(y)), y] = 1
    return t


def output_delta(spec: ModelSpec, z: np.ndarray, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """dLoss/dz for the last layer, (B, C), already divided by the batch size.

    softmax + cross-entropy and sigmoid + BCE: a - t. MSE: dL/da = a - t, then
    through the output's Jacobian: identity 1; sigmoid a (1 - a) and tanh 1 - a^2
    elementwise; relu 1 for z > 0 else 0 (leaky relu: else its slope); softmax a * (g - sum(g * a)) row-wise.
    """
    batch_size = z.shape[0]
    if (spec.output, spec.loss) == ("softmax", "cross_entropy"):  # the notebook's operations
        delta = a.copy()
        delta[np.arange(batch_size), y] -= 1
        delta /= batch_size
        return delta
    g = a - one_hot(y, z.shape[1], a.dtype)
    if spec.loss == "mse":
        if spec.output == "sigmoid":
            g *= a * (1 - a)
        elif spec.output == "tanh":
            g *= 1 - a * a
        elif spec.output == "relu":
            g *= z > 0
        elif spec.output == "leaky_relu":
            g *= np.where(z > 0, z.dtype.type(1), z.dtype.type(spec.output_slope))
        elif spec.output == "softmax":
            g = a * (g - np.sum(g * a, axis=1, keepdims=True))
    g /= batch_size
    return g


def _log_sigmoid(z: np.ndarray) -> np.ndarray:
    """log(1 / (1 + e^-z)) = -log(1 + e^-z), stable for either sign."""
    return np.minimum(z, 0) - np.log1p(np.exp(-np.abs(z)))


def data_loss(spec: ModelSpec, z: np.ndarray, a: np.ndarray, y: np.ndarray) -> float:
    """The differentiated loss without the L2 term, computed from the logits where a log is involved."""
    batch_size, n_classes = z.shape
    rows = np.arange(batch_size)
    if spec.loss == "cross_entropy":
        shifted = z - np.max(z, axis=1, keepdims=True)
        log_z = np.log(np.sum(np.exp(shifted), axis=1))
        return float(np.mean(log_z - shifted[rows, y]))
    t = one_hot(y, n_classes, z.dtype)
    if spec.loss == "bce":  # log a = log_sigmoid(z), log(1 - a) = log_sigmoid(-z)
        return float(-np.sum(t * _log_sigmoid(z) + (1 - t) * _log_sigmoid(-z)) / batch_size)
    return float(0.5 * np.sum((a - t) ** 2) / batch_size)


def per_sample_loss(spec: ModelSpec, a: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each sample's reported loss, (B,): from the output activations, probabilities clipped to
    [1e-12, 1 - 1e-12] before a log (the notebook's reported cross-entropy); no L2 term."""
    if spec.loss == "cross_entropy":
        return -np.log(np.clip(a[np.arange(len(y)), y], CLIP_EPS, 1.0 - CLIP_EPS))
    t = one_hot(y, a.shape[1], a.dtype)
    if spec.loss == "bce":
        p = np.clip(a, CLIP_EPS, clip_high(a.dtype))
        return -np.sum(t * np.log(p) + (1 - t) * np.log(1 - p), axis=1)
    return 0.5 * np.sum((a - t) ** 2, axis=1)


def reported_loss(spec: ModelSpec, a: np.ndarray, y: np.ndarray) -> float:
    """The batch loss a training log prints: the mean of :func:`per_sample_loss`."""
    if spec.loss == "cross_entropy":  # the notebook's expression, operation for operation
        p_true = np.clip(a[np.arange(len(y)), y], CLIP_EPS, 1.0 - CLIP_EPS)
        return float(-np.mean(np.log(p_true)))
    return float(np.mean(per_sample_loss(spec, a, y)))


def l2_penalty(spec: ModelSpec, params) -> float:
    """0.5 * l2 * sum of every weight matrix squared (and every bias, when the spec's L2 covers them)."""
    if not spec.l2:
        return 0.0
    penalised = [p for W, b in params for p in ((W, b) if spec.l2_biases else (W,))]
    return float(0.5 * spec.l2 * sum(np.sum(np.square(p, dtype=np.float64)) for p in penalised))
