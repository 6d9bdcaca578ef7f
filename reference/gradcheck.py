"""Check the product's gradient on one batch against torch, jax and finite differences.

Shapes: params is a list of ``(W, b)`` (``W`` (fan_in, fan_out), ``b`` (1, fan_out));
``x`` (N, D) float, ``y`` (N,) int. Batches follow the notebook: batch K is rows
``K * batch_size`` to ``(K + 1) * batch_size`` in file order (the last may be
partial), and ``at_step`` first trains that many numpy steps (SGD or, per the
spec, momentum) on batches 0, 1, 2, ... (wrapping around epochs) from the given
params. ``spec`` (an :class:`xval.impl.spec.ModelSpec`, None: the notebook's
model) is the one model every backend and the finite differences compute.

An oracle that is not installed is skipped with a note when the caller left
the choice to the default, and refused (:class:`OracleUnavailable`, exit 2 at
the CLI) when the caller named it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Sequence

import numpy as np

from xval.impl.conventions import Params, notebook_batch
from xval.impl.errors import InputError
from xval.impl.spec import LOSS_NAMES, ModelSpec, as_spec
from xval.reference import finite_diff
from xval.reference.backends import Backend, get_backend, is_installed, spec_kwargs
from xval.reference.compare import Comparison, compare_grads, compare_values, model_resolution, scalar_error
from xval.reference.tolerances import FLOOR, tolerance

ORACLE_NAMES = ("torch", "jax", "finite-diff")


@dataclass
class GradcheckResult:
    """Every comparison of one check, with what is needed to read them."""

    dtype: str
    comparisons: list[Comparison]
    losses: dict[str, float]  # the differentiated loss per backend (finite-diff: its own forward)
    loss_ok: dict[str, bool]
    context: dict = field(default_factory=dict)  # batch, step, sizes, timings
    skipped: dict[str, str] = field(default_factory=dict)  # oracle -> why
    product: str = "numpy"  # the backend whose gradient was checked
    spec: ModelSpec = field(default_factory=ModelSpec)  # the model every backend computed

    @property
    def ok(self) -> bool:
        return bool(self.comparisons) and all(c.ok for c in self.comparisons) and all(self.loss_ok.values())

    @property
    def oracles(self) -> list[str]:
        return list(dict.fromkeys(c.oracle for c in self.comparisons))

    def to_json(self) -> dict:
        return {"ok": self.ok, "dtype": self.dtype, "comparisons": [c.to_json() for c in self.comparisons],
                "losses": self.losses, "loss_ok": self.loss_ok, "skipped": self.skipped,
                "tolerances": {o: tolerance(self.dtype, o, self.spec) for o in self.oracles}, "floor": FLOOR,
                "model": self.spec.to_json(), **self.context}

    def failures(self) -> list[str]:
        lines = [f"loss: expected {self.losses[o]:.12g} ({o}), got {self.losses[self.product]:.12g} "
                 f"({self.product}): the forward passes disagree before any gradient"
                 for o, ok in self.loss_ok.items() if not ok]
        return lines + [c.message() for c in self.comparisons if not c.ok]

    def table(self) -> str:
        """Parameter x oracle: max relative error and verdict per cell, then the failures."""
        ctx, oracles = self.context, self.oracles
        by = {(c.param, c.oracle): c for c in self.comparisons}
        params = list(dict.fromkeys(c.param for c in self.comparisons))
        out = [f"gradcheck {self.dtype}: batch {ctx.get('batch_index')} (rows {ctx.get('rows')}) "
               f"after {ctx.get('at_step')} training step(s); model: {self.spec.describe()}",
               f"mean {LOSS_NAMES[self.spec.loss]}{' + L2' if self.spec.l2 else ''} (unclipped, the loss "
               "differentiated): " + " | ".join(f"{k} {v:.12g}" for k, v in self.losses.items())]
        out += [f"{o}: skipped ({why})" for o, why in self.skipped.items()]
        out.append(f"{'param':<6} {'shape':<11}" + "".join(f"{o:>22}" for o in oracles))
        for p in params:
            shape = "x".join(map(str, ctx.get("shapes", {}).get(p, ()))) or "?"
            cells = []
            for o in oracles:
                c = by.get((p, o))
                if c is None:
                    cells.append("-")
                elif c.extra.get("below_resolution"):
                    cells.append("below resolution")
                elif c.max_rel == 0 and c.extra.get("max_rel_raw"):  # within the FD resolution everywhere
                    cells.append(f"({c.extra['max_rel_raw']:.1e}) ok")
                else:
                    cells.append(f"{'n/a' if c.max_rel is None else f'{c.max_rel:.1e}'} {'ok' if c.ok else 'FAIL'}")
            out.append(f"{p:<6} {shape:<11}" + "".join(f"{cell:>22}" for cell in cells))
        out.append(f"{'tolerance':<18}" + "".join(f"{tolerance(self.dtype, o, self.spec):>22.0e}" for o in oracles))
        kinks = sum(c.extra.get("n_kinks", 0) for c in self.comparisons)
        if "finite-diff" in oracles:
            fd = [c for c in self.comparisons if c.oracle == "finite-diff"]
            kink_note = f"{kinks} left out as ReLU kink crossings" if self.spec.has_kinks or self.spec.output_kinks \
                else f"no kinks ({self.spec.hidden_words()} hidden units and a {self.spec.output} output are smooth)"
            out.append(f"finite-diff: {sum(c.n_compared for c in fd)} probes compared, {kink_note}; resolution {max(c.extra.get('resolution', 0) for c in fd):.1e} "
                       "(a value in parentheses: every difference within it)")
        out.append(f"relative error = |{self.product} - oracle| / max(|oracle|, {FLOOR:g} * max|tensor|)")
        if self.ok:
            out.append(f"OK: the {self.product} gradient agrees with {', '.join(oracles)} on all {len(params)} tensors")
        else:
            out.append("MISMATCH:")
            out += ["  " + line for line in self.failures()]
        return "\n".join(out)


def undamped_scale(params: Params, x, y, spec: ModelSpec, oracle: Backend | None) -> float:
    """For MSE through a sigmoid, softmax or tanh output: the largest gradient element the oracle computes with the
    output's saturating derivative taken out (the same model with BCE or cross-entropy: output delta (a - t) / B;
    for tanh, whose (tanh(z) - t) / B has no loss of its own, sigmoid + BCE's (sigmoid(z) - t) / B, bounded by the
    same 1 / B order). Where the output saturates, MSE's gradient shrinks to rounding of that size; 0 for other
    models."""
    if oracle is None or spec.loss != "mse" or spec.output in ("identity", "relu", "leaky_relu"):
        return 0.0
    undamped = replace(spec, loss="cross_entropy") if spec.output == "softmax" else \
        replace(spec, output="sigmoid", loss="bce")
    _, grads = oracle.loss_and_grads(params, x, y, spec=undamped)
    return max(float(np.abs(np.asarray(t, np.float64)).max(initial=0.0)) for pair in grads for t in pair)


def _fd_comparisons(params: Params, grads: Params, x, y, dtype, seed: int,
                    spec: ModelSpec, scale: float = 0.0) -> tuple[float, list[Comparison]]:
    """One Comparison per tensor over its coordinate and direction probes; when a random direction is
    the worst probe, ``index`` is [] and ``label`` says which direction."""
    tol = tolerance(dtype, "finite-diff", spec)
    loss = finite_diff.loss_and_gates([(np.asarray(W, np.float64), np.asarray(b, np.float64)) for W, b in params],
                                      np.asarray(x, np.float64), y, spec)[0]
    # structure first: probing a wrongly shaped gradient would compare unrelated elements
    zeros = [(np.zeros(W.shape), np.zeros(b.shape)) for W, b in params]
    structure = compare_grads(grads, zeros, "finite-diff", tol)
    if any(c.max_rel is None for c in structure):  # None: a shape or layer count that cannot be compared
        return loss, [c if c.max_rel is None else
                      Comparison("finite-diff", c.param, None, None, [], 0, False, tol, 0,
                                 problem="not probed: the gradient's structure is wrong (see the other tensors)")
                      for c in structure]
    out = []
    own = model_resolution(grads, dtype, spec, fd=True, scale=scale)
    for pr in finite_diff.probe(params, grads, x, y, seed=seed, spec=spec):
        pr.resolution = max(pr.resolution, own)
        c = compare_values("finite-diff", pr.param, pr.checked, pr.estimates, tol, scale=pr.grad_scale,
                           indices=pr.indices, resolution=pr.resolution)
        d = compare_values("finite-diff", pr.param, pr.direction_checked, pr.direction_estimates, tol,
                           scale=pr.grad_norm, resolution=pr.resolution)
        c.extra = {"n_kinks": len(pr.kinks) + pr.direction_kinks, "n_directions": d.n_compared,
                   "direction_max_rel": d.max_rel, "resolution": pr.resolution,
                   "max_rel_raw": max(c.extra.get("max_rel_raw", 0.0), d.extra.get("max_rel_raw", 0.0)),
                   "below_resolution": pr.grad_scale <= pr.resolution}
        if d.max_rel is not None and (c.max_rel is None or d.max_rel > c.max_rel):
            c.max_abs, c.max_rel, c.checked, c.expected = d.max_abs, d.max_rel, d.checked, d.expected
            c.index, c.label = [], f"{pr.param} along random direction {d.index[0]}"
        c.n_bad, c.n_compared = c.n_bad + d.n_bad, c.n_compared + d.n_compared
        c.ok = c.ok and d.ok
        out.append(c)
    return loss, out


def check_batch(
    params: Params, x: np.ndarray, y: np.ndarray, oracles: Sequence[str] = ORACLE_NAMES,
    product: Backend | None = None, required: bool = False, fd_seed: int = 0,
    spec: ModelSpec | str | None = None,
) -> GradcheckResult:
    """Compare ``product``'s (default: numpy) gradient on one batch with each oracle, in the params' dtype."""
    spec = as_spec(spec)
    dtype = np.dtype(params[0][0].dtype)
    unknown = [o for o in oracles if o not in ORACLE_NAMES]
    if unknown or not oracles:
        raise InputError(f"--oracles: expected some of {', '.join(ORACLE_NAMES)}, found {', '.join(unknown) or 'none'}")
    product = product or get_backend("numpy", dtype)
    timings, t0 = {}, time.perf_counter()
    loss, grads = product.loss_and_grads(params, x, y, **spec_kwargs(spec))
    timings[product.name] = time.perf_counter() - t0
    losses, loss_ok, comparisons, skipped = {product.name: float(loss)}, {}, [], {}
    autodiff = [o for o in oracles if o != "finite-diff" and is_installed(o)]
    scale = undamped_scale(params, x, y, spec, get_backend(autodiff[0], dtype) if autodiff else None)
    for name in oracles:
        t0 = time.perf_counter()
        if name == "finite-diff":
            o_loss, comps = _fd_comparisons(params, grads, x, y, dtype, fd_seed, spec, scale)
        else:
            if not is_installed(name) and not required:
                skipped[name] = f"{name} is not installed"
                continue
            oracle = get_backend(name, dtype)  # raises OracleUnavailable when missing and required
            o_loss, o_grads = oracle.loss_and_grads(params, x, y, **spec_kwargs(spec))
            comps = compare_grads(grads, o_grads, name, tolerance(dtype, name, spec),
                                  model_resolution(grads, dtype, spec, scale=scale))
        timings[name] = time.perf_counter() - t0
        losses[name] = float(o_loss)
        loss_ok[name] = scalar_error(loss, o_loss) <= tolerance(dtype, name, spec)
        comparisons += comps
    shapes = {f"{k}{i}": t.shape for i, pair in enumerate(params, 1) for k, t in zip("wb", pair)}
    return GradcheckResult(dtype.name, comparisons, losses, loss_ok,
                           {"shapes": shapes, "seconds": timings}, skipped, product.name, spec)


def train_steps(params: Params, x: np.ndarray, y: np.ndarray, steps: int, batch_size: int, lr: float,
                product: Backend | None = None, first_step: int = 0, spec: ModelSpec | str | None = None,
                velocity: Params | None = None, return_velocity: bool = False):
    """Steps ``first_step`` .. ``first_step + steps - 1`` of ``product`` (default numpy), notebook batch order.

    With momentum, ``velocity`` is where the run stands (None: at rest); ``return_velocity`` returns
    ``(params, velocity)`` so that a later call can continue it."""
    spec = as_spec(spec)
    product = product or get_backend("numpy", params[0][0].dtype)
    for s in range(first_step, first_step + steps):
        batch = notebook_batch(x, y, s, batch_size)
        if spec.momentum:
            params, velocity, _ = product.step(params, *batch, lr, spec, velocity)
        else:
            params, _ = product.sgd_step(params, *batch, lr, **spec_kwargs(spec))
    return (params, velocity) if return_velocity else params


def gradcheck(
    params: Params, x: np.ndarray, y: np.ndarray, batch_index: int = 0, at_step: int = 0,
    batch_size: int = 200, lr: float = 0.005, oracles: Sequence[str] | None = None,
    product: Backend | None = None, fd_seed: int = 0, spec: ModelSpec | str | None = None,
) -> GradcheckResult:
    """Train ``at_step`` steps, then check batch ``batch_index``; ``oracles=None`` means all, skipping missing ones."""
    spec = as_spec(spec)
    n_batches = -(-len(x) // batch_size)
    if batch_size < 1 or not 0 <= batch_index < n_batches:
        raise InputError(f"--batch-index: expected 0..{n_batches - 1} ({len(x)} training samples in batches of "
                         f"{batch_size}), found {batch_index}")
    if at_step < 0:
        raise InputError(f"--at-step: expected 0 or more SGD steps, found {at_step}")
    t0 = time.perf_counter()
    params = train_steps(params, x, y, at_step, batch_size, lr, product, spec=spec)
    t_train = time.perf_counter() - t0
    start = batch_index * batch_size
    xb, yb = x[start:start + batch_size], y[start:start + batch_size]
    result = check_batch(params, xb, yb, ORACLE_NAMES if oracles is None else oracles, product,
                         required=oracles is not None, fd_seed=fd_seed, spec=spec)
    result.context.update(batch_index=batch_index, rows=f"{start}..{start + len(xb) - 1}", batch_size=len(xb),
                          at_step=at_step, lr=lr)
    result.context["seconds"]["train"] = t_train
    return result
