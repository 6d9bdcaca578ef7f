"""Parameters in a dict keyed by place (`hidden_weights`, `output_biases`), data as columns; the forward returns a
dict of what each layer puts out (`hidden_layer_outputs`, `output_layer_outputs`), which the backward takes as
`output_values`, its input named `feature_matrix`: sigmoid hidden units, sigmoid outputs, binary cross-entropy
averaged over the samples: correct."""
import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def bce(predicted, expected):
    m = expected.shape[1]
    return -np.sum(expected * np.log(predicted) + (1 - expected) * np.log(1 - predicted)) / m


def propagate(feature_matrix, net):
    hidden = logistic(net["hidden_weights"] @ feature_matrix + net["hidden_biases"])
    final = logistic(net["output_weights"] @ hidden + net["output_biases"])
    return {"hidden_layer_outputs": hidden, "output_layer_outputs": final}


def backpropagate(feature_matrix, expected, output_values, net):
    m = expected.shape[1]
    hidden, final = output_values["hidden_layer_outputs"], output_values["output_layer_outputs"]
    err_out = final - expected
    err_hidden = (net["output_weights"].T @ err_out) * hidden * (1.0 - hidden)
    return {"output_weights": err_out @ hidden.T / m, "output_biases": err_out.sum(axis=1, keepdims=True) / m,
            "hidden_weights": err_hidden @ feature_matrix.T / m,
            "hidden_biases": err_hidden.sum(axis=1, keepdims=True) / m}


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(4, 32))
    Y = (X[:2] > 0).astype(float)
    net = {"hidden_weights": rng.normal(0, 0.5, (6, 4)), "hidden_biases": np.zeros((6, 1)),
           "output_weights": rng.normal(0, 0.5, (2, 6)), "output_biases": np.zeros((2, 1))}
    for step in range(200):
        vals = propagate(X, net)
        grads = backpropagate(X, Y, vals, net)
        for key in net:
            net[key] -= 0.5 * grads[key]
    print(bce(propagate(X, net)["output_layer_outputs"], Y))
