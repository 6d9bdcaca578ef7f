"""Layer objects xval composes itself: an affine layer class and activation layer classes, no model it can build.

The file defines layer classes (names free, read from what they hold and do)::

    class Linear:                       # Dense, Affine, FullyConnected ...
        def __init__(self, n_in, n_out)         a 2-d parameter of shape (n_in, n_out) or (n_out, n_in) and a
                                                bias (n,), (1, n) or (n, 1): attributes or a dict (self.params)
        def forward(self, x) / __call__(x)      keeps what its backward needs
        def backward(self, dout) -> dx          stores dW, db: attributes (dW, grad_W, dweights ...) or a dict
                                                (self.grads['dW'])
    class ReLU / Sigmoid / Tanh / LeakyReLU:    forward(x) / __call__(x), backward(dout) -> dx
    class SoftmaxCrossEntropy (optional):       forward(logits, y) -> loss, backward() -> dlogits; or a
                                                CrossEntropy on the probabilities of a Softmax layer class
    class Sequential (optional):                Sequential(layers), forward/__call__(x), backward(dout)

xval builds [affine, act, affine, act, ..., affine] at the checked sizes (fresh
objects for every call), puts copies of its parameters into each affine layer
in the layer's orientation, runs the layers forward, and for the step runs
their backward in reverse from the loss gradient: the file's loss layer's
when it has one that gives the mean softmax cross-entropy of the scores (its
loss value, checked on the probe batch, directly or through the file's Softmax
layer), else xval's own mean softmax cross-entropy gradient (the "read as" line
says which, and why). Each affine layer's dW, db are read after its
backward. A container that takes the layers is used when it runs and gives the
layers' own composition; else the layers are composed by xval and the "read as"
line says why the container was not used. Every reading is confirmed by probe
calls on small widths, every one distinct.
"""

from __future__ import annotations

import abc
import ast
import functools
import inspect
import re

import numpy as np

from xval.reference.tolerances import tolerance
from xval.reports.check.guard import Guard, SubmissionError, XvalLimit
from xval.reports.check.judge import judge
from xval.reports.check.styles.base import (NoGiven, Rejected, SourceMap, StyleModel, converts_labels, finish_step,
                                            mean_step, probe_batch, probe_params, same)
from xval.reports.check.styles.classes import PER_SAMPLE_BIAS, candidates
from xval.reports.check.styles.layout import Layout, bias_kind
from xval.reports.check.styles.names import SWITCHED_OFF, classify, switched_off
from xval.reports.check.styles.reading import source_tree
from xval.reports.check.styles.slots import _sq

FORWARD = ("forward", "__call__", "fprop", "fwd", "forward_pass", "forwardpass", "forward_propagation", "forward_prop",
           "feed_forward", "feedforward")
BACKWARD = ("backward", "backprop", "bprop", "backward_pass", "backwardpass", "backward_delta", "backward_propagation",
            "backward_prop", "back_propagation", "backpropagation", "back_prop")
ACCUMULATE = ("backward_update_gradient",)
"""A course's module framework splits a layer's backward in two: ``backward_update_gradient(input, delta)`` adds
its parameters' gradient to what it holds, ``backward_delta(input, delta)`` gives the gradient at its input. xval
calls ``zero_grad()`` (when there is one), the first, then the second."""
WEIGHT = ("w", "weight", "weights", "kernel", "parameters")
BIAS = ("b", "bias", "biases")
PARAM_DICTS = ("params", "parameters", "param", "paramdict")
GRAD_DICTS = ("grads", "gradients", "grad", "dparams", "derivatives", "gradient", "dgrads", "dgradients")
DWEIGHT = ("dw", "gradw", "wgrad", "dweights", "dweight", "gradweights", "gradweight", "weightsgrad", "weightgrad",
           "dldw", "deltaw", "deltalossw", "dlossw", "gw", "w", "gradient")
DBIAS = ("db", "gradb", "bgrad", "dbias", "dbiases", "gradbias", "gradbiases", "biasgrad", "biasesgrad", "dldb",
         "deltab", "deltalossb", "dlossb", "gb", "b", "gradientbias", "biasgradient")
ACTIVATIONS = {"relu": "relu", "rectifier": "relu", "sigmoid": "sigmoid", "logistic": "sigmoid", "tanh": "tanh",
               "leakyrelu": "leaky_relu", "lrelu": "leaky_relu", "softmax": "softmax"}
"""Activation layer classes by name; a softmax class is never the hidden activation, but is judged alone."""
LOSS_LAYERS = ("softmaxcrossentropy", "softmaxcrossentropyloss", "crossentropy", "crossentropyloss", "softmaxloss",
               "softmaxwithloss", "softmaxce", "celoss", "softmaxwithcrossentropy", "categoricalcrossentropy",
               "softmaxcrossentropywithlogits", "crossentropywithsoftmax", "losssoftmaxcrossentropy", "softmaxxent",
               "xent", "xentropy", "crossent", "softmaxcrossent")
MSE_LAYERS = ("mse", "mseloss", "msecost", "meansquarederror", "meansquarederrorloss", "meansquaredloss",
              "squarederror", "squarederrorloss", "squaredloss", "sumsquarederror", "sse", "l2loss", "quadraticloss",
              "quadraticcost", "mselayer", "lossmse")
"""Squared-error loss layer classes by name: judged alone against the gradient of their own loss value (which
mean they take is read from that value), whatever loss the composed network is checked with."""
CONTAINER_ARGS = ("layers", "modules", "layerlist", "layerslist", "blocks", "components", "stack")
REFERENCE = {"relu": lambda z: np.maximum(z, 0.0), "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
             "tanh": np.tanh}
ALONE = ("relu", "sigmoid", "tanh", "softmax")
"""The activation layer classes the judge checks alone (not leaky ReLU: its slope is the file's)."""
DENSE = ("relu", "sigmoid", "tanh")
"""The activations a dense layer that applies its own (``Layer(n_in, n_out, act=Sigmoid())``) is judged alone
with, as ``act(x @ w + b)`` (``dense_sigmoid``, see :mod:`xval.reports.check.layercheck`): a kit may be right with
one activation and wrong with another."""


LAYER_RATE = 1.0
"""The rate passed to a layer's ``backward(output_gradient, learning_rate)``, which applies its own update: at
rate 1 the change of its weights is its gradient, with a rounding of eps |W| (~1e-16), far below any tolerance."""


def _roles(fn) -> list[str]:
    """The roles (:func:`classify`; "" for a name that says none) of a method's required parameters."""
    return [(classify(p.name) or ("",))[0] for p in _required(fn) or []]


def _pair_role(fn, k: int) -> str | None:
    """The role of the ``k``-th of a method's two required parameters; None unless it requires exactly two."""
    roles = _roles(fn)
    return roles[k] if len(roles) == 2 else None


def _input_and_rate(fn) -> bool:
    """Whether a layer class's backward requires its input, the upstream gradient and a learning rate
    (``backward(X, grad, lr)``, a layer that updates itself): it is given all three."""
    roles = _roles(fn)
    return len(roles) == 3 and roles[::2] == ["x", "lr"]


def _takes_rate(fn) -> bool:
    """Whether a layer class's backward requires a learning rate after the upstream gradient."""
    return _pair_role(fn, 1) == "lr" or _input_and_rate(fn)


def _takes_reg(fn) -> bool:
    """Whether a layer class's backward requires a regularisation strength after the upstream gradient
    (``backward(dZ, l2_lambda)``): it is given the L2 checked (0 when none)."""
    return _pair_role(fn, 1) == "reg"


def _takes_input(fn) -> bool:
    """Whether a layer class's backward takes the layer's input before the upstream gradient (``backward(input,
    grad_output)``, a course's Module framework): then it is given the input its forward was given."""
    return _pair_role(fn, 0) == "x" or _input_and_rate(fn)


def _input_after(fn) -> bool:
    """Whether a layer class's backward takes the layer's input after the upstream gradient (``backward(grad_output,
    x, learning_rate=0.0)``): then it is given the input its forward was given, second."""
    roles = _roles(fn)
    return len(roles) == 2 and roles[0] != "x" and roles[1] == "x"


def _takes_output(fn) -> bool:
    """Whether a layer class's backward takes its own output after the upstream gradient (``backward(grad_output,
    outputs)``, a softmax's): then it is given what its forward gave."""
    return _pair_role(fn, 1) in ("acts", "probs", "a")


KEPT_OUTPUTS = ("output", "out", "outputs", "a", "activation")
KEPT_INPUT_GRADIENTS = ("dinputs", "dinput", "dx", "dX", "grad_input", "grad_inputs", "dinp", "input_grad",
                        "input_gradient", "dA_prev")
"""Where a layer that returns nothing keeps its result (the "Neural Networks from Scratch" style: ``forward`` sets
``self.output``, ``backward`` sets ``self.dinputs``)."""
INPUT_GRADIENT = re.compile(r"(?:d|deriv|derivative|derivatives|grad|gradient|delta)(?:wrt|of)?(?:inputs?|in|x)"
                            r"|inputs?(?:grad|gradient|deriv|derivative|delta)s?")
"""A kept input gradient under another name (squashed): ``deriv_inputs``, ``grad_wrt_input``, ``input_delta``."""


RANDOM_ARGS = ("rng", "randomstate", "generator", "gen", "random", "randgen", "rs", "prng")
SEED_ARGS = ("seed", "randomseed")
"""Constructor parameters that take a source of randomness (``Dense(n_in, n_out, rng)``) or a seed: its initial
weights only, which the check replaces."""
INIT_FLAG_ARGS = ("initflag", "randominit", "randinit", "initrandom", "randomflag")
"""A constructor flag choosing random or zero initial weights (``linearLayer(n_in, n_out, init_flag)``, 1 for
random): given 1, its weights replaced by the check's."""
NAME_ARGS = ("name", "layername", "label", "tag")
"""A constructor parameter that names the layer for printing (``Linear(n, m, name)``, ``self.name = 'linear' +
name``): given a string."""


def _built_with(cls) -> tuple:
    """What an affine class's constructor requires after its two sizes: a learning rate it keeps
    (``Dense(dim_in, dim_out, lr)``) is given :data:`LAYER_RATE`, and the check reads the change it makes; a name
    (:data:`NAME_ARGS`) a string; a random generator (``Dense(n_in, n_out, rng)``) a seeded one (a legacy
    ``RandomState`` when its code draws with ``randn``/``rand``, which a ``Generator`` lacks), a seed 0, an
    initialisation flag 1 (:data:`INIT_FLAG_ARGS`)."""
    req = _required(cls.__init__) or []
    if len(req) != 3:
        return ()
    name = _sq(req[2].name)
    if (classify(req[2].name) or ("",))[0] == "lr":
        return (LAYER_RATE,)
    if name in SEED_ARGS:
        return (0,)
    if name in INIT_FLAG_ARGS:
        return (1,)
    if name in NAME_ARGS:
        return ("layer",)
    if name in RANDOM_ARGS:
        try:
            legacy = re.search(r"\.(randn|rand|random_sample|random_integers)\(", inspect.getsource(cls.__init__))
        except (OSError, TypeError):
            legacy = None
        return (np.random.RandomState(0) if legacy else np.random.default_rng(0),)
    return ()


@functools.lru_cache(maxsize=64)
def _optional_parameter(cls, says) -> str | None:
    """The name of the first optional constructor parameter of ``cls`` (one that can be passed by name) whose name
    ``says(name)`` accepts; else None."""
    try:
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    except (TypeError, ValueError):
        return None
    return next((p.name for p in params if p.default is not p.empty and p.kind in (p.POSITIONAL_OR_KEYWORD,
                 p.KEYWORD_ONLY) and says(p.name)), None)


def _built_reg(cls) -> str | None:
    """The name of an affine class's optional constructor parameter that is a regularisation strength
    (``Linear(in_dim, out_dim, weight_decay=0.0)``), which the layer's backward adds to its weight gradient; else
    None."""
    return _optional_parameter(cls, lambda name: (classify(name) or ("",))[0] == "reg")


def _unpassed_reg(cls, sm: SourceMap) -> tuple[str, float] | None:
    """(name, default) of an affine class's regularisation strength (:func:`_built_reg`) whose default is not zero
    and which no call of the class in the file passes (``Layer(n_in, n_out, lambda_=0.0001)`` built as ``Layer(n_in,
    n_out)`` by the file's own network): its layers always run with that default, so they are built with it, not
    with the strength checked; else None."""
    reg = _built_reg(cls)
    try:
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    except (TypeError, ValueError):
        return None
    p = next((q for q in params if q.name == reg), None)
    if p is None or not isinstance(p.default, (int, float)) or isinstance(p.default, bool) or not p.default:
        return None
    calls = [c for tree in sm.trees for c in ast.walk(tree) if isinstance(c, ast.Call)
             and getattr(c.func, "id", getattr(c.func, "attr", None)) == cls.__name__]
    at = params.index(p)
    if not calls or any(len(c.args) > at or any(k.arg in (reg, None) for k in c.keywords) for c in calls):
        return None  # (never built by the file, or built passing it: the strength checked is passed)
    return reg, float(p.default)


def _built_dtype(cls) -> str | None:
    """The name of an affine class's optional constructor parameter that chooses its dtype (``Linear(n_in, n_out,
    dtype=np.float32)``, which makes its gradient buffers in that type): given the dtype checked; else None."""
    return _optional_parameter(cls, lambda name: _sq(name) in ("dtype", "datatype", "floattype"))


def _assigned_attributes(method) -> tuple[str, ...]:
    """The attributes of ``self`` a method assigns whole (``self.out = ...``), in the order it last writes them;
    read once per method (a layer's forward is called on every case), by its code object (always hashable, where
    a file's callable need not be)."""
    code = getattr(method, "__code__", None)
    return _assigned_in(code) if inspect.iscode(code) else ()


@functools.lru_cache(maxsize=256)
def _assigned_in(code) -> tuple[str, ...]:
    if (tree := source_tree(code)) is None:
        return ()
    out = [t.attr for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets
           if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"]
    return tuple(dict.fromkeys(reversed(out)))[::-1]


def _written_like_parameters(layer, backward, passed=()) -> tuple[object, object, str] | None:
    """(dW, db, where): the two arrays ``backward`` writes to attributes with exactly the shapes of two arrays the
    layer holds and it does not write, a matrix and a bias (``self.gradiente_pesos``, ``self.gradiente_sesgos`` beside
    ``self.pesos``, ``self.sesgos``), whatever their names; None unless there are just those two. ``passed``: the
    input and output of its last forward, which it may keep too (not parameters)."""
    if backward is None:
        return None
    written = _assigned_attributes(backward)
    attrs = _vars(layer)
    kept = [v for k, v in attrs.items() if k not in written and isinstance(v, np.ndarray)
            and not any(v is p for p in passed)]
    like = [k for k in written if isinstance(attrs.get(k), np.ndarray) and any(
        v.shape == attrs[k].shape and v is not attrs[k] for v in kept)]
    if len(like) != 2:
        return None
    dw, db = sorted(like, key=lambda k: -attrs[k].size)
    if np.ndim(attrs[dw]) != 2 or attrs[db].size == attrs[dw].size:
        return None
    return attrs[dw], attrs[db], f"{dw}, {db} (what its {backward.__name__} writes with its parameters' shapes)"


def _rate_attribute(layer) -> str | None:
    """The name of a learning rate a layer keeps as a number (``self.learning_rate = 0.1``), or None."""
    return next((k for k, v in vars(layer).items() if (classify(k) or ("",))[0] == "lr"
                 and isinstance(v, (int, float)) and not isinstance(v, bool)), None)


def _rate_global(fn) -> str | None:
    """The name of a learning rate a layer's method reads from its module, a number (``LR = 1e-4`` above ``self.W
    -= dldw * LR``), or None."""
    code, module = getattr(fn, "__code__", None), getattr(fn, "__globals__", {})
    return next((n for n in (code.co_names if code else ()) if (classify(n) or ("",))[0] == "lr"
                 and isinstance(module.get(n), (int, float)) and not isinstance(module.get(n), bool)), None)


def _method(cls, names):
    """The first of ``names`` the class defines (``__call__`` only when the class itself defines it), in any
    case (``Forward``, ``Backward``: the name as the class spells it); not one it inherits from an abstract base
    whose method only raises NotImplementedError (``class Softmax(Layer)`` without a backward of its own)."""
    spelled = {a.lower(): a for a in dir(cls) if not a.startswith("__") and callable(getattr(cls, a, None))}
    for n in names:
        if n == "__call__":
            if any("__call__" in vars(k) for k in cls.__mro__[:-1]):
                return n
        elif callable(getattr(cls, n, None)) and not _inherited_abstract(cls, n):
            return n
        elif n in spelled and not _inherited_abstract(cls, spelled[n]):
            return spelled[n]
    return None


@functools.lru_cache(maxsize=256)
def _forward(cls):
    """The method xval calls for a layer's forward: the first of :data:`FORWARD` the class defines, unless a
    ``__call__`` of its hierarchy wraps that method (``def __call__(self, x): self.inputs = x; return
    self.forward(x)``, a base ``Layer`` keeping what every backward reads): then ``__call__``, as the file's own
    code calls its layers."""
    name = _method(cls, FORWARD)
    if name in (None, "__call__"):
        return name
    owner = next((k for k in cls.__mro__[:-1] if "__call__" in vars(k)), None)
    if owner is not None and name in _self_calls(vars(owner)["__call__"]):
        return "__call__"
    return name


def _self_calls(fn) -> set[str]:
    """The names of the methods ``fn``'s body calls on ``self`` (``self.forward(x)``); empty when unreadable."""
    if (tree := source_tree(fn)) is None:
        return set()
    return {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and isinstance(n.func.value, ast.Name) and n.func.value.id == "self"}


def _inherited_abstract(cls, name: str) -> bool:
    """Whether ``cls`` does not define ``name`` itself and inherits it from a base where it only raises
    NotImplementedError or does nothing (a course's base ``Transform`` whose ``backward`` is a docstring and
    ``pass``); a class's own method that raises is still its method: a container not finished."""
    return name not in vars(cls) and _abstract(getattr(cls, name))


@functools.lru_cache(maxsize=512)
def _abstract(fn) -> bool:
    """Whether ``fn``'s body is only ``raise NotImplementedError(...)`` (after a docstring or ``pass``), or nothing
    but a docstring and ``pass``: a method left for subclasses to write."""
    if (tree := source_tree(fn)) is None:
        return False
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], (ast.FunctionDef, ast.AsyncFunctionDef)) \
        else None
    if not body:
        return False
    rest = [st for st in body if not (isinstance(st, ast.Pass) or isinstance(st, ast.Expr)
                                      and isinstance(st.value, ast.Constant) and isinstance(st.value.value, str))]
    if not rest:
        return True
    if len(rest) != 1 or not isinstance(rest[0], ast.Raise) or rest[0].exc is None:
        return False
    exc = rest[0].exc.func if isinstance(rest[0].exc, ast.Call) else rest[0].exc
    return isinstance(exc, ast.Name) and exc.id == "NotImplementedError"


