"""Function pairs whose arguments are read by name: unpacked, dict + cache, lists, module globals.

Covers, among others::

    forward_prop(W1, b1, W2, b2, X) -> Z1, A1, Z2, A2          column-major, deeplearning.ai
    back_prop(Z1, A1, Z2, A2, W1, W2, X, Y) -> dW1, db1, dW2, db2
    forward(X, params) -> (probs, cache)                          dict params and a cache
    backward(params, cache, X, Y) -> {"dW1": ..., "db1": ...}
    forward_pass(X) -> probs, reading module-level W1 .. b3        module globals
    backward_pass(X, Y, Z1, A1, ...) updating the globals
    backward_prop(Zs, As, Ws, X, y) -> (dWs, dbs)                  lists by other names

Each parameter gets the value its name means (:mod:`.names`); the forward's
results are passed to backward by the names its ``return`` statement uses,
as the file's own training loop would. Orientation comes from probe calls
(a transposed array cannot fit: every probe width is distinct); labels from
the file (a backward that builds its own one-hot rows or indexes by label takes
integers, one that subtracts Y directly takes one-hot rows) and probe calls.
"""

from __future__ import annotations

import ast
import functools
import inspect
import numbers
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.styles.base import (SHAPE_ERRORS, UNBOUND, NoGiven, Rejected, SourceMap, StyleModel,
                                            batch_free, compared_choice, converts_labels, finish_step, mean_step,
                                            probe_batch, probe_params, read_label_base, same)
from xval.reports.check.styles.architecture import adapt, chain_sizes, example_sizes
from xval.reports.check.styles.classes import (OUTPUT, _inline_softmax, _labels_as_column, _never_read, names_softmax,
                                               update_sign)
from xval.reports.check.styles.slots import _sq
from xval.reports.check.styles import packed, unrolled
from xval.reports.check.styles.layout import Layout
from xval.reports.check.styles.names import (FOREIGN_BACKWARDS, FOREIGN_FORWARDS, SWITCHED_OFF, canonical, classify,
                                               VC_NAMES, depth_from, makes_parameters, spelled, squash,
                                               switched_off)
from xval.reports.check.styles.reading import (_DEFAULT, OUTPUT_WORDS, Arg, arguments, calls_argument, collect,
                                                exponentiates,
                                                free_globals, has_product, products)

FORWARD_NAMES = ("forward", "forward_prop", "forward_propagation", "forward_pass", "feedforward", "feed_forward",
                 "fprop", "forwardprop", "forward_propagate", "model_forward", "full_forward", "L_model_forward",
                 "L_forward", "forward_propagation_all", "predict_proba", "forward_loss", "classifier_output",
                 *FOREIGN_FORWARDS)
BACKWARD_NAMES = ("backward", "back_prop", "backward_prop", "backprop", "backward_propagation", "backward_pass",
                  "back_propagation", "backpropagation", "backpropagate", "back_propagate", "bprop",
                  "compute_gradients", "gradients", "compute_grads", "calculate_gradients", "calc_gradients",
                  "compute_gradient", "calculate_gradient",
                  "get_gradients", "full_backward", "backward_propagate", "model_backward", "L_model_backward",
                  "train_step", "sgd_step", "update_step", "back", "loss_gradients", "cost_function_prime", "cost_prime",
                  "feed_backward", "back_pass", "backward_step", *FOREIGN_BACKWARDS)
PARAM_ROLES = ("W", "b", "Ws", "bs", "params")
LOSS_AND_GRADS = ("loss", "compute_loss", "cost", "compute_cost", "loss_and_grad", "loss_and_grads",
                  "loss_and_gradients", "cost_and_grad", "cost_and_grads", "loss_grad", "loss_grads")
"""Names of a function that gives the loss and the gradients together (``loss(X, y, params) -> (cost, grad)``),
taken as the backward when a forward has no backward function beside it."""


@dataclass
class Spec:
    """How the file holds its parameters: unpacked arguments, lists, a dict, or module globals."""

    kind: str  # "unpacked" | "lists" | "dict" | "globals" | "pairs" | "packed" | "tuple" | "flat"
    keys: dict = field(default_factory=dict)  # ("W", i) -> dict key or global name (i from 0)
    lists: tuple[str, str] | None = None  # global list names, kind "globals" with lists
    names: tuple[str, ...] = ()  # kind "lists" as two dicts keyed by layer name (weights['h1'], biases['out'])
    in_dict: tuple[str, str] | None = None  # kind "dict" holding two lists: params["W"][i], params["b"][i]
    in_dict_from: int = 0  # 1: those two are dicts keyed by the layer number from 1 (params["W"][1])
    order: tuple = ()  # kind "tuple": ((role, layer from 0), ...) in the order `W1, b1, W2, b2 = params` names them
    stems: dict = field(default_factory=dict)  # kind "dict": role -> the stem its numbered keys have (f"w{i}": "w")
    global_dict: str | None = None  # kind "dict" held as a module global both functions read (weights["W1"])

    def at(self, container, i: int):
        """Layer ``i``'s entry of a list, or of a dict keyed by :attr:`names`."""
        return container[self.names[i]] if self.names and isinstance(container, dict) else container[i]


def _arg_text(args: list[Arg]) -> str:
    return ", ".join(a.name for a in args)




