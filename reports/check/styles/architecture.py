"""Layer specifications a file writes down itself, adapted to the sizes xval checks.

Many networks take their architecture as data: a list of dicts
(``[{"input_dim": 784, "output_dim": 128, "activation": "relu"}, ...]``) or of
tuples (``[(784, None), (128, "relu"), (10, "softmax")]``), passed to a
constructor or to every function (``full_forward_propagation(X, params,
nn_architecture)``). xval cannot guess that structure, but the file shows it:
the literal assigned to the name it passes, or written in the call. The
example is read from the source (never run: numbers, strings and simple
integer arithmetic such as ``28*28`` only) and rewritten for the checked
sizes: the same keys and order, the sizes replaced, the activation strings of
its hidden layers and of its output kept. The probe calls confirm it.
"""

from __future__ import annotations

import ast
import operator
import re
import sys

from xval.reports.check.styles.slots import _sq

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.FloorDiv: operator.floordiv}


def literal(node: ast.AST):
    """The value of a literal: numbers, strings, None, lists, tuples, dicts, and integer + - * // of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return sys.intern(node.value)  # the object the file's own literal is: `activation is "relu"` holds
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, type(None))):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [literal(e) for e in node.elts]
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.Dict) and all(k is not None for k in node.keys):
        return {literal(k): literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = literal(node.operand)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return -v
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        a, b = literal(node.left), literal(node.right)
        if all(isinstance(v, int) and not isinstance(v, bool) for v in (a, b)) and abs(a) < 10**6 and abs(b) < 10**6:
            return _OPS[type(node.op)](a, b)
    raise ValueError("not a literal")


def _spec(value) -> bool:
    """A list of layer entries (all dicts, or all tuples/lists) each holding one or two integer sizes."""
    if not isinstance(value, list) or not value:
        return False
    kinds = {type(e) for e in value}
    if not (kinds <= {dict} or kinds <= {tuple, list}):
        return False
    counts = {len(_ints(e)) for e in value}
    return counts in ({1}, {2})


def _ints(entry) -> list:
    """The positions (keys or indices) of an entry's integer values, in order."""
    items = entry.items() if isinstance(entry, dict) else enumerate(entry)
    return [k for k, v in items if _is_int(v)]


