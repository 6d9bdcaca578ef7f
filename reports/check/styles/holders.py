"""Layer holders and one training function: ``Capa(n_in, n_out, activation)`` objects that only hold ``W`` and
``b`` (no forward or backward of their own), each activation a (function, derivative) pair, and a module function
that takes the layers with the data and the rate and makes one step (``entrenamiento(epoch, X, Y, red, lr)``,
``train(net, X, Y, cost, learning_rate)`` over ``net.layers``), returning the network's output.

xval builds the layers with the file's own class and pairs (the hidden and output pairs the file's own code lists
for its network, ``[relu, relu, sigmoid]``; else the one it passes), puts copies of the checked weights into them,
calls the function once at rate 0 for the forward (its output is what it returns) and once at the rate checked
for the step, whose gradient is the change it makes over the rate. A cost pair the function takes
(``(loss, derivative)``) is passed the file's own. Tried after the styles that call methods, before the script.
"""

from __future__ import annotations

import ast
import types

import numpy as np

from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.styles.base import Rejected, SourceMap, StyleModel, finish_step, probe_batch, probe_params
from xval.reports.check.styles.classes import candidates
from xval.reports.check.styles.layout import Layout
from xval.reports.check.styles.names import classify
from xval.reports.check.styles.objects import (ACTIVATIONS, BACKWARD, FORWARD, _activation_word, _method,
                                               _required, param_slots)
from xval.reports.check.styles.reading import arguments

COST_WORDS = ("cost", "loss", "coste", "costo", "perdida", "error", "erro", "kosten", "verlust")
"""Words in the name of a parameter (``function_cost``) or a module-level pair (``cost_function``,
``funcion_coste``) that say it is the loss and its derivative."""
HIDDEN_KINDS = ("relu", "sigmoid", "tanh", "leaky_relu")


def _pairs(namespace: dict) -> dict[str, tuple[str, tuple]]:
    """{name: (kind, pair)} of the module's activation pairs: a tuple of two callables named for an activation."""
    out = {}
    for name, v in namespace.items():
        kind = ACTIVATIONS.get(_activation_word(name))
        if kind in HIDDEN_KINDS and isinstance(v, tuple) and len(v) == 2 and all(callable(f) for f in v):
            out[name] = (kind, v)
    return out


def _cost_pair(namespace: dict, pairs: dict) -> tuple | None:
    """The module's one (loss, derivative) pair, by its name's word, when there is exactly one."""
    found = [v for k, v in namespace.items() if k not in pairs and isinstance(v, tuple) and len(v) == 2
             and all(callable(f) for f in v) and any(w in k.lower() for w in COST_WORDS)]
    return found[0] if len(found) == 1 else None


def _holder(loaded, pair) -> tuple[type, bool, str] | None:
    """(class, wcol, bias kind) of a class built with (n_in, n_out, activation) that holds a weight and a bias of those sizes
    and has no forward or backward method of its own."""
    for cls in candidates(loaded):
        if any(_method(cls, names) for names in (FORWARD, BACKWARD)) or len(_required(cls.__init__) or []) != 3:
            continue
        try:
            obj = Guard().call(cls.__name__, cls, 9, 5, pair)
        except SubmissionError:
            continue
        slots = param_slots(obj, 9, 5)
        if slots is not None:
            shape = np.shape(slots[1].get(obj))
            return cls, slots[2], "flat" if len(shape) == 1 else "col" if shape == (5, 1) else "row"
    return None


def _chosen(sm: SourceMap, pairs: dict) -> tuple[str, str]:
    """(hidden pair, output pair) by name: a list of pair names the file writes for its network (``[relu, relu,
    sigmoid]``: its first and last), else the pair its code passes most, for every layer."""
    for tree in sm.trees:
        for n in ast.walk(tree):
            if isinstance(n, ast.List) and len(n.elts) >= 2 and all(
                    isinstance(e, ast.Name) and e.id in pairs for e in n.elts):
                return n.elts[0].id, n.elts[-1].id
    passed = [a.id for tree in sm.trees for c in ast.walk(tree) if isinstance(c, ast.Call)
              for a in [*c.args, *(k.value for k in c.keywords)] if isinstance(a, ast.Name) and a.id in pairs]
    name = max(pairs, key=passed.count) if passed else next(iter(pairs))
    return name, name


def _container(fn_node: ast.FunctionDef | None, param: str) -> bool:
    """Whether the step function reads its network's layers as ``param.layers`` (else it is the list itself)."""
    return fn_node is not None and any(isinstance(n, ast.Attribute) and n.attr == "layers" and isinstance(
        n.value, ast.Name) and n.value.id == param for n in ast.walk(fn_node))


