"""Which model a submission computes: hidden activation and output from its own forward, loss from its source.

The reading comes from what the file does, never from which reading would
make its gradient pass: each hidden layer's activation is the function that
maps the submission's own ``z_l`` to its own ``a_l`` (ReLU, leaky ReLU,
sigmoid, tanh; identity, a linear layer, where only the whole forward says
so), and the output function the one that maps its ``z_L`` to its output
(softmax, sigmoid, identity, tanh, relu). ``None`` where no known function fits
(a bug, or a value the interface does not expose): the default is then
checked, and the comparison with the oracles says what differs.

The loss cannot be read from a forward pass. It comes from ``--loss``, else
from a loss function the file defines *and uses* (:func:`loss_from_source`: a
static read of its code, nothing runs), else from a loss it computes inline
under a loss's name (``error = np.mean(np.square(y - output))``), else it is the output's natural one
(softmax: cross-entropy, sigmoid: binary cross-entropy, identity: MSE). Every
choice says where it came from (:class:`Reading`, the result's ``checked as``).
"""

from __future__ import annotations

import ast
import copy
import functools
import itertools
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from xval.impl.errors import InputError
from xval.impl.spec import DEFAULT_LEAKY_SLOPE, DEFAULT_LOSS, LOSS_NAMES, OUTPUTS, PAIRS, ModelSpec
from xval.reports.check.styles.names import classify, squash, words
from xval.reports.check.styles.reading import constant_rate, has_product

MATCH = 1e-6
"""Largest relative difference at which a known function counts as the one the file computes (a reading of
the model, not a verdict: float32 rounding in a correct file stays far below, any other function far above)."""


MATCH_THROUGH_LAYER = 1e-4
"""The same, for an activation read through the next layer's product (a float32 file's z_next carries the
rounding of a sum over the layer's width; the candidate functions differ by far more)."""


def _close(a: np.ndarray, b: np.ndarray, match: float = MATCH) -> bool:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    if a.shape != b.shape or not (np.isfinite(a).all() and np.isfinite(b).all()):
        return False
    scale = max(float(np.abs(b).max(initial=0.0)), 1e-30)
    return bool(np.abs(a - b).max(initial=0.0) <= match * scale)


def _leaky(slope: float):
    return lambda v: np.where(v > 0, v, slope * v)


LEAKY_SLOPES = (0.01, 0.2, 0.1, 0.05, 0.02, 0.3)
"""Leaky ReLU's slopes a reading tries where it cannot fit one (the activations are not exposed): the usual
0.01 first, then the others files write."""
READ_HIDDEN = (("relu", lambda v: np.maximum(v, 0.0)), ("sigmoid", lambda v: 1.0 / (1.0 + np.exp(-v))),
               ("tanh", np.tanh), *((f"leaky_relu:{s:g}", _leaky(s)) for s in LEAKY_SLOPES))
"""The hidden activations a reading tries, in order (leaky ReLU at the slopes of :data:`LEAKY_SLOPES`)."""


def hidden_activation(z: np.ndarray, a: np.ndarray) -> str | None:
    """The name of the function with ``a == f(z)``: relu, leaky_relu:SLOPE, sigmoid, tanh; None if none fits."""
    z = np.asarray(z, np.float64)
    if np.shape(a) != z.shape:
        return None
    with np.errstate(all="ignore"):
        for name, f in READ_HIDDEN[:3]:  # relu, sigmoid, tanh; leaky ReLU's slope is fitted below
            if _close(a, f(z)):
                return name
        return _fitted_leaky(z, a)
    # (a == z is not read as a linear layer here: a reader's a may be a pre-activation named `h`)


def _fitted_leaky(z: np.ndarray, a, match: float = MATCH) -> str | None:
    """``leaky_relu:SLOPE`` when ``a`` is a leaky ReLU of ``z`` (float64) at the slope fitted where z < 0, a slope
    in (0, 1); None if there is no negative z or it does not fit."""
    neg = z < 0
    if not neg.any():
        return None
    slope = float(np.median(np.asarray(a, np.float64)[neg] / z[neg]))
    return f"leaky_relu:{slope:.3g}" if 0 < slope < 1 and _close(a, np.where(z > 0, z, slope * z), match) else None


def output_function(z: np.ndarray, out: np.ndarray, match: float = MATCH) -> str | None:
    """softmax, sigmoid, identity, tanh, relu or leaky_relu:SLOPE when ``out`` is that function of ``z`` (relu and
    leaky ReLU only where some z is negative: else it is the identity); None if none fits."""
    z = np.asarray(z, np.float64)
    if np.shape(out) != z.shape or z.ndim != 2 or z.size == 0:
        return None
    with np.errstate(all="ignore"):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        if _close(out, e / e.sum(axis=1, keepdims=True), match):
            return "softmax"
        if _close(out, 1.0 / (1.0 + np.exp(-z)), match):
            return "sigmoid"
        if _close(out, z, match):
            return "identity"
        if _close(out, np.tanh(z), match):
            return "tanh"
        if (z < 0).any() and _close(out, np.maximum(z, 0.0), match):
            return "relu"
        return _fitted_leaky(z, out, match)


def hidden_from_next_layer(z: np.ndarray, z_next: np.ndarray, W: np.ndarray, b: np.ndarray) -> str | None:
    """The hidden activation f with ``z_next == f(z) @ W + b`` (the file exposes pre-activations, not the
    activations between them); None if none fits. Leaky ReLU is tried at the slopes of :data:`LEAKY_SLOPES`."""
    z = np.asarray(z, np.float64)
    W, b = np.asarray(W, np.float64), np.asarray(b, np.float64).reshape(1, -1)
    if z.ndim != 2 or W.ndim != 2 or z.shape[1] != W.shape[0] or b.shape[1] != W.shape[1]:
        return None  # outputs of another shape: the forward check says what differs
    with np.errstate(all="ignore"):
        for name, f in READ_HIDDEN:
            if _close(z_next, f(z) @ W + b, MATCH_THROUGH_LAYER):
                return name
    return None


def read_model(zs: list, acts: list, params=None) -> tuple[list[str | None], str | None]:
    """(each hidden layer's activation, the output function) from a forward pass's zs and activations. With
    ``params``: a pre-activation not exposed is recomputed from the layer's input (``a_in @ W + b``); an
    activation not exposed is read through the layer above; a forward that exposes only its output is read
    by :func:`from_output`."""
    L = len(zs)
    zs = [z if z is not None or params is None else _pre_activation(acts[k], *params[k]) for k, z in enumerate(zs)]
    hidden = []
    for k in range(L - 1):
        if zs[k] is not None and acts[k + 1] is not None:
            hidden.append(hidden_activation(zs[k], acts[k + 1]))
        elif zs[k] is not None and zs[k + 1] is not None and params is not None:
            hidden.append(hidden_from_next_layer(zs[k], zs[k + 1], *params[k + 1]))
        else:
            hidden.append(None)
    output = output_function(zs[-1], acts[-1]) if zs[-1] is not None and acts[-1] is not None else None
    if output is None and not any(hidden) and params is not None and acts[0] is not None and acts[-1] is not None:
        return from_output(acts[0], acts[-1], params) or (hidden, output)
    if L > 1 and not any(hidden) and params is not None and acts[0] is not None and acts[-1] is not None:
        # its output read, its hidden values not (a script's `H = X @ W1 + b1` is both its z1 and its a1): the
        # hidden activation read from the whole forward, a linear hidden layer too
        whole = from_output(acts[0], acts[-1], params)
        if whole is not None and whole[1] == output:
            return whole
    if output is None and any(hidden) and params is not None and acts[0] is not None and acts[-1] is not None:
        # some hidden values read, the output's z not exposed (a script whose forward runs in a loop of its own):
        # the output read from the whole forward, when the hidden units it finds agree with those read
        whole = from_output(acts[0], acts[-1], params)
        if whole is not None and all(h is None or h == w for h, w in zip(hidden, whole[0])):
            return whole
    if not any(hidden) and L > 1 and params is not None and acts[0] is not None and acts[-1] is None \
            and zs[-1] is not None:  # only the scores exposed (its softmax applied elsewhere)
        return from_scores(acts[0], zs[-1], params) or hidden, output
    return hidden, output


def from_scores(x, scores, params) -> list[str] | None:
    """The hidden activation of a forward that exposes only its output layer's scores (``network_output_before_
    softmax(x)``): the first of :data:`READ_HIDDEN` under which the layers give those scores from ``x``; None if
    none does (a bug, or another model: the forward check says what differs)."""
    scores = np.asarray(scores, np.float64)
    with np.errstate(all="ignore"):
        for name, f in READ_HIDDEN:
            z = _last_pre_activation(x, params, f)
            if z is None:
                return None
            if z.shape == scores.shape and _close(scores, z, MATCH_THROUGH_LAYER):
                return [name] * (len(params) - 1)
    return None


def _last_pre_activation(x, params, f) -> np.ndarray | None:
    """The output layer's pre-activation of ``x`` through ``params`` with the hidden activation ``f`` (None when a
    layer's input has another shape)."""
    a = x
    for k, (W, b) in enumerate(params):
        z = _pre_activation(a, W, b)
        if z is None:
            return None
        a = f(z) if k < len(params) - 1 else z
    return z


def from_output(x, out, params) -> tuple[list[str], str] | None:
    """(hidden activations, output function) of a file whose forward exposes only its output: the first standard
    model (hidden activation, then output: softmax, sigmoid, identity, tanh) whose forward at these params gives
    that output; None if none does (a bug, or a model of another kind: the forward check says what differs). A
    float32 file's output carries the rounding of every layer's sums: read at :data:`MATCH_THROUGH_LAYER`."""
    float32 = np.asarray(out).dtype == np.float32 or any(np.asarray(W).dtype == np.float32 for W, _ in params)
    match = MATCH_THROUGH_LAYER if float32 else MATCH  # (a per-sample forward's stacked output may be float64)
    out = np.asarray(out, np.float64)
    with np.errstate(all="ignore"):
        for name, f in READ_HIDDEN[:1] if len(params) == 1 else READ_HIDDEN:
            z = _last_pre_activation(x, params, f)
            if z is None or out.shape != z.shape:
                return None
            output = output_function(z, out, match)
            if output is not None:
                return [name] * (len(params) - 1), output
    return _with_linear_layers(x, out, params, match)


def _with_linear_layers(x, out, params, match: float) -> tuple[list[str], str] | None:
    """(hidden activations, output function) of a forward in which some hidden layers have no activation
    (``a1 = z1``: a linear layer, then ReLU) and the others one of :data:`READ_HIDDEN`, read on a few rows; None if
    no such model gives ``out``. Only up to three hidden layers (2^3 - 1 patterns a function)."""
    n_hidden = len(params) - 1
    if not 1 <= n_hidden <= 3:
        return None
    rows = slice(0, min(len(x), 64))
    x, out = np.asarray(x, np.float64)[rows], np.asarray(out, np.float64)[rows]
    with np.errstate(all="ignore"):  # (a sigmoid of large z overflows exp: 0, as it should)
        for name, f in READ_HIDDEN:
            for linear in itertools.product((False, True), repeat=n_hidden):
                if not any(linear):
                    continue
                a = x
                for k, (W, b) in enumerate(params):
                    z = _pre_activation(a, W, b)
                    if z is None:
                        return None
                    a = z if k == n_hidden or linear[k] else f(z)
                output = output_function(z, out, match) if out.shape == z.shape else None
                if output is not None:
                    return ["identity" if lin else name for lin in linear], output
                if all(linear):
                    break  # the same for every function
    return None


LOSS_MODELS = (("softmax", "cross_entropy"), ("sigmoid", "bce"), ("sigmoid", "mse"), ("softmax", "mse"),
               ("identity", "mse"))
"""The (output, loss) pairs :func:`from_loss` tries, in order."""


def from_loss(J: float, x, y, params, multiples: bool = False) -> tuple[list[str], str, str] | None:
    """(hidden activations, output function, loss) of a file that gives only its loss (a cost function returning
    (J, grad)): the first standard model whose loss at these params, without a penalty, is the file's J; None
    if none is (a bug, or a model of another kind: the gradient check says what differs). With ``multiples``, J
    may be that loss times a conventional constant (2 or 1/2, the batch size B for a sum over the batch, 1/K for a
    mean over the K outputs too: ``np.sum((t - a) ** 2) / N`` is 2 x xval's MSE), for a caller that reads the
    constant from the file's code."""
    from xval.impl.activations import data_loss

    x, y = np.asarray(x, np.float64), np.asarray(y)
    if not np.isfinite(J):
        return None
    B, K = len(x), params[-1][0].shape[1]
    factors = sorted({c * b / k for c in (1.0, 2.0, 0.5) for b in (1, B) for k in (1, K)}) if multiples else [1.0]
    with np.errstate(all="ignore"):
        for name, f in READ_HIDDEN:
            a = x
            for k, (W, b) in enumerate(params):
                z = a @ np.asarray(W, np.float64) + np.asarray(b, np.float64).reshape(1, -1)
                a = f(z) if k < len(params) - 1 else z
            for output, loss in LOSS_MODELS:
                out = {"softmax": lambda v: np.exp(v - v.max(axis=1, keepdims=True)) /
                       np.exp(v - v.max(axis=1, keepdims=True)).sum(axis=1, keepdims=True),
                       "sigmoid": lambda v: 1.0 / (1.0 + np.exp(-v)), "identity": lambda v: v}[output](z)
                expected = data_loss(ModelSpec(hidden=name, output=output, loss=loss), z, out, y)
                if any(abs(f * expected - J) <= MATCH * max(abs(f * expected), 1e-30) for f in factors):
                    return [name] * (len(params) - 1), output, loss
    return None


