"""Read a submission's functions: what each argument means, and what a forward returned.

:func:`arguments` classifies a signature's parameters by name (:mod:`.names`);
:func:`collect` sorts a forward's results (returned values and, for a class, its
attributes) by name, layer and role, and gives zs and activations in xval's
layout (None where the file exposes no such value).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import inspect
import re
import textwrap
from dataclasses import dataclass

import numpy as np

from xval.reports.check.guard import SubmissionError
from xval.reports.check.styles.layout import Layout
from xval.reports.check.styles.names import classify, classify_all, squash, velocity

FORWARD_ROLES = ("z", "a", "zs", "acts", "cache", "probs")


@dataclass
class Arg:
    name: str
    role: str | None
    index: int | None
    has_default: bool


def arguments(fn) -> list[Arg] | None:
    """The named parameters of ``fn`` with the roles their names say; fresh objects (callers re-read a role),
    read from the signature once per function: a per-sample check calls the same method hundreds of times. A bound
    method's signature (its first parameter dropped) is the same for every instance, so it is kept by function."""
    func = getattr(fn, "__func__", None)
    key = (func, "bound") if func is not None else fn
    try:
        read = _ARGUMENTS[key]
    except TypeError:  # an unhashable callable: read afresh
        read = _read_arguments(fn)
    except KeyError:
        read = _ARGUMENTS[key] = _read_arguments(fn)
    return None if read is None else [dataclasses.replace(a) for a in read]


_ARGUMENTS: dict = {}


def _read_arguments(fn) -> tuple[Arg, ...] | None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    out = []
    roles = classify_all(sig.parameters)  # read together (weights_hidden2_output beside bias_output)
    for p in sig.parameters.values():
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        buffer = None if roles[p.name] else velocity(p.name)  # vel_w, prev_dW: a momentum buffer per layer
        c = roles[p.name] or ((buffer, None) if buffer else None)
        out.append(Arg(p.name, c[0] if c else None, c[1] if c else None, p.default is not p.empty))
    for i, a in enumerate(out):
        if (a.role in ("acts", "probs") or a.role is None and squash(a.name) in OUTPUT_WORDS) \
                and _targets_beside_inputs(fn, out, i):
            a.role, a.index = "y", None
    for i, a in enumerate(out):
        if a.role is None and squash(a.name) == "d" and i and out[i - 1].role == "x" and not a.has_default \
                and not any(b.role == "y" for b in out) and _desired(fn, out[i - 1].name, a.name):
            a.role = "y"  # train(self, X, D, alpha), update(self, x, d, alpha): d the desired output, as the
            # classic texts write the target, right after the input
    for a in out:
        if a.role is None and not a.has_default and not any(b.role == "y" for b in out) and \
                _given_to_a_loss(fn, a.name, {b.name for b in out if b.role is None}):
            a.role = "y"  # forward(self, x, l) computing crossEntropy(l, self.y): a name no role has, the labels
    xs = [a for a in out if a.role == "x"]
    if len(xs) > 1:  # backprop(x, y, params, cache, batch): a second "batch" only divided by is the batch size
        for a in xs[1:]:
            if _a_count(fn, a.name):
                a.role = "m"
    return tuple(out)


@functools.lru_cache(maxsize=512)
def source_tree(fn) -> ast.Module | None:
    """The parsed source of a function, method or code object of the file (read, never run); None when it has no
    source to read. Shared: callers walk it, never change it."""
    try:
        return ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError, ValueError):
        return None


_LOSS_CALL = re.compile(r"d?\w*(?:loss|cost|entropy|error|mse|bce)(?:prime|derivative|deriv|grad|gradient|slope)?")


def _desired(fn, x: str, d: str) -> bool:
    """Whether ``fn`` uses its parameter ``d``, next to its input ``x``, as a desired output: something is
    subtracted from it or it from something (``delta2 = d - self.s2``), or it is passed taken by the same index as
    the input (``self.update(X[i], D[i], alpha)``). Not when it is only handed on (``scale(d, self.out)``)."""
    def base(v):
        return v.value.id if isinstance(v, ast.Subscript) and isinstance(v.value, ast.Name) else None

    for n in ast.walk(source_tree(fn) or ast.Module(body=[], type_ignores=[])):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and any(
                isinstance(v, ast.Name) and v.id == d or base(v) == d for v in (n.left, n.right)):
            return True
        if isinstance(n, ast.Call):
            taken = {base(v): ast.dump(v.slice) for v in n.args if base(v) in (x, d)}
            if len(taken) == 2 and taken[x] == taken[d]:
                return True
    return False


