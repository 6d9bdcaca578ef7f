"""Adapt the notebook's API to xval's params format, and call submitted code under guard.

:func:`resolve` finds a submission's interface in any style it knows
(:mod:`xval.reports.check.styles`); this module is the notebook style itself,
and :class:`UserModel` hands any other style's model over unchanged.

The notebook's API (what ``xval check`` looks for by default)::

    forward(x, weights, biases) -> (zs, activations)
        zs: L pre-activations (B, n_l); activations: L + 1 arrays, x first,
        softmax probabilities last (activations without x, L arrays, also work)
    backward(x, y_true, zs, activations, weights, biases, learning_rate) -> None
        one SGD step: updates the lists ``weights`` and ``biases`` in place
        (``weights[i] -= ...`` or ``weights[i] = ...`` both count)

The documented gradient-returning variant, used when ``backward`` takes no
learning rate (six parameters), or when there is no ``backward`` but a
``gradients`` or ``compute_gradients``::

    backward(x, y_true, zs, activations, weights, biases) -> (grads_w, grads_b)

xval then applies ``W -= lr * dW`` itself. Here ``weights[i]`` is (fan_in,
fan_out) and ``biases[i]`` (1, fan_out), as the notebook reshapes them; xval's
params are ``[(W, b), ...]`` with the same shapes. For the in-place variant
the gradient is *implied* by the update: ``(before - after) / lr``.

Every call goes through :class:`xval.reports.check.guard.Guard` (output captured,
a deadline, exceptions turned into findings).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

import numpy as np

from xval.impl.errors import InputError
from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.loading import Loaded

Params = list[tuple[np.ndarray, np.ndarray]]

FORWARD_SIGNATURE = "forward(x, weights, biases) -> (zs, activations)"
BACKWARD_SIGNATURE = "backward(x, y_true, zs, activations, weights, biases, learning_rate)"
GRADS_SIGNATURE = "backward(x, y_true, zs, activations, weights, biases) -> (grads_w, grads_b)"
HELPERS = ("relu", "relu_derivative", "softmax", "cross_entropy_loss", "evaluate")
GRADIENT_NAMES = ("gradients", "compute_gradients")


def _positional_count(fn) -> int | None:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return None
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return None
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params)


@dataclass
class Functions:
    """The submission's functions, resolved: forward, backward and how backward reports its result."""

    forward: object
    backward: object
    backward_name: str
    mode: str  # "in-place" (updates weights/biases, the notebook's) or "gradients" (returns them)
    helpers: dict
    interface: str = ""  # the "read as" line (set by xval.reports.check.styles)

    def describe(self) -> str:
        found = ", ".join(["forward", f"{self.backward_name} ({self.mode})", *self.helpers])
        return found


def resolve(loaded: Loaded, forward_name: str = "forward", backward_name: str | None = None):
    """The submission's interface, whatever its style (:mod:`xval.reports.check.styles`): the notebook's
    :class:`Functions`, or a style's model; unusable input names the nearest style and what was missing."""
    from xval.reports.check.styles import detect

    return detect(loaded, forward_name, backward_name)


def resolve_notebook(loaded: Loaded, forward_name: str = "forward", backward_name: str | None = None) -> Functions:
    """Find the notebook's functions; a missing one is unusable input naming it and the expected signature."""
    why = f" ({len(loaded.skipped)} top-level statements were not run)" if loaded.skipped else ""
    forward = loaded.function(forward_name)
    if forward is None:
        raise InputError(f"{loaded.path}: no function `{forward_name}` found; expected {FORWARD_SIGNATURE}"
                         f"{why}; name another one with --forward NAME")
    names = [backward_name] if backward_name else ["backward", *GRADIENT_NAMES]
    for name in names:
        fn = loaded.function(name)
        if fn is None:
            continue
        n = _positional_count(fn)
        if n == 6 or (name in GRADIENT_NAMES and n != 7):
            mode = "gradients"
        elif n in (7, None):
            mode = "in-place"
        else:
            raise InputError(f"{loaded.path}: `{name}` takes {n} positional parameters; expected "
                             f"{BACKWARD_SIGNATURE} (7, updates in place) or {GRADS_SIGNATURE} (6)")
        helpers = {h: loaded.function(h) for h in HELPERS if loaded.function(h) is not None}
        return Functions(forward, fn, name, mode, helpers)
    raise InputError(f"{loaded.path}: no function `{names[0]}` found; expected {BACKWARD_SIGNATURE}, or "
                     f"{GRADS_SIGNATURE}{why}; name another one with --backward NAME")


