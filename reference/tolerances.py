"""THE tolerance table: how far the checked gradient may sit from each oracle, per dtype.

Every number is a bound on :func:`reference.compare.relative_error`,
``|checked - oracle| / max(|oracle|, FLOOR * max|tensor|)``, and was set to
about ten times (or more) the worst rounding noise measured between *correct*
implementations on this machine (2 cores, NumPy/OpenBLAS, torch 2.13 CPU,
jax 0.10), then rounded up to a power of ten. Re-measure with
``python -m reference.measure_noise --real``; ``tests/test_oracles_tolerances.py``
re-measures the synthetic part on every run and fails if the noise ever comes
within a factor MARGIN of a tolerance.

Measured worst noise (784-256-128-10 on Fashion-MNIST, batches 0/150/299,
after 0/60/100/300 SGD steps, FLOOR = 1e-2):

  float64  torch, jax      He init 8e-14; saturated (unscaled normal) 2.4e-12
  float64  finite-diff     1.3e-6 (step 1e-5; rounding of a loss of ~2000 / 2h)
  float32  torch, jax      He init 5e-5;  saturated 8.4e-4
  float32  finite-diff     2.1e-4 (the float32 gradient's own rounding dominates)

Why the saturated regime is noisier: its logits reach ~5e3, so rounding in a
logit (eps * |z|) is a relative error of eps * 5e3 in the small softmax
probabilities every gradient element is built from. Float32 cannot resolve a
0.1% slip there (noise ~1e-3): it still separates gross bugs (x2, sign, a
missing batch mean or ReLU gate) from rounding. Check subtle bugs in float64,
the default: its tolerance 1e-10 sits between the noise (<= 2.4e-12) and the
smallest single-bug signal the design names (8e-8, float32 rounding inside a
float64 step; 1e-3 for a 0.1% slip).

FLOOR: with 1e-3 instead of 1e-2 the float64 noise is 2.4e-11 and float32
6e-3 (cancellation in tiny elements); with 1e-4, 1e-10 and 4e-2. 1e-2 keeps
float32 usable while an element below 1% of its tensor's largest is still
judged against that 1% at tolerance 1e-10 in float64.
"""

from __future__ import annotations

import numpy as np

FLOOR = 1e-2
"""Relative-error denominator floor, as a fraction of the tensor's largest magnitude."""

FD_STEP = 1e-5
"""Central-difference step, relative to max(1, |theta|). The finite-difference
oracle always evaluates the loss in float64 (float32 params are exact in
float64), so one step serves both dtypes: 1e-4 crosses ReLU kinks on ~40 of
~100 probes with He init, 1e-6 triples the rounding noise (eps * |L| / h)."""

TOLERANCES: dict[str, dict[str, float]] = {
    "float64": {"autodiff": 1e-10, "finite-diff": 1e-4},
    "float32": {"autodiff": 1e-2, "finite-diff": 1e-2},
}
"""Max relative error per dtype and oracle kind (torch and jax are "autodiff")."""

MARGIN = 10.0
"""The least factor by which every tolerance must exceed the measured noise."""

ORACLE_KIND = {"torch": "autodiff", "jax": "autodiff", "finite-diff": "finite-diff"}


def tolerance(dtype, oracle: str) -> float:
    """The tolerance for checking a gradient of ``dtype`` against ``oracle`` (torch, jax, finite-diff)."""
    name = np.dtype(dtype).name
    if name not in TOLERANCES:
        raise ValueError(f"no tolerance for dtype {name}; expected float32 or float64")
    if oracle not in ORACLE_KIND:
        raise ValueError(f"no tolerance for oracle {oracle!r}; expected one of {', '.join(ORACLE_KIND)}")
    return TOLERANCES[name][ORACLE_KIND[oracle]]
