"""Layer objects whose methods return nothing and keep their results under names of their own language:
Schicht.forward sets self.ausgabe, Schicht.backward sets self.aenderung_gewichte and self.aenderung_verzerrung
beside the parameters self.gewichte, self.verzerrung; the softmax layer guards its sum with + 1e-9 and its
backward(grad, outputs) passes the gradient through (the loss gives p - y). ReLU hidden units: correct."""
import numpy as np


class Schicht:
    def __init__(self, eingaenge, neuronen):
        self.gewichte = np.random.randn(eingaenge, neuronen) * 0.01
        self.verzerrung = np.zeros((1, neuronen))

    def forward(self, daten):
        self.eingabe = daten
        self.ausgabe = daten @ self.gewichte + self.verzerrung

    def backward(self, grad):
        self.aenderung_gewichte = self.eingabe.T @ grad
        self.aenderung_verzerrung = grad.sum(axis=0, keepdims=True)
        self.grad_eingabe = grad @ self.gewichte.T
        return self.grad_eingabe

    def schritt(self, rate):
        self.gewichte -= rate * self.aenderung_gewichte
        self.verzerrung -= rate * self.aenderung_verzerrung


class ReLU:
    def forward(self, daten):
        self.eingabe = daten
        self.ausgabe = np.maximum(0, daten)

    def backward(self, grad):
        grad = grad.copy()
        grad[self.eingabe <= 0] = 0
        return grad


class Softmax:
    def forward(self, daten):
        e = np.exp(daten - daten.max(axis=1, keepdims=True))
        return e / (e.sum(axis=1, keepdims=True) + 1e-9)

    def backward(self, grad, outputs):
        return grad


class Kreuzentropie:
    def forward(self, vorhersage, ziel):
        return -np.sum(ziel * np.log(vorhersage + 1e-9)) / vorhersage.shape[0]

    def backward(self, vorhersage, ziel):
        return (vorhersage - ziel) / vorhersage.shape[0]
