"""Module-level weights and two functions that read them: run(batch) gives the output probabilities, and
learn(batch, onehot, eta), which declares the weights `global`, computes its own forward pass and steps them in
place; neither goes by a known forward or backward name. Sigmoid hidden units, a shifted softmax and the mean
cross-entropy its mean_ce() computes, which its loop prints."""
import numpy as np

rng = np.random.default_rng(6)
hidden_w = rng.normal(0.0, 0.05, (784, 64))
hidden_b = np.zeros(64)
out_w = rng.normal(0.0, 0.05, (64, 10))
out_b = np.zeros(10)


def squash(v):
    return 1.0 / (1.0 + np.exp(-v))


def probabilities(scores):
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def run(batch):
    h = squash(batch @ hidden_w + hidden_b)
    return probabilities(h @ out_w + out_b)


def mean_ce(p, onehot):
    return -np.mean(np.sum(onehot * np.log(p + 1e-12), axis=1))


def learn(batch, onehot, eta):
    global hidden_w, hidden_b, out_w, out_b
    h = squash(batch @ hidden_w + hidden_b)
    p = probabilities(h @ out_w + out_b)
    e_out = (p - onehot) / len(batch)
    e_hid = (e_out @ out_w.T) * h * (1.0 - h)
    out_w -= eta * h.T @ e_out
    out_b -= eta * e_out.sum(axis=0)
    hidden_w -= eta * batch.T @ e_hid
    hidden_b -= eta * e_hid.sum(axis=0)


if __name__ == "__main__":
    data = rng.random((256, 784))
    targets = np.eye(10)[rng.integers(0, 10, 256)]
    for rnd in range(20):
        for k in range(0, 256, 64):
            learn(data[k:k + 64], targets[k:k + 64], 0.5)
        print(rnd, mean_ce(run(data), targets))
