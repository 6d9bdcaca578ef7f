"""PyTorch oracle: the MLP, mean log-softmax cross-entropy and its autograd gradient.

Shapes: params is a list of ``(W, b)`` NumPy arrays, ``W`` (fan_in, fan_out),
``b`` (1, fan_out); ``x`` (B, D) float; ``y`` (B,) int. Results come back as
NumPy arrays in the same structure. Independent of impl's math: ReLU is
``torch.relu`` (ReLU'(0) = 0), the loss is ``log_softmax`` gathered at the
label and averaged, and gradients come from ``torch.autograd``. The tensor-level
pieces (:meth:`TorchOracle.mlp_logits`, :meth:`~TorchOracle.mean_cross_entropy`,
:meth:`~TorchOracle.log_p_true_clipped`) are public, for benchmarks.
"""

from __future__ import annotations

import numpy as np
import torch

from xval.impl.conventions import CLIP_EPS, Params

EVAL_CHUNK = 10_000
_TORCH_DTYPES = {np.dtype(np.float64): torch.float64, np.dtype(np.float32): torch.float32}


class TorchOracle:
    """The backend interface (see :mod:`xval.reference.backends`) computed by PyTorch in one dtype."""

    name = "torch"

    def __init__(self, dtype=np.float64) -> None:
        self.dtype = np.dtype(dtype)
        self._tdtype = _TORCH_DTYPES[self.dtype]

    # -- conversions: NumPy in, NumPy out, sharing memory where the dtype already fits
    def _t(self, arr: np.ndarray) -> torch.Tensor:
        arr = np.ascontiguousarray(arr, dtype=self.dtype)
        if not arr.flags.writeable:  # torch.from_numpy warns on read-only memory
            arr = arr.copy()
        return torch.from_numpy(arr)

    def _labels(self, y: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(np.ascontiguousarray(y, dtype=np.int64))

    def _leaves(self, params: Params, requires_grad: bool) -> list[torch.Tensor]:
        leaves = [self._t(p) for layer in params for p in layer]
        for t in leaves:
            t.requires_grad_(requires_grad)
        return leaves

    @staticmethod
    def mlp_logits(leaves: list[torch.Tensor], x: torch.Tensor) -> torch.Tensor:
        a = x
        n_layers = len(leaves) // 2
        for i in range(n_layers):
            z = a @ leaves[2 * i] + leaves[2 * i + 1]
            a = torch.relu(z) if i < n_layers - 1 else z
        return a

    @staticmethod
    def mean_cross_entropy(logits: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return -torch.log_softmax(logits, dim=1).gather(1, y[:, None]).mean()

    @staticmethod
    def log_p_true_clipped(logits: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        p_true = torch.softmax(logits, dim=1).gather(1, y[:, None])[:, 0]
        return torch.log(torch.clamp(p_true, CLIP_EPS, 1.0 - CLIP_EPS))

    @staticmethod
    def _pairs(flat: list[np.ndarray]) -> Params:
        return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]

    def forward(self, params: Params, x: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            return self.mlp_logits(self._leaves(params, False), self._t(x)).numpy()

    def _grads(self, params: Params, x: np.ndarray, y: np.ndarray):
        leaves = self._leaves(params, True)
        yt = self._labels(y)
        logits = self.mlp_logits(leaves, self._t(x))
        loss = self.mean_cross_entropy(logits, yt)
        grads = torch.autograd.grad(loss, leaves)
        return leaves, logits.detach(), yt, loss.detach(), grads

    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, Params]:
        _, _, _, loss, grads = self._grads(params, x, y)
        return float(loss), self._pairs([g.numpy() for g in grads])

    def sgd_step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float) -> tuple[Params, float]:
        leaves, logits, yt, _, grads = self._grads(params, x, y)
        with torch.no_grad():
            reported = -self.log_p_true_clipped(logits, yt).mean()
            new = [(p.detach() - lr * g).numpy() for p, g in zip(leaves, grads)]
        return self._pairs(new), float(reported)

    def evaluate(self, params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
        if len(x) == 0:
            raise ValueError("evaluate() needs at least one sample, got an empty dataset")
        total_log, correct = 0.0, 0
        with torch.inference_mode():
            leaves = self._leaves(params, False)
            for start in range(0, len(x), EVAL_CHUNK):
                logits = self.mlp_logits(leaves, self._t(x[start:start + EVAL_CHUNK]))
                yt = self._labels(y[start:start + EVAL_CHUNK])
                total_log += float(self.log_p_true_clipped(logits, yt).sum())
                correct += int((torch.softmax(logits, dim=1).argmax(dim=1) == yt).sum())
        return -total_log / len(x), correct / len(x)
