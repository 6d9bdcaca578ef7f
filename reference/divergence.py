"""Reading a trajectory comparison: how fast free-running error grows, and where a step first goes wrong.

Inputs are per-step error series (one float per SGD step, the largest relative
parameter error over all tensors, see :func:`reference.compare.relative_error`)
and, for localisation, the state before the first bad step: params as a list of
``(W, b)`` (``W`` (fan_in, fan_out), ``b`` (1, fan_out)), a batch ``x`` (B, D),
``y`` (B,) and the learning rate.

Two kinds of error (see DESIGN.md, "Numerical facts"):
- *local*: both backends take one step from the same state. Correct code keeps it
  at rounding level at every step; more than that is an implementation mismatch.
- *global*: each backend free-runs from the initial weights. In a chaotic regime
  (the saturated softmax) rounding differences grow exponentially, so a large
  global error with a small local one is rounding amplification, not a bug.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

from reference.compare import compare_grads, compare_values, param_names
from reference.tolerances import FLOOR, TOLERANCES

Params = list[tuple[np.ndarray, np.ndarray]]

# --- Trace tolerances: TO MOVE into reference/tolerances.py (owned by the gradient-oracle work). ---
# Bounds on the per-step relative parameter (and batch-loss) error, relative_error() with FLOOR.
# float64: the gate the design asks for; measured noise (300 steps, 784-256-128-10, Fashion-MNIST)
#   local <= 2.7e-13 saturated / 1.3e-14 He; global in He <= 1.4e-14.
# float32: ten times the worst measured local noise, 2.4e-2 (jax, saturated, step 235: numpy's and torch's
#   float32 softmax rounds 1 - p differently from jax's log-softmax; both are ~2e-2 from float64 there).
TRACE_TOLERANCES: dict[str, float] = {"float64": 1e-10, "float32": 0.25}

MATCH = "match"
AMPLIFICATION = "rounding amplification"
MISMATCH = "implementation mismatch"

MIN_RISE_DECADES = 2.0  # a free-running error that rises less than this is not "growing"
FIT_MARGIN_DECADES = 1.0  # fit window: a decade above the step-0 level to a decade below the peak


def trace_tolerance(dtype) -> float:
    name = np.dtype(dtype).name
    if name not in TRACE_TOLERANCES:
        raise ValueError(f"no trace tolerance for dtype {name}; expected float32 or float64")
    return TRACE_TOLERANCES[name]


@dataclass
class GrowthFit:
    """log(error) ~ a + step / efold_steps over the steps where the free-running error grows."""

    efold_steps: float  # steps per factor e
    decades_per_100_steps: float
    start: int  # first and last step of the fit window
    stop: int
    r2: float

    def to_json(self) -> dict:
        return asdict(self)


def growth_fit(errors: Sequence[float]) -> GrowthFit | None:
    """Fit the exponential phase of a global error series; None when it does not grow.

    The window runs from the first step whose running maximum is a decade above
    the step-0 level (the rounding floor) to the first step whose running maximum
    is within a decade of the peak (where the error saturates). It needs a rise
    of at least MIN_RISE_DECADES and three points; non-finite values end it.
    """
    e = np.asarray(errors, dtype=np.float64)
    finite = np.isfinite(e)
    if not finite.all():
        e = e[:int(np.argmin(finite))]
    positive = np.flatnonzero(e > 0)
    if len(positive) < 3:
        return None
    env = np.maximum.accumulate(np.where(e > 0, e, 0.0))
    base, peak = e[positive[0]], env[-1]
    if math.log10(peak / base) < MIN_RISE_DECADES:
        return None
    start = int(np.argmax(env >= base * 10 ** FIT_MARGIN_DECADES))
    stop = int(np.argmax(env >= peak / 10 ** FIT_MARGIN_DECADES))
    steps = np.arange(start, stop + 1)
    steps = steps[e[steps] > 0]
    if len(steps) < 3:
        start, stop = int(positive[0]), int(np.argmax(env >= peak))
        steps = np.arange(start, stop + 1)
        steps = steps[e[steps] > 0]
        if len(steps) < 3:
            return None
    logs = np.log(e[steps])
    slope, intercept = np.polyfit(steps, logs, 1)
    if not slope > 0:
        return None
    resid = logs - (slope * steps + intercept)
    total = float(np.sum((logs - logs.mean()) ** 2))
    r2 = 1.0 - float(np.sum(resid ** 2)) / total if total > 0 else 1.0
    return GrowthFit(float(1.0 / slope), float(100 * slope / math.log(10)), int(steps[0]), int(steps[-1]), r2)


def verdict(local_max: Sequence[float], global_max: Sequence[float], tol: float) -> str:
    """MISMATCH if a re-synced step ever leaves tolerance; AMPLIFICATION if only the free run does; else MATCH."""
    if any(not v <= tol for v in local_max):  # NaN counts as out of tolerance
        return MISMATCH
    if any(not v <= tol for v in global_max):
        return AMPLIFICATION
    return MATCH


def combine(verdicts: Sequence[str]) -> str:
    """The overall verdict: the worst of the oracles' (mismatch > amplification > match)."""
    for v in (MISMATCH, AMPLIFICATION):
        if v in verdicts:
            return v
    return MATCH