def _given_to_a_loss(fn, name: str, unknown: set) -> bool:
    """Whether ``fn`` passes its parameter ``name`` itself, beside another argument, to a function named as a
    loss or a loss's derivative (``crossEntropy(l, self.y)``, ``dcrossEntropy(l, self.y)``): the labels. Not when
    the other arguments are parameters of ``fn`` no name explains either (``unknown``: ``bce(p, q)`` says not
    which of them is the labels)."""
    for n in ast.walk(source_tree(fn) or ast.Module(body=[], type_ignores=[])):
        if isinstance(n, ast.Call) and len(n.args) >= 2 and any(
                isinstance(v, ast.Name) and v.id == name for v in n.args) and not all(
                isinstance(v, ast.Name) and v.id in unknown for v in n.args):
            called = n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
            if _LOSS_CALL.fullmatch(squash(called)):
                return True
    return False


def _targets_beside_inputs(fn, args: list[Arg], i: int) -> bool:
    """Whether ``args[i]``, named as a network's output (``outputs``), is the labels: renamed as labels by the
    code (``x, y_true = inputs, outputs``), or, with no labels parameter, ``outputs`` right after the inputs
    (``fit(inputs, outputs, learning_rate)``: the pair a data set is, not a forward's result)."""
    name = args[i].name
    for n in ast.walk(source_tree(fn) or ast.Module(body=[], type_ignores=[])):
        if isinstance(n, ast.Assign) and len(n.targets) == 1:
            t, v = n.targets[0], n.value
            pairs = zip(t.elts, v.elts) if isinstance(t, ast.Tuple) and isinstance(v, ast.Tuple) \
                and len(t.elts) == len(v.elts) else [(t, v)]
            for target, value in pairs:
                if isinstance(value, ast.Name) and value.id == name and isinstance(target, ast.Name):
                    return (classify(target.id) or ("",))[0] == "y"
    return squash(name) in OUTPUT_WORDS and i > 0 and args[i - 1].role == "x" and not any(
        a.role in ("y", "dout") for a in args)


OUTPUT_WORDS = ("outputs", "output", "outputvector", "outputvec", "outputarray")
"""Names of a network's output that, right after its inputs (``forward(input_vector, output_vector)``), are the
labels: the pair a data set is (:func:`_targets_beside_inputs`)."""


def _a_count(fn, name: str) -> bool:
    """Whether ``fn``'s code uses the argument ``name`` only as a number: divided by (``1.0 / batch``), or given to
    ``range``, never indexed, multiplied by a matrix or asked for its shape."""
    tree = source_tree(fn)
    if tree is None:
        return False
    uses = [n for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)]
    if not uses:
        return False
    parent = {id(c): n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    for u in uses:
        up = parent.get(id(u))
        divided = isinstance(up, ast.BinOp) and isinstance(up.op, (ast.Div, ast.FloorDiv)) and up.right is u
        ranged = isinstance(up, ast.Call) and isinstance(up.func, ast.Name) and up.func.id == "range"
        if not (divided or ranged):
            return False
    return True


_DEFAULT = object()


def free_globals(fn: ast.FunctionDef) -> list[str]:
    """The names ``fn`` reads that are none of its arguments and that it never assigns: module globals
    (or builtins), in order of first reading."""
    args = {a.arg for f in ast.walk(fn) if isinstance(f, (ast.FunctionDef, ast.Lambda))  # its own, and those of
            for a in [*f.args.args, *f.args.kwonlyargs, *f.args.posonlyargs]}  # a lambda in it (lambda x: x)
    stored = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    read = [n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
    return [n for n in dict.fromkeys(read) if n not in args | stored]


def calls_argument(fn: ast.FunctionDef | None, name: str) -> bool:
    """Whether ``fn`` calls its argument ``name`` as a function (``forward_prop_func(data, labels, params)``,
    ``grad_loss(forecast)``)."""
    return fn is not None and any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == name
                                  for c in ast.walk(fn))


def products(node: ast.AST) -> list[tuple[ast.AST, ast.AST, ast.AST]]:
    """(left, right, the product) of every matrix product under ``node`` (``a @ b``, ``np.dot(a, b)``,
    ``a.dot(b)``, matmul), in source order."""
    out = []
    for n in ast.walk(node):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.MatMult):
            out.append((n.left, n.right, n))
        elif isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) in ("dot", "matmul"):
            if isinstance(n.func, ast.Attribute) and len(n.args) == 1 and \
                    not (isinstance(n.func.value, ast.Name) and n.func.value.id in ("np", "numpy")):
                out.append((n.func.value, n.args[0], n))  # a.dot(b)
            elif len(n.args) == 2:
                out.append((n.args[0], n.args[1], n))  # np.dot(a, b)
    return sorted(out, key=lambda t: (t[2].lineno, t[2].col_offset))


