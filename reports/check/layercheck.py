"""Each CS231n layer function on its own, against the vector-Jacobian product of an autodiff library.

Where a submission defines layer functions (``affine_forward``/``affine_backward``,
``relu_forward``/``relu_backward``, ``softmax_loss``), each is called alone on small
inputs the judge makes, and compared with torch (jax when torch is absent):

==============  ============================================================================
affine          out = x @ w + b; (dx, dw, db) = the VJP of that map at an upstream ``dout``
relu            out = relu(x) with exact zeros in x; dx = the VJP (ReLU'(0) = 0, torch.relu's)
softmax_loss    loss = mean cross-entropy of softmax(scores); dx = its gradient
==============  ============================================================================

Layer objects (:mod:`.styles.objects`) are judged the same way, one class at a time:
the affine class, each activation class (relu, sigmoid, tanh or softmax over a row: out
= f(x), dx = the VJP) and the loss layer when the file has one; the result names the
class's method (``Linear.backward``).

So a result names the layer function that is wrong before the composed network's
gradient shows it. The expected values come from the autodiff library alone:
never from impl/ or from the submission.
"""

from __future__ import annotations

import numpy as np

from xval.impl.spec import NOTEBOOK
from xval.reports.check.forward import epsilon_guard
from xval.reports.check.judge import judge
from xval.reports.check.report import Diagnosis, Item, Mismatch
from xval.reports.check.styles.objects import DENSE

N, D, M, C = 7, 9, 5, 6  # distinct sizes: a transposed array cannot fit by chance


def layer_inputs(dtype, seed: int = 11) -> dict[str, list[np.ndarray]]:
    """The judge's inputs per layer (xval layout: x (N, D), w (D, M), b (1, M))."""
    gen = np.random.default_rng(seed)
    x = gen.standard_normal((N, D)).astype(dtype)
    w = gen.standard_normal((D, M)).astype(dtype)
    b = gen.standard_normal((1, M)).astype(dtype)
    dout = gen.standard_normal((N, M)).astype(dtype)
    r = gen.standard_normal((N, M)).astype(dtype)
    r[gen.random((N, M)) < 0.25] = 0.0  # exact zeros: ReLU'(0) must be 0
    scores = (gen.standard_normal((N, C)) * 3).astype(dtype)
    y = gen.integers(0, C, size=N)
    dscores = gen.standard_normal((N, C)).astype(dtype)
    pred = gen.random((N, C)).astype(dtype)
    target = np.eye(C, dtype=dtype)[gen.integers(0, C, size=N)]
    return {"affine": [x, w, b, dout], "relu": [r, dout.copy()], "sigmoid": [r.copy(), dout.copy()],
            "tanh": [r.copy(), dout.copy()], "softmax": [scores.copy(), dscores], "softmax_loss": [scores, y],
            "mse_loss": [pred, target], **{f"dense_{k}": [x.copy(), w.copy(), b.copy(), dout.copy()] for k in DENSE}}


MSE_SCALES = {"the mean over every element": lambda n, k: 1.0 / (n * k),
              "half the mean over every element": lambda n, k: 0.5 / (n * k),
              "the mean over the batch of each sample's sum": lambda n, k: 1.0 / n,
              "half the mean over the batch of each sample's sum": lambda n, k: 0.5 / n,
              "the sum": lambda n, k: 1.0, "half the sum": lambda n, k: 0.5,
              "the sum over the batch of each sample's mean": lambda n, k: 1.0 / k,
              "half the sum over the batch of each sample's mean": lambda n, k: 0.5 / k}
"""The squared errors a loss layer may take: c * sum((pred - target) ** 2) with c by the batch (n) and output (k)
sizes. The judge's sizes make every c distinct, so the layer's own loss value says which it takes."""


def mse_scale(value, args, dtype) -> tuple[str, float] | None:
    """(which squared error, c) that a loss layer's value is on the judge's inputs, within the judge's tolerance;
    None when it is none of :data:`MSE_SCALES`."""
    pred, target = (np.asarray(a, np.float64) for a in args)
    total = float(((pred - target) ** 2).sum())
    n, k = pred.shape
    for what, c in MSE_SCALES.items():
        if judge("loss", np.asarray(value, np.float64).reshape(()), np.asarray(c(n, k) * total), dtype).ok:
            return what, c(n, k)
    return None