def _ratio(checked: np.ndarray, expected: np.ndarray) -> float | None:
    """Median of checked / expected where |expected| is above the floor: a constant factor shows here."""
    c, e = np.asarray(checked, np.float64).ravel(), np.asarray(expected, np.float64).ravel()
    keep = np.abs(e) > FLOOR * np.abs(e).max(initial=0.0)
    if not keep.any():
        return None
    r = float(np.median(c[keep] / e[keep]))
    return r if np.isfinite(r) else None


def _found(stage: str, cmp, detail: str, **extra) -> dict:
    out = {"stage": stage, "param": cmp.param, "index": cmp.index, "numpy": cmp.checked, "oracle": cmp.expected,
           "rel": cmp.max_rel, "n_bad": cmp.n_bad, "tol": cmp.tol, "detail": detail}
    out.update(extra)
    return out


def localise(checked, oracle, params: Params, x: np.ndarray, y: np.ndarray, lr: float, tol: float) -> dict:
    """The first stage at which ``checked`` (numpy) and ``oracle`` differ on one step from ``params``.

    forward: a layer's pre-activation z_l (compared layer by layer, by running
    the first l layers), or the batch loss; backward: a gradient tensor; update:
    the new parameters are not params - lr * gradient. Returns a dict with
    stage, param, index, both values, the relative error and a one-line detail.
    """
    name = getattr(oracle, "name", "oracle")
    grad_tol = TOLERANCES[np.dtype(getattr(oracle, "dtype", np.float64)).name]["autodiff"]
    for layer in range(1, len(params) + 1):
        z = compare_values(name, f"z{layer}", checked.forward(params[:layer], x), oracle.forward(params[:layer], x),
                           grad_tol)
        if not z.ok:
            return _found("forward", z, f"layer {layer} pre-activation differs first (sample {z.index[0]}, "
                          f"unit {z.index[1]}): numpy {z.checked:.10g} vs {name} {z.expected:.10g}")
    loss_np, grads_np = checked.loss_and_grads(params, x, y)
    loss_or, grads_or = oracle.loss_and_grads(params, x, y)
    new_np, clipped_np = checked.sgd_step(params, x, y, lr)
    new_or, clipped_or = oracle.sgd_step(params, x, y, lr)
    for what, a, b in (("loss", loss_np, loss_or), ("clipped loss", clipped_np, clipped_or)):
        c = compare_values(name, what, np.array([a]), np.array([b]), grad_tol)
        if not c.ok:
            return _found("forward", c, f"the logits agree but the batch {what} differs: numpy {a:.10g} vs "
                          f"{name} {b:.10g} (softmax, clip or mean)")
    bad = [c for c in compare_grads(grads_np, grads_or, name, grad_tol) if not c.ok]
    if bad:
        worst = max(bad, key=lambda c: -1.0 if c.max_rel is None else c.max_rel)
        layer, which = divmod(param_names(len(params)).index(worst.param), 2)
        ratio = _ratio(grads_np[layer][which], grads_or[layer][which])
        return _found("backward", worst, f"forward and loss agree, gradient {worst.param} differs first "
                      f"({', '.join(c.param for c in bad)} over tolerance); median numpy/{name} ratio "
                      f"{'n/a' if ratio is None else f'{ratio:.6g}'}", params_bad=[c.param for c in bad], ratio=ratio)
    cmps = compare_grads(new_np, new_or, name, tol)
    worst = max(cmps, key=lambda c: -1.0 if c.max_rel is None else c.max_rel)
    layer, which = divmod(param_names(len(params)).index(worst.param), 2)
    step = new_np[layer][which] - params[layer][which]
    ratio = _ratio(step, -lr * np.asarray(grads_np[layer][which]))
    if worst.ok:
        return _found("step", worst, "forward, gradients and updates agree when recomputed from this state: "
                      "the step is not reproducible (non-determinism?)")
    how = ("not updated" if ratio == 0 else f"updated by {ratio:.6g} x (-lr x gradient)") if ratio is not None else \
        "updated by something other than -lr x gradient"
    return _found("update", worst, f"gradients agree but {worst.param} is {how}", ratio=ratio)
