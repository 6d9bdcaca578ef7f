"""A network written as a script: weights at module level, forward, backward and update inline in a training loop.

Covers::

    W1 = np.random.randn(2, 4) * 0.1; b1 = np.zeros((1, 4)); ...; lr = 0.5
    for epoch in range(1000):                      # or while ..., or in ``if __name__ == "__main__":``,
        z1 = X @ W1 + b1; a1 = sigmoid(z1); ...    # or in a main() the file calls
        dz2 = a2 - Y; dW2 = a1.T @ dz2 / m; ...
        W1 -= lr * dW1; b1 -= lr * db1; ...

and the same with a mini-batch loop inside (``for i in range(0, n, bs): xb = X[i:i + bs]``), one sample at a time
(``for x, t in zip(X, T)``, ``for i in range(n): x = X[i]``), each sample's gradient summed in a loop inside the step,
column-major (``np.dot(W1, X)``), momentum or a rate folded into the gradient (``dW = lr * ...; W -= dW``), updates
through ``zip([W1, W2], [dW1, dW2])``, a forward in a function reading the module's weights, one step written out at
top level with no loop; and the same reading of a function that trains the arrays it is given or makes
(``nn_epoch(X, y, W1, W2, lr, batch)``, ``train(X, t, rate)``), or of a class's training method with the forward
inline and no forward method (its ``self.`` attributes read as names, on the instance the file makes).

Everything is read from the code, never from which reading makes a gradient pass:

- the training loop: the innermost loop whose body updates, by a difference (``W1 -= ...``, ``W1 = W1 - ...``),
  names it multiplies by; those names are the weights, in the order the step first multiplies by them; the other
  updated names the biases, each paired with the weight whose product it is added to;
- the input: the other operand of the first layer's product, or the array it is sliced from; column-major when the
  weight is the left operand;
- the labels: what the body subtracts from (or compares with) its output, the array it is sliced from, or a name that
  says labels passed beside the output; one-hot unless the body builds one-hot rows or indexes by label itself;
- the rate: the names that say "rate" (``lr``, ``alpha``, ``eta`` ...) read in the loop, else the name or constant
  every update multiplies by, else 1; recorded before each update, so updates at different rates are exit 2;
- names that count the batch (``m``, ``n``, ``batch_size``; or equal to the number of rows of the file's own data).

The assignments before the loop run first, each on its own (a failure, such as data that cannot be loaded, is
skipped and listed; no loop or call statement runs), so the file's own sizes and constants exist. One step is then
the loop body run once, from its start to its last update, in the file's own namespace, with the checked weights,
xval's batch, labels and rate bound to those names, and the set-up statements that read them run again
(``m = X.shape[0]``, ``v = np.zeros_like(W1)``: momentum starts from zero, so one step's change is rate times
gradient); statements of the loop that replace the data (``X, y = X[perm], y[perm]``) do not run. The gradient is
implied by the change. One sample at a time: the body runs for each sample from the same weights, and the step is
their mean (as for a class that steps per sample). A sample drawn at random and an adaptive update (Adam, RMSProp)
are exit 2: neither gives a gradient to read. Biases folded into the weights (``theta1`` (in + 1, hidden), a column of
ones joined to the input before the loop, in it, or by a forward function of the file the loop calls, and to each
hidden layer's values on the same side) are read as each matrix's first or last row, xval's bias, the ones the file's.
"""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from xval.reports.check.adapter import Step
from xval.reports.check.guard import SubmissionError, XvalLimit
from xval.reports.check.loading import keep
from xval.reports.check.styles.base import (NoGiven, Rejected, SourceMap, StyleModel, converts_in, mean_step,
                                            probe_batch, probe_params)
from xval.reports.check.styles.layout import Layout, bias_kind
from xval.reports.check.styles.names import classify, squash as _sq
from xval.reports.check.styles.reading import exponentiates, join_side, joins_ones, ones_test, products as _products

LOOPS = (ast.For, ast.While)
SEED_CALLS = ("np.random.seed", "numpy.random.seed", "random.seed")
FRAME = ("values", "iloc", "loc", "to_numpy")  # a pandas table's attributes: the data is not an array
WRAPS = ("array", "asarray", "atleast_2d", "matrix", "asmatrix")  # calls that keep what they wrap (np.array([x]))
DRAWS = ("randint", "integers", "choice", "randrange", "random_integers")  # a sample index drawn at random


@dataclass
class Line:
    """One statement of the script and the name its code is compiled under (the file, or a notebook's cell)."""

    node: ast.stmt
    filename: str
    top: bool = True  # a statement of the module itself (the loader ran it if it calls nothing), not of main()


@dataclass
class Plan:
    """What the code says about the training loop (see the module docstring)."""

    setup: list[Line]  # top-level statements before the training loop
    preamble: list[Line]  # statements of enclosing loops before the loop that updates
    body: list[Line]  # that loop's body, up to its last update
    loop: ast.stmt
    loops: list  # the loop that updates and the loops around it
    weights: list[str]
    biases: list[str | None]
    x: str  # the name bound to the input
    y: str | None  # the name bound to the labels
    targets: list[str] = field(default_factory=list)  # a per-sample loop's own names: (x, t) of zip(X, Y), or i
    # "zip" (the loop target is the sample), "index" (the body takes X[i]), "rows" (its own data is one sample: the
    # body is given one row at a time), "" (a batch)
    per_sample: str = ""
    batch_index: str | None = None  # a mini-batch loop's variable (i of range(0, n, bs)), at its first value
    rates: list[str] = field(default_factory=list)
    fixed_rate: float | None = None  # the constant the updates multiply by, when no rate name is read
    rate_const: bool = False  # fixed_rate is written in the updates (else they have no rate: 1)
    wcol: bool = False  # the weight is the left operand of the products (column-major activations)
    w_transposed: bool = False  # the products use the weight transposed (W1.T @ X: W held (in, out))
    xcol: bool = False  # x as (features, batch): as the activations, unless the first product transposes it
    output_at: int | None = None  # the body statement that compares the output with the labels
    output: str | None = None  # the name compared with the labels
    zs: list[str | None] = field(default_factory=list)
    acts: list[str | None] = field(default_factory=list)  # hidden activations (the next product's operand)
    counts: list[str] = field(default_factory=list)  # names that count the batch
    onehot: bool = True
    ycol: bool | None = None  # labels as (classes, batch): None, as the activations; else read from a `.T` on them
    zip_arrays: list[str] = field(default_factory=list)  # the arrays a per-sample zip walks (X, Y)
    y_from: str | None = None  # the array the labels are sliced from in the loop
    computed: set = field(default_factory=set)  # names the loop assigns
    x_expr: ast.AST | None = None  # the first layer's other operand, as written
    region: list = field(default_factory=list)  # the statements of the loops around and of the body
    function: str | None = None  # the function whose body holds the loop (nn_epoch(X, y, W1, W2, lr, batch))
    slice_counts: list[str] = field(default_factory=list)  # the size in a mini-batch slice (X[i:i + batch])
    sample_axis: int = 0  # the axis a per-sample index walks (X[j]: 0; X[:, j]: 1)
    own_column: bool = False  # the file makes its sample a column itself (X[j][:, np.newaxis])
    y_read_as: str = ""  # the name whose every use transposes the labels (they, or the mini-batch sliced from them)
    y_pair: str | None = None  # the labels array an inner zip(X, Y) of the step walks beside the input
    inner: ast.For | None = None  # that loop
    undict: dict = field(default_factory=dict)  # a name read for a dict's key (weights_W1: weights['W1'])
    unattr: dict = field(default_factory=dict)  # a name read for a settings attribute (Config_epsilon: Config.epsilon)
    order: str | None = None  # the shuffled indices a mini-batch is taken by (X[order[i:i + bs]]): bound to arange
    drawn: bool = False  # ``order`` is drawn at random at each step (idx = np.random.randint(0, n, size=bs))
    drawn_one: str | None = None  # one sample's index drawn at random at each step (n = np.random.randint(0, N))
    pair_taken: str | None = None  # a list of (input, target) pairs the step takes one of (x, t = data[k])
    passed_one: str | None = None  # the one sample the file's loop gives a step function, as written (X[index])
    scaled_take: ast.stmt | None = None  # xb = X[i:i + bs] / 255: the statement taking the batch, scaled by the file
    short_count: str | None = None  # the step of range(0, n, bs) that also sizes the slice: its last batch may be short
    fold: str | None = None  # biases folded into the weights: the side its ones are joined on ("first", "last")
    x_join: ast.stmt | None = None  # a set-up statement joining the ones to the input under its own name (X = [1, X])


def _flatten(sm: SourceMap, loaded) -> list[Line]:
    """The file's top-level statements in order, those under ``if __name__ == "__main__":`` and the body of a
    function taking no arguments that the top level calls (``main()``) in place of the call."""
    from xval.reports.check.loading import _filename, read_sources

    try:
        sources = read_sources(loaded.source or loaded.path, loaded.path)
    except Exception:  # noqa: BLE001 - the loader already reported it
        return []
    out: list[Line] = []
    module = _module_defs(sm)
    defs = {n.name: n for n in sm.defs.values() if isinstance(n, ast.FunctionDef) and not n.args.args
            and not n.args.vararg and not n.args.kwonlyargs}
    for src in sources:
        try:
            tree = ast.parse(src.code)
        except SyntaxError:
            continue
        name = _filename(loaded.path, src)

        def add(stmts, inlined=()):
            for node in stmts:
                if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test):
                    add(node.body, inlined)
                    continue
                call = node.value if isinstance(node, ast.Expr) else node.value if isinstance(node, ast.Assign) \
                    else None
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in defs and \
                        not call.args and call.func.id not in inlined and _update_loop(defs[call.func.id], (), module):
                    add(defs[call.func.id].body, (*inlined, call.func.id))
                    continue
                out.append(Line(_unrolled(node), name, not inlined))
        add(tree.body)
    return out


class _Unroll(ast.NodeTransformer):
    """``for p, g in zip([W1, W2], [dW1, dW2]): p -= lr * g`` written out as ``W1 -= lr * dW1; W2 -= lr * dW2`` (an
    in-place update of each array the lists hold, as the loop makes it); a test that ends the loop early (``if
    np.square(e) / 2 < 0.01: break``, then its ``else:``) left out: a step is checked whole, whatever its loss."""

    def visit_If(self, node: ast.If):
        self.generic_visit(node)
        if not any(isinstance(s, ast.Break) for s in node.body) or not all(
                isinstance(s, ast.Break) or isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and
                getattr(s.value.func, "id", "") == "print" for s in node.body):
            return node
        return node.orelse or ast.copy_location(ast.Pass(), node)

    def visit_For(self, node: ast.For):
        self.generic_visit(node)
        it, t = node.iter, node.target
        if not (isinstance(it, ast.Call) and getattr(it.func, "id", "") == "zip" and len(it.args) == 2 and
                isinstance(t, ast.Tuple) and len(t.elts) == 2 and all(isinstance(e, ast.Name) for e in t.elts) and
                all(isinstance(a, (ast.List, ast.Tuple)) and all(isinstance(e, ast.Name) for e in a.elts)
                    for a in it.args) and len(it.args[0].elts) == len(it.args[1].elts) and len(node.body) == 1 and
                isinstance(node.body[0], ast.AugAssign) and isinstance(node.body[0].target, ast.Name) and
                node.body[0].target.id == t.elts[0].id and not node.orelse):
            return node
        param, grad = t.elts[0].id, t.elts[1].id
        out = []
        for p_el, g_el in zip(it.args[0].elts, it.args[1].elts):
            stmt = copy.deepcopy(node.body[0])
            for n in ast.walk(stmt):
                if isinstance(n, ast.Name) and n.id in (param, grad):
                    n.id = p_el.id if n.id == param else g_el.id
            out.append(stmt)
        return out


def _unrolled(node: ast.stmt) -> ast.stmt:
    if not any(isinstance(n, LOOPS) for n in ast.walk(node)):
        return node
    new = _Unroll().visit(copy.deepcopy(node))
    return new if isinstance(new, ast.stmt) else node


def _const_key(node: ast.AST) -> tuple[str, str] | None:
    """(dict, key) for ``weights['W1']``: a name subscripted by a string constant."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and \
            isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return node.value.id, node.slice.value
    return None


class _Undict(ast.NodeTransformer):
    """``weights['W1']`` read as the name its key was given (:func:`_undict`)."""

    def __init__(self, names: dict[tuple[str, str], str]) -> None:
        self.names = names

    def visit_Subscript(self, node: ast.Subscript):
        self.generic_visit(node)
        key = _const_key(node)
        return ast.copy_location(ast.Name(self.names[key], node.ctx), node) if key in self.names else node


def _undict(lines: list[Line]) -> tuple[list[Line], dict[str, tuple[str, str]]]:
    """Weights kept in dicts the script updates by constant keys (``weights['W1'] -= lr * dW1``): every such key
    read as a name of its own (``weights_W1``), so that the loop reads as one over module-level arrays; after an
    assignment of a dict literal (``params = {'W1': ..., 'b1': ...}``) its names are read from it. Returns the lines
    and {name: (dict, key)} (empty, and the lines unchanged, when no dict is updated so)."""
    updated = set()
    for n in (n for ln in lines for n in ast.walk(ln.node)):
        if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Sub, ast.Add)) and (k := _const_key(n.target)):
            updated.add(k)
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and (k := _const_key(n.targets[0])) and \
                isinstance(n.value, ast.BinOp) and _const_key(n.value.left) == k:
            updated.add(k)
    if len(updated) < 2:
        return lines, {}
    dicts = {d for d, _ in updated}
    keys = sorted({k for ln in lines for n in ast.walk(ln.node) if (k := _const_key(n)) and k[0] in dicts})
    taken = {n.id for ln in lines for n in ast.walk(ln.node) if isinstance(n, ast.Name)}
    names: dict[tuple[str, str], str] = {}
    for d, key in keys:
        name = re.sub(r"\W", "_", f"{d}_{key}")
        while name in taken:
            name += "_"
        names[(d, key)] = name
        taken.add(name)
    undict = _Undict(names)
    out: list[Line] = []
    for ln in lines:
        node = undict.visit(copy.deepcopy(ln.node))
        out.append(Line(node, ln.filename, ln.top))
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and \
                node.targets[0].id in dicts and isinstance(node.value, ast.Dict):
            d = node.targets[0].id
            for k in node.value.keys:
                if isinstance(k, ast.Constant) and (d, k.value) in names:
                    out.append(_assign(names[(d, k.value)], ast.Subscript(ast.Name(d, ast.Load()), ast.Constant(
                        k.value), ast.Load()), node, ln.filename))
    return out, {v: k for k, v in names.items()}


def _updated(node: ast.stmt) -> str | None:
    """The name a statement updates by a difference: ``W -= v``, ``W += v`` (v not a constant), ``W = W - v``."""
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and isinstance(node.op, (ast.Sub, ast.Add)) \
            and not isinstance(node.value, ast.Constant):
        return node.target.id
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and \
            _step_term(node.value, node.targets[0].id) is not None:
        return node.targets[0].id
    return None


def _step_term(value: ast.AST, name: str) -> ast.AST | None:
    """In ``W - lr * dW`` (or ``W - lr * dW - lam * lr * W``, a chain of sums and differences starting with W),
    the term that follows W; None when ``value`` is not such a chain of ``name``."""
    while isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Sub, ast.Add)):
        if isinstance(value.left, ast.Name) and value.left.id == name or _scaled_name(value.left, name):
            return None if isinstance(value.right, ast.Constant) else value.right
        value = value.left
    return None


def _scaled_name(node: ast.AST, name: str) -> bool:
    """``W * k`` or ``k * W`` (k a name or a number): the head of ``W = (W * momento) + lr * g``, whose factor the
    file sets to 1 (any other factor shows in the change the step makes, as a decay)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)):
        return False
    sides = (node.left, node.right)
    return any(isinstance(a, ast.Name) and a.id == name for a in sides) and any(
        isinstance(a, (ast.Name, ast.Constant)) and not (isinstance(a, ast.Name) and a.id == name) for a in sides)


def _shallow(stmts):
    """Statements of a body, into ifs and withs but not into nested loops or definitions."""
    for s in stmts:
        yield s
        if isinstance(s, (ast.If, ast.With, ast.Try)):
            yield from _shallow(getattr(s, "body", []) + getattr(s, "orelse", []) + getattr(s, "finalbody", []))


def _sliced_by_call(s: ast.Assign, name: str, defs: dict) -> str | None:
    """The array ``name`` is a slice of when ``s`` unpacks it from a call of the file's function whose return, at
    that position, is a slice of one of its parameters (``x_batch = x[:, start:end]``): the name passed there."""
    target, call = s.targets[0], s.value
    fn = defs.get(call.func.id) if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
    if not (isinstance(fn, ast.FunctionDef) and isinstance(target, ast.Tuple) and not call.keywords):
        return None
    k = next((i for i, e in enumerate(target.elts) if isinstance(e, ast.Name) and e.id == name), None)
    returns = [r.value for r in ast.walk(fn) if isinstance(r, ast.Return)]
    if k is None or len(returns) != 1 or not isinstance(returns[0], ast.Tuple) or \
            len(returns[0].elts) != len(target.elts) or not isinstance(returns[0].elts[k], ast.Name):
        return None
    params = [a.arg for a in fn.args.args]
    made = returns[0].elts[k].id
    for a in ast.walk(fn):
        if isinstance(a, ast.Assign) and [getattr(t, "id", None) for t in a.targets] == [made] and \
                isinstance(a.value, ast.Subscript) and isinstance(a.value.value, ast.Name) and \
                a.value.value.id in params:
            j = params.index(a.value.value.id)
            return call.args[j].id if j < len(call.args) and isinstance(call.args[j], ast.Name) else None
    return None