def expected(layer: str, args: list[np.ndarray], oracle: str, scale: float | None = None) -> dict[str, np.ndarray]:
    """The layer's outputs and VJP from torch or jax (float64 evaluation of the given inputs); ``mse_loss`` is
    ``scale * sum((pred - target) ** 2)``, its default the mean over every element."""
    if layer == "mse_loss" and scale is None:
        scale = 1.0 / np.size(args[0])
    if oracle == "torch":
        import torch

        t = [torch.tensor(np.asarray(a, np.float64), requires_grad=a.dtype.kind == "f") for a in args]
        acts = {"affine": lambda v: v, "relu": torch.relu, "sigmoid": torch.sigmoid, "tanh": torch.tanh,
                "softmax": lambda v: torch.softmax(v, dim=1)}
        if layer == "affine" or layer in DENSE_KINDS:
            x, w, b, dout = t
            out = acts[layer.removeprefix("dense_")](x @ w + b)
            dx, dw, db = torch.autograd.grad(out, (x, w, b), dout)
            return {"out": out.detach().numpy(), "dx": dx.numpy(), "dw": dw.numpy(), "db": db.numpy()}
        if layer in ACTIVATIONS:
            x, dout = t
            out = acts[layer](x)
            (dx,) = torch.autograd.grad(out, (x,), dout)
            return {"out": out.detach().numpy(), "dx": dx.numpy()}
        if layer == "mse_loss":
            pred, target = t
            loss = scale * torch.nn.functional.mse_loss(pred, target, reduction="sum")
            (dx,) = torch.autograd.grad(loss, (pred,))
            return {"loss": np.asarray(loss.item()), "dx": dx.numpy()}
        scores, y = t
        loss = torch.nn.functional.cross_entropy(scores, y.long())
        (dx,) = torch.autograd.grad(loss, (scores,))
        return {"loss": np.asarray(loss.item()), "dx": dx.numpy()}
    import jax
    import jax.numpy as jnp

    jax.config.update("jax_enable_x64", True)
    a = [jnp.asarray(np.asarray(v, np.float64)) if v.dtype.kind == "f" else jnp.asarray(v) for v in args]
    acts = {"affine": lambda v: v, "relu": jax.nn.relu, "sigmoid": jax.nn.sigmoid, "tanh": jnp.tanh,
            "softmax": lambda v: jax.nn.softmax(v, axis=1)}
    if layer == "affine" or layer in DENSE_KINDS:
        x, w, b, dout = a
        act = acts[layer.removeprefix("dense_")]
        out, vjp = jax.vjp(lambda x, w, b: act(x @ w + b), x, w, b)
        dx, dw, db = vjp(dout)
        return {"out": np.asarray(out), "dx": np.asarray(dx), "dw": np.asarray(dw), "db": np.asarray(db)}
    if layer in ACTIVATIONS:
        x, dout = a
        out, vjp = jax.vjp(acts[layer], x)
        return {"out": np.asarray(out), "dx": np.asarray(vjp(dout)[0])}
    if layer == "mse_loss":
        pred, target = a
        loss, g = jax.value_and_grad(lambda p: scale * jnp.sum((p - target) ** 2))(pred)
        return {"loss": np.asarray(loss), "dx": np.asarray(g)}
    scores, y = a

    def ce(s):
        return -jnp.mean(jax.nn.log_softmax(s)[jnp.arange(s.shape[0]), y])

    loss, g = jax.value_and_grad(ce)(scores)
    return {"loss": np.asarray(loss), "dx": np.asarray(g)}


NAMES = {("affine", "out"): "affine_forward", ("relu", "out"): "relu_forward",
         ("softmax_loss", "loss"): "softmax_loss", ("softmax_loss", "dx"): "softmax_loss"}
ACTIVATIONS = ("relu", "sigmoid", "tanh", "softmax")
DENSE_KINDS = tuple(f"dense_{k}" for k in DENSE)
COMPOSED = ("affine", "relu", "sigmoid", "tanh", "softmax_loss")
"""The layers the composed network also runs (its check reports what they raise); a softmax layer is judged alone
only (xval's composition ends in the scores), so what it raises is reported here."""
OFF_PATH = ("not judged: the network never calls this backward (its loss layer gives the gradient at the scores "
            "itself, its backward loop passes over this layer, or the file never makes this loss layer)")
"""Said of a layer's backward the composed network does not use (a model's ``off_path``), in place of a failure."""
KINDS = ("affine", *ACTIVATIONS, "softmax_loss", "mse_loss", *DENSE_KINDS)
"""Every layer the judge can check alone; a model says which of them it has (``model.layers``)."""