class FunctionPair(StyleModel):
    style = "functions"

    def __init__(self, loaded, sm: SourceMap, fwd_name: str, bwd_name: str) -> None:
        super().__init__()
        self.loaded, self.sm = loaded, sm
        self.fwd_name, self._backward_name = fwd_name, bwd_name
        self.fwd, self.bwd = loaded.namespace[fwd_name], loaded.namespace[bwd_name]
        self.fargs, self.bargs = arguments(self.fwd), arguments(self.bwd)
        self.layout = Layout()
        self.examples: dict[str, list] = {}  # argument -> the layer list the file writes for it (nn_architecture)
        self.choices: dict[str, str] = {}  # argument -> the name it is given (act: "relu", the first it compares)
        self.labels_by_use = ""  # a backward argument read as the labels because it forms y - d with the output
        self.own_sizes: list[int] | None = None  # set when it has one output unit (a binary classifier, a regression)
        self.one_output_why = ""
        self.listed_sizes: list[int] | None = None  # xval's sizes, at which it raised, when checked at its layer list's
        self.init_name = ""  # its own function that makes the parameters, when their sizes are the ones checked
        self.by_what = False  # the pair was found by what its functions do, not by their names (_global_pair)
        self.forward_made = ""  # the file has no forward: why xval's (forward_for_derivatives) computes what it does
        self.model_from = ""  # then where its hidden activation and output were read (the checked-as line)
        self.spec = Spec("unpacked")
        self.returns = sm.returned_names(fwd_name)
        self.breturns = sm.returned_names(bwd_name)
        self.depth_by_returns = False  # the depth read from the gradients the backward returns (see _probe)
        self.shared = _shared_globals(sm, fwd_name, bwd_name, [a.name for a in self.fargs or []])
        self.data_globals = _data_globals(sm, bwd_name, self.bargs, self.shared)
        self.per_sample = False  # written for one sample (np.outer): called on each, the batch's gradient their mean
        self.packing: packed.Packing | None = None  # one flat vector the file's own function unpacks
        self.loss_only = False  # one function giving (loss, grads) and no forward of outputs to compare
        self.scores_first = False  # one function for both (two_layer_net(X, model, y=None, reg)): scores, then
        # (loss, grads) when given labels (:func:`_scores_or_loss`)
        self.scores_given = False  # its forward gives the last layer's z, its backward takes the softmax itself
        # (:func:`_scores_given`)

    # -- parameters in the submission's containers
    def _key(self, role: str, k: int) -> str:
        return self.spec.keys.get((role, k), f"{self.spec.stems.get(role, role)}{k + self.layout.base}")

    def forward_globals(self) -> dict[str, tuple[str, int]]:
        """{module global: (role, layer from 0)} for the numbered weights and biases an unpacked pair's forward reads
        from the module rather than taking them (``forward_propagation(X)`` beside ``backpropagation(X, Y, ..., W1,
        b1, W2, b2, lr)``: in the file's training the loop assigns both from what the backward returns), bound to
        the parameters checked before each call."""
        node = self.sm.defs.get(self.fwd_name)
        if not isinstance(node, ast.FunctionDef):
            return {}
        taken = {a.name for a in self.fargs or []}
        return {n: (c[0], c[1] - self.layout.base) for n in free_globals(node) if n not in taken
                and (c := classify(n)) and c[0] in ("W", "b") and c[1] is not None}

    @functools.cached_property
    def layer_count_globals(self) -> dict[str, int]:
        """{name: offset} for a count of layers the forward computes from its weight list (``K = len(all_weights)
        - 1``) and the backward reads from the module instead (its own ``K = 5``, the file's depth): bound to the
        checked depth plus that offset before each call, as the forward's own would be."""
        fwd, bwd = self.sm.defs.get(self.fwd_name), self.sm.defs.get(self._backward_name)
        if not isinstance(fwd, ast.FunctionDef) or not isinstance(bwd, ast.FunctionDef):
            return {}
        lists = {a.name for a in self.fargs or [] if a.role in ("Ws", "params")}
        out = {}
        for st in ast.walk(fwd):
            if not (isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name)):
                continue
            v, offset = st.value, 0
            if isinstance(v, ast.BinOp) and isinstance(v.op, (ast.Add, ast.Sub)) and isinstance(v.right, ast.Constant) \
                    and isinstance(v.right.value, int):
                v, offset = v.left, v.right.value if isinstance(st.value.op, ast.Add) else -v.right.value
            if isinstance(v, ast.Call) and getattr(v.func, "id", "") == "len" and len(v.args) == 1 and \
                    isinstance(v.args[0], ast.Name) and v.args[0].id in lists:
                out[st.targets[0].id] = offset
        return {n: k for n, k in out.items() if n in free_globals(bwd)}

    def containers(self, params) -> dict:
        lay = self.layout
        if lay.fold:  # one matrix a layer, no biases to pass
            Wu = [lay.theta(W, b) for W, b in params]
            bu = [np.zeros(0) for _ in params]
        else:
            Wu = [lay.W(W) for W, _ in params]
            bu = [lay.b(b) for _, b in params]
        env = {"Ws": Wu, "bs": bu, "W": Wu, "b": bu}
        if self.packing is not None:
            env["flat"] = self.packing.pack(Wu, bu)
        if self.spec.names:  # weights['h1'], biases['out']: two dicts keyed by layer name, passed for the lists
            env["Ws_named"], env["bs_named"] = dict(zip(self.spec.names, Wu)), dict(zip(self.spec.names, bu))
        if self.spec.in_dict:
            env["params"] = {k: list(v) if not self.spec.in_dict_from else
                             {i + self.spec.in_dict_from: a for i, a in enumerate(v)}
                             for k, v in zip(self.spec.in_dict, (Wu, bu))}
        elif self.spec.kind == "dict":
            env["params"] = {k: v for i in range(len(params))
                             for k, v in ((self._key("W", i), Wu[i]), (self._key("b", i), bu[i]))}
            if self.spec.global_dict:  # the module's weights = {...}, read by name: bound to the parameters checked
                self.fwd.__globals__[self.spec.global_dict] = env["params"]
        if self.spec.kind == "pairs":  # params = [(W1, b1), (W2, b2), ...]
            env["params"] = [(W, b) for W, b in zip(Wu, bu)]
        if self.spec.kind == "tuple":  # params = (W1, b1, W2, b2), unpacked by the forward in that order
            env["params"] = tuple((Wu if r == "W" else bu)[i] for r, i in self.spec.order)
        if self.spec.kind == "flat":  # params = [W1, b1, W2, b2, ...] of any length, indexed params[2 * k]
            env["params"] = [a for W, b in zip(Wu, bu) for a in (W, b)]
        if self.spec.kind == "unpacked":  # forward_propagation(X) reading the module's W1 .. b2 its backward takes
            for name, (role, i) in self.forward_globals().items():
                if i < len(params):
                    self.fwd.__globals__[name] = (Wu if role == "W" else bu)[i]
        for name, offset in self.layer_count_globals.items():
            self.fwd.__globals__[name] = len(params) + offset
        if self.spec.kind == "globals":
            g = self.fwd.__globals__
            if self.spec.lists:
                g[self.spec.lists[0]], g[self.spec.lists[1]] = Wu, bu
            else:
                for i in range(len(params)):
                    g[self._key("W", i)], g[self._key("b", i)] = Wu[i], bu[i]
        return env

    def read_params(self, env: dict, params, fn: str):
        lay, out = self.layout, []
        g = self.fwd.__globals__
        unpacked = self.packing.unpack(env["flat"]) if self.packing is not None else None  # once, not per layer
        by_slot = dict(zip(self.spec.order, env["params"])) if self.spec.kind == "tuple" else None
        for i, (W, b) in enumerate(params):
            if unpacked is not None:
                W2, b2 = unpacked[0][i], unpacked[1][i]
            elif self.spec.in_dict:
                W2, b2 = (env["params"][k][i + self.spec.in_dict_from] for k in self.spec.in_dict)
            elif self.spec.kind == "dict":
                d = g.get(self.spec.global_dict) if self.spec.global_dict else env["params"]
                d = d if isinstance(d, dict) else {}
                W2, b2 = d.get(self._key("W", i)), d.get(self._key("b", i))
            elif self.spec.kind == "pairs":
                W2, b2 = env["params"][i]
            elif by_slot is not None:
                W2, b2 = by_slot[("W", i)], by_slot[("b", i)]
            elif self.spec.kind == "flat":
                W2, b2 = env["params"][2 * i], env["params"][2 * i + 1]
            elif self.spec.kind == "globals" and self.spec.lists:
                W2, b2 = g[self.spec.lists[0]][i], g[self.spec.lists[1]][i]
            elif self.spec.kind == "globals":
                W2, b2 = g.get(self._key("W", i)), g.get(self._key("b", i))
            elif self.spec.names:
                W2, b2 = self.spec.at(env["Ws_named"], i), self.spec.at(env["bs_named"], i)
            else:
                W2, b2 = env["Ws"][i], env["bs"][i]
            if lay.fold:
                out.append(lay.unfold(W2, W, f"theta{i + 1}", fn, grad=False))
                continue
            out.append((lay.param_W(W2, W, f"w{i + 1}", fn), lay.param_b(b2, b, f"b{i + 1}", fn)))
        return out

    # -- calls
    @functools.cached_property
    def _output_functions(self) -> list[tuple[str, object]]:
        """The file's own functions that may make probabilities of logits, softmax-named first: named for a softmax
        or a sigmoid, or exponentiating (``softmax_and_loss``); read once, not at every call."""
        ns = getattr(self.fwd, "__globals__", {})
        return [(name, ns[name]) for name in sorted(ns, key=lambda n: ("softmax" not in n.lower(), n))
                if not name.startswith("_") and inspect.isfunction(ns[name]) and ns[name].__globals__ is ns
                and ns[name] is not self.fwd and (any(w in name.lower() for w in ("softmax", "sigmoid"))
                                                  or exponentiates(self.sm.defs.get(name)))]

    def _own_output(self, z: np.ndarray, env: dict) -> np.ndarray | None:
        """The probabilities the file's own softmax (or sigmoid) function makes of the logits ``z`` the forward
        returns, for a backward that takes them (``softmax(Z2)``, ``softmax_and_loss(Z2, y) -> (y_hat, loss)``): the
        first array of z's shape it returns that is a softmax's (rows or columns summing to 1) or, for one output
        unit, in [0, 1]; None when the file has no such function or none gives one."""
        for name, f in self._output_functions:
            wanted = f.__code__.co_argcount - len(f.__defaults__ or ())
            for args in ((z,), (z, env.get("y"))) if wanted <= 2 else ():
                if len(args) < wanted:
                    continue
                try:
                    out = self.call(name, f, *[np.array(v, copy=True) for v in args])
                except SubmissionError:
                    continue
                for v in out if isinstance(out, tuple) else (out,):
                    if isinstance(v, np.ndarray) and v.shape == np.shape(z) and v.ndim == 2 and v is not z and \
                            np.all(np.isfinite(v)) and np.all((v >= 0) & (v <= 1)) and (1 in v.shape or any(
                                np.allclose(v.sum(axis=k), 1.0) for k in (0, 1))):
                        return v  # a softmax's rows (or columns) sum to 1; a sigmoid only for one output unit
        return None

    def _value(self, a: Arg, env: dict, fo: dict | None, fn: str):
        r, k = a.role, a.index
        base = self.layout.base
        zbase = self.layout.first_layer()
        if fo is not None and a.name in fo["named"] and not (r == "y" and self._sole_labels):
            return fo["named"][a.name]  # (a forward's output named `y` is not the labels its backward's only `y` is)
        if fo is not None and r not in ("x", "y", "lr", "m") and len(
                longer := [v for n, v in fo["named"].items() if n.startswith(f"{a.name}_")]) == 1:
            return longer[0]  # NNBackward(..., z, y_hat) given the `z_with_bias` the forward returned
        if r == "x":
            return env["x"]
        if r == "y":
            return env["y"] if "y" in env or not a.has_default else _DEFAULT  # (its scores: no labels given)
        if r == "lr":
            return env["lr"]
        if r == "m":
            return env["m"]
        if r == "flat":
            return env["flat"]
        if r == "unused":  # an argument its body never reads
            return None
        if r == "fwdfn":  # backward_prop(data, labels, params, forward_prop_func): the forward it calls
            return self.fwd
        if r == "own":  # forward_prop(x, y, wab, NUM_HIDDEN): the module's NUM_HIDDEN, which sized the packing
            return packed.own_constant(self, a.name)
        if r == "reg":  # lambda_, reg: the L2 judged, in the file's convention (0: the oracles' loss has none)
            return self.reg_given
        if r in ("vWs", "vbs"):  # a momentum buffer per layer: zeros, where momentum starts (one step is lr x grad)
            return [np.zeros_like(v) for v in env["Ws" if r == "vWs" else "bs"]]
        if r in SWITCHED_OFF:  # dropout_rate, keep_prob, training: dropout off
            return SWITCHED_OFF[r]
        if r == "choice":
            return self.choices[a.name]
        if r == "arch":
            value = adapt(self.examples[a.name], env["sizes"])
            if value is None:
                raise SubmissionError(fn, f"cannot write `{a.name}` like the file's example for these sizes")
            return value
        if r in ("W", "b") and k is not None and 0 <= k - base < env["L"]:
            return env[r][k - base]
        if r in ("Ws", "bs") and self.spec.kind != "dict":
            return env.get(f"{r}_named", env[r])
        if r == "params" and "params" in env:
            return env["params"]
        if r == "dout" and fo is not None and env.get("y_int") is not None:
            return self.upstream(fo, env["y_int"], fn, a.name, self.sm)
        if fo is not None:
            if r in ("z", "a") and k is not None:
                v = fo["by_layer"].get((r, k - zbase))
                if v is not None:
                    return v
                if r == "a" and k - zbase == -1:
                    return env["x"]
            if r in fo["by_role"]:
                return fo["by_role"][r]
            if r in ("acts", "cache") and "returned" in fo:
                return fo["returned"]
            if r == "cache" and "whole" in fo:
                return fo["whole"]
            last = fo["by_layer"].get(("z", env["L"] - 1)) if "L" in env else None
            if r == "probs" and last is not None and ("a", env["L"] - 1) not in fo["by_layer"]:
                # return A1, Z1, Z2 beside a softmax of the file's own (softmax_and_loss(Z2, y) -> (y_hat, loss)):
                # the probabilities its backward takes are that function's of the logits; else no output
                # activation (return hidden_output, output_layer_input): its z is the output
                made = self._own_output(last, env)
                return last if made is None else made
        if r == "sizes":
            return list(env["sizes"])
        if r == "classes" and "sizes" in env:  # backPropogation(..., numClasses, ...): the output layer's width
            return env["sizes"][-1]
        if a.has_default:
            return _DEFAULT
        held = getattr(self.fwd, "__globals__", {}).get(a.name)
        if type(held) in (dict, list) and not held:  # forward_prop(params, X, activation) given the module's empty
            return type(held)()  # `activation = {}` to fill: a fresh one, as the file's first call finds it
        raise SubmissionError(fn, f"{UNBOUND} `{a.name}`")

    def call_forward(self, env):
        """Its forward called with ``env``; a function that gives its scores first is called without the labels."""
        if self.scores_first:
            env = {k: v for k, v in env.items() if k not in ("y", "y_int")}
        return self._call(self.fwd_name, self.fwd, self.fargs, env)

    def forward_values(self, env, params, batch: int) -> dict:
        """What its forward gives on ``env`` for the backward to take (:func:`collect`'s dict); nothing when its one
        function gives the loss and the gradients (:attr:`loss_only`): that call is the step."""
        if self.loss_only:
            L = len(params)
            return {"named": {}, "by_layer": {}, "by_role": {}, "zs": [None] * L, "acts": [None] * L}
        return self._forward_out(self.call_forward(env), params, batch, env["x"])

    def _call(self, fn_name, fn, args: list[Arg], env, fo=None):
        pos, kw, skipping = [], {}, False
        for a in args:
            v = self._value(a, env, fo, fn_name)
            if v is _DEFAULT:
                skipping = True
                continue
            if skipping:
                kw[a.name] = v
            else:
                pos.append(v)
        return self.call(fn_name, fn, *pos, **kw)

    def _env(self, params, x, y=None, lr=None):
        env = self.containers(params)
        env.update(x=self.layout.x(x), L=len(params), m=len(x), lr=lr,
                   sizes=[params[0][0].shape[0], *(W.shape[1] for W, _ in params)])
        if y is None and any(a.role == "y" for a in self.fargs) and not self.scores_first:  # forward(x, y, ...):
            y = np.zeros(len(x), dtype=np.int64)  # its loss from labels given when only its values are asked
        if y is not None:
            env["y"], env["y_int"] = self.layout.y(y, params[-1][0].shape[1]), y
        return env

    def _forward_out(self, raw, params, batch: int, x_in=None) -> dict:
        elems = list(raw) if isinstance(raw, tuple) else [raw]
        names = self.returns if self.returns and len(self.returns) == len(elems) else [None] * len(elems)
        if isinstance(raw, list) and not all(isinstance(e, (list, tuple)) for e in raw):
            elems, names = [raw], [self.returns[0] if self.returns and len(self.returns) == 1 else None]
        given = list(names)
        # a forward that takes no labels: its `Y` is its output; one that takes them as `labels` and returns a `y`
        # of its own (h, y, cost = forward_prop(data, labels, params)): that `y` is its output too
        taken = {a.name for a in self.fargs if a.role == "y"}
        names = ["probs" if n and (classify(n) or ("",))[0] == "y" and n not in taken else n for n in names]
        pairs = list(zip(names, elems))
        if len(elems) > 1 and names[0] is None and isinstance(elems[0], np.ndarray) and not any(names):
            pairs[0] = ("probs", elems[0])  # return probs, cache: an unnamed first array is what forward is for
        elif len(elems) > 1 and isinstance(elems[0], np.ndarray) and classify(names[0]) in (None, ("acts", None)) \
                and not any(isinstance(e, np.ndarray) for e in elems[1:]):
            pairs[0] = ("probs", elems[0])  # return A_prev, caches: the one array beside the caches is the output
        elif len(elems) == 1 and isinstance(elems[0], np.ndarray) and names[0] and (
                classify(names[0]) or ("",))[0] in ("a", "acts"):
            pairs[0] = ("probs", elems[0])  # return h after a loop over every layer: its one value is the output
        fo = collect(pairs, len(params), self.layout, batch, self.fwd_name,
                     logits_only=self.scores_first or self.scores_given,
                     x_in=x_in)
        for name, new, e in zip(given, names, elems):
            if name and name != new:  # a backward asks for it by the name the forward gave it (derivative_w2(Y))
                fo["named"][name] = e
        if isinstance(raw, dict):  # return {"h": a_h, "out": probs}: the one dict, for a backward's `activations`
            fo["returned"] = raw
        elif isinstance(raw, tuple) and len(raw) > 2:  # NNBackward(forward_object): the tuple NNForward returned
            fo["whole"] = raw
        return fo

    def forward(self, params, x):
        if self.per_sample and len(x) > 1:  # each sample alone, its values stacked as a batch's
            runs = [self.forward(params, x[i:i + 1]) for i in range(len(x))]
            stack = lambda col: np.concatenate(col) if all(  # noqa: E731
                isinstance(c, np.ndarray) and c.ndim == 2 for c in col) else None
            return ([stack(c) for c in zip(*(r[0] for r in runs))], [stack(c) for c in zip(*(r[1] for r in runs))],
                    list(dict.fromkeys(m for r in runs for m in r[2])))
        self.check_depth(params, self.fwd_name)
        env = self._env(params, x)
        if self.loss_only:  # loss(params, X, y) -> (loss, grads) alone: run (the layout read is one it runs in),
            self._call(self.fwd_name, self.fwd, self.fargs, env)  # but it gives no outputs to compare
            return [None] * len(params), [x, *[None] * len(params)], []
        x_call = env["x"]
        before = [(W.copy(), b.copy()) for W, b in zip(env["Ws"], env["bs"])]
        raw = self._call(self.fwd_name, self.fwd, self.fargs, env)
        fo = self._forward_out(raw, params, len(x), x_call)
        mutated = [] if same(x_call, self.layout.x(x)) else ["x"]
        mutated += [f"{k}{i + 1}" for i, ((W, b), W2, b2) in enumerate(zip(before, env["Ws"], env["bs"]))
                    for k, old, new in (("w", W, W2), ("b", b, b2)) if not same(old, new)]
        return fo["zs"], [x, *fo["acts"]], mutated

    def step(self, params, x, y, lr, given=None):
        self.check_depth(params, self._backward_name)
        if self.per_sample and len(x) > 1:
            if given is not None:
                raise NoGiven(self._backward_name)
            return mean_step(params, lr, [self.step(params, x[i:i + 1], y[i:i + 1], lr) for i in range(len(x))])
        env = self._env(params, x, y, lr)
        x_call, y_call = env["x"], env["y"]
        x_user, y_user = x_call.copy(), y_call.copy()
        if given is None:
            fo = self.forward_values(env, params, len(x))
        else:
            fo = self._given(given, params, env)
        zs, acts = fo["zs"], [x, *fo["acts"]]
        for name, param in self.shared.items():  # the global the backward reads: what the forward was given
            value = self._value(next(a for a in self.fargs if a.name == param), env, None, self.fwd_name)
            if value is not _DEFAULT:
                self.bwd.__globals__[name] = value
        for name, role in self.data_globals.items():  # back_prop(...) reading X_train, Y_train: the batch checked
            if role != "lr" or _is_rate(self.bwd.__globals__.get(name)):  # (an `alpha` that is a weight stays)
                self.bwd.__globals__[name] = env[role]
        result = self._call(self._backward_name, self.bwd, self.bargs, env, fo)
        mutated = ([] if same(x_call, x_user) else ["x"]) + ([] if same(y_call, y_user) else ["y_true"])
        grads, new = self._result(result, params, env)
        if grads is not None and self.ascent:  # it returns minus the gradient, which its update adds
            grads = [(-dW, -db) for dW, db in grads]
        return finish_step(params, lr, zs, acts, mutated, grads=grads, new=new)

    @functools.cached_property
    def _sole_labels(self) -> bool:
        """Whether the backward takes exactly one argument named as the labels (``backward_prop(x, a1, a2, y,
        params)``): that one is the labels, even where the forward returns its output under the same name
        (``return h, y, cost``, y = softmax(z2)); with two (``backward(x, h, y, t)``) the forward's ``y`` is its."""
        return sum(a.role == "y" for a in self.bargs) == 1

    @functools.cached_property
    def ascent_line(self) -> int | None:
        """The line of the file's own update when it adds what the backward returns (``W2 += learning_rate *
        derivative_w2(Z, T, Y)``, ``W1 = W1 + lr * dW1``): the returned arrays are then minus the gradient, the
        ascent convention of a file that maximises a log-likelihood (:func:`classes.update_sign`)."""
        return update_sign(self.sm.trees, frozenset(self._backward_name.split(" + ")))

    @functools.cached_property
    def ascent(self) -> str | None:
        """Why the returned arrays are read as minus the gradient, or None: the file's update adds them
        (:attr:`ascent_line`), or the file has no update and no call of its own and the one loss it defines is a
        log-likelihood (``cost(T, Y) = (T * np.log(Y)).sum()``), which it would climb: its derivatives are that
        objective's (:func:`xval.reports.check.family.maximised_log_likelihood`)."""
        if self.ascent_line:
            return f"the update at line {self.ascent_line} adds it"
        from xval.reports.check.family import maximised_log_likelihood  # (family reads styles: imported late)

        path = getattr(self.loaded, "path", None)
        if self.mode == "gradients" and path is not None and maximised_log_likelihood(Path(path)):
            return ("the file has no update of its own and its one loss is a log-likelihood, which it would climb: "
                    "its derivatives are that objective's")
        return None

    def _given(self, given, params, env) -> dict:
        """The forward's named values replaced by the oracle's (only where every one can be replaced)."""
        gz, ga = given
        L, base, lay = len(params), self.layout.base, self.layout
        if lay.fold:  # the file's own activations carry its ones column: not replaced
            raise NoGiven(self._backward_name)
        fo = {"named": {}, "by_layer": {}, "by_role": {}}
        for k in range(L):
            fo["by_layer"][("z", k)] = lay.act(gz[k])
            fo["by_layer"][("a", k)] = lay.act(ga[k + 1])
        fo["by_role"]["probs"] = fo["by_layer"][("a", L - 1)]
        fo["by_role"]["zs"] = [fo["by_layer"][("z", k)] for k in range(L)]
        fo["by_role"]["acts"] = [env["x"], *(fo["by_layer"][("a", k)] for k in range(L))]
        for a in self.bargs:
            if a.role == "cache":
                raise NoGiven(self._backward_name)
        for name in (self.returns or []):
            c = classify(name) if name else None
            if c and c[0] in ("z", "a") and c[1] is not None and 0 <= c[1] - base < L:
                fo["named"][name] = fo["by_layer"][(c[0], c[1] - base)]
            elif c and c[0] in ("probs", "zs", "acts"):
                fo["named"][name] = fo["by_role"][c[0]]
            elif name and any(a.name == name for a in self.bargs):
                raise NoGiven(self._backward_name)
        fo["zs"] = [np.asarray(z, np.float64) for z in gz]
        fo["acts"] = [np.asarray(a, np.float64) for a in ga[1:]]
        return fo

    def _result(self, result, params, env):
        """(grads, None) for returned gradients, (None, new params) for an update."""
        fn, L, lay, base = self._backward_name, len(params), self.layout, self.layout.base
        takes_lr = any(a.role == "lr" for a in self.bargs)
        if result is None or isinstance(result, (int, float, np.number)) or isinstance(result, np.ndarray) \
                and result.ndim == 0 and np.issubdtype(result.dtype, np.number):
            return None, self.read_params(env, params, fn)  # (a step may return its loss, a number)
        if self.packing is not None:
            return self._packed_result(result, params, env)
        named: dict = {}
        if isinstance(result, dict):
            named = dict(result)
        elif isinstance(result, (tuple, list)):
            names = self.breturns if self.breturns and len(self.breturns) == len(result) else [None] * len(result)
            stepped = self._stepped_names()
            for i, (n, v) in enumerate(zip(names, result)):
                named[stepped.get(n, n) or f"#{i}"] = v
        else:
            raise SubmissionError(fn, f"returned {type(result).__name__}; expected gradients (a dict, or dW1, db1, "
                                  "...), or nothing after updating in place")
        per, head = {}, _shared_head(named)
        for key, v in named.items():
            c = classify(key) or (classify(key[len(head):]) if head and isinstance(key, str) and len(key) > len(head)
                                  else None)
            if c and c[1] is not None and c[0] in ("dW", "db", "W", "b") and 0 <= c[1] - base < L:
                per[(c[0], c[1] - base)] = v
            elif c and c[0] in ("dWs", "Ws", "dbs", "bs", "grads", "params") and isinstance(v, (list, tuple, dict)):
                per[c[0]] = v
        arrays = [v for v in named.values() if isinstance(v, np.ndarray)]
        if lay.fold and len(arrays) == L and 0 < len(per) < L and (fit := self._folded_by_shape(arrays, params)):
            return self._grads(lambda r, i: fit[i], params), None  # return dldB, dalpha: one named, one not
        if any(k[0] in ("dW", "db") for k in per if isinstance(k, tuple)):
            return self._grads(lambda r, i: per.get(("d" + r, i)), params), None
        if "dWs" in per and "dbs" in per:
            return self._grads(lambda r, i: self.spec.at(per["dWs" if r == "W" else "dbs"], i), params), None
        if "grads" in per and isinstance(per["grads"], dict):
            return self._result(per["grads"], params, env)
        grouped = [v for v in ([per["grads"]] if "grads" in per else named.values()) if isinstance(v, (
            list, tuple)) and len(v) == 2 * L and all(isinstance(g, np.ndarray) for g in v)]
        if len(grouped) == 1:  # return dx, (dW1, db1, dW2, db2): one group of every layer's gradients
            if self.spec.kind == "tuple":  # in the order its params tuple has
                got = dict(zip(self.spec.order, grouped[0]))
                return self._grads(lambda r, i: got[(r, i)], params), None
            if self.spec.kind == "flat":  # in its params list's order: [gW1, gb1, gW2, gb2, ...]
                return self._grads(lambda r, i: grouped[0][2 * i + (r == "b")], params), None
            return self._by_shape(list(grouped[0]), params), None
        has_w = any(k[0] == "W" for k in per if isinstance(k, tuple)) or ("Ws" in per and "bs" in per)
        if has_w and takes_lr:
            def get(r, i):
                return per.get((r, i)) if (r, i) in per else per[r + "s"][i]
            try:
                if lay.fold:
                    return None, [lay.unfold(get("W", i), W, f"theta{i + 1}", fn, grad=False)
                                  for i, (W, _) in enumerate(params)]
                no_b = getattr(self, "biases", True) is False  # no biases: left as they were
                return None, [(lay.param_W(get("W", i), W, f"w{i + 1}", fn), b.copy() if no_b
                               else lay.param_b(get("b", i), b, f"b{i + 1}", fn)) for i, (W, b) in enumerate(params)]
            except (KeyError, IndexError, TypeError):
                raise SubmissionError(fn, "returned updated parameters, but not every layer's") from None
        if has_w:
            return self._grads(lambda r, i: per.get((r, i)) if (r, i) in per else per[r + "s"][i], params), None
        for pairs in (result, per.get("grads")):  # [(dW1, db1), ...], or `return loss, grads` holding that list
            if isinstance(pairs, (list, tuple)) and len(pairs) == L and all(
                    isinstance(p, (list, tuple)) and len(p) == 2 for p in pairs):
                return self._grads(lambda r, i: pairs[i][0 if r == "W" else 1], params), None
        lists = [v for v in named.values() if isinstance(v, (list, tuple))]
        if len(arrays) == 2 * L:
            return self._by_shape(arrays, params), None
        if lay.fold and len(arrays) == L:  # in layer order: new thetas when its return applies the rate, else grads
            if takes_lr and self._returns_update():
                return None, [lay.unfold(arrays[i], W, f"theta{i + 1}", fn, grad=False)
                              for i, (W, _) in enumerate(params)]
            return self._grads(lambda r, i: arrays[i], params), None
        if len(lists) == 2:
            return self._grads(lambda r, i: lists[0 if r == "W" else 1][i], params), None
        for v in named.values():  # return parameters, outputs, activation, grad_reg: the one dict of gradients
            if isinstance(v, dict) and sum((classify(k) or ("",))[0] == "dW" for k in v) == L:
                return self._result(v, params, env)
        dicts = [v for v in named.values() if isinstance(v, dict)]
        if self.spec.names and len(dicts) == 2 and all(set(self.spec.names) <= set(d) for d in dicts):
            names = self.spec.names  # ({"h": dW1, "out": dW2}, {"h": db1, "out": db2}): keyed like its weights
            for w, b in ((0, 1), (1, 0)):
                try:
                    return self._grads(lambda r, i: dicts[w if r == "W" else b][names[i]], params), None
                except SubmissionError:
                    continue
        raise SubmissionError(fn, f"{NOT_GRADIENTS}: name them dW1, db1, ... "
                              "(in a dict or a return statement), or return (grads_w, grads_b)")

    def _folded_by_shape(self, arrays, params) -> list | None:
        """Each layer's folded gradient among ``arrays`` by its shape alone (that layer's folded matrix as the file
        holds it), when each shape is one array's; else None."""
        shapes = [self.layout.theta(W, b).shape for W, b in params]
        fit = [[a for a in arrays if a.shape == shape] for shape in shapes]
        return [f[0] for f in fit] if all(len(f) == 1 for f in fit) else None

    def _packed_result(self, result, params, env):
        """(grads, None) for a returned flat gradient, (None, new params) for a returned flat vector after a step
        (a backward that takes the rate), both packed as the parameters are."""
        fn, pk = self._backward_name, self.packing
        flats = [v for v in (result if isinstance(result, (tuple, list)) else (result,))
                 if isinstance(v, np.ndarray) and v.ndim == 1 and v.size == pk.size]
        if len(flats) != 1:
            raise SubmissionError(fn, f"{NOT_GRADIENTS}: expected one vector of {pk.size} values packed as "
                                  f"{pk.fn}() unpacks the parameters")
        if any(a.role == "lr" for a in self.bargs) and self._returns_update():
            return None, self.read_params({"flat": flats[0]}, params, fn)
        dWs, dbs = pk.unpack(flats[0])
        return self._grads(lambda r, i: (dWs if r == "W" else dbs)[i], params), None

    def _stepped_names(self) -> dict[str, str]:
        """{returned name: the parameter argument it is one step of} for the backward's names assigned a parameter
        minus (or plus) a term of its rate (``wy_n = wy - learning_rate * grad_wy``): the names say nothing, the
        assignment says it is ``wy`` after the update."""
        node = self.sm.defs.get(self._backward_name)
        lrs = {a.name for a in self.bargs if a.role == "lr"}
        params = {a.name for a in self.bargs if (classify(a.name) or ("",))[0] in ("W", "b")}
        out = {}
        for n in ast.walk(node) if isinstance(node, ast.FunctionDef) and lrs else []:
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                    and isinstance(n.value, ast.BinOp) and isinstance(n.value.op, (ast.Sub, ast.Add)) \
                    and isinstance(n.value.left, ast.Name) and n.value.left.id in params \
                    and any(isinstance(m, ast.Name) and m.id in lrs for m in ast.walk(n.value.right)):
                out[n.targets[0].id] = n.value.left.id
        return out

    def _returns_update(self) -> bool:
        """Whether the backward's last ``return`` mentions its learning-rate argument (``return theta1 - lr * g1,
        ...``): it returns the parameters after a step, not gradients."""
        node = self.sm.defs.get(self._backward_name)
        rets = [n for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None] if node else []
        lrs = {a.name for a in self.bargs if a.role == "lr"}
        return bool(rets) and any(isinstance(n, ast.Name) and n.id in lrs for n in ast.walk(rets[-1].value))

    def _grads(self, get, params):
        fn, lay, out = self._backward_name, self.layout, []
        for i, (W, b) in enumerate(params):
            if lay.fold:
                try:
                    dT = get("W", i)
                except (KeyError, IndexError, TypeError):
                    dT = None
                if dT is None:
                    raise SubmissionError(fn, f"returned no gradient for layer {i + 1} (theta{i + 1})")
                out.append(lay.unfold(dT, W, f"theta{i + 1}_grad", fn, grad=True))
                continue
            try:
                dW = get("W", i)
                no_b = getattr(self, "biases", True) is False  # no biases: held at zero
                db = np.zeros_like(b) if no_b else get("b", i)
            except (KeyError, IndexError, TypeError):
                dW = db = None
            if dW is None or db is None:
                raise SubmissionError(fn, f"returned no gradient for layer {i + 1} (w{i + 1}/b{i + 1})")
            out.append((lay.grad_W(dW, W, f"dW{i + 1}", fn), lay.grad_b(db, b, f"db{i + 1}", fn)))
        return out

    def _by_shape(self, arrays, params):
        """2L unnamed arrays: the order (interleaved or grouped, either direction) in which every shape fits."""
        L = len(params)
        orders = [[("W", i) if j % 2 == 0 else ("b", i) for i in range(L) for j in range(2)],
                  [("W", i) for i in range(L)] + [("b", i) for i in range(L)]]
        orders += [list(reversed(o)) for o in orders] + [[("W", i) if j == 0 else ("b", i) for i in
                                                           reversed(range(L)) for j in range(2)]]
        for order in orders:
            slot = dict(zip(order, arrays))
            try:
                return self._grads(lambda r, i: slot[(r, i)], params)
            except SubmissionError:
                continue
        raise SubmissionError(self._backward_name, "returned arrays whose shapes do not match the layers' "
                              "in any order; name them dW1, db1, ...")


