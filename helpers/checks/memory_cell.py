"""Checkers for notebook 01: the batched memory cell and tanh saturation."""

from __future__ import annotations

import numbers

import numpy as np

from helpers._validate import describe
from helpers.checks._verdict import (
    Mistake,
    NotDone,
    as_answer_array,
    as_finite_numbers,
    call_learner,
    checker,
    first_difference,
    same,
    same_on_every_case,
    typed_in,
)
from helpers.reference import SATURATED, simple_rnn_forward

# Two cases of different sizes, input_dim != units in both, so a transposed kernel shows and an
# answer typed in for one case fails the other: (batch, timesteps, input_dim, units, seed).
CELL_SIZES = ((3, 5, 4, 6, 7), (2, 7, 3, 5, 8))


def cell_cases() -> list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """The checker's cases: ``(inputs, kernel, recurrent_kernel, bias)`` in Keras' layout."""
    cases = []
    for batch, timesteps, input_dim, units, seed in CELL_SIZES:
        rng = np.random.default_rng(seed)
        cases.append(
            (
                rng.normal(size=(batch, timesteps, input_dim)),
                rng.normal(scale=0.5, size=(input_dim, units)),
                rng.normal(scale=0.5, size=(units, units)),
                rng.normal(scale=0.5, size=units),
            )
        )
    return cases


def _mistakes(case, expected) -> list[tuple[np.ndarray, str]]:
    """What the usual mistakes compute on ``case``, each with its hint."""
    inputs, kernel, recurrent_kernel, bias = case
    late = np.concatenate([np.zeros_like(expected[:, :1]), expected[:, :-1]], axis=1)
    return [
        (
            simple_rnn_forward(inputs, kernel, recurrent_kernel, np.zeros_like(bias)),
            "the bias is missing: add bias (units,) inside the tanh at every step.",
        ),
        (
            simple_rnn_forward(inputs, kernel, recurrent_kernel.T, bias),
            "the recurrent kernel is transposed: Keras computes h_{t-1} @ recurrent_kernel, "
            "with recurrent_kernel of shape (units, units) storing W_h transposed.",
        ),
        (
            simple_rnn_forward(inputs, kernel, np.zeros_like(recurrent_kernel), bias),
            "the state never feeds back: add h_{t-1} @ recurrent_kernel, the memory of the "
            "earlier steps.",
        ),
        (
            simple_rnn_forward(*case, activation=lambda z: z),
            "tanh is missing: h_t = tanh(x_t @ kernel + h_{t-1} @ recurrent_kernel + bias).",
        ),
        (
            late,
            "your states are one step late: you stored h before updating it. Store the new "
            "state after computing it.",
        ),
    ]


@checker
def check_batched_memory_cell(batched_memory_cell) -> str:
    """Check ``batched_memory_cell(inputs, kernel, recurrent_kernel, bias)`` in Keras layout.

    Expected: inputs ``(batch, timesteps, input_dim)`` and weights ``(input_dim, units)``,
    ``(units, units)``, ``(units,)`` give every state, ``(batch, timesteps, units)``. Checked on
    two cases of different sizes, each computed before the learner's code runs, which gets
    copies of the arrays.
    """
    cases = cell_cases()
    expected = [simple_rnn_forward(*case) for case in cases]
    name = "batched_memory_cell"
    answers = []
    for case in cases:
        batch, units = case[0].shape[0], case[1].shape[1]
        result = call_learner(
            batched_memory_cell, name, *case,
            hint="In Keras' layout a step is x_t @ kernel + h @ recurrent_kernel + bias, with "
            f"x_t of shape (batch, input_dim) and kernel (input_dim, units) = {case[1].shape}.",
        )  # fmt: skip
        answers.append(as_finite_numbers(result, name))
    if typed_in(answers, expected):
        raise Mistake(
            f"{name} gives the same states whatever the inputs: compute them from inputs, "
            "kernel, recurrent_kernel and bias, not from numbers typed in."
        )
    for case, answer, truth in zip(cases, answers, expected, strict=True):
        batch, timesteps, units = truth.shape
        if answer.shape == (batch, units) and same(answer, truth[:, -1]):
            raise Mistake(
                f"you returned only the last state, shape {answer.shape}. Return the state after "
                f"every step, shape (batch, timesteps, units) = {truth.shape}."
            )
        if answer.shape == (batch, timesteps + 1, units):
            raise Mistake(
                f"you returned {timesteps + 1} steps for {timesteps} inputs: leave out h_0, the "
                "zeros you start from. Row t should be the state after reading x_t."
            )
        if answer.shape != truth.shape:
            raise Mistake(
                f"for inputs of shape {case[0].shape} and {units} units, {name} returned shape "
                f"{answer.shape}; expected {truth.shape} = (batch, timesteps, units)."
            )
        as_answer_array(answer, name, truth.shape)  # NaN or infinite values
    if same_on_every_case(answers, expected):
        return "your batched loop matches the reference SimpleRNN on both cases, every step."
    variants = [_mistakes(case, truth) for case, truth in zip(cases, expected, strict=True)]
    for k, (_, hint) in enumerate(variants[0]):
        if same_on_every_case(answers, [variant[k][0] for variant in variants]):
            raise Mistake(hint)
    for case, answer, truth in zip(cases, answers, expected, strict=True):
        if not same(answer, truth):
            sequence, step, _ = first_difference(answer, truth)
            raise Mistake(
                f"the shape is right but the values differ, first at sequence {sequence + 1}, "
                f"step {step + 1}, for inputs of shape {case[0].shape}. Compare your loop with "
                "h_t = tanh(x_t @ kernel + h_(t-1) @ recurrent_kernel + bias), from h_0 = 0."
            )
    raise AssertionError("unreachable: every case matched")  # pragma: no cover


