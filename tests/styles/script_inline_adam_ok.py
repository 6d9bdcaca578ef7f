"""A script whose training loop steps with Adam written inline: each weight's first and second moments kept at
module level (`m_W1 = beta1 * m_W1 + (1 - beta1) * dW1`, `v_W1 = ... * dW1 ** 2`), bias-corrected, then `W1 -= lr *
mh / (np.sqrt(vh) + eps)`; tanh hidden units, softmax output, mean cross-entropy."""
import numpy as np

rng = np.random.default_rng(8)
X = rng.normal(size=(64, 5))
Y = np.eye(3)[rng.integers(0, 3, 64)]
W1 = rng.normal(0.0, 0.4, (5, 7))
b1 = np.zeros(7)
W2 = rng.normal(0.0, 0.4, (7, 3))
b2 = np.zeros(3)
lr, beta1, beta2, eps = 0.01, 0.9, 0.999, 1e-8
m_W1, v_W1 = np.zeros_like(W1), np.zeros_like(W1)
m_b1, v_b1 = np.zeros_like(b1), np.zeros_like(b1)
m_W2, v_W2 = np.zeros_like(W2), np.zeros_like(W2)
m_b2, v_b2 = np.zeros_like(b2), np.zeros_like(b2)

for t in range(1, 201):
    H = np.tanh(X @ W1 + b1)
    S = H @ W2 + b2
    P = np.exp(S - S.max(axis=1, keepdims=True))
    P /= P.sum(axis=1, keepdims=True)
    loss = -np.mean(np.sum(Y * np.log(P), axis=1))
    dS = (P - Y) / len(X)
    dW2, db2 = H.T @ dS, dS.sum(axis=0)
    dH = (dS @ W2.T) * (1.0 - H ** 2)
    dW1, db1 = X.T @ dH, dH.sum(axis=0)
    m_W1 = beta1 * m_W1 + (1 - beta1) * dW1
    v_W1 = beta2 * v_W1 + (1 - beta2) * dW1 ** 2
    W1 -= lr * (m_W1 / (1 - beta1 ** t)) / (np.sqrt(v_W1 / (1 - beta2 ** t)) + eps)
    m_b1 = beta1 * m_b1 + (1 - beta1) * db1
    v_b1 = beta2 * v_b1 + (1 - beta2) * db1 ** 2
    b1 -= lr * (m_b1 / (1 - beta1 ** t)) / (np.sqrt(v_b1 / (1 - beta2 ** t)) + eps)
    m_W2 = beta1 * m_W2 + (1 - beta1) * dW2
    v_W2 = beta2 * v_W2 + (1 - beta2) * dW2 ** 2
    W2 -= lr * (m_W2 / (1 - beta1 ** t)) / (np.sqrt(v_W2 / (1 - beta2 ** t)) + eps)
    m_b2 = beta1 * m_b2 + (1 - beta1) * db2
    v_b2 = beta2 * v_b2 + (1 - beta2) * db2 ** 2
    b2 -= lr * (m_b2 / (1 - beta1 ** t)) / (np.sqrt(v_b2 / (1 - beta2 ** t)) + eps)
    if t % 50 == 0:
        print(t, loss)
