"""Layer holders and one step function, as a Spanish-language tutorial lays them out: each activation a pair
(function, derivative of the activation), ``Estrato(n_entrada, n_salida, activacion)`` holding only ``W`` and
``b``, a cost pair (half the squared error summed over the outputs and averaged over the batch, and its derivative),
and ``paso(red, X, Y, coste, tasa)`` running the forward over the list, then the deltas back, stepping each
layer and returning the output; tanh hidden layers, a sigmoid output: correct."""
import numpy as np

tanh = (lambda z: np.tanh(z), lambda a: 1.0 - a ** 2)
sigmoid = (lambda z: 1.0 / (1.0 + np.exp(-z)), lambda a: a * (1.0 - a))
coste = (lambda pred, real: 0.5 * np.mean(np.sum((pred - real) ** 2, axis=1)),
         lambda pred, real: (pred - real) / len(real))


class Estrato:
    def __init__(self, n_entrada, n_salida, activacion):
        self.activacion = activacion
        self.W = np.random.uniform(-1, 1, (n_entrada, n_salida))
        self.b = np.random.uniform(-1, 1, (1, n_salida))


def paso(red, X, Y, coste, tasa=0.05):
    salidas = [X]
    for estrato in red:
        salidas.append(estrato.activacion[0](salidas[-1] @ estrato.W + estrato.b))
    delta = coste[1](salidas[-1], Y) * red[-1].activacion[1](salidas[-1])
    for k in range(len(red) - 1, -1, -1):
        W_antes = red[k].W
        red[k].W = red[k].W - tasa * salidas[k].T @ delta
        red[k].b = red[k].b - tasa * delta.sum(axis=0, keepdims=True)
        if k > 0:
            delta = (delta @ W_antes.T) * red[k - 1].activacion[1](salidas[k])
    return salidas[-1]


tamanos = [2, 6, 4, 1]
funciones = [tanh, tanh, sigmoid]
red = [Estrato(tamanos[i], tamanos[i + 1], funciones[i]) for i in range(len(tamanos) - 1)]
puntos = np.random.uniform(-1, 1, (100, 2))
clases = (np.sum(puntos ** 2, axis=1, keepdims=True) < 0.5).astype(float)
for vuelta in range(500):
    prediccion = paso(red, puntos, clases, coste, 0.5)
    if vuelta % 100 == 0:
        print(vuelta, coste[0](prediccion, clases))