def _pre_activation(a_in, W, b) -> np.ndarray | None:
    """``a_in @ W + b`` for a file that exposes its activations but not its pre-activations (None when the layer's
    input is not exposed or has another shape: the forward check says what differs)."""
    if a_in is None:
        return None
    a_in = np.asarray(a_in, np.float64)
    W, b = np.asarray(W, np.float64), np.asarray(b, np.float64).reshape(1, -1)
    if a_in.ndim != 2 or a_in.shape[1] != W.shape[0] or b.shape[1] != W.shape[1]:
        return None
    return a_in @ W + b


def activations_read_as_sums(zs: list, acts: list, params) -> tuple[list, list, list[int]]:
    """(zs, activations, the layers moved) with a value read as a layer's pre-activation moved to that layer's
    activation where it is a known function of ``a_in @ W + b``, not that affine map itself: a name that says a
    sum in one language and an output in another (``self.s1 = sigm(x @ w1 + b1)``, s for *salida*). A wrong
    pre-activation is no function of the right one, so a bug stays where it is; a value not exposed, or of
    another shape, is left as read."""
    zs, acts, moved = list(zs), list(acts), []
    if params is None or not zs or len(acts) != len(zs) + 1:
        return zs, acts, moved
    for k, (W, b) in enumerate(params[:len(zs)]):
        z = _pre_activation(acts[k], W, b)
        read = zs[k]
        if z is None:
            break
        if read is not None and np.shape(read) == z.shape and np.asarray(read).dtype.kind == "f" \
                and not _close(read, z, MATCH_THROUGH_LAYER):  # (_close compares shapes, in float64)
            with np.errstate(all="ignore"):
                f = output_function(z, read) if k == len(zs) - 1 else hidden_activation(z, read)
            if f not in (None, "identity") and (acts[k + 1] is None or _close(acts[k + 1], read)):
                zs[k], moved = None, [*moved, k]
                if acts[k + 1] is None:
                    acts[k + 1] = read
    return zs, acts, moved


DETECTED = "detected from your forward"

LOSS_FUNCTION_NAMES = {
    "mse": ("mse", "mseloss", "msecost", "meansquared", "meansquarederror", "meansquarederrors", "meansquaredloss",
            "squarederror", "squaredloss", "meansquare", "meansquareerror", "meansquareloss", "squareerror",
            "quadraticcost", "quadraticloss", "quadcost", "sse", "l2loss"),
    "cross_entropy": ("crossentropy", "crossentropyloss", "crossentropycost", "categoricalcrossentropy", "celoss",
                      "softmaxloss", "softmaxcrossentropy", "softmaxcrossentropyloss", "nllloss", "negloglikelihood"),
    "bce": ("bce", "bceloss", "binarycrossentropy", "binarycrossentropyloss", "binarycrossentropycost"),
}
"""Function (or class) names, lower case without underscores, that name a loss by themselves."""
GENERIC_LOSS_NAMES = ("loss", "cost", "computeloss", "computecost", "lossfunction", "costfunction", "lossfn",
                      "costfn", "calculateloss", "calculatecost", "getloss", "logloss")
"""Names that say "a loss" but not which: the body decides (:func:`_loss_of_body`); so do these with a verb
before them or a word for function after (:func:`generic_loss_name`: ``calcCost``, ``evaluate_loss``)."""

_GENERIC_LOSS = re.compile(r"(?:calc|calculate|compute|get|eval|evaluate|find|total|the)?(?:loss|cost)"
                           r"(?:function|fn|func|compute|calculate)?"  # the verb after: Turkish kayip_hesapla
                           r"|(?:single|sample)(?:loss|cost|error)"  # one sample's: single_error(x, t)
                           r"|(?:calc|calculate|compute|get|total|find|eval|evaluate)error"  # calculateError()
                           r"|(?:calc|calculate|compute|get|total|find|eval|evaluate)?loglikelihood")  # maximised


def generic_loss_name(key: str) -> bool:
    return key in GENERIC_LOSS_NAMES or _GENERIC_LOSS.fullmatch(key) is not None


@dataclass
class Reading:
    """The model a check judges and where each part came from (for the result's ``checked as`` line)."""

    spec: ModelSpec
    hidden_from: str
    output_from: str
    loss_from: str
    l2_from: str = ""
    scale: "LossScale | None" = None  # the file's MSE as a multiple of xval's, read from its own loss
    outside: tuple[str, str] | None = None  # (its loss, where read): a loss its output does not go with (OUTSIDE)

    def line(self) -> str:
        """E.g. ``sigmoid hidden units (detected from your forward), softmax + cross-entropy (default ...)``."""
        s = self.spec
        hidden = s.hidden_words()
        output = s.output if self.output_from == DETECTED else f"{s.output} output ({self.output_from})"
        loss_from = self.loss_from + (f"; {self.scale.says()}" if self.scale else "")
        out = (f"{hidden} hidden units ({self.hidden_from}), {output} + {LOSS_NAMES[s.loss]} ({loss_from})")
        over = " over the weights and biases" if s.l2_biases else ""
        return out + (f", L2 {s.l2:g}{over} ({self.l2_from})" if s.l2 else "")

    def to_json(self) -> dict:
        return {**self.spec.to_json(), "hidden_from": self.hidden_from, "output_from": self.output_from,
                "loss_from": self.loss_from, "l2_from": self.l2_from,
                "loss_scale": None if self.scale is None else {"coef": self.scale.coef,
                                                              "over_outputs": self.scale.output_mean,
                                                              "over_batch": "sum" if self.scale.batch_sum
                                                              else "mean"}}


def _key(name: str) -> str:
    """A function or assignment name lower case, letters and digits only, its words of other languages in English
    (``derivada_costo`` is ``derivativecost``)."""
    return squash(name)


LOGS = {"log": 1.0, "log10": 1 / math.log(10), "log2": 1 / math.log(2)}
"""The logs a cross-entropy is written with, and what each is of the natural log's (a loss in base 10 is
1/ln 10 of xval's, and so is its gradient)."""


def _loss_of_body(node: ast.AST) -> str | None:
    """The loss a generic ``loss``/``cost`` function computes, when its body says it plainly: a log of one minus
    something (binary cross-entropy), a log alone (cross-entropy), a square and no log (MSE); else None."""
    logs, one_minus_log, squares = 0, False, False
    numbers = {t.id: a.value.value for a in ast.walk(node) if isinstance(a, ast.Assign) and isinstance(
        a.value, ast.Constant) and isinstance(a.value.value, float) for t in a.targets if isinstance(t, ast.Name)}
    complements = _complement_names(node, numbers)
    for n in ast.walk(node):
        if _called(n) in LOGS:
            logs += 1
            one_minus_log |= any(_one_minus_output(a, numbers) or isinstance(a, ast.Name) and a.id in complements
                                 for arg in n.args for a in _walk_unclipped(arg))
        squares |= _squared(n) is not None
    if logs:
        return "bce" if one_minus_log else "cross_entropy"
    return "mse" if squares and _squares_other_than_weights(node) else None  # squared weights alone: an L2 term


def _complement_names(node: ast.AST, numbers: dict) -> set[str]:
    """The names a body assigns one minus a value (``q = 1.0 - p``), or such a name clipped or passed through a
    helper (``q = np.clip(q, eps, None)``, ``q = self.guard(q)``): a log of one is the second term of a binary
    cross-entropy written in steps."""
    assigns = [(t.id, a.value) for a in ast.walk(node) if isinstance(a, ast.Assign)
               for t in a.targets if isinstance(t, ast.Name)]
    names: set[str] = set()
    while True:
        more = {t for t, v in assigns if t not in names and any(
            _one_minus_output(n, numbers) or isinstance(n, ast.Name) and n.id in names for n in _walk_unclipped(v))}
        if not more:
            return names
        names |= more


_SMALL = re.compile(r"(?:eps|epsilon|tiny|tol|small)\w*", re.IGNORECASE)


def _one_minus_output(node: ast.AST, numbers: dict | None = None) -> bool:
    """``1 - a`` with ``a`` a value (not ``1 - 1e-12`` or ``1 - eps``, the upper bound of a clip); ``1.0000001 - a``
    too (a guard against log(0) written into the one), or a name ``numbers`` gives that value (``_1 = 1.0000001``
    earlier in the function)."""
    one = node.left.value if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) else (
        numbers or {}).get(node.left.id) if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Name) else None
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(one, (int, float)) \
        and not isinstance(one, bool) and abs(one - 1) < 1e-3 \
        and not isinstance(node.right, ast.Constant) \
        and not (isinstance(node.right, ast.Name) and _SMALL.fullmatch(node.right.id))


def _walk_unclipped(node: ast.AST):
    """:func:`ast.walk`, but into a clip only through the value clipped (``np.clip(p, eps, 1 - eps)``: ``p``)."""
    todo = [node]
    while todo:
        n = todo.pop()
        yield n
        todo.extend(n.args[:1] if _called(n) == "clip" and n.args else ast.iter_child_nodes(n))


def _called(n: ast.AST) -> str | None:
    """The name a call calls (``np.log(x)`` and ``log(x)``: "log"), or None for a node that is not a call."""
    return (getattr(n.func, "attr", None) or getattr(n.func, "id", None)) if isinstance(n, ast.Call) else None


def _squared(n: ast.AST) -> ast.AST | None:
    """What ``n`` squares elementwise (``x ** 2``, ``np.square(x)``, ``np.power(x, 2)``, ``(a - y) * (a - y)``),
    else None."""
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow) and _number(n.right) == 2:
        return n.left
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult) and isinstance(n.left, ast.BinOp) and \
            ast.dump(n.left) == ast.dump(n.right):
        return n.left
    fn = _called(n)
    if fn == "square" and len(n.args) == 1 or fn == "power" and len(n.args) == 2 and _number(n.args[1]) == 2:
        return n.args[0]
    return None


def _squares_other_than_weights(node: ast.AST) -> bool:
    """Whether ``node`` squares something that is not a weight (``err ** 2``, not ``np.sum(W1 ** 2)``)."""
    return any((base := _squared(n)) is not None and not _mentions_weights(base) for n in ast.walk(node))


def _mentions_weights(node: ast.AST) -> bool:
    """Whether a name, attribute or string key under ``node`` is a weight's (``W1``, ``self.w2``, ``params["W1"]``)."""
    return any((classify(v) or ("",))[0] in ("W", "Ws") for v in _names(node))


def _mentions_biases(node: ast.AST) -> bool:
    """Whether a name, attribute or string key under ``node`` is a bias's (``b1``, ``self.b2``, ``params["b1"]``)."""
    return any((classify(v) or ("",))[0] in ("b", "bs") for v in _names(node))


COST_DERIVATIVE_NAMES = ("costderivative", "lossderivative", "costprime", "lossprime", "costgrad", "lossgrad",
                         "derivativecost", "derivativeloss", "costgradient", "lossgradient", "dcostda", "dlossda",
                         "errorderivative", "quadraticcostderivative")
"""A function that gives the loss's derivative with respect to the output activation (the textbook network's
``cost_derivative(output_activations, y)``): when it returns the plain difference of its two arguments, the loss is
the quadratic cost."""


def _difference_of_args(fn: ast.FunctionDef) -> bool:
    """Whether ``fn`` returns (only) the difference of two of its own arguments, ``a - y`` (bracketed or not, or
    transposed: ``(a - y).T``), or a constant times it (``2 * (a - y)``: the squared error without the 1/2)."""
    names = {a.arg for a in fn.args.args if a.arg != "self"}
    returns = [n for n in ast.walk(fn) if isinstance(n, ast.Return)]

    def difference(v) -> bool:
        if isinstance(v, ast.Attribute) and v.attr == "T":  # (a - y).T: the same values, the file's orientation
            return difference(v.value)
        if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mult):
            return any(_number(c) is not None and difference(e) for c, e in ((v.left, v.right), (v.right, v.left)))
        return isinstance(v, ast.BinOp) and isinstance(v.op, ast.Sub) and all(
            isinstance(side, ast.Name) and side.id in names for side in (v.left, v.right))

    return bool(returns) and all(difference(r.value) for r in returns)


LOSS_NAME_PREFIXES = ("half", "compute", "calculate", "calc", "get", "total", "sum", "avg", "average", "mean", "loss")
"""Words before a loss's name that leave it that loss (``half_squared_error``, ``compute_mse``,
``Loss_CategoricalCrossentropy``)."""


LOSS_NAME_SUFFIXES = ("error", "loss", "cost", "function", "func", "fn")
"""Words after a loss's name that leave it that loss (``cross_entropy_error``, ``bce_fn``)."""


def named_loss(key: str) -> str | None:
    """The loss a squashed function or class name names by itself (:data:`LOSS_FUNCTION_NAMES`, after one of
    :data:`LOSS_NAME_PREFIXES` or before one of :data:`LOSS_NAME_SUFFIXES`), or None."""
    for k in (key, *(key[len(p):] for p in LOSS_NAME_PREFIXES if key.startswith(p)),
              *(key[:-len(s)] for s in LOSS_NAME_SUFFIXES if key.endswith(s) and len(key) > len(s))):
        loss = next((lo for lo, names in LOSS_FUNCTION_NAMES.items() if k in names), None)
        if loss is not None:
            return loss
    return None