def _switched_off(fn) -> list:
    """What a layer's forward is given after its input for the arguments that switch dropout on, none else
    required (``forward(input, keep_rate)``: 1, its dropout off; see :data:`SWITCHED_OFF`)."""
    req = _required(fn) or []
    roles = [(classify(p.name) or ("",))[0] for p in req[1:]]
    return [SWITCHED_OFF[r] for r in roles] if roles and all(r in SWITCHED_OFF for r in roles) else []


SHARED_STORE = re.compile(r"(?:cache|caches|store|memo|ctx|context|tape|saved)(?:dict|dic|d)?")
"""The name of a store every layer of a pass is given (``forward(self, x, cachedict)``), squashed."""


def _shared_store(fn) -> bool:
    """Whether a layer's method requires, after its input (or upstream gradient), a store the layers of one pass
    share (``forward(x, cachedict)`` keeping ``cachedict[self.name] = x``, ``backward(dldy, cachedict)`` reading it
    back): the caller makes one dict for the pass and gives it to every layer, forward and backward."""
    req = _required(fn) or []
    return len(req) == 2 and SHARED_STORE.fullmatch(req[1].name.lower().replace("_", "")) is not None


def _required(fn, method: bool = True) -> list[inspect.Parameter] | None:
    """The required positional parameters of a method after ``self`` (of a module function, all of them)."""
    try:
        ps = list(inspect.signature(fn).parameters.values())[1 if method else 0:]
    except (TypeError, ValueError):
        return None
    return [p for p in ps if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]


def _positional(fn) -> int:
    try:
        ps = list(inspect.signature(fn).parameters.values())[1:]
    except (TypeError, ValueError):
        return 0
    return len([p for p in ps if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])


def _vars(obj) -> dict:
    try:
        return dict(vars(obj))
    except TypeError:
        return {}


HUNGARIAN = re.compile(r"[mvtlo](?=[A-Z])")
"""A type prefix of Hungarian notation (``mW`` a matrix, ``vB`` a vector, ``lLayers`` a list, ``oLayer`` an
object), dropped when the name alone is not known; never ``d`` (``dW`` is a gradient)."""


def _find(d: dict, names, pred) -> str | None:
    return next((k for k in d if isinstance(k, str) and _sq(k) in names and pred(d[k])), None) or next(
        (k for k in d if isinstance(k, str) and HUNGARIAN.match(k) and _sq(k[1:]) in names and pred(d[k])), None)


def _snapshot(value):
    return np.array(value, copy=True) if isinstance(value, np.ndarray) else value


class Slot:
    """Where a layer keeps one array: an attribute (``dict`` None) or a key of one of its dicts."""

    def __init__(self, attr: str, key: str | None = None) -> None:
        self.attr, self.key = attr, key

    def get(self, layer):
        v = getattr(layer, self.attr, None)
        return v.get(self.key) if self.key is not None and isinstance(v, dict) else v if self.key is None else None

    def set(self, layer, value) -> None:
        if self.key is None:
            setattr(layer, self.attr, value)
        else:
            getattr(layer, self.attr)[self.key] = value

    def name(self, cls: str) -> str:
        return f"{cls}.{self.attr}" + (f"[{self.key!r}]" if self.key is not None else "")


class FieldSlot(Slot):
    """An array held as a field of a parameter object (``self.weight = Parameter(data)``, the array in
    ``self.weight.data``, its gradient in ``self.weight.grad``: torch's convention written in NumPy)."""

    def __init__(self, attr: str, field: str = "data") -> None:
        super().__init__(attr)
        self.field = field

    def get(self, layer):
        return getattr(getattr(layer, self.attr, None), self.field, None)

    def set(self, layer, value) -> None:
        setattr(getattr(layer, self.attr), self.field, value)

    def name(self, cls: str) -> str:
        return f"{cls}.{self.attr}.{self.field}"


PARAMETER_FIELDS = ("data", "value", "val", "values", "tensor")
"""Where a parameter object holds its array (``Parameter(data)``, ``param(type, value, grad)``), its gradient
beside it in ``.grad``."""


def _field(v) -> str | None:
    """The field of a parameter object (not an array) that holds its array; None for anything else."""
    if isinstance(v, np.ndarray):
        return None
    return next((f for f in PARAMETER_FIELDS if isinstance(getattr(v, f, None), np.ndarray)), None)


def _parameter_objects(attrs: dict) -> dict:
    """{name: its array} of the attributes that are parameter objects holding an array (:data:`PARAMETER_FIELDS`)."""
    return {k: getattr(v, f) for k, v in attrs.items() if (f := _field(v)) is not None}


class FoldSlot(Slot):
    """The weight or the bias part of one matrix that holds both (the "bias trick": x gets a column of ones, at its
    end or its start, and the bias is the matrix's last or first row; a column when the matrix is (out, in + 1))."""

    def __init__(self, attr: str, key: str | None, part: str, side: str, wcol: bool) -> None:
        super().__init__(attr, key)
        self.part, self.side, self.wcol = part, side, wcol

    def _index(self, n: int):
        bias = slice(n - 1, n) if self.side == "last" else slice(0, 1)
        weight = slice(0, n - 1) if self.side == "last" else slice(1, n)
        return bias if self.part == "b" else weight

    def get(self, layer):
        M = super().get(layer)
        if not isinstance(M, np.ndarray) or M.ndim != 2:
            return M
        return M[:, self._index(M.shape[1])] if self.wcol else M[self._index(M.shape[0])]

    def set(self, layer, value) -> None:
        M = np.array(super().get(layer), dtype=np.float64, copy=True)
        if self.wcol:
            part = M[:, self._index(M.shape[1])]
            M[:, self._index(M.shape[1])] = np.asarray(value).reshape(part.shape)
        else:
            part = M[self._index(M.shape[0])]
            M[self._index(M.shape[0])] = np.asarray(value).reshape(part.shape)
        super().set(layer, M)


def split_folded(dM, side: str, wcol: bool):
    """(dW, db) of a folded matrix's gradient (see :class:`FoldSlot`)."""
    w, b = FoldSlot("", None, "W", side, wcol), FoldSlot("", None, "b", side, wcol)
    n = dM.shape[1] if wcol else dM.shape[0]
    return ((dM[:, w._index(n)], dM[:, b._index(n)]) if wcol else (dM[w._index(n)], dM[b._index(n)]))


def param_slots(layer, n_in: int, n_out: int, side: str = "last") -> tuple[Slot, Slot, bool] | None:
    """(weight slot, bias slot, wcol) of an affine layer built with (n_in, n_out); None when it holds none. A layer
    with one (n_in + 1, n_out) matrix and no bias holds its bias folded in (``side``: its last or first row)."""
    def is_w(v):
        return isinstance(v, np.ndarray) and v.shape in ((n_in, n_out), (n_out, n_in))

    def is_b(v):
        return isinstance(v, np.ndarray) and v.size == n_out and v.ndim in (1, 2)

    attrs = _vars(layer)
    places = [(None, attrs)] + [(k, v) for k, v in attrs.items() if isinstance(v, dict) and _sq(k) in PARAM_DICTS]
    places += [(k, v) for k, v in attrs.items() if isinstance(v, dict) and _sq(k) not in PARAM_DICTS and any(
        is_w(x) for x in v.values())]  # a dict of another name holding a weight of its sizes (dParams, in Hungarian)
    for where, d in places:
        w, b = _find(d, WEIGHT, is_w), _find(d, BIAS, is_b)
        if w and b:
            slot_w = Slot(w) if where is None else Slot(where, w)
            slot_b = Slot(b) if where is None else Slot(where, b)
            return slot_w, slot_b, d[w].shape == (n_out, n_in)
    objs = _parameter_objects(attrs)
    w, b = _find(objs, WEIGHT, is_w), _find(objs, BIAS, is_b)
    if w and b:
        return FieldSlot(w, _field(attrs[w])), FieldSlot(b, _field(attrs[b])), objs[w].shape == (n_out, n_in)
    for where, d in places:
        w = _find(d, WEIGHT, lambda v: isinstance(v, np.ndarray) and v.shape in ((n_in + 1, n_out), (n_out, n_in + 1)))
        if w and not _find(d, BIAS, lambda v: isinstance(v, np.ndarray)):
            wcol = d[w].shape == (n_out, n_in + 1)
            return (FoldSlot(w, None, "W", side, wcol) if where is None else FoldSlot(where, w, "W", side, wcol),
                    FoldSlot(w, None, "b", side, wcol) if where is None else FoldSlot(where, w, "b", side, wcol), wcol)
    ws = [k for k, v in attrs.items() if is_w(v)]  # under names of another language (gewichte, verzerrung): the
    bs = [k for k, v in attrs.items() if is_b(v) and k not in ws]  # one matrix of its sizes and the one bias
    if len(ws) == 1 and len(bs) == 1:
        return Slot(ws[0]), Slot(bs[0]), attrs[ws[0]].shape == (n_out, n_in)
    return None


def grad_arrays(layer, fold: tuple[str, bool] | None = None) -> tuple[object, object, str] | None:
    """(dW, db, where) a layer's backward stored: attributes or a gradient dict; None when there are none.
    ``fold`` (side, wcol): its bias is folded into its weight, and so is the one gradient it stores."""
    attrs = _vars(layer)
    arr = lambda v: isinstance(v, np.ndarray) or np.isscalar(v)  # noqa: E731 - db summed to one number
    dw = _find(attrs, [n for n in DWEIGHT if n not in WEIGHT] + ["weightgrad", "weightsgrad", "gradweight"], arr)
    db = _find(attrs, [n for n in DBIAS if n not in BIAS], arr)
    if fold and dw and np.ndim(attrs[dw]) == 2:
        dW, dB = split_folded(np.asarray(attrs[dw]), *fold)
        return dW, dB, f"{dw} (the bias its {fold[0]} {'column' if fold[1] else 'row'})"
    if dw and db:
        return attrs[dw], attrs[db], f"{dw}, {db}"
    w, b = _find(attrs, WEIGHT, arr), _find(attrs, BIAS, arr)
    for k, v in attrs.items():  # self.grad = (dc_dw, dc_db): a pair shaped like the weight and the bias
        if _sq(k) in GRAD_DICTS and isinstance(v, (tuple, list)) and len(v) == 2 and all(map(arr, v)) and w and b \
                and np.shape(v[0]) == np.shape(attrs[w]) and np.size(v[1]) in (np.size(attrs[b]), 1):
            return v[0], v[1], f"{k}[0], {k}[1]"
    held = _parameter_objects(attrs)
    objs = {k: v for k, v in attrs.items() if k in held and isinstance(getattr(v, "grad", None), np.ndarray)}
    w, b = _find(objs, WEIGHT, lambda v: True), _find(objs, BIAS, lambda v: True)
    if w and b:
        return objs[w].grad, objs[b].grad, f"{w}.grad, {b}.grad"
    # dParams last: a gradient dict in one file's naming (d for derivative), the parameters' own in Hungarian
    for k, v in sorted(attrs.items(), key=lambda kv: _sq(kv[0]) == "dparams"):
        if isinstance(v, dict) and _sq(k) in GRAD_DICTS:
            dw, db = _find(v, DWEIGHT + WEIGHT, arr), _find(v, DBIAS + BIAS, arr)  # keyed like the parameters
            if dw and db:
                return v[dw], v[db], f"{k}[{dw!r}], {k}[{db!r}]"
    return None


def _record_fields(result) -> dict | None:
    """The fields of a record a backward returns, by name: a named tuple's, a dataclass's or another object's
    attributes, or the two items of a ``(dx, {"W": dW, "b": db})`` pair (named ``[0]``, ``[1]``); None for anything
    else (an array, a plain list, a dict, a longer tuple)."""
    if isinstance(result, tuple) and hasattr(result, "_asdict"):
        return result._asdict()
    if isinstance(result, tuple):
        pair = len(result) == 2 and any(isinstance(v, dict) for v in result)
        return {f"[{k}]": v for k, v in enumerate(result)} if pair else None
    if not isinstance(result, (np.ndarray, list, dict)) and hasattr(result, "__dict__"):
        return vars(result)
    return None


