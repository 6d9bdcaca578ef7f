"""A class written in Spanish: `RedNeuronal(tamaños)` takes the layer sizes as `tamaños` (the ñ of the plural
"sizes"), keeps `pesos` (out, in) and `sesgos` (out, 1) and holds samples as columns. `propagar(x)` returns the last
activation; `retropropagacion(x, y)` returns (nabla_sesgos, nabla_pesos) for the batch's mean. Sigmoid everywhere,
and the loss is the one `derivadas_costo(salidas, y) = salidas - y` is the derivative of: the squared error (no
loss function besides)."""
import numpy as np


def sigmoide(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoide_prima(z):
    s = sigmoide(z)
    return s * (1.0 - s)


class RedNeuronal:
    def __init__(self, tamaños):
        self.num_capas = len(tamaños)
        self.tamaños = tamaños
        self.sesgos = [np.zeros((n, 1)) for n in tamaños[1:]]
        self.pesos = [np.random.randn(m, n) / np.sqrt(n) for n, m in zip(tamaños[:-1], tamaños[1:])]

    def propagar(self, x):
        a = x
        for s, p in zip(self.sesgos, self.pesos):
            a = sigmoide(p @ a + s)
        return a

    def retropropagacion(self, x, y):
        m = x.shape[1]
        activacion, activaciones, zetas = x, [x], []
        for s, p in zip(self.sesgos, self.pesos):
            z = p @ activacion + s
            zetas.append(z)
            activacion = sigmoide(z)
            activaciones.append(activacion)
        nabla_s = [None] * len(self.sesgos)
        nabla_p = [None] * len(self.pesos)
        delta = self.derivadas_costo(activaciones[-1], y) * sigmoide_prima(zetas[-1])
        nabla_s[-1] = delta.sum(axis=1, keepdims=True) / m
        nabla_p[-1] = delta @ activaciones[-2].T / m
        for capa in range(2, self.num_capas):
            delta = (self.pesos[-capa + 1].T @ delta) * sigmoide_prima(zetas[-capa])
            nabla_s[-capa] = delta.sum(axis=1, keepdims=True) / m
            nabla_p[-capa] = delta @ activaciones[-capa - 1].T / m
        return nabla_s, nabla_p

    def derivadas_costo(self, salidas, y):
        return salidas - y

    def actualizar_lote(self, x, y, eta):
        nabla_s, nabla_p = self.retropropagacion(x, y)
        self.pesos = [p - eta * np_ for p, np_ in zip(self.pesos, nabla_p)]
        self.sesgos = [s - eta * ns for s, ns in zip(self.sesgos, nabla_s)]