def _bounded(default):
    """A reader of the file's source that gives ``default`` instead of failing on an expression nested too deep to
    walk recursively (``x * x * ... * x`` a thousand times: a hostile file must not stop the judge)."""
    def wrap(fn):
        @functools.wraps(fn)
        def reader(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except RecursionError:
                return default
        return reader
    return wrap


def _parsed(codes) -> list[ast.AST]:
    """The trees of the sources that parse (a file, or a notebook's cells); the others are left out. One check reads
    the same file's loss several ways (the loss, its constant, an L2 term): the last few parses are kept (the trees
    are only read)."""
    return list(_parse_all(tuple(codes)))


@functools.lru_cache(maxsize=4)
def _parse_all(codes: tuple[str, ...]) -> list[ast.AST]:
    trees = []
    for code in codes:
        try:
            trees.append(ast.parse(code))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
    return trees


def _file_codes(path: Path) -> list[str]:
    from xval.reports.check.policy import scanned_sources

    return [source.code for source in scanned_sources(path)]


def losses_in_source(*codes: str, unused_methods: bool = False, library: bool = False) -> dict[str, list[str]]:
    """{loss: [names of the functions or classes defining it]} for the loss definitions the code (a file, or a
    notebook's cells together) also uses (a name referred to outside its own definition); with ``unused_methods``,
    instead the loss methods of its classes that nothing in the file calls (a model's ``compute_loss`` that only a
    training script elsewhere calls), and with ``library`` too the loss functions of a file that calls none of the
    functions it defines (:func:`_library`: a module of definitions, its forward as uncalled as its loss). Code
    that does not parse is left out."""
    trees = _parsed(codes)
    used: dict[str, int] = {}
    for n in (n for tree in trees for n in ast.walk(tree)):
        if isinstance(n, ast.Name):
            used[n.id] = used.get(n.id, 0) + 1
        elif isinstance(n, ast.Attribute):
            used[n.attr] = used.get(n.attr, 0) + 1
    methods = {id(m) for tree in trees for c in ast.walk(tree) if isinstance(c, ast.ClassDef) for m in c.body
               if isinstance(m, ast.FunctionDef)}
    found: dict[str, list[str]] = {}
    for n in (n for tree in trees for n in ast.walk(tree)):
        if not isinstance(n, (ast.FunctionDef, ast.ClassDef)) or bool(used.get(n.name)) == unused_methods \
                or unused_methods and id(n) not in methods and not (library and isinstance(n, ast.FunctionDef)):
            continue
        key = _key(n.name)
        loss = named_loss(key)
        if loss is None and generic_loss_name(key) and isinstance(n, ast.FunctionDef):
            loss = _loss_of_body(n)
        elif loss == "cross_entropy" and isinstance(n, ast.FunctionDef) and _loss_of_body(n) == "bce":
            loss = "bce"  # cross_entropy_loss computing -(y log p + (1 - y) log(1 - p)): the body says which
        elif loss == "cross_entropy" and isinstance(n, ast.ClassDef) and any(
                isinstance(m, ast.FunctionDef) and _loss_of_body(m) == "bce" for m in n.body):
            loss = "bce"  # class CrossEntropyCost whose fn(a, y) is -(y log a + (1 - y) log(1 - a))
        if loss is None and (key in COST_DERIVATIVE_NAMES or generic_loss_name(key) and key.endswith(
                ("function", "func", "fn"))) and isinstance(n, ast.FunctionDef) and _difference_of_args(n):
            loss = "mse"  # d/da of 1/2 ||a - y||^2 is a - y: only the quadratic cost has that derivative (and a
            # `cost_function` that returns a - y, no number, is that derivative too; a bare `loss` may be a residual)
        if loss is not None and isinstance(n, ast.FunctionDef) and _penalty_only(n):
            continue  # an L2 penalty alone (calc_l2_loss returning lambda / 2 * sum W**2): not the data's loss
        if loss is not None and n.name not in found.get(loss, []):
            found.setdefault(loss, []).append(n.name)
    return found


def _defining(codes, loss: str) -> set[str]:
    """The functions and classes read as defining ``loss``, used or not (:func:`losses_in_source`)."""
    return {name for unused in (False, True) for name in losses_in_source(*codes, unused_methods=unused).get(loss, [])}


def branch_free_bce(path: Path, loss: str = "bce") -> bool:
    """Whether every loss function or class of the file read as binary cross-entropy (or ``loss``) computes it
    whatever output it is told it has: no ``if`` compares with a name to choose its formula (``if self.activation ==
    'softmax': ... elif ...: <BCE>``). One that does holds a formula per output, the binary one perhaps not the one
    its softmax takes, so it is no evidence that the file's loss over a softmax is binary cross-entropy (a branch on
    a flag, ``if not derivative:``, chooses no output). So does a comparison with one or two, a count of outputs or
    classes (``if K == 1: <BCE> else: <cross-entropy>``)."""
    codes = _file_codes(path)
    names = _defining(codes, loss)

    def by_name(b) -> bool:
        test = b.subject if isinstance(b, ast.Match) else b.test
        return isinstance(b, ast.Match) or any(isinstance(c, ast.Constant) and isinstance(c.value, str)
                                               for c in ast.walk(test)) or any(
            isinstance(c, ast.Compare) and any(_number(k) in (1, 2) for k in c.comparators) for c in ast.walk(test))
    return not any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name in names and any(
        isinstance(b, (ast.If, ast.IfExp, ast.Match)) and by_name(b) for b in ast.walk(n)) for tree in _parsed(codes)
        for n in ast.walk(tree))


@_bounded(False)
def cross_entropy_in_body(path: Path, how: str = "") -> bool:
    """Whether each function the file's loss was read from as cross-entropy computes it in its own body: a log of
    the outputs with no log of one minus them (``-np.sum(Y * np.log(A2)) / m``), not a name alone (a
    ``cross_entropy`` that calls something else may be a binary one xval does not read). A loss read from a line
    (``how`` quoting it: "your `loss = np.multiply(np.log(A_2), Y)`") is judged by the function holding that line."""
    codes = _file_codes(path)
    names = _defining(codes, "cross_entropy")
    fns = [n for tree in _parsed(codes) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in names]
    quoted = re.fullmatch(r"your `([^`]*)`", how)
    if not fns and quoted:
        line = quoted.group(1).removesuffix("...")
        fns = [f for tree in _parsed(codes) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and any(
            isinstance(a, ast.Assign) and ast.unparse(a).startswith(line) for a in ast.walk(f))]
    return bool(fns) and all(_loss_of_body(f) == "cross_entropy" for f in fns)


@_bounded(False)
def cross_entropy_layer(path: Path, name: str) -> bool:
    """Whether the file defines a class ``name`` named as a cross-entropy or a softmax (``SoftmaxCrossEntropy``,
    ``CrossEntropyLoss``, ``Softmax`` whose backward takes the labels): the loss layer a layer-objects network is
    composed with, the loss then checked whatever other loss the file uses. The worker names it; this holds a
    forged name to a class of the file that reads as such."""
    key = _key(name)
    return bool(name) and (named_loss(key) == "cross_entropy" or "softmax" in key) and any(
        isinstance(n, ast.ClassDef) and n.name == name for t in _parsed(_file_codes(path)) for n in ast.walk(t))


def cost_class(node: ast.AST) -> bool:
    """Whether ``node`` is a class holding a loss and its derivative under any class name, and nothing of a network:
    the textbook's cost class (``fn(a, y)`` and ``delta(z, a, y)``), or a ``loss``/``value`` beside a
    ``derivative``/``prime``."""
    if not isinstance(node, ast.ClassDef):
        return False
    methods = {_key(f.name) for f in node.body if isinstance(f, ast.FunctionDef)}
    if methods & {"forward", "feedforward", "backward", "backprop", "train", "fit", "predict", "update", "step"}:
        return False  # a network or a layer (its own loss and gradient methods are not a cost class)
    return bool(methods & {"fn", "loss", "value", "call"}) and bool(methods & {"delta", "derivative", "prime", "deriv"})


def _penalty_only(fn: ast.FunctionDef) -> bool:
    """Whether every value ``fn`` returns is a sum of squared weights, or a strength times one, or a total that
    only such terms are added to (``l2 = 0.0``, then ``l2 += 0.5 * layer.wd * np.sum(layer.W ** 2)`` per layer)."""
    def penalty(v) -> bool:
        return _squared_weights(v) or isinstance(v, ast.BinOp) and bool(_l2_term(v))

    def accumulated(name: str) -> bool:
        values = [n.value for n in ast.walk(fn) if isinstance(n, (ast.Assign, ast.AugAssign)) and any(
            isinstance(t, ast.Name) and t.id == name for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
        terms = [v for v in values if not (isinstance(v, ast.Constant) and v.value == 0)]
        return bool(terms) and all(penalty(v) for v in terms)

    rets = [r.value for r in ast.walk(fn) if isinstance(r, ast.Return) and r.value is not None]
    return bool(rets) and all(isinstance(v, ast.Name) and accumulated(v.id) or penalty(_inlined(v, fn)) for v in rets)


INLINE_LOSS_NAMES = ("error", "err", "errors", "totalerror", "meanerror", "j")
"""Names, besides the loss names above and any name ending in loss or cost, that an assignment computing the loss
inline goes by (``error = np.mean(np.square(y - output))``, the course's ``J = ...``); the value decides."""


def _squares_a_difference(node: ast.AST, differences: frozenset = frozenset()) -> bool:
    """Whether ``node`` squares a difference: ``(a - b) ** 2`` or ``np.square(a - b)``, or a name in
    ``differences`` (``error = y - output`` before ``np.square(error)``), not ``np.sum(W ** 2)``, an L2 term."""
    return any(isinstance(base := _squared(n), ast.BinOp) and isinstance(base.op, ast.Sub)
               or isinstance(base, ast.Name) and base.id in differences for n in ast.walk(node))


def _differences(tree: ast.AST) -> frozenset:
    """The plain names ``tree`` assigns a difference to (``output_error = y - final_output``)."""
    return frozenset(t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) and isinstance(n.value, ast.BinOp)
                     and isinstance(n.value.op, ast.Sub) for t in n.targets if isinstance(t, ast.Name))


def inline_losses(*codes: str) -> dict[str, list[str]]:
    """{loss: [the assignments computing it]} for losses computed inline, with no loss function: an assignment (or a
    ``+=``, a sum over the samples of a loop) to a loss-like name (``loss``, ``cost``, ``error``, ``J``, ``epoch_loss``,
    ``layer_2_error``, a name with the word loss, cost or error in any
    of the languages of :data:`~xval.reports.check.styles.names.WORDS`: ``perdida_ecm``, ``cost_total``; see
    :data:`INLINE_LOSS_NAMES`) whose
    value plainly is one: a log of one minus something (BCE), a log alone (cross-entropy), a squared difference
    and no log (MSE). A plain difference (``error = y - output``) says nothing."""
    names = {n for ns in LOSS_FUNCTION_NAMES.values() for n in ns} | set(GENERIC_LOSS_NAMES) | set(INLINE_LOSS_NAMES)
    found: dict[str, list[str]] = {}
    for tree in _parsed(codes):
        differences = _differences(tree)
        classes = argmax_assignments(ast.walk(tree))
        returning = {}  # a step that returns its loss (`return np.mean(error ** 2)` ending backward): name -> loss
        defs = [f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)]
        for f in (f for f in defs if sum(g.name == f.name for g in defs) == 1):  # (a name defined once: no doubt)
            rets = [r.value for r in ast.walk(f) if isinstance(r, ast.Return) and r.value is not None]
            loss = _loss_of_body(rets[-1]) if rets else None
            if loss is not None and (loss != "mse" or _squares_a_difference(rets[-1], differences)):
                returning[f.name] = loss
                if _steps_in_place(f):  # backward(target, lr) updating self.W and returning its loss, called from
                    found.setdefault(loss, []).append(f"{f.name}'s returned value")  # a script elsewhere
        for n in ast.walk(tree):
            said = n  # what the result quotes: the file's own line
            if _appended(n):
                n = ast.Assign(targets=[n.func.value], value=n.args[0])  # self.batch_loss.append(np.mean(...))
            if not (isinstance(n, ast.Assign) and len(n.targets) == 1
                    or isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add)):  # loss += a sample's, in a loop
                continue
            target = n.targets[0] if isinstance(n, ast.Assign) else n.target
            name = getattr(target, "id", None) or getattr(target, "attr", None)
            key = _key(name or "")
            if not key or not (key in names or key.endswith(("loss", "cost"))
                               or {"loss", "cost", "error"} & set(words(name or ""))):  # loss_mse, perdida_ecm,
                continue  # layer_2_error += (layer_2 - goal) ** 2
            called = _called(n.value)
            if called in returning and f"{called}'s returned value" not in found.get(returning[called], []):
                # loss = self.backward(X, y): what that step returns is the loss (the file's own line quoted: an
                text = ast.unparse(said)  # .append(...) read as an assignment has no line of its own)
                found.setdefault(returning[called], []).append(
                    f"{called}'s returned value (`{text if len(text) <= 70 else text[:67] + '...'}`)")
                continue
            loss = _loss_of_body(n.value)
            if loss == "mse" and not _squares_a_difference(n.value, differences):
                continue
            if any(isinstance(m, ast.Name) and m.id in classes or _called(m) == "argmax" for m in ast.walk(n.value)):
                continue  # ((train_out - y) ** 2).mean() of train_out = np.argmax(out): classes compared, no loss
            if loss is not None:
                text = ast.unparse(said)
                found.setdefault(loss, []).append(f"`{text if len(text) <= 70 else text[:67] + '...'}`")
    return found


def argmax_assignments(nodes) -> dict[str, ast.Call]:
    """{plain name: the argmax call} of the assignments among ``nodes`` (``train_out = np.argmax(out, axis=1)``):
    predicted classes, which a recorded "loss" of them (``((train_out - y) ** 2).mean()``) only counts, its gradient
    zero, and which the labels compared with them point from to the output they were taken of."""
    return {t.id: n.value for n in nodes if isinstance(n, ast.Assign) and _called(n.value) == "argmax"
            for t in n.targets if isinstance(t, ast.Name)}


def _steps_in_place(fn: ast.FunctionDef) -> bool:
    """Whether a method is named as a step (backward, backprop, train, step, update, learn, fit) and updates its
    instance's parameters (``self.W2 -= ...``, ``self.weights[i] += ...``)."""
    if not any(w in _key(fn.name) for w in ("backward", "backprop", "train", "step", "update", "learn", "fit")):
        return False
    return any(isinstance(n, (ast.AugAssign, ast.Assign)) and any(
        isinstance(t, (ast.Attribute, ast.Subscript)) and "self" in ast.unparse(t)
        for t in (n.targets if isinstance(n, ast.Assign) else [n.target])) for n in ast.walk(fn))


_OUTPUT_WORDS = ("softmax", "sigmoid", "sigm", "logistic", "expit")