def has_product(node: ast.AST) -> bool:
    """Whether the code under ``node`` has a matrix product (``a @ W``, ``np.dot(a, W)``, ``a.dot(W)``, matmul)."""
    return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.MatMult) or isinstance(n, ast.Call) and
               getattr(n.func, "attr", getattr(n.func, "id", "")) in ("dot", "matmul") for n in ast.walk(node))


def _bare_product(node: ast.AST) -> bool:
    """Whether ``node`` computes a matrix product outside any other call: ``x @ W + b``, ``np.dot(W, a) + b``, not
    ``sigmoid(x @ W + b)`` or ``1 / (1 + np.exp(-(x @ W)))``."""
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, ast.MatMult) or _bare_product(node.left) or _bare_product(node.right)
    if isinstance(node, ast.UnaryOp):
        return _bare_product(node.operand)
    return isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("dot", "matmul")


def affine_role(tree: ast.AST) -> str | None:
    """The role (``"z"`` or ``"a"``) of the names a forward assigns a matrix product to: ``"a"`` when the file
    calls its pre-activations A and its activations Z (``cache["A1"] = x @ W1 + b1``), read from its code."""
    roles = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append" \
                and len(node.args) == 1 and isinstance(node.func.value, ast.Name):
            node = ast.Assign(targets=[node.func.value], value=node.args[0])  # v.append(np.dot(w, z[-1]) + b)
        if not isinstance(node, (ast.Assign, ast.AugAssign)):
            continue
        if not _bare_product(node.value):  # (`a = sigmoid(x @ W + b)` names an activation, whatever its name)
            continue
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
            key = t.slice if isinstance(t, ast.Subscript) else t
            stem = (key.id if isinstance(key, ast.Name) else key.value if isinstance(key, ast.Constant) else
                    next((v.value for v in key.values if isinstance(v, ast.Constant)), None)
                    if isinstance(key, ast.JoinedStr) else None)
            c = classify(f"{stem}1") if isinstance(stem, str) and not stem[-1:].isdigit() else classify(stem or "")
            if c and c[0] in ("z", "a") and c[1] is not None:
                roles.add(c[0])
            elif isinstance(stem, str) and (_U_NAME.fullmatch(squash(stem)) or any(
                    _U_NAME.fullmatch(w) for w in stem.lower().split("_") if w)):  # v_l1, updated_v
                roles.add("u")
    return roles.pop() if len(roles) == 1 else None


_U_NAME = re.compile(r"([uv]s?)(\d*)")
"""Pre-activations named u or v (``u = z @ W + b``, ``self.U``, ``u2``, ``v.append(w @ z[-1] + b)``): the
textbook conventions where z = f(u) (or f(v)) is the activation, read so when the forward assigns its matrix
products to such names (:func:`affine_role`)."""


def file_role(name, swap: bool | str):
    """:func:`classify` of ``name`` in the file's naming: ``swap`` True when it calls its pre-activations A and its
    activations Z, ``"u"`` when it calls them u and z."""
    c = classify(name) if name else None
    if swap == "u" and isinstance(name, str):
        if m := _U_NAME.fullmatch(squash(name)):
            return ("z", int(m.group(2))) if m.group(2) else ("zs", None)
        if c and c[0] in ("z", "zs") and squash(name).startswith("z"):  # z1, zs, z_values (not `pre`, which
            return ("a" if c[0] == "z" else "acts", c[1])  # says pre-activation in any notation)
        return c
    if swap and c and c[0] in ("z", "a"):
        return ("a" if c[0] == "z" else "z", c[1])
    return c


def _says_output(name) -> bool:
    """Whether a layer's value is named for the output layer by a word, not a number (``A_out``, ``z_final``)."""
    return isinstance(name, str) and not re.search(r"\d", name) and re.search(r"out|final|last", squash(name)) \
        is not None


