"""What a trace measured: per-step errors of each oracle against numpy, evaluations, verdicts; JSON.

Errors are the largest :func:`xval.reference.compare.relative_error` over all tensors
(w1, b1, w2, ...); params are lists of ``(W, b)``, ``W`` (fan_in, fan_out), ``b`` (1, fan_out).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from xval.impl.spec import ModelSpec
from xval.reference import divergence
from xval.impl.conventions import Params, flat, param_names
from xval.reference.compare import json_safe, median_ratio, relative_error

EVAL_KEYS = ("train_loss", "test_loss", "train_acc", "test_acc")


def param_errors(checked: Params, oracle: Params) -> tuple[float, float, str, list[int]]:
    """(max relative error, max normwise error ||c - o|| / ||o||, worst tensor, worst element) over all tensors."""
    worst, norm, where, index = 0.0, 0.0, "", []
    for name, c, o in zip(param_names(len(oracle)), flat(checked), flat(oracle)):
        c64, o64 = np.asarray(c, np.float64), np.asarray(o, np.float64)
        scale = max(float(np.abs(c64).max(initial=0.0)), float(np.abs(o64).max(initial=0.0)))
        rel = relative_error(c64, o64, scale)
        k = int(np.argmax(rel)) if rel.size else 0
        if rel.size and not rel.flat[k] <= worst:  # also takes a NaN
            worst, where, index = float(rel.flat[k]), name, [int(i) for i in np.unravel_index(k, rel.shape)]
        ref = float(np.sqrt(np.sum(np.square(o64))))  # not np.linalg.norm: no BLAS call (see xval.reference.trace.CHUNK)
        diff = float(np.sqrt(np.sum(np.square(c64 - o64))))
        norm = max(norm, diff / ref if ref > 0 else (0.0 if diff == 0 else np.inf))
    return worst, norm, where, index


def update_scale_error(before: Params, checked: Params, oracle: Params) -> float:
    """max over tensors of |median(numpy's update / oracle's update) - 1|: a systematic scale error in one step."""
    worst = 0.0
    for b, c, o in zip(flat(before), flat(checked), flat(oracle)):
        b64 = np.asarray(b, np.float64)
        r = median_ratio(np.asarray(c, np.float64) - b64, np.asarray(o, np.float64) - b64)
        worst = worst if r is None or abs(r - 1.0) <= worst else abs(r - 1.0)
    return worst


def same_params(a: Params, b: Params) -> bool:
    return a is b or all(np.array_equal(s, t) for s, t in zip(flat(a), flat(b)))


def all_finite(params: Params) -> bool:
    return all(np.isfinite(t).all() for t in flat(params))


@dataclass
class OracleTrace:
    """One oracle's errors against numpy, one entry per step, and what they mean."""

    name: str
    tol: float
    ratio_tol: float = float("inf")
    local_max: list[float] = field(default_factory=list)
    global_max: list[float] = field(default_factory=list)
    local_norm: list[float] = field(default_factory=list)  # max over tensors of ||numpy - oracle|| / ||oracle||
    global_norm: list[float] = field(default_factory=list)
    local_loss: list[float] = field(default_factory=list)  # relative error of the batch's clipped loss
    local_ratio: list[float] = field(default_factory=list)  # |median(numpy update / oracle update) - 1|, worst tensor
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
        return json_safe({
            "local_max": self.local_max, "global_max": self.global_max, "efold_steps": self.efold_steps,
            "first_divergence": self.first_divergence, "ok": self.ok, "verdict": self.verdict, "tol": self.tol,
            "ratio_tol": self.ratio_tol, "local_ratio": self.local_ratio,
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
    spec: ModelSpec = field(default_factory=ModelSpec)  # the model every backend computed

    @property
    def verdict(self) -> str:
        return divergence.combine([o.verdict for o in self.oracles.values()])

    @property
    def ok(self) -> bool:
        return self.stopped is None and all(o.ok for o in self.oracles.values())

    def to_json(self) -> dict:
        return json_safe({
            "ok": self.ok, "steps": self.steps, "oracles": {n: o.to_json() for n, o in self.oracles.items()},
            "verdict": self.verdict, "dtype": self.dtype, "lr": self.lr, "batch_size": self.batch_size,
            "eval_every": self.eval_every, "steps_requested": self.steps_requested, "stopped": self.stopped,
            "numpy": {"batch_loss": self.batch_loss, "evals": self.evals}, "eval_steps": self.eval_steps,
            "seconds": round(self.seconds, 3), "numpy_seconds": round(self.numpy_seconds, 3),
            "model": self.spec.to_json(),
        })
