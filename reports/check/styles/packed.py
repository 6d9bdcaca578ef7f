"""Parameters packed into one flat vector that the file's own function unpacks (a common homework template).

Covers::

    def unpack(wab):                      # or unpack(wab, NUM_HIDDEN_LAYERS, NUM_HIDDEN)
        ... return Ws, bs                 # slices of wab reshaped, sized by module-level constants
    def forward_prop(x, y, wab):          # Ws, bs = unpack(wab) inside
        ... return loss, zs, hs, yhat
    def back_prop(x, y, wab):
        ... return np.hstack([dW.flatten() for dW in dJdWs] + [db.flatten() for db in dJdbs])

Everything is read from the file, never guessed from which reading makes a gradient pass: the vector argument is
the one the forward hands to a function of the file whose result it unpacks into weight and bias lists
(``Ws, bs = unpack(wab)``); an argument named like a module-level integer (``NUM_HIDDEN``) is given that integer;
the vector's length comes from the file's own initialiser (a function of no required arguments returning one flat
vector) or, lacking one, from the slices the unpacking takes; where each layer's weight and bias sit, their
shapes and so the layer sizes come from unpacking ``0, 1, 2, ...`` (every position must be read exactly once).
The check then runs at the file's own sizes.
"""

from __future__ import annotations

import ast
import functools
import inspect
from dataclasses import dataclass

import numpy as np

from xval.reports.check.guard import SubmissionError
from xval.reports.check.styles.architecture import chain_sizes
from xval.reports.check.styles.base import Rejected
from xval.reports.check.styles.names import classify, makes_parameters

FALLBACK_LENGTH = 1 << 22
"""The vector unpacked to find its length when the file has no initialiser to say it: 4 M positions (32 MB), more
than any network a course trains on Fashion-MNIST by hand; an unpacking that keeps the rest (``wab[start:]``) is
told apart because it then reads past the layers' end."""


@dataclass
class Packing:
    """Where each layer's weight and bias sit in the flat vector the file passes around."""

    fn: str  # the file's function that unpacks it
    arg: str  # the forward's argument that holds it
    size: int
    W: list  # index arrays, in the shapes the file's unpacking gives (W (out, in) or (in, out))
    b: list
    init: str = ""  # the file's initialiser whose vector gave the length, "" when read from the slices

    @functools.cached_property
    def sizes(self) -> list[int]:
        return chain_sizes([w.shape for w in self.W], in_first=False) or []

    @property
    def wcol(self) -> bool:
        """Whether the file stores a weight as (out, in) (its first matrix is out-by-784)."""
        return self.W[0].shape == (self.sizes[1], self.sizes[0])

    def pack(self, Ws, bs) -> np.ndarray:
        """One vector from the layers' weights (in the file's orientation) and biases (any shape of their size)."""
        if [np.shape(W) for W in Ws] != [idx.shape for idx in self.W]:
            raise SubmissionError(self.fn, f"its packing holds {'-'.join(map(str, self.sizes))} layers only "
                                  f"(sized by the file's constants); asked for {[np.shape(W) for W in Ws]}")
        v = np.zeros(self.size, dtype=np.result_type(*Ws))
        for idx, W in zip(self.W, Ws):
            v[idx] = W
        for idx, b in zip(self.b, bs):
            v[idx] = np.reshape(b, idx.shape)
        return v

    def unpack(self, v) -> tuple[list, list]:
        return [v[idx] for idx in self.W], [v[idx] for idx in self.b]


def find(pair) -> tuple[str, str, list] | None:
    """(unpacking function, vector argument, the call's other arguments) for a forward that unpacks one of its
    arguments with a function of the file into weight and bias lists (``Ws, bs = unpack(wab, L, H)``); else None."""
    node = pair.sm.defs.get(pair.fwd_name)
    ns = pair.loaded.namespace
    candidates = {a.name for a in pair.fargs if a.role in (None, "params")}
    for n in ast.walk(node) if isinstance(node, ast.FunctionDef) else ():
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Tuple)
                and len(n.targets[0].elts) == 2 and all(isinstance(e, ast.Name) for e in n.targets[0].elts)
                and isinstance(n.value, ast.Call) and isinstance(n.value.func, ast.Name) and n.value.args
                and isinstance(n.value.args[0], ast.Name) and n.value.args[0].id in candidates):
            continue
        roles = [(classify(e.id) or ("",))[0] for e in n.targets[0].elts]
        if roles == ["Ws", "bs"] and inspect.isfunction(ns.get(n.value.func.id)):
            return n.value.func.id, n.value.args[0].id, list(n.value.args[1:])
    return None


