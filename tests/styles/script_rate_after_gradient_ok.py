"""A French script whose updates write the step's factor after the gradient's name (`poids2 = poids2 - grad_poids2 *
vitesse`), a factor whose name does not say "rate": tanh hidden units, a softmax output, the mean cross-entropy it
prints; the rate is the one number the updates multiply by, whichever side of the product it is on."""
import numpy as np

rng = np.random.default_rng(7)
donnees = rng.normal(size=(12, 4))
classes = rng.integers(0, 3, size=12)
cibles = np.eye(3)[classes]

poids1 = rng.normal(scale=0.5, size=(4, 6))
biais1 = np.zeros((1, 6))
poids2 = rng.normal(scale=0.5, size=(6, 3))
biais2 = np.zeros((1, 3))
vitesse = 0.3

for tour in range(300):
    n = donnees.shape[0]
    cachee = np.tanh(donnees @ poids1 + biais1)
    scores = cachee @ poids2 + biais2
    scores = scores - scores.max(axis=1, keepdims=True)
    proba = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    perte = -np.mean(np.sum(cibles * np.log(proba), axis=1))

    delta2 = (proba - cibles) / n
    grad_poids2 = cachee.T @ delta2
    grad_biais2 = delta2.sum(axis=0, keepdims=True)
    delta1 = (delta2 @ poids2.T) * (1 - cachee ** 2)
    grad_poids1 = donnees.T @ delta1
    grad_biais1 = delta1.sum(axis=0, keepdims=True)

    poids2 = poids2 - grad_poids2 * vitesse
    biais2 = biais2 - grad_biais2 * vitesse
    poids1 = poids1 - grad_poids1 * vitesse
    biais1 = biais1 - grad_biais1 * vitesse
    if tour % 100 == 0:
        print(tour, perte)
