"""Class models: a network object built by its own constructor, its parameters found on the instance.

Covers ``NeuralNetwork(layer_sizes)`` or ``(input_size, hidden_size,
output_size)``, ``forward(self, X)`` keeping its caches on ``self``, then
``backward(self, y)`` returning gradients (a dict, lists, a tuple) or storing
them (``self.dW1``, ``self.grads[...]``, ``layer.dW``), or ``backward(self, X,
y, lr)`` / ``train_step`` updating in place; parameters as attributes ``W1 ..
bN``, lists ``self.weights``/``self.biases``, a dict ``self.params``, or layer
objects in a list (``self.layers[i].W``); and CS231n's ``model.loss(X, y) ->
(loss, grads)`` with ``model.loss(X) -> scores``.

xval builds one instance with the constructor (sizes from the weights checked
where it takes them) and, before every call, puts copies of xval's parameters
in its slots, in its orientation. The instance is kept between calls, so state
it keeps (momentum) shows as it would in training.
"""

from __future__ import annotations

import ast
import builtins
import copy
import functools
import inspect
import re
import sys
import textwrap
import types
from pathlib import Path

import numpy as np

from xval.impl.weights import default_hidden
from xval.reports.check.cases import BATCH
from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.styles.architecture import LayerCalls, adapt
from xval.reports.check.styles.base import (PROBE_BATCH, SHAPE_ERRORS, UNBOUND, NoGiven, Rejected, SourceMap,
                                            StyleModel, batch_free, compared_choice, compared_values, converts_labels,
                                            finish_step, mean_step, probe_batch, probe_params, same)
from xval.reports.check.styles.reading import (FORWARD_ROLES, affine_role, arguments, calls_argument, collect,
                                              constant_rate, file_role, fills_ones, free_globals, join_side, joins_ones,
                                              ones_test, product_number, products, unit_value)
from xval.reports.check.styles.slots import (Folded, NoBias, Ref, _array_attrs, _links, _sharer, _sq, _unmangled,
                                            biasless, class_values, find_grads, find_slots, first_folded, folded,
                                            placeholders)
from xval.reports.check.styles.layout import Layout, bias_kind
from xval.reports.check.styles.names import (FOREIGN_BACKWARDS, FOREIGN_FORWARDS, FOREIGN_TRAINS, INIT_NOUNS,
                                               INIT_VERBS, SWITCHED_OFF, classify, spelled, switched_off)

WEAK_FORWARDS = ("predict", "run", "eval", "evaluate", "output", "test", "y_hat", "compute_outputs", "get_output",
                 "process", "think", "activate")
"""Names that often return something else (class labels): taken as the forward only when what they return is
the output layer's values, one row (or column) of them per sample."""
FORWARD_METHODS = ("forward", "feedforward", "feed_forward", "forward_pass", "forward_propagation", "forward_prop",
                   "predict_proba", "query", "forward_propagate", "forward_pass_train", "feedforward_propagate",
                   "fprop", "pass_forward", "L_model_forward", "__call__", *FOREIGN_FORWARDS, *WEAK_FORWARDS)
APPLY_METHODS = ("update", "step", "update_weights", "sgd_step", "update_params", "update_parameters")
"""Names of methods that often only apply gradients another method stored (update() after backprop(x, y)):
taken as the backward only when they take or read the labels (as is any method that takes no argument)."""
LAST_RESORT = ("grad", "grads")
"""Backward names taken only when the class has no other: beside a mini-batch step that calls it per sample
(``update_mini_batch`` summing ``grad(x, y)``), the step is the one to judge."""
BACKWARD_METHODS = ("backward", "backprop", "bprop", "back_prop", "backward_pass", "backward_batch", "backprop_batch",
                    "batch_backward", "batch_backprop", "feed_backward",
                    "backward_propagation", "backward_prop", "L_model_backward",
                    "back_propagation", "backpropagation", "backpropagate", "back_propagate", "gradient_backprop", "compute_backprop", "do_backprop",
                    "run_backprop", "backprop_gradients", "compute_gradients", "gradients", "gradient", "compute_grads",
                    "calculate_gradients", "calc_gradients", "compute_gradient", "calculate_gradient", "get_gradients",
                    "cost_function_prime", "cost_prime", "loss_and_grads", "loss_and_gradients", "train_step", "train_on_batch",
                    "fit_batch", "backprop_sgd", "backward_sgd", "sgd_backprop",
                    "train_batch", "update_weights", "update_mini_batch", "update_minibatch", "train_mini_batch",
                    "sgd_step", "step", "update", "gradient_descent", "gradient_step", "descent_step",
                    *FOREIGN_BACKWARDS, *LAST_RESORT)
MINI_BATCH_STEPS = ("update_mini_batch", "update_minibatch", "train_mini_batch")
"""The textbook network's whole step on a mini-batch (it calls backprop(x, y) per sample and applies the update)."""
TRAIN_METHODS = ("train", "fit", "train_epoch", "run_epoch", "train_model", "fit_model", "train_network", "train_net",
                 "training", "learn", *FOREIGN_TRAINS)
"""Training loops: the backward is inline and one call with one epoch, on one batch, is one step (or, when it
updates after every sample, one call per sample is: see ``ClassModel.per_sample``)."""
BACKWARD_METHODS += TRAIN_METHODS  # last: a method that runs one backward pass is preferred to a training loop
LINEARITY = 1e-8
"""Largest relative residual at which one training call's update counts as one step of the batch's gradient
(a multiple of the two halves' sum): rounding leaves ~1e-15, an update after every sample ~1e-3."""
LIST_SIZES = ("layersizes", "layersize", "sizes", "layers", "layerdims", "dims", "architecture", "topology", "structure",
              "layerdimensions", "nodes", "neurons", "units", "shape", "layerssizes", "netsize", "layerunits",
              "widths", "layerwidths", "size", "netsizes", "layerlist", "neuronsperlayer", "nodesperlayer",
              "dimensions", "layersdims", "netdims", "layerdimension", "layerdimensions", "lengths", "layerlengths",
              "layerslengths", "sizelayer", "sizelayers", "sizeslayer", "sizeslayers", "neuronslayer", "unitslayer")
# (the last ones: other languages' word order, tamaños_capas and rozmiary_warstw read word by word)
HIDDEN_LIST = ("hiddensizes", "hiddenlayers", "hiddendims", "hiddenunits", "hiddenlayersizes", "hidden",
               "hiddenlayerssizes",
               "layershidden", "layerhidden", "sizeshidden", "unitshidden")  # the last: words in the order of
# the languages that put the adjective after the noun (camadas_ocultas, capas_ocultas, couches_cachees)
INPUT = ("inputsize", "inputdim", "ninput", "nin", "nx", "infeatures", "numinputs", "inputs", "inputnodes",
         "ninputs", "numinput", "din", "inputlayersize", "inputneurons", "inputunits", "inputshape", "nfeatures",
         "numfeatures", "d")  # d: a homework's input dimension, beside k classes and hidden d1, d2
OUTPUT = ("outputsize", "outputdim", "noutput", "nout", "ny", "outfeatures", "numclasses", "nclasses", "outputs",
          "outputnodes", "classes", "noutputs", "dout", "outputlayersize", "outputneurons", "outputunits",
          "numoutputs", "numoutput", "nlabels", "numlabels", "labels", "ncategories", "numcategories", "k",
          "outputshape", "classcount", "classnum", "numclass", "nclass", "classesnum")
HIDDEN_ONE = ("hiddensize", "hiddendim", "nhidden", "nh", "hiddenneurons", "hiddennodes", "hiddenunits", "hidden",
              "numhidden", "hiddenlayersize", "dh", "dhidden", "dhid", "hiddenshape")
SEED = ("seed", "randomstate", "rng", "randomseed")
STOPPING = ("threshold", "tol", "tolerance", "convergence", "convergencethreshold", "stopthreshold", "mindelta",
            "earlystoppingthreshold")
"""A constructor's early-stopping threshold (``if abs(costs[-1] - costs[-10]) <= self.threshold: break``): passed 0,
never reached, so its training runs as long as it is told."""
MOMENTUM = ("momentum", "momentumrate", "momentumfactor", "momentumcoef", "momentumcoefficient", "momentumterm",
            "mu", "beta", "betamomentum", "momentumbeta")
"""A momentum coefficient a constructor requires: passed 0, plain SGD (one step from rest is the same either way;
the trace's later steps are the oracles' SGD)."""
LR_BUILT = 0.01
"""The learning rate passed to a constructor that takes one; the one attribute keeping it (``self.rt = ritmo``,
whatever its name) is the rate a check sets for each step."""
BATCH_MARK = 7919
"""A constructor's batch size is passed as this (prime, unlike any size) and the attribute that keeps it is set to
each call's batch size, so one call of its training loop makes one mini-batch of the whole batch."""
IN_SIZES = ("indims", "insizes", "inputdims", "inputsizes", "fanins", "layerinputs")
OUT_SIZES = ("outdims", "outsizes", "outputdims", "outputsizes", "fanouts", "layeroutputs")
"""Constructor parameters holding every layer's input sizes (sizes[:-1]) or output sizes (sizes[1:])."""
HIDDEN_COUNT = ("hiddenlayers", "numhiddenlayers", "nhiddenlayers", "hlayers", "numhlayers", "nhlayers",
                "hiddenlayercount", "nhiddenlayer", "numhiddenlayer", "hiddenlayersnum", "depthhidden",
                "nohiddenlayers", "numberofhiddenlayers", "hiddenlayerscount", "nohiddenlayer", "hidlayers",
                "numhidlayers", "nhidlayers")
"""A count of hidden layers, when the constructor also takes their one width (a hidden size): passed 1."""
N_LAYERS = ("numlayers", "nlayers", "layerscount", "numberoflayers", "depth", "nlayer", "numlayer", "layercount",
            "layernum", "layersnum")
ACTIVATION_LIST = ("activations", "acts", "activationfunctions", "activationfns", "activationlist",
                   "activationnames", "nonlinearities", "actfns", "actfuncs", "activationfuncs")
ACTIVATION_ONE = ("activation", "layeractivation", "act", "activationfn", "activationfunction", "nonlinearity", "actfn",
                  "actfunc", "activationtype", "activationname", "hiddenactivation", "hiddenact", "outputactivation",
                  "outputact", "finalactivation", "lastactivation", "actfuntype", "actfunctype", "acttype",
                  "activationfunctiontype", "actfun")
LOSS_ARGS = ("loss", "lossfunction", "lossfn", "losstype", "lossname", "cost", "costfunction", "costfn", "costtype",
             "criterion", "objective")
"""Constructor arguments that name the loss by a string its code compares (``loss="mse"``)."""
CROSS_ENTROPY_NAMES = ("crossentropy", "categoricalcrossentropy", "softmaxcrossentropy", "crossentropyloss", "ce",
                       "cce", "xent", "logloss", "nll")
"""Squashed spellings of (categorical) cross-entropy that a loss argument is compared with."""
DATA_PATH = ("datapath", "path", "datafile", "filename", "file", "fname", "dataset", "datadir", "datasetpath",
             "root", "datafolder", "dataroot", "filepath", "data", "pklpath", "csvpath", "datasetfile")
KNOWN_NAMES = (LIST_SIZES, HIDDEN_LIST, INPUT, OUTPUT, HIDDEN_ONE, SEED, ACTIVATION_LIST, ACTIVATION_ONE, DATA_PATH,
               N_LAYERS, IN_SIZES, OUT_SIZES)
"""Every list of constructor parameter names read as what they name (squashed)."""
SIZE_WORDS = ("layer", "dims", "sizes", "node", "neuron", "unit", "arch", "topolog", "struct", "width")
"""Words that make a constructor parameter the list of layer sizes when LIST_SIZES does not spell it
(``layers_dims``, ``layers_node_nums``, ``net_architecture``): the probe calls confirm it."""
_COUNT = r"(?:num|size|dim|dims|dimension|dimensions|count|nodes|neurons|units|n|nn|no|nb|number|len|width|nodesnum|" \
         r"neuronsnum)"
SIZE_NAME = [(re.compile(rf"(?:{_COUNT})*(?:of)?{w}s?(?:layer)?{_COUNT}|(?:{_COUNT})+(?:of)?{w}s?(?:layer)?|{w}layer"),
               name)
             for w, name in (
    ("(?:input|inp|in|i)", "inputsize"), ("(?:output|out|o)", "outputsize"), ("(?:hidden|hid|hl|h)", "hiddensize"))] + [
    (re.compile(r"(?:hidden|hid|h)1(?:size|units|nodes|neurons|dim|width)?|(?:layer|l)1(?:size|units|nodes|neurons|"
                r"dim|width)"), "hiddensize")]
"""Spellings of the three sizes beyond the lists above (``inputNum``, ``outputNum``, ``hiddenNum``, ``hl_size``,
``num_in``, ``inputLayer`` beside ``hiddenLayer`` and ``outputLayer``, ``inodes`` beside ``hnodes`` and ``onodes``,
``num_nodos_entrada``, ``noOfInputs``: counts before the word (joined by "of" or not), the adjective after the noun;
a first layer's width, ``layer1Size``, ``hidden1``): read as those names."""


class _Bare(str):
    """A function's name in the "read as" line, written as the file writes it (no quotes)."""

    def __repr__(self) -> str:
        return str(self)


def _activation_value(n: str, acts: tuple[str, str], sizes: list[int]):
    """What to pass as an activation argument (or settings key) named ``n``: one name per layer for a list, the
    output's for ``output_activation`` and the like, else the hidden units'."""
    if n in ACTIVATION_LIST:
        return [acts[0]] * (len(sizes) - 2) + [acts[1]]
    return acts[1] if n.startswith(("output", "final", "last")) else acts[0]


def _pairs_order(init: ast.AST | None, name: str) -> str | None:
    """How a constructor takes its layers as (size, activation) pairs in its list argument ``name``:
    "size-name" (``layers: List[Tuple[int, str]]``, ``dims, acts = zip(*layers)``, ``for size, act in layers``) or
    "name-size" (``List[Tuple[str, int]]``); None when it takes plain sizes."""
    if not isinstance(init, ast.FunctionDef):
        return None
    for a in init.args.args:
        if a.arg == name and a.annotation is not None:
            text = ast.unparse(a.annotation).replace(" ", "").lower()
            if "tuple[int,str]" in text:
                return "size-name"
            if "tuple[str,int]" in text:
                return "name-size"
    for n in ast.walk(init):
        if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "zip" and len(n.args) == 1 and isinstance(
                n.args[0], ast.Starred) and getattr(n.args[0].value, "id", "") == name:
            return "size-name"  # sizes, activations = zip(*layers)
        if isinstance(n, ast.For) and getattr(n.iter, "id", "") == name and isinstance(n.target, ast.Tuple) and \
                len(n.target.elts) == 2:
            return "size-name"
    return None


LAYER_DICT_SIZE = ("neurons", "units", "size", "nodes", "width", "nneurons", "numneurons", "nunits", "numunits",
                   "nnodes", "numnodes", "layersize", "dim", "n")
LAYER_DICT_IN = ("inputdim", "indim", "inputsize", "insize", "nin", "fanin", "inputs", "ninputs", "input")
LAYER_DICT_OUT = ("outputdim", "outdim", "outputsize", "outsize", "nout", "fanout", "outputs", "noutputs", "output")
LAYER_DICT_ACT = ("activation", "act", "activationfunction", "activationfn", "actfn", "func", "nonlinearity")


def _dict_layers(cls_node: ast.AST | None, param: str) -> tuple[str | None, str | None, str | None, str] | None:
    """(size key, input key, output key, activation key) of a class taking its layers as a list of dicts in
    ``param`` (``[{'neurons': 784, 'activation': 'relu'}, ...]``, one per layer; or ``{'input_dim': 784,
    'output_dim': 256, 'activation': 'relu'}``, one per weight layer): the string keys its code reads from the
    list's items (``layers[i]['neurons']``, ``for layer in layers: layer['activation']``), kept as ``self.<name>``
    too; None when it reads no size and activation keys so."""
    if not isinstance(cls_node, ast.ClassDef):
        return None
    kept = _kept_as(cls_node, param)

    def is_list(node) -> bool:
        return _is_param_or_kept(node, param, kept)

    def is_list_or_slice(node) -> bool:
        return is_list(node) or isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) \
            and is_list(node.value)
    items = {g.target.id for g in ast.walk(cls_node) if isinstance(g, (ast.For, ast.comprehension))
             and isinstance(g.target, ast.Name) and is_list_or_slice(g.iter)}
    keys = [_sq(n.slice.value) for n in ast.walk(cls_node) if isinstance(n, ast.Subscript)
            and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str) and (
                isinstance(n.value, ast.Name) and n.value.id in items
                or isinstance(n.value, ast.Subscript) and not isinstance(n.value.slice, ast.Slice)
                and is_list(n.value.value))]
    spelled_as = {_sq(n.slice.value): n.slice.value for n in ast.walk(cls_node) if isinstance(n, ast.Subscript)
                  and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str)}
    def pick(words) -> str | None:  # the first key read of these, as the file spells it
        return next((spelled_as[k] for k in keys if k in words), None)
    size, k_in, k_out, act = pick(LAYER_DICT_SIZE), pick(LAYER_DICT_IN), pick(LAYER_DICT_OUT), pick(LAYER_DICT_ACT)
    if act is None or not (size or k_in and k_out):
        return None
    return (size, None, None, act) if size else (None, k_in, k_out, act)


def _layer_dicts(keys: tuple, sizes: list[int], acts: tuple[str, str]) -> list[dict]:
    """The layer dicts :func:`_dict_layers` read, at the checked sizes: hidden layers with the hidden activation,
    the last with the output's (the input layer's, when a dict per layer, with the hidden one's)."""
    size, k_in, k_out, act = keys
    if size:
        return [{size: k, act: acts[1] if i == len(sizes) - 1 else acts[0]} for i, k in enumerate(sizes)]
    return [{k_in: a, k_out: b, act: acts[1] if i == len(sizes) - 2 else acts[0]}
            for i, (a, b) in enumerate(zip(sizes, sizes[1:]))]


# code written for one sample: np.array(x, ndmin=2).T and np.array(x)[np.newaxis].T make a column of a vector (of
# a batch, a stack no matmul takes); np.outer(delta, a) flattens a batch into one long vector
ONE_SAMPLE_IDIOMS = r"ndmin\s*=\s*2|\bouter\(|\[\s*(?:(?:np|numpy)\.newaxis|None)\s*\]\s*\.T\b"
SHAPE_MAKERS = ("randn", "rand", "normal", "uniform", "standard_normal", "random", "random_sample", "zeros", "ones",
                "empty", "full", "integers")


def _unknown_name(n: str) -> bool:
    """Whether a parameter name, as :func:`_size_name` gives it, is one no list of known names holds."""
    return not any(n in k for k in KNOWN_NAMES) and n != "activation"


def _sizes_by_use(sm: SourceMap, cls: str, init: ast.AST | None, param: str) -> bool:
    """Whether the class makes arrays whose shapes are items of a constructor parameter, indexed by number
    (``np.random.rand(config[i + 1], config[i])``, or through ``self.config = config`` in any method), and never
    reads it by a string key: whatever its name, the parameter is the layer sizes."""
    if init is None:
        return False
    kept = _kept_as(init, param)
    shaped = keyed = False
    for key, fn in sm.defs.items():
        if not (key == f"{cls}.__init__" or key.startswith(f"{cls}.") and kept) or not isinstance(fn, ast.AST):
            continue
        for n in ast.walk(fn):
            if isinstance(n, ast.Subscript) and _is_param_or_kept(n.value, param, kept) \
                    and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str):
                keyed = True
            if isinstance(n, ast.Call) and (getattr(n.func, "attr", None) or getattr(n.func, "id", None)) \
                    in SHAPE_MAKERS:
                items = [e for x in [*n.args, *(k.value for k in n.keywords)]
                         for e in (x.elts if isinstance(x, (ast.Tuple, ast.List)) else [x])]
                shaped |= any(isinstance(e, ast.Subscript) and _is_param_or_kept(e.value, param, kept)
                              and not isinstance(e.slice, ast.Slice) for e in items)
    return shaped and not keyed


def _int_checked(init: ast.AST | None) -> tuple[set[str], set[str]]:
    """The names a constructor requires to be integers (``if not isinstance(nodes, int): raise TypeError(...)``,
    ``if type(nodes) is not int``), and those it takes the length of (``len(hidden_layer_neurons)``: a list)."""
    if init is None:
        return set(), set()
    calls = [n for n in ast.walk(init) if isinstance(n, ast.Call) and n.args and isinstance(n.args[0], ast.Name)]
    typed = {c.left.args[0].id for c in ast.walk(init) if isinstance(c, ast.Compare) and len(c.ops) == 1
             and isinstance(c.ops[0], (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) and any(c.left is k for k in calls)
             and getattr(c.left.func, "id", "") == "type" and isinstance(c.comparators[0], ast.Name)
             and c.comparators[0].id == "int"}  # `if type(nodes) is not int: raise TypeError(...)`
    return ({n.args[0].id for n in calls if getattr(n.func, "id", "") == "isinstance" and len(n.args) == 2
             and isinstance(n.args[1], ast.Name) and n.args[1].id == "int"} | typed,
            {n.args[0].id for n in calls if getattr(n.func, "id", "") == "len"})


def _rate_in_updates(sm: SourceMap, cls: str, obj) -> str | None:
    """The one attribute holding a float by which the class's methods scale what they subtract from an attribute
    of the instance (``self.W[l] -= dW * self.h``, or through ``h = self.h``), from an element of one that a
    loop walks (``for w, b in zip(self.weights, self.biases): w -= self.sigma * ...``), or from an argument a
    method is handed (``def optimizer(self, W, dW): return W - self.a * dW``): its learning rate; else None."""
    found = set()
    for key, fn in sm.defs.items():
        if not key.startswith(f"{cls}.") or not isinstance(fn, ast.FunctionDef):
            continue
        alias = {t.id: n.value.attr for n in ast.walk(fn) if isinstance(n, ast.Assign) and isinstance(
            n.value, ast.Attribute) and isinstance(n.value.value, ast.Name) and n.value.value.id == "self"
            for t in n.targets if isinstance(t, ast.Name)}
        walked = _walked_elements(fn)
        params = {a.arg for a in fn.args.args[1:]}
        for n in ast.walk(fn):
            if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and isinstance(n.right, ast.BinOp) and \
                    isinstance(n.right.op, ast.Mult) and isinstance(n.left, ast.Name) and n.left.id in params:
                step = n.right  # def optimizer(self, W, b, dW, db): return W - self.a * dW, ...: what it is handed
            elif isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Sub) and isinstance(n.value, ast.BinOp) \
                    and isinstance(n.value.op, ast.Mult):
                step = n.value
                root = n.target
                while isinstance(root, (ast.Subscript, ast.Attribute)) and not (
                        isinstance(root, ast.Attribute) and isinstance(root.value, ast.Name)):
                    root = root.value
                if not (isinstance(root, ast.Attribute) and isinstance(root.value, ast.Name)
                        and root.value.id == "self" or isinstance(root, ast.Name) and root.id in walked):
                    continue
            else:
                continue
            for side in (step.left, step.right):
                name = side.attr if isinstance(side, ast.Attribute) and isinstance(side.value, ast.Name) and \
                    side.value.id == "self" else alias.get(side.id) if isinstance(side, ast.Name) else None
                if name and type(getattr(obj, name, None)) is float:
                    found.add(name)
    return found.pop() if len(found) == 1 else None


def _walked_elements(fn: ast.AST) -> set[str]:
    """The loop variables of ``fn`` bound to the elements of an attribute of the instance: ``for w in self.W`` and
    each name ``zip(...)`` pairs with one (``for a, d, w, b in zip(acts, deltas, self.weights, self.biases)``)."""
    def is_self_attr(node) -> bool:
        return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"

    out = set()
    for n in ast.walk(fn):
        if not isinstance(n, ast.For):
            continue
        if isinstance(n.target, ast.Name) and is_self_attr(n.iter):
            out.add(n.target.id)
        elif isinstance(n.target, ast.Tuple) and isinstance(n.iter, ast.Call) and \
                getattr(n.iter.func, "id", "") == "zip" and len(n.iter.args) == len(n.target.elts):
            out |= {t.id for t, arg in zip(n.target.elts, n.iter.args) if isinstance(t, ast.Name) and is_self_attr(arg)}
    return out


def _array_read(init: ast.AST | None) -> set[str]:
    """The names a constructor reads as a NumPy array (``self.L = n.size - 1``): an array of the layer sizes."""
    if init is None:
        return set()
    return {n.value.id for n in ast.walk(init) if isinstance(n, ast.Attribute) and n.attr in ("size", "ndim")
            and isinstance(n.value, ast.Name)}


def _size_name(n: str) -> str:
    """A squashed constructor parameter name, or the size it spells (:data:`SIZE_NAME`) when no list has it, or
    ``activation`` for another name of one activation function (``type_of_act_f``, ``act_func_name``)."""
    if any(n in k for k in KNOWN_NAMES):
        return n
    if re.fullmatch(r"(?:typeof|kindof|which)?(?:act|activation|actv|nonlin)(?:f|fn|func|function|type|name|kind)?",
                    n):
        return "activation"
    # act_func1, act_func2, act_func_output: one layer's activation, a hidden one or the output's
    if m := re.fullmatch(r"(?:act|activation|actv)(?:f|fn|func|function|type|name)?"
                         r"(\d+|hidden|hid|output|out|final|last)", n):
        return "outputactivation" if m.group(1) in ("output", "out", "final", "last") else "activation"
    if re.fullmatch(r"layer\d+(?:act|activation|actf|actfn|actfunc|function|func|fn)", n):
        return "layeractivation"  # Network(n_in, n_out, layer1_function, n_hidden, layer2_function): the last the
        # output's
    return next((name for pattern, name in SIZE_NAME if pattern.fullmatch(n)), n)


STORE_FLAG = re.compile(r"(?:store|keep|save|return|record|cache|get|with)(?:all)?(?:activations?|acts|caches?|"
                        r"intermediates?|values|outputs|layers|history)")
"""A forward's flag (squashed) that makes it return or keep its layers' values (``store_activations``)."""


def _store_flag(forward, backward) -> str | None:
    """:meth:`ClassModel._store_flag` of the two methods."""
    try:
        params = inspect.signature(forward).parameters.values()
    except (TypeError, ValueError):
        return None
    flag = next((p.name for p in params if p.default is False and STORE_FLAG.fullmatch(_sq(p.name))), None)
    takes = any((classify(a.name) or ("",))[0] in ("acts", "cache") for a in arguments(backward) or [])
    return flag if takes else None


INIT_METHOD = re.compile(f"({'|'.join((*INIT_VERBS, 'reset', 'setup'))})({'|'.join((*INIT_NOUNS, 'layers'))})"
                         "|initiali[sz](?:e|ation)")
"""A method that makes the model's parameters: a function's verbs and nouns (names.py), resetting or setting up
the layers, and a bare ``initialize()`` or ``Initialization()``."""


