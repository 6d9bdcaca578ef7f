"""Functions with Turkish names: `ileri_yayilim` (forward propagation) and `geri_yayilim` (backpropagation)
taking the parameters one by one and returning the gradients, `kayip_hesapla` (compute the loss: the verb after
the noun) the loss its training function `egit` records, ReLU hidden units and a softmax output over integer
labels."""
import numpy as np


def relu(z):
    return np.maximum(0.0, z)


def relu_turevi(z):
    return (z > 0).astype(z.dtype)


def softmax(z):
    ustel = np.exp(z - z.max(axis=1, keepdims=True))
    return ustel / ustel.sum(axis=1, keepdims=True)


def parametreleri_baslat(giris_boyutu, gizli_boyut, cikis_boyutu, tohum=1):
    rng = np.random.default_rng(tohum)
    W1 = rng.normal(0.0, np.sqrt(2.0 / giris_boyutu), (giris_boyutu, gizli_boyut))
    W2 = rng.normal(0.0, np.sqrt(2.0 / gizli_boyut), (gizli_boyut, cikis_boyutu))
    return W1, np.zeros((1, gizli_boyut)), W2, np.zeros((1, cikis_boyutu))


def ileri_yayilim(X, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = relu(Z1)
    Z2 = A1 @ W2 + b2
    return Z1, A1, Z2, softmax(Z2)


def kayip_hesapla(A2, Y):
    return -np.mean(np.log(A2[np.arange(len(Y)), Y] + 1e-12))


def geri_yayilim(X, Y, Z1, A1, A2, W2):
    ornek_sayisi = X.shape[0]
    dZ2 = A2.copy()
    dZ2[np.arange(ornek_sayisi), Y] -= 1.0
    dZ2 /= ornek_sayisi
    dW2 = A1.T @ dZ2
    db2 = dZ2.sum(axis=0, keepdims=True)
    dZ1 = (dZ2 @ W2.T) * relu_turevi(Z1)
    dW1 = X.T @ dZ1
    db1 = dZ1.sum(axis=0, keepdims=True)
    return dW1, db1, dW2, db2


def egit(X, Y, gizli_boyut=64, ogrenme_orani=0.1, iterasyon_sayisi=100):
    W1, b1, W2, b2 = parametreleri_baslat(X.shape[1], gizli_boyut, int(Y.max()) + 1)
    gecmis = []
    for _ in range(iterasyon_sayisi):
        Z1, A1, Z2, A2 = ileri_yayilim(X, W1, b1, W2, b2)
        gecmis.append(kayip_hesapla(A2, Y))
        dW1, db1, dW2, db2 = geri_yayilim(X, Y, Z1, A1, A2, W2)
        W1, b1 = W1 - ogrenme_orani * dW1, b1 - ogrenme_orani * db1
        W2, b2 = W2 - ogrenme_orani * dW2, b2 - ogrenme_orani * db2
    return (W1, b1, W2, b2), gecmis
