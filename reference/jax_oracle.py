"""JAX oracle: the MLP of a ModelSpec, its loss and ``jax.grad``, jit-compiled (the spec is a static argument).

Shapes: params is a list of ``(W, b)`` NumPy arrays, ``W`` (fan_in, fan_out),
``b`` (1, fan_out); ``x`` (B, D) float; ``y`` (B,) int. Results come back as
writable NumPy arrays in the same structure. ``spec`` (None: the notebook's
model) comes from xval.impl.spec; the math is JAX's own: ``jax.nn.relu``
(ReLU'(0) = 0), leaky ReLU as ``jnp.where(z > 0, z, s * z)`` (slope s at 0, like
torch; ``jax.nn.leaky_relu`` has slope 1 there), ``jax.nn.sigmoid``,
``jnp.tanh`` (a linear layer: z itself); cross-entropy from ``jax.nn.log_softmax``, BCE from
``jax.nn.log_sigmoid``, MSE on the output activation; momentum written as
PyTorch's rule (v = M v + g, theta -= lr v).

float64 needs JAX's x64 mode, which is process-wide: asking for a float64
oracle switches it on (``jax.config.update("jax_enable_x64", True)``), and
every result is checked to come back in the requested dtype, because with x64
off JAX silently computes float64 input in float32.

The pure, jittable functions of ``(params, x, y)`` behind the oracle
(:func:`mlp_logits`, :func:`mean_cross_entropy`, :func:`log_p_true_clipped`,
:func:`pure_sgd_step`, :func:`eval_chunk`) are public, for benchmarks that keep
data on the device; those that depend on the model take ``spec`` last (default:
the notebook's model), and :func:`eval_chunk` sums the reported (positive) losses.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

from xval.impl.conventions import CLIP_EPS, Params
from xval.impl.errors import InputError
from xval.impl.spec import NOTEBOOK, ModelSpec, as_spec
from xval.reference.backends import StepBackend

EVAL_CHUNK = 10_000


def _hidden(spec: ModelSpec, z):
    act = spec.activation
    if act == "relu":
        return jax.nn.relu(z)
    if act == "leaky_relu":
        return jnp.where(z > 0, z, spec.leaky_slope * z)
    if act == "identity":
        return z
    return jax.nn.sigmoid(z) if act == "sigmoid" else jnp.tanh(z)


def _output(spec: ModelSpec, logits):
    if spec.output == "softmax":
        return jax.nn.softmax(logits, axis=1)
    if spec.output == "tanh":
        return jnp.tanh(logits)
    if spec.output == "relu":
        return jax.nn.relu(logits)
    if spec.output == "leaky_relu":
        return jnp.where(logits > 0, logits, spec.output_slope * logits)
    return jax.nn.sigmoid(logits) if spec.output == "sigmoid" else logits


def mlp_logits(params, x, spec: ModelSpec = NOTEBOOK):
    a = x
    for (W, b), layer in zip(params[:-1], spec.per_layer(len(params) - 1)):
        a = _hidden(layer, a @ W + b)
    W, b = params[-1]
    return a @ W + b


def mean_cross_entropy(params, x, y, spec: ModelSpec = NOTEBOOK):
    """The mean cross-entropy of the spec's MLP (softmax output; unclipped) and the logits."""
    logits = mlp_logits(params, x, spec)
    log_p = jax.nn.log_softmax(logits, axis=1)
    return -jnp.mean(jnp.take_along_axis(log_p, y[:, None], axis=1)), logits


def log_p_true_clipped(logits, y):
    p_true = jnp.take_along_axis(jax.nn.softmax(logits, axis=1), y[:, None], axis=1)[:, 0]
    return jnp.log(jnp.clip(p_true, CLIP_EPS, 1.0 - CLIP_EPS))


def _targets(y, logits):
    """One-hot rows of the labels; with one output unit the label itself (0 or 1: binary classification)."""
    if logits.shape[1] == 1:
        return y[:, None].astype(logits.dtype)
    return jax.nn.one_hot(y, logits.shape[1], dtype=logits.dtype)


def _loss(params, x, y, spec: ModelSpec = NOTEBOOK):
    """The differentiated loss (unclipped, mean over the batch, + 0.5 l2 sum W^2) and the logits."""
    if spec.loss == "cross_entropy":
        loss, logits = mean_cross_entropy(params, x, y, spec)
    else:
        logits = mlp_logits(params, x, spec)
        t = _targets(y, logits)
        if spec.loss == "bce":
            loss = -jnp.sum(t * jax.nn.log_sigmoid(logits) + (1 - t) * jax.nn.log_sigmoid(-logits)) / len(y)
        else:
            loss = 0.5 * jnp.sum(jnp.square(_output(spec, logits) - t)) / len(y)
    if spec.l2:
        loss = loss + 0.5 * spec.l2 * sum(jnp.sum(W * W) + (jnp.sum(b * b) if spec.l2_biases else 0.0)
                                          for W, b in params)
    return loss, logits


