"""Known wrong gradients, to name a bug by the gradient it produces.

Each hypothesis is backprop with one deliberate change, computed in float64
from the *oracle's* forward values (pre-activations and output), never from
the submission's, for the check's model (a ModelSpec: hidden activation f,
output and loss, L2). ``reference`` is the unchanged backprop: it must
reproduce the oracle's gradient before any hypothesis is trusted.

Shapes: params ``[(W, b), ...]`` with ``W`` (fan_in, fan_out); ``zs`` L arrays
(B, n_l); ``out`` (B, C) the output activation; ``y`` (B,) int. Layer ``l``
(0-based) maps ``a_l`` to ``z_l``; backprop through ``W_l`` reaches
``z_{l-1}``, multiplied by f'(z_{l-1}).

=================  ===============================================  =====================
hypothesis         the change                                        code
=================  ===============================================  =====================
stale-weights      delta for layer l-1 uses W_l already updated      stale-weights
                   (W_l - lr dW_l): the update ran inside the loop
gate-ge0           ReLU'(0) = 1 (``z >= 0``)                         relu-gate
gate-half          ReLU'(0) = 0.5 (``np.maximum`` autodiff style)    relu-gate
no-gate            no ReLU derivative at all                         relu-gate
gate-above         the gate of the layer above (``zs[l]``)           relu-gate
gate-below         the gate of the layer below (``zs[l-2]``)         relu-gate
no-slope           leaky ReLU's derivative without its slope          relu-gate
                   (``z > 0``: ReLU's gate)
gate-sign          ReLU' as ``np.sign(z)``: -1, not 0, for z < 0     relu-gate
sigmoid-on-z       sigmoid' as ``z * (1 - z)`` (needs a = sigmoid(z)) activation-derivative
tanh-on-z          tanh' as ``1 - z**2`` (needs a = tanh(z))         activation-derivative
prime-of-a         f'(a) instead of f'(z): sigmoid'(sigmoid(z)),     activation-derivative
                   tanh'(tanh(z))
other-slope        the other squashing function's derivative:        activation-derivative
                   ``a * (1 - a)`` on tanh units, ``1 - a**2`` on
                   sigmoid units (a helper kept from another model)
out-sigmoid-on-z   sigmoid + MSE: the output's sigmoid' as           activation-derivative
                   ``z * (1 - z)`` (hidden derivatives right)
out-prime-of-a     sigmoid or tanh + MSE: the output's f'(a)         activation-derivative
no-out-derivative  tanh or relu + MSE: the output delta (a - t) / B  activation-derivative
                   without the output's derivative (sigmoid's is
                   BCE's delta: loss-mismatch)
raw-error-down     MSE through a sigmoid, tanh or relu output: the   activation-derivative
                   output layer's delta right, the error passed
                   down to the hidden layers the raw (a - t) / B
sigmoid-on-z-      sigmoid hidden units and output + MSE: every      activation-derivative
everywhere         sigmoid' as ``z * (1 - z)`` (one wrong helper)
prime-of-a-        sigmoid or tanh units and output + MSE: every     activation-derivative
everywhere         f' applied to a (sigmoid'(sigmoid(z)), tanh'(tanh(z)))
no-derivative      no sigmoid or tanh derivative at all              activation-derivative
derivative-of-F    hidden layers of different activations (relu/     activation-derivative
                   tanh): every hidden delta times F'(z), F one
                   layer's activation (one helper for every layer)
no-transpose       ``delta @ W`` instead of ``delta @ W.T``          gradient-mismatch
clipped-loss       samples whose p_true is clipped contribute 0      gradient-mismatch
clip-probs         delta = clip(p, 1e-12, 1 - 1e-12) - one-hot       gradient-mismatch
unshifted-softmax  log-sum-exp without the max shift: rows whose     overflow
                   exp(z) overflows get p = exp(z - inf) = 0, so
                   delta = -one-hot there
=================  ===============================================  =====================

The gate hypotheses run for ReLU and leaky ReLU hidden units (leaky: the gate is
1 or the slope), the sigmoid and tanh ones for their own activation; the clip
ones for softmax + cross-entropy. Some only exist where shapes allow (square
layers, a layer above or below of the same width). A gradient that is another
loss's, or has an L2 term too many or too few, is named by the diagnosis rules
with the oracles themselves (loss-mismatch, weight-decay in diagnose.py).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from xval.impl.activations import one_hot
from xval.impl.conventions import CLIP_EPS, Params
from xval.impl.spec import NOTEBOOK, ModelSpec
from xval.reports.check.oracle import hidden_values, sigmoid

HYPOTHESES = ("stale-weights", "gate-ge0", "gate-half", "no-gate", "gate-above", "gate-below", "no-slope",
              "gate-sign", "sigmoid-on-z", "tanh-on-z", "prime-of-a", "other-slope", "out-sigmoid-on-z",
              "out-prime-of-a", "no-out-derivative", "raw-error-down", "sigmoid-on-z-everywhere",
              "prime-of-a-everywhere", "no-derivative", "derivative-of-relu", "derivative-of-leaky_relu",
              "derivative-of-sigmoid", "derivative-of-tanh", "no-transpose", "clipped-loss", "clip-probs",
              "unshifted-softmax")
ONE_DERIVATIVE = {f"derivative-of-{act}": act for act in ("relu", "leaky_relu", "sigmoid", "tanh")}
"""A mixed model's hypotheses: one activation's derivative in every hidden layer."""
CODE = {"stale-weights": "stale-weights", "gate-ge0": "relu-gate", "gate-half": "relu-gate",
        "no-gate": "relu-gate", "gate-above": "relu-gate", "gate-below": "relu-gate", "no-slope": "relu-gate",
        "gate-sign": "relu-gate",
        "sigmoid-on-z": "activation-derivative", "tanh-on-z": "activation-derivative",
        "prime-of-a": "activation-derivative", "other-slope": "activation-derivative",
        "no-derivative": "activation-derivative", **dict.fromkeys(ONE_DERIVATIVE, "activation-derivative"),
        "out-sigmoid-on-z": "activation-derivative", "out-prime-of-a": "activation-derivative",
        "no-out-derivative": "activation-derivative", "raw-error-down": "activation-derivative",
        "sigmoid-on-z-everywhere": "activation-derivative", "prime-of-a-everywhere": "activation-derivative",
        "no-transpose": "gradient-mismatch", "clipped-loss": "gradient-mismatch",
        "clip-probs": "gradient-mismatch", "unshifted-softmax": "overflow"}
EXPLAIN = {
    "stale-weights": "the gradient matches backprop through weights that were already updated: a layer is "
                     "updated before the layers below it are back-propagated",
    "gate-ge0": "the gradient matches ReLU'(0) = 1: the derivative is 1 where a pre-activation is exactly 0",
    "gate-half": "the gradient matches ReLU'(0) = 0.5 (what autodiff of np.maximum(0, z) gives)",
    "no-gate": "the gradient matches backprop with no ReLU derivative: the hidden deltas are never gated",
    "gate-above": "the gradient matches a ReLU gate taken from the layer above (zs[l + 1] instead of zs[l])",
    "gate-below": "the gradient matches a ReLU gate taken from the layer below (zs[l - 1] instead of zs[l])",
    "no-slope": "the gradient matches ReLU's gate (z > 0) in a leaky ReLU network: the derivative lacks the "
                "slope for z <= 0",
    "gate-sign": "the gradient matches np.sign(z) as ReLU's derivative: it is -1 where a pre-activation is negative, "
                 "so the gradient through inactive units is negated instead of zeroed",
    "sigmoid-on-z": "the gradient matches sigmoid'(z) computed as z * (1 - z) on the pre-activation: that formula "
                    "holds for the activation a = sigmoid(z) only",
    "tanh-on-z": "the gradient matches tanh'(z) computed as 1 - z**2 on the pre-activation: that formula holds "
                 "for the activation a = tanh(z) only",
    "prime-of-a": "the gradient matches the activation's derivative applied to the activation, f'(a) = f'(f(z)), "
                  "instead of to the pre-activation",
    "other-slope": "the gradient matches the other squashing function's derivative taken from the activation: "
                   "a * (1 - a), sigmoid's, on tanh units, or 1 - a**2, tanh's, on sigmoid units",
    "out-sigmoid-on-z": "the gradient matches the output layer's sigmoid'(z) computed as z * (1 - z) on the "
                        "pre-activation (MSE through a sigmoid output needs a * (1 - a))",
    "out-prime-of-a": "the gradient matches the output layer's derivative applied to the output a, "
                      "f'(f(z)) (sigmoid'(sigmoid(z)), tanh'(tanh(z))), instead of to z",
    "no-out-derivative": "the gradient matches MSE's output delta (a - one-hot) / B without the output function's "
                         "derivative (1 - a**2 for a tanh output, the gate z > 0 for a relu output, its slope "
                         "where z <= 0 for a leaky relu output)",
    "raw-error-down": "the gradient matches an output layer whose own gradient includes the output function's "
                      "derivative but which passes the raw error (a - one-hot) / B down to the hidden layers, "
                      "without that derivative",
    "sigmoid-on-z-everywhere": "the gradient matches every sigmoid'(z) (hidden layers and the output) computed as "
                               "z * (1 - z) on the pre-activation: the sigmoid derivative helper takes z but is "
                               "written for a",
    "prime-of-a-everywhere": "the gradient matches every activation derivative (hidden layers and the output) "
                             "applied to the activation, f'(f(z)): the helper is written for z but given a",
    "no-derivative": "the gradient matches backprop with no hidden activation derivative: the hidden deltas are "
                     "never multiplied by f'(z)",
    **{name: f"the gradient matches every hidden delta multiplied by {act.replace('_', ' ')}'s derivative, in "
             "layers of other activations too: one derivative for hidden layers whose activations differ"
       for name, act in ONE_DERIVATIVE.items()},
    "no-transpose": "the gradient matches delta @ W instead of delta @ W.T (only square layers let it run)",
    "clipped-loss": "the gradient matches the clipped loss's: samples at the clip contribute nothing",
    "unshifted-softmax": "the gradient matches a softmax (or log-sum-exp) without the max shift: on the rows whose "
                         "logits overflow np.exp (above 709), the probabilities come out 0 and delta is -one-hot",
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
    "no-slope": "use np.where(z > 0, 1.0, slope) for leaky ReLU'(z)",
    "gate-sign": "use (z > 0) for ReLU'(z): np.sign(z) is -1 for negative z, where ReLU's slope is 0",
    "sigmoid-on-z": "use a * (1 - a) with a = sigmoid(z) (the layer's activation), or sigmoid(z) * (1 - sigmoid(z))",
    "tanh-on-z": "use 1 - a**2 with a = tanh(z) (the layer's activation), or 1 - np.tanh(z)**2",
    "prime-of-a": "pass the pre-activation z to the derivative function (sigmoid_prime(z)), or use the activation "
                  "a directly: a * (1 - a) for sigmoid, 1 - a**2 for tanh",
    "other-slope": "use the derivative of the units' own activation: 1 - a**2 for tanh, a * (1 - a) for sigmoid "
                   "(a the layer's activation)",
    "out-sigmoid-on-z": "multiply the output delta (a - one-hot) / B by a * (1 - a), a = sigmoid(z)",
    "out-prime-of-a": "multiply the output delta (a - one-hot) / B by f'(z): a * (1 - a) for a sigmoid output, "
                      "1 - a**2 for tanh, not f'(a)",
    "no-out-derivative": "multiply the output delta (a - one-hot) / B by the output's derivative: 1 - a**2 for a tanh "
                         "output, (z > 0) for a relu output",
    "raw-error-down": "back-propagate the output delta the output weights' gradient uses (the error times the "
                      "output's derivative), not the raw error a - t",
    "sigmoid-on-z-everywhere": "sigmoid'(z) = sigmoid(z) * (1 - sigmoid(z)), or a * (1 - a) given the activation",
    "prime-of-a-everywhere": "pass z to the derivative helper, or compute it from the activation directly: "
                             "a * (1 - a) for sigmoid, 1 - a**2 for tanh",
    "no-derivative": "multiply each hidden delta by f'(z) of that layer: a * (1 - a) for sigmoid, 1 - a**2 for tanh",
    **dict.fromkeys(ONE_DERIVATIVE, "multiply each hidden delta by the derivative of that layer's own activation (the "
                                    "hidden layers differ: see 'checked as')"),
    "no-transpose": "back-propagate with delta @ weights[l + 1].T",
    "clipped-loss": "use softmax minus one-hot for every sample; the clip is for the reported loss only",
    "clip-probs": "build delta from the unclipped probabilities; the clip is for the reported loss only",
    "unshifted-softmax": "subtract each row's max before np.exp (softmax is shift-invariant); the notebook's "
                         "weights give logits near 2000",
}
FAMILY = {"gate-ge0": ("relu", "leaky_relu"), "gate-half": ("relu", "leaky_relu"), "no-gate": ("relu", "leaky_relu"),
          "gate-above": ("relu", "leaky_relu"), "gate-below": ("relu", "leaky_relu"), "no-slope": ("leaky_relu",),
          "gate-sign": ("relu",),
          "sigmoid-on-z": ("sigmoid",),
          "tanh-on-z": ("tanh",), "prime-of-a": ("sigmoid", "tanh"), "other-slope": ("sigmoid", "tanh"),
          "no-derivative": ("sigmoid", "tanh")}
"""The hidden activations a derivative hypothesis is about (the others run for every activation)."""
HIDDEN_OF = {"sigmoid-on-z-everywhere": "sigmoid-on-z", "prime-of-a-everywhere": "prime-of-a"}
"""The hidden derivative a hypothesis about every sigmoid' uses."""
OUTPUT_OF = {"out-sigmoid-on-z": "sigmoid-on-z", "out-prime-of-a": "prime-of-a", "no-out-derivative": "none",
             **HIDDEN_OF}
