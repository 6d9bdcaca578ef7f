"""What every style's model shares: the UserModel interface, Step assembly, probe inputs, source lookup.

A style model answers ``forward(params, x) -> (zs, acts, mutated)`` and
``step(params, x, y, lr, given=None) -> Step`` in xval's layout, exactly as
:class:`xval.reports.check.adapter.UserModel` does, with ``mode``
("gradients" or "in-place"), ``helpers``, ``interface`` (the "read as" line)
and ``fn`` (itself, as the judging side reads ``model.fn.mode``). Where a style
cannot give an intermediate value (a hidden activation, the probabilities),
the entry is None and the judging side skips it. ``given`` (the oracle's
forward values fed to backward) raises :class:`NoGiven` where the style
cannot take them.
"""

from __future__ import annotations

import ast
import textwrap
from dataclasses import dataclass, field

import numpy as np

from xval.reports.check.adapter import Step
from xval.impl.activations import one_hot
from xval.impl.spec import PAIRS
from xval.reports.check.guard import Guard, SubmissionError, XvalLimit
from xval.reports.check.loading import Loaded, read_sources
from xval.reports.check.styles.names import AFTER_OUTPUT, classify, squash

Params = list[tuple[np.ndarray, np.ndarray]]

UNBOUND = "cannot tell what to pass as"
"""How a style says it found nothing to pass for an argument: xval's limit, never the file's exception."""

PROBE_BATCH = 7  # differs from every probe width and from 10 classes: a transposed array cannot fit by chance


class Rejected(Exception):
    """A style does not fit the file: ``why`` says what was missing, ``score`` how near it came (0..3; -1: nothing
    of its kind, left out of the exit-2 message)."""

    def __init__(self, style: str, why: str, score: int = 0) -> None:
        super().__init__(f"{style}: {why}")
        self.style, self.why, self.score = style, why, score


class NoGiven(SubmissionError):
    """The style cannot run backward on someone else's forward values."""

    def __init__(self, fn: str) -> None:
        super().__init__(fn, "this interface cannot take given forward values")


SHAPE_ERRORS = ("not aligned", "could not be broadcast", "mismatch in its core dimension", "shapes (",
                "non-broadcastable output operand", "cannot reshape array")
"""What numpy says when arrays of the wrong shapes meet: a step that says so on a batch may be written for one
sample, or for the sizes its own parameters have."""


def probe_params(depth: int, n_in: int = 784, n_out: int = 10, hidden: list[int] | None = None,
                 seed: int = 1) -> Params:
    """Small He-initialised params for probe calls, every width distinct."""
    gen = np.random.default_rng(seed)
    hidden = hidden or [48, 40, 32, 24, 16, 12][: depth - 1]
    sizes = [n_in, *hidden, n_out]
    return [(gen.standard_normal((i, o)) * np.sqrt(2.0 / i), gen.standard_normal((1, o)) * 0.1)
            for i, o in zip(sizes[:-1], sizes[1:])]


def probe_batch(params: Params, batch: int = PROBE_BATCH, seed: int = 2) -> tuple[np.ndarray, np.ndarray]:
    gen = np.random.default_rng(seed)
    x = gen.random((batch, params[0][0].shape[0]))
    n_classes = params[-1][0].shape[1]
    top = max(n_classes, 2)  # one output unit: binary labels 0 and 1 (the target itself)
    y = gen.integers(0, top, size=batch)
    y[:2] = [0, top - 1]  # the largest class present: a one-hot width from y.max() + 1 still runs here
    return x, y


