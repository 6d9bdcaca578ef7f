"""``--adapter FILE``: a small file of the user's that translates any interface into xval's.

The adapter file defines (``sub`` is the submission's namespace: ``sub.forward``,
``sub.W1``, ``sub.NeuralNetwork``; assigning ``sub.W1 = ...`` sets a module global)::

    def forward(sub, params, x):
        # params: [(W (fan_in, fan_out), b (1, fan_out)), ...] copies; x: (batch, features)
        return probs                  # (batch, classes); or (zs, activations) lists as the notebook does

    def gradients(sub, params, x, y):  # y: integer labels (batch,)
        return [(dW, db), ...]        # in params' layout
    # or, for code that updates in place:
    def step(sub, params, x, y, lr):
        return [(W, b), ...]          # the parameters after one SGD step

Only its imports and definitions run, as for a submission; every call goes
through the same guard. xval takes the adapter's word for the translation, and
the result's "read as" line says an adapter was used.
"""

from __future__ import annotations

import numpy as np

from xval.impl.errors import InputError
from xval.reports.check.guard import SubmissionError
from xval.reports.check.loading import load_submission
from xval.reports.check.styles.base import NoGiven, StyleModel, finish_step
from xval.reports.check.styles.layout import Layout

PREFIX = "adapter:"


class _Namespace:
    """The submission's namespace as attributes (reads and writes go to the namespace itself)."""

    def __init__(self, ns: dict) -> None:
        object.__setattr__(self, "_ns", ns)

    def __getattr__(self, name):
        try:
            return self._ns[name]
        except KeyError:
            raise AttributeError(f"the submission defines no `{name}`") from None

    def __setattr__(self, name, value) -> None:
        self._ns[name] = value


class AdapterModel(StyleModel):
    style = "adapter"

    def __init__(self, loaded, adapter_path: str) -> None:
        super().__init__()
        self.path = adapter_path
        ad = load_submission(adapter_path)
        self.sub = _Namespace(loaded.namespace)
        self.fwd = ad.function("forward")
        self.grads, self.sgd = ad.function("gradients"), ad.function("step")
        if self.fwd is None or (self.grads is None and self.sgd is None):
            raise InputError(f"{adapter_path}: an adapter defines forward(sub, params, x) and gradients(sub, "
                             "params, x, y) or step(sub, params, x, y, lr); see `xval check --help`")
        self.mode = "gradients" if self.grads is not None else "in-place"
        self.fwd_name, self._backward_name = "adapter forward", "adapter gradients" if self.grads else "adapter step"
        self.layout = Layout()

    def _copy(self, params):
        return [(W.copy(), b.copy()) for W, b in params]

    def forward(self, params, x):
        raw = self.call(self.fwd_name, self.fwd, self.sub, self._copy(params), x.copy())
        L = len(params)
        if isinstance(raw, (tuple, list)) and len(raw) == 2 and all(isinstance(r, (list, tuple)) for r in raw):
            zs = [self.layout.out(z, len(x), f"z{k + 1}", self.fwd_name) for k, z in enumerate(raw[0])]
            acts = list(raw[1])[-L:]
            acts = [self.layout.out(a, len(x), f"a{k + 1}", self.fwd_name) for k, a in enumerate(acts)]
            if len(zs) != L or len(acts) != L:
                raise SubmissionError(self.fwd_name, f"expected {L} zs and activations, found {len(zs)}, {len(acts)}")
        else:
            zs, acts = [None] * L, [None] * (L - 1) + [self.layout.out(raw, len(x), "probs", self.fwd_name)]
        return zs, [x, *acts], []

    def step(self, params, x, y, lr, given=None):
        if given is not None:
            raise NoGiven(self._backward_name)
        zs, acts, _ = self.forward(params, x)
        name = self._backward_name
        if self.grads is not None:
            res = self.call(name, self.grads, self.sub, self._copy(params), x.copy(), y.copy())
        else:
            res = self.call(name, self.sgd, self.sub, self._copy(params), x.copy(), y.copy(), lr)
        if not isinstance(res, (list, tuple)) or len(res) != len(params):
            raise SubmissionError(name, f"expected a list of {len(params)} (W, b) pairs, found {type(res).__name__}")
        pairs = []
        for i, ((W, b), pair) in enumerate(zip(params, res), start=1):
            if not isinstance(pair, (tuple, list)) or len(pair) != 2:
                raise SubmissionError(name, f"item {i - 1} is not a (W, b) pair")
            if self.grads is not None:
                pairs.append((self.layout.grad_W(pair[0], W, f"dW{i}", name), self.layout.grad_b(pair[1], b, f"db{i}",
                                                                                              name)))
            else:
                pairs.append((self.layout.param_W(pair[0], W, f"w{i}", name), self.layout.param_b(pair[1], b, f"b{i}",
                                                                                               name)))
        if self.grads is not None:
            return finish_step(params, lr, zs, acts, [], grads=pairs)
        return finish_step(params, lr, zs, acts, [], new=[(np.asarray(W), np.asarray(b)) for W, b in pairs])


def interface(m: AdapterModel) -> str:
    how = "returns gradients" if m.mode == "gradients" else "takes one SGD step"
    return f"through the adapter {m.path}: forward(sub, params, x), {m._backward_name.split()[-1]} {how}"
