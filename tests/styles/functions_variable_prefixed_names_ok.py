"""A digit-recognizer script in the column-major tutorial form whose every name starts with words that say only that
it is a variable (ForwardProp(Variable_Function_W1, Variable_Function_b1, ..., Variable_X)), and whose backward
returns its gradients under the data set's name (mnist_W1, mnist_b1, mnist_W2, mnist_b2). The data is read from a
CSV the grader does not have. ReLU hidden units, softmax + cross-entropy, the mean over the batch: correct."""
import numpy as np

table = np.loadtxt("train.csv", delimiter=",", skiprows=1)
np.random.shuffle(table)
Variable_Y_train = table[:, 0].astype(int)
Variable_X_train = table[:, 1:].T / 255.0


def init_params(n_in, n_hidden, n_out):
    rng = np.random.default_rng(1)
    Variable_Function_W1 = rng.normal(0, 0.05, (n_hidden, n_in))
    Variable_Function_b1 = np.zeros((n_hidden, 1))
    Variable_Function_W2 = rng.normal(0, 0.05, (n_out, n_hidden))
    Variable_Function_b2 = np.zeros((n_out, 1))
    return Variable_Function_W1, Variable_Function_b1, Variable_Function_W2, Variable_Function_b2


def ForwardProp(Variable_Function_W1, Variable_Function_b1, Variable_Function_W2, Variable_Function_b2, Variable_X):
    Variable_Function_Z1 = Variable_Function_W1.dot(Variable_X) + Variable_Function_b1
    Variable_Function_A1 = np.maximum(Variable_Function_Z1, 0)
    Variable_Function_Z2 = Variable_Function_W2.dot(Variable_Function_A1) + Variable_Function_b2
    shifted = np.exp(Variable_Function_Z2 - Variable_Function_Z2.max(axis=0, keepdims=True))
    Variable_Function_A2 = shifted / shifted.sum(axis=0, keepdims=True)
    return Variable_Function_Z1, Variable_Function_A1, Variable_Function_Z2, Variable_Function_A2


def OneHot(Variable_Y, classes):
    table = np.zeros((classes, Variable_Y.size))
    table[Variable_Y, np.arange(Variable_Y.size)] = 1
    return table


def BackwardProp(Variable_Function_Z1, Variable_Function_A1, Variable_Function_A2, Variable_Function_W2,
                 Variable_X, Variable_Y):
    count = Variable_X.shape[1]
    mnist_Z2 = Variable_Function_A2 - OneHot(Variable_Y, Variable_Function_A2.shape[0])
    mnist_W2 = mnist_Z2.dot(Variable_Function_A1.T) / count
    mnist_b2 = mnist_Z2.sum(axis=1, keepdims=True) / count
    mnist_Z1 = Variable_Function_W2.T.dot(mnist_Z2) * (Variable_Function_Z1 > 0)
    mnist_W1 = mnist_Z1.dot(Variable_X.T) / count
    mnist_b1 = mnist_Z1.sum(axis=1, keepdims=True) / count
    return mnist_W1, mnist_b1, mnist_W2, mnist_b2


def UpdateParams(W1, b1, W2, b2, dW1, db1, dW2, db2, alpha):
    return W1 - alpha * dW1, b1 - alpha * db1, W2 - alpha * dW2, b2 - alpha * db2


def GradientDescent(Variable_X, Variable_Y, alpha, iterations):
    params = init_params(Variable_X.shape[0], 64, 10)
    for _ in range(iterations):
        Z1, A1, Z2, A2 = ForwardProp(*params, Variable_X)
        grads = BackwardProp(Z1, A1, A2, params[2], Variable_X, Variable_Y)
        params = UpdateParams(*params, *grads, alpha)
    return params


Variable_params = GradientDescent(Variable_X_train, Variable_Y_train, 0.1, 300)
