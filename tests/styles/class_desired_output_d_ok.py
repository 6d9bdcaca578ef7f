"""A per-sample class in the textbook notation of Spanish courses: `entrenar(self, X, D, tasa, epocas)` loops over
the samples and calls `actualizar(self, x, d, tasa)`, `d` the desired output; its forward keeps each layer's output
as `self.s1`, `self.s2` (s for *salida*, not a sum) and no pre-activation; tanh hidden units, one sigmoid output,
the cross-entropy delta `d - s2` stepped with `+=`: correct."""
import numpy as np


class Perceptron2Capas:
    def __init__(self, n_entradas, n_ocultas, n_salidas):
        gen = np.random.default_rng(2)
        self.w1 = gen.uniform(-0.5, 0.5, (n_entradas, n_ocultas))
        self.b1 = np.zeros(n_ocultas)
        self.w2 = gen.uniform(-0.5, 0.5, (n_ocultas, n_salidas))
        self.b2 = np.zeros(n_salidas)
        self.s1 = None
        self.s2 = None

    def forward(self, x):
        self.s1 = np.tanh(x @ self.w1 + self.b1)
        self.s2 = 1.0 / (1.0 + np.exp(-(self.s1 @ self.w2 + self.b2)))
        return self.s2

    def actualizar(self, x, d, tasa):
        self.forward(x)
        delta2 = d - self.s2
        delta1 = (delta2 @ self.w2.T) * (1.0 - self.s1 ** 2)
        self.w2 += tasa * np.outer(self.s1, delta2)
        self.b2 += tasa * delta2
        self.w1 += tasa * np.outer(x, delta1)
        self.b1 += tasa * delta1

    def entrenar(self, X, D, tasa, epocas):
        for _ in range(epocas):
            for i in range(len(X)):
                self.actualizar(X[i], D[i], tasa)


if __name__ == "__main__":
    datos = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    deseadas = np.array([[0.0], [1.0], [1.0], [0.0]])
    red = Perceptron2Capas(2, 3, 1)
    red.entrenar(datos, deseadas, 0.5, 2000)
    print(np.round(red.forward(datos), 2).ravel())
