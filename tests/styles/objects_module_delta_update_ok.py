"""A course's module framework: every layer derives from `Module`, whose `backward_update_gradient(input, delta)`
adds the layer's parameter gradient to `self._gradient` (and the bias's to `self._gradient_bias`) and whose
`backward_delta(input, delta)` returns the gradient at its input; `zero_grad()` resets, `update_parameters(step)`
applies. `Lineaire` keeps its weight in `self._parameters` (in, out) and its bias in `self._bias`; `TanH` has no
parameters. The loss is a module too: `CESoftMax.backward(y, yhat)`, the mean softmax cross-entropy's gradient."""
import numpy as np


class Module:
    def __init__(self):
        self._parameters = None
        self._gradient = None

    def zero_grad(self):
        pass

    def forward(self, X):
        raise NotImplementedError

    def update_parameters(self, gradient_step=1e-3):
        pass

    def backward_update_gradient(self, input, delta):
        pass

    def backward_delta(self, input, delta):
        raise NotImplementedError


class Lineaire(Module):
    def __init__(self, entree, sortie):
        super().__init__()
        gen = np.random.default_rng(entree * 31 + sortie)
        self._parameters = gen.uniform(-1, 1, (entree, sortie)) / np.sqrt(entree)
        self._bias = np.zeros((1, sortie))
        self.zero_grad()

    def zero_grad(self):
        self._gradient = np.zeros_like(self._parameters)
        self._gradient_bias = np.zeros_like(self._bias)

    def forward(self, X):
        return X @ self._parameters + self._bias

    def backward_update_gradient(self, input, delta):
        self._gradient += input.T @ delta
        self._gradient_bias += delta.sum(axis=0, keepdims=True)

    def backward_delta(self, input, delta):
        return delta @ self._parameters.T

    def update_parameters(self, gradient_step=1e-3):
        self._parameters -= gradient_step * self._gradient
        self._bias -= gradient_step * self._gradient_bias


class TanH(Module):
    def forward(self, X):
        return np.tanh(X)

    def backward_delta(self, input, delta):
        return delta * (1 - np.tanh(input) ** 2)


class CESoftMax:
    def forward(self, y, yhat):
        shifted = yhat - yhat.max(axis=1, keepdims=True)
        return np.log(np.exp(shifted).sum(axis=1)) - (y * shifted).sum(axis=1)

    def backward(self, y, yhat):
        e = np.exp(yhat - yhat.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True) - y) / len(y)


class Sequentiel:
    def __init__(self, *modules):
        self.modules = list(modules)

    def forward(self, X):
        self.entrees = [X]
        for m in self.modules:
            self.entrees.append(m.forward(self.entrees[-1]))
        return self.entrees[-1]

    def backward(self, delta):
        for m, entree in zip(reversed(self.modules), reversed(self.entrees[:-1])):
            m.backward_update_gradient(entree, delta)
            delta = m.backward_delta(entree, delta)
        return delta


def pas_sgd(reseau, perte, X, Y, eps=0.1):
    for m in reseau.modules:
        m.zero_grad()
    yhat = reseau.forward(X)
    reseau.backward(perte.backward(Y, yhat))
    for m in reseau.modules:
        m.update_parameters(eps)
    return perte.forward(Y, yhat).mean()


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X, Y = gen.normal(size=(40, 3)), np.eye(2)[gen.integers(0, 2, 40)]
    reseau = Sequentiel(Lineaire(3, 6), TanH(), Lineaire(6, 2))
    for _ in range(50):
        cout = pas_sgd(reseau, CESoftMax(), X, Y)
    print(cout)