def _takes_labels(p: Plan, s: ast.stmt) -> bool:
    """Whether ``s`` unpacks the batch's labels beside other values (``xb, yb = next_batch(X, Y, lo, hi)``)."""
    return bool(p.y_from) and isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Tuple) \
        and p.y_from in _writes(s)


def _fetches(s: ast.stmt, defs: dict | None) -> bool:
    """Whether ``s`` takes a batch through a function of the file that slices what it is given
    (:func:`_sliced_by_call`)."""
    return bool(defs) and isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Tuple) \
        and any(isinstance(e, ast.Name) and _sliced_by_call(s, e.id, defs) for e in s.targets[0].elts)


def _update_loop(node: ast.AST, chain: tuple = (), defs: dict | None = None) -> tuple[ast.stmt, tuple] | None:
    """(the innermost loop under ``node`` whose body updates two or more names by a difference, its enclosing
    loops), or None. ``defs``: the module's functions, whose products a call in the loop counts as the loop's
    (``a1, a2 = feed(xb)`` reading the module's weights)."""
    if isinstance(node, LOOPS):
        inner = [_update_loop(s, (*chain, node), defs) for s in _shallow(node.body) if isinstance(s, LOOPS)]
        inner = [i for i in inner if i]
        if inner:
            return inner[0]
        ups = set(_loop_updates(node.body, defs))
        # a loop that updates names it multiplies by (not only loss += ... accumulators); one such name beside a
        # weight it multiplies by and never writes (its new value assigned to another name) is a step too
        multiplied = _operands(node, defs)
        steps = len(ups) >= 2 or len(ups) == 1 and bool(_frozen_weights(node.body, ups, defs))
        return (node, chain) if steps and ups & multiplied else None
    for s in getattr(node, "body", []):
        found = _update_loop(s, chain, defs)
        if found:
            return found
    return None


def _frozen_weights(region, updated, defs: dict | None = None) -> list[str]:
    """Names the loop multiplies by that are named as weights (``W2``, ``pesos_1``) and that it never writes, beside
    the weights it updates: a layer whose step is lost (``pesos_novos = W + lr * g`` never assigned back), the
    model's still; its gradient is read as the zero change it gets."""
    def stem(name: str) -> str | None:  # pesos0, pesos_1: the name without its layer number
        m = re.fullmatch(r"(.*?[^\d_])_?\d+", name)
        return m.group(1) if m else None

    written = {n for st in region for sub in _shallow([st]) for n in _writes(sub)} | set(updated)
    operands = _operands(ast.Module(list(region), type_ignores=[]), defs)
    stems = {stem(u) for u in updated} - {None}
    return sorted(n for n in operands - written if (classify(n) or ("",))[0] == "W" or stem(n) in stems)


def _fresh(body) -> set[str]:
    """Names a loop body assigns whole (``g2 = softmax(logits)`` before ``g2 -= Iy``): its own values each pass, not
    parameters it updates."""
    return {t.id for s in _shallow(body) if isinstance(s, ast.Assign) and not _updated(s)
            for t in s.targets if isinstance(t, ast.Name)}


def _called_updates(node: ast.AST, defs: dict | None) -> list[str]:
    """The names ``node`` passes to a function of the file that updates that parameter in place (``theta -= lr *
    grad`` in ``softmax_regression_epoch(Z1, y, W2, lr, batch)``: W2 is stepped there)."""
    out = []
    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)):
        fn = (defs or {}).get(call.func.id)
        if not isinstance(fn, ast.FunctionDef):
            continue
        inplace = {s.target.id for s in ast.walk(fn) if isinstance(s, ast.AugAssign) and _updated(s)}
        out += [a.id for p, a in zip(fn.args.args, call.args) if p.arg in inplace and isinstance(a, ast.Name)]
    return out


def _loop_updates(body, defs: dict | None) -> list[str]:
    """The names a loop body updates by a difference, in order, itself or through a function it passes them to;
    the latter only beside an update of its own (a loop that only calls a training function, ``for e in
    range(10): sgd_epoch(X, y, W1, ...)``, is that function's caller, not the step)."""
    fresh = _fresh(body)
    own = [u for s in _shallow(body) for u in [_updated(s)] if u and u not in fresh]
    if not own:
        return []
    return list(dict.fromkeys(u for s in _shallow(body) for u in [_updated(s), *_called_updates(s, defs)]
                              if u and u not in fresh))


def _module_defs(sm: SourceMap) -> dict:
    """The file's module-level functions by name (not its classes' methods)."""
    return {k: v for k, v in sm.defs.items() if "." not in k}


def _operands(node: ast.AST, defs: dict | None = None) -> set[str]:
    """The names the matrix products under ``node`` multiply by (``W1`` of ``X @ W1`` or ``W1.T``), with those of
    the functions of ``defs`` it calls."""
    out = set()
    for left, right, _ in [*_products(node), *_called_products(node, defs or {})]:
        for side in (left, right):
            side = side.value if isinstance(side, ast.Attribute) and side.attr == "T" else side
            if isinstance(side, ast.Name):
                out.add(side.id)
    return out


def _base(node: ast.AST) -> str | None:
    """The name an operand is made from: ``X``, ``X.T``, ``X[i:i + bs]``, ``y.reshape(-1, 1)``, ``X.T[i]``."""
    while True:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            node = node.value
        elif isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("reshape", "astype", "copy", "flatten", "ravel", "T", "transpose"):
            node = node.func.value
        else:
            return None


def _reads(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _writes(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def _stores(node: ast.AST) -> set[str]:
    """The names a statement assigns or writes into (``onehot[np.arange(n), labels] = 1``, ``net.W = ...``)."""
    out = _writes(node)
    for t in (n for n in ast.walk(node)
              if isinstance(n, (ast.Subscript, ast.Attribute)) and isinstance(n.ctx, ast.Store)):
        while isinstance(t, (ast.Subscript, ast.Attribute)):
            t = t.value
        if isinstance(t, ast.Name):
            out.add(t.id)
    return out


def _free(stmts: list[ast.stmt]) -> list[str]:
    """Names the statements read before they assign them, in order of first reading (into the bodies of loops,
    ifs, withs and trys, statement by statement: a name a loop's body assigns before it reads it is not free)."""
    assigned: set[str] = set()
    out: list[str] = []

    def read(node: ast.AST | None) -> None:
        if node is None:
            return
        for n in sorted((n for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)),
                        key=lambda n: (n.lineno, n.col_offset)):
            if n.id not in assigned and n.id not in out:
                out.append(n.id)

    def visit(s: ast.stmt) -> None:
        nonlocal assigned
        heads = {ast.For: lambda: [s.iter], ast.While: lambda: [s.test], ast.If: lambda: [s.test],
                 ast.With: lambda: [i.context_expr for i in s.items], ast.Try: lambda: []}
        kind = next((k for k in heads if isinstance(s, k)), None)
        if kind is not None:
            for h in heads[kind]():
                read(h)
            assigned |= _writes(s.target) if isinstance(s, ast.For) else set()
            for b in [*s.body, *getattr(s, "orelse", []), *(x for h in getattr(s, "handlers", []) for x in h.body),
                      *getattr(s, "finalbody", [])]:
                visit(b)
            return
        read(s.value if isinstance(s, (ast.Assign, ast.AnnAssign)) and s.value is not None else s)
        if isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name) and s.target.id not in assigned \
                and s.target.id not in out:
            out.append(s.target.id)
        assigned |= _writes(s)

    for s in stmts:
        visit(s)
    return out


def _slice_of(stmts: list[ast.stmt], name: str, defs: dict | None = None,
              scaled: bool = False) -> tuple[ast.stmt, ast.Subscript, str] | None:
    """The statement of ``stmts`` that assigns ``name`` from a slice or index of another name (``xb = X[i:i+bs]``,
    ``x = X[i].reshape(1, -1)``, ``x = X[:, [i]]``) or is that name (``layer0 = X``): (statement, subscript or None,
    the other name). With the file's functions ``defs``, also the array passed to one of them that returns a slice
    of it (``x_batch, y_batch = get_next_batch(x_train, y_train, start, end)``): its subscript None (the whole
    batch, the function's own slice run on it). ``scaled``: also through an operation by a constant or a name
    (``X[idx] / 255``): the sample the file scales, for a batch drawn at random that xval gives as that name."""
    for s in stmts:
        if not (isinstance(s, ast.Assign) and len(s.targets) == 1):
            continue
        if defs and (passed := _sliced_by_call(s, name, defs)):
            return s, None, passed
        pairs = [(s.targets[0], s.value)]
        if isinstance(s.targets[0], ast.Tuple) and isinstance(s.value, ast.Tuple) and \
                len(s.targets[0].elts) == len(s.value.elts):  # xb, yb = X[i:i + bs], y[i:i + bs]
            pairs = list(zip(s.targets[0].elts, s.value.elts))
        for target, value in pairs:
            if not (isinstance(target, ast.Name) and target.id == name):
                continue
            node = value
            while isinstance(node, (ast.Call, ast.Attribute, ast.List, ast.BinOp)) and \
                    not isinstance(node, ast.Subscript):
                if isinstance(node, ast.BinOp):  # X[idx].reshape(-1, n) / max_val: the sample, scaled
                    node = node.left if scaled and isinstance(node.right, (ast.Constant, ast.Name)) else None
                elif isinstance(node, ast.List):  # np.array([X[i]]): the one element
                    node = node.elts[0] if len(node.elts) == 1 else None
                elif isinstance(node, ast.Call) and _called_name(node) in WRAPS and node.args:
                    node = node.args[0]  # np.array(X[i]), np.atleast_2d(X[i])
                else:
                    node = node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        else node.value if isinstance(node, ast.Attribute) else None
                if node is None:
                    return None
            while isinstance(node, ast.Subscript) and isinstance(node.value, ast.Subscript):
                node = node.value  # x_train[n][:]: the index that takes the sample
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
                return s, node, node.value.id
            if isinstance(value, ast.Name):  # layer0 = X: the whole array under another name
                return s, None, value.id
            return None
    return None


def _bounds_inlined(sub: ast.Subscript, region) -> ast.Subscript:
    """``sub`` with each bound of its slice that is a name the loop assigns once (``start = i * batch_size``)
    replaced by what it assigns, so that the slice shows the loop variable and the batch count it is made of."""
    if isinstance(sub.slice, ast.Tuple) and sub.slice.elts and isinstance(sub.slice.elts[0], ast.Slice):
        first = _bounds_inlined(ast.Subscript(sub.value, sub.slice.elts[0], sub.ctx), region).slice  # X[i:end, :]
        return sub if first is sub.slice.elts[0] else ast.copy_location(ast.Subscript(
            sub.value, ast.Tuple([first, *sub.slice.elts[1:]], ast.Load()), sub.ctx), sub)
    if not isinstance(sub.slice, ast.Slice):
        return sub
    once: dict[str, list] = {}
    for st in region:
        for n in ast.walk(st):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                once.setdefault(n.targets[0].id, []).append(n.value)
            elif isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Tuple) and \
                    isinstance(n.value, ast.Tuple) and len(n.value.elts) == len(n.targets[0].elts):
                for t, v in zip(n.targets[0].elts, n.value.elts):  # lo, hi = k * bs, (k + 1) * bs
                    if isinstance(t, ast.Name):
                        once.setdefault(t.id, []).append(v)
    def bound(b):
        return once[b.id][0] if isinstance(b, ast.Name) and len(once.get(b.id, ())) == 1 else b
    lower, upper = bound(sub.slice.lower), bound(sub.slice.upper)
    if lower is sub.slice.lower and upper is sub.slice.upper:
        return sub
    return ast.copy_location(ast.Subscript(sub.value, ast.Slice(lower, upper, sub.slice.step), sub.ctx), sub)


def _per_sample_index(sub: ast.Subscript, var: str) -> bool | None:
    """Whether a subscript takes one sample by the loop variable (``X[i]``, ``X[i:i+1]``, ``X[:, i]``,
    ``X[[i]]``): True; a batch (``X[i:i+bs]``): False; None when it does not use ``var``."""
    if var not in _reads(sub.slice):
        return None
    parts = sub.slice.elts if isinstance(sub.slice, ast.Tuple) else [sub.slice]
    for p in parts:
        if var not in _reads(p):
            continue
        if isinstance(p, ast.Name) or isinstance(p, ast.List):
            return True
        if isinstance(p, ast.Slice):
            up = p.upper
            return isinstance(up, ast.BinOp) and isinstance(up.right, ast.Constant) and up.right.value == 1
        return True
    return None


def _rate_of(node: ast.stmt) -> tuple[str, object] | None:
    """The rate an update multiplies by: ("name", id) for a name that says rate, ("name?", ids) for the names of a
    product that may be one, ("const", value); None when it multiplies by nothing."""
    value = node.value if isinstance(node, ast.AugAssign) else _step_term(node.value, node.targets[0].id)
    while isinstance(value, ast.UnaryOp) or isinstance(value, ast.BinOp) and (
            isinstance(value.op, ast.Div) or isinstance(value.op, ast.MatMult) and isinstance(value.left, ast.BinOp)
            and isinstance(value.left.op, ast.Mult)):
        # 0.5 * g / n: the rate of 0.5 * g; step * h.T @ g, which is (step * h.T) @ g: the rate of step * h.T
        value = value.operand if isinstance(value, ast.UnaryOp) else value.left
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult):
        for side in (value.left, value.right):
            inner = side.operand if isinstance(side, ast.UnaryOp) else side
            if isinstance(inner, ast.Constant) and isinstance(inner.value, (int, float)):
                return "const", float(inner.value)
            if isinstance(inner, ast.Name) and (classify(inner.id) or ("",))[0] == "lr":
                return "name", inner.id
        # a multiplier by another name: a rate if its value is one number (``pesosNovos * txAprendizagem``: either
        # side may be it, so both are named)
        named = tuple(inner.id for side in (value.left, value.right)
                      for inner in [side.operand if isinstance(side, ast.UnaryOp) else side]
                      if isinstance(inner, ast.Name))
        if named:
            return "name?", named
    return None


def _rate_names(found: tuple[str, object] | None) -> tuple[str, ...]:
    """The names a :func:`_rate_of` finding offers as the rate (one for "name", the candidates for "name?")."""
    if not found or found[0] not in ("name", "name?"):
        return ()
    return (found[1],) if found[0] == "name" else found[1]


def _is_scalar(v) -> bool:
    return isinstance(v, (int, float, np.floating, np.integer)) and not isinstance(v, bool)


def _adaptive(region: list[ast.stmt], weights: list[str]) -> str | None:
    """The first weight whose update divides by a square root, in the update itself or in the names it is made of
    (``m_hat / (np.sqrt(v_hat) + eps)``, two assignments deep): an adaptive optimiser's step."""
    made = {n: st.value for st in region if isinstance(st, ast.Assign) for n in _writes(st)}

    def roots(node, depth) -> bool:
        if any(_called_name(c) == "sqrt" for c in ast.walk(node)):
            return True
        return depth > 0 and any(roots(made[n], depth - 1) for n in _reads(node) if n in made)
    for st in region:
        for s in _shallow([st]):
            name = _updated(s)
            if name in weights:
                term = s.value if isinstance(s, ast.AugAssign) else _step_term(s.value, name)
                if term is not None and roots(term, 2):
                    return name
    return None


RANDOM_DRAWS = ("rand", "randint", "binomial", "random", "random_sample", "uniform", "choice", "integers",
                "bernoulli")


def _draws(call: ast.Call) -> bool:
    """Whether a call draws from a random generator: ``np.random.rand(...)``, ``random.uniform(...)``, ``rng.binomial(
    ...)`` (a generator the file names rng or gen)."""
    func = ast.unparse(call.func)
    return "random" in func or func.split(".")[0] in ("rng", "gen", "generator", "rs", "prng")


def _dropout(body: list[ast.stmt], multiplied: set[str]) -> tuple[str, str, ast.stmt] | None:
    """(the mask, the layer it multiplies, the draw) when the loop draws an array at random each step and multiplies
    a layer value by it (``mask = np.random.randint(2, size=a1.shape)``, ``a1 *= mask * 2``; ``d = np.random.rand(
    *a1.shape) < keep``, ``a1 = a1 * d / keep``), the layer then multiplied by a weight: dropout. None otherwise."""
    def assigned(st) -> str | None:  # the one name `st` assigns, or None
        return st.targets[0].id if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(
            st.targets[0], ast.Name) else None

    drawn = {}
    for st in _shallow(body):
        if (name := assigned(st)) and any(_called_name(c) in RANDOM_DRAWS and (c.args or c.keywords) and _draws(c)
                                          for c in ast.walk(st.value)):
            drawn[name] = st
        elif name and _reads(st.value) & set(drawn) and not _reads(st.value) & multiplied:  # mask = (mask < p) / p
            drawn[name] = drawn[next(iter(_reads(st.value) & set(drawn)))]
    for st in _shallow(body):
        if isinstance(st, ast.AugAssign) and isinstance(st.op, ast.Mult) and isinstance(st.target, ast.Name) and \
                st.target.id in multiplied and (mask := next(iter(_reads(st.value) & set(drawn)), None)):
            return mask, st.target.id, drawn[mask]
        if (name := assigned(st)) in multiplied and name not in drawn:
            for n in ast.walk(st.value):
                if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult) and (
                        mask := next(iter(_reads(n) & set(drawn)), None)) and _reads(n) - set(drawn):
                    return mask, name, drawn[mask]
    return None