class ClassModel(StyleModel):
    style = "class"

    def __init__(self, cls, sm: SourceMap, fwd: str, bwd: str) -> None:
        super().__init__()
        self.cls, self.sm, self.fwd_method, self._backward_name = cls, sm, fwd, bwd
        self.path = None  # the file's, for the readers of its source
        self._residuals: dict[tuple[str, int], int] = {}  # (method, argument index) -> residual_given's reading
        self.layout = Layout()
        self.instance = None
        self.slots: list = []
        self.where = ""
        self.sizes_arg = ""
        # CS231n's loss(X, y) -> (loss, grads), loss(X) -> scores; or a method of another name returning the same
        # pair (nn(x, y=None, reg)), whose call without labels is not taken for the scores
        self.loss_method = fwd if fwd == bwd and (fwd == "loss" or _loss_and_grads(sm, cls.__name__, fwd)) else None
        self.logits_only = self.loss_method is not None
        self.softmax_elsewhere = _scores_before_softmax(cls, sm, fwd)  # confirmed by its output (_probe)
        self.adaptive_kept = False  # its backward keeps its gradients, then steps by Adam: the kept ones are read
        self.scores_activated = False  # its forward's loop applies the hidden activation to the scores too, the
        # output its softmax of the scores elsewhere: that last activation is not its output (_activated_scores)
        self.stored = False  # gradients stored on the instance, not returned
        self.probe_error = ""  # the backward raised on the probe batch, with either label format
        self.step_raised = ""  # the class's textbook mini-batch step raised too: its per-sample backprop is judged
        self.step_adaptive: tuple[str, str] | None = None  # that step applies an optimizer with state (its name, the
        # attribute): not judged, its per-sample backprop is
        self.summed_by = ""  # the method that divides what the backward returns for a batch by its size (a sum)
        self.lr_attr: str | None = None
        self.layer_rate: tuple[str, list] | None = None  # (attribute, layer objects): a rate each layer keeps
        self.sizes: list[int] = []
        self.sized = True  # the constructor takes the layer sizes
        self.built = ""  # how the instance was made, when not by a plain constructor call
        self.own_sizes: list[int] | None = None  # the sizes of the layers it builds itself (no sizes taken)
        self.data_params: dict[str, str] = {}  # constructor parameter -> "x" | "y": it takes the data itself
        self.passed: dict[str, np.ndarray] = {}  # "x" | "y" -> the probe data given to the constructor
        self.int_labels = False  # that probe data's labels are integers of every class (see construct)
        self.data_columns = False  # that probe data has its samples as columns (see construct)
        self.held: dict[str, str] = {}  # "x" | "y" -> the attribute its forward/backward reads the batch from
        self._labels_form = 0  # the form of labels its forward ran with, when it reads them (_labelled_forward)
        # (``self.X``), or ``placeholder['x']``: the key of a dict attribute (a placeholder dict, TF-like)
        self.fixed_rate: float | None = None  # its update has no learning rate: `self.W1 += dW1` (rate 1)
        self.rate_rescaled = ""  # its step rescales self.<lr_attr> before it updates (the statement): rate it used
        self.reg_off: set[str] = set()  # regularisation arguments it requires, passed the L2 checked (0: none)
        self.reg_built = False  # its constructor takes one: built again once the L2 checked is known
        self.from_example = ""  # a constructor argument built from the file's own layer specification
        self.binary_from_example = ""  # the output size its own call passes as 1 (a binary classifier)
        self.one_output_default = False  # its sizes are xval's default widths with that one output unit
        self.one_output_retry = ""  # the broadcast error its step raised with the data's classes as outputs: built
        # again with one output unit (an output-size argument given 1), see detect
        self.own_call_globals: dict[str, str] = {}  # a name its own call of the step passes -> that method's name
        self._loss_before: dict[tuple, str] = {}  # (step, forward) -> what loss_before_step read for them
        self.adopted: list[str] = []  # its methods the file wrote at module level (def forward(self, X) unindented)
        self.argmax_read: str | None = None  # its predict, returning np.argmax(scores), read up to its argmax
        self._own_init: dict[str, tuple | None] = {}  # step -> (it without the lines that make its parameters
        # afresh before its loop, those lines) or None (see _without_own_init)
        self.binary_why = "as its own call builds it"
        self.stood_in: list[str] = []  # the data attributes a constructor failed to load, bound to the probe batch
        self.setup_count: str | None = None  # the sample count its training method sets from its data before its
        # loop (train_setup): set to each batch's, as its fit would
        self.built_layers: int | None = None  # how many layers it built when given sizes for another number
        self.list_param = ""  # the constructor parameter given a list of sizes
        self.list_trim: tuple[int, int] = (0, 0)  # its sizes list without this many first and last sizes (it
        # takes the input size from the data it is given, or ends in one output unit of its own)
        self.column_stack = False  # its training loop takes the batch as (B, features, 1), a stack of columns
        self.sample_step = False  # it is a whole mini-batch step calling a per-sample backprop (_labels_and_mode)
        self._store_flags: dict[str, str | None] = {}  # forward method -> its store-activations flag (_store_flag)
        self.configs: dict[str, list[str]] = {}  # a settings dict it was given: the keys set for the check
        self.config_objects: set[str] = set()  # of those, the ones given as an object (config.hidden_size)
        self.config_sized = False  # one of those keys holds the layer sizes
        self.example_strings: dict[str, str] = {}  # the string arguments its example call gives with it
        self.grads_turned = False  # it stores each dW transposed to its W (read where a layer is not square)
        self.batch_attr: str | None = None  # the attribute keeping the batch size its constructor took
        self.epochs_attr: str | None = None  # a training loop's epoch count, kept by its constructor: one per call
        self.count_attrs: list[str] = []  # the sample count of the data it was built with (self.n_train_samples)
        self.choices: dict[str, str] = {}  # constructor argument -> what it was given and why (a key of a dict
        # __init__ looks it up in, a literal the code compares it with)
        self.sample_forward = False  # its forward takes one sample (a vector), not a batch
        self.per_sample = False  # each call updates after every sample: judged one sample per call, then averaged
        self.applier: str | None = None  # update(lr) applying what a backward that returns nothing kept
        self.applied = False  # that applier ran and moved the weights: the step read from it
        self.forward_each = False  # its forward, beside such a step, gives a batch what it gives no sample alone
        try:  # names A the pre-activations and Z the activations, or u and z (read from its forward's code)
            self.swapped: bool | str = {"a": True, "u": "u"}.get(affine_role(ast.parse(sm.text(
                f"{cls.__name__}.{fwd}"))), False)
        except SyntaxError:
            self.swapped = False

    # -- construction
    def plan(self, sizes: list[int], acts: tuple[str, str], hidden_as_list: str | None = None
             ) -> tuple[list, dict, list[str]]:
        """The constructor call for these sizes: positional and keyword arguments, and the data-path
        parameters left at their defaults (retried with None when the default loads a file). ``hidden_as_list``:
        a ``hidden_size`` parameter gets a list (a constructor that indexes it), of the hidden sizes ("hidden")
        or of every size ("all")."""
        init = arguments(self.cls.__init__) or []
        pos, kw, hidden = [], {}, sizes[1:-1]
        fixed_depth, skipping, data, handed = None, False, [], []
        scalars = iter(hidden)
        node = self.sm.defs.get(f"{self.cls.__name__}.__init__")
        ints, lens = _int_checked(node)
        arrays = _array_read(node)
        int_typed = {x.arg for x in node.args.args if isinstance(x.annotation, ast.Name) and x.annotation.id == "int"} \
            if isinstance(node, ast.FunctionDef) else set()  # capas_ocultas: int
        # Net(features, labels, widths): handed its data, so `labels` is the labels, not a count of them
        takes_data = any((classify(b.name) or ("",))[0] == "x" and not b.has_default
                         and _size_name(_sq(b.name)) not in INPUT for b in init[1:])
        output_apart = any(_size_name(_sq(b.name)) in OUTPUT for b in init[1:])
        # NeuralNet(input_size, layer_sizes): the list has the layers' sizes only; so has NeuralNetwork(X, y, ...,
        # num_labels, architecture), its input size read from the data it is handed
        first = 1 if any(_size_name(_sq(b.name)) in INPUT for b in init[1:]) or takes_data and output_apart \
            or _inserts_input_size(self.cls, self.sm) else 0  # (fit: self.layers.insert(0, X.shape[0]))
        # MLP(input_size, output_size, neurons_per_layer=[16]): given both ends apart, the list holds the hidden widths
        last = 1 if first and output_apart else 0
        for position, a in enumerate(init[1:]):
            n = _size_name(_sq(a.name))
            if a.name in arrays and not a.has_default and (classify(a.name) or ("",))[0] not in ("x", "y"):
                n = "sizesarray"  # MLNN(n) reading n.size: the layer sizes as an array
            elif a.name in ints and n in LIST_SIZES + HIDDEN_LIST:
                n = "hiddensize"  # NeuralNetwork(nx, nodes) raising unless isinstance(nodes, int): one width
            elif n in HIDDEN_LIST and n not in HIDDEN_ONE and (a.has_default and type(_default(self.cls, a)) is int
                                                                or a.name in int_typed) \
                    and any(_size_name(_sq(b.name)) in LIST_SIZES for b in init[1:]) or n in HIDDEN_COUNT and \
                    n not in HIDDEN_LIST and any(_size_name(_sq(b.name)) in HIDDEN_LIST + LIST_SIZES for b in init[1:]):
                n = "hiddencount"  # MLP(..., hidden_layers=1, neurons_per_layer=[16]): a count beside the widths
                # (NeuralNetwork(no_inputs, no_outputs, no_hidden_layers, hidden_layers_sizes))
            elif a.name in lens and n in HIDDEN_ONE:
                n = "hiddenlayers"  # MLP(hidden_layer_neurons) taking len(hidden_layer_neurons): the widths
            elif not a.has_default and a.name in lens and n in N_LAYERS and any(
                    isinstance(s, ast.Subscript) and isinstance(s.value, ast.Name) and s.value.id == a.name
                    and not (isinstance(s.slice, ast.Constant) and isinstance(s.slice.value, str))
                    for s in ast.walk(node)):
                n = "sizes"  # ANN(n_layers) taking len(n_layers) and n_layers[i]: named as a count, every layer's size
                self.choices[a.name] = "the layer sizes (its code takes their number and each item)"
            elif not a.has_default and _unknown_name(n) and a.name in lens and not classify(a.name) \
                    and _sizes_by_use(self.sm, self.cls.__name__, node, a.name):
                n = "sizes"  # NeuralNetwork(config) making rand(self.config[i + 1], self.config[i]): its layer sizes
                self.choices[a.name] = "the layer sizes (its code makes its weights' shapes from its items)"
            if n in DATA_PATH and a.has_default:
                data.append(a.name)
                skipping = True
                continue
            if not a.has_default and (built := self._annotated_layers(node, a.name, sizes, output_apart)) is not None:
                v = built  # NeuralNetwork(hidden_layers: List[HiddenLayer], num_classes): the file's layer objects
            elif not a.has_default and callable(fn := self.cls.__init__.__globals__.get(self.sm.example(
                    f"{self.cls.__name__}#{position}=fn", f"{self.cls.__name__}.{a.name}=fn") or "")):
                v = fn  # Net(sigmoid, sigmoid_derivative): the function of the file's own that its own call passes
                self.example_strings[a.name] = _Bare(fn.__name__)
            elif isinstance(calls := self.sm.example(f"{self.cls.__name__}#{position}", f"{self.cls.__name__}.{a.name}",
                                                     n), LayerCalls) and (
                    built := self._layer_objects(calls, [*sizes[:-1], 1] if calls.one_output else sizes)) is not None:
                v = built  # NeuralNetwork([Layer(64, 784, "relu"), ...]): its own layer calls at the checked sizes
                self.from_example = a.name
                if calls.one_output:  # its own list ends in one output unit: checked with one, as it is
                    self.binary_from_example = a.name
            elif (resized := adapt(self.sm.example(f"{self.cls.__name__}#{position}",
                                                   f"{self.cls.__name__}.{a.name}", n), sizes)) is not None:
                v = resized  # [{"input_dim": 784, "nodes": 64, ...}, ...]: its own example, resized
                self.from_example = a.name
            elif n in ACTIVATION_LIST and not a.has_default:
                v = _activation_value(n, acts, sizes)
            elif n in ACTIVATION_LIST and (named := self.sm.example(f"{self.cls.__name__}#{position}=names",
                                                                    f"{self.cls.__name__}.{a.name}=names")):
                v = [named[0]] * (len(sizes) - 2) + [named[-1]]  # the names its own call passes, one per layer
                self.example_strings[a.name] = v
            elif self._choice_arg(a, n) and (pick := self._notebook_choice(a.name, n)):
                v = pick  # NeuralNetwork(..., output_activation=None, loss="mse") offering softmax and cross-entropy
                self.choices[a.name] = f"{v!r} (the notebook's {'loss' if _sq(a.name) in LOSS_ARGS else 'output'}, " \
                                       "one its code offers)"
            elif a.has_default and isinstance(_default(self.cls, a), str) and n in (
                    HIDDEN_ONE + HIDDEN_LIST + LIST_SIZES + INPUT + OUTPUT):
                skipping = True  # Net(sizes, hidden="relu"): named like a size, but a name: left at its default
                continue
            elif n == "layeractivation" and not a.has_default:
                last = [b.name for b in init[1:] if _size_name(_sq(b.name)) == n][-1]
                v = acts[1] if a.name == last else acts[0]
            elif n in ACTIVATION_ONE and not a.has_default:
                v = _activation_value(n, acts, sizes)
            elif n in LIST_SIZES and (keys := _dict_layers(self.sm.defs.get(self.cls.__name__), a.name)):
                v = _layer_dicts(keys, sizes, acts)  # [{'neurons': 784, 'activation': 'relu'}, ...]
                self.list_param = a.name
                self.choices[a.name] = f"{v[:2]!r}... (one dict per {'layer' if keys[0] else 'weight layer'}, " \
                                       "read from the keys its code reads)"
            elif n in LIST_SIZES and self.sm.example(f"{self.cls.__name__}#{position}=last1",
                                                     f"{self.cls.__name__}.{a.name}=last1"):
                v = [*sizes[first:-1], 1]  # its own calls end the list in one output unit: the binary classifier
                self.binary_from_example = a.name
            elif n in LIST_SIZES and not self._offers_softmax(init) and (
                    column := _labels_as_column(self.sm.text(self.cls.__name__, 1))):
                v = [*sizes[first:-1], 1]  # it makes its labels one column (y.reshape(-1, 1)): one output unit
                self.binary_from_example = a.name
                self.binary_why = f"as its code makes the labels one column ({column})"
            elif n in LIST_SIZES and self.sm.example(f"{self.cls.__name__}#{position}=dim",
                                                     f"{self.cls.__name__}.{a.name}=dim"):
                v = sizes[0]  # NeuralNetwork(class_count, shape) called with train_x.shape[1]: its input size
                self.choices[a.name] = f"{v} (the input size: its own call passes its inputs' feature count)"
            elif n == "sizesarray":
                v = np.array(sizes)
                self.list_param = a.name
                self.choices[a.name] = "the layer sizes as an array (its constructor reads its .size)"
            elif n in LIST_SIZES and self.list_trim != (0, 0):
                v = self._trim(sizes, a.name)  # NeuralNetwork(X, y, neurons_per_layer) with its own output unit
            elif n in LIST_SIZES and (order := _pairs_order(node, a.name)):
                named = [(k, acts[0]) for k in sizes[:-1]] + [(sizes[-1], acts[1])]
                v = named if order == "size-name" else [(act, k) for k, act in named]
                self.list_param = a.name  # DeepNeuralNetwork([(784, "relu"), (256, "relu"), (10, "softmax")])
                self.choices[a.name] = f"{v!r} ((size, activation) pairs, the activations in the file's spelling)"
            elif n in LIST_SIZES:
                v = list(sizes[first:len(sizes) - last])
                self.list_param = a.name
            elif n == "hiddencount":
                v = len(sizes) - 2
                self.choices[a.name] = f"{v} (its count of hidden layers, beside their widths)"
            elif n in HIDDEN_COUNT and any(_size_name(_sq(b.name)) in HIDDEN_ONE and b.name != a.name
                                           for b in init[1:]):
                v = 1  # NeuralNetwork(input_nodes, hidden_nodes, output_nodes, lr, hidden_layers): a count of equal
                self.choices[a.name] = "1 (its count of hidden layers of one width: one hidden layer)"
            elif hidden_as_list == "all" and n in HIDDEN_ONE + HIDDEN_LIST:
                v = list(sizes)
                if n not in HIDDEN_ONE:  # NeuralNetwork(hidden_sizes, activations) with no input or output size
                    self.choices[a.name] = f"{v} (every layer's size: its constructor takes no input or output size)"
            elif (n in HIDDEN_LIST and hidden_as_list != "scalar" or hidden_as_list in ("hidden", "all")
                  and n in HIDDEN_ONE) and not (
                    n in HIDDEN_ONE and a.has_default and isinstance(_default(self.cls, a), int)):
                v = list(hidden)
            elif takes_data and (classify(a.name) or ("",))[0] == "y" and not a.has_default:
                v = self.passed["y"] = self.data_for("y", sizes)
                self.data_params[a.name] = "y"
            elif n in INPUT:
                v = sizes[0]
            elif n in OUTPUT and self.sm.example(f"{self.cls.__name__}#{position}=1",
                                                 f"{self.cls.__name__}.{a.name}=1"):
                v = 1  # the file builds it with one output unit: checked as the binary classifier it is
                self.binary_from_example = a.name
            elif n in OUTPUT and self.one_output_retry:
                v = 1  # with the data's classes as outputs its step raised a broadcast error: its code runs with one
                self.binary_from_example = a.name
                self.binary_why = self.one_output_retry
            elif n in OUTPUT and not self._offers_softmax(init) and (
                    scalar := _output_error_scalar(self.sm.text(self.cls.__name__, 1))):
                v = 1  # its output error made a 1 x 1 matrix (error_term.reshape(1, 1)): one output unit, or none
                self.binary_from_example = a.name
                self.binary_why = f"as its code makes the output's error one number ({scalar})"
            elif n in OUTPUT:
                v = sizes[-1]
            # (a lone h with no default: the hidden width, TwoLayerMLP(d_in, h, d_out); h=0.1 is a rate)
            elif (n in HIDDEN_ONE or n == "h" and not a.has_default
                  or hidden_as_list == "scalar" and n in HIDDEN_LIST
                  or re.fullmatch(r"(?:(?:n|num|nb)?(?:h|hid|hidden)(?:layer)?|d)(size|dim|units|nodes|neurons)?\d+"
                                  r"(size|dim|units|nodes|neurons)?", n)
                  or re.fullmatch(r"layer\d+n?(?:out|outputs|size|units|neurons|nodes|dim)", n) and not a.has_default
                  and any(_size_name(_sq(b.name)) in OUTPUT for b in init[1:])):  # n_hidden2, hid_layer1; layer1_n_out
                # beside the output size
                v = next(scalars, None)
                fixed_depth = (fixed_depth or 1) + 1
                if v is None:
                    raise Rejected("class", f"{self.cls.__name__}({', '.join(x.name for x in init[1:])}) builds "
                                   f"more hidden layers than the weights checked have", 2)
            elif (classify(a.name) or ("",))[0] == "m":
                v = BATCH_MARK  # its mini-batch size: found on the instance, then set to each call's batch
            elif n in IN_SIZES:
                v = list(sizes[:-1])  # MLP(layer_num, in_dims, out_dims): each layer's input size
            elif n in OUT_SIZES:
                v = list(sizes[1:])
            elif (classify(a.name) or ("",))[0] == "reg" and a.has_default and a.name == self._batch_l2_strength:
                v = self.reg_given  # l2_lambda=0.001 entering its loss as (l2_lambda / (2 * m)) * sum W**2: a strength
                self.reg_off.add(a.name)  # that depends on the batch, which no one L2 strength says: the L2 checked
                self.reg_built = True
                self.choices[a.name] = (f"{v:g} (its loss's L2 term scales with the batch, which no one strength "
                                        "says: checked so, the term itself not checked)")
            elif (classify(a.name) or ("",))[0] == "reg" and (
                    not a.has_default or a.name == _zero_strength(self.cls, init)):
                v = self.reg_given  # a regularisation strength it requires, or its one strength off by default (l2=0:
                self.reg_off.add(a.name)  # its L2 gradient never computed so): the L2 checked (0 when none)
                self.reg_built = True
            elif n in N_LAYERS:  # the number of weight layers, or of every layer when the file's own call counts
                every = _counts_every_layer(self.sm, self.cls.__name__, position)  # the input layer too
                v = len(sizes) - (not every)
                fixed_depth = None
                if every:
                    self.choices[a.name] = f"{v} (its count of layers with the input layer, as its own call counts)"
            elif (classify(a.name) or ("",))[0] == "lr":
                v = LR_BUILT
            elif n == "rng":  # a generator to draw from, not a seed: numpy's of the kind the class calls
                legacy = re.search(r"\.(?:randn|rand|randint|random_sample)\(", self.sm.text(self.cls.__name__) or "")
                v = np.random.RandomState(0) if legacy else np.random.default_rng(0)
            elif n in SEED:
                v = 0
            elif (classify(a.name) or ("",))[0] == "epochs":
                v = 1  # its training loop's length: one pass
            elif (role := _held_out(a.name)) and not a.has_default:
                v = self.data_for(role, sizes)  # NeuralNetwork(X, y, X_test, y_test, ...): its held-out data, a probe's
                self.choices[a.name] = f"probe {'inputs' if role == 'x' else 'labels'} (its held-out data)"
            elif (classify(a.name) or ("",))[0] in ("x", "y") and not a.has_default:
                role = classify(a.name)[0]  # NeuralNetwork(x, y): it keeps the data and reads it from self
                v = self.passed[role] = self.data_for(role, sizes)
                self.data_params[a.name] = role
            elif _sq(a.name) in STOPPING and not a.has_default:
                v = 0.0  # nn(..., max_iter, threshold): an early stop that never triggers
                self.choices[a.name] = "0 (its early-stopping threshold: never reached)"
            elif _sq(a.name) in MOMENTUM and not a.has_default:
                v = 0.0  # Network(sizes, lr, momentum_rate): plain SGD, the step the oracles take
                self.choices[a.name] = "0 (momentum off: one step is the gradient's, as the oracles take it)"
            elif a.has_default and self.from_example and a.name in (
                    self.sm.example(f"{self.cls.__name__}#strings") or {}):
                v = self.sm.example(f"{self.cls.__name__}#strings")[a.name]  # loss="...": written with the example
                self.example_strings[a.name] = v
            elif (role := (classify(a.name) or ("",))[0]) in SWITCHED_OFF:
                v = SWITCHED_OFF[role]  # NN(..., dropout_p1=0.25): off, the deterministic network the oracles take
                self.choices[a.name] = f"{v!r} ({switched_off([role])})"
            elif a.has_default:
                skipping = True
                continue
            elif any(w in n for w in SIZE_WORDS):
                v = self._trim(sizes, a.name)
            elif _is_config(n) and (keys := _config_keys(self.sm.defs.get(f"{self.cls.__name__}.__init__"),
                                                             a.name)):
                v = self.config_for(a.name, keys, sizes, acts)  # Net(config): config['layer_specs'], ...
            elif _is_config(n) and (keys := _config_attributes(self.sm.defs.get(self.cls.__name__), a.name)):
                v = types.SimpleNamespace(**self.config_for(  # Net(config) reading config.hidden_size: an object
                    a.name, keys, sizes, acts, _annotated_defaults(self.cls, a.name)))
                self.config_objects.add(a.name)
            elif (given := self._loss_object(a.name)) is not None:
                v = given[1]  # Network(sizes, cost_func): the file's own loss class (or function) to build it with
                self.choices[a.name] = f"{given[0]} (the file's own loss {'class' if isinstance(v, type) else 'function'})"
            elif (choice := _dict_choice(self.sm.defs.get(f"{self.cls.__name__}.__init__"), a.name)) is not None:
                v = choice  # `self.init = weight_inits[weight_init]`: one of the keys it looks the argument up in
                self.choices[a.name] = f"{v!r} (a key of the dict its __init__ looks it up in)"
            elif (choice := compared_choice(self.sm, f"{self.cls.__name__}.__init__", a.name)) is not None:
                v = choice  # `if flag == 1: ...` (in __init__ or a function it passes the argument to)
                self.choices[a.name] = f"{v!r} (the first value its code compares it with)"
            elif (given := self._given_parameter(a, sizes)) is not None:
                v = given  # ANN(w1, b1, w2, b2, learning_rate): handed its weights, xval's own of these sizes
                handed.append(a.name)
                fixed_depth = max(fixed_depth or 0, classify(a.name)[1])
            elif _init_scale(n) and not a.has_default:
                v = 0.1  # NN(structure, random_init_bound): the spread of weights xval replaces once built
                self.choices[a.name] = "0.1 (the scale of its initial weights, which xval sets itself once it is built)"
            elif n in INIT_FN_ARGS and not a.has_default:
                v, self.choices[a.name] = self._initialiser()  # NN(..., weight_init_fn, lr): a function of a shape
            elif (given := self.sm.example(f"{self.cls.__name__}#{position}=name", f"{self.cls.__name__}.{a.name}=name")) \
                    and (classify(given) or ("",))[0] in ("x", "y") and not a.has_default:
                role = classify(given)[0]  # MultiLayer(x, y, yy) called as MultiLayer(train_x, onehot_y, train_y)
                v = self.data_for(role, sizes)
                self.choices[a.name] = f"{'inputs' if role == 'x' else 'labels'}, as its own call's `{given}`"
            elif _never_read(self.sm.defs.get(f"{self.cls.__name__}.__init__"), a.name):
                v = None  # NeuralNetwork(..., opt): a required argument its constructor never reads changes nothing
                self.choices[a.name] = "None (its constructor never reads it)"
            elif (flag := _read_only_when(self.sm.defs.get(f"{self.cls.__name__}.__init__"), a.name)):
                v = None  # NeuronalesNetz(..., model, load_from_model=False): `model` read only when that is set
                self.choices[a.name] = f"None (its constructor reads it only when `{flag}` is set, which it is not)"
            else:
                raise Rejected("class", f"cannot tell what to pass to {self.cls.__name__}() as `{a.name}` (sizes, "
                               "activation names, a learning rate and a seed are understood)", 2)
            if skipping:
                kw[a.name] = v
            else:
                pos.append(v)
        star = _var_param(self.cls.__init__)
        sized_star = star and (_sq(star) in LIST_SIZES or _kept_as_sizes(
            self.sm.defs.get(f"{self.cls.__name__}.__init__"), star))  # MLP(*args) keeping self.shape = args
        if sized_star and not kw:  # Network(*layers): Network(784, 64, 10)
            pos += list(sizes)
            self.sizes_arg = f"*{star}"
        if (star_kw := _var_param(self.cls.__init__, "VAR_KEYWORD")) and (keys := _config_keys(
                self.sm.defs.get(f"{self.cls.__name__}.__init__"), star_kw)):
            # MLP(**kwargs) reading kwargs['layers'], kwargs.get('lr'): the keys it reads, filled as a settings dict's
            kw.update({k: v for k, v in self.config_for(star_kw, keys, sizes, acts).items() if k not in kw})
        if handed:
            self.choices[", ".join(handed)] = "xval's arrays of the sizes checked (it is handed its parameters)"
        self.depth = fixed_depth
        self.sized = bool(sized_star) or any(
            _sq(a.name) in LIST_SIZES + HIDDEN_LIST + INPUT + OUTPUT + HIDDEN_ONE
            or any(w in _sq(a.name) for w in SIZE_WORDS) for a in init[1:]) or fixed_depth is not None \
            or self.config_sized or bool(self.list_param)
        return pos, kw, data

    def _offers_softmax(self, init) -> bool:
        """Whether an argument of the constructor selects a softmax output that :meth:`_notebook_choice` takes (then
        labels made one column in another branch do not make it a one-unit classifier)."""
        return any(self._choice_arg(a, n) and self._notebook_choice(a.name, n)
                   for a in init[1:] if _sq(a.name) not in LOSS_ARGS for n in [_size_name(_sq(a.name))])

    def _choice_arg(self, a, n: str) -> bool:
        """Whether constructor argument ``a`` (squashed ``n``) may select the output or the loss by a string: named
        as an activation, as a loss, or for the output with a string default (``output="linear"``)."""
        return n in ACTIVATION_ONE or _sq(a.name) in LOSS_ARGS or a.has_default and _sq(a.name).startswith(
            ("output", "final", "last")) and isinstance(_default(self.cls, a), str)

    def _notebook_choice(self, param: str, n: str) -> str | None:
        """The spelling of the notebook's choice (a softmax output, cross-entropy) among the strings the class's
        code compares a constructor argument with, for an argument that selects the output or the loss: one named
        for the output or the loss, or a lone ``activation`` compared with a softmax and with no ReLU (then it is
        the output's: ``if self.activation == "softmax": ... elif self.activation == "sigmoid":``). The file's model
        in its own configuration that the oracles cover best, said in the "read as" line; None when it offers
        neither."""
        offered = [v for v in compared_values(self.sm, f"{self.cls.__name__}.__init__", param) if isinstance(v, str)]
        if _sq(param) in LOSS_ARGS:
            wanted = CROSS_ENTROPY_NAMES
        elif n.startswith(("output", "final", "last")):
            wanted = ("softmax",)
        elif not any(_sq(v) == "relu" for v in offered):  # a lone `activation`: the output's when the class's own
            wanted = ("softmax",)  # code compares it with a softmax (not a module function that serves every layer)
            own = self.sm.text(self.cls.__name__, 0) or ""
            offered = [v for v in offered if re.search(rf"==\s*[\'\"]{re.escape(v)}[\'\"]", own)]
        else:
            return None
        return next((v for v in offered if _sq(v) in wanted), None)

    def _loss_object(self, param: str) -> tuple[str, object] | None:
        """(name, object) for a required constructor parameter named as a loss (``cost_func``, ``loss_function``,
        ``criterion``) when the file defines loss classes or functions of its own: a cross-entropy one first (the
        natural loss of a sigmoid or softmax output), else the first; None otherwise. The judge reads the loss
        from the file as always; this only builds the model the file's own code would."""
        from xval.reports.check.family import cost_class, named_loss  # (family imports the styles' names)

        n = _sq(param)
        if not any(w in n for w in ("cost", "loss", "criterion")) or any(
                w in n for w in ("history", "list", "value", "prev", "weight")):
            return None
        ns = getattr(self.cls.__init__, "__globals__", {})
        mod = ns.get("__name__")

        def a_loss(k: str, v) -> bool:  # named as one, or a cost class: a value and a derivative (fn, delta)
            return bool(named_loss(_sq(k))) or isinstance(v, type) and cost_class(self.sm.defs.get(k))

        own = [(k, v) for k, v in ns.items() if (isinstance(v, type) or inspect.isfunction(v))
               and getattr(v, "__module__", None) == mod and v is not self.cls and a_loss(k, v)]
        own.sort(key=lambda kv: not (named_loss(_sq(kv[0])) in ("cross_entropy", "bce") or any(
            w in _sq(kv[0]) for w in ("entropy", "log", "xent"))))
        return own[0] if own else None

    def add_layers(self, obj, sizes: list[int]) -> str | None:
        """For a model built empty, its layers added as the file adds them (``model.add_layer(DenseLayer(2, 64,
        activation="relu"))``, one call per layer) at the checked sizes: what was done, or None when the file adds
        none to this class or a call fails."""
        example = self.sm.example(f"{self.cls.__name__}#added")
        if not isinstance(example, tuple) or not callable(getattr(obj, example[0], None)):
            return None
        method, calls = example
        layers = self._layer_objects(calls, [*sizes[:-1], 1] if calls.one_output else sizes)
        if layers is None:
            return None
        try:
            for layer in layers:
                self.guard.call(f"{self.cls.__name__}.{method}", getattr(obj, method), layer)
        except SubmissionError:
            return None
        self.sized = True  # at the sizes xval asks: any depth, any widths
        if calls.one_output:
            self.binary_from_example = method
        return f"its layers added as the file adds them ({method}({calls.callee}(...)) for each layer, at the checked sizes)"

    def _annotated_layers(self, init: ast.AST | None, name: str, sizes: list[int], output_apart: bool) -> list | None:
        """For a constructor argument annotated as a list of one of the file's layer classes (``hidden_layers:
        List[HiddenLayer]``), that list at the checked sizes: one layer per weight layer (the hidden ones only when
        the constructor takes the output size apart and builds its output layer itself), each of the subclass named
        for ReLU (else the annotated class itself), built with (inputs, outputs); None for any other argument."""
        arg = next((x for x in init.args.args if x.arg == name), None) if isinstance(init, ast.FunctionDef) else None
        ann = getattr(arg, "annotation", None)
        if not (isinstance(ann, ast.Subscript) and getattr(ann.value, "id", getattr(ann.value, "attr", None)) in (
                "List", "list", "Sequence")
                and isinstance(ann.slice, ast.Name)):
            return None
        module = getattr(self.cls.__init__, "__globals__", {})
        base = module.get(ann.slice.id)
        if not isinstance(base, type):
            return None
        kinds = [c for c in module.values() if isinstance(c, type) and issubclass(c, base)]
        layer = next((c for c in kinds if "relu" in c.__name__.lower()), base)
        pairs = list(zip(sizes[:-1], sizes[1:]))[:-1 if output_apart else None]
        try:
            made = [self.guard.call(f"{layer.__name__}()", lambda i=i, o=o: layer(i, o)) for i, o in pairs]
        except SubmissionError:
            return None
        self.choices[name] = (f"[{', '.join(f'{layer.__name__}({i}, {o})' for i, o in pairs)}] (the file's "
                              f"{ann.slice.id} objects its annotation asks for)")
        return made

    def _layer_objects(self, calls: LayerCalls, sizes: list[int]) -> list | None:
        """The file's layer objects for these sizes, built as its own list of calls builds them; None when its layer
        class is not there or a call fails."""
        layer_cls = getattr(self.cls.__init__, "__globals__", {}).get(calls.callee)
        if not isinstance(layer_cls, type):
            return None
        try:
            return [self.guard.call(f"{calls.callee}()", lambda a=a, k=k: layer_cls(*a, **k))
                    for a, k in calls.resized(sizes)]
        except SubmissionError:
            return None

    def construct(self, sizes: list[int]):
        """An instance for these sizes (:meth:`_construct`). A class built with its data whose code turns integer
        labels into one-hot rows itself (``np.eye(n_classes)[y]``) is given integer labels of every class (a count
        of classes taken from them, ``len(np.unique(self.Y_train))``, is the model's), else one-hot rows; the other
        kind when its constructor raises on the first; and, when it still raises on data given as rows, the data as
        columns (``assert X.shape == (n_features, m)``)."""
        self.int_labels = self._converts_labels()
        self.data_columns = False
        try:
            return self._construct(sizes)
        except SubmissionError:
            if not self.int_labels and not self.data_params:
                raise
        if self.int_labels:
            self.int_labels = False
            self.passed, self.data_params = {}, {}
            try:
                return self._construct(sizes)
            except SubmissionError:
                if not self.data_params:
                    raise
        self.data_columns = True  # NeuralNetwork(X, y, ...) asserting X.shape == (features, m): samples as columns
        self.passed, self.data_params = {}, {}
        return self._construct(sizes)

    def _converts_labels(self) -> bool:
        cls = self.cls.__name__
        return any(converts_labels(self.sm, f"{cls}.{m}") for m in vars(self.cls) if callable(vars(self.cls)[m])
                   and f"{cls}.{m}" in self.sm.defs)

    def _initialiser(self) -> tuple[object, str]:
        """(a weight initialiser to build the class with, what the read-as line says): the file's own function of a
        shape (``random_init(shape)``) that makes a varied array of it, else one of xval's; xval sets the weights
        it checks after building either way."""
        module = getattr(self.cls.__init__, "__globals__", {})
        for name, fn in module.items():
            if not isinstance(fn, types.FunctionType) or "init" not in _sq(name) or len(
                    [a for a in arguments(fn) or [] if not a.has_default]) != 1:
                continue
            try:
                made = self.guard.call(name, fn, (3, 4))
            except SubmissionError:
                continue
            if isinstance(made, np.ndarray) and made.shape == (3, 4) and np.ptp(made) > 0:
                return fn, f"{name} (the file's own initialiser)"
        return (lambda shape: np.random.default_rng(0).uniform(-0.1, 0.1, shape)), (
            "xval's uniform(-0.1, 0.1) of the shape it is given (the file has no initialiser of a shape)")

    def _construct(self, sizes: list[int]):
        """An instance for these sizes. Tried in turn, each confirmed later by the probe calls: the constructor
        with its defaults; with its data-path parameters set to None (a default that loads a data file); its
        ``__init__`` run statement by statement without those that read a data path or fail."""
        name = f"{self.cls.__name__}()"
        errors = []
        init = arguments(self.cls.__init__) or []
        # a hidden size as a list (of the hidden sizes, of every size), or, when the constructor takes none of
        # those, one int (NN(in_dim, hidden_units, out_dim): one hidden layer, its depth fixed)
        lists = ((None, "hidden", "all") if any(_sq(a.name) in HIDDEN_ONE for a in init[1:]) else (None,)) + (
            ("scalar",) if any(_size_name(_sq(a.name)) in HIDDEN_LIST for a in init[1:]) else ())
        if "all" not in lists and "scalar" in lists and not any(_size_name(_sq(a.name)) in INPUT + OUTPUT
                                                                 for a in init[1:]):
            lists += ("all",)  # a list named for the hidden layers, no input or output size beside it: perhaps
            # every layer's size (self.layers = len(hidden_sizes) - 1)
        for acts, hidden_as_list in ((a, h) for a in self.activation_names() for h in lists):
            pos, kw, data = self.plan(sizes, acts, hidden_as_list)
            named = any(isinstance(v, str) or isinstance(v, (list, tuple)) and any(isinstance(e, str) for e in v)
                        or isinstance(v, dict) for v in [*pos, *kw.values()])  # names, not only functions it passes
            self.built = f"activations {acts[0]!r}, {acts[1]!r} (its own names)" if isinstance(acts[0], str) \
                else f"activations {acts[0].__name__}, {acts[1].__name__} (its own)"
            self.built = self.built if self.uses_activation_args() and (named or not isinstance(acts[0], str)) \
                and not all(a.name in self.choices for a in init[1:]
                                      if _size_name(_sq(a.name)) in ACTIVATION_LIST + ACTIVATION_ONE) else ""
            try:
                obj = self.guard.call(name, lambda: self.cls(*pos, **kw))
                found = find_slots(obj) if hidden_as_list not in (lists[-1], "all", "scalar") else None
                if found is None or len(found[0]) == len(sizes) - 1:
                    return self._trimmed(sizes, acts, obj)
                errors.append(SubmissionError(name, f"built {len(found[0])} layers from a hidden size list"))
            except SubmissionError as exc:
                errors.append(exc)
                # a constructor that opens data files it names itself (CSVReader("train_image.csv")): run without
                # the statements that fail, when what is left holds weights
                made = self.partial_init(pos, kw, [], sizes) if not data and _missing_file(exc) else None
                if made is not None and find_slots(made[0]) is not None:
                    self.built = ", ".join(filter(None, [self.built, f"no data loading ({_short(exc)}; {made[1]})"]))
                    return made[0]
            if data:
                try:
                    obj = self.guard.call(name, lambda: self.cls(*pos, **kw, **dict.fromkeys(data, None)))
                    self.built = ", ".join(filter(None, [self.built, f"{', '.join(data)}=None (its default "
                                                         "failed: it loads a data file)"]))
                    return obj
                except SubmissionError as exc:
                    errors.append(exc)
                obj = self.partial_init(pos, kw, data)
                if obj is not None:
                    self.built = ", ".join(filter(None, [self.built, f"no data loading ({_short(errors[0])}; "
                                                         f"{obj[1]})"]))
                    return obj[0]
                raise SubmissionError(name, f"{str(errors[0]).split(': ', 1)[-1]} (also tried {', '.join(data)}=None "
                                      "and __init__ line by line without its data loading)")
        raise errors[0]

    @functools.cached_property
    def _handed_columns(self) -> bool:
        """:func:`_columns_first` of the file, read once for every weight its constructor is handed."""
        return _columns_first(self.sm)

    def _given_parameter(self, a, sizes: list[int]) -> np.ndarray | None:
        """The array to hand a constructor for a required parameter named as one layer's weight or bias
        (``ANN(w1, b1, w2, b2, w3, b3, learning_rate)``, the caller making them), in the orientation its code
        multiplies by (:func:`_columns_first`), else None."""
        role = classify(a.name) or ("", None)
        if a.has_default or role[0] not in ("W", "b") or not role[1] or not 1 <= role[1] < len(sizes):
            return None
        fan_in, fan_out = sizes[role[1] - 1], sizes[role[1]]
        col = self._handed_columns
        if role[0] == "b":
            return np.zeros((fan_out, 1) if col else (1, fan_out))
        gen = np.random.default_rng(role[1])
        return gen.uniform(-0.1, 0.1, (fan_out, fan_in) if col else (fan_in, fan_out))

    def _trim(self, sizes: list[int], name: str) -> list[int]:
        """The sizes list passed as ``name``, without the sizes :attr:`list_trim` leaves out."""
        lo, hi = self.list_trim
        self.list_param = name
        if hi:
            self.binary_from_example = name
            self.binary_why = "as it appends one output unit of its own after the sizes it is given"
        return list(sizes[lo:len(sizes) - hi])

    def _trimmed(self, sizes: list[int], acts: tuple[str, str], obj):
        """``obj``, or, when it took its data and a sizes list and built a layer more than that list has
        (``NeuralNetwork(X, y, neurons_per_layer)`` sizing its first layer from ``X``, then appending an output
        unit of its own), the instance built from the list without its input size, then also without its output
        size (one output unit: the binary classifier it is), the first that builds as many layers as the list."""
        found = find_slots(obj)
        if found is None or len(found[0]) == len(sizes) - 1 or not self.data_params or self.list_trim != (0, 0) \
                or not self.list_param:
            return obj
        for trim in ((1, 0), (1, 1)):
            self.list_trim = trim
            pos, kw, _ = self.plan(sizes, acts)
            try:
                made = self.guard.call(f"{self.cls.__name__}()", lambda: self.cls(*pos, **kw))
            except SubmissionError:
                continue
            again = find_slots(made)
            if again is not None and len(again[0]) == len(sizes) - 1:
                return made
        self.list_trim, self.binary_from_example = (0, 0), ""
        self.binary_why = "as its own call builds it"
        return obj

    def data_for(self, role: str, sizes: list[int]) -> np.ndarray:
        """A probe batch (rows of samples) or its labels, for a constructor that takes the data: one-hot rows, or
        (``int_labels``, see :meth:`construct`) integer labels with every class among them, on as many rows."""
        gen = np.random.default_rng(3)
        k = sizes[-1]
        rows = PROBE_BATCH if not self.int_labels or k <= PROBE_BATCH else 3 * PROBE_BATCH
        turn = (lambda a: a.T.copy()) if self.data_columns else (lambda a: a)  # samples as columns (construct)
        if role == "x":
            return turn(gen.random((rows, sizes[0])))
        if k == 1:  # one output unit: binary targets
            return turn(gen.integers(0, 2, size=(rows, 1)).astype(np.float64))
        if self.int_labels:
            return gen.permutation(np.arange(rows) % k)
        return turn(np.eye(k)[gen.integers(0, k, size=rows)])

    def find_held(self, obj, passed: dict) -> None:
        """The attributes the batch is read from: those holding the data the constructor was given, else the
        ones a forward or backward without arguments reads (``self.input``, ``self.y``)."""
        attrs = _array_attrs(obj)
        self.held = {}
        steps = [(getattr(self.cls, m, None), self.sm.text(f"{self.cls.__name__}.{m}", 0))
                 for m in dict.fromkeys((self.fwd_method, self._backward_name))]
        texts = " ".join(text for _, text in steps)
        for role, value in passed.items():
            name = next((k for k, v in attrs.items() if v is value), None) or next(
                (k for k, v in attrs.items() if (classify(k) or ("",))[0] == role and np.shape(v) == np.shape(value)),
                None)
            if name and all(any(a.role == role for a in arguments(fn) or []) or f"self.{name}" not in text
                            for fn, text in steps):
                continue  # its forward and backward take that role as an argument: the attribute keeps the data
                # it was built with (a class count, len(np.unique(self.Y_train)), must not shrink to a batch's)
            if name:
                self.held[role] = name
        if "x" in self.held and "x" in passed and "m" not in self.held:
            # NeuralNetwork(X, y, ...) keeping self.m = X.shape[1] that its forward asserts against: each batch's
            n = np.shape(passed["x"])[1 if self.data_columns else 0]
            kept = next((k for k, v in vars(obj).items() if type(v) is int and v == n
                         and (classify(k) or ("",))[0] == "m" and f"self.{k}" in texts), None)
            if kept:
                self.held["m"] = kept
        if "m" not in self.held and self.setup_count:  # self.m = X.shape[1], set by its fit before its loop
            self.held["m"] = self.setup_count
        if "m" not in self.held:  # self.m = 0 in __init__, set only by train(X, Y, m), divided by in backward
            computed = {a for method in (self.fwd_method, self._backward_name)
                        for a in _self_writes(self.sm.text(f"{self.cls.__name__}.{method}"))}
            unset = next((k for k, v in vars(obj).items() if (v is None or type(v) is int and v == 0)
                          and (classify(k) or ("",))[0] == "m" and "batch" not in _sq(k) and k not in computed
                          and re.search(rf"\bself\.{re.escape(k)}\b", texts)), None)
            if unset:
                self.held["m"] = unset
        made = set(_self_writes(self.sm.text(f"{self.cls.__name__}.{self.fwd_method}")))  # self.y = output
        # (a forward that computes its loss reads the labels too: ``loss = self.cross_entropy(self.y, yhat)``)
        for method, role in ((self.fwd_method, "x"), (self._backward_name, "y"), (self.fwd_method, "y"),
                             (self._backward_name, "x")):  # backward(lr) reading self.X, which only its fit sets
            args = (arguments(getattr(self.cls, method)) or [])[1:]
            takes = any(a.role == role for a in args)
            required = any(not a.has_default for a in args)
            # (back_propagation(output, caches) reading self.y, which only set_xy(input, expected_output) sets: the
            # labels held, whatever else the backward requires)
            labels_read = (method, role) == (self._backward_name, "y")
            if role in self.held or takes or required and not labels_read:
                continue
            text = self.sm.text(f"{self.cls.__name__}.{method}")
            name = next((k for k in _self_reads(text) if (classify(k) or ("",))[0] == role
                         and not (role == "y" and k in made)), None) or next(
                (f"{a}[{k!r}]" for a, k in _self_items(text) if (classify(k) or ("",))[0] == role
                 and isinstance(getattr(obj, a, None), dict)), None)  # self.placeholder["x"]
            if name:
                self.held[role] = name
        for method in (self._backward_name, self.fwd_method):  # dA = a[-1] - y_train, / NUM_SAMPLES, LEARNING_RATE
            node = self.sm.defs.get(f"{self.cls.__name__}.{method}")  # module globals the file's top-level code
            module = getattr(getattr(self.cls, self.fwd_method, None), "__globals__", {})
            called = {c.func.id for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)} \
                if node is not None else set()
            for name in free_globals(node) if node is not None else ():  # sets: bound to the batch, its size, the rate
                role = (classify(name) or ("",))[0]
                if callable(module.get(name)) or name in called:  # a function of the file's (one_hot(y, k)), never
                    continue  # data, even one it never defines (a staticmethod called by its bare name)
                if role in ("x", "y", "m", "lr") and role not in self.held:
                    self.held[role] = f"global {name}"

    def uses_activation_args(self) -> bool:
        init = self.sm.defs.get(f"{self.cls.__name__}.__init__")
        return any(_size_name(_sq(a.name)) in ACTIVATION_LIST + ACTIVATION_ONE and not a.has_default
                   or _is_config(_sq(a.name)) and any(_size_name(_sq(k)) in ACTIVATION_LIST + ACTIVATION_ONE
                                                          for k in _config_keys(init, a.name))
                   for a in (arguments(self.cls.__init__) or [])[1:])

    def config_for(self, param: str, keys: list[str], sizes: list[int], acts: tuple[str, str],
                   fields: dict | None = None) -> dict:
        """The dict a constructor reads its settings from (``Net(config)`` reading ``config['layer_specs']``): the
        module's own dict of that name when it has one, each key it reads that names the sizes, the activation,
        a rate, an epoch count, a batch size, an L2 strength or momentum set for the check. ``fields``: the
        defaults of the settings class its parameter is annotated with (a dataclass), read as attributes; then
        a lone hidden width is set too (one hidden layer)."""
        base = getattr(self.cls.__init__, "__globals__", {}).get(param)
        out, changed = {**(fields or {}), **_literal_settings(self.sm.trees, param),
                        **(base if isinstance(base, dict) else {})}, []
        for key in keys:
            n, role = _size_name(_sq(key)), (classify(key) or ("",))[0]
            if n in ACTIVATION_LIST + ACTIVATION_ONE:
                v = _activation_value(n, acts, sizes)
            elif n in INPUT or n in OUTPUT:
                v = sizes[0] if n in INPUT else sizes[-1]
            elif fields is not None and n in HIDDEN_ONE and len(sizes) == 3:
                v = sizes[1]
            elif role == "reg":
                v = 0.0
            elif role == "lr":
                v = 0.01
            elif role == "epochs":
                v = 1
            elif role == "m":
                v = BATCH_MARK
            elif _sq(key) == "momentum" or _sq(key) in ("usemomentum", "nesterov"):
                v = False if isinstance(out.get(key), bool) or key not in out else 0.0  # plain SGD is checked
            elif n in LIST_SIZES or any(w in n for w in SIZE_WORDS):
                v = list(sizes)
                self.config_sized = True
            else:
                continue  # its own value, when the module gives one
            out[key] = v
            changed.append(key)
        self.configs[param] = changed
        return out

    def activation_names(self) -> list[tuple[str, str]]:
        """(hidden, output) activation names to pass a constructor that requires them: the file's own
        spellings (string constants in its classes, and the keys of its module-level dicts, ``ACTIVATIONS =
        {"relu": ..., "sigmoid": ...}``) of ReLU (else of sigmoid or tanh) and of the output (softmax, else
        none/linear; then a sigmoid other than the hidden one, tried when those fail)."""
        if not self.uses_activation_args():
            return [("relu", "softmax")]
        words = self.sm.strings() + [k.value for t in self.sm.trees for n in t.body if isinstance(n, ast.Assign)
                                     and isinstance(n.value, ast.Dict) for k in n.value.keys
                                     if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        words += [v for a in (arguments(self.cls.__init__) or [])[1:]  # compared in a module function it calls
                  if _size_name(_sq(a.name)) in ACTIVATION_LIST + ACTIVATION_ONE
                  for v in compared_values(self.sm, f"{self.cls.__name__}.__init__", a.name) if isinstance(v, str)]
        hidden = next((w for k in ("relu", "sigmoid", "sig", "tanh", "logistic") for w in words if _sq(w) == k),
                      "relu")  # ReLU in its own spelling, else the sigmoid or tanh it offers
        outs = [w for k in ("softmax", "none", "linear", "identity") for w in words if _sq(w) == k]
        sig = [w for k in ("sigmoid", "sig", "logistic") for w in words if _sq(w) == k and w != hidden][:1]
        outs = outs + sig if outs else sig + ["softmax"]  # a sigmoid it spells before a softmax it never does
        return [(hidden, o) for o in dict.fromkeys(outs)] + self._activation_callables()

    def _activation_callables(self) -> list[tuple[object, object]]:
        """(hidden, output) pairs of the file's own activation classes or functions, for a constructor that
        calls what it is given (``Layer(func, n_in, n_out)`` making ``func()``): tried after the names, when
        those fail. ReLU (else sigmoid or tanh) for the hidden layers; softmax, else identity, else sigmoid out."""
        module = getattr(self.cls.__init__, "__globals__", {})
        own = {_sq(k): v for k, v in module.items() if callable(v) and isinstance(k, str)
               and getattr(v, "__module__", None) == self.cls.__module__}
        hidden = next((own[k] for k in ("relu", "sigmoid", "tanh") if k in own), None)
        outs = [own[k] for k in ("softmax", "identity", "sigmoid") if k in own and own[k] is not hidden]
        return [(hidden, o) for o in outs] if hidden is not None else []

    def partial_init(self, pos: list, kw: dict, data: list[str], sizes: list[int] | None = None):
        """``cls.__new__(cls)``, then ``__init__``'s statements one by one, skipping those that mention a data
        path parameter and those that raise; (instance, what was skipped) or None."""
        node = self.sm.defs.get(f"{self.cls.__name__}.__init__")
        if node is None:
            return None
        try:
            sig = inspect.signature(self.cls.__init__)
            bound = sig.bind_partial(None, *pos, **kw)
            bound.apply_defaults()
        except (TypeError, ValueError):
            return None
        local = dict(bound.arguments)
        self.stood_in = []
        first = next(iter(local))
        local[first] = obj = self.guard.call(f"{self.cls.__name__}.__new__", lambda: self.cls.__new__(self.cls))
        for d in data:
            local[d] = None
        reads_data = [s for s in node.body if {n.id for n in ast.walk(s) if isinstance(n, ast.Name)} & set(data)]
        # (self.X_train = training[:, :-1] failing for the file it could not load: the probe batch in its place, so
        # that what it sizes, self.num_features = self.X_train.shape[1], is made)
        stand_in = {"x": self.data_for("x", sizes), "y": self.data_for("y", sizes)} if sizes else {}
        failed = self._run_statements("__init__", [s for s in node.body if s not in reads_data], local, stand_in)
        skipped = [str(s.lineno) for s in node.body if s in reads_data or s in failed]
        how = f"__init__ without line {', '.join(skipped)}" if skipped else "__init__ line by line"
        if self.stood_in:
            how += f", xval's probe batch as its `{'`, `'.join(dict.fromkeys(self.stood_in))}`"
        return obj, how

    def _run_statements(self, method: str, stmts: list, local: dict, stand_in: dict | None = None) -> list:
        """Run ``stmts`` of the class's ``method`` one by one with ``local`` as its arguments, in one namespace with
        its module's globals (with two, a comprehension in a statement would see the globals only); the statements
        that raised, skipped. A skipped assignment to a name or attribute of the instance named as the inputs or
        the labels (``self.X_train = training[:, :-1]``) binds it to ``stand_in``'s array for that role."""
        scope = {**getattr(getattr(self.cls, method), "__globals__", {}), **local}
        me = next(iter(local), None)
        failed = []
        for stmt in stmts:
            try:  # a statement only a function body allows (return, yield, nonlocal), at any depth: not run
                code = compile(ast.Module([_mangled(copy.deepcopy(stmt), self.cls.__name__)], type_ignores=[]),
                               f"<{method}>", "exec")
            except SyntaxError:
                failed.append(stmt)
                continue
            try:
                self.guard.call(f"{self.cls.__name__}.{method}", lambda: exec(code, scope))
            except SubmissionError:
                failed.append(stmt)
                for t in (stmt.targets if isinstance(stmt, ast.Assign) and stand_in else []):
                    own = isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == me
                    name = t.attr if own else t.id if isinstance(t, ast.Name) else None
                    role = (classify(name) or ("",))[0] if name else ""
                    if role not in stand_in:
                        continue
                    if own:
                        setattr(scope[me], name, stand_in[role].copy())
                    else:
                        scope[name] = stand_in[role].copy()
                    self.stood_in.append(name)
        return failed

    def init_weights(self, obj, sizes: list[int]):
        """Call the class's own weight-initialising method (``initialize_weights(dims)``, ``init_params()``)
        when the constructor made no weights: the arguments by name, confirmed by the slots it leaves."""
        methods = [m for m in dir(self.cls) if callable(getattr(self.cls, m, None)) and INIT_METHOD.fullmatch(
            _sq(_unmangled(m)))]  # self.__init_params(size) too, held as _DigitRecognizer__init_params
        other_depth = None  # (method, arguments) that made weights for another number of layers than asked
        for m in methods:
            args = [a for a in (arguments(getattr(obj, m)) or []) if not a.has_default]
            options = [[]]
            for a in args:
                n = _sq(a.name)
                vals = ([[sizes[0], sizes[-1]], list(sizes)] if n in LIST_SIZES else [list(sizes[1:-1])]
                        if n in HIDDEN_LIST else [sizes[0]] if n in INPUT else [sizes[-1]] if n in OUTPUT else [])
                vals += [sizes[0]] if len(args) == 1 and n in LONE_SIZE else []
                if not vals and (choice := compared_choice(self.sm, f"{self.cls.__name__}.{m}", a.name)) is not None:
                    vals = [choice]  # InitWeights(algorithm) comparing it with 'Rand': the first value it compares
                options = [o + [v] for o in options for v in vals]
            for opt in options:
                try:
                    self.guard.call(f"{self.cls.__name__}.{m}", getattr(obj, m), *opt)
                except SubmissionError:
                    continue
                found = find_slots(obj)
                # (one output unit where the constructor was given a list ending in 1, as the file's own call)
                if _sized_as(found, sizes) or self.binary_from_example and _sized_as(found, [*sizes[:-1], 1]):
                    return f"weights made by its {m}({', '.join(map(repr, opt))})"
                if found and _own_sizes(found[0]) and _own_sizes(found[0])[0] == sizes[0] and any(
                        isinstance(v, (int, list)) for v in opt):
                    self.sized = False  # given the input size only, it made layers of its own sizes (784-100-1)
                    return f"weights made by its {m}({', '.join(map(repr, opt))})"
                if found and len(found[0]) != len(sizes) - 1 and other_depth is None:
                    other_depth = (m, opt)
        if other_depth is not None:  # (W1, W2 from self.layers[0..2], whatever the sizes list holds): made so, the
            m, opt = other_depth  # attach that follows finds the depth it makes, which the probe then keeps
            self.guard.call(f"{self.cls.__name__}.{m}", getattr(obj, m), *opt)
            return f"weights made by its {m}({', '.join(map(repr, opt))})"
        return None

    def setters(self, obj, missing: list[str]) -> str:
        """Call the class's methods that set what its forward or step reads and no constructor made
        (``InitActivation(algorithm)`` setting ``self.activation_function``), each argument the first value its
        code compares it with (``if algorithm == 'Sigmoid'``); what was called, for the "read as" line, or ""."""
        called = []
        skip = {self.fwd_method, self._backward_name, "__init__", *spelled(dir(self.cls), TRAIN_METHODS)}
        for m, node in ((m, self.sm.defs.get(f"{self.cls.__name__}.{m}")) for m in dir(self.cls) if m not in skip):
            sets = _self_stores(node) if node is not None else set()
            if not sets & set(missing) or not callable(getattr(obj, m, None)):
                continue
            args = [a for a in (arguments(getattr(obj, m)) or []) if not a.has_default]
            given = [compared_choice(self.sm, f"{self.cls.__name__}.{m}", a.name) for a in args]
            if None in given:
                continue
            try:
                self.guard.call(f"{self.cls.__name__}.{m}", getattr(obj, m), *given)
            except SubmissionError:
                continue
            called.append(f"{m}({', '.join(map(repr, given))})")
        return f"then its {', '.join(called)}" if called else ""

    def none_weights(self, obj, sizes: list[int], nones: list[str]) -> str | None:
        """Weights its constructor leaves None for a caller to set (``self._weights_matrix_1 = None``), one per
        layer and named so: made at the checked sizes in the first layout its forward runs with on a probe batch,
        (in, out) or (out, in), with biases beside them when it leaves those None too, else without or with each
        bias folded in as one more row or column. Returns what was made, for the "read as" line, else None."""
        roles = {k: classify(_sq(_unmangled(k))) for k in nones}
        ws = [k for _, k in sorted((c[1], k) for k, c in roles.items() if c and c[0] == "W" and c[1] is not None)]
        bs = [k for _, k in sorted((c[1], k) for k, c in roles.items() if c and c[0] == "b" and c[1] is not None)]
        fwd = getattr(obj, self.fwd_method, None)
        L = len(sizes) - 1
        if len(ws) != L or bs and len(bs) != L or fwd is None or len(arguments(fwd) or []) != 1:
            return None
        gen = np.random.default_rng(5)
        x = gen.random((PROBE_BATCH, sizes[0]))
        pairs = list(zip(sizes[:-1], sizes[1:]))
        options = [("(in, out)", [(i, o) for i, o in pairs], [(1, o) for _, o in pairs]),
                   ("(out, in)", [(o, i) for i, o in pairs], [(o, 1) for _, o in pairs])] if bs else [
            ("(out, in + 1), the biases folded in", [(o, i + 1) for i, o in pairs], None),
            ("(in + 1, out), the biases folded in", [(i + 1, o) for i, o in pairs], None),
            ("(in, out), no biases", [(i, o) for i, o in pairs], None),
            ("(out, in), no biases", [(o, i) for i, o in pairs], None)]
        for what, wshapes, bshapes in options:
            for k, shape in zip(ws, wshapes):
                setattr(obj, k, gen.standard_normal(shape) * 0.1)
            for k, shape in zip(bs, bshapes or []):
                setattr(obj, k, np.zeros(shape))
            for data in (x, x.T.copy()):
                try:
                    out = self.guard.call(f"{self.cls.__name__}.{self.fwd_method}", fwd, data)
                except SubmissionError:
                    continue
                last = out[-1] if isinstance(out, (tuple, list)) and out else out  # (z, a): the last
                if isinstance(last, np.ndarray) and last.size == PROBE_BATCH * sizes[-1] \
                        and find_slots(obj) is not None:
                    self.depth = L  # one None weight per layer: its depth
                    return f"{', '.join(ws)} (None when built) made {what}"
        for k in ws + bs:
            setattr(obj, k, None)
        return None

    def train_setup(self, obj, sizes: list[int], missing: list[str], hot: bool = False) -> str | None:
        """Run what its training method does before its first loop (``fit(X, y, epochs, lr)`` that makes the
        weights from ``X.shape[1]``; ``train(...)`` that sets ``self.eta``, ``self.outs``): each statement with a
        probe batch (samples as rows, else as columns) as its data, one epoch, no regularisation; a statement that
        raises is skipped. Kept when it leaves weights of these sizes and those of the attributes ``missing`` (read
        by the forward or the step, not made by the constructor) that it sets; returns what it ran, for the "read
        as" line, else None. The labels are integers, or with ``hot`` one-hot (``n_out = y.shape[1]``)."""
        trains = spelled(dir(self.cls), TRAIN_METHODS)  # another than the step judged, if it has one
        name = next((m for m in trains if m != self._backward_name), trains[0] if trains else None)
        node = self.sm.defs.get(f"{self.cls.__name__}.{name}") if name else None
        if node is None:
            return None
        head = []
        for stmt in node.body:
            if isinstance(stmt, (ast.For, ast.While, ast.Return)):
                break
            head.append(stmt)
        sets = _self_stores(*head)
        unmade = find_slots(obj) is None or hot and not _sized_as(find_slots(obj), sizes)  # (hot: after a try
        # with integer labels that made only the layers they size)
        if not head or not (set(missing) & sets or unmade):
            return None
        defaults = {p.name: p.default for p in inspect.signature(getattr(self.cls, name)).parameters.values()}
        gen = np.random.default_rng(4)
        k = max(sizes[-1], 2)
        n = PROBE_BATCH + k  # every class present: a method that counts them (len(np.unique(y))) sizes its output
        before = copy.deepcopy(vars(obj)) if hasattr(obj, "__dict__") else None  # (each try from the same start)
        for col in (False, True):
            if before is not None:  # (what an earlier try appended, undone)
                vars(obj).clear()
                vars(obj).update(copy.deepcopy(before))
            x = gen.random((n, sizes[0]))
            y = gen.permutation(np.arange(n) % k)
            if hot:
                y = np.eye(k)[y].T.copy() if col else np.eye(k)[y]
            values = {"x": x.T.copy() if col else x, "y": y, "lr": 0.01, "epochs": 1, "m": PROBE_BATCH, "reg": 0.0,
                      **SWITCHED_OFF}
            local, taken = {}, set()
            for a in arguments(getattr(self.cls, name)) or []:
                # a second argument of a role taken (train(X, y, batch=16): its batch size, read as data) keeps
                # its default
                local[a.name] = defaults[a.name] if a.role in taken and a.has_default else values.get(a.role)
                taken.add(a.role)
            local[next(iter(inspect.signature(getattr(self.cls, name)).parameters))] = obj
            self._run_statements(name, head, local)
            if _sized_as(find_slots(obj), sizes) and all(hasattr(obj, _mangled_name(a, self.cls.__name__))
                                                         for a in set(missing) & sets):  # self.__W: _Net__W
                data = {a.name for a in arguments(getattr(self.cls, name)) or [] if a.role == "x"}
                self.setup_count = next((t.attr for st in head if isinstance(st, ast.Assign) for t in st.targets
                                         if isinstance(t, ast.Attribute) and (classify(t.attr) or ("",))[0] == "m"
                                         and any(isinstance(n, ast.Name) and n.id in data
                                                 for n in ast.walk(st.value))), None)  # self.m = X.shape[1]
                return f"what its {name} does before its loop, on a probe batch"
        return None

    def attach(self, params) -> None:
        """Build the instance for these sizes (when it has none of this depth) and find its slots."""
        sizes = [params[0][0].shape[0], *(W.shape[1] for W, _ in params)]
        if self.instance is not None and self.sizes == sizes:
            return
        try:
            obj = self.construct(sizes)
        except Rejected as r:
            raise SubmissionError(f"{self.cls.__name__}()", r.why) from None
        found = find_slots(obj)
        nones = [k for k, v in vars(obj).items() if v is None] if hasattr(obj, "__dict__") else []
        added = self.add_layers(obj, sizes) if found is None else None
        if added:
            found = find_slots(obj)
        # layers added that hold no weights yet (model.add(Dense(6)), the weights made from the data later on)
        made = added if added and found is not None and len(found[0]) == len(params) else None
        made = made or (self.init_weights(obj, sizes) if (found is None or len(found[0]) != len(params))
                        and not _inserts_input_size(self.cls, self.sm) else None)  # (its fit sizes it first)
        reads = _self_reads("\n".join(self.sm.text(f"{self.cls.__name__}.{m}", 0)
                                      for m in (self.fwd_method, self._backward_name)))
        missing = [a for a in reads if not hasattr(obj, a) and not callable(getattr(self.cls, a, None))
                   and (classify(a) or ("",))[0] != "lr"]  # a rate only training sets: xval sets it (lr_set)
        if missing and (set_up := self.setters(obj, missing)):  # InitActivation('Sigmoid') setting what it reads
            made = ", ".join(filter(None, [made, set_up]))
            missing = [a for a in missing if not hasattr(obj, a)]
        if not made and (found is None or len(found[0]) != len(params) or missing):
            made = self.train_setup(obj, sizes, missing)
        if not made and nones and (find_slots(obj) is None or not _sized_as(find_slots(obj), sizes)):
            made = self.none_weights(obj, sizes, nones)  # left None for a caller to set: made here
        if not made and (found is None or len(found[0]) != len(params) or missing):
            made = self.train_setup(obj, sizes, missing, hot=True)  # output_shape = y.shape[1]: one-hot labels
        if added and made is not added:
            made = f"{added}, {made}" if made else added
        if made:
            found = find_slots(obj)
            self.built = ", ".join(filter(None, [self.built, made]))
        if found is None:
            nested = [k for k, v in vars(obj).items() if isinstance(v, list) and len(v) > 1
                      and all(isinstance(r, list) and r and all(isinstance(e, (int, float)) for e in r) for r in v)]
            raise SubmissionError(f"{self.cls.__name__}()", "holds no weights xval can find (W1, b1 ...; lists "
                                  "weights and biases; a dict params; layer objects with W and b)"
                                  + (f"; it was constructed with {self.built}" if self.built else "")
                                  + (f"; {', '.join(f'self.{k}' for k in nested[:4])} "
                                     f"{'are Python lists' if len(nested) > 1 else 'is a Python list'} of lists of "
                                     "numbers: xval reads weights held as NumPy arrays" if nested else "")
                                  + (f"; its constructor is spelled `{typo}`, a method Python never calls when it "
                                     f"makes an instance (it must be `__init__`), so {self.cls.__name__}() set "
                                     "nothing up" if (typo := _misspelled_init(self.cls)) else "")
                                  + (f"; self.{shared} holds one number per layer beside its weights: a bias shared "
                                     "by every unit of a layer, which the oracles do not model (they take one "
                                     "bias per unit)" if (shared := _shared_biases(obj)) else ""))
        if len(found[0]) >= 2 and biasless(found[0]) and (ones := _folds_ones(self)) and np.shape(
                (first := found[0][0][0]).get())[1 if (wcol := _wide_input(found[0])) else 0] == sizes[0] + 1:
            # no bias anywhere, a first weight one input wider than the data and a ones column its code joins to
            # what it is given: the first layer's bias folded in (the bias trick on the input alone)
            found = ([(Folded(first, "W", wcol), Folded(first, "b", wcol)), *found[0][1:]],
                     found[1].replace("(no biases)", f"(the first layer's bias folded in, the ones joined by its code "
                                      f"in {ones.split(',')[0]}; no bias after it)"))
        if folded(found[0]) or first_folded(found[0]):
            # W (in + 1, out): which end holds the bias, read from where its code puts the ones
            side = _ones_side(self.sm, self.cls.__name__) or _ones_side_of_layers(self.sm, found[0]) \
                or _ones_side_of_sharers(self.sm, obj, found[0])
            if side is None:
                raise SubmissionError(f"{self.cls.__name__}()", "holds its biases folded into its weights (each one "
                                      "row more than its inputs), and its code joins no ones column xval can read "
                                      "the side of")
            sign = _joined_sign(self.sm, {self.cls.__name__} | {type(w.ref.obj).__name__ for w, _ in found[0]
                                                                if isinstance(getattr(w, "ref", None), Ref)})
            for w, b in found[0]:
                if isinstance(w, Folded):
                    w.side = b.side = side
                    w.sign = b.sign = sign
            joined = "the ones joined by its code" if sign == 1 else "-1 joined by its code: it holds minus the bias"
            where = found[1].replace("(biases folded in)", f"(biases folded in as each matrix's {side} "
                                     f"{'column' if found[0][0][0].wcol else 'row'}, {joined})"
                                     ).replace("the first layer's bias folded in,", f"the first layer's bias folded "
                                               f"in as its {side} {'column' if found[0][0][0].wcol else 'row'},")
            found = (found[0], where)
        self.instance, (self.slots, self.where) = obj, found
        self.sizes = sizes
        self.find_held(obj, self.passed)
        own = built = _own_sizes(self.slots)
        if self.binary_from_example and own and len(own) == len(sizes) and own[:-1] == sizes[:-1] and own[-1] == 1:
            # one output unit because xval built it so, as the file's own call does: checked at the default hidden
            # widths (the probe's are not the file's)
            own = [sizes[0], *default_hidden(len(sizes) - 1), 1]
            self.one_output_default = True
        if not self.sized or own and own != sizes and len(own) == len(sizes):
            # a constructor that takes no sizes, or not all of them (BinaryMLP(n_features, n_hidden) with its one
            # output unit): its own architecture fixes the depth and sizes
            self.depth = len(self.slots)
            self.own_sizes = own
        elif self.depth is not None and own and len(own) == len(sizes) and self.depth != len(self.slots):
            # one hidden size for every hidden layer (ThreeLayerNN(input_size, hidden_size, output_size) making
            # W2 (hidden, hidden)): the layers it built fix the depth
            self.depth = len(self.slots)
            self.own_sizes = own
        if len(self.slots) != len(params):
            self.built_layers = len(self.slots)
            raise SubmissionError(f"{self.cls.__name__}()", f"built {len(self.slots)} layers; the weights checked "
                                  f"have {len(params)}" + (f"; it was constructed with {self.built}" if self.built
                                                           else ""))
        self.layout.wcol = _out_in(self.slots, built if built and len(built) == len(sizes) else sizes)
        self.layout.bias = "row" if biasless(self.slots) else bias_kind(self.slots[0][1].get())
        self.lr_attr = next((k for k, v in {**class_values(obj), **_array_attrs(obj)}.items()
                             if (classify(_unmangled(k)) or ("",))[0] == "lr"  # self.__rate: _Net__rate
                             and isinstance(v, (int, float))), None) or next(
            (k for k in _self_reads(self.sm.text(f"{self.cls.__name__}.{self._backward_name}"))
             if (classify(k) or ("",))[0] == "lr" and not hasattr(obj, k)), None)  # set only by its train(...)
        kept = [k for k, v in _array_attrs(obj).items() if type(v) is float and v == LR_BUILT]
        if self.lr_attr is None and len(kept) == 1 and any(
                (classify(a.name) or ("",))[0] == "lr" for a in arguments(self.cls.__init__) or []):
            self.lr_attr = kept[0]  # the constructor's rate kept under a name that does not say so
        if self.lr_attr is None:  # self.W[l] -= dW * self.h: the number its updates scale by, whatever its name
            self.lr_attr = _rate_in_updates(self.sm, self.cls.__name__, obj)
            if self.lr_attr:
                self.choices[f"self.{self.lr_attr}"] = "its learning rate (what its updates scale by)"
        self.layer_rate = None
        # Linear(n_in, n_out, init, learning_rate) keeping the rate it was built with (the model may keep it too)
        if self.lr_attr is None or getattr(obj, self.lr_attr, None) == LR_BUILT:
            owners = {id(o): o for o in (getattr(r, "ref", r).obj for pair in self.slots for r in pair
                                         if isinstance(getattr(r, "ref", r), Ref))
                      if o is not obj and not isinstance(o, type) and hasattr(o, "__dict__")}
            from xval.reports.check.styles.objects import _rate_attribute  # (objects imports this module)

            rates = {k for o in owners.values() if (k := _rate_attribute(o)) and getattr(o, k) == LR_BUILT}
            if owners and len(rates) == 1:
                self.layer_rate = (rates.pop(), list(owners.values()))
        self.lr_set = self.lr_attr is not None and not hasattr(obj, self.lr_attr)
        ints = {k: v for k, v in vars(obj).items() if isinstance(v, int) and not isinstance(v, bool)} \
            if hasattr(obj, "__dict__") else {}
        self.batch_attr = next((k for k, v in ints.items() if v == BATCH_MARK), None)
        if self.trains:  # a loop over epochs and mini-batches whose lengths its constructor fixed (self.epochs = 200)
            self.batch_attr = self.batch_attr or next(
                (k for k in ints if (classify(k) or ("",))[0] == "m" and "batch" in _sq(k)), None)
            self.epochs_attr = next((k for k in ints if (classify(k) or ("",))[0] == "epochs"), None)
            rows = len(self.passed["x"]) if "x" in self.passed else None  # built with the probe data: its row count
            self.count_attrs = [k for k, v in ints.items() if rows is not None and v == rows and k != self.batch_attr
                                and (classify(k) or ("",))[0] == "m"]

    def _residual(self, method: str, index: int) -> int:
        """:func:`residual_given` for the argument ``index`` of ``method``, read once (a step calls it each time)."""
        key = (method, index)
        if key not in self._residuals:
            self._residuals[key] = residual_given(self.sm, self.fwd_method, method, index)
        return self._residuals[key]

    @functools.cached_property
    def _batch_l2_strength(self) -> str | None:
        """The name of the strength the file's loss scales by the batch (:func:`~xval.reports.check.family.
        batch_scaled_l2`), or None."""
        from xval.reports.check.family import batch_scaled_l2  # (family reads styles: imported late)

        found = batch_scaled_l2(Path(self.path)) if self.path else None
        return found[2] if found else None

    def judge_with(self, *args, **kwargs) -> None:
        before = self.reg_given
        super().judge_with(*args, **kwargs)
        if self.reg_given != before and self.reg_built:  # its constructor takes the strength: built again with it
            self.instance = None

    def load(self, params, lr=None) -> None:
        self.check_depth(params, f"{self.cls.__name__}()")
        self.attach(params)
        for (W, b), (rw, rb) in zip(params, self.slots):
            rw.set(self.layout.W(W))
            rb.set(self.layout.b(b))
        if lr is not None and self.lr_attr:
            setattr(self.instance, self.lr_attr, lr)
        if lr is not None and self.layer_rate:  # each layer object keeps its own
            for layer in self.layer_rate[1]:
                setattr(layer, self.layer_rate[0], lr)

    # -- calls
    def _method(self, name):
        if name == self._backward_name and self.slots:
            if name not in self._own_init:  # read once its parameters' attributes are known
                attrs = {r.key if r.kind == "attr" else r.key[0] for pair in self.slots for r in pair
                         if isinstance(r, Ref) and r.obj is self.instance}  # (not a folded or absent bias)
                self._own_init[name] = _without_own_init(self.cls, name, self.sm, attrs, self.sizes[-1])
            if (made := self._own_init[name]) is not None:
                return types.MethodType(made[0], self.instance)
        return getattr(self.instance, name)

    def _args(self, name, env, fo=None):
        args = arguments(self._method(name)) or []
        pos, kw, skipping = [], {}, False
        x_given = False
        source = self.sm.text(f"{self.cls.__name__}.{name}") if fo is not None else ""
        pairs, unpacked = _pair_parameters(source)
        for a in args:
            r = a.role
            # (an argument named as what a forward gives, `acts, zs = cache`, is no pair of a batch and its labels)
            from_forward = r in FORWARD_ROLES
            if a.name in pairs and env.get("y") is not None and not from_forward and not (
                    a.has_default and HELD_OUT_SET.fullmatch(_sq(a.name))):  # (fit(training, ..., test=None): no
                # test set, as its default; the pairs it scores are not the batch it trains on)
                v, x_given = self.sample_pairs(env), True  # `for x, y in mini_batch`: one (x, y) per sample
            elif a.name in unpacked and env.get("y") is not None and not from_forward:
                v, x_given = (env["x"], env["y"]), True  # `x, y = batch`: the batch and its labels together
            elif r == "reg" and (not a.has_default or _numeric_default(self._method(name), a.name)):
                # a strength it requires (update_mini_batch(batch, eta, lmbda, n)) or takes with a number for default
                # (backward(y, lr=0.01, wd=0.01)): the L2 checked, a step's argument like its rate
                v = self.reg_given
                self.reg_off.add(a.name)
            elif r in SWITCHED_OFF and not a.has_default:
                v = SWITCHED_OFF[r]  # dropout off: the deterministic network
            elif fo is not None and _sq(a.name) in MOMENTUM and _numeric_default(self._method(name), a.name):
                v = 0.0  # backward(lr=0.05, beta=0.9) keeping v = beta * v + (1 - beta) * dW: its first step
                self.choices[a.name] = "0 (momentum off: each step the gradient's, as the oracles take it)"
                # from rest is (1 - beta) x the gradient, and each later one depends on the last
            elif r == "epochs":
                v = 1  # a training loop: one pass over the batch
            elif r == "x" and fo is not None and isinstance(fo["named"].get(a.name), (list, tuple)):
                v = fo["named"][a.name]  # X_list = [X, a1, ...] its forward returned: the layers' outputs
            elif r == "x" and fo is not None and a.name in _indexed_from_end(source) and _input_first(fo, env):
                v = fo["by_role"]["acts"]  # backprop(forward(x), y): `out = x[-1]`, the list its forward returned
            elif r in ("x", "y", "lr", "m") and env.get(r) is not None:
                v = env[r]  # before the forward's names: `return inputs` (reused as a variable) is not the batch
                x_given = x_given or r == "x"
            elif r == "y" and env.get("y_or_none"):
                v = None  # a forward that takes the labels, called for its output alone
            elif r == "dout" and fo is not None and env.get("y_int") is not None:
                v = self.upstream(fo, env["y_int"], f"{self.cls.__name__}.{name}", a.name, self.sm)
                if calls_argument(self.sm.defs.get(f"{self.cls.__name__}.{name}"), a.name):  # backward(forecast,
                    v = (lambda g: lambda *_args, **_kw: g)(v)  # aux, grad_loss) calling grad_loss(forecast):
                    # a function giving it
            elif fo is not None and a.name in fo["named"]:
                v = fo["named"][a.name]
            elif fo is not None and r in fo["by_role"]:
                v = fo["by_role"][r]
            elif fo is not None and r in ("probs", "a", "acts") and a.index is None and (
                    fo["acts"][-1] is not None or fo["by_role"].get("probs") is not None):
                v = fo["by_role"].get("probs")  # backward_prop(A, Y): the output its forward returned
                if v is None and self.sample_forward and len(fo["acts"][-1]) == 1:  # one sample's, as its vector
                    v = np.array(fo["acts"][-1][0], copy=True)
            elif fo is not None and r == "probs" and self.logits_only and a.index is None \
                    and fo["by_layer"].get(("z", len(fo["zs"]) - 1)) is not None:
                v = fo["by_layer"][("z", len(fo["zs"]) - 1)]  # backward(scores, y): the scores its forward gave
            elif fo is not None and not x_given and env.get("x") is not None and a.name == self.forward_input:
                v, x_given = env["x"], True  # _backward(self, train, ...) beside _forward(self, train): its input
            elif a.has_default:
                skipping = True
                continue
            elif (held := _held_out(a.name)) and env.get(held) is not None and any(
                    b.role == held for b in args):  # fit(X_train, y_train, X_valid, y_valid): a validation set it
                v = env[held]  # only scores, beside the batch it trains on: given that batch too
                self.choices[a.name] = f"the batch's {'inputs' if held == 'x' else 'labels'} (a held-out set it scores)"
            elif fo is None and not x_given and env.get("x") is not None:
                v, x_given = env["x"], True  # forward's one input, whatever its name (feedforward(self, a))
            elif (own := self._own_argument(name, [b.name for b in args].index(a.name), a.name)) is not None:
                v = own  # feedforward(X, actFun), called by its class with lambda x: self.actFun(x, ...)
            elif fo is not None and env.get("y") is not None and (
                    sign := self._residual(name, [b.name for b in args].index(a.name))):
                out = fo["by_role"].get("probs")  # model.backward(y_train - pred), pred = model.forward(x_train):
                if out is None or np.shape(out) != np.shape(env["y"]):  # the labels minus the output its forward
                    # gave, as the file's own call forms it (integer labels: not the file's kind)
                    raise SubmissionError(f"{self.cls.__name__}.{name}", f"{UNBOUND} `{a.name}`")
                v = sign * (np.asarray(env["y"], dtype=float) - np.asarray(out, dtype=float))
                self.choices[a.name] = ("the labels minus the output its forward gave" if sign > 0 else
                                        "the output its forward gave minus the labels") + \
                    ", as the file's own call forms it"
            elif (switch := _switch_value(self.sm, self.cls.__name__, name, a.name)):
                v, self.choices[a.name] = switch  # forward(x, mode) branching on `mode == "sigmoid"`
            else:
                raise SubmissionError(f"{self.cls.__name__}.{name}", f"{UNBOUND} `{a.name}`")
            (kw.__setitem__(a.name, v) if skipping else pos.append(v))
        return pos, kw

    def _own_argument(self, method: str, index: int, param: str):
        """What the class's own calls of ``method`` pass as its argument ``param`` (at ``index``) when that is an
        expression of ``self`` and module names alone (``self.feedforward(X, lambda x: self.actFun(x,
        type=self.actFun_type))``): evaluated on the instance xval built; None when there is no such call."""
        cls = self.cls.__name__
        fn = getattr(self.cls, method, None)
        scope = getattr(fn, "__globals__", None)
        if scope is None:
            return None
        for key, node in self.sm.defs.items():
            if not key.startswith(f"{cls}.") or not isinstance(node, ast.FunctionDef):
                continue
            for call in (c for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                         and c.func.attr == method and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"):
                given = next((k.value for k in call.keywords if k.arg == param), None) or (
                    call.args[index] if index < len(call.args) and not any(
                        isinstance(a, ast.Starred) for a in call.args[:index + 1]) else None)
                if given is None:
                    continue
                own = {a.arg for n in ast.walk(given) if isinstance(n, ast.Lambda) for a in n.args.args}
                names = {n.id for n in ast.walk(given) if isinstance(n, ast.Name)} - own
                if not names <= {"self"} | set(scope) | set(dir(builtins)):
                    continue
                try:
                    return eval(compile(ast.Expression(given), f"<{cls}.{key}>", "eval"),  # noqa: S307
                                {**scope, "self": self.instance})
                except Exception:  # noqa: BLE001 - the file's own expression failed: not this way
                    continue
        return None

    def sample_pairs(self, env) -> list:
        """The batch as a list of (x, y) pairs, one sample each, in the layout's orientation: columns (n, 1) when
        samples are columns, rows (1, n) otherwise; one-hot labels likewise, integer labels as ints."""
        x, y, col = env["x"], env["y"], self.layout.xcol
        if not col and _stacks_vectors(self.sm.text(f"{self.cls.__name__}.{self._backward_name}")):
            return [(x[i], y[i] if np.ndim(y) == 2 else int(y[i])) for i in range(x.shape[0])]
        xs = [x[:, i:i + 1] for i in range(x.shape[1])] if col else [x[i:i + 1] for i in range(x.shape[0])]
        if np.ndim(y) == 2:
            ys = [y[:, i:i + 1] for i in range(y.shape[1])] if col else [y[i:i + 1] for i in range(y.shape[0])]
        else:
            ys = [int(v) for v in y]
        return list(zip(xs, ys))

    @functools.cached_property
    def forward_input(self) -> str | None:
        """The name of the forward's input: a backward parameter of that name is given it."""
        return _input_name(getattr(self.cls, self.fwd_method, None))

    @functools.cached_property
    def loss_needs_labels(self) -> bool:
        """CS231n's loss(X, y) with no y=None default: it gives no scores alone."""
        return self.loss_method not in (None, "loss") or any(
            a.role == "y" and not a.has_default for a in arguments(getattr(self.cls, "loss", None)) or [])

    @functools.cached_property
    def ascent_line(self) -> int | None:
        """The line of its update when that adds what it stores (the descent direction; :func:`update_sign`)."""
        return update_sign(self.sm.trees)

    @functools.cached_property
    def trains(self) -> bool:
        """Whether the step method is a training loop (``fit(X, y, epochs, lr)``: called for one epoch)."""
        method = getattr(self.cls, self._backward_name, None)
        return bool(spelled([self._backward_name], TRAIN_METHODS)) or any(
            a.role == "epochs" for a in arguments(method) or [])

    def _hold(self, env) -> None:
        for role, attr in self.held.items():  # it reads the batch (and labels) from its own attributes
            if env.get(role) is None:
                continue
            if attr.startswith("global "):  # a module global its methods read
                getattr(self.cls, self.fwd_method).__globals__[attr.split()[1]] = env[role]
            elif attr.endswith("]"):  # placeholder['x']: a key of a dict it holds
                name, key = attr[:-1].split("[", 1)
                getattr(self.instance, name)[ast.literal_eval(key)] = env[role]
            else:
                setattr(self.instance, attr, env[role])

    def _with_any_labels(self, label: str, name: str, pos: list, kw: dict, k: int, sample: bool, n: int = 1):
        """A forward that takes the labels too (``forward(x, y) -> (y_hat, loss)``), called for its output alone:
        on a batch with None for them (the way a forward that checks for them skips its loss), and when that
        raises, with class 0 for every sample (integers, then one-hot rows), which changes its loss, never its
        output; on one sample class 0 first (``y_hat[None]`` would make its loss an array of the output's size).
        The first exception when every way raises."""
        where = [i for i, a in enumerate(arguments(self._method(name)) or []) if a.role == "y"]
        at = where[0] if where else None
        tries = [0, np.eye(k)[0], None] if sample else [None, np.zeros(n, dtype=int), np.tile(np.eye(k)[0], (n, 1))]
        first = None
        for labels in tries:
            args = list(pos)
            if at is not None and at < len(args):
                args[at] = labels
            try:
                return self.call(label, self._method(name), *args, **kw)
            except SubmissionError as exc:
                first = first or exc
            if at is None or at >= len(pos):
                break
        raise first

    def _sample_forward(self, params, x):
        """Its forward called on each sample alone (a vector), the outputs stacked: only the output is compared."""
        name, fn = self.fwd_method, f"{self.cls.__name__}.{self.fwd_method}"
        rows = []
        wants_y = any(a.role == "y" and not a.has_default for a in (arguments(self._method(name)) or []))
        for xi in np.asarray(x):
            env = {"x": xi.copy(), "m": 1, "lr": None, **({"y_or_none": True} if wants_y else {})}
            self._hold(env)
            pos, kw = self._args(name, env)
            raw = self._with_any_labels(fn, name, pos, kw, params[-1][0].shape[1], sample=True)
            if raw is None:  # it keeps its output: the activations it stores (self.a[-1], self.output)
                raw = tuple(v for k, v in _array_attrs(self.instance).items()
                            if (classify(k) or ("",))[0] in ("acts", "a", "probs"))
            rows.append(_sample_output(raw, params[-1][0].shape[1], fn))
        L = len(params)
        return [None] * L, [x, *[None] * (L - 1), np.stack(rows)]

    def _forward(self, params, x, env):
        name = self.fwd_method
        self._hold(env)
        if name == self.loss_method and self.loss_needs_labels:  # loss(X, y) only: no scores to compare
            L = len(params)
            return {"named": {}, "by_layer": {}, "by_role": {}, "zs": [None] * L, "acts": [None] * L}
        wants_y = any(a.role == "y" and not a.has_default for a in (arguments(self._method(name)) or []))
        # forward(x, targets) that keeps the labels for its backward (and gives no loss when they are None)
        pos, kw = self._args(name, {**{k: v for k, v in env.items() if k != "y"},
                                    **({"y": env.get("y"), "y_or_none": True} if wants_y else {})})
        if (flag := self._store_flag(name)) is not None:
            kw[flag] = True  # forward(x, store_activations=False) returning them only when asked: its backward
            # takes them (backprop(activations, y))
        if wants_y and env.get("y") is None:
            raw = self._with_any_labels(f"{self.cls.__name__}.{name}", name, pos, kw, params[-1][0].shape[1],
                                        sample=False, n=len(x))
        else:
            raw = self.call(f"{self.cls.__name__}.{name}", self._method(name), *pos, **kw)
        elems = list(raw) if isinstance(raw, tuple) or _two_lists(raw) else [raw]
        names = self.sm.returned_names(f"{self.cls.__name__}.{name}")
        names = names if names and len(names) == len(elems) else [None] * len(elems)
        # a forward gives no labels: `return loss, self.y` names its output y (the textbook's y for predictions)
        names = [None if n and (classify(n) or ("",))[0] == "y" else n for n in names]
        activated = _activated_lists(self.sm.defs.get(f"{self.cls.__name__}.{name}"))
        pre = {n: e for n, e in zip(names, elems) if n in activated}  # `self.relu(outputs[l - 1])`: pre-activations
        # (named so that the file's own naming reads them as pre-activations: under the u and z convention, where
        # z = f(u), a list called zs is the activations, us the pre-activations)
        names = [("us" if self.swapped == "u" else "zs") if n in pre else n for n in names]
        pairs, renamed = list(zip(names, elems)), None
        losses = [i for i, (n, e) in enumerate(zip(names, elems)) if isinstance(e, (float, np.floating, np.ndarray))
                  and np.ndim(e) == 0 or n and _LOSS_NAME.fullmatch(_sq(n))]
        if len(elems) == 2 and len(losses) == 1 and names[1 - losses[0]] is None and isinstance(
                elems[1 - losses[0]], np.ndarray) and elems[1 - losses[0]].ndim:
            pairs[1 - losses[0]] = ("probs", elems[1 - losses[0]])  # `return self.loss, self.y`: the loss beside
            pairs[losses[0]] = (None, elems[losses[0]])  # the output (the loss per element, of the output's shape)
        elif isinstance(elems[0], np.ndarray) and (names[0] is None or len(elems) == 1 or classify(names[0]) is None
                                                  and not any(isinstance(e, np.ndarray) for e in elems[1:])):
            # an unnamed first array, the only one (`return a`), or the one array beside caches under a name that
            # says nothing (`return activation, caches`): the output
            pairs[0] = ("probs", elems[0])
            renamed = names[0]  # (a backward may take it under that name: backpropagation(ZL, Y, forward_outputs))
        seen = {n for n, _ in pairs if n}
        kept = ("z", "a", "zs", "acts", "cache") + (("probs",) if raw is None else ())  # None: its output is kept
        state = [(k, v) for k, v in _array_attrs(self.instance).items() if k not in seen and isinstance(
            v, (np.ndarray, list, dict)) and (file_role(k, self.swapped) or ("",))[0] in kept]
        if raw is None and not any((classify(k) or ("",))[0] in ("acts", "a", "probs") for k, _ in state):
            # it returns nothing and keeps its activations in a list whose first entry is the input it was given
            # (self.layers[0] = x): that list is the activations, whatever its name
            # (self.layers[0] = x), or one entry per layer of the batch's width and each layer's (self.layers[i]
            # = relu(Z) after its _init_layers)
            given = pos[0] if pos else next(iter(kw.values()), None)
            widths = [sorted((len(x), W.shape[1])) for W, _ in params]
            state += [("activations", v) for k, v in _array_attrs(self.instance).items() if isinstance(v, list)
                      and len(v) > 1 and all(isinstance(a, np.ndarray) for a in v) and (
                          v[0] is given or [sorted(a.shape) for a in v] == widths and not any(v is e for _, e in state))]
        fo = collect(pairs + state, len(params), self.layout, len(x), f"{self.cls.__name__}.{name}",
                     self.logits_only, self.swapped, returned=len(pairs),
                     x_in=pos[0] if pos else next(iter(kw.values()), None))
        if renamed:
            fo["named"].setdefault(renamed, elems[0])
        for n, e in pre.items():  # (a backward takes them under the file's name)
            fo["named"].setdefault(n, e)
        return fo

    def _store_flag(self, name: str) -> str | None:
        """The forward's flag that makes it return its activations (``store_activations=False``,
        ``return_cache=False``), when its backward takes them as an argument; else None."""
        if name not in self._store_flags:  # read once: every forward call asks
            self._store_flags[name] = _store_flag(self._method(name), self._method(self._backward_name))
        return self._store_flags[name]

    def _env(self, params, x, y=None, lr=None):
        env = {"x": self.layout.x(x), "m": len(x), "lr": lr}
        if y is not None:
            env["y"], env["y_int"] = self.layout.y(y, params[-1][0].shape[1]), y
        return env

    def forward(self, params, x):
        self.load(params)
        if self.sample_forward:
            zs, acts = self._sample_forward(params, x)
            return zs, acts, []
        if self.forward_each and len(x) > 1:  # its forward is right for one sample only: called on each, stacked
            runs = [self.forward(params, x[i:i + 1]) for i in range(len(x))]
            L = len(params)
            if self.logits_only and any(r[1][-1] is None for r in runs):  # only its scores: stacked as the scores
                return [*[None] * (L - 1), np.concatenate([r[0][-1] for r in runs])], [x, *[None] * L], []
            return [None] * L, [x, *[None] * (L - 1), np.concatenate([r[1][-1] for r in runs])], []
        env = self._env(params, x)
        held_y = self.held.get("y", "global ")
        if not held_y.startswith("global ") and f"self.{held_y.split('[')[0]}" in self.sm.text(
                f"{self.cls.__name__}.{self.fwd_method}"):  # its forward computes its loss from self.y: the first
            fo = self._labelled_forward(params, x)  # of class 0 for every sample in each form that runs
            return fo["zs"], [x, *fo["acts"]], []
        x_call = env["x"]
        fo = self._forward(params, x, env)
        mutated = [] if same(x_call, self.layout.x(x)) else ["x"]
        mutated += [f"{k}{i + 1}" for i, ((W, b), (rw, rb)) in enumerate(zip(params, self.slots))
                    for k, old, ref in (("w", self.layout.W(W), rw), ("b", self.layout.b(b), rb))
                    if not same(old, ref.get())]
        zs, acts = fo["zs"], fo["acts"]
        if self.logits_only and acts and zs and acts[-1] is not None and (
                zs[-1] is None or same(acts[-1], zs[-1]) or self.scores_activated):
            # its last layer's values are the scores (z.append(v[-1])), its softmax applied elsewhere: no output
            zs, acts = [*zs[:-1], zs[-1] if self.scores_activated else acts[-1]], [*acts[:-1], None]  # read from
            # them (not an identity output)
        return zs, [x, *acts], mutated

    def _labelled_forward(self, params, x) -> dict:
        """Its forward, which reads labels from its own attribute for its loss, run with class 0 for every sample:
        held as the layout says, as integers, then as one-hot rows; labels move its loss, never its outputs."""
        n, k = len(x), params[-1][0].shape[1]
        forms = (lambda: self.layout.y(np.zeros(n, dtype=int), k), lambda: np.zeros(n, dtype=int),
                 lambda: np.tile(np.eye(k)[0], (n, 1)))
        first = None
        for i in dict.fromkeys([self._labels_form, 0, 1, 2]):  # the form that ran last time first
            try:
                fo = self._forward(params, x, {**self._env(params, x), "y": forms[i]()})
                self._labels_form = i
                return fo
            except SubmissionError as exc:
                first = first or exc
        raise first

    def step(self, params, x, y, lr, given=None):
        if given is not None:
            raise NoGiven(self._backward_name)
        if self.per_sample and len(x) > 1:  # from the same weights each time: the batch's gradient is their mean
            return mean_step(params, lr, [self.step(params, x[i:i + 1], y[i:i + 1], lr) for i in range(len(x))])
        fo, result, before, mutated = self._invoke(params, x, y, lr)
        grads, new = self._result(result, params, before, lr)
        if self.summed_by and grads is not None:  # the batch's sum: its caller divides it by the batch size
            grads = [(dW / len(x), db / len(x)) for dW, db in grads]
        used = getattr(self.instance, self.lr_attr, None) if self.rate_rescaled and new is not None else None
        if isinstance(used, (int, float)) and not isinstance(used, bool) and used:
            # self.rate = self.rate * cooling before its updates: its change divided by the rate it used, the
            # parameters after it re-expressed at the rate asked (as the caller reads the step)
            implied = finish_step(params, float(used), None, None, mutated, new=new).implied
            return finish_step(params, lr, fo["zs"], [x, *fo["acts"]], mutated, grads=implied)
        return finish_step(params, self.fixed_rate or lr, fo["zs"], [x, *fo["acts"]], mutated, grads=grads, new=new)

    def _invoke(self, params, x, y, lr):
        """Its weights set to ``params``, its forward run (for the caches it keeps), then its step method called:
        (the forward's results, the call's result, the parameters before the call by id, the inputs it changed)."""
        self.load(params, lr)
        env = self._env(params, x, y, lr)
        if self.batch_attr:
            setattr(self.instance, self.batch_attr, len(x))
        if self.epochs_attr:
            setattr(self.instance, self.epochs_attr, 1)
        for k in self.count_attrs:  # the count of the samples its loop splits into batches: this call's
            setattr(self.instance, k, len(x))
        if self.sample_forward and not self.trains:  # one sample as the vector its forward takes
            env["x"], env["y"] = env["x"].reshape(-1), env["y"].reshape(-1) if np.ndim(env["y"]) > 1 \
                and not self.layout.ycol else env["y"]
        x_call, y_call = env["x"], env["y"]
        x_user, y_user = x_call.copy(), y_call.copy()
        if self.sample_forward and len(x) == 1 and (flag := self._store_flag(self.fwd_method)) is not None:
            # one sample, and a backward that takes the activations its forward returns only when asked
            # (backprop(activations, y) after forward(x, store_activations=True)): passed as the forward gives them
            zs, acts = self._sample_forward(params, x)
            self._hold(env)
            pos, kw = self._args(self.fwd_method, {"x": env["x"], "m": 1, "lr": None})
            stored = self.call(f"{self.cls.__name__}.{self.fwd_method}", self._method(self.fwd_method), *pos,
                               **{**kw, flag: True})
            self._hold(env)
            fo = {"named": {}, "by_layer": {}, "by_role": {"acts": stored}, "zs": zs, "acts": acts[1:]}
        elif self.sample_forward:  # its forward runs on one sample: its caches for the backward, its output alone
            zs, acts = self._sample_forward(params, x) if not self.trains else (
                [None] * len(params), [None] * (len(params) + 1))
            self._hold(env)
            fo = {"named": {}, "by_layer": {}, "by_role": {}, "zs": zs, "acts": acts[1:]}
        else:
            fo = self._forward(params, x, env)
        if self.column_stack:  # a training loop that walks its data by sample, each one a column vector
            env["x"] = np.ascontiguousarray(np.asarray(x)[:, :, None])
            env["y"] = np.ascontiguousarray(np.moveaxis(env["y"], 0, -1)[:, :, None]) if np.ndim(env["y"]) > 1 \
                else env["y"]
            x_call, y_call = env["x"], env["y"]
            x_user, y_user = x_call.copy(), y_call.copy()
        before = {id(r.get()): r.get().copy() for pair in self.slots for r in pair}
        name = self._backward_name
        self._loss_first(env, fo)
        pos, kw = self._args(name, env, fo)
        self._own_call_names(name, pos)
        result = self.call(f"{self.cls.__name__}.{name}", self._method(name), *pos, **kw)
        mutated = ([] if same(x_call, x_user) else ["x"]) + ([] if same(y_call, y_user) else ["y_true"])
        return fo, result, before, mutated

    def loss_before_step(self) -> str:
        """Its loss method when the step method reads an attribute that only that method sets (``self.m =
        y_hat.shape[-1]`` in ``loss_function``, read by ``backward``; neither ``__init__`` nor the forward sets it):
        run on the forward's output before the step, as its training loop calls them. "" when there is none."""
        cls, name = self.cls.__name__, self._backward_name
        key = (name, self.fwd_method)  # read once per reading: the step calls it on every batch (every sample)
        if key not in self._loss_before:
            self._loss_before[key] = self._read_loss_before_step(cls, name)
        return self._loss_before[key]

    def _read_loss_before_step(self, cls: str, name: str) -> str:
        from xval.reports.check.family import generic_loss_name, named_loss  # (family imports the styles' names)

        def sets(method: str) -> set[str]:
            node = self.sm.defs.get(f"{cls}.{method}")
            return {t.attr for n in ast.walk(node) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Attribute)
                    and isinstance(t.value, ast.Name) and t.value.id == "self"} if node is not None else set()

        step = self.sm.defs.get(f"{cls}.{name}")
        if step is None:
            return ""
        unset = {n.attr for n in ast.walk(step) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load)
                 and isinstance(n.value, ast.Name) and n.value.id == "self"} - sets("__init__") - sets(
            self.fwd_method) - sets(name)
        return next((m for m in vars(self.cls) if unset & sets(m) and m != name and (
            named_loss(_sq(m)) or generic_loss_name(_sq(m)))), "") if unset else ""

    def _loss_first(self, env: dict, fo: dict) -> None:
        if method := self.loss_before_step():
            try:
                pos, kw = self._args(method, env, fo)
                self.call(f"{self.cls.__name__}.{method}", self._method(method), *pos, **kw)
            except SubmissionError:
                pass  # then the step raises on what it reads, and that is what the report quotes
        if between := self.set_between():
            method, stmts, inputs, labels = between
            local = {"self": self.instance, **dict.fromkeys(inputs, env["x"]), **dict.fromkeys(labels, env["y"])}
            stmts = [_whole_data(st, {*inputs, *labels}) for st in stmts]
            self._run_statements(method, stmts, local)  # a statement that raises is skipped: the step then reads
            # what the constructor left, and that is what the report quotes

    def set_between(self):
        """When the class's training method sets, between its forward call and its call of the step judged, an
        attribute the step reads (``A3 = self.forward(inputs)``, ``self.cost, value = compute_cost(A3, labels)``,
        then ``grads = self.backward()`` reading ``self.cost``): (that method, its forward call's statement and
        those assignments, the names that hold its inputs there, those that hold its labels), run before each
        step as its loop runs them; else None."""
        if self._between is None:
            self._between = _set_between(self.cls, self.sm, self.fwd_method, self._backward_name) or ()
        return self._between or None

    _between = None

    def _own_call_names(self, name: str, pos: list) -> None:
        """The names the file's own call of the step method passes (``mlp.train(items, targets, 50, 0.1)``) that
        no statement xval ran defined, bound in the module to what xval passes there: a method that reads them
        as globals (``len(items)`` in its report line) sees xval's batch, as it would see the file's data."""
        ns = getattr(getattr(self.cls, name, None), "__globals__", None)
        top = [st for t in self.sm.trees for st in t.body if not isinstance(st, (ast.FunctionDef, ast.ClassDef,
                                                                                 ast.AsyncFunctionDef))]
        call = next((c for st in top for c in ast.walk(st) if isinstance(c, ast.Call)  # at top level, on an instance
                     and isinstance(c.func, ast.Attribute) and c.func.attr == name), None)
        if ns is None or call is None:
            return
        for arg, value in zip(call.args, pos):
            if isinstance(arg, ast.Name) and (arg.id not in ns or arg.id in self.own_call_globals) and \
                    isinstance(value, np.ndarray):
                ns[arg.id] = value
                self.own_call_globals.setdefault(arg.id, name)

    def _result(self, result, params, before, lr=None):
        fn, lay = f"{self.cls.__name__}.{self._backward_name}", self.layout
        now = [(rw.get(), rb.get()) for rw, rb in self.slots]
        if self.mode == "in-place" or self.mode is None and (any(
                not same(before.get(id(rw.get()), rw.get()), rw.get()) for rw, _ in self.slots) or any(
                id(a) not in before for pair in now for a in pair)):
            return None, [(lay.param_W(W2, W, f"w{i + 1}", fn), lay.param_b(b2, b, f"b{i + 1}", fn))
                          for i, ((W, b), (W2, b2)) in enumerate(zip(params, now))]
        grads = self.returned(result, len(params))
        if grads is None:
            stored = find_grads(self.instance, self.slots, before)
            if stored is None and self.applier and lr is not None and result is None:
                self.call(f"{self.cls.__name__}.{self.applier}", getattr(self.instance, self.applier),
                          *([lr] if _positional_count(getattr(self.cls, self.applier)) else []))
                now = [(rw.get(), rb.get()) for rw, rb in self.slots]
                if any(not same(before.get(id(r.get()), r.get()), r.get()) for pair in self.slots for r in pair):
                    self.applied = True  # backward(output, expected) keeps its deltas, update(lr) applies them
                    # (at zero weights a tanh layer's step may change the next layer's biases alone)
                    return None, [(lay.param_W(W2, W, f"w{i + 1}", fn), lay.param_b(b2, b, f"b{i + 1}", fn))
                                  for i, ((W, b), (W2, b2)) in enumerate(zip(params, now))]
            if stored is None:
                raise SubmissionError(fn, f"{NOTHING}{_missing_keys(result, len(params))}, stored none on the "
                                      "instance (self.dW1, self.grads['W1'], layer.dW) and updated no parameter")
            turned = [_turned(dW, rw.get()) for (dW, _), (rw, _) in zip(stored, self.slots)]
            if any(t is not None for t in turned):  # read where a layer is not square, kept for those that are
                self.grads_turned = any(turned)
            grads = [(np.asarray(dW).T if self.grads_turned and np.ndim(dW) == 2 else dW, db) for dW, db in stored]
        if self.ascent_line:  # it stores minus the gradient and its update adds it: compared as the gradient
            grads = [(-np.asarray(dW), -np.asarray(db)) for dW, db in grads]
        return [(lay.grad_W(dW, W, f"dW{i + 1}", fn), lay.grad_b(db, b, f"db{i + 1}", fn))
                for i, ((W, b), (dW, db)) in enumerate(zip(params, grads))], None

    mode = None

    def afresh(self) -> "ClassModel":
        """A new reading of the same class and methods, for a retry: the file's path, the methods it wrote at
        module level and its argmax reading kept; everything the probe reads, read again."""
        again = ClassModel(self.cls, self.sm, self.fwd_method, self._backward_name)
        again.path, again.adopted, again.argmax_read = self.path, self.adopted, self.argmax_read
        return again

    @property
    def biases(self) -> bool | tuple[bool, ...]:
        """Whether its layers have biases: True, False, or one bool per layer (the bias trick on the input alone)."""
        if first_folded(self.slots):
            return tuple(not isinstance(b, NoBias) for _, b in self.slots)
        return not biasless(self.slots)

    def returned(self, result, L: int):
        if isinstance(result, tuple) and len(result) == 2 and all(_layer_keyed(r, L) for r in result):
            result = tuple([r[k] for k in sorted(r)] for r in result)  # (dW, db), each a dict by layer number
        if isinstance(result, (tuple, list)) and len(result) == 2 and all(
                isinstance(r, list) and len(r) > L and placeholders(r) == len(r) - L for r in result):
            result = tuple(r[len(r) - L:] for r in result)  # ([None, dW1, ...], [None, db1, ...]): as its lists
        if isinstance(result, list) and len(result) > L and all(isinstance(p, tuple) and len(p) == 2 for p in result) \
                and placeholders([p[0] for p in result]) == len(result) - L:
            result = result[len(result) - L:]  # [(nan, nan), (dW1, db1), ...]: placeholder pairs first, as its layers
        if folded(self.slots) and isinstance(result, (tuple, list)) and len(result) == L and all(
                np.ndim(r) == 2 for r in result):  # a folded matrix's gradient per layer: its (dW, db) parts
            return [w.split(r) for r, (w, _) in zip(result, self.slots)]
        if not self.biases and isinstance(result, dict):  # {"W1": dW1, "W2": dW2} (or dW1 keys): no biases, no db
            per = {c[1]: g for key, g in result.items() if (c := classify(key)) and c[0] in ("dW", "W")
                   and c[1] is not None and isinstance(g, np.ndarray)}
            result = [per[i] for i in sorted(per)] if len(per) == L else result
        if not self.biases and isinstance(result, (tuple, list)) and len(result) == L and all(
                isinstance(r, np.ndarray) for r in result):  # return d_weights1, d_weights2: no biases, no db
            return [(g, np.zeros((1, np.shape(g)[0 if self.layout.wcol else -1]))) for g in result]
        if self._pairs_fit(result, L):  # [(dW1, db1), (dW2, db2), ...]: a pair per layer
            return [(dW, db) for dW, db in result]
        names = self.sm.returned_names(f"{self.cls.__name__}.{self._backward_name}")
        if isinstance(result, tuple) and names and len(names) == len(result) and all(names):
            by_name = _returned(dict(zip(names, result)), L, 1)  # return dW1, dW2, db1, db2: in any order
            if by_name is not None:
                return by_name
        if self._lists_swapped(result, L):  # return nabla_s, nabla_p (sesgos, pesos): the biases' list first
            return list(zip(result[1], result[0]))
        return _returned(result, L, 1)

    def _lists_swapped(self, result, L: int) -> bool:
        """Whether ``result`` is two lists of L arrays that are the bias gradients then the weight gradients, by
        their sizes (under names that do not say which: ``nabla_s, nabla_p``), and not the other way round."""
        if not (isinstance(result, (tuple, list)) and len(result) == 2 and all(
                isinstance(r, (tuple, list)) and len(r) == L for r in result)) or len(self.slots) != L:
            return False
        return not self._sized_like(result[0], result[1]) and self._sized_like(result[1], result[0])

    def _pairs_fit(self, result, L: int) -> bool:
        """Whether ``result`` is a list of L (dW, db) pairs, each the size of its layer's weight and bias, where
        (dWs, dbs) would not fit (with two layers of one output unit the sizes cannot tell the two apart: then
        it is read as (dWs, dbs), as before)."""
        if not (isinstance(result, (tuple, list)) and len(result) == L and all(
                isinstance(p, (tuple, list)) and len(p) == 2 for p in result)) or len(self.slots) != L:
            return False
        pairs = self._sized_like([p[0] for p in result], [p[1] for p in result])
        lists = L == 2 and all(len(r) == L for r in result) and self._sized_like(result[0], result[1])
        return pairs and not lists

    def _sized_like(self, dWs, dbs) -> bool:
        """Whether each of ``dWs`` has its layer's weight's size and each of ``dbs`` its bias's (a layer without a
        bias takes any)."""
        return all(np.size(dW) == np.size(w.get()) and (b is None or np.size(db) == np.size(b.get()))
                   for dW, db, (w, b) in zip(dWs, dbs, self.slots))


