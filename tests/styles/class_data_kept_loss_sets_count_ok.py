"""A class built with its whole training set, `Classifier(features, targets, labels)`, that keeps the
integer labels under a name no reader could place (`self.yy`, read only by its accuracy report); its
`cost` sets `self.count` (the batch size) that `backward(output)` then divides by, so its training loop
runs forward, cost, backward in that order. One ReLU hidden layer, softmax output, an in-place step."""
import numpy as np

rate = 0.1
hidden_units = 24


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Classifier:
    def __init__(self, features, targets, yy):
        gen = np.random.default_rng(5)
        self.features = features
        self.targets = targets
        self.yy = yy
        self.w1 = gen.normal(0.0, np.sqrt(2.0 / features.shape[1]), (features.shape[1], hidden_units))
        self.b1 = np.zeros(hidden_units)
        self.w2 = gen.normal(0.0, np.sqrt(1.0 / hidden_units), (hidden_units, targets.shape[1]))
        self.b2 = np.zeros(targets.shape[1])

    def forward(self, features):
        self.pre = features @ self.w1 + self.b1
        self.hid = np.maximum(self.pre, 0.0)
        return softmax(self.hid @ self.w2 + self.b2)

    def cost(self, output):
        self.count = output.shape[0]
        return -np.sum(self.targets * np.log(output + 1e-12)) / self.count

    def backward(self, output):
        d_out = (output - self.targets) / self.count
        d_hid = (d_out @ self.w2.T) * (self.pre > 0)
        self.w2 -= rate * (self.hid.T @ d_out)
        self.b2 -= rate * d_out.sum(axis=0)
        self.w1 -= rate * (self.features.T @ d_hid)
        self.b1 -= rate * d_hid.sum(axis=0)

    def accuracy(self, output):
        return float(np.mean(np.argmax(output, axis=1) == self.yy))

    def fit(self, epochs):
        for epoch in range(epochs):
            output = self.forward(self.features)
            loss = self.cost(output)
            self.backward(output)
            print(epoch, round(loss, 4), self.accuracy(output))


def main(train_x, train_labels):
    one_hot = np.eye(10)[train_labels]
    model = Classifier(train_x, one_hot, train_labels)
    model.fit(5)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    main(gen.random((64, 784)), gen.integers(0, 10, 64))