def _moment_input(value: ast.AST, target: str) -> ast.AST | None:
    """``g`` of a first moment's running mean ``beta * m + (1 - beta) * g`` (or ``0.9 * m + 0.1 * g``) assigned to
    ``m`` (``target``, its unparsed text: a name or ``m['W1']``); None for anything else (a second moment's ``g **
    2`` among them)."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add)):
        return None
    for own, other in ((value.left, value.right), (value.right, value.left)):
        if not any(ast.unparse(n) == target for n in ast.walk(own)):
            continue
        if isinstance(other, ast.BinOp) and isinstance(other.op, ast.Mult):
            for k, g in ((other.left, other.right), (other.right, other.left)):
                one_minus = isinstance(k, ast.BinOp) and isinstance(k.op, ast.Sub) and isinstance(
                    k.left, ast.Constant) and k.left.value == 1  # (1 - beta1)
                fraction = isinstance(k, ast.Constant) and type(k.value) is float and 0 < k.value < 1  # 0.1
                squared = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow)
                              or _called_name(n) in ("square", "power") for n in ast.walk(g))
                if (one_minus or fraction) and not squared:
                    return g
    return None


def _adam_as_sgd(region: list[ast.stmt], body: list[ast.stmt], updated: list[str]) -> list[ast.stmt] | None:
    """``body`` with each adaptive update of a parameter (``W -= lr * m_hat / (np.sqrt(v_hat) + eps)``) written as plain
    SGD on the gradient its first moment takes (``m = b1 * m + (1 - b1) * dW``: ``W -= lr * dW``), and the moment
    statements it alone used left out; the gradients the loop computes are what is checked. None when an adaptive
    update's gradient or rate cannot be read (its step is then refused, as before)."""
    made = {}  # (a step counter's t += 1 is left as it is)
    for st in region:
        for n in _shallow([st]):
            if isinstance(n, ast.Assign) and len(n.targets) == 1:
                made.setdefault(ast.unparse(n.targets[0]), []).append(n)
    new_body, dropped = [copy.deepcopy(st) for st in body], set()
    for st in [n for s_ in new_body for n in _shallow([s_])]:
        name = _updated(st)
        if name not in updated:
            continue
        term = st.value if isinstance(st, ast.AugAssign) else _step_term(st.value, name)
        if term is None or not any(_called_name(c) == "sqrt" for c in ast.walk(term)) and not any(
                any(_called_name(c) == "sqrt" for a in made.get(ast.unparse(n), []) for c in ast.walk(a.value))
                for n in ast.walk(term) if isinstance(n, (ast.Name, ast.Subscript))):
            continue
        rate = next((n for n in ast.walk(term) if isinstance(n, ast.Name) and (classify(n.id) or ("",))[0] == "lr"),
                    None)
        grad, chain, todo = None, set(), [term]
        for _ in range(4):  # m_hat / (sqrt(v_hat) + eps) -> m_hat = m / (1 - b1 ** t) -> m = b1 * m + (1 - b1) * g
            names = {ast.unparse(n) for t in todo for n in ast.walk(t) if isinstance(n, (ast.Name, ast.Subscript))}
            todo = []
            for key in names - chain:
                for a in made.get(key, []):
                    if (g := _moment_input(a.value, key)) is not None and grad is None:
                        grad = g
                    chain.add(key)
                    if not (isinstance(a.value, ast.BinOp) and isinstance(a.value.op, ast.Add) and any(
                            ast.unparse(n) == key for n in ast.walk(a.value))):
                        todo.append(a.value)  # m_hat = m / (1 - b1 ** t): on to m; not into a running mean's input
        if grad is None or rate is None or ast.unparse(grad) in chain:
            return None
        step = ast.BinOp(ast.Name(rate.id, ast.Load()), ast.Mult(), copy.deepcopy(grad))
        st.value = step if isinstance(st, ast.AugAssign) else ast.BinOp(ast.Name(name, ast.Load()), ast.Sub(), step)
        if isinstance(st, ast.AugAssign):
            st.op = ast.Sub()
        st.xval_optimizer = f"inline:{name} -= {rate.id} * {ast.unparse(grad)}"
        ast.fix_missing_locations(st)
        dropped |= chain
    if not dropped:
        return None
    # the moments' own statements go (their buffers are the file's sizes, not the checked ones); any other use of
    # them keeps them
    keep = [st for st in new_body if not (isinstance(st, ast.Assign) and {ast.unparse(t) for t in st.targets}
                                          <= dropped)]
    read_after = {ast.unparse(n) for st in keep for n in ast.walk(st) if isinstance(n, (ast.Name, ast.Subscript))
                  and isinstance(n.ctx, ast.Load)}
    return keep if not (read_after & dropped) else None


def _called_defs(stmts: list[ast.stmt], defs: dict) -> list[ast.FunctionDef]:
    """The file's functions the statements call by name, once each, in the order first called."""
    names = dict.fromkeys(n.func.id for st in stmts for n in ast.walk(st)
                          if isinstance(n, ast.Call) and isinstance(n.func, ast.Name))
    return [defs[n] for n in names if isinstance(defs.get(n), ast.FunctionDef)]


def _called_products(node: ast.AST, defs: dict) -> list:
    """The matrix products of the file's functions ``node`` calls (``z1, a1, z2, a2 = forward(X_train)``, the
    forward reading the module's weights), their parameters replaced by the call's arguments."""
    out = []
    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)):
        fn = defs.get(call.func.id)
        if not isinstance(fn, ast.FunctionDef):
            continue
        given = dict(zip([a.arg for a in fn.args.args], call.args))

        def sub(side):
            if isinstance(side, ast.Attribute) and side.attr == "T":
                inner = sub(side.value)
                return side if inner is side.value else ast.copy_location(ast.Attribute(inner, "T", ast.Load()), side)
            if isinstance(side, ast.Subscript) and isinstance(side.value, ast.Name) and side.value.id in given:
                # x[:, np.newaxis] in forward(X[j], ...): the argument, viewed so (X[j][:, np.newaxis])
                return ast.copy_location(ast.Subscript(given[side.value.id], side.slice, ast.Load()), side)
            return given.get(side.id, side) if isinstance(side, ast.Name) else side
        for st in _shallow(fn.body):  # a1 = data.T: a view of a parameter, read as the call's argument
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) and \
                    isinstance(st.value, (ast.Name, ast.Attribute)) and sub(st.value) is not st.value:
                given[st.targets[0].id] = sub(st.value)
        out += [(sub(left), sub(right), n) for left, right, n in _products(fn)]
    return out


def _one_step(lines: list[Line]):
    """One step written out at top level with no loop (forward, backward, then ``W1 -= lr * dW1`` ...): (where it
    starts, (a loop standing for its statements, no enclosing loops)), or None. The statements from the first
    product by an updated name to the last update, all in one cell."""
    ups = [k for k, ln in enumerate(lines) if _updated(ln.node)]
    if len(ups) < 2:
        return None
    updated = {_updated(lines[k].node) for k in ups}
    start = next((k for k, ln in enumerate(lines[: ups[-1]]) if _products(ln.node) and _reads(ln.node) & updated),
                 None)
    if start is None or len({ln.filename for ln in lines[start: ups[-1] + 1]}) != 1:
        return None
    nodes = [ln.node for ln in lines[start: ups[-1] + 1]]
    once = ast.copy_location(ast.While(test=ast.Constant(True), body=nodes, orelse=[]), nodes[0])
    once.one_step = True  # (read by interface())
    return start, (once, ())


def plan(lines: list[Line], loaded, defs: dict | None = None) -> Plan:
    """Read the training loop of ``lines`` (:func:`_flatten`'s) or raise :class:`Rejected`."""
    top = next(((i, found) for i, ln in enumerate(lines) if isinstance(ln.node, LOOPS)
                for found in [_update_loop(ln.node, (), defs)] if found), None) or _one_step(lines)
    if top is None:
        raise Rejected("script", "no top-level training loop that updates the weights (W1 -= lr * dW1)", -1)
    at, (loop, chain) = top
    filename = lines[at].filename
    setup = lines[:at]
    body_all = list(loop.body)
    steps_through_calls = bool(_loop_updates(body_all, defs))
    last = max(k for k, s in enumerate(body_all) if any(_updated(t) for t in _shallow([s]))
               or steps_through_calls and _called_updates(s, defs))
    body = body_all[: last + 1]
    preamble: list[ast.stmt] = []
    for outer, inner in zip(chain, [*chain[1:], loop]):
        for s in outer.body:
            if s is inner or inner in list(ast.walk(s)):
                break
            preamble.append(s)
    updated = _loop_updates(body, defs)
    region = preamble + body
    prods = [p for s in region for p in [*_called_products(s, defs or {}), *_products(s)]
             if not _ones_operand(p[0]) and not _ones_operand(p[1])]  # np.ones((n, 1)).dot(b1): a bias broadcast
    frozen_weights = _frozen_weights(region, updated, defs)

    def weight_in(side):
        b = side
        if isinstance(b, ast.Attribute) and b.attr == "T":
            b = b.value
        return b.id if isinstance(b, ast.Name) and (b.id in updated or b.id in frozen_weights) else None
    order: list[str] = []
    first_side = {}
    for left, right, _ in prods:
        for side, other, is_left in ((left, right, True), (right, left, False)):
            w = weight_in(side)
            if w and w not in order:
                order.append(w)
                first_side[w] = (other, is_left, isinstance(side, ast.Attribute) and side.attr == "T")
    if not order:
        raise Rejected("script", f"a training loop at {_where(loop)} updates {', '.join(updated)}, but none of them "
                       "is multiplied in it", 1)
    weights = order
    w0_other, wcol, w_transposed = first_side[weights[0]]
    transposed = isinstance(w0_other, ast.Attribute) and w0_other.attr == "T"  # W1.dot(X.T): rows of X, W (out, in)
    x_read = _base(w0_other)
    if x_read is None or x_read in updated:
        raise Rejected("script", f"cannot tell the input of the first product at {_where(loop)} "
                       f"(`{ast.unparse(w0_other)}`)", 1)
    adaptive = _adaptive(region, weights)
    if adaptive and (sgd := _adam_as_sgd(region, body, updated)) is not None:
        body, adaptive = sgd, None
        region = preamble + body
    if adaptive:
        raise Rejected("script", f"its update of `{adaptive}` divides by a running root mean square (Adam, RMSProp, "
                       "AdaGrad): the change is not the rate times the gradient; check it with plain SGD", 1)
    written = {n for st in region for n in _writes(st)}
    frozen = [n for n in dict.fromkeys(m.id for st in region for m in ast.walk(st) if isinstance(m, ast.Name))
              if n not in written and n not in updated and ((classify(n) or ("",))[0] == "b" or "bias" in n.lower())]
    # a bias the loop adds but never updates (b1 made once, never trained) is still the model's: bound, so that the
    # forward is xval's, and its gradient read as the zero change it gets
    called = [st for fn in _called_defs(region, defs or {}) for st in fn.body]  # run(X) adding the module's ba
    biases = [_bias_of(w, region + called, updated, weights) or _bias_of(w, region, frozen, weights) for w in weights]
    p = Plan(setup, [Line(s, filename) for s in preamble], [Line(s, filename) for s in body], loop, [*chain, loop],
             weights, biases,
             x_read, None, wcol=wcol, xcol=wcol != transposed, w_transposed=w_transposed)
    lines_read = setup + [Line(st, filename) for st in region]
    ones = ones_test([ln.node for ln in lines_read] + [f for f in (defs or {}).values()
                                                        if isinstance(f, ast.FunctionDef)])
    joined = _input_join(lines_read, x_read, defs or {}, ones)
    folded = next((ln for ln in lines_read if x_read in _writes(ln.node) and joins_ones(ln.node)), None)
    if joined is None and folded is not None:
        raise Rejected("script", f"its input `{x_read}` gets a column of ones (line {folded.node.lineno}: the biases "
                       "folded into the weights): xval's batch has none; wrap it with --adapter FILE", 1)
    if joined is not None and any(biases):
        raise Rejected("script", f"its input `{x_read}` gets a column of ones (line {joined[3].node.lineno}: the first "
                       f"layer's bias folded into its weights) beside biases of their own "
                       f"(`{'`, `'.join(b for b in biases if b)}`): xval cannot read its layers; wrap it with "
                       "--adapter FILE", 1)
    if joined is not None:  # X1 = np.c_[np.ones(m), X] (or a forward of its own that does it): the bias trick
        p.fold, p.x, raw_node, at = joined
        p.x_join = at.node if at in setup and p.x == x_read else None  # X = np.c_[ones, X]: run again on each batch
        joins = [found for st in region + _called_defs(region, defs or {}) for n in ast.walk(st)
                 if isinstance(n, ast.Assign) and (found := _join_in(n.value, ones)) and found[2] is not raw_node]
        if len(weights) > 1 and not any(side == p.fold for side, _, _ in joins):
            raise Rejected("script", f"its input `{x_read}` gets a column of ones (line {at.node.lineno}: the first "
                           "layer's bias folded into its weights), its hidden layers' values none: xval cannot read "
                           "their biases; wrap it with --adapter FILE", 1)
    multiplied = {n.id for st in region for left, right, _ in _products(st) for side in (left, right)
                  for n in ast.walk(side) if isinstance(n, ast.Name)}
    # a1 = np.concatenate((a1, np.ones((n, 1))), axis=1), or g1 = np.hstack((g1[0], [-1])) (a constant input whose
    # weight is the bias): the next layer's bias folded in
    hidden = next(((st, "a column of ones", "") for st in region if joins_ones(st) and _writes(st) & multiplied
                   and (not p.fold or _joins_other_side(st, ones, p.fold))), None) or next(
        ((st, f"a constant `{c}` joined", " as the weight of a constant input") for st in region
         if _writes(st) & multiplied for c in [_joined_constant(st)] if c), None)
    if hidden is not None:
        st, what, how = hidden
        raise Rejected("script", f"its layer values `{sorted(_writes(st) & multiplied)[0]}` get {what} (line "
                       f"{st.lineno}: the next layer's bias folded into its weights{how}, one row more than its "
                       "inputs): xval's layers keep their biases apart; wrap it with --adapter FILE", 1)
    dropout = _dropout(body, multiplied)
    if dropout is not None:
        mask, layer, st = dropout
        raise Rejected("script", f"its loop applies dropout: `{mask}` is drawn at random each step (line "
                       f"{st.lineno}) and multiplies `{layer}`, which xval's models do not (a correct step would be "
                       "judged wrong against them); check it with dropout off (no mask, no rescaling)", 1)
    p.computed = written
    p.x_expr = raw_node if p.fold else w0_other
    _read_samples(p, loop, region, defs)
    p.y = _labels(p, region, loaded, defs)
    frame = next((n for st in region for n in ast.walk(st) if isinstance(n, ast.Attribute) and n.attr in FRAME
                  and isinstance(n.value, ast.Name) and n.value.id in {p.x, p.y, *p.zip_arrays}), None)
    if frame is not None:
        raise Rejected("script", f"its data is a pandas table (`{ast.unparse(frame)}` at line {frame.lineno}): xval "
                       "gives the loop arrays; wrap it with --adapter FILE", 1)
    data = {p.x, p.y, *p.zip_arrays} - {None}  # images, labels = images[order], labels[order]: xval's batch stays
    p.preamble = [ln for ln in p.preamble if not (_writes(ln.node) & data) and not _shuffles(ln.node, p.order)]
    # (x = np.reshape(x, (1, -1)) on a sample the loop's own zip gives: the file's view of that sample, kept)
    own_view = {*p.targets} if p.per_sample == "zip" else set()
    p.body = [ln for ln in p.body if (not (_writes(ln.node) & data) or _updated(ln.node) or isinstance(
        ln.node, ast.Assign) and _writes(ln.node) <= own_view & _reads(ln.node.value)) and not (
        p.order and isinstance(ln.node, ast.Assign) and _draws_a_batch([ln.node], p.order))]
    p.body = [Line(_unscaled(ln.node), ln.filename, ln.top) if ln.node is p.scaled_take else ln for ln in p.body]
    p.region = region
    _read_layers(p, region, defs)
    # the labels made one-hot in the loop, or in a function of the file it passes them to (findcost(out, y_batch))
    labelled = {p.y, p.y_from} - {None}
    given = [f for st in region for c in ast.walk(st) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
             for f in [(defs or {}).get(c.func.id)] if isinstance(f, ast.FunctionDef)
             and labelled & {_base(a) for a in c.args}]
    p.onehot = not converts_in(ast.Module([*region, *given], type_ignores=[])) and not _fills_onehot(region, labelled)
    if p.y and not p.per_sample:  # `A2 - y_train.T`, every use of them: labels held the other way from the products
        # (or of the mini-batch the loop slices from them, batch_y = Y_train[start:end]; batch_y.T)
        sliced = {t.id for st in region for a in ast.walk(st) if isinstance(a, ast.Assign) and isinstance(
            a.value, ast.Subscript) and isinstance(a.value.value, ast.Name) and a.value.value.id == p.y
            for t in a.targets if isinstance(t, ast.Name)}
        uses = [(n, parent) for st in region for parent in ast.walk(st) for n in ast.iter_child_nodes(parent)
                if isinstance(n, ast.Name) and n.id in (sliced or {p.y}) and isinstance(n.ctx, ast.Load)]
        if uses and all(isinstance(parent, ast.Attribute) and parent.attr == "T" for _, parent in uses):
            p.ycol = not p.wcol
            p.y_read_as = uses[0][0].id
    return p