@_bounded(True)
def applies_output_function(path: Path, forward: str = "", hidden: str | None = None) -> bool:
    """Whether anything in the file could apply a softmax or a sigmoid: an identifier (a name, an attribute, a
    definition) that is ``exp`` or has softmax, sigmoid, logistic or expit in it. False means a forward that returns
    its last layer's z returns the output itself (an identity output). When its ``hidden`` layers are sigmoid or
    tanh units (read from the forward's values), an exp or a sigmoid in the body of ``forward``, the function that
    returned that z, or in a function only it calls (``def sig(t)``) is theirs: there only a softmax counts. A file
    that does not parse counts as True."""
    codes = _file_codes(path)
    trees = _parsed(codes)
    if len(trees) != len(codes):
        return True
    explained = {forward} | _called_only_in(trees, forward) if forward and hidden in ("sigmoid", "tanh") else set()
    returned = {r.value.id for t in trees for d in ast.walk(t)
                if isinstance(d, (ast.FunctionDef, ast.AsyncFunctionDef)) and d.name == forward
                for r in ast.walk(d) if isinstance(r, ast.Return) and isinstance(r.value, ast.Name)}

    def output_word(node) -> bool:
        low = (node.name if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else
               node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else "").lower()
        return low in ("exp", "exp2", "expm1") or any(w in low for w in _OUTPUT_WORDS)

    if forward and _loss_takes_last(trees, forward, output_word):
        return False

    todo = [(t, False) for t in trees]
    while todo:
        n, inside = todo.pop()
        inside = inside or isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name in explained
        todo.extend((c, inside) for c in ast.iter_child_nodes(n))
        if not inside and output_word(n) or isinstance(n, (ast.Name, ast.Attribute)) and "softmax" in (
                getattr(n, "id", None) or getattr(n, "attr", "")).lower():
            return True
        if inside and isinstance(n, ast.Call) and output_word(n.func) and any(  # np.exp(z2) of the z it returns
                isinstance(a, ast.Name) and a.id in returned for arg in n.args for a in ast.walk(arg)):
            return True
    return False


def _loss_takes_last(trees: list, forward: str, output_word) -> bool:
    """Whether the file itself takes the last value ``forward`` returns as its prediction: it unpacks a call of
    ``forward`` (``_, _, _, _, ypred = forwardPass(x, ...)``) and passes that last name straight to a loss function
    (:data:`LOSS_FUNCTION_NAMES`, :func:`generic_loss_name`: ``MSE(y, ypred)``), and no softmax or sigmoid call
    anywhere takes it."""
    last = {t.targets[0].elts[-1].id for tree in trees for t in ast.walk(tree)
            if isinstance(t, ast.Assign) and len(t.targets) == 1 and isinstance(t.targets[0], ast.Tuple)
            and t.targets[0].elts and isinstance(t.targets[0].elts[-1], ast.Name) and isinstance(t.value, ast.Call)
            and _called(t.value) == forward}
    named = {n for ns in LOSS_FUNCTION_NAMES.values() for n in ns}
    fed = taken = False
    for tree in trees:
        for c in ast.walk(tree):
            if not isinstance(c, ast.Call) or not any(isinstance(a, ast.Name) and a.id in last for a in c.args):
                continue
            key = _key(_called(c) or "")
            fed = fed or key in named or generic_loss_name(key)
            taken = taken or output_word(c.func)
    return fed and not taken


def _called_only_in(trees: list, caller: str) -> set[str]:
    """The file's functions whose every call is in the body of ``caller`` (at least one)."""
    inside, outside = set(), set()

    def visit(node, within: bool) -> None:
        for child in ast.iter_child_nodes(node):
            here = within or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and child.name == caller
            if isinstance(child, ast.Call) and isinstance(child.func, (ast.Name, ast.Attribute)):
                callee = child.func.id if isinstance(child.func, ast.Name) else child.func.attr
                (inside if here else outside).add(callee)
            visit(child, here)

    for tree in trees:
        visit(tree, False)
    defined = {n.name for t in trees for n in ast.walk(t) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return (inside - outside) & defined - {caller}


@_bounded((None, ""))
def loss_from_source(path: Path, scope: str = "") -> tuple[str | None, str]:
    """(the loss the file defines and uses, how it was read) or (None, why not); never runs the file. A loss
    function is the evidence; with none, a loss computed inline (:func:`inline_losses`), and of several of those of
    different kinds, the one computed in ``scope`` (the function checked: ``learn_once_cross_entropy`` beside
    ``learn_once_mse``) when only one is; with neither, a loss method of its classes that the file itself never
    calls."""
    codes = _file_codes(path)
    found, unused = losses_in_source(*codes), ""
    if not found:
        found = {lo: texts[:1] for lo, texts in inline_losses(*codes).items()}
        inside = _computed_in(codes, scope, found) if len(found) > 1 and scope else {}
        found = inside if len(inside) == 1 else found
    if not found:
        found, unused = losses_in_source(*codes, unused_methods=True), " (a method no code of the file calls)"
    if not found and _library(codes):
        found, unused = losses_in_source(*codes, unused_methods=True, library=True), (
            " (the file calls none of its functions: its loss is as much in use as its forward)")
    if len(found) > 1 and len(chosen := _constructor_default(codes, found)) == 1:
        (loss, (fns, owner)), = chosen.items()
        return loss, f"your {' and '.join(fns)} (the default cost of {owner}'s constructor, which xval builds)"
    if len(found) == 1:
        (loss, fns), = found.items()
        return loss, f"your {' and '.join(fns)}{unused}"
    if found:
        return None, "your file defines " + " and ".join(f"{LOSS_NAMES[lo]} ({', '.join(f)})" for lo, f in found.items())
    return None, ""


def _constructor_default(codes: list[str], found: dict[str, list[str]]) -> dict[str, tuple[list[str], str]]:
    """Of several losses a file defines (a cost class per loss, the textbook's ``QuadraticCost`` beside
    ``CrossEntropyCost``), the ones a class's constructor takes by default (``def __init__(self, sizes,
    cost=QuadraticCost)``), each with that class's name: xval builds the class with its defaults, so that is the
    loss its step computes."""
    out: dict[str, tuple[list[str], str]] = {}
    for c in (c for t in _parsed(codes) for c in ast.walk(t) if isinstance(c, ast.ClassDef)):
        init = next((f for f in c.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
        for d in [] if init is None else [*init.args.defaults, *(d for d in init.args.kw_defaults if d)]:
            name = d.id if isinstance(d, ast.Name) else d.attr if isinstance(d, ast.Attribute) else None
            for loss, names in found.items():
                if name in names and name not in out.get(loss, ([], ""))[0]:
                    out.setdefault(loss, ([], c.name))[0].append(name)
    return out


def maximised_log_likelihood(path: Path) -> bool:
    """Whether the one loss the file defines is a log-likelihood (``(T * np.log(Y)).sum()``, read as minus a
    cross-entropy: :func:`loss_scale`) in a file that calls none of its functions (:func:`_library`): no update of
    its own says which way it steps, and the objective it defines is one to climb."""
    loss, how = loss_from_source(path)
    if loss != "cross_entropy" or not _library(_file_codes(path)):
        return False
    scale = loss_scale(path, how, loss)
    return scale is not None and scale.text.startswith("minus ")


def written_rate(path: Path, method: str) -> float | None:
    """The learning rate the file's function or method ``method`` (``Class.name`` or ``name``) assigns itself as a
    number, or a helper method it calls takes by default (:func:`~xval.reports.check.styles.reading.constant_rate`),
    read from the file's text: what the grader holds a rate the worker reports against. None when no such function
    writes one."""
    name = method.split(".")[-1]
    trees = _parsed(_file_codes(path))
    owners = {id(f): {g.name: g for g in c.body if isinstance(g, ast.FunctionDef)} for t in trees
              for c in ast.walk(t) if isinstance(c, ast.ClassDef) for f in c.body if isinstance(f, ast.FunctionDef)}
    rates = {r[1] for tree in trees for n in ast.walk(tree)  # (a method: its class's methods, for a helper's rate)
             if isinstance(n, ast.FunctionDef) and n.name == name and (r := constant_rate(n, owners.get(id(n))))}
    return rates.pop() if len(rates) == 1 else None


def _library(codes: list[str]) -> bool:
    """Whether the file is a module of definitions: it defines more than one function (a loss helper alone is no
    network) and calls none of them at its top level, in a ``__main__`` block or in another function (names passed
    or referred to count as calls)."""
    trees = _parsed(codes)
    defined = {n.name for tree in trees for n in tree.body if isinstance(n, ast.FunctionDef)}
    named = {n.id for tree in trees for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return len(defined) > 1 and not defined & named


def _computed_in(codes: list[str], scope: str, found: dict[str, list[str]]) -> dict[str, list[str]]:
    """The losses of ``found`` (each with its quoted line, :func:`inline_losses`) written in the function
    ``scope``'s own code."""
    bodies = [ast.unparse(f) for t in _parsed(codes) for f in ast.walk(t)
              if isinstance(f, ast.FunctionDef) and f.name == scope]
    return {lo: texts for lo, texts in found.items()
            if any(t.startswith("`") and t.strip("`").removesuffix("...") in body for t in texts for body in bodies)}


XVALS = {"mse": "MSE (the batch mean of half the squared errors summed over the outputs",
         "cross_entropy": "cross-entropy (the batch mean of -log of the label's probability",
         "bce": "binary cross-entropy (the batch mean of its sum over the outputs"}
"""What xval's own loss of each kind is (:mod:`xval.impl.spec`), for the line that says the file's multiple of it."""


@dataclass(frozen=True)
class LossScale:
    """The file's loss as a multiple of xval's loss of the same kind (:data:`XVALS`): ``coef`` x, times the batch
    size when it sums over the batch, divided by the number of outputs when it averages over them too
    (``np.mean((y - p) ** 2)`` is 2/K x xval's MSE; ``-np.sum(y * np.log(p))`` is B x xval's cross-entropy)."""

    coef: float
    output_mean: bool = False
    text: str = ""
    batch_sum: bool = False  # a sum over the batch, not a mean: B x (the batch size) more
    loss: str = "mse"

    def factor(self, n_outputs: int, batch: int) -> float:
        return self.coef / (n_outputs if self.output_mean else 1) * (batch if self.batch_sum else 1)

    @property
    def own(self) -> bool:
        """Whether it is xval's own loss (no factor at all)."""
        return self.coef == 1 and not self.output_mean and not self.batch_sum

    def per_sample(self) -> "LossScale":
        """The same loss for a file that steps on one sample at a time: its batch is that one sample, so a sum over
        it is no factor (the batch's gradient of such a file is the mean of its samples')."""
        return replace(self, batch_sum=False, text=f"{self.text} per sample (its step takes one sample at a time)")

    def says(self) -> str:
        k = f"{self.coef:g}/K" if self.output_mean else f"{self.coef:g}"
        k += " x B" if self.batch_sum else ""
        return (f"{self.text}: {k} x xval's {XVALS[self.loss]}"
                + ("; B the batch size: a sum over the batch)" if self.batch_sum else ")"))


_BATCH = ("len", "shape")


def _number(node: ast.AST) -> float | None:
    """The value of a constant arithmetic expression (``1 / 2``, ``0.5``), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        a, b = _number(node.left), _number(node.right)
        if a is not None and b:
            return a * b if isinstance(node.op, ast.Mult) else a / b
    return None


def _is_square(node: ast.AST) -> bool:
    """An elementwise square of something that is not a weight: ``(y - p) ** 2``, ``np.square(err)``."""
    return _squared(node) is not None and _squares_other_than_weights(node)


def _batch_size(node: ast.AST) -> bool:
    """``len(y)``, ``X.shape[0]``, ``m``, ``batch_size``: the number of samples (a name read as such)."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "len":
        return True
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape":
        return _number(node.slice) == 0
    if isinstance(node, ast.Name):
        return (classify(node.id) or ("",))[0] == "m"
    return False


def _reduction(node: ast.AST, name: str) -> tuple[ast.AST | None, ast.AST | None]:
    """(the reduced array, the axis or None) of ``np.<name>(a[, axis])`` or ``a.<name>([axis])``, else (None, None).
    An unweighted ``np.average(a[, axis])`` is a mean."""
    if not isinstance(node, ast.Call):
        return None, None
    called = getattr(node.func, "attr", getattr(node.func, "id", None))
    if called != name and not (name == "mean" and called == "average" and len(node.args) <= 2
                               and all(k.arg == "axis" for k in node.keywords)):
        return None, None
    axis = next((k.value for k in node.keywords if k.arg == "axis"), None)
    if isinstance(axis, ast.Constant) and axis.value is None:
        axis = None  # mean(axis=None): over every element, as with no axis
    if isinstance(node.func, ast.Attribute) and not (isinstance(node.func.value, ast.Name)
                                                     and node.func.value.id in ("np", "numpy")):
        return node.func.value, axis if axis is not None else (node.args[0] if node.args else None)
    return (node.args[0] if node.args else None), axis if axis is not None else (node.args[1] if len(node.args) > 1
                                                                                  else None)


_SCALES = {"mean_all": (True, False), "mean_rowsum": (False, False), "sum_all": (False, True),
           "mean_samples": (False, False), "sum_samples": (False, True), "sum_per_output": (True, True)}
"""(averages over the outputs too, sums over the batch) of each reduction :func:`_reduced` reads."""


def _scale_of(node: ast.AST, loss: str, per_sample: bool = False) -> tuple[float, bool, bool] | None:
    """(coef, averages over the outputs too, sums over the batch) of a loss expression of the kind ``loss`` relative
    to xval's loss of that kind, or None when its reduction is not one of: a mean over every element, a mean over
    the batch of a sum over the outputs, a sum divided by the batch size, a sum over every element (each times a
    constant, anywhere), or it would not be a positive loss. Its terms: squares of differences for MSE (xval's has a
    1/2: a coefficient 2 x the constant), logs for the cross-entropies, whose terms the loss negates (-1 x the
    constant). ``per_sample``: the file's step takes one sample, so terms returned unreduced (``return diff ** 2``)
    are that sample's loss summed (the loss whose derivative ``diff * f'(z)`` is, as a per-sample backprop writes
    it); a batch's unreduced terms leave the reduction to a caller and are not read. A minus inside (``np.sum(-t *
    np.log(p))``) is read as outside (:class:`_MinusOut`)."""
    node = _MinusOut().visit(copy.deepcopy(node))
    r = _reduced(node, None if loss == "mse" else _log_terms)
    if r is not None and r[1] == "elem" and per_sample:
        r = (r[0], "sum_all")
    if r is None or r[1] not in _SCALES or loss == "bce" and r[1] == "mean_all":
        return None  # (a binary cross-entropy's mean over every element is its batch mean for the one output unit
        # such files are written for; at xval's ten outputs it would read as 1/K: not read, xval's own)
    bases = {LOGS[_called(n)] for n in ast.walk(node) if _called(n) in LOGS}
    coef = 2 * r[0] if loss == "mse" else -r[0] * (bases.pop() if len(bases) == 1 else 1.0)
    return (coef, *_SCALES[r[1]]) if coef > 0 else None


class _MinusOut(ast.NodeTransformer):
    """A unary minus moved out of a product (``-t * np.log(p)`` as ``-(t * np.log(p))``) and of a sum or mean
    (``np.sum(-x)`` as ``-np.sum(x)``), so that a loss's sign and reduction read as when written outside."""

    @staticmethod
    def _minus(n: ast.AST) -> bool:
        return isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and _number(n.operand) is None

    def visit_BinOp(self, n: ast.BinOp) -> ast.AST:
        self.generic_visit(n)
        if not isinstance(n.op, ast.Mult) or not (self._minus(n.left) or self._minus(n.right)):
            return n
        flips = self._minus(n.left) + self._minus(n.right)
        left = n.left.operand if self._minus(n.left) else n.left
        right = n.right.operand if self._minus(n.right) else n.right
        out = ast.BinOp(left, ast.Mult(), right)
        return ast.UnaryOp(ast.USub(), out) if flips == 1 else out

    def visit_Call(self, n: ast.Call) -> ast.AST:
        self.generic_visit(n)
        if _called(n) in ("sum", "mean") and n.args and self._minus(n.args[0]):
            return ast.UnaryOp(ast.USub(), ast.Call(n.func, [n.args[0].operand, *n.args[1:]], n.keywords))
        return n


def _negated_logs(node: ast.AST) -> bool:
    """Whether a cross-entropy is written with its log terms negated one by one (``-y * np.log(a) - (1 - y) *
    np.log(1 - a)``, ``np.mean([-np.log(p[k]) for ...])``): the loss itself, not a log-likelihood."""
    return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult) and isinstance(n.left, ast.UnaryOp)
               and isinstance(n.left.op, ast.USub) and any(_called(c) in LOGS for c in ast.walk(n.right))
               or isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and _called(n.operand) in LOGS
               for n in ast.walk(node))


def _log_terms(node: ast.AST) -> str | None:
    """"elem" for an elementwise expression of logs (``y * np.log(p)``, ``t * np.log(a) + (1 - t) * np.log(1 - a)``,
    ``np.multiply(expected, np.log(y))``), "sample" for a log of the label's probability picked per sample
    (``np.log(p[range(m), y])``: one value per sample), None for anything else (a sum or mean is a reduction)."""
    logs = [n for n in ast.walk(node) if _called(n) in LOGS and n.args]
    if not logs or any(_reduction(n, r)[0] is not None for n in ast.walk(node) for r in ("sum", "mean")):
        return None
    picked = all(any(isinstance(a, ast.Subscript) and isinstance(a.slice, ast.Tuple) and not any(
        isinstance(e, ast.Slice) for e in a.slice.elts) for a in ast.walk(lg.args[0])) for lg in logs)
    if picked:
        return "sample"
    # one term per element only where each log is weighted by the targets (y * np.log(p)); a log alone of a name
    # (np.log(p), p perhaps already picked per sample) says nothing of its shape
    weighted = set()
    for n in ast.walk(node):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult):
            pairs = ((n.left, n.right), (n.right, n.left))
        elif _called(n) == "multiply" and len(n.args) == 2:
            pairs = ((n.args[0], n.args[1]), (n.args[1], n.args[0]))
        else:
            continue
        weighted |= {id(term) for term, other in pairs if _signed(other) is None}  # by the targets, not a constant
    return "elem" if all(id(lg) in weighted for lg in logs) else None


def _signed(node: ast.AST) -> float | None:
    """:func:`_number`, or minus it under a unary minus (``-1``, ``-0.5``)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        k = _number(node.operand)
        return None if k is None else -k
    return _number(node)


_PER_BATCH = {"sum_all": "mean_rowsum", "sum_samples": "mean_samples"}
"""A sum over the batch divided by the batch size: the mean it becomes."""
_OUTPUTS = "__n_outputs__"
"""What :func:`_column_sizes` writes for the number of outputs (``len(y)`` of a column-major array)."""


def _column_sizes(node: ast.AST) -> ast.AST:
    """``node`` as a column-major file means it: ``len(y)`` and ``y.shape[0]`` count the outputs (rows), not the
    samples, and ``y.shape[1]`` counts the samples (written back as ``len(y)``, which :func:`_batch_size` reads)."""
    class Columns(ast.NodeTransformer):
        def visit_Call(self, n: ast.Call) -> ast.AST:
            if getattr(n.func, "id", "") == "len" and len(n.args) == 1:
                return ast.Name(_OUTPUTS, ast.Load())
            return self.generic_visit(n)

        def visit_Subscript(self, n: ast.Subscript) -> ast.AST:
            if isinstance(n.value, ast.Attribute) and n.value.attr == "shape" and _number(n.slice) in (0, 1):
                return ast.Name(_OUTPUTS, ast.Load()) if _number(n.slice) == 0 else ast.Call(
                    ast.Name("len", ast.Load()), [n.value.value], [])
            return self.generic_visit(n)

    return Columns().visit(copy.deepcopy(node))


def _reduced(node: ast.AST, base=None) -> tuple[float, str] | None:
    """(constant, what the loss's terms went through): "elem" (not reduced), "sum_all", "rowsum" (a sum along one
    axis), "mean_all", "mean_rowsum" (a batch mean of row sums, or the sum over all divided by the batch size); for
    terms one per sample (``base`` says "sample": a log of the label's probability), "sum_samples" and
    "mean_samples". ``base``: what makes an unreduced term (default: a square of something not a weight)."""
    base = base or (lambda n: "elem" if _is_square(n) else None)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        r = _reduced(node.operand, base)
        return (-r[0], r[1]) if r else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for c, e in ((node.left, node.right), (node.right, node.left)):
            k = _signed(c)
            if k is not None and (r := _reduced(e, base)):
                return k * r[0], r[1]
            if isinstance(c, ast.BinOp) and isinstance(c.op, ast.Div) and _batch_size(c.right) and (
                    k := _signed(c.left)) is not None and (r := _reduced(e, base)) and r[1] in _PER_BATCH:
                return k * r[0], _PER_BATCH[r[1]]  # -1/m * np.sum(...)
            if isinstance(c, ast.BinOp) and isinstance(c.op, ast.Div) and isinstance(c.right, ast.Name) and \
                    c.right.id == _OUTPUTS and (k := _signed(c.left)) is not None and (r := _reduced(e, base)) \
                    and r[1] == "sum_all":
                return k * r[0], "sum_per_output"  # 1 / len(y) * np.sum(...), y (outputs, batch)
        if (kind := base(node)) is not None:
            return 1.0, kind
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        k = _number(node.right)
        r = _reduced(node.left, base)
        if r and k:
            return r[0] / k, r[1]
        if r and r[1] in _PER_BATCH and _batch_size(node.right):
            return r[0], _PER_BATCH[r[1]]
        if r and r[1] == "sum_all" and isinstance(node.right, ast.Name) and node.right.id == _OUTPUTS:
            return r[0], "sum_per_output"  # np.sum((a - y) ** 2) / len(a), a (outputs, batch)
        return None
    if (kind := base(node)) is not None:
        return 1.0, kind
    for name, kinds in (("sum", {"elem": ("sum_all", "rowsum"), "sample": ("sum_samples", None)}),
                        ("mean", {"elem": ("mean_all", None), "rowsum": ("mean_rowsum", None),
                                  "sample": ("mean_samples", None)})):
        inner, axis = _reduction(node, name)
        if inner is None:
            continue
        r = _reduced(inner, base)
        if r is None or r[1] not in kinds:
            return None
        whole, along = kinds[r[1]]
        kind = whole if axis is None else along
        return (r[0], kind) if kind else None
    return None


def _penalty_coefficients(node) -> list[tuple[ast.AST, list[str]]]:
    """For a product of a squared-weights sum and a coefficient, each reading of it (either side the sum): the
    coefficient and the regularisation strengths it names (``self.l2_lambda / (2 * m)``: ``["l2_lambda"]``)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)):
        return []
    return [(coef, [st for c in ast.walk(coef) if isinstance(c, (ast.Name, ast.Attribute))
                    for st in [getattr(c, "attr", getattr(c, "id", ""))] if (classify(st) or ("",))[0] == "reg"])
            for squares, coef in ((node.left, node.right), (node.right, node.left)) if _squared_weights(squares)]


