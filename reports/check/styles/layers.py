"""Layer functions composed by xval into the MLP: CS231n's (affine, ReLU, softmax loss) or deeplearning.ai's
(a linear step and its activation named by a string).

The file defines (names as in CS231n's layers.py, or close)::

    affine_forward(x, w, b) -> (out, cache)       affine_backward(dout, cache) -> (dx, dw, db)
    relu_forward(x) -> (out, cache)               relu_backward(dout, cache) -> dx
    softmax_loss(x, y) -> (loss, dx)

xval composes them as the assignment's FullyConnectedNet would: affine then
ReLU for each hidden layer, affine for the output, softmax_loss on the scores,
then the backward functions in reverse. Expose the pre-activations and hidden
activations; the probabilities are not exposed (softmax_loss returns the loss),
so the forward check covers the scores. With given forward values (backward
alone), each forward function runs on the oracle's inputs to build its cache.

Or, as deeplearning.ai's first course writes them::

    linear_activation_forward(A_prev, W, b, activation) -> (A, cache)
    linear_activation_backward(dA, cache, activation) -> (dA_prev, dW, db)

with ``activation`` one of the strings the forward compares it with. xval runs
the hidden layers with the file's "relu" (else "tanh", "leaky_relu",
"sigmoid"), the output layer with its "sigmoid" (else "softmax"), and gives the
output layer's backward dL/dAL of the checked loss, as the course's
``L_model_backward`` computes it (per sample when the file's linear backward
divides by the batch itself).
"""

from __future__ import annotations

import ast

import numpy as np

from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.styles.base import (Rejected, StyleModel, averages_itself, compared_values, finish_step,
                                            probe_batch, probe_params, same)
from xval.reports.check.styles.layout import Layout

NAMES = {
    "affine_forward": ("affine_forward", "linear_forward", "dense_forward", "fc_forward"),
    "affine_backward": ("affine_backward", "linear_backward", "dense_backward", "fc_backward"),
    "relu_forward": ("relu_forward",),
    "relu_backward": ("relu_backward",),
    "softmax_loss": ("softmax_loss", "softmax_cross_entropy_loss", "softmax_cross_entropy", "softmax_ce_loss",
                     "cross_entropy_with_softmax"),
}


class _Composed(StyleModel):
    """A chain of the file's layer functions xval runs itself: its forward is ``_run_forward``'s values in xval's
    layout (``_xval``)."""

    def forward(self, params, x):
        x_call = self.layout.x(x)
        zs, acts, _ = self._run_forward(params, x)
        zx, ax = self._xval(zs, acts, len(x))
        return zx, [x, *ax], ([] if same(x_call, self.layout.x(x)) else ["x"])