def _join_in(value: ast.AST, ones) -> tuple[str, str, ast.AST] | None:
    """(side, the name joined, its node) of the first join of ones in ``value``, the name that of the array the
    ones are joined to (``X`` of ``np.c_[np.ones(m), X]``, of ``X[i:i + bs]``)."""
    for n in ast.walk(value):
        found = join_side(n, ones)
        if found and (base := _base(found[1])):
            return found[0], base, found[1]
    return None


def _input_join(lines: list[Line], x_read: str, defs: dict, ones) -> tuple[str, str, ast.AST, Line] | None:
    """The input's bias trick: (the side of its ones, the array they are joined to, that operand, the statement)
    when the statement making ``x_read`` joins ones to another array (``X1 = np.hstack([np.ones((m, 1)), X])``),
    or calls a function of the file that joins them to one of its parameters (``a1, z1, ... = forward(X, th1,
    th2)`` whose ``a1 = np.c_[np.ones(n), X]``: the caller's argument); else None."""
    for ln in lines:
        node = ln.node
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and x_read in _writes(node)):
            continue
        if (found := _join_in(node.value, ones)) is not None:
            return (*found, ln)
        call, target = node.value, node.targets[0]
        fn = defs.get(call.func.id) if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
        if not isinstance(fn, ast.FunctionDef):
            continue
        names = [t.id if isinstance(t, ast.Name) else None for t in target.elts] \
            if isinstance(target, ast.Tuple) else [x_read]
        ret = next((r.value for r in ast.walk(fn) if isinstance(r, ast.Return) and r.value is not None), None)
        given = [e.id if isinstance(e, ast.Name) else None for e in ret.elts] if isinstance(ret, ast.Tuple) else \
            [ret.id] if isinstance(ret, ast.Name) else []
        if len(given) != len(names):
            continue
        inner = given[names.index(x_read)]
        params = [a.arg for a in fn.args.args]
        for st in ast.walk(fn):
            if isinstance(st, ast.Assign) and inner in _writes(st) and (found := _join_in(st.value, ones)) \
                    and found[1] in params and params.index(found[1]) < len(call.args):
                arg = call.args[params.index(found[1])]
                if (base := _base(arg)) is not None:
                    return found[0], base, arg, ln
    return None


def _joins_other_side(st: ast.stmt, ones, side: str) -> bool:
    """Whether ``st`` joins ones to a layer's values on another side than ``side`` (or in a way xval cannot read)."""
    found = _join_in(st, ones)
    return found is None or found[0] != side


def _shuffles(node: ast.stmt, order: str | None) -> bool:
    """Whether a statement makes or shuffles the index array ``order`` (``order = rng.permutation(n)``,
    ``np.random.shuffle(idx)``): xval binds it to the identity instead, so the samples stay in its order."""
    if order is None:
        return False
    return order in _writes(node) or isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
        _called_name(node.value) == "shuffle" and any(_base(a) == order for a in node.value.args)


def _where(node: ast.AST) -> str:
    return f"line {node.lineno}"


def _bias_of(w: str, region, updated: list[str], weights: list[str]) -> str | None:
    """The updated name added to the product with ``w`` (``X @ W1 + b1``, or ``z = X @ W1; z += b1``), else the one
    named for the same layer."""
    def has_w(node) -> bool:
        return any(isinstance(m, ast.Name) and m.id == w for pr in _products(node) for m in ast.walk(pr[2]))
    affine = {s.targets[0].id for s in region if isinstance(s, ast.Assign) and len(s.targets) == 1
              and isinstance(s.targets[0], ast.Name) and has_w(s.value)}
    for s in region:
        if isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Add) and isinstance(s.target, ast.Name) and \
                s.target.id in affine and isinstance(s.value, ast.Name) and s.value.id in updated and \
                s.value.id not in weights:
            return s.value.id
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) and \
                s.targets[0].id in affine and isinstance(s.value, ast.BinOp) and isinstance(s.value.op, ast.Add):
            sides = {ast.unparse(s.value.left), ast.unparse(s.value.right)}  # z = z + b, on a line of its own
            if s.targets[0].id in sides and (b := next(iter(sides - {s.targets[0].id}), None)) in updated and \
                    b not in weights:
                return b
        for n in ast.walk(s):
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
                for prod, other in ((n.left, n.right), (n.right, n.left)):
                    if isinstance(other, ast.Name) and other.id in updated and other.id not in weights and any(
                            isinstance(m, ast.Name) and m.id == w for pr in _products(prod) for m in
                            ast.walk(pr[2])):
                        return other.id
    c = classify(w)
    if c and c[1] is not None:
        return next((u for u in updated if u not in weights and classify(u) == ("b", c[1])), None)
    return None


def _read_samples(p: Plan, loop, region, defs: dict | None = None) -> None:
    """One sample at a time or a batch: the loop's own target (zip) or the index the body slices with."""
    if isinstance(loop, ast.For) and isinstance(loop.target, ast.Tuple) and isinstance(loop.iter, ast.Call) and \
            getattr(loop.iter.func, "id", "") == "zip" and len(loop.target.elts) == 2 and \
            all(isinstance(e, ast.Name) for e in loop.target.elts):
        names = [e.id for e in loop.target.elts]
        arrays = [_base(a) for a in loop.iter.args]
        if p.x in names and None not in arrays and len(arrays) == 2:
            batches = any("batch" in a.lower() for a in arrays)
            p.targets = names
            p.per_sample = "" if batches else "zip"
            p.zip_arrays = arrays
            p.x = names[0]
            if batches:  # zip(X_batches, Y_batches): each pair a mini-batch, xval's batch and labels
                p.y_pair = names[1]
            return
    if isinstance(loop, ast.For) and isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2 and \
            all(isinstance(e, ast.Name) for e in loop.target.elts) and loop.target.elts[0].id == p.x and \
            isinstance(loop.iter, (ast.Call, ast.Name)) and _called_name(loop.iter) != "enumerate":
        # for xb, yb in batches(X, Y, 16): (input, labels) pairs from a generator, a list or zip(Xs, Ys) of
        # mini-batches: the pair xval's batch and labels
        p.targets = [e.id for e in loop.target.elts]
        p.y_pair = p.targets[1]
        return
    pair = next((st for st in region if isinstance(st, ast.Assign) and len(st.targets) == 1
                 and isinstance(st.targets[0], ast.Tuple) and len(st.targets[0].elts) == 2
                 and all(isinstance(e, ast.Name) for e in st.targets[0].elts) and st.targets[0].elts[0].id == p.x
                 and isinstance(st.value, ast.Subscript) and isinstance(st.value.value, ast.Name)), None)
    if pair is not None:
        # x, t = training_data[np.random.randint(len(training_data))]: one (input, target) pair of a list taken at
        # each step: xval's samples given one at a time as that pair (the statement itself dropped: see plan), its
        # steps averaged, as a zip over the batch is
        p.targets = [e.id for e in pair.targets[0].elts]
        p.per_sample = "zip"
        p.zip_arrays = [f"_xval_{pair.value.value.id}_{k}" for k in ("inputs", "targets")]
        p.pair_taken = pair.value.value.id
        return
    walks = next((f for st in region for f in ast.walk(st) if isinstance(f, ast.For) and f is not loop
                  and isinstance(f.target, ast.Tuple) and p.x in _writes(f.target) and isinstance(f.iter, ast.Call)
                  and getattr(f.iter.func, "id", "") == "zip" and len(f.iter.args) == len(f.target.elts)), None)
    if walks is not None:  # for x, t in zip(X, T) inside the step (gradients summed over the samples): its arrays
        names = [e.id if isinstance(e, ast.Name) else None for e in walks.target.elts]
        arrays = [_base(a) for a in walks.iter.args]
        i = names.index(p.x)
        p.x, p.inner = arrays[i], walks
        j = next((k for k, a in enumerate(arrays) if k != i and a), None)
        if j is not None:
            p.y_pair, p.y_from = arrays[j], names[j]
        return
    taken = p.x_expr
    while isinstance(taken, (ast.Attribute, ast.Call)) and not isinstance(taken, ast.Subscript):
        taken = taken.value if isinstance(taken, ast.Attribute) else taken.args[0] if _called_name(taken) in WRAPS \
            and taken.args else taken.func
    inner = next((f for st in region for f in ast.walk(st) if isinstance(f, ast.For) and f is not loop
                  and isinstance(f.target, ast.Name) and isinstance(taken, ast.Subscript)
                  and isinstance(taken.value, ast.Name) and taken.value.id == p.x
                  and f.target.id in _reads(taken.slice) and taken in list(ast.walk(f))), None)
    if inner is not None:  # for k in range(len(xb)): xb[k] @ W1 inside the step: each sample's values kept
        p.inner = inner
    var = loop.target.id if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) else None
    sliced = _slice_of([ln.node for ln in p.body], p.x, defs) or _slice_of(region, p.x, defs)
    drawn = {n for st in region if isinstance(st, ast.Assign) and any(  # k = np.random.randint(n): one sample
        _called_name(c) in DRAWS for c in ast.walk(st.value)) for n in _writes(st)}
    taken = _slice_of([ln.node for ln in p.body], p.x, defs, True) or _slice_of(region, p.x, defs, True)
    index = taken[1].slice if taken and taken[1] is not None else None
    if isinstance(index, ast.Name) and index.id in drawn and _draws_a_batch(region, index.id):
        # idx = np.random.randint(0, n, size=bs); xb = X[idx] / 255: a batch drawn at random is xval's batch, given
        # as `xb` itself (its draw and its taking skipped; the index bound to every row for the labels taken by it)
        p.order, p.drawn = index.id, True
        return
    if not sliced and taken and taken[0] is not None and taken[1] is not None:
        # xb = X[i:i + bs] / 255: the mini-batch the loop takes, scaled by the file: taken so, its scaling left out
        # (xval's inputs are the network's; ScriptModel runs the statement without it: plan)
        sliced, p.scaled_take = taken, taken[0]
    one = next((n for st in region for n in ast.walk(st) if isinstance(n, ast.Subscript)
                and isinstance(n.slice, ast.Name) and n.slice.id in drawn and not _draws_a_batch(region, n.slice.id)),
               None)
    if not sliced and one is not None:
        # n = np.random.randint(0, N); forward(X, ...); delta = y_pred[n] - y[n]: one sample drawn per step, from a
        # forward over all of them: given one row at a time (the only row it can draw), its steps averaged
        p.per_sample, p.drawn_one = "rows", one.slice.id
        return
    if sliced and sliced[1] is not None and _reads(sliced[1].slice) & drawn:
        raise Rejected("script", f"the training loop at {_where(loop)} takes a sample drawn at random "
                       f"(`{ast.unparse(sliced[1])}`): xval cannot choose which one it takes", 1)
    inline = p.x_expr
    while isinstance(inline, (ast.Attribute, ast.Call)) and not isinstance(inline, ast.Subscript):
        inline = inline.value if isinstance(inline, ast.Attribute) else inline.func
    while isinstance(inline, ast.Subscript) and isinstance(inline.value, ast.Subscript):
        p.own_column = p.own_column or any(isinstance(n, ast.Constant) and n.value is None or isinstance(
            n, ast.Attribute) and n.attr == "newaxis" for n in ast.walk(inline.slice))
        inline = inline.value  # X[j][:, np.newaxis]: the sample X[j], viewed as a column (by the file itself)
    if not sliced and isinstance(inline, ast.Subscript) and isinstance(inline.value, ast.Name):
        sliced = (None, inline, inline.value.id)  # np.dot(X[i, :], W0): the sample taken in the product itself
    if var and sliced and sliced[1] is not None:
        sliced = (sliced[0], _bounds_inlined(sliced[1], region), sliced[2])  # X[start:end], end = (i + 1) * bs
        one = _per_sample_index(sliced[1], var)
        if one is True:
            p.per_sample, p.targets, p.x = "index", [var], sliced[2]
            first = sliced[1].slice.elts[0] if isinstance(sliced[1].slice, ast.Tuple) else sliced[1].slice
            p.sample_axis = 0 if var in _reads(first) else 1  # X[j] (or X[j, :]) against X[:, j]
        elif one is False:
            p.batch_index, p.x = var, sliced[2]
            cut = sliced[1].slice.elts[0] if isinstance(sliced[1].slice, ast.Tuple) else sliced[1].slice
            up = cut.upper if isinstance(cut, ast.Slice) else None
            called = {c.func.id for c in ast.walk(up) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)} \
                if up is not None else set()  # min(i + batch, n): not min
            p.slice_counts = sorted(_reads(up) - {var} - called) if up is not None else []
            p.short_count = _short_count(p, var)
        else:  # X_train[batch_indices], the indices a slice of a permutation: the whole batch, reordered
            p.x = sliced[2]
            idx = sliced[1].slice
            by = _slice_of(region, idx.id) if isinstance(idx, ast.Name) else None
            cut = by[1].slice if by and by[1] is not None else None
            if isinstance(cut, ast.Name) and cut.id == var and isinstance(by[1].value, ast.Name):
                # idx = order[n]; x = X[idx]: one sample, by the permutation's n-th entry (xval's order: n itself)
                p.per_sample, p.targets, p.order, p.sample_axis = "index", [var], by[1].value.id, 0
                return
            if isinstance(cut, ast.Slice) and cut.upper is not None and var in _reads(cut.upper):
                p.batch_index, p.slice_counts = var, sorted(_reads(cut.upper) - {var})  # order[i:i + bsize]
            if by and by[1] is not None and isinstance(by[1].value, ast.Name):
                p.order = by[1].value.id  # the permutation: the batch in xval's order (see ScriptModel._bind)
    elif sliced:  # a slice by an outer loop's variable, or by a permutation: the whole batch
        p.x = sliced[2]


def _unscaled(stmt: ast.Assign) -> ast.Assign:
    """``stmt`` without the operations by a constant or a name its value applies to what it takes (``xb = X[i:i +
    bs] / 255.0`` run as ``xb = X[i:i + bs]``), its location kept for citations."""
    class Unscale(ast.NodeTransformer):
        def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
            if isinstance(node.right, (ast.Constant, ast.Name)) and any(
                    isinstance(n, ast.Subscript) for n in ast.walk(node.left)):
                return self.visit(node.left)
            return self.generic_visit(node)

    return ast.copy_location(ast.Assign(targets=stmt.targets, value=Unscale().visit(copy.deepcopy(stmt.value))), stmt)


def _draws_a_batch(region, name: str) -> bool:
    """Whether ``name`` is assigned indices drawn at random as a batch: a size other than 1 given
    (``np.random.randint(0, n, size=batch)``, ``rng.choice(n, bs, replace=False)``), not one sample
    (``np.random.randint(n)``, ``np.random.choice(n, 1)``)."""
    for st in region:
        for node in ast.walk(st):
            if not (isinstance(node, ast.Assign) and name in _writes(node) and isinstance(node.value, ast.Call)
                    and _called_name(node.value) in DRAWS):
                continue
            call = node.value
            size = next((k.value for k in call.keywords if k.arg == "size"), None)
            if size is None and len(call.args) > {"choice": 1, "randint": 2, "integers": 2,
                                                  "random_integers": 2}.get(_called_name(call), 9):
                size = call.args[{"choice": 1}.get(_called_name(call), 2)]
            return size is not None and not (isinstance(size, ast.Constant) and size.value == 1)
    return False


def _short_count(p: Plan, var: str) -> str | None:
    """``bs`` when the loop over ``var`` is ``range(a, n, bs)`` and ``bs`` also sizes its slice (``X[i:i + bs]``):
    then the last batch holds ``n % bs`` rows when ``bs`` does not divide ``n``. None for ``range(n // bs)`` and
    ``range(0, n - bs + 1, bs)`` (whole batches only: the stop reads ``bs``) and any other loop."""
    loop = next((lp for lp in p.loops if isinstance(lp, ast.For) and isinstance(lp.target, ast.Name)
                 and lp.target.id == var), None)
    it = loop.iter if loop is not None else None
    if isinstance(it, ast.Call) and getattr(it.func, "id", "") == "range" and len(it.args) == 3 and \
            isinstance(it.args[2], ast.Name) and it.args[2].id in p.slice_counts and \
            it.args[2].id not in _reads(it.args[1]):
        return it.args[2].id
    return None