def _penalty(node) -> bool:
    """Whether ``node`` is a product of a squared-weights sum and a regularisation strength, whatever divides the
    strength (``self.l2_lambda / (2 * m) * (np.sum(np.square(self.W1)) + ...)``)."""
    return any(strengths for _, strengths in _penalty_coefficients(node))


EXPANSION_NODES = 5000
"""How many nodes a reading of the file's source may grow an expression to by writing its local names out
(``a = b + b; b = c + c; ...`` doubles at each name): beyond it the names are left as they are, so that a file
cannot make the judge's reading of its loss take exponential time or memory."""


def _once_assigned(fn: ast.AST) -> dict[str, ast.AST]:
    """The names ``fn`` assigns exactly once, each by a whole-name assignment, and what it assigns them."""
    made: dict[str, list[ast.AST]] = {}
    for a in ast.walk(fn):
        if isinstance(a, ast.Assign) and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name):
            made.setdefault(a.targets[0].id, []).append(a.value)
        elif isinstance(a, (ast.AugAssign, ast.AnnAssign)) and isinstance(a.target, ast.Name):
            made.setdefault(a.target.id, []).append(None)
    return {k: v[0] for k, v in made.items() if len(v) == 1 and v[0] is not None}


def _expanded(expr: ast.AST, once: dict[str, ast.AST]) -> ast.AST:
    """A copy of ``expr`` with each name of ``once`` replaced by what it stands for, through chains of such names
    (a name inside its own expansion is left), up to :data:`EXPANSION_NODES` nodes."""
    grown = [sum(1 for _ in ast.walk(expr))]

    class Expand(ast.NodeTransformer):
        def __init__(self, seen: frozenset) -> None:
            self.seen = seen

        def visit_Name(self, node: ast.Name) -> ast.AST:
            if node.id not in once or node.id in self.seen:
                return node
            size = sum(1 for _ in ast.walk(once[node.id]))
            if grown[0] + size > EXPANSION_NODES:
                return node
            grown[0] += size
            return Expand(self.seen | {node.id}).visit(copy.deepcopy(once[node.id]))

    return Expand(frozenset()).visit(copy.deepcopy(expr))


def _substituted(expr: ast.AST, fn: ast.AST) -> ast.AST:
    """``expr`` with each name ``fn`` assigns once written out (:func:`_expanded`)."""
    return _expanded(expr, _once_assigned(fn))


def _inlined(expr: ast.AST, fn: ast.FunctionDef) -> ast.AST:
    """``expr`` with each local name that ``fn`` assigns once (a whole-name assignment) replaced by what it
    assigns, through chains of such names; a name read as the batch size (``n_samples``) is kept, since the
    reduction is read from it."""
    assigned: dict[str, list[ast.AST]] = {}
    for a in ast.walk(fn):  # (l2_loss = self.l2 / (2 * m) * weights_sum; loss += l2_loss: the term, whole)
        if isinstance(a, ast.AugAssign) and isinstance(a.op, ast.Add) and (
                _l2_term(a.value) or _penalty(_substituted(a.value, fn))):
            continue  # data_loss += reg / 2 * (np.sum(W1 ** 2) + ...): the L2 term, read apart from the data's loss
        if isinstance(a, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for t in (a.targets if isinstance(a, ast.Assign) else [a.target]):
                for name in (e.id for e in ast.walk(t) if isinstance(e, ast.Name)):
                    ok = isinstance(a, ast.Assign) and isinstance(t, ast.Name) and len(a.targets) == 1
                    assigned.setdefault(name, []).append(a.value if ok else None)
    once = {k: v[0] for k, v in assigned.items() if len(v) == 1 and v[0] is not None
            and (classify(k) or ("",))[0] != "m" and not has_product(v[0])}  # (z2 = a1 @ W2 + b2: the forward's
    # values stay names, or the squares of a2 = sigmoid(z2) would read as squares of weights)
    return _expanded(expr, once)


LOSS_METHODS = ("forward", "loss", "compute", "calculate", "__call__")
"""The method of a loss class (``class CrossEntropy`` with ``forward(y, expected)``) whose returned expression is
its loss, the first the class defines in this order."""


def _loss_method(node: ast.AST, named: str) -> ast.AST:
    """``node``, or for a class ``named`` (a loss layer: ``CrossEntropy``), a copy of its loss method
    (:data:`LOSS_METHODS`) under the class's name, so that its loss is read as a function's."""
    if not (isinstance(node, ast.ClassDef) and re.search(rf"\b{re.escape(node.name)}\b", named)):
        return node
    methods = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef)}
    method = next((methods[m] for m in LOSS_METHODS if m in methods), None)
    if method is None:
        return node
    return ast.FunctionDef(name=node.name, args=method.args, body=method.body, decorator_list=[], returns=None,
                           type_comment=None, lineno=method.lineno)