NOTHING = "returned no gradients xval can read"


def _missing_keys(result, L: int) -> str:
    """``: its dict has W3, b3 and none for W1, b1, W2, b2`` when what it returned is (or holds) a dict of some of
    the L layers' gradients and not all (an unfinished backward); else ""."""
    dicts = [result] if isinstance(result, dict) else [r for r in result if isinstance(r, dict)] \
        if isinstance(result, (tuple, list)) else []
    for d in dicts:
        have = {}
        for key in d:
            c = classify(key)
            if c and c[0] in ("W", "b", "dW", "db") and c[1] is not None:
                have[(c[0].lstrip("d"), c[1])] = key
        if not have:
            continue
        base = 0 if any(k == 0 for _, k in have) else 1  # W0.. or W1..
        want = [(r, base + i) for i in range(L) for r in "Wb"]
        missing = [f"{r}{k}" for r, k in want if (r, k) not in have]
        if missing:
            return f": its dict has {', '.join(str(have[rk]) for rk in want if rk in have)} and none for " \
                   f"{', '.join(missing)}"
    return ""


def _counts_every_layer(sm: SourceMap, cls: str, position: int) -> bool:
    """Whether the file's own call of the class passes, at this position, a count equal to the length of the
    sizes list it passes beside (``Network(4, [784, 200, 32, 10])``: the input layer counted), not one less."""
    for node in (n for tree in sm.trees for n in ast.walk(tree) if isinstance(n, ast.Call)):
        if not (isinstance(node.func, ast.Name) and node.func.id == cls and position < len(node.args)
                and isinstance(count := node.args[position], ast.Constant) and type(count.value) is int):
            continue
        lists = [a for a in node.args if isinstance(a, (ast.List, ast.Tuple)) and len(a.elts) > 1]
        if len(lists) == 1:
            return count.value == len(lists[0].elts)
    return False


