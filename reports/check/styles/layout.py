"""Translate between xval's layout and a submission's: orientation, bias shape, labels, layer numbering.

xval: ``W`` (fan_in, fan_out), ``b`` (1, fan_out), ``x`` (B, D), integer labels
(B,). A submission may hold ``W`` as (fan_out, fan_in) (``wcol``), take ``x``
as (D, B) (``xcol``, the deeplearning.ai convention), keep biases as (n,),
(1, n) or (n, 1), want one-hot labels (B, C) or (C, B), and number its layers
from 0 or 1. Every conversion copies: the submission never holds xval's arrays.

Folded biases (``fold``, the "theta" style of a classic course's exercise): no
separate biases, each layer one matrix with the bias in column 0 of
(fan_out, fan_in + 1) (``wcol``) or in row 0 of (fan_in + 1, fan_out) (the last
column or row with ``fold_last``); the input then carries a column (row, when
``xcol``) of ones, joined by the file itself or, with ``ones``, prepended by
the caller. ``zbase`` numbers the pre-activations and activations when the file
counts the input as layer 1 (``a1`` the input, ``z2`` the first product), as
that course does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from xval.reports.check.guard import SubmissionError


@dataclass
class Layout:
    wcol: bool = False  # W stored (fan_out, fan_in)
    xcol: bool = False  # x as (features, batch)
    acol: bool | None = None  # the layers' values as (n, batch) though x is rows (W1 @ X.T + b1); None: as x
    bias: str = "row"  # "row" (1, n), "flat" (n,), "col" (n, 1)
    onehot: bool = False
    base: int = 1  # the index of the first layer in the submission's names
    fold: bool = False  # biases folded into the weight matrices: column 0 of (out, in + 1) or row 0 of (in + 1, out)
    ones: bool = False  # (fold) the caller prepends the ones column (row) to x, not the file
    fold_last: bool = False  # (fold) the bias is the last row (column) and the ones are joined after the values
    zbase: int | None = None  # the index of the first layer's z and a in the file's names (None: ``base``)
    grad_t: bool = False  # weight gradients held transposed to their weights (the file's update transposes them)
    lone: bool = False  # a batch of one sample given as a vector (D,) and its labels as one (see Checks.lone_sample)
    ylone: bool = False  # one sample's label given alone (an integer, or its one-hot vector) though x is a row
    # (1, D): a per-sample forward(X, Y, alpha, beta) that marks `hot_vector[int(Y)] = 1`
    ycol: bool = False  # one-hot labels as columns (K, B) though x is rows: a per-sample forward that makes its own
    # column of the sample (``a = x.reshape(-1, 1)``) and a backward taking ``activations[-1] - y`` with y (K, 1)
    label_base: int = 0  # 1: integer labels numbered from 1 (the file indexes its one-hot table by y - 1)
    label_col: bool = False  # integer labels as a column (B, 1): a loss that reads each sample's as y[i][0]
    ystack: bool = False  # one-hot labels as a stack of columns (B, K, 1): a step that joins them, np.hstack(y)
    vec_out: bool = False  # one output unit held as a vector: the last weight (M,), its bias a number, the labels
    # and the output (B,) (a binary classifier whose own code makes W2 = np.random.randn(M))
    notes: list[str] = field(default_factory=list)  # readings assumed, not derived

    # -- xval -> submission
    def W(self, W: np.ndarray) -> np.ndarray:
        if self.vec_out and W.ndim == 2 and W.shape[1] == 1 < W.shape[0]:  # the one output unit's weights
            return np.array(W[:, 0], copy=True)
        return np.array(W.T if self.wcol else W, order="C", copy=True)

    def b(self, b: np.ndarray) -> np.ndarray:
        flat = np.array(b, copy=True).reshape(-1)
        if self.vec_out and flat.size == 1:  # its bias: one number (a 0-d array, updated in place as a float is)
            return np.array(flat[0])
        return {"row": flat.reshape(1, -1), "flat": flat, "col": flat.reshape(-1, 1)}[self.bias]

    def _vector(self, arr: np.ndarray, want: tuple) -> np.ndarray:
        """The one output unit's weight (or its gradient) given as a vector, in the shape xval's side expects."""
        return arr.reshape(want) if self.vec_out and arr.ndim == 1 and 1 in want and arr.size == max(want) else arr

    def x(self, x: np.ndarray) -> np.ndarray:
        if self.ones:
            x = np.hstack([np.ones((x.shape[0], 1), dtype=x.dtype), x])
        if self.lone and x.shape[0] == 1:
            return np.array(x[0], copy=True)
        return np.ascontiguousarray(x.T if self.xcol else x).copy()

    def theta(self, W: np.ndarray, b: np.ndarray) -> np.ndarray:
        """(W, b) as one folded matrix: the bias as row 0 of (in + 1, out), or column 0 of (out, in + 1) (the
        last row or column with ``fold_last``)."""
        row = np.reshape(b, (1, -1)).astype(W.dtype)
        return self.W(np.vstack([W, row] if self.fold_last else [row, W]))

    def unfold(self, T, W: np.ndarray, what: str, fn: str, grad: bool) -> tuple[np.ndarray, np.ndarray]:
        """A folded matrix (a gradient, or the parameter after an update) back as xval's (W, b)."""
        like = np.empty((W.shape[0] + 1, W.shape[1]))
        arr = self.grad_W(T, like, what, fn) if grad else self.param_W(T, like, what, fn)
        if self.fold_last:
            return arr[:-1].copy(), arr[-1:].copy()
        return arr[1:].copy(), arr[:1].copy()

    def first_layer(self) -> int:
        return self.base if self.zbase is None else self.zbase

    def y(self, y: np.ndarray, n_classes: int) -> np.ndarray:
        if (self.lone or self.ylone) and len(y) == 1:
            one = self._y(y, n_classes).reshape(-1)
            return one[0] if self.ylone and not self.onehot else one
        return self._y(y, n_classes)

    def _y(self, y: np.ndarray, n_classes: int) -> np.ndarray:
        if not self.onehot:
            ints = np.array(y, copy=True) + self.label_base
            return ints.reshape(-1, 1) if self.label_col else ints
        if n_classes == 1 and self.vec_out:  # one output unit held as a vector: the targets as a vector
            return np.asarray(y, np.float64).reshape(-1).copy()
        if n_classes == 1:  # one output unit: the label is the target (0 or 1), as a column
            oh = np.asarray(y, np.float64).reshape(-1, 1)
            return np.ascontiguousarray(oh.T) if self.xcol else oh.copy()
        oh = np.zeros((len(y), n_classes))
        oh[np.arange(len(y)), y] = 1.0
        if self.ystack:  # one column per sample, as a list of them: np.hstack(y) gives (K, B)
            return oh[:, :, None].copy()
        return np.ascontiguousarray(oh.T) if self.xcol or self.ycol else oh

    @property
    def cols(self) -> bool:
        """Whether the layers' values are columns, (n, batch)."""
        return self.xcol if self.acol is None else self.acol

    def act(self, a: np.ndarray) -> np.ndarray:
        """An activation or pre-activation (B, n) in the submission's orientation (a vector for one sample given as
        a vector, ``lone``)."""
        if self.lone and np.ndim(a) == 2 and np.shape(a)[0] == 1:
            return np.array(a[0], copy=True)
        return np.ascontiguousarray(a.T if self.cols else a).copy()

    # -- submission -> xval
    def out(self, a, batch: int, what: str, fn: str) -> np.ndarray:
        """A (B, n) array from the submission's forward output, (n, B) when column-major."""
        arr = _numeric(a, what, fn)
        if arr.ndim == 1 and self.vec_out and arr.shape[0] == batch and batch > 1:  # the one output unit's values
            arr = arr.reshape(-1, 1) if not self.cols else arr.reshape(1, -1)
        if arr.ndim == 1 and batch == 1:
            arr = arr.reshape(1, -1) if not self.cols else arr.reshape(-1, 1)
        if arr.ndim != 2:
            raise SubmissionError(fn, f"{what} has shape {arr.shape}; expected a 2-d array")
        if self.cols:
            arr = arr.T
        if self.fold and arr.shape[1] > 1 and np.all(arr[:, -1 if self.fold_last else 0] == 1):
            # an activation the file returns with its ones column (a2 = [1, sigmoid(z2)])
            arr = arr[:, :-1] if self.fold_last else arr[:, 1:]
        if arr.shape[0] != batch:
            raise SubmissionError(fn, f"{what} has shape {np.shape(a)}; expected {batch} samples along "
                                  f"{'columns' if self.cols else 'rows'}")
        return np.array(arr, copy=True)

    def grad_W(self, dW, W: np.ndarray, what: str, fn: str) -> np.ndarray:
        arr = _numeric(dW, what, fn)
        if self.grad_t and arr.ndim == 2:
            arr = arr.T
        want = W.T.shape if self.wcol else W.shape
        arr = self._vector(arr, want)
        if arr.shape != want:
            raise SubmissionError(fn, f"{what} has shape {arr.shape}; the weight it belongs to has {want}")
        return np.asarray(arr.T if self.wcol else arr, np.float64).copy()

    def grad_b(self, db, b: np.ndarray, what: str, fn: str) -> np.ndarray:
        """A bias gradient as (1, n); one number for a whole layer is spread over it, as an update would."""
        arr = np.asarray(_numeric(db, what, fn), np.float64)
        n = b.size
        if arr.size == n:
            return arr.reshape(1, n).copy()
        if arr.size == 1:
            return np.full((1, n), float(arr.reshape(-1)[0]))
        raise SubmissionError(fn, f"{what} has shape {arr.shape}; the bias it belongs to has {n} elements")

    def param_W(self, W, like: np.ndarray, what: str, fn: str) -> np.ndarray:
        """A weight the submission holds after an update, back in xval's layout (shape kept or an error)."""
        arr = _numeric(W, what, fn)
        want = like.T.shape if self.wcol else like.shape
        arr = self._vector(arr, want)
        if arr.shape != want:
            raise SubmissionError(fn, f"left {what} with shape {arr.shape}; it must keep {want}", what)
        return np.array(arr.T if self.wcol else arr, copy=True)

    def param_b(self, b, like: np.ndarray, what: str, fn: str) -> np.ndarray:
        arr = _numeric(b, what, fn)
        if arr.size != like.size:
            raise SubmissionError(fn, f"left {what} with shape {arr.shape}; it must keep {like.size} elements "
                                  "(a bias gradient summed without axis, or over the wrong axis, broadcasts into "
                                  "the bias and grows it)", what)
        return np.array(arr, copy=True).reshape(like.shape)

    def describe(self) -> str:
        parts = ["row-major x (batch, features) used transposed (W @ x.T), W (out, in), the layers' values (n, batch)"
                 if self.acol and not self.xcol else
                 "column-major (x (features, batch), W (out, in))" if self.xcol and self.wcol else
                 "x (features, batch), W (in, out)" if self.xcol else
                 "row-major (x (batch, features)), W (out, in)" if self.wcol else
                 "row-major (x (batch, features), W (in, out))",
                 {"row": "biases (1, n)", "flat": "biases (n,)", "col": "biases (n, 1)"}[self.bias],
                 ("one-hot labels as columns (K, 1)" if self.ycol else "one-hot labels as a stack of columns (B, K, 1)"
                  if self.ystack else "one-hot labels") if self.onehot else
                 "integer labels numbered from 1 (as its code counts its classes: xval passes its labels plus one)"
                 if self.label_base == 1 else "integer labels as a column (B, 1)" if self.label_col
                 else "integer labels"]
        if self.vec_out:  # (the bias and labels parts said for the hidden layers; the output unit's apart)
            parts.append("the output unit's weights a vector (M,), its bias a number, its 0/1 targets a vector (B,)")
        if self.fold:
            parts[0:2] = [("column-major (x (features, batch))" if self.xcol else "row-major (x (batch, features))")
                          + ", biases folded into the weights as " + (
                              ("the last column of (out, in + 1)" if self.wcol else "the last row of (in + 1, out)")
                              if self.fold_last else "column 0 of (out, in + 1)" if self.wcol else
                              "row 0 of (in + 1, out)"),
                          "ones " + ("expected from the caller" if self.ones else "added by the file")]
        if self.grad_t:
            parts.append("weight gradients transposed (your update takes their .T)")
        if self.base == 0:
            parts.append("layers numbered from 0")
        if self.zbase is not None and self.zbase != self.base:
            parts.append(f"the input numbered as layer {self.zbase - 1} (a{self.zbase - 1})")
        return ", ".join(parts)


def _numeric(a, what: str, fn: str) -> np.ndarray:
    try:
        arr = np.asarray(a)
    except Exception as exc:  # noqa: BLE001 - a submission's object may fail in any way
        raise SubmissionError(fn, f"{what} is not an array ({type(exc).__name__})") from None
    if arr.dtype.kind not in "fiub":
        raise SubmissionError(fn, f"{what} is not numeric (found {type(a).__name__}, dtype {arr.dtype})")
    return arr


def bias_kind(b) -> str:
    shape = np.shape(b)
    if len(shape) == 1:
        return "flat"
    if len(shape) == 2 and shape[0] == 1 and shape[1] != 1:
        return "row"
    if len(shape) == 2 and shape[1] == 1:
        return "col"
    return "row"
