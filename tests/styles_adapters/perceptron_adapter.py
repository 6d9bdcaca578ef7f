"""Adapter for tests/styles/unusable_class_without_backward.py: one SGD step is fit(X, y, epochs=1)."""


def forward(sub, params, x):
    (W, b), = params
    model = sub.Perceptron(W.shape[0], W.shape[1])
    model.W, model.b = W, b.reshape(-1)
    return model.forward(x)


def step(sub, params, x, y, lr):
    (W, b), = params
    model = sub.Perceptron(W.shape[0], W.shape[1])
    model.W, model.b = W, b.reshape(-1)
    model.fit(x, y, epochs=1)  # the class has no learning-rate argument: fit uses its own 0.1
    return [(model.W, model.b)]