def _numbered_from_one(node) -> int:
    """1 when a forward walks its layers as ``for layer in range(1, L + 1)`` and indexes with that number itself
    (``weights[layer]``): its two containers are then dicts keyed from 1 (``parameters['W'][1]``); else 0."""
    if node is None:
        return 0
    numbers = {n.target.id for n in ast.walk(node) if isinstance(n, ast.For) and isinstance(n.target, ast.Name)
               and isinstance(n.iter, ast.Call) and getattr(n.iter.func, "id", "") == "range" and len(n.iter.args) >= 2
               and isinstance(n.iter.args[0], ast.Constant) and n.iter.args[0].value == 1}
    return int(any(isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name) and n.slice.id in numbers
                   for n in ast.walk(node)))


def _global_dict(pair: FunctionPair, taken: set[str]) -> tuple[str, list[str]] | None:
    """(name, its keys) of the one module global that the forward subscripts with string keys naming weights and
    biases (``weights["Weight_1"]``, ``weights["Bias_1"]``) and takes as no argument; None if there is not exactly
    one. Its keys are those subscripts in the forward and the backward."""
    found: dict[str, list[str]] = {}
    for fn in (pair.fwd_name, pair._backward_name):
        node = pair.sm.defs.get(fn)
        if not isinstance(node, ast.FunctionDef):
            continue
        free = set(free_globals(node)) - taken
        for n in ast.walk(node):
            if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in free \
                    and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str):
                found.setdefault(n.value.id, []).append(n.slice.value)
    held = {name: list(dict.fromkeys(keys)) for name, keys in found.items()
            if any((classify(k) or ("", None))[0] == "W" and classify(k)[1] is not None for k in keys)
            and not isinstance(pair.fwd.__globals__.get(name), (list, tuple, np.ndarray))}
    return next(iter(held.items())) if len(held) == 1 else None


def _param_spec(pair: FunctionPair) -> tuple[Spec, int | None, int]:
    """How parameters reach the pair, the depth it implies (None: any) and its first layer index."""
    args = pair.fargs + pair.bargs
    roles = {a.role for a in args}
    if pair.packing is not None:  # its own sizes: the depth its unpacking gives
        return Spec("packed"), len(pair.packing.W), 1
    wnames = [a.name for a in args if a.role in ("W", "b")]
    if wnames:
        depth, base = depth_from([a.name for a in pair.fargs if a.role in ("W", "b")], whole=True)
        if depth is None and not any(a.role in ("W", "b") for a in pair.fargs):  # forward(X) reading the module's
            node = pair.sm.defs.get(pair.fwd_name)  # W1 .. b2: the layers it reads
            depth, base = depth_from(free_globals(node)) if isinstance(node, ast.FunctionDef) else (None, base)
        return Spec("unpacked"), depth, base
    if "Ws" in roles and "bs" in roles:
        names = _layer_names(pair)
        return Spec("lists", names=names), len(names) or None, 1
    if "Ws" in roles:  # feed_forward(X, weights) with weights['W1'], weights['b1']: a dict (or pairs) by another name
        for a in args:
            if a.role == "Ws":
                a.role = "params"
        roles = {a.role for a in args}
    if "params" in roles and (unpacked := _unpacked_tuple(pair))[0]:  # W1, b1, W2, b2 = params (or W0, b0, ...)
        order, base = unpacked
        return Spec("tuple", order=order), len(order) // 2, base
    if "params" in roles and _indexed_flat(pair):  # w = params[2 * k], b = params[2 * k + 1]: any depth
        return Spec("flat"), None, 1
    if "params" in roles:
        fkeys = pair.sm.string_keys(pair.fwd_name)
        keys = fkeys + pair.sm.string_keys(pair._backward_name)
        depth, base = depth_from(fkeys)
        base = depth_from(keys)[1] if depth is None else base
        listed = {(classify(k) or ("",))[0]: k for k in fkeys if (classify(k) or ("", 0))[1] is None}
        if "Ws" in listed and "bs" in listed and not any((classify(k) or ("",))[0] in ("W", "b") for k in keys):
            return Spec("dict", in_dict=(listed["Ws"], listed["bs"]),  # params["W"][i], params["b"][i]
                        in_dict_from=_numbered_from_one(pair.sm.defs.get(pair.fwd_name))), None, 1
        spec = Spec("dict")
        for key in keys:
            c = classify(key)
            if c and c[0] in ("W", "b") and c[1] is not None:
                spec.keys[(c[0], c[1] - base)] = key
        if not spec.keys:  # keys numbered by the layer: param[f"w{i}"], params["W" + str(l)]
            for stem in pair.sm.key_stems(pair.fwd_name):
                c = classify(f"{stem}1")
                if c and c[0] in ("W", "b") and c[1] == 1:
                    spec.stems.setdefault(c[0], stem)
        stems = pair.sm.key_stems(pair.fwd_name) + pair.sm.key_stems(pair._backward_name)
        if any((classify(k) or ("",))[0] == "W" for k in fkeys) and not any(
                (classify(k) or ("",))[0] == "b" for k in keys) and not any(
                (classify(f"{st}1") or ("",))[0] == "b" for st in stems):
            pair.biases = False  # {"weights_input_hidden": ..., "weights_hidden_output": ...} read by the forward
            # by name, and no bias key nor numbered bias anywhere: layers without them (held at zero by xval)
        return spec, depth, base
    g = pair.fwd.__globals__
    names = set(pair.fwd.__code__.co_names) | set(pair.bwd.__code__.co_names)
    wglob = [n for n in names if (classify(n) or ("", None))[0] in ("W", "b")]
    if wglob:
        depth, base = depth_from(wglob)
        spec = Spec("globals")
        for n in wglob:
            c = classify(n)
            spec.keys[(c[0], c[1] - base)] = n
        if not any(role == "b" for role, _ in spec.keys):
            pair.biases = False  # module-level w0, w1 and no bias: layers without them (held at zero by xval)
        return spec, depth, base
    params_named = {a.name for a in args}
    if (held := _global_dict(pair, params_named)) is not None:  # weights["Weight_1"], a module-level dict
        name, keys = held
        depth, base = depth_from(keys)
        spec = Spec("dict", global_dict=name)
        for key in keys:
            c = classify(key)
            if c and c[0] in ("W", "b") and c[1] is not None:
                spec.keys[(c[0], c[1] - base)] = key
        return spec, depth, base
    lists = [n for n in names if (classify(n) or ("", None))[0] in ("Ws", "bs") and n not in params_named
             and isinstance(g.get(n, []), list)]  # module-level lists (their assignment may have been skipped)
    if len(lists) >= 2:
        wl = next(n for n in lists if classify(n)[0] == "Ws")
        bl = next((n for n in lists if classify(n)[0] == "bs"), None)
        if bl:
            return Spec("globals", lists=(wl, bl)), None, 1
    raise Rejected("functions", f"{pair.fwd_name}({_arg_text(pair.fargs)}) takes no weights xval can recognise "
                   "(W1, b1, ...; weights and biases lists; a params dict; or module-level W1 .. bN)", 2)