class LayerObjects(StyleModel):
    style = "objects"
    mode = "gradients"

    def __init__(self, affine, acts: dict[str, type], hidden: str, loss=None, container=None) -> None:
        super().__init__()
        self.affine, self.acts, self.hidden = affine, acts, hidden
        self.act_cls = acts[hidden]
        self.loss, self.container = loss, container
        self.softmax = None  # the file's Softmax layer, when its loss layer takes probabilities
        self.mse: type | None = None  # the file's squared-error loss layer (judged alone: see MSE_LAYERS)
        self.mse_unmade = False  # the file makes its affine layers and no squared-error layer (judged off the path)
        self.softmax_skipped = False  # its backward loop passes over its softmax class (judged off the path)
        self.per_sample = False  # its layers' backward works on one sample only: judged a sample at a time
        self.per_sample_bias = False  # that, because on a batch its bias gradient had one row per sample
        self.reg_arg = ""  # the regularisation strength its layers' backward requires (passed the L2 checked)
        self.reg_built = ""  # the one its affine layer's constructor takes (weight_decay=0.0: passed the same)
        self.reg_default: tuple[str, float] | None = None  # that strength's non-zero default, which no call of the
        # file's passes (:func:`_unpassed_reg`): its layers built with it unless an L2 is checked
        self.dtype_built: tuple[str, str] | None = None  # (its constructor's dtype parameter, the dtype passed)
        self.own_loss = False  # composed with xval's softmax cross-entropy: the loss checked is that, not the file's
        self.loss_measured = None  # (coef, summed, how): its loss layer's value, a multiple of xval's cross-entropy
        self._pool: list | None = None  # the layers reused sample after sample (per-sample steps)
        self._slots: dict[int, list] = {}  # id(affine layer) -> its weight (and bias) slots, for a rate-taking backward
        self._inputs: dict[int, np.ndarray] = {}  # id(layer) -> the input its last forward was given
        self._outputs: dict[int, np.ndarray] = {}  # id(layer) -> what its last forward gave
        self._shared: dict = {}  # the store of one pass that layers taking one share (:func:`_shared_store`)
        self._implied: dict[int, tuple] = {}  # id(affine layer) -> (dW, db) implied by its own update
        self._returned: dict[int, tuple] = {}  # id(affine layer) -> (dW, db) its backward returned beside dx
        self.kept: dict[str, None] = {}  # "self.output": where a method that returned nothing kept its result
        self.rate_attr: str | None = None  # the rate a layer keeps (self.learning_rate), set to 1 for the check
        self.container_note = ""  # why a container the file defines was not used
        self.use_container = False
        self.layout = Layout(bias="row")
        self.a_fwd = _forward(affine)
        self.a_bwd = _method(affine, BACKWARD)
        self.h_fwd = _forward(self.act_cls)
        self.h_bwd = _method(self.act_cls, BACKWARD)
        self.loss_note = ""
        self.head = None  # (a loss function its own step calls, the index of the gradient in what it returns)
        self.style_warnings: list[str] = []  # what the result says beside the verdict (relayed with the loader's)
        self.grads_where = ""
        self.fold_side: str | None = None  # "last" | "first": the bias folded into the weight matrix (bias trick)
        self.fused: tuple[dict, dict, str] | None = None  # its activation built in (hidden kwargs, output kwargs, said)
        self.fused_alone: dict[str, tuple[dict, str]] = {}  # kind -> (kwargs, said): each activation it can be built
        # with, its dense layer judged alone with each but the composed one (a kit whose sigmoid layer is wrong though
        # its relu is right)
        self.optimizer: tuple[type, str, str] | None = None  # (class, update method, rate argument): its step
        self.untrained_bias: str | None = None  # the bias attribute a backward that trains only its weights leaves
        self.mean_in_layer = False  # its dense layer averages over the batch itself (dW = x.T @ dout / N)
        self.returned_order = "(dx, dW, db)"  # the order of the gradients its backward returns
        self.fwd_name = f"{affine.__name__}.{self.a_fwd}"
        self._backward_name = f"{affine.__name__}.{self.a_bwd}"

    # -- building
    def build(self, params) -> list:
        """Fresh layers for these params: [affine, act, ..., affine], xval's parameters put in (copies)."""
        self._implied.clear()
        self._returned.clear()
        if self._pool is not None and self._pool:  # one sample after another: the same layers, the weights reset
            for (W, b), layer in zip(params, self._pool[::2]):
                sw, sb = self._slots[id(layer)]
                sw.set(layer, self.layout.W(W))
                sb.set(layer, self.layout.b(b))
            return self._pool
        self._slots.clear()  # the layers of an earlier call are gone (and their ids may be reused)
        layers = []
        for i, (W, b) in enumerate(params):
            layers.append(self._dense(W, b, self.layer_kwargs(i < len(params) - 1)))
            if i < len(params) - 1:
                layers.append(self.call(f"{self.act_cls.__name__}()", self.act_cls))
        if self._pool is not None:
            self._pool = layers
        return layers

    def _dense(self, W, b, kw: dict):
        """One affine layer built with the keyword arguments ``kw``, holding ``W`` and ``b`` (copies, in the file's
        layout)."""
        n_in, n_out = W.shape
        name = f"{self.affine.__name__}({n_in}, {n_out})"
        reg = _built_reg(self.affine)  # Linear(n_in, n_out, weight_decay=0.0): the L2 checked (0 when none)
        if reg and (self.reg_given or not self.reg_default):  # (a non-zero default no call passes: left as it runs)
            kw = {**kw, reg: self.reg_given}
            self.reg_built = reg
        if typed := _built_dtype(self.affine):  # Linear(n_in, n_out, dtype=np.float32): its buffers in that dtype
            kw = {**kw, typed: W.dtype.type}
            self.dtype_built = (typed, W.dtype.name)
        layer = self.call(name, self.affine, n_in, n_out, *_built_with(self.affine), **kw)
        slots = param_slots(layer, n_in, n_out, self.fold_side or "last")
        if slots is None:
            raise SubmissionError(name, f"holds no weight of shape ({n_in}, {n_out}) or ({n_out}, {n_in}) "
                                  "and bias beside it")
        sw, sb, _ = slots
        sw.set(layer, self.layout.W(W))
        sb.set(layer, self.layout.b(b))
        self._slots[id(layer)] = [sw, sb]
        return layer

    def _fwd(self, layer, inp):
        cls = type(layer)
        is_aff = isinstance(layer, self.affine)
        m = self.a_fwd if is_aff else _forward(cls)
        self._inputs[id(layer)] = inp  # for a backward(input, grad_output)
        more = [self._shared] if _shared_store(getattr(cls, m)) else _switched_off(getattr(cls, m))
        out = self._kept(layer, self.call(f"{cls.__name__}.{m}", getattr(layer, m), inp, *more), KEPT_OUTPUTS,
                         getattr(cls, m), inp)
        self._outputs[id(layer)] = out  # for a backward(grad_output, outputs)
        return out

    def _bwd(self, layer, dout):
        cls = type(layer)
        m = _method(cls, BACKWARD) if not isinstance(layer, self.affine) else self.a_bwd
        fn = getattr(layer, m)
        store = (self._shared,) if _shared_store(getattr(cls, m)) else ()  # backward(dldy, cachedict): the store
        # its forward filled, after the upstream gradient
        inp = (self._inputs[id(layer)],) if not store and _takes_input(getattr(cls, m)) and id(layer) in \
            self._inputs else ()
        after = (self._inputs[id(layer)],) if not inp and _input_after(getattr(cls, m)) and id(layer) in self._inputs \
            else ()  # backward(grad_output, x)
        given_out = (self._outputs[id(layer)],) if not inp and _takes_output(getattr(cls, m)) and \
            self._outputs.get(id(layer)) is not None else ()
        takes_rate = _takes_rate(getattr(cls, m)) and (not inp or _input_and_rate(getattr(cls, m)))
        rate_attr = None if takes_rate or not isinstance(layer, self.affine) else _rate_attribute(layer)
        rate_global = None if takes_rate or rate_attr or not isinstance(layer, self.affine) else _rate_global(fn)
        reg = (self.reg_given,) if not inp and not store and _takes_reg(getattr(cls, m)) else ()
        if reg:
            self.reg_arg = _required(getattr(cls, m))[1].name
        if m == "backward_delta" and (acc := _method(cls, ACCUMULATE)):  # the module framework: its gradient first
            if callable(getattr(layer, "zero_grad", None)):
                self.call(f"{cls.__name__}.zero_grad", layer.zero_grad)
            self.call(f"{cls.__name__}.{acc}", getattr(layer, acc), *inp, dout)
        if store:
            after, given_out = (), ()
        if not takes_rate and rate_attr is None and rate_global is None:
            dx = self._split(layer, self.call(f"{cls.__name__}.{m}", fn, *inp, dout, *after, *reg, *given_out,
                                              *store))
            return self._kept(layer, dx, KEPT_INPUT_GRADIENTS, like=INPUT_GRADIENT)
        # backward(output_gradient, learning_rate), or a rate it keeps (self.learning_rate) or reads from its module:
        # it updates its own weights; the change at rate 1 is its gradient
        out = []
        self._at_unit_rate([layer], lambda: out.append(self.call(
            f"{cls.__name__}.{m}", fn, *inp, dout, *([LAYER_RATE] if takes_rate else []), *store)), given=takes_rate)
        return self._kept(layer, self._split(layer, out[0]), KEPT_INPUT_GRADIENTS, like=INPUT_GRADIENT)

    def _at_unit_rate(self, layers, run, given: bool = False) -> None:
        """``run()`` (a layer's backward, or a container's) with a rate each affine layer of ``layers`` steps its own
        weights at, kept on it or read from its module, set to :data:`LAYER_RATE` (``given``: the call passes that
        rate itself): each layer's change is then its gradient, kept in :attr:`_implied`."""
        fn = getattr(self.affine, self.a_bwd)
        rate_global = _rate_global(fn) if not given and not _takes_rate(fn) else None
        module = fn.__globals__ if rate_global else {}
        held = module.get(rate_global)
        before = {}
        for layer in layers:
            attr = _rate_attribute(layer) if not given and isinstance(layer, self.affine) else None
            if attr is not None:
                setattr(layer, attr, LAYER_RATE)
            if (given or attr or rate_global) and self._slots.get(id(layer)):
                slots = self._slots[id(layer)][:1] if self.fold_side else self._slots[id(layer)]
                before[id(layer)] = (layer, slots, [np.array(sl.get(layer), np.float64, copy=True) for sl in slots])
        if rate_global:
            module[rate_global] = LAYER_RATE
        try:
            run()
        finally:
            if rate_global:
                module[rate_global] = held
        for key, (layer, slots, old) in before.items():
            change = tuple((b0 - np.asarray(sl.get(layer), np.float64)) / LAYER_RATE for b0, sl in zip(old, slots))
            if given or any(np.any(c) for c in change):  # a kept rate another method uses: no change here
                self._implied[key] = change
                self.rate_attr = None if given else _rate_attribute(layer) or f"module's {rate_global}"

    def layer_kwargs(self, hidden: bool, kind: str | None = None) -> dict:
        """The keyword arguments of a hidden (or the output) layer's constructor: its activation when the layer
        applies its own (:func:`_fused`, :func:`_fused_classes`), an object built anew for this layer; with
        ``kind``, the activation of :attr:`fused_alone` the layer is judged alone with."""
        kw = self.fused_alone[kind][0] if kind else (self.fused[0] if hidden else self.fused[1]) if self.fused else {}
        return {k: self.call(repr(v), v.cls) if isinstance(v, Fresh) else v for k, v in kw.items()}

    def _split(self, layer, result):
        """dx of a backward that returns ``(dx, dW, db)`` or ``(dW, db, dx)`` (a parameterless layer ``(dx, 0, 0)``
        or ``([], [], dx)``), the two gradients kept for an affine layer; any other result as it is."""
        if isinstance(result, tuple) and len(result) == 3 and any(isinstance(r, np.ndarray) for r in result):
            # (dx, dW, db), or (dW, db, dx): dx has the shape of the input the forward was given
            shape = np.shape(self._inputs.get(id(layer)))
            at = [k for k, r in enumerate(result) if isinstance(r, np.ndarray) and np.shape(r) == shape]
            if not isinstance(layer, self.affine):  # (dx, 0, 0), or ([], [], dx): no parameters
                return result[at[0]] if len(at) == 1 else result[0]
            k = at[0] if len(at) == 1 else 0
            self._returned[id(layer)] = tuple(r for j, r in enumerate(result) if j != k)
            if k:
                self.returned_order = "(dW, db, dx)"
            return result[k]
        return self._unwrapped(layer, result)

    def _unwrapped(self, layer, result):
        """dx of a backward that returns a record of its results (a dataclass or named tuple ``BackwardResult(
        variable_grads={"W": dW, "b": db}, input_grads=dx)``): the one array of the input's shape; an affine
        layer's two gradients kept from the dict beside it (by the shapes of its weight and bias); any other
        result as it is."""
        fields = _record_fields(result)
        if not fields:
            return result
        shape = np.shape(self._inputs.get(id(layer)))
        dx = [k for k, v in fields.items() if isinstance(v, np.ndarray) and np.shape(v) == shape]
        if len(dx) != 1:
            return result
        if isinstance(layer, self.affine) and self._slots.get(id(layer)):
            shapes = [np.shape(sl.get(layer)) for sl in self._slots[id(layer)]]
            for k, v in fields.items():
                arrays = list(v.values()) if isinstance(v, dict) else []
                if len(arrays) == len(shapes) == 2 and all(isinstance(a, np.ndarray) for a in arrays):
                    by_shape = [next((a for a in arrays if np.shape(a) == s), None) for s in shapes]
                    if all(a is not None for a in by_shape) and by_shape[0] is not by_shape[1]:
                        self._returned[id(layer)] = tuple(by_shape)
                        self.returned_order = f"a {type(result).__name__} (dx its {dx[0]}, the gradients its {k})"
        return fields[dx[0]]

    def _kept(self, layer, result, names, method=None, given=None, like=None):
        """``result``, or when the method returned nothing, the first array the layer keeps under one of ``names``
        (:data:`KEPT_OUTPUTS`, :data:`KEPT_INPUT_GRADIENTS`), else the last array ``method`` assigns to an attribute
        that is not the input it was ``given`` (``self.salida = x @ self.pesos + self.sesgos`` after ``self.entrada =
        x``); its name noted for the "read as" line."""
        if result is not None:
            return result
        name = next((n for n in names if isinstance(getattr(layer, n, None), np.ndarray)), None)
        if name is None and like is not None:  # a name of that shape (self.deriv_inputs, self.grad_wrt_input)
            name = next((n for n, v in _vars(layer).items() if isinstance(v, np.ndarray) and like.fullmatch(_sq(n))),
                        None)
        if name is None and method is not None:
            name = next((n for n in reversed(_assigned_attributes(method)) if isinstance(
                getattr(layer, n, None), np.ndarray) and getattr(layer, n) is not given), None)
        if name is None:
            return None
        self.kept.setdefault(f"self.{name}", None)
        return getattr(layer, name)

    def _grads(self, layer):
        """(dW, db, where) of an affine layer's backward: what it stored, or the change it made to its weights."""
        if id(layer) in self._returned:
            dW, db = self._returned[id(layer)]
            if self.fold:
                dW, db = split_folded(dW, *self.fold)
            return dW, db, f"{self.a_bwd} return value, {self.returned_order}"
        found = grad_arrays(layer, self.fold)
        if found is None and not self.fold:
            found = _written_like_parameters(layer, getattr(type(layer), self.a_bwd, None),
                                             (self._inputs.get(id(layer)), self._outputs.get(id(layer))))
        if found is None and self.untrained_bias:  # its backward gives the bias nothing: a zero change, as it trains
            attrs = _vars(layer)
            dw = _find(attrs, [n for n in DWEIGHT if n not in WEIGHT], lambda v: isinstance(v, np.ndarray))
            if dw:  # (db None: read as zero in the step, and not judged alone)
                return attrs[dw], None, f"{dw} (no bias gradient: its {self.untrained_bias} never trained)"
        if found is None and id(layer) in self._implied:
            dW, db = self._implied[id(layer)]
            if self.fold:
                dW, db = split_folded(dW, *self.fold)
            bwd = getattr(self.affine, self.a_bwd)
            store = f", {_required(bwd)[1].name}" if _shared_store(bwd) else ""  # backward(dldy, cachedict)
            how = (f"{self.a_bwd}(dout{store}) with its {self.rate_attr} set to 1" if self.rate_attr
                   else f"{self.a_bwd}(x, dout, learning_rate)" if _input_and_rate(getattr(self.affine, self.a_bwd))
                   else f"{self.a_bwd}(dout, learning_rate)")
            return dW, db, f"update by its {how} (the change at rate 1)"
        return found

    def _optimizer_step(self, affines, params) -> list:
        """The gradient each affine layer is stepped with: the change the file's optimizer makes to its weights at
        learning rate :data:`LAYER_RATE`, a fresh optimizer each step (its first step: no momentum yet, no decay),
        read in place of the gradients the layers keep, since it is what trains them."""
        cls, update, rate = self.optimizer
        name = cls.__name__
        opt = self.call(f"{name}({rate}={LAYER_RATE:g})", cls, **{rate: LAYER_RATE})
        if callable(getattr(opt, "pre_update_params", None)):
            self.call(f"{name}.pre_update_params", opt.pre_update_params)
        stepped = []
        for (W, b), layer in zip(params, affines):
            slots = self._slots[id(layer)]
            before = [np.array(sl.get(layer), np.float64) for sl in slots]
            self.call(f"{name}.{update}", getattr(opt, update), layer)
            dW, db = ((b0 - np.asarray(sl.get(layer), np.float64)) / LAYER_RATE for b0, sl in zip(before, slots))
            where = f"{name}.{update}"
            stepped.append((self.layout.grad_W(dW, W, f"dW{len(stepped) + 1}", where),
                            self.layout.grad_b(db, b, f"db{len(stepped) + 1}", where)))
        return stepped

    def _run_forward(self, params, x, given=None, x_in=None):
        """(layers, zs, activations) of one pass; each value kept as it was returned (a copy: an activation layer
        that works in place on its input must not change the pre-activation xval reads)."""
        lay = self.layout
        layers = self.build(params)
        zs, acts = [], []
        if self.fused and given is not None:  # its layers take no pre-activation from outside
            raise NoGiven(self.fwd_name)
        a = lay.x(x) if x_in is None else x_in
        self._shared = {}  # a fresh store for each pass, as the file's loop makes one (cachedict = {})
        for k, layer in enumerate(layers):
            if k % 2 == 0:
                inp = a if given is None else lay.act(given[1][k // 2])
                a = self._fwd(layer, inp)
                zs.append(None if self.fused and k < len(layers) - 1 else _snapshot(a))
            else:
                inp = a if given is None else lay.act(given[0][k // 2])
                a = self._fwd(layer, inp)
                acts.append(_snapshot(a))
        return layers, zs, acts

    def _through_container(self, params, x):
        """Fresh layers in the file's container: (layers, scores, the container)."""
        layers = self.build(params)
        name = self.container.__name__
        adder = _adder(self.container)
        if adder:  # model = Sequential(); model.add(Dense(...)): an empty container, then each layer added
            net = self.call(f"{name}()", self.container)
            for attr, value in vars(self.container).items():  # a layer list kept on the class: this model's own
                if isinstance(value, list) and not attr.startswith("__"):
                    setattr(net, attr, [])
            for layer in layers:
                self.call(f"{name}.{adder}", getattr(net, adder), layer)
        elif _star(self.container.__init__):
            net = self.call(f"{name}(*layers)", self.container, *layers)
        else:
            net = self.call(f"{name}(layers)", self.container, layers)
        cf = _forward(self.container)
        self._shared = {}
        store = (self._shared,) if _shared_store(getattr(self.container, cf)) else ()
        return layers, self.call(f"{name}.{cf}", getattr(net, cf), self.layout.x(x), *store), net

    def _xval(self, zs, acts, batch):
        name, lay = self.fwd_name, self.layout
        zx = [None if z is None else lay.out(z, batch, f"z{k + 1}", name) for k, z in enumerate(zs)]
        ax = [lay.out(a, batch, f"a{k + 1}", f"{self.act_cls.__name__}.{self.h_fwd}") for k, a in enumerate(acts)]
        return zx, ax + [None]

    def forward(self, params, x):
        x_call = self.layout.x(x)
        _, zs, acts = self._run_forward(params, x, x_in=x_call)
        zx, ax = self._xval(zs, acts, len(x))
        return zx, [x, *ax], ([] if same(x_call, self.layout.x(x)) else ["x"])

    def loss_grad(self, scores, y, n_classes: int):
        """dL/dscores in the file's layout: its loss layer's backward() (through its Softmax layer's backward when
        the loss takes probabilities), else xval's mean softmax cross-entropy."""
        return self._loss(scores, y, n_classes)[1]

    def _loss(self, scores, y, n_classes: int):
        """(the loss value the file's loss layer returned, or None; dL/dscores) in the file's layout."""
        lay = self.layout
        if self.head is not None:  # the function its own step computes the loss gradient with
            fn, index = self.head
            out = self.call(fn.__name__, fn, scores, lay.y(y, n_classes))
            if index is None:
                return None, out
            if not isinstance(out, tuple) or len(out) != 2:
                raise SubmissionError(fn.__name__, "did not return (loss, gradient) as on the probe batch")
            return out[1 - index], out[index]
        if self.loss is not None:
            cls = self.loss.__name__
            obj = self.call(f"{cls}()", self.loss)
            f = _forward(self.loss)
            b = _method(self.loss, BACKWARD)
            sm = None
            if self.softmax is not None:  # as a layer of the chain: a backward(input, grad) given its input
                sm = self.call(f"{self.softmax.__name__}()", self.softmax)
                scores = self._fwd(sm, scores)
            value = self.call(f"{cls}.{f}", getattr(obj, f), scores, lay.y(y, n_classes))
            g = self._kept(obj, self.call(f"{cls}.{b}", getattr(obj, b)), KEPT_INPUT_GRADIENTS,
                           like=INPUT_GRADIENT)
            return value, g if sm is None else self._bwd(sm, g)
        g = _shortcut(np.asarray(lay.out(scores, len(y), "scores", self.fwd_name), np.float64), y)
        return None, lay.act((g / len(y)).astype(np.asarray(scores).dtype))

    def step(self, params, x, y, lr, given=None):
        if self.per_sample and len(x) > 1 and given is None:  # from the same weights: the mean of their gradients
            self._pool = []  # built once, the weights put back before each sample
            try:
                return mean_step(params, lr, [self.step(params, x[i:i + 1], y[i:i + 1], lr) for i in range(len(x))])
            finally:
                self._pool = None
        lay = self.layout
        layers, zs, acts = self._run_forward(params, x, given)
        n_classes = params[-1][0].shape[1]
        net = None
        if self.use_container and given is None:  # the values above from the layers, the gradients through it
            layers, scores, net = self._through_container(params, x)
            g = self.loss_grad(scores, y, n_classes)
        else:
            g = self.loss_grad(zs[-1], y, n_classes)
        if self.mean_in_layer and self.own_loss:  # its layers take the mean: the loss gradient is the batch's sum
            g = g * len(x)
        if net is not None:
            cb = _method(self.container, BACKWARD)
            store = (self._shared,) if _shared_store(getattr(self.container, cb)) else ()
            net_input = (self.layout.x(x),) if not store and _takes_input(getattr(self.container, cb)) else ()
            self._at_unit_rate(layers[::2], lambda: self.call(f"{self.container.__name__}.{cb}", getattr(net, cb),
                                                              *net_input, g, *store))
        else:
            for layer in reversed(layers):
                g = self._bwd(layer, g)
        grads = []
        for i, layer in enumerate(layers[::2]):
            W, b = params[i]
            found = self._grads(layer)
            name = self._backward_name
            if found is None:
                raise XvalLimit(name, "stored no gradients xval can find (dW/db, grad_W/grad_b, dweights/dbias, or a "
                                "grads dict) and made no update it could read")
            dW, db, self.grads_where = found
            grads.append((lay.grad_W(dW, W, f"dW{i + 1}", name),
                          np.zeros_like(b) if db is None else lay.grad_b(db, b, f"db{i + 1}", name)))
        if self.optimizer is not None:
            grads = self._optimizer_step(layers[::2], params)
        if given is not None:
            zx, ax = [np.asarray(z, np.float64) for z in given[0]], [np.asarray(a, np.float64) for a in given[1][1:]]
        else:
            zx, ax = self._xval(zs, acts, len(x))
        return finish_step(params, lr, zx, [x, *ax], [], grads=grads)

    @property
    def fold(self) -> tuple[str, bool] | None:
        return (self.fold_side, self.layout.wcol) if self.fold_side else None

    # -- each layer class on its own (the judge compares with the oracle's vector-Jacobian product)
    @property
    def layer_kinds(self) -> list[str]:
        """The layers :func:`xval.reports.check.layercheck.check_layers` checks alone: the affine class, every
        activation class the judge knows (:data:`ALONE`: the file's softmax layer too), the loss layer."""
        return ["affine", *[k for k in ALONE if k in self.acts and not self.fused],
                *[f"dense_{k}" for k in self.judged_alone],
                *(["softmax_loss"] if self.loss is not None and self.softmax is None and not self.mean_in_layer
                  else []),  # beside dense layers that take the mean, its scale is the pair's: judged composed
                *(["mse_loss"] if self.mse is not None else [])]

    @property
    def loss_layer(self) -> str:
        """The name of the file's cross-entropy loss layer its layers are composed with ("" when xval's own ends
        them): the loss checked is that one, whatever other loss the file defines and uses."""
        return "" if self.loss is None or self.own_loss else self.loss.__name__

    @property
    def off_path(self) -> list[str]:
        """Layers judged alone whose backward the composed network never calls: the file's softmax class beside a
        loss layer that takes the scores and gives their gradient itself (``Softmax_Loss.backward``: p - y), whose
        forward may use the softmax class's but not its backward; a squared-error loss class the file never makes
        (``MeanSquaredError`` beside the ``BinaryCrossentropy()`` it trains with). What that backward gets wrong is
        said as a warning: it is not on the path of any gradient the file trains with. So is the softmax class's
        when the file's backward loop passes over it (``if isinstance(layer, Softmax): continue``, the gradient at
        the scores coming from a softmax cross-entropy function)."""
        beside_loss = self.loss is not None and self.softmax is None and self.head is None
        return (["softmax"] if "softmax" in self.layer_kinds and (beside_loss or self.softmax_skipped) else []) \
            + (["mse_loss"] if self.mse_unmade else [])

    @property
    def judged_alone(self) -> list[str]:
        """The activations of :attr:`fused_alone` its dense layer is judged alone with: all but the one the
        composed network uses (that one the composed check judges, with its family's diagnoses)."""
        return [k for k in DENSE if k in self.fused_alone and k != self.hidden]

    @property
    def layer_names(self) -> dict[str, tuple[str, str]]:
        out = {"affine": (self.fwd_name, self._backward_name)}
        for kind, (_, said) in self.fused_alone.items():  # Layer(n_in, n_out, act=Sigmoid()).backward
            built = f"{self.affine.__name__}(..., {said})"
            out[f"dense_{kind}"] = (f"{built}.{self.a_fwd}", f"{built}.{self.a_bwd}")
        for kind, cls in self.acts.items():
            out[kind] = (f"{cls.__name__}.{_forward(cls)}", f"{cls.__name__}.{_method(cls, BACKWARD)}")
        for kind, cls in (("softmax_loss", self.loss), ("mse_loss", self.mse)):
            if cls is not None:
                out[kind] = (f"{cls.__name__}.{_forward(cls)}", f"{cls.__name__}.{_method(cls, BACKWARD)}")
        return out

    def layer_call(self, layer: str, args: list) -> dict:
        """One layer object's forward and backward on the judge's inputs, in xval's layout (x (N, D), w (D, M),
        b (1, M)): ``affine`` (x, w, b, dout) -> out, dx, dw, db; an activation (x, dout) -> out, dx;
        ``softmax_loss`` (scores, y) -> loss, dx. A fresh object each time; the file's orientation both ways."""
        lay, names = self.layout, self.layer_names
        if self.per_sample and len(args[0]) > 1 and layer != "softmax_loss":  # one sample at a time, then stacked
            rows = [self.layer_call(layer, [a[i:i + 1] if k in (0, len(args) - 1) else a for k, a in enumerate(args)])
                    for i in range(len(args[0]))]
            return {k: np.concatenate([r[k] for r in rows]) if k in ("out", "dx") else
                    np.sum([r[k] for r in rows], axis=0) for k in rows[0]}  # dw, db: the sum of theirs (a VJP)
        if layer == "affine" or layer.removeprefix("dense_") in self.fused_alone:
            x, W, b, dout = args
            obj = self.build([(W, b)])[0] if layer == "affine" else \
                self._dense(W, b, self.layer_kwargs(True, layer.removeprefix("dense_")))
            out = self._fwd(obj, lay.x(x))
            dx = self._bwd(obj, lay.act(dout))
            found = self._grads(obj)
            if found is None:
                raise SubmissionError(self._backward_name, "stored no gradients xval can find")
            fwd, bwd = names[layer]
            k = len(x) if self.mean_in_layer else 1  # the mean it takes, undone: its VJP is judged
            got = {"out": lay.out(out, len(x), "out", fwd), "dx": lay.out(dx, len(x), "dx", bwd),
                   "dw": lay.grad_W(found[0], W, "dw", bwd) * k}
            if found[1] is not None:  # (a bias it never trains: the composed check names it not-updated)
                got["db"] = lay.grad_b(found[1], b, "db", bwd) * k
            return got
        if layer in self.acts and layer in ALONE:
            x, dout = args
            cls = self.acts[layer]
            obj = self.call(f"{cls.__name__}()", cls)
            out = self._fwd(obj, lay.act(x))
            dout_in = lay.act(dout)
            dx = self._bwd(obj, dout_in.copy())
            fwd, bwd = names[layer]
            if layer == "softmax" and same(dx, dout_in):  # a pass-through paired with its loss's p - y
                return {"out": lay.out(out, len(x), "out", fwd)}
            return {"out": lay.out(out, len(x), "out", fwd), "dx": lay.out(dx, len(x), "dx", bwd)}
        if layer == "softmax_loss" and self.loss is not None and self.softmax is None:
            scores, y = args
            fwd, bwd = names[layer]
            obj = self.call(f"{self.loss.__name__}()", self.loss)
            loss = self.call(fwd, getattr(obj, fwd.split(".")[1]), lay.act(scores), lay.y(y, scores.shape[1]))
            dx = self._kept(obj, self.call(bwd, getattr(obj, bwd.split(".")[1])), KEPT_INPUT_GRADIENTS,
                            like=INPUT_GRADIENT)
            return {"dx": lay.out(dx, len(scores), "dx", bwd),  # a softmax layer taking the labels: no loss value
                    **({} if loss is None else {"loss": _loss_value(loss, fwd)})}
        if layer == "mse_loss" and self.mse is not None:
            pred, target = (lay.act(a) for a in args)
            fwd, bwd = names[layer]
            obj = self.call(f"{self.mse.__name__}()", self.mse)
            forward, backward = fwd.split(".")[1], bwd.split(".")[1]  # backward() or backward(pred, target)
            loss = self.call(fwd, getattr(obj, forward), *_loss_order(getattr(self.mse, forward), pred, target))
            given = _loss_order(getattr(self.mse, backward), pred, target) if _required(
                getattr(self.mse, backward)) else ()
            dx = self._kept(obj, self.call(bwd, getattr(obj, backward), *given), KEPT_INPUT_GRADIENTS,
                            like=INPUT_GRADIENT)  # (returned, or kept as self.dinputs)
            return {"loss": _loss_value(loss, fwd), "dx": lay.out(dx, len(args[0]), "dx", bwd)}
        raise SubmissionError(layer, "not a layer of this file xval checks")


def _activation_word(name: str) -> str:
    """A class name without the words that say it is an activation layer (``Activation_ReLU``, ``ReLULayer``,
    ``Act_ReLU``, ``SigmoidActivation``, ``nn_softmax_layer``): what :data:`ACTIVATIONS` looks up."""
    word = _sq(name).removesuffix("layer")
    if word.startswith("nn") and word[2:] in ACTIVATIONS:  # nn_softmax_layer, NNReLU: a kit's prefix
        return word[2:]
    for affix in ("activation", "act"):
        if word.startswith(affix) or word.endswith(affix):
            return word.removeprefix(affix) if word.startswith(affix) else word.removesuffix(affix)
    return word


def _activation_classes(classes, namespace: dict | None = None) -> dict[str, type]:
    out = {}
    for cls in classes:
        kind = ACTIVATIONS.get(_activation_word(cls.__name__))
        if kind and kind not in out and _forward(cls) and _method(cls, BACKWARD) \
                and _required(cls.__init__) in ([], None):
            out[kind] = cls
    for cls in classes:  # an activation layer by a name that says only that (nn_activation_layer): by what it does
        stem = _sq(cls.__name__).removesuffix("layer").removeprefix("nn")
        if stem in GENERIC_ACTIVATIONS and _required(cls.__init__) in ([], None) and _forward(cls) \
                and _method(cls, BACKWARD) and (kind := _computes(cls)) and kind not in out:
            out[kind] = cls
    for cls in classes:  # ActivationLayer(activation, activation_prime): bound to each pair of the file's own
        req = _required(cls.__init__)
        if _sq(cls.__name__).removesuffix("layer") in GENERIC_ACTIVATIONS and req is not None and len(req) == 2 \
                and _forward(cls) and _method(cls, BACKWARD):
            pairs = _function_pairs(namespace or {})
            for kind, f, df in pairs:
                if kind not in out and _runs_on_arrays(f, kind):
                    out[kind] = _bound(cls, f, df)
            if not pairs and not out and not _activation_functions(namespace or {}):
                out["relu"] = _bound(cls, xval_relu, xval_relu_prime)  # a kit's file of layers alone: xval's pair
    return out


def xval_relu(z):
    """xval's ReLU, given to a file's generic activation layer when the file has no activation function."""
    return np.maximum(z, 0.0)


def xval_relu_prime(z):
    """ReLU'(z) = 1 for z > 0, else 0 (0 at 0, the notebook's)."""
    return (np.asarray(z) > 0).astype(np.float64)


def _activation_functions(namespace: dict) -> list[str]:
    """The file's own functions named as an activation (``sigmoid``, ``tanh``), softmax aside."""
    return [k for k, v in namespace.items()
            if inspect.isfunction(v) and ACTIVATIONS.get(_sq(k)) not in (None, "softmax")]


def _runs_on_arrays(f, kind: str) -> bool:
    """Whether the file's activation function ``f`` computes ``kind`` on a 2-D probe array: not one written for a
    lone number (``if x < 0: return 0``), which a layer chain cannot use on a batch."""
    if kind not in REFERENCE:
        return True  # (leaky ReLU: its slope is the file's)
    return _probed_activation(Guard(), getattr(f, "__name__", kind), lambda: f) == kind


def _computes(cls: type) -> str | None:
    """The activation (relu, sigmoid, tanh) a weightless layer class's forward computes on a probe, or None."""
    guard = Guard()  # the file's code, called as every call of it is (its output kept, numpy's names restored)
    return _probed_activation(guard, f"{cls.__name__}.{_forward(cls)}",
                              lambda: getattr(guard.call(f"{cls.__name__}()", cls), _forward(cls)))


def _probed_activation(guard: Guard, name: str, made) -> str | None:
    """The activation of :data:`REFERENCE` that the callable ``made()`` gives computes on a 2-D probe array, or None
    (also when making or calling it raises: what does not run is none of them)."""
    z = np.random.default_rng(3).standard_normal((7, 6))
    try:
        out = np.asarray(guard.call(name, made(), z.copy()), np.float64)
    except (SubmissionError, XvalLimit, TypeError, ValueError):
        return None
    return next((k for k, f in REFERENCE.items() if out.shape == z.shape and np.allclose(out, f(z), rtol=1e-6,
                                                                                         atol=1e-9)), None)


class OwnReLU:
    """xval's ReLU between the layers of a file whose only layer is an affine class (a layer kit's file of one
    layer, no activation of its own): that layer is checked composed into the notebook's model."""

    def forward(self, x):
        self.gate = np.asarray(x) > 0
        return np.where(self.gate, x, 0.0)

    def backward(self, dout):
        return np.where(self.gate, dout, 0.0)


OwnReLU.__name__ = "ReLU"  # (its name where the result names the layers' classes)


class Through:
    """xval's pass-through between layers that apply their own activation (see :func:`_fused`)."""

    def forward(self, x):
        return x

    def backward(self, dout):
        return dout


FUSED_ARGS = ("activation", "activationfunction", "activationfn", "activationfunc", "act", "actfn", "actfunc",
              "nonlinearity", "func", "function", "activate", "afunc")
FUSED_PRIMES = ("activationprime", "activationderivative", "activationderiv", "activationgrad", "actprime",
                "actderivative", "actderiv", "dactivation", "dact", "derivative", "prime", "funcprime", "dfunc",
                "activationdiff")
IDENTITY_WORDS = ("linear", "identity", "none")


def _mentions(sm: SourceMap, name: str, cls: str) -> tuple[int, int]:
    """How often the file's calls of ``cls``, then its code anywhere (top level included), pass or name ``name``
    (as a name, or a string)."""
    def said(n) -> bool:
        return (isinstance(n, ast.Name) and n.id == name or isinstance(n, ast.Constant) and n.value == name
                or isinstance(n, ast.Call) and getattr(n.func, "id", None) == name)  # ReLU() passed built
    return (sum(1 for a in _call_arguments(sm, cls) if said(a)),
            sum(1 for tree in sm.trees for n in ast.walk(tree) if said(n)))


def _call_arguments(sm: SourceMap, cls: str) -> list[ast.AST]:
    """Every argument, positional or keyword, of the file's calls of ``cls`` (``Dense(128, 10, "linear")``)."""
    return [a for tree in sm.trees for c in ast.walk(tree) if isinstance(c, ast.Call)
            and getattr(c.func, "id", getattr(c.func, "attr", None)) == cls
            for a in [*c.args, *(k.value for k in c.keywords)]]


def _strings(nodes) -> set[str]:
    """The string constants among ``nodes``."""
    return {n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _class_strings(cls, sm: SourceMap) -> set[str]:
    """The strings the class's code writes (``if self.activation == "relu"``)."""
    node = sm.defs.get(cls.__name__)
    return _strings(ast.walk(node)) if node is not None else set()


def _names_activations(cls, sm: SourceMap) -> list[str]:
    """The activation names among the class's strings (:func:`_class_strings`), sorted."""
    return [w for w in sorted(_class_strings(cls, sm)) if ACTIVATIONS.get(_sq(w)) not in (None, "softmax")]


def _activation_parameter(cls):
    """(the constructor's activation parameter, its derivative parameter or None) after the two sizes and what
    :func:`_built_with` gives (``Layer(n_in, n_out, relu, relu_prime)``), or None when it takes no activation."""
    try:
        ps = list(inspect.signature(cls.__init__).parameters.values())[1:]
    except (TypeError, ValueError):
        return None
    extra = ps[2 + len(_built_with(cls)):]
    f_arg = next((p for p in extra if _sq(p.name) in FUSED_ARGS), None)
    return None if f_arg is None else (f_arg, next((p for p in extra if _sq(p.name) in FUSED_PRIMES), None))


def _fused(cls, namespace: dict, sm: SourceMap) -> tuple[str, dict, dict, str] | None:
    """An affine class built with its activation (``Layer(n_in, n_out, relu, relu_prime)``, ``Dense(n_in, n_out,
    activation='tanh')``): (the hidden kind, the keyword arguments of a hidden layer, those of the output layer,
    the words that say so), or None. The hidden activation is the one the file's own calls of the class pass most
    (then the one it names most); the output layer is built with none (the argument's default None, or a 'linear'
    / 'identity' / 'none' its class knows), so its output is the scores."""
    if (args := _activation_parameter(cls)) is None:
        return None
    f_arg, d_arg = args
    if f_arg.default is None and (d_arg is None or d_arg.default is None):
        out_kw = {}
    else:  # a name its class knows, or one the file's own calls pass (Dense(128, 10, "linear"))
        known = _class_strings(cls, sm) | _strings(_call_arguments(sm, cls.__name__))
        ident = next((w for w in sorted(known) if w.lower() in IDENTITY_WORDS), None)
        if ident is None:
            return None
        out_kw = {f_arg.name: ident}
    named = _names_activations(cls, sm)
    pairs = _function_pairs(namespace)
    if named and (d_arg is None or d_arg.default is not None):  # the class compares its argument with names
        word = max(named, key=lambda w: _mentions(sm, w, cls.__name__))
        kind, hidden_kw, said = ACTIVATIONS[_sq(word)], {f_arg.name: word}, f"{f_arg.name}={word!r}"
        alone = {ACTIVATIONS[_sq(w)]: ({f_arg.name: w}, repr(w)) for w in named}
    elif pairs:  # it calls what it is given: the file's own function (and derivative)
        kind, f, df = max(pairs, key=lambda t: _mentions(sm, t[1].__name__, cls.__name__))
        hidden_kw = {f_arg.name: f, **({d_arg.name: df} if d_arg is not None else {})}
        said = f"{f_arg.name}={f.__name__}" + (f", {d_arg.name}={df.__name__}" if d_arg is not None else "")
        alone = {k: ({f_arg.name: g, **({d_arg.name: dg} if d_arg is not None else {})}, g.__name__)
                 for k, g, dg in pairs}
    else:
        return None
    out_said = ", ".join(f"{k}={v!r}" for k, v in out_kw.items()) or "no activation"
    return kind, hidden_kw, out_kw, (f"its activation built in: {cls.__name__}(n_in, n_out, {said}) for each hidden "
                                     f"layer, {cls.__name__}(n_in, n_out) with {out_said} for the scores"), alone


def _fused_by_name(cls, namespace: dict, sm: SourceMap):
    """:func:`_fused` for a class that must be given its activation (a required argument) and names it as strings
    (``Dense(784, 128, "relu")``), though the file has activation classes too; None otherwise."""
    req = _required(cls.__init__) or []
    if len(req) == 3 and _sq(req[2].name) in FUSED_ARGS and _names_activations(cls, sm):
        return _fused(cls, namespace, sm)
    return None


class Fresh:
    """A constructor argument built anew for each layer xval builds (an activation object a layer keeps its cache
    in: one shared by two layers would mix their caches)."""

    def __init__(self, cls) -> None:
        self.cls = cls

    def __repr__(self) -> str:
        return f"{self.cls.__name__}()"


def _calls_argument(cls, name: str) -> bool:
    """Whether ``cls.__init__`` calls its argument ``name`` (``self.activation = activation()``: given a class)."""
    if (tree := source_tree(cls.__init__)) is None:
        return False
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name for n in ast.walk(tree))


def _activation_argument(cls, act_cls, name: str):
    """What ``cls(n_in, n_out, <name>=...)`` is given for the activation class ``act_cls``: the class when its
    constructor builds the object itself, else an object built for each layer (:class:`Fresh`)."""
    return act_cls if _calls_argument(cls, name) else Fresh(act_cls)


def _identity_like(act_cls) -> type:
    """xval's identity activation with the method names of the file's ``act_cls`` (forward and backward pass their
    argument through; a backward that takes the activation's input or output beside the upstream gradient,
    ``backward(z, grad)``, passes the gradient): what the output layer is built with, so that it gives the scores."""
    f, b = _forward(act_cls), _method(act_cls, BACKWARD)
    roles = _roles(getattr(act_cls, b))
    k = next((i for i, r in enumerate(roles) if r in ("dout", "grads")), 1 if len(roles) == 2 and roles[0] in (
        "x", "zs", "z", "a", "acts", "probs") else 0)
    return type("Identity", (), {f: lambda self, x, *a, **kw: x, b: lambda self, *a, **kw: a[k]})


def _fused_classes(cls, acts: dict[str, type], sm: SourceMap) -> tuple[str, dict, dict, str] | None:
    """An affine class built with an activation object of the file's classes (``Dense(n_in, n_out, ReLU)`` whose
    constructor makes ``activation()``, or ``Dense(n_in, n_out, activation=Tanh())``): as :func:`_fused`, the hidden
    class the one the file's calls of ``cls`` pass most (ReLU when none), the output layer built with xval's
    identity (its output the scores, xval's softmax cross-entropy after it). None when the constructor takes no
    activation argument, or takes one it may go without and the file never passes one of its classes."""
    args = _activation_parameter(cls)
    kinds = {k: c for k, c in acts.items() if k != "softmax"}
    if args is None or not kinds or _names_activations(cls, sm):
        return None  # (a class that compares its argument with 'relu' is given a name: :func:`_fused`)
    f_arg = args[0]
    passed = {k: _mentions(sm, c.__name__, cls.__name__)[0] for k, c in kinds.items()}
    if f_arg.default is not inspect.Parameter.empty and not any(passed.values()):
        return None
    kind = max(kinds, key=lambda k: (passed[k], k == "relu"))
    built = {k: _activation_argument(cls, c, f_arg.name) for k, c in kinds.items()}
    out = _activation_argument(cls, _identity_like(kinds[kind]), f_arg.name)
    words = {k: repr(v) if isinstance(v, Fresh) else v.__name__ for k, v in built.items()}
    return kind, {f_arg.name: built[kind]}, {f_arg.name: out}, (
        f"its activation built in: {cls.__name__}(n_in, n_out, {f_arg.name}={words[kind]}) for each hidden layer, "
        f"{cls.__name__}(n_in, n_out) with xval's identity for the scores"), {
        k: ({f_arg.name: v}, words[k]) for k, v in built.items()}


GENERIC_ACTIVATIONS = ("activation", "act", "nonlinearity", "activationfunction")
"""Names of a layer class built with an activation function and its derivative (``ActivationLayer(sigmoid,
sigmoid_prime)``): xval builds it with the file's own pairs."""
DERIVATIVE_NAMES = ("{}prime", "{}derivative", "{}deriv", "{}der", "{}grad", "{}gradient", "{}backward", "d{}",
                    "derivative{}", "deriv{}", "{}d")


def _function_pairs(namespace: dict) -> list[tuple[str, object, object]]:
    """(kind, f, f') for each activation function of the file with a derivative beside it (``sigmoid`` and
    ``sigmoid_prime``, ``tanh`` and ``tanh_derivative``); a softmax has none that a layer chain could use."""
    fns = {_sq(n): v for n, v in namespace.items() if inspect.isfunction(v)}
    out = []

    def derivative(key: str):
        return next((fns[p.format(key)] for p in DERIVATIVE_NAMES if p.format(key) in fns), None)

    for key, f in fns.items():
        kind = ACTIVATIONS.get(key)
        if kind is None or kind == "softmax":
            continue
        if (df := derivative(key)) is not None:
            out.append((kind, f, df))
    if "tanh" not in fns and (df := derivative("tanh")) is not None:
        out.append(("tanh", np.tanh, df))  # ActivationLayer(np.tanh, tanh_prime): numpy's tanh, the file's derivative
    return out


def _subclass(cls, name: str | None = None, **members) -> type:
    """A subclass of the file's ``cls`` with xval's ``members`` in place of its own (a constructor taking what xval
    gives and calling the file's with what it asks for; a forward and backward in xval's calling convention), named
    ``name``, else as ``cls`` is; its module and docstring kept, so it reads as the file's class."""
    return type(name or cls.__name__, (cls,), {"__module__": cls.__module__, "__qualname__": name or cls.__qualname__,
                                               "__doc__": cls.__doc__, **members})


def _bound(cls, f, df) -> type:
    """``cls`` built with ``f`` and ``df`` whenever xval builds it with nothing (a subclass named for the call)."""
    def __init__(self, *args, **kwargs):
        cls.__init__(self, f, df)
    return _subclass(cls, f"{cls.__name__}({f.__name__}, {df.__name__})", __init__=__init__)


def _applies(cls, probe: np.random.Generator) -> str | None:
    """What an affine class's forward gives of its affine map on a signed probe batch: "identity" (the scores), or
    the activation of :data:`REFERENCE` it applies after it (a ``ReLuLayer`` computing ``max(0, x @ w + b)``);
    None when it cannot be built or run at (9, 5), or gives something else."""
    guard = Guard()
    try:
        layer = guard.call(cls.__name__, cls, 9, 5)
        slots = param_slots(layer, 9, 5)
        if slots is None:
            return None
        W, b, x = probe.normal(size=(9, 5)), probe.normal(size=(1, 5)), probe.normal(size=(6, 9))
        slots[0].set(layer, W.T.copy() if slots[2] else W)
        slots[1].set(layer, b.reshape(slots[1].get(layer).shape))
        out = guard.call(f"{cls.__name__}.{_forward(cls)}", getattr(layer, _forward(cls)), x)
    except (SubmissionError, ValueError, TypeError, AttributeError):
        return None
    z = x @ W + b
    if np.shape(out) != z.shape:
        return None
    with np.errstate(all="ignore"):
        return next((k for k, f in [("identity", lambda v: v), *REFERENCE.items()]
                     if np.allclose(out, f(z), rtol=1e-9, atol=1e-12)), None)


def _fused_pair(affines) -> tuple[type, type, str] | None:
    """(hidden class, output class, activation) of a file with two affine classes, one applying its activation
    itself (``ReLuLayer``: ``max(0, x @ w + b)``) and one giving the scores (``OutLayer``), each built with its two
    sizes alone; None otherwise."""
    if len(affines) != 2:
        return None
    probe = np.random.default_rng(5)
    kinds = [_applies(cls, probe) for cls, _ in affines]
    if sorted(k is not None and k != "identity" for k in kinds) != [False, True] or "identity" not in kinds:
        return None
    out = kinds.index("identity")
    (hid, _), (outc, _) = affines[1 - out], affines[out]
    return (hid, outc, kinds[1 - out]) if _forward(hid) == _forward(outc) and _method(hid, BACKWARD) == _method(
        outc, BACKWARD) else None


def _either(hid: type, out: type) -> type:
    """One affine "class" for xval to build layers of: ``hid`` when built with ``hidden=True``, else ``out``; both
    are its instances (registered), and its forward and backward are theirs by name."""
    class Either(metaclass=abc.ABCMeta):
        def __new__(cls, n_in, n_out, *args, hidden=False, **kwargs):
            return (hid if hidden else out)(n_in, n_out, *args, **kwargs)

        def __init__(self, n_in, n_out) -> None:  # (read for its signature: never run)
            pass

    for name in {_forward(out), _method(out, BACKWARD)}:
        setattr(Either, name, getattr(out, name))
    Either.__name__ = Either.__qualname__ = f"{hid.__name__}/{out.__name__}"
    Either.__module__ = out.__module__
    Either.register(hid)
    Either.register(out)
    return Either


def _affine_classes(classes) -> list[tuple[type, bool]]:
    """Classes built with two sizes holding a weight of those sizes (either order), with a backward."""
    out = []
    for cls in classes:
        if not (_forward(cls) and _method(cls, BACKWARD)):
            continue
        req = _required(cls.__init__)
        extra = _built_with(cls)
        if req is not None and len(req) == 3 and not extra and _sq(req[2].name) in FUSED_ARGS:
            extra = (Through if _calls_argument(cls, req[2].name) else Through(),)  # Dense(n_in, n_out, activation)
        if req is None or len(req) != 2 + len(extra) and not (len(req) < 2 <= _positional(cls.__init__)):
            continue
        if not extra and (sized := _from_arrays(cls)) is not None:
            cls = sized  # Affine(W, b): built by xval from arrays of the sizes asked
        try:
            layer = Guard().call(cls.__name__, cls, 9, 5, *extra)
        except SubmissionError:
            continue
        slots = param_slots(layer, 9, 5)
        if slots is not None:
            out.append((cls, slots[2]))
    return out


WEIGHT_ARGS = ("w", "weight", "weights", "W")
BIAS_ARGS = ("b", "bias", "biases")


def _from_arrays(cls) -> type | None:
    """``cls`` when its constructor takes the layer's weight and bias arrays themselves (``Affine(W, b)``, a layer
    kit whose network class, elsewhere, makes them) as a class built from two sizes, as the others are: xval makes
    a weight (n_in, n_out) and a zero bias (n_out,) for it, the values it checks set into them later. The class
    keeps the original's name; ``from_arrays`` names its two parameters. None for any other constructor."""
    req = _required(cls.__init__)
    if req is None or len(req) != 2 or req[0].name not in WEIGHT_ARGS or _sq(req[1].name) not in BIAS_ARGS:
        return None

    def __init__(self, n_in, n_out):
        cls.__init__(self, np.random.default_rng(0).standard_normal((n_in, n_out)) * 0.01, np.zeros(n_out))

    sized = _subclass(cls, __init__=__init__)
    sized.from_arrays = (req[0].name, req[1].name)
    return sized


def _uses(sm: SourceMap, name: str) -> int:
    """How often the file's code outside the class itself names it."""
    n = 0
    for key, node in sm.defs.items():
        if key == name or key.startswith(f"{name}."):
            continue
        if "." in key:  # a method: counted with its class
            continue
        n += sum(1 for s in ast.walk(node) if isinstance(s, ast.Name) and s.id == name)
    return n


def _preferred_activation(acts: dict[str, type], sm: SourceMap) -> str:
    """The activation the file uses: the one its other code names most; ReLU, then the first, when none is."""
    counts = {k: _uses(sm, c.__name__) for k, c in acts.items() if k != "softmax"}
    best = max(counts.values())
    if best:
        return next(k for k, v in counts.items() if v == best)
    return "relu" if "relu" in acts else next(k for k in acts if k != "softmax")


def _container(classes, affine, acts, loss) -> type | None:
    for cls in classes:
        if cls is affine or cls is loss or cls in acts.values():
            continue
        req = _required(cls.__init__) or []
        own_init = cls.__init__ is not object.__init__  # object's own (*args, **kwargs) takes no layers
        if (len(req) == 1 and _sq(req[0].name) in CONTAINER_ARGS or not req and own_init and _star(cls.__init__)
                or not req and _adder(cls)) and _forward(cls) and _method(cls, BACKWARD):
            return cls
    return None


ADD = ("add", "addlayer", "append", "push", "addmodule")
"""A container's method that takes one layer (``model.add(Dense(784, 64))``)."""


@functools.lru_cache(maxsize=64)
def _adder(cls) -> str | None:
    """The name of ``cls``'s method that adds one layer to it (:data:`ADD`, one required argument), else None."""
    for a in dir(cls):
        if _sq(a) in ADD and not a.startswith("__") and callable(getattr(cls, a, None)):
            req = _required(getattr(cls, a))
            if req is not None and len(req) == 1:
                return a
    return None


def _star(fn) -> bool:
    """Whether ``fn`` takes its layers as ``*layers`` (``Sequential(dense, relu, dense)``)."""
    try:
        return any(p.kind == p.VAR_POSITIONAL for p in inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return False


def _loss_layer(classes) -> type | None:
    """The file's softmax cross-entropy loss layer: named as one in :data:`LOSS_LAYERS`, else named for a cross-entropy
    (``Loss_CategoricalCrossentropy``, ``CompositeSoftmaxAndLoss``; one with its softmax in it first), built with no
    arguments, whose backward takes nothing, or the predictions and the labels (:func:`_labels_to_backward`)."""
    def fits(cls) -> bool:
        bwd = _method(cls, BACKWARD)
        req = _required(getattr(cls, bwd)) if bwd else None
        return bool(_forward(cls)) and _required(cls.__init__) in ([], None) and (req == [] or (
            req is not None and len(req) == 2 and (classify(req[1].name) or ("",))[0] == "y"))

    def named(cls) -> bool:
        n = _sq(cls.__name__)
        return "binary" not in n and ("crossentropy" in n or "xent" in n or "softmax" in n and "loss" in n)
    ranked = [c for c in classes if _sq(c.__name__) in LOSS_LAYERS] + sorted(
        (c for c in classes if _sq(c.__name__) not in LOSS_LAYERS and named(c)),
        key=lambda c: "softmax" not in _sq(c.__name__))
    cls = next((c for c in ranked if fits(c)), None)
    return _labels_to_backward(cls) if cls is not None and _required(getattr(cls, _method(cls, BACKWARD))) else cls


def _labels_to_backward(cls: type) -> type:
    """``cls``, whose backward takes (predictions, labels) (``backward(self, dvalues, y_true)``, as the layer
    framework of a well-known from-scratch book writes it), in the loss layer protocol (forward(scores, y) -> loss,
    backward() -> dL/dscores): a subclass under the file's own name whose backward is given the labels the forward
    was, and the probabilities: the forward's input when it is probabilities (a loss after a Softmax layer), else
    those the forward kept (a softmax and its loss in one class: ``self.output``, ``self.softmax.output``). A forward
    that returns nothing gives the per-sample losses it kept."""
    fwd, bwd = _forward(cls), _method(cls, BACKWARD)

    def forward(self, pred, y):
        self._xval_seen = (pred, y)
        value = getattr(cls, fwd)(self, pred, y)
        if value is None:  # the per-sample losses it kept (``self.output = -np.log(...)``), when it returns nothing
            value = next((v for v in _vars(self).values() if isinstance(v, np.ndarray) and v.shape == (len(pred),)
                          and v.dtype.kind == "f"), None)
        return value

    def backward(self):
        pred, y = self._xval_seen
        return getattr(cls, bwd)(self, _kept_probabilities(self, pred), y)

    return _subclass(cls, **{fwd: forward, bwd: backward}, takes_pair=True)


def _is_probabilities(a) -> bool:
    a = np.asarray(a)
    return a.ndim == 2 and a.dtype.kind == "f" and bool(np.all((a >= 0) & (a <= 1))) and bool(
        np.allclose(a.sum(axis=1), 1.0, atol=1e-6))


def _kept_probabilities(obj, pred):
    """``pred`` when it is probabilities (rows of [0, 1] summing to 1); else the array of its shape that ``obj``, or an
    object it holds, kept that is (its softmax's output); else ``pred``."""
    if _is_probabilities(pred):
        return pred
    places = [obj, *(v for v in _vars(obj).values() if hasattr(v, "__dict__") and not isinstance(v, type))]
    return next((v for o in places for v in _vars(o).values() if isinstance(v, np.ndarray)
                 and v.shape == np.shape(pred) and _is_probabilities(v)), pred)


def _label_softmax(acts: dict) -> type | None:
    """The file's Softmax layer when its backward takes the labels rather than an upstream gradient
    (``backward(self, Y_oh): return (self.probs - Y_oh) / n``): softmax and cross-entropy in one output layer. It is
    the network's loss layer then, never an activation judged alone against a vector-Jacobian product."""
    cls = acts.get("softmax")
    req = _required(getattr(cls, _method(cls, BACKWARD))) if cls is not None else None
    return cls if req is not None and len(req) == 1 and (classify(req[0].name) or ("",))[0] == "y" else None


def _pair_softmax(acts: dict) -> type | None:
    """The file's Softmax layer when its forward and its backward both take the scores and the labels (``forward(self,
    logits, labels) -> loss``, ``backward(self, logits, labels) -> (p - y) / n``): softmax and cross-entropy in one
    class, the network's loss layer (in the protocol of :func:`_labels_to_backward`), never an activation."""
    cls = acts.get("softmax")
    if cls is None or not (bwd := _method(cls, BACKWARD)) or not (fwd := _forward(cls)):
        return None
    pairs = [_required(getattr(cls, m)) for m in (fwd, bwd)]
    return cls if all(r is not None and len(r) == 2 and (classify(r[1].name) or ("",))[0] == "y" for r in pairs) \
        and _required(cls.__init__) in ([], None) else None


def _labels_method_softmax(acts: dict) -> tuple[type, str] | None:
    """(the file's Softmax layer, its method that takes the labels) when that layer's backward takes nothing and one
    other method of it takes the labels alone (``get_loss(self, label)`` keeping the one-hot rows its ``backward()``
    subtracts): softmax and cross-entropy in one output layer, told its labels by that method; else None."""
    cls = acts.get("softmax")
    bwd = _method(cls, BACKWARD) if cls is not None else None
    if not bwd or _required(getattr(cls, bwd)) != []:
        return None
    def takes_labels(f) -> bool:
        r = _required(f)
        return r is not None and len(r) == 1 and (classify(r[0].name) or ("",))[0] == "y"

    told = [n for n, f in vars(cls).items() if inspect.isfunction(f) and not n.startswith("_")
            and n not in (bwd, _forward(cls)) and takes_labels(f)]
    return (cls, told[0]) if len(told) == 1 else None


def _told_loss_layer(cls: type, told: str) -> type:
    """``cls`` (forward(scores) -> probabilities, ``told(labels)`` -> loss, backward() -> dL/dscores) in the loss
    layer protocol the adapter calls (forward(scores, y) -> loss, backward() -> dL/dscores), under its own name."""
    fwd, bwd = _forward(cls), _method(cls, BACKWARD)

    def __init__(self) -> None:
        self.layer = cls()

    def forward(self, scores, y):
        getattr(self.layer, fwd)(scores)
        return getattr(self.layer, told)(y)

    def backward(self):
        return getattr(self.layer, bwd)()

    return type(cls.__name__, (), {"__init__": __init__, fwd: forward, bwd: backward})


def _as_loss_layer(cls: type) -> type:
    """``cls`` (forward(scores) -> probabilities, backward(labels) -> dL/dscores) in the loss layer protocol the
    adapter calls (forward(scores, y) -> loss, backward() -> dL/dscores), under the file's own class name. Its
    forward gives no loss value: only its gradient is judged."""
    fwd, bwd = _forward(cls), _method(cls, BACKWARD)

    def __init__(self) -> None:
        self.layer, self.labels = cls(), None

    def forward(self, scores, y) -> None:
        getattr(self.layer, fwd)(scores)
        self.labels = y

    def backward(self):
        return getattr(self.layer, bwd)(self.labels)

    return type(cls.__name__, (), {"__init__": __init__, fwd: forward, bwd: backward, "takes_labels": True})


def _loss_value(loss, fwd: str) -> np.ndarray:
    """A loss layer's forward value as one float64 number (one per sample, as a course's module framework returns
    them for its optimiser to average: their mean), or SubmissionError naming ``fwd``."""
    try:
        return np.asarray(np.float64(np.mean(np.asarray(loss, np.float64).reshape(-1))))
    except (TypeError, ValueError, IndexError):
        raise SubmissionError(fwd, f"returned {type(loss).__name__}, not the loss") from None


def _loss_order(fn, pred, target, method: bool = True) -> tuple:
    """Copies of (pred, target) in the order a loss method (or, not ``method``, a module function) takes them:
    (target, pred) when its first argument is named as the labels (``forward(self, y_true, y_pred)``, a course's
    module framework's order; ``cross_entropy(y_true, y_pred)``)."""
    req = _required(fn, method) or []
    first = (classify(req[0].name) or ("",))[0] if req else ""
    return (target.copy(), pred.copy()) if first == "y" else (pred.copy(), target.copy())


def _made(sm, name: str) -> bool:
    """Whether any statement of the file calls ``name`` (makes an instance of that class)."""
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
               for tree in sm.trees for n in ast.walk(tree))


def _skipped(sm, name: str) -> bool:
    """Whether a function of the file that calls a layer's backward tests for class ``name`` there
    (``if isinstance(layer, Softmax): continue``): its backward loop passes over that class."""
    def tests(n) -> bool:
        if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "isinstance"
                and len(n.args) == 2):
            return False
        kinds = n.args[1].elts if isinstance(n.args[1], ast.Tuple) else [n.args[1]]
        return any(isinstance(k, ast.Name) and k.id == name for k in kinds)
    return any(any(tests(n) for n in ast.walk(f)) and any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in BACKWARD
        for n in ast.walk(f))
        for tree in sm.trees for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)))


