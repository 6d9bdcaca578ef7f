"""A training function whose settings come in one argparse namespace, `train(X, Y, args)` reading `args.lr`,
`args.batch_size`, `args.epochs` and `args.hidden`, the parser built under `__main__` with their defaults; the
forward, backward and update written inline in its mini-batch loop: ReLU hidden units, softmax output, mean
cross-entropy: correct."""
import argparse

import numpy as np


def train(X, Y, args):
    rng = np.random.default_rng(0)
    W1 = rng.normal(0.0, np.sqrt(2.0 / X.shape[1]), (X.shape[1], args.hidden))
    b1 = np.zeros(args.hidden)
    W2 = rng.normal(0.0, np.sqrt(1.0 / args.hidden), (args.hidden, Y.shape[1]))
    b2 = np.zeros(Y.shape[1])
    for epoch in range(args.epochs):
        for start in range(0, X.shape[0] - args.batch_size + 1, args.batch_size):
            xb = X[start:start + args.batch_size]
            yb = Y[start:start + args.batch_size]
            z1 = xb @ W1 + b1
            a1 = np.maximum(z1, 0.0)
            s = a1 @ W2 + b2
            probs = np.exp(s - s.max(axis=1, keepdims=True))
            probs /= probs.sum(axis=1, keepdims=True)
            g2 = (probs - yb) / xb.shape[0]
            g1 = (g2 @ W2.T) * (z1 > 0)
            W2 -= args.lr * a1.T @ g2
            b2 -= args.lr * g2.sum(axis=0)
            W1 -= args.lr * xb.T @ g1
            b1 -= args.lr * g1.sum(axis=0)
    return W1, b1, W2, b2


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--batch_size", type=int, default=32)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--hidden", type=int, default=64)
    options = parser.parse_args()
    data = np.random.default_rng(1).normal(size=(256, 12))
    onehot = np.eye(4)[(data[:, 0] > 0).astype(int) + 2 * (data[:, 1] > 0).astype(int)]
    train(data, onehot, options)
