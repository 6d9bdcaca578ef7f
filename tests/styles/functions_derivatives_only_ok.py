"""A course exercise's per-tensor derivative functions and nothing else: no forward, no loss, no training loop.
`grad_w2(H, T, P)`, `grad_b2(T, P)`, `grad_w1(X, H, T, P, W2)`, `grad_b1(T, P, W2, H)` for a tanh hidden layer
`H` (its derivative written on H: 1 - H ** 2) and softmax outputs `P` against one-hot targets `T`, each the batch
mean cross-entropy's: correct. xval writes the forward they imply."""


def grad_w2(H, T, P):
    return H.T.dot(P - T) / len(T)


def grad_b2(T, P):
    return (P - T).sum(axis=0) / len(T)


def grad_w1(X, H, T, P, W2):
    dH = (P - T).dot(W2.T) * (1 - H ** 2)
    return X.T.dot(dH) / len(T)


def grad_b1(T, P, W2, H):
    return ((P - T).dot(W2.T) * (1 - H ** 2)).sum(axis=0) / len(T)
