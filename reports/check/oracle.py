"""Expected values for ``xval check``, from the torch and jax oracles (never from the code under test).

Shapes: params ``[(W, b), ...]`` with ``W`` (fan_in, fan_out), ``b`` (1, fan_out);
``x`` (B, D); ``y`` (B,) int. Per oracle:

- pre-activations ``z_l``: the oracle's ``forward`` on the first ``l`` layers
  (a truncated network's logits are exactly ``z_l``, ReLU below it);
- hidden activations ``f(z_l)`` and the output ``g(z_L)`` of the oracle's own
  pre-activations, in float64, with ``f`` and ``g`` the check's ModelSpec's hidden
  activation and output function (:func:`hidden_values`, :func:`output_values`;
  the notebook's: ReLU, and ``exp(log_softmax(z_L))``);
- gradients: the oracle's ``loss_and_grads`` for that spec (the notebook's: mean
  log-softmax cross-entropy), or for another spec when asked (a diagnosis
  comparing with another loss's gradient);
- the reported loss and the accuracy: the oracle's ``evaluate``.

The spec (:class:`xval.impl.spec.ModelSpec`, a description shared with every
oracle, no math) is set once per check, before the first case, from what the
submission's forward computes and the --loss/--hidden/--output/--l2 flags
(:mod:`xval.reports.check.family`).

The first available oracle is the *primary*: it gives the expected values of
every case. The others are asked on ``batch0`` (the real first batch) and must
agree with the primary there, or the check is unusable; the trace then runs
on jax when listed (jitted for one shape, the fastest per step). Asking every
oracle on every case would cost each fresh batch worker ~2.5 s of JAX
compilation (six shapes) for no extra independence. impl's NumPy may be added
as a third voice (``numpy``), never as the only one.
"""

from __future__ import annotations

import functools
import hashlib
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from xval.impl.conventions import Params
from xval.impl.errors import InputError
from xval.impl.spec import NOTEBOOK, ModelSpec
from xval.reference.backends import ORACLES, OracleUnavailable, get_backend, is_installed
from xval.reference.compare import max_rel_error
from xval.reference.tolerances import tolerance
VOICES = (*ORACLES, "numpy")
INSTALL_HINT = "pip install 'xval[torch]' (torch 2.13.0 CPU) and/or 'xval[jax]'"


@dataclass
class Forward:
    """One oracle's forward values: L pre-activations, L + 1 activations (x first, probabilities last)."""

    zs: list[np.ndarray]
    activations: list[np.ndarray]


def softmax_from_logits(z: np.ndarray) -> np.ndarray:
    """Row-wise exp(log_softmax(z)) in float64: the probabilities the oracles' loss is built on."""
    z = np.asarray(z, np.float64)
    shifted = z - z.max(axis=1, keepdims=True)
    return np.exp(shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True)))


