"""The notebook's own API: ``forward(x, weights, biases)``, ``backward(..., learning_rate)`` (adapter.py)."""

from __future__ import annotations

import ast

from xval.impl.errors import InputError
from xval.reports.check import adapter as ad
from xval.reports.check.styles.base import Rejected
from xval.reports.check.styles.functions import arguments
from xval.reports.check.styles.reading import products


def detect(loaded, sm, forward_name: str, backward_name: str | None) -> ad.Functions:
    """The notebook's functions when the file's forward has the notebook's shape of signature."""
    fwd = loaded.function(forward_name)
    if fwd is not None:
        args = arguments(fwd)
        positional = ad._positional_count(fwd)
        if positional not in (3, None) or (args and any(a.role not in (None, "Ws", "bs") for a in args[1:3])):
            raise Rejected("notebook", f"`{forward_name}` takes ({', '.join(a.name for a in args or [])}), not "
                           f"{ad.FORWARD_SIGNATURE.split(' ->')[0]}", 1)
        single = _one_matrix(sm.defs.get(forward_name), [a.name for a in args or []][1:2])
        if single:  # forward(x, w, b): x @ w is one layer (a softmax regression beside the file's network)
            raise Rejected("notebook", f"`{forward_name}` multiplies by `{single}` itself: one layer's weights, not "
                           "the notebook's list of them", 1)
    try:
        fns = ad.resolve_notebook(loaded, forward_name, backward_name)
    except InputError as exc:
        raise Rejected("notebook", str(exc).split(": ", 1)[-1], 2 if fwd is not None else 0) from None
    per_layer = [a.name for a in arguments(fns.backward) or [] if a.index is not None]
    if per_layer:  # back_prop(Z1, A1, Z2, A2, W2, X, Y) has seven arguments too, and is not the notebook's
        raise Rejected("notebook", f"`{fns.backward_name}` takes per-layer arguments ({', '.join(per_layer)}), not "
                       "the notebook's lists", 1)
    return fns


def _one_matrix(node, names: list[str]) -> str | None:
    """The one of ``names`` (the forward's weights argument) that ``node`` uses as a matrix product's operand
    (``x @ w``, ``np.dot(x, w)``, ``x.dot(w)``) and never indexes nor iterates; None otherwise."""
    if not isinstance(node, ast.FunctionDef) or not names:
        return None
    name = names[0]

    def is_name(n) -> bool:
        return isinstance(n, ast.Name) and n.id == name

    nodes = list(ast.walk(node))
    if any(isinstance(n, ast.Subscript) and is_name(n.value) for n in nodes) or any(
            isinstance(n, (ast.For, ast.comprehension)) and any(is_name(m) for m in ast.walk(n.iter)) for n in nodes):
        return None
    return name if any(is_name(left) or is_name(right) for left, right, _ in products(node)) else None


def interface(fns: ad.Functions) -> str:
    how = ("updates the weights and biases lists in place" if fns.mode == "in-place" else
           "returns (grads_w, grads_b)")
    return (f"notebook functions {ad.FORWARD_SIGNATURE.split(' ->')[0]} and {fns.backward_name}(...), "
            f"row-major (x (batch, features), W (in, out)), biases (1, n), integer labels; {fns.backward_name} {how}")