class LayerFunctions(_Composed):
    style = "layers"
    mode = "gradients"

    def __init__(self, fns: dict[str, tuple[str, object]]) -> None:
        super().__init__()
        self.fns = fns
        self.layout = Layout(bias="flat")
        self.fwd_name = fns["affine_forward"][0]
        self._backward_name = fns["affine_backward"][0]

    def _f(self, role: str, *args):
        name, fn = self.fns[role]
        return self.call(name, fn, *args)

    def _pair(self, role: str, value):
        name = self.fns[role][0]
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            raise SubmissionError(name, f"expected (out, cache), found {type(value).__name__}")
        return value

    def _run_forward(self, params, x, given=None):
        lay, L = self.layout, len(params)
        a, zs, acts, caches = lay.x(x), [], [], []
        for i, (W, b) in enumerate(params):
            inp = a if given is None else lay.act(given[1][i])  # given[1][0] is x
            z, fc = self._pair("affine_forward", self._f("affine_forward", inp, lay.W(W), lay.b(b)))
            if given is not None:
                z = lay.act(given[0][i])
            zs.append(z)
            rc = None
            if i < L - 1:
                a, rc = self._pair("relu_forward", self._f("relu_forward", z if given is None else lay.act(given[0][i])))
                acts.append(a)
            caches.append((fc, rc))
        return zs, acts, caches

    def _xval(self, zs, acts, batch):
        name, lay = self.fwd_name, self.layout
        zx = [lay.out(z, batch, f"z{k + 1}", name) for k, z in enumerate(zs)]
        ax = [lay.out(a, batch, f"a{k + 1}", name) for k, a in enumerate(acts)] + [None]
        return zx, ax

    def step(self, params, x, y, lr, given=None):
        lay, L = self.layout, len(params)
        zs, acts, caches = self._run_forward(params, x, given)
        yu = lay.y(y, params[-1][0].shape[1])
        y_before = yu.copy()
        out = self._f("softmax_loss", zs[-1], yu)
        if not isinstance(out, (tuple, list)) or len(out) != 2:
            raise SubmissionError(self.fns["softmax_loss"][0], f"expected (loss, dx), found {type(out).__name__}")
        dz = out[1]
        grads: list = [None] * L
        name = self._backward_name
        for i in reversed(range(L)):
            fc, rc = caches[i]
            res = self._f("affine_backward", dz, fc)
            if not isinstance(res, (tuple, list)) or len(res) != 3:
                raise SubmissionError(name, f"expected (dx, dw, db), found {type(res).__name__}")
            dx, dW, db = res
            W, b = params[i]
            grads[i] = (lay.grad_W(dW, W, f"dw{i + 1}", name), lay.grad_b(db, b, f"db{i + 1}", name))
            if i:
                dz = self._f("relu_backward", dx, caches[i - 1][1])
        zx, ax = self._xval(zs, acts, len(x)) if given is None else (
            [np.asarray(z, np.float64) for z in given[0]], [np.asarray(a, np.float64) for a in given[1][1:]])
        mutated = [] if same(yu, y_before) else ["y_true"]
        return finish_step(params, lr, zx, [x, *ax], mutated, grads=grads)


    # -- each layer function on its own (the judge compares with the oracle's vector-Jacobian product)
    def layer_call(self, layer: str, args: list) -> dict:
        """One layer's forward and backward on the judge's inputs, in xval's layout (x (N, D), w (D, M), b (1, M)):
        ``affine`` (x, w, b, dout) -> out, dx, dw, db; ``relu`` (x, dout) -> out, dx; ``softmax_loss`` (scores,
        y) -> loss, dx. The file's own orientation is applied both ways."""
        lay = self.layout
        if layer == "affine":
            x, W, b, dout = args
            out, cache = self._pair("affine_forward", self._f("affine_forward", lay.x(x), lay.W(W), lay.b(b)))
            res = self._f("affine_backward", lay.act(dout), cache)
            name = self.fns["affine_backward"][0]
            if not isinstance(res, (tuple, list)) or len(res) != 3:
                raise SubmissionError(name, f"expected (dx, dw, db), found {type(res).__name__}")
            dx, dW, db = res
            return {"out": lay.out(out, len(x), "out", self.fns["affine_forward"][0]),
                    "dx": lay.out(dx, len(x), "dx", name), "dw": lay.grad_W(dW, W, "dw", name),
                    "db": lay.grad_b(db, b, "db", name)}
        if layer == "relu":
            x, dout = args
            out, cache = self._pair("relu_forward", self._f("relu_forward", lay.act(x)))
            dx = self._f("relu_backward", lay.act(dout), cache)
            return {"out": lay.out(out, len(x), "out", self.fns["relu_forward"][0]),
                    "dx": lay.out(dx, len(x), "dx", self.fns["relu_backward"][0])}
        if layer == "softmax_loss":
            scores, y = args
            name = self.fns["softmax_loss"][0]
            res = self._f("softmax_loss", lay.act(scores), lay.y(y, scores.shape[1]))
            if not isinstance(res, (tuple, list)) or len(res) != 2:
                raise SubmissionError(name, f"expected (loss, dx), found {type(res).__name__}")
            return {"loss": np.asarray(np.float64(np.asarray(res[0], np.float64).reshape(-1)[0])),
                    "dx": lay.out(res[1], len(scores), "dx", name)}
        raise SubmissionError(layer, "not a layer xval checks")


ACTIVATION_STEPS = (("linear_activation_forward", "linear_act_forward"),
                    ("linear_activation_backward", "linear_act_backward"))
"""deeplearning.ai's layer step names: (forward names, backward names)."""
HIDDEN_CHOICES = ("relu", "tanh", "leaky_relu", "leakyrelu", "sigmoid")
OUTPUT_CHOICES = ("sigmoid", "softmax")