def _kept_as_sizes(init: ast.AST | None, star: str) -> bool:
    """Whether a constructor keeps its ``*args`` under a sizes name (``self.shape = args``): the layer sizes."""
    return init is not None and any(
        isinstance(n, ast.Assign) and isinstance(n.value, ast.Name) and n.value.id == star and any(
            isinstance(t, ast.Attribute) and _sq(t.attr) in LIST_SIZES for t in n.targets) for n in ast.walk(init))


def _var_param(fn, kind: str = "VAR_POSITIONAL") -> str | None:
    """The name of a function's ``*args`` parameter, or with ``kind="VAR_KEYWORD"`` its ``**kwargs``, if it has
    one."""
    try:
        return next((p.name for p in inspect.signature(fn).parameters.values() if p.kind == getattr(p, kind)), None)
    except (TypeError, ValueError):
        return None


def _likelier_backwards(cls, besides: str) -> list[str]:
    """The class's methods whose names speak of a backward pass (back, grad, prop, but not a forward's
    ``fPropagation`` or ``forward_prop``), fewest arguments first."""
    others = [m for m in vars(cls) if callable(vars(cls)[m]) and not m.startswith("__") and m != besides
              and any(w in m.lower() for w in ("back", "grad", "prop"))
              and not re.match(r"(?:_*)(?:f_?prop|forward|feed|fwd|fp\b)", m, re.IGNORECASE)]
    return sorted(others, key=lambda m: sum(not a.has_default for a in (arguments(getattr(cls, m)) or [])[1:]))