def own_constant(pair, name: str):
    """The module-level integer an argument is named after (``NUM_HIDDEN``), or None."""
    value = pair.fwd.__globals__.get(name)
    return value if isinstance(value, (int, np.integer)) and not isinstance(value, bool) else None


def read(pair, fn: str, arg: str, extra: list) -> Packing:
    """The packing, from unpacking ``0, 1, 2, ...`` with the file's own function (raises :class:`Rejected`)."""
    values = []
    for e in extra:
        if isinstance(e, ast.Constant) and isinstance(e.value, int):
            values.append(e.value)
        elif isinstance(e, ast.Name) and (v := own_constant(pair, e.id)) is not None:
            values.append(v)  # the forward's NUM_HIDDEN argument, given the module's NUM_HIDDEN
        else:
            what = ast.unparse(e)
            raise Rejected("functions", f"{pair.fwd_name} unpacks `{arg}` with {fn}(..., {what}), and xval cannot "
                           f"tell what `{what}` is (a module-level integer of that name is read)", 2)
    unpacker = pair.loaded.namespace[fn]
    size, init = _init_length(pair)
    try:
        Ws, bs = _unpacked(pair, fn, unpacker, np.arange(float(size or FALLBACK_LENGTH)), values)
    except SubmissionError as exc:
        raise Rejected("functions", f"{fn}, which {pair.fwd_name} unpacks `{arg}` with, did not run on a vector of "
                       f"positions ({exc})", 2) from None
    used = np.concatenate([np.ravel(a) for a in Ws + bs]) if Ws else np.zeros(0)
    if size is None:
        size = int(used.max()) + 1 if used.size else 0
    if used.size != size or not np.array_equal(np.sort(used), np.arange(size)):
        raise Rejected("functions", f"{fn}({arg}) does not read each of the {size} positions of `{arg}` once "
                       "(an unpacking xval cannot map); wrap the file with --adapter FILE (README: Adapters)", 2)
    packing = Packing(fn, arg, size, [np.asarray(w, np.int64) for w in Ws], [np.asarray(b, np.int64) for b in bs],
                      init)
    if any(w.ndim != 2 for w in packing.W) or len(packing.W) != len(packing.b) or not packing.sizes or any(
            b.size != o for b, o in zip(packing.b, packing.sizes[1:])):
        raise Rejected("functions", f"{fn}({arg}) gives weights {[w.shape for w in packing.W]} and biases "
                       f"{[b.shape for b in packing.b]}, which do not chain into layers", 2)
    return packing


def _unpacked(pair, fn, unpacker, vector, values) -> tuple[list, list]:
    got = pair.call(fn, unpacker, vector, *values)
    if not (isinstance(got, (tuple, list)) and len(got) == 2 and all(isinstance(g, (list, tuple)) for g in got)
            and all(isinstance(a, np.ndarray) for g in got for a in g)):
        raise SubmissionError(fn, "returned something other than two lists of arrays (weights, biases)")
    return list(got[0]), list(got[1])


def _init_length(pair) -> tuple[int | None, str]:
    """(the length of the vector the file's own initialiser makes, its name); (None, "") without one."""
    for name, fn in pair.loaded.namespace.items():
        if not inspect.isfunction(fn) or not makes_parameters(name, prefix=True) \
                or fn.__module__ != pair.fwd.__module__:
            continue
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            continue
        args = []
        for p in sig.parameters.values():
            if p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
                continue
            if (v := own_constant(pair, p.name)) is None:
                break
            args.append(v)
        else:
            try:
                made = pair.call(name, fn, *args)
            except SubmissionError:
                continue
            if isinstance(made, np.ndarray) and made.ndim == 1 and made.size > 1:
                return made.size, name
    return None, ""
