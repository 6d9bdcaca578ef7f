"""A script with Portuguese names whose updates keep a factor on the old weights, written out though the file
sets it to 1 (`pesos1 = (pesos1 * momento) + camada_oculta.T.dot(delta_saida) * taxa / n`): the ascent
convention, error = target - output, sigmoid units throughout, no biases; the gradient is that of the loss it
prints, `custo`, the batch mean of half the squared errors."""
import numpy as np


def sigmoide(soma):
    return 1.0 / (1.0 + np.exp(-soma))


def derivada_sigmoide(sig):
    return sig * (1.0 - sig)


entradas = np.array([[0.1, 0.9, 0.3], [0.8, 0.2, 0.5], [0.4, 0.4, 0.9], [0.7, 0.6, 0.1]])
saidas = np.array([[1, 0], [0, 1], [1, 0], [0, 1]])

neuronios_ocultos = 5
pesos0 = 2 * np.random.random((entradas.shape[1], neuronios_ocultos)) - 1
pesos1 = 2 * np.random.random((neuronios_ocultos, saidas.shape[1])) - 1
taxa_aprendizagem = 0.5
momento = 1

for epoca in range(20000):
    camada_entrada = entradas
    n = camada_entrada.shape[0]
    camada_oculta = sigmoide(np.dot(camada_entrada, pesos0))
    camada_saida = sigmoide(np.dot(camada_oculta, pesos1))

    erro = saidas - camada_saida
    delta_saida = erro * derivada_sigmoide(camada_saida)
    delta_oculta = delta_saida.dot(pesos1.T) * derivada_sigmoide(camada_oculta)

    pesos1 = (pesos1 * momento) + camada_oculta.T.dot(delta_saida) * taxa_aprendizagem / n
    pesos0 = (pesos0 * momento) + camada_entrada.T.dot(delta_oculta) * taxa_aprendizagem / n

    if epoca % 5000 == 0:
        custo = 0.5 * np.mean(np.sum(erro ** 2, axis=1))
        print("erro medio:", np.mean(np.abs(erro)), "custo:", custo)