"""The output derivative (sigmoid or tanh + MSE; none: tanh or relu + MSE) a hypothesis changes."""
FAMILY.update({"sigmoid-on-z-everywhere": ("sigmoid",), "prime-of-a-everywhere": ("sigmoid", "tanh")})
OUTPUTS = {"out-sigmoid-on-z": ("sigmoid",), "sigmoid-on-z-everywhere": ("sigmoid",),
           "out-prime-of-a": ("sigmoid", "tanh"), "prime-of-a-everywhere": ("sigmoid", "tanh")}
"""The MSE outputs whose derivative a hypothesis of :data:`OUTPUT_OF` changes."""
DERIVATIVE = tuple(FAMILY)


def derivative(spec: ModelSpec, z: np.ndarray, name: str = "reference") -> np.ndarray:
    """f'(z) of the hidden activation of ``spec`` in float64, or its wrong version under hypothesis ``name``."""
    z = np.asarray(z, np.float64)
    act, slope = spec.activation, spec.leaky_slope
    if name in ("no-gate", "no-derivative"):
        return np.ones_like(z)
    if name == "no-slope":
        return (z > 0).astype(np.float64)
    if name == "gate-sign":
        return np.sign(z)
    if act == "identity":  # a linear layer: no derivative to get wrong
        return np.ones_like(z)
    if act in ("relu", "leaky_relu"):
        at_zero = {"gate-ge0": 1.0, "gate-half": 0.5 * (1.0 + slope)}.get(name, slope)
        return np.where(z > 0, 1.0, np.where(z == 0, at_zero, slope))
    if name == "sigmoid-on-z":
        return z * (1.0 - z)
    if name == "tanh-on-z":
        return 1.0 - z ** 2
    a = hidden_values(spec, z)
    if name == "prime-of-a":
        a = hidden_values(spec, a)
    return a * (1.0 - a) if (act == "sigmoid") != (name == "other-slope") else 1.0 - a ** 2


