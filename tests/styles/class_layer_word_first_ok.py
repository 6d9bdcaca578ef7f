"""A class named in Portuguese, whose attributes put the word for the layer before the one that says which
(`pesos_camada_oculta`, `vies_camada_saida`: weights of the hidden layer, bias of the output layer), with
`propagar(entradas)` for the forward and `treinar(X, Y, taxa)` stepping in place once per call. Sigmoid units,
one-hot labels, its cost `custo` half the squared error averaged over the batch."""
import numpy as np


class RedeNeural:
    def __init__(self, n_entradas, n_ocultos, n_saidas):
        gerador = np.random.default_rng(5)
        self.pesos_camada_oculta = gerador.normal(0.0, 0.5, (n_entradas, n_ocultos))
        self.vies_camada_oculta = np.zeros(n_ocultos)
        self.pesos_camada_saida = gerador.normal(0.0, 0.5, (n_ocultos, n_saidas))
        self.vies_camada_saida = np.zeros(n_saidas)

    @staticmethod
    def sigmoide(v):
        return 1.0 / (1.0 + np.exp(-v))

    def propagar(self, entradas):
        self.oculta = self.sigmoide(entradas @ self.pesos_camada_oculta + self.vies_camada_oculta)
        self.saida = self.sigmoide(self.oculta @ self.pesos_camada_saida + self.vies_camada_saida)
        return self.saida

    def custo(self, Y, saida):
        return 0.5 * np.mean(np.sum((saida - Y) ** 2, axis=1))

    def treinar(self, X, Y, taxa=0.1):
        saida = self.propagar(X)
        delta_saida = (saida - Y) * saida * (1.0 - saida) / len(X)
        delta_oculta = (delta_saida @ self.pesos_camada_saida.T) * self.oculta * (1.0 - self.oculta)
        self.pesos_camada_saida -= taxa * self.oculta.T @ delta_saida
        self.vies_camada_saida -= taxa * delta_saida.sum(axis=0)
        self.pesos_camada_oculta -= taxa * X.T @ delta_oculta
        self.vies_camada_oculta -= taxa * delta_oculta.sum(axis=0)