def _mse_layer(classes) -> type | None:
    """The file's squared-error loss layer: forward(pred, target) -> loss, then backward() or backward(pred,
    target) -> dL/dpred; None when it has none."""
    for cls in classes:
        bwd = _method(cls, BACKWARD)
        if _sq(cls.__name__) in MSE_LAYERS and _forward(cls) and bwd and _required(cls.__init__) in ([], None) \
                and len(_required(getattr(cls, _forward(cls))) or []) == 2 \
                and len(_required(getattr(cls, bwd)) or []) in (0, 2):
            return cls
    return None


def detect(loaded, sm, forward_name, backward_name) -> LayerObjects:
    classes = candidates(loaded)
    affines = _affine_classes(classes)
    acts = _activation_classes(classes, loaded.namespace)
    if not affines:
        raise Rejected("objects", "no affine layer class (built with two sizes, holding a weight of those sizes, "
                       "with forward/__call__ and backward)", 1 if acts else 0)
    label_softmax = _label_softmax(acts)
    paired = _pair_softmax(acts) if label_softmax is None else None
    told = _labels_method_softmax(acts) if label_softmax is None and paired is None else None
    if label_softmax is not None or told is not None or paired is not None:
        del acts["softmax"]
    fused = None
    if not [k for k in acts if k != "softmax"] and (pair := _fused_pair(affines)) is not None:
        hid, out, kind = pair  # a ReLuLayer applying its own activation, an OutLayer giving the scores
        affines = [(_either(hid, out), next(w for c, w in affines if c is out))]
        fused = (kind, {"hidden": True}, {}, f"its activation built in: {hid.__name__}(n_in, n_out) for each hidden "
                 f"layer ({kind} of its affine map), {out.__name__}(n_in, n_out) for the scores", {})
        acts = {kind: Through}
    elif not [k for k in acts if k != "softmax"]:
        fused = _fused(affines[0][0], loaded.namespace, sm)
        if fused is None and not _lone_layer(affines, classes, loaded.namespace):
            raise Rejected("objects", f"layer class {affines[0][0].__name__}, but no activation layer class (ReLU, "
                           "Sigmoid, Tanh, LeakyReLU with forward and backward) and none passed to its constructor",
                           2)
        acts = {fused[0]: Through} if fused is not None else {"relu": OwnReLU}
    elif (fused := _fused_classes(affines[0][0], acts, sm) or _fused_by_name(affines[0][0], loaded.namespace,
                                                                             sm)) is not None:
        acts = {fused[0]: Through}
    affine, wcol = affines[0]
    hidden = _preferred_activation(acts, sm)
    loss = _as_loss_layer(label_softmax) if label_softmax is not None else _told_loss_layer(*told) if told \
        else _labels_to_backward(paired) if paired is not None else _loss_layer(classes)
    model = LayerObjects(affine, acts, hidden, loss, _container(classes, affine, acts, loss) if not fused else None)
    model.mse = _mse_layer(classes)
    # (a kit that makes none of its layers, its caller elsewhere, has its loss layer judged: only a file that builds
    # its network and leaves this one out trains without it)
    model.mse_unmade = model.mse is not None and not _made(sm, model.mse.__name__) and _made(sm, affine.__name__)
    model.softmax_skipped = "softmax" in acts and _skipped(sm, acts["softmax"].__name__)
    model.reg_default = _unpassed_reg(affine, sm)
    if fused:
        model.fused = fused[1:4]
        model.fused_alone = {k: v for k, v in fused[4].items() if k in DENSE}
    if len(acts) > 1:
        model.evidence.append("hidden activation " + acts[hidden].__name__ + ": of " + ", ".join(
            f"{c.__name__} (named {_uses(sm, c.__name__)} times outside its class)" for c in acts.values())
            + ", the one the file's other code names most")
    model.layout.wcol = wcol
    model.untrained_bias = _untrained_bias(affine, sm)
    _probe(model, sm, classes)
    unused = _unchecked_layers(classes, {affine, *acts.values(), *(c for c in (loss, model.mse, model.container)
                                                                    if isinstance(c, type))})
    if unused:
        model.style_warnings.append(
            f"layer {'classes' if len(unused) > 1 else 'class'} {', '.join(unused)} (a forward and a backward of "
            f"{'their' if len(unused) > 1 else 'its'} own) {'are' if len(unused) > 1 else 'is'} not checked: the "
            "network xval composes is the file's affine layers, one hidden activation and a loss, which leaves "
            f"{'them' if len(unused) > 1 else 'it'} out (its oracles model no batch normalisation or dropout)")
    return model