@_bounded(None)
def loss_scale(path: Path, how: str, loss: str = "mse", columns: bool = False,
               per_sample: bool = False) -> LossScale | None:
    """The file's loss (``loss``: its kind) relative to xval's, read from what ``how`` (the "read from" text of
    :func:`loss_from_source`) names: a function's returned expression, an inline assignment, or a cost derivative
    ``k * (a - y)`` (the derivative of k/2 x the squared errors: k x xval's); None when the form of any of them is
    not one :func:`_scale_of` reads, or two of them disagree. ``columns``: the file holds samples as columns
    (:func:`_column_sizes`); ``per_sample``: its step takes one sample (:func:`_scale_of`)."""
    trees = _parsed(_file_codes(path))
    sizes = _column_sizes if columns else (lambda n: n)
    found: list[tuple[float, bool, bool, str]] = []
    named = re.sub(r"`[^`]*`", "", how)  # the functions it names, not those a quoted line calls (self.forward(X))
    named = re.sub(r"\([^()]*\)", "", named)  # nor the words of a remark on them ("... as its forward)")
    for n in (_loss_method(n, named) for t in trees for n in ast.walk(t)):
        if isinstance(n, ast.FunctionDef) and re.search(rf"\b{re.escape(n.name)}\b", named):
            rets = [r.value for r in ast.walk(n) if isinstance(r, ast.Return) and r.value is not None]
            if not rets:
                return None  # a loss it names whose form is not read: the constant is not known
            if _key(n.name) in COST_DERIVATIVE_NAMES and loss == "mse":
                v = rets[-1]
                k = 1.0 if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Sub) else next(
                    (_number(c) for c, e in ((v.left, v.right), (v.right, v.left)) if isinstance(e, ast.BinOp)
                     and isinstance(e.op, ast.Sub) and _number(c) is not None), None) \
                    if isinstance(v, ast.BinOp) and isinstance(v.op, ast.Mult) else None
                if k is None:
                    return None
                found.append((k, False, False, f"`{ast.unparse(v)}` in {n.name}"))
                continue
            looped = _loop_sum(n, rets[-1])  # tot = 0; for n in range(len(T)): tot += ...: a sum over the samples
            value = looped if looped is not None else _without_l2(_unwrapped(_inlined(rets[-1], n)))  # loss =
            # np.sum(err) / m; return loss: what it names (an L2 term added to it, read apart, left out: cost =
            # np.sum(term1 - term2) + L2_term)
            each = per_sample or looped is not None  # (the loop's terms are one sample's, summed over the batch)
            r = _scale_of(sizes(value), loss, each)
            if r is None and isinstance(value, ast.Tuple):  # return diff, cost: the one element that is a loss
                read = [(e, r) for e in value.elts for r in [_scale_of(sizes(e), loss)] if r]
                value, r = read[0] if len(read) == 1 else (value, None)
            if r is None and loss != "mse" and (r := _scale_of(sizes(ast.UnaryOp(ast.USub(), value)), loss,
                                                                looped is not None)):
                # a log-likelihood (np.sum(T * np.log(Y))), which the file maximises: the loss is its negative; or
                # the loss with each log term negated (np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a))), as read
                found.append((*r, f"`{ast.unparse(value)}` in {n.name}" if _negated_logs(value) else
                              f"minus `{ast.unparse(value)}` in {n.name}, a log-likelihood"))
                continue
            if r is None:
                return None
            found.append((*r, f"`{ast.unparse(value)}` in {n.name}"))
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and f"`{ast.unparse(n)[:67]}" in how \
                or isinstance(n, ast.AugAssign) and f"`{ast.unparse(n)[:67]}" in how \
                or _appended(n) and f"`{ast.unparse(n)[:67]}" in how:  # losses.append(np.mean(...)), error += ...
            value = n.value if isinstance(n, (ast.Assign, ast.AugAssign)) else n.args[0]
            # (a `+=` sums what it adds over the samples of its loop: its unreduced terms are one sample's loss)
            r = _scale_of(sizes(value), loss, per_sample or isinstance(n, ast.AugAssign))
            text = f"`{ast.unparse(value)}`"
            if r is None and isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) \
                    and (red := _reduced_later(trees, n.targets[0].id)):  # cost = np.square(a3 - t), then
                # costlist.append(np.sum(cost)): the loss is that reduction of the unreduced terms
                r = _scale_of(sizes(ast.Call(ast.Attribute(ast.Name("np", ast.Load()), red, ast.Load()),
                                             [value], [])), loss)
                text += f" reduced by np.{red}({n.targets[0].id})"
            if r:
                found.append((*r, text))
    if not found or len({(c, m, b) for c, m, b, _ in found}) != 1:
        return None
    coef, mean, batch_sum, text = found[0]
    return LossScale(coef, mean, text if len(text) <= 90 else text[:87] + "...`", batch_sum, loss)


def _loop_sum(fn: ast.FunctionDef, ret: ast.AST) -> ast.AST | None:
    """The one sample's term a loss function sums in a loop over the samples and returns (``tot = 0``, then in a
    ``for`` loop ``tot += term``, or ``if T[n] == 1: tot += np.log(Y[n]) else: tot += np.log(1 - Y[n])``, read
    as ``T[n] * np.log(Y[n]) + (1 - T[n]) * np.log(1 - Y[n])``); None when the returned name is not so made."""
    if not isinstance(ret, ast.Name):
        return None
    name = ret.id
    inits = [a for a in ast.walk(fn) if isinstance(a, ast.Assign) and len(a.targets) == 1
             and isinstance(a.targets[0], ast.Name) and a.targets[0].id == name]
    if len(inits) != 1 or _number(inits[0].value) != 0:
        return None

    def adds(stmts) -> list[ast.AST] | None:
        terms = [s.value for s in stmts if isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Add)
                 and isinstance(s.target, ast.Name) and s.target.id == name]
        return terms if len(terms) == 1 and len(stmts) == 1 else None

    for loop in (f for f in ast.walk(fn) if isinstance(f, ast.For)):
        body = loop.body
        if (term := adds(body)) is not None:
            return term[0]
        if len(body) == 1 and isinstance(body[0], ast.If) and (a := adds(body[0].body)) and (b := adds(
                body[0].orelse)) and isinstance(test := body[0].test, ast.Compare) and len(test.ops) == 1 \
                and isinstance(test.ops[0], ast.Eq) and _number(test.comparators[0]) in (0.0, 1.0):
            label = test.left
            if _number(test.comparators[0]) == 0.0:
                a, b = b, a
            one_minus = ast.BinOp(ast.Constant(1), ast.Sub(), label)
            return ast.BinOp(ast.BinOp(label, ast.Mult(), a[0]), ast.Add(), ast.BinOp(one_minus, ast.Mult(), b[0]))
    return None


def _reduced_later(trees: list[ast.AST], name: str) -> str | None:
    """The one whole-array reduction, "sum" or "mean", the file applies to ``name`` (``np.sum(cost)``,
    ``cost.mean()``) when it holds a loss's unreduced terms (``cost = np.square(a3 - t)``); None when it applies
    none, reduces along an axis, or both."""
    kinds, axes = set(), False
    for n in (n for t in trees for n in ast.walk(t)):
        for red in ("sum", "mean"):
            arr, axis = _reduction(n, red)
            if isinstance(arr, ast.Name) and arr.id == name:
                kinds.add(red)
                axes |= axis is not None
    return kinds.pop() if len(kinds) == 1 and not axes else None


def _appended(node: ast.AST) -> bool:
    """Whether ``node`` appends one value to a list (``self.batch_loss.append(np.mean((z2 - y) ** 2))``)."""
    return isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "append" and len(node.args) == 1


def _without_l2(node: ast.AST) -> ast.AST:
    """A loss expression without the L2 terms added to it (``data + reg * (np.sum(W1 ** 2) + ...)``, either
    side): the data's loss, whose scale is read."""
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        if _l2_term(node.right):
            node = node.left
        elif _l2_term(node.left):
            node = node.right
        else:
            break
    return node


def _unwrapped(node: ast.AST) -> ast.AST:
    """The value under a conversion that keeps it (``np.mean(e ** 2).astype(float)``, ``float(...)``,
    ``(...).item()``, ``np.float64(...)``)."""
    while isinstance(node, ast.Call):
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in ("astype", "item") and len(node.args) <= 1:
            node = f.value
        elif _called(node) in ("float", "float64", "float32", "asarray", "array") and len(node.args) == 1:
            node = node.args[0]
        else:
            break
    return node


def _squared_weights(node: ast.AST) -> bool:
    """A sum of squared weights, or a sum of such sums: ``np.sum(W1 ** 2) + np.sum(W2 ** 2)``, ``(W ** 2).sum()``,
    ``np.sum(np.square(self.w1))``, ``np.linalg.norm(W) ** 2``, ``sum(np.sum(w * w) for w in self.weights)``; some
    of the sums may square biases (``np.sum(b1 * b1)``: a penalty over every parameter, :func:`bias_l2`)."""
    return _squared_parameters(node) and _mentions_weights(node)


def _squared_parameters(node: ast.AST) -> bool:
    """A sum of squared weights or biases, or a sum of such sums."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _squared_parameters(node.left) and _squared_parameters(node.right)
    text = ast.unparse(node)
    summed = "sum" in text or "norm" in text
    return any(_penalty_square(n) for n in ast.walk(node)) and summed and (_mentions_weights(node)
                                                                           or _mentions_biases(node))


def _penalty_square(n: ast.AST) -> bool:
    """Whether ``n`` squares something as an L2 penalty writes it: ``x ** 2``, ``x * x``, ``np.square(x)``."""
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow):
        return isinstance(n.right, ast.Constant) and n.right.value == 2
    if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult):
        return ast.unparse(n.left) == ast.unparse(n.right)
    return isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "square"


def _strength(node: ast.AST) -> tuple[str, float] | None:
    """(name, k) when ``node`` is k x one name or attribute (``alpha / 2``, ``0.5 * self.reg``, ``lambd``,
    ``Config.reg_lambda``: a settings class's)."""
    if isinstance(node, ast.Name):
        return node.id, 1.0
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.attr, 1.0
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        for sym, num in ((node.left, node.right), (node.right, node.left)):
            if isinstance(num, ast.Constant) and isinstance(num.value, (int, float)) and num.value:
                inner = _strength(sym)
                if inner and (isinstance(node.op, ast.Mult) or sym is node.left):
                    return inner[0], inner[1] * (num.value if isinstance(node.op, ast.Mult) else 1 / num.value)
    return None


def _locals_inlined(fn: ast.AST) -> ast.AST:
    """A copy of ``fn`` whose names assigned once in it are written out where an operator reads them
    (``l2_term = np.sum(np.square(self.w0)) + ...; return ce + self.l2 * l2_term``: the L2 term whole), so that a
    term split over lines reads as one (:func:`_expanded`)."""
    once = _once_assigned(fn)
    if not once:
        return fn

    class Operands(ast.NodeTransformer):
        def visit_BinOp(self, node):
            self.generic_visit(node)
            node.left, node.right = (_expanded(side, once) if isinstance(side, ast.Name) else side
                                     for side in (node.left, node.right))
            return node

    return Operands().visit(copy.deepcopy(fn))


def _l2_term(node: ast.AST) -> tuple[str, float, str] | None:
    """(strength name, k, text) for an L2 term k * s * (sum of squared weights), as written in a loss; a term per
    layer added up at one strength (``0.5 * reg * np.sum(W * W) + 0.5 * reg * np.sum(W2 * W2)``) is one term."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _l2_term(node.left), _l2_term(node.right)
        return (left[0], left[1], ast.unparse(node)) if left and right and left[:2] == right[:2] else None
    if not isinstance(node, ast.BinOp) or not isinstance(node.op, (ast.Mult, ast.Div)):
        return None
    for a, b in ((node.left, node.right), (node.right, node.left)):
        # a term already whole, then scaled: (alpha / 2) * x parsed as nested, or reg * (sum W1**2 + ...) / 2
        if isinstance(a, ast.BinOp) and isinstance(a.op, (ast.Mult, ast.Div)) and isinstance(b, ast.Constant) \
                and isinstance(b.value, (int, float)) and b.value and not (isinstance(node.op, ast.Div)
                                                                          and a is node.right):
            inner = _l2_term(a)
            if inner:
                k = inner[1] * (b.value if isinstance(node.op, ast.Mult) else 1 / b.value)
                return inner[0], k, ast.unparse(node)
        if _squared_weights(a):
            st = _strength(b) if isinstance(node.op, ast.Mult) else None
            if st is None and isinstance(node.op, ast.Div) and a is node.left and isinstance(b, ast.Constant):
                return None
            if st is not None:
                return st[0], st[1], ast.unparse(node)
    return None


@_bounded(None)
def bias_l2(path: Path) -> tuple[str, bool] | None:
    """(the L2 term of the file's loss that squares the biases too, as written; whether it squares every bias) for a
    penalty like ``reg * (np.sum(W1 * W1) + np.sum(W2 * W2) + np.sum(b1 * b1) + np.sum(b2 * b2))`` (a course
    template's); None when no term does. Every bias: as many bias names as weight names squared (or a list of
    biases), and then the L2 is judged over every parameter (:attr:`xval.impl.spec.ModelSpec.l2_biases`; the
    notebook's convention penalises the weights only); some biases only is outside the model, said in a warning."""
    for n in (n for t in _parsed(_file_codes(path)) for n in ast.walk(t)):
        if not (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult)):
            continue
        for strength, term in ((n.left, n.right), (n.right, n.left)):
            st = _strength(strength)
            if st is None or (classify(st[0]) or ("",))[0] != "reg" or not _mentions_weights(term):
                continue
            squared = {v: (classify(v) or ("",))[0] for c in ast.walk(term) if _penalty_square(c) for v in _names(c)}
            biases = {v for v, kind in squared.items() if kind in ("b", "bs")}
            if biases:
                weights = {v for v, kind in squared.items() if kind in ("W", "Ws")}
                every = "bs" in squared.values() or len(biases) >= len(weights)
                text = ast.unparse(n)
                return (text if len(text) <= 100 else text[:97] + "..."), every
    return None


def _names(node: ast.AST) -> list[str]:
    """The names, attributes and string keys under ``node`` (``b1``, ``self.b2``, ``params["b1"]``)."""
    return [n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else n.value
            for n in ast.walk(node) if isinstance(n, (ast.Name, ast.Attribute))
            or isinstance(n, ast.Constant) and isinstance(n.value, str)]


@_bounded(None)
def unreachable_l2(path: Path, backward: str) -> tuple[float, str] | None:
    """(l2, how it was read) when the file's loss function adds an L2 term whose strength its backward can never
    see: the strength is a name that appears only in the loss function, in the calls that pass it there and in
    assignments (the last number assigned not zero), and the backward takes no regularisation strength. Such a
    file's gradient lacks the term whenever it trains with it, so xval checks the model with it (the file's last
    number, in :mod:`xval.impl.spec`'s convention: ``loss += l2 / 2 * sum W**2``); else None."""
    codes = _file_codes(path)
    trees = _parsed(codes)
    fns = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.FunctionDef)]
    bwd = [f for f in fns if f.name == backward.split(".")[-1]]
    if not bwd or any((classify(a.arg) or ("",))[0] == "reg" for f in bwd for a in f.args.args):
        return None
    for f, (name, k, text) in _loss_l2_terms(codes, fns):
        names = {name} | _passed_as(trees, f, name)  # loss(x, t, weight_decay) for def loss(self, x, t, decay)
        values, ok = _assigned_numbers(trees, names), True
        for g in fns:
            if g is f:
                continue
            for n in ast.walk(g):
                used = isinstance(n, ast.Name) and n.id in names or isinstance(n, ast.Attribute) and n.attr in names
                if used and not _passed_to(g, n, f.name) and not _assigned(g, n):
                    ok = False  # read elsewhere (an update that adds its term): the backward may well see it
        if ok and values and values[-1][1]:
            given, value = values[-1]
            passed = f" passed as {name}" if given != name else ""
            return 2 * k * value, (f"read from your {f.name}: `{text}`, with {given} = {value:g}{passed}; "
                                   f"{backward} takes no strength and reads none")
    return None


