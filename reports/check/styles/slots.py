"""Find a model object's parameters and stored gradients: attributes, lists, a dict, or layer objects.

A slot (:class:`Ref`) is a container and a key, so xval can put its own arrays
into the object before a call and read them back after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from xval.reports.check.styles.names import classify, classify_all, squash

GRAD_CONTAINERS = ("grads", "gradients", "grad", "dparams", "derivatives")
OPTIMIZER_STATE = ("m", "v", "s", "mt", "vt", "velocity", "velocities", "momentum", "moments", "cache", "adam",
                   "rms", "sqr", "firstmoment", "secondmoment")
"""Names of a dict an optimizer keeps beside the parameters, keyed like them (Adam's ``self.m["W1"]``, zeros at
first): read as the parameters only when no other dict holds them."""


_sq = squash  # a parameter or attribute name squashed (its words of other languages in English)


@dataclass
class Ref:
    """One parameter slot: a container and a key (attribute name, list index or dict key)."""

    obj: object
    key: object
    kind: str  # "attr" | "item" | "listattr" (key = (attribute, index or key): the list or dict read anew at
    # each access)
    # | "pairattr" (key = (attribute, index, 0 or 1): a list of (W, b) pairs, read anew at each access)

    def get(self):
        if self.kind == "listattr":
            return getattr(self.obj, self.key[0])[self.key[1]]
        if self.kind == "pairattr":
            return getattr(self.obj, self.key[0])[self.key[1]][self.key[2]]
        return getattr(self.obj, self.key) if self.kind == "attr" else self.obj[self.key]

    def set(self, value) -> None:
        try:
            cur = self.get()
        except (AttributeError, KeyError, IndexError, TypeError):
            cur = None
        if isinstance(cur, np.ndarray) and isinstance(value, np.ndarray) and cur.shape == value.shape and \
                cur.dtype == value.dtype and cur.flags.writeable:
            cur[...] = value  # in place: layers built from this very array (Affine(self.params["W1"])) see it
            return
        if self.kind == "attr":
            setattr(self.obj, self.key, value)
        elif self.kind == "pairattr":  # self.layers[i] = (W, b): a tuple rebuilt with the new array
            held, (_, i, j) = getattr(self.obj, self.key[0]), self.key
            pair = list(held[i])
            pair[j] = value
            held[i] = tuple(pair) if isinstance(held[i], tuple) else pair
        elif self.kind == "listattr":
            getattr(self.obj, self.key[0])[self.key[1]] = value
        else:
            self.obj[self.key] = value


class NoBias:
    """The bias slot of a layer that has none: xval's bias is kept here, never reaches the model, and a step
    leaves it as it was (checked as a network without biases; the oracles hold theirs at zero)."""

    kind = "none"

    def __init__(self) -> None:
        self.value = None

    def get(self):
        return self.value

    def set(self, value) -> None:
        self.value = value


class Folded:
    """One part of a layer whose single matrix holds its bias folded in (the bias trick: a ones column joined to
    each layer's input): the weight part or the bias part of the matrix ``ref`` holds, (in + 1, out) or, with
    ``wcol``, (out, in + 1), the bias its ``side`` ("first" or "last") row (column). xval reads and writes its
    (W, b) through the two parts; the submission keeps its one matrix. ``sign`` -1: the input joined is -1, not 1
    (a threshold's convention: ``np.insert(x, 0, -1)``), so the row holds minus the bias."""

    kind = "fold"

    def __init__(self, ref: Ref, part: str, wcol: bool, side: str = "last", sign: int = 1) -> None:
        self.ref, self.part, self.wcol, self.side, self.sign = ref, part, wcol, side, sign
        self._view: tuple | None = None  # (the matrix, this part of it, what get gives): one object while the
        # matrix stays

    def _index(self, n: int):
        at = 0 if self.side == "first" else n - 1
        return (at, slice(1, None) if self.side == "first" else slice(0, n - 1))

    def _views(self, M) -> tuple[np.ndarray, np.ndarray]:
        """(W part, bias row or column) of a folded matrix: views of it, the row as the matrix holds it."""
        M = np.asarray(M)
        if self.wcol:
            at, rest = self._index(M.shape[1])
            return M[:, rest], M[:, at:at + 1]
        at, rest = self._index(M.shape[0])
        return M[rest], M[at:at + 1]

    def split(self, M) -> tuple[np.ndarray, np.ndarray]:
        """(W part, bias part) of a folded matrix (the parameter, or its gradient), in the file's orientation."""
        w, b = self._views(M)
        return w, (b if self.sign == 1 else -b)

    def get(self):
        M = self.ref.get()
        if self._view is not None and self._view[0] is M:  # callers compare parameters by id
            if self._view[2] is not self._view[1]:  # minus the row: kept as one array, refreshed from the row
                np.negative(self._view[1], out=self._view[2])
            return self._view[2]
        w, b = self._views(M)
        part = w if self.part == "W" else b
        self._view = (M, part, part if self.sign == 1 or self.part == "W" else -part)
        return self._view[2]

    def set(self, value) -> None:
        value = np.asarray(value)
        try:
            M = self.ref.get()
        except (AttributeError, KeyError, IndexError, TypeError):
            M = None
        if self.part == "W":
            shape = (value.shape[0], value.shape[1] + 1) if self.wcol else (value.shape[0] + 1, value.shape[1])
            if not (isinstance(M, np.ndarray) and M.shape == shape and M.dtype == value.dtype and M.flags.writeable):
                M = np.zeros(shape, dtype=value.dtype)
                self.ref.set(M)
                M = self.ref.get()
        if not isinstance(M, np.ndarray):
            return
        n = M.shape[1] if self.wcol else M.shape[0]
        at, rest = self._index(n)
        if self.part == "W":
            if self.wcol:
                M[:, rest] = value
            else:
                M[rest] = value
        elif self.wcol:
            M[:, at] = self.sign * value.reshape(-1)
        else:
            M[at] = self.sign * value.reshape(-1)


def folded(slots) -> bool:
    return bool(slots) and all(isinstance(w, Folded) for w, _ in slots)


def biasless(slots) -> bool:
    return bool(slots) and all(isinstance(b, NoBias) for _, b in slots)


def first_folded(slots) -> bool:
    """Only the first layer's bias, folded into its weight, the later layers without one (the bias trick applied
    to the input alone: W1 (in + 1, h + 1), W2 (h + 1, out), each hidden layer a unit wider than it is told)."""
    return len(slots) >= 2 and isinstance(slots[0][0], Folded) and biasless(slots[1:])


def _empty(v) -> bool:
    """An attribute that holds nothing (``self.bias = []`` that the file never fills, or a switched-off bias:
    ``self.bias = use_bias`` with ``use_bias=False``, ``self.bias = 0``)."""
    return v is None or isinstance(v, (list, tuple, dict)) and not v or type(v) in (bool, int, float) and not v


def _unmangled(name: str) -> str:
    """An attribute's name as the class writes it: ``_Net__W1`` (``self.__W1`` inside class Net) is ``W1``."""
    m = re.fullmatch(r"_[A-Za-z0-9]\w*?__(\w+)", name)
    return m.group(1) if m and not name.endswith("__") else name


def _array_attrs(obj) -> dict:
    try:
        return {k: v for k, v in vars(obj).items()}
    except TypeError:
        return {}


def find_slots(obj, prefix: str = "") -> tuple[list[tuple[Ref, Ref]], str] | None:
    """The (W, b) slots of an object, input layer first, and where they were found; None if none."""
    attrs = _array_attrs(obj)
    per = {}
    plain = {k: _unmangled(k) for k in attrs}  # self.__W1 is held as _NeuralNetwork__W1
    # read together: bias_output after bias_hidden1, bias_hidden2 is layer 3
    roles = classify_all({plain[k]: v for k, v in attrs.items()})
    for k, v in attrs.items():
        c = roles[plain[k]]
        # a bias may start as the number 0 (self.__b2 = 0, an output layer of one unit): an update makes it an array
        if c and c[0] in ("W", "b") and c[1] is not None and (
                isinstance(v, np.ndarray) and (v.size or c[0] == "b") or c[0] == "b" and type(v) in (int, float)
                and v == 0):  # (not an empty stack of matrices: self.weight_hidden, none between one hidden
            # layer's input and output weights, named like the first)
            per[(c[0], c[1])] = Ref(obj, k, "attr")
    idx = sorted({i for r, i in per if r == "W"})
    if idx and all(("b", i) in per for i in idx):
        return [(per[("W", i)], per[("b", i)]) for i in idx], f"attributes {prefix}{per[('W', idx[0])].key} .."
    lists = {_list_role(k, v): k for k, v in attrs.items() if _list_role(k, v) and placeholders(v) is not None}
    if "Ws" in lists and "bs" in lists and len(attrs[lists["Ws"]]) == len(attrs[lists["bs"]]) \
            and (lead := placeholders(attrs[lists["Ws"]])) == placeholders(attrs[lists["bs"]]):
        # by attribute and index: `self.weights = [w - eta * nw ...]` rebinds the list, and is an update
        return ([(Ref(obj, (lists["Ws"], i), "listattr"), Ref(obj, (lists["bs"], i), "listattr"))
                 for i in range(lead, len(attrs[lists["Ws"]]))],
                f"lists {prefix}{lists['Ws']}, {prefix}{lists['bs']}"
                + (f" from index {lead} (placeholders first)" if lead else ""))
    lists = {role: k for role, k in lists.items() if not placeholders(attrs[k])}
    if "bs" in lists and "Ws" not in lists:  # self.layers = [W1, W2], self.biases = [b1, b2]: weights by shape
        bs = attrs[lists["bs"]]
        named = [k for k, v in attrs.items() if k != lists["bs"] and isinstance(v, list) and len(v) == len(bs)
                 and all(isinstance(a, np.ndarray) and a.ndim == 2 for a in v) and _chained(v)]
        if len(named) == 1:
            return ([(Ref(obj, (named[0], i), "listattr"), Ref(obj, (lists["bs"], i), "listattr"))
                     for i in range(len(bs))], f"lists {prefix}{named[0]}, {prefix}{lists['bs']}")
    numbered = {classify(k)[0]: k for k, v in attrs.items() if classify(k) and classify(k)[0] in ("Ws", "bs")
                and isinstance(v, dict) and v and all(isinstance(i, int) and not isinstance(i, bool) for i in v)
                and all(isinstance(a, np.ndarray) for a in v.values())}
    if "Ws" in numbered and "bs" in numbered and sorted(attrs[numbered["Ws"]]) == sorted(attrs[numbered["bs"]]):
        ws, bs = attrs[numbered["Ws"]], attrs[numbered["bs"]]  # self.weights[1], self.biases[1]: dicts by layer
        return ([(Ref(obj, (numbered["Ws"], i), "listattr"), Ref(obj, (numbered["bs"], i), "listattr"))
                 for i in sorted(ws)],
                f"dicts {prefix}{numbered['Ws']}, {prefix}{numbered['bs']} by layer number")
    # no bias anywhere (no attribute, list or dict key named like one): weights1, weights2 alone
    no_bias = not any((classify(k) or ("",))[0] in ("b", "bs") and not _empty(v) or isinstance(v, dict) and any(
        (classify(key) or ("",))[0] in ("b", "bs") for key in v) for k, v in attrs.items())
    # a matrix named by letters between them (wih, whh, who: whh has no number) is a layer: read by letters below
    lettered = any(classify(k) is None and _letter_matrix(k, v) for k, v in attrs.items())
    if no_bias and not lettered and len(idx) >= 2 and idx == list(range(idx[0], idx[0] + len(idx))) and _chained(
            [per[("W", i)].get() for i in idx]):
        return ([(per[("W", i)], NoBias()) for i in idx],
                f"attributes {prefix}{per[('W', idx[0])].key} .. (no biases)")
    if no_bias and "Ws" in lists and _chained(attrs[lists["Ws"]]):
        return ([(Ref(obj, (lists["Ws"], i), "listattr"), NoBias()) for i in range(len(attrs[lists["Ws"]]))],
                f"the list {prefix}{lists['Ws']} (no biases)")
    # each weight one row (column) more than its inputs: the biases folded in, the bias trick
    if no_bias and len(idx) >= 2 and idx == list(range(idx[0], idx[0] + len(idx))) and (
            wcol := _chained_folded([per[("W", i)].get() for i in idx])) is not None:
        return (_folded_pairs([per[("W", i)] for i in idx], wcol),
                f"attributes {prefix}{per[('W', idx[0])].key} .. (biases folded in)")
    if no_bias and "Ws" in lists and (wcol := _chained_folded(attrs[lists["Ws"]])) is not None:
        refs = [Ref(obj, (lists["Ws"], i), "listattr") for i in range(len(attrs[lists["Ws"]]))]
        return _folded_pairs(refs, wcol), \
            f"the list {prefix}{lists['Ws']} (biases folded in)"
    for k, v in sorted(attrs.items(), key=lambda kv: _sq(kv[0]) in OPTIMIZER_STATE):  # Adam's m, v last
        if isinstance(v, dict) and _sq(k) not in GRAD_CONTAINERS:
            keys = {classify(key): key for key in v if isinstance(v.get(key), np.ndarray) and classify(key)}
            widx = sorted(c[1] for c in keys if c[0] == "W" and c[1] is not None)
            if widx and all(("b", i) in keys for i in widx):
                # by attribute and key: `self.parameters = {"W1": W1 - lr * dW1, ...}` rebinds the dict
                return ([(Ref(obj, (k, keys[("W", i)]), "listattr"), Ref(obj, (k, keys[("b", i)]), "listattr"))
                         for i in widx],
                        f"the dict {prefix}{k}")
            if no_bias and len(widx) >= 2 and widx == list(range(widx[0], widx[0] + len(widx))) and _chained(
                    [v[keys[("W", i)]] for i in widx]):  # params = {"W1": ..., "W2": ...}: no biases anywhere
                return ([(Ref(obj, (k, keys[("W", i)]), "listattr"), NoBias()) for i in widx],
                        f"the dict {prefix}{k} (no biases)")
    keyed = {}  # two dicts, one of weights and one of biases: self.weights["W1"], self.biases["b1"]
    for k, v in attrs.items():
        if isinstance(v, dict) and _sq(k) not in GRAD_CONTAINERS:
            for key in v:
                c = classify(key)
                if c and c[0] in ("W", "b") and c[1] is not None and isinstance(v[key], np.ndarray):
                    keyed.setdefault(c, (k, key))
    _align_biases(keyed, "W", "b")
    widx = sorted(i for r, i in keyed if r == "W")
    if widx and all(("b", i) in keyed for i in widx) and len({keyed[("W", i)][0] for i in widx}) == 1:
        (wd, _), (bd, _) = keyed[("W", widx[0])], keyed[("b", widx[0])]
        return ([(Ref(obj, (wd, keyed[("W", i)][1]), "listattr"), Ref(obj, (bd, keyed[("b", i)][1]), "listattr"))
                 for i in widx], f"the dicts {prefix}{wd}, {prefix}{bd}")
    for k, v in attrs.items():  # a parameters object (a dataclass or namespace): self.params.W1 ..
        if not prefix and _is_record(v) and _sq(k) not in GRAD_CONTAINERS:
            inner = find_slots(v, f"{prefix}{k}.")
            if inner is not None and all(isinstance(r, Ref) and r.kind == "attr" for pair in inner[0] for r in pair):
                return inner
    for k, v in attrs.items():  # self.layers = [(W1, b1), (W2, b2)]: a (weight, bias) pair per layer
        pairs = _weight_pairs(v)
        if pairs is not None:
            return ([(Ref(obj, (k, i, 0), "pairattr"), Ref(obj, (k, i, 1), "pairattr")) for i in pairs],
                    f"(weight, bias) pairs in {prefix}{k}")
    for k, v in attrs.items():
        if isinstance(v, (list, tuple)) and v and not isinstance(v[0], np.ndarray):
            slots = []
            dicts = all(isinstance(layer, dict) for layer in v)  # [{"W": W1, "b": b1}, ...]: a dict per layer
            for layer in v:
                la = layer if dicts else _array_attrs(layer)
                w = next((n for n in la if isinstance(n, str) and _sq(n) in ("w", "weights", "weight", "kernel")
                          and isinstance(la[n], np.ndarray)), None)
                b = next((n for n in la if isinstance(n, str) and _sq(n) in ("b", "bias", "biases")
                          and isinstance(la[n], np.ndarray)), None)
                if w and b:
                    slots.append((Ref(layer, w, "item"), Ref(layer, b, "item")) if dicts else
                                 (Ref(layer, w, "attr"), Ref(layer, b, "attr")))
            if slots:
                return slots, f"{'a dict per layer' if dicts else 'layer objects'} in {prefix}{k}"
            # layer objects holding one matrix each, the bias folded in (LAYER(n_in, n_out) with weight (n_in + 1,
            # n_out)), in a list
            names = [_layer_weight(layer) for layer in v]
            if len(v) >= 2 and all(names) and (
                    wcol := _chained_folded([getattr(layer, w) for layer, w in zip(v, names)])) is not None:
                refs = [Ref(layer, w, "attr") for layer, w in zip(v, names)]
                return (_folded_pairs(refs, wcol),
                        f"layer objects in {prefix}{k} (biases folded in)")
            # ... or holding one matrix each that chain as they are: layers with no bias (Layer(n_in, n_out) keeping
            # weights (n_in, n_out) and nothing named as a bias)
            if len(v) >= 2 and all(names) and _chained([getattr(layer, w) for layer, w in zip(v, names)]):
                return ([(Ref(layer, w, "attr"), NoBias()) for layer, w in zip(v, names)],
                        f"layer objects in {prefix}{k} (no biases)")
    # layer objects held one per attribute (self.layer1 = Layer(784, 128), self.layer2 = Layer(128, 10)), in the
    # order the constructor made them, when their weights chain
    held = [(k, _layer_arrays(v)) for k, v in attrs.items() if not prefix and _layer_arrays(v)]
    if len(held) >= 2 and _chained([getattr(attrs[k], w) for k, (w, _) in held]):
        return ([(Ref(attrs[k], w, "attr"), Ref(attrs[k], b, "attr")) for k, (w, b) in held],
                f"layer objects {', '.join(prefix + k for k, _ in held)}")
    # ... or holding one matrix each, the bias folded in (Linear(n_in, n_out) with w (n_out, n_in + 1))
    alone = [(k, w) for k, v in attrs.items() if not prefix and (w := _layer_weight(v))]
    if len(alone) >= 2 and (wcol := _chained_folded([getattr(attrs[k], w) for k, w in alone])) is not None:
        refs = [Ref(attrs[k], w, "attr") for k, w in alone]
        return (_folded_pairs(refs, wcol),
                f"layer objects {', '.join(prefix + k for k, _ in alone)} (biases folded in)")
    return _by_letters(obj, attrs, prefix)


def _folded_pairs(refs: list, wcol: bool) -> list[tuple[Folded, Folded]]:
    """The (W, b) slots of matrices that each hold their layer's bias folded in."""
    return [(Folded(r, "W", wcol), Folded(r, "b", wcol)) for r in refs]


def placeholders(v) -> int | None:
    """For a list of arrays, 0; for one whose layers follow placeholders a file puts first so that layer 1 is at
    index 1 (``self.weights = [1]`` then appended, ``[None, W1, W2]``, a 0-d array, an empty ``np.array([])``),
    how many; None otherwise."""
    if not isinstance(v, list) or not v:
        return None

    def held(a) -> bool:
        return isinstance(a, np.ndarray) and a.ndim > 0 and a.size > 0

    def filler(a) -> bool:  # None, 0, [0.0], a 0-d or empty array
        return a is None or type(a) in (int, float) or isinstance(a, np.ndarray) and (a.ndim == 0 or a.size == 0) \
            or type(a) in (list, tuple) and len(a) <= 1 and all(type(e) in (int, float) for e in a)

    first = next((i for i, a in enumerate(v) if held(a)), len(v))
    if first == len(v) or not all(held(a) for a in v[first:]) or not all(filler(a) for a in v[:first]):
        return None
    return first


def _weight_pairs(v) -> list[int] | None:
    """The indices of a list of (W, b) pairs that hold the layers (after placeholders of 0-d arrays a file puts
    first so that layer 1 is at index 1), when the weights chain and each bias has its weight's output size;
    else None."""
    if not isinstance(v, list) or len(v) < 2 or not all(
            isinstance(p, (tuple, list)) and len(p) == 2 and all(isinstance(a, np.ndarray) for a in p) for p in v):
        return None
    first = next((i for i, p in enumerate(v) if p[0].ndim), len(v))
    layers = v[first:]
    if len(layers) < 2 or not all(w.ndim == 2 and np.size(b) in w.shape for w, b in layers) \
            or not _chained([w for w, _ in layers]) or any(w.ndim or b.ndim for w, b in v[:first]):
        return None
    return list(range(first, len(v)))


def _layer_names(layer) -> tuple[str | None, str | None, bool] | None:
    """(its weight matrix's attribute, its bias array's, whether any attribute is named as a bias) for a layer
    object (``weights`` and ``biases``, ``W`` and ``b``); None for what is no object."""
    if isinstance(layer, (np.ndarray, list, tuple, dict, str, int, float)) or not hasattr(layer, "__dict__"):
        return None
    la = _array_attrs(layer)
    w = next((n for n in la if _sq(n) in ("w", "weights", "weight", "kernel") and isinstance(la[n], np.ndarray)
              and la[n].ndim == 2), None)
    biases = [n for n in la if _sq(n) in ("b", "bias", "biases")]
    return w, next((n for n in biases if isinstance(la[n], np.ndarray)), None), bool(biases)


def _layer_arrays(layer) -> tuple[str, str] | None:
    """(weight, bias) attribute names of a layer object (``weights`` and ``biases``, ``W`` and ``b``), else None."""
    named = _layer_names(layer)
    return (named[0], named[1]) if named and named[0] and named[1] else None


def _layer_weight(layer) -> str | None:
    """The weight attribute of a layer object that holds a weight matrix and no bias (by name), else None."""
    named = _layer_names(layer)
    return named[0] if named and not named[2] else None


_LETTERED_READ: dict = {}
"""class -> (weight names, bias names) as :func:`_by_letters` last read them from an instance's shapes."""
_LETTERED_W = re.compile(r"(?:w|v|u|weight|weights|theta)[a-z]{0,2}")
_LETTERED_B = re.compile(r"(?:b|bias|biases|theta0)[a-z]{0,2}")


def _letter_matrix(name: str, value) -> bool:
    """Whether ``value`` is a float matrix named by the textbook's index letters (``wih``, ``Vjk``, ``weights_ho``)."""
    return isinstance(value, np.ndarray) and value.ndim == 2 and value.dtype.kind == "f" and bool(
        _LETTERED_W.fullmatch(_sq(name)))


def _by_letters(obj, attrs: dict, prefix: str):
    """Weights and biases named by the textbook's index letters (``Wij``, ``Vjk``, ``bias_j``, ``bias_k``): the
    matrices whose shapes chain in exactly one order, each layer's bias the one array of its output width (or,
    where the shapes allow several, the order an instance of the same class gave before); None unless that
    reading is the only one."""
    import itertools

    if not prefix:  # matrices the class itself holds (``class MLP: w = np.random.randn(2, 100)``) count too
        attrs = {**class_values(obj), **attrs}
    ws = {k: v for k, v in attrs.items() if _letter_matrix(k, v) and (classify(k) or ("W",))[0] in ("W", "Ws")}
    bs = {k: v for k, v in attrs.items() if isinstance(v, np.ndarray) and v.dtype.kind == "f" and v.ndim in (1, 2)
          and 1 in (v.shape if v.ndim == 2 else (1,)) and (classify(k) or ("b",))[0] == "b"
          and _LETTERED_B.fullmatch(_sq(k)) and k not in ws}
    if not 2 <= len(ws) <= 4 or bs and len(bs) != len(ws):
        return None
    readings = []
    for order in itertools.permutations(ws):
        shapes = [ws[k].shape for k in order]
        for i, o in ((0, 1), (1, 0)):
            if bs and _links(shapes, i, o):
                widths = [sh[o] for sh in shapes]
                biases = [[k for k, v in bs.items() if v.size == wd] for wd in widths]
                if all(len(c) == 1 for c in biases) and len({c[0] for c in biases}) == len(biases):
                    readings.append((order, [c[0] for c in biases]))
            elif not bs:  # no bias anywhere: plain (wih, whh, who), or folded in (W_ij, W_jk one row more)
                for extra, kind in ((0, None), (1, o == 0)):
                    if _links(shapes, i, o, extra):
                        readings.append((order, kind))
    if not bs and len(readings) > 1:
        # with no biases to tell them apart, every chain also reads backwards: the order the code made them in
        readings = [r for r in readings if r[0] == tuple(ws)]
    if len(readings) == 1:
        _LETTERED_READ[type(obj)] = readings[0]
    elif set(_LETTERED_READ.get(type(obj), ((), ()))[0]) == set(ws):
        readings = [_LETTERED_READ[type(obj)]]  # square layers: the order an earlier instance's shapes gave
    else:
        return None
    order, biases = readings[0]
    names = f"attributes {prefix}{', '.join(order)} (by their shapes"
    if biases is None:
        return [(Ref(obj, w, "attr"), NoBias()) for w in order], f"{names}; no biases)"
    if isinstance(biases, bool):
        refs = [Ref(obj, w, "attr") for w in order]
        return [(Folded(r, "W", biases), Folded(r, "b", biases)) for r in refs], f"{names}; biases folded in)"
    return ([(Ref(obj, w, "attr"), Ref(obj, b, "attr")) for w, b in zip(order, biases)], f"{names})")


def class_values(obj) -> dict:
    """Numbers and float arrays a class holds as class attributes (``eta = 0.01``, ``w = np.random.randn(2, 100)``
    in its body), which instances read until they assign their own."""
    if isinstance(obj, type) or not hasattr(obj, "__dict__"):
        return {}
    return {k: v for c in reversed(type(obj).__mro__[:-1]) for k, v in vars(c).items() if not k.startswith("__")
            and (isinstance(v, np.ndarray) and v.dtype.kind == "f" or type(v) in (int, float))}


def _is_record(value) -> bool:
    """An object that only holds values (a dataclass instance, a SimpleNamespace): not a layer, list or array."""
    return hasattr(value, "__dict__") and not callable(value) and not isinstance(value, type) and (
        hasattr(type(value), "__dataclass_fields__") or type(value).__name__ == "SimpleNamespace")


def _list_role(name: str, value) -> str | None:
    """"Ws" or "bs" for an attribute holding every layer's weights or biases: named as a list (``weights``,
    ``biases``), or a list of two or more under a singular name (``self.weight = [w1, w2]``); else None."""
    c = classify(_unmangled(name))  # self.__weights, held as _Net__weights
    if c and c[0] in ("Ws", "bs"):
        return c[0]
    if isinstance(value, list) and len(value) >= 2 and _sq(_unmangled(name)) in ("weight", "bias"):
        return "Ws" if _sq(_unmangled(name)) == "weight" else "bs"
    return None


def _links(shapes, i: int, o: int, extra: int = 0) -> bool:
    """Whether each 2-d shape's output axis ``o``, plus ``extra`` (a bias row or column folded in), is the next
    one's input axis ``i``."""
    return all(a[o] + extra == b[i] for a, b in zip(shapes, shapes[1:]))


def _chained(Ws) -> bool:
    """2-d matrices whose shapes chain (each one's output is the next one's input, in one orientation)."""
    shapes = [np.shape(w) for w in Ws]
    if not shapes or any(len(s) != 2 for s in shapes):
        return False
    return any(_links(shapes, i, o) for i, o in ((0, 1), (1, 0)))


def _chained_folded(Ws) -> bool | None:
    """For 2-d matrices each one row more than the last one's outputs ((785, 48), (49, 10): biases folded in), False;
    each one column more ((48, 785), (10, 49)), True; None when they do not chain so."""
    shapes = [np.shape(w) for w in Ws]
    if len(shapes) < 2 or any(len(s) != 2 for s in shapes):
        return None
    if _links(shapes, 0, 1, 1):
        return False
    if _links(shapes, 1, 0, 1):
        return True
    return None


def _align_biases(per: dict, w: str, b: str) -> None:
    """Renumber in place the biases of ``per`` ((role, layer number) -> value) when they are numbered one past
    the weights, layer by layer (weights ``w_0, w_1``, biases ``b_1, b_2``: the file counts its weights from the
    input layer and its biases from the first layer they belong to)."""
    widx = sorted(i for r, i in per if r == w)
    if widx and widx == list(range(widx[0], widx[0] + len(widx))) and \
            sorted(i for r, i in per if r == b) == [i + 1 for i in widx]:
        per.update({(b, i): per.pop((b, i + 1)) for i in widx})


def find_grads(obj, slots, before: dict) -> list | None:
    """Gradients the object stored (``self.dW1``, ``self.grads['W1']``, ``layer.dW``), changed by the call."""
    attrs = _array_attrs(obj)
    per = {}
    for k, v in attrs.items():
        c = classify(k)
        if c and c[0] in ("dW", "db") and c[1] is not None:
            per[(c[0], c[1])] = v
        if isinstance(v, dict) and _sq(k) in GRAD_CONTAINERS:
            for key, g in v.items():
                kc = classify(key)
                if kc and kc[0] in ("dW", "db", "W", "b") and kc[1] is not None:
                    per[("d" + kc[0].lstrip("d"), kc[1])] = g
        if c and c[0] in ("dWs", "dbs") and isinstance(v, list):
            for i, g in enumerate(v):
                per[(c[0][:-1], i + 1000)] = g
        if c and c[0] in ("dWs", "dbs") and isinstance(v, dict) and v and all(
                isinstance(i, int) and not isinstance(i, bool) for i in v):  # self.dW[1]: a dict by layer number
            for i, g in v.items():
                per[(c[0][:-1], i + 2000)] = g
    _align_biases(per, "dW", "db")
    idx = sorted({i for r, i in per if r == "dW"})
    if idx and all(("db", i) in per for i in idx) and len(idx) == len(slots):
        return [(per[("dW", i)], per[("db", i)]) for i in idx]
    if not per and (matched := _lists_by_shape(attrs, slots)) is not None:
        return matched
    alone = _weight_gradient_alone(slots)
    if idx and len(idx) == len(slots) and alone:  # self.grad0, self.grad1: each folded matrix's gradient;
        return [alone(W, b, per[("dW", i)]) for i, (W, b) in zip(idx, slots)]  # self.w1_grads alone: no biases
    out = []
    for W, b in slots:
        ref = W.ref if W.kind == "fold" else W  # Linear.w holding its bias as a column: the layer object holds both
        if ref.kind != "attr":
            return None
        la = _array_attrs(ref.obj)
        dw = next((la[n] for n in la if _sq(n) in WEIGHT_GRADS), None)
        if dw is None and (sharer := _sharer(ref)) is not None:  # self.alpha, which self.linear1 = Linear(self.alpha)
            la = _array_attrs(sharer)  # holds too: the gradient that layer stores (self.linear1.dW)
            dw = next((la[n] for n in la if _sq(n) in WEIGHT_GRADS), None)
        db = next((la[n] for n in la if _sq(n) in ("db", "gradb", "bgrad", "dbias", "gradbias", "dbiases")), None)
        if dw is not None and db is None and alone:  # Linear.dw of a weight whose column 0 is the bias, or of a
            out.append(alone(W, b, dw))  # layer with no bias
        elif dw is None or db is None:
            return None
        else:
            out.append((dw, db))
    return out


_LIST_ORDER: dict[tuple, bool] = {}
"""(class, weight-gradient list, bias-gradient list) -> whether :func:`_lists_by_shape` found them in reverse
layer order: read where every weight's shape is distinct, used where some are not (square layers)."""


def _lists_by_shape(attrs: dict, slots) -> list | None:
    """Every layer's (dW, db) from two list attributes of names xval cannot read (``self.delta_w``,
    ``self.delta_b``), each holding one array per layer, in layer order or the reverse (its backward appends from
    the output layer back): the order read by shape where every weight's shape is distinct (a check's probe widths
    are), each list then holding exactly one array of each of its layers' shapes; where some shapes repeat, the
    order read so before for the same class and lists. No array may be a parameter itself."""
    try:
        held = [(W.get(), b.get()) for W, b in slots]
    except (AttributeError, KeyError, IndexError, TypeError):
        return None
    own = {id(a) for pair in held for a in pair}
    shapes = [[np.shape(p[r]) for p in held] for r in (0, 1)]
    lists = {k: v for k, v in attrs.items() if isinstance(v, list) and len(v) == len(held) and v
             and all(isinstance(g, np.ndarray) for g in v) and not any(id(g) in own for g in v)}
    found: list = [None, None]
    for k, v in lists.items():
        for r in (0, 1):
            for rev in (False, True):
                if [np.shape(g) for g in (v[::-1] if rev else v)] == shapes[r]:
                    found[r] = found[r] or []
                    found[r].append((k, rev))
    if not (found[0] and found[1]):
        return None
    cls = type(getattr(slots[0][0], "obj", None))
    if len(found[0]) == 1 and len(found[1]) == 1 and found[0][0][1] == found[1][0][1]:  # one reading: the order
        (wk, rev), (bk, _) = found[0][0], found[1][0]
        _LIST_ORDER[(cls, wk, bk)] = rev
    else:  # shapes repeat: the order read before for the same lists
        known = [(k, r) for k, r in _LIST_ORDER.items() if k[0] is cls and (k[1], r) in found[0]
                 and (k[2], r) in found[1]]
        if len(known) != 1:
            return None
        (_, wk, bk), rev = known[0]
    w, b = (lists[wk][::-1], lists[bk][::-1]) if rev else (lists[wk], lists[bk])
    return list(zip(w, b))


WEIGHT_GRADS = ("dw", "gradw", "wgrad", "dweights", "gradweights", "dweight")
"""A layer object's attribute names for its weight's gradient (``self.dW``, ``self.grad_W``)."""


def _sharer(ref: Ref):
    """The object an attribute of ``ref``'s object holds that keeps the very array ``ref`` reads (a layer built
    from it: ``self.linear1 = Linear(self.alpha)``), when exactly one does; else None."""
    try:
        held = ref.get()
    except (AttributeError, KeyError, IndexError, TypeError):
        return None
    found = [v for v in getattr(ref.obj, "__dict__", {}).values() if v is not held and any(
        a is held for a in getattr(v, "__dict__", {}).values())]
    return found[0] if len(found) == 1 else None


def _weight_gradient_alone(slots):
    """How a layer's (dW, db) is read from its weight's gradient alone, when that is all the model stores: split
    where the bias is folded into the weight, a zero bias gradient where the layer has no bias (each layer one or
    the other); else None."""
    if slots and all(isinstance(w, Folded) or isinstance(b, NoBias) for w, b in slots):  # each layer either way
        return lambda W, b, dw: W.split(dw) if isinstance(W, Folded) else (
            dw, np.zeros_like(np.asarray(b.get(), dtype=float)))
    return None
