"""A typed regression-style module: type aliases built at top level (`T = TypeVar(...)`, `Array =
npt.NDArray[np.floating[T]]`, `Pairs = List[Tuple[Array, Array]]`) annotate the class, and the constructor takes
`rng: Optional[np.random.Generator] = None`, a generator to draw the weights from. `forward(batch)` returns the
probabilities and a cache; `gradients(probs, cache, labels)` returns a list of (dW, db) pairs. ReLU hidden layers,
softmax output, mean cross-entropy."""
from typing import List, Optional, Tuple, TypeVar

import numpy as np
import numpy.typing as npt

T = TypeVar("T", bound=npt.NBitBase)
Array = npt.NDArray[np.floating[T]]
Pairs = List[Tuple[Array, Array]]


class TypedMLP:
    def __init__(self, layer_sizes: Tuple[int, ...], rng: Optional[np.random.Generator] = None):
        rng = np.random.default_rng(0) if rng is None else rng
        self.layers: Pairs = []
        for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
            self.layers.append((rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in), np.zeros(n_out)))

    def forward(self, batch: Array) -> Tuple[Array, List[Array]]:
        cache = [batch]
        h = batch
        for i, (w, b) in enumerate(self.layers):
            z = h @ w + b
            if i == len(self.layers) - 1:
                z = z - z.max(axis=1, keepdims=True)
                e = np.exp(z)
                return e / e.sum(axis=1, keepdims=True), cache
            h = np.maximum(z, 0.0)
            cache.append(h)

    def loss(self, probs: Array, labels: np.ndarray) -> float:
        return float(-np.mean(np.log(probs[np.arange(len(labels)), labels])))

    def gradients(self, probs: Array, cache: List[Array], labels: np.ndarray) -> Pairs:
        n = len(labels)
        delta = probs.copy()
        delta[np.arange(n), labels] -= 1.0
        delta /= n
        grads: Pairs = []
        for i in reversed(range(len(self.layers))):
            grads.append((cache[i].T @ delta, delta.sum(axis=0)))
            if i:
                delta = (delta @ self.layers[i][0].T) * (cache[i] > 0)
        return grads[::-1]
