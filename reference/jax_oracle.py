"""JAX oracle: the MLP, mean log-softmax cross-entropy and its ``jax.grad``, jit-compiled.

Shapes: params is a list of ``(W, b)`` NumPy arrays, ``W`` (fan_in, fan_out),
``b`` (1, fan_out); ``x`` (B, D) float; ``y`` (B,) int. Results come back as
writable NumPy arrays in the same structure. Independent of impl's math: ReLU
is ``jax.nn.relu`` (ReLU'(0) = 0), the loss is ``jax.nn.log_softmax`` gathered
at the label and averaged.

float64 needs JAX's x64 mode, which is process-wide: asking for a float64
oracle switches it on (``jax.config.update("jax_enable_x64", True)``), and
every result is checked to come back in the requested dtype, because with x64
off JAX silently computes float64 input in float32.

The pure, jittable functions of ``(params, x, y)`` behind the oracle
(:func:`mlp_logits`, :func:`mean_cross_entropy`, :func:`log_p_true_clipped`,
:func:`pure_sgd_step`, :func:`eval_chunk`) are public, for benchmarks that keep
data on the device.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

from xval.impl.conventions import CLIP_EPS, Params
from xval.impl.errors import InputError

EVAL_CHUNK = 10_000


def mlp_logits(params, x):
    a = x
    for W, b in params[:-1]:
        a = jax.nn.relu(a @ W + b)
    W, b = params[-1]
    return a @ W + b


def mean_cross_entropy(params, x, y):
    logits = mlp_logits(params, x)
    log_p = jax.nn.log_softmax(logits, axis=1)
    return -jnp.mean(jnp.take_along_axis(log_p, y[:, None], axis=1)), logits


def log_p_true_clipped(logits, y):
    p_true = jnp.take_along_axis(jax.nn.softmax(logits, axis=1), y[:, None], axis=1)[:, 0]
    return jnp.log(jnp.clip(p_true, CLIP_EPS, 1.0 - CLIP_EPS))


def _loss_and_grads(params, x, y):
    (loss, _), grads = jax.value_and_grad(mean_cross_entropy, has_aux=True)(params, x, y)
    return loss, grads


def pure_sgd_step(params, x, y, lr):
    (_, logits), grads = jax.value_and_grad(mean_cross_entropy, has_aux=True)(params, x, y)
    new = jax.tree.map(lambda p, g: p - lr * g, params, grads)
    return new, -jnp.mean(log_p_true_clipped(logits, y))


def eval_chunk(params, x, y):
    logits = mlp_logits(params, x)
    correct = jnp.argmax(jax.nn.softmax(logits, axis=1), axis=1) == y
    return jnp.sum(log_p_true_clipped(logits, y)), jnp.sum(correct)


# One jitted function each, shared by every oracle instance: jit caches the
# compiled code per pytree structure (depth), shapes and dtypes, so a second
# check of the same architecture and dtype compiles nothing.
_JIT = {
    "forward": jax.jit(mlp_logits),
    "loss_and_grads": jax.jit(_loss_and_grads),
    "sgd_step": jax.jit(pure_sgd_step),
    "eval_chunk": jax.jit(eval_chunk),
}


def x64_enabled() -> bool:
    return bool(jax.config.jax_enable_x64)


@functools.cache
def _enable_x64() -> None:
    jax.config.update("jax_enable_x64", True)


def require_dtype(arr, expected: np.dtype, what: str) -> None:
    """Refuse a JAX array (or dtype) that is not of the dtype the check asked for."""
    found = np.dtype(getattr(arr, "dtype", arr))
    if found != expected:
        raise InputError(
            f"jax oracle: {what} came back {found}, expected {expected}: JAX's x64 mode is "
            f"{'on' if x64_enabled() else 'off'}, so a {expected} check would silently compare float32 "
            "numbers. Do not set JAX_ENABLE_X64=0 or disable x64 after importing xval, or check in float32"
        )


class JaxOracle:
    """The backend interface (see :mod:`xval.reference.backends`) computed by jitted JAX in one dtype."""

    name = "jax"

    def __init__(self, dtype=np.float64) -> None:
        self.dtype = np.dtype(dtype)
        if self.dtype == np.float64:
            _enable_x64()
        self._require_x64()

    def _require_x64(self) -> None:
        # what JAX would turn the dtype into right now (float32 for float64 when x64 is off)
        require_dtype(jax.dtypes.canonicalize_dtype(self.dtype), self.dtype, "the compute dtype")

    def _params(self, params: Params):
        self._require_x64()
        return [(jnp.asarray(W, dtype=self.dtype), jnp.asarray(b, dtype=self.dtype)) for W, b in params]

    def _data(self, x: np.ndarray, y: np.ndarray | None = None):
        xj = jnp.asarray(x, dtype=self.dtype)
        return xj if y is None else (xj, jnp.asarray(y, dtype=jnp.int32))

    def _out(self, tree) -> Params:
        out = []
        for W, b in tree:
            require_dtype(W, self.dtype, "a gradient or parameter")
            out.append((np.array(W), np.array(b)))
        return out

    def forward(self, params: Params, x: np.ndarray) -> np.ndarray:
        logits = _JIT["forward"](self._params(params), self._data(x))
        require_dtype(logits, self.dtype, "the logits")
        return np.array(logits)

    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, Params]:
        loss, grads = _JIT["loss_and_grads"](self._params(params), *self._data(x, y))
        require_dtype(loss, self.dtype, "the loss")
        return float(loss), self._out(grads)

    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float) -> tuple[Params, float]:
        new, reported = _JIT["sgd_step"](self._params(params), *self._data(x, y), lr)
        return self._out(new), float(reported)

    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        if len(x) == 0:
            raise ValueError("evaluate() needs at least one sample, got an empty dataset")
        jparams = self._params(params)
        total_log, correct = 0.0, 0
        for start in range(0, len(x), EVAL_CHUNK):
            s, c = _JIT["eval_chunk"](jparams, *self._data(x[start:start + EVAL_CHUNK], y[start:start + EVAL_CHUNK]))
            require_dtype(s, self.dtype, "the evaluation loss")
            total_log, correct = total_log + float(s), correct + int(c)
        return -total_log / len(x), correct / len(x)