def output_delta(spec: ModelSpec, z: np.ndarray, out: np.ndarray, y: np.ndarray,
                 name: str = "reference") -> np.ndarray:
    """dLoss/dz_L of ``spec``'s output and loss (spec.py's definitions, mean over the batch), in float64; ``name``
    a wrong output derivative with MSE: sigmoid-on-z (sigmoid), prime-of-a (sigmoid, tanh), or none (no output
    derivative)."""
    a = np.asarray(out, np.float64)
    t = one_hot(np.asarray(y), a.shape[1], np.float64)  # one output unit: the 0/1 label itself
    g = (a - t) / len(y)  # softmax + CE, sigmoid + BCE; MSE's dLoss/da
    if spec.loss != "mse" or spec.output == "identity" or name == "none":
        return g
    if spec.output == "tanh":
        s = np.tanh(a) if name == "prime-of-a" else a
        return g * (1.0 - s * s)
    if spec.output == "relu":
        return g * (np.asarray(z, np.float64) > 0)
    if spec.output == "leaky_relu":
        return g * np.where(np.asarray(z, np.float64) > 0, 1.0, spec.output_slope)
    if spec.output == "sigmoid":
        if name == "sigmoid-on-z":
            z = np.asarray(z, np.float64)
            return g * z * (1.0 - z)
        s = sigmoid(a) if name == "prime-of-a" else a
        return g * s * (1.0 - s)
    return a * (g - (g * a).sum(axis=1, keepdims=True))  # through the softmax's Jacobian


