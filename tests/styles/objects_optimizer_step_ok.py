"""Layer objects in the style of a from-scratch book's framework, trained by an optimizer class: the dense layers
keep dweights/dbiases, a combined softmax-and-cross-entropy class gives dL/dscores, and an SGD optimizer with
learning-rate decay and momentum applies the step through pre_update_params / update_params(layer) /
post_update_params. The step is the optimizer's, not the layers': correct."""
import numpy as np


class Layer_Dense:
    def __init__(self, n_inputs, n_neurons):
        self.weights = 0.1 * np.random.randn(n_inputs, n_neurons)
        self.biases = np.zeros((1, n_neurons))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = inputs @ self.weights + self.biases

    def backward(self, dvalues):
        self.dweights = self.inputs.T @ dvalues
        self.dbiases = dvalues.sum(axis=0, keepdims=True)
        self.dinputs = dvalues @ self.weights.T


class Activation_ReLU:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(0.0, inputs)

    def backward(self, dvalues):
        self.dinputs = dvalues.copy()
        self.dinputs[self.inputs <= 0] = 0.0


class Activation_Softmax_Loss_CategoricalCrossentropy:
    def forward(self, inputs, y_true):
        shifted = inputs - inputs.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        self.output = e / e.sum(axis=1, keepdims=True)
        picked = self.output[np.arange(len(inputs)), y_true]
        return np.mean(-np.log(np.clip(picked, 1e-7, 1.0)))

    def backward(self, dvalues, y_true):
        samples = len(dvalues)
        self.dinputs = dvalues.copy()
        self.dinputs[np.arange(samples), y_true] -= 1.0
        self.dinputs /= samples


class Optimizer_SGD:
    def __init__(self, learning_rate=1.0, decay=0.0, momentum=0.0):
        self.learning_rate = learning_rate
        self.current_learning_rate = learning_rate
        self.decay = decay
        self.momentum = momentum
        self.iterations = 0

    def pre_update_params(self):
        if self.decay:
            self.current_learning_rate = self.learning_rate / (1.0 + self.decay * self.iterations)

    def update_params(self, layer):
        if self.momentum:
            if not hasattr(layer, "weight_velocity"):
                layer.weight_velocity = np.zeros_like(layer.weights)
                layer.bias_velocity = np.zeros_like(layer.biases)
            layer.weight_velocity = self.momentum * layer.weight_velocity - self.current_learning_rate * layer.dweights
            layer.bias_velocity = self.momentum * layer.bias_velocity - self.current_learning_rate * layer.dbiases
            layer.weights += layer.weight_velocity
            layer.biases += layer.bias_velocity
        else:
            layer.weights -= self.current_learning_rate * layer.dweights
            layer.biases -= self.current_learning_rate * layer.dbiases

    def post_update_params(self):
        self.iterations += 1


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4))
    y = (X[:, 0] + X[:, 1] > 0).astype(int) + (X[:, 2] > 1).astype(int)
    dense1, relu, dense2 = Layer_Dense(4, 16), Activation_ReLU(), Layer_Dense(16, 3)
    head = Activation_Softmax_Loss_CategoricalCrossentropy()
    optimizer = Optimizer_SGD(learning_rate=0.5, decay=1e-3, momentum=0.9)
    for epoch in range(201):
        dense1.forward(X)
        relu.forward(dense1.output)
        dense2.forward(relu.output)
        loss = head.forward(dense2.output, y)
        head.backward(head.output, y)
        dense2.backward(head.dinputs)
        relu.backward(dense2.dinputs)
        dense1.backward(relu.dinputs)
        optimizer.pre_update_params()
        optimizer.update_params(dense1)
        optimizer.update_params(dense2)
        optimizer.post_update_params()
        if epoch % 50 == 0:
            accuracy = np.mean(np.argmax(head.output, axis=1) == y)
            print(f"epoch {epoch}, loss {loss:.3f}, acc {accuracy:.3f}")
