"""THE tolerance tables: every bound xval judges a gradient or a training step by, per dtype.

Read every bound through :func:`tolerance` (dtype, check). TOLERANCES (gradients against
each oracle) is documented first; the trace's two per-step bounds, TRACE_TOLERANCES and
RATIO_TOLERANCES, and the checker's diagnosis bounds, CHECKER_BOUNDS, at their definitions below.

Every number is a bound on :func:`xval.reference.compare.relative_error`,
``max(|checked - oracle| - resolution, 0) / max(|oracle|, FLOOR * max|tensor|)``,
set to at least MARGIN (10) times the worst rounding noise measured between
*correct* implementations on this machine (2 cores, NumPy/OpenBLAS, torch 2.13
CPU, jax 0.10), rounded up to 1 or 5 times a power of ten. Re-measure with
``python -m xval.reference.measure_noise --real --steps 0:901:50 --batches 0,77,150,299``
(about ten minutes; without --steps/--batches a shorter sweep);
``tests/test_oracles_tolerances.py`` re-measures the synthetic cases on every
run and fails if the noise comes within MARGIN of a tolerance.

Measured worst noise, FLOOR = 1e-2, on 784-256-128-10 and Fashion-MNIST:
batches 0/77/150/299 after 0, 50, 100, ..., 900 notebook SGD steps (76 states
per regime and dtype; finite differences every 150 steps, 28 states):

  float64  torch, jax    He 1.6e-13, saturated 5.6e-12 (median 8e-13)  -> 1e-10 (18x)
  float64  finite-diff   5.0e-9 beyond its resolution (1.3e-6 raw)     -> 1e-6  (200x)
  float32  torch, jax    He 9e-5,    saturated 2.1e-3  (median 4e-4)   -> 5e-2  (23x)
  float32  finite-diff   2.1e-3 (float32 rounding flips a few gates)  -> 5e-2  (24x)

Why the saturated regime is noisier: its logits reach 2e3 to 5e3, so rounding
a logit (eps * |z|) is a relative error of eps * 5e3 in the small softmax
probabilities every gradient element is built from. In float32 that is ~3e-4
for each implementation against the exact (float64) gradient, and up to 2e-3
between two of them: float32 cannot resolve a 1% slip there. It still
separates gross bugs (x2, a sign, a missing batch mean or ReLU gate) from
rounding; check subtle bugs in float64, the default, whose tolerance 1e-10 sits
between the noise (<= 5.6e-12) and the smallest single-bug signals the design
names (8e-8, float32 rounding inside a float64 step; 1e-3, a 0.1% slip).
Finite differences (float64 arithmetic, see FD_STEP) have an absolute
resolution eps * max|logit| / h (~1e-7 here, see xval.reference.finite_diff) that
the relative error subtracts; beyond it they catch the 0.1% slip too, and slips
down to ~1e-5. Their tolerance keeps 200x rather than 10x over the noise
because the truncation error (h^2 / 6 times a third derivative that grows with
the cube of the activations) is small in these models but not bounded by them.

FLOOR: with 1e-3 instead of 1e-2 the float64 noise grows ~10x (2.4e-11) and
float32 to 6e-3 (cancellation in tiny elements); with 1e-4, 1e-10 and 4e-2.
1e-2 keeps float32 usable, while in float64 an element below 1% of its
tensor's largest is still judged against that 1% at 1e-10.
"""

from __future__ import annotations

import numpy as np

FLOOR = 1e-2
"""Relative-error denominator floor, as a fraction of the tensor's largest magnitude."""

FD_STEP = 1e-5
"""Central-difference step, relative to max(1, |theta|). The finite-difference
oracle always evaluates the loss in float64 (float32 params are exact in
float64), so one step serves both dtypes: 1e-4 crosses ReLU kinks on ~40 of
~100 probes with He init (1e-5: 0 to 8), and the rounding noise grows as 1/h."""

TOLERANCES: dict[str, dict[str, float]] = {
    "float64": {"autodiff": 1e-10, "finite-diff": 1e-6},
    "float32": {"autodiff": 5e-2, "finite-diff": 5e-2},
}
"""Max relative error per dtype and oracle kind (torch and jax are "autodiff")."""