@dataclass
class Step:
    """One call of the submission's forward and backward from a given state."""

    zs: list[np.ndarray]
    activations: list[np.ndarray]  # L + 1 arrays, x first
    new_params: Params
    implied: Params  # (before - after) / lr, float64; or the returned gradient in "gradients" mode
    mutated: list[str]  # inputs the call changed: "x", "y_true", "zs[1]", "activations[3]"


def _as_float_list(name: str, value, n: int | tuple[int, ...], fn: str) -> list[np.ndarray]:
    if not isinstance(value, (list, tuple)):
        raise SubmissionError(fn, f"expected {name} to be a list of arrays, found {type(value).__name__}")
    if len(value) not in ((n,) if isinstance(n, int) else n):
        raise SubmissionError(fn, f"expected {name} to hold {n} arrays for this network, found {len(value)}")
    out = []
    for i, arr in enumerate(value):
        arr = np.asarray(arr)
        if arr.dtype.kind not in "fiub":
            raise SubmissionError(fn, f"{name}[{i}] is not numeric (dtype {arr.dtype})")
        out.append(arr)
    return out


class UserModel:
    """The submission behind xval's params format: ``forward(params, x)`` and ``step(params, x, y, lr)``.

    As in the notebook, backward receives the very objects forward returned and
    the same ``weights``/``biases`` lists (aliasing between them is preserved);
    xval only ever hands the submission copies of its own arrays.
    """

    def __new__(cls, functions, guard: Guard | None = None):
        bind = getattr(functions, "bind", None)  # another style's model (styles/): it is its own adapter
        return bind(guard or Guard()) if bind is not None else super().__new__(cls)

    def __init__(self, functions: Functions, guard: Guard | None = None) -> None:
        self.fn = functions
        self.guard = guard or Guard()

    def _call_forward(self, params: Params, x: np.ndarray, weights, biases):
        raw = self.guard.call("forward", self.fn.forward, x, weights, biases)
        if not isinstance(raw, (tuple, list)) or len(raw) != 2:
            raise SubmissionError("forward", f"expected a pair (zs, activations), found {type(raw).__name__}"
                                  f"{' of length %d' % len(raw) if isinstance(raw, (tuple, list)) else ''}")
        L = len(params)
        zs = _as_float_list("zs", raw[0], L, "forward")
        acts = _as_float_list("activations", raw[1], (L + 1, L), "forward")
        if len(acts) == L:
            acts = [x, *acts]
        return raw, zs, acts

    def forward(self, params: Params, x: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray], list[str]]:
        """The submission's (zs, activations), activations starting with x, and the inputs it changed."""
        x_call = x.copy()
        weights, biases = [W.copy() for W, _ in params], [b.copy() for _, b in params]
        _, zs, acts = self._call_forward(params, x_call, weights, biases)
        mutated = ["x"] if not _same(x_call, x) else []
        mutated += _changed_params(weights, biases, params)
        zs = [np.array(z, copy=True) for z in zs]
        acts = [x if a is x_call else np.array(a, copy=True) for a in acts]
        return zs, acts, mutated

    def step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float,
             given: tuple[list[np.ndarray], list[np.ndarray]] | None = None) -> Step:
        """One forward + backward from ``params``, or backward alone on ``given`` (zs, activations)."""
        x_call, y_call = x.copy(), y.copy()
        weights, biases = [W.copy() for W, _ in params], [b.copy() for _, b in params]
        if given is None:
            raw, zs, acts = self._call_forward(params, x_call, weights, biases)
            zs_arg, acts_arg = raw
        else:
            zs, acts = [z.copy() for z in given[0]], [x_call, *(a.copy() for a in given[1][1:])]
            zs_arg, acts_arg = zs, acts
        # x itself is never handed to the submission: it is the pristine copy of x_call
        before = {"x": x, **{f"zs[{i}]": np.array(z, copy=True) for i, z in enumerate(zs)},
                  **{f"activations[{i}]": np.array(a, copy=True) for i, a in enumerate(acts)}}
        weights_before = None if self.fn.mode == "in-place" else \
            [(np.array(W, copy=True), np.array(b, copy=True)) for W, b in zip(weights, biases)]
        name = self.fn.backward_name
        result = self.guard.call(name, self.fn.backward, x_call, y_call, zs_arg, acts_arg, weights, biases,
                                 *([lr] if self.fn.mode == "in-place" else []))
        now = {"x": x_call, **{f"zs[{i}]": z for i, z in enumerate(zs)},
               **{f"activations[{i}]": a for i, a in enumerate(acts)}}
        mutated = [k for k in before if not _same(now[k], before[k])]
        mutated += ["y_true"] if not _same(y_call, y) else []
        if self.fn.mode == "gradients":
            grads = _returned_grads(name, result, params)
            mutated += _changed_params(weights, biases, weights_before)
            new = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
            return Step(zs, acts, new, grads, mutated)
        new = _updated(name, weights, biases, params)
        implied = [((W.astype(np.float64) - np.asarray(W2, np.float64)) / lr,
                    (b.astype(np.float64) - np.asarray(b2, np.float64)) / lr)
                   for (W, b), (W2, b2) in zip(params, new)]
        return Step(zs, acts, new, implied, mutated)


