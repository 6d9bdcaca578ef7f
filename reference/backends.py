"""One interface for every backend (numpy = the product, torch and jax = oracles).

Every backend computes in one dtype (float32 or float64) and takes and returns
NumPy: params is a list of ``(W, b)`` with ``W`` (fan_in, fan_out) and ``b``
(1, fan_out); ``x`` is (B, D) float, ``y`` is (B,) int class labels.

    forward(params, x)             -> logits, (B, C)
    loss_and_grads(params, x, y)   -> (mean log-softmax cross-entropy, [(dW, db), ...])
    sgd_step(params, x, y, lr)     -> (new params, the notebook's clipped loss before the update)
    evaluate(params, x, y)         -> (the notebook's clipped loss, accuracy) over a whole dataset

Inputs are never modified; params and x are cast to the backend's dtype.
Gradients are of the *unclipped* mean cross-entropy (what the hand-written
backprop computes); the clipped value is only ever reported. torch and jax are
imported when their backend is first asked for, not before.
"""

from __future__ import annotations

import importlib.util
from typing import Protocol

import numpy as np

from xval.impl.conventions import Params
from xval.impl.errors import InputError

BACKENDS = ("numpy", "torch", "jax")
ORACLES = ("torch", "jax")
DTYPES = ("float64", "float32")
_INSTALL = {"torch": "pip install 'xval[torch]' (torch==2.13.0 for the CPU build)", "jax": "pip install 'xval[jax]'"}


class Backend(Protocol):
    name: str
    dtype: np.dtype

    def forward(self, params: Params, x: np.ndarray) -> np.ndarray: ...
    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, Params]: ...
    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float) -> tuple[Params, float]: ...
    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, float]: ...


class OracleUnavailable(InputError):
    """An oracle that cannot run here (framework not installed, or JAX without x64)."""


class NumpyBackend:
    """The product under test: xval.impl.mlp, looked up at call time (so a test can patch it)."""

    name = "numpy"

    def __init__(self, dtype=np.float64) -> None:
        self.dtype = np.dtype(dtype)

    def _cast(self, params: Params) -> Params:
        return [(np.asarray(W, self.dtype), np.asarray(b, self.dtype)) for W, b in params]

    def forward(self, params: Params, x: np.ndarray) -> np.ndarray:
        from xval.impl import mlp
        return mlp.forward(np.asarray(x, self.dtype), self._cast(params))[0][-1]

    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, Params]:
        from xval.impl import mlp
        return mlp.loss_and_grads(self._cast(params), np.asarray(x, self.dtype), y)

    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float) -> tuple[Params, float]:
        from xval.impl import mlp
        return mlp.sgd_step(self._cast(params), np.asarray(x, self.dtype), y, lr)

    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        from xval.impl import mlp
        return mlp.evaluate(self._cast(params), np.asarray(x, self.dtype), y)


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
