"""A cost function over all the parameters unrolled into one vector (the classic course's ``nnCostFunction``).

Covers::

    cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_) -> (J, grad)

``nn_params`` holds ``Theta1`` (hidden, in + 1) then ``Theta2`` (out, hidden + 1),
each with its bias in column 0, raveled in Fortran order (ports of the MATLAB
code, ``order='F'``) or C order; ``grad`` is unrolled the same way. Everything
is read from the file, never from which reading makes the gradient pass: the
sizes from the arguments' names, the order from the ``order`` its reshapes and
ravels name, which side of each matrix holds the bias from the shape its first
reshape takes (``(hidden_layer_size, input_layer_size + 1)``), whether the ones
are its own from its source (:func:`.functions.adds_ones`' rule), orientation of
``X`` from probe calls, and a penalty argument is passed 0. There is no forward
to compare: the model (hidden activation, output, loss) is read from the ``J``
it returns at probe weights (:func:`xval.reports.check.family.from_loss`).
"""

from __future__ import annotations

import ast

import numpy as np

from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.styles.base import (NoGiven, Rejected, SourceMap, StyleModel, converts_labels, finish_step,
                                            probe_batch, probe_params, read_label_base)
from xval.reports.check.styles.layout import Layout
from xval.reports.check.styles.names import squash
from xval.reports.check.styles.reading import arguments

FLAT = ("nnparams", "nnparam", "params", "parameters", "thetas", "theta", "thetavec", "paramsvec", "unrolledparams",
        "nnweights", "weights", "w", "p", "initialnnparams", "thetaunrolled", "paramvector")
SIZES = {
    "in": ("inputlayersize", "inputsize", "ninput", "ninputs", "inputdim", "nin", "numinputs", "inputunits",
           "inputlayer", "nfeatures", "numfeatures"),
    "hidden": ("hiddenlayersize", "hiddensize", "nhidden", "hiddendim", "numhidden", "hiddenunits", "hiddenlayer"),
    "out": ("numlabels", "outputlayersize", "outputsize", "numclasses", "nclasses", "nlabels", "nout", "outputdim",
            "numoutputs", "outputunits", "outputlayer", "k"),
}


def _size_role(name: str) -> str | None:
    return next((r for r, names in SIZES.items() if squash(name) in names), None)


class CostFunction(StyleModel):
    style = "functions"
    depth = 2  # one hidden layer: the sizes it takes fix it

    def __init__(self, loaded, sm: SourceMap, name: str) -> None:
        super().__init__()
        self.loaded, self.sm, self.fwd_name, self._backward_name = loaded, sm, name, name
        self.fn_ = loaded.namespace[name]
        self.args = arguments(self.fn_)
        self.layout = Layout(fold=True, wcol=True)
        self.order = "C"
        self.model_read = None  # (hidden, output, loss) read from J at probe weights

    def describe(self) -> str:
        return f"{self.fwd_name} (J, grad)"

    def flat(self, params) -> np.ndarray:
        return np.concatenate([self.layout.theta(W, b).ravel(order=self.order) for W, b in params])

    def _call(self, params, x, y):
        lay, env = self.layout, {}
        (W1, _), (W2, _) = params
        env.update(flat=self.flat(params), x=lay.x(x), reg=0.0, **{"in": W1.shape[0], "hidden": W1.shape[1],
                                                                    "out": W2.shape[1]})
        env["y"] = lay.y(y, W2.shape[1])
        pos = [env[a.role] for a in self.args if a.role in env]
        return self.call(self.fwd_name, self.fn_, *pos)

    def cost_and_grads(self, params, x, y):
        fn = self.fwd_name
        result = self._call(params, x, y)
        if isinstance(result, dict):
            result = (result.get("J", result.get("cost", result.get("loss"))), result.get("grad", result.get("grads")))
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            raise SubmissionError(fn, f"returned {type(result).__name__}; expected (J, grad)")
        J, grad = result
        try:
            J = float(np.asarray(J, np.float64).reshape(-1)[0])
            g = np.asarray(grad, np.float64).reshape(-1)
        except (TypeError, ValueError, IndexError):
            raise SubmissionError(fn, "returned a J or a grad that is not numbers") from None
        want = sum((W.shape[0] + 1) * W.shape[1] for W, _ in params)
        if g.size != want:
            raise SubmissionError(fn, f"returned a grad of {g.size} numbers; the unrolled parameters have {want}")
        grads, at = [], 0
        for i, (W, _) in enumerate(params):
            n_in, n_out = W.shape[0] + 1, W.shape[1]
            shape = (n_out, n_in) if self.layout.wcol else (n_in, n_out)
            piece = g[at:at + n_in * n_out].reshape(shape, order=self.order)
            at += n_in * n_out
            grads.append(self.layout.unfold(piece, W, f"Theta{i + 1}_grad", fn, grad=True))
        return J, grads

    def forward(self, params, x):  # no forward values to compare: the cost function gives J and grad only
        self.check_depth(params, self.fwd_name)
        return [None] * len(params), [x] + [None] * len(params), []

    def step(self, params, x, y, lr, given=None):
        if given is not None:
            raise NoGiven(self.fwd_name)
        self.check_depth(params, self.fwd_name)
        x_user, y_user = np.array(x, copy=True), np.array(y, copy=True)
        _, grads = self.cost_and_grads(params, x, y)
        mutated = ([] if np.array_equal(x, x_user) else ["x"]) + ([] if np.array_equal(y, y_user) else ["y_true"])
        return finish_step(params, lr, [None] * len(params), [x] + [None] * len(params), mutated, grads=grads)


