"""A class in the manner of the classic "make your own network" books, written in Spanish: RedNeuronal(inputLayer,
hiddenLayer, outputLayer, ritmo) keeps the rate as self.r (a name that does not say rate), its weights as
weightInput and weightOutput (no biases), sigmoid units throughout; consulta(lista) answers a batch given as
rows, turning it into columns; entrenar(entradas, objetivos) steps in place with the error (target - output),
which is the gradient of binary cross-entropy at a sigmoid output, averaged over the batch."""
import numpy as np


def sigmoide(x):
    return 1.0 / (1.0 + np.exp(-x))


class RedNeuronal:
    def __init__(self, inputLayer, hiddenLayer, outputLayer, ritmo):
        self.weightInput = np.random.normal(0.0, inputLayer ** -0.5, (hiddenLayer, inputLayer))
        self.weightOutput = np.random.normal(0.0, hiddenLayer ** -0.5, (outputLayer, hiddenLayer))
        self.r = ritmo

    def consulta(self, lista):
        entradas = np.array(lista, ndmin=2).T
        ocultas = sigmoide(self.weightInput @ entradas)
        return sigmoide(self.weightOutput @ ocultas)

    def entrenar(self, lista, objetivos):
        entradas = np.array(lista, ndmin=2).T
        metas = np.array(objetivos, ndmin=2).T
        ocultas = sigmoide(self.weightInput @ entradas)
        salidas = sigmoide(self.weightOutput @ ocultas)
        error_salida = (metas - salidas) / entradas.shape[1]
        error_oculto = self.weightOutput.T @ error_salida
        self.weightOutput += self.r * error_salida @ ocultas.T
        self.weightInput += self.r * (error_oculto * ocultas * (1.0 - ocultas)) @ entradas.T
