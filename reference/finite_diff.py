"""Finite-difference oracle, NumPy only: fourth-order central differences of a ModelSpec's loss (L2 included).

Shapes: params is a list of ``(W, b)``, ``W`` (fan_in, fan_out), ``b`` (1, fan_out);
``x`` (B, D); ``y`` (B,) int. For every tensor it probes a few coordinates
(random ones plus the ones where the checked gradient is largest) and a few
random unit directions confined to that tensor, and returns the estimates
next to the checked gradient's values.

``spec`` (None: the notebook's model) is read from xval.impl.spec; the
activations and losses are written here, in other forms than impl's (sigmoid
as exp(-logaddexp(0, -z)), BCE as softplus(z) - t z, cross-entropy as
log-sum-exp minus the label's logit).

It always computes in float64, whatever the dtype of the model under check:
float32 parameters are exactly representable in float64, so the estimate is
of the same function, while a float32 central difference would be ~1e-3 noise.
Its forward pass is written here, independently of impl's.

ReLU and leaky-ReLU kinks: a probe is a *kink crossing* when some hidden pre-activation has a
different sign (z > 0 or not) at theta +- h or theta +- 2h than at theta. The loss
is not differentiable across the kink, so the difference quotient is not a
gradient there; such probes are reported and left out of the comparison.

Resolution: the loss is a mean of log-sum-exp(z) - z_y over logits z, each
rounded to about eps * |z|, so a difference quotient is uncertain by about
``eps * max(1, max|z|, L) / h`` in absolute terms (L the loss itself: BCE sums
one term per class, measured 2x beyond max|z| alone), times 1.5 for the
four-point formula (:attr:`Probes.resolution`);
through a sigmoid or softmax output an MSE is no more sensitive, and with an
identity output MSE multiplies it by max(1, max|z - t|).
With saturated logits (~2e3) that is ~6e-8; a gradient smaller than that
(a perfectly fitted sample: 1e-122) is below what finite differences can see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from xval.impl.conventions import Params
from xval.impl.spec import ModelSpec, as_spec
from xval.reference.tolerances import FD_STEP


def _hidden(spec: ModelSpec, z: np.ndarray) -> np.ndarray:
    act = spec.activation
    if act in ("relu", "leaky_relu"):
        return np.where(z > 0, z, spec.leaky_slope * z)  # slope 0 for relu
    if act == "sigmoid":
        return np.exp(-np.logaddexp(0.0, -z))
    return z if act == "identity" else np.tanh(z)


def _loss(spec: ModelSpec, logits: np.ndarray, y: np.ndarray) -> float:
    """The data loss of the logits, mean over the batch (no L2 term)."""
    n, rows = len(y), np.arange(len(y))
    if spec.loss == "cross_entropy":
        top = logits.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(logits - top).sum(axis=1)) + top[:, 0]
        return float(np.mean(log_norm - logits[rows, y]))
    t = np.zeros_like(logits)
    t[rows, y] = 1.0
    if spec.loss == "bce":
        return float(np.sum(np.logaddexp(0.0, logits) - t * logits) / n)
    if spec.output == "softmax":
        shifted = logits - logits.max(axis=1, keepdims=True)
        out = np.exp(shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True)))
    elif spec.output == "sigmoid":
        out = np.exp(-np.logaddexp(0.0, -logits))
    elif spec.output == "tanh":
        out = np.tanh(logits)
    elif spec.output in ("relu", "leaky_relu"):
        out = np.where(logits > 0, logits, spec.output_slope * logits)  # slope 0 for relu
    else:
        out = logits
    return float(0.5 * np.sum((out - t) ** 2) / n)


def _from_layer(params: Params, layer: int, z: np.ndarray, spec: ModelSpec) -> tuple[np.ndarray, list[np.ndarray]]:
    """Logits and the kink gates (z > 0) of layers ``layer`` .. L-1, from z of ``layer``: a hidden layer's for
    ReLU-like units, the logits' for a ReLU output, None for a layer without a kink."""
    gates = []
    layers = spec.per_layer(len(params) - 1)
    for k, (W, b) in enumerate(params[layer + 1:], layer):
        gates.append(z > 0 if layers[k].has_kinks else None)
        z = _hidden(layers[k], z) @ W + b
    gates.append(z > 0 if spec.output_kinks else None)
    return z, gates


