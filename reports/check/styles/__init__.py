"""Find a submission's interface, whatever its style, and adapt it to xval's params format.

Styles, tried in this order (one module each):

=========  ==================================================================================
notebook   the notebook's ``forward(x, weights, biases)`` and ``backward(...)`` (adapter.py)
functions  function pairs read by argument names: unpacked ``forward_prop(W1, b1, ..., X)``,
           dict params and a cache, weight lists by other names, module globals
classes    a model class: ``forward(self, X)`` then ``backward``/``train_step``; CS231n's
           ``model.loss(X, y)``; parameters as attributes, lists, a dict or layer objects
objects    layer classes and no model to build: an affine class (two sizes) and activation classes, composed
           by xval; the loss gradient from the file's loss layer, else xval's softmax cross-entropy
layers     CS231n layer functions (``affine_forward`` ... ``softmax_loss``) composed by xval
methods    a class used as a namespace of functions: ``forward_propagation(self, X, parameters)``, read as the
           functions style reads module functions
holders    layer objects holding only W and b, built with (n_in, n_out, activation pair), and a function that
           makes one step on a list of them (``entrenamiento(epoch, X, Y, red, lr)``)
script     no forward and backward to call: a training loop at top level over module-level weights (or in ``main()``,
           in a function that trains the arrays it is given or makes, in a class's training method), its body run
           once with the checked weights, batch and rate bound to the file's names (tried last)
=========  ==================================================================================

Each gives an object with the interface of
:class:`xval.reports.check.adapter.UserModel` (``forward``, ``step``, ``mode``,
``helpers``) and ``interface``, the "read as" line. Detection reads names,
signatures and class attributes, and confirms them with probe calls on a small
network (every width distinct, so a transposed array cannot fit by chance).
Labels, orientation and the rest are read from what the file does, never from
which reading makes its gradient pass. When no style fits, the
:class:`~xval.impl.errors.InputError` names the nearest one and what it lacked.
"""

from __future__ import annotations

import ast
import time

from xval.impl.errors import InputError
from xval.reports.check.styles import classes, custom, functions, holders, layers, methods, notebook, objects, script
from xval.reports.check.styles.base import Rejected, SourceMap
from xval.reports.check.styles.reading import has_product

STYLES = (("notebook", notebook), ("functions", functions), ("classes", classes), ("objects", objects),
          ("layers", layers), ("methods", methods), ("holders", holders), ("script", script))


class Unrecognised(InputError):
    """No style fits: ``rejections`` says why each did not."""

    def __init__(self, message: str, rejections: list[Rejected]) -> None:
        super().__init__(message)
        self.rejections = rejections


def detect(loaded, forward_name: str = "forward", backward_name: str | None = None, only: str | None = None):
    """The first style that fits the loaded file, with its ``interface`` line and ``detect_seconds`` set."""
    t0 = time.perf_counter()
    if forward_name and forward_name.startswith(custom.PREFIX):  # --adapter FILE
        model = custom.AdapterModel(loaded, forward_name[len(custom.PREFIX):])
        model.interface = custom.interface(model)
        model.detect_seconds = time.perf_counter() - t0
        return model
    sm = SourceMap.of(loaded)
    rejections: list[Rejected] = []
    for name, module in STYLES:
        if only and name != only:
            continue
        try:
            model = module.detect(loaded, sm, forward_name, backward_name)
        except Rejected as r:
            rejections.append(r)
            continue
        model.interface = module.interface(model)
        model.detect_seconds = time.perf_counter() - t0
        if name != "notebook":
            model.helpers = helpers(loaded, model)
        if said := redefined(sm, model):
            model.style_warnings = [*getattr(model, "style_warnings", []), said]
        return model
    raise Unrecognised(message(loaded, rejections, sm), rejections)


def redefined(sm: SourceMap, model) -> str:
    """What the result says when the file defines the checked class or function more than once (a notebook
    rewriting its network cell by cell for another optimizer): which definition is checked, the last, as the
    file's own later code would use; "" when each is defined once."""
    cls = getattr(model, "cls", None)
    names = [cls.__name__] if isinstance(cls, type) else [
        n for n in (getattr(model, "fwd_name", None), getattr(model, "_backward_name", None)) if n]
    for name in dict.fromkeys(names):
        where = [f"{label} {node.lineno}" for tree, label in zip(sm.trees, sm.labels) for node in tree.body
                 if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name]
        if len(where) > 1:
            return (f"`{name}` is defined {len(where)} times ({'; '.join(where)}): the last "
                    f"is checked, the one the file's later code uses")
    return ""


ELEMENTWISE = {"relu": ("relu", "ReLU", "Relu"),
               "relu_derivative": ("relu_derivative", "relu_deriv", "ReLU_deriv", "relu_prime", "d_relu",
                                   "drelu", "relu_grad", "relu_backward_simple", "ReLU_derivative", "deriv_relu",
                                   "derivative_relu")}


