"""Trajectory oracle: numpy and each oracle in lockstep on the notebook's schedule.

Shapes: params is a list of ``(W, b)`` (``W`` (fan_in, fan_out), ``b`` (1, fan_out));
``data`` has ``train_x`` (N, D), ``train_y`` (N,), ``test_x``, ``test_y`` (an
:class:`xval.impl.data.Dataset`). Step k trains on batch ``k mod n_batches`` in file
order (rows ``k * batch_size`` onwards; a last partial batch is kept).

Per step and oracle, two errors against numpy's new parameters, each the largest
:func:`xval.reference.compare.relative_error` over all tensors:
- *local*: the oracle takes the step from numpy's current state (re-synced);
- *global*: the oracle free-runs from the initial weights.
Batch losses are compared the same way, and at evaluation steps (every
``eval_every`` from step 0, after that step's update, and the last step) each
backend's free-run is evaluated on the full train and test sets.

``spec`` (an :class:`xval.impl.spec.ModelSpec`; None: the notebook's model) is
the model every backend computes. With momentum a backend's state is its
parameters and its velocity: a re-synced step starts from numpy's both.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Callable, Sequence

import numpy as np

from xval.impl.conventions import Params, notebook_batch
from xval.impl.spec import ModelSpec, as_spec
from xval.reference import divergence
from xval.reference.backends import Backend, get_backend, spec_kwargs
from xval.reference.compare import scalar_error
from xval.reference.tolerances import tolerance
from xval.reference.trace_result import (
    OracleTrace, TraceResult, all_finite, param_errors, same_params, update_scale_error,
)


def eval_schedule(steps: int, eval_every: int | None) -> set[int]:
    """Steps after whose update every backend is evaluated: multiples of eval_every from 0, and the last."""
    if not eval_every or steps < 1:
        return set()
    return set(range(0, steps, eval_every)) | {steps - 1}


CHUNK = 30
"""Steps per phase. Each backend runs a whole chunk before the next takes over: alternating every step
costs up to 5x, because one library's idle BLAS/OpenMP threads keep spinning on the two cores while the
next library's threads need them (measured: torch 7 ms a step in a block, 36 ms interleaved with numpy)."""


def prefer_passive_openmp() -> None:
    """Ask torch's OpenMP threads to sleep when idle, if torch is not loaded yet and the user did not choose.

    By default they spin for a while after each parallel region, taking one of the two cores
    from numpy's BLAS and jax's threads between torch calls: measured on a loaded 2-core
    machine, 150 lockstep steps of torch took 21-42 s spinning and 2.5 s passive. Only how idle
    threads wait changes, not any result; an OMP_WAIT_POLICY already set is kept.
    """
    if "torch" not in sys.modules:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class FlushSubnormals:
    """A torch backend whose every call runs with subnormal floats flushed to zero, as XLA (jax) does by default.

    In the saturated regime a few softmax probabilities fall below 2.2e-308; torch's CPU
    kernels take them 3x slower (measured: 12 ms a step against 3.4 ms). Flushing changes
    only values below 2.2e-308, invisible against any relative tolerance here. The flag is
    set per call and cleared after it, so numpy (the product, same thread) never runs under it.
    """

    def __init__(self, backend: Backend) -> None:
        import torch

        self._backend, self._set = backend, torch.set_flush_denormal
        self.name, self.dtype = backend.name, backend.dtype

    def __getattr__(self, method: str):
        call = getattr(self._backend, method)

        def flushed(*args, **kwargs):
            self._set(True)
            try:
                return call(*args, **kwargs)
            finally:
                self._set(False)

        return flushed


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
    ratio_tol: float | None = None,
    spec: ModelSpec | str | None = None,
) -> TraceResult:
    """Run numpy (``checked``, the product by default) and each oracle in lockstep for ``steps`` SGD steps.

    ``oracles`` are backend names or backend objects; ``dtype`` defaults to the
    params' dtype; ``tol`` (on the local parameter and batch-loss error) and
    ``ratio_tol`` (on the local update's scale error) default to
    :func:`xval.reference.tolerances.tolerance`'s "trace" and "update-scale"
    bounds for the dtype and the spec's family.
    ``progress(k)`` is called with the number of steps done by every backend.
    """
    spec = as_spec(spec)
    dt = np.dtype(dtype or params[0][0].dtype)
    tol = tolerance(dt, "trace", spec) if tol is None else tol
    ratio_tol = tolerance(dt, "update-scale", spec) if ratio_tol is None else ratio_tol
    checked = checked or get_backend("numpy", dt)
    if "torch" in oracles:
        prefer_passive_openmp()
    backends = [FlushSubnormals(get_backend(o, dt)) if o == "torch" else get_backend(o, dt) if isinstance(o, str)
                else o for o in oracles]
    n_train = len(data.train_x)
    if n_train == 0 or batch_size < 1:
        raise ValueError(f"run_trace needs training data and batch_size >= 1, found {n_train} rows, batch {batch_size}")

    def batch(k: int):
        return notebook_batch(data.train_x, data.train_y, k, batch_size)

    evals_at = eval_schedule(steps, eval_every)
    current = [(np.asarray(W, dt), np.asarray(b, dt)) for W, b in params]
    res = TraceResult(0, dt.name, lr, batch_size, eval_every,
                      {b.name: OracleTrace(b.name, tol, ratio_tol) for b in backends}, steps_requested=steps,
                      spec=spec)
    t_start = time.perf_counter()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # a blow-up is caught and said below
        _run(res, checked, backends, current, batch, steps, evals_at, data, lr, progress, spec)
    for tr in res.oracles.values():
        tr.growth = divergence.growth_fit(tr.global_max)
        tr.verdict = divergence.verdict(tr.local_max + tr.local_loss, tr.global_max, tol, tr.local_ratio, ratio_tol)
    res.seconds = time.perf_counter() - t_start
    return res


