"""A class written in Portuguese in the book's style: `RedeNeural(num_nodos_entrada, num_nodos_escondidos,
num_nodos_saida, taxa_aprendizagem)` (counts before the noun, the adjective after it), `consultar(vetor_entrada)` the
forward and `treinar_rede(vetor_entrada, vetor_saida_esperado)` a step in place, both turning what they are given into
columns with `np.array(..., ndmin=2).T`. No biases, sigmoid units, its loss `custo_quadratico` half the squared
error averaged over the batch (kept as `self.custo`), both deltas taken before either weight changes: correct."""
import numpy as np


def ativacao(x):
    return 1.0 / (1.0 + np.exp(-x))


def custo_quadratico(saida, esperado):
    return 0.5 * np.mean(np.sum((esperado - saida) ** 2, axis=0))


class RedeNeural:
    def __init__(self, num_nodos_entrada, num_nodos_escondidos, num_nodos_saida, taxa_aprendizagem):
        self.taxa = taxa_aprendizagem
        self.pesos_entrada_escondida = np.random.normal(0.0, num_nodos_entrada ** -0.5,
                                                        (num_nodos_escondidos, num_nodos_entrada))
        self.pesos_escondida_saida = np.random.normal(0.0, num_nodos_escondidos ** -0.5,
                                                      (num_nodos_saida, num_nodos_escondidos))

    def consultar(self, vetor_entrada):
        entradas = np.array(vetor_entrada, ndmin=2).T
        escondida = ativacao(self.pesos_entrada_escondida @ entradas)
        return ativacao(self.pesos_escondida_saida @ escondida)

    def treinar_rede(self, vetor_entrada, vetor_saida_esperado):
        entradas = np.array(vetor_entrada, ndmin=2).T
        esperado = np.array(vetor_saida_esperado, ndmin=2).T
        m = entradas.shape[1]
        escondida = ativacao(self.pesos_entrada_escondida @ entradas)
        saida = ativacao(self.pesos_escondida_saida @ escondida)
        self.custo = custo_quadratico(saida, esperado)
        delta_saida = (esperado - saida) * saida * (1.0 - saida)
        delta_escondida = (self.pesos_escondida_saida.T @ delta_saida) * escondida * (1.0 - escondida)
        self.pesos_escondida_saida += self.taxa * delta_saida @ escondida.T / m
        self.pesos_entrada_escondida += self.taxa * delta_escondida @ entradas.T / m