@dataclass
class SourceMap:
    """The text of every top-level function and class method of a submission, by name."""

    defs: dict[str, ast.AST] = field(default_factory=dict)  # "forward", "Net.backward"
    trees: list = field(default_factory=list)  # the parsed sources (a notebook's cells)
    labels: list = field(default_factory=list)  # each tree's place: "line", or "cell 3, line" in a notebook
    _examples: dict | None = None
    _texts: dict = field(default_factory=dict)
    _returns: dict = field(default_factory=dict)

    @classmethod
    def of(cls, loaded: Loaded) -> "SourceMap":
        sm = cls()
        try:
            sources = read_sources(loaded.source or loaded.path, loaded.path)  # the worker's cwd is elsewhere
        except Exception:  # noqa: BLE001 - the loader already reported it
            return sm
        for src in sources:
            try:
                tree = ast.parse(src.code)
            except SyntaxError:
                continue
            sm.trees.append(tree)
            sm.labels.append(src.label)
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    sm.defs[node.name] = node
                elif isinstance(node, ast.ClassDef):
                    # a class nested in another (Model.Dense) under its own name too, unless a name of the module
                    for cls in [node, *(c for c in node.body if isinstance(c, ast.ClassDef))]:
                        if cls is not node and cls.name in sm.defs:
                            continue
                        sm.defs[cls.name] = cls
                        for item in cls.body:
                            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                                sm.defs[f"{cls.name}.{item.name}"] = item
                                if item.name.startswith("__") and not item.name.endswith("__"):
                                    # def __forward(self) is the class's _Net__forward: found under that name too
                                    sm.defs[f"{cls.name}._{cls.name.lstrip('_')}{item.name}"] = item
        return sm

    def line_of(self, node: ast.AST) -> str:
        """Where ``node`` is, as a reader finds it: "line 12", or "cell 3, line 4" in a notebook."""
        for tree, label in zip(self.trees, self.labels):
            if any(n is node for n in ast.walk(tree)):
                return f"{label} {node.lineno}"
        return f"line {node.lineno}"

    def example(self, *keys: str) -> list | None:
        """What the file writes down about its layers (see :func:`xval.reports.check.styles.architecture.examples`)
        under the first of ``keys`` it has: a squashed variable name, ``Callee#position``, ``Callee.keyword``, or
        one of the marker keys (``#strings``, ``=1``, ``=last1``); None when it has none of them."""
        from xval.reports.check.styles.architecture import examples

        if self._examples is None:
            self._examples = examples(self.trees)
        return next((self._examples[k] for k in keys if k in self._examples), None)

    def text(self, name: str, depth: int = 2) -> str:
        """The source of ``name`` and of the file's functions it calls (``depth`` levels); read once."""
        if (name, depth) not in self._texts:
            self._texts[name, depth] = self._text(name, depth)
        return self._texts[name, depth]

    def _text(self, name: str, depth: int) -> str:
        seen, todo, out = set(), [name], []
        for _ in range(depth + 1):
            nxt = []
            for n in todo:
                if n in seen or n not in self.defs:
                    continue
                seen.add(n)
                node = self.defs[n]
                out.append(ast.unparse(node))
                cls = n.split(".")[0] if "." in n else None
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call):
                        f = sub.func
                        if isinstance(f, ast.Name):
                            nxt.append(f.id)
                        elif isinstance(f, ast.Attribute) and cls:
                            nxt.append(f"{cls}.{f.attr}")
                        elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self":
                            nxt.append(f.attr)  # a method read under its bare name (styles.methods)
            todo = nxt
        return "\n".join(out)

    def returned_names(self, name: str) -> list[str | None] | None:
        """The names in ``name``'s last ``return a, b, c`` (None for an element that is not a name); read once per
        function (a per-sample check asks on every sample)."""
        if name not in self._returns:
            self._returns[name] = self._read_returned_names(name)
        found = self._returns[name]
        return None if found is None else list(found)

    def _read_returned_names(self, name: str) -> list[str | None] | None:
        node = self.defs.get(name)
        if node is None:
            return None
        rets = [n for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
        if not rets:
            return None
        v = max(rets, key=lambda n: (n.lineno, n.col_offset)).value  # the last in the source (ast.walk goes by depth)
        if isinstance(v, ast.Name):  # output = [z, activation]; return output: the names it was built from
            built = [n.value for n in ast.walk(node) if isinstance(n, ast.Assign) and len(n.targets) == 1
                     and isinstance(n.targets[0], ast.Name) and n.targets[0].id == v.id]
            if built and isinstance(built[-1], (ast.Tuple, ast.List)) and len(built[-1].elts) > 1 and all(
                    isinstance(e, ast.Name) for e in built[-1].elts):
                v = built[-1]
        elts = v.elts if isinstance(v, (ast.Tuple, ast.List)) else [v]
        # self.__A1 (a private attribute) is returned as what it holds, A1; As[1:] (the list past its input) as As
        return [e.id if isinstance(e, ast.Name) else e.attr.removeprefix("__") if isinstance(e, ast.Attribute) and
                isinstance(e.value, ast.Name) and e.value.id == "self" else e.value.id if isinstance(e, ast.Subscript)
                and isinstance(e.value, ast.Name) and isinstance(e.slice, ast.Slice) else None for e in elts]

    def strings(self) -> list[str]:
        """The string constants in the file's classes, in order (``'relu'``, ``'softmax'``: its own spellings)."""
        out = []
        for node in self.defs.values():
            if isinstance(node, ast.ClassDef):
                out += [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
                        and n.value not in out]
        return out

    def _keys(self, name: str) -> list[ast.AST]:
        """The subscripts' keys in ``name`` and its callees."""
        try:
            tree = ast.parse(self.text(name))
        except SyntaxError:
            return []
        return [n.slice for n in ast.walk(tree) if isinstance(n, ast.Subscript)]

    def string_keys(self, name: str) -> list[str]:
        """String constants used as subscripts in ``name`` and its callees (``params['W1']``)."""
        return [k.value for k in self._keys(name) if isinstance(k, ast.Constant) and isinstance(k.value, str)]

    def key_stems(self, name: str) -> list[str]:
        """The constant stems of subscripts that number their key in ``name`` and its callees: ``w`` of
        ``param[f"w{i}"]`` or ``params["w" + str(l)]``."""
        out = []
        for k in self._keys(name):
            if isinstance(k, ast.JoinedStr) and len(k.values) == 2 and isinstance(k.values[0], ast.Constant) \
                    and isinstance(k.values[1], ast.FormattedValue):
                out.append(k.values[0].value)
            elif isinstance(k, ast.BinOp) and isinstance(k.op, ast.Add) and isinstance(k.left, ast.Constant) \
                    and isinstance(k.left.value, str) and isinstance(k.right, ast.Call) \
                    and getattr(k.right.func, "id", "") == "str":
                out.append(k.left.value)
        return out


def own_seed(sm: SourceMap, fn: str, params: list[str], arg: str) -> tuple[str, str] | None:
    """(where, the assignment) of the loss gradient the file itself passes its backward ``fn`` as ``arg`` (``grad_output
    = (output - y_true) / batch_size`` before ``backward(params, cache, grad_output)``, in a training function, a
    script or its ``__main__`` block): the latest assignment of that name above the call in the same function (or at
    module level); None when there is none."""
    short = fn.split(".")[-1]
    if arg not in params:
        return None
    k = params.index(arg)
    for tree in sm.trees:
        for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]:
            nodes = list(_own_nodes(scope))
            for call in nodes:
                if not (isinstance(call, ast.Call) and (getattr(call.func, "id", None)
                                                        or getattr(call.func, "attr", None)) == short):
                    continue
                given = next((kw.value for kw in call.keywords if kw.arg == arg), None)
                if given is None and len(call.args) == len(params) and not any(isinstance(a, ast.Starred)
                                                                                for a in call.args):
                    given = call.args[k]
                if not isinstance(given, ast.Name):
                    continue
                before = [n for n in nodes if isinstance(n, ast.Assign) and n.lineno < call.lineno
                          and any(isinstance(t, ast.Name) and t.id == given.id for t in n.targets)]
                if before:
                    last = max(before, key=lambda n: n.lineno)
                    return sm.line_of(last), ast.unparse(last)[:80]
    return None