def _penalty(spec: ModelSpec, params: Params) -> float:
    if not spec.l2:
        return 0.0
    return 0.5 * spec.l2 * sum(float(np.sum(W * W)) + (float(np.sum(b * b)) if spec.l2_biases else 0.0)
                               for W, b in params)


def loss_and_gates(params: Params, x: np.ndarray, y: np.ndarray,
                   spec: ModelSpec | str | None = None) -> tuple[float, list[np.ndarray]]:
    """The loss in float64 (L2 included) and each layer's kink gate (z > 0; None for a layer without a kink)."""
    spec = as_spec(spec)
    logits, gates = _from_layer(params, 0, x @ params[0][0] + params[0][1], spec)
    return _loss(spec, logits, y) + _penalty(spec, params), gates


def _norm(g: np.ndarray) -> float:
    """The 2-norm; inf (not a warning) for a gradient too large to square (a diverging identity + MSE)."""
    with np.errstate(over="ignore"):
        return float(np.linalg.norm(g))


@dataclass
class Probes:
    """Finite-difference estimates for one tensor next to the checked gradient's values."""

    param: str
    indices: list[tuple[int, ...]] = field(default_factory=list)
    estimates: list[float] = field(default_factory=list)
    checked: list[float] = field(default_factory=list)
    kinks: list[tuple[int, ...]] = field(default_factory=list)
    direction_estimates: list[float] = field(default_factory=list)
    direction_checked: list[float] = field(default_factory=list)
    direction_kinks: int = 0
    grad_scale: float = 0.0  # max |checked gradient| over the whole tensor
    grad_norm: float = 0.0  # its 2-norm: the largest a directional derivative can be
    resolution: float = 0.0  # absolute rounding uncertainty of a difference quotient (module docstring)


class _Forward:
    """The forward pass at theta, kept so that a probe of layer l recomputes layers l+1.. only.

    A parameter of layer l enters the data loss through z_l = a_(l-1) @ W_l + b_l, linearly, so
    theta +- delta is evaluated as z_l +- dz with dz = a_(l-1) @ delta_W (or delta_b). Same
    function, same noise as perturbing theta itself (measured), 5 to 10x faster on w1. The L2
    term's difference is taken elementwise on the perturbed elements only.
    """

    def __init__(self, params: Params, x: np.ndarray, y: np.ndarray, spec: ModelSpec) -> None:
        self.params, self.y, self.spec = params, y, spec
        self.inputs, self.zs, a = [], [], x  # a_(l-1) and z_l per layer
        self.layers = spec.per_layer(len(params) - 1)
        for k, (W, b) in enumerate(params):
            self.inputs.append(a)
            self.zs.append(a @ W + b)
            a = _hidden(self.layers[k], self.zs[-1]) if k < len(self.layers) else None
        self.gates = [z > 0 if layer.has_kinks else None for z, layer in zip(self.zs, self.layers)]
        self.gates.append(self.zs[-1] > 0 if spec.output_kinks else None)

    def central(self, layer: int, dz: np.ndarray, theta=None, delta=None) -> tuple[float, bool]:
        """2 x the fourth-order central difference along ``dz``, and whether any kink gate differs from theta's.

        ``[8 (L(+1) - L(-1)) - (L(+2) - L(-2))] / 6`` with L(s) the loss at theta + s delta: divided by
        2h it is the derivative up to h^4 (plain central differences leave h^2 / 6 times a third
        derivative, measured at 7e-7 relative with a saturated sigmoid + MSE output). ``theta`` and
        ``delta`` (the perturbed weights and the perturbation, elementwise) add the L2 term's
        differences; leave them None for a parameter it leaves out (a bias, unless ``l2_biases``). Gates are
        compared at +-h and +-2h."""
        diffs, crossed = {}, False
        for s in (1.0, 2.0):
            values = []
            for sign in (s, -s):
                logits, gates = _from_layer(self.params, layer, self.zs[layer] + sign * dz, self.spec)
                values.append(_loss(self.spec, logits, self.y))
                crossed = crossed or any(g is not None and (g != g0).any() for g, g0 in zip(gates, self.gates[layer:]))
            diffs[s] = values[0] - values[1]
            if self.spec.l2 and theta is not None:
                diffs[s] += 0.5 * self.spec.l2 * float(np.sum((theta + s * delta) ** 2 - (theta - s * delta) ** 2))
        return (8.0 * diffs[1.0] - diffs[2.0]) / 6.0, crossed

    def dz(self, layer: int, which: int, delta: np.ndarray) -> np.ndarray:
        return self.inputs[layer] @ delta if which == 0 else np.broadcast_to(delta, self.zs[layer].shape)

    def dz_coordinate(self, layer: int, which: int, idx: tuple[int, ...], h: float) -> np.ndarray:
        dz = np.zeros_like(self.zs[layer])
        dz[:, idx[1]] = h * self.inputs[layer][:, idx[0]] if which == 0 else h
        return dz