MARGIN = 10.0
"""The least factor by which every tolerance must exceed the measured noise."""

TRACE_TOLERANCES: dict[str, float] = {"float64": 1e-10, "float32": 0.25}
"""Max local (re-synced, one-step) relative *parameter* error and batch-loss error per step
in a trace, :func:`xval.reference.compare.relative_error` with FLOOR. Measured on
784-256-128-10, Fashion-MNIST, 300 notebook steps, both regimes, torch and jax:
float64 noise <= 2.7e-13 saturated, 1.3e-14 He, under the design's gate 1e-10.
float32: ten times the worst measured, 2.4e-2 (jax, saturated, step 235, b1:
numpy's and torch's float32 softmax round 1 - p differently from jax's
log-softmax, and both sit ~2e-2 from float64 there); typical steps sit at 1e-7
to 4e-6. Re-measured by tests/test_trace_gates.py (real data)."""

RATIO_TOLERANCES: dict[str, float] = {"float64": 1e-10, "float32": 1e-3}
"""Max update-scale error per tensor and step in a trace:
``|median(numpy's update / oracle's update) - 1|`` over the elements above FLOOR
of the tensor's largest update, the size of a systematic scale error (x2, x1.01,
a missing batch mean, a wrong lr, a tensor left out of the update). Rare large
rounding outliers barely move a median: measured worst 1.5e-14 in float64 and
1.2e-5 in float32 (every tensor, b3's 10 elements included), whereas the
elementwise parameter error has heavy tails (one correct float32 step in 300
reaches 2e-2) and cannot see a x2 gradient on a weight matrix at all
(lr * |dW| is ~1e-3 of |W|). The float32 bound is 80x the worst measured."""

ORACLE_KIND = {"torch": "autodiff", "jax": "autodiff", "finite-diff": "finite-diff"}

CHECKER_BOUNDS: dict[str, float] = {
    "update-rule": 1e-4,
    "factor-is-rounding": 1e-6,
    "precision-ratio": 30.0,
}
"""Bounds of ``xval check``'s diagnoses, the same in both dtypes (a check runs in float64 by default):

- update-rule: the largest relative difference between the gradients implied by one step at lr
  and one at 10 lr that still counts as the same gradient: above float32 rounding (~1e-7 after
  the division by lr), far below the factor 10 a wrong update rule leaves.
- factor-is-rounding: a fitted constant c with |c - 1| at most this is rounding (float32-level
  at worst, which precision-loss judges), never a scaled gradient.
- precision-ratio: the band of precision-loss: an error from float32 eps / 30 (4e-9, 40x the
  float64 tolerance) up to 30 x the float32 oracle's own error is float32 rounding.
"""

TRACE_CHECKS = {"trace": TRACE_TOLERANCES, "update-scale": RATIO_TOLERANCES}


def tolerance(dtype, check: str) -> float:
    """THE accessor: the bound for ``check`` in ``dtype`` (float32 or float64).

    ``check`` is an oracle a gradient is compared with (torch, jax, finite-diff) or its kind
    (autodiff), a trace bound (trace: the local parameter and batch-loss error; update-scale),
    or one of :data:`CHECKER_BOUNDS` (update-rule, factor-is-rounding, precision-ratio).
    """
    name = np.dtype(dtype).name
    if name not in TOLERANCES:
        raise ValueError(f"no tolerance for dtype {name}; expected float32 or float64")
    if check in ORACLE_KIND or check in TOLERANCES[name]:
        return TOLERANCES[name][ORACLE_KIND.get(check, check)]
    if check in TRACE_CHECKS:
        return TRACE_CHECKS[check][name]
    if check in CHECKER_BOUNDS:
        return CHECKER_BOUNDS[check]
    known = [*ORACLE_KIND, "autodiff", *TRACE_CHECKS, *CHECKER_BOUNDS]
    raise ValueError(f"no tolerance for {check!r}; expected one of {', '.join(known)}")
