"""A script stepping one sample at a time with column-major weights applied to each row of a 2-D array
(`V @ X_train[i]`: a vector (n,)), its outer-product updates written with `np.atleast_2d(...)`, which needs
vectors; no biases, a linear output and the squared error's step: correct. Given (n, 1) columns it would
raise, so each sample is passed as the vector its own data's rows are."""
import numpy as np

data = np.load("digits_train.npz")
X_train = data["images"].reshape(len(data["images"]), -1) / 255.0
Y_train = np.eye(10)[data["labels"]]

rng = np.random.default_rng(4)
V = rng.uniform(-0.05, 0.05, (40, X_train.shape[1]))  # input to hidden
W = rng.uniform(-0.05, 0.05, (10, 40))  # hidden to output
step = 0.005

for sweep in range(30):
    total = 0.0
    for i in range(len(X_train)):
        hid = np.maximum(V @ X_train[i], 0.0)
        out = W @ hid
        miss = Y_train[i] - out
        back = (W.T @ miss) * (hid > 0)
        total += 0.5 * np.sum(miss ** 2)
        W += step * np.atleast_2d(miss).T @ np.atleast_2d(hid)
        V += step * np.atleast_2d(back).T @ np.atleast_2d(X_train[i])
    print(sweep, total / len(X_train))