def label(model, layer: str, key: str) -> str:
    """The name a result gives one layer output: the file's layer class method (``Linear.backward``) where the
    model names them (``layer_names``: {layer: (forward, backward)}), else the CS231n function."""
    names = getattr(model, "layer_names", None) or {}
    if layer in names:
        return names[layer][0 if key in ("out", "loss") else 1]
    return NAMES.get((layer, key), f"{layer}_backward")


def _sizes(layer: str, args) -> str:
    """The judge's input sizes for one layer, as evidence says them."""
    x = np.shape(args[0])
    return f"x {x[0]}x{x[1]}, w {D}x{M}" if layer == "affine" or layer in DENSE_KINDS else f"x {x[0]}x{x[1]}"


LOG_GUARDS = (1e-7, 1e-8, 1e-9, 1e-10, 1e-12, 1e-15, 1e-16)
"""The epsilons files add against log 0 (``-np.log(p + 1e-7)``, ``np.clip(p, 1e-12, None)``): a loss value that
is the cross-entropy under one of them is the file's convention, not a wrong loss (its gradient is judged apart)."""


def _log_guard(name: str, got, args, dtype) -> str | None:
    """How a softmax loss layer guarded its log (``-log(p + 1e-07)``), when its loss value on the judge's scores is
    the mean cross-entropy under that guard within the judge's tolerance; else None."""
    scores, y = np.asarray(args[0], np.float64), np.asarray(args[1])
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    p = (e / e.sum(axis=1, keepdims=True))[np.arange(len(y)), y]
    for eps in LOG_GUARDS:
        for text, guarded in ((f"-log(p + {eps:g})", p + eps), (f"-log(clip(p, {eps:g}, ...))", np.maximum(p, eps))):
            if judge(name, np.asarray(got, np.float64).reshape(()), np.asarray(-np.log(guarded).mean()), dtype).ok:
                return text
    return None


