"""Trajectory oracle: numpy and each oracle in lockstep on the notebook's schedule.

Shapes: params is a list of ``(W, b)`` (``W`` (fan_in, fan_out), ``b`` (1, fan_out));
``data`` has ``train_x`` (N, D), ``train_y`` (N,), ``test_x``, ``test_y`` (an
:class:`impl.data.Dataset`). Step k trains on batch ``k mod n_batches`` in file
order (rows ``k * batch_size`` onwards; a last partial batch is kept).

Per step and oracle, two errors against numpy's new parameters, each the largest
:func:`reference.compare.relative_error` over all tensors:
- *local*: the oracle takes the step from numpy's current state (re-synced);
- *global*: the oracle free-runs from the initial weights.
Batch losses are compared the same way, and at evaluation steps (every
``eval_every`` from step 0, after that step's update, and the last step) each
backend's free-run is evaluated on the full train and test sets.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from reference import divergence
from reference.backends import Backend, get_backend
from reference.compare import param_names, relative_error

Params = list[tuple[np.ndarray, np.ndarray]]
EVAL_KEYS = ("train_loss", "test_loss", "train_acc", "test_acc")


def _tensors(params: Params) -> list[np.ndarray]:
    return [t for pair in params for t in pair]


def param_errors(checked: Params, oracle: Params) -> tuple[float, float, str, list[int]]:
    """(max relative error, max normwise error ||c - o|| / ||o||, worst tensor, worst element) over all tensors."""
    worst, norm, where, index = 0.0, 0.0, "", []
    for name, c, o in zip(param_names(len(oracle)), _tensors(checked), _tensors(oracle)):
        c64, o64 = np.asarray(c, np.float64), np.asarray(o, np.float64)
        scale = max(float(np.abs(c64).max(initial=0.0)), float(np.abs(o64).max(initial=0.0)))
        rel = relative_error(c64, o64, scale)
        k = int(np.argmax(rel)) if rel.size else 0
        if rel.size and not rel.flat[k] <= worst:  # also takes a NaN
            worst, where, index = float(rel.flat[k]), name, [int(i) for i in np.unravel_index(k, rel.shape)]
        ref = float(np.sqrt(np.sum(np.square(o64))))  # not np.linalg.norm: no BLAS call (see CHUNK)
        diff = float(np.sqrt(np.sum(np.square(c64 - o64))))
        norm = max(norm, diff / ref if ref > 0 else (0.0 if diff == 0 else np.inf))
    return worst, norm, where, index


def scalar_error(checked: float, oracle: float) -> float:
    return float(relative_error(np.array([checked]), np.array([oracle]), max(abs(checked), abs(oracle)))[0])


def _same(a: Params, b: Params) -> bool:
    return a is b or all(np.array_equal(s, t) for s, t in zip(_tensors(a), _tensors(b)))


def _finite(params: Params) -> bool:
    return all(np.isfinite(t).all() for t in _tensors(params))


def _clean(value):
    """JSON-safe: non-finite floats become None, recursively."""
    if isinstance(value, float):
        return value if np.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


@dataclass
class OracleTrace:
    """One oracle's errors against numpy, one entry per step, and what they mean."""

    name: str
    tol: float
    local_max: list[float] = field(default_factory=list)
    global_max: list[float] = field(default_factory=list)
    local_norm: list[float] = field(default_factory=list)  # max over tensors of ||numpy - oracle|| / ||oracle||
    global_norm: list[float] = field(default_factory=list)
    local_loss: list[float] = field(default_factory=list)  # relative error of the batch's clipped loss
    global_loss: list[float] = field(default_factory=list)
    batch_loss: list[float] = field(default_factory=list)  # the free run's batch losses
    evals: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in EVAL_KEYS})
    local_worst: dict = field(default_factory=lambda: {"rel": 0.0, "step": None, "param": None, "index": None})
    growth: divergence.GrowthFit | None = None
    first_divergence: dict | None = None
    verdict: str = divergence.MATCH
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.verdict != divergence.MISMATCH

    @property
    def efold_steps(self) -> float | None:
        return None if self.growth is None else self.growth.efold_steps

    def global_first_exceeds(self) -> int | None:
        bad = [i for i, v in enumerate(self.global_max) if not v <= self.tol]
        return bad[0] if bad else None

    def to_json(self) -> dict:
        return _clean({
            "local_max": self.local_max, "global_max": self.global_max, "efold_steps": self.efold_steps,
            "first_divergence": self.first_divergence, "ok": self.ok, "verdict": self.verdict, "tol": self.tol,
            "growth": None if self.growth is None else self.growth.to_json(),
            "global_first_exceeds": self.global_first_exceeds(), "local_worst": self.local_worst,
            "local_norm": self.local_norm, "global_norm": self.global_norm, "local_loss": self.local_loss,
            "global_loss": self.global_loss, "batch_loss": self.batch_loss, "evals": self.evals,
            "seconds": round(self.seconds, 3),
        })