class ActivationSteps(_Composed):
    """deeplearning.ai's ``linear_activation_forward(A_prev, W, b, activation)`` and
    ``linear_activation_backward(dA, cache, activation)``, composed by xval (see the module's docstring)."""

    style = "layers"
    mode = "gradients"

    def __init__(self, fwd: tuple[str, object], bwd: tuple[str, object], hidden: str, output: str, sm) -> None:
        super().__init__()
        (self.fwd_name, self._fwd), (self._backward_name, self._bwd) = fwd, bwd
        self.hidden, self.output, self.sm = hidden, output, sm
        self.layout = Layout(wcol=True, xcol=True, bias="col", onehot=True)
        called = [n.func.id for n in ast.walk(sm.defs[self._backward_name]) if isinstance(n, ast.Call)
                  and isinstance(n.func, ast.Name) and n.func.id in sm.defs]
        # the function that divides by the batch (the course's linear_backward): dAL is then given per sample
        self._averaging = next((n for n in (self._backward_name, *called) if averages_itself(sm, n)),
                               self._backward_name)

    def _run_forward(self, params, x):
        lay, a, zs, acts, caches = self.layout, self.layout.x(x), [], [], []
        for i, (W, b) in enumerate(params):
            act = self.hidden if i < len(params) - 1 else self.output
            out = self.call(self.fwd_name, self._fwd, a, lay.W(W), lay.b(b), act)
            if not isinstance(out, (tuple, list)) or len(out) != 2:
                raise SubmissionError(self.fwd_name, f"expected (A, cache), found {type(out).__name__}")
            a, cache = out
            zs.append(_pre_activation(cache, a))
            acts.append(a)
            caches.append(cache)
        return zs, acts, caches

    def _xval(self, zs, acts, batch):
        lay, name = self.layout, self.fwd_name
        return ([None if z is None else lay.out(z, batch, f"z{k + 1}", name) for k, z in enumerate(zs)],
                [lay.out(a, batch, f"a{k + 1}", name) for k, a in enumerate(acts)])

    def step(self, params, x, y, lr, given=None):
        zs, acts, caches = self._run_forward(params, x)
        zx, ax = self._xval(zs, acts, len(x))
        dA = self.upstream({"acts": ax, "zs": zx}, y, self._averaging, "dAL", self.sm)
        grads: list = [None] * len(params)
        for i in reversed(range(len(params))):
            act = self.hidden if i < len(params) - 1 else self.output
            res = self.call(self._backward_name, self._bwd, dA, caches[i], act)
            dA, dW, db = _by_shape(res, self.layout.W(params[i][0]), self.layout.b(params[i][1]), self._backward_name)
            W, b = params[i]
            grads[i] = (self.layout.grad_W(dW, W, f"dW{i + 1}", self._backward_name),
                        self.layout.grad_b(db, b, f"db{i + 1}", self._backward_name))
        return finish_step(params, lr, zx, [x, *ax], [], grads=grads)


def _pre_activation(cache, a) -> np.ndarray | None:
    """The layer's Z from its cache (the course's ``((A_prev, W, b), Z)``): the one array of A's shape in it that
    is not A itself, else None (not exposed)."""
    found, stack = [], [cache]
    while stack:
        c = stack.pop()
        if isinstance(c, (tuple, list)):
            stack.extend(c)
        elif isinstance(c, dict):
            stack.extend(c.values())
        elif isinstance(c, np.ndarray) and c.shape == np.shape(a) and c is not a and not same(c, a):
            found.append(c)
    return found[0] if len(found) == 1 else None


def _by_shape(res, W, b, name: str):
    """(dA_prev, dW, db) from a layer backward's three results, by their shapes (the course returns them in that
    order; others return (dW, db, dA_prev))."""
    if not isinstance(res, (tuple, list)) or len(res) != 3:
        raise SubmissionError(name, f"expected (dA_prev, dW, db), found {type(res).__name__}")
    shapes = [np.shape(r) for r in res]
    iw = next((k for k in (1, 0, 2) if shapes[k] == np.shape(W)), None)
    ib = next((k for k in (2, 1, 0) if k != iw and np.size(res[k]) == np.size(b)), None)
    if iw is None or ib is None:
        raise SubmissionError(name, f"returned arrays of shapes {shapes}: none has the shape of W {np.shape(W)} "
                              f"or of b {np.shape(b)}")
    return res[3 - iw - ib], res[iw], res[ib]