def _unpacked_tuple(pair: FunctionPair) -> tuple[tuple, int]:
    """((role, layer from 0), ...) when the forward unpacks its params argument into weight and bias names of
    every layer (``W1, b1, W2, b2 = params``); () otherwise."""
    node = pair.sm.defs.get(pair.fwd_name)
    param = next((a.name for a in pair.fargs if a.role == "params"), None)
    if isinstance(node, ast.FunctionDef) and param and (parts := _partial_unpacking(pair.sm, node, param)):
        return _alternating(parts[1], parts[0]), 1  # `_, _, U, b_tag = params` and `W, b, _, _ = params` in a helper
    for n in ast.walk(node) if isinstance(node, ast.FunctionDef) and param else ():
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Tuple) \
                and isinstance(n.value, ast.Name) and n.value.id == param \
                and all(isinstance(e, ast.Name) for e in n.targets[0].elts):
            roles = [classify(e.id) for e in n.targets[0].elts]
            if not all(c and c[0] in ("W", "b") and c[1] is not None for c in roles):
                return _alternating(node, [e.id for e in n.targets[0].elts]), 1
            depth, base = depth_from([e.id for e in n.targets[0].elts])
            order = tuple((c[0], c[1] - base) for c in roles)
            if depth and sorted(order) == sorted((r, i) for r in ("W", "b") for i in range(depth)):
                return order, base
            return (), 1
    return (), 1


def _indexed_flat(pair: FunctionPair) -> bool:
    """Whether the forward takes its params argument's length and indexes it by a computed position (``w =
    params[2 * (layer - 1)]``, ``params[i + 1]``), never by a string key: one list of every layer's weight and bias
    in turn, of any length."""
    node = pair.sm.defs.get(pair.fwd_name)
    param = next((a.name for a in pair.fargs if a.role == "params"), None)
    if not isinstance(node, ast.FunctionDef) or param is None:
        return False
    subs = [n for n in ast.walk(node) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
            and n.value.id == param]
    measured = any(isinstance(n, ast.Call) and getattr(n.func, "id", "") == "len" and n.args
                   and isinstance(n.args[0], ast.Name) and n.args[0].id == param for n in ast.walk(node))
    def position(e: ast.AST) -> bool:  # k, 2 * k + 1 (not "W" + str(l), a key spelled out)
        return isinstance(e, ast.Name) or isinstance(e, ast.BinOp) and all(
            not isinstance(v, (ast.Call, ast.JoinedStr)) and not (isinstance(v, ast.Constant) and isinstance(
                v.value, str)) for v in ast.walk(e))

    return measured and bool(subs) and all(position(n.slice) for n in subs)


def _partial_unpacking(sm: SourceMap, fwd: ast.FunctionDef, param: str) -> tuple[list[str], ast.Module] | None:
    """(names by position, the code that reads them) when the forward and the functions it hands its params to
    each unpack part of it, the rest into ``_`` (``_, _, U, b_tag = params`` in the forward, ``W, b, _, _ =
    params`` in ``hidden_layer(x, params)``): their names merged by position; None when no unpacking leaves a
    ``_`` or two give a position different names."""
    called = {getattr(c.func, "id", None) for c in ast.walk(fwd) if isinstance(c, ast.Call)
              and any(isinstance(a, ast.Name) and a.id == param for a in c.args)}
    fns = [fwd, *(f for name, f in sm.defs.items() if name in called and isinstance(f, ast.FunctionDef))]
    merged: list[str | None] = []
    partial = False
    for f in fns:
        for n in ast.walk(f):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Tuple) \
                    and isinstance(n.value, ast.Name) and all(isinstance(e, ast.Name) for e in n.targets[0].elts):
                names = [None if e.id == "_" else e.id for e in n.targets[0].elts]
                partial |= None in names
                merged = merged or [None] * len(names)
                if len(names) != len(merged) or any(a and b and a != b for a, b in zip(names, merged)):
                    return None
                merged = [a or b for a, b in zip(merged, names)]
    if not partial or not merged or None in merged:
        return None
    return merged, ast.Module(body=list(fns), type_ignores=[])


def _alternating(fn: ast.AST, names: list[str]) -> tuple:
    """((role, layer from 0), ...) for ``W, b, U, b_tag = params``, names that do not number their layers: a weight
    then a bias for each layer, in order, when each weight is multiplied (``np.dot(x, W)``, ``a1 @ U``) and each bias
    added in the forward's code; () otherwise."""
    if len(names) < 4 or len(names) % 2:
        return ()
    multiplied = {e.id for left, right, _ in products(fn) for e in (left, right) if isinstance(e, ast.Name)}
    added = {e.id for n in ast.walk(fn) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add)
             for e in (n.left, n.right) if isinstance(e, ast.Name)}
    if all(w in multiplied and w not in added for w in names[::2]) and all(b in added for b in names[1::2]):
        return tuple((r, k) for k in range(len(names) // 2) for r in ("W", "b"))
    return ()


def _layer_names(pair: FunctionPair) -> tuple[str, ...]:
    """The layer names the forward indexes its weights and biases by, input layer first (``weights['h1']``,
    ``weights['h2']``, ``weights['out']`` in the order it reads them); () when it indexes them by position or by
    W1-like keys (a params dict)."""
    node = pair.sm.defs.get(pair.fwd_name)
    ws = next((a.name for a in pair.fargs if a.role == "Ws"), None)
    bs = next((a.name for a in pair.fargs if a.role == "bs"), None)
    if not isinstance(node, ast.FunctionDef) or ws is None or bs is None:
        return ()
    keys: dict[str, list[str]] = {ws: [], bs: []}
    for n in sorted((n for n in ast.walk(node) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
                     and n.value.id in keys and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str)),
                    key=lambda n: (n.lineno, n.col_offset)):
        if n.slice.value not in keys[n.value.id]:
            keys[n.value.id].append(n.slice.value)
    names = keys[ws]
    if len(names) < 2 or set(names) != set(keys[bs]) or any((classify(k) or ("",))[0] in ("W", "b") for k in names):
        return ()
    return tuple(names)


def _loss_and_grads(sm: SourceMap, name: str) -> bool:
    """Whether the function ``name`` takes an input, labels and parameters and returns a pair whose second
    value is named as gradients (``return cost, grad``): a loss function that gives its gradients too, not a loss
    of the outputs alone."""
    fn = sm.defs.get(name)
    if not isinstance(fn, ast.FunctionDef):
        return False
    roles = {c[0] for a in fn.args.args for c in [classify(a.arg)] if c}
    if not ({"x", "y"} <= roles and roles & set(PARAM_ROLES)):
        return False
    rets = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return) and isinstance(n.value, ast.Tuple)]

    def gradients(e: ast.AST) -> bool:  # grads, or a list written out: [gW, gb, gU, gb_tag], [dl_dW, dl_db, ...]
        if isinstance(e, ast.Name):
            return (classify(e.id) or ("",))[0] == "grads"
        return isinstance(e, (ast.List, ast.Tuple)) and len(e.elts) >= 2 and all(
            isinstance(v, ast.Name) for v in e.elts) and (any(
                (classify(v.id) or ("",))[0] in ("dW", "db", "dWs", "dbs") for v in e.elts) or all(
                v.id.lower().startswith(("d", "g")) for v in e.elts))
    return any(len(r.elts) == 2 and gradients(r.elts[1]) for r in rets)


def _returned_depth(fn: ast.AST | None) -> int | None:
    """The number of layers of the gradients a function returns as a dict written out (``return {"W1": dW1, "b1":
    db1, "W2": dW2, "b2": db2}``, or a name assigned such a dict), every key a constant; else None."""
    if not isinstance(fn, ast.FunctionDef):
        return None
    rets = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return) and n.value is not None]
    if not rets:
        return None
    value = rets[-1]
    if isinstance(value, ast.Name):
        built = [n.value for n in ast.walk(fn) if isinstance(n, ast.Assign) and len(n.targets) == 1
                 and isinstance(n.targets[0], ast.Name) and n.targets[0].id == value.id]
        value = built[-1] if built else value
    if not isinstance(value, ast.Dict) or not value.keys or not all(
            isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys):
        return None
    layers = [c[1] for k in value.keys for c in [classify(k.value)] if c and c[0] in ("W", "dW") and c[1] is not None]
    idx = sorted(set(layers))
    return len(idx) if len(idx) >= 1 and idx == list(range(idx[0], idx[0] + len(idx))) else None


def detect(loaded, sm: SourceMap, forward_name: str | None, backward_name: str | None) -> FunctionPair:
    """The first forward/backward pair (in name order) that fits; else the nearest miss."""
    ns = loaded.namespace
    fwd_names = [forward_name] if forward_name and forward_name != "forward" else []
    fwd_names += [n for n in FORWARD_NAMES if n not in fwd_names]
    if not spelled([n for n, v in ns.items() if inspect.isfunction(v)], fwd_names):
        _static_namespace(ns, sm, fwd_names)
    defined = [n for n, v in ns.items() if inspect.isfunction(v)]
    fwds = spelled(defined, fwd_names)
    bwd_names = [backward_name] if backward_name else list(BACKWARD_NAMES)
    bwds = spelled(defined, bwd_names)
    if forward_name in (None, "forward") and not backward_name and not fwds:  # forwardloop: a known stem, more after
        fwds, bwds = prefixed(defined, FORWARD_STEMS), bwds or prefixed(defined, BACKWARD_STEMS)
    elif forward_name in (None, "forward") and not backward_name:  # forward_mlp beside a one-layer forward: after it
        fwds += [n for n in prefixed(defined, FORWARD_STEMS) if n not in fwds and WHOLE.search(canonical(n))]
        bwds += [n for n in prefixed(defined, BACKWARD_STEMS) if n not in bwds and WHOLE.search(canonical(n))]
    near = None
    made = None
    if not fwds and forward_name in (None, "forward") and backward_name is None and (
            made := forward_for_derivatives(ns, sm)) is not None:
        fwds = [made]  # derivative_w2(Z, T, Y) ... and no forward: xval's forward, said in the read-as line
    if fwds and not bwds and backward_name is None:  # loss(data, labels, params) -> (cost, grad) beside forward
        bwds = [n for n in spelled(defined, LOSS_AND_GRADS) if _loss_and_grads(sm, n)]
    if fwds and not bwds and backward_name is None:
        composite = per_parameter(ns)  # derivative_w2(Z, T, Y), derivative_b2(T, Y), ...: one function a tensor
        if composite is not None:
            ns[composite.__name__] = composite
            bwds = [composite.__name__]
    if forward_name in (None, "forward") and backward_name is None and not fwds and (
            scored := [n for n in defined if _scores_or_loss(sm, n)]):
        fwds, bwds = scored[:1], scored[:1]  # two_layer_net(X, model, y=None, reg=0.0): CS231n's as a function
    if forward_name in (None, "forward") and backward_name is None and not fwds and (
            losses := [n for n in defined if _loss_and_grads(sm, n)]) and len(losses) == 1:
        fwds, bwds = losses, losses  # compute_neural_net_loss(params, X, y, reg) -> (loss, grads), no forward
    if forward_name in (None, "forward") and not fwds and len(bwds) == 1 and (
            fed := _feeding_forward(sm, defined, bwds[0])):
        fwds = [fed]  # Abfrage returning the z2, a2, ... backpropagation takes: the forward, by what it feeds it
    if forward_name in (None, "forward") and backward_name is None and (not fwds or not bwds) and (
            found := _global_pair(sm, defined)):
        fwds, bwds = [found[0]], [found[1]]  # run(batch) and learn(batch, onehot, eta) on `global` weights
        by_what = True
    else:
        by_what = False
    if not fwds:
        near = Rejected("functions", f"no forward function (looked for {', '.join(fwd_names[:6])}, ...)", 0)
    elif not bwds:
        near = Rejected("functions", f"found {fwds[0]} but no backward function (looked for "
                        f"{', '.join(bwd_names[:6])}, ...)", 1)
    pairs = [(fwd, bwd) for fwd in fwds for bwd in bwds]
    pairs.sort(key=lambda p: _rest(p[0], FORWARD_STEMS) != _rest(p[1], BACKWARD_STEMS))  # forward_mlp: backward_mlp
    for fwd, bwd in pairs:
        try:
            pair = _detect_pair(loaded, sm, fwd, bwd)
            pair.by_what = by_what
            pair.forward_made, pair.model_from = getattr(ns[fwd], "made", ("", "")) if fwd == made else ("", "")
            return pair
        except Rejected as r:
            near = r if near is None or r.score > near.score else near
    if forward_name in (None, "forward") and backward_name is None:  # nnCostFunction(nn_params, sizes.., X, y)
        try:
            return unrolled.detect(loaded, sm)
        except Rejected as r:
            near = r if r.score > near.score else near
    raise near


def _static_namespace(ns: dict, sm: SourceMap, fwd_names) -> None:
    """A class used as a namespace of functions (``class NumpyMLP`` whose forward(X, params) and backward(y, cache,
    params) are static methods, no instance in sight): its static methods are read as the module's functions,
    under their own names, where no module function has the name."""
    for cls in [v for v in ns.values() if inspect.isclass(v) and getattr(v, "__module__", None) == ns.get("__name__")]:
        static = [n for n, v in vars(cls).items() if isinstance(v, staticmethod) and not n.startswith("__")]
        if not spelled(static, fwd_names) or not spelled(static, BACKWARD_NAMES):
            continue
        for name in static:
            if name not in ns and f"{cls.__name__}.{name}" in sm.defs:
                ns[name] = getattr(cls, name)
                sm.defs[name] = sm.defs[f"{cls.__name__}.{name}"]
        return