def _set_between(klass, sm: SourceMap, fwd: str | None, step: str):
    """(training method, statements, input names, label names) for :meth:`ClassModel.set_between`: the assignments
    to attributes ``step`` reads that a training method of ``klass`` makes between its call of ``fwd`` and its
    call of ``step``, in one block, after the statement that calls ``fwd``; None when there are none."""
    cls = klass.__name__
    node = sm.defs.get(f"{cls}.{step}")
    if node is None or fwd is None or step == fwd:
        return None
    read = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load)
            and isinstance(n.value, ast.Name) and n.value.id == "self"}

    def calls(stmt, name: str) -> ast.Call | None:
        return next((c for c in ast.walk(stmt) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                     and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"
                     and c.func.attr == name), None)

    def sets(stmt) -> set[str]:
        targets = stmt.targets if isinstance(stmt, ast.Assign) else []
        return {t.attr for tgt in targets for t in ast.walk(tgt) if isinstance(t, ast.Attribute)
                and isinstance(t.value, ast.Name) and t.value.id == "self" and isinstance(t.ctx, ast.Store)}

    for method in spelled([m for m in vars(klass) if m not in (fwd, step)], TRAIN_METHODS):
        body = sm.defs.get(f"{cls}.{method}")
        for block in (b for b in ast.walk(body) if isinstance(getattr(b, "body", None), list)) \
                if body is not None else []:
            stmts = block.body
            first = next((i for i, st in enumerate(stmts) if isinstance(st, ast.Assign) and calls(st, fwd)), None)
            last = next((i for i, st in enumerate(stmts) if first is not None and i > first and calls(st, step)),
                        None)
            if first is None or last is None:
                continue
            used = [st for st in stmts[first + 1:last] if sets(st) & read]
            if not used:
                continue
            inputs = [a.id for a in (a.value if isinstance(a, ast.Subscript) else a  # (inputs[idx:idx + 1, :])
                                     for a in calls(stmts[first], fwd).args) if isinstance(a, ast.Name)]
            labels = [n.id for st in used for n in ast.walk(st) if isinstance(n, ast.Name)
                      and (classify(n.id) or ("",))[0] == "y"]
            return method, [stmts[first], *used], inputs, labels
    return None


def _inserts_input_size(klass, sm: SourceMap) -> bool:
    """Whether a training method of ``klass`` puts its data's feature count first in the sizes list its constructor
    keeps (``self.layers = layers`` there, ``self.layers.insert(0, X.shape[0])`` in ``fit``): the list it is given
    has no input size."""
    init = sm.defs.get(f"{klass.__name__}.__init__")
    kept = set().union(*(_kept_as(init, a.arg) for a in init.args.args)) if isinstance(init, ast.FunctionDef) \
        else set()
    for method in spelled(list(vars(klass)), TRAIN_METHODS):
        for n in ast.walk(sm.defs.get(f"{klass.__name__}.{method}") or ast.Module([], [])):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "insert" \
                    and isinstance(n.func.value, ast.Attribute) and n.func.value.attr in kept \
                    and isinstance(n.func.value.value, ast.Name) and n.func.value.value.id == "self" \
                    and len(n.args) == 2 and isinstance(n.args[0], ast.Constant) and n.args[0].value == 0 \
                    and any(isinstance(k, ast.Attribute) and k.attr == "shape" for k in ast.walk(n.args[1])):
                return True
    return False


def _whole_data(stmt, names: set[str]):
    """``stmt`` (a copy) with each sample the loop takes from the data by its index (``inputs[idx:idx + 1, :]``,
    ``labels[i]``) read as the whole of that data: xval hands the step its own batch, or its one sample."""
    class Whole(ast.NodeTransformer):
        def visit_Subscript(self, node):
            if isinstance(node.value, ast.Name) and node.value.id in names and isinstance(node.ctx, ast.Load):
                return node.value
            return self.generic_visit(node)
    return ast.fix_missing_locations(Whole().visit(copy.deepcopy(stmt)))


def _reads_labels(cls, name: str, sm: SourceMap) -> bool:
    """Whether a method takes the labels as an argument or reads them from the instance (in its own code or the
    methods it calls)."""
    if any(a.role == "y" for a in arguments(getattr(cls, name)) or []):
        return True
    def names(method: str) -> list[str]:  # its attributes, and the keys it reads from them (self.feed["t"])
        text = sm.text(f"{cls.__name__}.{method}")
        return [*_self_reads(text), *(key for _, key in _self_items(text, loads_only=True))]

    reads = names(name)
    called = [m for m in reads if m != name and callable(getattr(cls, m, None))
              and f"{cls.__name__}.{m}" in sm.defs]  # self.backprop_eq1(): its output delta
    return any((classify(k) or ("",))[0] == "y" for k in [*reads, *(k for m in called for k in names(m))])


LABEL_COLUMN = re.compile(r"\b([A-Za-z_]\w*)\s*(?:\.reshape\(\s*\(?\s*-1\s*,\s*1\s*\)?\s*\)"
                          r"|\[\s*:\s*,\s*(?:None|np\.newaxis)\s*\])")
"""A name made one column (``y.reshape(-1, 1)``, ``y[:, None]``): when the name is the labels', a network with
one output unit."""


COLUMN_MADE = re.compile(r"^[ \t]*([A-Za-z_]\w*)[ \t]*=(?!=)[^\n]*"
                         r"\.reshape\([ \t]*\(?[ \t]*-1[ \t]*,[ \t]*1[ \t]*\)?[ \t]*\)[ \t]*$", re.M)
"""A name assigned an expression made one column (``y = np.asarray(y, dtype=float).reshape(-1, 1)``)."""


OUTPUT_ERROR_SCALAR = re.compile(r"\b(\w*(?:out|err|delta)\w*)\.reshape\(\s*\(?\s*1\s*,\s*1\s*\)?\s*\)",
                                 re.IGNORECASE)
"""An output's error made a 1 x 1 matrix (``output_error_term.reshape(1, 1)``): code that runs with one output
unit only."""


def _output_error_scalar(source: str) -> str | None:
    """The expression in a class's code that makes its output's error a 1 x 1 matrix, or None."""
    found = OUTPUT_ERROR_SCALAR.search(source)
    return found.group(0) if found else None


def _labels_as_column(source: str) -> str | None:
    """The expression in a class's code that makes its labels one column, or None; None too when it makes its
    inputs a column the same way (``x = x.reshape(-1, 1)``: each sample a column vector, its labels' one-hot row
    with it)."""
    roles = [((classify(m.group(1)) or ("",))[0], m.group(0).strip()) for pattern in (LABEL_COLUMN, COLUMN_MADE)
             for m in pattern.finditer(source)]
    if any(r == "x" for r, _ in roles):
        return None
    return next((text for r, text in roles if r == "y"), None)


CONFIG_NAMES = ("config", "cfg", "conf", "configuration", "hparams", "hyperparams", "hyperparameters", "settings",
                "options", "opts", "netconfig", "modelconfig")
"""Constructor parameters that are a dict of settings (``Neuralnetwork(config)``, ``config['layer_specs']``)."""


def _is_config(name: str) -> bool:
    """Whether a squashed parameter name is a settings dict's: one of :data:`CONFIG_NAMES`, or ending in one
    (``net_conf``, ``model_settings``, ``train_cfg``)."""
    return name in CONFIG_NAMES or name.endswith(("conf", "config", "cfg", "settings", "hparams", "options"))


def _literal_settings(trees, name: str) -> dict:
    """The literal values the file's own top-level code gives the keys of a dict ``name`` (``name = {...}``,
    ``name['k'] = v``; the last one wins), read without running it: top-level statements are not run."""
    out: dict = {}
    for tree in trees:
        for node in getattr(tree, "body", []):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            t = node.targets[0]
            try:
                if isinstance(t, ast.Name) and t.id == name and isinstance(node.value, ast.Dict):
                    out.update(ast.literal_eval(node.value))
                elif isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name \
                        and isinstance(t.slice, ast.Constant) and isinstance(t.slice.value, str):
                    out[t.slice.value] = ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError, RecursionError):
                continue
    return out


def _config_keys(init: ast.AST | None, param: str) -> list[str]:
    """The string keys ``__init__`` reads from its parameter ``param`` (``param['k']``, ``param.get('k')``)."""
    if init is None:
        return []
    keys = []
    for node in ast.walk(init):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == param \
                and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            keys.append(node.slice.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == param and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            keys.append(node.args[0].value)
    return list(dict.fromkeys(keys))


def _rate_only(fn) -> bool:
    """Whether a method takes nothing, or one argument that is a learning rate (``update(self, lr=0.5)``): an
    applier xval can call after the backward, passing the check's rate."""
    args = arguments(fn)
    if args is None:
        return False
    return len(args) == 1 or len(args) == 2 and args[1].role == "lr"


def _positional_count(fn) -> int:
    """How many arguments a method takes after ``self``."""
    return len((arguments(fn) or [None])[1:])


def _config_attributes(cls_node: ast.AST | None, param: str) -> list[str]:
    """The attributes a class reads from a settings object its constructor takes as ``param`` (``config.input_size``
    in ``__init__``, ``self.config.hidden_size`` in any method once ``self.config = config``)."""
    if not isinstance(cls_node, ast.ClassDef):
        return []
    kept = _kept_as(cls_node, param)
    keys = [n.attr for n in ast.walk(cls_node) if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load)
            and _is_param_or_kept(n.value, param, kept)]
    return list(dict.fromkeys(keys))


def _kept_as(cls_node: ast.ClassDef, param: str) -> set[str]:
    """The attributes a class stores a constructor argument in (``self.config = config``: {"config"})."""
    return {t.attr for n in ast.walk(cls_node) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name)
            and n.value.id == param for t in n.targets if isinstance(t, ast.Attribute)
            and isinstance(t.value, ast.Name) and t.value.id == "self"}


def _is_param_or_kept(node: ast.AST, param: str, kept: set[str]) -> bool:
    """Whether ``node`` is the argument ``param`` itself or ``self.<one of kept>``."""
    return isinstance(node, ast.Name) and node.id == param or isinstance(node, ast.Attribute) \
        and node.attr in kept and isinstance(node.value, ast.Name) and node.value.id == "self"


def _annotated_defaults(cls: type, param: str) -> dict:
    """The field defaults of the dataclass a constructor's parameter is annotated with (``config:
    NetConfig``), the file's own; {} when it is not one."""
    try:
        ann = inspect.signature(cls.__init__).parameters[param].annotation
    except (KeyError, TypeError, ValueError):
        return {}
    if isinstance(ann, str):
        ann = getattr(cls.__init__, "__globals__", {}).get(ann)
    fields = getattr(ann, "__dataclass_fields__", None)
    if not isinstance(ann, type) or not isinstance(fields, dict):
        return {}
    return {k: f.default for k, f in fields.items() if isinstance(f.default, (int, float, str, bool))}


def _returns_value(fn) -> bool:
    """Whether a method's own code returns a value (``return loss, dW1, db1``), not only None (a method that
    collects its gradients somewhere of its own returns none xval can read)."""
    return isinstance(fn, ast.FunctionDef) and any(isinstance(n, ast.Return) and n.value is not None and not (
        isinstance(n.value, ast.Constant) and n.value.value is None) for n in ast.walk(fn))


def _loss_and_grads(sm: SourceMap, cls: str, method: str) -> bool:
    """Whether a method of another name than ``loss`` is CS231n's loss: it takes labels and returns a pair named
    as a loss and its gradients (``return loss, grads``)."""
    node = sm.defs.get(f"{cls}.{method}")
    if not isinstance(node, ast.FunctionDef) or method.startswith("__") or not any(
            (classify(a.arg) or ("",))[0] == "y" for a in node.args.args):
        return False
    return any(isinstance(r.value, ast.Tuple) and len(r.value.elts) == 2 and all(
        isinstance(e, ast.Name) for e in r.value.elts) and _LOSS_NAME.fullmatch(_sq(r.value.elts[0].id))
        and (classify(r.value.elts[1].id) or ("",))[0] == "grads" for r in ast.walk(node) if isinstance(r, ast.Return))


def _may_return_gradients(source: str) -> bool:
    """Whether a ``loss`` method can be CS231n's ``loss(X, y) -> (loss, grads)``: one that returns a tuple or
    names a gradient. ``return -(y * np.log(self.predict(x))).mean()`` gives the loss alone, and the class's
    ``fit`` is then its backward."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except (SyntaxError, ValueError):
        return True  # unread: the probe calls decide
    returns = [n.value for n in ast.walk(tree) if isinstance(n, ast.Return) and n.value is not None]
    return any(isinstance(r, ast.Tuple) for r in returns) or any(
        "grad" in (n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else "").lower()
        for n in ast.walk(tree))


def _dict_choice(init: ast.AST | None, param: str) -> str | None:
    """A string for a constructor parameter its ``__init__`` only looks up in a dict literal of its own
    (``inits = {'zero': ..., 'random': ...}; self.init = inits[weight_init]``): that dict's first key, passing
    over those that make every weight equal (zero, ones, constant). None when it does not."""
    if init is None:
        return None
    names = {t.id: node.value for node in ast.walk(init) if isinstance(node, ast.Assign)
             and isinstance(node.value, (ast.List, ast.Tuple)) for t in node.targets if isinstance(t, ast.Name)}
    dicts = {t.id: keys for node in ast.walk(init) if isinstance(node, ast.Assign)
             and (keys := _literal_keys(node.value, names)) is not None for t in node.targets
             if isinstance(t, ast.Name)}
    for node in ast.walk(init):
        if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Name) and node.slice.id == param):
            continue
        keys = dicts.get(node.value.id) if isinstance(node.value, ast.Name) else _literal_keys(node.value, names)
        if keys is not None:  # inits[weight_init], {'relu': ..., 'tanh': ...}[mode], dict(zip(names, fns))[mode]
            return next((k for k in keys if _sq(k) not in ("zero", "zeros", "ones", "one", "constant")),
                        keys[0] if keys else None)
    return None


def _literal_keys(value: ast.AST, names: dict | None = None) -> list[str] | None:
    """The string keys of a dict written out: ``{'a': f, ...}``, ``dict(zip(['a', 'b'], [f, g]))`` (the list
    perhaps a name of ``names``, {name: the list assigned to it}) or ``dict(a=f, b=g)``; None for anything else."""
    if isinstance(value, ast.Dict):
        return [k.value for k in value.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict"):
        return None
    if value.keywords and not value.args:
        return [k.arg for k in value.keywords if k.arg]
    inner = value.args[0] if len(value.args) == 1 else None
    if not (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "zip" and inner.args):
        return None
    first = inner.args[0]
    first = (names or {}).get(first.id, first) if isinstance(first, ast.Name) else first
    if isinstance(first, (ast.List, ast.Tuple)):
        return [e.value for e in first.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return None


def _sized_as(found, sizes: list[int]) -> bool:
    """Whether the slots :func:`find_slots` found hold one weight per layer of ``sizes``, each of its layer's two
    sizes (in either order)."""
    return bool(found) and len(found[0]) == len(sizes) - 1 and all(
        sorted(np.shape(w.get())) == sorted((i, o)) for (w, _), i, o in zip(found[0], sizes[:-1], sizes[1:]))


def _two_lists(raw) -> bool:
    """``return [z, activation]``: a list of two lists of arrays, read as the pair of them (as a tuple is)."""
    return isinstance(raw, list) and len(raw) == 2 and all(
        isinstance(e, (list, tuple)) and e and all(isinstance(v, np.ndarray) for v in e) for e in raw)


def _sample_output(raw, k: int, fn: str) -> np.ndarray:
    """One sample's output vector from what a per-sample forward returns: the array of ``k`` values itself, or the
    last such array of a tuple (``return z, a``; ``return out, cache``; ``return zs, activations``)."""
    items = list(raw) if isinstance(raw, tuple) or _two_lists(raw) else [raw]
    for v in reversed(items):
        v = v[-1] if isinstance(v, (list, tuple)) and v else v
        if isinstance(v, np.ndarray) and v.size == k:
            return np.asarray(v, np.float64).reshape(-1)
        if k == 1 and isinstance(v, (np.floating, float)) and not isinstance(v, bool):
            return np.array([v], np.float64)  # one output unit, returned as a number (a squeezed 0-d result)
    raise SubmissionError(fn, f"returned no output of {k} values for one sample")


BINDABLE = ("x", "y", "lr", "m", "reg", "z", "a", "zs", "acts", "cache", "probs", "epochs", *SWITCHED_OFF)


def _bindable(method, given: tuple[str, ...] = ()) -> bool:
    """Whether every required argument of a method has a role xval can fill (the batch, labels, a rate, the
    forward's results), or is a name the forward returns under (``given``: ``return (outputs, inputs_seen)``,
    then ``backprop(y, outputs, inputs_seen)``)."""
    args = arguments(method)
    return args is not None and all(a.has_default or a.role in BINDABLE or a.name in given for a in args[1:])


def _input_name(method) -> str | None:
    """The name of a method's first parameter after ``self`` (a forward's input), or None."""
    args = arguments(method) or []
    return args[1].name if len(args) > 1 else None


def _one_input(method) -> bool:
    """Whether a method takes exactly one required argument: a forward's input, whatever its name
    (``_forward(self, train)``)."""
    args = arguments(method)
    return args is not None and sum(not a.has_default for a in args[1:]) == 1


def _out_in(slots, sizes: list[int]) -> bool:
    """Whether the weights are stored (out, in): read from the first layer whose matrix is not square (a 2-2-1
    network's first layer says nothing; its (1, 2) output layer does)."""
    for k, (w, _) in enumerate(slots[:len(sizes) - 1]):
        shape = np.shape(w.get())
        if len(shape) == 2 and shape[0] != shape[1]:
            return shape == (sizes[k + 1], sizes[k])
    return False


_HELD_OUT_WORDS = "test|val|valid|validation|dev|eval"
HELD_OUT = re.compile(rf"(?:{_HELD_OUT_WORDS})([xy])|([xy])(?:{_HELD_OUT_WORDS})")
"""A held-out set's inputs or labels, by its squashed name (``X_test``, ``y_val``, ``test_x``)."""


HELD_OUT_SET = re.compile(rf"(?:{_HELD_OUT_WORDS}|testing|evaluation)(?:data|set|pairs)?")
"""A held-out set of (x, y) pairs a training method takes besides its batch, by its squashed name (``test``,
``test_data``, ``evaluation_data``)."""


def _zero_strength(cls, init: list) -> str | None:
    """The one regularisation strength ``cls``'s constructor takes with a default of 0 (``l2=0.0``), when it has
    one (:func:`xval.reports.check.family.l2_default_off` reads the loss it enters)."""
    zeros = [a.name for a in init[1:] if a.has_default and (classify(a.name) or ("",))[0] == "reg"
             and type(_default(cls, a)) in (int, float) and _default(cls, a) == 0]
    return zeros[0] if len(zeros) == 1 else None


def _held_out(name: str) -> str | None:
    """"x" or "y" for a constructor argument holding a held-out set's inputs or labels (:data:`HELD_OUT`)."""
    found = HELD_OUT.fullmatch(_sq(name))
    return (found.group(1) or found.group(2)) if found else None


LONE_SIZE = ("size", "dim", "n", "nfeatures", "features", "d")
"""The one argument of a weight-making method named only as a size (``__init_params(self, size)``, called with
``X_train.shape[0]``): the input size, the one its data fixes (the layers after it are its own)."""


def _read_only_when(init: ast.AST | None, name: str) -> str | None:
    """The parameter of a constructor with a false default (``load_from_model=False``) under whose truth alone it
    reads its required parameter ``name`` (``if load_from_model: self.W = model[0]``, ``else:`` building its own),
    or None: the argument a call that keeps the default never needs."""
    if not isinstance(init, ast.FunctionDef):
        return None
    args = init.args
    defaults = dict(zip([a.arg for a in args.args][len(args.args) - len(args.defaults):], args.defaults))
    defaults.update((a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None)
    off = {k for k, d in defaults.items() if isinstance(d, ast.Constant) and not d.value}
    guarded: dict[int, set[str]] = {}  # node -> the flags of the `if flag:` bodies it is in
    for n in ast.walk(init):
        if isinstance(n, ast.If) and isinstance(n.test, ast.Name) and n.test.id in off:
            for m in (m for st in n.body for m in ast.walk(st)):
                guarded.setdefault(id(m), set()).add(n.test.id)
    reads = [n for n in ast.walk(init) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
             and n.id in (name, "locals", "vars")]
    if not reads or any(n.id != name or id(n) not in guarded for n in reads):
        return None
    flags = set().union(*(guarded[id(n)] for n in reads))
    return flags.pop() if len(flags) == 1 else None


def _never_read(init: ast.AST | None, name: str) -> bool:
    """Whether a function's (a constructor's) parameter ``name`` is never read in its body (nor are ``locals()`` or
    ``vars()``)."""
    if not isinstance(init, ast.FunctionDef):
        return False
    for n in ast.walk(init):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in (name, "locals", "vars"):
            return False
    return True


def _own_sizes(slots) -> list[int] | None:
    """The layer sizes of the weights an object built itself (W (in, out) or (out, in), read from the biases, or
    from how the matrices chain when it has none)."""
    Ws = [np.shape(w.get()) for w, _ in slots]
    if not Ws or any(len(s) != 2 for s in Ws):
        return None
    chained = biasless(slots) or first_folded(slots)  # (the first layer's bias folded in, none after it)
    bs = [s[1] for s in Ws] if chained and all(a[1] == b[0] for a, b in zip(Ws, Ws[1:])) else [
        s[0] for s in Ws] if chained else [np.size(b.get()) for _, b in slots]
    for i, o in ((0, 1), (1, 0)):
        if all(s[o] == n for s, n in zip(Ws, bs)) and all(a[o] == b[i] for a, b in zip(Ws, Ws[1:])):
            return [Ws[0][i], *(s[o] for s in Ws)]
    return None


def _method_tree(source: str) -> ast.AST:
    """A method's source parsed (dedented), or an empty module when it does not parse."""
    try:
        return ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return ast.Module([], type_ignores=[])


def _self_stores(*nodes: ast.AST) -> set[str]:
    """The attributes of ``self`` the code under ``nodes`` assigns, whatever it assigns them (``self.eta = eta``)."""
    return {t.attr for node in nodes for t in ast.walk(node) if isinstance(t, ast.Attribute)
            and isinstance(t.ctx, ast.Store) and isinstance(t.value, ast.Name) and t.value.id == "self"}


def _self_writes(source: str) -> list[str]:
    """The attributes a method computes (``self.y = e / e.sum(...)``), in order; not those it only copies a name
    into (``self.labels = labels``: kept, not computed)."""
    tree = _method_tree(source)
    return list(dict.fromkeys(t.attr for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AugAssign))
                              and not isinstance(n.value, ast.Name)
                              for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                              if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                              and t.value.id == "self"))


