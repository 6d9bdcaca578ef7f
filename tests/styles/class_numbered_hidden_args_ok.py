"""A book-style class with two hidden layers given as separate arguments, `Net(input_nodes, hid_layer1,
hid_layer2, output_nodes, learning_rate)`, its weights named by the layers they join (`w_input_1`, `w_1_2`,
`w_2_output`, each (out, in), no biases); `query(inputs_list)` and `train(inputs_list, targets_list)` on one
sample made a column with `np.array(..., ndmin=2).T`, stepping up the error's direction (`W += lr * ...`).
Sigmoid hidden units, a softmax output, the cross-entropy's error `targets - outputs`."""
import numpy as np


class Net:
    def __init__(self, input_nodes, hid_layer1, hid_layer2, output_nodes, learning_rate):
        gen = np.random.default_rng(21)
        self.w_input_1 = gen.normal(0, input_nodes ** -0.5, (hid_layer1, input_nodes))
        self.w_1_2 = gen.normal(0, hid_layer1 ** -0.5, (hid_layer2, hid_layer1))
        self.w_2_output = gen.normal(0, hid_layer2 ** -0.5, (output_nodes, hid_layer2))
        self.lr = learning_rate

    @staticmethod
    def squash(v):
        return 1 / (1 + np.exp(-v))

    def _layers(self, inputs):
        h1 = self.squash(self.w_input_1 @ inputs)
        h2 = self.squash(self.w_1_2 @ h1)
        z = self.w_2_output @ h2
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return h1, h2, e / e.sum(axis=0, keepdims=True)

    def query(self, inputs_list):
        return self._layers(np.array(inputs_list, ndmin=2).T)[2]

    def train(self, inputs_list, targets_list):
        inputs = np.array(inputs_list, ndmin=2).T
        targets = np.array(targets_list, ndmin=2).T
        h1, h2, outputs = self._layers(inputs)
        output_errors = targets - outputs
        errors_2 = (self.w_2_output.T @ output_errors) * h2 * (1 - h2)
        errors_1 = (self.w_1_2.T @ errors_2) * h1 * (1 - h1)
        self.w_2_output += self.lr * output_errors @ h2.T
        self.w_1_2 += self.lr * errors_2 @ h1.T
        self.w_input_1 += self.lr * errors_1 @ inputs.T


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    xs, ts = gen.normal(size=(30, 4)), np.eye(3)[gen.integers(0, 3, 30)]
    net = Net(4, 6, 5, 3, 0.1)
    for _ in range(20):
        for x, t in zip(xs, ts):
            net.train(x, t)
    print(-np.mean([np.log(net.query(x)[np.argmax(t), 0]) for x, t in zip(xs, ts)]))
