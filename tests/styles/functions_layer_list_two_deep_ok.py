"""Functions taking the file's own layer list, `network_spec`, a list of dicts with `in_size`/`out_size`
and an activation name: `init_parameters(network_spec)` and `full_forward(X, parameters, network_spec)`
walk it at any depth, but `full_backward(Y_hat, Y, memory, parameters)` was written out for the two
layers the file builds (memory["A1"], W2): at a deeper network it raises. Column-major."""
import numpy as np

network_spec = [
    {"in_size": 784, "out_size": 48, "activation": "relu"},
    {"in_size": 48, "out_size": 10, "activation": "softmax"},
]


def init_parameters(spec, seed=7):
    gen = np.random.default_rng(seed)
    parameters = {}
    for idx, layer in enumerate(spec, start=1):
        parameters["W" + str(idx)] = gen.normal(0, np.sqrt(2.0 / layer["in_size"]), (layer["out_size"], layer["in_size"]))
        parameters["b" + str(idx)] = np.zeros((layer["out_size"], 1))
    return parameters


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def full_forward(X, parameters, spec):
    memory = {"A0": X}
    A = X
    for idx, layer in enumerate(spec, start=1):
        Z = parameters["W" + str(idx)] @ A + parameters["b" + str(idx)]
        A = np.maximum(Z, 0) if layer["activation"] == "relu" else softmax(Z)
        memory["Z" + str(idx)], memory["A" + str(idx)] = Z, A
    return A, memory


def full_backward(Y_hat, Y, memory, parameters):
    m = Y.shape[1]
    grads = {}
    dZ2 = Y_hat - Y
    grads["dW2"] = dZ2 @ memory["A1"].T / m
    grads["db2"] = dZ2.sum(axis=1, keepdims=True) / m
    dZ1 = (parameters["W2"].T @ dZ2) * (memory["Z1"] > 0)
    grads["dW1"] = dZ1 @ memory["A0"].T / m
    grads["db1"] = dZ1.sum(axis=1, keepdims=True) / m
    return grads


def update(parameters, grads, rate):
    for key in parameters:
        parameters[key] -= rate * grads["d" + key]


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((784, 32))
    Y = np.eye(10)[:, gen.integers(0, 10, 32)]
    parameters = init_parameters(network_spec)
    for step in range(3):
        Y_hat, memory = full_forward(X, parameters, network_spec)
        update(parameters, full_backward(Y_hat, Y, memory, parameters), 0.1)
        print(step, float(-np.mean(np.sum(Y * np.log(Y_hat), axis=0))))