FORWARD_STEMS = ("forward", "feedforward", "forwardpropagation", "fprop")
BACKWARD_STEMS = ("backward", "backprop", "backpropagation", "backwardpropagation", "bprop")
ONE_PIECE = ("layer", "linear", "affine", "relu", "sigmoid", "tanh", "softmax", "activation", "unit", "neuron",
             "single", "sample", "step")
"""Words after a stem that name one piece of a network, not the whole pass (``forward_layer``, ``backward_relu``)."""
WHOLE = re.compile(r"\d|two|multi|all|full|whole|net|model|deep|mlp")
"""...unless the rest also names the whole (``forward_2layer``, ``backward_two_layer``, ``forward_all_layers``,
``full_forward_propagation``)."""


def prefixed(defined, stems) -> list[str]:
    """The functions whose name is one of ``stems`` followed by more (``forwardloop``, ``backward_all``), none of
    the rest naming one piece (:data:`ONE_PIECE`): tried only when no known name is defined, and confirmed by the
    same probe calls as any pair."""
    out = []
    for name in defined:
        canon = canonical(name)
        stem = next((st for st in sorted(stems, key=len, reverse=True) if canon.startswith(st) and canon != st), None)
        rest = canon[len(stem):] if stem else ""
        if not stem:  # the stem last, after words naming the whole network (two_layer_forward; not my_forward)
            stem = next((st for st in sorted(stems, key=len, reverse=True) if canon.endswith(st) and canon != st
                         and WHOLE.search(canon[:-len(st)])), None)
            rest = canon[:-len(stem)] if stem else ""
        if stem and (WHOLE.search(rest) or not any(w in rest for w in ONE_PIECE)):
            out.append(name)
    return out


def _rest(name: str, stems) -> str:
    """What follows a name's stem (``mlp`` of ``forward_mlp``); the whole canonical name when it has none."""
    canon = canonical(name)
    stem = next((st for st in sorted(stems, key=len, reverse=True) if canon.startswith(st)), "")
    return canon[len(stem):]


PER_PARAMETER = re.compile(r"(?:derivative|deriv|grad|gradient|d)_?(w|b|weights?|bias(?:es)?)_?(\d+)")
PER_NAMED = re.compile(r"(?:derivative|deriv|grad|gradient)_?(W|b|V|c)")
"""A derivative function of one of the tensors :data:`~xval.reports.check.styles.names.VC_NAMES` names."""


def _per_tensor(ns: dict) -> dict[tuple[str, int], tuple[str, object]]:
    """{("W" or "b", layer): (name, function)} of the file's per-tensor derivative functions."""
    found = {}
    for name, fn in ns.items():
        m = PER_PARAMETER.fullmatch(name.lower()) if inspect.isfunction(fn) else None
        if m:
            found[("W" if m.group(1).startswith("w") else "b", int(m.group(2)))] = (name, fn)
    vc = {VC_NAMES[m.group(1)]: (name, fn) for name, fn in ns.items() if inspect.isfunction(fn)
          for m in [PER_NAMED.fullmatch(name)] if m}
    return found or (vc if len(vc) == len(VC_NAMES) else {})  # derivative_W, _b, _V, _c: the course's names


def per_parameter(ns: dict):
    """One backward made of the file's per-tensor derivative functions (``derivative_w2(Z, T, Y)``,
    ``derivative_b1(T, Y, W2, Z)``, ...), when every layer has both: it calls each with its own arguments (read by
    name, as any backward's) and returns their results as the gradients ``dW1``, ``db1``, ...; None otherwise."""
    found = _per_tensor(ns)
    layers = sorted({k for _, k in found})
    if not layers or layers != list(range(layers[0], layers[0] + len(layers))) or any(
            (r, k) not in found for r in "Wb" for k in layers):
        return None
    order = [(r, k, *found[(r, k)]) for k in reversed(layers) for r in "Wb"]
    takes = {name: list(inspect.signature(fn).parameters) for _, _, name, fn in order}  # read once, not per step
    # derivative_V(Z, T, Y) beside derivative_W(T, Y, Z, V, X): V is W2 (read by its number, as any backward's)
    numbered = {n: f"{r}{k}" for n, (r, k) in VC_NAMES.items()} if PER_NAMED.fullmatch(order[0][2]) else {}
    if {"T", "Y"} <= {p for ps in takes.values() for p in ps}:  # (T, Y): the targets and the output, Y as Yhat
        numbered["Y"] = "Yhat"
    def read_as(n: str) -> str:
        return numbered.get(n, n)

    params = []
    for _, _, _, fn in order:
        for p in inspect.signature(fn).parameters.values():
            if read_as(p.name) not in [q.name for q in params]:
                params.append(p.replace(name=read_as(p.name), kind=p.POSITIONAL_OR_KEYWORD, default=p.empty))
    names = [p.name for p in params]

    def gradients(*args, **kwargs):
        bound = dict(zip(names, args), **kwargs)
        return {f"d{r}{k}": fn(**{n: bound[read_as(n)] for n in takes[name] if read_as(n) in bound})
                for r, k, name, fn in order}

    gradients.__signature__ = inspect.Signature(params)
    gradients.__name__ = " + ".join(name for _, _, name, _ in order)
    gradients.renamed = numbered  # (said on the "read as" line)
    return gradients


DERIVATIVE_OF = (("sigmoid", r"\b(\w+) \* \(1 - \1\)|\(1 - (\w+)\) \* \2\b"),
                 ("tanh", r"\b1 - (\w+) \*\* 2\b|\b1 - (\w+) \* \2\b|\b1 - np\.square\((\w+)\)"),
                 ("relu", r"\((\w+) > 0\)"))
"""A hidden activation's derivative written on its output, as a derivative function does (``Z * (1 - Z)``)."""
MADE_FORWARD = '''def forward({x}, {w1}, b1, {w2}, b2):
    {z} = {act}
    _xval_scores = {z}.dot({w2}) + b2
    _xval_e = np.exp(_xval_scores - _xval_scores.max(axis=1, keepdims=True))
    {y} = _xval_e / _xval_e.sum(axis=1, keepdims=True)
    return {y}, {z}
'''
ACTS = {"sigmoid": "1 / (1 + np.exp(-({x}.dot({w1}) + b1)))", "tanh": "np.tanh({x}.dot({w1}) + b1)",
        "relu": "np.maximum({x}.dot({w1}) + b1, 0)"}


def forward_for_derivatives(ns: dict, sm: SourceMap) -> str | None:
    """For a file with two layers' per-tensor derivative functions (:func:`per_parameter`: ``derivative_w2(Z, T,
    Y)``, ``derivative_w1(X, Z, T, Y, W2)``, ...) and no forward, a forward written by xval, the course's
    ``forward(X, W1, b1, W2, b2) -> (Y, Z)``: the hidden activation the first layer's derivative differentiates
    (``Z * (1 - Z)``: sigmoid), a softmax output, under the file's own names for the input, the hidden values and
    the output. Put in ``ns`` and ``sm`` as ``forward``, its ``made`` attribute saying what it computes; its name,
    or None. Its forward values are xval's, so only the derivatives are judged."""
    found = {k: name for k, (name, _) in _per_tensor(ns).items()}
    if sorted(found) != [("W", 1), ("W", 2), ("b", 1), ("b", 2)] or "forward" in ns:
        return None
    first = sm.defs.get(found[("W", 1)])
    text = ast.unparse(first) if first is not None else ""
    act, z = next(((a, next(g for g in m.groups() if g)) for a, rx in DERIVATIVE_OF
                   if (m := re.search(rx, text))), (None, None))
    top = {p: i for i, p in enumerate(inspect.signature(ns[found[("W", 2)]]).parameters)}
    args = list(inspect.signature(ns[found[("W", 1)]]).parameters)
    if act is None or z not in top or z not in args:
        return None
    x = next((a for a in args if (classify(a) or ("",))[0] == "x"), None)
    w2 = next((a for a in args if classify(a) == ("W", 2)), "W2")
    y = _output_of_difference(first, set(top) - {z})
    names = {"x": x, "w1": "W1", "w2": w2, "z": z, "y": y}
    if x is None or y is None or len(set(names.values()) | {"b1", "b2", "np"}) != 8:
        return None  # (its names must not be the forward's others)
    source = MADE_FORWARD.format(**names, act=ACTS[act].format(**names))
    scope = {"np": np}
    exec(compile(source, "<xval's forward>", "exec"), scope)
    ns["forward"] = scope["forward"]
    ns["forward"].made = (f"the file has no forward: xval's forward({x}, W1, b1, {w2}, b2) -> ({y}, {z}), {act} "
                          f"hidden units as {found[('W', 1)]} differentiates ({z}'s), a softmax output; its "
                          "values are xval's, the derivatives are judged",
                          f"read from {found[('W', 1)]}'s derivative of {z}, for which xval wrote the forward")
    sm.defs["forward"] = ast.parse(source).body[0]
    return "forward"


TARGET_WORDS = ("t", "target", "targets", "label", "labels", "ytrue", "truth", "expected", "d")


def _output_of_difference(fn: ast.AST, names: set[str]) -> str | None:
    """Of the two of ``names`` a derivative subtracts (``T - Y``), the network's output: the one named as an output
    (``Yhat``, ``P``), else the one not named as a target (``T``); None when that does not tell."""
    for n in ast.walk(fn):
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and isinstance(n.left, ast.Name) and isinstance(
                n.right, ast.Name) and {n.left.id, n.right.id} <= names and n.left.id != n.right.id:
            pair = (n.left.id, n.right.id)
            named = [a for a in pair if (classify(a) or ("",))[0] in ("probs", "acts")]
            plain = [a for a in pair if squash(a) not in TARGET_WORDS]
            return named[0] if len(named) == 1 else plain[0] if len(plain) == 1 else None
    return None


def _subtracted_from_output(fn: ast.AST | None, outputs: set[str]) -> set[str]:
    """The names a function subtracts from one of ``outputs`` (the names its forward returns) or subtracts them
    from: ``y - d``, ``d - y``."""
    found = set()
    for n in ast.walk(fn) if fn is not None else ():
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and isinstance(n.left, ast.Name) and \
                isinstance(n.right, ast.Name):
            if n.left.id in outputs:
                found.add(n.right.id)
            if n.right.id in outputs:
                found.add(n.left.id)
    return found


def _scores_or_loss(sm: SourceMap, name: str) -> bool:
    """Whether ``name`` is CS231n's two-layer net written as a function: it takes an input, parameters and labels
    defaulting to None, returns one value when they are None (``if y is None: return scores``) and a pair after
    (``return loss, grads``)."""
    fn = sm.defs.get(name)
    if not isinstance(fn, ast.FunctionDef):
        return False
    args = fn.args.args
    defaults = dict(zip([a.arg for a in args][len(args) - len(fn.args.defaults):], fn.args.defaults))
    roles = {a.arg: (classify(a.arg) or ("",))[0] for a in args}
    labels = [n for n, r in roles.items() if r == "y" and isinstance(defaults.get(n), ast.Constant)
              and defaults[n].value is None]
    if not labels or "x" not in roles.values() or not set(roles.values()) & set(PARAM_ROLES):
        return False
    early = [r for n in ast.walk(fn) if isinstance(n, ast.If) and isinstance(n.test, ast.Compare)
             and isinstance(n.test.left, ast.Name) and n.test.left.id == labels[0]
             and isinstance(n.test.ops[0], ast.Is) for r in n.body if isinstance(r, ast.Return)
             and r.value is not None and not isinstance(r.value, ast.Tuple)]
    last = max((n for n in ast.walk(fn) if isinstance(n, ast.Return) and n.value is not None), key=lambda n: n.lineno)
    return bool(early) and isinstance(last.value, ast.Tuple) and len(last.value.elts) == 2


FORWARD_ARG = re.compile(r"(?:forward|fwd|feedforward|forwardprop|forwardpropagation)(?:func|fn|function|f)?")
"""A backward's argument naming the forward function it calls (``forward_prop_func``, ``fwd_fn``)."""


def _detect_pair(loaded, sm: SourceMap, fwd: str, bwd: str) -> FunctionPair:
    pair = FunctionPair(loaded, sm, fwd, bwd)
    if fwd == bwd and _scores_or_loss(sm, fwd):  # its forward is the call without labels: the scores it returns
        pair.scores_first = True
        first = min((r for r in ast.walk(sm.defs[fwd]) if isinstance(r, ast.Return) and r.value is not None),
                    key=lambda r: r.lineno).value  # return scores (its last, loss and grads, is the backward's)
        pair.returns = [first.id if isinstance(first, ast.Name) else None]
    elif fwd == bwd and _loss_and_grads(sm, fwd):
        pair.loss_only = True
    if pair.fargs is None or pair.bargs is None:
        raise Rejected("functions", f"cannot read the signature of {fwd} or {bwd}", 1)
    if not any(a.role == "x" for a in pair.fargs):
        raise Rejected("functions", f"{fwd}({_arg_text(pair.fargs)}) takes no input argument (X, x, inputs)", 1)
    for fn_name, args in ((fwd, pair.fargs), (bwd, pair.bargs)):
        for i, a in enumerate(args):  # nn_architecture: a layer list the file writes down, resized by xval
            example = pair.sm.example(_sq(a.name), f"{fn_name}#{i}", f"{fn_name}.{a.name}") if a.role is None \
                else None
            if example is not None:
                a.role, pair.examples[a.name] = "arch", example
            elif a.role is None and _sq(a.name) in SIZE_LISTS:
                a.role = "sizes"  # forward_propagation(X, params, layer_sizes): the sizes checked, input to output
            elif a.role is None and not a.has_default and isinstance(
                    choice := compared_choice(pair.sm, fn_name, a.name), str):
                a.role, pair.choices[a.name] = "choice", choice  # forward(Ws, bs, X, act): act == "relu" selects
    if (found := packed.find(pair)) is not None:  # Ws, bs = unpack(wab): one flat vector, unpacked by the file
        for a in pair.fargs + pair.bargs:
            if a.name == found[1]:
                a.role = "flat"
            elif a.role is None and packed.own_constant(pair, a.name) is not None:
                a.role = "own"
        pair.packing = packed.read(pair, *found)
    roles = {a.role for a in pair.fargs}
    if not roles & {"W", "b", "Ws", "bs", "params", "flat"}:  # forward(X, p), forward(X, theta): the one other argument
        others = [a for a in pair.fargs if a.role != "x" and not a.has_default]
        if len(others) == 1 and others[0].role in (None, "probs", "grads", "cache"):
            for a in pair.fargs + pair.bargs:
                if a.name == others[0].name:
                    a.role = "params"
    for fn_name, args in ((fwd, pair.fargs), (bwd, pair.bargs)):
        for a in args:  # back_propagation(ann_model, ...) reading ann_model.X_train: an object, not a params dict
            if a.role in ("params", "cache") and _used_as_object(pair.sm.defs.get(fn_name), a.name):
                a.role = None
    returned = pair.returns or []
    output_returned = any(_sq(n) in OUTPUT_WORDS or (classify(n) or ("",))[0] == "probs" for n in returned if n)
    if any(a.role == "y" for a in pair.fargs):  # FeedBackward(X, output, hot_vector, ...) beside a FeedForward(X, Y,
        for a in pair.bargs:  # ...) returning `output` (and `onehot` beside it): the forward's values, not the
            if a.role == "y" and a.name in returned and (_sq(a.name) in OUTPUT_WORDS or output_returned):  # labels
                a.role = "probs" if _sq(a.name) in OUTPUT_WORDS else None  # (a forward returning its output as
                # `y`, beside nothing named as an output, returns no labels: backward_prop's `y` is the labels)
    taken = {a.name for a in pair.fargs}
    for a in pair.bargs:  # nnbackward(x, h_b, ...) given the `h_b` nnforward returns (the hidden values with their
        if a.role == "b" and a.name in returned and a.name not in taken:  # ones): a value, not a bias
            a.role, a.index = None, None
    unknown = list(dict.fromkeys(a.name for a in pair.fargs + pair.bargs if a.role is None and not a.has_default
                                 and a.name not in (pair.returns or [])))
    inputs = [a.name for a in pair.bargs if a.role == "x"]  # backward(X_batch, batch, ...): two read as the input
    doubled = inputs[1:] if len(inputs) > 1 else []
    if (unknown or doubled) and not any(a.role == "y" and a.name not in (pair.returns or []) for a in pair.bargs):
        targets = _subtracted_from_output(pair.sm.defs.get(bwd), set(pair.returns or []))
        for a in pair.bargs:  # back_propagation(x, z1, y, d) forming y - d: d is the labels (the desired output)
            if (a.name in unknown or a.name in doubled) and a.name in targets:
                a.role, pair.labels_by_use = "y", a.name
                unknown = [u for u in unknown if u != a.name]
                pair.evidence.append(f"`{a.name}`: the labels ({bwd} subtracts it from the output forward returns)")
                break
    for a in pair.bargs:  # backward_prop(data, labels, params, forward_prop_func) calling it: the forward found
        if a.name in unknown and FORWARD_ARG.fullmatch(_sq(a.name)) and calls_argument(pair.sm.defs.get(bwd), a.name):
            a.role = "fwdfn"
            pair.evidence.append(f"`{a.name}`: a function {bwd} calls to run the forward; given {fwd}")
    unknown = [u for u in unknown if all(a.role != "fwdfn" for a in pair.bargs if a.name == u)]
    for fn_name, args in ((fwd, pair.fargs), (bwd, pair.bargs)):  # backward_propagation(Y, cache, W2, W3, loss)
        node = pair.sm.defs.get(fn_name)  # never reading `loss` (a comment's): given None, it cannot matter
        for a in args:
            if a.name in unknown and _never_read(node, a.name):
                a.role = "unused"
                pair.evidence.append(f"`{a.name}`: never read by {fn_name}; passed None")
    unknown = [u for u in unknown if all(a.role != "unused" for a in pair.fargs + pair.bargs if a.name == u)]
    if unknown:
        raise Rejected("functions", f"cannot tell what to pass as {', '.join(f'`{u}`' for u in unknown)} "
                       f"({fwd}({_arg_text(pair.fargs)}), {bwd}({_arg_text(pair.bargs)}))", 2)
    pair.spec, depth, base = _param_spec(pair)
    pair.layout.base = base
    pair.layout.grad_t = _updates_by_transposed_gradients(pair.sm)
    pair.depth = depth if pair.spec.kind in ("unpacked", "dict", "globals", "packed", "tuple") or pair.spec.names \
        else None
    if pair.spec.kind == "unpacked" and not any(a.role == "b" for a in pair.fargs + pair.bargs):
        _fold(pair, depth, base)  # theta1, theta2 and no biases: folded into them, if a probe call agrees
    try:
        _probe(pair)
    except Rejected:
        if not pair.layout.fold:
            raise
        pair.layout.fold, pair.layout.zbase, pair.evidence = False, None, []
        pair.depth = depth
        pair.biases = False  # wh, wo and no bias anywhere, not folded: layers without them (held at zero)
        _probe(pair)
    return pair