def _unchecked_layers(classes: list[type], used: set) -> list[str]:
    """The names of the file's other layer classes, a forward and a backward method each (``BatchNorm1d``,
    ``Dropout``), that the composed network leaves out: said as unchecked, never passed in silence."""
    out = []
    for cls in classes:
        if cls in used or any(issubclass(u, cls) or issubclass(cls, u) for u in used if isinstance(u, type)):
            continue
        own = vars(cls)
        if not (any(m in own for m in FORWARD) and any(m in own for m in BACKWARD)):
            continue
        try:
            text = inspect.getsource(cls)
        except (OSError, TypeError):
            text = ""
        if not any(f"{other.__name__}(" in text for other in classes if other is not cls):
            out.append(cls.__name__)  # (a class making the others, MLP appending Linear(...): a container)
    return out


def _lone_layer(affines, classes, namespace: dict) -> bool:
    """Whether the file is one affine layer class and nothing to compose it with: no other layer class, no
    activation function of its own (a file that has one applies it somewhere xval does not see, so the
    layer is not composed with xval's ReLU), no network class beside it (``classes`` holds only that layer and
    classes without a backward, its base or a loss)."""
    affine = affines[0][0]
    if len(affines) != 1 or any(cls is not affine and _method(cls, BACKWARD) and _forward(cls)
                                and not issubclass(affine, cls) and not _is_loss_named(cls)
                                for cls in classes):
        return False
    return not any(callable(v) and ACTIVATIONS.get(_sq(k)) not in (None, "softmax") and getattr(
        v, "__module__", None) == getattr(affine, "__module__", None) for k, v in namespace.items())


