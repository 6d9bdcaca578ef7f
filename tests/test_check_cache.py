"""The oracles' answers on the grader's cases are remembered by content (reports/check/oracle.py ``memoized``)."""

from __future__ import annotations

import numpy as np
import pytest
from xval.reference.backends import is_installed
from xval.reports.check import oracle

pytestmark = pytest.mark.skipif(not is_installed("torch"), reason="needs the torch oracle")


def _inputs(seed=0):
    gen = np.random.default_rng(seed)
    params = [(gen.standard_normal((6, 5)), np.zeros((1, 5))), (gen.standard_normal((5, 3)), np.zeros((1, 3)))]
    return params, gen.random((4, 6)), np.array([0, 1, 2, 1])


def test_an_answer_is_reused_for_equal_content_and_recomputed_for_any_change():
    params, x, y = _inputs()
    ask = oracle.Oracles(("torch",))
    first = ask.grads(params, x, y)
    again = oracle.Oracles(("torch",)).grads([(W.copy(), b.copy()) for W, b in params], x.copy(), y.copy())
    assert again is first  # another check, equal arrays in other objects: the same answer, not recomputed
    x2 = x.copy()
    x2[0, 0] += 1e-12  # one element, one ulp-scale change: a different question
    changed = ask.grads(params, x2, y)
    assert changed is not first and not np.array_equal(changed["torch"][0][0], first["torch"][0][0])
    other_dtype = oracle.Oracles(("torch",), np.float32).grads(
        [(W.astype(np.float32), b.astype(np.float32)) for W, b in params], x.astype(np.float32), y)
    assert other_dtype is not first


def test_a_remembered_answer_cannot_be_changed_by_whoever_reads_it():
    params, x, y = _inputs(1)
    fwd = oracle.Oracles(("torch",)).forward(params, x)["torch"]
    with pytest.raises(ValueError):
        fwd.zs[0][0, 0] = 0.0
    assert not any(a.flags.writeable for a in fwd.activations)


def test_the_memo_is_bounded():
    ask = oracle.Oracles(("torch",))
    for seed in range(oracle.MEMO_SIZE + 5):
        ask.forward(*_inputs(seed)[:2])
    assert len(oracle._memo) <= oracle.MEMO_SIZE


def test_a_network_without_biases_is_answered_with_them_held_at_zero_and_no_bias_gradient():
    params, x, y = _inputs(2)
    with_b = [(W, np.full_like(b, 0.3)) for W, b in params]
    ask = oracle.Oracles(("torch",))
    ask.biases = False
    grads = ask.grads(with_b, x, y)["torch"]
    assert all(not db.any() for _, db in grads)  # a bias it does not have has no gradient (so it never moves)
    zero_b = oracle.Oracles(("torch",)).grads(params, x, y)["torch"]
    for (dW, _), (dW0, db0) in zip(grads, zero_b):  # the weights' gradient is the one at zero biases
        np.testing.assert_array_equal(dW, dW0)
    assert any(db0.any() for _, db0 in zero_b)  # with biases, theirs is not zero: the test can tell
    fwd = ask.forward(with_b, x)["torch"]
    np.testing.assert_array_equal(fwd.zs[-1], oracle.Oracles(("torch",)).forward(params, x)["torch"].zs[-1])
