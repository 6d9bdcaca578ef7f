"""Layer objects in the shape of a course skeleton: column-major (x (features, batch)), each layer's backprop(x, dLdy)
given its input again, the linear layer's returning (dLdW, dLdb, dLdx) in that order, an activation layer whose
name says only that it is one (nn_activation_layer, tanh inside), and a softmax layer whose backprop passes the
gradient through because the cross-entropy layer's backprop already gives p - y; trained at top level."""
import numpy as np


class nn_linear_layer:
    def __init__(self, input_size, output_size, std=0.5):
        self.W = np.random.normal(0, std, (output_size, input_size))
        self.b = np.zeros((output_size, 1))

    def forward(self, x):
        return self.W @ x + self.b

    def backprop(self, x, dLdy):
        dLdW = dLdy @ x.T
        dLdb = np.sum(dLdy, axis=1, keepdims=True)
        dLdx = self.W.T @ dLdy
        return dLdW, dLdb, dLdx

    def update_weights(self, dLdW, dLdb):
        self.W = self.W + dLdW
        self.b = self.b + dLdb


class nn_activation_layer:
    def forward(self, x):
        return np.tanh(x)

    def backprop(self, x, dLdy):
        return dLdy * (1.0 - np.tanh(x) ** 2)


class nn_softmax_layer:
    def forward(self, x):
        e = np.exp(x - np.max(x, axis=0, keepdims=True))
        return e / np.sum(e, axis=0, keepdims=True)

    def backprop(self, x, dLdy):
        return dLdy


class nn_cross_entropy_layer:
    def forward(self, p, y):
        return -np.mean(np.log(p[y, np.arange(len(y))]))

    def backprop(self, p, y):
        g = p.copy()
        g[y, np.arange(len(y))] -= 1.0
        return g / len(y)


gen = np.random.default_rng(4)
x_train = gen.normal(size=(2, 40))
y_train = (x_train[0] * x_train[1] > 0).astype(int)
layer1, act, layer2 = nn_linear_layer(2, 6), nn_activation_layer(), nn_linear_layer(6, 2)
smax, cent = nn_softmax_layer(), nn_cross_entropy_layer()
lr = 0.5
for step in range(500):
    h = layer1.forward(x_train)
    a = act.forward(h)
    s = layer2.forward(a)
    p = smax.forward(s)
    loss = cent.forward(p, y_train)
    d = smax.backprop(s, cent.backprop(p, y_train))
    dW2, db2, da = layer2.backprop(a, d)
    dh = act.backprop(h, da)
    dW1, db1, _ = layer1.backprop(x_train, dh)
    layer2.update_weights(-lr * dW2, -lr * db2)
    layer1.update_weights(-lr * dW1, -lr * db1)
print(loss)