def _explain(layer: str, key: str, got: np.ndarray, exp: np.ndarray, args) -> tuple[str, str]:
    """(what is wrong, hint) for one differing layer output, as specific as the values allow."""
    if layer == "softmax" and key == "dx":
        x, dout = (np.asarray(a, np.float64) for a in args)
        e = np.exp(x - x.max(axis=1, keepdims=True))
        out = e / e.sum(axis=1, keepdims=True)
        if np.allclose(got, dout * out * (1 - out), rtol=1e-9, atol=1e-12):
            return ("dx uses only the Jacobian's diagonal, dout * out * (1 - out): softmax's outputs depend on every "
                    "input", "dx = out * (dout - (dout * out).sum(axis=1, keepdims=True))")
        return ("dx differs from the vector-Jacobian product", "dx = out * (dout - (dout * out).sum(axis=1, "
                "keepdims=True)), one row per sample")
    if layer == "affine" and key == "db" and got.size and np.allclose(got, exp.sum(), rtol=1e-9, atol=1e-12):
        return ("db is one number for the whole layer: the sum of dout over every element (np.sum(dout) without "
                "axis)", "sum over the batch only: np.sum(dout, axis=0)")
    if layer == "relu" and key == "dx":
        zero = np.asarray(args[0]) == 0
        if zero.any() and np.allclose(got[~zero], exp[~zero], rtol=1e-9, atol=1e-12):
            return ("dx differs only where x == 0: ReLU'(0) is taken as 1", "gate with (x > 0), not (x >= 0)")
    act = layer.removeprefix("dense_")
    if act in ("sigmoid", "tanh") and (key == "dx" or layer != act):
        x, dout = (np.asarray(a, np.float64) for a in (args[0], args[-1]))
        z = x if layer == act else x @ np.asarray(args[1], np.float64) + np.asarray(args[2], np.float64)
        f = (lambda v: 1.0 / (1.0 + np.exp(-v))) if act == "sigmoid" else np.tanh
        prime = (lambda v: f(v) * (1.0 - f(v))) if act == "sigmoid" else (lambda v: 1.0 - np.tanh(v) ** 2)
        local = "out * (1 - out)" if act == "sigmoid" else "(1 - out ** 2)"
        pre = "x" if layer == act else "z"  # the activation's input: the layer's, or its affine map's
        on_input = z * (1.0 - z) if act == "sigmoid" else 1.0 - z ** 2

        def through(d):  # what ``key`` is when the activation's local derivative is ``d``
            g = dout * d
            if layer == act:
                return g
            w = np.asarray(args[1], np.float64)
            return {"dx": g @ w.T, "dw": x.T @ g, "db": g.sum(axis=0, keepdims=True)}[key]

        if key in ("dx", "dw", "db") and np.allclose(got, through(prime(f(z))), rtol=1e-9, atol=1e-12):
            return (f"{key} uses {act}'({act}({pre})): the derivative taken of the layer's output again (the "
                    f"output passed where the {act}'s backward expects its input)",
                    f"use the output the forward kept once: dout * {local}, or pass the {act} its input {pre}")
        if key in ("dx", "dw", "db") and np.allclose(got, through(on_input), rtol=1e-9, atol=1e-12):
            return (f"{key} uses {local.replace('out', pre)} of the {act}'s input: the formula of {act}'s "
                    f"derivative in terms of its output, applied to the input",
                    f"dout * {local}, with out = {act}({pre})")
        if layer == act:
            return ("dx differs from the vector-Jacobian product", f"dx = dout * {local}, with out = {layer}(x) as "
                    "the forward computed it")
    ratio = float(np.vdot(got, exp) / np.vdot(exp, exp)) if np.vdot(exp, exp) else 0.0
    if layer == "mse_loss" and key == "dx" and ratio:
        n, k = np.shape(args[0])
        said = {k: f"divided by the batch size only, while its loss also averages over the {k} outputs",
                1 / k: f"divided by the {k} outputs as well, while its loss averages over the batch only",
                n: "not divided by the batch size its loss averages over", 2.0: "twice the loss's gradient "
                "(the 1/2 of its loss not taken into the gradient)", 0.5: "half the loss's gradient (the 2 of "
                "the square's derivative missing)"}
        what = next((w for r, w in said.items() if np.isclose(ratio, r, rtol=1e-9)), None)
        if what and np.allclose(got, ratio * exp, rtol=1e-9, atol=1e-12):
            return (f"dx is {ratio:.6g} x the gradient of its own loss: {what}", "take dx from the loss the forward "
                    "returns: 2 * (pred - target) divided by the same count the loss divides by")
    if layer == "softmax_loss" and key == "loss" and np.size(exp) == 1:  # one number: any two are a factor apart
        return (f"its loss is {ratio:.6g} x the softmax cross-entropy of its input (the batch size N, 1/N or 2 is "
                "a scale slip; any other factor, a negative one too, another formula)", "compute it as -mean(log(p[y]))"
                " from the softmax of the scores, or as log-sum-exp minus the label's score with both terms from the "
                "same shifted scores: mean(log(sum(exp(s - max))) - (s[y] - max))")
    if ratio and np.allclose(got, ratio * exp, rtol=1e-9, atol=1e-12) and not np.isclose(ratio, 1.0, rtol=1e-12):
        return (f"{key} is {ratio:.6g} x the expected value", "look for a stray factor (a division by N, a "
                "constant) in that function")
    return (f"{key} differs from the vector-Jacobian product", "derive it again from the forward: dx = dout @ w.T, "
            "dw = x.T @ dout, db = dout summed over the batch; relu: dout * (x > 0); softmax_loss: "
            "(softmax(x) - one-hot) / N")