# --- saturation -----------------------------------------------------------------------------

SCALES = tuple(round(0.5 * k, 1) for k in range(1, 21))  # 0.5, 1.0, ..., 10.0


def saturation_problem() -> dict[str, np.ndarray | tuple[float, ...]]:
    """The saturation exercise's data, in notebook 01's column-vector layout.

    Returns ``inputs`` ``(10, 4)``, zero-mean ``W_x`` ``(8, 4)``, ``W_h`` ``(8, 8)``, ``b``
    ``(8,)``, and the candidate ``scales`` (0.5 to 10 in steps of 0.5). The cell is run with
    every weight multiplied by one scale.
    """
    rng = np.random.default_rng(11)
    return {
        "inputs": rng.random((10, 4)),
        "W_x": rng.normal(0, 1 / np.sqrt(4), (8, 4)),
        "W_h": rng.normal(0, 1 / np.sqrt(8), (8, 8)),
        "b": rng.normal(0, 0.5, 8),
        "scales": SCALES,
    }


def _fraction_saturated(scale: float, threshold: float = SATURATED) -> float:
    p = saturation_problem()
    states = simple_rnn_forward(p["inputs"], scale * p["W_x"].T, scale * p["W_h"].T, scale * p["b"])
    return float((np.abs(states) > threshold).mean())


def _smallest_scale(threshold: float = SATURATED) -> float | None:
    return next((s for s in SCALES if _fraction_saturated(s, threshold) > 0.5), None)


@checker
def check_saturation_scale(scale) -> str:
    """Check the smallest scale in ``SCALES`` at which more than half the states have |h| > 0.99."""
    if scale is None:
        raise NotDone("set scale to the smallest value in problem['scales'] that saturates.")
    if isinstance(scale, (bool, np.bool_)) or not isinstance(scale, numbers.Real):
        raise Mistake(f"scale should be a number from problem['scales'], got {describe(scale)}.")
    try:
        value = float(scale)
    except OverflowError:  # an int beyond float range, such as 10**400
        value = float("inf")
    if not any(np.isclose(value, s) for s in SCALES):
        raise Mistake(f"scale {scale} is not one of the candidates {list(SCALES)}.")
    answer = min(SCALES, key=lambda s: abs(s - value))
    fraction = _fraction_saturated(answer)
    if answer == _smallest_scale():
        return f"at scale {answer}, {fraction:.0%} of the states have |h| > {SATURATED}."
    if np.isclose(fraction, 0.5):
        raise Mistake(
            f"at scale {answer} exactly half of the states (50%) have |h| > {SATURATED}: more "
            "than half is wanted, so a larger scale."
        )
    loose = 0.9  # a threshold learners often type for "near 1"
    if answer == _smallest_scale(loose):
        raise Mistake(
            f"at scale {answer}, {_fraction_saturated(answer, loose):.0%} have |h| > {loose}, "
            f"but only {fraction:.0%} have |h| > {SATURATED}: the threshold is {SATURATED}."
        )
    if fraction <= 0.5:
        raise Mistake(
            f"at scale {answer} only {fraction:.0%} of the states have |h| > {SATURATED}: not "
            "more than half. Try larger scales."
        )
    raise Mistake(
        f"scale {answer} saturates {fraction:.0%} of the states, but a smaller scale already "
        f"saturates more than half of them: the smallest one is wanted."
    )