def _own_nodes(scope: ast.AST):
    """The nodes of a module or function body, not those of the functions and classes defined inside it."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        n = todo.pop()
        yield n
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(n))


LABEL_CALLS = ("onehot", "one_hot", "to_categorical", "eye", "label_binar", "put_along_axis", "take_along_axis",
               "encode", "to_hot", "2hot")


def compared_choice(sm: "SourceMap", init: str, param: str) -> bool | int | str | None:
    """A value for a parameter of the function ``init`` that selects a branch by comparison (a constructor's ``if
    flag == 1: random ... elif flag == 0: fixed``; a forward's ``act`` passed to ``activation(Z, kind)`` comparing
    ``kind == "relu"``), in ``init`` or in a module function it passes the parameter to: the first literal compared
    (passing over strings that make every weight equal: zero, ones, constant). None when it is not one."""
    usable, flags = _compared(sm, init, param)
    return usable[0] if usable else flags[0] if flags else None


def compared_values(sm: "SourceMap", init: str, param: str) -> list[int | str]:
    """Every literal :func:`compared_choice` could choose from, in the order written (flags left out)."""
    return list(dict.fromkeys(_compared(sm, init, param)[0]))


def _passed(sm: "SourceMap", fn: ast.AST, given) -> list[tuple[ast.AST, str]]:
    """(module function, its parameter) for each call in ``fn`` of a function of the file that passes it an
    argument ``given`` accepts (positionally or by keyword)."""
    out = []
    for call in (n for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)):
        callee = sm.defs.get(call.func.id)
        if not isinstance(callee, ast.FunctionDef):
            continue
        names = [a.arg for a in callee.args.args]
        out += [(callee, names[i]) for i, arg in enumerate(call.args) if given(arg) and i < len(names)]
        out += [(callee, k.arg) for k in call.keywords if k.arg and given(k.value)]
    return out


def _compared(sm: "SourceMap", init: str, param: str) -> tuple[list, list]:
    """(the literals ``param`` is compared with, place by place, those that make every weight equal left out;
    the booleans it is compared with)."""
    fn = sm.defs.get(init)
    if fn is None:
        return [], []
    places = [(fn, param), *_passed(sm, fn, lambda a: isinstance(a, ast.Name) and a.id == param)]
    # a constructor's `self.opt = opt`, compared in another method of its class (`if self.opt == "SGD":`)
    pairs = [(t, n.value) for n in ast.walk(fn) if isinstance(n, ast.Assign) for t in n.targets]
    pairs += [(t, v) for t, value in list(pairs) if isinstance(t, ast.Tuple) and isinstance(value, ast.Tuple)
              and len(t.elts) == len(value.elts) for t, v in zip(t.elts, value.elts)]  # self.a, self.b = a, b
    kept = {t.attr for t, v in pairs if isinstance(v, ast.Name) and v.id == param and isinstance(t, ast.Attribute)
            and isinstance(t.value, ast.Name) and t.value.id == "self"}
    if kept and "." in init:
        cls = init.rsplit(".", 1)[0]
        methods = [body for key, body in sm.defs.items() if key.startswith(f"{cls}.") and key != init]
        places += [(body, f"self.{attr}") for body in methods for attr in sorted(kept)]
        # ... or in a module function a method passes it to (`apply(z, self.activation)`)
        places += [p for body in methods for p in _passed(sm, body, lambda a: isinstance(a, ast.Attribute)
                                                          and isinstance(a.value, ast.Name) and a.value.id == "self"
                                                          and a.attr in kept)]

    def named(side, name: str) -> bool:
        if name.startswith("self."):
            return isinstance(side, ast.Attribute) and side.attr == name[5:] and isinstance(side.value, ast.Name) \
                and side.value.id == "self"
        return isinstance(side, ast.Name) and side.id == name

    flags, usable = [], []  # `if self.regression == False:`: a flag, chosen when nothing else is compared
    for body, name in places:
        compared = [c.value for n in ast.walk(body) if isinstance(n, ast.Compare) and len(n.ops) == 1
                    and isinstance(n.ops[0], ast.Eq) for side, c in ((n.left, n.comparators[0]),
                                                                       (n.comparators[0], n.left))
                    if named(side, name) and isinstance(c, ast.Constant) and isinstance(c.value, (int, str))]
        flags += [v for v in compared if isinstance(v, bool)]
        usable += [v for v in compared if not isinstance(v, bool) and not (
            isinstance(v, str) and squash(v) in ("zero", "zeros", "ones", "one", "constant"))]
    return usable, flags


def converts_labels(sm: "SourceMap", name: str) -> bool:
    """Whether ``name`` (or a function of the file it calls) builds one-hot rows or indexes rows by label,
    i.e. takes integer labels: ``np.eye(C)[y]``, ``one_hot(Y)``, ``p[np.arange(n), y]``, ``y == k``."""
    try:
        tree = ast.parse(sm.text(name))
    except SyntaxError:
        return False
    return converts_in(tree)


def converts_in(tree: ast.AST) -> bool:
    """:func:`converts_labels` for code already parsed (a script's training loop); also one sample's output
    indexed by a labels parameter of the function (``-np.log(probs[y])``, ``y_true[y] = 1``)."""
    labels = {a.arg for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for a in f.args.args
              if (classify(a.arg) or ("",))[0] == "y"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Name) and node.slice.id in labels:
            return True
        if isinstance(node, ast.Call):
            f = node.func
            called = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if any(w in called.lower() for w in LABEL_CALLS):
                return True
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Tuple) and len(node.slice.elts) == 2:
            for elt in node.slice.elts:  # p[np.arange(n), y] or onehot[y, np.arange(m)]
                if isinstance(elt, ast.Call) and isinstance(elt.func, (ast.Name, ast.Attribute)) and \
                        (getattr(elt.func, "id", None) or getattr(elt.func, "attr", "")) in ("arange", "range"):
                    return True
    return False


def labels_from_one(sm: "SourceMap", name: str) -> bool:
    """Whether the function ``name`` numbers its classes from 1, as ports of a MATLAB course do: it indexes a
    one-hot table by ``y - 1`` (``np.eye(K)[y.reshape(-1) - 1]``) or compares the labels with ``k + 1``
    (``y == c + 1``). Then xval passes its integer labels plus one."""
    try:
        tree = ast.parse(sm.text(name))
    except (SyntaxError, ValueError):
        return False
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef)), None)
    labels = {a.arg for a in fn.args.args if (classify(a.arg) or ("",))[0] == "y"} if fn else set()

    def is_labels(node) -> bool:  # y, y.ravel(), y.reshape(-1), y.flatten(), y.astype(int), y[:, 0]
        while isinstance(node, (ast.Call, ast.Attribute, ast.Subscript)):
            node = node.func if isinstance(node, ast.Call) else node.value
        return isinstance(node, ast.Name) and node.id in labels

    def minus_one(node) -> bool:
        return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.right, ast.Constant) \
            and node.right.value == 1 and is_labels(node.left)

    def plus_one(node) -> bool:
        return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.right, ast.Constant) \
            and node.right.value == 1 and isinstance(node.left, ast.Name)

    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and any(minus_one(e) for e in (
                node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice])):
            return True
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq) and (
                is_labels(node.left) and plus_one(node.comparators[0])
                or is_labels(node.comparators[0]) and plus_one(node.left)):
            return True
    return False


def read_label_base(layout, sm: "SourceMap", name: str) -> None:
    """Set ``layout.label_base``: 1 for integer labels that the function ``name`` numbers from 1
    (:func:`labels_from_one`), else 0 (one-hot labels carry no numbering)."""
    layout.label_base = int(not layout.onehot and labels_from_one(sm, name))


class StyleModel:
    """Base of every style's model; subclasses set the fields and implement ``_forward`` and ``_step``."""

    style = "?"
    mode = "gradients"
    depth: int | None = None  # a fixed number of layers (unpacked W1..WL arguments), None for any
    interface = ""

    def __init__(self) -> None:
        self.guard = Guard()
        self.helpers: dict = {}
        self.evidence: list[str] = []
        self._averages: dict[str, bool] = {}  # a backward's name -> whether it averages over the batch itself

    @property
    def fn(self):
        return self

    @property
    def columns(self) -> bool:
        """Whether it holds samples as columns, x (features, batch): ``len(y)`` in its loss counts outputs."""
        return bool(getattr(getattr(self, "layout", None), "xcol", False))

    @property
    def backward_name(self) -> str:
        return getattr(self, "_backward_name", "backward")

    def bind(self, guard: Guard | None) -> "StyleModel":
        self.guard = guard or Guard()
        return self

    @property
    def forward_name(self) -> str:
        """The name of the function or method read as its forward ("" when it has none of its own)."""
        return getattr(self, "fwd_name", None) or getattr(self, "fwd_method", None) or ""

    def describe(self) -> str:
        return ", ".join([self.forward_name or "forward", f"{self.backward_name} ({self.mode})", *self.helpers])

    def call(self, name: str, fn, *args, **kwargs):
        if kwargs:
            return self.guard.call(name, lambda *a: fn(*a, **kwargs), *args)
        return self.guard.call(name, fn, *args)

    judged = ("identity", "mse", 1.0, False, False)
    """(output, loss, MSE coefficient, averaged over the outputs too, summed over the batch) of the model the check
    judges: what
    :meth:`upstream` passes a backward that takes the loss's gradient from outside; set by the judge
    (:meth:`judge_with`) once the model is read, the linear output's MSE until then (probe calls)."""

    reg_given = 0.0
    """What a regularisation strength the file's functions take is passed: 0, or the L2 judged in the file's own
    convention (set by :meth:`judge_with`)."""

    def judge_with(self, output: str, loss: str, coef: float = 1.0, output_mean: bool = False,
                   batch_sum: bool = False, reg: float = 0.0) -> None:
        self.judged = (str(output), str(loss), float(coef), bool(output_mean), bool(batch_sum))
        self.reg_given = float(reg)

    def upstream(self, fo: dict, y: np.ndarray, fn: str, arg: str, sm: "SourceMap") -> np.ndarray:
        """dL/d(output) for a backward that takes it (``backward(grad_output)``, ``backward(params, cache,
        dout)``), in the file's layout: the judged loss's gradient at the output its own forward returned (``fo``,
        :func:`~xval.reports.check.styles.reading.collect`'s; ``y`` integer labels); times the batch size when the
        backward ``fn`` averages over the batch itself (:meth:`averages`, read from ``sm``).
        For a linear output the gradient at the output is the gradient at the last pre-activation, whatever the
        backward does with it. Through a softmax or sigmoid, only an argument named as the gradient at the output
        activation (:data:`~.names.AFTER_OUTPUT`: ``dAL``, ``dyhat``) is given: dL/da, the backward's own output
        function's derivative then applied by it; any other name is ambiguous (before or after that function?)."""
        output, loss, coef, output_mean, batch_sum = self.judged
        after = squash(arg) in AFTER_OUTPUT
        if not (output == "identity" and loss == "mse" or after and (output, loss) in PAIRS):
            raise XvalLimit(fn, f"its backward takes the loss's gradient at the output (`{arg}`) and its model ends "
                            f"in a {output}: xval passes that gradient only to a linear output, or as dL/da to an "
                            "argument named for the output activation (dAL, dyhat), as it cannot tell whether the "
                            "backward expects it before or after the output function")
        out = fo["acts"][-1] if fo["acts"][-1] is not None else fo["zs"][-1]
        if out is None:
            raise XvalLimit(fn, f"its forward returned no output xval could read to give `{arg}` from")
        a = np.asarray(out, np.float64)
        k = a.shape[1]
        t = one_hot(np.asarray(y), k, np.float64)
        if loss == "bce":  # d/da of -(t log a + (1 - t) log(1 - a))
            g = (a - t) / (a * (1.0 - a)) / (k if output_mean else 1) / len(y)
        elif loss == "cross_entropy":  # d/da of -sum t log a
            g = -t / a / len(y)
        else:
            g = (coef / (k if output_mean else 1)) * (a - t) / len(y)
        if batch_sum:  # the file's loss sums over the batch
            g = g * len(y)
        if self.averages(sm, fn):
            g = g * len(y)
        return self.layout.act(g.astype(out.dtype if np.asarray(out).dtype.kind == "f" else np.float64))

    def averages(self, sm: "SourceMap", fn: str) -> bool:
        """:func:`averages_itself` for the file's function ``fn``, read once (every step asks)."""
        if fn not in self._averages:
            self._averages[fn] = averages_itself(sm, fn)
        return self._averages[fn]

    def upstream_said(self, args, sm: "SourceMap", fn: str) -> str:
        """``, `dout` given the loss's gradient at the output (...)`` for the read-as line, or ""."""
        arg = next((a.name for a in args or [] if a.role == "dout"), None)
        if arg is None:
            return ""
        each = "one row per sample: it divides by the batch size itself" if self.averages(sm, fn) else "the batch mean's"
        at = " activation (dL/da, its output function's derivative left to it)" if squash(arg) in AFTER_OUTPUT else ""
        seed = own_seed(sm, fn, [a.name for a in args], arg)
        seed = f"; the file's own `{seed[1]}` at {seed[0]}, passed there, is not run, so not checked" if seed else ""
        return f", `{arg}` given by xval: the checked loss's gradient at the output{at} ({each}{seed})"

    def check_depth(self, params: Params, fn: str) -> None:
        if self.depth is not None and self.depth != len(params):
            raise SubmissionError(fn, f"this interface has {self.depth} layers (its own signature), the weights "
                                  f"checked have {len(params)}; pass --weights with a {self.depth}-layer network")


def averages_itself(sm: "SourceMap", name: str) -> bool:
    """Whether the function ``name`` divides by the batch size itself (``dL_dh3 / N`` with ``N =
    dL_dh3.shape[0]``, ``x.T @ g / m``, ``np.mean(g, axis=0)``): then the gradient it is given is per sample (one
    row each, the summed loss's), not already the mean's."""
    from xval.reports.check.family import _batch_size

    node = sm.defs.get(name)
    if node is None:
        return False
    counts = {t.id for n in ast.walk(node) if isinstance(n, ast.Assign) and _batch_size(n.value)
              for t in n.targets if isinstance(t, ast.Name)}
    for n in ast.walk(node):
        if isinstance(n, (ast.BinOp, ast.AugAssign)) and isinstance(n.op, ast.Div):
            right = n.right if isinstance(n, ast.BinOp) else n.value
            if _batch_size(right) or isinstance(right, ast.Name) and right.id in counts:
                return True
        if isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) == "mean" and any(
                k.arg == "axis" for k in n.keywords):
            return True
    return False


