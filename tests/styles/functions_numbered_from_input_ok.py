"""Functions whose layers are numbered from the input layer as layer 1 (w2, b2 lead to z2, a2; w3, b3 to the
output), samples as columns: a forward with a name of its own, consulta(w2, b2, w3, b3, entrada), returning the
z2, a2, z3, a3 that backpropagation(z2, a2, z3, a3, w3, etiquetas, datos) takes; ReLU hidden units, a softmax
output, integer labels made one-hot inside, the batch size from the data: correct."""
import numpy as np


def crear(n_entrada, n_oculta, n_salida):
    rng = np.random.default_rng(11)
    w2 = rng.normal(0.0, np.sqrt(2.0 / n_entrada), (n_oculta, n_entrada))
    b2 = np.zeros((n_oculta, 1))
    w3 = rng.normal(0.0, np.sqrt(1.0 / n_oculta), (n_salida, n_oculta))
    b3 = np.zeros((n_salida, 1))
    return w2, b2, w3, b3


def consulta(w2, b2, w3, b3, entrada):
    z2 = w2 @ entrada + b2
    a2 = np.maximum(z2, 0.0)
    z3 = w3 @ a2 + b3
    e = np.exp(z3 - z3.max(axis=0, keepdims=True))
    a3 = e / e.sum(axis=0, keepdims=True)
    return z2, a2, z3, a3


def backpropagation(z2, a2, z3, a3, w3, etiquetas, datos):
    m = datos.shape[1]
    objetivo = np.zeros_like(a3)
    objetivo[etiquetas, np.arange(m)] = 1.0
    dz3 = (a3 - objetivo) / m
    dw3 = dz3 @ a2.T
    db3 = dz3.sum(axis=1, keepdims=True)
    dz2 = (w3.T @ dz3) * (z2 > 0)
    dw2 = dz2 @ datos.T
    db2 = dz2.sum(axis=1, keepdims=True)
    return dw2, db2, dw3, db3