class LayerCalls:
    """A list of layer-constructor calls the file writes (``NeuralNetwork([Layer(64, 784, "relu"), Layer(10, 64,
    "softmax")])``): the class called, and each call's arguments (literals; two integer sizes each, or with
    ``units`` one each, the layer's width: ``model.add(DenseLayer(64))``, its input the width before it)."""

    def __init__(self, callee: str, entries: list[tuple[list, dict]], units: bool = False) -> None:
        self.callee, self.entries, self.units = callee, entries, units

    @staticmethod
    def read(node: ast.AST, units: bool = False) -> "LayerCalls | None":
        if not isinstance(node, (ast.List, ast.Tuple)) or not node.elts or not all(
                isinstance(e, ast.Call) and isinstance(e.func, ast.Name) for e in node.elts):
            return None
        callees = {e.func.id for e in node.elts}
        if len(callees) != 1:
            return None
        entries = []
        for call in node.elts:
            try:
                args = [literal(a) for a in call.args]
                kwargs = {k.arg: literal(k.value) for k in call.keywords if k.arg}
            except (ValueError, TypeError, ZeroDivisionError, RecursionError):
                return None
            if len(kwargs) != len(call.keywords) or len(LayerCalls._size_places(args, kwargs)) != (1 if units else 2):
                return None
            entries.append((args, kwargs))
        return LayerCalls(callees.pop(), entries, units)

    @staticmethod
    def _size_places(args: list, kwargs: dict) -> list:
        return [i for i, v in enumerate(args) if _is_int(v)] + [k for k, v in kwargs.items() if _is_int(v)]

    @property
    def one_output(self) -> bool:
        """Whether its last layer has one output unit (a binary classifier or a regression)."""
        return self._size(self.entries[-1], 0 if self.units or self._out_in() else 1) == 1

    def _out_in(self) -> bool:
        """Whether each call gives its output size first: the next call's second size is this one's first."""
        e, size = self.entries, self._size
        return not self.units and len(e) > 1 and size(e[0], 0) == size(e[1], 1) and size(e[0], 1) != size(e[1], 0)

    def _size(self, entry, k):
        p = self._size_places(*entry)[k]
        return entry[0][p] if isinstance(p, int) else entry[1][p]

    def resized(self, sizes: list[int]) -> list[tuple[list, dict]]:
        """One call per layer for ``sizes`` (input first), in the example's order of its two sizes (the chain of
        its calls says which is the input: the next call's input is this one's output); hidden layers copy the
        first call's other arguments, the last layer the last call's."""
        e = self.entries
        out_in = self._out_in()
        calls = []
        L = len(sizes) - 1
        for j in range(L):
            args, kwargs = (list(e[0][0]), dict(e[0][1])) if j < L - 1 else (list(e[-1][0]), dict(e[-1][1]))
            pair = (sizes[j + 1],) if self.units else (sizes[j + 1], sizes[j]) if out_in else (sizes[j], sizes[j + 1])
            for p, v in zip(self._size_places(args, kwargs), pair):
                if isinstance(p, int):
                    args[p] = v
                else:
                    kwargs[p] = v
            calls.append((args, kwargs))
        return calls


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def examples(trees: list[ast.AST]) -> dict[str, list]:
    """What the file's own code writes down about its layers, never run: layer specifications by the squashed name
    they are assigned to (``nn_architecture``) and by ``Callee#position`` / ``Callee.keyword`` for those written or
    passed in a call; ``Callee#strings``, the string keywords of the call that gave its fullest specification;
    ``<key>=1`` (an argument given as 1: one output unit) and ``<key>=last1`` (a size list ending in 1), True;
    ``<key>=int``, the first int passed there (literally, or as a module-level constant's name);
    ``<key>=names``, a list of strings passed there (activation names); ``<key>=fn``, the name of one of the file's
    own module-level functions passed there (``Net(sigmoid, sigmoid_derivative)``); ``<key>=dim``, True where it
    passes an array's feature count (``train_x.shape[1]``, ``len(X[0])``: the input size); ``<key>=name``, the first
    variable name passed there (``train_y``); a :class:`LayerCalls` where the
    file passes (or assigns) a list of calls of one layer class."""
    assigned: dict[str, list] = {}
    ends_in_one: set[str] = set()  # names of list literals whose last size is 1 ([n_x, 10, 1]: one output unit)
    constants = {t.id: n.value.value for tree in trees for n in getattr(tree, "body", [])
                 if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(t := n.targets[0], ast.Name)
                 and isinstance(n.value, ast.Constant) and _is_int(n.value.value)}  # n_outputs = 1 at module level
    for tree in trees:
        for n in ast.walk(tree):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and \
                    _ends_in_one(n.value):
                ends_in_one.add(_sq(n.targets[0].id))
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and \
                    (calls := LayerCalls.read(n.value)) is not None:
                assigned[_sq(n.targets[0].id)] = calls  # layers = [Layer(784, 64, "relu"), ...]
                continue
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                try:
                    value = literal(n.value)
                except (ValueError, TypeError, ZeroDivisionError, RecursionError):
                    continue
                if _spec(value):  # the last assignment: a file's later task is often its aim (as for calls below)
                    assigned[_sq(n.targets[0].id)] = value
    out = dict(assigned)
    out.update(_added_layers(trees))
    functions = {n.name for t in trees for n in t.body if isinstance(n, ast.FunctionDef)}
    for tree in trees:
        for n in ast.walk(tree):
            if not isinstance(n, ast.Call):
                continue
            callee = n.func.id if isinstance(n.func, ast.Name) else n.func.attr if isinstance(n.func, ast.Attribute) \
                else None
            if callee is None:
                continue
            for key, arg in [(f"{callee}#{i}", a) for i, a in enumerate(n.args)] + \
                            [(f"{callee}.{k.arg}", k.value) for k in n.keywords if k.arg]:
                if _ends_in_one(arg) or isinstance(arg, ast.Name) and _sq(arg.id) in ends_in_one:
                    out.setdefault(f"{key}=last1", True)  # layer sizes ending in one output unit: binary
                if isinstance(arg, ast.Name):
                    out.setdefault(f"{key}=name", arg.id)  # the name it passes there (train_y: its labels)
                if _feature_count(arg):
                    out.setdefault(f"{key}=dim", True)  # NeuralNetwork(10, train_x.shape[1]): the input size
                if isinstance(arg, ast.Name) and arg.id in functions:
                    out.setdefault(f"{key}=fn", arg.id)  # Net(sigmoid, sigmoid_derivative): a function it passes
                value = assigned.get(_sq(arg.id)) if isinstance(arg, ast.Name) else LayerCalls.read(arg)
                if isinstance(value, LayerCalls):
                    out[key] = value  # NeuralNetwork([Layer(10, 784, "relu"), ...]): the layers it is built from
                    continue
                if value is None and isinstance(arg, ast.Name):
                    value = constants.get(arg.id)  # Net(n_in, n_hidden, n_out) with n_out = 1 above it
                if value is None:
                    try:
                        value = literal(arg)
                    except (ValueError, TypeError, ZeroDivisionError, RecursionError):
                        continue
                if value == 1 and not isinstance(value, bool):
                    out.setdefault(f"{key}=1", True)  # output_size=1 in its own call: a binary classifier
                if _is_int(value):
                    out.setdefault(f"{key}=int", value)  # Net(784, 64, 10, 0.5): the number it passes there
                if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
                    out[f"{key}=names"] = list(value)  # activations=['sigmoid', 'sigmoid']: names it passes
                if _spec(value) and len(value) >= len(out.get(key, [])):
                    out[key] = value  # the fullest example, the last of equals (a file's later task, often its aim)
                    out[f"{callee}#strings"] = _string_keywords(n)  # the configuration written with it
    implied: dict[str, list | None] = {}  # argument name -> the list its functions' reads make (read once a name)
    for tree in trees:
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            for i, arg in enumerate(a.arg for a in fn.args.args):
                if f"{fn.name}#{i}" in out:
                    continue
                if arg not in implied:
                    implied[arg] = implied_example(arg, trees)
                if implied[arg] is not None:
                    out[f"{fn.name}#{i}"] = implied[arg]  # no list written down: one made of the keys it reads
    return out