def _self_items(source: str, loads_only: bool = False) -> list[tuple[str, str]]:
    """The ``(attribute, key)`` pairs a method reads as ``self.attribute["key"]`` (string keys), in order; with
    ``loads_only``, not those it only assigns."""
    tree = _method_tree(source)
    return list(dict.fromkeys((n.value.attr, n.slice.value) for n in ast.walk(tree) if isinstance(n, ast.Subscript)
                              and isinstance(n.value, ast.Attribute) and isinstance(n.value.value, ast.Name)
                              and n.value.value.id == "self" and isinstance(n.slice, ast.Constant)
                              and isinstance(n.slice.value, str)
                              and (isinstance(n.ctx, ast.Load) or not loads_only)))


def _self_reads(source: str) -> list[str]:
    """The attributes of ``self`` a method's code reads, in order of first reading."""
    tree = _method_tree(source)
    return list(dict.fromkeys(n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(
        n.ctx, ast.Load) and isinstance(n.value, ast.Name) and n.value.id == "self"))


def _param_target(t: ast.AST, roles=("W", "Ws", "b", "bs"), names: bool = True) -> bool:
    """A parameter being updated: ``self.W1``, ``layer.w``, ``self.weights[i]``, and (``names``) ``W1``."""
    t = t.value if isinstance(t, ast.Subscript) else t
    name = t.attr if isinstance(t, ast.Attribute) else t.id if names and isinstance(t, ast.Name) else ""
    return (classify(name) or ("",))[0] in roles


def _mentions_gradient(node: ast.AST, calls: frozenset[str] = frozenset()) -> bool:
    """Whether ``node`` reads a gradient: a name of one (``dW1``, ``self.d_w``), or a call of one of ``calls`` (the
    file's functions that return gradients: ``derivative_w2(Z, T, Y)``)."""
    return any((classify(n.attr if isinstance(n, ast.Attribute) else n.id) or ("",))[0] in ("dW", "db", "dWs", "dbs")
               for n in ast.walk(node) if isinstance(n, (ast.Name, ast.Attribute))) or any(
        isinstance(n, ast.Call) and getattr(n.func, "id", None) in calls for n in ast.walk(node))


def _comprehended_update(n: ast.AST) -> tuple[ast.AST, ast.operator] | None:
    """(the step, + or -) of ``self.weights = [w + lr * dw for w, dw in zip(self.weights, grads)]``: a parameter
    list rebuilt from itself, each element plus or minus a step that mentions a gradient; None for anything else."""
    if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and _param_target(n.targets[0])
            and isinstance(n.value, ast.ListComp) and len(n.value.generators) == 1):
        return None
    elt, gen = n.value.elt, n.value.generators[0]
    it = gen.iter
    if not (isinstance(elt, ast.BinOp) and isinstance(elt.op, (ast.Add, ast.Sub)) and isinstance(elt.left, ast.Name)
            and isinstance(gen.target, ast.Tuple) and gen.target.elts and isinstance(gen.target.elts[0], ast.Name)
            and gen.target.elts[0].id == elt.left.id and isinstance(it, ast.Call) and getattr(it.func, "id", "") ==
            "zip" and it.args and ast.unparse(it.args[0]) == ast.unparse(n.targets[0])):
        return None
    zipped = {t.id: a for t, a in zip(gen.target.elts, it.args) if isinstance(t, ast.Name)}  # g of zip(..., gw)
    if not (_mentions_gradient(elt.right) or any(isinstance(m, ast.Name) and m.id in zipped and _mentions_gradient(
            zipped[m.id]) for m in ast.walk(elt.right))):
        return None
    return elt.right, elt.op


def update_sign(trees, calls: frozenset[str] = frozenset()) -> int | None:
    """The line of the file's update when it adds its stored gradients to the parameters (``layer.w += alpha *
    layer.d_w``, ``W = W + lr * dW``, ``W2 += lr * derivative_w2(Z, T, Y)`` with ``calls`` the functions that give
    them; no minus anywhere in it), so what it stores is the descent direction, minus the gradient; None when an
    update subtracts them, when updates disagree, or when there is none."""
    adds, subs = [], 0
    for tree in trees:
        for n in ast.walk(tree):
            if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Add, ast.Sub)) and _param_target(n.target) \
                    and _mentions_gradient(n.value, calls):
                value, op = n.value, n.op
            elif isinstance(n, ast.Assign) and len(n.targets) == 1 and _param_target(n.targets[0]) and isinstance(
                    n.value, ast.BinOp) and isinstance(n.value.op, (ast.Add, ast.Sub)) and \
                    ast.unparse(n.value.left) == ast.unparse(n.targets[0]) and _mentions_gradient(n.value.right, calls):
                value, op = n.value.right, n.value.op
            elif (each := _comprehended_update(n)) is not None:
                value, op = each
            else:
                continue
            negated = any(isinstance(m, ast.UnaryOp) and isinstance(m.op, ast.USub) or isinstance(m, ast.BinOp)
                          and isinstance(m.op, ast.Sub) for m in _signed_parts(value, calls))
            if isinstance(op, ast.Add) and not negated:
                adds.append(n.lineno)
            else:
                subs += 1
    return adds[0] if adds and not subs else None


def _signed_parts(value: ast.AST, calls: frozenset[str]) -> list[ast.AST]:
    """The nodes of an update's value that decide its sign: all of them but a term subtracted from the gradient that
    holds no gradient itself (``lr * (gW2 - reg * W2)``: the decay, and that subtraction, say nothing of the
    gradient's sign)."""
    out, todo = [], [value]
    while todo:
        m = todo.pop()
        if isinstance(m, ast.BinOp) and isinstance(m.op, ast.Sub) and _mentions_gradient(m.left, calls) \
                and not _mentions_gradient(m.right, calls):
            todo.append(m.left)
            continue
        out.append(m)
        todo.extend(ast.iter_child_nodes(m))
    return out


def _unit_rate(source: str) -> bool:
    """Whether a method updates its parameters by the bare gradient, with no rate: ``self.W1 += d_W1``,
    ``self.W1 -= self.dW1`` or ``self.weights[i] -= delta.dot(a.T)`` (the rate is 1), and no name or number
    scales any update."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return False
    updates = [n for n in ast.walk(tree) if isinstance(n, ast.AugAssign) and isinstance(n.op, (ast.Add, ast.Sub))
               and _param_target(n.target, ("W", "Ws"), names=False)]  # self.W1, or self.weights[i]
    # the bare gradient: a name, an attribute, an element, or a matrix product (delta.dot(a.T), d @ a.T), never
    # a multiplication or division (`lr * dW`, `dW / m` may be a rate)
    return bool(updates) and all((isinstance(n.value, (ast.Name, ast.Attribute, ast.Subscript, ast.Call)) or
                                  isinstance(n.value, ast.BinOp) and isinstance(n.value.op, ast.MatMult))
                                 and not _scaled_call(n.value) and product_number(n.value) == 1.0 for n in updates)
    # (0.05 * h.T @ d is (0.05 * h.T) @ d: a product with a rate in it, not the bare gradient)


def _scaled_call(node: ast.AST) -> bool:
    """Whether a call's arguments include a multiplication by a name or a number (np.dot(lr * d, a.T))."""
    return isinstance(node, ast.Call) and any(isinstance(a, ast.BinOp) and isinstance(a.op, (ast.Mult, ast.Div))
                                              for a in node.args)


def _turned(dW, W) -> bool | None:
    """Whether a stored weight gradient is kept transposed to its weight (its update subtracts dW.T); None where
    the shapes cannot tell (a square layer)."""
    shape = np.shape(W)
    if np.ndim(dW) != 2 or len(shape) != 2 or shape[0] == shape[1]:
        return None
    return np.shape(dW) == shape[::-1]


def _short(exc: Exception) -> str:
    """``raised FileNotFoundError`` from a SubmissionError's text."""
    return str(exc).split(": ", 1)[-1].split(":")[0][:60]


def _missing_file(exc: SubmissionError) -> bool:
    """Whether the file's call failed opening a file that is not there (its own data, named in its code)."""
    return _short(exc) in ("raised FileNotFoundError", "raised IsADirectoryError", "raised PermissionError")


def _switch_value(sm: SourceMap, cls: str, method: str, param: str) -> tuple[str, str] | None:
    """What to pass as a method's ``param`` that only picks a branch (``forward(self, x, mode)`` testing ``if mode ==
    "sigmoid": ... elif mode == "relu": ...``, there or in a method of its class it passes it to): the word the
    file's own calls pass for it (``nn.train(x, y, epochs=10000, mode="sigmoid")``), else the first it is compared
    with; with what to say of it; None when the class compares it with no string."""
    fn = sm.defs.get(f"{cls}.{method}")
    if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or param not in [a.arg for a in fn.args.args]:
        return None
    own = [d for k, d in sm.defs.items() if k.startswith(f"{cls}.") and isinstance(d, ast.FunctionDef)]
    words = [c.value for d in own for n in ast.walk(d) if isinstance(n, ast.Compare) and len(n.ops) == 1
             and isinstance(n.ops[0], ast.Eq) for a, c in ((n.left, n.comparators[0]), (n.comparators[0], n.left))
             if isinstance(a, ast.Name) and a.id == param and isinstance(c, ast.Constant) and isinstance(c.value, str)]
    if not words:
        return None
    passed = [k.value.value for tree in sm.trees for n in ast.walk(tree) if isinstance(n, ast.Call)
              for k in n.keywords if k.arg == param and isinstance(k.value, ast.Constant) and k.value.value in words]
    if passed:
        return passed[0], f"{passed[0]!r} (what the file's own call passes)"
    return words[0], f"{words[0]!r} (the first value it tests)"


def _numeric_default(fn, name: str) -> bool:
    """Whether parameter ``name`` of ``fn`` defaults to a number (not a bool, a name like 'l2' or None)."""
    d = _param_default(fn, name)
    return isinstance(d, (int, float)) and not isinstance(d, bool)


def _default(cls, a):
    return _param_default(cls.__init__, a.name)


def _param_default(fn, name: str):
    """The default of parameter ``name`` of ``fn`` (``inspect.Parameter.empty`` if it has none), or None."""
    try:
        return inspect.signature(fn).parameters[name].default
    except (TypeError, ValueError, KeyError):
        return None


def _layer_keyed(d, L: int) -> bool:
    """Whether ``d`` is a dict of L arrays keyed by consecutive layer numbers (``dW[l] = dZ[l] @ A[l - 1].T`` for
    l in 1..L, or 0..L-1)."""
    return isinstance(d, dict) and len(d) == L and all(type(k) is int for k in d) and \
        sorted(d) == list(range(min(d), min(d) + L)) and all(isinstance(v, np.ndarray) or np.isscalar(v)
                                                             for v in d.values())


def _returned(result, L: int, base: int):
    """Gradients in a returned dict, a dict per layer, (dWs, dbs), a flat tuple, or (loss, grads); None if none."""
    if isinstance(result, tuple) and any(isinstance(r, dict) for r in result):
        result = next(r for r in result if isinstance(r, dict))
    if hasattr(type(result), "__dataclass_fields__"):  # return Parameters(W1=dW1, ...): read as the dict it holds
        result = dict(vars(result))
    if isinstance(result, list) and len(result) == L and all(isinstance(r, dict) for r in result):
        result = dict(enumerate(result))  # [{"dW": .., "db": ..}, ...]: a dict per layer, as {0: .., 1: ..}
    if isinstance(result, dict) and len(result) == L and all(
            isinstance(k, int) and not isinstance(k, bool) and isinstance(v, dict) for k, v in result.items()):
        out = []  # {0: {"dW": .., "db": ..}, 1: ...}: each layer's pair under names without a number
        for k in sorted(result):
            roles = {(classify(n) or ("",))[0].lstrip("d").rstrip("s"): g for n, g in result[k].items()
                     if isinstance(g, np.ndarray) or np.isscalar(g)}
            if "W" not in roles or "b" not in roles:
                return None
            out.append((roles["W"], roles["b"]))
        return out
    if isinstance(result, dict):
        per = {}
        for key, g in result.items():
            c = classify(key)
            if c and c[0] in ("dW", "db", "W", "b") and c[1] is not None:
                per[("d" + c[0].lstrip("d"), c[1])] = g
            elif c and c[0] in ("dWs", "Ws", "dbs", "bs") and isinstance(g, list):
                for i, v in enumerate(g):
                    per[("dW" if "W" in c[0] else "db", i + 1000)] = v
        idx = sorted({i for r, i in per if r == "dW"})
        if len(idx) == L and all(("db", i) in per for i in idx):
            return [(per[("dW", i)], per[("db", i)]) for i in idx]
        return None
    if isinstance(result, (tuple, list)) and len(result) == 2 and all(isinstance(r, (list, tuple)) for r in result):
        if len(result[0]) == L and len(result[1]) == L:
            return list(zip(result[0], result[1]))
    if isinstance(result, (tuple, list)) and len(result) == 2 * L and all(isinstance(r, np.ndarray) for r in result[::2]) \
            and all(isinstance(r, np.ndarray) or np.isscalar(r) for r in result[1::2]):  # db = np.sum(dZ): a number
        return [(result[2 * i], result[2 * i + 1]) for i in range(L)]
    return None


@functools.lru_cache(maxsize=64)
def _pair_parameters(source: str) -> tuple[set[str], set[str]]:
    """The names a method's code takes apart as pairs: (iterated, ``for x, y in mini_batch`` (a loop or a
    comprehension): a list of samples;
    unpacked, ``x, y = batch`` or ``batch[0]`` and ``batch[1]`` and no other index: the batch and its labels
    together)."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return set(), set()
    two = lambda t: isinstance(t, ast.Tuple) and len(t.elts) == 2  # noqa: E731
    nodes = list(ast.walk(tree))
    iterated = {n.iter.id for n in nodes if isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.iter, ast.Name)
                and two(n.target)}  # (in a loop, or stacked: `np.array([x.ravel() for x, y in mini_batch])`)
    unpacked = {n.value.id for n in nodes if isinstance(n, ast.Assign) and isinstance(n.value, ast.Name)
                and len(n.targets) == 1 and two(n.targets[0])}
    indexed: dict[str, set] = {}  # input_data[0], input_data[1]: the pair taken apart by index
    for n in nodes:
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and isinstance(n.slice, ast.Constant):
            indexed.setdefault(n.value.id, set()).add(n.slice.value)
    unpacked |= {name for name, keys in indexed.items() if keys == {0, 1}}
    return iterated, unpacked


def _stacks_vectors(source: str) -> bool:
    """Whether a step stacks its (x, y) pairs with ``np.array`` or ``np.stack`` (``np.stack([x for x, _ in
    batch])``): its samples are then 1-D vectors, which those stack into rows (rows (1, n) would stack into a
    3-D array)."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(n, ast.Call) and getattr(n.func, "attr", getattr(n.func, "id", None)) in (
        "array", "stack", "asarray") and n.args and isinstance(n.args[0], ast.ListComp) and any(
        isinstance(g.target, ast.Tuple) and len(g.target.elts) == 2 for g in n.args[0].generators)
        for n in ast.walk(tree))


def _indexed_from_end(source: str) -> set[str]:
    """The names a method's code indexes from the end (``out = x[-1]``, ``hidden = x[:-1]``): a list of layers'
    outputs, not a batch (whose last row is no layer's)."""
    try:
        tree = ast.parse(textwrap.dedent(source))
    except (SyntaxError, ValueError):
        return set()
    neg = lambda e: isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(  # noqa: E731
        e.operand, ast.Constant) and e.operand.value == 1
    return {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
            and (neg(n.slice) or isinstance(n.slice, ast.Slice) and neg(n.slice.upper) and n.slice.lower is None)}


def _input_first(fo: dict, env: dict) -> bool:
    """Whether the forward returned the list of its layers' outputs with its input first (``r = [x]`` ...)."""
    acts = fo["by_role"].get("acts")
    return isinstance(acts, list) and len(acts) > 1 and acts[0] is env.get("x")


_LOSS_NAME = re.compile(r"(?:self)?(?:loss|cost|error|losses|costs|errors)")


def _columns_first(sm: SourceMap) -> bool:
    """Whether the file's products (:func:`~xval.reports.check.styles.reading.products`) put a weight first
    (``np.dot(self.W, x)``, ``W @ a``: weights (out, in)) more often than second (``np.dot(x, self.weight)``: (in,
    out))."""
    first = second = 0
    for tree in sm.trees:
        for left, right, _ in products(tree):
            names = [(classify(_leaf(side)) or ("",))[0] for side in (left, right)]
            first += names[0] in ("W", "Ws") and names[1] not in ("W", "Ws")
            second += names[1] in ("W", "Ws") and names[0] not in ("W", "Ws")
    return first > second


def _leaf(node) -> str:
    """The last name of an operand (``self.w1`` is ``w1``, ``self.weights[i]`` is ``weights``), else ""."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def candidates(loaded) -> list[type]:
    """The file's own classes, and the classes nested in them (``class Model:`` holding ``class Dense:``)."""
    ns = loaded.namespace
    mod = ns.get("__name__")
    top = [v for v in ns.values() if isinstance(v, type) and getattr(v, "__module__", None) == mod]
    names = {c.__name__ for c in top}
    nested = [v for c in top for v in vars(c).values() if isinstance(v, type) and getattr(v, "__module__", None) == mod
              and v.__name__ not in names and v.__qualname__ == f"{c.__name__}.{v.__name__}"]
    return top + nested


def adopt_loose_methods(loaded, sm: SourceMap) -> dict[str, list[str]]:
    """Methods written at module level (``def forward(self, X):`` indented out of its class, a common slip): each
    module function whose first parameter is ``self`` and whose name is a forward or a backward, set on the one
    class of the file whose constructor assigns at least two of the attributes it reads, when that class has no
    method of that name. {class name: [the functions adopted]}; the "read as" line says so."""
    ns, mod = loaded.namespace, loaded.namespace.get("__name__")
    loose = {n: f for n, f in ns.items() if isinstance(f, types.FunctionType) and f.__module__ == mod
             and f.__code__.co_argcount >= 1 and f.__code__.co_varnames[0] == "self"
             and spelled([n], FORWARD_METHODS + BACKWARD_METHODS)}
    adopted: dict[str, list[str]] = {}
    for name, fn in loose.items():
        reads = set(fn.__code__.co_names)
        homes = [c for c in candidates(loaded) if not hasattr(c, name) and isinstance(vars(c).get("__init__"),
                 types.FunctionType) and len(reads & set(vars(c)["__init__"].__code__.co_names)) >= 2]
        if len(homes) == 1 and name in sm.defs:
            setattr(homes[0], name, fn)
            sm.defs[f"{homes[0].__name__}.{name}"] = sm.defs[name]
            adopted.setdefault(homes[0].__name__, []).append(name)
    return adopted


def _argmax_of(node: ast.AST) -> ast.AST | None:
    """``E`` when ``node`` is ``np.argmax(E, axis=k)`` (or ``E.argmax(axis=k)``, ``np.argmax(E, k)``) over one axis,
    else None (an argmax over the flattened array is no row's class)."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute) or node.func.attr != "argmax":
        return None
    own = isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy")
    args = node.args[1:] if own else node.args
    if own and not node.args:
        return None
    if not args and not any(k.arg == "axis" for k in node.keywords):
        return None
    return node.args[0] if own else node.func.value


def _read_before_argmax(cls, name: str, sm: SourceMap) -> str | None:
    """Set ``cls.<name>`` (a ``predict`` the class has in place of a forward) to the same method returning what its
    ``return np.argmax(E, axis=1)`` takes the argmax of: the output layer's values xval compares; the file's own
    calls of it (``y_predict = self.predict(X)`` in its fit) still get the labels. Only when that is its one return,
    at the end of its body. Returns where, for the read-as line; else None, the class untouched."""
    node, fn = sm.defs.get(f"{cls.__name__}.{name}"), vars(cls).get(name)
    if not isinstance(node, ast.FunctionDef) or not isinstance(fn, types.FunctionType) or fn.__closure__:
        return None
    returns = [n for n in ast.walk(node) if isinstance(n, ast.Return)]
    if len(returns) != 1 or returns[0] is not node.body[-1] or (scores := _argmax_of(returns[0].value)) is None:
        return None
    new = copy.deepcopy(node)
    new.body[-1].value = copy.deepcopy(scores)
    read = _recompiled(fn, node, new)
    if read is None:
        return None
    own = fn.__code__.co_filename

    @functools.wraps(fn)
    def either(*args, **kwargs):  # the file's own calls (fit logging its accuracy) keep the labels it returns
        return (fn if sys._getframe(1).f_code.co_filename == own else read)(*args, **kwargs)

    setattr(cls, name, either)
    return f"{name} read up to its argmax ({sm.line_of(returns[0])}: `{ast.unparse(returns[0])[:80]}`)"


HIDDEN_FUNCTIONS = ("relu", "sigmoid", "tanh", "leakyrelu", "lrelu", "logistic", "activation", "act",
                    "activate", "nonlinearity", "g")
"""Names of a hidden layer's activation function, called on one layer's pre-activation."""


def _activated_lists(node) -> set[str]:
    """The names of lists whose entries the forward ``node`` passes through an activation function
    (``W @ self.relu(outputs[l - 1]) + b``): its pre-activations, whatever their name."""
    return {c.args[0].value.id for c in ast.walk(node) if isinstance(c, ast.Call) and len(c.args) == 1
            and isinstance(c.args[0], ast.Subscript) and isinstance(c.args[0].value, ast.Name)
            and _sq(c.func.attr if isinstance(c.func, ast.Attribute) else getattr(c.func, "id", ""))
            in HIDDEN_FUNCTIONS} if isinstance(node, ast.FunctionDef) else set()


def _recompiled(fn, node: ast.FunctionDef, new: ast.FunctionDef):
    """``fn`` (a plain function, defined by ``node``) made again from ``new``, an edited copy of ``node``, in the
    same module's globals, its frames citing the file's own lines; None when that cannot be done (a decorator, a
    closure, code that does not compile). It runs where the submission runs, in its worker."""
    if new.decorator_list or fn.__closure__:
        return None
    ast.increment_lineno(new, fn.__code__.co_firstlineno - node.lineno)
    if "." in fn.__qualname__:
        new = _mangled(new, fn.__qualname__.split(".")[-2])
    try:
        code = compile(ast.fix_missing_locations(ast.Module(body=[new], type_ignores=[])), fn.__code__.co_filename,
                       "exec")
        made: dict = {}
        exec(code, fn.__globals__, made)  # noqa: S102 (the file's own method, edited)
    except (SyntaxError, TypeError, ValueError):
        return None
    read = made.get(node.name)
    if not isinstance(read, types.FunctionType):
        return None
    read.__qualname__ = fn.__qualname__
    return read


def _mangled_name(name: str, owner: str) -> str:
    """``name`` as Python spells it inside class ``owner``: a private ``__W`` is ``_Net__W``, any other unchanged."""
    stem = owner.lstrip("_")
    return f"_{stem}{name}" if name.startswith("__") and not name.endswith("__") and stem else name


def _mangled(node, owner: str):
    """``node`` with its private names (``self.__W``) spelled as Python spells them inside class ``owner``
    (``self._Net__W``): code of a method compiled outside its class body (edited, or run a statement at a time)
    then reads and sets the attributes its class does."""
    for n in ast.walk(node):
        if isinstance(n, ast.Attribute):
            n.attr = _mangled_name(n.attr, owner)
        elif isinstance(n, ast.Name):
            n.id = _mangled_name(n.id, owner)
    return node


def _without_own_init(cls, name: str, sm: SourceMap, attrs: set[str], classes: int):
    """``cls.<name>`` as its loop runs on the weights it is given, when before its first loop it makes the
    parameters ``attrs`` afresh (``fit(X, y)`` that draws ``self.w_h = rng.normal(...)``, or calls a method of its
    own that does, ``self._init_weights()``, then trains) or counts
    the classes in its labels (``n_output = np.unique(y).shape[0]``, short on a batch that lacks some): those
    statements cut, the count set to ``classes``, the output layer's width. A statement cut only when its value does
    not read the attribute it sets (an update reads it). (the function, what was done, for the read-as line) or None
    when there is nothing to do or it cannot be made again."""
    node, fn = sm.defs.get(f"{cls.__name__}.{name}"), vars(cls).get(name)
    if not isinstance(node, ast.FunctionDef) or not isinstance(fn, types.FunctionType):
        return None
    loop = next((i for i, st in enumerate(node.body) if isinstance(st, (ast.For, ast.While, ast.Return))), None)
    if loop is None or not isinstance(node.body[loop], (ast.For, ast.While)):
        return None

    def single(st) -> ast.expr | None:
        return st.targets[0] if isinstance(st, ast.Assign) and len(st.targets) == 1 else None

    def parameter(t) -> bool:  # self.w_h: one of the attributes holding the parameters
        return isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self" and \
            _mangled_name(t.attr, cls.__name__) in attrs

    def makes(st) -> bool:
        reads = {n.attr for n in ast.walk(st.value) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                 and n.value.id == "self"} if isinstance(st, ast.Assign) else set()
        return parameter(t := single(st)) and t.attr not in reads

    def counts(st) -> bool:
        return isinstance(single(st), ast.Name) and any(
            isinstance(c, ast.Call) and getattr(c.func, "attr", getattr(c.func, "id", "")) == "unique"
            for c in ast.walk(st.value))

    def calls_maker(st) -> bool:  # self._init_weights(): a method of its own that makes them
        c = st.value if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) else None
        if c is None or c.args or c.keywords or not isinstance(c.func, ast.Attribute) or not isinstance(
                c.func.value, ast.Name) or c.func.value.id != "self":
            return False
        made = sm.defs.get(f"{cls.__name__}.{c.func.attr}")
        return isinstance(made, ast.FunctionDef) and any(  # (self.weights, self.biases = [], [] too)
            parameter(t) for a in ast.walk(made) if isinstance(a, ast.Assign) for target in a.targets
            for t in (target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]))

    cut = [st for st in node.body[:loop] if makes(st) or calls_maker(st)]
    count = [st for st in node.body[:loop] if counts(st)]
    if not cut and not count:
        return None
    new = copy.deepcopy(node)  # (its statements in the same order as the original's: edited by position)
    new.body = [ast.Assign([mine.targets[0]], ast.Constant(classes), lineno=mine.lineno) if st in count else mine
                for st, mine in zip(node.body, new.body) if st not in cut]
    read = _recompiled(fn, node, new)
    said = ([f"its {name}'s own weight initialisation ({', '.join(sm.line_of(st) for st in cut)}) skipped: its loop "
             "run on the weights checked"] if cut else []) + [
        f"`{ast.unparse(st)[:60]}` ({sm.line_of(st)}) read as {ast.unparse(st.targets[0])} = {classes}, the output "
        "layer's width" for st in count]
    return (read, ", ".join(said)) if read is not None else None


OUTPUT_ONLY = ("inference", "infer", "predict_proba", *WEAK_FORWARDS)

OUTPUT_WORDS = re.compile(r"output|forward")
"""Words in a method's name (``network_output_before_softmax``, ``compute_forward``) that make it a forward to
try when the class has none by name: a weak one, taken only when it gives the output layer's values."""


