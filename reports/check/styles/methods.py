"""A class used as a namespace of functions: ``net.forward_propagation(X, parameters)`` and
``net.backward_propagation(parameters, cache, X, Y)``.

Course code in the deeplearning.ai style is often put in a class whose methods still take the parameters as
arguments (``def forward_propagation(self, X, parameters)``): the class holds no weights, so the classes style
finds none, and its methods are not module functions, so the functions style sees nothing. This style is tried
last, when no other fits: for each class of the file whose forward method takes weights (``parameters``,
``W1``, ``weights`` ...), it makes one instance (with no arguments, else without running ``__init__``) and
reads its bound methods as the functions style reads module functions, with the same probes.
"""

from __future__ import annotations

import inspect
from dataclasses import replace

import numpy as np

from xval.reports.check.styles import functions
from xval.reports.check.styles.base import Rejected, SourceMap
from xval.reports.check.styles.classes import candidates
from xval.reports.check.styles.names import classify, spelled
from xval.reports.check.styles.reading import arguments


def _as_function(bound, name: str, before=None):
    """A plain function calling ``bound`` with its signature (the functions style reads arguments by name);
    ``before(arguments)`` first, given the call's arguments by name, when the instance follows each call's data."""
    signature = inspect.signature(bound)

    def call(*args, **kwargs):
        if before is not None:
            try:
                given = signature.bind(*args, **kwargs).arguments
            except TypeError:
                given = {}
            before(given)
        return bound(*args, **kwargs)

    call.__signature__ = signature
    call.__name__ = call.__qualname__ = name
    return call


def _instance(cls):
    """(instance, how): built with no arguments when its constructor allows it, else without ``__init__``."""
    try:
        inspect.signature(cls).bind()
    except (TypeError, ValueError):
        return object.__new__(cls), "made without running __init__ (its constructor takes arguments)"
    try:
        return cls(), "built with no arguments"
    except Exception as exc:  # noqa: BLE001 - the file's constructor; the methods may still stand alone
        return object.__new__(cls), f"made without running __init__ ({cls.__name__}() raised {type(exc).__name__})"


def _data_constructor(cls) -> list[tuple[str, str]] | None:
    """[(parameter, "x" | "y")] when every parameter ``cls``'s constructor requires is named as the data
    (``__init__(self, X, y)``: ``self.m, self.n = X.shape``), the inputs among them; else None."""
    required = [a for a in (arguments(cls.__init__) or [])[1:] if not a.has_default]
    roles = [(a.name, (classify(a.name) or ("",))[0]) for a in required]
    return roles if roles and all(r in ("x", "y") for _, r in roles) and any(r == "x" for _, r in roles) else None


def _following(cls, obj, data: list[tuple[str, str]]):
    """What runs before each method call of an instance whose constructor takes the data: the constructor again,
    on the inputs (and labels) of the call, or of the last call that had them (its labels, when no call gave any
    for those inputs yet, one class per sample: only their count is the data's), so that what it derives from
    the data (the number of samples) is the batch's."""
    seen: dict[str, object] = {}

    def before(given: dict) -> None:
        for name, value in given.items():
            role = (classify(name) or ("",))[0]
            if role in ("x", "y") and isinstance(value, np.ndarray):
                seen[role] = value
        x = seen.get("x")
        if x is None:
            return
        y = seen.get("y")
        y = y if isinstance(y, np.ndarray) and len(y) == len(x) else np.zeros(len(x), dtype=int)
        try:
            cls.__init__(obj, **{name: x if role == "x" else y for name, role in data})
        except Exception:  # noqa: BLE001 - the file's constructor; the method then says what it lacks
            pass

    return before


def _methods(cls) -> dict[str, object]:
    """{name: function} of the methods ``cls`` defines, static ones among them (``@staticmethod def
    back_prop(Y, cache, params, X)``: a course class whose steps need no instance), each as written."""
    return {n: v.__func__ if isinstance(v, staticmethod) else v for n, v in vars(cls).items()
            if inspect.isfunction(v) or isinstance(v, staticmethod) and inspect.isfunction(v.__func__)}


def _takes_weights(cls) -> str | None:
    """The first forward method of ``cls`` that takes weights as an argument, or None."""
    methods = _methods(cls)
    for name in spelled(list(methods), functions.FORWARD_NAMES):
        args = arguments(methods[name]) or []
        own = args if isinstance(vars(cls)[name], staticmethod) else args[1:]
        if any(a.role in functions.PARAM_ROLES for a in own):
            return name
    return None


def _view(sm: SourceMap, cls_name: str, methods: list[str]) -> SourceMap:
    """``sm`` with each method's source also under its bare name (``forward_propagation``)."""
    defs = dict(sm.defs)
    for m in methods:
        node = sm.defs.get(f"{cls_name}.{m}")
        if node is not None:
            defs[m] = node
    return SourceMap(defs=defs, trees=sm.trees, labels=sm.labels)


class MethodPair(functions.FunctionPair):
    """A function pair whose functions are the bound methods of one instance of a class."""

    style = "methods"
    cls_name = "?"
    made = ""


def detect(loaded, sm: SourceMap, forward_name: str | None, backward_name: str | None) -> MethodPair:
    near = Rejected("methods", "no class whose forward method takes the weights as an argument", -1)
    for cls in candidates(loaded):
        if _takes_weights(cls) is None:
            continue
        data = _data_constructor(cls)
        obj, made = (object.__new__(cls), f"its constructor run on each call's data ({', '.join(n for n, _ in data)})"
                     ) if data else _instance(cls)
        before = _following(cls, obj, data) if data else None
        names = [n for n in _methods(cls) if not n.startswith("__")]
        ns = dict(loaded.namespace)
        for n in names:
            ns[n] = _as_function(getattr(obj, n), n, before)
        view = replace(loaded, namespace=ns)
        try:
            pair = functions.detect(view, _view(sm, cls.__name__, names), forward_name, backward_name)
        except Rejected as r:
            near = Rejected("methods", f"class {cls.__name__}'s methods as functions: {r.why}", min(r.score, 2))
            continue
        if not isinstance(pair, functions.FunctionPair) or pair.spec.kind == "globals":
            continue
        pair.__class__ = MethodPair
        pair.cls_name, pair.made = cls.__name__, made
        return pair
    raise near


def interface(pair: MethodPair) -> str:
    return f"the methods of class {pair.cls_name} (one instance, {pair.made}) as {functions.interface(pair)}"
