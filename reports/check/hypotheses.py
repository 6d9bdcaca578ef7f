"""Known wrong gradients, to name a bug by the gradient it produces.

Each hypothesis is backprop with one deliberate change, computed in float64
from the *oracle's* forward values (pre-activations and probabilities), never
from the submission's. ``reference`` is the unchanged backprop: it must
reproduce the oracle's gradient before any hypothesis is trusted.

Shapes: params ``[(W, b), ...]`` with ``W`` (fan_in, fan_out); ``zs`` L arrays
(B, n_l); ``probs`` (B, C); ``y`` (B,) int. Layer ``l`` (0-based) maps
``a_l`` to ``z_l``; backprop through ``W_l`` reaches ``z_{l-1}``, gated by
ReLU'(z_{l-1}).

=================  ===============================================  ==============
hypothesis         the change                                        code
=================  ===============================================  ==============
stale-weights      delta for layer l-1 uses W_l already updated      stale-weights
                   (W_l - lr dW_l): the update ran inside the loop
gate-ge0           ReLU'(0) = 1 (``z >= 0``)                         relu-gate
gate-half          ReLU'(0) = 0.5 (``np.maximum`` autodiff style)    relu-gate
no-gate            no ReLU derivative at all                         relu-gate
gate-above         the gate of the layer above (``zs[l]``)           relu-gate
gate-below         the gate of the layer below (``zs[l-2]``)         relu-gate
no-transpose       ``delta @ W`` instead of ``delta @ W.T``          gradient-mismatch
clipped-loss       samples whose p_true is clipped contribute 0      gradient-mismatch
clip-probs         delta = clip(p, 1e-12, 1 - 1e-12) - one-hot       gradient-mismatch
=================  ===============================================  ==============

The last three only exist where shapes allow (square layers, a layer above or
below of the same width).
"""

from __future__ import annotations

import numpy as np

from xval.impl.conventions import CLIP_EPS, Params

HYPOTHESES = ("stale-weights", "gate-ge0", "gate-half", "no-gate", "gate-above", "gate-below",
              "no-transpose", "clipped-loss", "clip-probs")
CODE = {"stale-weights": "stale-weights", "gate-ge0": "relu-gate", "gate-half": "relu-gate",
        "no-gate": "relu-gate", "gate-above": "relu-gate", "gate-below": "relu-gate",
        "no-transpose": "gradient-mismatch", "clipped-loss": "gradient-mismatch",
        "clip-probs": "gradient-mismatch"}
EXPLAIN = {
    "stale-weights": "the gradient matches backprop through weights that were already updated: a layer is "
                     "updated before the layers below it are back-propagated",
    "gate-ge0": "the gradient matches ReLU'(0) = 1: the derivative is 1 where a pre-activation is exactly 0",
    "gate-half": "the gradient matches ReLU'(0) = 0.5 (what autodiff of np.maximum(0, z) gives)",
    "no-gate": "the gradient matches backprop with no ReLU derivative: the hidden deltas are never gated",
    "gate-above": "the gradient matches a ReLU gate taken from the layer above (zs[l + 1] instead of zs[l])",
    "gate-below": "the gradient matches a ReLU gate taken from the layer below (zs[l - 1] instead of zs[l])",
    "no-transpose": "the gradient matches delta @ W instead of delta @ W.T (only square layers let it run)",
    "clipped-loss": "the gradient matches the clipped loss's: samples at the clip contribute nothing",
    "clip-probs": "the gradient matches softmax clipped to [1e-12, 1 - 1e-12] minus one-hot: the loss's clip "
                  "leaked into the gradient",
}
HINT = {
    "stale-weights": "compute every gradient first, then update all layers (or keep the old W for delta)",
    "gate-ge0": "use (z > 0) for ReLU'(z), so that ReLU'(0) = 0",
    "gate-half": "use (z > 0) for ReLU'(z), so that ReLU'(0) = 0",
    "no-gate": "multiply each hidden delta by ReLU'(z) = (z > 0) of that layer's pre-activation",
    "gate-above": "gate delta with the pre-activation of the layer it belongs to: zs[l] for weights[l]",
    "gate-below": "gate delta with the pre-activation of the layer it belongs to: zs[l] for weights[l]",
    "no-transpose": "back-propagate with delta @ weights[l + 1].T",
    "clipped-loss": "use softmax minus one-hot for every sample; the clip is for the reported loss only",
    "clip-probs": "build delta from the unclipped probabilities; the clip is for the reported loss only",
}