def _changed_params(weights, biases, params) -> list[str]:
    out = []
    for i, (W, b) in enumerate(params, start=1):
        if i <= len(weights) and not _same(weights[i - 1], W):
            out.append(f"w{i}")
        if i <= len(biases) and not _same(biases[i - 1], b):
            out.append(f"b{i}")
    return out


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f" and b.dtype.kind == "f"))


def _updated(name: str, weights, biases, params: Params) -> Params:
    """The lists after an in-place backward, validated against the params' shapes."""
    if not isinstance(weights, list) or not isinstance(biases, list) or len(weights) != len(params) \
            or len(biases) != len(params):
        raise SubmissionError(name, "changed the length of the weights or biases lists; update their elements")
    new = []
    for i, ((W, b), W2, b2) in enumerate(zip(params, weights, biases), start=1):
        W2, b2 = np.asarray(W2), np.asarray(b2)
        for what, old, arr, p in ((f"weights[{i - 1}] (w{i})", W, W2, f"w{i}"), (f"biases[{i - 1}] (b{i})", b, b2, f"b{i}")):
            if arr.shape != old.shape:
                raise SubmissionError(name, f"left {what} with shape {arr.shape}; it must keep {old.shape}", p)
        new.append((W2, b2))
    return new


def _returned_grads(name: str, result, params: Params) -> Params:
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        raise SubmissionError(name, f"expected it to return (grads_w, grads_b), found {type(result).__name__}")
    gw = _as_float_list("grads_w", result[0], len(params), name)
    gb = _as_float_list("grads_b", result[1], len(params), name)
    out = []
    for i, ((W, b), dW, db) in enumerate(zip(params, gw, gb), start=1):
        if dW.shape != W.shape:
            raise SubmissionError(name, f"grads_w[{i - 1}] has shape {dW.shape}, w{i} has {W.shape}")
        if db.size != b.size:
            raise SubmissionError(name, f"grads_b[{i - 1}] has shape {db.shape}, b{i} has {b.shape}")
        out.append((np.asarray(dW, np.float64), np.asarray(db, np.float64).reshape(b.shape)))
    return out