def check_layers(run) -> None:
    """Each layer function alone (see the module docstring); failures are named by function."""
    oracle = "torch" if "torch" in run.oracles.names else "jax"
    bad_any = False
    names = getattr(run.model, "layer_names", None) or {}
    off_path = getattr(run.model, "off_path", None) or []
    for layer, args in layer_inputs(run.dtype).items():
        if layer not in run.model.layers:
            continue
        try:
            got = run.model.layer(layer, args)
        except Exception as exc:  # noqa: BLE001 - a SubmissionError from the worker; the composed check reports it
            if type(exc).__name__ != "SubmissionError":
                raise
            if layer in COMPOSED or layer in DENSE_KINDS or layer in off_path:  # (a dense layer xval built with
                # one of the file's activations is a combination the file may never make: what it raises is said,
                # not judged; so is a backward the network never calls)
                said = "the composed check reports it" if layer in COMPOSED else \
                    "a combination xval built: not judged" if layer in DENSE_KINDS else OFF_PATH
                named = label(run.model, layer, "dx") if layer in off_path else layer  # (the method never called)
                run.items.append(Item(f"{named} alone", "backward", False, f"{exc} ({said})", "layers",
                                      severity="warning"))
                continue
            bad_any = True  # a layer only judged alone: its error is the finding
            fn = label(run.model, layer, "dx")
            run.fail(Item(f"{fn} alone", "backward", False, str(exc), "layers"), None)
            run.diagnose(Diagnosis("layer-function", [fn], f"{fn} is wrong on its own: {str(exc).split(': ', 1)[-1]}",
                                   f"{exc} ({_sizes(layer, args)}, one row per sample)",
                                   "dx must have the input's shape: for softmax, dx = out * (dout - (dout * out)"
                                   ".sum(axis=1, keepdims=True))",
                                   key=f"layer:{fn}:raised"), "layers")
            continue
        scale = mse_scale(got["loss"], args, run.dtype) if layer == "mse_loss" and "loss" in got else None
        try:  # a squared-error layer: judged as the gradient of the squared error its own loss value is
            exp = expected(layer, args, oracle, scale and scale[1])
        except ImportError:
            return
        if scale:
            run.items.append(Item(f"{label(run.model, layer, 'loss')} alone", "forward", True, f"its loss is "
                                  f"{scale[0]} of the squared errors: its gradient is judged as that loss's",
                                  "layers", severity="info"))
        if layer == "softmax" and "dx" not in got:
            run.items.append(Item(f"{label(run.model, layer, 'out')} alone", "backward", True, "its backward passes "
                                  "the gradient through unchanged (its loss gives p - y): its forward judged alone",
                                  "layers", severity="info"))
        for key, e in exp.items():
            fn = label(run.model, layer, key)
            g = got.get(key)
            if g is None:
                continue
            v = judge(f"{fn}.{key}", np.asarray(g, np.float64).reshape(np.shape(e)) if np.size(g) == np.size(e)
                      else np.asarray(g, np.float64), np.asarray(e, np.float64), run.dtype)
            if v.ok:
                continue
            guard = _log_guard(f"{fn}.{key}", g, args, run.dtype) if (layer, key) == ("softmax_loss", "loss") \
                and np.size(g) == 1 else None
            if guard:
                run.items.append(Item(f"{fn} alone", "forward", True, f"its loss is the cross-entropy taken as {guard}: "
                                      "a guard against log 0, the file's convention (its gradient is judged apart)",
                                      "layers", severity="info"))
                continue
            short = epsilon_guard(g, e, NOTEBOOK, run.dtype) if (layer, key) == ("softmax", "out") and \
                np.size(g) == np.size(e) else None
            if short is not None:  # exp(z) / (sum + 1e-9): each row one factor short of 1
                run.items.append(Item(f"{fn} alone", "forward", True, f"its rows sum to 1 - {short:.1e} at least: a "
                                      "softmax that divides by its sum plus a small constant, the file's guard",
                                      "layers", severity="info"))
                continue
            if layer in off_path and key == "dx":
                run.items.append(Item(f"{fn} alone", "backward", False, f"{v.line()} ({OFF_PATH})", "layers",
                                      severity="warning"))
                continue
            bad_any = True
            what, hint = _explain(layer, key, np.asarray(g, np.float64).reshape(np.shape(e)), np.asarray(e), args) \
                if np.size(g) == np.size(e) else (f"{key} has shape {np.shape(g)}; expected {np.shape(e)}",
                                                  "return arrays of the input's shapes")
            stage = "forward" if key in ("out", "loss") else "backward"
            run.fail(Item(f"{fn} alone", stage, False, f"{v.line()} (against {oracle}'s vector-Jacobian product)",
                          "layers"), Mismatch(stage, 0, v.name, v.index, v.expected, v.got, "layers", v.problem))
            run.diagnose(Diagnosis("layer-function", [fn], f"{fn} is wrong on its own: {what}",
                                   f"{v.line()} ({_sizes(layer, args)}, {oracle}'s vector-Jacobian product)", hint,
                                   key=f"layer:{fn}:{key}"), "layers")
    if not bad_any and names:
        judged = [layer for layer in run.model.layers
                  if not any(i.name.startswith(f"{layer} alone") for i in run.items)]
        classes = ", ".join(dict.fromkeys(n.split(".")[0] for layer in judged for n in names.get(layer, ())))
        run.items.append(Item("layer classes alone", "backward", True, f"{classes} each agree with {oracle}'s "
                              "vector-Jacobian product", "layers", severity="info"))
    elif not bad_any:
        run.items.append(Item("layer functions alone", "backward", True, f"affine, relu and softmax_loss each agree "
                              f"with {oracle}'s vector-Jacobian product", "layers", severity="info"))
