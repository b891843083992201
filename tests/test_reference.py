"""Tests for helpers.reference.simple_rnn_forward, the NumPy SimpleRNN in Keras weight layout."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import reference
from helpers.i18n import speaking
from helpers.reference import simple_rnn_forward


def random_weights(rng, input_dim, units, scale=0.8):
    kernel = rng.normal(scale=scale, size=(input_dim, units))
    recurrent_kernel = rng.normal(scale=scale, size=(units, units))
    bias = rng.normal(scale=scale, size=units)
    return kernel, recurrent_kernel, bias


def column_vector_rnn(inputs, kernel, recurrent_kernel, bias, h0=None):
    """The textbook loop, h_t = tanh(W_x x_t + W_h h_{t-1} + b), with column vectors."""
    w_x = kernel.T  # (units, input_dim)
    w_h = recurrent_kernel.T  # (units, units)
    b = bias.reshape(-1, 1)
    units = w_h.shape[0]
    h = np.zeros((units, 1)) if h0 is None else np.asarray(h0, dtype=np.float64).reshape(-1, 1)
    states = []
    for x_t in inputs:
        h = np.tanh(w_x @ x_t.reshape(-1, 1) + w_h @ h + b)
        states.append(h[:, 0].copy())
    return np.array(states)


# --- correctness --------------------------------------------------------------------------------


def test_hand_computed_single_unit():
    inputs = np.array([[1.0], [0.0], [2.0]])
    kernel, recurrent_kernel, bias = np.array([[0.5]]), np.array([[-1.0]]), np.array([0.25])
    h1 = math.tanh(0.5 * 1.0 + 0.25)
    h2 = math.tanh(0.5 * 0.0 - 1.0 * h1 + 0.25)
    h3 = math.tanh(0.5 * 2.0 - 1.0 * h2 + 0.25)
    result = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias)
    assert result.shape == (3, 1)
    assert result.dtype == np.float64
    np.testing.assert_allclose(result[:, 0], [h1, h2, h3], rtol=1e-12)


@pytest.mark.parametrize(
    ("timesteps", "input_dim", "units", "seed"),
    [(1, 1, 1, 0), (5, 3, 4, 1), (7, 2, 6, 2), (4, 6, 2, 3), (10, 4, 4, 4)],
)
def test_matches_column_vector_loop(timesteps, input_dim, units, seed):
    rng = np.random.default_rng(seed)
    kernel, recurrent_kernel, bias = random_weights(rng, input_dim, units)
    inputs = rng.normal(size=(timesteps, input_dim))
    result = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias)
    assert result.shape == (timesteps, units)
    expected = column_vector_rnn(inputs, kernel, recurrent_kernel, bias)
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-12)


def test_accepts_lists_and_float32():
    rng = np.random.default_rng(5)
    kernel, recurrent_kernel, bias = random_weights(rng, 2, 3)
    inputs = rng.normal(size=(4, 2))
    expected = column_vector_rnn(inputs, kernel, recurrent_kernel, bias)
    from_lists = simple_rnn_forward(
        inputs.tolist(), kernel.tolist(), recurrent_kernel.tolist(), bias.tolist()
    )
    np.testing.assert_allclose(from_lists, expected, rtol=1e-10)
    from_float32 = simple_rnn_forward(
        inputs.astype(np.float32),
        kernel.astype(np.float32),
        recurrent_kernel.astype(np.float32),
        bias.astype(np.float32),
    )
    assert from_float32.dtype == np.float64
    np.testing.assert_allclose(from_float32, expected, rtol=1e-5, atol=1e-6)


def test_batch_equals_looping_over_sequences():
    rng = np.random.default_rng(6)
    kernel, recurrent_kernel, bias = random_weights(rng, 3, 5)
    inputs = rng.normal(size=(4, 6, 3))
    batched = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias)
    assert batched.shape == (4, 6, 5)
    looped = np.stack([simple_rnn_forward(x, kernel, recurrent_kernel, bias) for x in inputs])
    np.testing.assert_allclose(batched, looped, rtol=1e-12, atol=1e-14)
    # The sequences differ, so their states must differ too (no accidental sharing of h).
    assert not np.allclose(batched[0], batched[1])


@pytest.mark.parametrize("shape", [(6, 3), (4, 6, 3)])
def test_return_sequences_false_is_the_last_step(shape):
    rng = np.random.default_rng(7)
    kernel, recurrent_kernel, bias = random_weights(rng, 3, 5)
    inputs = rng.normal(size=shape)
    every_step = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias)
    last = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False)
    assert last.shape == shape[:-2] + (5,)
    np.testing.assert_array_equal(last, every_step[..., -1, :])


def test_initial_state_is_used_for_one_sequence():
    rng = np.random.default_rng(8)
    kernel, recurrent_kernel, bias = random_weights(rng, 3, 4)
    inputs = rng.normal(size=(5, 3))
    h0 = rng.uniform(-1, 1, size=4)
    result = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, initial_state=h0)
    expected = column_vector_rnn(inputs, kernel, recurrent_kernel, bias, h0=h0)
    np.testing.assert_allclose(result, expected, rtol=1e-10, atol=1e-12)
    from_zeros = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias)
    assert not np.allclose(result[0], from_zeros[0])
    explicit_zeros = simple_rnn_forward(
        inputs, kernel, recurrent_kernel, bias, initial_state=np.zeros(4)
    )
    np.testing.assert_array_equal(explicit_zeros, from_zeros)


def test_initial_state_per_sequence_in_a_batch():
    rng = np.random.default_rng(9)
    kernel, recurrent_kernel, bias = random_weights(rng, 2, 3)
    inputs = rng.normal(size=(3, 4, 2))
    h0 = rng.uniform(-1, 1, size=(3, 3))
    result = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, initial_state=h0)
    for b in range(3):
        expected = column_vector_rnn(inputs[b], kernel, recurrent_kernel, bias, h0=h0[b])
        np.testing.assert_allclose(result[b], expected, rtol=1e-10, atol=1e-12)


def test_one_initial_state_is_shared_across_a_batch():
    rng = np.random.default_rng(10)
    kernel, recurrent_kernel, bias = random_weights(rng, 2, 3)
    inputs = rng.normal(size=(3, 4, 2))
    h0 = rng.uniform(-1, 1, size=3)
    shared = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, initial_state=h0)
    tiled = simple_rnn_forward(
        inputs, kernel, recurrent_kernel, bias, initial_state=np.tile(h0, (3, 1))
    )
    np.testing.assert_array_equal(shared, tiled)
    expected = column_vector_rnn(inputs[2], kernel, recurrent_kernel, bias, h0=h0)
    np.testing.assert_allclose(shared[2], expected, rtol=1e-10, atol=1e-12)


def test_does_not_modify_its_arguments():
    rng = np.random.default_rng(11)
    weights = random_weights(rng, 2, 3)
    inputs = rng.normal(size=(2, 4, 2))
    h0 = rng.uniform(-1, 1, size=(2, 3))
    copies = [a.copy() for a in (inputs, *weights, h0)]
    simple_rnn_forward(inputs, *weights, initial_state=h0)
    for before, after in zip(copies, (inputs, *weights, h0), strict=True):
        np.testing.assert_array_equal(before, after)


@st.composite
def rnn_case(draw):
    batch = draw(st.integers(1, 4))
    timesteps = draw(st.integers(1, 8))
    input_dim = draw(st.integers(1, 5))
    units = draw(st.integers(1, 6))
    seed = draw(st.integers(0, 2**32 - 1))
    scale = draw(st.sampled_from([0.1, 1.0, 10.0]))
    return batch, timesteps, input_dim, units, seed, scale


@settings(max_examples=50, deadline=None)
@given(rnn_case())
def test_shapes_and_tanh_range_property(case):
    batch, timesteps, input_dim, units, seed, scale = case
    rng = np.random.default_rng(seed)
    kernel, recurrent_kernel, bias = random_weights(rng, input_dim, units, scale=scale)
    inputs = rng.normal(scale=scale, size=(batch, timesteps, input_dim))
    states = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias)
    assert states.shape == (batch, timesteps, units)
    assert np.all(np.abs(states) <= 1.0)
    last = simple_rnn_forward(inputs, kernel, recurrent_kernel, bias, return_sequences=False)
    assert last.shape == (batch, units)
    single = simple_rnn_forward(inputs[0], kernel, recurrent_kernel, bias)
    assert single.shape == (timesteps, units)


# --- comparison with Keras ----------------------------------------------------------------------


def test_matches_keras_simple_rnn(monkeypatch):
    # Quiet TensorFlow's start-up logging and keep its CPU maths deterministic. Set before the
    # import, and restored afterwards so the settings do not leak into anything else.
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "0")
    import keras

    keras.utils.set_random_seed(0)
    inputs = keras.Input(shape=(5, 3))
    layer = keras.layers.SimpleRNN(4, return_sequences=True)
    model = keras.Model(inputs, layer(inputs))
    kernel, recurrent_kernel, bias = layer.get_weights()
    assert kernel.shape == (3, 4)
    assert recurrent_kernel.shape == (4, 4)
    assert bias.shape == (4,)
    # Keras starts the bias at zero; give it values so that the comparison covers it.
    rng = np.random.default_rng(12)
    layer.set_weights([kernel, recurrent_kernel, rng.normal(size=4).astype(np.float32)])

    x = rng.normal(size=(2, 5, 3)).astype(np.float32)
    expected = keras.ops.convert_to_numpy(model(x, training=False))
    assert expected.shape == (2, 5, 4)
    result = simple_rnn_forward(x, *layer.get_weights())
    np.testing.assert_allclose(result, expected, rtol=1e-5, atol=1e-6)


# --- bad input ----------------------------------------------------------------------------------

X = np.zeros((5, 3))  # timesteps 5, input_dim 3
K = np.zeros((3, 4))  # units 4
R = np.zeros((4, 4))
B = np.zeros(4)


# The bad-input table for every reference function is tests/test_bad_input.py (one home).


def test_kernel_with_wrong_rows_is_not_called_transposed():
    with pytest.raises(ValueError, match=re.escape("kernel has shape (5, 4)")) as caught:
        simple_rnn_forward(X, np.zeros((5, 4)), R, B)
    assert "transposed" not in str(caught.value)
    with speaking("ko"), pytest.raises(ValueError) as caught:
        simple_rnn_forward(X, np.zeros((5, 4)), R, B)
    assert str(caught.value) == (
        "kernel의 형태는 (5, 4)인데 입력의 특성은 3개입니다. "
        "기대한 형태: (input_dim, units) = (3, units)"
    )


def test_a_transposed_kernel_is_called_transposed_in_both_languages():
    for language, hint in (
        ("en", "; it looks transposed: did you pass W_x of shape (units, input_dim)?"),
        ("ko", ". 전치된 것 같습니다: 형태가 (units, input_dim)인 W_x를 넘기지 않았습니까?"),
    ):
        with speaking(language), pytest.raises(ValueError) as caught:
            simple_rnn_forward(X, np.zeros((4, 3)), R, B)
        assert str(caught.value).endswith(hint)


def test_one_step_of_each_cell_is_the_first_step_of_its_forward_pass():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(2, 1, 3))  # a batch of two sequences of one step
    h0 = rng.normal(size=(2, 4))
    simple = rng.normal(size=(3, 4)), rng.normal(size=(4, 4)), rng.normal(size=4)
    np.testing.assert_array_equal(
        reference.simple_rnn_step(x[:, 0], h0, *simple),
        reference.simple_rnn_forward(x, *simple, initial_state=h0)[:, 0],
    )
    lstm = rng.normal(size=(3, 16)), rng.normal(size=(4, 16)), rng.normal(size=16)
    c0 = rng.normal(size=(2, 4))
    h, c = reference.lstm_step(x[0, 0], h0[0], c0[0], *lstm)  # one sequence, no batch axis
    _, h_forward, c_forward = reference.lstm_forward(
        x[0], *lstm, initial_state=(h0[0], c0[0]), return_state=True
    )
    np.testing.assert_array_equal(h, h_forward)
    np.testing.assert_array_equal(c, c_forward)
    gru = rng.normal(size=(3, 12)), rng.normal(size=(4, 12)), rng.normal(size=(2, 12))
    np.testing.assert_array_equal(
        reference.gru_step(x[:, 0], h0, *gru),
        reference.gru_forward(x, *gru, initial_state=h0)[:, 0],
    )
