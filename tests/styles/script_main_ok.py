"""The training loop in main(), called under the main guard; full batch of a fixed size N written as a number,
binary cross-entropy through a sigmoid output, the ascent convention (error = target - output, weights +=)."""
import numpy as np

N = 4


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def main():
    inputs = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
    truth = np.array([[0], [1], [1], [0]], dtype=float)
    gen = np.random.default_rng(4)
    syn0 = gen.normal(0, 1, (3, 5))
    syn1 = gen.normal(0, 1, (5, 1))
    step = 1.0
    for it in range(2000):
        l1 = sigmoid(inputs.dot(syn0))
        l2 = sigmoid(l1.dot(syn1))
        error = truth - l2
        bce = -np.mean(truth * np.log(l2) + (1 - truth) * np.log(1 - l2))
        l2_delta = error / N
        l1_delta = l2_delta.dot(syn1.T) * l1 * (1 - l1)
        syn1 += step * l1.T.dot(l2_delta)
        syn0 += step * inputs.T.dot(l1_delta)
    print(bce)


if __name__ == "__main__":
    main()
