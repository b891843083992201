"""Tests for helpers.reference.lstm_forward and gru_forward (NumPy LSTM and GRU, Keras layout)."""

import re

import numpy as np
import pytest

from helpers.reference import gru_forward, lstm_forward


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lstm_weights(rng, input_dim, units):
    return (
        rng.normal(scale=0.7, size=(input_dim, 4 * units)),
        rng.normal(scale=0.7, size=(units, 4 * units)),
        rng.normal(scale=0.7, size=4 * units),
    )


def gru_weights(rng, input_dim, units):
    return (
        rng.normal(scale=0.7, size=(input_dim, 3 * units)),
        rng.normal(scale=0.7, size=(units, 3 * units)),
        rng.normal(scale=0.7, size=(2, 3 * units)),
    )


# --- correctness on cases small enough to follow by hand ----------------------------------------


def test_lstm_one_unit_by_hand():
    # One unit, one feature: every gate block is a single column, order i, f, c, o.
    kernel = np.array([[0.5, -1.0, 2.0, 0.25]])
    recurrent_kernel = np.array([[1.0, 0.5, -0.5, 2.0]])
    bias = np.array([0.0, 1.0, 0.0, -1.0])
    h = c = 0.0
    expected = []
    for x in (1.0, -2.0):
        i, f, g, o = x * kernel[0] + h * recurrent_kernel[0] + bias
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        expected.append(h)
    out, h_last, c_last = lstm_forward(
        [[1.0], [-2.0]], kernel, recurrent_kernel, bias, return_state=True
    )
    np.testing.assert_allclose(out[:, 0], expected)
    np.testing.assert_allclose([h_last[0], c_last[0]], [h, c])


def test_gru_one_unit_by_hand():
    # Order z, r, h; bias row 0 for the input path, row 1 for the recurrent path.
    kernel = np.array([[0.5, -1.0, 2.0]])
    recurrent_kernel = np.array([[1.0, 0.5, -0.5]])
    bias = np.array([[0.1, 0.2, 0.3], [-0.1, 0.4, 0.6]])
    h = 0.0
    expected = []
    for x in (1.0, -2.0):
        xz, xr, xh = x * kernel[0] + bias[0]
        hz, hr, hh = h * recurrent_kernel[0] + bias[1]
        z, r = sigmoid(xz + hz), sigmoid(xr + hr)
        h = z * h + (1 - z) * np.tanh(xh + r * hh)
        expected.append(h)
    out = gru_forward([[1.0], [-2.0]], kernel, recurrent_kernel, bias)
    np.testing.assert_allclose(out[:, 0], expected)


@pytest.mark.parametrize(
    "forward, weights", [(lstm_forward, lstm_weights), (gru_forward, gru_weights)]
)
def test_batch_equals_each_sequence_and_flags_select_outputs(forward, weights):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(4, 6, 3))
    w = weights(rng, 3, 5)
    batch = forward(x, *w)
    assert batch.shape == (4, 6, 5)
    for b in range(4):
        np.testing.assert_allclose(forward(x[b], *w), batch[b])
    last = forward(x, *w, return_sequences=False)
    np.testing.assert_allclose(last, batch[:, -1])
    result = forward(x, *w, return_state=True)
    assert len(result) == (3 if forward is lstm_forward else 2)
    np.testing.assert_allclose(result[1], batch[:, -1])  # the final h is the last output


def test_lstm_initial_state_is_used():
    rng = np.random.default_rng(4)
    x = rng.normal(size=(5, 2))
    w = lstm_weights(rng, 2, 3)
    _, h, c = lstm_forward(x[:2], *w, return_state=True)
    rest = lstm_forward(x[2:], *w, initial_state=(h, c))
    np.testing.assert_allclose(rest, lstm_forward(x, *w)[2:])


def test_gru_initial_state_is_used():
    rng = np.random.default_rng(5)
    x = rng.normal(size=(5, 2))
    w = gru_weights(rng, 2, 3)
    _, h = gru_forward(x[:2], *w, return_state=True)
    np.testing.assert_allclose(gru_forward(x[2:], *w, initial_state=h), gru_forward(x, *w)[2:])