def helpers(loaded, model) -> dict:
    """Elementwise helpers the file defines (their orientation cannot matter), checked as the notebook's are."""
    out = {}
    for key, names in ELEMENTWISE.items():
        fn = next((loaded.function(n) for n in names if loaded.function(n) is not None
                   and functions.arguments(loaded.function(n)) is not None
                   and len([a for a in functions.arguments(loaded.function(n)) if not a.has_default]) == 1), None)
        if fn is not None and not isinstance(fn, type):
            out[key] = fn
    return out


def message(loaded, rejections: list[Rejected], sm: SourceMap | None = None) -> str:
    """Exit-2 text: the nearest style and what it lacked, the others in a line each, the loader's warnings."""
    ranked = sorted(rejections, key=lambda r: -r.score)
    head = ranked[0] if ranked else None
    why = f" ({len(loaded.skipped)} top-level statements were not run)" if loaded.skipped else ""
    lines = [f"{loaded.path}: no interface xval can check{why}. Nearest: {head.style}: {head.why}" if head
             else f"{loaded.path}: no interface xval can check{why}"]
    script = _script_network(sm or SourceMap.of(loaded)) if not head or head.score < 2 else None
    loop = next((r for r in rejections if r.style == "script" and r.score >= 1), None)
    if script and loop:  # a training loop the script style read but cannot run as one step
        lines[0] = (f"{loaded.path}: its network is a training loop at top level, which xval cannot run as one "
                    f"step: {loop.why}")
    elif script:
        lines[0] = (f"{loaded.path}: its network is top-level code, not functions xval can call (the matrix "
                    f"products are in statements at {script}, and no function or method has one): put the forward "
                    "pass and the backward pass in functions, e.g. forward(X) -> (zs, activations) and "
                    "backward(...) -> gradients (README: Interfaces it reads)")
    for w in loaded.warnings:  # before the other styles' lines: often the real cause, and the text may be cut
        lines.append(f"  warning: {w}")
    for r in ranked[1:]:
        if r.score >= 0:  # a negative score: the style found nothing of its kind (said only by --explain)
            lines.append(f"  also tried {r.style}: {r.why}")
    lines.append("  name the functions with --forward NAME / --backward NAME; `xval check --explain FILE` lists "
                 "every candidate; `--adapter FILE` wraps anything else (README: Adapters)")
    return "\n".join(lines)


def _script_network(sm: SourceMap) -> str | None:
    """Where a script computes its network at top level ("line 12, line 20"), when no function or method of the
    file has a matrix product; None otherwise."""
    import ast

    top, inside = [], False
    for label, tree in zip(sm.labels, sm.trees):
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inside = inside or has_product(node)
            elif has_product(node):
                top.append(f"{label} {node.lineno}")  # "line 12", or "cell 3, line 4" in a notebook
    return ", ".join(top[:3]) + (" ..." if len(top) > 3 else "") if top and not inside else None


def explain(loaded, forward_name: str = "forward", backward_name: str | None = None) -> tuple[str, str | None]:
    """Every style considered and what it found or why it did not fit (``xval check --explain``), and the style
    chosen (None: exit 2)."""
    sm = SourceMap.of(loaded)
    out = [f"{loaded.path}: functions {', '.join(sorted(n for n, v in loaded.namespace.items() if callable(v) and not n.startswith('_') and getattr(v, '__module__', None) in (None, loaded.namespace.get('__name__')))) or '-'}"]
    chosen = None
    for name, module in STYLES:
        try:
            model = module.detect(loaded, sm, forward_name, backward_name)
        except Rejected as r:
            out.append(f"  {name}: no: {r.why}")
            continue
        line = module.interface(model)
        out.append(f"  {name}: yes: {line}")
        for e in getattr(model, "evidence", []):
            out.append(f"      {e}")
        if chosen is None:
            chosen = name
    out.append(f"chosen: {chosen}" if chosen else "chosen: none (exit 2)")
    for w in loaded.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out), chosen


def fixed_depth(model) -> int | None:
    """The number of layers a submission's own signature or constructor fixes (W1..W2 arguments), or None."""
    return getattr(model, "depth", None)


def fixed_sizes(model) -> list[int] | None:
    """The layer sizes of a model that builds its own layers (a constructor that takes no sizes), or None."""
    return getattr(model, "own_sizes", None)


def fit_default_params(depth: int | None, params):
    """Default params at ``depth``, the submission's own (:func:`fixed_depth`, reported by its worker), when its
    signature fixes one the defaults lack.

    (params, note): the same params and "" when they fit; else the default initialisation
    (784-256-128-10's scheme, seed 0) at the submission's depth, hidden widths taken from the
    default's (the last repeated), and a note saying so.
    """
    from xval.impl import weights as weights_io

    if not depth or depth == len(params):
        return params, ""
    sizes = (params[0][0].shape[0], *weights_io.default_hidden(depth), params[-1][0].shape[1])
    new = weights_io.init_params(sizes, weights_io.DEFAULT_INIT, weights_io.DEFAULT_SEED, params[0][0].dtype)
    return new, (f"the submission's interface fixes {depth} layers: checked with the default weights scheme at "
                 f"{'-'.join(map(str, sizes))} (pass --weights for others)")