def finish_step(params: Params, lr: float, zs, acts, mutated: list[str], grads: Params | None = None,
                new: Params | None = None) -> Step:
    """A Step from returned gradients (xval applies W -= lr dW) or from the parameters after an update."""
    if grads is not None:
        new = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
        return Step(zs, acts, new, grads, mutated)
    implied = [((W.astype(np.float64) - np.asarray(W2, np.float64)) / lr,
                (b.astype(np.float64) - np.asarray(b2, np.float64)) / lr) for (W, b), (W2, b2) in zip(params, new)]
    return Step(zs, acts, new, implied, mutated)


def same(a, b) -> bool:
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f" and b.dtype.kind == "f"))


def _mean(arrays) -> np.ndarray:
    """The mean of equally shaped arrays, summed in place (never stacked: 200 samples of a 784 x 256 gradient would
    be 300 MB)."""
    n, total = 0, None
    for a in arrays:
        a = np.asarray(a, dtype=np.float64)
        total = a.copy() if total is None else np.add(total, a, out=total)
        n += 1
    return total / n


def mean_step(params, lr: float, steps: list) -> Step:
    """One step from per-sample steps taken from the same weights: their gradients' mean, the update it makes."""
    implied = [tuple(_mean(s.implied[i][j] for s in steps) for j in (0, 1)) for i in range(len(params))]
    new = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, implied)]

    def stacked(seqs):
        return [np.concatenate(col) if all(isinstance(c, np.ndarray) and c.ndim == 2 for c in col) else None
                for col in zip(*seqs)]
    mutated = list(dict.fromkeys(m for s in steps for m in s.mutated))
    return Step(stacked([s.zs for s in steps]), stacked([s.activations for s in steps]), new, implied, mutated)


