"""A regression notebook exported as a script: the hidden unit is picked by ``input()`` at the top level (an
``if``/``else`` whose ``else`` is the fallback, tanh), three layers of weights passed to forward(x, W1, b1, ...)
which returns every z and activation, the last z the prediction itself (no output activation), and back_propagate(...)
which takes them back and returns the updated weights; its loss is the mean of the squared errors over every
element, and its gradient 2 (a - y) / (batch x outputs) is that loss's: correct."""
import numpy as np


def tanh(z):
    return np.tanh(z)


def tanh_slope(z):
    return 1.0 - np.tanh(z) ** 2


def logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


def logistic_slope(z):
    s = logistic(z)
    return s * (1.0 - s)


choice = input("hidden unit: 1 = logistic, anything else = tanh ")
if choice == "1":
    unit, unit_slope = logistic, logistic_slope
else:
    print("using tanh")
    unit, unit_slope = tanh, tanh_slope


def mean_square(target, guess):
    return np.mean((target - guess) ** 2)


def forward(x, W1, b1, W2, b2, W3, b3):
    s1 = x @ W1 + b1
    h1 = unit(s1)
    s2 = h1 @ W2 + b2
    h2 = unit(s2)
    s3 = h2 @ W3 + b3
    return s1, h1, s2, h2, s3


def back_propagate(x, target, s1, h1, s2, h2, s3, W1, b1, W2, b2, W3, b3, eta):
    g3 = 2.0 * (s3 - target) / target.size
    g2 = (g3 @ W3.T) * unit_slope(s2)
    g1 = (g2 @ W2.T) * unit_slope(s1)
    W3 = W3 - eta * h2.T @ g3
    b3 = b3 - eta * g3.sum(axis=0, keepdims=True)
    W2 = W2 - eta * h1.T @ g2
    b2 = b2 - eta * g2.sum(axis=0, keepdims=True)
    W1 = W1 - eta * x.T @ g1
    b1 = b1 - eta * g1.sum(axis=0, keepdims=True)
    return W1, b1, W2, b2, W3, b3


gen = np.random.default_rng(3)
inputs = gen.normal(size=(300, 6))
targets = np.sin(inputs[:, :1]) + 0.5 * inputs[:, 1:2]
W1, b1 = gen.normal(0, 0.4, (6, 12)), np.zeros((1, 12))
W2, b2 = gen.normal(0, 0.3, (12, 8)), np.zeros((1, 8))
W3, b3 = gen.normal(0, 0.3, (8, 1)), np.zeros((1, 1))
epochs = int(input("epochs: "))
for epoch in range(epochs):
    for i in range(0, len(inputs), 32):
        xb, tb = inputs[i:i + 32], targets[i:i + 32]
        s1, h1, s2, h2, s3 = forward(xb, W1, b1, W2, b2, W3, b3)
        W1, b1, W2, b2, W3, b3 = back_propagate(xb, tb, s1, h1, s2, h2, s3, W1, b1, W2, b2, W3, b3, 0.05)
    _, _, _, _, prediction = forward(inputs, W1, b1, W2, b2, W3, b3)
    print(epoch, mean_square(targets, prediction))
