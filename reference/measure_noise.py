"""Re-measure the rounding noise behind reference/tolerances.py between correct implementations.

``python -m xval.reference.measure_noise`` (synthetic cases of the notebook's
model, a few seconds), ``--specs all`` (the same cases for every ModelSpec
family: 5 hidden activations x 8 output/loss pairs, each plain and with L2
1e-3 and momentum 0.9, about ten minutes), ``--specs 'hidden=tanh,loss=mse'`` (one
family), or ``--real`` (adds the 784-256-128-10 model on Fashion-MNIST in both
regimes, by default batches 0/150/299 after 0/60/100/300 training steps; see
``--steps`` and ``--batches``). Prints, per dtype and oracle, the worst
relative error seen, where (family, case, tensor), the tolerance and their
ratio (across families, the one of least ratio); ``--trace`` adds the trace's
per-step noise (40 re-synced steps per family, normal and Xavier weights); exit 1
if a tolerance is within MARGIN of its noise.
Shapes: a case is (name, params, x (B, D), y (B,)).
"""

from __future__ import annotations

import argparse
from typing import Iterable, Iterator

import numpy as np

from xval.impl.conventions import Params
from xval.impl.spec import HIDDEN, NOTEBOOK, PAIRS, ModelSpec, parse_spec
from xval.impl.weights import init_params
from xval.reference.gradcheck import ORACLE_NAMES, check_batch, train_steps
from xval.reference.tolerances import MARGIN, tolerance

Case = tuple[str, Params, np.ndarray, np.ndarray]

SYNTHETIC_ARCHS = {"d1": (11, 5), "d2": (13, 7, 5), "d3": (17, 9, 7, 3), "d4": (19, 11, 9, 5, 7)}
SATURATED_LOGITS = 2000.0  # the notebook's default model: max |logit| ~5e3 at init, ~2e3 after 100 steps


def synthetic_params(sizes, regime: str, dtype, seed: int = 0) -> Params:
    """Zero biases; "he" weights, or "saturated": standard normal with the last layer scaled so that
    max |logit| on pixel-like inputs is SATURATED_LOGITS, as in the notebook's model."""
    if regime == "he":
        return init_params(sizes, "he", seed, dtype)
    params = init_params(sizes, "normal", seed, np.float64)
    a = synthetic_batch(64, sizes[0], sizes[-1], np.float64, seed=seed)[0]
    for W, b in params[:-1]:
        a = np.maximum(a @ W + b, 0.0)
    scale = SATURATED_LOGITS / np.abs(a @ params[-1][0]).max()
    params[-1] = (params[-1][0] * scale, params[-1][1])
    return [(W.astype(dtype), b.astype(dtype)) for W, b in params]