@_bounded(None)
def global_l2(path: Path, backward: str) -> tuple[float, str] | None:
    """(l2, how it was read) when the file's loss function adds an L2 term whose strength is a number the file
    assigns (``lam = 1e-3``, ``class Config: reg_lambda = 0.01``) and reads outside the loss too (a training loop or
    a backward that adds ``lam * W`` itself, not taking the strength as a parameter): the model has that L2, at the
    file's last number, in :mod:`xval.impl.spec`'s convention (2 k x the value); else None. (The strength seen
    only by the loss is :func:`unreachable_l2`'s.)"""
    codes = _file_codes(path)
    trees = _parsed(codes)
    fns = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.FunctionDef)]
    bwd = [f for f in fns if f.name == backward.split(".")[-1]]
    if any((classify(a.arg) or ("",))[0] == "reg" for f in bwd for a in f.args.args):
        return None  # it takes the strength: l2_parameter's
    for f, (name, k, text) in _loss_l2_terms(codes, fns):
        values = _assigned_numbers(trees, {name})
        outside = [n for t in trees for n in ast.walk(t) if (isinstance(n, ast.Name) and n.id == name or isinstance(
            n, ast.Attribute) and n.attr == name) and isinstance(n.ctx, ast.Load)
            and not any(n is m for m in ast.walk(f))]
        if values and values[-1][1] and outside and not _scaled_after(f, text):
            return 2 * k * values[-1][1], (f"read from your {f.name}: `{text}`, with {name} = {values[-1][1]:g}, "
                                           "which its training reads too")
    return None


def inline_l2(path: Path) -> tuple[float, str] | None:
    """(l2, how it was read) when a loss the file assigns in its training code adds an L2 term (``loss = mse + l2``
    with ``l2 = weight_decay * (np.sum(W1**2) + ...)``, or the term written in place) whose strength is a number the
    file assigns and reads elsewhere too (its gradient's ``2 * weight_decay * W3``): the model has that L2, in
    :mod:`xval.impl.spec`'s convention (2 k x the value); else None. (A loss function's term is
    :func:`global_l2`'s.)"""
    trees = _parsed(_file_codes(path))
    nodes = [n for t in trees for n in ast.walk(t)]
    named = {n.targets[0].id: term for n in nodes if isinstance(n, ast.Assign) and len(n.targets) == 1
             and isinstance(n.targets[0], ast.Name) and (term := _l2_term(n.value))}
    for n in nodes:
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                and re.fullmatch(r"(?:total)?(?:loss|cost|j)(?:total)?", _key(n.targets[0].id))
                and isinstance(n.value, ast.BinOp) and isinstance(n.value.op, ast.Add)):
            continue
        for side in (n.value.left, n.value.right):
            term = _l2_term(side) or (named.get(side.id) if isinstance(side, ast.Name) else None)
            if term is None:
                continue
            name, k, text = term
            values = _assigned_numbers(trees, {name})
            terms = [m for m in nodes if isinstance(m, ast.BinOp) and ast.unparse(m) == text]
            outside = [m for m in nodes if isinstance(m, ast.Name) and m.id == name and isinstance(m.ctx, ast.Load)
                       and not any(m is w for t in terms for w in ast.walk(t))]
            if values and values[-1][1] and outside:
                return 2 * k * values[-1][1], (f"read from your `{ast.unparse(n)}`: `{text}`, with {name} = "
                                               f"{values[-1][1]:g}, which its gradient reads too")
    return None


def _assigned_numbers(trees, names: set[str]) -> list[tuple[str, float]]:
    """(name, number) for each assignment of a number to one of ``names`` (a variable or an attribute, ``lam =
    0.01``, ``self.reg = 0.1``, a settings class's ``reg_lambda = 0.01``), in the files' order; a computed value
    (``alpha = l2`` in a grid) is not read."""
    out = []
    for t in trees:
        for n in ast.walk(t):
            target = next((getattr(tg, "id", getattr(tg, "attr", None)) for tg in n.targets
                           if getattr(tg, "id", getattr(tg, "attr", None)) in names), None) \
                if isinstance(n, ast.Assign) else None
            if target and isinstance(n.value, ast.Constant) and isinstance(n.value.value, (int, float)):
                out.append((target, float(n.value.value)))
    return out


def _scaled_after(fn: ast.FunctionDef, term: str) -> bool:
    """Whether ``fn`` adds the L2 term ``term`` into a total (``loss += reg / 2 * ...``) that it then divides or
    multiplies by something other than a number (``return 1. / num_examples * loss``): its strength then depends on
    the batch, which no one L2 strength of the model can say."""
    totals = {t.id for n in ast.walk(fn) if isinstance(n, (ast.AugAssign, ast.Assign)) and term in ast.unparse(n.value)
              for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}
    return any(isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Mult, ast.Div)) and any(
        isinstance(side, ast.Name) and side.id in totals and not isinstance(other, ast.Constant)
        for side, other in ((n.left, n.right), (n.right, n.left))) for n in ast.walk(fn))


@_bounded(None)
def batch_scaled_l2(path: Path) -> tuple[str, str, str] | None:
    """(loss function, L2 term as written, its strength's name) when a loss function of the file adds an L2 term
    whose strength depends on the batch size, which no one L2 strength of the model says: added to a total it then
    divides by the batch (``data_loss += reg_lambda / 2. * (...)`` before ``return 1. / num_examples *
    data_loss``), or with the batch in its own coefficient (``(self.l2_lambda / (2 * m)) * (np.sum(W1 ** 2) +
    ...)``); else None."""
    codes = _file_codes(path)
    fns = [n for t in _parsed(codes) for n in ast.walk(t) if isinstance(n, ast.FunctionDef)]
    after = next(((f.name, text, name) for f, (name, _, text) in _loss_l2_terms(codes, fns)
                  if _scaled_after(f, text)), None)
    if after is not None:
        return after
    loss_fns = {n for found in losses_in_source(*codes).values() for n in found}
    for f in (f for f in fns if f.name in loss_fns or generic_loss_name(_key(f.name))):
        # as written, else through its local names (l2_loss = self.l2_lambda / (2 * m) * weights_sum, the sum apart)
        for n in itertools.chain(ast.walk(f), ast.walk(_locals_inlined(f))):
            for coef, strengths in _penalty_coefficients(n):
                divided = any(isinstance(d, ast.BinOp) and isinstance(d.op, ast.Div) and not isinstance(
                    d.right, ast.Constant) for d in ast.walk(coef))
                if len(strengths) == 1 and divided:
                    return f.name, ast.unparse(n), strengths[0]
    return None


L2_CHECKED = 0.01
"""The L2 strength (xval's convention: ``0.5 * l2 * sum W**2``) a file is checked at when its backward takes a
regularisation strength and its loss function says how that strength enters the loss (:func:`l2_parameter`)."""


@_bounded(None)
def l2_parameter(path: Path, backward: str) -> tuple[float, str, str] | None:
    """(k, parameter, text) when the backward function takes a regularisation strength ``parameter`` (``lambd``,
    ``l2``, ``reg``) and a loss function of the file adds an L2 term ``k * parameter * (sum of squared weights)``
    (``0.5 * l2 * (np.sum(W1 ** 2) + np.sum(W2 ** 2))``: k = 0.5): the convention the file's strength is in, so that
    a check of L2 strength s passes it ``s / (2 k)``; else None (a strength with no such term is passed 0)."""
    codes = _file_codes(path)
    trees = _parsed(codes)
    fns = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.FunctionDef)]
    # a module-level function (the functions style passes it the strength), or the one class method of that name
    # that takes it (CS231n's loss(self, X, y=None, reg=0.0), passed it by the class style likewise)
    bwd = next((f for t in trees for f in t.body if isinstance(f, ast.FunctionDef) and f.name == backward), None)
    if bwd is None:
        methods = [f for t in trees for c in ast.walk(t) if isinstance(c, ast.ClassDef) for f in c.body
                   if isinstance(f, ast.FunctionDef) and f.name == backward.rsplit(".", 1)[-1]]
        bwd = methods[0] if len(methods) == 1 else None
    if bwd is None:
        return None
    regs = [a.arg for a in bwd.args.args if (classify(a.arg) or ("",))[0] == "reg"]
    for f, (name, k, text) in _loss_l2_terms(codes, fns, regs):
        return k, name, f"your {f.name}: `{text}`"
    return None


@_bounded(None)
def _step_class(path: Path, backward: str) -> tuple | None:
    """(trees, class, its methods by name, the step method, __init__, the attributes the step reads on self) for a
    class's step ``backward`` (``Class.method``, or a method name one class alone defines); None when there is no
    such class with a constructor."""
    cls_name, method = backward.rsplit(".", 1) if "." in backward else (None, backward)
    trees = _parsed(_file_codes(path))
    classes = [c for t in trees for c in ast.walk(t) if isinstance(c, ast.ClassDef) and (
        c.name == cls_name if cls_name else any(isinstance(f, ast.FunctionDef) and f.name == method for f in c.body))]
    if len(classes) != 1:
        return None
    fns = {f.name: f for f in classes[0].body if isinstance(f, ast.FunctionDef)}
    bwd, init = fns.get(method), fns.get("__init__")
    if bwd is None or init is None:
        return None
    read = {n.attr for n in ast.walk(bwd) if isinstance(n, ast.Attribute) and getattr(n.value, "id", "") == "self"}
    return trees, classes[0], fns, bwd, init, read


def _passed_by_own_call(trees, cls_name: str, init: ast.FunctionDef, param: str) -> bool:
    """Whether a call of class ``cls_name`` in the file passes its constructor's parameter ``param`` (by keyword,
    or by position): then xval, building the class with the default, would not check what the file runs."""
    pos = [a.arg for a in init.args.args].index(param) - 1
    return any(isinstance(c, ast.Call) and getattr(c.func, "id", getattr(c.func, "attr", None)) == cls_name
               and (any(k.arg == param for k in c.keywords) or 0 <= pos < len(c.args))
               for t in trees for c in ast.walk(t))


@_bounded(None)
def l2_attribute(path: Path, backward: str) -> tuple[float, str] | None:
    """(l2, how it was read) when a class's backward (``backward``: ``Class.method``) reads a strength it holds
    (``self.lambda_L2``) and a method of the same class adds an L2 term ``k * self.lambda_L2 * (sum of squared
    weights)`` to the loss: the model has that L2, at the value its constructor gives the attribute (a default
    of its own parameter, or a number), in :mod:`xval.impl.spec`'s convention (2 k x the value); None when the
    value is not a number in the code, or a call of the class in the file passes that parameter (xval builds
    the instance with the default)."""
    found = _step_class(path, backward)
    if found is None:
        return None
    trees, cls, fns, bwd, init, read = found
    cls_name, method = cls.name, bwd.name
    for f in fns.values():
        term = next((t for n in ast.walk(_locals_inlined(f)) if isinstance(n, ast.BinOp) and (t := _l2_term(n))
                     and t[0] in read), None)
        if term is None or f is bwd:
            continue
        attr, k, text = term
        given = next((a.value for a in ast.walk(init) if isinstance(a, ast.Assign) and any(
            isinstance(t, ast.Attribute) and t.attr == attr and getattr(t.value, "id", "") == "self"
            for t in a.targets)), None)
        defaults = dict(zip([a.arg for a in init.args.args][::-1], init.args.defaults[::-1]))
        param = given.id if isinstance(given, ast.Name) else None
        value = _number(defaults.get(param)) if param else _number(given) if given is not None else None
        if param and (param not in defaults or (classify(param) or ("reg",))[0] != "reg"):
            return None  # required, or a name xval's construction gives a value of its own (alpha: a rate)
        passed = _passed_by_own_call(trees, cls_name, init, param) if param else False
        if value is None or passed or param and value == 0:
            return None  # (a default of 0 leaves the term unchecked: :func:`l2_default_off` checks it at L2_CHECKED)
        where = f"the default {param}={value:g} of {cls_name}()" if param else f"self.{attr} = {value:g}"
        return 2 * k * value, f"read from your {f.name}: `{text}`, with {where}; {method} reads self.{attr}"
    return None