def _updates_by_transposed_gradients(sm: SourceMap) -> bool:
    """Whether the file's updates subtract transposed weight gradients (``parameters["W1"] -= lr * grads["dW1"].T``,
    ``W1 = W1 - alpha * dW1.T``), every one of them: then its backward's weight gradients are the transposes of
    its weights'. One update without the transpose (``W2 -= lr * dW2``) leaves the gradients as they are."""
    def grads_in(node: ast.AST) -> list[bool]:  # each gradient the update reads: transposed or not
        out, seen = [], set()
        for n in ast.walk(node):
            if isinstance(n, ast.Attribute) and n.attr == "T" and _is_grad(n.value):
                out.append(True)
                seen.add(id(n.value))
        return out + [False for n in ast.walk(node) if isinstance(n, (ast.Name, ast.Subscript)) and _is_grad(n)
                      and id(n) not in seen and not (isinstance(n, ast.Name) and any(
                          isinstance(m, ast.Subscript) and m.value is n for m in ast.walk(node)))]
    found = []
    for tree in sm.trees:
        for n in ast.walk(tree):
            if isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Sub):
                found += grads_in(n.value)
            elif isinstance(n, ast.Assign) and isinstance(n.value, ast.BinOp) and isinstance(n.value.op, ast.Sub) \
                    and ast.unparse(n.value.left) == ast.unparse(n.targets[0]):
                found += grads_in(n.value.right)
    return bool(found) and all(found)


def _is_grad(node: ast.AST) -> bool:
    """A weight gradient as an update reads it: ``dW1``, ``grads["dW1"]``, ``grads["dW" + str(n)]``."""
    if isinstance(node, ast.Subscript):
        key = node.slice  # "dW1", "dW" + str(n), f"dW{n}": the constant the key starts with
        key = key.left if isinstance(key, ast.BinOp) else key.values[0] if isinstance(key, ast.JoinedStr) and \
            key.values else key
        key = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else ""
        return (classify(_root(node)) or ("",))[0] in ("grads", "dWs") and not (
            key and (classify(key) or ("",))[0] in ("db", "b", "dbs", "bs"))
    return isinstance(node, ast.Name) and (classify(node.id) or ("",))[0] == "dW"


def _root(node: ast.AST) -> str:
    """The name a subscript or attribute chain starts from (``grads`` of ``grads["dW" + str(n)]``)."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _feeding_forward(sm: SourceMap, defined: list[str], backward: str) -> str | None:
    """The one module function, by what it does whatever its name, that returns two or more of the values
    ``backward`` takes (``Abfrage(w2, b2, w3, b3, w4, b4, eingabe)`` returning ``z2, a2, z3, a3, z4, a4`` beside
    ``backpropagation(z2, a2, z3, a3, w3, a4, w4, labels, daten)``) and multiplies by its arguments; else None."""
    node = sm.defs.get(backward)
    if not isinstance(node, ast.FunctionDef):
        return None
    taken, found = {a.arg for a in node.args.args}, []
    for name in defined:
        fn = sm.defs.get(name)
        if name == backward or not isinstance(fn, ast.FunctionDef):
            continue
        returned = {e.id for r in ast.walk(fn) if isinstance(r, ast.Return) and isinstance(r.value, ast.Tuple)
                    for e in r.value.elts if isinstance(e, ast.Name)}
        if len(returned & taken) >= 2 and has_product(fn):
            found.append(name)
    return found[0] if len(found) == 1 else None


def _global_pair(sm: SourceMap, defined: list[str]) -> tuple[str, str] | None:
    """(forward, step) by what they do, whatever their names: a step that declares module weights ``global`` and
    updates them (``w1 -= alpha * ...``), taking data, labels and a rate, and a forward taking only data that reads
    those weights, multiplies by them and returns a value (``local(features)``); None unless there is one of each."""
    steps, forwards = [], []
    for name in defined:
        node = sm.defs.get(name)
        if not isinstance(node, ast.FunctionDef):
            continue
        declared = {g for n in ast.walk(node) if isinstance(n, ast.Global) for g in n.names}
        updated = {t.id for n in ast.walk(node) if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Sub, ast.Add))
                   for t in [n.target] if isinstance(t, ast.Name)} | {
            t.id for n in ast.walk(node) if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
            and isinstance(n.value, ast.BinOp) and isinstance(n.value.op, ast.Sub) and isinstance(n.value.left, ast.Name)
            and n.value.left.id == t.id}
        weights = {g for g in declared & updated if (classify(g) or ("",))[0] in ("W", "b")} or (
            declared & updated if len(declared & updated) >= 2 else set())
        roles = {(classify(a.arg) or ("",))[0] for a in node.args.args}
        if weights and {"x", "y", "lr"} <= roles:
            steps.append((name, weights))
        elif len(node.args.args) == 1 and not declared and any(isinstance(n, ast.Return) and n.value is not None
                                                               for n in ast.walk(node)) and has_product(node):
            forwards.append((name, set(free_globals(node))))
    if len(steps) != 1:
        return None
    step, weights = steps[0]
    reading = [f for f, free in forwards if weights <= free]
    return (reading[0], step) if len(reading) == 1 else None


def _data_globals(sm: SourceMap, bwd: str, bargs, shared: dict) -> dict[str, str]:
    """{module global: "x", "y" or "lr"} for the data a backward reads from the module when it takes no argument of
    that role (``back_prop(parameters, outputs, activation)`` reading ``X_train`` and ``Y_train``): in the file's
    training they hold the batch its forward was given, so a step binds them to the batch checked; and the rate a step
    reads from the module (``weights -= learning_rate * ...`` under ``learning_rate = 0.1``), bound to the checked
    step's rate when it holds a number (see :meth:`FunctionPair.step`)."""
    node = sm.defs.get(bwd)
    if not isinstance(node, ast.FunctionDef):
        return {}
    roles = {a.role for a in bargs or []}
    out: dict[str, str] = {}
    for name in free_globals(node):
        role = (classify(name) or ("",))[0]
        if role in ("x", "y", "lr") and role not in roles and name not in shared and role not in out.values():
            out[name] = role
    return out