def _by_words(cls, methods: set[str]) -> list[str]:
    """A class's public methods of one input named with :data:`OUTPUT_WORDS`, for a class with no forward by
    name."""
    return sorted(m for m in methods if not m.startswith("_") and OUTPUT_WORDS.search(_sq(m))
                  and _one_input(getattr(cls, m)))


def _weak(name: str | None) -> bool:
    """Whether the forward ``name`` may well return something else (class labels): one of :data:`WEAK_FORWARDS`,
    or a method tried for the words in its name (:func:`_by_words`)."""
    plain = _unmangled(name) if name else name  # a private __forward_propagation, held as _Net__forward_propagation
    return plain in WEAK_FORWARDS or bool(plain) and _sq(plain) not in _FORWARDS_SQUASHED \
        and OUTPUT_WORDS.search(_sq(plain)) is not None


_FORWARDS_SQUASHED = frozenset(_sq(m) for m in FORWARD_METHODS)
"""Methods giving the output of an input alone, tried when the method named forward computes the gradients."""


def _returns_gradients(sm: SourceMap, name: str) -> bool:
    """Whether ``name``'s last return names a weight gradient (``return grad_1, grad_w2, loss``)."""
    return any((classify(n) or ("",))[0] == "dW" for n in sm.returned_names(name) or [] if n)


def detect(loaded, sm: SourceMap, forward_name: str | None, backward_name: str | None) -> ClassModel:
    near: Rejected | None = None
    adopted = adopt_loose_methods(loaded, sm)
    for cls in candidates(loaded):
        methods = {n for n in dir(cls) if callable(getattr(cls, n, None))}
        fwds = [m for m in ([forward_name] if forward_name else []) + spelled(methods, FORWARD_METHODS)
                if m in methods and (m != "__call__" or "__call__" in vars(cls))] or _by_words(cls, methods)
        # the first xval can call (feedforward(X) beside an accuracy forward(X_val, y_val, mode)), else the first
        named = forward_name if forward_name != "forward" else None  # "forward": the default, not a choice
        fwd = next((m for m in fwds if m == named or not _weak(m) and (
            _bindable(getattr(cls, m)) or _one_input(getattr(cls, m)))), fwds[0] if fwds else None)
        # no forward but a predict returning np.argmax(scores, axis=1): read up to its argmax
        argmax_read = _read_before_argmax(cls, fwd, sm) if _weak(fwd) else None
        bwd_list = [m for m in ([backward_name] if backward_name else []) + spelled(methods, BACKWARD_METHODS)
                    if m in methods]
        steps = _whole_steps(sm, cls)
        for m in list(bwd_list):  # the textbook's whole step under a name of the file's own (update_nn_weights,
            # actualizar_lote): the method that calls the per-sample backprop on each (x, y) pair of its batch
            caller = steps.get(m)
            if caller and caller not in bwd_list:
                bwd_list.insert(bwd_list.index(m) + 1, caller)
        for m, caller in _stacking_steps(sm, cls).items():  # the whole step first: its update holds the mean
            if m in bwd_list:
                bwd_list = [b for b in bwd_list if b != caller]
                bwd_list.insert(bwd_list.index(m), caller)
        if fwd and not backward_name and not named and _returns_gradients(sm, f"{cls.__name__}.{fwd}") \
                and _reads_labels(cls, fwd, sm):
            # forward(x, y) -> (grad_1, grad_w2, loss): the method named forward computes the gradients; the output
            # is another's, of the input alone (inference(x))
            alt = next((m for m in [*fwds, *(m for m in OUTPUT_ONLY if m in methods)]
                        if m != fwd and _one_input(getattr(cls, m))), None)
            if alt:
                bwd_list, fwd = [fwd], alt
                argmax_read = _read_before_argmax(cls, fwd, sm) if _weak(fwd) else None
        # an update (or a method taking nothing) that neither takes nor reads the labels applies what another
        # method computed: not a backward
        appliers = [m for m in bwd_list if m != backward_name and (spelled([m], APPLY_METHODS) or not any(
            not a.has_default for a in (arguments(getattr(cls, m)) or [])[1:])) and not _reads_labels(cls, m, sm)
            and not ((fed := _set_between(cls, sm, fwd, m)) and fed[3])]  # not one its training loop feeds the labels
        bwd_list = [m for m in bwd_list if m not in appliers]
        if any(m not in LAST_RESORT for m in bwd_list):  # grad(x, y) beside update_mini_batch: the step it serves
            bwd_list = [m for m in bwd_list if m not in LAST_RESORT or m == backward_name]
        if appliers and not bwd_list and fwd:
            others = _likelier_backwards(cls, appliers[0])
            takers = [m for m in others if _reads_labels(cls, m, sm)
                      and _returns_value(sm.defs.get(f"{cls.__name__}.{m}"))]
            if len(takers) == 1:  # the one method named for gradients that takes the labels: the backward, read so
                bwd_list = takers  # (compute_loss_and_grads(x, y_onehot) beside step(grads, lr))
        if appliers and not bwd_list and fwd:
            near = near or Rejected("class", f"class {cls.__name__}: {appliers[0]} neither takes nor reads the labels: "
                                    "it applies gradients another method computes; name the method that computes "
                                    "them with --backward NAME" + (f" (e.g. --backward {others[0]})" if others else "")
                                    + ", or wrap the class with --adapter", 2)
            continue
        # the first whose arguments xval can fill (backward(grad_output, lr) is a layer chain's inner step;
        # train_step(X, y, lr) beside it is the one to call)
        given = tuple(sm.returned_names(f"{cls.__name__}.{fwd}") or ()) if fwd else ()
        given += (_input_name(getattr(cls, fwd, None)),) if fwd else ()  # its input (None if it takes none)
        bwd = next((m for m in bwd_list if m == backward_name or _bindable(getattr(cls, m), given)),
                   bwd_list[0] if bwd_list else None)
        paired = "loss" if "loss" in methods else next(
            (m for m in methods if _loss_and_grads(sm, cls.__name__, m)), None)  # nn(x, y=None, reg): the same
        if paired and (fwd is None or bwd is None or _weak(fwd) and bwd in TRAIN_METHODS or fwd == paired) \
                and _may_return_gradients(sm.text(f"{cls.__name__}.{paired}")):
            fwd, bwd = paired, paired  # CS231n: loss(X) the scores, loss(X, y) (loss, grads); predict, train beside
        if fwd is None or bwd is None:
            if fwd or bwd:
                near = near or Rejected("class", f"class {cls.__name__} has {fwd or bwd} but no "
                                        f"{'backward (backward, backprop, train_step, ...)' if fwd else 'forward'} "
                                        "method", 1)
            continue
        # each backward xval can call, in turn: the first that runs on the probe batch wins (a stub backward
        # beside a working train_step); when every one raises, the first, and its exception is the finding
        bindable = [m for m in bwd_list if m == backward_name or _bindable(getattr(cls, m), given)] or [bwd]
        first, raised = None, {}
        adaptive = {m: a for m in spelled(methods, MINI_BATCH_STEPS) if (a := _optimizer_state(sm, cls, m))}
        for bwd in bindable if bwd in bindable else [bwd]:
            if bwd in adaptive and bwd != backward_name and len(bindable) > 1:
                continue  # an optimizer with state (RMSprop's running mean): judged by the backprop it calls
            model = ClassModel(cls, sm, fwd, bwd)
            model.path = getattr(loaded, "path", None)
            model.adopted = adopted.get(cls.__name__, [])
            model.argmax_read = argmax_read
            model.applier = next((m for m in appliers if _rate_only(getattr(cls, m))), None)
            for m in [m for m in bwd_list[:bwd_list.index(bwd)] if m not in bindable] if bwd in bwd_list else []:
                unknown = [a.name for a in (arguments(getattr(cls, m)) or [])[1:] if not a.has_default
                           and a.role not in BINDABLE]
                model.evidence.append(f"not {m}({', '.join(a.name for a in (arguments(getattr(cls, m)) or [])[1:])}): "
                                      f"nothing to pass as {', '.join(f'`{u}`' for u in unknown)}; {bwd} instead")
            try:
                _probe(model)
            except Rejected as r:
                near = r if near is None or r.score >= near.score else near
                if getattr(r, "next_backward", False):  # this one did nothing: another may be the backward
                    continue
                break
            raised[bwd] = model.probe_error
            if model.probe_error and first is None:
                first = model
                continue
            if model.probe_error:
                continue
            if first is not None:
                model.evidence.append(f"not {first._backward_name}: it raised on a probe batch ({first.probe_error}); "
                                      f"{bwd} instead")
            return model
        if first is None:
            continue
        model, bwd = first, first._backward_name
        if (single := _one_output_retry(first, sm)) is not None:
            return single
        steps = [m for m in spelled(methods, MINI_BATCH_STEPS) if m != bwd]
        if steps and _called_per_sample(sm, bwd):  # update_mini_batch raised too (an unfinished momentum term):
            retry = model.afresh()  # the backprop it calls per (x, y) pair, one sample at a time
            retry.step_raised = steps[0]
            retry.step_adaptive = (steps[0], adaptive[steps[0]]) if steps[0] in adaptive else None
            try:
                _probe(retry)
            except Rejected:
                retry.probe_error = "rejected"
            if not retry.probe_error:
                why = f" ({raised[steps[0]]})" if raised.get(steps[0]) else ""
                said = f"its update keeps an optimizer's state between calls (self.{adaptive[steps[0]]}, decayed " \
                    "and renewed each step): xval's oracles take plain SGD steps" if steps[0] in adaptive else \
                    f"it raised on a probe batch{why}"
                retry.evidence.append(f"not {steps[0]}: {said}; {bwd}, which it calls on each (x, y) pair, judged "
                                      "one sample at a time")
                return retry
        passed_over = [m for m in bwd_list[:bwd_list.index(bwd)] if m not in bindable] if bwd in bwd_list else []
        if passed_over:  # e.g. update() needs the gradients backward(dZ) would have stored
            near = Rejected("class", f"class {cls.__name__}: {passed_over[0]} takes arguments xval cannot supply "
                            f"({model.evidence[0].split(': ', 1)[-1].split(';')[0]}), and {bwd}, called instead, "
                            f"raised ({model.probe_error}); pass the right one with --backward NAME, or wrap the "
                            "class with --adapter", 2)
            continue
        return model
    raise near or Rejected("class", "no class with forward and backward methods (or CS231n's loss)", 0)


def _one_output_retry(first: ClassModel, sm: SourceMap) -> ClassModel | None:
    """The class built again with one output unit, when its step raised a broadcast error with the data's classes
    as outputs and its constructor takes the output size apart (``NeuralNetwork(input_nodes, hidden_nodes,
    output_nodes, learning_rate)`` whose step multiplies its output's error term by the hidden outputs element by
    element: code for one regression output), and so built it runs; else None, also for a classifier: a class whose
    code speaks of a softmax (over one unit it is the constant 1), makes one-hot rows of its labels, or that the
    file's own call builds with more outputs, where the raise is the bug."""
    error, cls = first.probe_error or "", first.cls.__name__
    init = arguments(first.cls.__init__) or []
    outputs = [(i, a.name) for i, a in enumerate(init[1:]) if _size_name(_sq(a.name)) in OUTPUT]
    if "could not be broadcast" not in error or first.binary_from_example or not outputs or first._converts_labels() \
            or "softmax" in sm.text(cls, 1).lower() or any(
            (sm.example(f"{cls}#{i}=int", f"{cls}.{name}=int") or 0) > 1 for i, name in outputs):
        return None  # a classifier (a softmax, one-hot labels of its own, its own call with more outputs) is no
        # one-output model: its raise stays the finding
    retry = first.afresh()
    k = first.sizes[-1] if first.sizes else "more"
    retry.one_output_retry = f"as with {k} its {first._backward_name} " + re.sub(
        r"\s+\(/.*", "", error.split(": ", 1)[-1]).strip()  # the raise, without the file's own path
    try:
        _probe(retry)
    except Rejected:
        return None
    return None if retry.probe_error else retry


def _given(model: ClassModel, zs, acts):
    """What a forward call gave: its output layer's values, or its scores when it exposes only those."""
    return acts[-1] if acts[-1] is not None or not model.logits_only else zs[-1]


def _ignores_weights(model: ClassModel, params, x, out) -> bool:
    """Whether the forward's output stays exactly the same when the weights xval set are halved: it reads another
    copy of them (``self.weights_ext`` with the biases as a last row, beside the ``self.weights`` it derives), and
    every check would judge that copy's network against xval's."""
    halved = [(W * 0.5, b) for W, b in params]
    try:
        model.attach(halved)
        zs, acts, _ = model.forward(halved, x)
    except SubmissionError:
        acts = None
    try:
        model.attach(params)  # the weights of the probe again, whatever the halved call did
    except SubmissionError:
        return False
    if acts is None:
        return False
    again = _given(model, zs, acts)
    try:
        first, second = np.asarray(out, dtype=np.float64), np.asarray(again, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    return first.shape == second.shape and first.size > 1 and np.ptp(first) > 0 and np.array_equal(first, second)


def _probe(model: ClassModel) -> None:
    errors, built, ignored = [], set(), ""
    depths = (3, 2, 1, 4)
    for tried, depth in enumerate(depths):
        params = probe_params(depth)
        x, y = probe_batch(params)
        model.instance, model.slots, model.sizes = None, [], []
        model.bind(Guard())
        model.built_layers = None
        try:
            model.attach(params)
            own = model.own_sizes
            if own and own != model.sizes:  # it builds its own layers (64-32-10): probe it at those sizes
                params = probe_params(len(own) - 1, own[0], own[-1], own[1:-1])
                x, y = probe_batch(params)
                model.attach(params)
        except SubmissionError as exc:
            errors.append(str(exc))
            built.add(model.built_layers)
            continue
        if model.depth is None and depth in built:  # given more sizes, it built this many layers all the same
            model.depth = depth
        elif model.depth is None and errors and len(errors) == tried:  # it could not be made with the sizes of
            # the depths tried before (a constructor whose loop pairs its matrices for one hidden layer only): the
            # depth it can be made at is the one checked
            model.depth = depth
            model.evidence.append(f"{model.cls.__name__} could be made for {depth} layers, not for {depths[0]} "
                                  f"(given the sizes of {depths[0]} layers: {errors[0]})")
        mixed = [(False, True, False)] if model.layout.wcol else []  # x rows, its layers' values columns
        for xcol, acol, one in ((model.layout.wcol, None, False), (not model.layout.wcol, None, False), *mixed,
                                (False, None, True)):
            model.layout.xcol, model.layout.acol, model.sample_forward = xcol, acol, one  # last: a forward that
            # takes one sample (a vector), its training loop the samples as rows
            try:
                zs, acts, _ = model.forward(params, x)
            except SubmissionError as exc:
                errors.append(str(exc))
                continue
            out = _given(model, zs, acts)  # what it gives, once
            if model.softmax_elsewhere and not model.logits_only:
                _scores_if_identity(model, params, x, out)
                if not model.logits_only and _activated_scores(zs, acts):
                    _scores_if_identity(model, params, x, zs[-1])  # a loop that activates every layer, the last too
                    model.scores_activated = model.logits_only  # (its softmax taken of the scores elsewhere)
                    out = zs[-1] if model.logits_only else out
            if _weak(model.fwd_method) and not model.loss_method and not _gives_outputs(out, params, x):
                errors.append(f"{model.fwd_method} does not return the output layer's values (class labels?)")
                break
            if _ignores_weights(model, params, x, out):
                ignored = (f"class {model.cls.__name__}: its {model.fwd_method} gives the same output when the weights "
                           f"xval found (in {model.where}) are halved: it computes from another copy of them, "
                           "which xval cannot set; wrap it with --adapter FILE (README: Adapters)")
                break
            if one:
                model.per_sample = not model.trains  # a backward after a one-sample forward: one sample per call
                model.evidence.append(f"{model.fwd_method} takes one sample (a vector), not a batch: called on each "
                                      "sample, its outputs compared")
            _labels_and_mode(model, params, x, y)
            if model.per_sample and not model.sample_forward:
                _forward_each(model, params, x)
            _model_from_loss_value(model, params, x, y)
            return
        model.sample_forward, model.layout.acol = False, None
        break
    folded = _folds_ones(model)
    if folded:
        raise Rejected("class", f"class {model.cls.__name__} folds its biases into its weights ({folded}: a column "
                       "of ones joined to its input, each weight one row more than its inputs): xval's layers keep "
                       "weights and biases apart; wrap it with --adapter FILE (README: Adapters)", 2)
    if ignored:
        raise Rejected("class", ignored, 2)
    if _weak(model.fwd_method):  # no forward by name: the one tried may well give class labels
        raise Rejected("class", f"class {model.cls.__name__} has no forward method, and {model.fwd_method}(X) does "
                       "not give the output layer's values on a probe batch (class labels?); add a forward(X) that "
                       "returns the probabilities, or name it with --forward NAME", 2)
    raise Rejected("class", f"class {model.cls.__name__}: could not run {model.fwd_method} on a probe batch "
                   f"({errors[-1] if errors else chr(63)})", 2)


def _init_scale(squashed: str) -> bool:
    """Whether a squashed argument name is a scale for the initial weights (``random_init_bound``, ``init_std``,
    ``weight_scale``, ``epsilon_init``): a number xval need not read, as it sets the weights it checks."""
    return any(w in squashed for w in ("init", "weight")) and any(
        w in squashed for w in ("bound", "scale", "std", "range", "eps", "sigma", "limit", "spread"))


INIT_FN_ARGS = ("weightinitfn", "initfn", "weightinit", "weightsinit", "initfunction", "weightinitfunction",
                "initfunc", "weightinitfunc", "initializer", "initialiser", "weightinitializer", "weightinitialiser",
                "winit", "initweights", "weightinitializationfn", "initfn", "weightinitfn")
"""A constructor's argument that is a weight initialiser, a function of a shape (``NN(784, 64, 10, weight_init_fn,
learning_rate)``, a course's skeleton): given the file's own (:meth:`ClassModel._initialiser`)."""
MISSPELLED_INIT = ("_init_", "__init", "init__", "_init__", "__init_", "__int__", "__innit__", "__init___",
                   "___init__", "__intit__", "__inti__")
"""Spellings of ``__init__`` that define an ordinary method instead: the class then has no constructor of its
own, and its instances hold nothing."""


def _forward_each(model: ClassModel, params, x) -> None:
    """A step judged one sample at a time beside a forward that runs on a batch: when the forward's output for the
    batch is not each sample's own output stacked (a softmax normalised over the whole array, written for one
    column), the forward too is called on each sample (:attr:`ClassModel.forward_each`)."""
    try:
        whole = _given(model, *model.forward(params, x)[:2])
        model.forward_each = True
        each = _given(model, *model.forward(params, x)[:2])
    except SubmissionError:
        model.forward_each = False
        return
    model.forward_each = whole is not None and each is not None and np.shape(whole) == np.shape(each) \
        and not np.allclose(whole, each, rtol=1e-9, atol=1e-12)
    if model.forward_each:
        model.evidence.append(f"{model.fwd_method} gives a batch other outputs than each of its samples alone (it is "
                              f"written for one sample, as {model._backward_name} is): called on each sample")


def _misspelled_init(cls) -> str | None:
    """The name of a method of ``cls`` that looks like a misspelled ``__init__`` (``_init_``), when the class
    defines no ``__init__`` of its own; else None."""
    if "__init__" in vars(cls):
        return None
    return next((m for m in vars(cls) if m in MISSPELLED_INIT and callable(vars(cls)[m])), None)


def _ones_side(sm: SourceMap, cls: str) -> str | None:
    """Which end of its input the class's code joins its ones column to, "first" (``np.hstack([np.ones((n, 1)),
    X])``, ``np.insert(X, 0, 1, axis=1)``, one sample's ``np.append(1, x)``, ``np.concatenate(([1.0], x))``) or
    "last" (``np.hstack([X, np.ones((n, 1))])``, ``np.append(X, ones, axis=1)``, ``np.append(x, 1)``); None when
    it joins none or both ways."""
    sides = set()
    methods = [fn for key, fn in sm.defs.items() if key.startswith(f"{cls}.") and isinstance(fn, ast.FunctionDef)]
    helpers = {c.func.id for fn in methods for c in ast.walk(fn) if isinstance(c, ast.Call)
               and isinstance(c.func, ast.Name)}  # with_ones(X): a module function its methods call
    for fn in methods + [f for name in sorted(helpers) for f in [sm.defs.get(name)] if isinstance(f, ast.FunctionDef)]:
        ones = ones_test([fn], (1, -1))  # (-1: minus the bias, a threshold's input)
        sides.update(found[0] for n in ast.walk(fn) if (found := join_side(n, ones)))
        sides.update(side for _, side, _ in fills_ones(fn))  # temp = np.ones(...); temp[:, 0:-1] = X
    return sides.pop() if len(sides) == 1 else None


def _joined_sign(sm: SourceMap, classes: set[str]) -> int:
    """-1 when the methods of ``classes`` join -1 to their input where others join ones (``np.insert(x, 0, -1)``,
    ``np.append(-1, x)``, ``np.hstack([-np.ones((n, 1)), X])``: a threshold, the bias row holding minus the bias),
    and never 1; else 1."""
    signs = set()
    for key, fn in sm.defs.items():
        if not (isinstance(fn, ast.FunctionDef) and key.split(".")[0] in classes):
            continue
        for n in ast.walk(fn):
            if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)):
                continue
            if n.func.attr == "insert" and len(n.args) >= 3:
                signs.add(unit_value(n.args[2]))
            elif n.func.attr == "append" and len(n.args) >= 2:
                signs |= {unit_value(a) for a in n.args[:2]}
            elif n.func.attr in ("hstack", "vstack", "concatenate", "column_stack") and n.args and isinstance(
                    n.args[0], (ast.List, ast.Tuple)):
                signs |= {-1 if isinstance(e, ast.UnaryOp) and isinstance(e.op, ast.USub) and isinstance(
                    e.operand, ast.Call) and str(getattr(e.operand.func, "attr", "")).startswith("ones") else None
                          for e in n.args[0].elts}
    signs.discard(None)
    return -1 if signs == {-1} else 1


def _ones_side_of_layers(sm: SourceMap, slots) -> str | None:
    """:func:`_ones_side` read from the classes of the layer objects that hold the folded matrices (a ``Linear``
    whose forward inserts the ones), when they all agree."""
    return _agreed_side(sm, {type(w.ref.obj).__name__ for w, _ in slots if isinstance(getattr(w, "ref", None), Ref)})


def residual_given(sm: SourceMap, forward: str, backward: str, index: int) -> int:
    """+1 when the file's own call of ``backward`` passes, at ``index``, a name it assigned the labels minus the
    output of its own ``forward`` call (``pred = model.forward(x_train)``, ``error = y_train - pred``,
    ``model.backward(error)``), -1 for the output minus the labels, 0 when it passes no such difference."""
    outputs, diffs = set(), {}
    for tree in sm.trees:
        for n in ast.walk(tree):
            if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)):
                continue
            v, name = n.value, n.targets[0].id
            if isinstance(v, ast.Call) and isinstance(v.func, ast.Attribute) and v.func.attr == forward:
                outputs.add(name)
            elif isinstance(v, ast.BinOp) and isinstance(v.op, ast.Sub):
                diffs[name] = (v.left, v.right)
    for tree in sm.trees:
        for c in ast.walk(tree):
            if not (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == backward
                    and len(c.args) > index):
                continue
            arg = c.args[index]
            left, right = diffs.get(arg.id, (None, None)) if isinstance(arg, ast.Name) else (
                (arg.left, arg.right) if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Sub) else (None, None))
            is_out = lambda e: isinstance(e, ast.Name) and e.id in outputs or isinstance(e, ast.Call) and \
                isinstance(e.func, ast.Attribute) and e.func.attr == forward  # noqa: E731
            if left is None or is_out(left) == is_out(right):
                continue
            labels = right if is_out(left) else left
            if isinstance(labels, (ast.Name, ast.Attribute, ast.Subscript)) and "self" not in ast.unparse(labels):
                return -1 if is_out(left) else 1
    return 0


def _ones_side_of_sharers(sm: SourceMap, obj, slots) -> str | None:
    """:func:`_ones_side` read from the classes of the layer objects the instance holds that hold the very arrays
    it keeps as its folded matrices (``self.alpha`` beside ``self.linear1 = Linear(self.alpha)``, whose forward
    inserts the ones), when they all agree."""
    sharers = [_sharer(w.ref) for w, _ in slots if isinstance(getattr(w, "ref", None), Ref)]
    return _agreed_side(sm, {type(s).__name__ for s in sharers if s is not None})


def _agreed_side(sm: SourceMap, classes: set[str]) -> str | None:
    """The one side :func:`_ones_side` reads from every class of ``classes`` (layer classes), or None."""
    sides = {_ones_side(sm, name) for name in classes}
    return sides.pop() if len(sides) == 1 else None


def _wide_input(slots) -> bool:
    """Whether a chain of weights without biases holds each as (out, in): its first matrix's columns feed the
    second's (W2 @ W1 chains) and not its rows; else (in, out)."""
    shapes = [np.shape(w.get()) for w, _ in slots]
    return _links(shapes, 1, 0) and not _links(shapes, 0, 1)


def _folds_ones(model: ClassModel) -> str | None:
    """Where a method of the class joins a column of ones to the array it is given (``X = np.hstack((X,
    np.ones((n, 1))))``, the bias trick), as "fit, line N"; else None."""
    for key, node in model.sm.defs.items():
        if not key.startswith(f"{model.cls.__name__}.") or not isinstance(node, ast.FunctionDef):
            continue
        given = {a.arg for a in node.args.args[1:]}
        for st in ast.walk(node):
            if isinstance(st, ast.Assign) and joins_ones(st.value) and any(
                    isinstance(n, ast.Name) and n.id in given for n in ast.walk(st.value)):
                return f"{key.split('.', 1)[1]}, {model.sm.line_of(st)}"
        filled = next((st for st, _, name in fills_ones(node) if name in given), None)
        if filled is not None:  # temp = np.ones([n, d + 1]); temp[:, 0:-1] = X
            return f"{key.split('.', 1)[1]}, {model.sm.line_of(filled)}"
    return None


PER_SAMPLE_BIAS = "; the bias it belongs to has"
"""What xval says of a bias gradient with one column per sample (``db = delta``, summed by its caller): a shape error
too, for a class with no mini-batch step of the textbook's that should be judged instead."""
PER_SAMPLE_WEIGHT = "; the weight it belongs to has"
"""What xval says of a returned list read as the weights' gradients that has a column per sample (``return
delta_b, delta_w`` on a batch, the per-sample bias gradient first): the same sign of a step written for one
sample, when the file calls that step once per sample."""
PER_SAMPLE_UPDATE = "; it must keep"
"""What xval says of a parameter an in-place step left with another shape (``B -= lr * delta`` with a column per
sample broadcast into the bias): the same sign of a step written for one sample."""


def _pair_loop(loop: ast.AST) -> bool:
    """Whether ``loop`` is a for loop over (x, y) pairs: ``for x, y in ...:``."""
    return isinstance(loop, ast.For) and isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2 \
        and all(isinstance(e, ast.Name) for e in loop.target.elts)


def _calls_in(loop: ast.For, name: str | None = None, on_self: bool = False) -> list[ast.Call]:
    """The method calls in ``loop``'s body: of ``name`` (any method when None), on anything or (``on_self``) on
    ``self``."""
    return [c for stmt in loop.body for c in ast.walk(stmt) if isinstance(c, ast.Call)
            and isinstance(c.func, ast.Attribute) and name in (None, c.func.attr)
            and (not on_self or isinstance(c.func.value, ast.Name) and c.func.value.id == "self")]


def _whole_steps(sm: SourceMap, cls: type) -> dict[str, str]:
    """{per-sample method: the method of ``cls`` that calls it}, for each method that loops over (x, y) pairs of
    an argument it takes calling ``self.<method>(...)`` and assigns parameters (``for x, y in mini_batch: ...
    self.backprop(x, y)`` then ``self.weights = ...``): the textbook's whole mini-batch step under any name."""
    steps: dict[str, str] = {}
    for key, fn in sm.defs.items():
        if not key.startswith(f"{cls.__name__}.") or not isinstance(fn, ast.FunctionDef):
            continue
        name, params = key.split(".", 1)[1], {a.arg for a in fn.args.args[1:]}
        assigns = any(isinstance(a, (ast.Assign, ast.AugAssign)) and any(
            isinstance(t, (ast.Attribute, ast.Subscript)) for t in (
                a.targets if isinstance(a, ast.Assign) else [a.target])) for a in ast.walk(fn))
        loops = [n for n in ast.walk(fn) if _pair_loop(n) and isinstance(n.iter, ast.Name) and n.iter.id in params]
        for loop in loops if assigns else []:
            for called in (c.func.attr for c in _calls_in(loop, on_self=True)):
                if called != name and not called.startswith("__") and called in dir(cls) \
                        and not _steps_each_sample(loop, called):
                    steps.setdefault(called, name)
    return steps


def _stacking_steps(sm: SourceMap, cls: type) -> dict[str, str]:
    """{backward: the method of ``cls`` that stacks the (x, y) pairs of an argument into one batch and calls it
    once}, for a textbook step vectorised (``X = np.array([x.ravel() for x, y in mini_batch]).T``, then
    ``self.backprop(X, Y)`` and ``self.weights = [w - (eta / len(mini_batch)) * nw ...]``): its backprop returns the
    batch's summed gradient and the step divides it, so the step is what the file trains with and is judged."""
    steps: dict[str, str] = {}
    for key, fn in sm.defs.items():
        if not key.startswith(f"{cls.__name__}.") or not isinstance(fn, ast.FunctionDef):
            continue
        name, params = key.split(".", 1)[1], {a.arg for a in fn.args.args[1:]}
        stacks = bool(_pair_parameters(sm.text(key, 0))[0] & params)  # (its loops are ruled out below)
        assigns = any(isinstance(a, (ast.Assign, ast.AugAssign)) and any(
            isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"
            for t in (a.targets if isinstance(a, ast.Assign) else [a.target])) for a in fn.body)
        if not (stacks and assigns) or any(_pair_loop(n) for n in ast.walk(fn)):
            continue
        called = {c.func.attr for c in fn.body for c in ast.walk(c) if isinstance(c, ast.Call)
                  and isinstance(c.func, ast.Attribute) and getattr(c.func.value, "id", None) == "self"}
        for m in called - {name}:
            if m in dir(cls) and not m.startswith("__"):
                steps.setdefault(m, name)
    return steps