def _is_loss_named(cls: type) -> bool:
    """A loss class by its name (``MSELoss``, ``CrossEntropy``, ``Cost``)."""
    n = _sq(cls.__name__)
    return n in LOSS_LAYERS or n in MSE_LAYERS or "loss" in n or "cost" in n


OPTIMIZER_UPDATES = ("update_params", "update_parameters", "update_layer", "update_layer_params", "update", "step")
"""The method of an optimizer class that steps one layer (``optimizer.update_params(dense1)``)."""
OPTIMIZER_RATES = ("learningrate", "lr", "eta", "alpha", "rate", "stepsize", "learnrate")
"""The constructor argument of an optimizer class that sets its learning rate."""
NOT_PLAIN_SGD = ("adam", "rmsprop", "adagrad", "adadelta", "nesterov", "adamax", "nadam")


def _optimizer(classes, sm: SourceMap) -> tuple[type, str, str] | None:
    """(class, update method, rate argument) of a plain gradient-descent optimizer class the file steps its layers
    with (``Optimizer_SGD(learning_rate=...)``, its ``update_params(self, layer)`` called outside the class; not a
    ``step(params)`` over (weight, gradient) pairs, which the layers' own gradients already are): its
    first step, from no momentum yet and no decay, is -rate x the gradient it reads from the layer. An adaptive one
    (Adam, RMSprop, ...) is not: its step is not the gradient, so it is left alone."""
    for cls in classes:
        low = _sq(cls.__name__)
        if not ("sgd" in low or "gradientdescent" in low or low in ("optimizer", "optimiser")) or any(
                w in low for w in NOT_PLAIN_SGD):
            continue
        update = next((m for m in OPTIMIZER_UPDATES if callable(getattr(cls, m, None)) and _positional(getattr(cls, m))
                       == 1 and [_sq(p.name) for p in _required(getattr(cls, m)) or []] in (["layer"], ["l"])), None)
        if update is None:
            continue
        try:
            ps = list(inspect.signature(cls).parameters.values())
        except (TypeError, ValueError):
            continue
        rate = next((p.name for p in ps if _sq(p.name) in OPTIMIZER_RATES), None)
        others = [p for p in ps if p.name != rate and p.default is p.empty
                  and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        inside = {id(n) for n in ast.walk(sm.defs[cls.__name__])} if cls.__name__ in sm.defs else set()
        called = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == update
                     and id(n) not in inside for t in sm.trees for n in ast.walk(t))
        if rate and not others and called:
            return cls, update, rate
    return None


def _untrained_bias(affine: type, sm: SourceMap) -> str | None:
    """The bias attribute of ``affine`` that its backward leaves alone, or None: a backward that stores a weight
    gradient (``self.dweights = ...``) and, of the layer's attributes, sets no bias, bias gradient or gradient dict,
    and calls none of its other methods (which could). Its bias is used in the forward but never trained: its
    gradient is read as the zero change it gets (``not-updated``), not as a layer xval cannot read."""
    node = sm.defs.get(f"{affine.__name__}.{_method(affine, BACKWARD)}")
    init = sm.defs.get(f"{affine.__name__}.__init__")
    if not isinstance(node, ast.FunctionDef) or not isinstance(init, ast.FunctionDef):
        return None

    def set_on_self(fn) -> list[str]:
        targets = [t for n in ast.walk(fn) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                   for t in (n.targets if isinstance(n, ast.Assign) else [n.target])]
        return [a.value.attr if isinstance(a, ast.Subscript) else a.attr for t in targets for a in ast.walk(t)
                if isinstance(a, ast.Attribute) and isinstance(a.value, ast.Name) and a.value.id == "self"
                or isinstance(a, ast.Subscript) and isinstance(a.value, ast.Attribute)
                and isinstance(a.value.value, ast.Name) and a.value.value.id == "self"]
    stored = {_sq(a) for a in set_on_self(node)}
    calls_own = any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name)
                    and c.func.value.id == "self" for c in ast.walk(node))
    if calls_own or not stored & set(DWEIGHT) - set(WEIGHT) or stored & (set(DBIAS) | set(GRAD_DICTS)):
        return None
    return next((a for a in set_on_self(init) if _sq(a) in BIAS), None)