def _is_rate(value) -> bool:
    """Whether a module global a step reads as its rate holds one: a real number, not a bool (nor an array)."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _shared_globals(sm: SourceMap, fwd: str, bwd: str, fparams: list[str]) -> dict[str, str]:
    """{module global: forward parameter} for a global the backward reads and never assigns that the file's own
    calls pass to the forward as that parameter (``backward_propagation(X, Y, caches)`` reading ``parameters``, the
    dict the file's loop gives ``forward_propagation(X, parameters)``): in the file's training they are one object,
    so a step binds the global to what xval passes the forward (the file's own value would be another model's)."""
    node = sm.defs.get(bwd)
    if not isinstance(node, ast.FunctionDef):
        return {}
    free = set(free_globals(node))
    out: dict[str, str] = {}
    for call in (c for tree in sm.trees for c in ast.walk(tree) if isinstance(c, ast.Call)
                 and isinstance(c.func, ast.Name) and c.func.id == fwd):
        given = [*zip(fparams, call.args), *((k.arg, k.value) for k in call.keywords if k.arg in fparams)]
        out.update({arg.id: param for param, arg in given if isinstance(arg, ast.Name) and arg.id in free})
    return out


DICT_METHODS = ("get", "items", "keys", "values", "copy", "update", "pop", "setdefault")


def _used_as_object(fn: ast.AST | None, name: str) -> bool:
    """Whether ``fn`` reads attributes of its argument ``name`` (``ann_model.n_train``) other than a dict's methods,
    and never indexes it: an object of its own, which no dict xval builds can stand for."""
    if fn is None:
        return False
    attrs = [n.attr for n in ast.walk(fn) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
             and n.value.id == name]
    indexed = any(isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == name
                  for n in ast.walk(fn))
    return bool(attrs) and not indexed and any(a not in DICT_METHODS for a in attrs)


CONCATS = ("hstack", "vstack", "concatenate", "column_stack", "row_stack", "insert", "append", "pad", "c_", "r_")


def adds_ones(pair: FunctionPair) -> bool:
    """Whether the forward or backward (or a function of the file they call) prepends ones to the *input*:
    ``np.hstack([np.ones((m, 1)), X])``, ``np.insert(X, 0, 1, axis=1)``, ``np.c_[np.ones(m), X]`` (a ones row
    put on a hidden activation, ``vstack([ones, a1])``, does not count)."""
    return adds_ones_in(pair.sm, [pair.fwd_name, pair._backward_name])


def adds_ones_in(sm: SourceMap, names: list[str]) -> bool:
    """:func:`adds_ones` for the functions ``names`` of the file (and what they call)."""
    try:
        tree = ast.parse("\n".join(sm.text(n) for n in names))
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        head = node.func if isinstance(node, ast.Call) else node.value if isinstance(node, ast.Subscript) else None
        name = getattr(head, "attr", getattr(head, "id", None))
        if name not in CONCATS:
            continue
        inner = list(ast.walk(node))
        ones = any(isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", "")) in
                   ("ones", "ones_like") for n in inner) or name in ("insert", "pad", "c_", "r_") and any(
                       isinstance(n, ast.Constant) and n.value == 1 for n in inner)
        if ones and any(isinstance(n, ast.Name) and (classify(n.id) or ("",))[0] == "x" for n in inner):
            return True
    return False


def _fold(pair: FunctionPair, depth: int | None, base: int) -> None:
    """Read weights without biases as folded (theta1 (out, in + 1)); the activation numbering of a file that
    counts the input as a1 (its z and a names run one past its weights)."""
    pair.layout.fold = True
    pair.layout.zbase = None
    if not depth:
        return
    names = set(pair.returns or []) | {a.name for a in pair.bargs}
    try:
        tree = ast.parse(pair.sm.text(pair.fwd_name, depth=0))
        names |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    except SyntaxError:
        pass
    idx = {c[1] for c in map(classify, names) if c and c[0] in ("z", "a") and c[1] is not None}
    if depth + base in idx:
        pair.layout.zbase = base + 1
        pair.evidence.append(f"{pair.fwd_name} names z{depth + base} with {depth} weight matrices: a{base} is the "
                             "input (the course's numbering)")


def _outer_products(sm: SourceMap, name: str) -> bool:
    """Whether the function ``name`` (or one of the file's functions it calls) forms ``np.outer`` products: a
    gradient of one sample's vectors (a batch's would be a matrix product)."""
    return re.search(r"\bouter\(", sm.text(name)) is not None


def _walks_its_batch(pair: FunctionPair) -> bool:
    """Whether the backward indexes its own input by sample (``np.outer(X[j], dz2)`` in a loop over ``j``): it
    takes the batch and walks it itself, so it is not called one sample at a time."""
    node = pair.sm.defs.get(pair._backward_name)
    xs = {a.name for a in pair.bargs or [] if a.role == "x"}
    return isinstance(node, ast.FunctionDef) and any(
        isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in xs for n in ast.walk(node))


def _probe(pair: FunctionPair) -> None:
    """Orientation and labels from calls on a small network; the mode from what backward returns."""
    fixed = pair.spec.kind in ("unpacked", "packed", "tuple") or bool(pair.spec.names)  # the signature, the
    # layer names, the unpacking of one tuple or of one vector say it
    depths = [pair.depth] if pair.depth and fixed else list(dict.fromkeys([d for d in (pair.depth, 3, 2, 4, 1) if d]))
    pair.depth = pair.depth if fixed else None
    errors = []
    if _outer_products(pair.sm, pair._backward_name) and not _walks_its_batch(pair):  # np.outer(delta, a): a
        # gradient of one sample's vectors
        pair.per_sample = pair.layout.lone = True
        pair.evidence.append(f"{pair._backward_name} takes outer products of vectors: written for one sample, "
                             "called on each sample from the same weights, the batch's gradient the mean of theirs")
    readings = [(wcol, xcol, bias, False, None) for wcol, xcol, bias in (
        (False, False, "row"), (True, True, "col"), (False, False, "flat"), (True, False, "flat"),
        (False, True, "col"), (True, True, "flat"))]
    readings.append((True, False, "col", False, True))  # last: W1 @ X.T + b1, rows of X, columns after it
    if pair.per_sample:  # one sample's vectors: a flat bias keeps them vectors (a (1, n) one makes them rows)
        readings.sort(key=lambda r: r[2] != "flat")
    if pair.layout.fold:  # a 784-wide input first; a 785-wide one (the caller's ones) only if the file adds none
        ones = (False,) if adds_ones(pair) else (False, True)
        readings = [(wcol, xcol, "row", o, None) for o in ones for wcol, xcol in
                    ((True, False), (False, False), (True, True), (False, True))]
        readings += [(True, False, "row", o, True) for o in ones]  # alpha.dot(x.T): rows in, columns after
    pk = pair.packing
    if pk is not None:  # its own sizes and orientation, read from its unpacking: the bias shape it gives too
        bias = {1: "flat"}.get(pk.b[0].ndim, "col" if pk.b[0].shape[-1] == 1 else "row")
        readings = [r for r in readings if r[0] == pk.wcol and r[2] == bias and not r[4]] or readings
        pair.own_sizes = pk.sizes
        pair.evidence.append(f"parameters: one vector of {pk.size} values that {pk.fn}() unpacks into "
                             f"{'-'.join(map(str, pk.sizes))} layers (its length from "
                             f"{pk.init + '()' if pk.init else 'the slices ' + pk.fn + ' takes'})")
    column = _labels_column(pair)  # y_true.reshape(-1, 1) in backward: one output unit first
    vector = _own_vector_output(pair)
    column = f"its backward makes the labels one column ({column})" if column else _own_call_one_output(pair) \
        or _module_one_output(pair) or vector
    order = [(d, 10) for d in depths] + [(d, 1) for d in depths]  # one output unit last (binary), unless column
    for depth, n_out in (order[len(depths):] + order[:len(depths)] if column else order):
        if n_out == 1 and not column and not any(ONE_OUTPUT_SIGN in e for e in errors):
            break
        if pk is not None and n_out == 1:
            break
        params = probe_params(depth, n_out=n_out) if pk is None else probe_params(
            depth, pk.sizes[0], pk.sizes[-1], pk.sizes[1:-1])
        x, y = probe_batch(params)
        for wcol, xcol, bias, ones, acol in readings:
            pair.layout.wcol, pair.layout.xcol, pair.layout.bias, pair.layout.ones = wcol, xcol, bias, ones
            pair.layout.acol = acol
            pair.layout.vec_out = bool(vector) and n_out == 1
            guard = Guard()
            pair.bind(guard)
            try:
                _, acts, _ = pair.forward(params, x)
            except SubmissionError as exc:
                errors.append(str(exc))
                if not any(a.role == "y" for a in pair.fargs) or pair.layout.onehot:
                    continue
                pair.layout.onehot = True  # forward(X, y, ...) computes its loss too: perhaps from one-hot rows
                try:
                    _, acts, _ = pair.forward(params, x)
                except SubmissionError:
                    acts = None
                    if acol:  # rows used transposed: its one-hot labels perhaps columns too (NNForward's (K, N))
                        pair.layout.ycol = True
                        try:
                            _, acts, _ = pair.forward(params, x)
                        except SubmissionError:
                            acts = None
                    if acts is None:
                        pair.layout.onehot = pair.layout.ycol = False
                        continue
            n_out = params[-1][0].shape[1]
            out = acts[-1]
            if isinstance(out, np.ndarray) and out.ndim == 2 and out.shape == (len(x), n_out) and n_out > 1 \
                    and np.isclose(out.sum(), 1.0) and not np.allclose(out.sum(axis=1), 1.0) \
                    and batch_free(pair.sm.text(pair._backward_name), xcol):  # (a backward that sums or divides
                # over the batch is batch code: its softmax over the whole batch is its bug, judged)
                if not pair.per_sample and pair.spec.kind in ("unpacked", "flat", "tuple") and _one_sample_forward(
                        pair, f"on a batch of {len(x)} its softmax is normalised over the whole batch"):
                    return
                raise Rejected("functions", f"{pair.fwd_name} normalises its softmax over the whole batch: it is "
                               "written for one sample at a time, and xval calls a function-style forward on a "
                               "batch; wrap it with --adapter FILE (README: Adapters)", 2)
            zs = pair.forward(params, x)[0]
            if acts[-1] is not None and acts[-1].shape[1] != n_out and not (
                    pair.depth and zs[-1] is not None and zs[-1].shape[1] == n_out):
                errors.append(f"{pair.fwd_name} gave {acts[-1].shape[1]} outputs for {depth} layers")
                continue  # e.g. a 2-layer forward on 3-layer params: not this depth
            # (a signature that fixes the depth, logits of the right width, probabilities of another: the
            # orientation fits and the forward has a bug, e.g. softmax(A1) for softmax(Z2); the judge says so)
            if pair.depth is None:
                fixed = pair.spec.kind in ("dict", "globals") and not pair.spec.lists
                pair.depth = depth if fixed and not _any_depth(pair, depth, n_out) else None
            if pair.depth is None and pair.spec.kind == "dict":
                # a forward of any depth, a backward written for one: the depth of the gradients it returns
                pair.depth = _returned_depth(pair.sm.defs.get(pair._backward_name))
                pair.depth_by_returns = pair.depth is not None
            if pair.layout.fold:
                pair.evidence.append(f"biases folded: {pair.fwd_name} ran on {'(in + 1, out)' if not wcol else '(out, in + 1)'} "
                                     f"matrices and a {x.shape[1] + ones}-wide input" +
                                     ("" if ones else " (it adds the ones itself)" if adds_ones(pair) else ""))
            if n_out == 1:
                _one_output(pair, depth, column)
            elif _scores_given(pair, params, x, acts[-1]):
                pair.scores_given = True
                pair.evidence.append(f"{pair.fwd_name} returns its last layer's z; {pair._backward_name} takes the "
                                     "softmax itself: the forward's values compared as the scores")
            _labels(pair, params, x, y)
            return
    if pair.spec.kind == "dict" and not pair.spec.keys:  # params may be a list of (W, b) pairs instead
        pair.spec.kind = "pairs"
        pair.depth = None
        try:
            return _probe(pair)
        except Rejected:
            pair.spec.kind = "dict"
    if not pair.per_sample and errors and pair.spec.kind in ("unpacked", "flat", "tuple") \
            and _one_sample_forward(pair, errors[0]):
        return
    raise Rejected("functions", f"{pair.fwd_name} did not run on a probe batch in any orientation "
                   f"({errors[0] if errors else 'no attempt'})", 2)


def _scores_given(pair: FunctionPair, params, x, out) -> bool:
    """Whether the forward gives the scores and the backward applies the softmax: what the forward returns is its
    last layer's z (the standard model's identity output at these weights), and the backward, a function of its
    own, names a softmax or writes one out (``loss_and_gradients`` running the layers again and taking
    ``softmax(z)`` for its loss, beside ``classifier_output`` returning z)."""
    from xval.reports.check.family import from_output

    if pair.scores_first or pair.loss_only or pair._backward_name == pair.fwd_name or out is None:
        return False
    bwd = pair.sm.defs.get(pair._backward_name)
    if not (names_softmax(bwd) or _inline_softmax(bwd)):
        return False
    read = from_output(x, out, params)
    return bool(read) and read[1] == "identity"


def _one_sample_forward(pair: FunctionPair, on_batch: str) -> bool:
    """A forward taking its parameters one by one (alpha, beta; never lists, which NumPy would stack into one
    array a vector multiplies), or in one list it indexes or unpacks (``W, b, U, b_tag = params``), that runs on no
    batch in any orientation, probed again one sample per call: as the
    vector of its features (and its label alone), as a row (1, D), or as a row with its label alone
    (``FeedForward(X, Y, alpha, beta)`` marking ``hot_vector[int(Y)] = 1`` and normalising its softmax over the
    whole array, as CMU's one-sample homework does). Whether one of them ran (the pair is then read so, and says
    why)."""
    for lone, ylone in ((True, False), (False, False), (False, True)):
        pair.per_sample = True
        pair.layout.lone, pair.layout.ylone = lone, ylone
        try:
            _probe(pair)
        except Rejected:
            continue
        given = "its features as a vector" if lone else "a row (1, features)" + (
            ", its label alone" if ylone else "")
        pair.evidence.append(f"{pair.fwd_name} ran on no batch ({on_batch}) and runs on one sample given as {given}"
                             ": called on each sample from the same weights, the batch's gradient the mean of theirs")
        return True
    pair.per_sample = pair.layout.lone = pair.layout.ylone = False
    return False


ONE_OUTPUT_SIGN = "AssertionError"
"""What sends the probe on to one output unit once every reading at ten failed: a failed assert, as the
deeplearning.ai course's ``assert(AL.shape == (1, X.shape[1]))`` in its L-layer forward for a binary classifier."""


def _one_output(pair: FunctionPair, depth: int, why: str | None = None) -> None:
    """A forward that runs only with one output unit, or a file that says it has one (its backward makes its labels
    one column, its own call of its parameter-making function asks for one), is a network with one output unit:
    checked at the default hidden sizes with one output (the runner makes 0/1 labels for it, a target for a
    regression's squared error too)."""
    from xval.impl.weights import DEFAULT_SIZES, default_hidden

    pair.own_sizes = [DEFAULT_SIZES[0], *default_hidden(depth), 1]
    pair.one_output_why = why or "it runs only with one: a binary classifier"
    pair.evidence.append(f"{pair.fwd_name}: one output unit ({pair.one_output_why}), checked at "
                         f"{'-'.join(map(str, pair.own_sizes))}")


def _own_vector_output(pair: FunctionPair) -> str | None:
    """Why the file's own code holds its one output unit's weights as a vector: it makes the forward's last weight
    argument a 1-d random or zero array (``W2 = np.random.randn(M)`` in a training function that calls the
    forward, as a course's binary examples do: ``(T - Y).dot(Z)`` then needs 1-d targets); else None."""
    ws = [a.name for a in pair.fargs or [] if a.role == "W"]
    if len(ws) < 2 or pair.spec.kind != "unpacked":
        return None
    for tree in pair.sm.trees:
        for n in ast.walk(tree):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) \
                    and n.targets[0].id == ws[-1] and isinstance(n.value, ast.Call) \
                    and isinstance(n.value.func, ast.Attribute) and n.value.func.attr in ("randn", "rand", "zeros") \
                    and len(n.value.args) == 1 and not n.value.keywords \
                    and not isinstance(n.value.args[0], (ast.Tuple, ast.List)):
                return f"its own code makes {ws[-1]} a vector, `{ast.unparse(n)}`, its targets then a vector too"
    return None


def _own_call_one_output(pair: FunctionPair) -> str | None:
    """Why the file's own call of its parameter-making function asks for one output unit
    (``inicializar_pesos(n_entradas, 9, cantidad_salidas)`` with ``cantidad_salidas = 1`` at module level: its
    argument of an output size given 1), or None."""
    for name, fn in _init_functions(pair):
        for position, a in enumerate(arguments(fn) or []):
            if _sq(a.name) in OUTPUT and pair.sm.example(f"{name}#{position}=1", f"{name}.{a.name}=1"):
                return f"its own call of {name}() gives `{a.name}` 1"
    return None


def _module_one_output(pair: FunctionPair) -> str | None:
    """Why a forward reading the module's W1 .. bN has one output unit: the module's own last weight is made one
    column (or one row) by its top-level code, which xval does not run
    (``W2 = np.random.normal(0, s, size=(hidden_size, output_size))`` with ``output_size = 1``)."""
    if pair.spec.kind != "globals" or pair.spec.lists:
        return None
    weights = sorted((i, name) for (role, i), name in pair.spec.keys.items() if role == "W")
    try:
        shape = _module_shape(pair, weights[-1][1]) if weights else None
    except RecursionError:  # W2 = np.random.randn(h, 1) * 1 * 1 * ... nested past the stack: not read
        shape = None
    if shape is not None and len(shape) == 2 and min(shape) == 1 and max(shape) > 1:
        return f"its module-level {weights[-1][1]} is made {shape[0]} x {shape[1]}"
    return None


def _module_shape(pair: FunctionPair, name: str) -> tuple[int, ...] | None:
    """The shape a top-level ``name = np.random.randn(a, b) * s`` (``size=(a, b)``, ``np.zeros((a, b))``) gives,
    its sizes constants or module-level integers; None when no such assignment says it."""
    ns = pair.loaded.namespace

    def size(e) -> int | None:
        v = e.value if isinstance(e, ast.Constant) else ns.get(e.id) if isinstance(e, ast.Name) else None
        return v if isinstance(v, int) and not isinstance(v, bool) else None

    def dims(v) -> list | None:
        if isinstance(v, ast.BinOp):
            return dims(v.left) or dims(v.right)
        if not isinstance(v, ast.Call):
            return None
        given = [k.value for k in v.keywords if k.arg in ("size", "shape")]
        given += [a for a in v.args if isinstance(a, ast.Tuple)]
        if given:
            return given[0].elts if isinstance(given[0], ast.Tuple) else [given[0]]
        return v.args if getattr(v.func, "attr", "") in ("randn", "rand") else None

    for tree in pair.sm.trees:
        for node in tree.body:
            if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [name] \
                    and (found := dims(node.value)):
                shape = tuple(size(e) for e in found)
                return shape if None not in shape else None
    return None


def _labels_column(pair: FunctionPair) -> str | None:
    """The expression by which the backward makes its labels one column (``y_true.reshape(-1, 1)``), when it does
    not also build one-hot rows from them; else None."""
    if converts_labels(pair.sm, pair._backward_name):
        return None
    return _labels_as_column(pair.sm.text(pair._backward_name, depth=0))


ONE_SAMPLE = re.compile(r"\.reshape\(\s*1\s*,[^)]*\)|\[\s*(\w+)\s*:\s*\1\s*\+\s*1\s*\]|\binput\(\)")
"""How a file's own code hands its step one sample: a row made of it (``inputs.reshape(1, -1)``), a slice of one
(``X[i:i + 1]``), numbers typed in (``input()``)."""


def _one_sample_use(sm: SourceMap, backward: str = "") -> str:
    """The first of the file's own one-sample expressions (:data:`ONE_SAMPLE`), or its own call of ``backward``
    on one indexed sample (``self.nnbackward(x_train[i], h_b, ...)``), or ""."""
    own_call = re.compile(rf"\b{re.escape(backward.split(' + ')[0])}\(\s*\w+\[\w+\]") if backward else None
    for tree in sm.trees:
        text = ast.unparse(tree)
        if found := ONE_SAMPLE.search(text) or own_call and own_call.search(text):
            return f"`{found.group(0)}`"
    return ""


def _runs_alone(pair: FunctionPair, params, x, y) -> bool:
    """Whether the step runs on the batch's first sample, as a row (1, D) or as the vector of its features (its
    labels in either form)."""
    for lone in (False, True):
        pair.layout.lone = lone
        for onehot in (pair.layout.onehot, not pair.layout.onehot):
            pair.layout.onehot = onehot
            try:
                pair.step(params, x[:1], y[:1], 0.01)
                return True
            except SubmissionError:
                continue
    pair.layout.lone = False
    return False


def _any_depth(pair: FunctionPair, depth: int, n_out: int = 10) -> bool:
    """Whether the forward also runs, with the right output width, one layer deeper (then it loops over layers)."""
    params = probe_params(depth + 1, n_out=n_out)
    x, _ = probe_batch(params)
    try:
        _, acts, _ = pair.forward(params, x)
    except SubmissionError:
        return False
    return acts[-1] is not None and acts[-1].shape[1] == params[-1][0].shape[1]