_ACTIVATION_STRINGS = ("relu", "leaky_relu", "sigmoid", "tanh", "softmax")
"""Activation names a layer entry may hold, the hidden layers' first choice first."""


def implied_example(arg: str, trees: list[ast.AST]) -> list | None:
    """A two-layer list of dicts made of the keys the file's functions read from each entry of an argument named
    ``arg`` when the file writes no example (``for idx, layer in enumerate(nn_architecture): layer["input_dim"],
    layer["output_dim"], layer["activation"]``, in its init and its forward): a key naming the input's size, one
    naming the output's, one naming the activation (the activation strings the file compares with: ReLU hidden
    units if it has them, a softmax or sigmoid output). None unless all three are read."""
    keys: list[str] = []
    for fn in (n for t in trees for n in ast.walk(t) if isinstance(n, ast.FunctionDef)
               and arg in (a.arg for a in n.args.args)):
        entries = set()
        for loop in (n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.comprehension))):
            it = loop.iter
            while isinstance(it, ast.Call) and it.args and getattr(it.func, "id", "") in ("enumerate", "reversed",
                                                                                           "list"):
                it = it.args[0]
            if isinstance(it, ast.Name) and it.id == arg:
                target = loop.target.elts[-1] if isinstance(loop.target, ast.Tuple) else loop.target
                if isinstance(target, ast.Name):
                    entries.add(target.id)
        keys += [n.slice.value for n in ast.walk(fn) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
                 and n.value.id in entries and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str)]
    keys = list(dict.fromkeys(keys))
    size_in = [k for k in keys if re.search(r"(^|_)in(put)?(_|$)", k.lower())]
    size_out = [k for k in keys if re.search(r"(^|_)out(put)?(_|$)", k.lower())]
    act = [k for k in keys if "activ" in k.lower() or k.lower() in ("act", "func", "fn")]
    if len(size_in) != 1 or len(size_out) != 1 or len(act) != 1:
        return None
    compared = {c.value.lower() for t in trees for n in ast.walk(t) if isinstance(n, ast.Compare)
                for c in [n.left, *n.comparators] if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    known = [a for a in _ACTIVATION_STRINGS if a in compared]
    hidden = next((a for a in known if a != "softmax"), None)
    output = next((a for a in ("softmax", "sigmoid") if a in known), None)
    if hidden is None or output is None:
        return None
    return [{size_in[0]: 784, size_out[0]: 16, act[0]: sys.intern(hidden)},
            {size_in[0]: 16, size_out[0]: 10, act[0]: sys.intern(output)}]


def _added_layers(trees: list[ast.AST]) -> dict[str, tuple[str, LayerCalls]]:
    """``{"Net#added": (method, LayerCalls)}`` for a model the file builds empty and then adds its layers to, one
    call each, in one block: ``model = ANN()``, then ``model.add_layer(DenseLayer(2, 64, activation="relu"))`` and
    so on (the Keras-like way). Two or more additions of one layer class through one method."""
    out: dict[str, tuple[str, LayerCalls]] = {}
    for block in (getattr(n, "body", None) for t in trees for n in ast.walk(t)):
        if not isinstance(block, list):
            continue
        made: dict[str, str] = {}  # variable -> the class it was made from
        added: dict[str, list[tuple[str, ast.Call]]] = {}
        for st in block:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                    and isinstance(st.value, ast.Call) and isinstance(st.value.func, ast.Name):
                made[st.targets[0].id] = st.value.func.id
                added.pop(st.targets[0].id, None)
            elif isinstance(st, ast.Expr) and isinstance(call := st.value, ast.Call) \
                    and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
                    and call.func.value.id in made and len(call.args) == 1 and not call.keywords \
                    and isinstance(call.args[0], ast.Call):
                added.setdefault(call.func.value.id, []).append((call.func.attr, call.args[0]))
        for var, adds in added.items():
            if len(adds) >= 2 and len({m for m, _ in adds}) == 1 and \
                    (calls := LayerCalls.read(ast.List(elts=[c for _, c in adds], ctx=ast.Load())) or LayerCalls.read(
                        ast.List(elts=[c for _, c in adds], ctx=ast.Load()), units=True)) is not None:
                out[f"{made[var]}#added"] = (adds[0][0], calls)
    return out


def _ends_in_one(node: ast.AST) -> bool:
    """A list or tuple display of at least two sizes whose last is the literal 1 (``[n_x, 10, 1]``)."""
    return isinstance(node, (ast.List, ast.Tuple)) and len(node.elts) >= 2 and isinstance(node.elts[-1], ast.Constant) \
        and node.elts[-1].value == 1 and not isinstance(node.elts[-1].value, bool)


def _string_keywords(call: ast.Call) -> dict[str, str]:
    """The string-valued keyword arguments of a call (``loss="softmax_cross_entropy"``): its configuration."""
    return {k.arg: k.value.value for k in call.keywords
            if k.arg and isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)}