def _arrays(e) -> list:
    """The arrays of a nested tuple or list, in order."""
    if isinstance(e, np.ndarray):
        return [e]
    return [a for v in e for a in _arrays(v)] if isinstance(e, (tuple, list)) else []


def _layer_caches(fo: dict, given: list, L: int, x_in) -> None:
    """Read the hidden layers from a list of one cache per layer, each (A_prev, Z), ((A_prev, W, b), Z) (the
    L-layer convention: ``caches.append((linear_cache, Z))``) or (A_prev, Z, A): the first array of each the
    layer's input, confirmed by the first layer's input being the batch given; its pre-activation the last value
    in the same place of every cache that has the batch's size and is not the next layer's input. Fills only what
    the forward's names left unknown."""
    if x_in is None:
        return
    for _, e in given:
        if not isinstance(e, (list, tuple)) or len(e) != L or not all(isinstance(c, (tuple, list)) for c in e):
            continue
        entries = [_arrays(c) for c in e]
        if not all(len(c) >= 2 for c in entries):
            continue
        first = entries[0][0]
        if L < 2 or not (first is x_in or first.shape == np.shape(x_in) and np.array_equal(first, x_in)):
            continue

        def batch_shaped(a) -> bool:  # a layer's values, not its weight: the batch's size on the input's axis
            return a.ndim == 2 and (a.shape[0] == np.shape(x_in)[0] or a.shape[1] == np.shape(x_in)[1])

        def output(k: int, p: int) -> bool:  # the next layer's input is this layer's activation, not its z
            return k + 1 < L and entries[k][p].shape == entries[k + 1][0].shape \
                and np.array_equal(entries[k][p], entries[k + 1][0])

        # z: the last value in each cache that is batch-shaped and not the next layer's input ((A_prev, Z, A))
        at = [p for p in range(1, min(len(c) for c in entries)) if all(
            batch_shaped(c[p]) and not output(k, p) for k, c in enumerate(entries))]
        if not at:
            continue
        for k, c in enumerate(entries):
            fo["by_layer"].setdefault(("z", k), c[at[-1]])
            if k:
                fo["by_layer"].setdefault(("a", k - 1), c[0])
        return