def _gate(name: str, spec: ModelSpec, zs: list[np.ndarray], k: int) -> np.ndarray | None:
    """f'(z_k) under hypothesis ``name``; None when the hypothesis cannot apply to this layer."""
    z = zs[k]
    if name == "gate-above":
        return derivative(spec, zs[k + 1]) if zs[k + 1].shape == z.shape else None
    if name == "gate-below":
        return derivative(spec, zs[k - 1]) if k >= 1 and zs[k - 1].shape == z.shape else None
    return derivative(spec, z, name)


def applies(name: str, spec: ModelSpec) -> bool:
    """Whether hypothesis ``name`` is about the model ``spec`` at all."""
    if name in ("clipped-loss", "clip-probs", "unshifted-softmax"):
        return spec.loss == "cross_entropy"
    if name == "no-out-derivative":
        return spec.loss == "mse" and spec.output in ("tanh", "relu", "leaky_relu")
    if name == "raw-error-down":
        return spec.loss == "mse" and spec.output in ("sigmoid", "tanh", "relu", "leaky_relu")
    if name in ONE_DERIVATIVE:
        return spec.mixed and ONE_DERIVATIVE[name] in spec.activations
    if name in OUTPUTS and (spec.loss != "mse" or spec.output not in OUTPUTS[name]):
        return False
    return any(act in FAMILY.get(name, (act,)) for act in spec.activations)


