"""A script in the manner of a classic course's exercise: the biases folded into the weights (theta1 (in + 1,
hidden), theta2 (hidden + 1, out)), a column of ones joined in front of the input once before the loop
(`X = np.hstack([np.ones((m, 1)), X])`) and in front of the hidden values at each step; tanh hidden units, a
softmax output, the mean cross-entropy it prints."""
import numpy as np

rng = np.random.default_rng(11)
X = rng.normal(size=(15, 4))
labels = rng.integers(0, 3, size=15)
Y = np.eye(3)[labels]
m = X.shape[0]
X = np.hstack([np.ones((m, 1)), X])

theta1 = rng.normal(scale=0.4, size=(5, 6))
theta2 = rng.normal(scale=0.4, size=(7, 3))
alpha = 0.2

for it in range(400):
    h = np.tanh(X @ theta1)
    H = np.hstack([np.ones((m, 1)), h])
    s = H @ theta2
    e = np.exp(s - s.max(axis=1, keepdims=True))
    P = e / e.sum(axis=1, keepdims=True)
    J = -np.sum(Y * np.log(P)) / m

    d3 = (P - Y) / m
    d2 = (d3 @ theta2[1:].T) * (1 - h ** 2)
    theta2 -= alpha * (H.T @ d3)
    theta1 -= alpha * (X.T @ d2)
    if it % 100 == 0:
        print(it, J)
