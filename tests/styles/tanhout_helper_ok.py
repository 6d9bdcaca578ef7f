"""Functions on a params dict, tanh on every layer (the output too) with one derivative helper, dtanh(z), given each
layer's pre-activation; the error y - out stepped with +=, so the gradient is the squared error's, which a tanh output
goes with. Its bug twins hand the helper the activation instead (f'(f(z))), at the output only or everywhere."""
import numpy as np


def dtanh(z):
    return 1.0 - np.tanh(z) ** 2


def init_params(n_in, n_hidden, n_out, seed=3):
    rng = np.random.default_rng(seed)
    return {"W1": rng.uniform(-0.3, 0.3, (n_in, n_hidden)), "b1": np.zeros(n_hidden),
            "W2": rng.uniform(-0.3, 0.3, (n_hidden, n_out)), "b2": np.zeros(n_out)}


def forward(x, params):
    z1 = x @ params["W1"] + params["b1"]
    h = np.tanh(z1)
    z2 = h @ params["W2"] + params["b2"]
    out = np.tanh(z2)
    return {"z1": z1, "h": h, "z2": z2, "out": out}


def train_step(x, y, params, lr):
    c = forward(x, params)
    err = (y - c["out"]) / len(x)
    d_out = err * dtanh(c["z2"])
    d_hid = d_out @ params["W2"].T * dtanh(c["z1"])
    params["W2"] += lr * c["h"].T @ d_out
    params["b2"] += lr * d_out.sum(axis=0)
    params["W1"] += lr * x.T @ d_hid
    params["b1"] += lr * d_hid.sum(axis=0)
    return 0.5 * np.sum((y - c["out"]) ** 2) / len(x)


if __name__ == "__main__":
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    Y = np.array([[-0.9], [0.9], [0.9], [-0.9]])
    p = init_params(2, 4, 1)
    for epoch in range(2000):
        loss = train_step(X, Y, p, 0.5)
    print(loss)
