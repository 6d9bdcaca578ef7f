"""Mini-batches sliced in an inner loop, momentum buffers made before the loop, a batch size by name (the
gradient divided by the rows each slice holds, so a short last batch is averaged right)."""
import numpy as np

gen = np.random.default_rng(7)
images = np.load("images.npy").reshape(-1, 784) / 255.0
targets = np.load("targets.npy")
onehot = np.zeros((len(targets), 10))
onehot[np.arange(len(targets)), targets] = 1
w_in = gen.normal(0, 0.05, (784, 48))
bias_in = np.zeros(48)
w_out = gen.normal(0, 0.05, (48, 10))
bias_out = np.zeros(10)
vel = [np.zeros_like(w_in), np.zeros_like(bias_in), np.zeros_like(w_out), np.zeros_like(bias_out)]
batch_size, alpha, mu = 64, 0.05, 0.9

for epoch in range(5):
    order = gen.permutation(len(images))
    images, onehot = images[order], onehot[order]
    for start in range(0, len(images), batch_size):
        xb = images[start:start + batch_size]
        tb = onehot[start:start + batch_size]
        hid = np.maximum(xb @ w_in + bias_in, 0)
        out = hid @ w_out + bias_out
        out = np.exp(out - out.max(axis=1, keepdims=True))
        out /= out.sum(axis=1, keepdims=True)
        g_out = (out - tb) / len(xb)
        g_hid = (g_out @ w_out.T) * (hid > 0)
        grads = [xb.T @ g_hid, g_hid.sum(axis=0), hid.T @ g_out, g_out.sum(axis=0)]
        vel = [mu * v - alpha * g for v, g in zip(vel, grads)]
        w_in += vel[0]
        bias_in += vel[1]
        w_out += vel[2]
        bias_out += vel[3]