def _labels(p: Plan, region, loaded, defs: dict | None = None) -> str | None:
    """The name of the labels: the free name the body subtracts from (or compares with) what it computed."""
    looped = {n for lp in p.loops if isinstance(lp, ast.For) for n in _writes(lp.target)}
    looped |= {n for st in region for f in ast.walk(st) if isinstance(f, ast.For) for n in _writes(f.target)}
    skip = set(p.weights) | set(b for b in p.biases if b) | {p.x, *p.targets} | looped
    ns = loaded.namespace
    free = [n for n in _free(region) if n not in skip and not callable(ns.get(n)) and not _is_scalar(ns.get(n))
            and n not in ("np", "numpy", "range", "len", "True", "False")]
    if p.per_sample == "zip":
        return p.targets[1]
    if p.y_pair:
        return p.y_pair
    subtracted: list[str] = []
    compares = [s for s in region if not _fetches(s, defs)]  # xb, yb = next_batch(X, Y, start, end): compares nothing
    for s in compares:
        for n in ast.walk(s):
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) or isinstance(n, ast.Compare):
                sides = [n.left, n.right] if isinstance(n, ast.BinOp) else [n.left, *n.comparators]
                if any(_base(side) is None for side in sides):  # num_examples - 1: arithmetic on a count
                    continue
                for side in sides:
                    b = _base(side)
                    if b and b not in subtracted:
                        subtracted.append(b)
            if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Tuple):  # probs[range(m), y] -= 1
                for e in n.slice.elts:
                    if isinstance(e, ast.Name) and e.id not in subtracted:
                        subtracted.append(e.id)
            if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name) and isinstance(n.value, ast.Call) \
                    and _called_name(n.value) in ("eye", "identity") and n.slice.id not in subtracted:
                subtracted.append(n.slice.id)  # one_hot = np.eye(classes)[y_batch]: the rows of the labels
    for s in compares:  # then what divides by a computed value or multiplies its log, as only labels do in a
        # cross-entropy written out (`-(labels / a2) + (1 - labels) / (1 - a2)`, `labels * np.log(a2)`)
        for n in ast.walk(s):
            if not (isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Div, ast.Mult))):
                continue
            for side, other in ((n.left, n.right), (n.right, n.left)):
                logged = isinstance(other, ast.Call) and _called_name(other) == "log" and other.args
                inner = other.args[0] if logged else other
                if (isinstance(n.op, ast.Div) and side is n.left or logged) and isinstance(side, ast.Name) \
                        and _base(inner) in p.computed and side.id not in subtracted:
                    subtracted.append(side.id)
    for s in compares:  # then what is passed beside a computed value: cross_entropy(y_hat, Y, grad=True)
        for n in ast.walk(s):
            if isinstance(n, ast.Call) and len(n.args) >= 2:
                names = [_base(a) for a in n.args]
                fn = (defs or {}).get(getattr(n.func, "id", None))
                params = [a.arg for a in fn.args.args] if isinstance(fn, ast.FunctionDef) else []
                if any(b in p.computed for b in names if b):  # only a name that says labels (not a size beside z),
                    # or passed where the file's own function takes its labels (cost(out, y_chunk), def cost(a, labels))
                    subtracted += [b for k, b in enumerate(names) if b and b not in subtracted and any(
                        (classify(w) or ("",))[0] == "y" for w in [b, *params[k:k + 1]])]
    assigned_from: dict[str, str] = {}
    for name in subtracted:
        sliced = _slice_of(region, name, defs)
        if sliced and sliced[2] in free:
            assigned_from[name] = sliced[2]
    for s in region:  # targets_one_hot = one_hot(labels_train): the labels through a function of the file's
        if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name) \
                and s.targets[0].id in subtracted and s.targets[0].id not in assigned_from \
                and isinstance(s.value, ast.Call) and getattr(s.value.func, "id", None) in (defs or {}) \
                and s.value.args and isinstance(s.value.args[0], ast.Name) and s.value.args[0].id in free:
            assigned_from[s.targets[0].id] = s.value.args[0].id
    for name in subtracted:
        if name in free:
            return name
        if name in assigned_from:
            p.y_from = name
            return assigned_from[name]
    return _sliced_beside_input(p, region, subtracted, free, defs)


def _sliced_beside_input(p: Plan, region, subtracted: list[str], free: list[str], defs) -> str | None:
    """The array the loop slices its labels from exactly as it slices its input from ``p.x``, both arrays it
    makes itself (``x_train, y_train = X[perm], Y[perm]`` each epoch, then ``inp = x_train[a:b]`` and ``target =
    y_train[a:b]``, ``target`` compared with the output): the labels given as that array (``y_train``), as the
    input is as ``x_train``; else None."""
    cuts = {ast.dump(n.slice) for st in region for n in ast.walk(st) if isinstance(n, ast.Subscript)
            and isinstance(n.value, ast.Name) and n.value.id == p.x} if p.x else set()
    for name in subtracted:
        sliced = _slice_of(region, name, defs)
        if sliced is not None and sliced[1] is not None and sliced[2] not in free and sliced[2] != p.x \
                and ast.dump(sliced[1].slice) in cuts:
            p.y_from = name
            return sliced[2]
    return None


def _read_rates(p: Plan, region, loaded) -> None:
    ns = loaded.namespace
    params = {*p.weights, *(b for b in p.biases if b)}
    found = [_rate_of(s) for s in _shallow([ln.node for ln in p.body]) if _updated(s) in params]
    rated = [n for n in _free(region) if (classify(n) or ("",))[0] == "lr" and n not in p.weights]
    used = {v for f in found for v in _rate_names(f)}
    if len(rated) > 1 and used & set(rated):  # alpha and learning_rate: alpha only in `dW += alpha * W` (an L2
        rated = [n for n in rated if n in used]  # strength), the rate the one the updates multiply by
    if rated:
        p.rates = rated
        return
    # rate = 1.2 inside the loop (a value made of no array: read at each update)
    # (not a value made from one: `l2_delta = l2_error * nonlin(l2, True)` in `W1 += l2_delta * l1.T`, l2_error
    # made of the output, is the gradient's)
    arrays = params | {p.x, p.y}
    for _ in range(len(region)):
        more = {n for st in region if isinstance(st, ast.Assign) and (_products(st.value) or _reads(st.value) & arrays)
                for n in _writes(st)} - arrays
        if not more:
            break
        arrays |= more
    set_in_loop = {n for st in region if isinstance(st, ast.Assign) and not _products(st.value)
                   and not (_reads(st.value) & arrays) for n in _writes(st)}
    names = set()
    for f in found:  # each update's rate: a name that says so, else one number the file set before the loop, else
        # a value set in the loop from no array (``grad_b * vitesse``: vitesse, not the gradient)
        offered = _rate_names(f)
        names.update([v for v in offered if f[0] == "name" or _is_scalar(ns.get(v))]
                     or [v for v in offered if v in set_in_loop][:1])
    consts = {v for k, v in (f for f in found if f) if k == "const"}
    if names:
        p.rates = sorted(names)
    elif len(consts) == 1:
        p.fixed_rate, p.rate_const = consts.pop(), True
    else:
        p.fixed_rate = 1.0


def _read_layers(p: Plan, region, defs: dict | None = None) -> None:
    """The names of each layer's pre-activation and activation, and of the output compared with the labels."""
    L = len(p.weights)
    zs: list[str | None] = [None] * L
    acts: list[str | None] = [None] * L
    for s in region:
        if not (isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)):
            continue
        for k, w in enumerate(p.weights):
            if zs[k] is None and acts[k] is None and any(
                    isinstance(m, ast.Name) and m.id == w for pr in _products(s.value) for m in ast.walk(pr[2])):
                v = s.value
                affine = isinstance(v, ast.BinOp) and isinstance(v.op, (ast.Add, ast.Sub)) or _products(v) and \
                    _products(v)[0][2] is v
                if affine:
                    zs[k] = s.targets[0].id
                else:  # l1 = sigmoid(X @ W1 + b1): the activation itself
                    acts[k] = s.targets[0].id
    for k in range(1, L):  # the operand of the next layer's product is this layer's activation
        for s in region:
            for left, right, _ in _products(s):
                for side, other in ((left, right), (right, left)):
                    b = side.value if isinstance(side, ast.Attribute) and side.attr == "T" else side
                    if isinstance(b, ast.Name) and b.id == p.weights[k] and acts[k - 1] is None:
                        o = _base(other)
                        if o and o not in p.weights and o != zs[k - 1]:
                            acts[k - 1] = o
    writes: dict[str, int] = {}
    for s in region:
        for n in _writes(s):
            writes[n] = writes.get(n, 0) + 1
    # a name assigned again (a2 = a1 @ W2; a2 = np.exp(a2); a2 /= ...) holds another value by the end: not read
    p.zs = [z if z and writes.get(z, 0) == 1 else None for z in zs]
    p.acts = [a if a and writes.get(a, 0) == 1 else None for a in acts]
    labels = {p.y, p.y_from} - {None}
    for s in region:  # one-hot rows built from the labels (I_y[np.arange(n), y] = 1) stand for them
        if _takes_labels(p, s):
            continue  # xb, yb = next_batch(X, Y, ...): the input beside the labels, not labels
        stores = {_base(t) for t in getattr(s, "targets", [getattr(s, "target", None)]) if t is not None}
        if isinstance(s, (ast.Assign, ast.AugAssign)) and _reads(s) & labels and not _products(s) and not (
                isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Sub) and isinstance(s.target, ast.Name)):
            # (g2 -= Iy subtracts the labels from what it computed: a difference, not labels)
            labels |= {n for n in stores if n and n not in p.weights}
    copies = {s.targets[0].id: _base(s.value) for s in region if isinstance(s, ast.Assign) and len(s.targets) == 1
              and isinstance(s.targets[0], ast.Name) and _base(s.value)
              and (isinstance(s.value, ast.Name) or _called_name(s.value) == "copy")}
    from xval.reports.check.family import argmax_assignments  # (imported here: see _called_name)

    argmaxed = {n: _base(c.args[0]) for n, c in argmax_assignments(region).items() if c.args and _base(c.args[0])}
    for s in region:  # the output: what the labels are subtracted from, or indexed by (d = p.copy(); d[r, y] -= 1)
        if _takes_labels(p, s):
            continue  # the statement taking the batch's labels (xb, yb = next_batch(X, Y, start, end)) compares nothing
        for n in ast.walk(s):
            other = None
            if n is s and isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Sub) \
                    and isinstance(s.target, ast.Name) and labels & _reads(s.value) and s.target.id not in labels:
                other = s.target.id  # g2 -= Iy: the probabilities it held up to there
            elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub):
                sides = [_base(n.left), _base(n.right)]
                if labels & set(sides):
                    other = sides[1] if sides[0] in labels else sides[0]
            elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) and \
                    _base(n.left) in {p.y, p.y_from} - {None} and _base(n.right) in p.computed:
                other = _base(n.right)  # -(labels / a2) + (1 - labels) / (1 - a2): a cross-entropy's derivative
                # (the labels themselves: not a name set from them, G2 = G2 / G2_sum - I)
            elif isinstance(s, ast.AugAssign) and n is s.target and isinstance(n, ast.Subscript) and \
                    isinstance(n.slice, ast.Tuple) and labels & _reads(n.slice):
                other = copies.get(_base(n.value), _base(n.value))
            elif isinstance(n, ast.Call) and len(n.args) >= 2 and labels & {_base(a) for a in n.args}:
                passed = [b for b in map(_base, n.args) if b in p.computed and b not in labels]
                # backward(y, h, out, W2): the one its name calls the output, else the last layer passed
                # (bp(y, l1, l2) after l1, l2 = fp(l0)), else the first passed
                other = next((b for b in passed if (classify(b) or ("",))[0] == "probs"),
                             _last_layer(passed, region) or (passed[0] if passed else None))
                if other and exponentiates((defs or {}).get(getattr(n.func, "id", None))):
                    # loss_and_grad(scores, yb) making its probabilities itself: no name of the loop holds them
                    p.output = None
                    return
            if other in argmaxed:
                other = argmaxed[other]  # train_out = np.argmax(out, axis=1) compared with y: out is the output
            if other and other not in p.weights and other != p.x and other not in labels:
                p.output = other
                body = [ln.node for ln in p.body]
                # to the statement that compares it (or through the loop or block that holds the comparison)
                p.output_at = None if s not in body else body.index(s) + isinstance(s, (*LOOPS, ast.If, ast.With))
                return
    out = acts[-1] or zs[-1]
    made = [s for s in region if isinstance(s, (ast.Assign, ast.AugAssign)) and out in _writes(s)]
    # no name holds the probabilities when the last layer's name is only exp(z), normalised inline
    # (mm = np.exp(Z1 @ W2); G2 = mm / mm.sum(axis=1, keepdims=True) - Iy), or ends as their difference with the
    # labels (G2 = np.exp(Z @ W2); G2 = G2 / G2_sum - I): then the output is not read
    only_exp = len(made) == 1 and _called_name(made[0].value) == "exp"
    less_labels = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and labels & {_base(n.left), _base(
        n.right)} for s in made for n in ast.walk(s.value))
    p.output = None if out and (only_exp or less_labels) else out


def _ones_operand(node: ast.AST) -> bool:
    """Whether a product's operand is an array of ones (``np.ones((n, 1))``, its ``.T``): the other operand is then
    a bias spread over the batch (``np.ones((n, 1)).dot(b1)``), not a layer's weight."""
    node = node.value if isinstance(node, ast.Attribute) and node.attr == "T" else node
    return isinstance(node, ast.Call) and _called_name(node).endswith(("ones", "ones_like"))


def _joined_constant(node: ast.AST) -> str | None:
    """The literal ``[-1]`` (or ``[1]``, ``(1,)``) a stacking call joins to an array (``np.hstack((g1[0], [-1]))``,
    ``np.append(h, 1)``): a constant input whose weight is the next layer's bias; else None."""
    def unit(e) -> bool:
        v = e.operand if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) else e
        return isinstance(v, ast.Constant) and type(v.value) in (int, float) and v.value == 1

    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
        name = _called_name(call)
        if not any(w in name for w in ("stack", "concat", "append", "insert")):
            continue
        for a in (e for arg in call.args for e in ast.walk(arg)):
            if isinstance(a, (ast.List, ast.Tuple)) and len(a.elts) == 1 and unit(a.elts[0]) or \
                    a in call.args[1:2] and unit(a) and name.endswith("append"):
                return ast.unparse(a)
    return None


def _fills_onehot(region, labels: set[str]) -> bool:
    """Whether the loop writes a 1 at a label's place in an array of its own (``y_label = y_train[i]``, then
    ``y_true = np.zeros((1, 10)); y_true[0, y_label] = 1``): it makes one-hot rows of integer labels itself."""
    held = set(labels)
    for st in (n for s in region for n in ast.walk(s)):
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                and held & _reads(st.value) and not _products(st.value):
            held.add(st.targets[0].id)  # y_label = y_train[i]: one sample's label
    for st in (n for s in region for n in ast.walk(s)):
        if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Subscript) \
                and isinstance(st.value, ast.Constant) and st.value.value == 1:
            index = st.targets[0].slice
            parts = index.elts if isinstance(index, ast.Tuple) else [index]
            if any(isinstance(e, ast.Name) and e.id in held for e in parts):
                return True
    return False


def _last_layer(passed: list[str], region) -> str | None:
    """Of the names a call is handed beside the labels, the deepest layer's: the highest numbered activation
    (``backward(X, y, a1, a2)``), or the last of names one call's result was unpacked into in layer order
    (``l1, l2 = fp(l0)`` then ``bp(y, l1, l2)``: a forward returns its layers in order, the output last);
    None when the names say neither (a cache among them is no layer)."""
    numbered = {n: c[1] for n in passed if (c := classify(n)) and c[0] == "a" and c[1]}
    if len(numbered) >= 2:
        return max(numbered, key=numbered.get)
    for s in (n for st in region for n in ast.walk(st)):
        if isinstance(s, ast.Assign) and isinstance(s.value, ast.Call) and isinstance(s.targets[-1], ast.Tuple):
            names = [e.id for e in s.targets[-1].elts if isinstance(e, ast.Name)]
            mates = [n for n in names if n in passed]
            if len(mates) >= 2 and not any((classify(n) or ("",))[0] == "cache" for n in names):
                return mates[-1]
    return None


def _called_name(node: ast.AST) -> str:
    """``copy`` for ``p.copy()`` and ``np.copy(p)``, ``randint`` for ``np.random.randint(n)``; "" for anything else
    (:func:`xval.reports.check.family._called`'s name, as a string; imported here, as base.py imports from family:
    family imports the styles package)."""
    from xval.reports.check.family import _called

    return _called(node) or ""


