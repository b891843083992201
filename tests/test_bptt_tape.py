"""Notebook 07's backpropagation through time equals TensorFlow's ``GradientTape``.

``helpers.reference.rnn_forward_backward`` (the reference the notebook's own loop is proved equal
to, and that the checkers use) gives the loss and every gradient of a ``SimpleRNN`` + ``Dense``
logits model under the mean softmax cross-entropy; Keras, with the same weights in float64, gives
the same numbers by automatic differentiation.
"""

import numpy as np
import pytest

from helpers.reference import rnn_forward_backward, softmax_cross_entropy

NAMES = ("kernel", "recurrent_kernel", "bias", "dense_kernel", "dense_bias")


@pytest.fixture(scope="module")
def keras():
    import keras

    return keras


def weights(rng, input_dim, units, classes, scale=1.0):
    return {
        "kernel": rng.normal(0, 1 / np.sqrt(input_dim), (input_dim, units)),
        "recurrent_kernel": scale * np.linalg.qr(rng.normal(size=(units, units)))[0],
        "bias": rng.normal(0, 0.1, units),
        "dense_kernel": rng.normal(0, 1 / np.sqrt(units), (units, classes)),
        "dense_bias": rng.normal(0, 0.1, classes),
    }


def tape_loss_and_grads(keras, inputs, targets, w, initial_state):
    import tensorflow as tf

    batch, timesteps, input_dim = inputs.shape
    units, classes = w["dense_kernel"].shape
    rnn = keras.layers.SimpleRNN(units, return_sequences=True, dtype="float64")
    dense = keras.layers.Dense(classes, dtype="float64")
    rnn.build((batch, timesteps, input_dim))
    dense.build((batch, timesteps, units))
    rnn.set_weights([w["kernel"], w["recurrent_kernel"], w["bias"]])
    dense.set_weights([w["dense_kernel"], w["dense_bias"]])
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True, dtype="float64")
    variables = [*rnn.trainable_variables, *dense.trainable_variables]
    with tf.GradientTape() as tape:
        states = rnn(tf.constant(inputs), initial_state=tf.constant(initial_state))
        loss = loss_fn(tf.constant(targets), dense(states))
    grads = tape.gradient(loss, variables)
    return float(loss), dict(zip(NAMES, (g.numpy() for g in grads), strict=True))


@pytest.mark.parametrize(
    ("batch", "timesteps", "input_dim", "units", "classes", "scale", "seed"),
    [(1, 6, 5, 8, 5, 1.0, 0), (3, 12, 4, 7, 6, 1.0, 1), (2, 30, 3, 5, 4, 2.5, 2)],
)
def test_bptt_equals_gradient_tape(keras, batch, timesteps, input_dim, units, classes, scale,
                                   seed):  # fmt: skip
    rng = np.random.default_rng(seed)
    inputs = rng.normal(size=(batch, timesteps, input_dim))
    targets = rng.integers(0, classes, size=(batch, timesteps))
    h0 = rng.normal(0, 0.5, (batch, units))  # a carried state, as in truncated BPTT
    w = weights(rng, input_dim, units, classes, scale)
    loss, grads, last = rnn_forward_backward(inputs, targets, *(w[n] for n in NAMES),
                                             initial_state=h0)  # fmt: skip
    tape_loss, tape_grads = tape_loss_and_grads(keras, inputs, targets, w, h0)
    np.testing.assert_allclose(loss, tape_loss, rtol=1e-12)
    for name in NAMES:
        np.testing.assert_allclose(grads[name], tape_grads[name], rtol=1e-9, atol=1e-12,
                                   err_msg=name)  # fmt: skip
    assert last.shape == (batch, units)


def test_softmax_cross_entropy_equals_keras(keras):
    rng = np.random.default_rng(3)
    logits = rng.normal(0, 3, (2, 7, 5))
    targets = rng.integers(0, 5, (2, 7))
    loss, _ = softmax_cross_entropy(logits, targets)
    expected = keras.losses.SparseCategoricalCrossentropy(from_logits=True, dtype="float64")(
        targets, logits
    )
    np.testing.assert_allclose(loss, float(expected), rtol=1e-12)


def test_an_unbatched_sequence_gives_the_batch_of_one_answer():
    rng = np.random.default_rng(4)
    inputs, targets = rng.normal(size=(9, 3)), rng.integers(0, 4, 9)
    w = [weights(rng, 3, 5, 4)[n] for n in NAMES]
    one = rnn_forward_backward(inputs, targets, *w)
    batched = rnn_forward_backward(inputs[None], targets[None], *w)
    assert one[0] == pytest.approx(batched[0], rel=1e-14)
    for name in NAMES:
        np.testing.assert_allclose(one[1][name], batched[1][name], rtol=1e-13)
    np.testing.assert_allclose(one[2], batched[2][0])