def _probe(model: LayerObjects, sm: SourceMap, classes) -> None:
    params = probe_params(3)
    x, y = probe_batch(params)
    errors = []
    for xcol in (False, True):
        model.layout.xcol = xcol
        model.layout.bias = "row"
        model.bind(Guard())
        try:
            layer = model.call(model.affine.__name__, model.affine, *params[0][0].shape, *_built_with(model.affine),
                               **model.layer_kwargs(True))
            sw, sb, _ = param_slots(layer, *params[0][0].shape)
            if isinstance(sw, FoldSlot):
                _fold_side(model, params[0], x)
                sw, sb, _ = param_slots(layer, *params[0][0].shape, model.fold_side)
            model.layout.bias = bias_kind(sb.get(layer))
            if xcol and model.layout.bias == "row":
                model.layout.bias = "col"
            zs, acts, _ = model.forward(params, x)
        except SubmissionError as exc:
            errors.append(str(exc))
            continue
        break
    else:
        raise Rejected("objects", f"the layers of {model.affine.__name__} and {model.act_cls.__name__} did not run "
                       f"composed on a probe batch ({errors[0]})", 3)
    W, b = params[0]
    if model.act_cls is OwnReLU and (zs[0] is None or not np.allclose(zs[0], x @ W + b, rtol=1e-7, atol=1e-9)):
        raise Rejected("objects", f"layer class {model.affine.__name__} alone, whose forward is not x @ W + b (it "
                       "applies something of its own), and no activation layer class (ReLU, Sigmoid, Tanh, LeakyReLU "
                       "with forward and backward) to compose it with", 2)
    _confirm_activation(model, params, x)
    _mean_in_layer(model, params, x)
    if model.loss is not None:
        _probe_loss(model, params, x, y, sm, classes)
    else:
        model.loss_note = "xval's softmax cross-entropy (the file has no usable loss layer" + (
            f"; its squared-error layer {model.mse.__name__} is judged alone)" if model.mse is not None else ")")
        model.own_loss = True
        inline = _inline_loss_gradient(sm)
        namespace = getattr(model.affine.__init__, "__globals__", {})
        if inline and _probe_head(model, params, x, y, namespace, inline):
            pass  # its step's loss function, run by xval as the loss gradient (said in loss_note)
        elif not inline and (pair := _loss_pair(namespace)) is not None:
            _probe_loss_pair(model, params, x, y, pair)
        elif inline:  # its own step feeds the layers a loss gradient xval does not run: said, never passed silently
            fn, where, code = inline[:3]
            model.style_warnings.append(
                f"{fn} feeds its layers a loss gradient of its own ({where}: `{code}`), which xval does not run: the "
                "layers were checked under xval's softmax cross-entropy, so that line is not checked; make it a loss "
                "layer (forward(scores, y) -> loss, backward() -> dL/dscores) to have it checked")
    if model.container is not None:
        _probe_container(model, params, x, y)
    try:
        kept = model.step(params, x, y, 0.01)
        _probe_optimizer(model, classes, sm, params, x, y, kept)
    except XvalLimit as exc:
        raise Rejected("objects", f"the composed backward could not be called: {exc}", 3) from None
    except SubmissionError as exc:
        if PER_SAMPLE_BIAS in str(exc) and (trainer := _whole_batch_trainer(sm)) is not None:
            model.style_warnings.append(f"its bias gradient keeps one row per sample, and the file's own {trainer} "
                                        "feeds its layers whole batches: judged on batches, not as layers written "
                                        "for one sample")
            return
        model.per_sample = True  # a layer written for one sample (`self.bias -= lr * output_gradient`)?
        model.per_sample_bias = PER_SAMPLE_BIAS in str(exc)  # its bias gradient one row per sample (layout.grad_b)
        for lone in (False, True):  # as a row (1, D), else as the vector (D,) it indexes (x.reshape(x.shape[0], 1))
            model.layout.lone = lone
            try:
                model.step(params, x, y, 0.01)
                model.evidence.append(f"the composed backward raised on a probe batch ({exc}) and runs on one "
                                      f"sample at a time{' given as a vector' if lone else ''}: judged one sample "
                                      "per call, the batch's gradient the mean of theirs")
                return
            except SubmissionError:
                continue
        model.per_sample = model.layout.lone = False
        model.evidence.append(f"the composed backward raised on a probe batch ({exc}); the exception is the finding")


TRAINERS = ("train", "fit", "training", "trainmodel", "fitmodel", "learn")
"""Names of a file's own training function or method (squashed)."""


def _whole_batch_trainer(sm: SourceMap) -> str | None:
    """The file's own training function or method (``train``, ``fit`` ...) that gives its whole input to a forward
    (``y_pred = self.forward(x)``) and takes no single sample of it (``x[j]``): its layers are trained on batches,
    so a bias gradient with one row per sample is its bug, not a layer written for one sample; else None."""
    for key, fn in sm.defs.items():
        if not isinstance(fn, ast.FunctionDef) or _sq(fn.name) not in TRAINERS:
            continue
        data = next((a.arg for a in fn.args.args if a.arg != "self"), None)
        whole = any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.args and isinstance(
            c.args[0], ast.Name) and c.args[0].id == data and c.func.attr in (*FORWARD, "predict")
            for c in ast.walk(fn))
        one = any(isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == data
                  and not isinstance(n.slice, ast.Slice) for n in ast.walk(fn))
        if data and whole and not one:
            return key
    return None


def _probe_optimizer(model: LayerObjects, classes, sm: SourceMap, params, x, y, kept) -> None:
    """Step with the file's plain gradient-descent optimizer (:func:`_optimizer`) when it has one that runs on the
    probe batch and moves the weights: its change is then the gradient checked, and where it is not the gradient the
    layers keep, a warning says which tensors (the layers' backward right, the step not)."""
    found = _optimizer(classes, sm)
    if found is None:
        return
    cls, update, _ = found
    said = f"{cls.__name__}.{update}(layer)"
    model.optimizer = found
    try:
        stepped = model.step(params, x, y, 0.01)
    except SubmissionError as exc:
        model.optimizer = None
        model.style_warnings.append(f"the optimizer {said} raised on a probe batch ({exc}): the gradients the layers "
                                    "keep were checked, not its step")
        return
    if not any(np.any(t) for g in stepped.implied for t in g):
        model.optimizer = None
        model.style_warnings.append(f"the optimizer {said} changed no weight on a probe batch: the gradients the "
                                    "layers keep were checked, not its step")
        return
    differ = [f"{p}{i + 1}" for i, (a, b) in enumerate(zip(stepped.implied, kept.implied))
              for p, u, v in (("w", a[0], b[0]), ("b", a[1], b[1]))
              if not judge(p, u, v, np.float64, tol=tolerance(np.float64, "update-rule")).ok]
    if differ:
        model.style_warnings.append(
            f"the optimizer {said} does not step {', '.join(differ)} by -learning_rate x the gradient the layers keep "
            "(on a probe batch): the step is what trains them, so its change is the gradient checked")


def _fold_side(model: LayerObjects, layer_params, x) -> None:
    """Which end of the folded matrix holds the bias: the one with which the layer's forward is x @ W + b."""
    W, b = layer_params
    want = np.asarray(x, np.float64) @ W + b
    for side in ("last", "first"):
        model.fold_side = side
        obj = model.build([(W, b)])[0]
        got = model.layout.out(model._fwd(obj, model.layout.x(x)), len(x), "out", model.affine.__name__)
        if got.shape == want.shape and np.allclose(got, want, rtol=1e-9, atol=1e-12):
            model.evidence.append(f"{model.affine.__name__} holds its bias folded into its weight as the {side} "
                                  f"{'column' if model.layout.wcol else 'row'} (its forward adds the ones)")
            return
    model.fold_side = None
    raise SubmissionError(model.affine.__name__, "holds one (n_in + 1)-row matrix and no bias, and its forward is "
                          "x @ W + b with the bias neither its last nor its first row")


def _confirm_activation(model: LayerObjects, params, x) -> None:
    """The hidden activation layer computes what its name says (leaky ReLU: any slope; read by the family)."""
    ref = REFERENCE.get(model.hidden)
    if model.fused:  # the hidden layer's output against the activation of its own affine map
        W, b = params[0]
        got = model.layout.out(model._fwd(model.build([(W, b), params[1]])[0], model.layout.x(x)), len(x), "out",
                               model.fwd_name)
        if ref is not None and not np.allclose(got, ref(np.asarray(x, np.float64) @ W + b), rtol=1e-6, atol=1e-9):
            model.evidence.append(f"{model.fwd_name} built with {model.hidden} does not compute {model.hidden} of "
                                  "its affine map: the forward check says what differs")
        return
    act = model.call(f"{model.act_cls.__name__}()", model.act_cls)
    z = np.random.default_rng(3).standard_normal((7, 6))
    out = np.asarray(model._fwd(act, z.copy()))
    if ref is not None and not (out.shape == z.shape and np.allclose(out, ref(z), rtol=1e-6, atol=1e-9)):
        model.evidence.append(f"{model.act_cls.__name__}.{model.h_fwd} does not compute {model.hidden}: the forward "
                              "check says what differs")


def _mean_in_layer(model: LayerObjects, params, x) -> None:
    """Whether the dense layer averages over the batch itself: its backward gives dW = x.T @ dout / N and db =
    the column sums of dout / N but passes dx = dout @ W.T on whole (the deeplearning.ai layout, whose loss
    gradient is the sum over the batch). Read on a probe; such layers are composed with xval's loss gradient
    times N (the sum: the same mean gradient in the end), and judged alone with their mean undone."""
    W, b = params[0]
    n = len(x)
    dout = np.random.default_rng(5).standard_normal((n, W.shape[1]))
    try:
        obj = model.build([(W, b)])[0]
        model._fwd(obj, model.layout.x(x))
        dx = model.layout.out(model._bwd(obj, model.layout.act(dout)), n, "dx", model._backward_name)
        found = model._grads(obj)
        if found is None or found[1] is None:
            return
        dw = model.layout.grad_W(found[0], W, "dW1", model._backward_name)
        db = model.layout.grad_b(found[1], b, "db1", model._backward_name)
    except SubmissionError:
        return  # the composed check reports it
    x64 = np.asarray(x, np.float64)
    close = lambda a, e: np.shape(a) == np.shape(e) and np.allclose(a, e, rtol=1e-9, atol=1e-12)  # noqa: E731
    if close(dx, dout @ W.T) and close(dw * n, x64.T @ dout) and close(db * n, dout.sum(axis=0, keepdims=True)) \
            and not close(dw, x64.T @ dout):
        model.mean_in_layer = True
        model.evidence.append(f"{model._backward_name} averages over the batch itself (dW = x.T @ dout / N, dx = "
                              "dout @ W.T on whole): composed with the loss gradient summed over the batch, and "
                              "judged alone with its mean undone")


def _softmax_rows(s: np.ndarray) -> np.ndarray:
    """The softmax of each row of ``s`` (max-shifted)."""
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _shortcut(scores: np.ndarray, y) -> np.ndarray:
    """p - one-hot(y) for the rows of ``scores``: each sample's gradient of the softmax cross-entropy."""
    g = _softmax_rows(scores)
    g[np.arange(len(y)), y] -= 1.0
    return g


def _is_mean_shortcut(g, scores, y) -> bool:
    """Whether a loss layer's gradient ``g`` is the mean softmax cross-entropy's of ``scores``, (p - one-hot) / N."""
    want = _shortcut(np.asarray(scores, np.float64), y) / len(y)
    g = np.asarray(g, np.float64) if isinstance(g, np.ndarray) else None
    return g is not None and g.shape == want.shape and bool(np.allclose(g, want, rtol=1e-9, atol=1e-12))


def _cross_entropy(scores, y) -> float:
    s = np.asarray(scores, np.float64)
    s = s - s.max(axis=1, keepdims=True)
    return float(-np.mean(s[np.arange(len(y)), y] - np.log(np.exp(s).sum(axis=1))))


def _multiple_of_cross_entropy(value: float, want: float, batch: int) -> tuple[float, bool] | None:
    """(coef, summed over the batch) when a loss layer's ``value`` is ``want`` (xval's mean cross-entropy of the
    same scores), in another log base (coef, :data:`family.LOGS`), summed over the batch rather than averaged, or
    both; else None. Measured on the probe batch to 1e-6: a loss layer whose loop sums ``-np.log10(p[y[i]][i])``
    is not read from its code."""
    from xval.reports.check.family import LOGS  # (family reads the styles' names)

    for coef in LOGS.values():
        for summed in (False, True):
            own = coef == 1 and not summed  # xval's own loss: the tolerance it was always read with
            if np.isclose(value, want * coef * (batch if summed else 1), rtol=1e-4 if own else 1e-6,
                          atol=1e-6 if own else 0.0):
                return coef, summed
    return None


def _probe_loss(model: LayerObjects, params, x, y, sm: SourceMap, classes) -> None:
    """Use the file's loss layer when it gives the mean softmax cross-entropy of the scores, or a multiple of it
    (:func:`_multiple_of_cross_entropy`, then judged as that loss): on the scores, or on its Softmax layer's output
    (a loss on probabilities); else xval's own, and the read-as line says why."""
    cls = model.loss.__name__
    _, zs, _ = model._run_forward(params, x)
    scores = model.layout.out(zs[-1], len(y), "scores", model.fwd_name)
    want = _cross_entropy(scores, y)
    softmax = _activation_classes(classes).get("softmax")  # the file's Softmax layer, as the chain would find it
    fits, errs, values = [], [], []
    for through in (None, softmax) if softmax is not None else (None,):
        model.softmax = through
        for onehot, column in ((False, False), (True, False), (False, True)):  # (B,), one-hot, (B, 1)
            model.layout.onehot, model.layout.label_col = onehot, column
            try:  # on a copy of the scores each time: a loss layer may write its gradient into its input
                value, g = model._loss(np.array(zs[-1], copy=True), y, params[-1][0].shape[1])
                g = model.layout.out(g, len(y), "dscores", f"{cls}.{_method(model.loss, BACKWARD)}")
            except SubmissionError as exc:
                errs.append(str(exc))
                continue
            try:
                v = None if value is None else float(np.mean(np.asarray(value, np.float64)))  # per sample: their mean
            except (TypeError, ValueError, IndexError):
                v = None  # no loss value returned: taken as the scores' loss when it runs on them
            values.append(v)
            multiple = None if v is None else _multiple_of_cross_entropy(v, want, len(y))
            if multiple is None and v is not None and through is None and _is_mean_shortcut(g, scores, y):
                # its gradient is the mean cross-entropy's, its value is not: the loss layer still, its forward's
                # value judged alone (layer-function) rather than the layer left out of the chain
                multiple = (1.0, False)
                model.evidence.append(f"{cls}'s gradient is the mean softmax cross-entropy's (p - one-hot) / N and "
                                      f"its value is not that loss ({v:.6g}, not {want:.6g}): the loss layer, its "
                                      "forward judged alone")
            if v is None and through is None or multiple is not None:
                fits.append((through, onehot, column, multiple))
        if fits:
            break
    if not fits:
        why = (f"{cls} did not run: {errs[0]}" if not values else f"{cls} does not give the softmax cross-entropy of "
               f"the scores{' or of ' + softmax.__name__ + ' of them' if softmax else ''} (it gave "
               f"{values[0]:.6g}, not {want:.6g})" if values[0] is not None else f"{cls} did not give a loss")
        model.evidence.append(f"not the loss layer {cls}: {why}")
        model.loss, model.softmax, model.layout.onehot, model.layout.label_col = None, None, False, False
        model.loss_note = f"xval's softmax cross-entropy (the file's {why})"
        model.own_loss = True
        return
    model.softmax = fits[0][0]
    ran = [(o, c, k) for t, o, c, k in fits if t is model.softmax]
    onehot = ran[0][0] if len(ran) == 1 else not converts_labels(sm, f"{cls}.{_forward(model.loss)}")
    if not any(r[0] == onehot for r in ran):  # (B,) and (B, 1) labels ran, one-hot rows did not: integers
        onehot = ran[0][0]
    _, model.layout.label_col, multiple = next(r for r in ran if r[0] == onehot)
    model.layout.onehot = onehot
    if multiple is not None:  # (xval's own loss too: said as read from the layer)
        coef, summed = multiple
        model.loss_measured = (float(coef), summed, f"{cls}.{_forward(model.loss)}'s value on a probe batch")
    via = f"{model.softmax.__name__}.{_method(model.softmax, BACKWARD)}(" if model.softmax else ""
    model.loss_note = f"the file's {via}{cls}.{_method(model.loss, BACKWARD)}" + (
        "(labels)" if getattr(model.loss, "takes_labels", False) else "(probabilities, labels)"
        if getattr(model.loss, "takes_pair", False) else "()") + (")" if via else "")


HEAD_NAMES = ("softmax", "crossentropy", "xent")
HEAD_INPUTS = ("logits", "scores")
"""A function returning only a gradient is used as the loss gradient when its name says it is the softmax
cross-entropy's and that it takes logits (``grad_softmax_crossentropy_with_logits(logits, y)``, or a first
parameter named ``logits``/``scores``): with no loss value to confirm it by, a head that takes probabilities must
not be handed the scores."""


