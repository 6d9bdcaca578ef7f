"""PyTorch oracle: the MLP of a ModelSpec, its loss and the autograd gradient; momentum by torch.optim.SGD.

Shapes: params is a list of ``(W, b)`` NumPy arrays, ``W`` (fan_in, fan_out),
``b`` (1, fan_out); ``x`` (B, D) float; ``y`` (B,) int. Results come back as
NumPy arrays in the same structure. ``spec`` (None: the notebook's model) is
read from xval.impl.spec, the shared description; the math is torch's own:
``torch.relu`` (ReLU'(0) = 0), ``F.leaky_relu`` (slope at 0),
``torch.sigmoid``, ``torch.tanh`` (a linear layer: z itself); cross-entropy as ``log_softmax`` gathered at
the label, BCE as ``F.binary_cross_entropy_with_logits``, MSE as ``F.mse_loss``
(summed, halved, over the batch); gradients from ``torch.autograd``; a momentum
step is ``torch.optim.SGD(momentum=M)`` with its buffer set to the velocity.
The tensor-level pieces (:meth:`TorchOracle.mlp_logits`, whose ``spec`` defaults
to the notebook's model, :meth:`~TorchOracle.mean_cross_entropy`,
:meth:`~TorchOracle.log_p_true_clipped`) are public, for benchmarks.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from xval.impl.conventions import CLIP_EPS, Params
from xval.impl.spec import NOTEBOOK, ModelSpec, as_spec
from xval.reference.backends import StepBackend

EVAL_CHUNK = 10_000
_TORCH_DTYPES = {np.dtype(np.float64): torch.float64, np.dtype(np.float32): torch.float32}


class TorchOracle(StepBackend):
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
    def mlp_logits(leaves: list[torch.Tensor], x: torch.Tensor, spec: ModelSpec = NOTEBOOK) -> torch.Tensor:
        a = x
        n_layers = len(leaves) // 2
        layers = spec.per_layer(n_layers - 1)
        for i in range(n_layers):
            z = a @ leaves[2 * i] + leaves[2 * i + 1]
            a = _hidden(layers[i], z) if i < n_layers - 1 else z
        return a

    @staticmethod
    def mean_cross_entropy(logits: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return -torch.log_softmax(logits, dim=1).gather(1, y[:, None]).mean()

    @staticmethod
    def _loss(leaves: list[torch.Tensor], logits: torch.Tensor, y: torch.Tensor, spec: ModelSpec) -> torch.Tensor:
        """The differentiated loss: unclipped, mean over the batch, plus 0.5 * l2 * sum of W (and b) squared."""
        if spec.loss == "cross_entropy":
            loss = TorchOracle.mean_cross_entropy(logits, y)
        else:
            t = _targets(y, logits)
            if spec.loss == "bce":
                loss = F.binary_cross_entropy_with_logits(logits, t, reduction="sum") / len(y)
            else:
                loss = 0.5 * F.mse_loss(_output(spec, logits), t, reduction="sum") / len(y)
        if spec.l2:
            penalised = leaves if spec.l2_biases else leaves[0::2]  # (leaves: W1, b1, W2, b2, ...)
            loss = loss + 0.5 * spec.l2 * sum((p * p).sum() for p in penalised)
        return loss

    @staticmethod
    def log_p_true_clipped(logits: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        p_true = torch.softmax(logits, dim=1).gather(1, y[:, None])[:, 0]
        return torch.log(torch.clamp(p_true, CLIP_EPS, 1.0 - CLIP_EPS))

    @staticmethod
    def _reported(logits: torch.Tensor, y: torch.Tensor, spec: ModelSpec) -> torch.Tensor:
        """Per-sample reported loss: probabilities clipped to [1e-12, 1 - 1e-12] before a log; no L2."""
        if spec.loss == "cross_entropy":
            return -TorchOracle.log_p_true_clipped(logits, y)
        out = _output(spec, logits)
        t = _targets(y, logits)
        if spec.loss == "bce":
            # 1 - 1e-12 is 1 in float32: there the largest float below 1
            p = torch.clamp(out, CLIP_EPS, min(1.0 - CLIP_EPS, 1.0 - torch.finfo(out.dtype).eps / 2))
            return -(t * torch.log(p) + (1 - t) * torch.log1p(-p)).sum(dim=1)
        return 0.5 * ((out - t) ** 2).sum(dim=1)

    @staticmethod
    def _pairs(flat: list[np.ndarray]) -> Params:
        return [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]

    def forward(self, params: Params, x: np.ndarray, spec: ModelSpec | str | None = None) -> np.ndarray:
        with torch.inference_mode():
            return self.mlp_logits(self._leaves(params, False), self._t(x), as_spec(spec)).numpy()

    def output(self, params: Params, x: np.ndarray, spec: ModelSpec | str | None = None) -> np.ndarray:
        spec = as_spec(spec)
        with torch.inference_mode():
            return _output(spec, self.mlp_logits(self._leaves(params, False), self._t(x), spec)).numpy()

    def _grads(self, params: Params, x: np.ndarray, y: np.ndarray, spec: ModelSpec):
        leaves = self._leaves(params, True)
        yt = self._labels(y)
        logits = self.mlp_logits(leaves, self._t(x), spec)
        loss = self._loss(leaves, logits, yt, spec)
        grads = torch.autograd.grad(loss, leaves)
        return leaves, logits.detach(), yt, loss.detach(), grads

    def loss_and_grads(self, params: Params, x: np.ndarray, y: np.ndarray,
                       spec: ModelSpec | str | None = None) -> tuple[float, Params]:
        _, _, _, loss, grads = self._grads(params, x, y, as_spec(spec))
        return float(loss), self._pairs([g.numpy() for g in grads])

    def step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float, spec: ModelSpec | str | None = None,
             velocity: Params | None = None) -> tuple[Params, Params | None, float]:
        """``(new params, new velocity (None for plain SGD), reported loss before the update)``."""
        spec = as_spec(spec)
        leaves, logits, yt, _, grads = self._grads(params, x, y, spec)
        with torch.no_grad():
            reported = self._reported(logits, yt, spec).mean()
        if not spec.momentum:
            with torch.no_grad():
                new = [(p.detach() - lr * g).numpy() for p, g in zip(leaves, grads)]
            return self._pairs(new), None, float(reported)
        weights = [p.detach().clone() for p in leaves]
        opt = torch.optim.SGD(weights, lr=lr, momentum=spec.momentum)
        for w, g in zip(weights, grads):
            w.grad = g.clone()
        if velocity is not None:  # else torch starts the buffer as the gradient, which is 0 * M + g
            for w, v in zip(weights, (v for pair in velocity for v in pair)):
                opt.state[w]["momentum_buffer"] = self._t(v).clone()
        opt.step()
        buffers = [opt.state[w]["momentum_buffer"].numpy() for w in weights]
        return self._pairs([w.numpy() for w in weights]), self._pairs(buffers), float(reported)

    def _evaluate(self, params: Params, x: np.ndarray, y: np.ndarray, spec: ModelSpec) -> tuple[float, float]:
        total, correct = 0.0, 0
        with torch.inference_mode():
            leaves = self._leaves(params, False)
            for start in range(0, len(x), EVAL_CHUNK):
                logits = self.mlp_logits(leaves, self._t(x[start:start + EVAL_CHUNK]), spec)
                yt = self._labels(y[start:start + EVAL_CHUNK])
                total += float(self._reported(logits, yt, spec).sum())
                correct += int((_output(spec, logits).argmax(dim=1) == yt).sum())
        return total / len(x), correct / len(x)


def _hidden(spec: ModelSpec, z: torch.Tensor) -> torch.Tensor:
    act = spec.activation
    if act == "relu":
        return torch.relu(z)
    if act == "leaky_relu":
        return F.leaky_relu(z, spec.leaky_slope)
    if act == "identity":
        return z
    return torch.sigmoid(z) if act == "sigmoid" else torch.tanh(z)


def _output(spec: ModelSpec, logits: torch.Tensor) -> torch.Tensor:
    if spec.output == "softmax":
        return torch.softmax(logits, dim=1)
    if spec.output == "tanh":
        return torch.tanh(logits)
    if spec.output == "relu":
        return torch.relu(logits)
    if spec.output == "leaky_relu":
        return F.leaky_relu(logits, spec.output_slope)
    return torch.sigmoid(logits) if spec.output == "sigmoid" else logits


def _targets(y: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """One-hot rows of the labels; with one output unit the label itself (0 or 1: binary classification)."""
    if logits.shape[1] == 1:
        return y[:, None].to(logits.dtype)
    return F.one_hot(y, logits.shape[1]).to(logits.dtype)
