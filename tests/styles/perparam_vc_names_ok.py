"""One derivative function per tensor under a course's single-letter names: W and b the hidden layer's, V and c
the output layer's (``feedforward(X, W, b, V, c)`` returns the softmax unnamed, then Z), each derivative taking
the targets T and the output Y; the training climbs the log-likelihood it prints. tanh hidden units: correct."""
import numpy as np


def softmax(A):
    e = np.exp(A - A.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def feedforward(X, W, b, V, c):
    Z = np.tanh(X.dot(W) + b)
    return softmax(Z.dot(V) + c), Z


def derivative_V(Z, T, Y):
    return Z.T.dot(T - Y)


def derivative_c(T, Y):
    return (T - Y).sum(axis=0)


def derivative_W(T, Y, Z, V, X):
    return X.T.dot((T - Y).dot(V.T) * (1 - Z * Z))


def derivative_b(T, Y, Z, V):
    return ((T - Y).dot(V.T) * (1 - Z * Z)).sum(axis=0)


def cost(T, Y):
    return (T * np.log(Y)).sum()


def fit(X, T, W, b, V, c, learning_rate=1e-4, epochs=200):
    for epoch in range(epochs):
        Y, Z = feedforward(X, W, b, V, c)
        if epoch % 50 == 0:
            print(epoch, cost(T, Y))
        V += learning_rate * derivative_V(Z, T, Y)
        c += learning_rate * derivative_c(T, Y)
        W += learning_rate * derivative_W(T, Y, Z, V, X)
        b += learning_rate * derivative_b(T, Y, Z, V)
    return W, b, V, c