def backprop(name: str, params: Params, x: np.ndarray, y: np.ndarray, zs: list[np.ndarray],
             out: np.ndarray, lr: float, spec: ModelSpec = NOTEBOOK) -> Params | None:
    """The gradient under hypothesis ``name`` ("reference" for none), or None where it cannot apply."""
    L, B = len(params), len(x)
    rows = np.arange(B)
    probs = np.asarray(out, np.float64)
    if name == "unshifted-softmax":
        with np.errstate(over="ignore"):
            overflows = ~np.isfinite(np.log(np.exp(np.asarray(zs[-1], np.float64)).sum(axis=1)))
        if not overflows.any():
            return None
        delta = probs.copy()
        delta[overflows] = 0.0
        delta[rows, y] -= 1.0
        delta /= B
    elif name in ("clip-probs", "clipped-loss"):
        delta = probs.copy()
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
    else:
        delta = output_delta(spec, zs[-1], probs, y, OUTPUT_OF.get(name, "reference"))
    raw = output_delta(spec, zs[-1], probs, y, "none") if name == "raw-error-down" else None
    layers = spec.per_layer(L - 1)  # each hidden layer's activation (one spec per layer)
    acts = [np.asarray(x, np.float64), *(hidden_values(s, z) for s, z in zip(layers, zs))]
    grads: list = [None] * L
    changed = name in ("reference", "stale-weights", "clipped-loss", "clip-probs", "unshifted-softmax", *OUTPUT_OF)
    hidden = HIDDEN_OF.get(name, "reference" if name in OUTPUT_OF else name)  # the hidden derivative's change
    for l in range(L - 1, -1, -1):
        W = np.asarray(params[l][0], np.float64)
        dW = acts[l].T @ delta + (spec.l2 * W if spec.l2 else 0.0)
        db = delta.sum(axis=0, keepdims=True)
        grads[l] = (dW, db + spec.l2 * np.asarray(params[l][1], np.float64) if spec.l2_biases else db)
        if l == 0:
            break
        if name == "stale-weights":
            W = W - lr * dW
        if raw is not None and l == L - 1:  # the output's own gradient right, the raw error passed down
            delta, changed = raw, not np.array_equal(raw, delta)
        if name == "no-transpose":
            if W.shape[0] != W.shape[1]:
                return None
            back, changed = delta @ W, True
        else:
            back = delta @ W.T
        below = layers[l - 1]  # a hypothesis about other units than this layer's leaves its derivative right
        about = hidden in DERIVATIVE and below.activation in FAMILY.get(hidden, (below.activation,))
        gate = _gate(hidden if about else "reference", below, zs, l - 1)
        if name in ONE_DERIVATIVE:  # the derivative of one of the model's layers' activations, here too
            unit = next(h for h in spec.layers if h.split(":")[0] == ONE_DERIVATIVE[name])
            gate, changed = derivative(replace(below, hidden=unit), zs[l - 1]), changed or unit != below.hidden
        elif gate is None:
            gate = _gate("reference", below, zs, l - 1)
        elif about:
            changed = changed or not np.array_equal(gate, _gate("reference", below, zs, l - 1))
        delta = back * gate
    return grads if changed else None


def all_hypotheses(params: Params, x: np.ndarray, y: np.ndarray, zs: list[np.ndarray], out: np.ndarray,
                   lr: float, spec: ModelSpec = NOTEBOOK) -> dict[str, Params]:
    """Every hypothesis that applies to ``spec`` here and differs from the reference, plus "reference" itself."""
    found = {}
    for name in ("reference", *(h for h in HYPOTHESES if applies(h, spec))):
        g = backprop(name, params, x, y, zs, out, lr, spec)
        if g is not None:
            found[name] = g
    return found
