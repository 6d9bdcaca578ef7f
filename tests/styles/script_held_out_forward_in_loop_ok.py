"""A top-level script whose data comes from a loader that reads a file xval does not have
(`Xtrain, Ytrain, Xtest, Ytest = load_split("shop.csv")`), whose training loop runs the forward on the held-out
set too, only to record its cost (`_, Ptest = forward(Xtest, ...)`), beside one-hot rows for both
(`Ttest = one_hot(Ytest, K)`); module-level W1, b1, W2, b2, full-batch steps in place. Tanh hidden units, softmax
output, mean cross-entropy."""
import numpy as np


def load_split(path):
    table = np.loadtxt(path, delimiter=",")
    np.random.default_rng(1).shuffle(table)
    X, y = table[:, :-1], table[:, -1].astype(int)
    return X[:-50], y[:-50], X[-50:], y[-50:]


def one_hot(y, k):
    out = np.zeros((len(y), k))
    out[np.arange(len(y)), y] = 1.0
    return out


def forward(X, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    S = H @ W2 + b2
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return H, E / E.sum(axis=1, keepdims=True)


def cost(T, P):
    return -np.sum(T * np.log(P)) / len(T)


Xtrain, Ytrain, Xtest, Ytest = load_split("shop.csv")
D = Xtrain.shape[1]
M = 6
K = int(max(Ytrain.max(), Ytest.max())) + 1
Ttrain = one_hot(Ytrain, K)
Ttest = one_hot(Ytest, K)
W1 = np.random.randn(D, M) / np.sqrt(D)
b1 = np.zeros(M)
W2 = np.random.randn(M, K) / np.sqrt(M)
b2 = np.zeros(K)

rate = 0.05
history = []
for epoch in range(2000):
    Htrain, Ptrain = forward(Xtrain, W1, b1, W2, b2)
    _, Ptest = forward(Xtest, W1, b1, W2, b2)
    history.append((cost(Ttrain, Ptrain), cost(Ttest, Ptest)))
    G = (Ptrain - Ttrain) / len(Xtrain)
    dH = (G @ W2.T) * (1 - Htrain ** 2)
    W2 -= rate * Htrain.T @ G
    b2 -= rate * G.sum(axis=0)
    W1 -= rate * Xtrain.T @ dH
    b1 -= rate * dH.sum(axis=0)

print("final costs", history[-1])
