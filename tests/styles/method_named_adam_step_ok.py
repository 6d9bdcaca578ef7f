"""A classifier class whose train(X, Y) holds forward, backward and the step inline and hands each gradient to its
own Adam step for one parameter, named by its attribute (`self.adam_step("W1", dW1)`, which ends in `setattr(self,
name, getattr(self, name) - self.lr * m_hat / (np.sqrt(v_hat) + self.eps))`); the file makes and trains one.
Sigmoid hidden units, softmax output, mean cross-entropy."""
import numpy as np


class AdamClassifier:
    def __init__(self, n_in, n_hidden, n_out, lr=0.01, epochs=100, seed=4):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.lr, self.epochs, self.eps = lr, epochs, 1e-8
        self.beta1, self.beta2, self.t = 0.9, 0.999, 0
        self.moments = {k: [np.zeros_like(getattr(self, k)), np.zeros_like(getattr(self, k))]
                        for k in ("W1", "b1", "W2", "b2")}

    def adam_step(self, name, grad):
        m, v = self.moments[name]
        m[...] = self.beta1 * m + (1.0 - self.beta1) * grad
        v[...] = self.beta2 * v + (1.0 - self.beta2) * grad ** 2
        m_hat = m / (1.0 - self.beta1 ** max(self.t, 1))
        v_hat = v / (1.0 - self.beta2 ** max(self.t, 1))
        setattr(self, name, getattr(self, name) - self.lr * m_hat / (np.sqrt(v_hat) + self.eps))

    def train(self, X, Y):
        n = X.shape[0]
        for epoch in range(self.epochs):
            self.t += 1
            H = 1.0 / (1.0 + np.exp(-(X @ self.W1 + self.b1)))
            S = H @ self.W2 + self.b2
            E = np.exp(S - S.max(axis=1, keepdims=True))
            P = E / E.sum(axis=1, keepdims=True)
            loss = -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))
            dS = (P - Y) / n
            dW2 = H.T @ dS
            db2 = dS.sum(axis=0, keepdims=True)
            dH = (dS @ self.W2.T) * H * (1.0 - H)
            dW1 = X.T @ dH
            db1 = dH.sum(axis=0, keepdims=True)
            self.adam_step("W2", dW2)
            self.adam_step("b2", db2)
            self.adam_step("W1", dW1)
            self.adam_step("b1", db1)
            if epoch % 20 == 0:
                print(epoch, loss)


rng = np.random.default_rng(0)
X_demo = rng.normal(size=(30, 4))
Y_demo = np.eye(3)[rng.integers(0, 3, 30)]
model = AdamClassifier(4, 6, 3)
model.train(X_demo, Y_demo)
