"""The mutation corpus: single-bug variants of correct_notebook_style.py, written as edits.

Each bug is a sentence (what is wrong, and the diagnosis xval check must give)
and a list of ``(old, new)`` replacements applied to the correct submission.
Every ``old`` must occur exactly once in it, so an edit never silently misses.
A mutant is a standalone .py file like any submission: ``write_mutant(name,
directory)`` writes one, and ``python tests/mutants/bugs.py DIR`` writes them
all (to try ``xval check DIR``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

BASE = Path(__file__).with_name("correct_notebook_style.py")


@dataclass(frozen=True)
class Bug:
    doc: str
    edits: list[tuple[str, str]]


BUGS: dict[str, Bug] = {
    'bias_grad_total_sum': Bug(
        'the bias gradient sums over every axis (a scalar). Expected: bias-total-sum.',
        [
            ('        gb[layer] = delta.sum(axis=0, keepdims=True)\n',
             '        gb[layer] = np.sum(delta)\n'),
        ],
    ),
    'bias_grad_wrong_axis': Bug(
        'the bias gradient sums over axis 1 (per sample), and the update broadcasts it into a (batch, n) '
        'bias. Expected: raised, naming the reshaped bias.',
        [
            ('        gb[layer] = delta.sum(axis=0, keepdims=True)\n',
             '        gb[layer] = delta.sum(axis=1, keepdims=True)\n'),
            ('        biases[layer] -= learning_rate * gb[layer]\n',
             '        biases[layer] = biases[layer] - learning_rate * gb[layer]\n'),
        ],
    ),
    'bias_mean_not_sum': Bug(
        'the bias gradient averages delta over the batch instead of summing it. Expected: scaled-gradient'
        ' x0.005 on b1 b2 b3.',
        [
            ('        gb[layer] = delta.sum(axis=0, keepdims=True)\n',
             '        gb[layer] = delta.mean(axis=0, keepdims=True)\n'),
        ],
    ),
    'bias_not_updated': Bug(
        'the biases are never updated. Expected: not-updated b1 b2 b3.',
        [
            ('        biases[layer] -= learning_rate * gb[layer]\n',
             ''),
        ],
    ),
    'clip_probs_in_delta': Bug(
        "the loss's clip leaks into the gradient: delta is built from clipped probabilities. Expected: "
        'gradient-mismatch (clip-probs).',
        [
            ('    delta = activations[-1].copy()\n',
             '    delta = np.clip(activations[-1], 1e-12, 1 - 1e-12)  # same clip as the loss\n'),
        ],
    ),
    'clipped_loss_gradient': Bug(
        'samples at the loss clip get no gradient (autodiff of the clipped loss). Expected: '
        'gradient-mismatch.',
        [
            ('    delta = delta / n\n',
             '    delta = delta / n\n    p_true = activations[-1][np.arange(n), y_true]\n    delta[(p_true < 1e-12) | (p_true > 1 - 1e-12)] = 0.0\n'),
        ],
    ),
    'doubled_delta': Bug(
        'the output delta carries a factor 2 (a squared-error habit). Expected: scaled-gradient x2.',
        [
            ('    delta = delta / n\n',
             '    delta = 2.0 * delta / n\n'),
        ],
    ),
    'float32_delta': Bug(
        'the output delta is rounded to float32. Expected: precision-loss.',
        [
            ('    delta = delta / n\n',
             '    delta = (delta / n).astype(np.float32)\n'),
        ],
    ),
    'forward_missing_bias': Bug(
        'forward never adds the biases. Expected: forward-mismatch.',
        [
            ('        z = outs[-1] @ W + b\n',
             '        z = outs[-1] @ W\n'),
        ],
    ),
    'gate_from_wrong_layer': Bug(
        'gates delta with the pre-activation of the layer above. Expected: relu-gate.',
        [
            ('            delta = (delta @ weights[layer].T) * relu_derivative(zs[layer - 1])\n',
             '            delta = (delta @ weights[layer].T) * relu_derivative(zs[layer])\n'),
        ],
    ),
    'gradient_ascent': Bug(
        'the update adds the gradient. Expected: scaled-gradient x-1.',
        [
            ('        weights[layer] -= learning_rate * gw[layer]\n        biases[layer] -= learning_rate * gb[layer]\n',
             '        weights[layer] += learning_rate * gw[layer]\n        biases[layer] += learning_rate * gb[layer]\n'),
        ],
    ),
    'hardcoded_batch_size': Bug(
        "divides by a fixed 200 instead of the batch's size. Expected: scaled-gradient x0.15 on the "
        'partial batch of 30.',
        [
            ('    delta = delta / n\n',
             '    delta = delta / 200\n'),
        ],
    ),
    'hardcoded_learning_rate': Bug(
        'a fixed step size 0.005 instead of the learning_rate argument. Expected: update-rule.',
        [
            ('        weights[layer] -= learning_rate * gw[layer]\n        biases[layer] -= learning_rate * gb[layer]\n',
             '        weights[layer] -= 0.005 * gw[layer]\n        biases[layer] -= 0.005 * gb[layer]\n'),
        ],
    ),
    'hidden_momentum': Bug(
        'keeps a velocity between calls (momentum the API does not have). Expected: stateful.',
        [
            ('import numpy as np\n',
             'import numpy as np\n\n_velocity = {}\n'),
            ('        weights[layer] -= learning_rate * gw[layer]\n',
             '        v = 0.9 * _velocity.get(layer, 0.0) + gw[layer]\n        _velocity[layer] = v\n        weights[layer] -= learning_rate * v\n'),
        ],
    ),
    'inplace_activation_alias': Bug(
        'relu_derivative overwrites the activations in place, and the weight gradients then read the '
        'masks. Expected: gradient-mismatch.',
        [
            ('def relu_derivative(z):\n    return np.where(z > 0, 1.0, 0.0)\n',
             'def relu_derivative(a):\n    a[a > 0] = 1.0  # from the activation, in place to save memory\n    return a\n'),
            ('    delta = delta / n\n',
             '    delta = delta / n\n    gates = [relu_derivative(a) for a in activations[1:-1]]\n'),
            ('            delta = (delta @ weights[layer].T) * relu_derivative(zs[layer - 1])\n',
             '            delta = (delta @ weights[layer].T) * gates[layer - 1]\n'),
        ],
    ),
    'lr_squared': Bug(
        'the learning rate is applied twice. Expected: update-rule.',
        [
            ('        weights[layer] -= learning_rate * gw[layer]\n        biases[layer] -= learning_rate * gb[layer]\n',
             '        weights[layer] -= learning_rate * learning_rate * gw[layer]\n        biases[layer] -= learning_rate * learning_rate * gb[layer]\n'),
        ],
    ),
    'missing_relu_derivative': Bug(
        "hidden deltas are never gated by ReLU'. Expected: relu-gate.",
        [
            ('            delta = (delta @ weights[layer].T) * relu_derivative(zs[layer - 1])\n',
             '            delta = delta @ weights[layer].T\n'),
        ],
    ),
    'missing_transpose': Bug(
        'back-propagates with W instead of W.T (runs only on square layers). Expected: gradient-mismatch.',
        [
            ('            delta = (delta @ weights[layer].T) * relu_derivative(zs[layer - 1])\n',
             '            delta = (delta @ weights[layer]) * relu_derivative(zs[layer - 1])\n'),
        ],
    ),
    'no_batch_mean': Bug(
        'the output delta is never divided by the batch size. Expected: scaled-gradient x200.',
        [
            ('    delta = delta / n\n',
             ''),
        ],
    ),
    'one_layer_slip': Bug(
        "the second layer's weight gradient is 0.1% too large. Expected: scaled-gradient x1.001 on w2.",
        [
            ('        gw[layer] = activations[layer].T @ delta\n',
             '        gw[layer] = activations[layer].T @ delta * (1.001 if layer == 1 else 1.0)\n'),
        ],
    ),
    'relu_derivative_at_zero': Bug(
        "ReLU'(0) = 1. Expected: relu-gate.",
        [
            ('    return np.where(z > 0, 1.0, 0.0)\n',
             '    return np.where(z >= 0, 1.0, 0.0)\n'),
        ],
    ),
    'relu_on_output': Bug(
        'ReLU is applied to the logits before softmax. Expected: forward-mismatch.',
        [
            ('        outs.append(softmax(z) if layer == depth - 1 else relu(z))\n',
             '        outs.append(softmax(relu(z)) if layer == depth - 1 else relu(z))\n'),
        ],
    ),
    'softmax_no_max_shift': Bug(
        'softmax exponentiates raw logits (overflows when saturated). Expected: forward-mismatch.',
        [
            ('    shifted = z - z.max(axis=1, keepdims=True)\n',
             '    shifted = z\n'),
        ],
    ),
    'softmax_wrong_axis': Bug(
        'softmax normalises over the batch axis. Expected: forward-mismatch.',
        [
            ('    shifted = z - z.max(axis=1, keepdims=True)\n',
             '    shifted = z - z.max(axis=0, keepdims=True)\n'),
            ('    return e / e.sum(axis=1, keepdims=True)\n',
             '    return e / e.sum(axis=0, keepdims=True)\n'),
        ],
    ),
    'l1_penalty': Bug(
        'the weight gradients carry an L1 penalty (1e-5 x sign(W)): an error as small as float32 rounding '
        'but systematic. Expected: gradient-mismatch, not precision-loss.',
        [
            ('        gw[layer] = activations[layer].T @ delta\n',
             '        gw[layer] = activations[layer].T @ delta + 1e-5 * np.sign(weights[layer])\n'),
        ],
    ),
    'weight_decay': Bug(
        'the weight gradients carry an L2 penalty (1e-4 x W) that the loss does not have. Expected: '
        'weight-decay.',
        [
            ('        gw[layer] = activations[layer].T @ delta\n',
             '        gw[layer] = activations[layer].T @ delta + 1e-4 * weights[layer]\n'),
        ],
    ),
    'update_inside_backprop_loop': Bug(
        'each layer is updated before the layer below is back-propagated. Expected: stale-weights.',
        [
            ('        gb[layer] = delta.sum(axis=0, keepdims=True)\n',
             '        gb[layer] = delta.sum(axis=0, keepdims=True)\n        weights[layer] -= learning_rate * gw[layer]\n        biases[layer] -= learning_rate * gb[layer]\n'),
            ('    for layer in range(depth):\n        weights[layer] -= learning_rate * gw[layer]\n        biases[layer] -= learning_rate * gb[layer]\n',
             ''),
        ],
    ),
    'update_local_rebind': Bug(
        'the update rebinds loop variables, so nothing changes. Expected: not-updated (all).',
        [
            ('    for layer in range(depth):\n        weights[layer] -= learning_rate * gw[layer]\n        biases[layer] -= learning_rate * gb[layer]\n',
             '    for W, b, dW, db in zip(weights, biases, gw, gb):\n        W = W - learning_rate * dW\n        b = b - learning_rate * db\n'),
        ],
    ),
}


def mutant_source(name: str) -> str:
    """The source of mutant ``name``: the correct submission with the bug's edits and docstring."""
    bug = BUGS[name]
    _, rest = BASE.read_text().split("\n", 1)
    text = f'"""Mutant: {bug.doc}"""\n' + rest
    for old, new in bug.edits:
        found = text.count(old)
        if found != 1:
            raise ValueError(f"mutant {name}: expected {old!r} once in {BASE.name}, found it {found} times")
        text = text.replace(old, new)
    return text


def write_mutant(name: str, directory: Path) -> Path:
    path = Path(directory) / f"{name}.py"
    path.write_text(mutant_source(name))
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/mutants/bugs.py DIR   (writes every mutant as DIR/<bug>.py)")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for bug in BUGS:
        print(write_mutant(bug, out))