@dataclass
class TraceResult:
    """A whole trace: settings, numpy's own run, and one :class:`OracleTrace` per oracle."""

    steps: int
    dtype: str
    lr: float
    batch_size: int
    eval_every: int | None
    oracles: dict[str, OracleTrace]
    batch_loss: list[float] = field(default_factory=list)  # numpy's
    eval_steps: list[int] = field(default_factory=list)
    evals: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in EVAL_KEYS})  # numpy's
    steps_requested: int = 0
    stopped: str | None = None
    seconds: float = 0.0
    numpy_seconds: float = 0.0

    @property
    def verdict(self) -> str:
        return divergence.combine([o.verdict for o in self.oracles.values()])

    @property
    def ok(self) -> bool:
        return self.stopped is None and all(o.ok for o in self.oracles.values())

    def to_json(self) -> dict:
        return _clean({
            "ok": self.ok, "steps": self.steps, "oracles": {n: o.to_json() for n, o in self.oracles.items()},
            "verdict": self.verdict, "dtype": self.dtype, "lr": self.lr, "batch_size": self.batch_size,
            "eval_every": self.eval_every, "steps_requested": self.steps_requested, "stopped": self.stopped,
            "numpy": {"batch_loss": self.batch_loss, "evals": self.evals}, "eval_steps": self.eval_steps,
            "seconds": round(self.seconds, 3), "numpy_seconds": round(self.numpy_seconds, 3),
        })


def eval_schedule(steps: int, eval_every: int | None) -> set[int]:
    """Steps after whose update every backend is evaluated: multiples of eval_every from 0, and the last."""
    if not eval_every or steps < 1:
        return set()
    return set(range(0, steps, eval_every)) | {steps - 1}


CHUNK = 30
"""Steps per phase. Each backend runs a whole chunk before the next takes over: alternating every step
costs up to 5x, because one library's idle BLAS/OpenMP threads keep spinning on the two cores while the
next library's threads need them (measured: torch 7 ms a step in a block, 36 ms interleaved with numpy)."""