@_bounded(None)
def l2_default_off(path: Path, backward: str) -> tuple[float, str, str] | None:
    """(k, parameter, text) when a class's constructor takes a regularisation strength whose default is 0
    (``NeuralNetMLP(n_hidden=30, l2=0.0)``), keeps it (``self.l2 = l2``), its step (``backward``: ``Class.method``)
    reads it and a method of the class adds an L2 term ``k * self.l2 * (sum of squared weights)`` to the loss:
    :func:`l2_parameter`'s reading for a strength held from the constructor. At its default the file's L2 gradient
    is never computed, so xval builds the class with the strength of an L2 it checks (:data:`L2_CHECKED`, passed
    ``L2_CHECKED / (2 k)``); None when the file's own call of the class passes the parameter, or it is not so."""
    found = _step_class(path, backward)
    if found is None:
        return None
    trees, cls, fns, bwd, init, read = found
    defaults = dict(zip([a.arg for a in init.args.args][::-1], init.args.defaults[::-1]))
    zeros = [p for p, d in defaults.items() if (classify(p) or ("",))[0] == "reg" and _number(d) == 0]
    if len(zeros) != 1:  # (two strengths off, l1 and l2: which is the L2 term's is not read)
        return None
    param = zeros[0]
    kept = {t.attr for a in ast.walk(init) if isinstance(a, ast.Assign) and isinstance(a.value, ast.Name)
            and a.value.id == param for t in a.targets if isinstance(t, ast.Attribute)}
    kept |= {t.attr for a in ast.walk(init) if isinstance(a, ast.Assign) and isinstance(a.value, ast.Tuple)
             for t_ in a.targets if isinstance(t_, ast.Tuple) for t, v in zip(t_.elts, a.value.elts)
             if isinstance(t, ast.Attribute) and isinstance(v, ast.Name) and v.id == param}  # self.a, self.l2 = a, l2
    if _passed_by_own_call(trees, cls.name, init, param):
        return None
    for f in fns.values():
        if f is bwd:
            continue
        term = next((t for n in ast.walk(_locals_inlined(f)) if isinstance(n, ast.BinOp) and (t := _l2_term(n))
                     and t[0] in kept & read), None)
        if term is not None:
            return term[1], param, f"your {f.name}: `{term[2]}`, off by default ({param}=0 in {cls.name}())"
    return None


@_bounded(None)
def layer_l2(path: Path, backward: str) -> tuple[float, str, str] | None:
    """(k, parameter, text) when the layer class of ``backward`` (``Linear.backward``) takes an optional
    regularisation strength in its constructor (``Linear(in_dim, out_dim, weight_decay=0.0)``), keeps it
    (``self.weight_decay = weight_decay``), its backward reads it, and a function of the file adds an L2 term
    ``k * layer.weight_decay * (sum of squared weights)`` (``compute_l2_loss(model)``): the loss the file defines
    has that L2, in the convention of k, so that a check of L2 strength s builds each layer with ``s / (2 k)``
    (:func:`l2_parameter`'s, for a layer kit); else None."""
    if "." not in backward:
        return None
    cls_name, method = backward.rsplit(".", 1)
    trees = _parsed(_file_codes(path))
    classes = [c for t in trees for c in ast.walk(t) if isinstance(c, ast.ClassDef) and c.name == cls_name]
    if len(classes) != 1:
        return None
    fns = {f.name: f for f in classes[0].body if isinstance(f, ast.FunctionDef)}
    init, bwd = fns.get("__init__"), fns.get(method)
    if init is None or bwd is None:
        return None
    defaults = dict(zip([a.arg for a in init.args.args][::-1], init.args.defaults[::-1]))
    regs = [a for a in defaults if (classify(a) or ("",))[0] == "reg"]
    kept = {t.attr: a.value.id for a in ast.walk(init) if isinstance(a, ast.Assign) and isinstance(a.value, ast.Name)
            and a.value.id in regs for t in a.targets if isinstance(t, ast.Attribute)
            and getattr(t.value, "id", "") == "self"}
    read = {n.attr for n in ast.walk(bwd) if isinstance(n, ast.Attribute) and getattr(n.value, "id", "") == "self"}
    kept = {attr: param for attr, param in kept.items() if attr in read}
    if not kept:
        return None
    for f in (n for t in trees for n in ast.walk(t) if isinstance(n, ast.FunctionDef) and n is not bwd):
        term = next((t for n in ast.walk(f) if isinstance(n, ast.BinOp) and (t := _l2_term(n)) and t[0] in kept),
                    None)
        if term is not None:
            return term[1], kept[term[0]], f"your {f.name}: `{term[2]}`"
    return None


def _loss_l2_terms(codes, fns: list[ast.FunctionDef], names: list[str] | None = None):
    """(loss function, (strength name, k, text)) for the first L2 term of each of the file's loss functions (those
    :func:`losses_in_source` reads, and generic ``loss``/``cost`` names), its strength one of ``names`` if given."""
    loss_fns = {n for found in losses_in_source(*codes).values() for n in found}
    for f in (f for f in fns if f.name in loss_fns or generic_loss_name(_key(f.name))):
        term = next((t for n in ast.walk(f) if isinstance(n, ast.BinOp) and (t := _l2_term(n))
                     and (names is None or t[0] in names)), None)
        if term is not None:
            yield f, term


def _passed_as(trees, fn: ast.FunctionDef, param: str) -> set[str]:
    """The names the file's calls of ``fn`` pass for its parameter ``param`` (by position or keyword)."""
    params = [a.arg for a in fn.args.args]
    if param not in params:
        return set()
    pos = params.index(param) - (1 if params and params[0] == "self" else 0)
    out = set()
    for t in trees:
        for c in ast.walk(t):
            if isinstance(c, ast.Call) and getattr(c.func, "attr", getattr(c.func, "id", None)) == fn.name:
                given = [k.value for k in c.keywords if k.arg == param] + (c.args[pos:pos + 1] if pos >= 0 else [])
                out |= {g.id for g in given if isinstance(g, ast.Name)}
    return out


def _passed_to(fn: ast.AST, node: ast.AST, callee: str) -> bool:
    return any(isinstance(c, ast.Call) and getattr(c.func, "attr", getattr(c.func, "id", None)) == callee
               and any(a is node for a in [*c.args, *(k.value for k in c.keywords)]) for c in ast.walk(fn))


def _assigned(fn: ast.AST, node: ast.AST) -> bool:
    return any(isinstance(a, ast.Assign) and any(t is node for t in a.targets) for a in ast.walk(fn))


OUTSIDE = (("softmax", "bce"), ("sigmoid", "cross_entropy"))
"""(output, loss) pairs a file may compute, which the oracles do not model: binary cross-entropy over softmax outputs
(a binary course's cost kept under a softmax; read from a log(1 - p) in its body or a binary name), and cross-entropy
over sigmoid outputs (``-np.sum(Y * np.log(A2)) / m``, the (1 - y) log(1 - a) term left out). The output's natural
loss is checked instead; when the gradient passes as that one, it is not the gradient of the loss the file computes
(:meth:`xval.reports.check.checks.Checks.loss_outside`). Cross-entropy over sigmoid outputs only when read from the
loss function's body (:func:`cross_entropy_in_body`): one read from its name alone may be a BCE whose body xval
does not read."""


def outside_gradient(output: str, loss: str, z: np.ndarray, t: np.ndarray) -> np.ndarray:
    """dL/dz of an :data:`OUTSIDE` loss, the batch mean of its per-sample sum over the outputs, at logits ``z``
    (batch, outputs) and one-hot ``t``."""
    z = np.asarray(z, np.float64)
    if (output, loss) == ("sigmoid", "cross_entropy"):  # L = -mean_b sum_k t log s, s = sigmoid(z)
        return -t * (1.0 - 1.0 / (1.0 + np.exp(-z))) / len(z)
    if (output, loss) != ("softmax", "bce"):
        raise ValueError(f"no outside loss {output} + {loss}")
    from xval.reports.check.oracle import softmax_from_logits  # (checks side only: not at the worker's import)

    p = softmax_from_logits(z)  # L = -mean_b sum_k t log p + (1 - t) log(1 - p), p = softmax(z)
    g = (1 - t) / (1 - p) - t / p  # dL/dp per sample
    return p * (g - np.sum(g * p, axis=1, keepdims=True)) / len(z)


def choose_model(file, hidden_read: list[str | None], output_read: str | None, file_loss: tuple[str | None, str],
                 hidden: str | None = None, output: str | None = None, loss: str | None = None,
                 l2: float = 0.0, read_from: str | None = None, l2_read: tuple[float, str] | None = None,
                 output_from: str | None = None, n_outputs: int | None = None, columns: bool = False,
                 per_sample: bool = False, scaled: bool | None = None) -> Reading:
    """The model to check: each flag given wins, else what the forward computes, else the default; the loss from
    the flag, else the file's loss function, else the output's natural one. InputError (exit 2) for hidden layers
    of different activations or a flag that does not go with what the file computes. ``columns``: the file holds
    samples as columns, ``per_sample`` its step takes one sample (its loss's sizes read so: :func:`loss_scale`).
    ``scaled``: whether a loss read from the file's code is read with its constant (default: unless the model was
    read from elsewhere, ``read_from``: the J a function returns is measured, not its code)."""
    detected = read_from or DETECTED  # where the hidden activation and output were read: the forward, or J
    known = list(dict.fromkeys(h for h in hidden_read if h is not None))
    if hidden is not None:
        h, h_from = hidden, "--hidden"
    elif len(known) > 1 and None not in hidden_read:  # one per layer: relu/tanh
        h, h_from = "/".join(hidden_read), detected
    elif len(known) > 1:
        per_layer = ", ".join(f"a{k + 1} = {h.split(':')[0]}(z)" for k, h in enumerate(hidden_read) if h)
        raise InputError(f"{file}: its hidden layers use different activations ({per_layer}, read from your "
                         "forward) and the others' could not be read; xval check judges different activations only "
                         "when it reads every hidden layer's")
    elif known:
        h, h_from = known[0], detected
    else:
        h, h_from = "relu", "default: not read from your forward"
    if output is not None:
        o, o_from = output, "--output-activation"
    elif output_read is not None:
        o, o_from = output_read, output_from or detected
        if o.startswith("leaky_relu:"):  # the spec's leaky ReLU output takes the hidden one's slope (else 0.01)
            slope, hidden_slope = float(o.split(":")[1]), ModelSpec(h).leaky_slope or DEFAULT_LEAKY_SLOPE
            if not math.isclose(slope, hidden_slope, rel_tol=1e-2):
                raise InputError(f"{file}: its output is a leaky ReLU of slope {slope:g} (read from your forward) and "
                                 f"its hidden activation {h}; xval check judges a leaky ReLU output at the hidden "
                                 "leaky ReLU's slope (else 0.01) only")
            o = "leaky_relu"
        if o not in OUTPUTS:
            raise InputError(f"{file}: its output is {o}(z) (read from your forward); xval check judges softmax, "
                             "sigmoid, identity, tanh, relu and leaky relu outputs, and would call a correct network "
                             "of this kind wrong, so it does not check this file")
    elif n_outputs == 1:  # a softmax over one unit is 1 whatever its input: no loss to check
        o, o_from = "sigmoid", "default for one output unit: not read from your forward"
    else:
        o, o_from = "softmax", "default: not read from your forward"
    file_lo, how = file_loss
    outside = None
    if loss is not None:
        lo, lo_from = loss, "--loss"
    elif file_lo is not None and (o, file_lo) in PAIRS:
        lo, lo_from = file_lo, f"read from {how}"
    else:
        lo, an = DEFAULT_LOSS[o], "an" if o == "identity" else "a"
        branched = file_lo == "bce" and o == "softmax" and not branch_free_bce(Path(file))
        why = (f"; {how}" if file_lo is None and how else
               f"; {how} computes binary cross-entropy in a branch for another output (one unit, or another "
               "activation)" if branched else
               f"; {how} computes {LOSS_NAMES[file_lo]}, which does not go with {an} {o} output"
               if file_lo is not None else "")
        lo_from = f"default for {an} {o} output{why}; --loss to choose"
        outside = (file_lo, how) if (o, file_lo) in OUTSIDE and (
            (o, file_lo) != ("sigmoid", "cross_entropy") or cross_entropy_in_body(Path(file), how)) else None
    if o == "softmax" and lo == "cross_entropy" and n_outputs == 1:
        raise InputError(f"{file}: checked with one output unit, its output is a softmax ({o_from}), which over one "
                         "unit is 1 whatever its input: cross-entropy has no second class and no gradient to judge; "
                         "give a softmax output two or more units, or use a sigmoid for one")
    l2_from = "--l2" if l2 else ""
    if not l2 and l2_read is not None:
        l2, l2_from = l2_read
    try:
        spec = ModelSpec(hidden=h, output=o, loss=lo, l2=l2)
    except InputError as exc:
        raise InputError(f"{file}: checked as {h} hidden units ({h_from}), {o} output ({o_from}): {exc}") from None
    scale = loss_scale(Path(file), how, lo, columns, per_sample) \
        if lo_from.startswith("read from") and (read_from is None if scaled is None else scaled) else None
    if scale is not None and scale.own:
        if scale.text.startswith("minus "):  # a log-likelihood: the loss checked is its negative, said so
            lo_from += f"; {scale.text}: xval's own"
        scale = None
    return Reading(spec, h_from, o_from, lo_from, l2_from, scale, outside)