def _labels(pair: FunctionPair, params, x, y) -> None:
    """Integer or one-hot labels: what the file does (it builds one-hot rows itself, or not), checked by a call."""
    ran = {}
    for onehot in (False, True):
        pair.layout.onehot = onehot
        try:
            st = pair.step(params, x, y, 0.01)
            ran[onehot] = st
        except SubmissionError as exc:
            ran.setdefault("errors", []).append(str(exc))
    if not (False in ran or True in ran) and pair.per_sample and pair.layout.lone and not pair.layout.ylone:
        pair.layout.ylone = True  # one sample as the vector of its features: its label a number, not an array of one
        for onehot in (False, True):  # (gW[:, y] -= h with y an array of one makes a column)
            pair.layout.onehot = onehot
            try:
                pair.step(params, x, y, 0.01)
            except SubmissionError as exc:
                if " raised " in str(exc):  # (it ran to its end, what it returned read as it is, when it did not)
                    continue
            pair.evidence.append(f"{pair._backward_name} runs on one sample given as its features' vector and its "
                                 "label alone (a number)")
            return _labels(pair, params, x, y)
        pair.layout.ylone = False
    if False in ran and True in ran:
        pair.layout.onehot = not converts_labels(pair.sm, pair._backward_name)
    if False in ran and True in ran:
        pair.layout.onehot = not converts_labels(pair.sm, pair._backward_name)
        pair.evidence.append(f"labels: {pair._backward_name} {'builds one-hot rows itself or indexes by label' if not pair.layout.onehot else 'uses Y as given'}")
    elif True in ran:
        pair.layout.onehot = True
    elif False in ran:
        pair.layout.onehot = False
    elif all(UNBOUND in e for e in ran["errors"]):  # xval could not call it: not the file's exception
        raise Rejected("functions", ran["errors"][0].split(": ", 1)[-1] + f" ({pair._backward_name}("
                       f"{_arg_text(pair.bargs)}))", 2)
    elif any(NOT_GRADIENTS in e for e in ran["errors"]) and (deltas := _returns_deltas(pair)):
        raise Rejected("functions", f"{pair._backward_name} returns {deltas}: the layers' deltas, not gradients "
                       "(the weight gradients are formed where they are applied)", 2)
    elif not pair.per_sample and all(any(s in e for s in SHAPE_ERRORS) for e in ran["errors"]) \
            and (sign := _one_sample_use(pair.sm, pair._backward_name)) and _runs_alone(pair, params, x, y):
        # backpropagation(X, ...) stepping `bias_output -= learning_rate * output_delta` on a (1, n) bias: a batch
        # breaks it, one sample does not, and the file feeds it one (`inputs.reshape(1, -1)`)
        pair.per_sample = True
        pair.evidence.append(f"{pair._backward_name} raised a shape error on a batch of {len(x)} and runs on one "
                             f"sample, as the file feeds it ({sign}): called on each sample from the same weights, "
                             "the batch's gradient the mean of theirs")
        pair.style_warnings = [*getattr(pair, "style_warnings", []), (
            f"{pair._backward_name} works only on one sample, checked so: on a batch of {len(x)} it "
            f"{ran['errors'][-1].split(': ', 1)[-1]}")]
        _labels(pair, params, x, y)
    else:  # the interface is clear, its backward raises: checked, and the exception is the finding
        sizes = [params[0][0].shape[0], *(W.shape[1] for W, _ in params)]
        listed = next((found for example in pair.examples.values() if (found := example_sizes(example))), None)
        own = why = None
        if not pair.own_sizes and listed and len(listed) != len(sizes):
            # nn_backward(..., nn_architecture) raising KeyError 'A4' at xval's depth: written for the depth of the
            # layer list the file writes down (2-3-1), checked at that list's sizes
            own, why, pair.listed_sizes = listed, "the layer list the file writes down has", sizes
        elif not pair.own_sizes and (own := _init_sizes(pair, len(params))) and own != sizes and any(
                s in e for e in ran["errors"] for s in SHAPE_ERRORS):
            # back_prop ending in .reshape(800, 1): written for the sizes its own init_params() makes, checked at them
            why = f"its own {pair.init_name}() makes"
        if why:
            pair.own_sizes = own
            pair.evidence.append(f"{pair._backward_name} raised at xval's probe sizes ({ran['errors'][0]}); {why} "
                                 f"{'-'.join(map(str, own))} layers: checked at those")
            mine = probe_params(len(own) - 1, own[0], own[-1], own[1:-1])
            return _labels(pair, mine, *probe_batch(mine))
        pair.layout.onehot = not converts_labels(pair.sm, pair._backward_name)
        pair.mode = "in-place" if any(a.role == "lr" for a in pair.bargs) else "gradients"
        pair.evidence.append(f"{pair._backward_name} raised on a probe batch ({ran['errors'][0]}); labels and "
                             "mode read from its code and signature")
        read_label_base(pair.layout, pair.sm, pair._backward_name)
        return
    read_label_base(pair.layout, pair.sm, pair._backward_name)
    pair.mode = "gradients" if _returns_grads(pair, params, x, y) else "in-place"


NOT_GRADIENTS = "returned something xval could not read as gradients"


def _shared_head(named: dict) -> str:
    """The words every returned name starts with, up to their last underscore (``digits_`` of ``digits_W1,
    digits_b1, digits_W2, digits_b2``: the data set's name before each gradient's); "" when there is none."""
    keys = [k for k in named if isinstance(k, str)]
    if len(keys) < 2:
        return ""
    head = os.path.commonprefix(keys)
    return head[:head.rfind("_") + 1]

SIZE_LISTS = ("layersizes", "layerdims", "layersdims", "layerdimensions", "layerssizes", "sizes", "dims",
              "architecture", "nnarchitecture", "topology", "netsizes", "layerunits", "layerwidths")
"""A function's argument that is the list of layer sizes, input to output (``forward_propagation(X, params,
layer_sizes)``), when the file writes no literal list for it: given the sizes checked."""

def _init_functions(pair: FunctionPair):
    """(name, function) for each of the file's functions named as making its parameters (:func:`makes_parameters`)."""
    return [(name, fn) for name, fn in pair.loaded.namespace.items()
            if inspect.isfunction(fn) and makes_parameters(name)]


def _init_sizes(pair: FunctionPair, depth: int) -> list[int] | None:
    """The layer sizes the file's own parameter-making function gives when called without arguments
    (``init_params()`` making W1 (800, 784) and W2 (10, 800)): read from the ``depth`` matrices it returns,
    stored (out, in) or (in, out), whichever chains; None when there is no such function or they do not chain."""
    for name, fn in _init_functions(pair):
        if any(not a.has_default for a in arguments(fn) or []) or arguments(fn) is None:
            continue
        try:
            made = pair.call(name, fn)
        except SubmissionError:
            continue
        values = list(made.values()) if isinstance(made, dict) else list(made) if isinstance(made, (tuple, list)) \
            else []
        mats = [np.shape(v) for v in values if isinstance(v, np.ndarray) and v.ndim == 2 and min(v.shape) > 1]
        if len(mats) != depth:
            continue
        if (sizes := chain_sizes(mats, in_first=False)) is not None:
            pair.init_name = name
            return sizes
    return None


DELTA_WORDS = ("delta", "error", "err", "sensitivity")


def _returns_deltas(pair: FunctionPair) -> str:
    """``(d_out, d_hid)`` when the backward returns only names of deltas or errors (``d_output``, ``delta_hidden``,
    ``err``) and takes no learning rate: it hands its deltas to a training loop that forms the gradients; "" when
    its return says anything else."""
    names = pair.breturns or []
    if not names or any(a.role == "lr" for a in pair.bargs):
        return ""
    for n in names:
        role = (classify(n) or ("",))[0] if n else None
        if role in ("dout", "dz") or (n and any(w in _sq(n) for w in DELTA_WORDS)):
            continue
        if n and re.fullmatch(r"d_?(?:out|output|hid|hidden|h|o)", n.lower()):
            continue
        return ""
    return f"({', '.join(names)})"


def _returns_grads(pair, params, x, y) -> bool:
    if pair.per_sample:  # one sample, as it is called
        x, y = x[:1], y[:1]
    env = pair._env(params, x, y, 0.01)
    fo = pair.forward_values(env, params, len(x))
    result = pair._call(pair._backward_name, pair.bwd, pair.bargs, env, fo)
    grads, _ = pair._result(result, params, env)
    return grads is not None


def interface(pair: FunctionPair) -> str:
    if isinstance(pair, unrolled.CostFunction):
        return unrolled.interface(pair)
    kind = {"unpacked": "unpacked arguments", "lists": "weight and bias lists", "dict": "a params dict",
            "pairs": "a list of (W, b) pairs",
            "globals": "module-level parameters", "packed": "one flat parameter vector",
            "tuple": "a params tuple", "flat": "one params list [W1, b1, W2, b2, ...] indexed by position"
            }[pair.spec.kind]
    if pair.spec.kind == "tuple":
        names = {(r, i): f"{r}{i + pair.layout.base}" for r, i in pair.spec.order}
        kind = f"a params tuple unpacked as ({', '.join(names[k] for k in pair.spec.order)})"
    if pair.packing is not None:
        pk = pair.packing
        kind = (f"one flat vector `{pk.arg}` of {pk.size} values that {pk.fn}() unpacks, its own "
                f"{'-'.join(map(str, pk.sizes))} layers")
    if pair.spec.names:
        kind = f"weight and bias dicts keyed by layer name ({', '.join(map(repr, pair.spec.names))})"
    if pair.spec.global_dict:
        kind = (f"the module-level params dict `{pair.spec.global_dict}` (set to the parameters checked before each "
                "call)")
    if pair.spec.in_dict:
        kind = (f"a params dict holding the weights and biases as two "
                f"{'dicts keyed by the layer number from 1' if pair.spec.in_dict_from else 'lists'} "
                f"({', '.join(map(repr, pair.spec.in_dict))})")
    how = "returns gradients" if pair.mode == "gradients" else "updates the parameters"
    if pair.mode == "gradients" and pair.ascent:
        how = f"returns minus the gradient (read as such: {pair.ascent})"
    if renamed := getattr(pair.bwd, "renamed", None):
        how += f" (its {', '.join(f'{a} read as {b}' for a, b in renamed.items())})"
    if pair.by_what:
        how += (f" (the two found by what they do: {pair._backward_name} declares the weights global and steps "
                f"them, {pair.fwd_name} reads them and returns the output)")
    layout = pair.layout.describe()
    if getattr(pair, "biases", True) is False:
        layout = re.sub(r", biases \([^)]*\)", ", no biases", layout)
    if pair.layout.fold:
        ws = [a.name for a in pair.fargs if a.role == "W"]
        layout = layout.replace("folded into the weights", f"folded into {ws[0]}.." if ws else "folded")
    if pair.spec.kind == "unpacked" and (read := pair.forward_globals()):
        kind += (f", {pair.fwd_name} reading the module's {', '.join(sorted(read, key=lambda n: read[n][::-1]))} "
                 "(set to the parameters checked)")
    for name, offset in pair.layer_count_globals.items():
        kind += (f", the module's `{name}` (read by {pair._backward_name}) set to the checked depth"
                 f"{f' {offset:+d}' if offset else ''}, as {pair.fwd_name} computes it")
    reg = [a.name for a in pair.fargs + pair.bargs if a.role == "reg"]
    if reg:
        kind += f", {reg[0]} passed the L2 strength checked (see 'checked as'; 0 when none)"
    on = [a for a in pair.fargs + pair.bargs if a.role in SWITCHED_OFF]
    switches = list(dict.fromkeys(f"{a.name}={SWITCHED_OFF[a.role]}" for a in on))
    if switches:
        kind += f", {', '.join(switches)} passed ({switched_off(a.role for a in on)})"
    buffers = [a.name for a in pair.bargs if a.role in ("vWs", "vbs")]
    if buffers:
        kind += (f", {' and '.join(buffers)} passed zeros (momentum buffers at rest: one step moves by the rate "
                 "times the gradient)")
    if pair.labels_by_use:
        kind += f", `{pair.labels_by_use}` the labels ({pair._backward_name} subtracts it from the output)"
    for name in pair.examples:
        kind += f", `{name}` written like the file's own layer list at the checked sizes"
    for name in dict.fromkeys(a.name for a in pair.fargs + pair.bargs if a.role == "sizes"):
        kind += f", `{name}` given the sizes checked (input to output)"
    depth = (f", {pair.depth} layers from its signature" if pair.depth and pair.spec.kind == "unpacked" else
             f", {pair.depth} layers (the gradients {pair._backward_name} returns)" if pair.depth_by_returns else
             f", {pair.depth} layers (the tuple it unpacks)" if pair.depth and pair.spec.kind == "tuple" else
             f", {pair.depth} layers (it runs at no other depth)" if pair.depth else "")
    if pair.packing is not None:
        depth = ""  # its sizes are in `kind`: the packing's
    elif pair.own_sizes and pair.init_name:
        depth += f", its own {'-'.join(map(str, pair.own_sizes))} layers (what its {pair.init_name}() makes)"
    elif pair.own_sizes and pair.listed_sizes:
        depth += (f", its own {'-'.join(map(str, pair.own_sizes))} layers (the layer list it writes down; "
                  f"{pair._backward_name} raised at {len(pair.listed_sizes) - 1} layers)")
    elif pair.own_sizes:
        depth += f", one output unit ({pair.one_output_why})"
    how += pair.upstream_said(pair.bargs, pair.sm, pair._backward_name)
    caches = [a.name for a in pair.bargs if a.role == "cache"]
    if caches:
        how += f", `{caches[0]}` given what {pair.fwd_name} returned"
    unused = list(dict.fromkeys(a.name for a in pair.fargs + pair.bargs if a.role == "unused"))
    if unused:
        how += f", {', '.join(f'`{u}`' for u in unused)} given None (never read)"
    given = list(dict.fromkeys(a.name for a in pair.bargs if a.role == "fwdfn"))
    if given:
        how += f", `{given[0]}` given {pair.fwd_name} (the forward it calls)"
    data = [n for n, role in pair.data_globals.items() if role != "lr"]
    rates = [n for n, role in pair.data_globals.items() if role == "lr" and _is_rate(pair.bwd.__globals__.get(n))]
    if data:
        how += f", the module's {', '.join(f'`{n}`' for n in data)} it reads bound to the batch checked"
    if rates:
        how += f", the module's rate `{rates[0]}` it reads set to each step's rate"
    if pair.per_sample:
        how += " for one sample (a vector; called on each sample, the batch's gradient the mean of theirs)"
    if pair.scores_first:
        return (f"function {pair.fwd_name}({_arg_text(pair.fargs)}) (CS231n's net as a function: its scores when "
                f"given no labels, (loss, grads) when given them), {kind}{depth}, {layout}; it {how}")
    if pair.loss_only:
        return (f"function {pair.fwd_name}({_arg_text(pair.fargs)}) (its loss and gradients together; no function "
                f"gives the outputs, so they are not compared), {kind}{depth}, {layout}; it {how}")
    made = f" ({pair.forward_made})" if pair.forward_made else \
        f" (the scores: {pair._backward_name} takes the softmax)" if pair.scores_given else ""
    return (f"functions {pair.fwd_name}({_arg_text(pair.fargs)}){made} and {pair._backward_name}"
            f"({_arg_text(pair.bargs)}), {kind}{depth}, {layout}; {pair._backward_name} {how}")