class ScriptModel(StyleModel):
    style = "script"
    mode = "in-place"

    def __init__(self, loaded, plan_: Plan) -> None:
        super().__init__()
        self.loaded, self.plan = loaded, plan_
        self.ns = loaded.namespace
        # W held (out, in) when it is the left operand as written, or the right one transposed (X @ W.T)
        fold = dict(fold=bool(plan_.fold), fold_last=plan_.fold == "last")  # the bias trick: each weight's bias
        # a row (column) of it, the ones joined by the file (its activations' ones column dropped when read)
        self.layout = Layout(wcol=plan_.wcol != plan_.w_transposed, xcol=plan_.xcol, onehot=plan_.onehot, **fold)
        self.acts_layout = Layout(xcol=plan_.wcol, onehot=plan_.onehot, **fold)  # activations and labels: as the
        # products
        self.depth = len(plan_.weights)
        self.own_sizes: list[int] | None = None
        self.probe_input = False  # own_sizes read with xval's input width (the file's data could not be loaded)
        self.biases = any(plan_.biases) or bool(plan_.fold)
        # its loss is one sample's when it steps per sample, or walks the samples inside its step
        self.per_sample = bool(plan_.per_sample) or plan_.inner is not None
        self.fwd_name = "training loop"
        self._backward_name = f"training loop ({_where(plan_.loop)})"
        self.setup_failed: list[str] = []
        self.snapshot: dict = {}
        self.setup_runs: list[Line] = []  # the set-up statements run_setup runs (see there)
        self.derived: list[Line] = []
        self.file_rows: int | None = None
        self.batch_meant = ""  # its own data is one sample but its loss averages over a batch: what says so
        self.file_vector = False  # its own data is one sample held as a vector (D,): each sample passed so
        self.sample_vectors = False  # W @ x on each row of a 2-D array: the samples as vectors (D,), not columns
        self.flat_targets = False  # one output unit whose code squeezes it (y_hat = Z3.squeeze(-1)): targets (B,)
        self._codes: dict = {}
        self._rates: list = []  # the rates' values before each update of the last run (see _recording)
        self._kept: list = []  # each sample's forward values, from a loop over samples inside the step (_Keep)
        self.unset: dict[str, str] = {}  # a name only a set-up statement that failed would set -> what failed
        self.nominal: int | None = None  # the mini-batch size bound for one step, when not the batch's rows

    @property
    def short_batch(self) -> str:
        """The count that sizes a mini-batch whose last one may be short (``batch`` of ``range(0, n, batch)`` and
        ``X[i:i + batch]``), when xval binds it: a step with it set above the batch's rows is that short batch."""
        name = self.plan.short_count
        return name if name and name in self.counts else ""

    @property
    def update_rate(self) -> float | None:
        """The constant its updates are written with (``W -= 1e-4 * dW``): the rounding the gradient read carries."""
        p = self.plan
        return float(p.fixed_rate) if p.rate_const and p.fixed_rate else None

    # -- set-up: run once at detection
    def run_setup(self) -> None:
        p = self.plan
        bound = self._bound_arrays()
        # the statements to run: the loaded module's own (already run) left out
        self.setup_runs = [ln for ln in p.setup if not (ln.top and keep(ln.node)) and _settable(ln.node)]
        self.derived = [ln for ln in self.setup_runs if _reads(ln.node) & bound and not (_stores(ln.node) & bound)]
        for ln in self.setup_runs:
            if ln in self.derived:  # run again at each step, once xval's batch is bound; here on the file's data
                self._derive([ln])
                continue
            self._exec([ln], "set-up", record=True)
        if p.x_join is not None:  # X = np.c_[np.ones(m), X]: the ones joined to each batch xval binds to X
            self.derived += [ln for ln in p.setup if ln.node is p.x_join]
        x = self.ns.get(p.zip_arrays[0] if p.per_sample == "zip" else p.x)
        if isinstance(x, np.ndarray) and x.ndim == 2:
            self.file_rows = x.shape[1] if p.xcol else x.shape[0]
        elif isinstance(x, np.ndarray) and x.ndim == 1 and x.dtype.kind == "f" and x.size and not p.per_sample:
            self.file_rows, self.file_vector = 1, True  # inputs = np.array([0.5, 0.9, -0.3]): one sample, a vector
        in_loop = _writes(ast.Module([ln.node for ln in p.preamble + p.body], type_ignores=[]))
        for name in in_loop - bound:
            if name in self.ns and not callable(self.ns[name]) and not isinstance(self.ns[name], type(np)):
                try:
                    self.snapshot[name] = copy.deepcopy(self.ns[name])
                except Exception:  # noqa: BLE001 - an object that cannot be copied is left as it is
                    pass
        free = _free([ln.node for ln in p.preamble + p.body])
        # a name a weight is made with (W1 = normal(0, 0.01, (M, D))) is a width, whatever its name says
        widths = {n for ln in p.setup if _settable(ln.node) and _writes(ln.node) & set(p.weights)
                  for n in _reads(ln.node)}
        self.counts = [n for n in free if n not in bound and n not in widths and (
            n in p.slice_counts and self.ns.get(n) is None or  # main(..., batch_size, ...): a parameter, unset
            _is_scalar(self.ns.get(n, None)) and isinstance(self.ns.get(n), (int, np.integer)) and
            ((classify(n) or ("",))[0] == "m" or n in p.slice_counts or
             self.file_rows is not None and self.ns[n] == self.file_rows))]
        self._read_sizes()
        if self.own_sizes is None:
            self._sizes_on_probe()
        if self.file_rows == 1 and not p.per_sample:  # written for one sample (X = np.array([[0.5, 0.2, 0.1]]))
            p.per_sample, self.per_sample = "rows", True

    def _bound_arrays(self) -> set[str]:
        p = self.plan
        out = {*p.weights, *(b for b in p.biases if b), p.x}
        if p.y:
            out.add(p.y)
        if p.per_sample == "zip":
            out |= set(p.zip_arrays)
        return out

    def _sizes_on_probe(self) -> None:
        """The sizes of weights the set-up makes from data it could not load (``N, D = X.shape`` then ``W1 =
        normal(0, 0.01, (M, D))``, ``W2 = normal(0, 0.05, (1, M))``): the same set-up run again, on a copy of the
        namespace, with a probe batch of xval's input width under the input's name; the sizes those weights take
        there (their output count the file's own) are the model's, its input width xval's (``probe_input``)."""
        p = self.plan
        if p.per_sample == "zip" or isinstance(self.ns.get(p.x), np.ndarray) or \
                not any(w in self.unset for w in p.weights):
            return
        from xval.impl.weights import DEFAULT_SIZES

        ns, self.ns = self.ns, dict(self.ns)
        try:
            self.ns[p.x] = np.zeros((DEFAULT_SIZES[0], 2) if p.xcol else (2, DEFAULT_SIZES[0]))
            self._derive(self.setup_runs)
            self._read_sizes()
        finally:
            self.ns = ns
        self.probe_input = self.own_sizes is not None

    def _read_sizes(self) -> None:
        p, ns = self.plan, self.ns
        held = [ns[b] for b in p.biases if b and isinstance(ns.get(b), np.ndarray)]
        self.layout.bias = bias_kind(held[0]) if held else "col" if p.wcol else "row"
        Ws = [ns.get(w) for w in p.weights]
        if not all(isinstance(W, np.ndarray) and W.ndim == 2 for W in Ws):
            return
        shapes = [W.shape[::-1] if self.layout.wcol else W.shape for W in Ws]
        if p.fold:  # (in + 1, out): one row the bias's
            shapes = [(a - 1, b) for a, b in shapes]
        if all(a[1] == b[0] for a, b in zip(shapes, shapes[1:])):
            self.own_sizes = [shapes[0][0], *(s[1] for s in shapes)]

    def _exec(self, lines: list[Line], what: str, record: bool = False, loop: bool = False) -> None:
        """Run statements in the file's namespace (in a one-pass loop when they come from a loop body, so that its
        ``break`` and ``continue`` compile)."""
        if not lines:
            return
        key = (id(lines[0].node), len(lines), loop)
        code = self._codes.get(key)
        if code is None:
            nodes = [ln.node for ln in lines]
            if loop and self.plan.rates:
                nodes = _recording(nodes, self.plan.rates)
            if loop and self.plan.inner is not None:
                nodes = [_Keep(self.plan.inner).visit(copy.deepcopy(n)) for n in nodes]
            if loop:
                wrapper = ast.For(target=ast.Name("_xval_once", ast.Store()), iter=ast.Tuple([ast.Constant(0)],
                                  ast.Load()), body=nodes, orelse=[])
                ast.copy_location(wrapper, nodes[0])
                nodes = [wrapper]
            module = ast.fix_missing_locations(ast.Module(nodes, type_ignores=[]))
            code = self._codes[key] = compile(module, lines[0].filename, "exec", flags=self.loaded.future_flags,
                                              dont_inherit=True)
        if record:
            try:
                self.guard.call(what, exec, code, self.ns)
            except SubmissionError as exc:
                said = f"line {lines[0].node.lineno}: {str(exc).split(': ', 1)[-1][:120]}"
                self.setup_failed.append(said)
                for name in _writes(lines[0].node):
                    self.unset.setdefault(name, said)
            return
        self.guard.call(what, exec, code, self.ns)

    def _first(self, loop: ast.For):
        """The first value of ``for i in range(a, ...)``: a (0 for ``range(n)`` and anything else)."""
        it = loop.iter
        if isinstance(it, ast.Call) and getattr(it.func, "id", "") == "range" and len(it.args) >= 2:
            try:
                start = self.guard.call("set-up", eval, compile(ast.Expression(it.args[0]), "<range>", "eval"), self.ns)
            except SubmissionError:  # a start that cannot be read: 0
                return 0
            return start if isinstance(start, (int, np.integer)) else 0
        return 0

    # -- one step
    def _bind(self, params, x: np.ndarray, y: np.ndarray | None, lr: float) -> None:
        """xval's weights, batch, labels and rate under the file's names, its loops' variables at their first value,
        its batch counts at the batch size, and the set-up statements that read them run again."""
        p, lay, ns = self.plan, self.layout, self.ns
        self._bind_params(params, derive=False)
        xs = lay.x(x)
        labels = self.acts_layout if p.ycol is None else Layout(xcol=p.ycol, onehot=p.onehot)
        ys = None if y is None else labels.y(y, params[-1][0].shape[1])
        if p.per_sample == "zip" or p.per_sample == "index" and p.sample_axis == 0:
            # samples taken along the first axis: the arrays sample-major, and each sample a (n, 1) column for a file
            # whose vectors are columns (W @ x), a row otherwise
            xs = np.array(x, np.float64 if x.dtype.kind != "f" else x.dtype)
            if ys is not None and ys.ndim == 2 and p.wcol:
                ys = np.ascontiguousarray(ys.T)
            if p.wcol and p.xcol and not p.own_column and not self.sample_vectors:
                xs = xs[:, :, None]
                ys = None if ys is None or ys.ndim != 2 else ys[:, :, None]
        if p.per_sample == "zip":
            ns[p.zip_arrays[0]] = xs
            if ys is not None:  # (its one output's targets as numbers, where its code makes each one an array:
                # target = np.array([[target]]))
                flat = self.flat_targets and ys.ndim == 2 and ys.shape[1] == 1
                ns[p.zip_arrays[1]] = ys.reshape(-1) if flat else ys
        else:
            ns[p.x] = xs
            if p.y and ys is not None:
                ns[p.y] = ys
            # its held-out set, read in the loop only to report (Yhat_test = forward(Xtest, ...)) and set by
            # statements that load data: the probe batch under those names too (Xtrain -> Xtest, Ytrain_ind ->
            # Ytest_ind), where xval's set-up could not make them
            for name, value in ((p.x, xs), (p.y, ys)):
                for twin in held_out_twins(name or ""):
                    if twin in self.unset and value is not None:
                        ns[twin] = value
        if self.flat_targets and p.y and isinstance(ns.get(p.y), np.ndarray) and ns[p.y].ndim == 2 \
                and ns[p.y].shape[1] == 1:
            ns[p.y] = np.ascontiguousarray(ns[p.y]).reshape(-1)  # its one output's targets as the vector its code
            # compares its squeezed output with
        if self.file_vector and len(x) == 1:  # one sample as the vector its own data is
            ns[p.x] = np.ascontiguousarray(xs).reshape(-1)
            if p.y and ys is not None:
                ns[p.y] = np.ascontiguousarray(ys).reshape(-1)
        for r in p.rates:
            ns[r] = lr
        if p.order:
            ns[p.order] = np.arange(len(x))
        # its batch counts at the batch's rows; the mini-batch size above them for a short last batch (nominal)
        short = self.short_batch if self.nominal else ""
        for n in self.counts:
            ns[n] = self.nominal if n == short else len(x)
        for loop in self.plan.loops:  # the loops' own variables at their first value (print(epoch, loss))
            if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and loop.target.id not in p.targets:
                ns[loop.target.id] = self._first(loop)
        self._derive(self.derived)
        for n in self.counts:  # derived statements may set them from the file's own data: the batch's, again
            ns[n] = self.nominal if n == short else len(x)

    def _bind_params(self, params, derive: bool = True) -> None:
        """The weights (and the state the loop changes, as the set-up left it); with ``derive``, the set-up
        statements that read the weights run again (momentum buffers), for the next sample of a per-sample loop."""
        p, lay, ns = self.plan, self.layout, self.ns
        for name, value in self.snapshot.items():
            ns[name] = copy.deepcopy(value)
        for k, (W, b) in enumerate(params):
            ns[p.weights[k]] = lay.theta(W, b) if p.fold else lay.W(W)
            if p.biases[k]:
                ns[p.biases[k]] = lay.b(b)
        for name, (d, key) in p.undict.items():  # the dicts hold the same arrays (a function reading weights['W1'])
            if name in ns:
                if not isinstance(ns.get(d), dict):
                    ns[d] = {}
                ns[d][key] = ns[name]
        if derive:
            weights = {*p.weights, *(b for b in p.biases if b)}
            self._derive([ln for ln in self.derived if _reads(ln.node) & weights])

    def _derive(self, lines: list[Line]) -> None:
        for ln in lines:  # a failure is left to show in the loop (a name it did not set)
            try:
                self._exec([ln], "set-up")
            except SubmissionError:
                pass

    def _run(self, params, x, y, lr, upto: str | None = None) -> None:
        """The preamble and the body (to the statement that assigns ``upto``, else to the last update), once per
        sample when the loop takes one at a time (then ``x``, ``y`` are that sample's)."""
        p = self.plan
        body = p.body
        if upto is not None and p.output_at is not None:  # to the statement that compares it with the labels
            body = body[: p.output_at]
        elif upto is not None:  # to the last statement that assigns it before the first update
            first = next(k for k, ln in enumerate(body) if any(_updated(t) for t in _shallow([ln.node])))
            cut = [k for k, ln in enumerate(body[:first]) if upto in _writes(ln.node)]
            body = body[: cut[-1] + 1] if cut else body
        self._exec(p.preamble + body, self._backward_name, loop=True)

    def _sample(self, k: int) -> None:
        """Sample ``k`` of the bound batch under the loop's own names (``x, t`` of zip), or its index (``i``)."""
        p, ns = self.plan, self.ns
        if p.per_sample == "zip":
            xs, yv = ns[p.zip_arrays[0]], ns.get(p.zip_arrays[1])
            ns[p.targets[0]] = xs[k]  # (sample-major: see _bind)
            if yv is not None:
                ns[p.targets[1]] = yv[k]
        else:
            ns[p.targets[0]] = k

    def _values(self, batch: int, fn: str, per_sample: bool):
        """The step's zs and activations in xval's layout, read from the names the loop assigned (None where it has
        no such name, or its value does not have the batch's shape)."""
        p, lay, ns = self.plan, self.acts_layout, self.ns
        L = len(p.weights)

        def out(name, what):
            if not name:
                return None
            if self._kept:  # the step's own loop over the samples: one value per sample, a row each
                rows = [k.get(name) for k in self._kept]
                if any(r is None for r in rows) or len(rows) != batch:
                    return None
                try:
                    return np.vstack([np.asarray(r, np.float64).reshape(1, -1) for r in rows])
                except ValueError:
                    return None
            v = ns.get(name)
            if v is None:
                return None
            arr = np.asarray(v)
            if per_sample and arr.ndim == 1:
                arr = arr.reshape(-1, 1) if lay.xcol else arr.reshape(1, -1)
            elif self.flat_targets and arr.ndim == 1 and len(arr) == batch:
                arr = arr.reshape(-1, 1)  # its one output squeezed to a vector, as its targets are
            try:
                return lay.out(arr, 1 if per_sample else batch, what, fn)
            except SubmissionError:
                return None
        zs = [out(p.zs[k], f"z{k + 1}") for k in range(L)]
        acts = [out(p.acts[k], f"a{k + 1}") for k in range(L - 1)] + [out(p.output, "output")]
        return zs, acts

    def forward(self, params, x):
        steps = self._steps(params, x, None, 0.01, forward=True)
        st = steps[0] if len(steps) == 1 else mean_step(params, 0.01, steps)
        return st.zs, st.activations, []

    def step(self, params, x, y, lr, given=None) -> Step:
        if given is not None:
            raise NoGiven(self._backward_name)
        steps = self._steps(params, x, y, lr)
        if len(steps) == 1:
            return steps[0]
        return mean_step(params, lr, steps)

    def _steps(self, params, x, y, lr, forward: bool = False) -> list[Step]:
        p = self.plan
        if y is None:
            y = np.zeros(len(x), dtype=np.int64)
        out = []
        samples = range(len(x)) if p.per_sample else [None]
        rows = p.per_sample == "rows"  # a script whose own data is one sample: the batch given a row at a time
        if not rows:
            self._bind(params, x, y, lr)
        fn = self._backward_name
        for k in samples:
            if rows:
                self._bind(params, x[k:k + 1], y[k:k + 1], lr)
            elif k is not None:
                self._bind_params(params)
                self._sample(k)
            self._rates, self._kept = [], []
            self.ns[RECORDER] = self._rates.append
            if p.inner is not None:
                names = [n for n in [*p.zs, *p.acts, p.output] if n]
                self.ns[KEEPER] = lambda: self._kept.append({n: np.array(self.ns[n]) for n in names if n in self.ns})
            try:
                self._run(params, x, y, lr, upto=p.output if forward else None)
            except SubmissionError as exc:
                missing = re.search(r"raised NameError: name '(\w+)' is not defined", str(exc))
                if missing and missing.group(1) in self.unset:  # xval's set-up could not make it: not the file's
                    raise XvalLimit(fn, f"`{missing.group(1)}` is set only by a set-up statement that failed "
                                    f"({self.unset[missing.group(1)]})") from None
                raise
            zs, acts = self._values(len(x), fn, k is not None)
            if forward:
                out.append(Step(zs, [x if k is None else x[k:k + 1], *acts], params, params, []))
                continue
            out.append(self._implied(params, lr, zs, [x if k is None else x[k:k + 1], *acts], fn))
        return out

    def _implied(self, params, lr: float, zs, acts, fn: str) -> Step:
        p, lay, ns = self.plan, self.layout, self.ns
        rate = self.plan.fixed_rate
        if rate is None:
            seen = {tuple(float(v) for v in r) if all(_is_scalar(v) for v in r) else ("not a number",)
                    for r in self._rates}
            if len(seen) != 1 or not all(_is_scalar(v) for v in next(iter(seen), ())):
                said = "no update ran" if not seen else f"`{'`, `'.join(p.rates)}` took {len(seen)} values"
                raise XvalLimit(fn, f"its updates did not all use one learning rate ({said}): xval reads the "
                                "gradient from the change at the rate it was made")
            rate = float(next(iter(seen))[0])
        if not rate:
            raise SubmissionError(fn, "its learning rate is 0 after the step: xval cannot read a gradient from it")
        implied, new = [], []
        for k, (W, b) in enumerate(params):
            if p.fold:
                W2, b2 = lay.unfold(ns.get(p.weights[k]), W, p.weights[k], fn, grad=False)
            else:
                W2 = lay.param_W(ns.get(p.weights[k]), W, p.weights[k], fn)
            dW = (W.astype(np.float64) - np.asarray(W2, np.float64)) / rate
            if p.fold:
                db = (b.astype(np.float64) - np.asarray(b2, np.float64).reshape(b.shape)) / rate
            elif p.biases[k]:
                b2 = lay.param_b(ns.get(p.biases[k]), b, p.biases[k], fn)
                db = (b.astype(np.float64) - np.asarray(b2, np.float64).reshape(b.shape)) / rate
            else:
                db = np.zeros(b.shape)
            implied.append((dW, db))
            new.append(((W - lr * dW).astype(W.dtype), (b - lr * db).astype(b.dtype)))
        return Step(zs, acts, new, implied, [])