def collect(pairs: list, L: int, lay: Layout, batch: int, fn: str, logits_only: bool = False,
            swap: bool = False, returned: int | None = None, x_in=None) -> dict:
    """A forward's results (name or None, value): by the names it returns, by layer, by role, and (zs, acts)
    in xval's layout; a value no name explains is the cache. ``swap``: the file names its pre-activations A
    and its activations Z (:func:`affine_role`). ``returned``: how many of ``pairs`` the call returned (the rest
    are a class's attributes); all of them when None. ``x_in``: the input the forward was given (a list of
    activations that starts with it is read from its second entry)."""
    base = lay.first_layer()
    given = pairs[:returned] if returned is not None else pairs
    fo = {"named": {}, "by_layer": {}, "by_role": {}}
    # return zs, activations as two lists under no name, or names that say nothing (output_from_layers, inputs_seen)
    two_lists = len(given) == 2 and all(isinstance(e, (list, tuple)) for _, e in given) and not any(
        n and file_role(n, swap) for n, _ in given)
    def seq(e, n) -> bool:
        return isinstance(e, (list, tuple)) and len(e) == n and all(isinstance(v, np.ndarray) for v in e)

    for name, e in pairs:
        if name:
            fo["named"][name] = e
        c = file_role(name, swap)
        if (c and c[0] == "x" or not c and len(given) == 1) and x_in is not None and seq(e, L + 1) \
                and e[0] is x_in:  # X_list = [X, a1, ..., out] returned (or `return r`, r = [x] + ...)
            c = ("acts", None)  # the layers' outputs, the input first
        elif c and c[0] in ("a", "z") and (seq(e, L) or seq(e, L + 1)):
            c = ("acts" if c[0] == "a" else "zs", None)  # self.H = [X, h1, ..., out]: a list under a layer's name
        if isinstance(e, dict) and e and all(isinstance(k, int) and not isinstance(k, bool) and isinstance(v, dict)
                                             for k, v in e.items()):
            fo["by_role"].setdefault("cache", e)  # {0: {"Z": z1, "A": a1}, 1: {...}}: the layers by index from 0
            for k, layer in e.items():
                for key, v in layer.items():
                    kc = file_role(key, swap)
                    if kc and kc[0] in ("zs", "acts") and kc[1] is None and isinstance(v, np.ndarray):
                        fo["by_layer"].setdefault(("z" if kc[0] == "zs" else "a", k), v)
            continue
        if isinstance(e, dict) and len(e) > 1 and all(isinstance(k, int) and not isinstance(k, bool)
                                                      and isinstance(v, np.ndarray) for k, v in e.items()) \
                and sorted(e) == list(range(min(e), min(e) + len(e))):
            fo["by_role"].setdefault("acts", [e[k] for k in sorted(e)])  # {0: X, 1: a1, ..., L: probs}
            continue
        if isinstance(e, dict):
            if not (c and c[0] not in ("cache",)):
                fo["by_role"].setdefault("cache", e)
            for key, v in e.items():
                kc = file_role(key, swap)
                if kc and kc[0] in ("z", "a") and kc[1] is not None:
                    fo["by_layer"].setdefault((kc[0], kc[1] - base), v)
                elif kc and kc[0] == "probs" and isinstance(v, np.ndarray):
                    fo["by_role"].setdefault("probs", v)
            continue
        if c and c[0] in ("z", "a") and c[1] is not None:
            # A_out, z_output: read as layer 2 (a two-layer network's names), the output layer's at any depth
            fo["by_layer"][(c[0], L - 1 if c[1] == 2 and _says_output(name) else c[1] - base)] = e
        elif c and c[0] in FORWARD_ROLES:
            fo["by_role"].setdefault(c[0], e)
        elif isinstance(e, (list, tuple)) and e and all(isinstance(v, np.ndarray) for v in e) and two_lists \
                and any(e is g for _, g in given):
            fo["by_role"].setdefault("zs" if "zs" not in fo["by_role"] else "acts", e)
        elif isinstance(e, np.ndarray) and "probs" not in fo["by_role"] and len(pairs) == 1:
            fo["by_role"]["probs"] = e
        elif not isinstance(e, np.ndarray) and name is None:
            fo["by_role"].setdefault("cache", e)
    if "zs" in fo["by_role"] and "acts" not in fo["by_role"]:  # return [z, activation]: beside its zs, the one
        lists = [e for n, e in given if not file_role(n, swap) and isinstance(e, (list, tuple)) and len(e) in (L, L + 1)
                 and all(isinstance(v, np.ndarray) for v in e)]  # list under a name that says nothing
        if len(lists) == 1:
            fo["by_role"]["acts"] = lists[0]
    if "acts" in fo["by_role"] and "zs" not in fo["by_role"]:  # beside its activations, the one list of L more
        lists = [e for n, e in given if not file_role(n, swap) and seq(e, L) and e is not fo["by_role"]["acts"]]
        if len(lists) == 1:
            fo["by_role"]["zs"] = lists[0]
    for role, key in (("zs", "z"), ("acts", "a")):
        seq = fo["by_role"].get(role)
        if isinstance(seq, (list, tuple)) and all(isinstance(v, np.ndarray) for v in seq):
            off = 1 if key == "a" and (len(seq) == L + 1 or seq and x_in is not None and seq[0] is x_in) or (
                key == "z" and seq and x_in is not None and (seq[0] is x_in or len(seq) == L + 1 and np.shape(
                    seq[0]) == np.shape(x_in))) else 0  # z_values = [X]; vs = [np.zeros(x.shape), v1, ...]: the
            # input layer's entry first
            for k, v in enumerate(seq[off:]):
                fo["by_layer"].setdefault((key, k), v)
    dicts = [e for _, e in given if isinstance(e, dict)]
    if "cache" not in fo["by_role"] and len(given) > 1 and len(dicts) == 1:  # return A, activations (a dict
        fo["by_role"]["cache"] = dicts[0]  # {'A0': X, 'A1': ...}): what a backward reading cache['A1'] takes
    elif "cache" not in fo["by_role"] and len(given) > 1:  # cache = forward_prop(...); backward_prop(cache, ...):
        fo["by_role"]["cache"] = tuple(e for _, e in given)  # everything it returned, as the one value it was
    last_name, last = pairs[-1] if pairs else (None, None)
    if not logits_only and "probs" not in fo["by_role"] and ("a", L - 1) not in fo["by_layer"] \
            and last_name is None and isinstance(last, np.ndarray) and len(pairs) > 1:
        fo["by_role"]["probs"] = last  # return Z1, A1, Z2, softmax(Z2): the unnamed last array
    _layer_caches(fo, given, L, x_in)
    for role, key in (("acts", "a"), ("zs", "z")):  # return A, Z, caches after `for l in ...: Z = W @ A + b;
        # A = g(Z)`: one array under the name of the loop's variable, the last layer's
        if isinstance(fo["by_role"].get(role), np.ndarray) and (key, L - 1) not in fo["by_layer"]:
            fo["by_layer"][(key, L - 1)] = fo["by_role"].pop(role)
    first_name, first = pairs[0] if pairs else (None, None)
    if not logits_only and "probs" not in fo["by_role"] and ("a", L - 1) not in fo["by_layer"] \
            and first_name is None and isinstance(first, np.ndarray) and len(pairs) > 1 \
            and all(n and file_role(n, swap) for n, _ in pairs[1:]):
        fo["by_role"]["probs"] = first  # return softmax(h @ W2 + b2), h: the one unnamed array, first
    if logits_only:  # CS231n's model.loss(X): the scores, no probabilities
        fo["by_layer"][("z", L - 1)] = fo["by_role"].pop("probs", fo["by_layer"].get(("z", L - 1)))
    else:
        if "probs" not in fo["by_role"] and ("a", L - 1) in fo["by_layer"]:
            fo["by_role"]["probs"] = fo["by_layer"][("a", L - 1)]
        if "probs" in fo["by_role"]:
            fo["by_layer"][("a", L - 1)] = fo["by_role"]["probs"]
    zs = [fo["by_layer"].get(("z", k)) for k in range(L)]
    acts = [fo["by_layer"].get(("a", k)) for k in range(L)]
    if acts[-1] is None and zs[-1] is None:
        raise SubmissionError(fn, "returned no probabilities xval could find (name them probs, A{L} or "
                              "return them first)")
    fo["zs"] = [None if z is None else lay.out(z, batch, f"z{k + 1}", fn) for k, z in enumerate(zs)]
    fo["acts"] = [None if a is None else lay.out(a, batch, "probs" if k == L - 1 else f"a{k + 1}", fn)
                  for k, a in enumerate(acts)]
    return fo