def synthetic_batch(n: int, d: int, n_classes: int, dtype, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Pixel-like inputs in [0, 1) and uniform labels."""
    rng = np.random.default_rng(seed)
    return rng.random((n, d)).astype(dtype), rng.integers(0, n_classes, n)


def all_families(l2: float = 1e-3, momentum: float = 0.9) -> list[ModelSpec]:
    """Every hidden activation x output/loss pair, plain (the notebook's model first) and with L2 and momentum
    (the L2 term adds l2 * W to every weight gradient, which can hide a vanishing data gradient's noise)."""
    hidden = [h if h != "leaky_relu" else "leaky_relu:0.01" for h in HIDDEN]
    plain = [ModelSpec(h, out, loss) for h in hidden for out, loss in sorted(PAIRS)]
    return sorted(plain, key=lambda s: not s.is_notebook) + [
        ModelSpec(h, out, loss, l2, f"momentum:{momentum:g}") for h in hidden for out, loss in sorted(PAIRS)]


def _loss_finite(params: Params, x: np.ndarray, y: np.ndarray, spec: ModelSpec) -> bool:
    """Whether the product's loss of the batch is a number in its dtype (the parameters may be finite and their
    outputs' squares not)."""
    from xval.impl import mlp

    with np.errstate(all="ignore"):
        return bool(np.isfinite(mlp.loss_and_grads(params, x, y, spec)[0]))


def synthetic_cases(dtype, steps: Iterable[int] = (0, 5), spec: ModelSpec = NOTEBOOK,
                    archs=tuple(SYNTHETIC_ARCHS)) -> Iterator[Case]:
    """Both regimes on each architecture, after each number of the spec's training steps (momentum
    carried across them), checked on the first 8 rows; a spec whose hidden layers differ on the architectures
    of exactly as many hidden layers as it gives activations."""
    for arch in archs:
        sizes = SYNTHETIC_ARCHS[arch]
        if spec.mixed and len(sizes) - 2 != len(spec.layers):
            continue
        for regime in ("he", "saturated"):
            x, y = synthetic_batch(24, sizes[0], sizes[-1], dtype, seed=len(sizes))
            params, velocity = synthetic_params(sizes, regime, dtype), None
            done = 0
            for k in sorted(steps):
                with np.errstate(over="ignore", invalid="ignore"):
                    params, velocity = train_steps(params, x, y, k - done, 8, 0.005, first_step=done, spec=spec,
                                                   velocity=velocity, return_velocity=True)
                done = k
                if not all(np.isfinite(t).all() for pair in params for t in pair) or not _loss_finite(
                        params, x[:8], y[:8], spec):
                    break  # training blew up (identity + MSE on saturated logits of 2e3; a leaky ReLU output's
                    # logits of 1e20, whose squared error overflows float32): nothing to check
                yield f"{arch}-{regime}-step{k}", params, x[:8], y[:8]


def real_cases(data, dtype, steps: Iterable[int] = (0, 60, 100, 300), batches=(0, 150, 299),
               spec: ModelSpec = NOTEBOOK) -> Iterator[Case]:
    x, y = data.train_x.astype(dtype, copy=False), data.train_y
    for regime in ("normal", "he" if spec.has_kinks else "xavier"):
        params, done, velocity = init_params((784, 256, 128, 10), regime, 0, dtype), 0, None
        for k in sorted(steps):
            with np.errstate(over="ignore", invalid="ignore"):
                params, velocity = train_steps(params, x, y, k - done, 200, 0.005, first_step=done, spec=spec,
                                               velocity=velocity, return_velocity=True)
            done = k
            if not all(np.isfinite(t).all() for pair in params for t in pair):
                break  # training blew up (identity + MSE from unscaled normal weights): nothing to check
            for b in batches:
                yield f"real-{regime}-step{k}-batch{b}", params, x[200 * b:200 * b + 200], y[200 * b:200 * b + 200]


def measure(cases: Iterable[Case], oracles=ORACLE_NAMES, spec: ModelSpec = NOTEBOOK,
            worst: dict[str, tuple[float, str]] | None = None) -> dict[str, tuple[float, str]]:
    """Worst max_rel per oracle over all cases of ``spec``, and the case and tensor where it occurred;
    ``worst`` (from an earlier call) is updated, so that one table can span several families."""
    worst = {o: (0.0, "") for o in oracles} if worst is None else worst
    label = "" if spec.is_notebook else f"[{spec}] "
    ranks = {o: (w[0], 0.0) for o, w in worst.items()}
    for name, params, x, y in cases:
        for c in check_batch(params, x, y, oracles=oracles, required=True, spec=spec).comparisons:
            # among errors within the resolution (0), the largest raw one names the case
            key = (np.inf, np.inf) if c.max_rel is None else (c.max_rel, c.extra.get("max_rel_raw", c.max_rel))
            if key > ranks.get(c.oracle, (-1.0, -1.0)):
                ranks[c.oracle] = key
                worst[c.oracle] = (key[0], f"{label}{name} {c.param}")
    return worst


def trace_noise(dtype, spec: ModelSpec, steps: int = 40) -> tuple[float, float]:
    """Worst local (re-synced) parameter/batch-loss error and update-scale error of torch and jax against numpy
    over ``steps`` steps of a 30-16-9-5 model on random data, from normal and Xavier weights (the trace's noise)."""
    from types import SimpleNamespace

    from xval.reference.trace import run_trace

    g = np.random.default_rng(0)
    data = SimpleNamespace(train_x=g.random((400, 30)).astype(dtype), train_y=g.integers(0, 5, 400),
                           test_x=g.random((50, 30)).astype(dtype), test_y=g.integers(0, 5, 50))
    local = ratio = 0.0
    for init in ("normal", "xavier"):
        params = init_params((30, 16, 9, 5), init, 0, dtype)
        with np.errstate(all="ignore"):
            res = run_trace(params, data, steps=steps, dtype=dtype, oracles=["torch", "jax"], batch_size=40,
                            lr=0.05, eval_every=None, spec=spec)
        for tr in res.oracles.values():
            local = max(local, *tr.local_max, *tr.local_loss)
            ratio = max(ratio, *tr.local_ratio)
    return local, ratio


def _ratio(tol: float, noise: float) -> str:
    return f"{tol / noise:.0f}" if noise > 0 else "inf"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", action="store_true", help="also measure on Fashion-MNIST")
    ap.add_argument("--steps", default="0,60,100,300",
                    help="with --real: SGD steps to measure after, a list 0,60 or a range START:STOP:STEP")
    ap.add_argument("--batches", default="0,150,299", help="with --real: batch indices to check at each state")
    ap.add_argument("--specs", default="notebook",
                    help="model families: notebook (default), all, or one spec like hidden=tanh,loss=mse")
    ap.add_argument("--by-family", action="store_true", help="also print each family's worst noise and tolerance")
    ap.add_argument("--trace", action="store_true",
                    help="also measure the trace's per-step noise (TRACE_TOLERANCES, RATIO_TOLERANCES) per family")
    args = ap.parse_args(argv)
    specs = {"notebook": [NOTEBOOK], "all": all_families()}.get(args.specs) or [parse_spec(args.specs)]
    steps = range(*map(int, args.steps.split(":"))) if ":" in args.steps else [int(s) for s in args.steps.split(",")]
    batches = [int(b) for b in args.batches.split(",")]
    data = None
    if args.real:
        from xval.impl.data import load_fashion_mnist
        data = load_fashion_mnist()
    ok = True
    print(f"{'dtype':<8} {'oracle':<12} {'noise':>9} {'tolerance':>9} {'ratio':>7}  worst case")
    for dtype in (np.float64, np.float32):
        tightest: dict[str, tuple[float, float, str]] = {}  # oracle -> (noise, tolerance, where) of least ratio
        for spec in specs:
            cases = list(synthetic_cases(dtype, spec=spec))
            if data is not None:
                cases += list(real_cases(data, dtype, steps, batches, spec))
            family = measure(cases, spec=spec)
            if args.by_family:
                print(f"  {np.dtype(dtype).name} {spec}: " + ", ".join(
                    f"{o} {v:.1e} (tol {tolerance(dtype, o, spec):.0e})" for o, (v, _) in family.items()))
            for oracle, (noise, where) in family.items():
                tol = tolerance(dtype, oracle, spec)
                old = tightest.get(oracle)
                if old is None or noise / tol > old[0] / old[1]:
                    tightest[oracle] = (noise, tol, where)
        for oracle, (noise, tol, where) in tightest.items():
            ok &= noise * MARGIN <= tol
            print(f"{np.dtype(dtype).name:<8} {oracle:<12} {noise:9.1e} {tol:9.0e} {_ratio(tol, noise):>7}  {where}")
    if args.trace:
        print(f"{'dtype':<8} {'trace':<12} {'noise':>9} {'tolerance':>9} {'ratio':>7}  worst family")
        for dtype in (np.float64, np.float32):
            checks = {"local": "trace", "update scale": "update-scale"}
            tightest = {kind: (0.0, tolerance(dtype, check), "") for kind, check in checks.items()}
            for spec in specs:
                for kind, noise in zip(checks, trace_noise(dtype, spec)):
                    tol = tolerance(dtype, checks[kind], spec)
                    if noise / tol > tightest[kind][0] / tightest[kind][1]:
                        tightest[kind] = (noise, tol, str(spec))
            for kind, (noise, tol, where) in tightest.items():
                ok &= noise * MARGIN <= tol
                print(f"{np.dtype(dtype).name:<8} {kind:<12} {noise:9.1e} {tol:9.0e} {_ratio(tol, noise):>7}  {where}")
    print(f"every tolerance exceeds its noise by at least {MARGIN:g}x" if ok else
          f"A TOLERANCE IS WITHIN {MARGIN:g}x OF THE NOISE: investigate before changing it")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