RECORDER = "__xval_rate__"
KEEPER = "__xval_keep__"


class _Keep(ast.NodeTransformer):
    """The inner loop over samples (``for x, t in zip(X, T)``) with a call of :data:`KEEPER` at the end of its
    body: each sample's forward values, kept as the loop makes them (the step's own names hold the last only)."""

    def __init__(self, inner: ast.For) -> None:
        self.at = (inner.lineno, inner.col_offset)

    def visit_For(self, node: ast.For):
        self.generic_visit(node)
        if (node.lineno, node.col_offset) == self.at:
            call = ast.copy_location(ast.Expr(ast.Call(ast.Name(KEEPER, ast.Load()), [], [])), node.body[-1])
            node.body = [*node.body, call]
        return node


def _recording(stmts: list[ast.stmt], rates: list[str]) -> list[ast.stmt]:
    """``stmts`` with a call of :data:`RECORDER` on the rates' values before each update (into ifs and withs), so
    the gradient is read at the rate each update used."""
    out = []
    for s in stmts:
        if _updated(s):
            call = ast.Expr(ast.Call(ast.Name(RECORDER, ast.Load()),
                                     [ast.Tuple([ast.Name(r, ast.Load()) for r in rates], ast.Load())], []))
            out.append(ast.copy_location(call, s))
        elif isinstance(s, (ast.If, ast.With, ast.Try)):
            s = copy.copy(s)
            for part in ("body", "orelse", "finalbody"):
                if getattr(s, part, None):
                    setattr(s, part, _recording(getattr(s, part), rates))
        out.append(s)
    return out


def _settable(node: ast.stmt) -> bool:
    """A set-up statement the script style runs: an assignment, or seeding a random generator."""
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        return True
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
        ast.unparse(node.value.func) in SEED_CALLS


def _epoch_function(sm: SourceMap, loaded) -> tuple[list[Line], str, dict] | None:
    """A module function that runs the training loop over the arrays it is given, updating its weight arguments in
    place (``nn_epoch(X, y, W1, W2, lr=0.1, batch=100)``) or weights it makes itself (``train(X, t, lr=0.5)``):
    (its body as lines, its name, its parameters' defaults), or None."""
    import inspect

    for name, node in sm.defs.items():
        if "." in name or not isinstance(node, ast.FunctionDef) or not callable(loaded.namespace.get(name)):
            continue
        params = [a.arg for a in node.args.args]
        found = _update_loop(node, (), _module_defs(sm))
        if not params or not found:
            continue
        try:
            sig = inspect.signature(loaded.namespace[name])
        except (TypeError, ValueError):
            continue
        filename = _def_filename(sm, loaded, node)
        defaults = {k: v.default for k, v in sig.parameters.items() if v.default is not inspect.Parameter.empty}
        return [Line(s, filename, False) for s in node.body], name, defaults
    return None


STEP_WORDS = ("learnonce", "trainonce", "onestep", "trainstep", "step", "updateonce", "sgdstep", "gdstep")
"""Names of a module function that makes one training step with no loop of its own (``learn_once_mse(w1, b1, w2,
b2, data, targets, learning_rate)``), squashed; read as a loop run once (:func:`_step_function`)."""


def _looped_calls(lines: list[Line]) -> set[str]:
    """The functions the file's own statements call inside a loop (``for i in range(100000): train(X[i], ...)``)."""
    return {c.func.id for ln in lines if isinstance(ln.node, LOOPS) for n in ast.walk(ln.node)
            if isinstance(n, LOOPS) for c in ast.walk(n) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}


def _step_functions(sm: SourceMap, loaded, lines: list[Line]) -> list[tuple[list[Line], str, dict]]:
    """The module functions with no loop that update two or more of their weight arguments by a difference, named
    as one training step (:data:`STEP_WORDS`) or called in a loop of the file's own (``train(X[index], y[index],
    w1, w2, b1, b2)``): each one's whole body (its return statements dropped) as one pass of a loop (``for _ in
    range(1):``, its own ``N = data.shape[0]`` run each call, unlike the top-level statements :func:`_one_step`
    reads), its name and its parameters' defaults, as :func:`_epoch_function` gives."""
    import inspect

    out, looped = [], _looped_calls(lines)
    for name, node in sm.defs.items():
        if "." in name or not isinstance(node, ast.FunctionDef) or not callable(loaded.namespace.get(name)) \
                or not (any(w in _sq(name) for w in STEP_WORDS) or name in looped) \
                or any(isinstance(n, LOOPS) for n in ast.walk(node)):
            continue
        body = [st for st in node.body if not isinstance(st, ast.Return)]
        if any(isinstance(n, ast.Return) for st in body for n in ast.walk(st)):
            continue  # a return inside a branch: the step is not one straight pass
        once = ast.copy_location(ast.For(target=ast.Name("_xval_once", ast.Store()), iter=ast.Call(
            ast.Name("range", ast.Load()), [ast.Constant(1)], []), body=body, orelse=[]), node.body[0])
        ast.fix_missing_locations(once)
        once.one_step = True  # (read by interface())
        if not _update_loop(once, (), _module_defs(sm)):
            continue
        try:
            sig = inspect.signature(loaded.namespace[name])
        except (TypeError, ValueError):
            continue
        defaults = {k: v.default for k, v in sig.parameters.items() if v.default is not inspect.Parameter.empty}
        out.append(([Line(once, _def_filename(sm, loaded, node), False)], name, defaults))
    return out


def _calls(node: ast.AST, name: str) -> ast.Call | None:
    return next((c for c in ast.walk(node) if isinstance(c, ast.Call) and getattr(c.func, "id", None) == name), None)


def _def_filename(sm: SourceMap, loaded, node: ast.AST) -> str:
    """The name a definition's code is compiled under, as :func:`_flatten` registers it: the file, or the notebook
    cell that defines it (so that a traceback cites that cell's lines)."""
    for tree, label in zip(sm.trees, sm.labels):
        if any(n is node for top in tree.body for n in [top, *(top.body if isinstance(top, ast.ClassDef) else [])]):
            return str(loaded.path) if label == "line" else f"{loaded.path}, {label.rsplit(', line', 1)[0]}"
    return str(loaded.path)


def _call_setup(sm: SourceMap, loaded, lines: list[Line], function: str) -> list[Line]:
    """What runs before the training ``function``'s body: the module's set-up before the file calls it, and the
    call's arguments as its parameters (the file's own data, so that the weights it makes from X.shape[1] have the
    file's own sizes). A function the file calls only through a wrapper of its own (``train_network(X, y, lr)``
    whose body sets ``iterations = 1000`` and returns ``backward(X, y, hidden, iterations, lr)``) gets the
    wrapper's call and its statements before the inner call too; none at all: nothing (its parameters unset)."""
    def called(name):  # the first statement of the file's own that calls it (not a definition that does)
        return next((k for k, ln in enumerate(lines) if not isinstance(
            ln.node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and _calls(ln.node, name)), None)

    params = [a.arg for a in sm.defs[function].args.args]
    at = called(function)
    if at is not None:
        return [*lines[:at], *_arguments(_calls(lines[at].node, function), params, lines[at].filename)]
    for name, node in sm.defs.items():
        if "." in name or not isinstance(node, ast.FunctionDef) or name == function:
            continue
        inner = next((k for k, st in enumerate(node.body) if _calls(st, function)), None)
        outer = called(name)
        if inner is None or outer is None:
            continue
        where = _def_filename(sm, loaded, node)
        return [*lines[:outer], *_arguments(_calls(lines[outer].node, name), [a.arg for a in node.args.args],
                                            lines[outer].filename),
                *(Line(st, where, False) for st in node.body[:inner] if _settable(st)),
                *_arguments(_calls(node.body[inner], function), params, where)]
    return []


def _assign(target: str, value: ast.AST, where: ast.AST, filename: str) -> Line:
    """A set-up line ``target = value`` of xval's making, placed at ``where`` (marked ``xval_argument``)."""
    node = ast.copy_location(ast.Assign(targets=[ast.Name(target, ast.Store())], value=value), where)
    node.xval_argument = True
    return Line(node, filename, False)


def _arguments(call: ast.Call, params: list[str], filename: str) -> list[Line]:
    """``param = argument`` for each argument of the file's own ``call`` (``train(X, t, 0.5)``)."""
    pairs = [*zip(params, call.args), *((k.arg, k.value) for k in call.keywords if k.arg in params)]
    return [_assign(p, v, call, filename) for p, v in pairs if not isinstance(v, ast.Starred)]


class _Unself(ast.NodeTransformer):
    """``self.W1`` as a plain name (``W1``, or ``self_W1`` where the method also uses ``W1`` itself), so that a
    training method reads as a script over module-level names."""

    def __init__(self, taken: set[str]) -> None:
        self.taken, self.names = taken, {}

    def visit_Attribute(self, node: ast.Attribute):
        if isinstance(node.value, ast.Name) and node.value.id == "self":
            name = self.names.setdefault(node.attr, node.attr if node.attr not in self.taken else f"self_{node.attr}")
            return ast.copy_location(ast.Name(name, node.ctx), node)
        return self.generic_visit(node)


def _named_step(fn: ast.FunctionDef) -> str | None:
    """The learning rate's attribute of a method that steps the attribute its first argument names
    (``adam_update(self, name, grad)`` ending ``setattr(self, name, getattr(self, name) - self.lr * m_hat / ...)``):
    an optimiser's step for one parameter; None for any other method."""
    args = [a.arg for a in fn.args.args]
    if len(args) != 3 or args[0] != "self":
        return None
    name = args[1]
    steps = any(isinstance(c, ast.Call) and _called_name(c) == "setattr" and len(c.args) == 3
                and isinstance(c.args[0], ast.Name) and c.args[0].id == "self"
                and isinstance(c.args[1], ast.Name) and c.args[1].id == name for c in ast.walk(fn))
    rates = [n.attr for n in ast.walk(fn) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
             and n.value.id == "self" and (classify(n.attr) or ("",))[0] == "lr"]
    return rates[0] if steps and rates else None


class _OptimizerCalls(ast.NodeTransformer):
    """A training method's call of its class's optimiser step for one parameter (``self.adam_update('W1', dW1)``,
    :func:`_named_step`) as plain SGD on that attribute (``self.W1 -= self.lr * dW1``): the gradient the method hands
    its optimiser is what is checked (Adam's own step is not the rate times the gradient)."""

    def __init__(self, sm: SourceMap, cls_name: str) -> None:
        self.steps = {key.split(".", 1)[1]: rate for key, fn in sm.defs.items() if key.startswith(f"{cls_name}.")
                      and isinstance(fn, ast.FunctionDef) and (rate := _named_step(fn))}

    def visit_Expr(self, node: ast.Expr):
        c = node.value
        if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name) \
                and c.func.value.id == "self" and c.func.attr in self.steps and len(c.args) == 2 and not c.keywords \
                and isinstance(c.args[0], ast.Constant) and isinstance(c.args[0].value, str) \
                and c.args[0].value.isidentifier():
            rate = ast.Attribute(ast.Name("self", ast.Load()), self.steps[c.func.attr], ast.Load())
            step = ast.AugAssign(ast.Attribute(ast.Name("self", ast.Load()), c.args[0].value, ast.Store()), ast.Sub(),
                                 ast.BinOp(rate, ast.Mult(), c.args[1]))
            step.xval_optimizer = c.func.attr
            return ast.fix_missing_locations(ast.copy_location(step, node))
        return node


class _Unattr(ast.NodeTransformer):
    """A number kept on a settings class or namespace (``Config.epsilon``, ``cfg.lr``) as a plain name
    (``Config_epsilon``), bound to its value: so that a loop's rate read from one (``W1 += -Config.epsilon * dW1``,
    a well-known tutorial's) reads and is set as a script's rate is."""

    def __init__(self, ns: dict) -> None:
        self.ns, self.names, self.shown = ns, {}, {}

    def visit_Attribute(self, node: ast.Attribute):
        holder = self.ns.get(node.value.id) if isinstance(node.value, ast.Name) else None
        if holder is not None and isinstance(node.ctx, ast.Load) and (
                isinstance(holder, type) or type(holder).__name__ == "SimpleNamespace") \
                and _is_scalar(getattr(holder, node.attr, None)):
            name = f"{node.value.id}_{node.attr}"
            if name not in self.ns or name in self.names:
                self.names[name] = getattr(holder, node.attr)
                self.shown[name] = f"{node.value.id}.{node.attr}"
                return ast.copy_location(ast.Name(name, ast.Load()), node)
        return self.generic_visit(node)


def _settings_parameters(fn: ast.FunctionDef, ns: dict, sm: SourceMap) -> None:
    """A training function's parameter that its code reads only through attributes (``train(X, Y, args)`` reading
    ``args.learning_rate``, ``args.batch_size``: an argparse namespace its caller parses), bound to a namespace of
    those attributes: each the default the file's own ``add_argument("--learning_rate", default=0.1)`` gives, else
    None. :class:`_Unattr` then reads the numbers as names, so that the rate and the batch size are set as a
    script's are (without it, the parameter got the batch size and every read of it raised)."""
    import types

    defaults = {}
    for tree in sm.trees:
        for c in ast.walk(tree):
            if isinstance(c, ast.Call) and getattr(c.func, "attr", None) == "add_argument" and c.args and \
                    isinstance(c.args[0], ast.Constant) and str(c.args[0].value).startswith("--"):
                dest = next((k.value.value for k in c.keywords
                             if k.arg == "dest" and isinstance(k.value, ast.Constant)),
                            str(c.args[0].value)[2:].replace("-", "_"))
                given = next((k.value for k in c.keywords if k.arg == "default"), None)
                try:
                    defaults[dest] = ast.literal_eval(given) if given is not None else None
                except ValueError:
                    defaults[dest] = None
    for a in fn.args.args:
        uses = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == a.arg]
        held = [n for n in ast.walk(fn) if isinstance(n, ast.Attribute) and any(n.value is u for u in uses)]
        if a.arg in ns or a.arg == "self" or not uses or len(held) != len(uses):
            continue  # (used as anything but the holder of attributes: not a settings object)
        read = {n.attr for n in held}
        ns[a.arg] = types.SimpleNamespace(**{k: defaults.get(k) for k in sorted(read)})


def _unattr(lines: list[Line], ns: dict) -> tuple[list[Line], dict[str, str]]:
    """``lines`` with :class:`_Unattr` applied to the statements of a training function (not the module's own
    top-level code), the names it makes bound in ``ns``; and each name's attribute as the file writes it."""
    un = _Unattr(ns)
    out = [ln if ln.top else Line(un.visit(copy.deepcopy(ln.node)), ln.filename, ln.top) for ln in lines]
    ns.update(un.names)
    return out, un.shown


def _uncalled_setup(sm: SourceMap, loaded, cls_name: str, method: ast.FunctionDef) -> ast.Call | None:
    """For a file that only defines its class (no statement makes one or calls ``method``), a call of ``method`` on
    an instance made without its constructor (``Net.__new__(Net)``), when the method takes nothing but ``self`` (or
    has defaults for the rest) and the class has no ``__init__`` of its own: its attributes are what xval binds
    (the data, the weights, the rate), as its set-up method (``init(self, X, labels, epochs)``, called by hand)
    would make them. None otherwise."""
    cls = loaded.namespace.get(cls_name)
    if not isinstance(cls, type) or "__init__" in vars(cls) or len(method.args.args) - 1 > len(method.args.defaults):
        return None
    if any(isinstance(c, ast.Call) and (getattr(c.func, "id", None) == cls_name or getattr(c.func, "attr", None) ==
                                        method.name) for tree in sm.trees for c in ast.walk(tree)):
        return None  # the file makes or calls it somewhere xval did not run: its own way
    new = ast.Call(ast.Attribute(ast.Name(cls_name, ast.Load()), "__new__", ast.Load()), [ast.Name(cls_name,
                                                                                               ast.Load())], [])
    call = ast.Call(ast.Attribute(new, method.name, ast.Load()), [], [])
    return ast.fix_missing_locations(ast.copy_location(call, method))