def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)) in float64, without overflow for large |z|."""
    z = np.asarray(z, np.float64)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


MEMO_SIZE = 64
"""Answers kept per process: the six cases of one weights file need about 20, whatever the number of files."""
_memo: OrderedDict = OrderedDict()


def _digest(value) -> object:
    """A key for ``value``: arrays by dtype, shape and a hash of their bytes; lists and tuples element-wise."""
    if isinstance(value, np.ndarray):
        return (value.dtype.str, value.shape, hashlib.blake2b(np.ascontiguousarray(value).data, digest_size=16).digest())
    if isinstance(value, (list, tuple)):
        return tuple(_digest(v) for v in value)
    return value


def _frozen(value):
    """``value`` with every array read-only: a cached answer is shared by every check that asks again."""
    if isinstance(value, np.ndarray):
        value.setflags(write=False)
    elif isinstance(value, dict):
        for v in value.values():
            _frozen(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _frozen(v)
    elif isinstance(value, Forward):
        _frozen(value.zs)
        _frozen(value.activations)
    return value


def memoized(method):
    """Remember an oracle answer by the content of its arguments (arrays hashed, never by identity).

    Every submission in a batch is checked on the same cases (the grader's weights and batches), so a warm
    judge computes their expected values once. The answer depends only on the arguments and on the oracles'
    names, dtype and model (``key``), never on the submission; a state that comes from a submission's own
    steps (a failing trace step) is answered again only for a bit-identical state.
    """
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        key = (method.__name__, self.key(), _digest(args), _digest(tuple(sorted(kwargs.items()))))
        if key in _memo:
            _memo.move_to_end(key)
            return _memo[key]
        value = _frozen(method(self, *args, **kwargs))
        _memo[key] = value
        while len(_memo) > MEMO_SIZE:
            _memo.popitem(last=False)
        return value
    return wrapper


def hidden_values(spec: ModelSpec, z: np.ndarray) -> np.ndarray:
    """The hidden activation of ``spec`` (relu, leaky_relu:S, sigmoid, tanh, identity) of a pre-activation, in
    float64."""
    z = np.asarray(z, np.float64)
    if spec.activation == "relu":
        return np.maximum(z, 0.0)
    if spec.activation == "leaky_relu":
        return np.where(z > 0, z, spec.leaky_slope * z)
    if spec.activation == "identity":
        return z
    return sigmoid(z) if spec.activation == "sigmoid" else np.tanh(z)


def output_values(spec: ModelSpec, z: np.ndarray) -> np.ndarray:
    """The output function of ``spec`` (softmax, sigmoid, identity, tanh, relu, leaky relu) of the logits, in
    float64."""
    z = np.asarray(z, np.float64)
    if spec.output == "softmax":
        return softmax_from_logits(z)
    if spec.output == "tanh":
        return np.tanh(z)
    if spec.output == "relu":
        return np.maximum(z, 0.0)
    if spec.output == "leaky_relu":
        return np.where(z > 0, z, spec.output_slope * z)
    return sigmoid(z) if spec.output == "sigmoid" else z


class Oracles:
    """The oracles a check uses, in one dtype, for one model ``spec``; ``names[0]`` is the primary."""

    def __init__(self, names: tuple[str, ...] | list[str] = ORACLES, dtype=np.float64, required: bool = False,
                 spec: ModelSpec = NOTEBOOK):
        self.dtype = np.dtype(dtype)
        self.spec = spec
        self.biases: bool | tuple[bool, ...] = True  # False: a network without biases, held at zero (their
        # gradient zero, never updated); a tuple: whether each layer has one (the bias trick on the input only)
        self.scale = None  # the file's MSE as a multiple of xval's (family.LossScale), read from its own loss
        unknown = [n for n in names if n not in VOICES]
        if unknown:
            raise InputError(f"--oracles: expected some of {', '.join(VOICES)}, found {', '.join(unknown)}")
        self.notes: list[str] = []
        available = []
        for name in names:
            if is_installed(name):
                available.append(name)
            elif required:
                raise OracleUnavailable(f"the {name} oracle is not installed: {INSTALL_HINT}")
            else:
                self.notes.append(f"{name} is not installed: checked without the {name} oracle")
        if not [n for n in available if n != "numpy"]:
            raise OracleUnavailable(
                "xval check needs an independent oracle and neither torch nor jax is installed "
                f"({INSTALL_HINT}); the product's own NumPy cannot be the only judge")
        self.names = available
        self.backends = {n: get_backend(n, self.dtype) for n in available}
        self._f32 = None

    def key(self) -> tuple:
        """What an answer depends on besides the arguments (see :func:`memoized`)."""
        return tuple(self.names), self.dtype.str, repr(self.spec), self.biases, repr(self.scale)

    def has_bias(self, layer: int) -> bool:
        """Whether layer ``layer`` (0 first) has a bias."""
        if isinstance(self.biases, tuple):
            return self.biases[layer] if layer < len(self.biases) else True
        return self.biases

    def held(self, params: Params) -> Params:
        """The params the model computes with: the biases of layers that have none zeroed."""
        return params if self.biases is True else [(W, b if self.has_bias(l) else np.zeros_like(b))
                                                    for l, (W, b) in enumerate(params)]

    def scaled(self, grads: Params | None, batch: int, params: Params | None = None) -> Params | None:
        """The gradient of the file's own loss (:attr:`scale` x the spec's data term) on a batch of ``batch``
        samples: exact, the loss being a multiple. The spec's L2 term is the file's as read apart from its data's
        loss (``np.sum(...) + l2 * sum W**2``: added once, not scaled), so with ``params`` its gradient is kept at
        l2 x W (and l2 x b when it covers the biases)."""
        if grads is None or self.scale is None:
            return grads
        k = self.scale.factor(grads[-1][0].shape[1], batch)
        l2 = self.spec.l2 if params is not None else 0.0
        l2_b = l2 if self.spec.l2_biases else 0.0
        return [(dW * k - (k - 1) * l2 * np.asarray(W, np.float64),
                 db * k - (k - 1) * l2_b * np.asarray(b, np.float64))
                for (dW, db), (W, b) in zip(grads, params if l2 else grads)]

    def no_bias_grads(self, grads: Params | None) -> Params | None:
        """A gradient with the bias part zeroed in layers without biases (their gradient is no one's)."""
        return grads if self.biases is True or grads is None else [
            (dW, db if self.has_bias(l) else np.zeros_like(db)) for l, (dW, db) in enumerate(grads)]

    @property
    def primary(self) -> str:
        return self.names[0]

    def _voices(self, every: bool) -> dict:
        return self.backends if every else {self.primary: self.backends[self.primary]}

    @memoized
    def forward(self, params: Params, x: np.ndarray, every: bool = False) -> dict[str, Forward]:
        """Each oracle's forward values (``every``: all oracles, which must agree; else the primary's)."""
        out, params = {}, self.held(params)
        for name, backend in self._voices(every).items():
            zs = [np.asarray(backend.forward(params[:k], x, self.spec.first(k - 1)), np.float64)
                  for k in range(1, len(params) + 1)]
            out[name] = self._values(x, zs)
        self._agree("forward (logits)", {n: [f.zs[-1]] for n, f in out.items()})
        return out

    def _values(self, x: np.ndarray, zs: list[np.ndarray]) -> Forward:
        """x, the hidden activations and the output, of the oracle's pre-activations ``zs``."""
        # x copied: an answer is frozen and shared (see memoized), the caller's array is not
        acts = [np.array(x, np.float64), *(hidden_values(s, z) for s, z in zip(self.spec.per_layer(len(zs) - 1), zs)),
                output_values(self.spec, zs[-1])]
        return Forward(zs, acts)

    @memoized
    def grads(self, params: Params, x: np.ndarray, y: np.ndarray, every: bool = False,
              spec: ModelSpec | None = None) -> dict[str, Params]:
        """Each oracle's gradient (``every``: all oracles, which must agree; else the primary's) for the check's
        spec, or for ``spec`` when given (another loss, to name a gradient that is that loss's)."""
        own, spec, params = spec is None, self.spec if spec is None else spec, self.held(params)
        out = {n: self.no_bias_grads([(np.asarray(dW, np.float64), np.asarray(db, np.float64))
                                       for dW, db in b.loss_and_grads(params, x, y, spec)[1]])
               for n, b in self._voices(every).items()}
        if own:  # another loss's gradient (to name a gradient that is that loss's) is that loss's own
            out = {n: self.scaled(g, len(x), params) for n, g in out.items()}
        self._agree("gradient", {n: [t for pair in g for t in pair] for n, g in out.items()})
        return out

    @memoized
    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        """The reported (clipped) loss and the accuracy, from the primary oracle."""
        return self.backends[self.primary].evaluate(self.held(params), x, y, self.spec)

    @memoized
    def float32_grads(self, params: Params, x: np.ndarray, y: np.ndarray) -> Params | None:
        """The primary oracle's gradient computed in float32 (the yardstick for precision-loss), or None."""
        if self.dtype != np.float64:
            return None
        name = next(n for n in self.names if n != "numpy")
        backend = get_backend(name, np.float32)
        return self.scaled(self.no_bias_grads([(np.asarray(dW, np.float64), np.asarray(db, np.float64)) for dW, db in
                                    backend.loss_and_grads(self.held(params), x.astype(np.float32), y, self.spec)[1]]),
                           len(x), params)

    @memoized
    def float32_forward(self, params: Params, x: np.ndarray) -> Forward:
        name = next(n for n in self.names if n != "numpy")
        backend = get_backend(name, np.float32)
        p32 = [(W.astype(np.float32), b.astype(np.float32)) for W, b in self.held(params)]
        x32 = x.astype(np.float32)
        zs = [np.asarray(backend.forward(p32[:k], x32, self.spec.first(k - 1)), np.float64)
              for k in range(1, len(params) + 1)]
        return self._values(x, zs)

    def _agree(self, what: str, values: dict[str, list[np.ndarray]]) -> None:
        """Refuse to judge anyone when the oracles themselves disagree beyond the tolerance."""
        first = self.primary
        for name, arrays in values.items():
            if name == first:
                continue
            tol = tolerance(self.dtype, "autodiff", self.spec)
            for a, b in zip(arrays, values[first]):
                if not np.isfinite(a).all() and not np.isfinite(b).all():
                    continue  # both overflow the same way (checked against the submission elsewhere)
                worst = max_rel_error(a, b)
                if worst > tol:
                    raise InputError(f"the oracles disagree: {name} vs {first} {what} differ by {worst:.2e} "
                                     f"relative (> {tol:.0e}); the weights or data are outside what xval can "
                                     "judge (non-finite or extreme values?)")