def _reported(logits, y, spec: ModelSpec = NOTEBOOK):
    """Per-sample reported loss: probabilities clipped to [1e-12, 1 - 1e-12] before a log; no L2."""
    if spec.loss == "cross_entropy":
        return -log_p_true_clipped(logits, y)
    out = _output(spec, logits)
    t = _targets(y, logits)
    if spec.loss == "bce":
        # 1 - 1e-12 is 1 in float32: there the largest float below 1
        p = jnp.clip(out, CLIP_EPS, min(1.0 - CLIP_EPS, 1.0 - float(jnp.finfo(out.dtype).epsneg)))
        return -jnp.sum(t * jnp.log(p) + (1 - t) * jnp.log1p(-p), axis=1)
    return 0.5 * jnp.sum(jnp.square(out - t), axis=1)


def _loss_and_grads(params, x, y, spec: ModelSpec = NOTEBOOK):
    (loss, _), grads = jax.value_and_grad(_loss, has_aux=True)(params, x, y, spec)
    return loss, grads


def _step(params, velocity, x, y, lr, spec: ModelSpec = NOTEBOOK):
    """(new params, new velocity or None, mean reported loss before the update)."""
    (_, logits), grads = jax.value_and_grad(_loss, has_aux=True)(params, x, y, spec)
    if spec.momentum:
        velocity = jax.tree.map(lambda v, g: spec.momentum * v + g, velocity, grads)
        grads = velocity
    new = jax.tree.map(lambda p, g: p - lr * g, params, grads)
    return new, velocity, jnp.mean(_reported(logits, y, spec))


def pure_sgd_step(params, x, y, lr, spec: ModelSpec = NOTEBOOK):
    """One step from rest (for momentum: v = g), the benchmark's and notebook's plain SGD: (new params,
    mean reported loss before the update)."""
    (_, logits), grads = jax.value_and_grad(_loss, has_aux=True)(params, x, y, spec)
    new = jax.tree.map(lambda p, g: p - lr * g, params, grads)
    return new, jnp.mean(_reported(logits, y, spec))


def eval_chunk(params, x, y, spec: ModelSpec = NOTEBOOK):
    """Sum of the chunk's reported losses and its number of correct predictions."""
    logits = mlp_logits(params, x, spec)
    correct = jnp.argmax(_output(spec, logits), axis=1) == y
    return jnp.sum(_reported(logits, y, spec)), jnp.sum(correct)


# One jitted function each, shared by every oracle instance: jit caches the
# compiled code per pytree structure (depth), shapes, dtypes and spec, so a second
# check of the same architecture, dtype and model compiles nothing.
_JIT = {
    "forward": jax.jit(mlp_logits, static_argnames="spec"),
    "output": jax.jit(lambda params, x, spec: _output(spec, mlp_logits(params, x, spec)), static_argnames="spec"),
    "loss_and_grads": jax.jit(_loss_and_grads, static_argnames="spec"),
    "step": jax.jit(_step, static_argnames="spec"),
    "eval_chunk": jax.jit(eval_chunk, static_argnames="spec"),
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


class JaxOracle(StepBackend):
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

    def forward(self, params: Params, x: np.ndarray, spec: ModelSpec | str | None = None) -> np.ndarray:
        logits = _JIT["forward"](self._params(params), self._data(x), spec=as_spec(spec))
        require_dtype(logits, self.dtype, "the logits")
        return np.array(logits)

    def output(self, params: Params, x: np.ndarray, spec: ModelSpec | str | None = None) -> np.ndarray:
        out = _JIT["output"](self._params(params), self._data(x), spec=as_spec(spec))
        require_dtype(out, self.dtype, "the outputs")
        return np.array(out)

    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray,
                       spec: ModelSpec | str | None = None) -> tuple[float, Params]:
        loss, grads = _JIT["loss_and_grads"](self._params(params), *self._data(x, y), spec=as_spec(spec))
        require_dtype(loss, self.dtype, "the loss")
        return float(loss), self._out(grads)

    def step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: ModelSpec | str | None = None,
             velocity: Params | None = None) -> tuple[Params, Params | None, float]:
        """``(new params, new velocity (None for plain SGD), reported loss before the update)``."""
        spec = as_spec(spec)
        jparams = self._params(params)
        if spec.momentum:
            velocity = jax.tree.map(jnp.zeros_like, jparams) if velocity is None else self._params(velocity)
        else:
            velocity = None
        new, vel, reported = _JIT["step"](jparams, velocity, *self._data(x, y), lr, spec=spec)
        return self._out(new), None if vel is None else self._out(vel), float(reported)

    def _evaluate(self, params: Params, x: np.ndarray, y: np.ndarray, spec: ModelSpec) -> tuple[float, float]:
        jparams = self._params(params)
        total, correct = 0.0, 0
        for start in range(0, len(x), EVAL_CHUNK):
            s, c = _JIT["eval_chunk"](jparams, *self._data(x[start:start + EVAL_CHUNK], y[start:start + EVAL_CHUNK]),
                                      spec=spec)
            require_dtype(s, self.dtype, "the evaluation loss")
            total, correct = total + float(s), correct + int(c)
        return total / len(x), correct / len(x)
