"""A script whose training function takes one sample and steps the arrays it is given in place, with no loop of its
own: learn(x, t, Wh, Wo, bh, bo) makes the sample a column from the module's sizes (x.reshape((n_in, 1))), runs tanh
hidden units and a sigmoid output, and reads the rate from the module; the module's own loop calls it on a sample
drawn at random (learn(data[k], target[k], Wh, Wo, bh, bo)), and its forward only prints. The cost it prints is half
the squared error, whose gradient the step takes: correct."""
import numpy as np

rate = 0.5
n_in, n_hid, n_out = 2, 3, 1

data = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
target = np.array([[0.0], [1.0], [1.0], [0.0]])

rng = np.random.default_rng(7)
Wh = rng.normal(0.0, 0.5, (n_hid, n_in))
Wo = rng.normal(0.0, 0.5, (n_out, n_hid))
bh = np.zeros((n_hid, 1))
bo = np.zeros((n_out, 1))


def squash(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost(out, t):
    return 0.5 * np.sum((out - t) ** 2)


def show(X, Wh, Wo, bh, bo):
    for row in X:
        h = np.tanh(Wh @ row.reshape((n_in, 1)) + bh)
        print(row, squash(Wo @ h + bo).ravel())


def learn(x, t, Wh, Wo, bh, bo):
    x = x.reshape((n_in, 1))
    t = t.reshape((n_out, 1))
    h = np.tanh(Wh @ x + bh)
    out = squash(Wo @ h + bo)
    delta_out = (out - t) * out * (1.0 - out)
    delta_hid = (Wo.T @ delta_out) * (1.0 - h ** 2)
    Wo -= rate * delta_out @ h.T
    bo -= rate * delta_out
    Wh -= rate * delta_hid @ x.T
    bh -= rate * delta_hid
    return cost(out, t)


for it in range(20000):
    k = np.random.randint(len(data))
    err = learn(data[k], target[k], Wh, Wo, bh, bo)
    if it % 5000 == 0:
        print(it, err)

show(data, Wh, Wo, bh, bo)