def joins_ones(node: ast.AST) -> bool:
    """Whether ``node`` joins a column of ones to an array (``np.concatenate((np.ones((n, 1)), X), axis=1)``,
    ``np.c_[np.ones(n), X]``, ``np.hstack``): a bias folded into the weights."""
    from xval.reports.check.family import _called  # (family imports the styles package)

    calls = [c for c in (_called(n) for n in ast.walk(node)) if isinstance(c, str)]
    return any(c.endswith(("ones", "ones_like")) for c in calls) and (
        any(w in c for c in calls for w in ("concat", "stack", "insert", "append")) or
        any(isinstance(n, ast.Subscript) and ast.unparse(n.value) in ("np.c_", "np.r_", "numpy.c_")
            for n in ast.walk(node)))


def unit_value(n: ast.AST) -> int | None:
    """1 for the constant 1 (1.0), -1 for -1 (-1.0), else None."""
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub) and isinstance(n.operand, ast.Constant):
        v = -n.operand.value if type(n.operand.value) in (int, float) else None
    else:
        v = n.value if isinstance(n, ast.Constant) and type(n.value) in (int, float) else None
    return int(v) if v in (1, -1) else None


def ones_test(scopes: list[ast.AST], signs: tuple[int, ...] = (1,)):
    """Whether an operand of a join is the ones: an ``np.ones`` call, a name ``scopes`` assign one to (not the
    result of a join: ``ones_column = np.ones((n, 1))``), or a constant of ``signs`` (one sample's ``np.append(1,
    x)``; -1 too for a threshold's input), alone or in a list of one (``[1.0]``)."""
    from xval.reports.check.family import _called  # (family imports the styles package)

    def called_ones(n) -> bool:
        return any(isinstance(c, str) and c.endswith(("ones", "ones_like")) for c in map(_called, ast.walk(n)))
    named = {t.id for scope in scopes for n in ast.walk(scope) if isinstance(n, ast.Assign) and called_ones(n.value)
             and not joins_ones(n.value) for t in n.targets if isinstance(t, ast.Name)}

    def ones(n) -> bool:
        if isinstance(n, (ast.List, ast.Tuple)) and len(n.elts) == 1:
            n = n.elts[0]
        return called_ones(n) or isinstance(n, ast.Name) and n.id in named or unit_value(n) in signs
    return ones