def _training_method(sm: SourceMap, loaded, lines: list[Line]) -> tuple[list[Line], str, dict] | None:
    """A class's training method with the forward, backward and update inline (``train(self, X, y)`` updating
    ``self.W1`` ...; the class has no forward to call), run as a script on the instance the file itself makes and
    trains (``nn = Net(2, 4, 1)`` then ``nn.train(X, y)``): (the module's set-up before that call, ``self`` and the
    call's arguments bound, each attribute the method uses read into a name, then the method's body; its name; its
    parameters' defaults), or None."""
    import inspect

    for key, node in sm.defs.items():
        if "." not in key or not isinstance(node, ast.FunctionDef) or not node.args.args or \
                node.args.args[0].arg != "self":
            continue
        cls_name, meth = key.split(".", 1)
        taken = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} | set(loaded.namespace)
        un = _Unself(taken)
        fn = un.visit(_OptimizerCalls(sm, cls_name).visit(copy.deepcopy(node)))
        if not _update_loop(fn, (), _module_defs(sm)):
            continue
        at, call = next(((k, c) for k, ln in enumerate(lines) for c in ast.walk(ln.node) if isinstance(c, ast.Call)
                         and isinstance(c.func, ast.Attribute) and c.func.attr == meth
                         and isinstance(c.func.value, ast.Name)), (None, None))
        if call is None and (call := _uncalled_setup(sm, loaded, cls_name, node)) is not None:
            at = len(lines)  # a file that only defines the class: its own set-up method makes the attributes
        if call is None:
            continue
        here = lines[at].filename if at < len(lines) else _def_filename(sm, loaded, node)
        made = ast.Name(call.func.value.id, ast.Load()) if isinstance(call.func.value, ast.Name) else call.func.value
        binds = [_assign("self", made, call, here)]
        binds[0].node.xval_unmade = at == len(lines)  # (an instance of xval's making: said in the read-as line)
        binds += [_assign(name, ast.Call(ast.Name("getattr", ast.Load()), [ast.Name("self", ast.Load()),
                                                                           ast.Constant(attr), ast.Constant(None)], []),
                          call, here) for attr, name in un.names.items()]
        binds += _arguments(call, [a.arg for a in fn.args.args[1:]], here)
        try:
            sig = inspect.signature(getattr(loaded.namespace[cls_name], meth))
        except (KeyError, AttributeError, TypeError, ValueError):
            continue
        defaults = {k: v.default for k, v in sig.parameters.items() if v.default is not inspect.Parameter.empty}
        filename = _def_filename(sm, loaded, node)
        return [*lines[:at], *binds, *(Line(s_, filename, False) for s_ in fn.body)], key, defaults
    return None


def detect(loaded, sm: SourceMap, forward_name: str | None, backward_name: str | None) -> ScriptModel:
    lines = _flatten(sm, loaded)
    if any(isinstance(ln.node, LOOPS) and _update_loop(ln.node, (), _module_defs(sm)) for ln in lines):
        return _detect(loaded, sm, lines)  # a training loop at top level
    found = _epoch_function(sm, loaded)
    method = None if found else _training_method(sm, loaded, lines)
    if found or method:
        return _detect(loaded, sm, lines, found, method)
    near = None
    for step in _step_functions(sm, loaded, lines):  # learn_once_mse, learn_once_cross_entropy: the first whose
        try:  # reading holds
            return _detect(loaded, sm, lines, step)
        except Rejected as r:
            near = r if near is None or r.score > near.score else near
    if near is not None:
        raise near
    return _detect(loaded, sm, lines)


def _detect(loaded, sm: SourceMap, lines: list, found=None, method=None) -> ScriptModel:
    """The script model of ``lines`` (the file flattened): its top-level training loop, or the loop ``found`` in a
    function (:func:`_epoch_function`, or a one-step function of :func:`_step_functions`), or the training
    ``method`` (:func:`_training_method`)."""
    function, defaults = None, {}
    if method:
        lines, function, defaults = method
    if found:
        body, function, defaults = found
        lines = [*_call_setup(sm, loaded, lines, function), *body]
    unattr = {}
    if function:
        _settings_parameters(sm.defs[function], loaded.namespace, sm)
        lines, unattr = _unattr(lines, loaded.namespace)
    lines, undict = _undict(lines)
    p = plan(lines, loaded, _module_defs(sm))
    p.unattr = unattr
    p.function = function
    p.undict = undict
    stepped = found and getattr(found[0][0].node, "one_step", False)  # a one-step function the file calls
    passed = next((ln.node.value for ln in lines if getattr(ln.node, "xval_argument", False)
                   and ln.node.targets[0].id == p.x), None) if stepped else None
    if isinstance(passed, ast.Subscript) and isinstance(passed.value, ast.Name) and isinstance(passed.slice, ast.Name):
        p.per_sample, p.passed_one = "rows", ast.unparse(passed)  # train(X[index], y[index], w1, ...): one sample
    for k, v in defaults.items():  # its parameters' defaults: the rate, a batch size (set to the batch's below)
        loaded.namespace[k] = v
    model = ScriptModel(loaded, p)
    model.loss_scope = function if function and "." not in function else ""  # its loss, of several, is the one there
    if function:  # a parameter neither the file's own call nor a default gives: xval has nothing to pass
        given = {n for ln in lines if not ln.top for n in _writes(ln.node)}
        node = sm.defs[function]
        for a in node.args.args[1 if "." in function else 0:]:
            if a.arg not in defaults and a.arg not in given:
                model.unset[a.arg] = f"a parameter of {function} that no call of the file gives and that has no default"
    model.run_setup()
    if function and "." in function and "self" not in loaded.namespace:
        why = next((w for n, w in model.unset.items() if n == "self"), "no statement of the file makes one")
        raise Rejected("script", f"{function} trains an instance of its class, and the file's own instance could "
                       f"not be made ({why})", 1)
    _read_rates(p, p.region, loaded)  # after the set-up: a rate made there (in main()) is a number by now
    if p.y is None:
        raise Rejected("script", f"the training loop at {_where(p.loop)} compares its output with no name xval can "
                       "give the labels to", 1)
    _sample_form(model)
    _label_form(model)
    _target_form(model)
    _batch_meant(model)
    _model_from_cost(model)
    return model


def _model_from_cost(model: ScriptModel) -> None:
    """A loop whose forward runs inside a function that gives only the cost and the gradients (``cost, grads =
    propagate(X, Y, W1, b1, W2, b2)``): no name of the loop holds the output, so the hidden activation and the output
    are read from that cost, a number the loop holds after a probe step at the probe weights (the first standard
    model whose loss is a conventional multiple of it: :func:`xval.reports.check.family.from_loss`); the loss and
    its constant still come from the code."""
    p = model.plan
    if p.output or p.per_sample:
        return
    from xval.reports.check.family import from_loss  # (family imports the styles package)

    costs = [t for node in p.region for t in _writes(getattr(node, "node", node))
             if re.fullmatch(r"(?:loss|cost|j|error)", _sq(t))]
    x, y, params = _probe_step_inputs(model, 5)
    try:
        model.step(params, x, y, 0.01)
    except SubmissionError:
        return
    values = [v for t in dict.fromkeys(costs) for v in [model.ns.get(t)]
              if isinstance(v, (float, np.floating)) or isinstance(v, np.ndarray) and v.size == 1]
    if len(values) == 1 and np.isfinite(float(np.asarray(values[0]).reshape(-1)[0])):
        model.model_read = from_loss(float(np.asarray(values[0]).reshape(-1)[0]), x, y, params, multiples=True)
        model.model_read_scaled = model.model_read is not None


def _label_form(model: ScriptModel) -> None:
    """How one-hot labels are given to a batch loop whose code says nothing of their orientation: as its
    activations are held, unless a probe step raises so and runs with them held the other way (`output -
    one_hot.T` in a function it calls, its output (classes, batch) from a row-major input transposed inside)."""
    p = model.plan
    if p.ycol is not None or not p.onehot or p.per_sample:
        return
    # (raising either way, the check reports it with the labels as its activations)
    _other_if_raises(model, 3, lambda: setattr(p, "ycol", not model.acts_layout.xcol),
                     lambda: setattr(p, "ycol", None))


def _target_form(model: ScriptModel) -> None:
    """The targets of a network with one output unit given as a vector (B,), unless a probe step raises with them
    as a column (B, 1) and runs so: a regression loop that squeezes its output (``y_hat = Z3.squeeze(-1)``) and
    compares it with ``yb``, a column making a (B, B) matrix of every pair's difference."""
    p = model.plan
    if not model.own_sizes or model.own_sizes[-1] != 1 or p.per_sample not in ("", "zip") and not p.drawn_one \
            or model.acts_layout.xcol:
        return  # (a sample drawn at random is taken from the arrays as a batch's: rows of them; a zip's, one each)
    _other_if_raises(model, 3, lambda: setattr(model, "flat_targets", True),
                     lambda: setattr(model, "flat_targets", False))


def _other_if_raises(model: ScriptModel, batch: int, other, back) -> None:
    """A probe step on ``batch`` samples as the plan stands; if it raises, ``other()`` changes the plan and a
    second probe runs; if that raises too, ``back()`` undoes the change."""
    x, y, params = _probe_step_inputs(model, batch)
    for change in (None, other):
        if change is not None:
            change()
        try:
            model.step(params, x, y, 0.01)
            return
        except SubmissionError:
            pass
    back()


def _batch_meant(model: ScriptModel) -> None:
    """A script whose own data is one sample, but whose loss averages over the samples (``-np.sum(t * np.log(p)) /
    t.shape[0]``): written for a batch, so checked on one, unless a probe step on a batch raises (code that only
    runs on one sample stays checked so). A gradient that does not average then shows; one sample hides it."""
    from xval.reports.check.family import loss_from_source, loss_scale

    p = model.plan
    if p.per_sample != "rows" or p.drawn_one or p.passed_one:
        return
    text = Path(model.loaded.source or model.loaded.path)  # (the worker runs in a directory of its own)
    loss, how = loss_from_source(text)
    scale = loss_scale(text, how, loss) if loss else None
    if scale is None or scale.batch_sum:
        return
    x, y, params = _probe_step_inputs(model, 3)
    p.per_sample, model.per_sample = "", False
    try:
        model.step(params, x, y, 0.01)
    except SubmissionError:
        p.per_sample, model.per_sample = "rows", True
        return
    model.batch_meant = how


def _probe_step_inputs(model: ScriptModel, batch: int) -> tuple:
    """(x, y, params) of a probe step: a batch of ``batch`` samples at the script's own sizes (else at its depth)."""
    sizes = model.own_sizes
    params = probe_params(len(sizes) - 1, sizes[0], sizes[-1], list(sizes[1:-1])) if sizes else \
        probe_params(len(model.plan.weights))
    x, y = probe_batch(params, batch=batch)
    return x, y, params


def _sample_form(model: ScriptModel) -> None:
    """How each sample is given to a loop over samples whose products are ``W @ x`` and whose code does not make
    the sample a column itself: as an (n, 1) column (data stored as a list of columns), unless a probe step raises
    so and runs with the sample as the vector (n,) that a row of a 2-D array is (``np.matmul(W1, inputs[i])``, then
    ``np.mat(inputs[i]).T`` in its update)."""
    p = model.plan
    if not (p.per_sample in ("index", "zip") and p.sample_axis == 0 and p.wcol and p.xcol and not p.own_column):
        return
    # (raising either way, the check reports it, on columns as before)
    _other_if_raises(model, 2, lambda: setattr(model, "sample_vectors", True),
                     lambda: setattr(model, "sample_vectors", False))


def interface(m: ScriptModel) -> str:
    p = m.plan

    def shown(name: str) -> str:  # weights['W1'] as the file writes it, not the name it was read as
        return f"{p.undict[name][0]}[{p.undict[name][1]!r}]" if name in p.undict else name
    layers = ", ".join(f"{shown(w)}/{shown(b)}" if b else shown(w) for w, b in zip(p.weights, p.biases))
    how = (f"one sample at a time (it draws one at random by `{p.drawn_one}` each step)" if p.drawn_one else
           f"one sample at a time (the file's loop passes it one, `{p.passed_one}`)" if p.passed_one else
           f"one sample at a time (as the (input, target) pair it takes from `{p.pair_taken}`)" if p.pair_taken else
           "one sample at a time (its own data is one sample)" if p.per_sample == "rows" else
           "one sample at a time, each a vector (n,) (its code runs so, not on (n, 1) columns)"
           if p.per_sample and m.sample_vectors else "one sample at a time" if p.per_sample else
           f"a batch (`{p.x}` for the mini-batch of `{p.batch_index}`)" if p.batch_index else
           f"the whole batch (its own data is one sample, but {m.batch_meant} averages over the samples)"
           if m.batch_meant else "the whole batch")
    rate = (f"rate `{'`, `'.join(p.unattr.get(r, r) for r in p.rates)}`" if p.rates else f"rate {p.fixed_rate:g} (the constant of its updates)"
            if p.rate_const else "rate 1 (its updates multiply by no rate)")
    sizes = f"its own {'-'.join(map(str, m.own_sizes))} layers" if m.own_sizes else f"{len(p.weights)} layers"
    if m.probe_input:
        sizes += " (the input width xval's: the file's data could not be loaded)"
    counts = f"; `{'`, `'.join(p.unattr.get(c, c) for c in m.counts)}` set to the batch size" if m.counts else ""
    failed = f"; set-up statements not run: {len(m.setup_failed)}" if m.setup_failed else ""
    layout = m.layout.describe()
    if not m.biases:
        layout = re.sub(r", biases \([^)]*\)", ", no biases", layout)
    if p.ycol is not None and m.layout.onehot:
        shape = "(classes, batch)" if p.ycol else "(batch, classes)"
        why = (f"the loop reads `{p.y_read_as}.T`" if p.y_read_as else
               "a probe step raised with them held as its activations")
        layout = layout.replace("one-hot labels", f"one-hot labels as {shape} ({why})")
    steppers = [n.xval_optimizer for ln in p.body for n in ast.walk(ln.node) if hasattr(n, "xval_optimizer")]
    stepper = steppers[0] if steppers else None
    if stepper and stepper.startswith("inline:"):  # the file's optimiser replaced: said, since the change checked
        shown = "`, `".join(st.removeprefix("inline:") for st in steppers[:2]) + (  # (is not the file's own)
            "`, ..." if len(steppers) > 2 else "`")
        how += f" (its Adam step read as plain SGD on the gradient each first moment takes: `{shown})"
    elif stepper:
        how += f" (its optimiser step `self.{stepper}(name, grad)` read as plain SGD: `W -= lr * grad`)"
    unmade = any(getattr(ln.node, "xval_unmade", False) for ln in p.setup)
    instance = ("an instance made without a constructor (the file makes none; its set-up method not run)" if unmade
                else "the instance the file makes")
    where = (f"method {p.function}: its training loop at {_where(p.loop)} run once on {how} (on {instance}, "
             f"`self.` attributes read as names), the weights it updates {layers}"
             if p.function and "." in p.function else
             f"function {p.function}: one step (its body from {_where(p.loop)}, no loop of its own) run on {how}, "
             f"the weights it updates {layers}" if p.function and getattr(p.loop, "one_step", False) else
             f"function {p.function}: its training loop at {_where(p.loop)} run once on {how}, the weights it "
             f"updates {layers}" if p.function else
             f"script: one step written out at top level (from {_where(p.loop)}, no loop) run on {how}, "
             f"module-level weights {layers}" if getattr(p.loop, "one_step", False) else
             f"script: the training loop at {_where(p.loop)} run once on {how}, module-level weights {layers}")
    drawn = f" (the batch it draws at random by `{p.order}`: xval's batch given as it)" if p.drawn else \
        f" (its scaling of each batch it takes, line {p.scaled_take.lineno}, left out: xval's inputs are the " \
        "network's)" if p.scaled_take is not None else ""
    return (f"{where} "
            f"({sizes}), input `{p.x}`{drawn}, labels `{p.y}`, "
            f"{f'output `{p.output}`' if p.output else 'output not read (no name holds the probabilities)'}, {rate}, "
            f"{layout}, the gradient implied by the update{counts}{failed}")


def held_out_twins(name: str) -> list[str]:
    """The names of a training array's held-out twins: ``train`` in ``name`` replaced by ``test``, ``val``,
    ``valid``, ``dev`` in the same case (``Xtrain`` -> ``Xtest``, ``Ytrain_ind`` -> ``Ytest_ind``, ``train_x`` ->
    ``test_x``)."""
    out = []
    for m in re.finditer(r"train(?:ing)?", name, re.IGNORECASE):
        word = m.group(0)
        for other in ("test", "val", "valid", "dev"):
            spelled = other.upper() if word.isupper() else other.capitalize() if word[0].isupper() else other
            out.append(name[:m.start()] + spelled + name[m.end():])
    return out