def _step(backend: Backend, state, x, y, lr: float, spec: ModelSpec):
    """One step from ``state`` = (params, velocity or None): ((new params, new velocity), reported loss).

    The notebook's model is asked for without a spec argument, so backends that predate specs still work."""
    params, velocity = state
    if spec.momentum:
        new, vel, loss = backend.step(params, x, y, lr, spec=spec, velocity=velocity)
        return (new, vel), loss
    new, loss = backend.sgd_step(params, x, y, lr, **spec_kwargs(spec))
    return (new, None), loss


def _same(a, b) -> bool:
    return a is b or (same_params(a[0], b[0]) and (a[1] is None or same_params(a[1], b[1])))


def _run(res: TraceResult, checked: Backend, backends, current: Params, batch, steps: int, evals_at: set[int],
         data, lr: float, progress, spec: ModelSpec) -> None:
    current = (current, None)
    state = {b.name: current for b in backends}
    for first in range(0, steps, CHUNK):
        # numpy's phase: its states before and after each step of the chunk
        states, losses, t0 = [current], [], time.perf_counter()
        for k in range(first, min(first + CHUNK, steps)):
            new, loss = _step(checked, states[-1], *batch(k), lr, spec)
            if not all_finite(new[0]):
                res.stopped = (f"numpy's step {k} left NaN or Inf in the parameters (batch loss before it "
                               f"{loss:.4f}); the trace stops there: lower --lr or check the weights")
                break
            states.append(new), losses.append(loss)
            if k in evals_at:
                _evaluate(res.evals, checked, new[0], data, spec)
                res.eval_steps.append(k)
        res.numpy_seconds += time.perf_counter() - t0
        res.batch_loss.extend(losses)
        for b in backends:
            # the oracle's phase: only its own calls, back to back; the comparisons come after it
            tr, t0, outs = res.oracles[b.name], time.perf_counter(), []
            for i in range(len(losses)):
                k = first + i
                x, y = batch(k)
                g_new, g_loss = _step(b, state[b.name], x, y, lr, spec)
                local = (g_new, g_loss) if _same(state[b.name], states[i]) else _step(b, states[i], x, y, lr, spec)
                outs.append(((local[0][0], local[1]), (g_new[0], g_loss)))
                state[b.name] = g_new
                if k in evals_at:
                    _evaluate(tr.evals, b, g_new[0], data, spec)
            tr.seconds += time.perf_counter() - t0
            for i, (local, free) in enumerate(outs):
                _record(tr, checked, b, first + i, states[i], states[i + 1][0], losses[i], local, free, batch, lr,
                        spec)
        current = states[-1]
        res.steps = first + len(losses)
        if progress is not None:
            progress(res.steps)
        if res.stopped:
            break


def _record(tr: OracleTrace, checked: Backend, b: Backend, k: int, before, after: Params, loss: float,
            local, free, batch, lr: float, spec: ModelSpec) -> None:
    """Record step k's local (re-synced from ``before`` = (params, velocity)) and global (free-running) errors
    against numpy's ``after``."""
    (l_new, l_loss), (g_new, g_loss) = local, free
    l_rel, l_norm, where, index = param_errors(after, l_new)
    g_rel, g_norm, _, _ = param_errors(after, g_new)
    l_loss_rel, l_ratio = scalar_error(loss, l_loss), update_scale_error(before[0], after, l_new)
    tr.local_max.append(l_rel), tr.local_norm.append(l_norm), tr.local_loss.append(l_loss_rel)
    tr.local_ratio.append(l_ratio)
    tr.global_max.append(g_rel), tr.global_norm.append(g_norm)
    tr.global_loss.append(scalar_error(loss, g_loss)), tr.batch_loss.append(g_loss)
    if not l_rel <= tr.local_worst["rel"]:
        tr.local_worst = {"rel": l_rel, "step": k, "param": where, "index": index}
    if tr.first_divergence is None and not (l_rel <= tr.tol and l_loss_rel <= tr.tol and l_ratio <= tr.ratio_tol):
        tr.first_divergence = {"step": k, "local_max": l_rel, "local_loss": l_loss_rel, "local_ratio": l_ratio,
                               **divergence.localise(checked, b, before[0], *batch(k), lr, tr.tol, tr.ratio_tol,
                                                     spec=spec, velocity=before[1])}


def _evaluate(target: dict[str, list[float]], backend: Backend, params: Params, data, spec: ModelSpec) -> None:
    kw = spec_kwargs(spec)
    train = backend.evaluate(params, data.train_x, data.train_y, **kw)
    test = backend.evaluate(params, data.test_x, data.test_y, **kw)
    for key, value in zip(("train_loss", "train_acc", "test_loss", "test_acc"), (*train, *test)):
        target[key].append(float(value))