def _detect_steps(loaded, sm) -> ActivationSteps | None:
    """deeplearning.ai's layer steps, if the file defines them; Rejected when they do not run composed."""
    fwd_names, bwd_names = ACTIVATION_STEPS
    fwd = next((n for n in fwd_names if loaded.function(n) is not None), None)
    bwd = next((n for n in bwd_names if loaded.function(n) is not None), None)
    if fwd is None or bwd is None or fwd not in sm.defs or bwd not in sm.defs:
        return None
    takes = [a.arg for a in sm.defs[fwd].args.args]  # (A_prev, W, b, activation): the strings its last is compared with
    strings = [v for v in compared_values(sm, fwd, takes[-1]) if isinstance(v, str)] if len(takes) == 4 else []
    low = {s.lower(): s for s in strings}
    hidden = next((low[h] for h in HIDDEN_CHOICES if h in low), None)
    output = next((low[o] for o in OUTPUT_CHOICES if o in low), None)
    if hidden is None or output is None:
        raise Rejected("layers", f"{fwd} compares its activation with {', '.join(map(repr, strings)) or 'no string'}"
                       ": xval needs a hidden activation (relu, tanh, sigmoid) and a sigmoid or softmax output", 3)
    model = ActivationSteps((fwd, loaded.function(fwd)), (bwd, loaded.function(bwd)), hidden, output, sm)
    params = probe_params(2)
    x, y = probe_batch(params)
    model.bind(Guard())
    model.judge_with(output.lower(), "bce" if output.lower() == "sigmoid" else "cross_entropy")
    try:
        model.step(params, x, y, 0.01)
    except SubmissionError as exc:
        raise Rejected("layers", f"{fwd} and {bwd} did not run composed on a probe batch ({exc})", 3) from None
    return model


def detect(loaded, sm, forward_name, backward_name) -> LayerFunctions | ActivationSteps:
    steps = _detect_steps(loaded, sm)
    if steps is not None:
        return steps
    found, missing = {}, []
    for role, names in NAMES.items():
        name = next((n for n in names if loaded.function(n) is not None), None)
        if name is None:
            missing.append(role)
        else:
            found[role] = (name, loaded.function(name))
    if missing:
        raise Rejected("layers", f"layer functions: missing {', '.join(missing)}", 3 if len(found) >= 3 else 0)
    model = LayerFunctions(found)
    errors = []
    params = probe_params(3)
    x, y = probe_batch(params)
    for wcol, bias in ((False, "flat"), (False, "row"), (True, "col")):
        model.layout.wcol = model.layout.xcol = wcol
        model.layout.bias = bias
        model.bind(Guard())
        try:
            model.forward(params, x)
        except SubmissionError as exc:
            errors.append(str(exc))
            continue
        for onehot in (False, True):
            model.layout.onehot = onehot
            try:
                model.step(params, x, y, 0.01)
                return model
            except SubmissionError as exc:
                errors.append(str(exc))
        model.layout.onehot = False  # integer labels, as CS231n's softmax_loss takes; its exception is the finding
        model.evidence.append(f"the composed backward raised on a probe batch ({errors[-1]})")
        return model
    raise Rejected("layers", f"the layer functions did not run composed on a probe batch ({errors[0]})", 3)


def interface(m: LayerFunctions | ActivationSteps) -> str:
    if isinstance(m, ActivationSteps):
        each = f", per sample: {m._averaging} divides by the batch" if m._averaging != m._backward_name else ""
        return (f"layer functions {m.fwd_name}, {m._backward_name} composed by xval ({m.hidden!r} for each hidden "
                f"layer, {m.output!r} for the output; dAL, the checked loss's gradient at the output, given by xval"
                f"{each}), {m.layout.describe()}; gradients from {m._backward_name}")
    names = ", ".join(n for n, _ in m.fns.values())
    return (f"layer functions {names}, composed by xval (affine + ReLU per hidden layer, affine + softmax loss; "
            f"the probabilities are not exposed), {m.layout.describe()}; gradients from {m._backward_name}")
