"""A one-hidden-layer class whose names say where, not which number (weights_input_hidden, bias_output,
hidden_linear, output_activation), whose weights exist only after _initialize_weights(input_dim) (called by fit),
and whose _backward returns a dict keyed by the attribute names; ReLU, softmax + cross-entropy: correct."""
import numpy as np


class MLP:
    def __init__(self, n_hidden=64, n_classes=10, learning_rate=0.1):
        self.n_hidden = n_hidden
        self.n_classes = n_classes
        self.learning_rate = learning_rate
        self.weights_input_hidden = None
        self.bias_hidden = None
        self.weights_hidden_output = None
        self.bias_output = None

    def _initialize_weights(self, input_dim):
        self.weights_input_hidden = np.random.randn(input_dim, self.n_hidden) * np.sqrt(2.0 / input_dim)
        self.bias_hidden = np.zeros((1, self.n_hidden))
        self.weights_hidden_output = np.random.randn(self.n_hidden, self.n_classes) * np.sqrt(1.0 / self.n_hidden)
        self.bias_output = np.zeros((1, self.n_classes))

    def _forward(self, X):
        hidden_linear = X @ self.weights_input_hidden + self.bias_hidden
        hidden_activation = np.maximum(hidden_linear, 0.0)
        output_linear = hidden_activation @ self.weights_hidden_output + self.bias_output
        shifted = np.exp(output_linear - output_linear.max(axis=1, keepdims=True))
        output_activation = shifted / shifted.sum(axis=1, keepdims=True)
        return hidden_linear, hidden_activation, output_linear, output_activation

    def _backward(self, X, y, hidden_linear, hidden_activation, output_activation):
        n = X.shape[0]
        output_error = output_activation.copy()
        output_error[np.arange(n), y] -= 1.0
        output_error /= n
        hidden_error = (output_error @ self.weights_hidden_output.T) * (hidden_linear > 0)
        return {
            "weights_input_hidden": X.T @ hidden_error,
            "bias_hidden": hidden_error.sum(axis=0, keepdims=True),
            "weights_hidden_output": hidden_activation.T @ output_error,
            "bias_output": output_error.sum(axis=0, keepdims=True),
        }

    def fit(self, X, y, epochs=10, batch_size=64):
        self._initialize_weights(X.shape[1])
        for _ in range(epochs):
            for start in range(0, len(X), batch_size):
                xb, yb = X[start:start + batch_size], y[start:start + batch_size]
                h_lin, h_act, _, out = self._forward(xb)
                grads = self._backward(xb, yb, h_lin, h_act, out)
                for name, g in grads.items():
                    setattr(self, name, getattr(self, name) - self.learning_rate * g)
        return self
