"""A class whose forward returns its output beside a list of every layer's output, input first, under a name
of its own (`return batch_y, out_list`), and whose backward takes the labels and that list under other names
(`backward_batch(batch_y_true, output_list)`), returning a dict of gradients keyed 'W_0', 'b_0', ... Sigmoid
hidden units, softmax output, one-hot labels, mean cross-entropy."""
import numpy as np


class Classifier:
    def __init__(self, in_size=784, out_size=10, hidden_sizes=(64,)):
        sizes = [in_size, *hidden_sizes, out_size]
        gen = np.random.default_rng(8)
        self.n_layers = len(sizes)
        self.parameters = {}
        for i in range(self.n_layers - 1):
            self.parameters["W_{}".format(i)] = gen.normal(0.0, np.sqrt(1.0 / sizes[i]), (sizes[i], sizes[i + 1]))
            self.parameters["b_{}".format(i)] = np.zeros(sizes[i + 1])

    def forward_batch(self, batch_x):
        out_list = [batch_x]
        for i in range(self.n_layers - 1):
            batch_x = batch_x @ self.parameters["W_{}".format(i)] + self.parameters["b_{}".format(i)]
            if i != self.n_layers - 2:
                batch_x = 1.0 / (1.0 + np.exp(-batch_x))
            else:
                e = np.exp(batch_x - batch_x.max(axis=1, keepdims=True))
                batch_x = e / e.sum(axis=1, keepdims=True)
            out_list.append(batch_x)
        batch_y = batch_x
        return batch_y, out_list

    def backward_batch(self, batch_y_true, output_list):
        grads = {}
        delta = (output_list[-1] - batch_y_true) / batch_y_true.shape[0]
        for i in range(self.n_layers - 1, 0, -1):
            h = output_list[i - 1]
            grads["W_{}".format(i - 1)] = h.T @ delta
            grads["b_{}".format(i - 1)] = delta.sum(axis=0)
            if i > 1:
                delta = (delta @ self.parameters["W_{}".format(i - 1)].T) * h * (1.0 - h)
        return grads
