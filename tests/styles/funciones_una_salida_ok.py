"""A binary classifier written with functions and Spanish names: the output width is a module-level constant
(`n_salidas = 1`) passed to its own parameter-making function, whose call never runs (its input width comes
from data loading that is not there); a sigmoid output under a mean squared error over every element, whose
gradient is divided by the batch only: right for one output unit, and only for one."""
import numpy as np

datos = np.loadtxt("calidad_del_agua.csv", delimiter=",", skiprows=1)
X_entrenamiento, y_entrenamiento = datos[:, :-1], datos[:, -1:]


def relu(z):
    return np.maximum(z, 0.0)


def derivada_relu(z):
    return (z > 0).astype(float)


def sigmoide(z):
    return 1.0 / (1.0 + np.exp(-z))


def inicializar_parametros(n_entradas, n_ocultas, n_salidas):
    generador = np.random.default_rng(7)
    W1 = generador.normal(0.0, 0.05, (n_entradas, n_ocultas))
    W2 = generador.normal(0.0, 0.05, (n_ocultas, n_salidas))
    return W1, np.zeros((1, n_ocultas)), W2, np.zeros((1, n_salidas))


n_entradas = X_entrenamiento.shape[1]
n_ocultas = 12
n_salidas = 1
W1, b1, W2, b2 = inicializar_parametros(n_entradas, n_ocultas, n_salidas)


def propagar(X, W1, b1, W2, b2):
    z1 = X @ W1 + b1
    a1 = relu(z1)
    z2 = a1 @ W2 + b2
    return z1, a1, z2, sigmoide(z2)


def costo(a2, y):
    return np.mean((a2 - y) ** 2)


def retropropagar(X, y, z1, a1, z2, a2, W2):
    m = X.shape[0]
    dz2 = (2.0 / m) * (a2 - y) * a2 * (1.0 - a2)
    dW2 = a1.T @ dz2
    db2 = dz2.sum(axis=0, keepdims=True)
    dz1 = (dz2 @ W2.T) * derivada_relu(z1)
    dW1 = X.T @ dz1
    db1 = dz1.sum(axis=0, keepdims=True)
    return dW1, db1, dW2, db2


for epoca in range(200):
    z1, a1, z2, a2 = propagar(X_entrenamiento, W1, b1, W2, b2)
    dW1, db1, dW2, db2 = retropropagar(X_entrenamiento, y_entrenamiento, z1, a1, z2, a2, W2)
    W1, b1 = W1 - 0.1 * dW1, b1 - 0.1 * db1
    W2, b2 = W2 - 0.1 * dW2, b2 - 0.1 * db2
    if epoca % 50 == 0:
        print(epoca, costo(a2, y_entrenamiento))
