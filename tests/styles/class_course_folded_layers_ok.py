"""A course skeleton's network of layer objects, one sample at a time: Linear(input_size, output_size,
weight_init_fn, learning_rate) holds one matrix w (output_size, input_size + 1) whose first column is the bias (its
forward inserts a 1 before the input), keeps the gradient in self.dw and its own rate for step(); NN is built with
the initialiser and the rate, forward(x, y) returns (y_hat, loss) and backward(y, y_hat) fills each layer's dw."""
import numpy as np


def zero_init(shape):
    return np.zeros(shape)


def uniform_init(shape):
    return np.random.uniform(-0.1, 0.1, size=shape)


class Linear:
    def __init__(self, input_size, output_size, weight_init_fn, learning_rate):
        self.rate = learning_rate
        self.w = weight_init_fn((output_size, input_size + 1))
        self.w[:, 0] = 0.0
        self.dw = np.zeros_like(self.w)
        self.x_aug = None

    def forward(self, x):
        self.x_aug = np.insert(x, 0, 1.0)
        return self.w @ self.x_aug

    def backward(self, dz):
        self.dw = np.outer(dz, self.x_aug)
        return (self.w.T @ dz)[1:]

    def step(self):
        self.w -= self.rate * self.dw


class Tanh:
    def forward(self, x):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dz):
        return dz * (1.0 - self.out ** 2)


class SoftmaxXent:
    def forward(self, z, y):
        e = np.exp(z - z.max())
        p = e / e.sum()
        return p, -np.log(p[y])

    def backward(self, y, p):
        g = p.copy()
        g[y] -= 1.0
        return g


class NN:
    def __init__(self, input_size, hidden_size, output_size, weight_init_fn, learning_rate):
        self.hidden = Linear(input_size, hidden_size, weight_init_fn, learning_rate)
        self.act = Tanh()
        self.out = Linear(hidden_size, output_size, weight_init_fn, learning_rate)
        self.head = SoftmaxXent()

    def forward(self, x, y):
        h = self.act.forward(self.hidden.forward(x))
        return self.head.forward(self.out.forward(h), y)

    def backward(self, y, y_hat):
        g = self.head.backward(y, y_hat)
        g = self.act.backward(self.out.backward(g))
        self.hidden.backward(g)

    def step(self):
        self.hidden.step()
        self.out.step()

    def train(self, X, y, n_epochs):
        for _ in range(n_epochs):
            for xi, yi in zip(X, y):
                y_hat, _ = self.forward(xi, yi)
                self.backward(yi, y_hat)
                self.step()


if __name__ == "__main__":
    rng = np.random.default_rng(3)
    X = rng.normal(size=(90, 5))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0).astype(int)
    net = NN(5, 12, 3, uniform_init, 0.05)
    net.train(X, y, 5)
    print("accuracy", np.mean([np.argmax(net.forward(xi, yi)[0]) == yi for xi, yi in zip(X, y)]))