def _steps_each_sample(loop: ast.For, called: str) -> bool:
    """Whether ``loop`` applies each sample's own gradient once, as it gets it: per-sample SGD (``g_b, g_w =
    self.backprop(x, y)`` then ``self.weights = [w - lr * g for ...]`` in the loop body), an optimizer choice read
    as a training loop calling the per-sample backprop is. Not so when an update in the loop reads a running sum
    (``nabla_w = [n + d for ...]``: each sample applies all the batch's gradients so far), or nothing of the call."""
    def names(node: ast.AST) -> set[str]:
        return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}

    def on_self(target: ast.AST) -> bool:
        while isinstance(target, ast.Subscript):
            target = target.value
        return isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self"

    got: set[str] = set()  # the names the per-sample call's result is bound to
    summed: set[str] = set()  # names the loop body assigns from themselves (running sums)
    updates: list[ast.AST] = []  # the values assigned to the model's parameters in the loop body
    for node in (n for stmt in loop.body for n in ast.walk(stmt)):
        if not isinstance(node, (ast.Assign, ast.AugAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        bound = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
        if any(on_self(t) for t in targets):
            updates.append(node.value)
        elif isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute) \
                and node.value.func.attr == called:
            got |= bound
        elif isinstance(node, ast.AugAssign) or bound & names(node.value):
            summed |= bound
    return bool(got) and bool(updates) and all(names(v) & got and not names(v) & (summed - got) for v in updates)


def _optimizer_state(sm: SourceMap, cls: type, method: str) -> str | None:
    """The attribute an update method keeps an optimizer's running state in (``self.gen = [beta * g + (1 - beta) *
    np.sum(nw ** 2) for g, nw in zip(self.gen, nabla_w)]``: RMSprop; ``self.v = mu * self.v - eta * g``: momentum),
    read from its code: an attribute of ``self``, not a parameter, assigned from its own old value multiplied by
    something (a decay), whose value the step reads again next call. None when the method keeps no such state (a
    sum it never decays, ``self.nabla = self.nabla + d``, is no optimizer's: a stale accumulator is a finding)."""
    fn = sm.defs.get(f"{cls.__name__}.{method}")
    if not isinstance(fn, ast.FunctionDef):
        return None
    for a in ast.walk(fn):
        if not (isinstance(a, ast.Assign) and len(a.targets) == 1 and isinstance(t := a.targets[0], ast.Attribute)
                and isinstance(t.value, ast.Name) and t.value.id == "self") or (classify(t.attr) or ("",))[0] in (
                "W", "b", "Ws", "bs", "params"):
            continue
        old = {f"self.{t.attr}"}  # the attribute, and the names a comprehension binds from it (for g in self.gen)
        for c in ast.walk(a.value):
            if isinstance(c, ast.comprehension) and f"self.{t.attr}" in ast.unparse(c.iter):
                old |= {n.id for n in ast.walk(c.target) if isinstance(n, ast.Name)}
        if any(isinstance(m, ast.BinOp) and isinstance(m.op, ast.Mult) and any(
                ast.unparse(side) in old for side in (m.left, m.right)) for m in ast.walk(a.value)):
            return t.attr
    return None


def _one_sample(stmt, inputs: list[str]) -> bool:
    """Whether ``stmt`` (a training loop's forward call) passes one sample of its inputs, taken by an index
    (``inputs[idx]``, ``inputs[idx:idx + 1, :]``), not a slice of several (``X[i:i + batch]``)."""
    def one(index) -> bool:
        if isinstance(index, ast.Tuple) and index.elts:
            return one(index.elts[0])
        if isinstance(index, ast.Slice):
            hi = index.upper
            return isinstance(hi, ast.BinOp) and isinstance(hi.op, ast.Add) and isinstance(hi.right, ast.Constant) \
                and hi.right.value == 1 and ast.dump(hi.left) == ast.dump(index.lower)
        return isinstance(index, ast.Name)
    return any(isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in inputs
               and one(n.slice) for n in ast.walk(stmt))


def _called_per_sample(sm: SourceMap, name: str) -> bool:
    """Whether the file calls the method ``name`` inside a loop over (x, y) pairs (``for x, y in samples:``, ``for
    x, y in zip(X, Y):``), or on the samples a loop indexes (``for i in range(n): nn.train(inputs[i],
    targets[i])``, or on names the loop sets so: ``x = X[i]; l = L[i]; net.backward(x, l)``): written for one
    sample, its caller summing or averaging what it returns."""
    def indexed(a, var: str) -> bool:
        return isinstance(a, ast.Subscript) and isinstance(a.slice, ast.Name) and a.slice.id == var

    def by_index(c: ast.Call, var: str, loop: ast.For) -> bool:
        picked = {t.id for n in ast.walk(loop) if isinstance(n, ast.Assign) and indexed(n.value, var)
                  for t in n.targets if isinstance(t, ast.Name)}
        args = c.args[:2]
        return len(args) == 2 and all(indexed(a, var) or isinstance(a, ast.Name) and a.id in picked for a in args)

    for tree in sm.trees:
        for loop in ast.walk(tree):
            if not isinstance(loop, ast.For):
                continue
            calls = _calls_in(loop, name)
            if _pair_loop(loop) and calls:
                return True
            if isinstance(loop.target, ast.Name) and any(by_index(c, loop.target.id, loop) for c in calls):
                return True
    return False


def _walks_samples(model: ClassModel) -> bool:
    """Whether a training loop takes its batch apart by sample, indexing it by a loop variable
    (``train_x[i]``): then it may take the batch as a stack of columns, one sample each."""
    xs = {a.name for a in (arguments(getattr(model.cls, model._backward_name)) or []) if a.role == "x"}
    try:
        tree = ast.parse(textwrap.dedent(model.sm.text(f"{model.cls.__name__}.{model._backward_name}", 1)))
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id in xs
               and isinstance(n.slice, ast.Name) for n in ast.walk(tree))


def _loops_over_samples(model: ClassModel) -> bool:
    """Whether the step walks its batch itself, sample by sample (``for X, y in zip(features, targets)``, ``for x
    in inputs``): its one-sample code (``np.outer``) is inside that loop, and the whole batch is what it takes."""
    xs = {a.name for a in (arguments(getattr(model.cls, model._backward_name)) or []) if a.role == "x"}
    try:
        tree = ast.parse(textwrap.dedent(model.sm.text(f"{model.cls.__name__}.{model._backward_name}", 1)))
    except (SyntaxError, ValueError):
        return False
    for n in ast.walk(tree):
        if isinstance(n, ast.For):
            it = n.iter.args[0] if isinstance(n.iter, ast.Call) and getattr(n.iter.func, "id", "") == "enumerate" \
                and n.iter.args else n.iter
            walked = [it] if isinstance(it, ast.Name) else it.args if isinstance(it, ast.Call) and getattr(
                it.func, "id", "") == "zip" else []
            if any(isinstance(w, ast.Name) and w.id in xs for w in walked):
                return True
    return False


def _model_from_loss_value(model: ClassModel, params, x, y) -> None:
    """CS231n's ``loss(X, y)`` with no ``loss(X)`` for the scores: no forward values to read the model from, so the
    hidden activation and the output are read from the loss it returns on the probe batch (the first standard model
    whose loss is a conventional multiple of it: :func:`xval.reports.check.family.from_loss`), as
    ``model_read``; the loss itself and its constant still come from its code where they are read there."""
    if model.loss_method is None or not model.loss_needs_labels or model.mode != "gradients" or model.per_sample:
        return
    from xval.reports.check.family import from_loss  # (family imports the styles package)

    try:
        _, result, _, _ = model._invoke(params, x, y, 0.01)
    except SubmissionError:
        return
    value = result[0] if isinstance(result, tuple) and len(result) == 2 else None
    if isinstance(value, (float, int, np.floating, np.integer)) and not isinstance(value, bool):
        model.model_read = from_loss(float(value), x, y, params, multiples=True)
        model.model_read_scaled = True


def _labels_and_mode(model: ClassModel, params, x, y) -> None:
    ran, errs, on_batch, last = {}, [], None, {}
    if not model.per_sample and (between := model.set_between()) and _one_sample(between[1][0], between[2]):
        model.per_sample = True  # train: out = self.forward(inputs[idx:idx + 1]); self.error = ...; self.backward()
        model.evidence.append(f"its {between[0]} calls {model._backward_name} after a forward on one sample it "
                              "takes by index: called on one sample at a time, each from the same weights, the "
                              "batch's gradient the mean of theirs")
    # as read; then, when its step says the shapes do not meet, one sample per call; then (a training loop over
    # column vectors) the batch as a stack of columns, (B, features, 1)
    # one sample per call only for a step written for one sample (outer products of vectors, or the textbook
    # network's per-sample nabla_b / nabla_w): a batch step whose bug raises on a batch and not on one row
    # (`a.T * delta` for `a.T @ delta`) must stay that bug
    step_source = model.sm.text(f"{model.cls.__name__}.{model._backward_name}")
    nabla = re.search(r"\bnabla_?[wb]\b", step_source) is not None  # the textbook's backprop(x, y): one sample
    # the textbook's whole step, update_mini_batch or a method of another name that calls the per-sample backprop
    # on each (x, y) pair of its batch: present beside the backprop (then judged in its place), or being judged
    steps = _whole_steps(model.sm, model.cls)
    whole_step = (spelled(dir(model.cls), MINI_BATCH_STEPS) or model._backward_name in steps.values()
                  or model._backward_name in steps) and not model.step_raised
    # judged as that whole step: its loss is its per-sample backprop's, a sum in it one sample's (not the batch's)
    model.sample_step = model._backward_name in steps.values()
    one = "outer(" in step_source or nabla or _called_per_sample(model.sm, model._backward_name) and not whole_step \
        or batch_free(step_source, model.layout.xcol)
    shape_errors = SHAPE_ERRORS + (() if whole_step else (PER_SAMPLE_BIAS, PER_SAMPLE_UPDATE)) + (
        (PER_SAMPLE_WEIGHT,) if one and not whole_step else ())
    # (when the class also has the textbook's whole step, update_mini_batch, that is the one to judge: it calls
    # backprop and applies the update, so backprop is not taken one sample at a time in its place)
    nabla = nabla and not whole_step
    # (per sample, as a stack of columns, one sample as a vector): the vector last, for a train(inputs_list,
    # targets_list) that makes its own column with np.array(x, ndmin=2).T
    tries = ([(True, False, False)] if nabla and not model.per_sample else []) + [(model.per_sample, False, False)] \
        + ([(True, False, False)] if one else []) \
        + ([(False, True, False)] if model.trains and model.layout.xcol and _walks_samples(model) else []) \
        + ([(True, False, True)] if one else [])
    if re.search(ONE_SAMPLE_IDIOMS, step_source) and not whole_step and not model.per_sample \
            and not _loops_over_samples(model):
        tries = [(True, False, False)] + tries + ([(True, False, True)] if not one else [])
        # np.array(x, ndmin=2).T, np.outer(delta, a): one sample's code, whatever a batch would do (np.outer flattens
        # a batch into one long vector); np.array(x)[np.newaxis].T makes a column of a vector only, so the sample is
        # also tried as one
    labels = [a.name for a in arguments(getattr(model.cls, model._backward_name, None)) or [] if a.role == "y"]
    model.layout.ystack = any(re.search(rf"\b(?:hstack|column_stack)\(\s*{re.escape(n)}\s*\)", step_source)
                              for n in labels)  # np.hstack(expected): its labels a list of one-hot columns
    for per_sample, stack, lone in tries if not model.per_sample else tries[:1]:
        model.per_sample, model.column_stack, model.layout.lone = per_sample, stack, lone
        for onehot in ((True,) if model.layout.ystack else (False, True)):
            model.layout.onehot = onehot
            model.mode = None
            try:
                model.step(params, x, y, 0.01)
                ran[onehot] = True
            except SubmissionError as exc:
                errs.append(str(exc))
                last[onehot] = str(exc)
        if ran or not any(any(s in e for s in shape_errors) for e in errs):  # (integer labels' shape error, one-hot
            break  # labels' IndexError on one_hot_encoded[y, 0] = 1: per-sample code either way)
        on_batch, errs = on_batch or errs, []  # a shape error as read: the next way to call it
    if True not in ran and model.per_sample and model.layout.wcol and not model.layout.xcol:
        # one sample per call, W (out, in), x given as a row its forward makes a column of: one-hot labels as a
        # column (K, 1) too (``delta = a[-1] - y`` with y a row broadcasts into a (K, K) matrix)
        model.layout.ycol, model.layout.onehot, model.mode = True, True, None
        try:
            model.step(params, x, y, 0.01)
            ran[True] = True
            model.evidence.append(f"{model._backward_name} raised on one-hot rows and runs on one-hot columns (K, 1), "
                                  "as its forward makes of each sample")
        except SubmissionError:
            model.layout.ycol = False
    if ran and on_batch:
        model.evidence.append(f"{model._backward_name} raised on a batch ({on_batch[0]}) and runs "
                              + ("on one sample" + (" given as a vector (its features alone)" if model.layout.lone
                                                    else "") + ": called on each sample from the same weights, the "
                                 "batch's gradient the mean of theirs" if model.per_sample else
                                 "on the batch as a stack of column vectors, (batch, features, 1)"))
    elif not ran and on_batch:
        model.per_sample, model.column_stack, errs = False, False, on_batch
        model.layout.lone = False
    cls = model.cls.__name__
    if len(ran) == 2:
        text_names = [f"{cls}.{model._backward_name}", f"{cls}.{model.fwd_method}"]
        model.layout.onehot = not any(converts_labels(model.sm, n) for n in text_names)
        model.evidence.append("labels from the code: " + ("it builds one-hot rows or indexes by label" if not
                              model.layout.onehot else "it uses y as given (one-hot rows)"))
    elif ran:
        model.layout.onehot = next(iter(ran))
    elif all(UNBOUND in e for e in errs):  # xval could not call it: not the file's exception
        raise Rejected("class", f"class {cls}: " + errs[0].split(": ", 1)[-1], 2)
    elif all(NOTHING in e for e in errs):  # it ran, and did nothing xval can read: not the backward
        others = _likelier_backwards(model.cls, model._backward_name)
        r = Rejected("class", f"class {cls}: {model._backward_name} returned no gradients, stored none and changed no "
                     "parameter on a probe batch (it may apply gradients another method computes); name the method "
                     "that computes them with --backward NAME"
                     + (f" (e.g. --backward {others[0]})" if others else "") + ", or wrap the class with --adapter", 2)
        r.next_backward = True
        raise r
    else:  # the interface is clear, its backward raises: checked, and the exception is the finding
        model.layout.onehot = not any(converts_labels(model.sm, f"{cls}.{n}") for n in (model._backward_name,
                                                                                         model.fwd_method))
        if NOTHING in last.get(False, "") and NOTHING not in last.get(True, NOTHING):
            model.layout.onehot = False  # it ran to its end on integer labels (giving too little), raised on one-hot
        takes_lr = any(a.role == "lr" for a in arguments(getattr(model.cls, model._backward_name)) or [])
        model.mode = "in-place" if takes_lr else "gradients"
        model.probe_error = errs[0]
        model.evidence.append(f"{model._backward_name} raised on a probe batch ({errs[0]}); labels and mode read "
                              "from its code and signature")
        return
    # in place or not: does one step change the parameters?
    model.mode = None
    n = 1 if model.per_sample else len(x)
    _, result, before, _ = model._invoke(params, x[:n], y[:n], 0.01)
    changed = any(not same(before.get(id(r.get()), r.get()), r.get()) or id(r.get()) not in before
                  for pair in model.slots for r in pair)
    model.mode = "in-place" if changed else "gradients"
    model.stored = changed is False and model.returned(result, len(params)) is None
    if changed and model.returned(result, len(params)) is None and _adaptive_step(model.sm, cls, model._backward_name) \
            and find_grads(model.instance, model.slots, before) is not None:
        # backward keeps its gradients (self.gradients["W1"]) and then steps with Adam: its change is not the rate
        # times the gradient, the gradients it keeps are what a hand-written backprop computes
        model.mode, model.stored, model.adaptive_kept = "gradients", True, True
        model.evidence.append(f"{cls}.{model._backward_name} keeps its gradients and then steps by an adaptive rule "
                              "(Adam, RMSProp: a division by a root mean square): the gradients it keeps are checked, "
                              "not its step")
    if model.mode == "in-place" and model.trains and not model.per_sample and not _one_step_per_call(model, params):
        model.per_sample = True
        model.evidence.append(f"{cls}.{model._backward_name} makes more than one update per call on a batch (its "
                              "change is not one step of the batch's gradient): called on one sample at a time, each "
                              "from the same weights, the batch's gradient the mean of theirs")
    method = f"{cls}.{model._backward_name}"
    if model.mode == "gradients" and not model.per_sample:
        model.summed_by = _caller_divides(model.sm, cls, model._backward_name)
    if model.mode == "in-place" and model.lr_attr:
        model.rate_rescaled = _rate_rescaled_first(model.sm.defs.get(method), model.lr_attr)
    rate_free = model.mode == "in-place" and model.lr_attr is None and not any(
        a.role == "lr" for a in arguments(getattr(model.cls, model._backward_name)) or [])  # nothing gives it a rate
    if rate_free and _unit_rate(model.sm.text(method)):
        model.fixed_rate = 1.0
        model.evidence.append(f"{method} updates by the bare gradient, with no learning rate: read as rate 1")
    elif rate_free and (own := constant_rate(model.sm.defs.get(method), {
            k.split(".", 1)[1]: f for k, f in model.sm.defs.items() if k.startswith(f"{cls}.")})):
        model.fixed_rate = own[1]  # learningRate = 0.001 in the method itself: its step at that rate
        model.evidence.append(f"{method} steps at the rate it writes itself ({own[0]} = {own[1]:g}): read at that rate")


def _adaptive_step(sm: SourceMap, cls: str, bwd: str) -> bool:
    """Whether method ``bwd`` of class ``cls`` (or a method of the class it calls) divides by a square root (``W -=
    lr * m_hat / (np.sqrt(v_hat) + eps)``): an adaptive optimiser's step, when it changes the parameters."""
    from xval.reports.check.family import _called

    fn = sm.defs.get(f"{cls}.{bwd}")
    if not isinstance(fn, ast.FunctionDef):
        return False
    called = {c.func.attr for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
              and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"}
    fns = [fn, *(f for name in sorted(called) if isinstance(f := sm.defs.get(f"{cls}.{name}"), ast.FunctionDef))]
    return any(isinstance(d, ast.BinOp) and isinstance(d.op, ast.Div) and any(
        _called(c) == "sqrt" for c in ast.walk(d.right)) for f in fns for d in ast.walk(f))


def _caller_divides(sm: SourceMap, cls: str, bwd: str) -> str:
    """The method of class ``cls`` that calls ``bwd`` once on a whole batch (not in a loop over its samples) and
    divides by the batch's length before it steps (``del_b, del_w = self.back_propagation(X, Y)``, then ``w -
    (eta / len(mini_batch)) * dw``): then ``bwd`` returns the batch's sum, and that is the file's convention, not a
    missing mean. Its name, or ""."""
    for key, fn in sm.defs.items():
        if not key.startswith(f"{cls}.") or key == f"{cls}.{bwd}" or not isinstance(fn, ast.FunctionDef):
            continue
        calls = [c for c in ast.walk(fn) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                 and c.func.attr == bwd and isinstance(c.func.value, ast.Name) and c.func.value.id == "self"]
        looped = {id(c) for loop in ast.walk(fn) if isinstance(loop, (ast.For, ast.While)) for c in ast.walk(loop)}
        if not calls or any(id(c) in looped for c in calls):
            continue
        if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) and isinstance(n.right, ast.Call)
               and isinstance(n.right.func, ast.Name) and n.right.func.id == "len" for n in ast.walk(fn)):
            return key.split(".", 1)[1]
    return ""


def _rate_rescaled_first(fn: ast.AST | None, attr: str) -> str:
    """The statement of ``fn``'s body that rescales ``self.<attr>`` from itself before any loop
    (``self.rate = self.rate * cooling``, ``self.lr *= decay``): a schedule whose new rate the updates use, or ""."""
    for st in getattr(fn, "body", []):
        if isinstance(st, (ast.For, ast.While, ast.AsyncFor)):
            return ""
        target = st.target if isinstance(st, ast.AugAssign) else st.targets[0] if isinstance(
            st, ast.Assign) and len(st.targets) == 1 else None
        if isinstance(target, ast.Attribute) and target.attr == attr and isinstance(target.value, ast.Name) \
                and target.value.id == "self" and (isinstance(st, ast.AugAssign) or any(
                    isinstance(n, ast.Attribute) and n.attr == attr for n in ast.walk(st.value))):
            return ast.unparse(st)
    return ""


def _scores_before_softmax(cls, sm: SourceMap, fwd: str) -> bool:
    """Whether the forward gives the scores and the class applies the softmax elsewhere (its loss, a
    SoftmaxWithLoss layer it builds): no softmax in the forward's code (nor exp in its own lines: a sigmoid method
    it calls may have one), a softmax in its other methods. Confirmed by its output (:func:`_scores_if_identity`)."""
    others = [n for n in vars(cls) if callable(vars(cls)[n]) and n != fwd and "numerical" not in n]
    def node(n: str) -> ast.AST | None:
        return sm.defs.get(f"{cls.__name__}.{n}")
    return not (names_softmax(node(fwd)) or "exp(" in sm.text(f"{cls.__name__}.{fwd}", 0)) and any(
        names_softmax(node(n)) or _inline_softmax(node(n)) for n in others) or _returns_beside_softmax(node(fwd))


def _returns_beside_softmax(node: ast.AST | None) -> bool:
    """Whether a forward takes a softmax and keeps it (``self.outputs["S"] = self.softmax(out)``) but returns
    something else (``return out``, the scores): no return of it names a softmax or a value assigned one."""
    if node is None or not names_softmax(node):
        return False
    soft = {ast.unparse(t) for n in ast.walk(node) if isinstance(n, ast.Assign) and names_softmax(n.value)
            for t in n.targets}
    returns = [r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
    return bool(returns) and bool(soft) and not any(
        names_softmax(r) or {ast.unparse(n) for n in ast.walk(r)} & soft for r in returns)


def names_softmax(node: ast.AST | None) -> bool:
    """Whether code names a softmax (a name or attribute that says it; not a docstring's word)."""
    return node is not None and any("softmax" in (getattr(n, "id", None) or getattr(n, "attr", None) or "").lower()
                                    for n in ast.walk(node))


def _inline_softmax(node: ast.AST | None) -> bool:
    """Whether a method divides an exponential by a sum (``p = np.exp(s); p /= p.sum(axis=1, keepdims=True)``): a
    softmax written out, not named. A sigmoid's ``1 / (1 + np.exp(-z))`` divides a number by one."""
    from xval.reports.check.family import _called

    if node is None:
        return False
    exps = {t.id for n in ast.walk(node) if isinstance(n, ast.Assign) and _called(n.value) == "exp"
            for t in n.targets if isinstance(t, ast.Name)}

    def summed(e: ast.AST) -> bool:
        return any(_called(c) == "sum" for c in ast.walk(e))

    return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) and summed(n.right) and (
        _called(n.left) == "exp" or isinstance(n.left, ast.Name) and n.left.id in exps)
        or isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Div) and isinstance(n.target, ast.Name)
        and n.target.id in exps and summed(n.value) for n in ast.walk(node))


def _scores_if_identity(model: ClassModel, params, x, out) -> None:
    """A forward with no softmax in a class that has one elsewhere gives the scores when its output ``out`` is the
    last layer's pre-activation (read as the identity of the standard model at these weights): then they are
    compared as the scores, not as probabilities."""
    from xval.reports.check.family import from_output

    read = from_output(x, out, params) if out is not None else None
    model.logits_only = bool(read) and read[1] == "identity"


def _shared_biases(obj) -> str | None:
    """The name of an attribute holding one number per layer (``self.bias.append(np.random.rand() - 0.5)``) beside
    a list of as many 2-d weight arrays: a bias shared by every unit of its layer; else None."""
    held = vars(obj) if hasattr(obj, "__dict__") else {}
    weights = [len(v) for v in held.values() if isinstance(v, list) and v
               and all(isinstance(a, np.ndarray) and a.ndim == 2 for a in v)]
    return next((k for k, v in held.items() if isinstance(v, list) and len(v) in weights and all(
        isinstance(e, (int, float, np.number)) and not isinstance(e, bool) for e in v)), None)


def _activated_scores(zs, acts) -> bool:
    """Whether a forward's last activation is its hidden layers' activation of its last pre-activation
    (``z.append(relu(v[-1]))`` in a loop over every layer): in a class that takes its softmax of the scores elsewhere
    (``softmax(v[-1]) - y``), a value computed and never its output."""
    from xval.reports.check.family import hidden_activation

    if len(zs) < 2 or len(acts) < 3 or any(v is None for v in (zs[-1], zs[-2], acts[-1], acts[-2])):
        return False
    last = hidden_activation(zs[-1], acts[-1])
    return last is not None and last == hidden_activation(zs[-2], acts[-2])


def _gives_outputs(out, params, x) -> bool:
    """Whether what a forward gave on a batch is the output layer's values (floats, one output row per sample; the
    scores when the class applies its softmax elsewhere)."""
    return out is not None and np.shape(out) == (len(x), params[-1][0].shape[1]) and np.asarray(
        out).dtype.kind == "f"


def _one_step_per_call(model: ClassModel, params) -> bool:
    """Whether one call of a training loop on a batch makes one step: its update on the batch is a multiple of
    the sum of its updates on the two halves (a mean or a sum of per-sample gradients, whatever the factor),
    which several updates in a row (after every sample, or mini-batches smaller than the batch) are not. An
    update that is not that sum but scales with the rate as one step does (the same direction at half the rate)
    is one step all the same, of a wrong gradient (a per-sample term assigned where it should accumulate): the
    judge sees that bug on the batch, which one sample per call would hide."""
    x, y = probe_batch(params, 2 * BATCH)
    def update(xs, ys, lr=0.1):
        st = model.step(params, xs, ys, lr)
        return np.concatenate([np.ravel(np.asarray(a, np.float64)) for pair in st.implied for a in pair])
    try:
        full, halves = update(x, y), update(x[:BATCH], y[:BATCH]) + update(x[BATCH:], y[BATCH:])
    except SubmissionError:
        return True  # it runs on the probe batch and not on these: the judge will say so
    if _parallel(full, halves):
        return True
    try:
        return _parallel(full, update(x, y, 0.05))  # several steps in a row: their sum bends with the rate
    except SubmissionError:
        return False


def _parallel(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether ``a`` is a multiple of ``b`` within :data:`LINEARITY` (True when ``b`` is zero or not finite: nothing
    to tell them apart by)."""
    denom = float(b @ b)
    if not np.isfinite(denom) or denom == 0.0:
        return True
    residual = a - float(a @ b) / denom * b
    return float(np.abs(residual).max()) <= LINEARITY * float(np.abs(a).max())


def interface(m: ClassModel) -> str:
    cls = m.cls.__name__
    if m.loss_method:
        name = _as_written(m.loss_method)
        head = f"class {cls} (CS231n style: {name}(X) -> scores, {name}(X, y) -> (loss, grads))" if not \
            m.loss_needs_labels else f"class {cls} (CS231n style: {name}(X, y) -> (loss, grads); no {name}(X) for " \
            "the scores, so the forward is not compared)"
    else:
        head = f"class {cls}: {_as_written(m.fwd_method)}(X)" + (
            " (the scores: the class applies its softmax elsewhere)" if m.logits_only else "") + \
            f", then {_as_written(m._backward_name)}"
    how = ("updates its parameters in place" if m.mode == "in-place" else
           f"returns nothing and keeps what it computes, which {m.applier}(lr) applies: the step read from the "
           "change it makes" if m.applied else
           "stores gradients on the instance" + (" (each dW transposed to its W)" if m.grads_turned else "")
           + (" (then steps by an adaptive rule, Adam or RMSProp: that step is not checked, the gradients it keeps are)"
              if m.adaptive_kept else "")
           if m.stored else "returns gradients")
    depth = (f", {m.depth} layers fixed by its constructor" if m.depth else "") + (
        f" ({'checked at' if m.one_output_default else 'its own'} {'-'.join(map(str, m.own_sizes))})"
        if m.own_sizes else "")
    built = f", constructed with {m.built}" if m.built else ""
    built += f", sizes passed as {m.sizes_arg}" if m.sizes_arg.startswith("*") else ""
    data = f", constructed with probe data as {', '.join(m.data_params)}" if m.data_params else ""
    data += (f", `{m.from_example}` written like the file's own example at the checked sizes" if m.from_example
             else "") + (f", `{m.binary_from_example}` with one output unit {m.binary_why} (binary: "
                         "0/1 labels)" if m.binary_from_example else "")
    data += "".join(f", {k}={v!r} as in that example's call" for k, v in m.example_strings.items())
    data += "".join(f", {k}={why}" for k, why in m.choices.items())
    data += (f", {' and '.join(m.adopted)} written at module level taking `self`, called as its methods"
             if m.adopted else "")
    data += f", {m.argmax_read}" if m.argmax_read else ""
    data += "".join(f", {made[1]}" for made in m._own_init.values() if made)
    data += "".join(f", `{k}` {'an object' if k in m.config_objects else 'a dict'} of settings "
                    f"({', '.join(repr(c) for c in keys)} set for the check)" for k, keys in m.configs.items())
    own = [f"self.{a}" for r, a in m.held.items() if not a.startswith("global ") and r != "m"]
    size = f"self.{m.held['m']}" if not m.held.get("m", "global ").startswith("global ") else ""
    glob = {r: a.split()[1] for r, a in m.held.items() if a.startswith("global ")}
    held = (", the batch set as " + " and ".join(own) + (f", its size as {size}" if size else "") + " before each "
            "call" if own else f", the batch size set as {size} before each call" if size else "")
    held += (", its module globals " + ", ".join(glob.values()) + " set to the " + ", ".join(
        {"x": "batch", "y": "labels", "m": "batch size", "lr": "rate"}[r] for r in glob) + " before each call"
        if glob else "")
    if m.own_call_globals:
        held += (f", the globals {', '.join(f'`{g}`' for g in m.own_call_globals)} its own call of "
                 f"{next(iter(m.own_call_globals.values()))} passes bound to what xval passes there")
    rate = (" (no learning rate: rate 1)" if m.fixed_rate == 1.0
            else f" (at the rate it writes itself, {m.fixed_rate:g})" if m.fixed_rate else "")
    rate += f", self.{m.batch_attr} set to each batch's size" if m.batch_attr else ""
    rate += "".join(f", self.{k} (the count of the data it was built with) set to each batch's" for k in m.count_attrs)
    rate += (f", {first}(output) first ({m._backward_name} reads what it sets)" if (first := m.loss_before_step())
             else "")
    rate += f", self.{m.epochs_attr} set to 1" if m.epochs_attr else ""
    if between := m.set_between():
        lines = ", ".join(f"`{ast.unparse(st)}`" for st in between[1][1:])
        one = len(between[1]) == 2
        fwd, bwd = _as_written(m.fwd_method), _as_written(m._backward_name)
        rate += f", {lines} run first, as its {between[0]} runs {'it' if one else 'them'} between its {fwd} and " \
                f"{bwd} ({bwd} reads what {'it sets' if one else 'they set'})"
    rate += ", the batch passed as a stack of column vectors (batch, features, 1)" if m.column_stack else ""
    rate += (f", read as minus the gradient (the update at line {m.ascent_line} adds it)"
             if m.ascent_line and m.mode == "gradients" else "")
    rate += (", run for one epoch" if m.trains and m.mode == "in-place" else "") + (
        (", on one sample per call, given as a vector (its features alone)" if m.layout.lone else
         ", on one sample per call (it updates after every sample)" if m.trains else
         ", on one sample per call (its forward takes one sample)" if m.sample_forward else
         f", on one sample per call ({m._backward_name} gives one sample's gradients)") if m.per_sample else "")
    rate += (f", {m.fwd_method} too (on a batch it gives other outputs than each sample's: written for one)"
             if m.forward_each else "")
    rate += (f"; {m.step_adaptive[0]}'s update not judged: it keeps an optimizer's state between calls "
             f"(self.{m.step_adaptive[1]}), and xval's oracles take plain SGD steps" if m.step_adaptive else "")
    rate += (f", its learning rate rescaled before it updates (`{m.rate_rescaled}`): judged at the rate it used"
             if m.rate_rescaled else "")
    rate += (f", the batch's sum (its {m.summed_by} divides it by the batch size): compared as the mean"
             if m.summed_by else "")
    rate += f", the learning rate set as self.{m.lr_attr} (nothing else sets it but training)" if getattr(
        m, "lr_set", False) else ""
    rate += "".join(f", `{r}` passed the L2 strength checked (0 when none; --l2 checks one)" for r in sorted(m.reg_off))
    rate += m.upstream_said(arguments(getattr(m.cls, m._backward_name)), m.sm, f"{cls}.{m._backward_name}")
    layout = m.layout.describe()
    if folded(m.slots) or biasless(m.slots) or first_folded(m.slots):  # its biases are rows (columns) of its
        # weights, or it has none (or both):
        layout = re.sub(r", biases \([^)]*\)", "", layout)  # said with where its weights are
    return (f"{head}, parameters in {m.where}{depth}{built}{data}{held}, {layout}; {_as_written(m._backward_name)} "
            f"{how}{rate}")


def _as_written(name: str) -> str:
    """A method's name as its class writes it: ``__forward`` for the ``_Net__forward`` Python holds."""
    plain = _unmangled(name)
    return f"__{plain}" if plain != name else name
