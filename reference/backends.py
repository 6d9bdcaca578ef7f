"""One interface for every backend (numpy = the product, torch and jax = oracles).

Every backend computes in one dtype (float32 or float64) and takes and returns
NumPy: params is a list of ``(W, b)`` with ``W`` (fan_in, fan_out) and ``b``
(1, fan_out); ``x`` is (B, D) float, ``y`` is (B,) int class labels.

    forward(params, x, spec=None)            -> logits (the last pre-activation), (B, C)
    output(params, x, spec=None)             -> the output activation (softmax, sigmoid or the logits), (B, C)
    loss_and_grads(params, x, y, spec=None)  -> (the differentiated loss, [(dW, db), ...])
    sgd_step(params, x, y, lr, spec=None)    -> (new params, reported loss before the update)
    step(params, x, y, lr, spec=None, velocity=None)
                                             -> (new params, new velocity or None, reported loss)
    evaluate(params, x, y, spec=None)        -> (reported loss, accuracy) over a whole dataset

``spec`` is an :class:`xval.impl.spec.ModelSpec` (or its text form); None means
the notebook's model (ReLU, softmax, cross-entropy, plain SGD), so callers that
predate it are unchanged. Inputs are never modified; params and x are cast to
the backend's dtype. Gradients are of the *unclipped* loss with its L2 term
(what the hand-written backprop computes); the reported loss (probabilities
clipped to [1e-12, 1 - 1e-12] before a log, no L2) is only ever reported.
``sgd_step`` starts from rest; ``step`` carries momentum's velocity (None: zeros).
torch and jax are imported when their backend is first asked for, not before.
"""

from __future__ import annotations

import importlib.util
from typing import Protocol

import numpy as np

from xval.impl.conventions import Params
from xval.impl.errors import InputError
from xval.impl.spec import ModelSpec, as_spec

SpecLike = ModelSpec | str | None

BACKENDS = ("numpy", "torch", "jax")
ORACLES = ("torch", "jax")
DTYPES = ("float64", "float32")
_INSTALL = {"torch": "pip install 'xval[torch]' (torch==2.13.0 for the CPU build)", "jax": "pip install 'xval[jax]'"}


class Backend(Protocol):
    name: str
    dtype: np.dtype

    def forward(self, params: Params, x: np.ndarray, spec: SpecLike = None) -> np.ndarray: ...
    def output(self, params: Params, x: np.ndarray, spec: SpecLike = None) -> np.ndarray: ...
    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray,
                       spec: SpecLike = None) -> tuple[float, Params]: ...
    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float,
                 spec: SpecLike = None) -> tuple[Params, float]: ...
    def step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: SpecLike = None,
             velocity: Params | None = None) -> tuple[Params, Params | None, float]: ...
    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray, spec: SpecLike = None) -> tuple[float, float]: ...


class StepBackend:
    """For a backend that implements ``step``: ``sgd_step`` is its first step from rest, ``evaluate`` refuses
    an empty dataset before delegating to ``_evaluate``."""

    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float,
                 spec: SpecLike = None) -> tuple[Params, float]:
        new, _, reported = self.step(params, x, y, lr, spec)
        return new, reported

    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray, spec: SpecLike = None) -> tuple[float, float]:
        if len(x) == 0:
            raise ValueError("evaluate() needs at least one sample, got an empty dataset")
        return self._evaluate(params, x, y, as_spec(spec))


def spec_kwargs(spec: ModelSpec) -> dict:
    """``{"spec": spec}``, or nothing for the notebook's model: backends written before specs still work."""
    return {} if spec.is_notebook else {"spec": spec}


def _kw(spec: SpecLike) -> dict:
    return spec_kwargs(as_spec(spec))


class OracleUnavailable(InputError):
    """An oracle that cannot run here (framework not installed, or JAX without x64)."""


class NumpyBackend:
    """The product under test: xval.impl.mlp, looked up at call time (so a test can patch it)."""

    name = "numpy"

    def __init__(self, dtype=np.float64) -> None:
        self.dtype = np.dtype(dtype)

    def _cast(self, params: Params) -> Params:
        return [(np.asarray(W, self.dtype), np.asarray(b, self.dtype)) for W, b in params]

    def forward(self, params: Params, x: np.ndarray, spec: SpecLike = None) -> np.ndarray:
        from xval.impl import mlp
        return mlp.forward(np.asarray(x, self.dtype), self._cast(params), **_kw(spec))[0][-1]

    def output(self, params: Params, x: np.ndarray, spec: SpecLike = None) -> np.ndarray:
        from xval.impl import mlp
        return mlp.forward(np.asarray(x, self.dtype), self._cast(params), **_kw(spec))[1][-1]

    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray,
                       spec: SpecLike = None) -> tuple[float, Params]:
        from xval.impl import mlp
        return mlp.loss_and_grads(self._cast(params), np.asarray(x, self.dtype), y, **_kw(spec))

    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float,
                 spec: SpecLike = None) -> tuple[Params, float]:
        from xval.impl import mlp
        return mlp.sgd_step(self._cast(params), np.asarray(x, self.dtype), y, lr, **_kw(spec))

    def step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: SpecLike = None,
             velocity: Params | None = None) -> tuple[Params, Params | None, float]:
        from xval.impl import mlp
        return mlp.step(self._cast(params), np.asarray(x, self.dtype), y, lr, spec,
                        None if velocity is None else self._cast(velocity))

    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray, spec: SpecLike = None) -> tuple[float, float]:
        from xval.impl import mlp
        return mlp.evaluate(self._cast(params), np.asarray(x, self.dtype), y, **_kw(spec))


def is_installed(name: str) -> bool:
    """Whether the framework behind a backend can be imported (numpy always can)."""
    return name == "numpy" or importlib.util.find_spec(name) is not None


_CACHE: dict[tuple[str, np.dtype], Backend] = {}


def get_backend(name: str, dtype=np.float64) -> Backend:
    """The backend ``name`` ("numpy", "torch" or "jax") computing in ``dtype``; one instance per pair."""
    if name not in BACKENDS:
        raise InputError(f"unknown backend {name!r}; expected one of {', '.join(BACKENDS)}")
    dt = np.dtype(dtype)
    if dt.name not in DTYPES:
        raise InputError(f"backend {name}: expected dtype float32 or float64, found {dt}")
    key = (name, dt)
    if key not in _CACHE:
        if name == "numpy":
            _CACHE[key] = NumpyBackend(dt)
        else:
            if not is_installed(name):
                raise OracleUnavailable(f"the {name} oracle needs {name}, which is not installed: {_INSTALL[name]}")
            if name == "torch":
                from xval.reference.torch_oracle import TorchOracle as cls
            else:
                from xval.reference.jax_oracle import JaxOracle as cls
            _CACHE[key] = cls(dt)
    return _CACHE[key]