def join_side(n: ast.AST, ones) -> tuple[str, ast.AST] | None:
    """Where the join ``n`` puts a column of ones and what it joins it to: ("first", X) for ``np.hstack([ones,
    X])``, ``np.c_[ones, X]``, ``np.insert(X, 0, 1, axis=1)``, ``np.append(1, x)``; ("last", X) for ``np.hstack([X,
    ones])``, ``np.append(X, ones, axis=1)``; None when ``n`` is no such join. ``ones(node)``: whether an operand is
    the ones (an ``np.ones`` call, a name holding one, a unit constant)."""
    parts = None
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in (
            "hstack", "vstack", "concatenate", "column_stack", "row_stack") and n.args and isinstance(
            n.args[0], (ast.List, ast.Tuple)):
        parts = n.args[0].elts
    elif isinstance(n, ast.Subscript) and ast.unparse(n.value) in ("np.c_", "np.r_", "numpy.c_") and \
            isinstance(n.slice, ast.Tuple):
        parts = n.slice.elts
    elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "append" and \
            len(n.args) >= 2 and ones(n.args[0]) != ones(n.args[1]):
        return ("first", n.args[1]) if ones(n.args[0]) else ("last", n.args[0])
    elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "insert" and \
            len(n.args) >= 3 and isinstance(n.args[1], ast.Constant) and n.args[1].value == 0 and (
            unit_value(n.args[2]) is not None or ones(n.args[2])):
        return "first", n.args[0]
    if parts and len(parts) == 2 and ones(parts[0]) != ones(parts[1]):
        return ("first", parts[1]) if ones(parts[0]) else ("last", parts[0])
    return None


def fills_ones(fn: ast.AST) -> list[tuple[ast.Assign, str, str]]:
    """(the assignment, the side of the ones, the name filled in) for each array of ones ``fn`` makes and then fills
    all but one column of with another array: the bias trick written without a join (``temp = np.ones([n, d + 1]);
    temp[:, 0:-1] = X``: the ones last; ``temp[:, 1:] = X``: first; one sample's ``temp[0:-1] = x`` too)."""
    from xval.reports.check.family import _called  # (family imports the styles package)

    made = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and (_called(n.value) or "").endswith("ones")
            for t in n.targets if isinstance(t, ast.Name)}

    def number(e) -> int | None:
        if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant):
            return -e.operand.value if type(e.operand.value) is int else None
        return e.value if isinstance(e, ast.Constant) and type(e.value) is int else None

    found = []
    for n in ast.walk(fn):
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Subscript)
                and isinstance(n.targets[0].value, ast.Name) and n.targets[0].value.id in made
                and isinstance(n.value, ast.Name)):
            continue
        cut = n.targets[0].slice
        cut = cut.elts[-1] if isinstance(cut, ast.Tuple) and cut.elts else cut
        if not isinstance(cut, ast.Slice) or cut.step is not None:
            continue
        lower, upper = (None if cut.lower is None else number(cut.lower)), (
            None if cut.upper is None else number(cut.upper))
        if lower in (None, 0) and cut.upper is not None and upper == -1:
            found.append((n, "last", n.value.id))
        elif lower == 1 and cut.upper is None:
            found.append((n, "first", n.value.id))
    return found


def exponentiates(fn) -> bool:
    """Whether a function of the file computes an exponential (its own softmax or sigmoid of what it is given)."""
    return isinstance(fn, ast.FunctionDef) and any(
        isinstance(m, ast.Attribute) and m.attr == "exp" or isinstance(m, ast.Name) and m.id == "exp"
        for m in ast.walk(fn))


def _self_target(target: ast.AST) -> bool:
    """Whether an assignment's target is the object's own attribute, or an element of one (``self.W``,
    ``self.weights[i]``)."""
    while isinstance(target, ast.Subscript):
        target = target.value
    return isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"


def _own_updates(fn: ast.AST):
    """(target, value, term) of each update of the object's own attributes in ``fn``: ``self.W1 += t`` (term
    ``t``), ``self.W2 = self.W2 - t`` (term ``t``), or an assignment whose value reads the attribute elsewhere
    (``self.w = e * g + a * self.w``: term None, the value alone)."""
    for n in ast.walk(fn):
        if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Add, ast.Sub)) and _self_target(n.target):
            yield n.target, n.value, n.value
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and _self_target(n.targets[0]) and isinstance(
                n.value, ast.BinOp) and isinstance(n.value.op, (ast.Add, ast.Sub)):
            target = ast.unparse(n.targets[0])
            if ast.unparse(n.value.left) == target:
                yield n.targets[0], n.value, n.value.right
            elif any(ast.unparse(m) == target for m in ast.walk(n.value)):
                yield n.targets[0], n.value, None


