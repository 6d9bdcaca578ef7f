"""Una red en español: RedNeuronal(tamano_entrada, capas_ocultas, tamano_salida) with the hidden sizes as a list
named after the noun (capas_ocultas: the adjective last), forward(X), backpropagate(X, y, tasa_aprendizaje)
updating pesos and sesgos in place, entrenar(X, y, epocas, tasa_aprendizaje): correct."""
import numpy as np


class RedNeuronal:
    def __init__(self, tamano_entrada, capas_ocultas, tamano_salida):
        generador = np.random.default_rng(11)
        tamanos = [tamano_entrada, *capas_ocultas, tamano_salida]
        self.pesos = [generador.normal(0.0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(tamanos[:-1], tamanos[1:])]
        self.sesgos = [np.zeros((1, b)) for b in tamanos[1:]]

    def forward(self, X):
        self.activaciones, self.netas = [X], []
        for i, (w, b) in enumerate(zip(self.pesos, self.sesgos)):
            z = self.activaciones[-1] @ w + b
            self.netas.append(z)
            if i < len(self.pesos) - 1:
                self.activaciones.append(np.maximum(z, 0.0))
        e = np.exp(z - z.max(axis=1, keepdims=True))
        salida = e / e.sum(axis=1, keepdims=True)
        self.activaciones.append(salida)
        return salida

    def backpropagate(self, X, y, tasa_aprendizaje):
        delta = self.activaciones[-1].copy()
        delta[np.arange(len(y)), y] -= 1.0
        delta /= len(y)
        gradientes = []
        for i in range(len(self.pesos) - 1, -1, -1):
            gradientes.append((self.activaciones[i].T @ delta, delta.sum(axis=0, keepdims=True)))
            if i > 0:
                delta = (delta @ self.pesos[i].T) * (self.netas[i - 1] > 0)
        for i, (gw, gb) in zip(range(len(self.pesos) - 1, -1, -1), gradientes):
            self.pesos[i] -= tasa_aprendizaje * gw
            self.sesgos[i] -= tasa_aprendizaje * gb

    def entrenar(self, X, y, epocas, tasa_aprendizaje):
        for _ in range(epocas):
            self.forward(X)
            self.backpropagate(X, y, tasa_aprendizaje)
