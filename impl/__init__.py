"""xval's product: a hand-written NumPy MLP (ReLU hidden layers, softmax, cross-entropy, SGD)
trained on the original notebook's schedule, with safe weights and data loaders. NumPy only."""
