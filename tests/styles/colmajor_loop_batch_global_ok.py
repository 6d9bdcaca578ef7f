"""Column-major functions on a params dict whose backward divides by a global batch size that only the file's own
training loop sets, batch by batch (m_batch = stop - start), beside the data loading xval does not run; ReLU
hidden units, softmax and mean cross-entropy over one-hot columns."""
import numpy as np

data = np.load("train_images.npy")  # (784, samples), never present when checked
labels = np.load("train_labels.npy")


def relu(z):
    return np.maximum(z, 0.0)


def softmax_cols(z):
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def forward_cols(X, params):
    cache = {"Z1": params["W1"] @ X + params["b1"]}
    cache["A1"] = relu(cache["Z1"])
    cache["Z2"] = params["W2"] @ cache["A1"] + params["b2"]
    cache["A2"] = softmax_cols(cache["Z2"])
    return cache


def backward_cols(X, Y, params, cache):
    dZ2 = cache["A2"] - Y
    grads = {"dW2": dZ2 @ cache["A1"].T / m_batch, "db2": dZ2.sum(axis=1, keepdims=True) / m_batch}
    dZ1 = (params["W2"].T @ dZ2) * (cache["Z1"] > 0)
    grads["dW1"] = dZ1 @ X.T / m_batch
    grads["db1"] = dZ1.sum(axis=1, keepdims=True) / m_batch
    return grads


params = {"W1": np.random.randn(64, 784) * 0.05, "b1": np.zeros((64, 1)),
          "W2": np.random.randn(10, 64) * 0.05, "b2": np.zeros((10, 1))}
onehot = np.eye(10)[labels].T
for epoch in range(3):
    for start in range(0, data.shape[1], 128):
        stop = min(start + 128, data.shape[1])
        m_batch = stop - start
        Xb, Yb = data[:, start:stop], onehot[:, start:stop]
        cache = forward_cols(Xb, params)
        grads = backward_cols(Xb, Yb, params, cache)
        for k in ("W1", "b1", "W2", "b2"):
            params[k] -= 0.1 * grads["d" + k]