def adapt(example: list | None, sizes: list[int]) -> list | None:
    """The example rewritten for ``sizes`` (input first): one entry per layer with (in, out) when its entries hold
    two sizes, else one entry per size (the input's included when the example's first entry is the input's: the
    same size as the next entry's input, or no activation). Hidden entries copy the example's first hidden entry,
    the last copies its last; None when the example does not read as a layer list."""
    if not _spec(example):
        return None
    L = len(sizes) - 1
    two = len(_ints(example[0])) == 2
    if two:
        swapped = len(example) > 1 and _value(example[0], 1) != _value(example[1], 0) \
            and _value(example[0], 0) == _value(example[1], 1)  # (out, in) order: the chain says which
        rows = [(sizes[j], sizes[j + 1]) for j in range(L)]
        rows = [(o, i) for i, o in rows] if swapped else rows
        hidden, last = example[0], example[-1]
        return [_fill(hidden if j < L - 1 else last, row) for j, row in enumerate(rows)]
    with_input = len(example) > 1 and not any(isinstance(v, str) and _sq(v) not in ("none", "input", "linear", "")
                                              for v in (example[0].values() if isinstance(example[0], dict)
                                                        else example[0]))
    if with_input:
        hidden = example[1] if len(example) > 2 else example[-1]
        return [_fill(example[0], (sizes[0],))] + [_fill(hidden if j < L - 1 else example[-1], (sizes[j + 1],))
                                                   for j in range(L)]
    return [_fill(example[0] if j < L - 1 else example[-1], (sizes[j + 1],)) for j in range(L)]


def _feature_count(node: ast.AST) -> bool:
    """Whether ``node`` reads a data array's feature count: ``X.shape[1]``, ``x_train.shape[-1]``, ``len(X[0])``."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "shape":
        return isinstance(node.slice, ast.Constant) and node.slice.value == 1 or isinstance(
            node.slice, ast.UnaryOp) and isinstance(node.slice.op, ast.USub) and getattr(node.slice.operand, "value",
                                                                                       None) == 1
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len" and len(
        node.args) == 1 and isinstance(a := node.args[0], ast.Subscript) and isinstance(a.slice, ast.Constant) \
        and a.slice.value == 0


def example_sizes(example) -> list[int] | None:
    """The layer sizes, input first, of a layer list whose entries each hold two sizes that chain
    (``[{"input_dim": 2, "output_dim": 3}, {"input_dim": 3, "output_dim": 1}]``, in either order); None for any
    other list (one size per entry does not say whether the input's is among them)."""
    if not _spec(example) or len(_ints(example[0])) != 2:
        return None
    return chain_sizes([(_value(e, 0), _value(e, 1)) for e in example])


def chain_sizes(pairs: list, in_first: bool = True) -> list[int] | None:
    """The sizes, input first, of layers given as pairs of sizes (a matrix's shape, a layer entry's two sizes)
    that chain, each one's output the next one's input: read as (in, out) or as (out, in), whichever chains
    (``in_first``: which reading is tried first, for square layers that chain both ways); None if neither."""
    for i, o in ((0, 1), (1, 0)) if in_first else ((1, 0), (0, 1)):
        if all(a[o] == b[i] for a, b in zip(pairs, pairs[1:])):
            return [pairs[0][i], *(p[o] for p in pairs)]
    return None


def _value(entry, k: int):
    keys = _ints(entry)
    return entry[keys[k]] if k < len(keys) else None


def _fill(template, values: tuple):
    """A copy of ``template`` with its integer sizes replaced by ``values``, in order."""
    keys = _ints(template)
    if isinstance(template, dict):
        out = dict(template)
    else:
        out = list(template)
    for k, v in zip(keys, values):
        out[k] = v
    return out if isinstance(template, (dict, list)) else tuple(out)