def _gate(name: str, zs: list[np.ndarray], k: int) -> np.ndarray | None:
    """ReLU'(z_k) under hypothesis ``name``; None when the hypothesis cannot apply to this layer."""
    z = zs[k]
    if name == "gate-ge0":
        return (z >= 0).astype(np.float64)
    if name == "gate-half":
        return (z > 0) + 0.5 * (z == 0)
    if name == "no-gate":
        return np.ones_like(z)
    if name == "gate-above":
        return (zs[k + 1] > 0).astype(np.float64) if zs[k + 1].shape == z.shape else None
    if name == "gate-below":
        return (zs[k - 1] > 0).astype(np.float64) if k >= 1 and zs[k - 1].shape == z.shape else None
    return (z > 0).astype(np.float64)


def backprop(name: str, params: Params, x: np.ndarray, y: np.ndarray, zs: list[np.ndarray],
             probs: np.ndarray, lr: float) -> Params | None:
    """The gradient under hypothesis ``name`` ("reference" for none), or None where it cannot apply."""
    L, B = len(params), len(x)
    rows = np.arange(B)
    delta = np.asarray(probs, np.float64).copy()
    if name == "clip-probs":
        clipped = np.clip(delta, CLIP_EPS, 1.0 - CLIP_EPS)
        if np.array_equal(clipped, delta):
            return None
        delta = clipped
    delta[rows, y] -= 1.0
    if name == "clipped-loss":
        p_true = probs[rows, y]
        clipped = (p_true < CLIP_EPS) | (p_true > 1.0 - CLIP_EPS)
        if not clipped.any() or clipped.all():
            return None  # nothing clipped: no difference; all clipped: all zero, no different from no update
        delta[clipped] = 0.0
    delta /= B
    acts = [np.asarray(x, np.float64), *(np.maximum(np.asarray(z, np.float64), 0.0) for z in zs[:-1])]
    grads: list = [None] * L
    changed = name in ("reference", "stale-weights", "clipped-loss", "clip-probs")
    for l in range(L - 1, -1, -1):
        dW = acts[l].T @ delta
        grads[l] = (dW, delta.sum(axis=0, keepdims=True))
        if l == 0:
            break
        W = np.asarray(params[l][0], np.float64)
        if name == "stale-weights":
            W = W - lr * dW
        if name == "no-transpose":
            if W.shape[0] != W.shape[1]:
                return None
            back, changed = delta @ W, True
        else:
            back = delta @ W.T
        gate = _gate(name if name.startswith(("gate", "no-gate")) else "reference", zs, l - 1)
        if gate is None:
            gate = _gate("reference", zs, l - 1)
        elif name.startswith(("gate", "no-gate")):
            changed = changed or not np.array_equal(gate, _gate("reference", zs, l - 1))
        delta = back * gate
    return grads if changed else None


def all_hypotheses(params: Params, x: np.ndarray, y: np.ndarray, zs: list[np.ndarray], probs: np.ndarray,
                   lr: float) -> dict[str, Params]:
    """Every hypothesis that applies here and differs from the reference, plus "reference" itself."""
    out = {}
    for name in ("reference", *HYPOTHESES):
        g = backprop(name, params, x, y, zs, probs, lr)
        if g is not None:
            out[name] = g
    return out
