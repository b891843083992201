"""Checkers for notebook 04: the backward direction by hand, parameters of a bidirectional stack."""

from __future__ import annotations

import numbers

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import Mistake, as_answer_array, call_learner, checker, same
from helpers.reference import simple_rnn_forward

BATCH, STEPS, FEATURES, UNITS = 2, 6, 3, 4


def _bidirectional_output(x: np.ndarray, forward_weights, backward_weights) -> np.ndarray:
    """What ``Bidirectional(SimpleRNN(UNITS, return_sequences=True))`` gives for these weights."""
    import keras  # only when the checker runs: notebook 04 has imported it already

    zeros = {"kernel_initializer": "zeros", "recurrent_initializer": "zeros"}  # no RNG draws
    layer = keras.layers.Bidirectional(
        keras.layers.SimpleRNN(UNITS, return_sequences=True, **zeros)
    )
    layer.build((None, STEPS, FEATURES))
    layer.forward_layer.set_weights(forward_weights)
    layer.backward_layer.set_weights(backward_weights)
    return keras.ops.convert_to_numpy(layer(x.astype("float32")))


@checker
def check_backward_direction(backward_states) -> str:
    """Check ``backward_states(x, kernel, recurrent_kernel, bias)`` against ``Bidirectional``.

    Expected: the backward half of a bidirectional SimpleRNN's output, ``(batch, timesteps,
    units)``, with step t aligned to input step t.
    """
    rng = np.random.default_rng(5)
    x = rng.normal(size=(BATCH, STEPS, FEATURES)).astype("float32")

    def weights():
        return [
            rng.normal(scale=0.6, size=(FEATURES, UNITS)).astype("float32"),
            rng.normal(scale=0.6, size=(UNITS, UNITS)).astype("float32"),
            rng.normal(scale=0.6, size=UNITS).astype("float32"),
        ]

    forward_weights, backward_weights = weights(), weights()
    result = call_learner(backward_states, "backward_states", x, *backward_weights)
    states = as_answer_array(result, "backward_states", (BATCH, STEPS, UNITS))
    expected = _bidirectional_output(x, forward_weights, backward_weights)[..., UNITS:]
    if same(states, expected):
        return "your backward states equal the backward half of Bidirectional's output."
    if same(states, simple_rnn_forward(x, *backward_weights)):
        raise Mistake(
            "you ran the sequence forwards: reverse the time axis, x[:, ::-1], before the loop."
        )
    if same(states, expected[:, ::-1]):
        raise Mistake(
            "right states, wrong order: reverse them back, states[:, ::-1], so that step t "
            "lines up with input step t as in Bidirectional's output."
        )
    raise Mistake(
        "the values differ from Bidirectional's backward half. Run simple_rnn_forward on "
        "x[:, ::-1] with the weights given, then reverse its output in time."
    )


def _stack_params(units: int, input_dim: int, depth: int) -> int:
    first = 2 * units * (units + input_dim + 1)
    above = 2 * units * (units + 2 * units + 1)  # reads both directions: 2 * units features
    return first + (depth - 1) * above


_STACK_CASES = ((8, 4, 4), (3, 5, 1), (6, 2, 3))  # (units, input_dim, depth); note 001 first


@checker
def check_bidirectional_stack_params(stack_param_count) -> str:
    """Check ``stack_param_count(units, input_dim, depth)`` for a stack of
    ``Bidirectional(SimpleRNN(units, return_sequences=True))`` layers."""
    answers = []
    for units, input_dim, depth in _STACK_CASES:
        answer = call_learner(stack_param_count, "stack_param_count", units, input_dim, depth)
        if isinstance(answer, bool) or not isinstance(answer, numbers.Integral):
            raise Mistake(
                f"stack_param_count should return a whole number, got {describe(answer)}."
            )
        answers.append(int(answer))
    truth = [_stack_params(*case) for case in _STACK_CASES]
    if answers == truth:
        return f"note 001's 4-layer stack has {truth[0]} parameters, and the other cases match."
    variants = [
        (
            lambda u, d, n: _stack_params(u, d, n) // 2,
            "each Bidirectional layer holds two SimpleRNNs, forward and backward: multiply by 2.",
        ),
        (
            lambda u, d, n: n * 2 * u * (u + d + 1),
            "only the first layer reads input_dim "
            "features; the layers above read the previous layer's output, 2 * units features "
            "(both directions concatenated).",
        ),
        (
            lambda u, d, n: 2 * u * (u + d + 1) + (n - 1) * 2 * u * (2 * u + 1),
            "a layer above the "
            "first reads 2 * units features, forward and backward concatenated, not units.",
        ),
        (
            lambda u, d, n: _stack_params(u, d, n) - 2 * u * n,
            "the bias is missing: one per unit and direction in every layer.",
        ),
    ]
    for variant, hint in variants:
        if answers == [variant(*case) for case in _STACK_CASES]:
            raise Mistake(hint)
    cases = ", ".join(f"{case} -> {a}" for case, a in zip(_STACK_CASES, answers, strict=True))
    raise Mistake(
        f"your counts ({cases}) are off. Per layer and direction: units * (units + features + 1),"
        f" with features = input_dim for the first layer and 2 * units above it."
    )