def _probe_head(model: LayerObjects, params, x, y, namespace: dict, inline) -> bool:
    """Use the function the file's own step computes its loss gradient with (``loss, grad = head(out, onehot)``,
    ``grad = grad_softmax_crossentropy_with_logits(logits, y)``) as the loss gradient, when it takes (scores,
    labels) and gives a gradient of the scores' shape, with a loss value equal to the mean softmax cross-entropy
    of the scores (or, returning the gradient alone, a name that says it is that one's); else False."""
    step, where, _, stmt, g = inline
    call = stmt.value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and len(call.args) == 2
            and not call.keywords):
        return False
    fn = namespace.get(call.func.id)
    if not callable(fn) or isinstance(fn, type):
        return False
    target = stmt.targets[0]
    if isinstance(target, ast.Tuple) and len(target.elts) == 2:
        index = next((i for i, t in enumerate(target.elts) if isinstance(t, ast.Name) and t.id == g), None)
        if index is None:
            return False
    elif isinstance(target, ast.Name):
        index = None
        try:
            first = _sq(next(iter(inspect.signature(fn).parameters)))
        except (TypeError, ValueError, StopIteration):
            return False
        if not (any(w in _sq(fn.__name__) for w in HEAD_NAMES)
                and ("logits" in _sq(fn.__name__) or first in HEAD_INPUTS)):
            return False
    else:
        return False
    _, zs, _ = model._run_forward(params, x)
    scores = model.layout.out(zs[-1], len(y), "scores", model.fwd_name)
    want = _cross_entropy(scores, y)
    for onehot in (True, False):
        model.layout.onehot, model.head = onehot, (fn, index)
        try:
            value, grad = model._loss(zs[-1], y, params[-1][0].shape[1])
            model.layout.out(grad, len(y), "dscores", fn.__name__)
            v = None if value is None else float(np.asarray(value, np.float64).reshape(-1)[0])
        except (SubmissionError, TypeError, ValueError, IndexError):
            continue
        if v is None or np.isclose(v, want, rtol=1e-4, atol=1e-6):
            model.own_loss = False
            model.loss_note = (f"the file's {fn.__name__}() (as its {step} computes it at {where}, "
                               f"{'one-hot' if onehot else 'integer'} labels)")
            return True
    model.head = None
    model.layout.onehot = False
    return False


PRIME_WORDS = ("prime", "derivative", "deriv", "der", "grad", "gradient", "backward", "d")
"""What a loss function's derivative adds to its name, after it (``mse_prime``, ``cross_entropy_derivative``) or
before it (``d_cross_entropy``, ``grad_cross_entropy``)."""


def _loss_pair(namespace: dict) -> tuple | None:
    """(loss, its derivative) among the file's module functions, for a cross-entropy that a layer kit's container
    is given to train with (``categorical_cross_entropy(y_true, y_pred)`` and ``categorical_cross_entropy_prime``,
    passed to ``model.compile(loss, loss_prime)``); None when the file has no such pair."""
    fns = {_sq(k): v for k, v in namespace.items() if inspect.isfunction(v) and not k.startswith("_")}
    for name, fn in fns.items():
        if "binary" in name or not ("crossentropy" in name or "xent" in name or name in ("ce", "nll", "logloss")):
            continue
        for w in PRIME_WORDS:
            d = fns.get(name + w) or fns.get(w + name)
            if d is not None and d is not fn and len(_required(fn, False) or []) == 2 == len(_required(d, False) or []):
                return fn, d
    return None


def _probe_loss_pair(model: LayerObjects, params, x, y, pair) -> None:
    """Take the file's cross-entropy and its derivative (:func:`_loss_pair`) as the loss gradient of the scores when,
    given the softmax of the scores and one-hot labels, the loss is the mean softmax cross-entropy and the derivative
    is a multiple of ``p - y``: the fused form, which a softmax layer that passes its gradient through expects (the
    multiple is what is checked, never assumed). Else xval's own, with a warning that the pair was not checked."""
    loss, prime = pair
    lay = model.layout

    def head(scores, labels):
        s = np.asarray(scores, np.float64)
        p = lay.act(_softmax_rows(s.T if lay.cols else s))
        t = np.asarray(labels, np.float64)
        return tuple(model.call(f.__name__, f, *_loss_order(f, p, t, method=False)) for f in (loss, prime))

    head.__name__ = f"{loss.__name__}+{prime.__name__}"
    _, zs, _ = model._run_forward(params, x)
    scores = lay.out(zs[-1], len(y), "scores", model.fwd_name)
    n = params[-1][0].shape[1]
    onehot = lay.onehot
    lay.onehot = True
    why = None
    try:
        value, grad = head(zs[-1], lay.y(y, n))
        g = lay.out(grad, len(y), "dscores", prime.__name__)
        v = float(np.asarray(value, np.float64).reshape(-1)[0])
    except (SubmissionError, TypeError, ValueError, IndexError) as exc:
        why = f"they did not run on a probe batch ({exc})"
    else:
        shortcut = _shortcut(scores, y)
        c = float(np.vdot(g, shortcut) / np.vdot(shortcut, shortcut))
        if not np.isclose(v, _cross_entropy(scores, y), rtol=1e-4, atol=1e-6):
            why = f"{loss.__name__} is not the mean cross-entropy of the softmax of the scores"
        elif not (c and np.allclose(g, c * shortcut, rtol=1e-6, atol=1e-9 * np.abs(g).max())):
            why = f"{prime.__name__} is not a multiple of p - y (a derivative for a softmax layer's backward)"
    if why is not None:
        lay.onehot = onehot
        model.style_warnings.append(
            f"the file's loss pair {loss.__name__}/{prime.__name__} was not used as the loss gradient: {why}; the "
            "layers were checked under xval's softmax cross-entropy, so that pair is not checked")
        return
    model.head, model.own_loss = (head, 1), False
    model.loss_note = (f"the file's {prime.__name__}(labels, softmax(scores)) as dL/dscores (its form p - y: a softmax "
                       f"layer that passes the gradient through), its loss {loss.__name__}, one-hot labels")


def _probe_container(model: LayerObjects, params, x, y) -> None:
    """Use the container when it runs and gives what the layers composed give; else say why not."""
    name = model.container.__name__
    ref = model.forward(params, x)[0][-1]
    try:
        model.bind(Guard())
        scores = model.layout.out(model._through_container(params, x)[1], len(x), "scores", name)
        if not np.allclose(scores, ref, rtol=1e-9, atol=1e-12):
            raise SubmissionError(name, "its forward does not give the layers' scores (it may end in a softmax)")
        model.use_container = True
        got = model.step(params, x, y, 0.01).implied
        model.use_container = False
        want = model.step(params, x, y, 0.01).implied
        if not all(np.allclose(a, b, rtol=1e-9, atol=1e-12) for g, w in zip(got, want) for a, b in zip(g, w)):
            raise SubmissionError(name, "its backward does not give the layers' own gradients")
        model.use_container = True
    except SubmissionError as exc:
        model.use_container = False
        model.container_note = f"not used: {exc}"


def _inline_loss_gradient(sm: SourceMap) -> tuple[str, str, str, ast.Assign, str] | None:
    """(``train(networks, X, y)``, where, the assignment, its statement, the name the loop starts from) for a module
    function that loops over layers calling ``.backward(..., g)`` with a ``g`` it computed itself before the loop (a
    loss gradient written inline or by a function of its own, not a loss layer's); else the same for a top-level
    training loop (never run at load) whose body feeds a layer's backward such a ``g`` (``dL_dA3 = -(y / A3) + ...``
    then ``layer3.backward(dL_dA3)``); else None."""
    return _function_loss_gradient(sm) or _top_level_loss_gradient(sm)


def _top_level_loss_gradient(sm: SourceMap) -> tuple[str, str, str, ast.Assign, str] | None:
    for tree in sm.trees:
        for top in (s for s in tree.body if isinstance(s, (ast.For, ast.While))):
            for loop in (n for n in ast.walk(top) if isinstance(n, (ast.For, ast.While))):
                assigned: dict[str, ast.Assign] = {}
                for stmt in loop.body:
                    g = next((n for n in _fed_to_backward(stmt) if n in assigned), None)
                    if g is not None:
                        return (f"the training loop at {sm.line_of(top)}", sm.line_of(assigned[g]),
                                ast.unparse(assigned[g])[:80], assigned[g], g)
                    if isinstance(stmt, ast.Assign) and not any(
                            isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr in BACKWARD
                            for c in ast.walk(stmt.value)):
                        assigned.update({t.id: stmt for target in stmt.targets for t in ast.walk(target)
                                         if isinstance(t, ast.Name)})
    return None


def _fed_to_backward(stmt: ast.AST, layer_ok=lambda layer: True) -> list[str]:
    """The names a statement passes last to a ``.backward(..., g)`` call whose receiver ``layer_ok`` accepts."""
    return [c.args[-1].id for c in ast.walk(stmt) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
            and c.func.attr in BACKWARD and c.args and isinstance(c.args[-1], ast.Name) and layer_ok(c.func.value)]


def unrun_loss_gradient(path, unrolled: bool = True) -> tuple[str, str, str, bool] | None:
    """(whose, where, the line, whether it only reads a kept result: ``grad = head.dinputs``) of a loss gradient
    the file's own training code gives its layers' backward (:func:`_inline_loss_gradient`; with ``unrolled``, also
    :func:`_unrolled_loss_gradient`'s), read by the judge from the source alone; None if none."""
    from types import SimpleNamespace

    sm = SourceMap.of(SimpleNamespace(source=None, path=path))
    found = _inline_loss_gradient(sm) or (_unrolled_loss_gradient(sm) if unrolled else None)
    return (*found[:3], isinstance(found[3].value, (ast.Attribute, ast.Subscript, ast.Name))) if found else None


def _unrolled_loss_gradient(sm: SourceMap) -> tuple[str, str, str, ast.Assign, str] | None:
    """(``MLP.train(...)`` and what it does, where, the line, its statement, the name) for a function or method
    that calls its layers' backward one by one, with no loop (``self.out.backward(g, ...)``), starting from a ``g``
    it computed itself (``grad_output = predicted_labels - y_batch``): the file's own chaining of its layers and its
    own loss gradient, which xval, composing the layers itself, does not run; else None."""
    for name, node in sm.defs.items():
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        assigned: dict[str, ast.Assign] = {}
        for stmt in node.body:
            if isinstance(stmt, (ast.For, ast.While)):
                break  # a loop over its layers: :func:`_function_loss_gradient`'s
            calls = [c for c in ast.walk(stmt) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                     and c.func.attr in BACKWARD and isinstance(c.func.value, ast.Attribute)]  # self.layer.backward
            if calls:  # the first: given a difference with the labels (not a value its forward recomputed)
                g = next((a.id for a in calls[0].args if isinstance(a, ast.Name) and a.id in assigned and any(
                    isinstance(n, ast.Name) and (classify(n.id) or ("",))[0] == "y"
                    for n in ast.walk(assigned[a.id].value))), None)
                if g is not None:
                    args = ", ".join(a.arg for a in node.args.args)
                    return (f"{name}({args}) (which chains its layers' backward itself)", sm.line_of(assigned[g]),
                            ast.unparse(assigned[g])[:80], assigned[g], g)
                break
            if isinstance(stmt, ast.Assign) and not isinstance(stmt.value, ast.Call):  # (a forward's result: a call)
                assigned.update({t.id: stmt for target in stmt.targets for t in ast.walk(target)
                                 if isinstance(t, ast.Name)})
    return None


def _function_loss_gradient(sm: SourceMap) -> tuple[str, str, str, ast.Assign, str] | None:
    for name, node in sm.defs.items():
        if "." in name or not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        assigned: dict[str, ast.Assign] = {}  # the latest assignment of each name above the backward loop
        for stmt in node.body:
            loop_vars = {t.id for t in ast.walk(stmt.target) if isinstance(t, ast.Name)} \
                if isinstance(stmt, ast.For) else set()
            loop_vars |= {t.id for a in ast.walk(stmt) if loop_vars and isinstance(a, ast.Assign)  # layer = net[i]
                          and isinstance(a.value, ast.Subscript) and any(isinstance(n, ast.Name) and n.id in loop_vars
                                                                         for n in ast.walk(a.value.slice))
                          for t in a.targets if isinstance(t, ast.Name)}
            passed = _fed_to_backward(stmt, lambda layer: isinstance(layer, ast.Subscript) or isinstance(
                layer, ast.Name) and layer.id in loop_vars) if loop_vars else []  # layers[i].backward(..., g)
            if passed:  # the backward loop: what it starts from was assigned above it
                g = next((n for n in passed if n in assigned), None)
                seen = set()
                while g is not None and isinstance(assigned[g].value, ast.Name) and assigned[g].value.id in \
                        assigned and g not in seen:  # grad_output = grad_logits: the name it was copied from
                    seen.add(g)
                    g = assigned[g].value.id
                if g is not None:
                    args, stmt = ", ".join(a.arg for a in node.args.args), assigned[g]
                    return f"{name}({args})", sm.line_of(stmt), ast.unparse(stmt)[:80], stmt, g
                break
            if isinstance(stmt, ast.Assign) and not (isinstance(stmt.value, ast.Call) and isinstance(
                    stmt.value.func, ast.Attribute) and stmt.value.func.attr in BACKWARD):
                assigned.update({t.id: stmt for target in stmt.targets for t in ast.walk(target)
                                 if isinstance(t, ast.Name)})
    return None


def interface(m: LayerObjects) -> str:
    if m.fused:
        layout = m.layout.describe().replace(", integer labels", "") if m.loss is None else m.layout.describe()
        others = [said for k, (_, said) in m.fused_alone.items() if k in m.judged_alone]
        alone = f"; judged alone with its other activations too: {', '.join(others)}" if others else ""
        return (f"layer objects {m.affine.__name__} composed by xval, {m.fused[2]}{alone} ({m.a_fwd} then {m.a_bwd}; "
                f"the hidden z and the probabilities are not exposed), {layout}; gradients read from each "
                f"{m.affine.__name__}'s {m.grads_where or 'stored gradients'}{_step_said(m)}; loss gradient: "
                f"{m.loss_note}")
    acts = f"{m.affine.__name__}, {m.act_cls.__name__}"
    if m.act_cls is OwnReLU:
        acts = f"{m.affine.__name__} (the file's only layer; no activation of its own, so xval's ReLU between them)"
    made = ""
    if m.container is not None:
        adder = _adder(m.container)
        made = f"{m.container.__name__}() and .{adder}(layer) for each layer" if adder else \
            f"{m.container.__name__}({'*' if _star(m.container.__init__) else ''}layers)"
    how = (f"composed by xval, the step through its container {made}" if m.use_container
           else "composed by xval"
           + (f" (container {m.container.__name__} {m.container_note})" if m.container_note else ""))
    layout = m.layout.describe()
    if m.loss is None and m.head is None:  # the labels go to xval's own loss gradient, never to the file
        layout = layout.replace(", integer labels", "")
    if m.fold_side:
        layout += (f", the bias folded into the weight as its {m.fold_side} "
                   f"{'column' if m.layout.wcol else 'row'} (the layer adds the ones)")
    kept = f", results read from {', '.join(m.kept)} (its layers' methods return nothing)" if m.kept else ""
    if made_from := getattr(m.affine, "from_arrays", None):
        kept += (f", each {m.affine.__name__}({', '.join(made_from)}) given a weight (n_in, n_out) and a bias (n_out,) "
                 "xval makes")
    switches = {p.name: v for c in (m.affine, m.act_cls) for p, v in zip(
        (_required(getattr(c, _forward(c))) or [])[1:], _switched_off(getattr(c, _forward(c))))}
    kept += "".join(f", {k}={v} passed to its forward ({switched_off([(classify(k) or ('',))[0]])})"
                    for k, v in switches.items())
    kept += ((", on one sample per call (on a batch its bias gradient has one row per sample, not their sum: "
              if m.per_sample_bias else ", on one sample per call (its backward raised on a batch: ")
             + "written for one sample; the batch's gradient the mean of theirs)" if m.per_sample else "")
    kept += (f", `{m.reg_arg}` passed to its backward: the L2 strength checked (0 when none)" if m.reg_arg else "")
    kept += (f", `{m.reg_built}` passed to {m.affine.__name__}(): the L2 strength checked (0 when none)"
             if m.reg_built else f", {m.affine.__name__}() built with its default {m.reg_default[0]}="
             f"{m.reg_default[1]:g}, which none of the file's calls changes" if m.reg_default else "")
    kept += (f", `{m.dtype_built[0]}={m.dtype_built[1]}` passed to {m.affine.__name__}() (the dtype checked)"
             if m.dtype_built else "")
    kept += (f", {m.affine.__name__}.{m.a_bwd} averaging over the batch itself (dW = x.T @ dout / N)"
             + (": xval's loss gradient passed summed over the batch" if m.own_loss else "")) if m.mean_in_layer else ""
    return (f"layer objects {acts} {how} (affine + {m.act_cls.__name__} per hidden layer, affine for the scores; "
            f"{m.a_fwd} then {m.a_bwd}; the probabilities are not exposed), {layout}{kept}; gradients read "
            f"from each {m.affine.__name__}'s {m.grads_where or 'stored gradients'}{_step_said(m)}; loss gradient: "
            f"{m.loss_note}")


def _step_said(m: LayerObjects) -> str:
    if m.optimizer is None:
        return ""
    cls, update, rate = m.optimizer
    return (f"; the step: {cls.__name__}.{update}(layer) at learning rate {LAYER_RATE:g} ({cls.__name__}({rate}="
            f"{LAYER_RATE:g}), fresh each step), its change the gradient checked")
