"""Finite-difference oracle, NumPy only: central differences of mean log-softmax cross-entropy.

Shapes: params is a list of ``(W, b)``, ``W`` (fan_in, fan_out), ``b`` (1, fan_out);
``x`` (B, D); ``y`` (B,) int. For every tensor it probes a few coordinates
(random ones plus the ones where the checked gradient is largest) and a few
random unit directions confined to that tensor, and returns the estimates
next to the checked gradient's values.

It always computes in float64, whatever the dtype of the model under check:
float32 parameters are exactly representable in float64, so the estimate is
of the same function, while a float32 central difference would be ~1e-3 noise.
Its forward pass is written here, independently of impl's.

ReLU kinks: a probe is a *kink crossing* when some ReLU pre-activation has a
different sign (z > 0 or not) at theta + h or theta - h than at theta. The loss
is not differentiable across the kink, so the difference quotient is not a
gradient there; such probes are reported and left out of the comparison.

Resolution: the loss is a mean of log-sum-exp(z) - z_y over logits z, each
rounded to about eps * |z|, so a difference quotient is uncertain by about
``eps * max(1, max|z|) / h`` in absolute terms (:attr:`Probes.resolution`).
With saturated logits (~2e3) that is ~4e-8; a gradient smaller than that
(a perfectly fitted sample: 1e-122) is below what finite differences can see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from reference.tolerances import FD_STEP

Params = list[tuple[np.ndarray, np.ndarray]]


def loss_and_gates(params: Params, x: np.ndarray, y: np.ndarray, logits_out: list | None = None
                   ) -> tuple[float, list[np.ndarray]]:
    """Mean log-softmax cross-entropy in float64 and the ReLU gates (z > 0) of each hidden layer."""
    a = x
    gates = []
    for W, b in params[:-1]:
        z = a @ W + b
        gate = z > 0
        gates.append(gate)
        a = np.where(gate, z, 0.0)
    W, b = params[-1]
    logits = a @ W + b
    if logits_out is not None:
        logits_out.append(logits)
    top = logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(logits - top).sum(axis=1)) + top[:, 0]
    return float(np.mean(log_norm - logits[np.arange(len(y)), y])), gates


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


def _central(params64: Params, x, y, gates0, layer: int, which: int, delta: np.ndarray):
    """(L(theta + delta) - L(theta - delta)) / |2 delta| along one tensor, and whether a gate flipped."""
    values, crossed = [], False
    base = params64[layer][which]
    for sign in (1.0, -1.0):
        trial = list(params64)
        pair = list(trial[layer])
        pair[which] = base + sign * delta
        trial[layer] = tuple(pair)
        loss, gates = loss_and_gates(trial, x, y)
        values.append(loss)
        crossed = crossed or any((g != g0).any() for g, g0 in zip(gates, gates0))
    return values[0] - values[1], crossed


def probe(
    params: Params, grads: Params, x: np.ndarray, y: np.ndarray,
    n_coords: int = 12, n_top: int = 4, n_directions: int = 2, seed: int = 0, step: float = FD_STEP,
) -> list[Probes]:
    """Central-difference probes of every tensor (w1, b1, w2, ...), compared later against ``grads``."""
    rng = np.random.default_rng(seed)
    p64 = [(np.asarray(W, np.float64), np.asarray(b, np.float64)) for W, b in params]
    x64 = np.asarray(x, np.float64)
    logits: list[np.ndarray] = []
    _, gates0 = loss_and_gates(p64, x64, y, logits)
    resolution = float(np.finfo(np.float64).eps) * max(1.0, float(np.abs(logits[0]).max())) / step
    out = []
    for layer, (pair, gpair) in enumerate(zip(p64, grads)):
        for which, kind in enumerate("wb"):
            theta, g = pair[which], np.asarray(gpair[which], np.float64)
            pr = Probes(f"{kind}{layer + 1}", grad_scale=float(np.abs(g).max(initial=0.0)),
                        grad_norm=float(np.linalg.norm(g)), resolution=resolution)
            flat = np.unique(np.concatenate([
                rng.choice(theta.size, min(n_coords, theta.size), replace=False),
                np.argsort(np.abs(g), axis=None)[-n_top:],
            ]))
            for f in flat:
                idx = np.unravel_index(f, theta.shape)
                h = step * max(1.0, abs(theta[idx]))
                delta = np.zeros_like(theta)
                delta[idx] = h
                # the step actually taken, after rounding theta +- h
                taken = (theta[idx] + h) - (theta[idx] - h)
                diff, crossed = _central(p64, x64, y, gates0, layer, which, delta)
                key = tuple(int(i) for i in idx)
                if crossed:
                    pr.kinks.append(key)
                    continue
                pr.indices.append(key)
                pr.estimates.append(diff / taken)
                pr.checked.append(float(g[idx]))
            for _ in range(n_directions):
                v = rng.standard_normal(theta.shape)
                v /= np.linalg.norm(v)
                h = step * max(1.0, float(np.abs(theta).max()))
                diff, crossed = _central(p64, x64, y, gates0, layer, which, h * v)
                if crossed:
                    pr.direction_kinks += 1
                    continue
                pr.direction_estimates.append(diff / (2 * h))
                pr.direction_checked.append(float(np.vdot(g, v)))
            out.append(pr)
    return out
