"""A class that caches local Jacobians in one dict as its forward runs (`self.grad['z1_W1'] = x.T`), and whose
backward is handed the loss's gradient at its scores from outside, `backward(dL_dscores)`: it divides by the
batch size itself and stores each parameter's gradient in the same dict under `L_W1`, `L_b1` (the loss with
respect to W1). No loss and no softmax in the file: its scores are the outputs."""
import numpy as np


class ScoreNet:
    def __init__(self, n_in, n_hidden, n_out, step=0.01):
        gen = np.random.default_rng(8)
        self.W1 = gen.normal(0, np.sqrt(2 / n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = gen.normal(0, np.sqrt(2 / n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.step_size = step
        self.grad = {}

    def forward(self, x):
        z1 = x @ self.W1 + self.b1
        r1 = np.maximum(z1, 0)
        scores = r1 @ self.W2 + self.b2
        self.grad["z1_W1"] = x.T
        self.grad["r1_z1"] = (z1 > 0).astype(float)
        self.grad["s_W2"] = r1.T
        self.grad["s_r1"] = self.W2.T
        return scores

    def backward(self, dL_dscores):
        count = dL_dscores.shape[0]
        g = dL_dscores / count
        self.grad["L_W2"] = self.grad["s_W2"] @ g
        self.grad["L_b2"] = g.sum(axis=0, keepdims=True)
        g1 = (g @ self.grad["s_r1"]) * self.grad["r1_z1"]
        self.grad["L_W1"] = self.grad["z1_W1"] @ g1
        self.grad["L_b1"] = g1.sum(axis=0, keepdims=True)

    def step(self):
        for name in ("W1", "b1", "W2", "b2"):
            setattr(self, name, getattr(self, name) - self.step_size * self.grad["L_" + name])


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    x, t = gen.normal(size=(16, 3)), gen.normal(size=(16, 2))
    net = ScoreNet(3, 6, 2)
    for _ in range(20):
        net.backward(net.forward(x) - t)
        net.step()
    print(np.mean((net.forward(x) - t) ** 2))
