"""Correct, class-based: module functions are bound methods of a layer-stack class; training under a main guard."""
import numpy as np

np.random.seed(0)  # top-level call: xval does not run it


class Network:
    @staticmethod
    def forward(x, weights, biases):
        out, pre = [x], []
        for k, (W, b) in enumerate(zip(weights, biases)):
            pre.append(out[-1].dot(W) + b)
            out.append(Network._act(pre[-1], last=k == len(weights) - 1))
        return pre, out

    @staticmethod
    def _act(z, last):
        if not last:
            return z * (z > 0)
        z = z - z.max(1)[:, None]
        return np.exp(z) / np.exp(z).sum(1)[:, None]

    @staticmethod
    def backward(x, y_true, zs, activations, weights, biases, learning_rate):
        g = activations[-1] - np.eye(activations[-1].shape[1])[y_true]
        g = g / x.shape[0]
        steps = []
        for k in range(len(weights) - 1, -1, -1):
            steps.append((k, activations[k].T.dot(g), g.sum(0)[None, :]))
            if k > 0:
                g = g.dot(weights[k].T) * (zs[k - 1] > 0)
        for k, dW, db in steps:
            weights[k] -= learning_rate * dW
            biases[k] -= learning_rate * db


forward = Network.forward
backward = Network.backward

if __name__ == "__main__":
    data = np.load("fashion/train_x.npy")
    print("training ...")
