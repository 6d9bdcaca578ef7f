"""A lab script at the top level: weights and biases named in run-together words no layer number or role can
be read from (``firstWeights``, ``firstlayerBias``, ``secondWeights``, ``secondlayer_bias``), the second layer's
bias added on a line of its own (``outIn = outIn + secondlayer_bias``), sigmoid units throughout and the file's own
loss, half the squared error summed over the outputs and averaged over the batch; every parameter stepped by its
gradient: correct."""
import numpy as np

samples = np.array([[0.2, 0.9, 0.4], [0.1, 0.5, 0.7], [0.3, 0.6, 0.1], [0.8, 0.2, 0.5]])
wanted = np.array([[0.92, 0.1], [0.86, 0.3], [0.89, 0.2], [0.4, 0.7]])

inCount, hiddenCount, outCount = 3, 5, 2
rate = 0.5
rounds = 200


def squash(v):
    return 1.0 / (1.0 + np.exp(-v))


def squashSlope(s):
    return s * (1.0 - s)


gen = np.random.default_rng(21)
firstWeights = gen.uniform(-0.5, 0.5, size=(inCount, hiddenCount))
firstlayerBias = gen.uniform(-0.5, 0.5, size=(1, hiddenCount))
secondWeights = gen.uniform(-0.5, 0.5, size=(hiddenCount, outCount))
secondlayer_bias = gen.uniform(-0.5, 0.5, size=(1, outCount))

for r in range(rounds):
    hiddenIn = np.dot(samples, firstWeights) + firstlayerBias
    hiddenOut = squash(hiddenIn)
    outIn = np.dot(hiddenOut, secondWeights)
    outIn = outIn + secondlayer_bias
    outOut = squash(outIn)

    cost = 0.5 * np.mean(np.sum((outOut - wanted) ** 2, axis=1))

    outDelta = (outOut - wanted) * squashSlope(outOut) / len(samples)
    hiddenDelta = outDelta.dot(secondWeights.T) * squashSlope(hiddenOut)

    secondWeights -= rate * hiddenOut.T.dot(outDelta)
    secondlayer_bias -= rate * outDelta.sum(axis=0, keepdims=True)
    firstWeights -= rate * samples.T.dot(hiddenDelta)
    firstlayerBias -= rate * hiddenDelta.sum(axis=0, keepdims=True)
    if r % 50 == 0:
        print(r, cost)