def run_trace(
    params: Params,
    data,
    steps: int = 300,
    dtype=None,
    oracles: Sequence[str | Backend] = ("torch", "jax"),
    lr: float = 0.005,
    batch_size: int = 200,
    eval_every: int | None = 30,
    progress: Callable[[int], None] | None = None,
    checked: Backend | None = None,
    tol: float | None = None,
) -> TraceResult:
    """Run numpy (``checked``, the product by default) and each oracle in lockstep for ``steps`` SGD steps.

    ``oracles`` are backend names or backend objects; ``dtype`` defaults to the
    params' dtype, ``tol`` to :func:`reference.divergence.trace_tolerance`.
    ``progress(k)`` is called with the number of steps done by every backend.
    """
    dt = np.dtype(dtype or params[0][0].dtype)
    tol = divergence.trace_tolerance(dt) if tol is None else tol
    checked = checked or get_backend("numpy", dt)
    backends = [get_backend(o, dt) if isinstance(o, str) else o for o in oracles]
    n_train = len(data.train_x)
    if n_train == 0 or batch_size < 1:
        raise ValueError(f"run_trace needs training data and batch_size >= 1, found {n_train} rows, batch {batch_size}")
    n_batches = -(-n_train // batch_size)

    def batch(k: int):
        start = (k % n_batches) * batch_size
        return data.train_x[start:start + batch_size], data.train_y[start:start + batch_size]

    evals_at = eval_schedule(steps, eval_every)
    current = [(np.asarray(W, dt), np.asarray(b, dt)) for W, b in params]
    res = TraceResult(0, dt.name, lr, batch_size, eval_every,
                      {b.name: OracleTrace(b.name, tol) for b in backends}, steps_requested=steps)
    t_start = time.perf_counter()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # a blow-up is caught and said below
        _run(res, checked, backends, current, batch, steps, evals_at, data, lr, tol, progress)
    for tr in res.oracles.values():
        tr.growth = divergence.growth_fit(tr.global_max)
        tr.verdict = divergence.verdict(tr.local_max + tr.local_loss, tr.global_max, tol)
    res.seconds = time.perf_counter() - t_start
    return res


def _run(res: TraceResult, checked: Backend, backends, current: Params, batch, steps: int, evals_at: set[int],
         data, lr: float, tol: float, progress) -> None:
    state = {b.name: current for b in backends}
    for first in range(0, steps, CHUNK):
        # numpy's phase: its states before and after each step of the chunk
        states, losses, t0 = [current], [], time.perf_counter()
        for k in range(first, min(first + CHUNK, steps)):
            new, loss = checked.sgd_step(states[-1], *batch(k), lr)
            if not _finite(new):
                res.stopped = (f"numpy's step {k} left NaN or Inf in the parameters (batch loss before it "
                               f"{loss:.4f}); the trace stops there: lower --lr or check the weights")
                break
            states.append(new), losses.append(loss)
            if k in evals_at:
                _evaluate(res.evals, checked, new, data)
                res.eval_steps.append(k)
        res.numpy_seconds += time.perf_counter() - t0
        res.batch_loss.extend(losses)
        for b in backends:
            tr, t0 = res.oracles[b.name], time.perf_counter()
            for i, loss in enumerate(losses):
                k = first + i
                _oracle_step(tr, b, checked, state, states[i], states[i + 1], loss, batch(k), k, lr, tol)
                if k in evals_at:
                    _evaluate(tr.evals, b, state[b.name], data)
            tr.seconds += time.perf_counter() - t0
        current = states[-1]
        res.steps = first + len(losses)
        if progress is not None:
            progress(res.steps)
        if res.stopped:
            break


def _oracle_step(tr: OracleTrace, b: Backend, checked: Backend, state: dict, before: Params, after: Params,
                 loss: float, xy, k: int, lr: float, tol: float) -> None:
    """One oracle step free-running and one re-synced to numpy's ``before``; record both errors."""
    x, y = xy
    g_new, g_loss = b.sgd_step(state[b.name], x, y, lr)
    l_new, l_loss = (g_new, g_loss) if _same(state[b.name], before) else b.sgd_step(before, x, y, lr)
    l_rel, l_norm, where, index = param_errors(after, l_new)
    g_rel, g_norm, _, _ = param_errors(after, g_new)
    l_loss_rel = scalar_error(loss, l_loss)
    tr.local_max.append(l_rel), tr.local_norm.append(l_norm), tr.local_loss.append(l_loss_rel)
    tr.global_max.append(g_rel), tr.global_norm.append(g_norm)
    tr.global_loss.append(scalar_error(loss, g_loss)), tr.batch_loss.append(g_loss)
    if not l_rel <= tr.local_worst["rel"]:
        tr.local_worst = {"rel": l_rel, "step": k, "param": where, "index": index}
    if tr.first_divergence is None and not (l_rel <= tol and l_loss_rel <= tol):
        tr.first_divergence = {"step": k, "local_max": l_rel, "local_loss": l_loss_rel,
                               **divergence.localise(checked, b, before, x, y, lr, tol)}
    state[b.name] = g_new


def _evaluate(target: dict[str, list[float]], backend: Backend, params: Params, data) -> None:
    train = backend.evaluate(params, data.train_x, data.train_y)
    test = backend.evaluate(params, data.test_x, data.test_y)
    for key, value in zip(("train_loss", "train_acc", "test_loss", "test_acc"), (*train, *test)):
        target[key].append(float(value))