def _scales_update(fn: ast.FunctionDef, name: str) -> bool:
    """Whether ``name`` multiplies what ``fn`` adds to or takes from one of its object's attributes
    (``self.W2 = self.W2 - k * grad_W2``, ``self.W1 += k * g``, ``self.w = e * grad + a * self.w``): the step its
    updates take, whatever it is called."""
    def scaled(value, target) -> bool:  # name * something other than the attribute itself (a * self.w: a decay)
        return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult) and any(
            isinstance(side, ast.Name) and side.id == name and ast.unparse(other) != ast.unparse(target)
            for side, other in ((n.left, n.right), (n.right, n.left))) for n in ast.walk(value))

    return any(scaled(value, target) for target, value, _ in _own_updates(fn))


def constant_rate(fn: ast.AST | None, methods: dict | None = None) -> tuple[str, float] | None:
    """(name, value) of a learning rate a method assigns itself as a number (``learningRate = 0.001``), when that
    is the method's only assignment of a name read as a rate; else, given its class's ``methods`` (name: def), the
    rate a method it calls on self takes by default and is not passed (``self._update_weights(dw, db)`` under
    ``def _update_weights(self, dw, db, step_size=0.1)``); else None. Read by the worker to step such a method,
    and by the grader again from the file's text before it takes that rate (:mod:`xval.reports.check.remote`)."""
    if fn is None:
        return None

    def number(n) -> bool:
        return isinstance(n, ast.Constant) and isinstance(n.value, (int, float)) and not isinstance(n.value, bool)

    found = [(t.id, n.value.value) for n in ast.walk(fn) if isinstance(n, ast.Assign) for t in n.targets
             if isinstance(t, ast.Name) and (classify(t.id) or ("",))[0] == "lr" and number(n.value)]
    if not found and methods:
        for call in (c for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                     and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"):
            callee = methods.get(call.func.attr)
            if not isinstance(callee, ast.FunctionDef) or callee is fn:
                continue
            params, defaults = callee.args.args[1:], callee.args.defaults
            first = len(params) - len(defaults)  # the position of the first parameter with a default
            for at, (p, d) in enumerate(zip(params[first:], defaults), start=first):
                passed = len(call.args) > at or any(kw.arg == p.arg for kw in call.keywords)
                if not passed and number(d) and ((classify(p.arg) or ("",))[0] == "lr"
                                                 or _scales_update(callee, p.arg)):
                    found.append((p.arg, d.value))
    if not found:  # self.w_ho += 0.1 * np.dot(delta, h.T) in every update: the number its updates are written with
        numbers = _update_numbers(fn)
        if len(numbers) == 1:
            found.append((f"{next(iter(numbers)):g}", next(iter(numbers))))
    return (found[0][0], float(found[0][1])) if len(found) == 1 and found[0][1] > 0 else None


def product_number(term: ast.AST) -> float:
    """The number among the factors of a product (``0.05 * h.T @ d``, parsed ``(0.05 * h.T) @ d``; ``-lr``'s sign
    dropped), else 1.0."""
    if isinstance(term, ast.UnaryOp) and isinstance(term.op, ast.USub):
        term = term.operand
    if isinstance(term, ast.Constant) and isinstance(term.value, (int, float)) and not isinstance(term.value, bool):
        return float(term.value)
    if isinstance(term, ast.BinOp) and isinstance(term.op, (ast.Mult, ast.MatMult)):
        for side in (term.left, term.right):
            if (found := product_number(side)) != 1.0:
                return found
    return 1.0


def _update_numbers(fn: ast.AST) -> set[float]:
    """The numbers that multiply what ``fn`` adds to or takes from its object's attributes (``self.W += 0.1 *
    np.dot(d, a.T)``, ``self.W = self.W - 0.05 * g``): one number when every such update is written with it, more
    when they differ, none when any update has no number in front (``self.W -= rate * g``: a rate from elsewhere)."""
    out = {product_number(term) for _, _, term in _own_updates(fn) if term is not None}
    return set() if 1.0 in out else out  # (an update with no number in front: no rate written in them all)
