"""Which model a submission computes, read from its own forward pass: hidden activation and output function.

The reading comes from what the file does, never from which reading would
make its gradient pass: each hidden layer's activation is the function that
maps the submission's own ``z_l`` to its own ``a_l`` (ReLU, leaky ReLU,
sigmoid, tanh), and the output function the one that maps its ``z_L`` to its
output (softmax, sigmoid, identity). ``None`` where no known function fits
(a bug, or a value the interface does not expose): the comparison with the
oracles then says what differs.
"""

from __future__ import annotations

import numpy as np

MATCH = 1e-6
"""Largest relative difference at which a known function counts as the one the file computes (a reading of
the model, not a verdict: float32 rounding in a correct file stays far below, any other function far above)."""


def _close(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    if a.shape != b.shape or not (np.isfinite(a).all() and np.isfinite(b).all()):
        return False
    scale = max(float(np.abs(b).max(initial=0.0)), 1e-30)
    return bool(np.abs(a - b).max(initial=0.0) <= MATCH * scale)


def hidden_activation(z: np.ndarray, a: np.ndarray) -> str | None:
    """The name of the function with ``a == f(z)``: relu, leaky_relu:SLOPE, sigmoid, tanh; None if none fits."""
    z = np.asarray(z, np.float64)
    with np.errstate(all="ignore"):
        if _close(a, np.maximum(z, 0.0)):
            return "relu"
        if _close(a, 1.0 / (1.0 + np.exp(-z))):
            return "sigmoid"
        if _close(a, np.tanh(z)):
            return "tanh"
        neg = z < 0
        if neg.any():
            slope = float(np.median(np.asarray(a, np.float64)[neg] / z[neg]))
            if 0 < slope < 1 and _close(a, np.where(z > 0, z, slope * z)):
                return f"leaky_relu:{slope:.3g}"
    return None


def output_function(z: np.ndarray, out: np.ndarray) -> str | None:
    """softmax, sigmoid or identity when ``out`` is that function of ``z``; None if none fits."""
    z = np.asarray(z, np.float64)
    with np.errstate(all="ignore"):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        if _close(out, e / e.sum(axis=1, keepdims=True)):
            return "softmax"
        if _close(out, 1.0 / (1.0 + np.exp(-z))):
            return "sigmoid"
        if _close(out, z):
            return "identity"
    return None


def read_model(zs: list, acts: list) -> tuple[list[str | None], str | None]:
    """(each hidden layer's activation, the output function) from a forward pass's zs and activations."""
    L = len(zs)
    hidden = [hidden_activation(zs[k], acts[k + 1]) if zs[k] is not None and acts[k + 1] is not None else None
              for k in range(L - 1)]
    output = output_function(zs[-1], acts[-1]) if zs[-1] is not None and acts[-1] is not None else None
    return hidden, output


def unsupported(hidden: list[str | None], output: str | None) -> str:
    """Why the model read is one xval check cannot judge yet ("" when it can, or when nothing was read)."""
    other = sorted({h for h in hidden if h not in (None, "relu")})
    parts = []
    if other:
        parts.append(f"{' and '.join(h.split(':')[0] + ' ' for h in other).strip()} hidden units "
                     f"(a{next(i for i, h in enumerate(hidden) if h in other) + 1} = "
                     f"{other[0].split(':')[0]}(z), read from your forward)")
    if output in ("sigmoid", "identity"):
        parts.append(f"a {output} output (read from your forward)")
    if not parts:
        return ""
    return (f"this file computes {' with '.join(parts)}; xval check judges ReLU hidden units with a softmax "
            "output and cross-entropy, and would call a correct network of another kind wrong, so it does not "
            "check it (xval gradcheck and trace take --hidden/--output/--loss for the product and the oracles)")