class HolderModel(StyleModel):
    style = "holders"
    mode = "in-place"

    def __init__(self, cls, wcol: bool, bias: str, fn, fn_name: str, args: list, net_arg: str, in_attr: bool,
                 hidden: tuple, output: tuple, cost) -> None:
        super().__init__()
        self.cls, self._fn, self.fwd_name, self._backward_name = cls, fn, fn_name, fn_name
        self.args, self.net_arg, self.in_attr = args, net_arg, in_attr
        self.hidden, self.output, self.cost = hidden, output, cost  # (name, pair) each; the cost pair or None
        self.layout = Layout(bias=bias, wcol=wcol)
        self.layout.onehot = True

    def _net(self, params):
        layers, slots = [], []
        for i, (W, b) in enumerate(params):
            name, pair = self.output if i == len(params) - 1 else self.hidden
            n_in, n_out = W.shape
            obj = self.call(f"{self.cls.__name__}({n_in}, {n_out}, {name})", self.cls, n_in, n_out, pair)
            found = param_slots(obj, n_in, n_out)
            if found is None:
                raise SubmissionError(f"{self.cls.__name__}()", f"holds no weight of shape ({n_in}, {n_out})")
            found[0].set(obj, self.layout.W(W))
            found[1].set(obj, self.layout.b(b))
            layers.append(obj)
            slots.append(found)
        return (types.SimpleNamespace(layers=layers) if self.in_attr else layers), slots

    def _run(self, params, x, y, lr):
        net, slots = self._net(params)
        values = {"x": x.copy(), "y": self.layout.y(y, params[-1][0].shape[1]), "lr": lr, "net": net,
                  "cost": self.cost, "none": 0}
        out = self.call(self._backward_name, self._fn, *[values[role] for role in self.args])
        return out, net, slots

    def forward(self, params, x):
        out, _, _ = self._run(params, x, np.zeros(len(x), dtype=np.int64), 0.0)
        L = len(params)
        probs = self.layout.out(out, len(x), "probs", self.fwd_name) if isinstance(out, np.ndarray) else None
        return [None] * L, [x, *[None] * (L - 1), probs], []

    def step(self, params, x, y, lr, given=None):
        zs, acts, _ = self.forward(params, x)
        _, net, slots = self._run(params, x, y, lr)
        layers, name = net.layers if self.in_attr else net, self._backward_name
        new = [(self.layout.param_W(sw.get(obj), W, f"w{i + 1}", name),
                self.layout.param_b(sb.get(obj), b, f"b{i + 1}", name))
               for i, ((W, b), obj, (sw, sb, _)) in enumerate(zip(params, layers, slots))]
        return finish_step(params, lr, zs, acts, [], new=new)


def _roles(fn, net: str, cost) -> list[str] | None:
    """What to pass each parameter of the step function: "x", "y", "lr", "net", "cost", or "none" (0, for an epoch
    counter it takes); None when it takes no inputs, labels or network."""
    out = []
    for a in arguments(fn) or []:
        role = (classify(a.name) or ("",))[0]
        if a.name == net:
            out.append("net")
        elif role in ("x", "y", "lr"):
            out.append(role)
        elif cost is not None and any(w in a.name.lower() for w in COST_WORDS):
            out.append("cost")
        elif a.has_default:
            break  # (train_mode=True: its default)
        else:
            out.append("none")
    unknown = [i for i, (r, a) in enumerate(zip(out, arguments(fn) or [])) if r == "none"
               and not a.name.lower().startswith(("epoch", "iter", "step"))]
    if "x" not in out and "y" not in out and len(unknown) >= 2:  # train(net, X_entry_values, Y_expected_value, ..):
        out[unknown[0]], out[unknown[1]] = "x", "y"  # the data and its labels, in that order, after the network
    return out if {"x", "y", "net"} <= set(out) else None


def detect(loaded, sm: SourceMap, forward_name, backward_name) -> HolderModel:
    pairs = _pairs(loaded.namespace)
    if not pairs:
        raise Rejected("holders", "no activation pairs (function, derivative) held as module-level tuples", -1)
    hidden, output = _chosen(sm, pairs)
    found = _holder(loaded, pairs[hidden][1])
    if found is None:
        raise Rejected("holders", "activation pairs, but no layer class built with (n_in, n_out, activation) "
                       "holding a weight and a bias", 0)
    cls, wcol, bias = found
    cost = _cost_pair(loaded.namespace, pairs)
    near = Rejected("holders", f"layer class {cls.__name__}, but no function taking its layers, the data and a rate "
                    "that changes their weights", 1)
    mod = loaded.namespace.get("__name__")
    for name, fn in loaded.namespace.items():
        if not isinstance(fn, types.FunctionType) or getattr(fn, "__module__", None) != mod:
            continue
        for a in arguments(fn) or []:
            roles = _roles(fn, a.name, cost) if (classify(a.name) or ("",))[0] not in ("x", "y", "lr") else None
            if roles is None or "lr" not in roles:
                continue
            node = sm.defs.get(name)
            model = HolderModel(cls, wcol, bias, fn, name, roles, a.name, _container(node, a.name),
                                (hidden, pairs[hidden][1]), (output, pairs[output][1]), cost)
            params = probe_params(2, n_in=6, n_out=3, hidden=[5])
            x, y = probe_batch(params)
            try:
                step = model.step(params, x, y, 0.5)
            except SubmissionError:
                continue
            if any(np.any(dW != 0) for dW, _ in step.implied) and step.activations[-1] is not None:
                model.hidden_kind, model.output_kind = pairs[hidden][0], pairs[output][0]
                return model
    raise near


def interface(m: HolderModel) -> str:
    net = f"an object whose .layers are {m.cls.__name__} objects" if m.in_attr else f"a list of {m.cls.__name__}"
    given = [a.name for a in arguments(m._fn) or []][:len(m.args)]  # (those after: their defaults)
    return (f"function {m._backward_name}({', '.join(given)}): one step on "
            f"{net} (each built with (n_in, n_out, activation pair), holding W and b), hidden layers built with "
            f"`{m.hidden[0]}`, the output layer with `{m.output[0]}`{', its cost pair passed' if m.cost else ''}; "
            f"rate 0 for the forward (what it returns), the checked rate for the step, {m.layout.describe()}, "
            "the gradient implied by the update")