def probe(
    params: Params, grads: Params, x: np.ndarray, y: np.ndarray,
    n_coords: int = 12, n_top: int = 4, n_directions: int = 2, seed: int = 0, step: float = FD_STEP,
    spec: ModelSpec | str | None = None,
) -> list[Probes]:
    """Central-difference probes of every tensor (w1, b1, w2, ...), compared later against ``grads``."""
    spec = as_spec(spec)
    rng = np.random.default_rng(seed)
    p64 = [(np.asarray(W, np.float64), np.asarray(b, np.float64)) for W, b in params]
    x64 = np.asarray(x, np.float64)
    fwd = _Forward(p64, x64, y, spec)
    logits = fwd.zs[-1]
    # the loss is rounded to about eps * its size: the larger of the logits and the loss itself (BCE sums C terms)
    scale = max(1.0, float(np.abs(logits).max()), abs(_loss(spec, logits, y)))
    if spec.output in ("identity", "relu", "leaky_relu"):  # d(0.5 (z - t)^2) = (z - t) dz (relu: where z > 0)
        scale *= max(1.0, float(np.abs(logits).max()) + 1.0)
    resolution = 1.5 * float(np.finfo(np.float64).eps) * scale / step  # 1.5 = (8 + 8 + 1 + 1) / 12
    out = []
    for layer, (pair, gpair) in enumerate(zip(p64, grads)):
        for which, kind in enumerate("wb"):
            theta, g = pair[which], np.asarray(gpair[which], np.float64)
            penalised = which == 0 or spec.l2_biases  # the L2 term's differences are added for it
            pr = Probes(f"{kind}{layer + 1}", grad_scale=float(np.abs(g).max(initial=0.0)),
                        grad_norm=_norm(g), resolution=resolution)
            flat = np.unique(np.concatenate([
                rng.choice(theta.size, min(n_coords, theta.size), replace=False),
                np.argsort(np.abs(g), axis=None)[-n_top:],
            ]))
            for f in flat:
                idx = np.unravel_index(f, theta.shape)
                h = step * max(1.0, abs(theta[idx]))
                diff, crossed = fwd.central(layer, fwd.dz_coordinate(layer, which, idx, h),
                                            *((theta[idx], h) if penalised else ()))
                key = tuple(int(i) for i in idx)
                if crossed:
                    pr.kinks.append(key)
                    continue
                pr.indices.append(key)
                pr.estimates.append(diff / (2 * h))
                pr.checked.append(float(g[idx]))
            for _ in range(n_directions):
                v = rng.standard_normal(theta.shape)
                v /= np.linalg.norm(v)
                h = step * max(1.0, float(np.abs(theta).max()))
                diff, crossed = fwd.central(layer, fwd.dz(layer, which, h * v), *((theta, h * v) if penalised else ()))
                if crossed:
                    pr.direction_kinks += 1
                    continue
                pr.direction_estimates.append(diff / (2 * h))
                pr.direction_checked.append(float(np.vdot(g, v)))
            out.append(pr)
    return out