def _reads(sm: SourceMap, name: str, args) -> tuple[str, bool | None]:
    """(the order its reshapes/ravels name, whether the first reshape puts the bias in column 0 (True), in row 0
    (False) or cannot be told (None)), read from the cost function's source."""
    try:
        tree = ast.parse(sm.text(name))
    except SyntaxError:
        return "C", None
    order, wcol = "C", None
    names = {a.role: a.name for a in args if a.role in SIZES}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if called not in ("reshape", "ravel", "flatten", "flat", "concatenate", "hstack", "r_"):
            continue
        consts = [k.value.value for k in node.keywords if k.arg == "order" and isinstance(k.value, ast.Constant)]
        consts += [a.value for a in node.args if isinstance(a, ast.Constant)]
        if "F" in consts:
            order = "F"
        if called == "reshape" and wcol is None:
            shape = next((a for a in node.args if isinstance(a, (ast.Tuple, ast.List))), None)
            if shape is None and isinstance(node.func, ast.Attribute) and len(node.args) >= 2:
                first = node.args[0]
            elif shape is not None and shape.elts:
                first = shape.elts[0]
            else:
                continue
            used = {n.id for n in ast.walk(first) if isinstance(n, ast.Name)}
            adds = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add) for n in ast.walk(first))
            if names.get("hidden") in used and not adds:
                wcol = True
            elif names.get("in") in used or adds:
                wcol = False
    return order, wcol