def batch_free(source: str, columns: bool = False) -> bool:
    """Whether a step's code (with the methods it calls) has no trace of a batch: no sum, mean or average, no name
    read as the batch size, no ``len`` but of what the instance holds, no ``.shape``; ``columns`` (samples as
    columns): no ``.shape[1]``, and ``len(out)`` or ``.shape[0]`` count outputs. Such a step whose bias gradient
    keeps a column per sample (``db = delta``) is written for one sample (a batch step that forgot to sum its bias
    gradient sums or divides somewhere else)."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except (SyntaxError, ValueError):
        return False
    # (a name it assigns is its own, `M = self.nn[-1]`; one it assigns a batch size from len or .shape says so)
    own = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    for n in ast.walk(tree):
        called = n.func.attr if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) else \
            n.func.id if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) else None
        held = called == "len" and (columns or n.args and isinstance(n.args[0], ast.Attribute))  # len(self.weights)
        shape = isinstance(n, ast.Attribute) and n.attr == "shape" and not columns or isinstance(
            n, ast.Subscript) and isinstance(n.value, ast.Attribute) and n.value.attr == "shape" and not (
            isinstance(n.slice, ast.Constant) and n.slice.value == 0)
        if called in ("sum", "mean", "average", "len", "nansum", "einsum") and not held or shape or isinstance(
                n, ast.Name) and n.id not in own and (classify(n.id) or ("",))[0] == "m":
            return False
    return True