# --- comparison with Keras ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["LSTM", "GRU"])
def test_matches_keras(kind, monkeypatch):
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
    import keras

    keras.utils.set_random_seed(1)
    layer = getattr(keras.layers, kind)(4, return_sequences=True, return_state=True)
    inputs = keras.Input(shape=(7, 3))
    model = keras.Model(inputs, layer(inputs))
    rng = np.random.default_rng(6)
    # Random biases, so the comparison covers them (Keras starts most of them at zero).
    weights = layer.get_weights()
    weights[2] = rng.normal(size=weights[2].shape).astype(np.float32)
    layer.set_weights(weights)
    x = rng.normal(size=(2, 7, 3)).astype(np.float32)
    expected = [keras.ops.convert_to_numpy(t) for t in model(x, training=False)]
    forward = lstm_forward if kind == "LSTM" else gru_forward
    result = forward(x, *layer.get_weights(), return_state=True)
    assert len(result) == len(expected)
    for mine, theirs in zip(result, expected, strict=True):
        np.testing.assert_allclose(mine, theirs, rtol=1e-5, atol=1e-6)


# --- bad input ----------------------------------------------------------------------------------

X = np.zeros((5, 3))


@pytest.mark.parametrize(
    ("forward", "args", "kwargs", "error", "message"),
    [
        (
            lstm_forward,
            (X, np.zeros((3, 10)), np.zeros((2, 8)), np.zeros(8)),
            {},
            ValueError,
            "kernel has 10 columns, expected 4 * units",
        ),
        (
            lstm_forward,
            (X, np.zeros((8, 4)), np.zeros((1, 4)), np.zeros(4)),
            {},
            ValueError,
            "kernel has shape (8, 4) but the input has 3 features: expected "
            "(input_dim, 4 * units) = (3, 4 * units)",
        ),
        (
            lstm_forward,
            (X, np.zeros((3, 8)), np.zeros((8, 2)), np.zeros(8)),
            {},
            ValueError,
            "recurrent_kernel has shape (8, 2), expected (units, 4 * units) = (2, 8)",
        ),
        (
            lstm_forward,
            (X, np.zeros((3, 8)), np.zeros((2, 8)), np.zeros(2)),
            {},
            ValueError,
            "bias has shape (2,), expected (4 * units,) = (8,)",
        ),
        (
            lstm_forward,
            (X, np.zeros((3, 8)), np.zeros((2, 8)), np.zeros(8)),
            {"initial_state": np.zeros(2)},
            TypeError,
            "initial_state must be a pair (h, c)",
        ),
        (
            lstm_forward,
            (X, np.zeros((3, 8)), np.zeros((2, 8)), np.zeros(8)),
            {"initial_state": (np.zeros(2), np.zeros(3))},
            ValueError,
            "initial c has shape (3,), expected (2,) or (1, 2)",
        ),
        (
            gru_forward,
            (X, np.zeros((3, 6)), np.zeros((2, 6)), np.zeros(6)),
            {},
            ValueError,
            "bias must be 2-D, got shape (6,)",
        ),
        (
            gru_forward,
            (X, np.zeros((3, 6)), np.zeros((2, 6)), np.zeros((1, 6))),
            {},
            ValueError,
            "bias has shape (1, 6), expected (2, 3 * units) = (2, 6)",
        ),
        (
            gru_forward,
            ("abc", np.zeros((3, 6)), np.zeros((2, 6)), np.zeros((2, 6))),
            {},
            TypeError,
            "inputs must be a numeric array, got str 'abc'",
        ),
        (
            gru_forward,
            (np.full((5, 3), np.nan), np.zeros((3, 6)), np.zeros((2, 6)), np.zeros((2, 6))),
            {},
            ValueError,
            "inputs contains NaN or infinite values",
        ),
    ],
)
def test_rejects_bad_input(forward, args, kwargs, error, message):
    with pytest.raises(error, match=re.escape(message)):
        forward(*args, **kwargs)