def detect(loaded, sm: SourceMap) -> CostFunction:
    """The file's cost function over unrolled parameters; Rejected when it has none."""
    from xval.reports.check.styles.functions import adds_ones_in  # the ones rule is the pair's

    near = Rejected("functions", "no cost function over unrolled parameters (nn_params, input_layer_size, "
                    "hidden_layer_size, num_labels, X, y, lambda_)", 0)
    for name, fn in list(loaded.namespace.items()):  # a probe call may add globals
        if not callable(fn) or isinstance(fn, type) or name.startswith("_") or name not in sm.defs:
            continue
        args = arguments(fn)
        if not args:
            continue
        for a in args:
            if squash(a.name) in FLAT and a is args[0]:
                a.role = "flat"
            elif _size_role(a.name):
                a.role = _size_role(a.name)
        for a in args:  # a "learning rate" a cost function scales its squared weights by is its L2 strength
            if a.role == "lr" and _scales_squares(sm, name, a.name):
                a.role = "reg"
        roles = [a.role for a in args]
        if roles[:1] != ["flat"] or not {"in", "hidden", "out"} <= set(roles) or "x" not in roles or "y" not in roles:
            continue
        unknown = [a.name for a in args if a.role not in ("flat", "in", "hidden", "out", "x", "y", "reg")
                   and not a.has_default]
        if unknown:
            near = Rejected("functions", f"{name} takes unrolled parameters, but what to pass as "
                            f"{', '.join(f'`{u}`' for u in unknown)} cannot be told", 2)
            continue
        model = CostFunction(loaded, sm, name)
        model.args = args
        model.order, wcol = _reads(sm, name, args)
        model.layout.wcol = True if wcol is None else wcol
        if wcol is None:
            model.layout.notes.append("the bias taken as column 0 of (out, in + 1) (the course's; no reshape "
                                      "said otherwise)")
        model.layout.onehot = not converts_labels(sm, name)
        read_label_base(model.layout, sm, name)
        own = adds_ones_in(sm, [name])
        try:
            _probe(model, own)
        except Rejected as r:  # cost(params, ...) giving J alone: another function may give (J, grad)
            near = r
            continue
        return model
    raise near


def _scales_squares(sm: SourceMap, fn: str, arg: str) -> bool:
    """Whether a statement of ``fn`` (or a function it calls) multiplies squared values by ``arg``: ``J +=
    (learning_rate / (2 * m)) * np.sum(np.power(Theta1[:, 1:], 2))``, an L2 term under another name."""
    try:
        tree = ast.parse(sm.text(fn))
    except SyntaxError:
        return False
    for stmt in (n for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AugAssign, ast.Return))):
        names = {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)}
        squares = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow) and getattr(n.right, "value", None) == 2
                      or isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) in (
                          "power", "square") for n in ast.walk(stmt))
        if arg in names and squares:
            return True
    return False


def _probe(model: CostFunction, own_ones: bool) -> None:
    """X's orientation (and the caller's ones, only when the file puts none on its input) from probe calls; the
    model from the J it returns."""
    from xval.reports.check.family import from_loss

    params = probe_params(2)
    x, y = probe_batch(params)
    errors = []
    read = model.layout.onehot  # the labels the other way only when the read way raises (`inity[i][y[i]] = 1`
    # makes one-hot rows of integer labels without a call xval reads as converting them)
    for onehot in (read, not read):
        for ones in (False,) if own_ones else (False, True):
            for xcol in (False, True):
                model.layout.xcol, model.layout.ones, model.layout.onehot = xcol, ones, onehot
                model.bind(Guard())
                try:
                    J, _ = model.cost_and_grads(params, x, y)
                except SubmissionError as exc:
                    errors.append(str(exc))
                    continue
                model.model_read = from_loss(J, x, y, params)
                model.evidence.append(f"{model.fwd_name} ran on a {x.shape[1] + ones}-wide input"
                                      + (" (it adds the ones itself)" if own_ones else ""))
                return
    raise Rejected("functions", f"{model.fwd_name} did not run on a probe batch in any orientation "
                   f"({errors[0] if errors else 'no attempt'})", 2)


def interface(model: CostFunction) -> str:
    lay = model.layout
    reg = [a.name for a in model.args if a.role == "reg"]
    sizes = ", ".join(a.name for a in model.args if a.role in SIZES)
    return (f"function {model.fwd_name}({', '.join(a.name for a in model.args)}) -> (J, grad), the parameters "
            f"unrolled into {model.args[0].name} in {'Fortran' if model.order == 'F' else 'C'} order "
            f"(read from its source), sizes from {sizes}, 1 hidden layer"
            + (f", {reg[0]} passed 0 (no regularisation)" if reg else "")
            + f", {lay.describe().replace('folded into the weights', 'folded into each theta')}"
            + "; no forward values to compare (the model is read from J)")
